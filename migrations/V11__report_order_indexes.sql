-- Indexes that give the listing reports their order (docs/performance.md, "Reports"). `factdb report`
-- shows the first rows of a report (1,000 unless told otherwise); when an index walks the rows in the
-- report's order, SQLite computes only the rows it shows, so the report costs the same at 2,000
-- articles and at 50,000. Without one it must find and sort every matching row first.

-- Oldest first, undated last (who said what, unattributed quotes, single-source claims) ...
CREATE INDEX articles_oldest_first ON articles (published IS NULL, published, article_id);
-- ... and newest first, undated last: the article list walks this one backwards.
CREATE INDEX articles_newest_first ON articles (published IS NOT NULL, published, article_id);

-- An article's quotes and claims in text order; the old one-column indexes are their prefixes.
DROP INDEX quotes_article_id;
CREATE INDEX quotes_article_id ON quotes (article_id, start_char);
DROP INDEX claims_article_id;
CREATE INDEX claims_article_id ON claims (article_id, start_char);

-- What `top-speakers` ranks: each speaker's quotes, kept by the linking step with the other report
-- summaries (`store::summaries`, migration V9) instead of counted over every quote at each run.
CREATE TABLE summary_speakers (
    entity_id        INTEGER PRIMARY KEY,
    quotes           INTEGER NOT NULL,
    distinct_quotes  INTEGER NOT NULL,   -- quote groups: the same words carried by several articles once
    articles         INTEGER NOT NULL,
    outlets          INTEGER NOT NULL,
    first_quoted     TEXT,
    last_quoted      TEXT
);
CREATE INDEX summary_speakers_quotes ON summary_speakers (quotes, articles);

INSERT INTO summary_speakers
SELECT q.speaker_entity_id, count(*), count(DISTINCT q.quote_group_id), count(DISTINCT q.article_id),
       count(DISTINCT a.outlet_id), min(a.published), max(a.published)
FROM quotes q
JOIN articles a ON a.article_id = q.article_id
WHERE q.kind IN ('speech', 'partial') AND q.speaker_entity_id IS NOT NULL
GROUP BY q.speaker_entity_id;
