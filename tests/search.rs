//! `factdb search`: FTS5 search over articles, quotes and claims.

mod common;
mod report_fixture;

use report_fixture::{fixture, run_err, run_ok};
use serde_json::Value;

fn search(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["search", "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&run_ok(&fixture().db, &all)).unwrap()
}

#[test]
fn finds_a_phrase_with_its_article() {
    let rows = search(&["--in", "articles", "\"corrosion nobody had measured\""]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["found_in"], "article");
    assert_eq!(
        rows[0]["title"],
        "Bridge repairs ran 15% over budget, audit finds"
    );
    assert_eq!(rows[0]["outlet"], "Northern Ledger");
    assert_eq!(rows[0]["published"], "2024-05-03");
    let snippet = rows[0]["snippet"].as_str().unwrap();
    assert!(
        snippet.contains("corrosion nobody had measured") && !snippet.contains("**"),
        "{snippet}"
    );
    // --phrase quotes it for you, punctuation and all.
    let phrase = search(&["--in", "articles", "--phrase", "15% more than"]);
    assert_eq!(phrase.len(), 1);
}

#[test]
fn ranks_better_matches_first() {
    // "bridge" is in the titles of two articles (titles weigh more) and the body of a third.
    let rows = search(&["--in", "articles", "bridge", "repairs"]);
    assert!(rows.len() >= 2, "{rows:?}");
    let ranks: Vec<i64> = rows.iter().map(|r| r["rank"].as_i64().unwrap()).collect();
    assert_eq!(ranks, (1..=rows.len() as i64).collect::<Vec<_>>());
    assert!(rows[0]["title"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("bridge"));
}

#[test]
fn searches_quotes_and_claims_too() {
    // Whatever the extractors find, every quote hit is a quote whose text matches.
    let fx = fixture();
    let quotes = search(&[
        "--in",
        "quotes",
        "bridge OR structure OR commuters OR corrosion",
    ]);
    for row in &quotes {
        assert_eq!(row["found_in"], "quote");
        assert!(!row["snippet"].as_str().unwrap().is_empty());
    }
    let stored: Vec<Value> = serde_json::from_str(&run_ok(
        &fx.db,
        &["sql", "SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH 'bridge OR structure OR commuters OR corrosion'", "-f", "json"],
    ))
    .unwrap();
    assert_eq!(
        quotes.len() as i64,
        stored[0]["n"].as_i64().unwrap().min(20)
    );
    let all = search(&["bridge"]);
    assert!(all.iter().any(|r| r["found_in"] == "article"));
}

#[test]
fn syntax_errors_are_reported_plainly() {
    let error = run_err(&fixture().db, &["search", "\"unclosed phrase"]);
    assert!(error.contains("search syntax error:"), "{error}");
    assert!(error.contains("double quotes"), "{error}");
    let error = run_err(&fixture().db, &["search", "AND"]);
    assert!(error.contains("search syntax error:"), "{error}");
}

/// `**` is Markdown's bold: only Markdown output gets it (a terminal gets its own bold, JSON and CSV
/// the words as they are).
#[test]
fn marks_matches_with_stars_only_in_markdown() {
    let markdown = run_ok(
        &fixture().db,
        &["search", "--in", "articles", "corrosion", "-f", "markdown"],
    );
    assert!(markdown.contains("**corrosion**"), "{markdown}");
    let csv = run_ok(
        &fixture().db,
        &["search", "--in", "articles", "corrosion", "--csv"],
    );
    assert!(csv.contains("corrosion") && !csv.contains("**"), "{csv}");
}

/// Words match by their stem (FTS5's porter tokenizer): the singular finds the plural and back.
#[test]
fn matches_words_by_their_stem() {
    let singular = search(&["--in", "articles", "repair"]);
    let plural = search(&["--in", "articles", "repairs"]);
    assert!(!singular.is_empty());
    assert_eq!(singular.len(), plural.len(), "{singular:?} vs {plural:?}");
}
