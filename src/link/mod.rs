//! Decisions that need more than one article, run after each import's batches (and after every
//! `factdb entity` command): entities across articles, the user's entity decisions, copies, quote
//! groups and claim groups. docs/linking.md describes how each link is decided.
//!
//! Each kind of link loads what it needs from the database, decides with pure functions, and writes the
//! result; `store` only writes what one article says. Every link is a function of what is stored (never
//! of the order articles came in), so any import history gives the same database.

pub mod claim_groups;
pub mod copies;
pub mod entities;
mod group_rows;
mod memory;
pub mod quote_groups;
pub mod union_find;

use crate::store::Result;
use rusqlite::Connection;

/// Every cross-article link, in dependency order: entity links first (claim groups compare linked
/// entities), copies (groups count a copy with its original), then quote and claim groups (claim
/// groups use quote groups as evidence that two undated articles report one story); last, the
/// reports' summaries of mentions (`store::summaries`).
pub fn relink(conn: &Connection) -> Result<()> {
    // What the batches freed (an import's extraction threads, the writer's rows) is given back
    // first: else it stays resident beside the structures of the steps below. The page cache is
    // kept: entity links read the pages the batches just wrote.
    memory::trim_heap();
    entities::link_across_articles(conn)?;
    copies::link_copies(conn)?;
    regroup(conn)?;
    crate::store::summaries::refresh(conn)
}

/// Recomputes quote and claim groups over the whole database.
pub fn regroup(conn: &Connection) -> Result<()> {
    quote_groups::regroup(conn)?;
    memory::trim_heap();
    claim_groups::regroup(conn)?;
    Ok(())
}
