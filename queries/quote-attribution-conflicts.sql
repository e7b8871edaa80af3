-- title: Quote attribution conflicts
-- description: The same quote attributed to different speakers by different outlets (one quote group whose members name two or more speakers), one row per article so the attributions can be compared. A finding for a fact-checker: one of the outlets may be wrong, or two people said the same words.
-- param: speaker = ''   Part of one of the speakers' names or aliases; empty for every conflict
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
-- The speakers first (by a trigram index of speakers' names and aliases, migration V13), then their
-- quotes' groups by index (a test per quote of every group read
-- every grouped quote whatever the speaker); every group when no speaker is given.
WHERE g.speakers >= 2
  AND g.quote_group_id IN (
      SELECT quote_group_id FROM quote_groups WHERE :speaker = ''
      UNION ALL
      SELECT q2.quote_group_id FROM quotes q2
      WHERE :speaker != '' AND q2.speaker_entity_id IN (
          SELECT entity_id FROM summary_speaker_names WHERE name LIKE '%' || :speaker || '%'))
ORDER BY g.quote_group_id, a.published, q.quote_id
