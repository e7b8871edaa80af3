-- Cross-article entity identity is computed from what is stored, never from the order articles came in
-- (docs/linking.md). Each article keeps its own entities as written (`article_entities`); the global
-- entity of each (`entities`, `article_entities.entity_id`) is recomputed by the linking step from all
-- article entities sharing a key with the ones an import touched. Mentions, quotes and claims point at
-- their article entity, and their `entity_id` columns are copies of that article entity's global entity.

CREATE TABLE article_entities (
    article_entity_id  INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,       -- the entity's index in the article's facts
    name               TEXT NOT NULL,          -- the fullest name the article uses
    kind               TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'location', 'group', 'other')),
    gazetteer_id       TEXT,
    aliases            TEXT NOT NULL DEFAULT '',   -- other names the article uses, one per line
    short_mentions     INTEGER NOT NULL DEFAULT 0, -- mentions by a short form ("Kerry" after "John Kerry")
    with_role          INTEGER NOT NULL DEFAULT 0 CHECK (with_role IN (0, 1)), -- some mention gives a title
    entity_id          INTEGER NOT NULL REFERENCES entities (entity_id),
    linked             INTEGER NOT NULL DEFAULT 0 CHECK (linked IN (0, 1)),  -- 0 until the linking step ran
    UNIQUE (article_id, position)
);
CREATE INDEX article_entities_entity_id ON article_entities (entity_id);
CREATE INDEX article_entities_unlinked ON article_entities (linked) WHERE linked = 0;

-- The keys under which article entities may be the same entity: "g:" gazetteer id, "n:" a folded name
-- or alias, "s:" a person's surname, "f:" a person's first and last name. Linking a batch loads only
-- the article entities sharing a key with the batch's (transitively).
CREATE TABLE article_entity_keys (
    key                TEXT NOT NULL,
    article_entity_id  INTEGER NOT NULL REFERENCES article_entities (article_entity_id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_entity_id)
) WITHOUT ROWID;
CREATE INDEX article_entity_keys_article_entity_id ON article_entity_keys (article_entity_id);

ALTER TABLE mentions ADD COLUMN article_entity_id INTEGER REFERENCES article_entities (article_entity_id);
CREATE INDEX mentions_article_entity_id ON mentions (article_entity_id);
ALTER TABLE quotes ADD COLUMN speaker_article_entity_id INTEGER REFERENCES article_entities (article_entity_id);
CREATE INDEX quotes_speaker_article_entity_id ON quotes (speaker_article_entity_id);
ALTER TABLE claims ADD COLUMN source_article_entity_id INTEGER REFERENCES article_entities (article_entity_id);
CREATE INDEX claims_source_article_entity_id ON claims (source_article_entity_id);

CREATE TABLE claim_article_entities (
    claim_id           INTEGER NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
    article_entity_id  INTEGER NOT NULL REFERENCES article_entities (article_entity_id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, article_entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_article_entities_article_entity_id ON claim_article_entities (article_entity_id);

-- An article that is a copy of another stored article: the same text reposted, a wire story reprinted,
-- a light rewrite. `original_article_id` is the earliest published (then smallest body key) of the two.
-- Corroboration counts a copy with its original (quote_groups.outlets, claim_groups.outlets).
CREATE TABLE article_copies (
    article_id           INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    original_article_id  INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL CHECK (kind IN ('verbatim', 'rewrite')),
    similarity           REAL NOT NULL,         -- estimated share of shared word shingles, 0..1
    PRIMARY KEY (article_id, original_article_id)
) WITHOUT ROWID;
CREATE INDEX article_copies_original_article_id ON article_copies (original_article_id);

-- MinHash band keys of each article body (src/link/copies.rs), to find the stored articles a new one may
-- copy without reading every body. An article with no row here has not been compared yet.
CREATE TABLE article_shingle_bands (
    band_key    INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_shingle_bands_article_id ON article_shingle_bands (article_id);

-- Quote groups: who each outlet names differs at times; the group keeps the most named speaker and
-- says when outlets disagree (`quote-attribution-conflicts`).
ALTER TABLE quote_groups ADD COLUMN speakers INTEGER NOT NULL DEFAULT 0;  -- distinct speakers named
ALTER TABLE quote_groups ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;   -- independent outlets carrying it
ALTER TABLE claim_groups ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;   -- independent outlets carrying it

-- Databases made before this version: one article entity per (article, entity) pair, to be linked again.
INSERT INTO article_entities (article_id, position, name, kind, gazetteer_id, entity_id, linked)
SELECT x.article_id, row_number() OVER (PARTITION BY x.article_id ORDER BY x.entity_id) - 1,
       e.name, e.kind, e.gazetteer_id, e.entity_id, 0
FROM (SELECT article_id, entity_id FROM mentions
      UNION SELECT article_id, speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL
      UNION SELECT article_id, source_entity_id FROM claims WHERE source_entity_id IS NOT NULL
      UNION SELECT c.article_id, ce.entity_id FROM claim_entities ce JOIN claims c USING (claim_id)) x
JOIN entities e USING (entity_id);
UPDATE mentions SET article_entity_id = (SELECT article_entity_id FROM article_entities ae
    WHERE ae.article_id = mentions.article_id AND ae.entity_id = mentions.entity_id);
UPDATE quotes SET speaker_article_entity_id = (SELECT article_entity_id FROM article_entities ae
    WHERE ae.article_id = quotes.article_id AND ae.entity_id = quotes.speaker_entity_id)
    WHERE speaker_entity_id IS NOT NULL;
UPDATE claims SET source_article_entity_id = (SELECT article_entity_id FROM article_entities ae
    WHERE ae.article_id = claims.article_id AND ae.entity_id = claims.source_entity_id)
    WHERE source_entity_id IS NOT NULL;
INSERT INTO claim_article_entities (claim_id, article_entity_id)
SELECT ce.claim_id, ae.article_entity_id FROM claim_entities ce JOIN claims c USING (claim_id)
JOIN article_entities ae ON ae.article_id = c.article_id AND ae.entity_id = ce.entity_id;
