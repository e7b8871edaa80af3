//! The parallel half of the pipeline: each input is checked against the files already imported, then
//! read and extracted, on rayon's threads, a chunk at a time, in input order.

use super::Extracted;
use crate::extract::{self, Cancel, Facts};
use crate::ingest::{self, Document, IngestError, Input, ReadOptions};
use crate::store::{self, files};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::SyncSender;

/// How many inputs are read and extracted together: enough to keep every core busy, few enough that
/// the writer starts early and an interrupt is seen soon.
pub(super) const CHUNK: usize = 64;

/// One input, ready for the writer.
pub(super) enum Item {
    /// A file imported before with the same size and content: not read again.
    Unchanged { articles: u64 },
    /// An input read this time: its documents with their facts, or why they failed, and the file's
    /// stamp to record once every document is stored.
    Read {
        stamp: Option<files::FileStamp>,
        documents: Extracted,
    },
}

/// Sends the inputs' items to the writer a chunk at a time, until the inputs run out, the interrupt
/// flag is set or the writer has stopped listening. The channel is bounded, so extraction waits when
/// it runs ahead of the writer, and memory stays bounded whatever the number of inputs.
pub(super) fn produce(
    inputs: &[Input],
    options: &ReadOptions,
    known: &HashMap<String, files::Known>,
    sender: SyncSender<Vec<Item>>,
    interrupted: &AtomicBool,
) {
    for chunk in inputs.chunks(CHUNK) {
        if interrupted.load(Ordering::SeqCst) {
            break;
        }
        let cancel = Cancel::on(interrupted);
        let items: Vec<Item> = chunk
            .par_iter()
            .map(|input| prepare(input, options, known, cancel))
            .collect();
        // Interrupted while this chunk was read: write none of it (extractions were cancelled
        // mid-article; the next run reads these files again).
        if interrupted.load(Ordering::SeqCst) {
            break;
        }
        if sender.send(items).is_err() {
            break; // the writer stopped (an error): nothing more to do
        }
    }
}

/// Reads one input, unless it is a file imported before unchanged.
fn prepare(
    input: &Input,
    options: &ReadOptions,
    known: &HashMap<String, files::Known>,
    cancel: Cancel,
) -> Item {
    let Some(mut stamp) = (match input {
        Input::File(path) => files::stat(path),
        Input::Stdin | Input::Fetched(_) => None,
    }) else {
        return Item::Read {
            stamp: None,
            documents: extract_all(ingest::read(input, options), cancel),
        };
    };
    let bytes = match input.read_bytes(options.max_bytes) {
        Ok(bytes) => bytes,
        Err(error) => {
            return Item::Read {
                stamp: None,
                documents: vec![Err(error)],
            }
        }
    };
    stamp.content_key = files::content_key(&bytes);
    // The content decides; the modification time is recorded but a `touch` alone changes nothing.
    if let Some(old) = known.get(&stamp.path) {
        if old.size == stamp.size && old.content_key == stamp.content_key {
            return Item::Unchanged {
                articles: old.articles,
            };
        }
    }
    Item::Read {
        stamp: Some(stamp),
        documents: extract_all(
            ingest::documents(
                &input.display_name(),
                &bytes,
                ingest::Hint {
                    html: input.is_html(),
                    json: &|text: &str| input.is_json(text),
                },
                options,
            ),
            cancel,
        ),
    }
}

/// Reads one input and extracts the facts of each of its documents.
pub fn read_and_extract(input: &Input, options: &ReadOptions) -> Extracted {
    extract_all(ingest::read(input, options), Cancel::NEVER)
}

fn extract_all(documents: Vec<Result<Document, IngestError>>, cancel: Cancel) -> Extracted {
    documents
        .into_iter()
        .map(|result| {
            let mut doc = result?;
            let facts = match doc.facts.take() {
                // A factdb record: its facts are stored as given (see `crate::records`).
                Some(facts) => crate::records::checked_facts(&doc, *facts)?,
                None => extract_checked(&doc, cancel)?,
            };
            Ok((doc, facts))
        })
        .collect()
}

/// Extracts one document's facts, turning an empty body, inconsistent facts or a panic into a
/// rejection of that document alone. Facts that pass are what the schema's constraints accept, which
/// is what lets the writer skip a savepoint per article.
pub fn extract_checked(doc: &Document, cancel: Cancel) -> Result<Facts, IngestError> {
    // Extraction must never panic, but if a rule does on some text, lose that one article with a
    // clear reason rather than the whole import.
    match std::panic::catch_unwind(|| extract::extract_with(doc, cancel)) {
        // The chunk is dropped (see `produce`); the reason is never shown.
        Ok(Err(extract::Cancelled)) => Err(IngestError::rejected(&doc.source, "interrupted")),
        Ok(Ok(facts)) if facts.article.body.trim().is_empty() => Err(IngestError::rejected(
            &doc.source,
            "no article text found (everything on the page looked like boilerplate)",
        )),
        Ok(Ok(facts)) => match store::consistency::check(&facts) {
            Ok(()) => Ok(facts),
            Err(reason) => Err(IngestError::rejected(
                &doc.source,
                format!(
                    "internal error: inconsistent facts extracted ({reason}); please report this \
                     file"
                ),
            )),
        },
        Err(_) => Err(IngestError::rejected(
            &doc.source,
            "internal error while extracting facts (please report this file)",
        )),
    }
}
