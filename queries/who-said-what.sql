-- title: Who said what
-- description: Every quote that is speech (not a scare-quoted phrase) with its speaker, the speaker as written, the cue, the outlet, date and article; unattributed quotes show an empty speaker.
-- param: outlet = ''   Part of the outlet's name (or domain); empty for every outlet
-- param: since = ''    Earliest publication date, YYYY-MM-DD; empty for no limit
-- param: until = ''    Latest publication date, YYYY-MM-DD; empty for no limit
SELECT
    e.name AS speaker,
    q.speaker_text AS speaker_as_written,
    q.cue,
    q.text AS quote,
    q.kind,
    q.audience,
    o.name AS outlet,
    a.published,
    a.title AS article,
    q.article_id,
    q.start_char,
    q.end_char,
    q.quote_group_id
-- Articles first, in date order by index (CROSS JOIN keeps this order), then their quotes in text
-- order: the first rows shown are the only ones computed ("+": not by kind, which most quotes share).
FROM articles a
CROSS JOIN quotes q ON q.article_id = a.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
WHERE +q.kind IN ('speech', 'partial')
  AND (:outlet = '' OR o.name LIKE '%' || :outlet || '%' OR o.domain LIKE '%' || :outlet || '%')
  AND (:since = '' OR a.published >= :since)
  AND (:until = '' OR a.published <= :until)
ORDER BY a.published IS NULL, a.published, a.article_id, q.start_char
