//! An article's entities -> database entity ids, at write time. The links that need every article
//! (surnames, user decisions) are decided in [`crate::link::entities`].
//!
//! [`resolve_article`] runs inside the import transaction, article by article:
//! - a gazetteer entity is the row with its `gazetteer_id` (created with the gazetteer's names as
//!   aliases the first time);
//! - any entity whose name is a user-, gazetteer- or declared alias of a row is that row ("Daesh" after
//!   `factdb entity alias "Islamic State" Daesh`);
//! - a name of two words or more is the row with the same key ([`match_key`]: middle initials, the
//!   Arabic article and spelling variants ignored, so "Sergey V. Lavrov" = "Sergei Lavrov"), or with an
//!   alias of that key, of a compatible kind (equal, or one of them "other");
//! - a one-word name is only ever the row of the same one-word name: a bare surname never joins a full
//!   name here, because which person it is depends on every article (see below);
//! - anything else is a new row.
//!
//! [`link_across_articles`] then, with every article known:
//! 1. replays the user's merges and aliases (`entity_decisions`, in order);
//! 2. merges a one-word person ("Kerry") into the one person of the database whose surname it is, when
//!    exactly one has it: two people sharing a surname keep the bare surname apart, and a user split
//!    forbids the merge for good;
//! 3. replays the user's splits.
//!
//! Merging moves mentions, quotes, quote groups, claims and aliases and deletes the merged row.

use super::{now, Result};
use crate::extract::entities::gazetteer;
use crate::extract::entities::names::{match_key, other_key, person_key, person_words};
use crate::extract::{Entity, EntityKind, Facts};
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

/// Finds or creates the database entity of every entity of `facts`, in order.
pub fn resolve_article(conn: &Connection, facts: &Facts) -> Result<Vec<i64>> {
    facts
        .entities
        .iter()
        .map(|entity| resolve(conn, entity))
        .collect()
}

fn words(name: &str) -> usize {
    name.split_whitespace().count()
}

/// Are these two kinds allowed to be the same entity?
fn compatible(a: &str, b: &str) -> bool {
    a == b || a == "other" || b == "other"
}

fn find_existing(conn: &Connection, entity: &Entity, key: &str) -> Result<Option<i64>> {
    let kind = entity.kind.as_str();
    if let Some(gid) = &entity.gazetteer_id {
        return Ok(conn
            .prepare_cached("SELECT entity_id FROM entities WHERE gazetteer_id = ?1")?
            .query_row([gid], |row| row.get(0))
            .optional()?);
    }
    // Aliases someone vouched for: the user, the gazetteer, a declaration.
    let mut vouched = conn.prepare_cached(
        "SELECT a.entity_id, e.kind FROM entity_aliases a JOIN entities e USING (entity_id)
         WHERE a.alias_key IN (?1, ?2) AND a.origin IN ('user', 'gazetteer', 'declared')
         ORDER BY a.origin = 'user' DESC, a.entity_id",
    )?;
    let found: Vec<(i64, String)> = vouched
        .query_map(
            params![other_key(&entity.name), person_key(&entity.name)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .collect::<rusqlite::Result<_>>()?;
    if let Some((id, _)) = found.iter().find(|(_, k)| compatible(k, kind)) {
        return Ok(Some(*id));
    }
    let mut same_key = conn.prepare_cached(
        "SELECT entity_id, kind, name FROM entities WHERE name_key = ?1 ORDER BY entity_id",
    )?;
    let rows: Vec<(i64, String, String)> = same_key
        .query_map([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let multi = words(&entity.name) > 1;
    if let Some((id, _, _)) = rows
        .iter()
        .find(|(_, k, name)| compatible(k, kind) && (multi || words(name) == 1))
    {
        return Ok(Some(*id));
    }
    // A middle name written or left out: "Hillary Clinton" is the only "Hillary ... Clinton" known,
    // and "Hillary Rodham Clinton" is the only known "Hillary Clinton".
    if entity.kind == EntityKind::Person {
        let words = person_words(&entity.name);
        if words.len() >= 2 {
            let (first, last) = (&words[0], &words[words.len() - 1]);
            let mut stmt = conn.prepare_cached(
                "SELECT entity_id, name FROM entities WHERE name_key >= ?1 AND name_key < ?2 AND kind = 'person'",
            )?;
            let found: Vec<(i64, String)> = stmt
                .query_map(params![format!("{first} "), format!("{first}!")], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            let matching: Vec<i64> = found
                .into_iter()
                .filter(|(_, name)| {
                    let other = person_words(name);
                    other.len() >= 2
                        && other.len() != words.len()
                        && (other.len() == 2 || words.len() == 2)
                        && other.last() == Some(last)
                })
                .map(|(id, _)| id)
                .collect();
            if matching.len() == 1 {
                return Ok(Some(matching[0]));
            }
        }
    }
    if multi {
        let mut by_alias = conn.prepare_cached(
            "SELECT a.entity_id, e.kind FROM entity_aliases a JOIN entities e USING (entity_id)
             WHERE a.alias_key IN (?1, ?2) AND +e.gazetteer_id IS NULL ORDER BY a.entity_id",
        )?;
        let found: Vec<(i64, String)> = by_alias
            .query_map(params![key, other_key(&entity.name)], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        if let Some((id, _)) = found.iter().find(|(_, k)| compatible(k, kind)) {
            return Ok(Some(*id));
        }
    }
    Ok(None)
}

fn resolve(conn: &Connection, entity: &Entity) -> Result<i64> {
    let kind = entity.kind.as_str();
    let key = match_key(&entity.name, entity.kind);
    let id = match find_existing(conn, entity, &key)? {
        Some(id) => {
            let (old_kind, old_name): (String, String) = conn
                .prepare_cached("SELECT kind, name FROM entities WHERE entity_id = ?1")?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            // A more specific kind, or a fuller form of the same name ("Vladimir V. Putin" after
            // "Vladimir Putin"), improves the row.
            let new_kind = if old_kind == "other" {
                kind
            } else {
                old_kind.as_str()
            };
            let fuller = entity.gazetteer_id.is_none()
                && words(&entity.name) > words(&old_name)
                && key_for(&entity.name, new_kind) == key_for(&old_name, new_kind);
            let new_name = if fuller {
                entity.name.as_str()
            } else {
                old_name.as_str()
            };
            if new_kind != old_kind || fuller {
                conn.execute(
                    "UPDATE entities SET kind = ?2, name = ?3, name_key = ?4 WHERE entity_id = ?1",
                    params![id, new_kind, new_name, key_for(new_name, new_kind)],
                )?;
            }
            id
        }
        None => create(conn, entity, &key)?,
    };
    let mut alias = conn.prepare_cached(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin) VALUES (?1, ?2, ?3, 'text')",
    )?;
    for name in std::iter::once(&entity.name).chain(&entity.aliases) {
        // Keyed by spelling, so every spelling is kept ("Sergei Lavrov" beside "Sergey V Lavrov").
        alias.execute(params![id, name, other_key(name)])?;
    }
    if entity.kind == EntityKind::Person {
        let mut derived = conn.prepare_cached(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin) VALUES (?1, ?2, ?3, 'derived')",
        )?;
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            for variant in initial_variants(name) {
                derived.execute(params![id, variant, other_key(&variant)])?;
            }
        }
    }
    Ok(id)
}

/// The usual other spellings of a person's name with middle initials: with each initial written
/// with a full stop ("Sergey V Lavrov" -> "Sergey V. Lavrov") and without the initials ("Sergey
/// Lavrov"). Outlets differ exactly there, so a reader searching for any of the forms finds the
/// person, even when that form only appeared in text factdb removed (a photo caption).
fn initial_variants(name: &str) -> Vec<String> {
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

fn create(conn: &Connection, entity: &Entity, key: &str) -> Result<i64> {
    let entry = entity.gazetteer_id.as_deref().and_then(gazetteer::entry);
    let name = entry.map_or(entity.name.as_str(), |e| e.name);
    conn.execute(
        "INSERT INTO entities (name, kind, name_key, gazetteer_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, entity.kind.as_str(), match_key(name, entity.kind), entity.gazetteer_id, now()],
    )?;
    let id = conn.last_insert_rowid();
    let _ = key;
    if let Some(entry) = entry {
        let mut alias = conn.prepare_cached(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin)
             VALUES (?1, ?2, ?3, 'gazetteer')",
        )?;
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            alias.execute(params![id, name, other_key(name)])?;
        }
    }
    Ok(id)
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
