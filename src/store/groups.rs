//! Groups of the same quote or claim across articles, recomputed after every import so that an
//! article imported later joins the groups of earlier ones.

use super::{claim_groups, quote_groups, Result};
use rusqlite::Connection;

/// Recomputes quote and claim groups over the whole database.
pub fn regroup(conn: &Connection) -> Result<()> {
    quote_groups::regroup(conn)?;
    claim_groups::regroup(conn)?;
    Ok(())
}
