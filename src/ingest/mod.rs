//! Files, directories and stdin -> [`Document`]s.
//!
//! Each input format is one [`Source`] in its own file ([`plain_text`], [`json`], [`html`]); [`paths`]
//! expands what the user named into inputs, [`fetch`] turns URLs into fetched pages, [`decode`] turns
//! bytes into text or a clear reason why not, and [`clean`] removes control characters from every
//! document, whatever its format.
//! Nothing here interprets the article: that is `extract`'s job.

pub mod clean;
pub mod decode;
mod document;
pub mod fetch;
pub mod html;
pub mod json;
pub mod paths;
pub mod plain_text;
pub mod records;

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
    #[error("{}: cannot read: {error}", paths::source_name(path))]
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
            IngestError::Io { path, .. } => paths::source_name(path),
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
    /// Read factdb records (`extract --format jsonl`) as plain articles and extract them again,
    /// instead of storing their facts as given.
    pub reextract: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 10 * 1024 * 1024,
            given: GivenMeta::default(),
            reextract: false,
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
    if let Input::Fetched(page) = input {
        return finish(vec![fetch::document(page)], options);
    }
    let bytes = match input.read_bytes(options.max_bytes) {
        Ok(bytes) => bytes,
        Err(error) => return vec![Err(error)],
    };
    let hint = Hint {
        html: input.is_html(),
        json: &|text: &str| input.is_json(text),
    };
    documents(&name, &bytes, hint, options)
}

/// What the input's name says about its format: HTML (`.html`), and whether decoded text is JSON
/// (`.json`, `.jsonl`, or content that looks like it).
pub struct Hint<'a> {
    pub html: bool,
    pub json: &'a dyn Fn(&str) -> bool,
}

/// The documents in the bytes of one input named `name`: decoded, read as HTML, JSON or plain text,
/// given metadata applied, cleaned. Everything [`read`] does after reading, so the import (which
/// hashes the bytes first) and the fuzzer go through the same path.
pub fn documents(
    name: &str,
    bytes: &[u8],
    hint: Hint,
    options: &ReadOptions,
) -> Vec<Result<Document, IngestError>> {
    if hint.html || html::bytes_look_like_html(bytes) {
        return finish(vec![read_html(name, bytes)], options);
    }
    let decoded = match decode::decode(name, bytes) {
        Ok(decoded) => decoded,
        Err(error) => return vec![Err(error)],
    };
    let is_json = (hint.json)(&decoded.text);
    let source: &dyn Source =
        if is_json && !options.reextract && records::holds_records(&decoded.text) {
            &records::Records
        } else if is_json {
            &json::Json
        } else if html::looks_like_html(&decoded.text) {
            // HTML by content (stdin, a page saved as .txt, UTF-16 with a BOM).
            &html::Html
        } else {
            &plain_text::PlainText
        };
    let documents = source
        .documents(name, &decoded.text)
        .into_iter()
        .map(|result| {
            result.map(|mut doc| {
                doc.decoded_from = decoded.encoding;
                doc
            })
        })
        .collect();
    finish(documents, options)
}

/// Applies the import's given metadata and removes control characters, whatever the format.
fn finish(
    documents: Vec<Result<Document, IngestError>>,
    options: &ReadOptions,
) -> Vec<Result<Document, IngestError>> {
    documents
        .into_iter()
        .map(|result| {
            result.and_then(|mut doc| {
                // Command-line metadata is for the whole import and overrides what files say.
                doc.given = options.given.clone().or(&doc.given);
                clean::document(doc)
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
