//! `Facts` -> SQLite. Every write factdb makes lives here.
//!
//! - [`open`] applies the pragmas (WAL, foreign keys, busy timeout) and the migrations in `migrations/`;
//! - [`articles`] writes one article with everything extracted from it, atomically, and skips an
//!   article whose body is already stored (idempotent re-import);
//! - [`entities`] maps an article's entities onto database entities as each article is written
//!   (decisions that need every article live in [`crate::link`]);
//! - [`runs`] records import runs and their per-input failures;
//! - [`consistency`] checks one article's facts before they are written.
//!
//! # Reliability
//!
//! [`open`] refuses, without changing a byte, a file that is not SQLite, an SQLite database that is
//! not factdb's, and a factdb database from a newer factdb; it migrates an older one forward. Every
//! write is inside a transaction (imports write a batch of whole articles per transaction, each
//! article in its own savepoint), so a process killed at any moment leaves only whole articles, and
//! WAL mode lets readers (reports, `factdb sql`, Datasette) read while an import writes.

pub mod articles;
pub mod consistency;
pub mod delete;
pub mod entities;
pub mod outlets;
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
    #[error("cannot read the database {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a factdb database: {reason}. The file was not changed.")]
    NotFactdb { path: String, reason: String },
    #[error(
        "{path} was made by a newer factdb (schema version {version}; this factdb knows up to \
         version {latest}): upgrade factdb to use it. The file was not changed."
    )]
    TooNew {
        path: String,
        version: i64,
        latest: i64,
    },
    #[error("cannot migrate the database {path}: {source}")]
    Migrate {
        path: String,
        source: refinery::Error,
    },
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How long a connection waits for another writer before giving up, unless `FACTDB_BUSY_TIMEOUT`
/// (seconds) says otherwise.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The busy timeout in force: `FACTDB_BUSY_TIMEOUT` seconds when set to a number, else
/// [`BUSY_TIMEOUT`]. (A batch import holds the write lock for a fraction of a second per batch, so the
/// default only runs out when another program holds it for long.)
pub fn busy_timeout() -> Duration {
    std::env::var("FACTDB_BUSY_TIMEOUT")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|secs| secs.is_finite() && *secs >= 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(BUSY_TIMEOUT)
}

/// Opens (creating if needed) a factdb database for reading and writing, and brings its schema up to
/// date.
///
/// The checks come before anything that writes: switching a file to WAL mode or creating refinery's
/// history table would modify a database that is not ours, or one a newer factdb made.
pub fn open(path: &Path) -> Result<Connection> {
    let name = path.display().to_string();
    check_sqlite_header(path, &name)?;
    let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
        path: name.clone(),
        source,
    })?;
    conn.busy_timeout(busy_timeout())
        .map_err(|source| classify_open_error(&name, source))?;
    // SQLite answers "locked" at once, without waiting in the busy handler, when waiting could
    // deadlock: switching to WAL, or upgrading a read to a write while another process creates the
    // schema of a new database. So these steps are retried here until the busy timeout runs out.
    let started = std::time::Instant::now();
    loop {
        let attempt = (|| {
            check_is_factdb(&conn, &name)?;
            check_not_newer(&conn, &name)?;
            configure(&conn).map_err(|source| classify_open_error(&name, source))?;
            migrate(&mut conn, &name)
        })();
        match attempt {
            Err(error) if is_busy(&error) && started.elapsed() < busy_timeout() => {
                std::thread::sleep(Duration::from_millis(50));
            }
            other => return other.map(|()| conn),
        }
    }
}

/// Whether an error only says that another connection holds a lock (worth waiting for).
fn is_busy(error: &StoreError) -> bool {
    let busy = |e: &rusqlite::Error| {
        matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    };
    match error {
        StoreError::Open { source, .. } | StoreError::Sql(source) => busy(source),
        // refinery keeps the driver's error only as text.
        StoreError::Migrate { source, .. } => {
            let text = source.to_string();
            text.contains("database is locked") || text.contains("database is busy")
        }
        _ => false,
    }
}

/// The newest schema version this factdb knows.
pub fn latest_schema_version() -> i64 {
    embedded::migrations::runner()
        .get_migrations()
        .iter()
        .map(|m| i64::from(m.version()))
        .max()
        .unwrap_or(0)
}

/// The schema version a database is at: the highest applied migration, 0 for a new database.
pub fn schema_version(conn: &Connection) -> Result<i64> {
    let has_history: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'refinery_schema_history')",
        [],
        |row| row.get(0),
    )?;
    if !has_history {
        return Ok(0);
    }
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) FROM refinery_schema_history",
        [],
        |row| row.get(0),
    )?)
}

fn migrate(conn: &mut Connection, name: &str) -> Result<()> {
    if schema_version(conn)? < latest_schema_version() {
        // SQLite refuses to drop or rename a column a view still uses, and every view factdb makes is
        // derived (from the saved reports) and recreated at the end of each import: drop them all before
        // changing tables.
        drop_views(conn)?;
    }
    let result = embedded::migrations::runner().run(conn);
    let Err(source) = result else {
        return Ok(());
    };
    // Two imports started at once on a new database both try to create the schema; the one that
    // loses finds the tables already there. If the schema is now complete, another process did the
    // work and all is well.
    if schema_version(conn).ok() == Some(latest_schema_version()) {
        return Ok(());
    }
    Err(StoreError::Migrate {
        path: name.to_string(),
        source,
    })
}

fn drop_views(conn: &Connection) -> Result<()> {
    let views: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'view'")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for view in views {
        conn.execute_batch(&format!(
            "DROP VIEW IF EXISTS \"{}\"",
            view.replace('"', "\"\"")
        ))?;
    }
    Ok(())
}

/// A non-empty file that does not start with SQLite's header is not a database: say so without
/// letting SQLite near it.
fn check_sqlite_header(path: &Path, name: &str) -> Result<()> {
    use std::io::Read;
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(()); // a new database; `Connection::open` reports a bad directory
    };
    if meta.is_dir() {
        return Err(StoreError::NotFactdb {
            path: name.to_string(),
            reason: "it is a directory".into(),
        });
    }
    if meta.len() == 0 {
        return Ok(()); // SQLite treats an empty file as a new database
    }
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut header))
        .map_err(|source| StoreError::Io {
            path: name.to_string(),
            source,
        })?;
    if read < header.len() || &header != b"SQLite format 3\0" {
        return Err(StoreError::NotFactdb {
            path: name.to_string(),
            reason: "the file is not an SQLite database".into(),
        });
    }
    Ok(())
}

/// A database migrated by a newer factdb has tables and columns this one does not know: writing to
/// it could break it for the newer version, so refuse (refinery would also refuse, with a less clear
/// "missing migration" error, after creating its history table if absent).
fn check_not_newer(conn: &Connection, name: &str) -> Result<()> {
    let version = schema_version(conn).map_err(|e| match e {
        StoreError::Sql(source) => classify_open_error(name, source),
        other => other,
    })?;
    let latest = latest_schema_version();
    if version > latest {
        return Err(StoreError::TooNew {
            path: name.to_string(),
            version,
            latest,
        });
    }
    Ok(())
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
    check_sqlite_header(path, &name)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|source| StoreError::Open {
        path: name.clone(),
        source,
    })?;
    conn.busy_timeout(busy_timeout())?;
    conn.pragma_update(None, "foreign_keys", true)?;
    check_is_factdb(&conn, &name)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(busy_timeout())?;
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
