//! Fuzz target: arbitrary bytes through the whole ingest path an import takes (decoding, the
//! plain-text or JSON source, given metadata, `ingest::clean`) and the whole extraction pipeline.
//! Fails on any panic; on a document that still holds a NUL or a character `ingest::clean` removes
//! (in its text or any field); and on facts that `store::consistency::check` refuses (a span off a
//! character boundary or outside the body, an index to a missing entity or sentence), since those
//! would cost the article at import time.
//!
//! The first byte picks the path, so the fuzzer explores all of them from one corpus:
//! bit 0: the text is a clean body (JSON "body") rather than a whole copied page;
//! bit 1: read the rest as JSON / JSON lines instead of plain text.
//! When ingest refuses every document (bytes that do not decode, a NUL), the lossy text is extracted
//! anyway (through the same source and `ingest::clean`), so extraction sees everything the fuzzer makes.
#![no_main]

use factdb::extract::text::CharOffsets;
use factdb::ingest::{self, clean, json::Json, plain_text::PlainText, Document, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else {
        return;
    };
    let options = ingest::ReadOptions::default();
    let mut documents: Vec<Document> =
        ingest::documents("fuzz", bytes, |_| mode & 2 != 0, &options)
            .into_iter()
            .flatten()
            .collect();
    for doc in &documents {
        check_clean(doc);
    }
    if documents.is_empty() {
        let text = String::from_utf8_lossy(bytes);
        let raw = if mode & 2 != 0 {
            Json.documents("fuzz.jsonl", &text)
        } else {
            PlainText.documents("fuzz.txt", &text)
        };
        documents = raw.into_iter().flatten().flat_map(clean::document).collect();
    }
    for mut doc in documents {
        if mode & 1 != 0 {
            doc.body_is_clean = true;
        }
        let facts = factdb::extract::extract(&doc);
        if let Err(reason) = factdb::store::consistency::check(&facts) {
            panic!("inconsistent facts: {reason}");
        }
        // Every span leaves the library as code points: the conversion must agree with chars().
        let body = &facts.article.body;
        let offsets = CharOffsets::new(body);
        assert_eq!(offsets.char_offset(body.len()), body.chars().count());
        assert!(!body.contains('\0'), "a NUL reached the body");
    }
});

/// What `ingest::clean` promises about every document an import gets.
fn check_clean(doc: &Document) {
    let given = &doc.given;
    let fields = [Some(&doc.text), given.title.as_ref(), given.url.as_ref(), given.outlet.as_ref()];
    for value in fields.into_iter().flatten().chain(&given.authors) {
        assert!(
            !value.chars().any(clean::is_unsafe),
            "a control character survived ingest: {value:?}"
        );
    }
}
