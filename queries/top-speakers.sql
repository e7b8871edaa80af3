-- title: Top speakers
-- description: The most quoted speakers: how many quotes, distinct quotes (groups), articles and outlets quote them, and when they were first and last quoted.
-- param: limit = 50   How many speakers to show
-- Each speaker's counts come from a summary the linking step keeps (migration V11), the same
-- aggregate of speech and partial quotes as counting them here, without reading every quote.
SELECT
    e.name AS speaker,
    e.kind,
    s.quotes,
    s.distinct_quotes,
    s.articles,
    s.outlets,
    s.first_quoted,
    s.last_quoted
FROM summary_speakers s
JOIN entities e ON e.entity_id = s.entity_id
ORDER BY s.quotes DESC, s.articles DESC, e.name
LIMIT CAST(:limit AS INTEGER)
