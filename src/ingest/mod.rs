//! Files, directories and stdin -> [`Document`]s.
//!
//! Each input format is one [`Source`] in its own file ([`plain_text`], [`json`], [`html`]); [`paths`]
//! expands what the user named into inputs, [`fetch`] turns URLs into fetched pages, and [`decode`]
//! turns bytes into text or a clear reason why not.
//! Nothing here interprets the article: that is `extract`'s job.

pub mod decode;
mod document;
pub mod fetch;
pub mod html;
pub mod json;
pub mod paths;
pub mod plain_text;

pub use document::{Document, GivenMeta};
pub use paths::{expand, Input};

use std::path::PathBuf;

/// Why an input produced no document. Always names the input, and the line for line-based formats.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{source_name}: {reason}")]
    Rejected { source_name: String, reason: String },
    #[error("{source_name}:{line}: {reason}")]
    RejectedLine {
        source_name: String,
        line: usize,
        reason: String,
    },
    #[error("{}: cannot read: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl IngestError {
    pub fn rejected(source_name: impl Into<String>, reason: impl Into<String>) -> IngestError {
        IngestError::Rejected {
            source_name: source_name.into(),
            reason: reason.into(),
        }
    }

    /// The input the error is about, as shown to the user.
    pub fn source_name(&self) -> String {
        match self {
            IngestError::Rejected { source_name, .. }
            | IngestError::RejectedLine { source_name, .. } => source_name.clone(),
            IngestError::Io { path, .. } => path.display().to_string(),
        }
    }

    /// The line number, for errors inside line-based inputs.
    pub fn line(&self) -> Option<usize> {
        match self {
            IngestError::RejectedLine { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// The reason alone, without the source name.
    pub fn reason(&self) -> String {
        match self {
            IngestError::Rejected { reason, .. } | IngestError::RejectedLine { reason, .. } => {
                reason.clone()
            }
            IngestError::Io { error, .. } => format!("cannot read: {error}"),
        }
    }
}

/// Limits and defaults that apply to every input of one import.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Inputs larger than this are rejected rather than read.
    pub max_bytes: u64,
    /// Metadata to apply to every document (from `--outlet`, `--url`, ...).
    pub given: GivenMeta,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 10 * 1024 * 1024,
            given: GivenMeta::default(),
        }
    }
}

/// An input format: decoded text in, documents (or per-document errors) out.
pub trait Source {
    /// Turns the text of one input named `source_name` into documents. A format that holds several
    /// documents (JSON lines) reports a failure per bad document and still returns the good ones.
    fn documents(&self, source_name: &str, text: &str) -> Vec<Result<Document, IngestError>>;
}

/// Reads one input and returns its documents, each with the import's given metadata applied under
/// what the input itself carried.
pub fn read(input: &Input, options: &ReadOptions) -> Vec<Result<Document, IngestError>> {
    let name = input.display_name();
    let bytes = match input.read_bytes(options.max_bytes) {
        Ok(bytes) => bytes,
        Err(error) => return vec![Err(error)],
    };
    let documents = if let Input::Fetched(page) = input {
        vec![fetch::document(page)]
    } else if input.is_html() || html::bytes_look_like_html(&bytes) {
        vec![read_html(&name, &bytes)]
    } else {
        let decoded = match decode::decode(&name, &bytes) {
            Ok(decoded) => decoded,
            Err(error) => return vec![Err(error)],
        };
        let source: &dyn Source = if input.is_json(&decoded.text) {
            &json::Json
        } else if html::looks_like_html(&decoded.text) {
            // HTML by content (stdin, a page saved as .txt, UTF-16 with a BOM).
            &html::Html
        } else {
            &plain_text::PlainText
        };
        source
            .documents(&name, &decoded.text)
            .into_iter()
            .map(|result| {
                result.map(|mut doc| {
                    doc.decoded_from = decoded.encoding;
                    doc
                })
            })
            .collect()
    };
    documents
        .into_iter()
        .map(|result| {
            result.map(|mut doc| {
                // Command-line metadata is for the whole import and overrides what files say.
                doc.given = options.given.clone().or(&doc.given);
                doc
            })
        })
        .collect()
}

/// A saved HTML page: decoded by its BOM or `<meta charset>`, then its main text and metadata.
fn read_html(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    if bytes.contains(&0) && encoding_rs::Encoding::for_bom(bytes).is_none() {
        return Err(IngestError::rejected(
            name,
            "not a text file: it contains NUL bytes (binary data)",
        ));
    }
    let decoded = html::charset::decode(bytes, None)
        .map_err(|e| IngestError::rejected(name, e.to_string()))?;
    let mut doc = html::page(name, &decoded.text, None)?;
    doc.decoded_from = decoded.encoding;
    Ok(doc)
}
