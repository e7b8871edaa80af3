//! The database the report, sql, search, stats and Datasette tests share: the three invented articles
//! of tests/fixtures/reports (two outlets, authors, dates, quotes) and, when ../shared/seeds is there,
//! the five sample articles too. Built once per test binary.
#![allow(dead_code)]

use crate::common;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub struct Fixture {
    _dir: tempfile::TempDir,
    pub db: PathBuf,
    /// Whether the sample articles were imported as well.
    pub with_seeds: bool,
}

pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("facts.db");
        let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports");
        common::factdb(&db)
            .arg("import")
            .arg(&own)
            .arg("--glob")
            .arg("*.jsonl")
            .assert()
            .success();
        let seeds = common::shared_dir("seeds");
        if let Some(seeds) = &seeds {
            // Not asserted: tests/seeds.rs checks the sample import; here it only adds rows.
            let _ = common::factdb(&db)
                .arg("import")
                .arg(seeds)
                .args(["--glob", "*.txt"])
                .output();
        }
        Fixture {
            _dir: dir,
            db,
            with_seeds: seeds.is_some(),
        }
    })
}

/// Runs `factdb --db DB ARGS...`, asserts success and returns standard output.
pub fn run_ok(db: &Path, args: &[&str]) -> String {
    let output = common::factdb(db)
        .args(args)
        .env("COLUMNS", "120")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "factdb {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Runs `factdb --db DB ARGS...`, asserts failure and returns standard error.
pub fn run_err(db: &Path, args: &[&str]) -> String {
    let output = common::factdb(db).args(args).output().unwrap();
    assert!(
        !output.status.success(),
        "factdb {args:?} should have failed"
    );
    String::from_utf8(output.stderr).unwrap()
}

/// Runs a query through `factdb sql --format json` and returns the rows.
pub fn sql_rows(db: &Path, sql: &str) -> Vec<serde_json::Value> {
    serde_json::from_str(&run_ok(db, &["sql", sql, "--format", "json"])).unwrap()
}
