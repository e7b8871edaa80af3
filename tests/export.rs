//! `factdb export`: every table and view as Parquet, JSON lines or CSV. The Parquet files are read
//! back by DuckDB (Python package `duckdb`): skipped with a message when it is missing, a failure
//! under `CI=true` (`.ci/run` installs it).

mod common;

use common::factdb;
use std::path::{Path, PathBuf};
use std::process::Command;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// A database of the examples, in `dir`.
fn imported(dir: &Path) -> PathBuf {
    let db = dir.join("facts.db");
    let out = factdb(&db)
        .args(["import", "-q"])
        .arg(examples())
        .output()
        .unwrap();
    assert!(out.status.success());
    db
}

fn export(db: &Path, dir: &Path, format: &str) {
    let out = factdb(db)
        .args(["export", "--format", format])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn duckdb_available() -> bool {
    let found = Command::new("python3")
        .args(["-c", "import duckdb"])
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("the Python package duckdb is missing, and CI=true: .ci/run must install it");
        }
        eprintln!("SKIPPED: the Parquet export is not checked: pip install duckdb to check it");
    }
    found
}

/// DuckDB reads the report views and the tables of the Parquet export, and what it finds is what
/// `factdb report` prints.
#[test]
fn duckdb_reads_the_parquet_export_and_matches_the_reports() {
    if !duckdb_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = imported(dir.path());
    let out = dir.path().join("parquet");
    export(&db, &out, "parquet");
    for report in [
        "who-said-what",
        "top-speakers",
        "claims-by-source",
        "entities",
        "quote-spread",
    ] {
        let expected = factdb(&db)
            .args(["report", report, "-f", "jsonl"])
            .output()
            .unwrap();
        assert!(expected.status.success());
        let file = out.join(format!("report_{}.parquet", report.replace('-', "_")));
        let script = r#"
import duckdb, json, sys
rows = duckdb.sql(f"SELECT * FROM read_parquet('{sys.argv[1]}')")
names = rows.columns
for row in rows.fetchall():
    print(json.dumps(dict(zip(names, row)), ensure_ascii=False))
"#;
        let got = python(script, &[file.to_str().unwrap()]);
        assert_eq!(
            parse(&got),
            parse(&String::from_utf8(expected.stdout).unwrap()),
            "report {report} read from Parquet by DuckDB"
        );
    }
    // A query over the exported tables, joined in DuckDB, matches the top-speakers report.
    let script = r#"
import duckdb, sys
d = sys.argv[1]
for name, n in duckdb.sql(f"""
    SELECT e.name, count(*) FROM read_parquet('{d}/quotes.parquet') q
    JOIN read_parquet('{d}/entities.parquet') e ON e.entity_id = q.speaker_entity_id
    WHERE q.kind IN ('speech', 'partial')
    GROUP BY e.name ORDER BY 2 DESC, 1""").fetchall():
    print(f"{name}\t{n}")
"#;
    let joined = python(script, &[out.to_str().unwrap()]);
    let report = factdb(&db)
        .args([
            "sql",
            "-f",
            "tsv",
            "SELECT speaker, quotes FROM report_top_speakers ORDER BY 2 DESC, 1",
        ])
        .output()
        .unwrap();
    let report = String::from_utf8(report.stdout).unwrap();
    let report: Vec<&str> = report.lines().skip(1).collect();
    assert_eq!(joined.lines().collect::<Vec<_>>(), report);
}

fn python(script: &str, args: &[&str]) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn parse(jsonl: &str) -> Vec<serde_json::Value> {
    jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn jsonl_and_csv_exports_hold_every_row_of_every_table() {
    let dir = tempfile::tempdir().unwrap();
    let db = imported(dir.path());
    for format in ["jsonl", "csv"] {
        let out = dir.path().join(format);
        export(&db, &out, format);
        let quotes = std::fs::read_to_string(out.join(format!("quotes.{format}"))).unwrap();
        let conn = rusqlite::Connection::open(&db).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM quotes", [], |r| r.get(0))
            .unwrap();
        let header = usize::from(format == "csv");
        // Quote texts hold no newline, so one line is one row.
        assert_eq!(quotes.lines().count(), n as usize + header, "{format}");
        assert!(out.join(format!("report_who_said_what.{format}")).is_file());
        assert!(!out.join(format!("articles_fts_data.{format}")).exists());
    }
    let first = std::fs::read_to_string(dir.path().join("jsonl/quotes.jsonl")).unwrap();
    let row: serde_json::Value = serde_json::from_str(first.lines().next().unwrap()).unwrap();
    assert!(row["quote_id"].is_i64());
    assert!(row["text"].is_string());
}
