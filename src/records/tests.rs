use super::convert::{to_facts, to_record};
use super::*;
use crate::ingest::Document;

/// The committed schema is the one the types give: run with `FACTDB_UPDATE_SCHEMA=1` after changing
/// a record type to rewrite it.
#[test]
fn committed_schema_matches_the_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/record.schema.json");
    let generated = schema_json();
    if std::env::var("FACTDB_UPDATE_SCHEMA").is_ok_and(|v| v == "1") {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/record.schema.json is out of date: run FACTDB_UPDATE_SCHEMA=1 cargo test --lib records"
    );
}

#[test]
fn the_example_record_is_valid() {
    let text = include_str!("../../schema/example.record.json");
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    assert!(is_record(&value));
    let record: Record = serde_json::from_value(value).unwrap();
    let facts = to_facts(&record).unwrap();
    assert_eq!(facts.quotes.len(), 2);
    crate::store::consistency::check(&facts).unwrap();
}

#[test]
fn facts_survive_a_record_with_multibyte_text() {
    let doc = Document {
        source: "t".into(),
        text: "Caf\u{e9} owner Ann Lee said: \u{201c}We open at nine.\u{201d} Ann Lee said 40 people came."
            .into(),
        body_is_clean: true,
        ..Document::default()
    };
    let facts = crate::extract::extract(&doc);
    assert!(!facts.quotes.is_empty());
    let record = to_record("t", None, &facts);
    // Spans are code points: "é" and the curly quotes count one each.
    let q = &record.quotes[0];
    let chars: Vec<char> = record.body.chars().collect();
    let text: String = chars[q.start..q.end].iter().collect();
    assert_eq!(Some(text), q.text);
    let back = to_facts(&record).unwrap();
    assert_eq!(back.quotes, facts.quotes);
    assert_eq!(back.mentions, facts.mentions);
    assert_eq!(back.claims, facts.claims);
    assert_eq!(back.article.sentences, facts.article.sentences);
    assert_eq!(to_record("t", None, &back), record);
}

#[test]
fn a_record_without_structure_is_split_and_facts_find_their_sentence() {
    let record: Record = serde_json::from_str(
        r#"{"version": 1, "body": "First one.\n\nAnn said: \"Yes.\"", "entities": [{"name": "Ann", "kind": "person"}],
            "quotes": [{"start": 23, "end": 27, "speaker": 0}]}"#,
    )
    .unwrap();
    let facts = to_facts(&record).unwrap();
    assert_eq!(facts.article.paragraphs.len(), 2);
    assert_eq!(facts.quotes[0].sentence, 1);
    assert_eq!(facts.quotes[0].span.text(&facts.article.body), "Yes.");
}

#[test]
fn bad_records_say_what_is_wrong() {
    let bad = |json: &str| to_facts(&serde_json::from_str(json).unwrap()).unwrap_err();
    assert!(bad(r#"{"version": 2, "body": "x"}"#).contains("unsupported record version 2"));
    assert!(bad(r#"{"version": 1, "body": " "}"#).contains("missing body"));
    assert!(bad(
        r#"{"version": 1, "body": "x", "mentions": [{"entity": 0, "start": 0, "end": 1}]}"#
    )
    .contains("mention 0: entity 0 is not among the record's 0 entities"));
    assert!(bad(r#"{"version": 1, "body": "x", "published": "May"}"#).contains("published"));
    assert!(bad(
        r#"{"version": 1, "body": "x", "sentences": [{"start": 0, "end": 1, "paragraph": 3}]}"#
    )
    .contains("sentence 0: paragraph 3"));
}
