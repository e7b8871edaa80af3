-- title: Top speakers
-- description: The most quoted speakers: how many quotes, distinct quotes (groups), articles and outlets quote them, and when they were first and last quoted.
-- param: limit = 50   How many speakers to show
SELECT
    e.name AS speaker,
    e.kind,
    count(*) AS quotes,
    count(DISTINCT q.quote_group_id) AS distinct_quotes,
    count(DISTINCT q.article_id) AS articles,
    count(DISTINCT a.outlet_id) AS outlets,
    min(a.published) AS first_quoted,
    max(a.published) AS last_quoted
FROM quotes q
JOIN entities e ON e.entity_id = q.speaker_entity_id
JOIN articles a ON a.article_id = q.article_id
WHERE q.kind IN ('speech', 'partial')
GROUP BY e.entity_id
ORDER BY quotes DESC, articles DESC, e.name
LIMIT CAST(:limit AS INTEGER)
