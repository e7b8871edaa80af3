//! `Facts` -> SQLite. Every write factdb makes lives here.
//!
//! - [`open`] applies the pragmas (WAL, foreign keys, busy timeout) and the migrations in `migrations/`;
//! - [`articles`] writes one article with everything extracted from it, atomically, and skips an
//!   article whose body is already stored (idempotent re-import);
//! - [`entities`] maps an article's entities onto database entities (cross-article resolution);
//! - [`groups`] ties the same quote or claim across articles, after each import;
//! - [`runs`] records import runs and their per-input failures.

pub mod articles;
pub mod claim_groups;
pub mod entities;
pub mod groups;
pub mod outlets;
pub mod quote_groups;
pub mod runs;

use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

mod embedded {
    refinery::embed_migrations!("migrations");
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("{path} is not a factdb database: {reason}")]
    NotFactdb { path: String, reason: String },
    #[error("cannot migrate the database {path}: {source}")]
    Migrate {
        path: String,
        source: refinery::Error,
    },
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How long a connection waits for another writer before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Opens (creating if needed) a factdb database for reading and writing, and brings its schema up to
/// date.
pub fn open(path: &Path) -> Result<Connection> {
    let name = path.display().to_string();
    let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
        path: name.clone(),
        source,
    })?;
    configure(&conn).map_err(|source| classify_open_error(&name, source))?;
    check_is_factdb(&conn, &name)?;
    embedded::migrations::runner()
        .run(&mut conn)
        .map_err(|source| StoreError::Migrate {
            path: name.clone(),
            source,
        })?;
    Ok(conn)
}

/// Opens an existing database read-only (reports, `factdb sql`): a statement that writes fails.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    let name = path.display().to_string();
    if !path.exists() {
        return Err(StoreError::Open {
            path: name,
            source: rusqlite::Error::InvalidPath(path.to_path_buf()),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|source| StoreError::Open {
        path: name.clone(),
        source,
    })?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    check_is_factdb(&conn, &name)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL lets reports and database browsers read while an import writes.
    conn.pragma_update(None, "journal_mode", "wal")?;
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last
    // transactions, never corrupt the file.
    conn.pragma_update(None, "synchronous", "normal")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

fn classify_open_error(path: &str, source: rusqlite::Error) -> StoreError {
    if let rusqlite::Error::SqliteFailure(e, _) = &source {
        if e.code == rusqlite::ErrorCode::NotADatabase {
            return StoreError::NotFactdb {
                path: path.to_string(),
                reason: "the file is not an SQLite database".into(),
            };
        }
    }
    StoreError::Open {
        path: path.to_string(),
        source,
    }
}

/// A database that has tables but no factdb migration history is someone else's: refuse to touch it.
fn check_is_factdb(conn: &Connection, path: &str) -> Result<()> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .and_then(|mut stmt| stmt.query_map([], |row| row.get(0))?.collect())
        .map_err(|source| classify_open_error(path, source))?;
    if !tables.is_empty() && !tables.iter().any(|t| t == "refinery_schema_history") {
        return Err(StoreError::NotFactdb {
            path: path.to_string(),
            reason: format!(
                "it has tables ({}) but no factdb schema history",
                tables.join(", ")
            ),
        });
    }
    Ok(())
}

/// The current UTC time as ISO-8601 text, the form every `*_at` column holds.
pub fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
