//! Decisions that need more than one article, run after each import's batches (and after every
//! `factdb entity` command): entities across articles, the user's entity decisions, quote groups and
//! claim groups.
//!
//! Each kind of link loads what it needs from the database, decides, and writes the result; `store`
//! only writes what one article says. Linking is recomputed from what is stored, so the result does
//! not depend on the order the articles came in.

pub mod claim_groups;
pub mod entities;
pub mod quote_groups;

use crate::store::Result;
use rusqlite::Connection;

/// Every cross-article link, in dependency order: entity links first (groups are keyed by the linked
/// entities), then quote and claim groups.
pub fn relink(conn: &Connection) -> Result<()> {
    entities::link_across_articles(conn)?;
    regroup(conn)
}

/// Recomputes quote and claim groups over the whole database.
pub fn regroup(conn: &Connection) -> Result<()> {
    quote_groups::regroup(conn)?;
    claim_groups::regroup(conn)?;
    Ok(())
}
