//! The single writer: items from the extraction threads -> large IMMEDIATE transactions.
//!
//! Articles are written without a savepoint each (a savepoint makes SQLite copy every page the article
//! touches to a sub-journal, and FTS5 flush its pending index), because their facts passed
//! [`crate::store::consistency::check`] and so meet the schema's constraints. Should a constraint fail
//! anyway, the whole transaction is rolled back and written again with a savepoint per article, which
//! loses that article only. Any other error (disk full, I/O) rolls the transaction back and stops the
//! import. Either way a transaction never commits half an article.
//!
//! The progress callbacks run after each commit, so what they report is stored.

use super::read::Item;
use super::{Outcome, Progress};
use crate::ingest::IngestError;
use crate::store::articles::{self, Guard};
use crate::store::{entities, files, link_state, runs, StoreError};
use rusqlite::Connection;
use std::time::{Duration, Instant};

/// A transaction commits after this many articles added, ...
const TRANSACTION_ARTICLES: usize = 512;
/// ... or this many bytes of their text (long articles: the items are kept until the commit, to be
/// written again should a constraint fail), ...
const TRANSACTION_TEXT_BYTES: usize = 8 << 20;
/// ... or this many inputs (files already imported or duplicates add no article).
///
/// Counts, never a duration: the index and full-text pages of random keys are dirtied again by nearly
/// every transaction, so an import writes about (pages of the indexes) x (transactions). Committing
/// every half second made a loaded machine write more (fewer articles per commit) and made the commits
/// of two runs differ. A transaction of 512 articles holds the lock for a few seconds at most, well
/// within another import's busy timeout, and an interrupt is still seen between chunks.
const TRANSACTION_INPUTS: usize = 2048;

/// The WAL size (bytes) at which the writer's commits checkpoint during the batches, instead of
/// SQLite's 1,000 pages: a page dirtied by several transactions is then copied into the database
/// once per checkpoint, not once per transaction. Restored when the writer is done, so the
/// cross-article step's commit checkpoints what is left.
const IMPORT_CHECKPOINT_BYTES: i64 = 128 << 20;

/// Why writing a transaction's items stopped.
enum Stop {
    /// A constraint refused an article written without a savepoint: write the transaction again.
    Retry,
    Fatal(anyhow::Error),
}

impl From<StoreError> for Stop {
    fn from(error: StoreError) -> Stop {
        Stop::Fatal(error.into())
    }
}

pub(super) struct Writer<'a> {
    conn: &'a Connection,
    progress: &'a dyn Progress,
    run_id: i64,
    /// The counts committed so far.
    pub committed: runs::RunCounts,
    /// The open transaction, if any: its items (kept to write them again), counts and failures.
    open: Option<Open>,
    /// How long was spent writing and committing.
    pub busy: Duration,
    /// Files skipped as imported before unchanged (committed).
    unchanged: u64,
    /// Provisional entities found so far, kept across transactions.
    entities: entities::Cache,
    /// The connection's `wal_autocheckpoint` before the import, restored on drop.
    checkpoint_pages: Option<i64>,
}

struct Open {
    items: Vec<Item>,
    articles: usize,
    /// Bytes of text of the articles added.
    text_bytes: usize,
    counts: runs::RunCounts,
    unchanged: u64,
    /// Articles a constraint refused (savepoint mode only).
    refused: Vec<IngestError>,
    /// Full-text indexing, done for the whole transaction before it commits.
    text: articles::BulkText,
}

impl<'a> Writer<'a> {
    pub fn new(conn: &'a Connection, progress: &'a dyn Progress, run_id: i64) -> Writer<'a> {
        let checkpoint_pages = raise_checkpoint(conn);
        Writer {
            checkpoint_pages,
            conn,
            progress,
            run_id,
            committed: runs::RunCounts::default(),
            open: None,
            busy: Duration::ZERO,
            unchanged: 0,
            entities: entities::Cache::default(),
        }
    }

    /// Writes a chunk of items, committing when the transaction is large or old enough.
    pub fn add(&mut self, items: Vec<Item>) -> anyhow::Result<()> {
        let started = Instant::now();
        let result = self.add_timed(items);
        self.busy += started.elapsed();
        result
    }

    fn add_timed(&mut self, items: Vec<Item>) -> anyhow::Result<()> {
        if self.open.is_none() {
            self.begin()?;
        }
        let open = self.open.as_mut().expect("a transaction is open");
        let from = open.items.len();
        open.items.extend(items);
        let written = write_items(
            self.conn,
            &mut self.entities,
            self.run_id,
            Guard::Transaction,
            open,
            from,
        );
        match written {
            Ok(()) => {}
            Err(Stop::Fatal(error)) => return Err(error),
            Err(Stop::Retry) => return self.rewrite_carefully(),
        }
        if open.articles >= TRANSACTION_ARTICLES
            || open.text_bytes >= TRANSACTION_TEXT_BYTES
            || open.items.len() >= TRANSACTION_INPUTS
        {
            self.commit()?;
        }
        Ok(())
    }

    /// Rolls the open transaction back and writes its items again, a savepoint per article, then
    /// commits.
    fn rewrite_carefully(&mut self) -> anyhow::Result<()> {
        let open = self.open.take().expect("a transaction is open");
        self.roll_back();
        self.begin()?;
        let retry = self.open.as_mut().expect("a transaction is open");
        retry.items = open.items;
        match write_items(
            self.conn,
            &mut self.entities,
            self.run_id,
            Guard::Savepoint,
            retry,
            0,
        ) {
            Ok(()) => self.commit(),
            Err(Stop::Fatal(error)) => Err(error),
            Err(Stop::Retry) => unreachable!("savepoint mode never asks for a retry"),
        }
    }

    fn begin(&mut self) -> anyhow::Result<()> {
        // IMMEDIATE: the write lock is taken at BEGIN (waiting for another import), never upgraded
        // from a read, which in WAL mode fails at once when another import committed in between.
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        self.entities.begin(self.conn)?;
        let text = articles::BulkText::start(self.conn)?;
        self.open = Some(Open {
            text,
            items: Vec::new(),
            articles: 0,
            text_bytes: 0,
            counts: self.committed,
            unchanged: 0,
            refused: Vec::new(),
        });
        Ok(())
    }

    /// Commits the open transaction (if any), then reports its items to the progress callbacks.
    pub fn commit(&mut self) -> anyhow::Result<()> {
        let Some(open) = self.open.take() else {
            return Ok(());
        };
        let result = (|| -> anyhow::Result<()> {
            open.text.finish(self.conn)?;
            if open.counts.articles_added > self.committed.articles_added {
                link_state::mark_stale(self.conn)?;
            }
            runs::update(self.conn, self.run_id, open.counts, None)?;
            self.conn.execute_batch("COMMIT")?;
            Ok(())
        })();
        if let Err(error) = result {
            self.roll_back();
            return Err(error);
        }
        self.entities.committed();
        self.committed = open.counts;
        self.unchanged += open.unchanged;
        for item in &open.items {
            if let Item::Read { documents, .. } = item {
                for error in documents.iter().filter_map(|d| d.as_ref().err()) {
                    self.progress.failed(error);
                }
            }
            self.progress.input_done();
        }
        for error in &open.refused {
            self.progress.failed(error);
        }
        Ok(())
    }

    /// Rolls the open transaction back, with what the writer keeps about it.
    fn roll_back(&mut self) {
        let _ = self.conn.execute_batch("ROLLBACK");
        self.entities.rolled_back();
        let _ = articles::triggers_on(self.conn, true);
    }

    /// Writes the failures of inputs that could not even be listed, in their own transaction.
    pub fn record_path_errors(&mut self, errors: &[IngestError]) -> anyhow::Result<()> {
        if errors.is_empty() {
            return Ok(());
        }
        self.begin()?;
        let open = self.open.as_mut().expect("a transaction is open");
        for error in errors {
            runs::record_failure(
                self.conn,
                self.run_id,
                &error.source_name(),
                error.line(),
                &error.reason(),
            )?;
            open.counts.failures += 1;
        }
        self.commit()?;
        for error in errors {
            self.progress.failed(error);
        }
        Ok(())
    }

    /// Fills in the outcome's counts.
    pub fn finish(mut self, outcome: &mut Outcome) -> anyhow::Result<()> {
        self.commit()?;
        outcome.counts = self.committed;
        outcome.files_unchanged = self.unchanged;
        outcome.timings.writing = self.busy;
        Ok(())
    }
}

impl Drop for Writer<'_> {
    fn drop(&mut self) {
        // An error left a transaction open: nothing of it may be committed later by accident.
        if self.open.take().is_some() {
            self.roll_back();
        }
        if let Some(pages) = self.checkpoint_pages {
            let _ = self.conn.pragma_update(None, "wal_autocheckpoint", pages);
        }
    }
}

/// Sets the writer's connection to checkpoint at [`IMPORT_CHECKPOINT_BYTES`] of WAL, returning the
/// setting to restore (`None`: left as it was, when checkpoints are off or already rarer, or the
/// pragma failed, which only costs writes).
fn raise_checkpoint(conn: &Connection) -> Option<i64> {
    let read = |name: &str| conn.pragma_query_value(None, name, |row| row.get::<_, i64>(0));
    let (pages, page_size) = (read("wal_autocheckpoint").ok()?, read("page_size").ok()?);
    let import_pages = IMPORT_CHECKPOINT_BYTES / page_size.max(512);
    if pages <= 0 || pages >= import_pages {
        return None;
    }
    conn.pragma_update(None, "wal_autocheckpoint", import_pages)
        .ok()?;
    Some(pages)
}

/// Writes `open.items[from..]` into the open transaction.
fn write_items(
    conn: &Connection,
    entities: &mut entities::Cache,
    run_id: i64,
    guard: Guard,
    open: &mut Open,
    from: usize,
) -> Result<(), Stop> {
    for item in &open.items[from..] {
        open.counts.files_read += 1;
        let (stamp, documents) = match item {
            Item::Unchanged { articles } => {
                open.counts.articles_present += articles;
                open.unchanged += 1;
                continue;
            }
            Item::Read { stamp, documents } => (stamp, documents),
        };
        let mut stored = 0;
        let mut failed = false;
        for document in documents {
            let (doc, facts) = match document {
                Ok(extracted) => extracted,
                Err(error) => {
                    record_failure(conn, run_id, error)?;
                    open.counts.failures += 1;
                    failed = true;
                    continue;
                }
            };
            let provenance = articles::Provenance {
                source: &doc.source,
                encoding: doc.decoded_from,
                import_run_id: Some(run_id),
            };
            match articles::write(conn, entities, facts, &provenance, guard) {
                Ok(articles::Outcome::Added(_)) => {
                    open.counts.articles_added += 1;
                    open.articles += 1;
                    open.text_bytes += doc.text.len();
                    stored += 1;
                }
                Ok(articles::Outcome::AlreadyPresent(_)) => {
                    open.counts.articles_present += 1;
                    stored += 1;
                }
                Err(StoreError::Sql(e)) if is_constraint(&e) => {
                    if guard == Guard::Transaction {
                        return Err(Stop::Retry);
                    }
                    let error = IngestError::rejected(
                        &doc.source,
                        format!("cannot store the article: {e}"),
                    );
                    record_failure(conn, run_id, &error)?;
                    open.counts.failures += 1;
                    open.refused.push(error);
                    failed = true;
                }
                Err(e) => {
                    return Err(Stop::Fatal(
                        anyhow::Error::new(e)
                            .context(format!("{}: cannot store the article", doc.source)),
                    ))
                }
            }
        }
        if let (Some(stamp), false) = (stamp, failed) {
            files::record(conn, stamp, stored, run_id)?;
        }
    }
    Ok(())
}

fn is_constraint(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
}

fn record_failure(conn: &Connection, run_id: i64, error: &IngestError) -> Result<(), StoreError> {
    runs::record_failure(
        conn,
        run_id,
        &error.source_name(),
        error.line(),
        &error.reason(),
    )
}
