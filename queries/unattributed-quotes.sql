-- title: Unattributed quotes
-- description: Quotes of speech with no speaker entity, for review: the speaker as written when there is one (an unresolved pronoun or role), the sentence around it, and where to find it.
-- param: outlet = ''   Part of the outlet's name (or domain); empty for every outlet
SELECT
    q.text AS quote,
    q.kind,
    q.speaker_text AS speaker_as_written,
    q.cue,
    s.text AS sentence,
    o.name AS outlet,
    a.published,
    a.title AS article,
    q.article_id,
    q.start_char,
    q.end_char
-- Articles first, in date order by index (CROSS JOIN keeps this order), then their quotes in text
-- order: the first rows shown are the only ones computed.
FROM articles a
CROSS JOIN quotes q ON q.article_id = a.article_id
JOIN sentences s ON s.sentence_id = q.sentence_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
WHERE +q.speaker_entity_id IS NULL
  AND +q.kind IN ('speech', 'partial')
  AND (:outlet = '' OR o.name LIKE '%' || :outlet || '%' OR o.domain LIKE '%' || :outlet || '%')
ORDER BY a.published IS NULL, a.published, a.article_id, q.start_char
