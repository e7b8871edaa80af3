//! `Facts` -> SQLite. Every write factdb makes lives here.
//!
//! - [`open`] applies the pragmas (WAL, foreign keys, busy timeout) and the migrations in `migrations/`;
//! - [`articles`] writes one article with everything extracted from it, atomically, and skips an
//!   article whose body is already stored (idempotent re-import);
//! - [`entities`] stores an article's entities as written, each with a provisional database entity
//!   (decisions that need every article live in [`crate::link`]);
//! - [`runs`] records import runs and their per-input failures;
//! - [`files`] remembers the files imported unchanged, [`link_state`] whether links are behind;
//! - [`consistency`] checks one article's facts before they are written;
//! - [`summaries`] keeps the aggregates of the reports that would read every mention.
//!
//! # Reliability
//!
//! [`open`] refuses, without changing a byte, a file that is not SQLite, an SQLite database that is
//! not factdb's, and a factdb database from a newer factdb; it migrates an older one forward. Every
//! write is inside a transaction (imports write many whole articles per transaction, see
//! [`crate::import`]), so a process killed at any moment leaves only whole articles, and
//! WAL mode lets readers (reports, `factdb sql`, Datasette) read while an import writes.

pub mod articles;
pub mod consistency;
pub mod delete;
pub mod entities;
pub mod fetched_pages;
pub mod files;
pub mod link_state;
pub mod outlets;
pub mod runs;
pub mod summaries;

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
    #[error(
        "{path} was made by an older factdb (schema version {version}; this factdb reads version \
         {latest}) and cannot be brought up to date here: {cause}. Open it once where it can be \
         written (any import or entity command upgrades it)."
    )]
    TooOld {
        path: String,
        version: i64,
        latest: i64,
        cause: String,
    },
    #[error(
        "{path} has a damaged schema history (table refinery_schema_history: {reason}): restore \
         it from a backup. The file was not changed."
    )]
    DamagedHistory { path: String, reason: String },
    #[error(
        "cannot migrate the database {path}: another process was migrating it and did not finish"
    )]
    OtherMigrating { path: String },
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
            check_history(&conn, &name)?;
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
        StoreError::OtherMigrating { .. } => true,
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
    if schema_version_table_missing(conn)? {
        return Ok(0);
    }
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) FROM refinery_schema_history WHERE typeof(version) = 'integer'",
        [],
        |row| row.get(0),
    )?)
}

fn migrate(conn: &mut Connection, name: &str) -> Result<()> {
    let before = schema_version(conn)?;
    let behind = before < latest_schema_version();
    if behind {
        // SQLite refuses to drop or rename a column a view still uses, and every view factdb makes is
        // derived (from the saved reports) and recreated at the end of each import: drop them all before
        // changing tables.
        drop_views(conn)?;
        // A migration that rebuilds a table (SQLite cannot change a CHECK in place) renames the old
        // one away and drops it: with foreign keys on, SQLite would point the tables that refer to it
        // at the old name and cascade the drop to their rows. The pragma cannot change inside the
        // migration's transaction, so it is switched off around the runner.
        conn.pragma_update(None, "foreign_keys", false)?;
    }
    // Grouped: every pending migration and its row in refinery's history commit in one transaction.
    // Ungrouped, refinery commits a migration and its history row separately, so an import killed
    // between the two left tables that the next run tried to create again ("table outlets already
    // exists"); tests/crash.rs kills imports at that moment.
    let result = embedded::migrations::runner().set_grouped(true).run(conn);
    if behind {
        conn.pragma_update(None, "foreign_keys", true)?;
    }
    let Err(source) = result else {
        return Ok(());
    };
    // Two imports started at once on a new database both try to create the schema; the one that
    // loses finds the tables already there. If the schema is now complete, another process did the
    // work and all is well; if it is further than before but not complete, the other process is
    // still migrating: wait for it like for a lock (`open` retries until the busy timeout).
    let after = schema_version(conn).ok();
    if after == Some(latest_schema_version()) {
        return Ok(());
    }
    if after.is_some_and(|version| version > before) {
        return Err(StoreError::OtherMigrating {
            path: name.to_string(),
        });
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

/// Opens an existing database read-only (reports, `factdb sql`): a statement that writes fails. A
/// database in a folder where SQLite cannot make its `-shm` file is opened immutable instead.
///
/// A database made by an older factdb is brought up to date first, as any write would: the built-in
/// reports read the tables and indexes of every migration, and "no such table" after upgrading
/// factdb would tell a user nothing. Where it cannot be written, the error says so and why.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    let conn = open_read_only_as_is(path)?;
    let version = schema_version(&conn)?;
    let latest = latest_schema_version();
    if version == 0 || version >= latest {
        return Ok(conn);
    }
    drop(conn);
    open(path).map_err(|cause| StoreError::TooOld {
        path: path.display().to_string(),
        version,
        latest,
        cause: cause.to_string(),
    })?;
    open_read_only_as_is(path)
}

/// [`open_read_only`] without bringing an older schema up to date.
fn open_read_only_as_is(path: &Path) -> Result<Connection> {
    let name = path.display().to_string();
    if !path.exists() {
        return Err(StoreError::Open {
            path: name,
            source: rusqlite::Error::InvalidPath(path.to_path_buf()),
        });
    }
    check_sqlite_header(path, &name)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let open_error = |source| StoreError::Open {
        path: name.clone(),
        source,
    };
    let conn = Connection::open_with_flags(path, flags).map_err(open_error)?;
    conn.busy_timeout(busy_timeout())?;
    // Reading a WAL database needs its `-shm` file, which SQLite creates if missing: impossible in a
    // read-only folder (a mounted backup, a CD, a shared folder). There nobody can be writing to the
    // database, so open it as immutable: no side files, no locks.
    let conn = match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(())) {
        Err(error) if cannot_make_side_files(&error) => {
            drop(conn);
            Connection::open_with_flags(immutable_uri(path), flags | OpenFlags::SQLITE_OPEN_URI)
                .map_err(open_error)?
        }
        _ => conn,
    };
    conn.pragma_update(None, "foreign_keys", true)?;
    check_is_factdb(&conn, &name)?;
    Ok(conn)
}

/// Whether a read-only connection failed because SQLite could not create or open the `-shm` (or
/// `-wal`) file beside the database.
fn cannot_make_side_files(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen)
    )
}

/// The `file:` URI that opens `path` immutable (percent-encoding what a URI cannot hold as is).
fn immutable_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(absolute.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = absolute.to_string_lossy().replace('\\', "/").into_bytes();
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(busy_timeout())?;
    // WAL lets reports and database browsers read while an import writes.
    conn.pragma_update(None, "journal_mode", "wal")?;
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last
    // transactions, never corrupt the file.
    conn.pragma_update(None, "synchronous", "normal")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    size_caches(conn)
}

/// Caches sized for an import's working set: the default page cache (2 MB) is far smaller than the
/// indexes entity resolution and the FTS indexes touch, so beyond a few thousand articles every write
/// re-read pages from the OS; and the writer uses more distinct statements than rusqlite's default
/// statement cache (16) holds, so they were re-prepared again and again.
fn size_caches(conn: &Connection) -> rusqlite::Result<()> {
    // Negative: KiB. An upper bound, allocated as pages are used (a small database stays small).
    conn.pragma_update(None, "cache_size", -PAGE_CACHE_KIB)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// The page cache of a connection that writes, in KiB (64 MiB: peak memory stays well under the
/// 200 MB an import may use, see docs/performance.md).
const PAGE_CACHE_KIB: i64 = 64 * 1024;

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

/// A database that has any schema object (a table, a view, an index, a trigger) but no factdb
/// migration history is someone else's: refuse to touch it.
fn check_is_factdb(conn: &Connection, path: &str) -> Result<()> {
    let objects: Vec<(String, String)> = conn
        .prepare("SELECT type, name FROM sqlite_schema ORDER BY type DESC, name")
        .and_then(|mut stmt| {
            stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect()
        })
        .map_err(|source| classify_open_error(path, source))?;
    let ours = objects
        .iter()
        .any(|(kind, name)| kind == "table" && name == "refinery_schema_history");
    if objects.is_empty() || ours {
        return Ok(());
    }
    let reason = if objects.iter().all(|(kind, _)| kind == "table") {
        let names: Vec<&str> = objects.iter().map(|(_, n)| n.as_str()).collect();
        format!("it has tables ({})", names.join(", "))
    } else {
        let names: Vec<String> = objects.iter().map(|(k, n)| format!("{k} {n}")).collect();
        format!("it has schema objects ({})", names.join(", "))
    };
    Err(StoreError::NotFactdb {
        path: path.to_string(),
        reason: format!("{reason} but no factdb schema history"),
    })
}

/// Refinery panics on a history row it cannot read (a checksum that is not a number, a date that
/// is not RFC 3339) and would only notice a changed migration after the file was switched to WAL:
/// check every row first, so a damaged history is a clear error and the file is left as it was.
/// Rows above the newest version this factdb knows are [`check_not_newer`]'s to report.
fn check_history(conn: &Connection, name: &str) -> Result<()> {
    if schema_version_table_missing(conn)? {
        return Ok(());
    }
    let damaged = |reason: String| StoreError::DamagedHistory {
        path: name.to_string(),
        reason,
    };
    let known = embedded::migrations::runner().get_migrations().to_vec();
    let latest = latest_schema_version();
    let mut stmt =
        conn.prepare("SELECT version, name, applied_on, checksum FROM refinery_schema_history")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        use rusqlite::types::Value;
        let values: Vec<Value> = (0..4)
            .map(|i| row.get(i))
            .collect::<rusqlite::Result<_>>()?;
        let Value::Integer(version) = values[0] else {
            return Err(damaged(format!("a row has the version {:?}", values[0])));
        };
        if version > latest {
            continue;
        }
        let text = |i: usize| match &values[i] {
            Value::Text(t) => Some(t.as_str()),
            _ => None,
        };
        let Some(migration) = known.iter().find(|m| i64::from(m.version()) == version) else {
            return Err(damaged(format!(
                "version {version} is not a factdb migration"
            )));
        };
        if text(1) != Some(migration.name()) {
            return Err(damaged(format!(
                "version {version} has the name {:?}",
                values[1]
            )));
        }
        if !text(2).is_some_and(|d| chrono::DateTime::parse_from_rfc3339(d).is_ok()) {
            return Err(damaged(format!(
                "version {version} has the date {:?}",
                values[2]
            )));
        }
        if text(3).and_then(|c| c.parse::<u64>().ok()) != Some(migration.checksum()) {
            return Err(damaged(format!(
                "version {version} has the checksum {:?}",
                values[3]
            )));
        }
    }
    Ok(())
}

fn schema_version_table_missing(conn: &Connection) -> Result<bool> {
    Ok(!conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'refinery_schema_history')",
        [],
        |row| row.get::<_, bool>(0),
    )?)
}

/// The current UTC time as ISO-8601 text, the form every `*_at` column holds.
pub fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The immutable fallback opens a path with characters a URI gives a meaning to.
    #[test]
    fn the_immutable_uri_opens_any_path() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("a ?#%b&c=d");
        std::fs::create_dir(&folder).unwrap();
        let path = folder.join("facts?.db");
        drop(open(&path).unwrap());
        let conn = Connection::open_with_flags(
            immutable_uri(&path),
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
        )
        .unwrap();
        assert_eq!(schema_version(&conn).unwrap(), latest_schema_version());
        assert!(!folder.join("facts?.db-shm").exists());
    }

    /// A database made before the newest migration is brought up to date when opened for reading:
    /// the reports read what the migration adds.
    #[test]
    fn reading_an_older_database_upgrades_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("facts.db");
        let conn = open(&path).unwrap();
        let latest = latest_schema_version();
        // What the database looked like before V13 (no speaker-name summary, its indexes, no
        // history row), with one speaker entity, its alias, and an entity no quote names.
        conn.execute_batch(&format!(
            "DROP TABLE summary_speaker_names; DROP INDEX articles_title;
             DROP INDEX mentions_entity_spelling; DROP INDEX articles_article_outlet;
             CREATE INDEX mentions_entity_id ON mentions (entity_id);
             DELETE FROM refinery_schema_history WHERE version = {latest};
             PRAGMA foreign_keys = OFF;
             INSERT INTO articles (article_id, title, body, body_chars, body_key, source, imported_at)
             VALUES (1, 'A', 'B', 1, 'k1', 's', '2030-01-01');
             INSERT INTO entities (entity_id, name, name_key, kind, created_at)
             VALUES (3, 'Ilse Marren', 'ilse marren', 'person', '2030-01-01'),
                    (4, 'Ilse Marrenberg', 'ilse marrenberg', 'person', '2030-01-01');
             INSERT INTO entity_aliases (entity_id, alias, alias_key, origin)
             VALUES (3, 'the Foreign Minister', 'the foreign minister', 'declared');
             INSERT INTO quotes (article_id, sentence_id, start_char, end_char, text, kind,
                                 speaker_entity_id)
             VALUES (1, 1, 0, 1, 'Q', 'speech', 3);"
        ))
        .unwrap();
        assert_eq!(
            latest, 13,
            "rewrite this test's set-up for the newest migration"
        );
        drop(conn);
        let conn = open_read_only(&path).unwrap();
        assert_eq!(schema_version(&conn).unwrap(), latest);
        // A part of a name or alias finds the speaker (case ignored), never the entity no quote names.
        let speakers = |part: &str| -> Vec<i64> {
            let mut stmt = conn
                .prepare(
                    "SELECT DISTINCT entity_id FROM summary_speaker_names
                     WHERE name LIKE '%' || ?1 || '%' ORDER BY entity_id",
                )
                .unwrap();
            let ids = stmt.query_map([part], |r| r.get(0)).unwrap();
            ids.map(Result::unwrap).collect()
        };
        assert_eq!(speakers("marren"), vec![3]);
        assert_eq!(speakers("foreign min"), vec![3]);
        assert!(speakers("berg").is_empty());
        let indexes: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN \
                      ('articles_title', 'mentions_entity_spelling', 'articles_article_outlet', \
                       'mentions_entity_id') ORDER BY name",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            indexes,
            [
                "articles_article_outlet",
                "articles_title",
                "mentions_entity_spelling"
            ]
        );
    }
}
