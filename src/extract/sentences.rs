//! Sentence boundaries in an article body.

use super::{Sentence, Span};

/// Splits every paragraph into sentences.
pub fn split(body: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    // Placeholder rule until the full splitter lands: one sentence per paragraph.
    let _ = body;
    paragraphs
        .iter()
        .enumerate()
        .map(|(paragraph, &span)| Sentence { span, paragraph })
        .collect()
}
