//! `factdb sql`: read-only, bound parameters, SQL from a file or stdin, plain errors.

mod common;
mod report_fixture;

use report_fixture::{fixture, run_err, run_ok, sql_rows};

#[test]
fn writing_statements_are_refused() {
    let fx = fixture();
    let before = sql_rows(&fx.db, "SELECT count(*) AS n FROM articles")[0]["n"].clone();
    for statement in [
        "DELETE FROM quotes",
        "DELETE FROM articles",
        "DROP TABLE quotes",
        "UPDATE articles SET title = 'x'",
        "INSERT INTO outlets (name, name_key) VALUES ('x', 'x')",
        "CREATE TABLE t (x)",
    ] {
        let error = run_err(&fx.db, &["sql", statement]);
        assert!(
            error.contains("would change the database"),
            "{statement}: {error}"
        );
    }
    assert_eq!(
        sql_rows(&fx.db, "SELECT count(*) AS n FROM articles")[0]["n"],
        before
    );
    assert_eq!(
        sql_rows(
            &fx.db,
            "SELECT count(*) AS n FROM sqlite_schema WHERE name = 'quotes'"
        )[0]["n"],
        1
    );
    let several = run_err(&fx.db, &["sql", "SELECT 1; DELETE FROM quotes"]);
    assert!(several.contains("more than one SQL statement"), "{several}");
}

#[test]
fn parameters_are_bound_and_typed() {
    let fx = fixture();
    let rows = sql_rows_with(
        &fx.db,
        "SELECT title FROM articles WHERE published >= :since ORDER BY title",
        &["-p", "since=2024-05-02"],
    );
    assert_eq!(rows.len(), 2);
    // A whole number is bound as an integer, so numeric comparisons work.
    let counted = sql_rows_with(
        &fx.db,
        "SELECT name FROM outlets o WHERE (SELECT count(*) FROM articles a WHERE a.outlet_id = o.outlet_id) >= :min",
        &["-p", "min=2"],
    );
    assert_eq!(counted.len(), 1);
    assert_eq!(counted[0]["name"], "The Coastal Herald");
    let injected = sql_rows_with(
        &fx.db,
        "SELECT :x AS x",
        &["-p", "x='; DROP TABLE quotes; --"],
    );
    assert_eq!(injected[0]["x"], "'; DROP TABLE quotes; --");
    let unbound = run_err(&fx.db, &["sql", "SELECT :who"]);
    assert!(unbound.contains("pass -p who=VALUE"), "{unbound}");
    let unused = run_err(&fx.db, &["sql", "SELECT 1", "-p", "who=x"]);
    assert!(unused.contains("no parameter :who"), "{unused}");
}

fn sql_rows_with(db: &std::path::Path, sql: &str, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["sql", sql, "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&run_ok(db, &args)).unwrap()
}

#[test]
fn sql_from_a_file_or_standard_input() {
    let fx = fixture();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("q.sql");
    std::fs::write(
        &file,
        "-- my query\nSELECT name\nFROM outlets\nWHERE name IN ('Northern Ledger', 'The Coastal Herald')\nORDER BY name;\n",
    )
    .unwrap();
    let out = run_ok(
        &fx.db,
        &["sql", "--file", file.to_str().unwrap(), "-f", "csv"],
    );
    assert_eq!(out, "name\nNorthern Ledger\nThe Coastal Herald\n");
    let output = common::factdb(&fx.db)
        .args(["sql", "-", "-f", "csv"])
        .write_stdin("SELECT count(*) AS n FROM outlets")
        .output()
        .unwrap();
    assert!(output.status.success());
    let n: usize = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    assert!(n >= 2);
    std::fs::write(&file, "SELECT name\nFROM outlets\nWHERE colour = 'red'").unwrap();
    let error = run_err(&fx.db, &["sql", "--file", file.to_str().unwrap()]);
    assert!(
        error.contains("q.sql:3:7: no such column: colour"),
        "{error}"
    );
}

#[test]
fn a_missing_database_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let error = run_err(&dir.path().join("none.db"), &["sql", "SELECT 1"]);
    assert!(error.contains("there is no database at"), "{error}");
    assert!(!dir.path().join("none.db").exists());
}
