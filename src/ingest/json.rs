//! JSON input: one article object, an array of them, or JSON lines (one object per line).
//!
//! An article object needs its text in `body`, `text` or `content`; `title`/`headline`, `url`/`link`,
//! `outlet`/`publisher`/`source`/`site`, `author`/`authors`/`byline` (a string or a list) and
//! `published`/`date`/`published_at` (an ISO-8601 date or date-time) are read when present. A `body`
//! is taken as the clean article text; `text` or `content` as a whole page that still needs boilerplate
//! removal; `html` (when none of those is there) as the page's HTML, read like a saved page, with the
//! object's own fields winning over the page's metadata.

use super::{Document, GivenMeta, IngestError, Source};
use chrono::NaiveDate;
use serde_json::Value;

pub struct Json;

impl Source for Json {
    fn documents(&self, source_name: &str, text: &str) -> Vec<Result<Document, IngestError>> {
        let trimmed = text.trim_start();
        // A whole-file JSON value first (an object or an array); if that fails, JSON lines.
        let whole = serde_json::from_str::<Value>(trimmed);
        if let Ok(value) = whole {
            return match value {
                Value::Array(items) => items
                    .into_iter()
                    .enumerate()
                    .map(|(i, item)| {
                        document(&format!("{source_name}[{i}]"), item).map_err(|reason| {
                            IngestError::rejected(source_name, format!("item {i}: {reason}"))
                        })
                    })
                    .collect(),
                value => {
                    vec![document(source_name, value)
                        .map_err(|r| IngestError::rejected(source_name, r))]
                }
            };
        }
        let mut documents = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let line_no = index + 1;
            let error = |reason: String| IngestError::RejectedLine {
                source_name: source_name.to_string(),
                line: line_no,
                reason,
            };
            let result = serde_json::from_str::<Value>(line)
                .map_err(|e| {
                    // serde counts lines inside the one-line value; the line number is the file's.
                    let message = e.to_string();
                    let position = format!(" at line {} column {}", e.line(), e.column());
                    let message = message.strip_suffix(&position).unwrap_or(&message);
                    format!("invalid JSON at column {}: {message}", e.column())
                })
                .and_then(|value| document(&format!("{source_name}:{line_no}"), value))
                .map_err(error);
            documents.push(result);
        }
        // Not one line is JSON: the file is one pretty-printed value with a syntax error, not JSON
        // lines. One error with the position serde found beats "invalid JSON" for every line.
        let all_invalid = documents.iter().all(|d| {
            matches!(d, Err(IngestError::RejectedLine { reason, .. }) if reason.starts_with("invalid JSON"))
        });
        if documents.len() > 1 && all_invalid {
            if let Err(error) = whole {
                return vec![Err(IngestError::rejected(
                    source_name,
                    format!("invalid JSON: {error}"),
                ))];
            }
        }
        documents
    }
}

fn document(source: &str, value: Value) -> Result<Document, String> {
    let Value::Object(object) = value else {
        return Err(
            "expected a JSON object with the article in \"body\", \"text\" or \"content\"".into(),
        );
    };
    let string = |keys: &[&str]| -> Option<String> {
        keys.iter().filter_map(|k| object.get(*k)).find_map(|v| {
            v.as_str()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        })
    };
    let mut page_meta = GivenMeta::default();
    let (text, body_is_clean) = if let Some(body) = string(&["body"]) {
        (body, true)
    } else if let Some(text) = string(&["text", "content"]) {
        (text, false)
    } else if let Some(html) = string(&["html"]) {
        let page = super::html::page(source, &html, string(&["url", "link"]).as_deref())
            .map_err(|e| e.reason())?;
        page_meta = page.given;
        (page.text, page.body_is_clean)
    } else {
        return Err(
            "no article text: expected a non-empty \"body\", \"text\", \"content\" or \"html\" field".into(),
        );
    };
    let authors = ["authors", "author", "byline"]
        .iter()
        .filter_map(|k| object.get(*k))
        .find_map(|v| match v {
            Value::String(s) if !s.trim().is_empty() => Some(vec![s.trim().to_string()]),
            Value::Array(items) => Some(
                items
                    .iter()
                    .filter_map(|i| i.as_str())
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            ),
            _ => None,
        })
        .unwrap_or_default();
    let published = match string(&["published", "date", "published_at", "publication_date"]) {
        Some(date) => Some(parse_date(&date).ok_or_else(|| {
            format!("cannot read the date {date:?}: expected YYYY-MM-DD or an ISO-8601 date-time")
        })?),
        None => None,
    };
    Ok(Document {
        source: source.to_string(),
        text: text.replace("\r\n", "\n"),
        given: GivenMeta {
            title: string(&["title", "headline"]),
            url: string(&["url", "link"]),
            outlet: string(&["outlet", "publisher", "source", "site"]),
            authors,
            published,
        }
        .or(&page_meta),
        body_is_clean,
        decoded_from: None,
        facts: None,
    })
}

/// Reads `YYYY-MM-DD` or an RFC 3339 date-time (the date part is kept).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .or_else(|| {
            chrono::DateTime::parse_from_rfc3339(text)
                .ok()
                .map(|d| d.date_naive())
        })
        .or_else(|| {
            text.get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        })
        // chrono reads negative and five-digit years; an article date is a four-digit year (what the
        // schema stores), anything else is a typo or garbage.
        .filter(|date| (1..=9999).contains(&chrono::Datelike::year(date)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_outside_four_digit_years_are_not_dates() {
        assert_eq!(
            parse_date("2015-09-27"),
            NaiveDate::from_ymd_opt(2015, 9, 27)
        );
        assert_eq!(parse_date("-1600-01-05"), None);
        assert_eq!(parse_date("+12015-09-27"), None);
    }

    #[test]
    fn reads_json_lines_and_names_the_bad_line() {
        let text = "{\"body\": \"One.\", \"title\": \"T\", \"authors\": [\"A B\"], \"date\": \"2015-09-27T10:00:00Z\"}\n\nnot json\n{\"title\": \"no text\"}\n";
        let docs = Json.documents("in.jsonl", text);
        assert_eq!(docs.len(), 3);
        let first = docs[0].as_ref().unwrap();
        assert_eq!(first.given.title.as_deref(), Some("T"));
        assert_eq!(first.given.authors, vec!["A B"]);
        assert_eq!(first.given.published, NaiveDate::from_ymd_opt(2015, 9, 27));
        assert!(first.body_is_clean);
        let second = docs[1].as_ref().unwrap_err().to_string();
        assert!(second.starts_with("in.jsonl:3: invalid JSON"), "{second}");
        let third = docs[2].as_ref().unwrap_err().to_string();
        assert!(third.starts_with("in.jsonl:4: no article text"), "{third}");
    }

    #[test]
    fn a_broken_pretty_printed_file_is_one_error() {
        let docs = Json.documents("a.json", "{\n  \"body\": \"x\",\n}\n");
        assert_eq!(docs.len(), 1);
        let error = docs[0].as_ref().unwrap_err().to_string();
        assert!(error.starts_with("a.json: invalid JSON"), "{error}");
        assert!(error.contains("line 3"), "{error}");
    }

    #[test]
    fn reads_an_array() {
        let docs = Json.documents(
            "a.json",
            r#"[{"text": "Page"}, {"body": "B", "url": "https://x.org/a"}]"#,
        );
        assert_eq!(docs.len(), 2);
        assert!(!docs[0].as_ref().unwrap().body_is_clean);
        assert_eq!(
            docs[1].as_ref().unwrap().given.url.as_deref(),
            Some("https://x.org/a")
        );
    }
}
