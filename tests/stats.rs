//! `factdb stats`: row counts and top lists.

mod common;
mod report_fixture;

use report_fixture::{fixture, run_err, run_ok, sql_rows};
use serde_json::Value;

#[test]
fn counts_rows_and_lists_top_outlets() {
    let fx = fixture();
    let stats: Value =
        serde_json::from_str(&run_ok(&fx.db, &["stats", "--format", "json"])).unwrap();
    let counts = stats["Rows per table"].as_array().unwrap();
    let articles = counts.iter().find(|r| r["table"] == "articles").unwrap();
    let expected = sql_rows(&fx.db, "SELECT count(*) AS n FROM articles")[0]["n"].clone();
    assert_eq!(articles["rows"], expected);
    assert!(counts
        .iter()
        .all(|r| !r["table"].as_str().unwrap().contains("_fts")));
    assert!(counts
        .iter()
        .all(|r| r["table"] != "refinery_schema_history"));
    let outlets = stats["Top outlets (by articles)"].as_array().unwrap();
    let herald = outlets
        .iter()
        .find(|r| r["outlet"] == "The Coastal Herald")
        .unwrap();
    assert_eq!(herald["articles"], 2);
    for section in [
        "Top entities (by articles mentioning them)",
        "Top speakers (by quotes)",
        "Publication dates",
    ] {
        assert!(stats[section].is_array(), "{section}");
    }
    let dates = &stats["Publication dates"][0];
    assert!(dates["last_published"].as_str().unwrap() >= "2024-05-03");

    let table = run_ok(&fx.db, &["stats"]);
    assert!(
        table.contains("Rows per table") && table.contains("The Coastal Herald"),
        "{table}"
    );
    let markdown = run_ok(&fx.db, &["stats", "--format", "markdown", "--top", "1"]);
    assert!(
        markdown.contains("## Top outlets (by articles)\n\n| outlet |"),
        "{markdown}"
    );
    assert!(run_err(&fx.db, &["stats", "--format", "csv"])
        .contains("[possible values: table, markdown, json]"));
}

/// --format lists only what stats can print.
#[test]
fn help_lists_only_the_formats_stats_prints() {
    let help = run_ok(&fixture().db, &["stats", "--help"]);
    assert!(help.contains("markdown") && !help.contains("csv"), "{help}");
}
