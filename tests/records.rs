//! Records in and out: `factdb extract --format jsonl`, and `factdb import` of records (extracted by
//! factdb or written by hand), with bad records named by file and line.

mod common;

use common::{factdb, shared_dir};
use factdb::report::Catalog;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn annotation() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/records/annotation.jsonl")
}

/// `factdb extract --format jsonl ARGS` with `threads` rayon threads: stdout.
fn extract_jsonl(args: &[&Path], threads: usize) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = factdb(&dir.path().join("unused.db"))
        .args(["extract", "--format", "jsonl"])
        .args(args)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn import(db: &Path, args: &[&Path]) -> std::process::Output {
    factdb(db)
        .arg("import")
        .arg("-q")
        .args(args)
        .output()
        .unwrap()
}

/// Every built-in report's CSV (the run reports aside: they describe the import runs, which differ
/// by design), with a value for each required parameter.
fn all_reports(db: &Path) -> Vec<(String, String)> {
    let catalog = Catalog::built_in().unwrap();
    let mut out = Vec::new();
    for report in catalog.iter() {
        if report.name == "imports" || report.name == "import-failures" {
            continue;
        }
        let mut cmd = factdb(db);
        cmd.args(["report", &report.name, "-f", "csv"]);
        for p in report.params.iter().filter(|p| p.default.is_none()) {
            let value = match p.name.as_str() {
                "entity" => "Lorvania",
                _ => "Marren",
            };
            cmd.args(["-p", &format!("{}={value}", p.name)]);
        }
        let output = cmd.output().unwrap();
        assert!(output.status.success(), "report {} failed", report.name);
        out.push((
            report.name.clone(),
            String::from_utf8(output.stdout).unwrap(),
        ));
    }
    out
}

#[test]
fn jsonl_is_byte_identical_at_any_parallelism() {
    let one = extract_jsonl(&[&examples()], 1);
    let four = extract_jsonl(&[&examples()], 4);
    assert_eq!(
        one.lines().count(),
        7,
        "five pages and the two articles of wire.jsonl"
    );
    assert_eq!(one, four);
    let first: serde_json::Value = serde_json::from_str(one.lines().next().unwrap()).unwrap();
    assert_eq!(first["version"], 1);
    assert!(!first["quotes"].as_array().unwrap().is_empty());
}

#[test]
fn jsonl_reads_a_work_list_on_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let file = examples().join("harbour-ledger-selen-crossing.txt");
    let list = format!(
        "{}\n{{\"body\": \"Ann Lee said the bridge was open.\", \"title\": \"Inline\"}}\n",
        file.display()
    );
    let out = factdb(&dir.path().join("unused.db"))
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin(list)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], extract_jsonl(&[&file], 1).trim_end());
    let inline: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(inline["input"], "<stdin>:2");
    assert_eq!(inline["title"], "Inline");
}

/// extract -> import of the records gives the same database as a direct import, report by report.
fn assert_round_trip(inputs: &[&Path]) {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records.jsonl");
    std::fs::write(&records, extract_jsonl(inputs, 2)).unwrap();
    let direct = dir.path().join("direct.db");
    let loaded = dir.path().join("loaded.db");
    assert!(import(&direct, inputs).status.success());
    let out = import(&loaded, &[&records]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(common_counts(&direct), common_counts(&loaded));
    for ((name, a), (_, b)) in all_reports(&direct).iter().zip(all_reports(&loaded)) {
        assert_eq!(a, &b, "report {name} differs after the round trip");
    }
}

fn common_counts(db: &Path) -> Vec<(String, i64)> {
    let conn = Connection::open(db).unwrap();
    [
        "articles",
        "outlets",
        "sentences",
        "entities",
        "entity_aliases",
        "mentions",
        "quotes",
        "quote_groups",
        "claims",
        "claim_groups",
        "claim_entities",
        "claim_quantities",
    ]
    .iter()
    .map(|t| {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap();
        (t.to_string(), n)
    })
    .collect()
}

#[test]
fn round_trip_of_the_examples_matches_a_direct_import() {
    assert_round_trip(&[&examples()]);
}

#[test]
fn round_trip_of_the_seeds_matches_a_direct_import() {
    if let Some(seeds) = shared_dir("seeds") {
        // The articles only: the folder also holds expected.json.
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        let files: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
        assert_round_trip(&files);
    }
}

/// A stored quote: text, speaker, speaker as written, cue, audience.
type QuoteRow = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

#[test]
fn a_hand_written_annotation_stores_exactly_its_quotes_and_speakers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let out = import(&db, &[&annotation()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = Connection::open(&db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT q.text, e.name, q.speaker_text, q.cue, q.audience FROM quotes q
             LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id ORDER BY q.quote_id",
        )
        .unwrap();
    let quotes: Vec<QuoteRow> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        quotes,
        vec![
            (
                "We expect the first crossing on Tuesday,".into(),
                s("Marta Kovel"),
                s("Marta Kovel"),
                s("said"),
                None
            ),
            (
                "Nobody has told the crews anything,".into(),
                s("Joren Bast"),
                s("Bast"),
                s("told"),
                s("the Quillon Gazette")
            ),
            ("At last,".into(), None, None, s("wrote"), None),
        ]
    );
    let claims: Vec<(String, Option<String>)> = conn
        .prepare("SELECT c.text, c.source_text FROM claims c ORDER BY claim_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(claims.len(), 2, "{claims:?}");
    assert_eq!(claims[1].0, "14 vessels had been inspected");
    let quantity: f64 = conn
        .query_row("SELECT value FROM claim_quantities", [], |r| r.get(0))
        .unwrap();
    assert_eq!(quantity, 14.0);
}

#[test]
fn reextract_extracts_records_again() {
    let entities = |extra: &[&str]| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("a.db");
        let out = factdb(&db)
            .args(["import", "-q"])
            .args(extra)
            .arg(annotation())
            .output()
            .unwrap();
        assert!(out.status.success());
        let conn = Connection::open(&db).unwrap();
        let mut stmt = conn
            .prepare("SELECT name FROM entities ORDER BY name")
            .unwrap();
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        names
    };
    let given = entities(&[]);
    assert_eq!(
        given,
        ["Joren Bast", "Marta Kovel", "Quillon", "Quillon Gazette"]
    );
    // factdb's own rules also find the island the annotator left out.
    assert!(entities(&["--reextract"]).contains(&"Ostra Isle".to_string()));
}

/// A records file whose line 2 is `bad` (line 1 and 3 are good): the import stores the good ones,
/// names `file:2` with `reason` on stderr and in import_failures, and exits 1.
fn assert_bad_line(bad: &str, reason: &str) {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(annotation()).unwrap();
    let mut lines = good.lines();
    let file = dir.path().join("shard.jsonl");
    std::fs::write(
        &file,
        format!(
            "{}\n{bad}\n{}\n",
            lines.next().unwrap(),
            lines.next().unwrap()
        ),
    )
    .unwrap();
    let db = dir.path().join("a.db");
    let out = import(&db, &[&file]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = format!("{}:2: ", file.display());
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(stderr.contains(reason), "{stderr}");
    let conn = Connection::open(&db).unwrap();
    let articles: i64 = conn
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(articles, 2);
    let (line, recorded): (i64, String) = conn
        .query_row("SELECT line, reason FROM import_failures", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(line, 2);
    assert!(recorded.contains(reason), "{recorded}");
}

#[test]
fn a_record_of_invalid_json_is_named_by_line() {
    assert_bad_line(
        r#"{"version": 1, "body": "x", "quotes": [}"#,
        "invalid JSON",
    );
}

#[test]
fn a_record_without_body_is_named_by_line() {
    assert_bad_line(
        r#"{"version": 1, "title": "T", "quotes": []}"#,
        "missing body",
    );
}

#[test]
fn a_span_outside_the_text_is_named_by_line() {
    assert_bad_line(
        r#"{"version": 1, "body": "Short text.", "quotes": [{"start": 6, "end": 40}]}"#,
        "quote 0: span 6..40 is outside the body (11 code points)",
    );
}

#[test]
fn a_speaker_not_among_the_entities_is_named_by_line() {
    assert_bad_line(
        r#"{"version": 1, "body": "Ann said: \"Yes.\"", "entities": [{"name": "Ann", "kind": "person"}], "quotes": [{"start": 11, "end": 15, "speaker": 1}]}"#,
        "quote 0: speaker 1 is not among the record's 1 entities",
    );
}

#[test]
fn a_text_that_does_not_match_its_span_is_named_by_line() {
    assert_bad_line(
        r#"{"version": 1, "body": "Ann said yes.", "claims": [{"start": 4, "end": 8, "text": "said yes"}]}"#,
        "claim 0: text \"said yes\" is not what span 4..8 covers",
    );
}
