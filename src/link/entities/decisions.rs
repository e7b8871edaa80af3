//! The user's decisions about entities (`factdb entity merge|split|alias`, `factdb import --aliases`),
//! stored in `entity_decisions` and replayed after every import so they survive re-imports.
//!
//! - merge INTO FROM: the entity named FROM is the entity named INTO; FROM becomes a user alias of INTO,
//!   so later articles that name FROM resolve to INTO directly;
//! - alias NAME ALIAS: ALIAS is another name of NAME (a user alias), and an entity named ALIAS merges
//!   into NAME;
//! - split NAME PART: mentions of NAME written PART are another entity (named PART, created if needed),
//!   and the unique-surname rule never merges PART back into NAME;
//! - kind NAME KIND: the entity named NAME is of kind KIND, whatever the text suggested.
//!
//! Entities are found by name: canonical name, then alias, then matching key (see [`find_entity`]).

use super::merge;
use crate::extract::entities::lexicon::title_at;
use crate::extract::entities::names::{match_key, other_key, person_key};
use crate::store::entities::parse_kind;
use crate::store::{now, Result};
use rusqlite::{params, Connection, OptionalExtension};

/// One decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// "merge", "split", "alias" or "kind".
    pub action: String,
    pub name: String,
    pub other_name: String,
    /// For a split: the kind of the entity split off (default: the kind of NAME); for kind: the kind.
    pub kind: Option<String>,
}

/// A name without a leading title ("Mr Smith" -> "Smith"): decisions are about names as written.
fn bare(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match title_at(&words) {
        Some(n) if n < words.len() => words[n..].join(" "),
        _ => words.join(" "),
    }
}

/// Records a decision (once: the same decision twice is stored once) and returns whether it is new.
pub fn record_decision(conn: &Connection, decision: &Decision) -> Result<bool> {
    let exists: Option<i64> = conn
        .query_row(
            "SELECT entity_decision_id FROM entity_decisions
             WHERE action = ?1 AND name = ?2 AND other_name IS ?3 AND kind IS ?4",
            params![
                decision.action,
                decision.name,
                decision.other_name,
                decision.kind
            ],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_some() {
        return Ok(false);
    }
    conn.execute(
        "INSERT INTO entity_decisions (action, name, other_name, kind, decided_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![decision.action, decision.name, decision.other_name, decision.kind, now()],
    )?;
    Ok(true)
}

/// The entity a user means by `name`: the one with that canonical name (gazetteer entities first), else
/// the one with that alias (user aliases first), else one whose matching key is the name's.
pub fn find_entity(conn: &Connection, name: &str) -> Result<Option<i64>> {
    let name = bare(name);
    let by_name: Option<i64> = conn
        .query_row(
            "SELECT entity_id FROM entities WHERE lower(name) = lower(?1)
             ORDER BY gazetteer_id IS NULL, entity_id LIMIT 1",
            [&name],
            |r| r.get(0),
        )
        .optional()?;
    if by_name.is_some() {
        return Ok(by_name);
    }
    let by_alias: Option<i64> = conn
        .query_row(
            "SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(?1)
             ORDER BY origin = 'user' DESC, origin = 'gazetteer' DESC, entity_id LIMIT 1",
            [&name],
            |r| r.get(0),
        )
        .optional()?;
    if by_alias.is_some() {
        return Ok(by_alias);
    }
    Ok(conn
        .query_row(
            "SELECT entity_id FROM entities WHERE name_key IN (?1, ?2) ORDER BY entity_id LIMIT 1",
            params![person_key(&name), other_key(&name)],
            |r| r.get(0),
        )
        .optional()?)
}

fn kind_of(conn: &Connection, id: i64) -> Result<String> {
    Ok(conn.query_row(
        "SELECT kind FROM entities WHERE entity_id = ?1",
        [id],
        |r| r.get(0),
    )?)
}

fn add_user_alias(conn: &Connection, id: i64, alias: &str) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin) VALUES (?1, ?2, ?3, 'user')",
        params![id, alias, other_key(alias)],
    )?;
    // A user alias outranks what the text suggested.
    conn.execute(
        "UPDATE entity_aliases SET origin = 'user' WHERE entity_id = ?1 AND alias_key = ?2",
        params![id, other_key(alias)],
    )?;
    Ok(())
}

/// Entities other than `except` whose canonical name is `name`.
fn named(conn: &Connection, name: &str, except: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(
        "SELECT entity_id FROM entities WHERE entity_id != ?2
         AND (lower(name) = lower(?1) OR name_key IN (?3, ?4))",
    )?;
    let ids = stmt
        .query_map(
            params![name, except, person_key(name), other_key(name)],
            |r| r.get(0),
        )?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Applies one decision to the current database. Returns a message saying what it did.
pub fn apply_decision(conn: &Connection, d: &Decision) -> Result<String> {
    let other = bare(&d.other_name);
    let Some(target) = find_entity(conn, &d.name)? else {
        return Ok(format!(
            "no entity named {:?} yet; the decision will apply when one is imported",
            d.name
        ));
    };
    match d.action.as_str() {
        "merge" | "alias" => {
            let mut merged = 0;
            for id in named(conn, &other, target)? {
                merge(conn, target, id)?;
                merged += 1;
            }
            if d.action == "merge" {
                if let Some(id) = find_entity(conn, &other)?.filter(|&id| id != target) {
                    merge(conn, target, id)?;
                    merged += 1;
                }
            }
            add_user_alias(conn, target, &other)?;
            Ok(format!(
                "{:?} is an alias of {:?} ({merged} entities merged)",
                other, d.name
            ))
        }
        "split" => {
            let moved = split(conn, target, &other, d.kind.as_deref())?;
            Ok(format!(
                "{moved} mentions written {:?} split from {:?}",
                other, d.name
            ))
        }
        "kind" => {
            let kind = d.kind.as_deref().unwrap_or("other");
            conn.execute(
                "UPDATE entities SET kind = ?2 WHERE entity_id = ?1",
                params![target, kind],
            )?;
            Ok(format!("{:?} is now of kind {kind}", d.name))
        }
        action => Ok(format!("unknown decision {action:?} ignored")),
    }
}

/// Moves the mentions of `whole` written `part` (and the quotes and claims they carry) to the entity
/// named `part`, created if needed.
fn split(conn: &Connection, whole: i64, part: &str, kind: Option<&str>) -> Result<usize> {
    let whole_kind = kind_of(conn, whole)?;
    let kind = kind.map(str::to_string).unwrap_or(whole_kind);
    let part_key = match_key(part, parse_kind(&kind));
    let mut stmt = conn.prepare("SELECT mention_id, text FROM mentions WHERE entity_id = ?1")?;
    let moving: Vec<i64> = stmt
        .query_map([whole], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .filter_map(|r| r.ok())
        .filter(|(_, text)| {
            match_key(text, parse_kind(&kind)) == part_key || other_key(text) == other_key(part)
        })
        .map(|(id, _)| id)
        .collect();
    let existing: Option<i64> = conn
        .query_row(
            "SELECT entity_id FROM entities WHERE entity_id != ?1 AND lower(name) = lower(?2) ORDER BY entity_id LIMIT 1",
            params![whole, part],
            |r| r.get(0),
        )
        .optional()?;
    let new = match existing {
        Some(id) => id,
        None => {
            conn.execute(
                "INSERT INTO entities (name, kind, name_key, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![part, kind, part_key, now()],
            )?;
            conn.last_insert_rowid()
        }
    };
    let mut update = conn.prepare("UPDATE mentions SET entity_id = ?1 WHERE mention_id = ?2")?;
    for id in &moving {
        update.execute(params![new, id])?;
    }
    // Quotes and claims whose speaker or source is one of the moved mentions.
    conn.execute(
        "UPDATE quotes SET speaker_entity_id = ?1 WHERE speaker_entity_id = ?2 AND EXISTS (
             SELECT 1 FROM mentions m WHERE m.article_id = quotes.article_id AND m.entity_id = ?1
             AND m.start_char >= quotes.speaker_start_char AND m.end_char <= quotes.speaker_end_char)",
        params![new, whole],
    )?;
    conn.execute(
        "UPDATE claims SET source_entity_id = ?1 WHERE source_entity_id = ?2 AND EXISTS (
             SELECT 1 FROM mentions m WHERE m.article_id = claims.article_id AND m.entity_id = ?1
             AND m.start_char >= claims.source_start_char AND m.end_char <= claims.source_end_char)",
        params![new, whole],
    )?;
    conn.execute(
        "DELETE FROM entity_aliases WHERE entity_id = ?1 AND origin != 'gazetteer' AND (alias_key = ?2 OR lower(alias) = lower(?3))",
        params![whole, part_key, part],
    )?;
    conn.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin) VALUES (?1, ?2, ?3, 'user')",
        params![new, part, part_key],
    )?;
    Ok(moving.len())
}

/// Replays the stored decisions of these actions, in the order they were made.
pub fn replay(conn: &Connection, actions: &[&str]) -> Result<()> {
    for d in all(conn)? {
        if actions.contains(&d.action.as_str()) {
            apply_decision(conn, &d)?;
        }
    }
    Ok(())
}

fn all(conn: &Connection) -> Result<Vec<Decision>> {
    Ok(stored(conn)?.into_iter().map(|s| s.decision).collect())
}

/// A decision as stored: its id (for `factdb entity undo`) and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub decision: Decision,
    pub decided_at: String,
}

/// Every stored decision, in the order they were made.
pub fn stored(conn: &Connection) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare(
        "SELECT entity_decision_id, action, name, other_name, kind, decided_at FROM entity_decisions
         ORDER BY entity_decision_id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Stored {
                id: r.get(0)?,
                decision: Decision {
                    action: r.get(1)?,
                    name: r.get(2)?,
                    other_name: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    kind: r.get(4)?,
                },
                decided_at: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Removes decision `id` and reverses what it did where the database allows: a merge or alias is
/// undone by splitting the names it joined apart again (a merged entity's row is gone, so its mentions
/// written OTHER become an entity named OTHER). A split or kind needs nothing more: relinking after it
/// recomputes without it. Returns the removed decision, or None when there is no decision `id`.
pub fn undo(conn: &Connection, id: i64) -> Result<Option<Decision>> {
    let Some(found) = stored(conn)?.into_iter().find(|s| s.id == id) else {
        return Ok(None);
    };
    conn.execute(
        "DELETE FROM entity_decisions WHERE entity_decision_id = ?1",
        [id],
    )?;
    let d = &found.decision;
    if matches!(d.action.as_str(), "merge" | "alias") {
        if let Some(target) = find_entity(conn, &d.name)? {
            let other = bare(&d.other_name);
            split(conn, target, &other, None)?;
            conn.execute(
                "DELETE FROM entity_aliases WHERE entity_id = ?1 AND origin = 'user'
                 AND lower(alias) = lower(?2)",
                params![target, other],
            )?;
        }
    }
    Ok(Some(found.decision))
}

/// The (whole, part) names of every split decision.
pub fn splits(conn: &Connection) -> Result<Vec<(String, String)>> {
    Ok(all(conn)?
        .into_iter()
        .filter(|d| d.action == "split")
        .map(|d| (d.name, bare(&d.other_name)))
        .collect())
}

/// Parses a user alias file. One decision per line; `#` starts a comment:
///
/// ```text
/// Islamic State = Daesh | ISIL      # aliases (an entity named Daesh merges into Islamic State)
/// John Smith != Smith               # split: "Smith" alone is somebody else
/// ```
pub fn parse_alias_file(text: &str) -> std::result::Result<Vec<Decision>, String> {
    let mut decisions = Vec::new();
    for (number, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some((name, part)) = line.split_once("!=") {
            let (name, part) = (name.trim(), part.trim());
            if name.is_empty() || part.is_empty() {
                return Err(format!(
                    "line {}: expected 'NAME != OTHER NAME'",
                    number + 1
                ));
            }
            decisions.push(Decision {
                action: "split".into(),
                name: name.into(),
                other_name: part.into(),
                kind: None,
            });
        } else if let Some((name, aliases)) = line.split_once('=') {
            let name = name.trim();
            let aliases: Vec<&str> = aliases
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .collect();
            if name.is_empty() || aliases.is_empty() {
                return Err(format!(
                    "line {}: expected 'NAME = ALIAS | ALIAS'",
                    number + 1
                ));
            }
            for alias in aliases {
                decisions.push(Decision {
                    action: "alias".into(),
                    name: name.into(),
                    other_name: alias.into(),
                    kind: None,
                });
            }
        } else {
            return Err(format!(
                "line {}: expected 'NAME = ALIAS | ALIAS' or 'NAME != OTHER NAME', found {:?}",
                number + 1,
                line
            ));
        }
    }
    Ok(decisions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_files_parse() {
        let d = parse_alias_file(
            "# mine\nIslamic State = Daesh | ISIL\n\nJohn Smith != Mr Smith # not him\n",
        )
        .unwrap();
        assert_eq!(d.len(), 3);
        assert_eq!(d[1].other_name, "ISIL");
        assert_eq!(d[2].action, "split");
        assert_eq!(bare(&d[2].other_name), "Smith");
        assert!(parse_alias_file("nonsense").is_err());
    }
}
