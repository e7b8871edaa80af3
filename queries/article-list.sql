-- title: Articles
-- description: Every article with its outlet, date, authors and how many quotes, claims and entities were found in it, newest first.
-- param: outlet = ''   Part of the outlet's name (or domain); empty for every outlet
-- param: since = ''    Earliest publication date, YYYY-MM-DD; empty for no limit
-- param: until = ''    Latest publication date, YYYY-MM-DD; empty for no limit
-- param: title = ''    Part of the title; empty for every article
SELECT
    a.article_id,
    a.published,
    o.name AS outlet,
    a.title,
    (SELECT group_concat(name, ', ') FROM (SELECT name FROM article_authors aa
        WHERE aa.article_id = a.article_id ORDER BY position)) AS authors,
    (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id
        AND q.kind IN ('speech', 'partial')) AS quotes,
    (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS claims,
    (SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.article_id) AS entities,
    a.body_chars AS characters,
    a.url
FROM articles a
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
WHERE (:outlet = '' OR o.name LIKE '%' || :outlet || '%' OR o.domain LIKE '%' || :outlet || '%')
  AND (:since = '' OR a.published >= :since)
  AND (:until = '' OR a.published <= :until)
  -- A part of a title: the titles are read from their own index (articles_title, migration V13), not
  -- from every article's row.
  AND (:title = '' OR a.article_id IN (
      SELECT article_id FROM articles WHERE title LIKE '%' || :title || '%'))
-- Newest first, undated last, walking an index backwards (the last stored first within a day): the
-- counts above are computed only for the rows shown.
ORDER BY a.published IS NOT NULL DESC, a.published DESC, a.article_id DESC
