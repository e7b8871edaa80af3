-- title: Entities mentioned together
-- description: Pairs of entities named in the same sentence (or the same article), most frequent first.
-- param: scope = sentence   Where two mentions count as together: sentence or article
-- param: adjectival = 0   1 to count adjectives ("Russian") as mentions of their place
-- param: limit = 50   How many pairs to show
-- With the defaults (sentences, no adjectives, at most 1,000 pairs) the pairs come from
-- summary_entity_pairs (migration V9), kept by the linking step; other parameters pair every mention.
WITH m AS (
    SELECT DISTINCT entity_id, article_id,
           CASE WHEN :scope = 'article' THEN article_id ELSE sentence_id END AS unit
    FROM mentions
    WHERE NOT (:scope != 'article' AND CAST(:adjectival AS INTEGER) != 1
               AND CAST(:limit AS INTEGER) BETWEEN 0 AND 1000)
      AND (CAST(:adjectival AS INTEGER) = 1 OR kind != 'adjectival')
)
SELECT entity, other_entity, together, articles
FROM summary_entity_pairs
WHERE :scope != 'article' AND CAST(:adjectival AS INTEGER) != 1
  AND CAST(:limit AS INTEGER) BETWEEN 0 AND 1000
UNION ALL
SELECT e1.name AS entity,
       e2.name AS other_entity,
       count(*) AS together,
       count(DISTINCT m1.article_id) AS articles
FROM m m1
JOIN m m2 ON m2.unit = m1.unit AND m2.article_id = m1.article_id AND m2.entity_id > m1.entity_id
JOIN entities e1 ON e1.entity_id = m1.entity_id
JOIN entities e2 ON e2.entity_id = m2.entity_id
GROUP BY m1.entity_id, m2.entity_id
ORDER BY together DESC, entity, other_entity
LIMIT CAST(:limit AS INTEGER)
