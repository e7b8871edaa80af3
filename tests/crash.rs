//! Crash safety: an import killed with SIGKILL at any moment leaves a consistent database with whole
//! articles only, and re-running it ends with exactly what an uninterrupted import makes. Ctrl-C
//! (SIGINT) stops within a second (even inside a huge article), prints the summary, records the run as
//! 'interrupted' and exits 130.
#![cfg(unix)]

mod support;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use support::{assert_consistent, counts, factdb_process};

/// How many generated articles: several batches of 64, so kills land between and inside batches.
const ARTICLES: usize = 320;

struct Corpus {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    /// Row counts after one uninterrupted import.
    expected: Vec<(&'static str, i64)>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("news");
        support::write_articles(&dir, ARTICLES);
        let db = tmp.path().join("uninterrupted.db");
        let status = factdb_process(&db)
            .args(["import", "--quiet"])
            .arg(&dir)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
        let expected = counts(&db);
        assert_eq!(expected[0], ("articles", ARTICLES as i64));
        // The comparison must cover entities, quotes and claims, or it proves nothing about them.
        for table in ["entities", "mentions", "quotes", "claims"] {
            let n = expected.iter().find(|(t, _)| *t == table).unwrap().1;
            assert!(n > 0, "the generated articles gave no {table}");
        }
        eprintln!("uninterrupted import: {expected:?}");
        Corpus {
            _tmp: tmp,
            dir,
            expected,
        }
    })
}

fn spawn_import(db: &Path, dir: &Path) -> Child {
    factdb_process(db)
        .args(["import", "--quiet"])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Articles visible to a reader now (0 while the database or its schema does not exist yet).
fn visible_articles(db: &Path) -> i64 {
    let Ok(conn) = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return 0;
    };
    conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap_or(0)
}

/// Waits until `ready` or the child exits (or a minute passes); true when `ready` happened first.
fn wait_for(child: &mut Child, mut ready: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        if ready() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    false
}

fn rerun_and_compare(db: &Path) {
    let corpus = corpus();
    let output = factdb_process(db)
        .args(["import", "--quiet"])
        .arg(&corpus.dir)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_consistent(db);
    assert_eq!(
        counts(db),
        corpus.expected,
        "kill + re-run differs from an uninterrupted import"
    );
}

/// Kill points: as soon as the database file exists (inside open/migration), after fixed delays, and
/// once a given number of articles is committed (between and inside batches).
#[test]
fn sigkill_at_any_point_then_rerun_gives_the_same_database() {
    let corpus = corpus();
    let tmp = tempfile::tempdir().unwrap();
    enum When {
        DatabaseExists,
        After(Duration),
        Articles(i64),
    }
    let points = [
        When::DatabaseExists,
        When::After(Duration::from_millis(30)),
        When::After(Duration::from_millis(120)),
        When::Articles(1),
        When::Articles(100),
        When::Articles(250),
    ];
    let mut killed_mid_import = 0;
    for (n, when) in points.iter().enumerate() {
        let db = tmp.path().join(format!("killed-{n}.db"));
        let mut child = spawn_import(&db, &corpus.dir);
        let started = Instant::now();
        let reached = match when {
            When::DatabaseExists => wait_for(&mut child, || db.exists()),
            When::After(delay) => wait_for(&mut child, || started.elapsed() >= *delay),
            When::Articles(k) => wait_for(&mut child, || visible_articles(&db) >= *k),
        };
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        if reached && status.code().is_none() {
            killed_mid_import += 1;
        }
        if db.exists() {
            assert_consistent(&db);
            // Whole articles only: every stored article has all its sentences' rows, checked by
            // assert_consistent; and no more than the corpus.
            assert!(visible_articles(&db) <= ARTICLES as i64);
        }
        rerun_and_compare(&db);
    }
    assert!(
        killed_mid_import >= 3,
        "the import finished before most kill points: only {killed_mid_import} kills landed"
    );
}

#[test]
fn ctrl_c_stops_after_the_batch_and_records_an_interrupted_run() {
    let corpus = corpus();
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("interrupted.db");
    let mut child = spawn_import(&db, &corpus.dir);
    let reached = wait_for(&mut child, || visible_articles(&db) >= 1);
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !reached || output.status.code() == Some(0) {
        // The import finished before the signal: nothing to check on this machine.
        eprintln!("skipping: the import finished before Ctrl-C");
        return;
    }
    assert_eq!(output.status.code(), Some(130), "stderr: {stderr}");
    assert!(
        stdout.starts_with("Imported ") && stdout.contains("articles added"),
        "summary: {stdout}"
    );
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert_consistent(&db);
    let conn = Connection::open(&db).unwrap();
    let (status, added): (String, i64) = conn
        .query_row("SELECT status, articles_added FROM import_runs", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(status, "interrupted");
    let stored = support::count(&conn, "SELECT count(*) FROM articles");
    assert_eq!(added, stored);
    assert!(
        stored < ARTICLES as i64,
        "stopped early, not at the end: {stored}"
    );
    drop(conn);
    rerun_and_compare(&db);
}

/// An invented article of about `bytes` bytes: many paragraphs, many people sharing surnames.
fn huge_article(bytes: usize) -> String {
    let firsts = [
        "Omar", "Lena", "Tomas", "Ada", "Marcus", "Ines", "Pavel", "Rosa",
    ];
    let surnames = [
        "Feld", "Quill", "Brinley", "Haskow", "Morrer", "Tandick", "Vellen",
    ];
    let mut text = String::from("A very long council report\n\n");
    let mut i = 0usize;
    while text.len() < bytes {
        let (f, l) = (firsts[i % 8], surnames[(i / 3) % 7]);
        text.push_str(&format!(
            "{f} {l}, a spokesman for the Brindle Bay Council, said {l} and Mr. {l} would meet. \
             \u{201c}We will not rush this,\u{201d} {l} told reporters in Port Amsel.\n\n"
        ));
        i += 1;
    }
    text
}

#[test]
fn ctrl_c_stops_within_a_second_inside_a_huge_article() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("news");
    std::fs::create_dir_all(&dir).unwrap();
    // Big enough that a debug build spends seconds extracting it, under the 10 MB limit.
    std::fs::write(dir.join("huge.txt"), huge_article(6_000_000)).unwrap();
    let db = tmp.path().join("huge.db");
    let child = spawn_import(&db, &dir);
    std::thread::sleep(Duration::from_millis(1500));
    let signalled = Instant::now();
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    let took = signalled.elapsed();
    if output.status.code() == Some(0) {
        eprintln!("skipping: the import finished before Ctrl-C");
        return;
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "stderr: {stderr}");
    assert!(took < Duration::from_secs(3), "Ctrl-C took {took:?} to act");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(support::count(&conn, "SELECT count(*) FROM articles"), 0);
}
