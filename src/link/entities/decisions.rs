//! The user's decisions about entities (`factdb entity merge|split|alias`, `factdb import --aliases`),
//! stored in `entity_decisions`. They change nothing by themselves: the linking step
//! ([`super::cluster`]) reads them, in the order they were made, every time it recomputes entities, so
//! they hold for every later import and never depend on when an article arrived.
//!
//! - merge INTO FROM: the entity named FROM is the entity named INTO; FROM becomes a user alias of INTO,
//!   so later articles that name FROM resolve to INTO directly;
//! - alias NAME ALIAS: ALIAS is another name of NAME (a user alias), and an entity named ALIAS merges
//!   into NAME;
//! - split NAME PART: mentions of NAME written PART are another entity (named PART, created if needed),
//!   and the unique-surname rule never merges PART back into NAME;
//! - kind NAME KIND: the entity named NAME is of kind KIND, whatever the articles suggest.
//!
//! A decision can be taken back ([`undo`]): the entities it touched are linked again without it.
//!
//! Entities are found by name: canonical name, then alias, then matching key (see [`find_entity`]).

use crate::extract::entities::lexicon::title_at;
use crate::extract::entities::names::{other_key, person_key};
use crate::store::{now, Result};
use rusqlite::{params, Connection, OptionalExtension};

/// One decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// "merge", "split", "alias" or "kind".
    pub action: String,
    pub name: String,
    pub other_name: String,
    /// For a split: the kind of the entity split off (default: the kind of NAME); for a kind: the kind.
    pub kind: Option<String>,
}

/// What a decision does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Merge,
    Split,
    Alias,
    Kind,
}

impl Decision {
    /// The action, if it is one factdb knows (a newer factdb may have stored others).
    pub fn action(&self) -> Option<Action> {
        match self.action.as_str() {
            "merge" => Some(Action::Merge),
            "split" => Some(Action::Split),
            "alias" => Some(Action::Alias),
            "kind" => Some(Action::Kind),
            _ => None,
        }
    }
}

/// A name without a leading title ("Mr Smith" -> "Smith"): decisions are about names as written.
pub fn bare(name: &str) -> String {
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

/// What a decision will do, said before the linking step applies it.
pub fn apply_decision(conn: &Connection, d: &Decision) -> Result<String> {
    let other = bare(&d.other_name);
    if find_entity(conn, &d.name)?.is_none() {
        return Ok(format!(
            "no entity named {:?} yet; the decision will apply when one is imported",
            d.name
        ));
    }
    Ok(match d.action() {
        Some(Action::Merge | Action::Alias) => format!("{other:?} is an alias of {:?}", d.name),
        Some(Action::Split) => format!("mentions written {other:?} split from {:?}", d.name),
        Some(Action::Kind) => format!(
            "{:?} is of kind {}",
            d.name,
            d.kind.as_deref().unwrap_or("other")
        ),
        None => format!("unknown decision {:?} ignored", d.action),
    })
}

/// A decision as stored: its id (for `factdb entity undo`) and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub decision: Decision,
    pub decided_at: String,
}

/// Every stored decision, in the order it was made.
pub fn all(conn: &Connection) -> Result<Vec<Decision>> {
    Ok(stored(conn)?.into_iter().map(|s| s.decision).collect())
}

/// Every stored decision with its id, in the order they were made.
pub fn stored(conn: &Connection) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare_cached(
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

/// Removes decision `id` and marks the article entities named in it for linking again, so the next
/// [`super::link_across_articles`] recomputes them as if the decision had never been made. Returns
/// the removed decision, or None when there is no decision `id`.
pub fn undo(conn: &Connection, id: i64) -> Result<Option<Decision>> {
    let Some(found) = stored(conn)?.into_iter().find(|s| s.id == id) else {
        return Ok(None);
    };
    conn.execute(
        "DELETE FROM entity_decisions WHERE entity_decision_id = ?1",
        [id],
    )?;
    let d = &found.decision;
    let mut unlink = conn.prepare_cached(
        "UPDATE article_entities SET linked = 0 WHERE article_entity_id IN
             (SELECT article_entity_id FROM article_entity_keys WHERE key = ?1)",
    )?;
    for name in [&d.name, &d.other_name] {
        for key in super::cluster::name_keys(&bare(name)) {
            unlink.execute([format!("n:{key}")])?;
        }
    }
    Ok(Some(found.decision))
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
