//! Plain text copied from a web page: one file is one article, boilerplate and all.

use super::{Document, IngestError, Source};

pub struct PlainText;

impl Source for PlainText {
    fn documents(&self, source_name: &str, text: &str) -> Vec<Result<Document, IngestError>> {
        vec![Ok(document(source_name, text))]
    }
}

/// The one article of a copied page.
pub fn document(source_name: &str, text: &str) -> Document {
    // Normalise line endings once here so every later stage can split on '\n'.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    Document {
        source: source_name.to_string(),
        text,
        ..Document::default()
    }
}
