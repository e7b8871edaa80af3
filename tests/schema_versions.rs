//! Schema versions and foreign files: a database made by an older factdb is migrated forward on open;
//! a database from a newer factdb, an SQLite database that is not factdb's, and a file that is not
//! SQLite at all are refused with a clear error and left byte for byte as they were.

mod support;

use rusqlite::{params, Connection};
use std::path::{Path, PathBuf};
use support::{count, factdb_process};

mod v1 {
    refinery::embed_migrations!("migrations");
}

/// A database built by the first schema only (V1), as factdb 0.1 made it, with one article in it.
fn v1_database(dir: &Path) -> PathBuf {
    let path = dir.join("v1.db");
    let mut conn = Connection::open(&path).unwrap();
    v1::migrations::runner()
        .set_target(refinery::Target::Version(1))
        .run(&mut conn)
        .unwrap();
    conn.execute(
        "INSERT INTO outlets (outlet_id, name, domain, name_key) VALUES (1, 'Coast News', NULL, 'coast news')",
        [],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO articles (article_id, title, outlet_id, body, body_chars, body_key, source, imported_at)
         VALUES (1, 'Old article', 1, 'An old body.', 12, 'old-key', 'old.txt', '2020-01-01T00:00:00Z')",
        params![],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO paragraphs (article_id, position, start_char, end_char) VALUES (1, 0, 0, 12)",
        [],
    )
    .unwrap();
    path
}

/// Every byte of the database and whether SQLite side files exist: what "not modified" means.
fn snapshot(path: &Path) -> (Vec<u8>, bool, bool) {
    let side = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name).exists()
    };
    (std::fs::read(path).unwrap(), side("-wal"), side("-shm"))
}

fn import_into(db: &Path, dir: &Path) -> std::process::Output {
    let input = dir.join("input");
    if !input.exists() {
        support::write_articles(&input, 2);
    }
    factdb_process(db)
        .arg("import")
        .arg(&input)
        .output()
        .unwrap()
}

#[test]
fn a_v1_database_is_migrated_forward_and_keeps_its_data() {
    let tmp = tempfile::tempdir().unwrap();
    let db = v1_database(tmp.path());

    let conn = factdb::store::open(&db).expect("an older database opens");
    assert_eq!(
        factdb::store::schema_version(&conn).unwrap(),
        factdb::store::latest_schema_version()
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM articles WHERE title = 'Old article'"
        ),
        1
    );
    drop(conn);

    let output = import_into(&db, tmp.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 3);
}

#[test]
fn a_database_from_a_newer_factdb_is_refused_and_not_modified() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("newer.db");
    assert!(import_into(&db, tmp.path()).status.success());
    {
        // What a later factdb would leave: a migration this one does not know, and a rollback journal
        // (a user may have changed the mode; WAL side files would make "unchanged" hard to see).
        let conn = Connection::open(&db).unwrap();
        let latest = factdb::store::latest_schema_version();
        conn.execute(
            "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES (?1, 'future', '2030-01-01T00:00:00Z', '0')",
            [latest + 1],
        )
        .unwrap();
        conn.execute_batch("CREATE TABLE future_things (x); PRAGMA journal_mode = DELETE;")
            .unwrap();
    }
    let before = snapshot(&db);
    assert_eq!((before.1, before.2), (false, false));

    let output = import_into(&db, tmp.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("newer factdb"), "{stderr}");
    assert!(stderr.contains("not changed"), "{stderr}");
    assert!(snapshot(&db) == before, "the newer database was modified");

    let error = factdb::store::open_read_only(&db).map(|_| ());
    assert!(error.is_ok(), "reading a newer database is allowed");
    assert!(snapshot(&db) == before);
}

#[test]
fn an_sqlite_database_that_is_not_factdbs_is_refused_and_not_modified() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("contacts.sqlite");
    {
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch(
            "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Ann'); PRAGMA journal_mode = DELETE;",
        )
        .unwrap();
    }
    let before = snapshot(&db);
    let output = import_into(&db, tmp.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("is not a factdb database"), "{stderr}");
    assert!(stderr.contains("people"), "names what it found: {stderr}");
    assert!(snapshot(&db) == before, "the foreign database was modified");
    assert!(factdb::store::open_read_only(&db).is_err());
    assert!(snapshot(&db) == before);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_not_modified() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        (
            "notes.db",
            b"These are my notes, not a database.\n".to_vec(),
        ),
        ("short.db", b"SQLite".to_vec()),
        (
            "random.db",
            (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect(),
        ),
    ] {
        let db = tmp.path().join(name);
        std::fs::write(&db, &bytes).unwrap();
        let before = snapshot(&db);
        let output = import_into(&db, tmp.path());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}");
        assert!(
            stderr.contains("not an SQLite database") && stderr.contains("not changed"),
            "{name}: {stderr}"
        );
        assert!(snapshot(&db) == before, "{name} was modified");
        assert!(factdb::store::open_read_only(&db).is_err());
    }
    // A directory given as the database.
    let output = import_into(tmp.path(), tmp.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("directory"));
}

#[test]
fn an_empty_file_becomes_a_new_database() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("empty.db");
    std::fs::write(&db, b"").unwrap();
    let output = import_into(&db, tmp.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
