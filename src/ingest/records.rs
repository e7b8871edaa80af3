//! Reading extraction records ([`crate::records`]): JSON lines of records, or one record (or an array
//! of them) as a whole file. Each record becomes a [`Document`] that carries its facts, so the import
//! stores them as given instead of extracting the text again.
//!
//! A bad record (invalid JSON, no body, a span outside the body, an index to an entity it does not
//! have) is one error naming the file and line; the other records of the file are still read.

use super::{Document, IngestError, Source};
use crate::records::{self, convert, Record};
use serde_json::Value;

pub struct Records;

/// Whether `text` (a JSON input) holds records rather than article objects: its first JSON value, or
/// its first line that is a JSON value, is a record.
pub fn holds_records(text: &str) -> bool {
    if let Ok(value) = serde_json::from_str::<Value>(text.trim_start()) {
        return match &value {
            Value::Array(items) => items.first().is_some_and(records::is_record),
            value => records::is_record(value),
        };
    }
    text.lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .next()
        .is_some_and(|value| records::is_record(&value))
}

impl Source for Records {
    fn documents(&self, source_name: &str, text: &str) -> Vec<Result<Document, IngestError>> {
        if let Ok(value) = serde_json::from_str::<Value>(text.trim_start()) {
            let items = match value {
                Value::Array(items) => items,
                value => vec![value],
            };
            return items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    document(source_name, item).map_err(|reason| {
                        IngestError::rejected(source_name, format!("record {i}: {reason}"))
                    })
                })
                .collect();
        }
        let mut documents = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let error = |reason: String| IngestError::RejectedLine {
                source_name: source_name.to_string(),
                line: index + 1,
                reason,
            };
            let line_name = format!("{source_name}:{}", index + 1);
            let result = serde_json::from_str::<Value>(line)
                .map_err(|e| format!("invalid JSON at column {}: {e}", e.column()))
                .and_then(|value| document(&line_name, value))
                .map_err(error);
            documents.push(result);
        }
        documents
    }
}

/// One record as a document with its facts. `name` is where it was read (`file:LINE`); the stored
/// source is the record's own `input` when it has one, so a record keeps the provenance of the
/// article it was extracted from.
fn document(name: &str, value: Value) -> Result<Document, String> {
    if !value.is_object() {
        return Err("expected a JSON object (a factdb record)".into());
    }
    if !records::is_record(&value) {
        return Err(
            "not a factdb record (a record has \"version\" and its facts); a file of records holds \
             only records"
                .into(),
        );
    }
    if !value.get("body").is_some_and(Value::is_string) {
        return Err("missing body: a record needs its article text in \"body\"".into());
    }
    let record: Record =
        serde_json::from_value(value).map_err(|e| format!("not a valid record: {e}"))?;
    let facts = convert::to_facts(&record)?;
    Ok(Document {
        source: record.input.clone().unwrap_or_else(|| name.to_string()),
        text: record.body,
        body_is_clean: true,
        decoded_from: record
            .encoding
            .as_deref()
            .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
            .map(|e| e.name()),
        facts: Some(Box::new(facts)),
        ..Document::default()
    })
}
