-- title: Single-source claims
-- description: Claims that only one outlet carries (no other independent outlet has the same claim; a reposted copy is no second outlet), oldest first, with their source: what to verify before repeating.
-- param: outlet = ''   Part of the outlet's name; empty for every outlet
SELECT
    c.text AS claim,
    coalesce(e.name, c.source_text, o.name || ' (outlet)', '(the outlet)') AS source,
    c.kind,
    c.cue,
    CASE WHEN c.negated THEN 'yes' ELSE '' END AS negated,
    CASE WHEN c.hedged THEN 'yes' ELSE '' END AS hedged,
    c.stance,
    o.name AS outlet,
    a.published,
    a.title,
    c.claim_id
-- Articles first, in date order by index (CROSS JOIN keeps this order), then their claims in text
-- order: the first rows shown are the only ones computed. A group's independent outlets are counted
-- when it is linked (a copy counts as its original).
FROM articles a
CROSS JOIN claims c ON c.article_id = a.article_id
LEFT JOIN claim_groups g ON g.claim_group_id = c.claim_group_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = c.source_entity_id
WHERE coalesce(g.outlets, 1) < 2
  AND (:outlet = '' OR o.name LIKE '%' || :outlet || '%')
ORDER BY a.published IS NULL, a.published, a.article_id, c.start_char
