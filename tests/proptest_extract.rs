//! Extraction never panics on any text, and what it returns is consistent: property tests over
//! arbitrary strings and over generated news-like text (quote marks of every style, capitalised
//! names, speech verbs, line and paragraph breaks, multi-byte characters).
//!
//! The oracle is `store::consistency::check`: every span on character boundaries inside the body,
//! every speaker, source, mention and claim entity an index into the article's entities, every
//! sentence index valid. Extraction must also be deterministic. Case counts are modest so CI stays
//! fast; the fuzz target (`fuzz/`, docs/fuzzing.md) explores much further.

use factdb::extract::{self, text::CharOffsets};
use factdb::ingest::{json::Json, plain_text::PlainText, Document, Source};
use proptest::prelude::*;

fn check(text: &str, body_is_clean: bool) -> Result<(), TestCaseError> {
    // Through the plain-text source, as import reads a file (line endings normalised).
    for doc in PlainText.documents("prop.txt", text) {
        let mut doc: Document = doc.expect("plain text always gives a document");
        doc.body_is_clean = body_is_clean;
        let facts = extract::extract(&doc);
        if let Err(reason) = factdb::store::consistency::check(&facts) {
            return Err(TestCaseError::fail(format!("{reason} on {text:?}")));
        }
        let body = &facts.article.body;
        prop_assert_eq!(
            CharOffsets::new(body).char_offset(body.len()),
            body.chars().count()
        );
        for m in &facts.mentions {
            prop_assert!(!m.span.text(body).trim().is_empty(), "blank mention");
        }
        // Deterministic: the same input gives the same facts.
        let again = extract::extract(&doc);
        prop_assert_eq!(
            serde_json::to_string(&facts).unwrap(),
            serde_json::to_string(&again).unwrap()
        );
    }
    Ok(())
}

/// Pieces news pages are made of, weighted towards what extraction rules react to.
fn news_token() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Mr",
        "Mrs",
        "Dr",
        "President",
        "Minister",
        "Omar",
        "Feld",
        "Tessa",
        "Marwick",
        "United",
        "Nations",
        "Brindle",
        "Bay",
        "Council",
        "the",
        "a",
        "of",
        "in",
        "and",
        "that",
        "said",
        "says",
        "told",
        "added",
        "according",
        "to",
        "reporters",
        "he",
        "she",
        "they",
        "it",
        "officials",
        "claimed",
        "denied",
        "By",
        "Published",
        "Updated",
        "Share",
        "Advertisement",
        "U.S.",
        "St.",
        "e.g.",
        "No.",
        "10,000",
        "3.5",
        "per",
        "cent",
        "%",
        "£4m",
        "2015",
        "Café",
        "Zürich",
        "Łódź",
        "Øresund",
        "東京",
        "🙂",
        "naïve",
    ])
    .prop_map(str::to_string);
    let marks = prop::sample::select(vec![
        "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{00AB}", "\u{00BB}",
        "\u{201E}", ",", ".", ":", ";", "?", "!", "\u{2014}", "\u{2026}", "(", ")", "-", "\n",
        "\n\n", "\r\n", "\t", "  ", "\u{00A0}", "\u{200B}", "\u{FEFF}",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        6 => words.prop_map(|w| format!("{w} ")),
        3 => marks,
        1 => "[A-Z][a-z]{0,8}".prop_map(|w| format!("{w} ")),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(news_token(), 0..300).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_string_as_a_page(text in any::<String>()) {
        check(&text, false)?;
    }

    #[test]
    fn any_string_as_a_clean_body(text in any::<String>()) {
        check(&text, true)?;
    }

    #[test]
    fn news_like_text_as_a_page(text in news_text()) {
        check(&text, false)?;
    }

    #[test]
    fn news_like_text_as_a_clean_body(text in news_text()) {
        check(&text, true)?;
    }

    /// JSON lines with arbitrary text in every field: errors name the line, documents extract.
    #[test]
    fn json_lines_with_arbitrary_fields(
        lines in prop::collection::vec((news_text(), any::<String>(), any::<bool>()), 0..6)
    ) {
        let text: String = lines
            .iter()
            .map(|(body, title, clean)| {
                let key = if *clean { "body" } else { "text" };
                serde_json::json!({ key: body, "title": title, "date": title }).to_string() + "\n"
            })
            .collect();
        for result in Json.documents("prop.jsonl", &text) {
            match result {
                Ok(doc) => {
                    let facts = extract::extract(&doc);
                    if let Err(reason) = factdb::store::consistency::check(&facts) {
                        return Err(TestCaseError::fail(reason));
                    }
                }
                Err(error) => prop_assert!(error.to_string().starts_with("prop.jsonl:")),
            }
        }
    }
}

/// Every input the fuzzer ever crashed on (`fuzz/regressions/extract/`, first byte = the path it
/// took, as in the fuzz target) extracts without a panic and with consistent facts.
#[test]
fn fuzz_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/extract");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let Some((&mode, bytes)) = bytes.split_first() else {
            continue;
        };
        let text = match factdb::ingest::decode::decode("fuzz", bytes) {
            Ok(decoded) => decoded.text,
            Err(_) => String::from_utf8_lossy(bytes).into_owned(),
        };
        let documents = if mode & 2 != 0 {
            Json.documents("fuzz.jsonl", &text)
        } else {
            PlainText.documents("fuzz.txt", &text)
        };
        for mut doc in documents.into_iter().flatten() {
            doc.body_is_clean |= mode & 1 != 0;
            let facts = extract::extract(&doc);
            if let Err(reason) = factdb::store::consistency::check(&facts) {
                panic!("{}: {reason}", path.display());
            }
        }
        replayed += 1;
    }
    assert!(replayed > 0, "no regression inputs in {}", dir.display());
}
