-- title: Quote attribution conflicts
-- description: The same quote attributed to different speakers by different outlets (one quote group whose members name two or more speakers), one row per article so the attributions can be compared. A finding for a fact-checker: one of the outlets may be wrong, or two people said the same words.
-- param: speaker = ''   Part of one of the speakers' names; empty for every conflict
SELECT
    g.quote_group_id,
    g.text AS quote,
    g.speakers,
    coalesce(o.name, '(unknown outlet)') AS outlet,
    coalesce(e.name, q.speaker_text, '(nobody named)') AS speaker,
    q.text AS version,
    a.published,
    q.quote_id
FROM quote_groups g
JOIN quotes q ON q.quote_group_id = g.quote_group_id
JOIN articles a ON a.article_id = q.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
WHERE g.speakers >= 2
  AND (:speaker = '' OR EXISTS (
      SELECT 1 FROM quotes q2 JOIN entities e2 ON e2.entity_id = q2.speaker_entity_id
      WHERE q2.quote_group_id = g.quote_group_id AND e2.name LIKE '%' || :speaker || '%'))
ORDER BY g.quote_group_id, a.published, q.quote_id
