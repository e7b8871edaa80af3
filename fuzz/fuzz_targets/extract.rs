//! Fuzz target: arbitrary bytes through decoding, the plain-text and JSON sources and the whole
//! extraction pipeline. Fails on any panic, and on facts that `store::consistency::check` refuses
//! (a span off a character boundary or outside the body, an index to a missing entity or sentence),
//! since those would cost the article at import time.
//!
//! The first byte picks the path, so the fuzzer explores all of them from one corpus:
//! bit 0: the text is a clean body (JSON "body") rather than a whole copied page;
//! bit 1: read the rest as JSON / JSON lines instead of plain text.
#![no_main]

use factdb::extract::text::CharOffsets;
use factdb::ingest::{decode, json::Json, plain_text::PlainText, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else {
        return;
    };
    // Decoding must not panic whatever the bytes; when it rejects them, extract the lossy text
    // anyway so extraction sees everything the fuzzer makes.
    let text = match decode::decode("fuzz", bytes) {
        Ok(decoded) => decoded.text,
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    };
    let documents = if mode & 2 != 0 {
        Json.documents("fuzz.jsonl", &text)
    } else {
        PlainText.documents("fuzz.txt", &text)
    };
    for mut doc in documents.into_iter().flatten() {
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
    }
});
