-- title: Single-source claims
-- description: Claims that only one outlet carries (no other outlet has the same claim), with their source: what to verify before repeating.
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
FROM claims c
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = c.source_entity_id
WHERE (c.claim_group_id IS NULL
       OR (SELECT count(DISTINCT coalesce(ga.outlet_id, -ga.article_id)) FROM claims g JOIN articles ga ON ga.article_id = g.article_id
           WHERE g.claim_group_id = c.claim_group_id) < 2)
  AND (:outlet = '' OR o.name LIKE '%' || :outlet || '%')
ORDER BY o.name, a.published, c.article_id, c.start_char
