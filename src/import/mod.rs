//! The import pipeline: inputs -> read and extract in parallel -> one writer -> cross-article links ->
//! views. Library code: `factdb import` (`cli/import.rs`) only turns arguments into [`Options`], shows
//! progress through a [`Progress`] and prints the summary of the returned [`Outcome`].
//!
//! - [`read`]: rayon's threads read and extract chunks of inputs in order; a file imported before
//!   unchanged (same path, size and content, same factdb version: `imported_files`) is skipped before
//!   extraction. Chunks reach the writer through a bounded channel, so extraction and writing overlap
//!   and memory stays bounded whatever the number of inputs.
//! - [`write`]: one writer thread writes large IMMEDIATE transactions (512 whole articles each, or
//!   fewer when long; counted, never timed, so two runs commit alike), so:
//!   - a process killed at any moment leaves whole articles only, and re-running the same import adds
//!     the rest (articles are de-duplicated by `body_key`, entities by resolution);
//!   - an interrupt (the `interrupted` flag, set by the CLI on Ctrl-C or SIGTERM) commits what was
//!     written and stops; that is linked like any import and the run is recorded 'interrupted';
//!   - a second import of the same database waits for each transaction of the first (busy timeout)
//!     instead of failing: the write lock is taken at BEGIN, never upgraded from a read, which in WAL
//!     mode would fail at once with "database is locked" when the other import committed in between.
//! - [`finish`]: cross-article links and views, skipped links when nothing changed since they were
//!   last computed (`link_state`).

mod read;
mod write;

pub use read::{extract_checked, read_and_extract};

use crate::extract::Facts;
use crate::ingest::{Document, IngestError, Input, ReadOptions};
use crate::link::entities::{record_decision, Decision};
use crate::store::{files, link_state, runs};
use rusqlite::{Connection, TransactionBehavior};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How many chunks of extracted inputs may wait for the writer.
const QUEUED_CHUNKS: usize = 4;

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
    /// Files skipped because an earlier import stored them unchanged (counted in `files_read`, their
    /// articles in `articles_present`).
    pub files_unchanged: u64,
    /// Whether the cross-article links were recomputed (not when the import changed nothing).
    pub relinked: bool,
    /// Where the time went.
    pub timings: Timings,
}

/// Wall-clock time of each step of an import (for `scripts/bench` and docs/performance.md).
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// The writer writing and committing (the rest of the batches' time it waited for extraction).
    pub writing: Duration,
    /// Reading, extracting and writing every input.
    pub batches: Duration,
    /// Cross-article links (entities, quote and claim groups).
    pub linking: Duration,
    /// Re-creating the views.
    pub views: Duration,
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
    record_decisions(conn, &options.decisions)?;
    let mut outcome = Outcome {
        run_id,
        ..Outcome::default()
    };
    let started = Instant::now();
    let known = files::load(conn)?;
    let mut writer = write::Writer::new(conn, progress, run_id);
    writer.record_path_errors(path_errors)?;
    receive(&mut writer, inputs, &options.read, known, interrupted)?;
    writer.finish(&mut outcome)?;
    outcome.interrupted = (outcome.counts.files_read as usize) < inputs.len();
    outcome.timings.batches = started.elapsed();
    finish(conn, &mut outcome)?;
    Ok(outcome)
}

/// Writes what a reader thread extracts, until the inputs run out or `interrupted` is set.
///
/// The reader owns what it reads (it is not joined): on an interrupt the writer stops waiting at once
/// and the import finishes with what was written, while an extraction still running in a stage that
/// does not poll its `Cancel` is told to stop and dies with the process (its chunk is never written).
fn receive(
    writer: &mut write::Writer,
    inputs: &[Input],
    options: &ReadOptions,
    known: HashMap<String, files::Known>,
    interrupted: &AtomicBool,
) -> anyhow::Result<()> {
    let (sender, receiver) = std::sync::mpsc::sync_channel(QUEUED_CHUNKS);
    let stop = Arc::new(AtomicBool::new(false));
    let (inputs, options, reader_stop) = (inputs.to_vec(), options.clone(), Arc::clone(&stop));
    std::thread::spawn(move || read::produce(&inputs, &options, &known, sender, &reader_stop));
    // Dropping `receiver` (on an error or an interrupt) stops the reader at its next chunk.
    let result = loop {
        if interrupted.load(Ordering::SeqCst) {
            break Ok(());
        }
        match receiver.recv_timeout(Duration::from_millis(50)) {
            Ok(items) => {
                if let Err(error) = writer.add(items) {
                    break Err(error);
                }
            }
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break Ok(()),
        }
    };
    stop.store(true, Ordering::SeqCst);
    result
}

/// Records the user's entity decisions (`--aliases`); a new one makes the links stale.
fn record_decisions(conn: &mut Connection, decisions: &[Decision]) -> anyhow::Result<()> {
    if decisions.is_empty() {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut any_new = false;
    for d in decisions {
        any_new |= record_decision(&tx, d)?;
    }
    if any_new {
        link_state::mark_stale(&tx)?;
    }
    tx.commit()?;
    Ok(())
}

/// Cross-article work (entity links that need every article, quote and claim groups), the run's final
/// status and the views. Done after an interruption too, so the articles imported so far are linked
/// like any others; skipped when no article or decision was added since the links were last computed
/// (by this import or any other).
fn finish(conn: &mut Connection, outcome: &mut Outcome) -> anyhow::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let started = Instant::now();
    if link_state::is_stale(&tx)? {
        crate::link::relink(&tx)?;
        link_state::mark_fresh(&tx)?;
        outcome.relinked = true;
    }
    outcome.timings.linking = started.elapsed();
    let status = if outcome.interrupted {
        "interrupted"
    } else {
        "completed"
    };
    runs::update(&tx, outcome.run_id, outcome.counts, Some(status))?;
    // Views for database browsers (quotes_view, report_*), rebuilt so they match this factdb's reports.
    // Inside the IMMEDIATE transaction: on its own, the rebuild would read the schema and then write,
    // which SQLite refuses at once (no busy wait) when another import committed in between.
    let started = Instant::now();
    let views = crate::report::views::refresh(&tx)?;
    tx.commit()?;
    outcome.timings.views = started.elapsed();
    outcome.skipped_views = views.skipped;
    Ok(())
}
