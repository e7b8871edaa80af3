//! Summaries the aggregate reports read instead of every mention (migration V9, issue 15): the
//! mention counts of every entity (`entities`) and the pairs most often named together
//! (`entities-together` with its defaults). [`refresh`] recomputes them from what is stored; the
//! linking step calls it after every change to the links (`crate::link::relink`), the only place
//! mentions change their entity, and every import, deletion or entity decision ends with it.
//!
//! Recomputing costs one pass over the mentions (about 0.1 s for the BBC set, growing with the
//! database): the same order of cost as regrouping from scratch, which the linking step already pays.

use super::Result;
use rusqlite::Connection;

/// Recomputes every summary.
pub fn refresh(conn: &Connection) -> Result<()> {
    conn.execute_batch(include_str!("summaries.sql"))?;
    Ok(())
}
