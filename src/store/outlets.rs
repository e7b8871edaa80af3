//! Outlets: found or created by name, so "The New York Times" and "New York Times" are one row.

use super::Result;
use crate::extract::text::fold_for_match;
use rusqlite::{params, Connection, OptionalExtension};

/// The matching key of an outlet name: folded, without a leading "the".
pub fn outlet_key(name: &str) -> String {
    let folded = fold_for_match(name);
    folded
        .strip_prefix("the ")
        .map(str::to_string)
        .unwrap_or(folded)
}

/// Returns the id of the outlet called `name`, creating it if needed. A domain fills in a missing one.
pub fn find_or_create(conn: &Connection, name: &str, domain: Option<&str>) -> Result<i64> {
    let key = outlet_key(name);
    let existing: Option<(i64, Option<String>)> = conn
        .prepare_cached("SELECT outlet_id, domain FROM outlets WHERE name_key = ?1")?
        .query_row([&key], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    if let Some((id, existing_domain)) = existing {
        if existing_domain.is_none() && domain.is_some() {
            conn.execute(
                "UPDATE outlets SET domain = ?2 WHERE outlet_id = ?1",
                params![id, domain],
            )?;
        }
        return Ok(id);
    }
    // An outlet known only by its domain so far ("nytimes.com") is the same outlet.
    if let Some(domain) = domain {
        let by_domain: Option<i64> = conn
            .query_row(
                "SELECT outlet_id FROM outlets WHERE domain = ?1 ORDER BY outlet_id LIMIT 1",
                [domain],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(id) = by_domain {
            return Ok(id);
        }
    }
    conn.execute(
        "INSERT INTO outlets (name, domain, name_key) VALUES (?1, ?2, ?3)",
        params![name, domain, key],
    )?;
    Ok(conn.last_insert_rowid())
}
