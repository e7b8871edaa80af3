-- title: Outlets
-- description: Every outlet with its number of articles, the dates of its first and last article, and the quotes and claims found in its articles.
SELECT
    o.outlet_id,
    o.name AS outlet,
    o.domain,
    count(a.article_id) AS articles,
    min(a.published) AS first_published,
    max(a.published) AS last_published,
    (SELECT count(*) FROM quotes q JOIN articles qa ON qa.article_id = q.article_id
        WHERE qa.outlet_id = o.outlet_id AND q.kind IN ('speech', 'partial')) AS quotes,
    (SELECT count(*) FROM claims c JOIN articles ca ON ca.article_id = c.article_id
        WHERE ca.outlet_id = o.outlet_id) AS claims,
    (SELECT count(*) FROM articles r WHERE r.site_outlet_id = o.outlet_id
        AND r.outlet_id IS NOT o.outlet_id) AS reposted_here
FROM outlets o
LEFT JOIN articles a ON a.outlet_id = o.outlet_id
GROUP BY o.outlet_id
ORDER BY articles DESC, o.name
