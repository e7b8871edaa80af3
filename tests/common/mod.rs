//! Helpers shared by the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// A `factdb` command with its database in `db`.
pub fn factdb(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factdb").expect("the factdb binary is built");
    cmd.arg("--db")
        .arg(db)
        .env_remove("FACTDB_DB")
        .env_remove("FACTDB_QUERIES");
    cmd
}

/// The folder of shared data beside the project (`../shared`, or `FACTDB_SHARED_DIR` when set, for
/// checkouts kept elsewhere), or `None` when it is missing. Under `CI=true` a missing folder is a
/// failure: CI must run these tests.
pub fn shared_dir(sub: &str) -> Option<PathBuf> {
    let shared = std::env::var_os("FACTDB_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join("shared")
        });
    let dir = shared.join(sub);
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "{} is missing, and CI=true: the shared test data must be beside the project",
            dir.display()
        );
    }
    eprintln!("skipping: {} is missing", dir.display());
    None
}

/// Folds quote marks and white space the way the sample expectations are matched.
pub fn fold(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201A}' => '\'',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}
