//! `factdb delete`: an article or an import run goes with everything derived from it, and what is left
//! is relinked.

mod common;

use rusqlite::Connection;
use std::path::Path;

fn scalar(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn write(dir: &Path, file: &str, body: &str) -> std::path::PathBuf {
    let path = dir.join(file);
    let json = serde_json::json!({"title": file, "outlet": file, "body": body});
    std::fs::write(&path, json.to_string()).unwrap();
    path
}

#[test]
fn deleting_an_article_removes_what_was_extracted_from_it_and_regroups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let quote = "\u{201C}The ferry will run all winter,\u{201D} Lena Ward said on Monday.";
    let a = write(dir.path(), "a.json", quote);
    let b = write(
        dir.path(),
        "b.json",
        &format!("{quote} Oskar Brandt disagreed."),
    );
    common::factdb(&db)
        .args(["import", "-q"])
        .arg(&a)
        .assert()
        .success();
    common::factdb(&db)
        .args(["import", "-q"])
        .arg(&b)
        .assert()
        .success();
    let id = scalar(
        &db,
        "SELECT article_id FROM articles WHERE title = 'b.json'",
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM quotes"), 2);
    common::factdb(&db)
        .args(["delete", "--article", &id.to_string()])
        .assert()
        .success();
    assert_eq!(scalar(&db, "SELECT count(*) FROM articles"), 1);
    assert_eq!(scalar(&db, "SELECT count(*) FROM quotes"), 1);
    assert_eq!(
        scalar(
            &db,
            "SELECT count(*) FROM entities WHERE name = 'Oskar Brandt'"
        ),
        0
    );
    assert_eq!(
        scalar(&db, "SELECT count(*) FROM outlets WHERE name = 'b.json'"),
        0
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM quote_groups"), 1);
    let fts = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'disagreed'";
    assert_eq!(scalar(&db, fts), 0);

    // The first run goes too; then nothing is left, and an unknown id is an error.
    common::factdb(&db)
        .args(["delete", "--run", "1"])
        .assert()
        .success();
    assert_eq!(scalar(&db, "SELECT count(*) FROM articles"), 0);
    let out = common::factdb(&db)
        .args(["delete", "--run", "1"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no import run 1"));
}
