//! `factdb merge`: databases built separately (shards of a corpus) into one.
//!
//! The simplest design that unifies everything by the same rules as an import: every article of the
//! other database is read back as a record ([`read`]) and stored through the same write path as an
//! import of records (an article already present, by `body_key`, is not added again; its entities are
//! resolved against this database's), the other database's outlets and entity decisions are added,
//! and the cross-article links (entities, quote and claim groups) are recomputed over everything,
//! like after any import. The merge is recorded as an import run, so `factdb report imports` shows it.

pub mod read;

use crate::ingest::IngestError;
use crate::link::entities::{record_decision, Decision};
use crate::records::convert::to_facts;
use crate::store::{self, articles, outlets, runs};
use anyhow::{bail, Context, Result};
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};

/// How many articles are written per transaction.
const BATCH: usize = 256;

/// What a merge did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub run_id: i64,
    pub counts: runs::RunCounts,
    /// Articles that could not be stored, with the reason.
    pub failures: Vec<IngestError>,
}

/// Merges every database of `others` into `conn` (the database at `target`).
pub fn merge(
    conn: &mut Connection,
    target: &Path,
    others: &[PathBuf],
    arguments: &[String],
) -> Result<Outcome> {
    if let Some(other) = others.iter().find(|o| same_file(target, o)) {
        bail!("{}: cannot merge a database into itself", other.display());
    }
    let mut outcome = Outcome {
        run_id: runs::start(conn, arguments)?,
        ..Outcome::default()
    };
    for other in others {
        let source = store::open_read_only(other)
            .with_context(|| format!("{}: cannot open the database", other.display()))?;
        merge_one(conn, &source, other, &mut outcome)
            .with_context(|| format!("{}: cannot merge", other.display()))?;
        outcome.counts.files_read += 1;
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    crate::link::relink(&tx)?;
    runs::update(&tx, outcome.run_id, outcome.counts, Some("completed"))?;
    crate::report::views::refresh(&tx)?;
    tx.commit()?;
    Ok(outcome)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn merge_one(
    conn: &mut Connection,
    other: &Connection,
    path: &Path,
    outcome: &mut Outcome,
) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for decision in decisions(other)? {
        record_decision(&tx, &decision)?;
    }
    let mut stmt = other.prepare("SELECT name, domain FROM outlets ORDER BY outlet_id")?;
    let found: Vec<(String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, domain) in found {
        outlets::find_or_create(&tx, &name, domain.as_deref())?;
    }
    tx.commit()?;
    for ids in read::article_ids(other)?.chunks(BATCH) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // One transaction each: the cache never outlives the rows it knows.
        let mut entities = store::entities::Cache::default();
        for &id in ids {
            let name = format!("{}: article {id}", path.display());
            let record = read::record(other, id)?;
            let checked = to_facts(&record)
                .and_then(|facts| store::consistency::check(&facts).map(|()| facts));
            let facts = match checked {
                Ok(facts) => facts,
                Err(reason) => {
                    fail(&tx, outcome, IngestError::rejected(name, reason))?;
                    continue;
                }
            };
            let provenance = articles::Provenance {
                source: record.input.as_deref().unwrap_or(&name),
                encoding: record
                    .encoding
                    .as_deref()
                    .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
                    .map(|e| e.name()),
                import_run_id: Some(outcome.run_id),
            };
            match articles::write(
                &tx,
                &mut entities,
                &facts,
                &provenance,
                articles::Guard::Savepoint,
            )? {
                articles::Outcome::Added(_) => outcome.counts.articles_added += 1,
                articles::Outcome::AlreadyPresent(_) => outcome.counts.articles_present += 1,
            }
        }
        runs::update(&tx, outcome.run_id, outcome.counts, None)?;
        tx.commit()?;
    }
    Ok(())
}

fn fail(conn: &Connection, outcome: &mut Outcome, error: IngestError) -> Result<()> {
    outcome.counts.failures += 1;
    runs::record_failure(
        conn,
        outcome.run_id,
        &error.source_name(),
        None,
        &error.reason(),
    )?;
    outcome.failures.push(error);
    Ok(())
}

/// The other database's entity decisions, oldest first.
fn decisions(other: &Connection) -> rusqlite::Result<Vec<Decision>> {
    let mut stmt = other.prepare(
        "SELECT action, name, coalesce(other_name, ''), kind FROM entity_decisions
         ORDER BY entity_decision_id",
    )?;
    let found = stmt
        .query_map([], |r| {
            Ok(Decision {
                action: r.get(0)?,
                name: r.get(1)?,
                other_name: r.get(2)?,
                kind: r.get(3)?,
            })
        })?
        .collect();
    found
}
