//! Concurrent use: readers (reports, `factdb sql`, a database browser holding a read transaction open)
//! while an import writes, and two imports of the same database at once.

mod support;

use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::process::{Child, Stdio};
use support::{assert_consistent, count, counts, factdb_process};

fn spawn_import(db: &Path, dir: &Path) -> Child {
    factdb_process(db)
        // Waiting is the behaviour under test; a loaded test machine can make the other imports hold the
        // lock longer than the default 30 s, so give the waiters room rather than fail on timing.
        .env("FACTDB_BUSY_TIMEOUT", "600")
        .args(["import", "--quiet"])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn finish(child: Child) {
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "import failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A report-like query and the whole-article check, run over and over while an import writes: every
/// read succeeds, sees whole articles only, and never sees the count go down. A browser-like
/// connection holds a read transaction open all along without stopping the import.
#[test]
fn readers_work_while_an_import_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("news");
    support::write_articles(&dir, 300);
    let db = tmp.path().join("facts.db");

    // Create the database first so the readers have a schema to read.
    std::fs::create_dir(tmp.path().join("first")).unwrap();
    std::fs::write(
        tmp.path().join("first").join("first.txt"),
        support::article(5000),
    )
    .unwrap();
    let status = factdb_process(&db)
        .args(["import", "--quiet"])
        .arg(tmp.path().join("first"))
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());

    let browser = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    browser.execute_batch("BEGIN").unwrap();
    let browser_sees = count(&browser, "SELECT count(*) FROM articles");

    let mut child = spawn_import(&db, &dir);
    let reader = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    reader
        .busy_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    let (mut reads, mut reads_mid_import, mut last) = (0, 0, 0);
    loop {
        let running = child.try_wait().unwrap().is_none();
        // A report (several statements in one read transaction, as `factdb report` runs them).
        reader.execute_batch("BEGIN").unwrap();
        // Articles per outlet.
        let mut report = reader
            .prepare_cached(
                "SELECT o.name, count(*) FROM articles a LEFT JOIN outlets o USING (outlet_id)
                 GROUP BY o.name ORDER BY 2 DESC",
            )
            .unwrap();
        let rows: Vec<(Option<String>, i64)> = report
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .and_then(|rows| rows.collect())
            .expect("a report runs while the import writes");
        let reported: i64 = rows.iter().map(|r| r.1).sum();
        let all: i64 = count(&reader, "SELECT count(*) FROM articles");
        let half_written = count(
            &reader,
            "SELECT count(*) FROM articles a WHERE NOT EXISTS
             (SELECT 1 FROM paragraphs p WHERE p.article_id = a.article_id)",
        );
        assert_eq!(half_written, 0, "a reader saw a half-written article");
        assert!(all >= last, "the article count went down: {last} -> {all}");
        reader.execute_batch("COMMIT").unwrap();
        assert_eq!(
            reported, all,
            "two statements of one read transaction disagree"
        );
        last = all;
        reads += 1;
        if running && all > 1 {
            reads_mid_import += 1;
        }
        if !running {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    finish(child);
    assert!(reads > 1);
    assert!(
        reads_mid_import > 0,
        "no read happened while the import was writing"
    );
    // The browser's snapshot did not move and did not block the import.
    assert_eq!(
        count(&browser, "SELECT count(*) FROM articles"),
        browser_sees
    );
    browser.execute_batch("COMMIT").unwrap();
    assert_eq!(count(&browser, "SELECT count(*) FROM articles"), 301);
    assert_consistent(&db);
}

/// Two imports of the same database at once, both started on a database that does not exist yet (so
/// they also race to create the schema): both finish, and the result is the same as one import.
#[test]
fn two_imports_at_once_do_not_corrupt_or_duplicate() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("news");
    support::write_articles(&dir, 200);
    let other = tmp.path().join("more");
    std::fs::create_dir(&other).unwrap();
    for i in 200..260 {
        std::fs::write(other.join(format!("extra-{i}.txt")), support::article(i)).unwrap();
    }

    // Reference: the same inputs imported one after the other.
    let reference = tmp.path().join("reference.db");
    for input in [&dir, &other, &dir] {
        let status = factdb_process(&reference)
            .args(["import", "--quiet"])
            .arg(input)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    }

    let db = tmp.path().join("facts.db");
    let a = spawn_import(&db, &dir);
    let b = spawn_import(&db, &dir); // the same files: every article is offered twice
    let c = spawn_import(&db, &other);
    finish(a);
    finish(b);
    finish(c);
    assert_consistent(&db);
    assert_eq!(counts(&db), counts(&reference));
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 260);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM import_runs WHERE status = 'completed'"
        ),
        3
    );
    assert_eq!(
        count(&conn, "SELECT sum(articles_added) FROM import_runs"),
        260
    );
}

/// Another program holding the write lock longer than the busy timeout: the import fails with a clear
/// message and leaves the database as it was.
#[test]
fn an_import_that_cannot_get_the_lock_fails_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("news");
    support::write_articles(&dir, 3);
    let db = tmp.path().join("facts.db");
    let status = factdb_process(&db)
        .args(["import", "--quiet"])
        .arg(&dir)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let before = counts(&db);

    let holder = Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let more = tmp.path().join("more");
    std::fs::create_dir(&more).unwrap();
    std::fs::write(more.join("new.txt"), support::article(77)).unwrap();
    let output = factdb_process(&db)
        .env("FACTDB_BUSY_TIMEOUT", "0.5")
        .args(["import", "--quiet"])
        .arg(&more)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is busy"), "{stderr}");
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(counts(&db), before);
    assert_consistent(&db);
}
