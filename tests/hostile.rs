//! Hostile input and unlucky users (issue 12): no command may destroy data. Each test is one finding
//! of the attack on the build before the fixes; docs/reliability.md names them.

mod common;

use std::path::{Path, PathBuf};

/// Two invented articles, as JSON lines.
const ARTICLES: &str = concat!(
    r#"{"title": "Harbour works resume", "outlet": "Coast Gazette", "published": "2024-03-01", "body": "Work on the harbour wall resumed on Monday, the port authority said.\n\n\"We expect to finish by June,\" said Lena Marsh, the authority's director."}"#,
    "\n",
    r#"{"title": "Ferry fares rise", "outlet": "Coast Gazette", "published": "2024-03-02", "body": "Ferry fares will rise by 4% in April, the operator said on Tuesday."}"#,
    "\n"
);

/// A database with [`ARTICLES`] imported, in `dir`.
fn database(dir: &Path) -> PathBuf {
    let input = dir.join("articles.jsonl");
    std::fs::write(&input, ARTICLES).unwrap();
    let db = dir.join("facts.db");
    common::factdb(&db)
        .arg("import")
        .arg(&input)
        .assert()
        .success();
    db
}

fn stderr_of(db: &Path, args: &[&str]) -> (bool, String) {
    let output = common::factdb(db).args(args).output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn article_count(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap()
}

/// Finding 1: `-o` onto the database, its side files or an input of the same command is refused.
#[test]
fn output_onto_the_database_or_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let before = std::fs::read(&db).unwrap();
    let sql_file = dir.path().join("q.sql");
    std::fs::write(&sql_file, "SELECT 1 AS one").unwrap();
    let queries = dir.path().join("queries");
    std::fs::create_dir(&queries).unwrap();
    let report = queries.join("mine.sql");
    std::fs::write(&report, "-- title: Mine\nSELECT 1 AS one\n").unwrap();
    let db_name = db.to_str().unwrap().to_string();
    let wal = format!("{db_name}-wal");
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let (sql_name, report_name, link_name) = (
        sql_file.to_str().unwrap(),
        report.to_str().unwrap(),
        link.to_str().unwrap(),
    );
    let queries_name = queries.to_str().unwrap();
    let attempts: Vec<Vec<&str>> = vec![
        vec!["sql", "SELECT 1", "-o", &db_name],
        vec!["sql", "SELECT 1", "-o", link_name],
        vec!["sql", "SELECT 1", "-o", &wal],
        vec!["sql", "--file", sql_name, "-o", sql_name],
        vec!["report", "outlet-summary", "-o", &db_name],
        vec!["report", "--list", "--format", "csv", "-o", &db_name],
        vec![
            "report",
            "--queries",
            queries_name,
            "mine",
            "-o",
            report_name,
        ],
        vec!["search", "harbour", "-o", &db_name],
        vec!["datasette-metadata", "-o", &db_name],
    ];
    for args in attempts {
        let (ok, stderr) = stderr_of(&db, &args);
        assert!(!ok, "{args:?} succeeded");
        assert!(stderr.contains("refusing to write"), "{args:?}: {stderr}");
    }
    assert_eq!(std::fs::read(&db).unwrap(), before);
    assert_eq!(
        std::fs::read_to_string(&sql_file).unwrap(),
        "SELECT 1 AS one"
    );
    assert!(std::fs::read_to_string(&report).unwrap().contains("Mine"));
    assert_eq!(article_count(&db), 2);
}

/// Finding 1: an output is replaced only when the command succeeded; a failure leaves the old file
/// and no temporary file.
#[test]
fn a_failed_command_leaves_the_old_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = out_dir.join("rows.csv");
    std::fs::write(&out, "old contents\n").unwrap();
    let out_name = out.to_str().unwrap();
    for args in [
        vec!["sql", "SELECT nope FROM articles", "-o", out_name],
        vec!["report", "no-such-report", "-o", out_name],
        vec!["sql", "SELECT :x", "--format", "csv", "-o", out_name],
    ] {
        let (ok, _) = stderr_of(&db, &args);
        assert!(!ok, "{args:?}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old contents\n");
    }
    let (ok, stderr) = stderr_of(
        &db,
        &[
            "sql",
            "SELECT count(*) AS n FROM articles",
            "--format",
            "csv",
            "-o",
            out_name,
        ],
    );
    assert!(ok, "{stderr}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "n\n2\n");
    let names: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["rows.csv"], "a temporary file was left behind");
}

fn stdout_of(db: &Path, args: &[&str]) -> String {
    let output = common::factdb(db)
        .args(args)
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "factdb {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Characters that let stored text take over a terminal.
fn has_terminal_controls(text: &str) -> bool {
    text.contains(['\u{1b}', '\r', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}'])
}

/// Finding 4: control characters are removed at import, and what an older import stored is escaped
/// in the table output of report, sql, search and stats, and in entity show.
#[test]
fn terminal_escapes_are_removed_at_import_and_escaped_on_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("evil.jsonl");
    let evil = serde_json::json!({
        "title": "Harbour\r\u{1b}[2K\u{1b}]52;c;cm0gLXJmIH4=\u{7} reopens \u{202e}gpj.exe",
        "outlet": "Coast\u{1b}[31m Gazette\u{9b}0m",
        "body": "The harbour\u{1b}[2J reopened on Monday.\r\n\r\n\"It is\u{2066} done,\" said Lena Marsh.\rOK.",
    });
    std::fs::write(&input, format!("{evil}\n")).unwrap();
    let db = dir.path().join("facts.db");
    common::factdb(&db)
        .arg("import")
        .arg(&input)
        .assert()
        .success();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (title, outlet, body): (String, String, String) = conn
        .query_row(
            "SELECT title, o.name, body FROM articles JOIN outlets o USING (outlet_id)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    for text in [&title, &outlet, &body] {
        assert!(!has_terminal_controls(text), "stored: {text:?}");
    }
    assert!(
        body.contains("Lena Marsh.") && body.contains("OK."),
        "{body:?}"
    );
    // What an older factdb stored is escaped when printed.
    conn.execute_batch(
        "UPDATE articles SET title = 'Harbour' || char(27) || '[2J' || char(8238) || ' reopens';
         UPDATE outlets SET name = 'Coast' || char(27) || ']52;c;eA==' || char(7) || ' Gazette';
         UPDATE entities SET name = 'Lena' || char(13) || char(27) || '[1A Marsh' WHERE name = 'Lena Marsh';",
    )
    .unwrap();
    drop(conn);
    for args in [
        vec!["sql", "SELECT title, body FROM articles"],
        vec!["report", "article-list"],
        vec!["report", "outlet-summary", "--format", "markdown"],
        vec!["search", "harbour"],
        vec!["stats"],
    ] {
        let out = stdout_of(&db, &args);
        assert!(!has_terminal_controls(&out), "{args:?}: {out:?}");
        assert!(out.contains("\\u{1b}"), "{args:?}: {out}");
    }
    let out = stdout_of(&db, &["entity", "show", "Lena Marsh"]);
    assert!(!has_terminal_controls(&out), "{out:?}");
}

/// Finding 6: a NUL is refused in every input format, with the same reason: a JSON `\u0000`, a UTF-16
/// file, a UTF-8 file.
#[test]
fn nul_is_refused_in_every_input_format() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("a.jsonl"),
        concat!(
            r#"{"title": "Nul", "body": "Before\u0000after. \"It works,\" said Lena Marsh."}"#,
            "\n",
            r#"{"title": "Fine", "body": "Ferry fares will rise in April, the operator said."}"#,
            "\n"
        ),
    )
    .unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Harbour news\n\nThe wall\0 was rebuilt in May, the council said."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    std::fs::write(input.join("b.txt"), utf16).unwrap();
    std::fs::write(
        input.join("c.txt"),
        b"Harbour news\n\nThe wall\0 was rebuilt.",
    )
    .unwrap();
    let db = dir.path().join("facts.db");
    let output = common::factdb(&db)
        .arg("import")
        .arg(&input)
        .arg("--glob")
        .arg("*.{txt,jsonl}")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let titles: Vec<String> = conn
        .prepare("SELECT title FROM articles")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(titles, ["Fine"]);
    let reasons: Vec<String> = conn
        .prepare("SELECT reason FROM import_failures ORDER BY source")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    for reason in &reasons {
        assert!(
            reason.starts_with("not a text file:") && reason.contains("NUL"),
            "{reasons:?}"
        );
    }
    let stored_nul: i64 = conn
        .query_row(
            "SELECT count(*) FROM articles WHERE instr(body, char(0)) > 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored_nul, 0);
}

/// Every byte of the file and whether SQLite side files exist.
fn snapshot(path: &Path) -> (Vec<u8>, bool, bool) {
    let side = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name).exists()
    };
    (std::fs::read(path).unwrap(), side("-wal"), side("-shm"))
}

/// A factdb database in rollback-journal mode (as a copy without its WAL would be), for byte checks.
fn database_not_in_wal(dir: &Path) -> PathBuf {
    let db = database(dir);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.pragma_update(None, "journal_mode", "delete").unwrap();
    db
}

/// Finding 7: a damaged schema history is a clear error, found before anything is written.
#[test]
fn a_damaged_schema_history_is_refused_untouched() {
    for damage in [
        "UPDATE refinery_schema_history SET checksum = 'not a number'",
        "UPDATE refinery_schema_history SET checksum = '12345' WHERE version = 1",
        "UPDATE refinery_schema_history SET applied_on = 'yesterday'",
        "INSERT INTO refinery_schema_history VALUES ('abc', 'x', 'y', 'z')",
        "UPDATE refinery_schema_history SET name = 'other' WHERE version = 1",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let db = database_not_in_wal(dir.path());
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(damage).unwrap();
        drop(conn);
        let before = snapshot(&db);
        let input = dir.path().join("articles.jsonl");
        let output = common::factdb(&db)
            .arg("import")
            .arg(&input)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{damage}: {stderr}");
        assert!(
            stderr.contains("damaged schema history") && stderr.contains("not changed"),
            "{damage}: {stderr}"
        );
        assert!(snapshot(&db) == before, "{damage}: the file was changed");
    }
}

/// Finding 10: an SQLite file with schema objects but no factdb history is refused untouched, even
/// without a single table.
#[test]
fn a_foreign_database_with_only_views_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("views.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("CREATE VIEW answer AS SELECT 42 AS n;")
        .unwrap();
    drop(conn);
    let before = snapshot(&db);
    std::fs::write(dir.path().join("a.jsonl"), ARTICLES).unwrap();
    for args in [
        vec!["import", dir.path().join("a.jsonl").to_str().unwrap()],
        vec!["sql", "SELECT 1"],
    ] {
        let (ok, stderr) = stderr_of(&db, &args);
        assert!(!ok, "{args:?}");
        assert!(
            stderr.contains("not a factdb database") && stderr.contains("view answer"),
            "{stderr}"
        );
    }
    assert!(snapshot(&db) == before, "the file was changed");
}

/// Finding 8: `--queries` reads only regular files under a size limit: a FIFO and a link to
/// /dev/zero named `.sql` are refused clearly, never read (no hang, no memory eaten).
#[test]
fn queries_folder_skips_pipes_and_devices() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let queries = dir.path().join("queries");
    std::fs::create_dir(&queries).unwrap();
    let fifo = queries.join("pipe.sql");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", queries.join("zero.sql")).unwrap();
    std::fs::write(queries.join("mine.sql"), "-- title: Mine\nSELECT 7 AS n\n").unwrap();
    let q = queries.to_str().unwrap();
    let run = |args: &[&str]| {
        common::factdb(&db)
            .args(args)
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap()
    };
    let list = run(&["report", "--list", "--queries", q]);
    assert!(list.status.success());
    let list = String::from_utf8_lossy(&list.stdout);
    for name in ["pipe", "zero"] {
        assert!(list.contains(&format!("{name}: CANNOT BE USED")), "{list}");
    }
    assert!(list.contains("not a regular file"), "{list}");
    let mine = run(&["report", "--queries", q, "mine", "--format", "csv"]);
    assert_eq!(String::from_utf8_lossy(&mine.stdout), "n\n7\n");
    let pipe = run(&["report", "--queries", q, "pipe"]);
    assert!(!pipe.status.success());
    let stderr = String::from_utf8_lossy(&pipe.stderr);
    assert!(
        stderr.contains("pipe.sql") && stderr.contains("not a regular file"),
        "{stderr}"
    );
    let sql_file = run(&["sql", "--file", "/dev/zero"]);
    assert!(!sql_file.status.success());
}

/// Minor: `-p limit=abc` fails naming the parameter, before any output (no CSV header).
#[test]
fn a_parameter_of_the_wrong_type_fails_before_any_output() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let output = common::factdb(&db)
        .args([
            "report",
            "top-speakers",
            "-p",
            "limit=abc",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stdout), "");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("-p limit=abc"), "{stderr}");
}

/// Minor: file names that are not UTF-8 stay distinct sources.
#[test]
fn non_utf8_file_names_stay_distinct() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for (byte, place) in [(0xE9u8, "harbour"), (0xE8u8, "ferry")] {
        let bytes = [b'c', b'a', b'f', byte, b'.', b't', b'x', b't'];
        let name = std::ffi::OsStr::from_bytes(&bytes);
        std::fs::write(
            input.join(name),
            format!("News\n\nThe {place} reopened on Monday, the council said."),
        )
        .unwrap();
    }
    let db = dir.path().join("facts.db");
    common::factdb(&db)
        .arg("import")
        .arg(&input)
        .assert()
        .success();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let sources: Vec<String> = conn
        .prepare("SELECT source FROM articles ORDER BY source")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(sources.len(), 2);
    assert_ne!(sources[0], sources[1]);
    assert!(
        sources
            .iter()
            .all(|s| s.ends_with("caf\\xE8.txt") || s.ends_with("caf\\xE9.txt")),
        "{sources:?}"
    );
}

/// Makes a folder immutable (`chattr +i`: nothing can be created in it, not even by root) until
/// dropped. `None` where the file system or the user cannot.
struct Immutable(PathBuf);

impl Immutable {
    fn new(dir: &Path) -> Option<Immutable> {
        let ok = std::process::Command::new("chattr")
            .arg("+i")
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Immutable(dir.to_path_buf()))
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status();
    }
}

/// The reading commands, each expected to succeed.
fn read_everything(db: &Path) {
    for args in [
        vec!["report", "outlet-summary"],
        vec!["sql", "SELECT count(*) FROM articles"],
        vec!["stats"],
        vec!["search", "harbour"],
        vec!["entity", "show", "Lena Marsh"],
    ] {
        let out = stdout_of(db, &args);
        assert!(!out.is_empty(), "{args:?}");
    }
}

/// Finding 5: a database in a folder where SQLite cannot create its `-shm` file is readable.
#[test]
fn a_database_in_a_read_only_folder_is_readable() {
    let dir = tempfile::tempdir().unwrap();
    // A name with characters a `file:` URI gives a meaning to.
    let folder = dir.path().join("read only ?#%");
    std::fs::create_dir(&folder).unwrap();
    let db = database(&folder);
    // Root ignores permissions; an immutable folder stops root too.
    let Some(_guard) = Immutable::new(&folder) else {
        eprintln!("skipping: chattr +i is not possible here");
        return;
    };
    assert!(std::fs::write(folder.join("probe"), "x").is_err());
    read_everything(&db);
    assert_eq!(
        stdout_of(
            &db,
            &["sql", "SELECT count(*) AS n FROM articles", "-f", "csv"]
        ),
        "n\n2\n"
    );
}

/// Minor: a run whose process died is marked `abandoned` by the next import; a live one is not.
#[test]
fn dead_runs_are_marked_abandoned_and_live_ones_are_not() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let many = dir.path().join("many");
    std::fs::create_dir(&many).unwrap();
    for i in 0..400 {
        std::fs::write(
            many.join(format!("{i:04}.jsonl")),
            format!(
                "{{\"title\": \"Notice {i}\", \"body\": \"The harbour office said on Monday that {i} forms were received.\"}}\n"
            ),
        )
        .unwrap();
    }
    let status = |id: i64| -> String {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.query_row(
            "SELECT status FROM import_runs WHERE import_run_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap_or_default()
    };
    let spawn = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_factdb"))
            .arg("--db")
            .arg(&db)
            .args(["import", "--quiet", "--glob", "*.jsonl"])
            .arg(&many)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    // A live import (run 2) while another import (run 3) starts: run 2 stays running.
    let mut live = spawn();
    let start = Instant::now();
    while status(2) != "running" && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let small = dir.path().join("articles.jsonl");
    common::factdb(&db)
        .arg("import")
        .arg(&small)
        .assert()
        .success();
    let seen = status(2);
    assert!(
        seen == "running" || seen == "completed",
        "live run became {seen}"
    );
    live.kill().unwrap();
    live.wait().unwrap();
    if status(2) == "completed" {
        eprintln!("the import finished before it could be killed: only the live case was checked");
        return;
    }
    assert_eq!(status(2), "running", "a killed run cannot record its end");
    common::factdb(&db)
        .arg("import")
        .arg(&small)
        .assert()
        .success();
    assert_eq!(status(2), "abandoned");
}
