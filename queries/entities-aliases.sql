-- title: Entity aliases
-- description: Every name an entity is written as, how it is written (name, short, alias, adjectival), how many mentions and articles write it that way, in which outlets, and the titles of up to five of those articles (the last imported first).
-- param: name   The entity's canonical name or any of its aliases (case is ignored)
WITH spellings AS (
    -- Each way of writing the entity counted from an index of mentions by entity and spelling
    -- (mentions_entity_spelling, migration V13) and the articles' outlets from an index of
    -- article and outlet (INDEXED BY: an article row holds its body, and reading 10,000 of them
    -- for a frequent name cost more than the rest of the report).
    SELECT m.entity_id, m.text, m.kind, count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
           group_concat(DISTINCT o.name) AS outlets
    FROM mentions m
    JOIN articles a INDEXED BY articles_article_outlet ON a.article_id = m.article_id
    LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
    WHERE m.entity_id IN (
        SELECT entity_id FROM entities WHERE lower(name) = lower(:name)
        UNION SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(:name))
    GROUP BY m.entity_id, m.text, m.kind
)
SELECT e.name AS entity,
       s.text AS written_as,
       s.kind AS mention_kind,
       s.mentions,
       s.articles,
       s.outlets,
       -- A sample, not every title: a name written in 10,000 articles would fill a page per cell.
       (SELECT group_concat(coalesce(a.title, a.source), char(10))
        FROM (SELECT DISTINCT m.article_id
              FROM mentions m
              WHERE m.entity_id = s.entity_id AND m.text = s.text AND m.kind = s.kind
              ORDER BY m.article_id DESC
              LIMIT 5) latest
        CROSS JOIN articles a ON a.article_id = latest.article_id) AS example_titles
FROM spellings s
JOIN entities e ON e.entity_id = s.entity_id
ORDER BY entity, s.mentions DESC, written_as
