//! The import pipeline: inputs -> read and extract in parallel -> one writer -> cross-article links ->
//! views. Library code: `factdb import` (`cli/import.rs`) only turns arguments into [`Options`], shows
//! progress through a [`Progress`] and prints the summary of the returned [`Outcome`].
//!
//! Inputs are read and extracted in parallel a batch at a time; each batch is then written in one
//! IMMEDIATE transaction (each article in its own savepoint), so:
//! - a process killed at any moment leaves whole articles only, and re-running the same import adds
//!   the rest (articles are de-duplicated by `body_key`, entities by resolution);
//! - an interrupt (the `interrupted` flag, set by the CLI on Ctrl-C or SIGTERM) stops after the
//!   current batch; what was written is linked like any import and the run is recorded 'interrupted';
//! - a second import of the same database waits for each batch of the first (busy timeout) instead of
//!   failing: the write lock is taken at BEGIN, never upgraded from a read, which in WAL mode would
//!   fail at once with "database is locked" when the other import committed in between.

use crate::extract::{self, Facts};
use crate::ingest::{Document, IngestError, Input, ReadOptions};
use crate::link::entities::{record_decision, Decision};
use crate::store::{self, articles, runs, StoreError};
use rayon::prelude::*;
use rusqlite::{Connection, TransactionBehavior};
use std::sync::atomic::{AtomicBool, Ordering};

/// How many inputs are read and extracted in parallel before their articles are written.
const BATCH: usize = 64;

/// What an import does besides reading its inputs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How inputs are read (size limit, metadata given for every article).
    pub read: ReadOptions,
    /// Entity decisions to record before importing (`--aliases FILE`), applied by the linking step.
    pub decisions: Vec<Decision>,
    /// The command line, recorded with the run.
    pub arguments: Vec<String>,
}

/// What the pipeline tells its caller as it goes. Every method has a do-nothing default.
pub trait Progress {
    /// An input could not be read or stored; the import goes on.
    fn failed(&self, _error: &IngestError) {}
    /// One more input has been read and written (or has failed).
    fn input_done(&self) {}
}

/// A [`Progress`] that shows nothing.
pub struct Silent;
impl Progress for Silent {}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub run_id: i64,
    pub counts: runs::RunCounts,
    /// Stopped by the interrupt flag before every input was read.
    pub interrupted: bool,
    /// Views that could not be (re)created, with the reason (a user report whose SQL fails).
    pub skipped_views: Vec<(String, String)>,
}

/// One input's outcome after reading and extraction: its documents with their facts, or errors.
type Extracted = Vec<Result<(Document, Facts), IngestError>>;

/// Imports `inputs` into the database `conn`. `path_errors` are inputs that could not even be listed
/// (missing paths, symlink loops): they are recorded as failures of this run.
pub fn run(
    conn: &mut Connection,
    inputs: &[Input],
    path_errors: &[IngestError],
    options: &Options,
    progress: &dyn Progress,
    interrupted: &AtomicBool,
) -> anyhow::Result<Outcome> {
    let run_id = runs::start(conn, &options.arguments)?;
    for d in &options.decisions {
        record_decision(conn, d)?;
    }
    let mut outcome = Outcome {
        run_id,
        ..Outcome::default()
    };
    for error in path_errors {
        record_failure(conn, progress, &mut outcome, error)?;
    }
    for batch in inputs.chunks(BATCH) {
        if interrupted.load(Ordering::SeqCst) {
            outcome.interrupted = true;
            break;
        }
        let extracted: Vec<Extracted> = batch
            .par_iter()
            .map(|input| read_and_extract(input, &options.read))
            .collect();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for documents in extracted {
            outcome.counts.files_read += 1;
            for result in documents {
                match result {
                    Ok((doc, facts)) => write_article(&tx, progress, &mut outcome, &doc, &facts)?,
                    Err(error) => record_failure(&tx, progress, &mut outcome, &error)?,
                }
            }
            progress.input_done();
        }
        runs::update(&tx, run_id, outcome.counts, None)?;
        tx.commit()?;
    }
    finish(conn, &mut outcome)?;
    Ok(outcome)
}

/// Cross-article work (entity links that need every article, quote and claim groups), the run's final
/// status and the views. Done after an interruption too, so the articles imported so far are linked
/// like any others.
fn finish(conn: &mut Connection, outcome: &mut Outcome) -> anyhow::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    crate::link::relink(&tx)?;
    let status = if outcome.interrupted {
        "interrupted"
    } else {
        "completed"
    };
    runs::update(&tx, outcome.run_id, outcome.counts, Some(status))?;
    // Views for database browsers (quotes_view, report_*), rebuilt so they match this factdb's reports.
    // Inside the IMMEDIATE transaction: on its own, the rebuild would read the schema and then write,
    // which SQLite refuses at once (no busy wait) when another import committed in between.
    let views = crate::report::views::refresh(&tx)?;
    tx.commit()?;
    outcome.skipped_views = views.skipped;
    Ok(())
}

/// Writes one article. A constraint the facts break costs this article only (its savepoint was rolled
/// back); anything else (disk full, I/O) stops the import.
fn write_article(
    tx: &Connection,
    progress: &dyn Progress,
    outcome: &mut Outcome,
    doc: &Document,
    facts: &Facts,
) -> anyhow::Result<()> {
    let provenance = articles::Provenance {
        source: &doc.source,
        encoding: doc.decoded_from,
        import_run_id: Some(outcome.run_id),
    };
    match articles::write(tx, facts, &provenance) {
        Ok(articles::Outcome::Added(_)) => outcome.counts.articles_added += 1,
        Ok(articles::Outcome::AlreadyPresent(_)) => outcome.counts.articles_present += 1,
        Err(StoreError::Sql(e))
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
        {
            let error =
                IngestError::rejected(&doc.source, format!("cannot store the article: {e}"));
            record_failure(tx, progress, outcome, &error)?;
        }
        Err(e) => {
            return Err(
                anyhow::Error::new(e).context(format!("{}: cannot store the article", doc.source))
            )
        }
    }
    Ok(())
}

fn record_failure(
    conn: &Connection,
    progress: &dyn Progress,
    outcome: &mut Outcome,
    error: &IngestError,
) -> store::Result<()> {
    progress.failed(error);
    outcome.counts.failures += 1;
    runs::record_failure(
        conn,
        outcome.run_id,
        &error.source_name(),
        error.line(),
        &error.reason(),
    )
}

/// Reads one input and extracts the facts of each of its documents.
pub fn read_and_extract(input: &Input, options: &ReadOptions) -> Extracted {
    crate::ingest::read(input, options)
        .into_iter()
        .map(|result| {
            let mut doc = result?;
            let facts = match doc.facts.take() {
                // A factdb record: its facts are stored as given (see `crate::records`).
                Some(facts) => crate::records::checked_facts(&doc, *facts)?,
                None => extract_checked(&doc)?,
            };
            Ok((doc, facts))
        })
        .collect()
}

/// Extracts one document's facts, turning an empty body, inconsistent facts or a panic into a
/// rejection of that document alone.
pub fn extract_checked(doc: &Document) -> Result<Facts, IngestError> {
    // Extraction must never panic, but if a rule does on some text, lose that one article with a
    // clear reason rather than the whole import.
    match std::panic::catch_unwind(|| extract::extract(doc)) {
        Ok(facts) if facts.article.body.trim().is_empty() => Err(IngestError::rejected(
            &doc.source,
            "no article text found (everything on the page looked like boilerplate)",
        )),
        Ok(facts) => match store::consistency::check(&facts) {
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
