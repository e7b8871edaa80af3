-- title: Quote spread
-- description: Each quote carried by several articles (one group: the same words from the same speaker, spelling variants and partial quotes included): speaker, longest text, number of outlets, the outlets, first seen, and every outlet's version.
-- param: min_articles = 2   Show groups carried by at least this many articles (1 shows every quote)
-- param: speaker = ''       Part of the speaker's name; empty for every speaker
SELECT
    e.name AS speaker,
    g.text,
    count(DISTINCT coalesce(a.outlet_id, -a.article_id)) AS outlets,
    group_concat(DISTINCT coalesce(o.name, '(unknown outlet)')) AS outlet_names,
    count(DISTINCT q.article_id) AS articles,
    min(a.published) AS first_seen,
    group_concat(coalesce(o.name, '(unknown outlet)') || ': ' || q.text, char(10)) AS variants,
    g.quote_group_id
FROM quote_groups g
JOIN quotes q ON q.quote_group_id = g.quote_group_id
JOIN articles a ON a.article_id = q.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = g.speaker_entity_id
WHERE (:speaker = '' OR e.name LIKE '%' || :speaker || '%')
GROUP BY g.quote_group_id
HAVING count(DISTINCT q.article_id) >= CAST(:min_articles AS INTEGER)
ORDER BY outlets DESC, articles DESC, first_seen, g.quote_group_id
