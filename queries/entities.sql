-- title: Entities by mentions
-- description: People, organisations, places and groups by how often they are mentioned, with their kind and the outlets that mention them.
-- param: kind = ''   Only entities of this kind (person, organisation, location, group, other); empty for all
-- param: adjectival = 1   1 to count adjectives ("Russian") as mentions of their place, 0 to leave them out
-- param: limit = 50   How many entities to show
SELECT e.name AS entity,
       e.kind AS kind,
       count(*) AS mentions,
       count(DISTINCT m.article_id) AS articles,
       count(DISTINCT a.outlet_id) AS outlet_count,
       group_concat(DISTINCT o.name) AS outlets
FROM entities e
JOIN mentions m ON m.entity_id = e.entity_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
WHERE (:kind = '' OR e.kind = :kind)
  AND (CAST(:adjectival AS INTEGER) = 1 OR m.kind != 'adjectival')
GROUP BY e.entity_id
ORDER BY mentions DESC, entity
LIMIT CAST(:limit AS INTEGER)
