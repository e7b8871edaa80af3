//! Whether the cross-article links are behind the articles (`link_state`), so an import that adds
//! nothing does not recompute every link of the database.

use super::Result;
use rusqlite::{Connection, OptionalExtension};

/// Marks the links as behind: call in the transaction that adds articles or entity decisions.
pub fn mark_stale(conn: &Connection) -> Result<()> {
    conn.prepare_cached("UPDATE link_state SET stale = 1 WHERE stale = 0")?
        .execute([])?;
    Ok(())
}

/// Marks the links as up to date: call in the transaction that recomputed them.
pub fn mark_fresh(conn: &Connection) -> Result<()> {
    conn.prepare_cached("UPDATE link_state SET stale = 0 WHERE stale = 1")?
        .execute([])?;
    Ok(())
}

/// Whether articles or decisions were added since the links were last recomputed.
pub fn is_stale(conn: &Connection) -> Result<bool> {
    // No row means a database this code did not migrate: recompute to be safe.
    let stale: Option<bool> = conn
        .prepare_cached("SELECT stale FROM link_state")?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(stale.unwrap_or(true))
}
