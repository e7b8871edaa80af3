-- title: Corroborated claims
-- description: Claims carried by two or more independent outlets (claim groups: the same assertion, often in different words), most outlets first, with the outlets, the sources they cite and any disagreement between them. A copy or repost counts with its original; an article of unknown outlet counts as an outlet of its own.
-- param: min_outlets = 2   Least number of independent outlets carrying the claim
SELECT
    g.claim_group_id,
    g.text AS claim,
    g.outlets AS independent_outlets,
    g.claims,
    group_concat(DISTINCT o.name) AS outlet_names,
    group_concat(DISTINCT coalesce(e.name, c.source_text)) AS sources,
    g.disagreement,
    min(a.published) AS first_published
FROM claim_groups g
CROSS JOIN claims c ON c.claim_group_id = g.claim_group_id  -- groups first (CROSS JOIN keeps this order)
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = c.source_entity_id
-- The groups are walked in the order shown (index claim_groups_corroboration over the counts the
-- linking step keeps in each group's row, migration V12), grouped in that same order (the group id is
-- unique: grouping by the ranked columns first changes no group), so the first rows cost what they
-- show. In WHERE, not HAVING: only the members of the groups shown are read.
WHERE g.outlets >= CAST(:min_outlets AS INTEGER)
GROUP BY g.outlets, g.claims, g.claim_group_id
ORDER BY g.outlets DESC, g.claims DESC, g.claim_group_id
