-- factdb schema, version 9: summaries the aggregate reports read instead of every mention (issue 15).
-- `entities` and `entities-together` aggregated every mention of the database at each run (2 to 5 s
-- at 20,000 articles); the linking step now keeps their aggregates (src/store/summaries.rs), by the
-- same query shape, so the reports read a few rows.

-- Mentions of each entity, with (adjectival = 1) and without (0) adjectival mentions ("Russian" for
-- Russia): the rows of the `entities` report.
CREATE TABLE summary_entity_mentions (
    adjectival    INTEGER NOT NULL CHECK (adjectival IN (0, 1)),
    entity_id     INTEGER NOT NULL,
    mentions      INTEGER NOT NULL,
    articles      INTEGER NOT NULL,
    outlet_count  INTEGER NOT NULL,
    outlets       TEXT,               -- the outlets' names, comma-separated
    PRIMARY KEY (adjectival, entity_id)
) WITHOUT ROWID;
CREATE INDEX summary_entity_mentions_mentions ON summary_entity_mentions (adjectival, mentions);

-- The 1,000 pairs of entities most often named in one sentence (adjectival mentions left out), in the
-- report's order: `entities-together` with its defaults and any limit up to 1,000.
CREATE TABLE summary_entity_pairs (
    rank          INTEGER PRIMARY KEY,
    entity        TEXT NOT NULL,
    other_entity  TEXT NOT NULL,
    together      INTEGER NOT NULL,
    articles      INTEGER NOT NULL
);

DELETE FROM summary_entity_mentions;
INSERT INTO summary_entity_mentions (adjectival, entity_id, mentions, articles, outlet_count, outlets)
SELECT 1, e.entity_id, count(*), count(DISTINCT m.article_id), count(DISTINCT a.outlet_id),
       group_concat(DISTINCT o.name)
FROM entities e
JOIN mentions m ON m.entity_id = e.entity_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
GROUP BY e.entity_id;
INSERT INTO summary_entity_mentions (adjectival, entity_id, mentions, articles, outlet_count, outlets)
SELECT 0, e.entity_id, count(*), count(DISTINCT m.article_id), count(DISTINCT a.outlet_id),
       group_concat(DISTINCT o.name)
FROM entities e
JOIN mentions m ON m.entity_id = e.entity_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
WHERE m.kind != 'adjectival'
GROUP BY e.entity_id;
DELETE FROM summary_entity_pairs;
INSERT INTO summary_entity_pairs (entity, other_entity, together, articles)
WITH m AS (
    SELECT DISTINCT entity_id, article_id, sentence_id AS unit
    FROM mentions
    WHERE kind != 'adjectival'
)
SELECT e1.name AS entity,
       e2.name AS other_entity,
       count(*) AS together,
       count(DISTINCT m1.article_id) AS articles
FROM m m1
JOIN m m2 ON m2.unit = m1.unit AND m2.article_id = m1.article_id AND m2.entity_id > m1.entity_id
JOIN entities e1 ON e1.entity_id = m1.entity_id
JOIN entities e2 ON e2.entity_id = m2.entity_id
GROUP BY m1.entity_id, m2.entity_id
ORDER BY together DESC, entity, other_entity
LIMIT 1000;
