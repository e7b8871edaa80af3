-- title: Claims by source
-- description: Who claims what: every claim with its source (entity, or the wording when the source is unnamed, or the outlet for its own claims), flags and outlet.
-- param: source = ''   Part of the source's name or wording; empty for every source
-- param: kind = ''     attributed or outlet; empty for both
SELECT
    coalesce(e.name, c.source_text, o.name || ' (outlet)', '(the outlet)') AS source,
    c.source_text AS source_as_written,
    c.kind,
    c.cue,
    c.text AS claim,
    CASE WHEN c.negated THEN 'yes' ELSE '' END AS negated,
    CASE WHEN c.hedged THEN 'yes' ELSE '' END AS hedged,
    c.stance,
    o.name AS outlet,
    a.published,
    a.title,
    c.claim_id,
    c.claim_group_id
FROM claims c
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = c.source_entity_id
-- A source given: the names containing it, from a trigram index of every source's names and
-- wordings (summary_claim_sources, migration V10), then their claims by index.
WHERE c.claim_id IN (
        SELECT claim_id FROM claims WHERE :source = ''
        UNION ALL
        SELECT claim_id FROM claims WHERE source_entity_id IN (
            SELECT entity_id FROM summary_claim_sources
            WHERE :source != '' AND name LIKE '%' || :source || '%' AND entity_id IS NOT NULL)
        UNION ALL
        SELECT claim_id FROM claims WHERE source_text IN (
            SELECT name FROM summary_claim_sources
            WHERE :source != '' AND name LIKE '%' || :source || '%' AND entity_id IS NULL))
  AND (:source = '' OR e.name LIKE '%' || :source || '%' OR c.source_text LIKE '%' || :source || '%'
       OR EXISTS (SELECT 1 FROM entity_aliases ea WHERE ea.entity_id = c.source_entity_id
                  AND ea.alias LIKE '%' || :source || '%'))
  AND (:kind = '' OR c.kind = :kind)
ORDER BY source, a.published, c.article_id, c.start_char
