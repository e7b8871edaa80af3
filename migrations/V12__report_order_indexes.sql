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
