-- title: Claim disagreements
-- description: Claims several articles carry but disagree on, one row per member so the versions can be compared. The disagreement names the members and the reason: different figures for the same counted thing (members about a common entity), or one member denying what another says.
SELECT
    g.claim_group_id,
    g.disagreement,
    o.name AS outlet,
    coalesce(e.name, c.source_text, o.name || ' (outlet)', '(the outlet)') AS source,
    c.text AS claim,
    CASE WHEN c.negated THEN 'yes' ELSE '' END AS negated,
    (SELECT group_concat(q.text, '; ') FROM claim_quantities q WHERE q.claim_id = c.claim_id) AS figures,
    a.published,
    c.claim_id
FROM claim_groups g
JOIN claims c ON c.claim_group_id = g.claim_group_id
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = c.source_entity_id
WHERE g.disagreement IS NOT NULL
ORDER BY g.claim_group_id, a.published, c.claim_id
