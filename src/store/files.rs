//! Files already imported (`imported_files`), so that re-importing an unchanged folder costs a `stat`
//! and a hash per file instead of reading and extracting every article again.
//!
//! A file is recorded in the same transaction as its articles, and only when every document in it was
//! stored (added or already present): a file that failed, or was cut short by a crash, is read again.

use super::Result;
use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;

/// What identifies one version of a file: where it is, its size, modification time and content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    /// The absolute path, as text (the key: the same file named relative or absolute is one file).
    pub path: String,
    pub size: i64,
    pub modified_ns: i64,
    /// SHA-256 of the bytes, in hex.
    pub content_key: String,
}

/// A file recorded by an earlier import.
#[derive(Debug, Clone)]
pub struct Known {
    pub size: i64,
    pub modified_ns: i64,
    pub content_key: String,
    /// How many articles it holds.
    pub articles: u64,
}

/// Every file imported by this version of factdb, by absolute path. One query per import: looking
/// files up one by one would cost a statement per file on a folder that has not changed.
pub fn load(conn: &Connection) -> Result<HashMap<String, Known>> {
    let mut stmt = conn.prepare(
        "SELECT path, size, modified_ns, content_key, articles FROM imported_files
         WHERE factdb_version = ?1",
    )?;
    let rows = stmt.query_map([env!("CARGO_PKG_VERSION")], |r| {
        Ok((
            r.get::<_, String>(0)?,
            Known {
                size: r.get(1)?,
                modified_ns: r.get(2)?,
                content_key: r.get(3)?,
                articles: r.get::<_, i64>(4)? as u64,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records (or updates) a file whose every article is now stored.
pub fn record(conn: &Connection, stamp: &FileStamp, articles: u64, run_id: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO imported_files (path, size, modified_ns, content_key, articles, factdb_version, import_run_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified_ns = excluded.modified_ns,
             content_key = excluded.content_key, articles = excluded.articles,
             factdb_version = excluded.factdb_version, import_run_id = excluded.import_run_id",
    )?
    .execute(params![
        stamp.path,
        stamp.size,
        stamp.modified_ns,
        stamp.content_key,
        articles as i64,
        env!("CARGO_PKG_VERSION"),
        run_id
    ])?;
    Ok(())
}

/// The absolute path, size and modification time of a file (the content key left empty), or `None`
/// when it cannot be stat'ed (reading it will then report why).
pub fn stat(path: &Path) -> Option<FileStamp> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let modified = meta.modified().ok()?;
    let modified_ns = match modified.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_nanos()).ok()?,
        Err(before) => -i64::try_from(before.duration().as_nanos()).ok()?,
    };
    Some(FileStamp {
        path: std::path::absolute(path).ok()?.to_str()?.to_string(),
        size: i64::try_from(meta.len()).ok()?,
        modified_ns,
        content_key: String::new(),
    })
}

/// The content key of some bytes.
pub fn content_key(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        use std::fmt::Write;
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorded_file_is_loaded_back_and_updated_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("t.db")).unwrap();
        let run = crate::store::runs::start(&conn, &[]).unwrap();
        let mut stamp = FileStamp {
            path: "/news/a.txt".into(),
            size: 10,
            modified_ns: 5,
            content_key: content_key(b"0123456789"),
        };
        record(&conn, &stamp, 1, run).unwrap();
        stamp.size = 11;
        record(&conn, &stamp, 2, run).unwrap();
        let known = load(&conn).unwrap();
        assert_eq!(known.len(), 1);
        let k = &known["/news/a.txt"];
        assert_eq!((k.size, k.articles), (11, 2));
        assert_eq!(k.content_key, stamp.content_key);
    }

    #[test]
    fn stat_gives_an_absolute_path_and_the_size() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "abc").unwrap();
        let stamp = stat(&file).unwrap();
        assert!(Path::new(&stamp.path).is_absolute());
        assert_eq!(stamp.size, 3);
        assert!(stat(dir.path()).is_none(), "a directory is not a file");
    }
}
