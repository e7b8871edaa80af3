//! Entity links that need every article, run after each import and after every `factdb entity`
//! command:
//! 1. replays the user's merges and aliases (`entity_decisions`, in order);
//! 2. merges a one-word person ("Kerry") into the one person of the database whose surname it is, when
//!    exactly one has it (or one the news overwhelmingly means by it): two people sharing a surname keep
//!    the bare surname apart, and a user split forbids the merge for good;
//! 3. replays the user's splits and kinds.
//!
//! Merging moves mentions, quotes, quote groups, claims and aliases and deletes the merged row.

mod decisions;
mod merge;

pub use decisions::{
    apply_decision, find_entity, parse_alias_file, record_decision, replay, stored, undo, Decision,
    Stored,
};
pub use merge::merge;

use crate::extract::entities::lexicon::{is_common_word, GIVEN_NAMES};
use crate::extract::entities::names::{is_initial, other_key, surname_key};
use crate::store::Result;
use rusqlite::Connection;
use std::collections::HashMap;

/// Links that need every article: run after each import (and after every `factdb entity` command).
pub fn link_across_articles(conn: &Connection) -> Result<()> {
    replay(conn, &["merge", "alias"])?;
    merge_unique_surnames(conn)?;
    replay(conn, &["split", "kind"])?;
    Ok(())
}

/// Merges every one-word person (or unclassified one-word name) into the only multi-word person with
/// that surname, unless a user split forbids it.
fn merge_unique_surnames(conn: &Connection) -> Result<usize> {
    let mut full: HashMap<String, Vec<i64>> = HashMap::new();
    // Only names shaped like a person's: a known first name, a middle initial, or a title or role
    // given with some mention ("Injured Chelsea" is no one's full name).
    let mut stmt = conn.prepare(
        "SELECT e.entity_id, e.name FROM entities e WHERE e.kind = 'person' AND e.gazetteer_id IS NULL
         AND instr(trim(e.name), ' ') > 0",
    )?;
    let rows: Vec<(i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut with_role = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1 AND role IS NOT NULL)",
    )?;
    for (id, name) in rows {
        let words: Vec<&str> = name.split_whitespace().collect();
        let person_shaped = GIVEN_NAMES.contains(words[0])
            || words[1..].iter().any(|w| is_initial(w))
            || (!words.iter().any(|w| is_common_word(w))
                && with_role.query_row([id], |r| r.get::<_, bool>(0))?);
        if !person_shaped {
            continue;
        }
        if let Some(surname) = surname_key(&name) {
            full.entry(surname).or_default().push(id);
        }
    }
    let mut stmt = conn.prepare(
        "SELECT entity_id, name FROM entities WHERE kind IN ('person', 'other') AND gazetteer_id IS NULL
         AND instr(trim(name), ' ') = 0",
    )?;
    let singles: Vec<(i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let splits = decisions::splits(conn)?;
    let mut merged = 0;
    for (id, name) in singles {
        // "Open", "Christmas": a common word alone is not a surname.
        if is_common_word(&name) {
            continue;
        }
        let Some(people) = surname_key(&name).and_then(|s| full.get(&s)) else {
            continue;
        };
        let Some(person) = referent_of_surname(conn, people)? else {
            continue;
        };
        let forbidden = splits.iter().any(|(whole, part)| {
            other_key(part) == other_key(&name)
                && find_entity(conn, whole).ok().flatten() == Some(person)
        });
        if forbidden {
            continue;
        }
        merge(conn, person, id)?;
        merged += 1;
    }
    Ok(merged)
}

/// How often (at least) a person must be called by the bare surname, in articles that also give the
/// full name, before a bare surname elsewhere is taken to mean that person although others share it.
const DOMINANT_MIN_SHORT_MENTIONS: i64 = 10;
/// ... and what share of all such surname-alone mentions of the people sharing it must be theirs.
const DOMINANT_SHARE: f64 = 0.9;

/// The person a bare surname refers to: the only known person with it, or the one the news overwhelmingly
/// means by it ("Trump" is Donald J. Trump when articles that name both him and another Trump call him
/// "Trump" hundreds of times and the other a handful). The evidence is what articles themselves resolved
/// (mentions of kind `short`), so two people seen once each never merge on a surname.
fn referent_of_surname(conn: &Connection, people: &[i64]) -> Result<Option<i64>> {
    if people.len() == 1 {
        return Ok(Some(people[0]));
    }
    let mut count = conn
        .prepare_cached("SELECT count(*) FROM mentions WHERE entity_id = ?1 AND kind = 'short'")?;
    let mut counts = Vec::with_capacity(people.len());
    for &person in people {
        counts.push((count.query_row([person], |r| r.get::<_, i64>(0))?, person));
    }
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let total: i64 = counts.iter().map(|(n, _)| n).sum();
    let (top, person) = counts[0];
    Ok(
        (top >= DOMINANT_MIN_SHORT_MENTIONS && top as f64 >= DOMINANT_SHARE * total as f64)
            .then_some(person),
    )
}
