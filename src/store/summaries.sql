-- The summaries of migrations V9, V10, V11 and V13, recomputed by `store::summaries::refresh` after every
-- change to the links (the same statements fill them in the migration). Each is the aggregate of a
-- report, computed once per change instead of once per report, by the same query shape so every row
-- reads the same.
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
DELETE FROM summary_claim_sources;
INSERT INTO summary_claim_sources (name, entity_id)
SELECT source_text, NULL FROM claims WHERE source_text IS NOT NULL GROUP BY source_text
UNION ALL
SELECT name, entity_id FROM entities WHERE entity_id IN (SELECT source_entity_id FROM claims)
UNION ALL
SELECT alias, entity_id FROM entity_aliases WHERE entity_id IN (SELECT source_entity_id FROM claims);
DELETE FROM summary_speakers;
INSERT INTO summary_speakers
SELECT q.speaker_entity_id, count(*), count(DISTINCT q.quote_group_id), count(DISTINCT q.article_id),
       count(DISTINCT a.outlet_id), min(a.published), max(a.published)
FROM quotes q
JOIN articles a ON a.article_id = q.article_id
WHERE q.kind IN ('speech', 'partial') AND q.speaker_entity_id IS NOT NULL
GROUP BY q.speaker_entity_id;
DELETE FROM summary_speaker_names;
INSERT INTO summary_speaker_names (name, entity_id)
SELECT name, entity_id FROM entities WHERE entity_id IN (SELECT speaker_entity_id FROM quotes)
UNION ALL
SELECT alias, entity_id FROM entity_aliases WHERE entity_id IN (SELECT speaker_entity_id FROM quotes);
