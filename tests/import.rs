//! `factdb import` on good and bad input: every good article is imported, every bad input is named
//! with its reason (on stderr and in `import_failures`), nothing is half-written, and the exit code
//! says whether anything failed.

mod support;

use rusqlite::Connection;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;
use support::{assert_consistent, count, counts, factdb_process};

fn import(db: &Path, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    let mut cmd = factdb_process(db);
    cmd.arg("import");
    for arg in args {
        cmd.arg(arg);
    }
    cmd.output().expect("factdb runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The failures recorded by the last run: source -> (line, reason).
fn failures(db: &Path) -> BTreeMap<String, (Option<i64>, String)> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT source, line, reason FROM import_failures
             WHERE import_run_id = (SELECT max(import_run_id) FROM import_runs)",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn importing_twice_adds_nothing_the_second_time() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("news");
    support::write_articles(&dir, 6);
    let db = tmp.path().join("facts.db");

    let first = import(&db, &[&dir]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stdout(&first).contains("6 articles added, 0 already present, 0 failed"),
        "{}",
        stdout(&first)
    );
    let after_first = counts(&db);

    let second = import(&db, &[&dir]);
    assert!(second.status.success(), "{}", stderr(&second));
    let out = stdout(&second);
    assert!(out.contains("0 articles added, 6 already present"), "{out}");
    assert!(out.contains("nothing new"), "{out}");
    assert_eq!(counts(&db), after_first);
    assert_consistent(&db);

    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM import_runs WHERE status = 'completed'"
        ),
        2
    );
}

/// Every kind of bad input beside good articles, in one folder and on the command line.
#[test]
fn a_messy_folder_imports_the_good_and_names_the_bad() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("messy");
    std::fs::create_dir(&dir).unwrap();
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();

    // Good: three UTF-8 pages, one Windows-1252 page, one UTF-16 page, a JSON-lines file with two good
    // lines and one bad.
    for i in 0..3 {
        write(&format!("good-{i}.txt"), support::article(i).as_bytes());
    }
    let cp1252: Vec<u8> = support::article(3)
        .replace(['\u{201C}', '\u{201D}'], "\"")
        .chars()
        .map(|c| if c == 'o' { 'ö' } else { c })
        .map(|c| match c {
            'ö' => 0xF6,
            c => c as u8,
        })
        .collect();
    write("latin.txt", &cp1252);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            support::article(4)
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    write("unicode.txt", &utf16);
    let jsonl = format!(
        "{}\nthis line is not JSON\n{}\n",
        support::tiny_json(100),
        support::tiny_json(101)
    );
    write("feed.jsonl", jsonl.as_bytes());

    // Bad.
    write("empty.txt", b"");
    write("blank.txt", b"  \n\t\n   \n");
    write("nul.txt", b"Some text\0with a NUL byte in it\n");
    write("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    write(
        "paper.txt",
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\n",
    );
    write("huge.txt", support::article(5).repeat(40).as_bytes()); // over --max-bytes below
    write("locked.txt", support::article(6).as_bytes());
    let locked = dir.join("locked.txt");
    set_mode(&locked, 0o000);
    // Root reads a mode-000 file anyway: then it is a good article, not a failure.
    let unreadable = std::fs::read(&locked).is_err();
    symlink("loop-b.txt", &dir.join("loop-a.txt"));
    symlink("loop-a.txt", &dir.join("loop-b.txt"));
    symlink("nowhere.txt", &dir.join("dangling.txt"));
    std::fs::create_dir(dir.join("sub")).unwrap();
    symlink("..", &dir.join("sub").join("up")); // a directory loop
    std::fs::write(dir.join("sub").join("nested.txt"), support::article(7)).unwrap();
    let missing = tmp.path().join("no-such-file.txt");

    let db = tmp.path().join("facts.db");
    let output = import(
        &db,
        &[
            &"--glob",
            &"*.{txt,jsonl}",
            &"--max-bytes",
            &"20000",
            &dir,
            &missing,
        ],
    );
    set_mode(&locked, 0o644);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "stderr: {err}");

    let name = |file: &str| dir.join(file).display().to_string();
    let mut expected: Vec<(String, Option<i64>, &str)> = vec![
        (name("empty.txt"), None, "file is empty"),
        (name("blank.txt"), None, "only white space"),
        (name("nul.txt"), None, "NUL bytes"),
        (name("photo.txt"), None, "PNG image"),
        (name("paper.txt"), None, "PDF document"),
        (name("huge.txt"), None, "too large"),
        (name("loop-a.txt"), None, "symbolic link loop"),
        (name("loop-b.txt"), None, "symbolic link loop"),
        (name("dangling.txt"), None, "broken symbolic link"),
        (name("sub/up"), None, "symbolic link loop"),
        (name("feed.jsonl"), Some(2), "invalid JSON"),
        (missing.display().to_string(), None, "no such file"),
    ];
    if unreadable {
        expected.push((name("locked.txt"), None, "Permission denied"));
    }
    let recorded = failures(&db);
    for (source, line, reason) in &expected {
        let Some((got_line, got_reason)) = recorded.get(source) else {
            panic!("no failure recorded for {source}; recorded: {recorded:#?}");
        };
        assert_eq!(got_line, line, "{source}");
        assert!(got_reason.contains(reason), "{source}: {got_reason}");
        let shown = match line {
            Some(l) => format!("{source}:{l}: "),
            None => format!("{source}: "),
        };
        assert!(err.contains(&shown), "stderr does not name {shown}: {err}");
    }
    assert_eq!(recorded.len(), expected.len(), "{recorded:#?}");

    // Good ones: good-0..2, latin, unicode, nested, two JSON lines, and locked when root reads it.
    let conn = Connection::open(&db).unwrap();
    let good = 8 + usize::from(!unreadable);
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), good as i64);
    let encoding = |file: &str| -> Option<String> {
        conn.query_row(
            "SELECT encoding FROM articles WHERE source = ?1",
            [name(file)],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(encoding("latin.txt").as_deref(), Some("windows-1252"));
    assert_eq!(encoding("unicode.txt").as_deref(), Some("UTF-16LE"));
    assert_eq!(encoding("good-0.txt"), None);
    let body: String = conn
        .query_row(
            "SELECT body FROM articles WHERE source = ?1",
            [name("latin.txt")],
            |r| r.get(0),
        )
        .unwrap();
    assert!(body.contains('ö'), "Windows-1252 decoded: {body}");
    let run: (i64, String) = conn
        .query_row(
            "SELECT failures, status FROM import_runs ORDER BY import_run_id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(run, (expected.len() as i64, "completed".to_string()));
    assert!(stdout(&output).contains(&format!("{good} articles added")));
    assert_consistent(&db);
}

#[test]
fn a_file_named_on_the_command_line_is_read_whatever_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("page.html.saved");
    std::fs::write(&file, support::article(9)).unwrap();
    let db = tmp.path().join("facts.db");
    let output = import(&db, &[&file]);
    assert!(output.status.success(), "{}", stderr(&output));
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 1);
}

/// 10,000 tiny files with a few bad ones: the bad ones are named, the rest imported. (Tiny JSON bodies
/// keep extraction cheap so the test stays fast.)
#[test]
fn ten_thousand_files_with_a_few_bad_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("many");
    std::fs::create_dir(&dir).unwrap();
    let bad = [17usize, 4242, 9999];
    for i in 0..10_000 {
        // Spread over subfolders, as archives are.
        let sub = dir.join(format!("{:02}", i / 500));
        if i % 500 == 0 {
            std::fs::create_dir(&sub).unwrap();
        }
        let path = sub.join(format!("{i:05}.json"));
        if bad.contains(&i) {
            std::fs::write(path, b"{\"title\": \"no body\"}").unwrap();
        } else {
            std::fs::write(path, support::tiny_json(i)).unwrap();
        }
    }
    let db = tmp.path().join("facts.db");
    let output = import(&db, &[&"--glob", &"*.json", &"--quiet", &dir]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("Imported 10000 files") && out.contains("9997 articles added"),
        "{out}"
    );
    let recorded = failures(&db);
    assert_eq!(recorded.len(), 3, "{recorded:#?}");
    for i in bad {
        let source = dir
            .join(format!("{:02}", i / 500))
            .join(format!("{i:05}.json"))
            .display()
            .to_string();
        assert!(recorded[&source].1.contains("no article text"), "{source}");
    }
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 9997);
}

#[test]
fn stdin_is_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("facts.db");
    let mut child = factdb_process(&db)
        .args(["import", "--outlet", "Coast News", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(support::article(11).as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM articles WHERE source = '<stdin>'"
        ),
        1
    );
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// On a terminal, an import ends with a first look (the top speakers); piped, it prints only the
/// summary, so scripts reading the output see one line. The terminal is made with util-linux's
/// `script`.
#[test]
fn on_a_terminal_the_summary_is_followed_by_the_top_speakers() {
    let has_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok();
    if !has_script {
        assert!(
            std::env::var("CI").is_err(),
            "`script` (util-linux) is needed for this test under CI"
        );
        eprintln!("skipping: no `script` command to make a terminal");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let factdb = env!("CARGO_BIN_EXE_factdb");
    let on_terminal = |db: &str, columns: &str| {
        let command = format!("{factdb} --db {db} import {}", examples.display());
        let output = std::process::Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env("COLUMNS", columns)
            .env_remove("FACTDB_DB")
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let db = tmp.path().join("terminal.db");
    let shown = on_terminal(&db.display().to_string(), "150");
    assert!(shown.contains("7 articles added"), "{shown}");
    assert!(shown.contains("Top speakers"), "{shown}");
    assert!(shown.contains("Ilse Marren"), "{shown}");
    assert!(
        shown.contains("distinct_quotes"),
        "a wide terminal gets the whole report: {shown}"
    );

    // At 80 columns the summary and the first report fit one screen, and the hint is a command that
    // works the way factdb was run (here from cargo's target folder, not installed on PATH).
    let db = tmp.path().join("narrow.db");
    let shown = on_terminal(&db.display().to_string(), "80");
    let lines: Vec<&str> = shown.lines().collect();
    assert!(lines.len() <= 24, "{shown}");
    assert!(lines.iter().all(|l| l.chars().count() <= 80), "{shown}");
    // (`cargo test --release` runs the release binary, whose hint says so.)
    let hint = if cfg!(debug_assertions) {
        "cargo run -- report --list"
    } else {
        "cargo run --release -- report --list"
    };
    assert!(shown.contains(hint), "{shown}");

    let piped = factdb_process(&tmp.path().join("piped.db"))
        .arg("import")
        .arg(&examples)
        .output()
        .unwrap();
    let piped = String::from_utf8_lossy(&piped.stdout);
    assert!(!piped.contains("Top speakers"), "{piped}");
    assert_eq!(piped.lines().count(), 1, "{piped}");
}

#[test]
fn a_folder_with_nothing_to_read_fails_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("notes");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("readme.md"), "# not an article").unwrap();
    let db = dir.path().join("f.db");
    let out = import(&db, &[&folder]);
    assert!(!out.status.success(), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("no file to read") && err.contains("--glob"),
        "{err}"
    );
    assert!(!db.exists(), "nothing read, nothing created");
}

#[test]
fn json_and_json_lines_in_a_folder_are_read_by_default_and_one_file_is_singular() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("one.json"), support::tiny_json(1)).unwrap();
    std::fs::write(
        folder.join("more.jsonl"),
        format!("{}\n{}\n", support::tiny_json(2), support::tiny_json(3)),
    )
    .unwrap();
    let db = dir.path().join("f.db");
    let out = import(&db, &[&folder]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Imported 2 files"),
        "{}",
        stdout(&out)
    );
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 3);

    // --glob narrows; one file, one article: singular.
    let db = dir.path().join("g.db");
    let out = import(&db, &[&"--glob", &"*.json", &folder]);
    let summary = stdout(&out);
    assert!(
        summary.starts_with("Imported 1 file in ") && summary.contains(": 1 article added"),
        "{summary}"
    );
}
