-- title: Entity aliases
-- description: Every name an entity is written as, how it is written (name, short, alias, adjectival), and the articles and outlets where each appears.
-- param: name   The entity's canonical name or any of its aliases (case is ignored)
SELECT e.name AS entity,
       m.text AS written_as,
       m.kind AS mention_kind,
       count(*) AS mentions,
       count(DISTINCT m.article_id) AS articles,
       group_concat(DISTINCT o.name) AS outlets,
       group_concat(DISTINCT coalesce(a.title, a.source)) AS article_titles
FROM entities e
JOIN mentions m ON m.entity_id = e.entity_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
WHERE e.entity_id IN (
    SELECT entity_id FROM entities WHERE lower(name) = lower(:name)
    UNION SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(:name)
)
GROUP BY e.entity_id, m.text, m.kind
ORDER BY entity, mentions DESC, written_as
