-- factdb schema, version 10: the names claims are attributed by, for `claims-by-source -p source=...`
-- (a part of a name: a substring, which no ordinary index finds). A trigram index over the distinct
-- wordings (`claims.source_text`) and the names and aliases of source entities finds the few that
-- contain the text; the claims are then found by index. Kept by the linking step with the other
-- summaries (src/store/summaries.rs).
CREATE VIRTUAL TABLE summary_claim_sources USING fts5 (name, entity_id UNINDEXED, tokenize = 'trigram');
CREATE INDEX claims_source_text ON claims (source_text);

DELETE FROM summary_claim_sources;
INSERT INTO summary_claim_sources (name, entity_id)
SELECT source_text, NULL FROM claims WHERE source_text IS NOT NULL GROUP BY source_text
UNION ALL
SELECT name, entity_id FROM entities WHERE entity_id IN (SELECT source_entity_id FROM claims)
UNION ALL
SELECT alias, entity_id FROM entity_aliases WHERE entity_id IN (SELECT source_entity_id FROM claims);
