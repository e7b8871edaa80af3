//! Cross-article entity resolution: an article's entities -> database entity ids.

use super::{now, Result};
use crate::extract::text::fold_for_match;
use crate::extract::{Entity, Facts};
use rusqlite::{params, Connection, OptionalExtension};

/// The matching key of an entity name.
pub fn name_key(name: &str) -> String {
    fold_for_match(name)
}

/// Finds or creates the database entity of every entity of `facts`, in order.
pub fn resolve_article(conn: &Connection, facts: &Facts) -> Result<Vec<i64>> {
    facts
        .entities
        .iter()
        .map(|entity| resolve(conn, entity))
        .collect()
}

fn resolve(conn: &Connection, entity: &Entity) -> Result<i64> {
    let key = name_key(&entity.name);
    let existing: Option<i64> = match &entity.gazetteer_id {
        Some(gid) => conn
            .query_row("SELECT entity_id FROM entities WHERE gazetteer_id = ?1", [gid], |row| row.get(0))
            .optional()?,
        None => conn
            .query_row(
                "SELECT entity_id FROM entities WHERE name_key = ?1 AND kind = ?2 ORDER BY entity_id LIMIT 1",
                params![key, entity.kind.as_str()],
                |row| row.get(0),
            )
            .optional()?,
    };
    let id = match existing {
        Some(id) => id,
        None => {
            conn.execute(
                "INSERT INTO entities (name, kind, name_key, gazetteer_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![entity.name, entity.kind.as_str(), key, entity.gazetteer_id, now()],
            )?;
            conn.last_insert_rowid()
        }
    };
    let mut alias = conn.prepare_cached(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin) VALUES (?1, ?2, ?3, 'text')",
    )?;
    for name in std::iter::once(&entity.name).chain(&entity.aliases) {
        alias.execute(params![id, name, name_key(name)])?;
    }
    Ok(id)
}

/// Links that need every article: run after each import.
pub fn link_across_articles(conn: &Connection) -> Result<()> {
    let _ = conn;
    Ok(())
}
