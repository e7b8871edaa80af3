//! Merging two database entities into one.

use crate::extract::entities::names::other_key;
use crate::store::Result;
use rusqlite::{params, Connection};

/// Merges entity `from` into entity `into`: every mention, quote, quote group, claim and alias of
/// `from` becomes `into`'s, `from`'s name becomes an alias, its gazetteer id and kind are kept when
/// `into` has none, and `from` is deleted. Merging an entity into itself does nothing.
///
/// Every table that refers to `entities` must be listed here.
pub fn merge(conn: &Connection, into: i64, from: i64) -> Result<()> {
    if into == from {
        return Ok(());
    }
    conn.execute_batch("SAVEPOINT merge_entities")?;
    let result = (|| -> Result<()> {
        conn.execute(
            "UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2",
            params![into, from],
        )?;
        conn.execute(
            "UPDATE quotes SET speaker_entity_id = ?1 WHERE speaker_entity_id = ?2",
            params![into, from],
        )?;
        conn.execute(
            "UPDATE quote_groups SET speaker_entity_id = ?1 WHERE speaker_entity_id = ?2",
            params![into, from],
        )?;
        conn.execute(
            "UPDATE claims SET source_entity_id = ?1 WHERE source_entity_id = ?2",
            params![into, from],
        )?;
        conn.execute(
            "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id)
             SELECT claim_id, ?1 FROM claim_entities WHERE entity_id = ?2",
            params![into, from],
        )?;
        conn.execute(
            "DELETE FROM claim_entities WHERE entity_id = ?1",
            params![from],
        )?;
        conn.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin)
             SELECT ?1, alias, alias_key, origin FROM entity_aliases WHERE entity_id = ?2",
            params![into, from],
        )?;
        let from_name: String = conn.query_row(
            "SELECT name FROM entities WHERE entity_id = ?1",
            [from],
            |r| r.get(0),
        )?;
        conn.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin) VALUES (?1, ?2, ?3, 'text')",
            params![into, from_name, other_key(&from_name)],
        )?;
        let (gazetteer_id, kind): (Option<String>, String) = conn.query_row(
            "SELECT gazetteer_id, kind FROM entities WHERE entity_id = ?1",
            [from],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        conn.execute("DELETE FROM entities WHERE entity_id = ?1", [from])?;
        if let Some(gid) = gazetteer_id {
            conn.execute(
                "UPDATE entities SET gazetteer_id = ?2 WHERE entity_id = ?1 AND gazetteer_id IS NULL",
                params![into, gid],
            )?;
        }
        conn.execute(
            "UPDATE entities SET kind = ?2 WHERE entity_id = ?1 AND kind = 'other'",
            params![into, kind],
        )?;
        Ok(())
    })();
    match result {
        Ok(()) => {
            conn.execute_batch("RELEASE merge_entities")?;
            Ok(())
        }
        Err(e) => {
            conn.execute_batch("ROLLBACK TO merge_entities; RELEASE merge_entities")?;
            Err(e)
        }
    }
}
