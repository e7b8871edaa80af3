-- title: Quote spread
-- description: Each quote carried by several articles (one group: the same words, spelling variants and partial quotes included, whoever each outlet names as the speaker): the speaker most outlets name, longest text, independent outlets (a copy or repost counts with its original), the outlets, first seen, and every outlet's version with the speaker it names.
-- param: min_articles = 2   Show groups carried by at least this many articles (1 shows every quote)
-- param: speaker = ''       Part of the speaker's name or of an alias; empty for every speaker
SELECT
    e.name AS speaker,
    g.text,
    g.outlets AS independent_outlets,
    group_concat(DISTINCT coalesce(o.name, '(unknown outlet)')) AS outlet_names,
    g.articles,
    g.first_published AS first_seen,
    group_concat(coalesce(o.name, '(unknown outlet)') || ' (' || coalesce(qe.name, q.speaker_text, 'nobody named')
                 || '): ' || q.text, char(10)) AS variants,
    CASE WHEN g.speakers >= 2 THEN 'yes' ELSE '' END AS attribution_conflict,
    g.quote_group_id
FROM quote_groups g INDEXED BY quote_groups_spread
CROSS JOIN quotes q ON q.quote_group_id = g.quote_group_id  -- groups first (CROSS JOIN keeps this order)
JOIN articles a ON a.article_id = q.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = g.speaker_entity_id
LEFT JOIN entities qe ON qe.entity_id = q.speaker_entity_id
-- The groups are walked in the order shown (index quote_groups_spread over the counts the linking
-- step keeps in each group's row, migration V12) and grouped in that same order (the group id is
-- unique: grouping by the ranked columns first changes no group), so the first rows cost what they
-- show. In WHERE, not HAVING: only the members of the groups shown are read. INDEXED BY: with a
-- speaker's name to match (a list of the speakers whose names or aliases contain it, from a trigram
-- index, migration V13) SQLite otherwise sorts every group; walking the index and testing each
-- group's speaker against that list costs a few milliseconds even when few groups match.
WHERE g.articles >= CAST(:min_articles AS INTEGER)
  AND (:speaker = '' OR g.speaker_entity_id IN (
      SELECT entity_id FROM summary_speaker_names WHERE name LIKE '%' || :speaker || '%'))
GROUP BY g.outlets, g.articles, g.first_published, g.quote_group_id
ORDER BY g.outlets DESC, g.articles DESC, g.first_published, g.quote_group_id
