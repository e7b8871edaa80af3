//! An article's entities as the article wrote them (`article_entities`), each with a provisional
//! database entity. Which article entities are one real-world entity needs every stored article and
//! the user's decisions; [`crate::link::entities`] decides it after each import and rewrites
//! `entity_id` everywhere, so what is stored here never depends on what was stored before.
//!
//! The provisional entity is the row with the entity's gazetteer id, else a row with its exact key and
//! kind, else a new row: cheap, and only seen by readers until the linking step of the same import.

use super::{now, Result};
use crate::extract::entities::names::{match_key, other_key};
use crate::extract::{EntityKind, Facts, MentionKind};
use rusqlite::{params, Connection, OptionalExtension};

/// The matching key of an entity name (see [`match_key`]), for a kind stored as text.
pub fn name_key(name: &str) -> String {
    other_key(name)
}

/// The key of `name` for an entity of the kind stored as `kind`.
pub fn key_for(name: &str, kind: &str) -> String {
    match_key(name, parse_kind(kind))
}

pub fn parse_kind(kind: &str) -> EntityKind {
    match kind {
        "person" => EntityKind::Person,
        "organisation" => EntityKind::Organisation,
        "location" => EntityKind::Location,
        "group" => EntityKind::Group,
        _ => EntityKind::Other,
    }
}

/// One stored article entity: its row id and its (provisional) database entity.
#[derive(Debug, Clone, Copy)]
pub struct Stored {
    pub article_entity_id: i64,
    pub entity_id: i64,
}

/// Stores every entity of `facts` as an article entity of `article_id`, in order.
pub fn write_article(conn: &Connection, article_id: i64, facts: &Facts) -> Result<Vec<Stored>> {
    let mut short = vec![0i64; facts.entities.len()];
    let mut with_role = vec![false; facts.entities.len()];
    for m in &facts.mentions {
        if m.kind == MentionKind::Short {
            short[m.entity] += 1;
        }
        with_role[m.entity] |= m.role.is_some();
    }
    let mut insert = conn.prepare_cached(
        "INSERT INTO article_entities (article_id, position, name, kind, gazetteer_id, aliases,
                                       short_mentions, with_role, entity_id, linked)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)",
    )?;
    let mut stored = Vec::with_capacity(facts.entities.len());
    for (position, entity) in facts.entities.iter().enumerate() {
        let entity_id = provisional(conn, entity)?;
        insert.execute(params![
            article_id,
            position as i64,
            entity.name,
            entity.kind.as_str(),
            entity.gazetteer_id,
            entity.aliases.join("\n"),
            short[position],
            with_role[position],
            entity_id
        ])?;
        stored.push(Stored {
            article_entity_id: conn.last_insert_rowid(),
            entity_id,
        });
    }
    Ok(stored)
}

fn provisional(conn: &Connection, entity: &crate::extract::Entity) -> Result<i64> {
    let key = match_key(&entity.name, entity.kind);
    let found: Option<i64> = match &entity.gazetteer_id {
        Some(gid) => conn
            .prepare_cached("SELECT entity_id FROM entities WHERE gazetteer_id = ?1")?
            .query_row([gid], |r| r.get(0))
            .optional()?,
        None => conn
            .prepare_cached(
                "SELECT entity_id FROM entities WHERE name_key = ?1 AND kind = ?2 LIMIT 1",
            )?
            .query_row(params![key, entity.kind.as_str()], |r| r.get(0))
            .optional()?,
    };
    if let Some(id) = found {
        return Ok(id);
    }
    conn.prepare_cached(
        "INSERT INTO entities (name, kind, name_key, gazetteer_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![entity.name, entity.kind.as_str(), key, entity.gazetteer_id, now()])?;
    Ok(conn.last_insert_rowid())
}

/// The usual other spellings of a person's name with middle initials: with each initial written
/// with a full stop ("Sergey V Lavrov" -> "Sergey V. Lavrov") and without the initials ("Sergey
/// Lavrov"). Outlets differ exactly there, so a reader searching for any of the forms finds the
/// person, even when that form only appeared in text factdb removed (a photo caption).
pub fn initial_variants(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_initial = |w: &str| {
        let letters = w.trim_end_matches('.');
        letters.chars().count() == 1 && letters.chars().all(char::is_uppercase)
    };
    // Only middle initials: the first and last words must be full names.
    if words.len() < 3 || is_initial(words[0]) || is_initial(words[words.len() - 1]) {
        return Vec::new();
    }
    if !words[1..words.len() - 1].iter().any(|w| is_initial(w)) {
        return Vec::new();
    }
    let with_stops: Vec<String> = words
        .iter()
        .map(|w| {
            if is_initial(w) {
                format!("{}.", w.trim_end_matches('.'))
            } else {
                w.to_string()
            }
        })
        .collect();
    let without: Vec<&str> = words.iter().copied().filter(|w| !is_initial(w)).collect();
    let mut variants = vec![with_stops.join(" "), without.join(" ")];
    variants.retain(|v| v != name);
    variants
}

#[cfg(test)]
mod initial_tests {
    use super::initial_variants;

    #[test]
    fn middle_initials_give_the_usual_variants() {
        assert_eq!(
            initial_variants("Sergey V Lavrov"),
            vec!["Sergey V. Lavrov", "Sergey Lavrov"]
        );
        assert_eq!(
            initial_variants("Michael R. Gordon"),
            vec!["Michael Gordon"]
        );
        assert!(initial_variants("John Kerry").is_empty());
        assert!(initial_variants("J. Edgar Hoover").is_empty());
    }
}
