//! `factdb merge`: shards built separately merge into what one import of everything gives.

mod common;

use common::{factdb, shared_dir};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn import(db: &Path, args: &[&Path]) {
    // Articles only: the seeds folder also holds expected.json.
    let out = factdb(db)
        .args(["import", "-q", "--glob", "*.{txt,jsonl}"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn merge(db: &Path, others: &[&Path]) -> std::process::Output {
    factdb(db).arg("merge").args(others).output().unwrap()
}

fn counts(db: &Path) -> Vec<(&'static str, i64)> {
    let conn = Connection::open(db).unwrap();
    [
        "articles",
        "outlets",
        "entities",
        "entity_aliases",
        "mentions",
        "quotes",
        "quote_groups",
        "claims",
        "claim_groups",
        "claim_entities",
        "claim_quantities",
        "entity_decisions",
    ]
    .into_iter()
    .map(|t| {
        let n = conn
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap();
        (t, n)
    })
    .collect()
}

fn report(db: &Path, name: &str) -> String {
    let out = factdb(db)
        .args(["report", name, "-f", "csv"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn two_shards_merged_equal_one_import() {
    let Some(seeds) = shared_dir("seeds") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (one, a, b, merged) = (
        dir.path().join("one.db"),
        dir.path().join("a.db"),
        dir.path().join("b.db"),
        dir.path().join("merged.db"),
    );
    import(&one, &[&examples(), &seeds]);
    import(&a, &[&examples()]);
    import(&b, &[&seeds]);
    let out = merge(&merged, &[&a, &b]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(counts(&merged), counts(&one));
    for name in [
        "who-said-what",
        "quote-spread",
        "corroborated-claims",
        "entities",
    ] {
        assert_eq!(report(&merged, name), report(&one, name), "report {name}");
    }
    // Merging the same shard again adds nothing.
    let out = merge(&merged, &[&a]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 articles added, 7 already present"));
    assert_eq!(counts(&merged), counts(&one));
}

#[test]
fn user_decisions_of_a_shard_apply_to_the_merged_database() {
    let dir = tempfile::tempdir().unwrap();
    let (a, merged) = (dir.path().join("a.db"), dir.path().join("merged.db"));
    import(&a, &[&examples()]);
    let out = factdb(&a)
        .args(["entity", "alias", "Ilse Marren", "The Lorvanian minister"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(merge(&merged, &[&a]).status.success());
    let conn = Connection::open(&merged).unwrap();
    let alias: String = conn
        .query_row(
            "SELECT e.name FROM entity_aliases x JOIN entities e USING (entity_id)
             WHERE x.alias = 'The Lorvanian minister' AND x.origin = 'user'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(alias, "Ilse Marren");
}

#[test]
fn a_database_is_not_merged_into_itself() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.db");
    import(&a, &[&examples()]);
    let out = merge(&a, &[&a]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot merge a database into itself"));
}
