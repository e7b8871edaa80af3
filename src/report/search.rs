//! `factdb search`: full-text search (SQLite FTS5) over article titles and bodies, quotes and claims.
//!
//! Each kind is ranked by FTS5's bm25 (`rank` 1 is the best match of its kind) and shown with a snippet around the matching words
//! (the matching words in bold: `**like this**` in Markdown, the terminal's bold on a terminal) and the article it comes from. bm25 scores of different tables are not on
//! the same scale, so `--in all` lists quotes, then claims, then articles, each ranked, rather than
//! mixing them. The query is FTS5 syntax (words, "a phrase", OR, NOT, prefix*); a malformed query is
//! reported as a search syntax error with the hint to quote it, and `phrase` searches the text as one
//! exact phrase.

use super::output::Sink;
use super::query::{run_query, QueryError};
use rusqlite::types::Value;
use rusqlite::Connection;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Scope {
    Articles,
    Quotes,
    Claims,
    All,
}

#[derive(Debug, Clone)]
pub struct SearchOptions {
    pub scope: Scope,
    /// At most this many results of each kind.
    pub limit: u32,
    /// Search the text as one exact phrase (no FTS5 operators).
    pub phrase: bool,
    /// What goes before and after each matching word in a snippet.
    pub marks: Marks,
}

/// How snippets mark the matching words: what suits the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// `**word**`: Markdown's bold.
    Markdown,
    /// The terminal's bold (ANSI escape codes).
    Terminal,
    /// Nothing: CSV, JSON and text piped to another program get the words as they are.
    Plain,
}

impl Marks {
    fn open_close(self) -> (&'static str, &'static str) {
        match self {
            Marks::Markdown => ("**", "**"),
            Marks::Terminal => ("\x1b[1m", "\x1b[0m"),
            Marks::Plain => ("", ""),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search syntax error: {message}. To search for words as they are, put them in double quotes (factdb search '\"U.S. officials\"') or use --phrase")]
    Syntax { message: String },
    #[error("nothing to search for: give some words")]
    Empty,
    #[error(transparent)]
    Query(#[from] QueryError),
}

const QUOTES: &str = "SELECT 'quote' AS found_in, q.quote_id AS id,
    replace(replace(snippet(quotes_fts, 0, :mark_open, :mark_close, '…', 24), char(13), ''), char(10), ' ') AS snippet,
    coalesce(e.name, q.speaker_text) AS who, a.title, o.name AS outlet, a.published, q.article_id,
    -bm25(quotes_fts) AS score, 1 AS kind_order
FROM quotes_fts
JOIN quotes q ON q.quote_id = quotes_fts.rowid
JOIN articles a ON a.article_id = q.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
WHERE quotes_fts MATCH :query ORDER BY bm25(quotes_fts) LIMIT :limit";

const CLAIMS: &str = "SELECT 'claim' AS found_in, c.claim_id AS id,
    replace(replace(snippet(claims_fts, 0, :mark_open, :mark_close, '…', 24), char(13), ''), char(10), ' ') AS snippet,
    coalesce(e.name, c.source_text) AS who, a.title, o.name AS outlet, a.published, c.article_id,
    -bm25(claims_fts) AS score, 2 AS kind_order
FROM claims_fts
JOIN claims c ON c.claim_id = claims_fts.rowid
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = c.source_entity_id
WHERE claims_fts MATCH :query ORDER BY bm25(claims_fts) LIMIT :limit";

/// Title matches weigh three times body matches.
const ARTICLES: &str = "SELECT 'article' AS found_in, a.article_id AS id,
    replace(replace(snippet(articles_fts, -1, :mark_open, :mark_close, '…', 24), char(13), ''), char(10), ' ') AS snippet,
    (SELECT group_concat(name, ', ') FROM article_authors aa WHERE aa.article_id = a.article_id) AS who,
    a.title, o.name AS outlet, a.published, a.article_id,
    -bm25(articles_fts, 3.0, 1.0) AS score, 3 AS kind_order
FROM articles_fts
JOIN articles a ON a.article_id = articles_fts.rowid
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
WHERE articles_fts MATCH :query ORDER BY bm25(articles_fts, 3.0, 1.0) LIMIT :limit";

/// The SQL of a search: one ranked SELECT per kind, in the order quotes, claims, articles.
pub fn search_sql(scope: Scope) -> String {
    let parts: Vec<&str> = match scope {
        Scope::Quotes => vec![QUOTES],
        Scope::Claims => vec![CLAIMS],
        Scope::Articles => vec![ARTICLES],
        Scope::All => vec![QUOTES, CLAIMS, ARTICLES],
    };
    let union: Vec<String> = parts
        .iter()
        .map(|p| format!("SELECT * FROM ({p})"))
        .collect();
    format!(
        "SELECT found_in, row_number() OVER (PARTITION BY kind_order ORDER BY score DESC) AS rank,
    id, snippet, who, title, outlet, published, article_id FROM (\n{}\n) ORDER BY kind_order, rank",
        union.join("\nUNION ALL\n")
    )
}

/// Runs a search and streams the results (found_in, rank, id, snippet, who, title, outlet, published,
/// article_id) to `sink`. Returns the number of results.
pub fn search(
    conn: &Connection,
    text: &str,
    options: &SearchOptions,
    sink: &mut dyn Sink,
) -> Result<u64, SearchError> {
    if text.trim().is_empty() {
        return Err(SearchError::Empty);
    }
    let query = if options.phrase {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    };
    let (open, close) = options.marks.open_close();
    let bindings = [
        (":query".to_string(), Value::Text(query)),
        (":limit".to_string(), Value::Integer(options.limit.into())),
        (":mark_open".to_string(), Value::Text(open.into())),
        (":mark_close".to_string(), Value::Text(close.into())),
    ];
    match run_query(conn, "search", &search_sql(options.scope), &bindings, sink) {
        Ok(n) => Ok(n),
        Err(QueryError::Sql { message, .. }) if is_syntax_error(&message) => {
            Err(SearchError::Syntax {
                message: message.trim_start_matches("fts5: ").to_string(),
            })
        }
        Err(error) => Err(error.into()),
    }
}

/// FTS5 reports a malformed query at run time: "fts5: syntax error near ...", "unterminated string",
/// or "no such column" for `word:` (a column filter).
fn is_syntax_error(message: &str) -> bool {
    message.starts_with("fts5:")
        || message.contains("unterminated string")
        || message.starts_with("no such column")
        || message.contains("unknown special query")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::output::{Format, OutputOptions};

    fn db() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(include_str!("../../migrations/V1__initial_schema.sql"))
            .unwrap();
        conn.execute_batch(
            "INSERT INTO outlets VALUES (1, 'Daily Planet', 'dailyplanet.example', 'daily planet');
             INSERT INTO articles (article_id, title, outlet_id, published, body, body_chars, body_key, source, imported_at)
             VALUES (1, 'Bridge reopens', 1, '2024-05-01', 'The old river bridge reopened on Monday after repairs.', 54, 'k1', 'a.txt', 'now'),
                    (2, 'Council vote', 1, '2024-05-02', 'The council voted on the budget. The bridge was not discussed.', 62, 'k2', 'b.txt', 'now');",
        )
        .unwrap();
        conn
    }

    fn run(text: &str, phrase: bool) -> Result<Vec<serde_json::Value>, SearchError> {
        let conn = db();
        let mut out = Vec::new();
        {
            let mut sink = Format::Json.sink(&mut out, &OutputOptions::default());
            let options = SearchOptions {
                scope: Scope::All,
                limit: 10,
                phrase,
                marks: Marks::Markdown,
            };
            search(&conn, text, &options, sink.as_mut())?;
        }
        Ok(serde_json::from_slice::<Vec<serde_json::Value>>(&out).unwrap())
    }

    #[test]
    fn ranks_title_matches_first_and_marks_snippets() {
        let rows = run("bridge", false).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["title"], "Bridge reopens");
        assert_eq!(rows[0]["outlet"], "Daily Planet");
        assert!(
            rows[0]["snippet"].as_str().unwrap().contains("**Bridge**"),
            "{:?}",
            rows[0]
        );
    }

    #[test]
    fn syntax_errors_are_plain() {
        let error = run("\"river", false).unwrap_err().to_string();
        assert!(error.starts_with("search syntax error:"), "{error}");
        assert!(run("U.S.", false).is_err());
        assert_eq!(run("\"river", true).unwrap().len(), 1);
        assert_eq!(run("river bridge", true).unwrap().len(), 1);
    }
}
