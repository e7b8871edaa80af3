//! Using the database: saved reports, ad-hoc SQL, full-text search, statistics, and what database
//! browsers (DB Browser for SQLite, Datasette) need to make sense of the file.
//!
//! - [`catalog`] finds the saved reports: the built-in ones in `queries/` (embedded in the binary, so an
//!   installed `factdb` works from any directory) and a user's own folder, and parses their headers;
//! - [`sql_text`] reads SQL text just enough to find `:parameters` outside strings and comments, and to
//!   turn SQLite's error byte offsets into line:column;
//! - [`query`] runs one read-only statement with bound parameters and streams its rows to a sink;
//! - [`output`] is the sinks: aligned table, CSV, TSV, JSON, JSON lines, Markdown;
//! - [`views`] creates a SQL view for every report that needs no parameter, and plain convenience views;
//! - [`datasette`] writes Datasette metadata, with column descriptions from [`schema_docs`];
//! - [`search`] is FTS5 search over articles, quotes and claims;
//! - [`stats`] is the first look after an import.
//!
//! Parameters are always bound (`:name`), never pasted into SQL text. The one place a value is written
//! into SQL is a view made from a report whose parameters all have defaults: a view cannot take
//! parameters, so the report author's default is written as a quoted literal (see [`views`]).

pub mod catalog;
pub mod datasette;
pub mod output;
pub mod query;
pub mod schema_docs;
pub mod search;
pub mod sql_text;
pub mod stats;
pub mod views;

pub use catalog::{Catalog, Param, Report};
pub use query::{run_query, run_query_first, QueryError, Ran};

/// How many rows `factdb report` shows unless told otherwise (`--max-rows`).
///
/// Why a limit: at 50,000 articles a listing report matches hundreds of thousands of rows, which no
/// one reads on a terminal and which a table holds in memory to size its columns; the first thousand
/// in the report's order are what a reader looks at, and they cost the same however large the
/// database grows. Exports of everything say so (`--max-rows 0`) or use `factdb export`.
pub const DEFAULT_MAX_ROWS: u64 = 1000;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("no report named {name:?}{suggestion}; the reports are: {choices}")]
    UnknownReport {
        name: String,
        /// "; did you mean \"top-speakers\"?" when one name is close, else empty.
        suggestion: String,
        choices: String,
    },
    #[error("report {report} has no parameter {name:?}; its parameters are: {choices}")]
    UnknownParam {
        report: String,
        name: String,
        choices: String,
    },
    #[error("report {report} needs the parameter {name} ({description}): pass -p {name}=VALUE")]
    MissingParam {
        report: String,
        name: String,
        description: String,
    },
    #[error(
        "report {report}: -p {name}={value}: expected a whole number, like the default {default}"
    )]
    NotANumber {
        report: String,
        name: String,
        value: String,
        default: String,
    },
    #[error("{path}:{line}: {message}")]
    BadHeader {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Broken(String),
    // The io::Error is the source, printed after this message by `{:#}`: not repeated here.
    #[error("cannot read the report folder {path}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot read the report {path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Query(#[from] QueryError),
}
