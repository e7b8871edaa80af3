-- title: Authors
-- description: Every by-lined author with the number of articles, the outlets they wrote for and their first and last dates.
-- param: name = ''   Part of the author's name; empty for everyone
SELECT
    aa.name AS author,
    count(DISTINCT aa.article_id) AS articles,
    group_concat(DISTINCT o.name) AS outlets,
    min(a.published) AS first_published,
    max(a.published) AS last_published
FROM article_authors aa
JOIN articles a ON a.article_id = aa.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
WHERE (:name = '' OR aa.name LIKE '%' || :name || '%')
GROUP BY aa.name
ORDER BY articles DESC, author
