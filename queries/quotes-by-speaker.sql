-- title: Quotes by speaker
-- description: Everything one speaker is quoted saying, in every outlet, oldest first; the speaker is matched on the entity's name or any of its aliases.
-- param: speaker   Part of the speaker's name or one of their aliases ("Kerry")
SELECT
    e.name AS speaker,
    q.text AS quote,
    q.kind,
    q.cue,
    q.audience,
    o.name AS outlet,
    a.published,
    a.title AS article,
    q.article_id,
    q.start_char,
    q.end_char,
    q.quote_group_id
FROM quotes q
JOIN entities e ON e.entity_id = q.speaker_entity_id
JOIN articles a ON a.article_id = q.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
-- The speakers first, from a trigram index of every speaker's names and aliases (a part of a name,
-- which no ordinary index finds: summary_speaker_names, migration V13), then their quotes by index
-- ("+": not by kind, which most quotes share).
WHERE +q.kind IN ('speech', 'partial')
  AND q.speaker_entity_id IN (
      SELECT entity_id FROM summary_speaker_names WHERE name LIKE '%' || :speaker || '%')
ORDER BY e.name, a.published IS NULL, a.published, q.article_id, q.start_char
