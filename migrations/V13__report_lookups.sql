-- factdb schema, version 13: what the lookup reports look for (a part of a speaker's name or of a title, an
-- entity's spellings), found without reading every row.
--
-- `quotes-by-speaker`, `quote-spread` and `quote-attribution-conflicts` take a part of a speaker's
-- name ("Kerry"): a substring, which no ordinary index finds, so each scanned every entity name and
-- alias (about 30 ms at 20,889 articles, 144,453 entities and 177,198 aliases, and growing with them).
-- A trigram index over the names and aliases of the entities quoted as speakers (far fewer) answers
-- `LIKE '%...%'` from the index when the text has three characters or more, as
-- `summary_claim_sources` (V10) does for claim sources. Kept by the linking step with the other
-- summaries (src/store/summaries.sql).
CREATE VIRTUAL TABLE summary_speaker_names USING fts5 (name, entity_id UNINDEXED, tokenize = 'trigram');

INSERT INTO summary_speaker_names (name, entity_id)
SELECT name, entity_id FROM entities WHERE entity_id IN (SELECT speaker_entity_id FROM quotes)
UNION ALL
SELECT alias, entity_id FROM entity_aliases WHERE entity_id IN (SELECT speaker_entity_id FROM quotes);

-- `article-list -p title=...` tested every article row for the text, reading each row and its body
-- (16 ms of CPU and twice that in I/O at 20,889 articles); the titles alone, in an index, are a small
-- fraction of those pages.
CREATE INDEX articles_title ON articles (title);

-- `entities-aliases` counts the mentions of one entity by spelling: for a name written 12,724 times
-- (20,889 articles) each mention was read from its row. The index of mentions by entity now carries
-- the spelling and the article, so the counts come from the index alone; it replaces the index on
-- entity_id, which it serves as well.
CREATE INDEX mentions_entity_spelling ON mentions (entity_id, text, kind, article_id);
DROP INDEX mentions_entity_id;
-- An article's outlet without reading the article's row (which holds its body): for reports that
-- need only that from thousands of articles.
CREATE INDEX articles_article_outlet ON articles (article_id, outlet_id);
