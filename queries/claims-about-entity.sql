-- title: Claims about an entity
-- description: Every claim whose content involves the entity (by name or alias), with its source, outlet and how many outlets carry the same claim.
-- param: entity   Name or alias of the entity, e.g. Iraq (exact, ignoring case)
SELECT
    c.text AS claim,
    coalesce(se.name, c.source_text, o.name || ' (outlet)', '(the outlet)') AS source,
    c.kind,
    c.cue,
    CASE WHEN c.negated THEN 'yes' ELSE '' END AS negated,
    CASE WHEN c.hedged THEN 'yes' ELSE '' END AS hedged,
    c.stance,
    o.name AS outlet,
    a.published,
    coalesce(g.outlets, 1) AS outlets_carrying,
    c.claim_id,
    c.claim_group_id
FROM claims c
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities se ON se.entity_id = c.source_entity_id
-- Independent outlets carrying the claim, counted when its group was linked (a copy counts as its
-- original): read from the group, not counted again for every claim shown.
LEFT JOIN claim_groups g ON g.claim_group_id = c.claim_group_id
WHERE c.claim_id IN (
    SELECT ce.claim_id FROM claim_entities ce
    WHERE ce.entity_id IN (
        SELECT entity_id FROM entities WHERE lower(name) = lower(:entity)
        UNION SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(:entity)))
ORDER BY outlets_carrying DESC, a.published, c.article_id, c.start_char
