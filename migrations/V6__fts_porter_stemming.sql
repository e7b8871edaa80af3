-- Rebuilt so that search matches words by their stem ("convoy" finds "convoys"): FTS5's porter tokenizer
-- over unicode61, which still ignores case and accents. The V1 triggers keep them in step as before.

-- Full-text search over article titles and bodies, quotes and claims, by word stem. External content
-- tables (declared with double quotes so Datasette detects them), kept in sync by triggers.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content="articles", content_rowid="article_id", tokenize='porter unicode61');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content="quotes", content_rowid="quote_id", tokenize='porter unicode61');
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');

DROP TABLE claims_fts;
CREATE VIRTUAL TABLE claims_fts USING fts5 (text, content="claims", content_rowid="claim_id", tokenize='porter unicode61');
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
