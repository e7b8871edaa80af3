-- title: Entities by mentions
-- description: People, organisations, places and groups by how often they are mentioned, with their kind and the outlets that mention them.
-- param: kind = ''   Only entities of this kind (person, organisation, location, group, other); empty for all
-- param: adjectival = 1   1 to count adjectives ("Russian") as mentions of their place, 0 to leave them out
-- param: limit = 50   How many entities to show
-- The counts come from summary_entity_mentions (migration V9), kept by the linking step: counting every
-- mention at each run took seconds on a large database.
SELECT e.name AS entity,
       e.kind AS kind,
       s.mentions AS mentions,
       s.articles AS articles,
       s.outlet_count AS outlet_count,
       s.outlets AS outlets
FROM summary_entity_mentions s
JOIN entities e ON e.entity_id = s.entity_id
WHERE s.adjectival = (CAST(:adjectival AS INTEGER) = 1)
  AND (:kind = '' OR e.kind = :kind)
ORDER BY mentions DESC, entity
LIMIT CAST(:limit AS INTEGER)
