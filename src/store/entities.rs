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
use std::collections::HashMap;

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

/// What a provisional entity is found by: the gazetteer id, else the exact key and the kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Lookup {
    Gazetteer(String),
    Name(String, EntityKind),
}

/// The provisional entities a writer has looked up or created, so that a name seen before costs a
/// hash lookup, not statements: the cost per article entity stays the same however many entities are
/// stored. The ids are exactly those the lookups in the database would give (the first row found,
/// which stays the first: nothing deletes entities while a writer writes).
///
/// Valid only while the rows exist: [`Cache::begin`] forgets everything when another connection
/// committed since (`PRAGMA data_version`: its linking step may have deleted or rewritten rows), and
/// rows created in the open transaction are kept apart until [`Cache::committed`], since a rollback (of
/// the transaction or of one article's savepoint) removes them.
#[derive(Debug, Default)]
pub struct Cache {
    data_version: Option<i64>,
    known: HashMap<Lookup, i64>,
    pending: HashMap<Lookup, i64>,
}

/// The cache forgets what it knows beyond this many names, so memory stays bounded on any corpus
/// (about 100 bytes a name).
const CACHE_NAMES: usize = 200_000;

impl Cache {
    /// Call after each `BEGIN`: forgets everything when another connection wrote since the last time.
    pub fn begin(&mut self, conn: &Connection) -> Result<()> {
        let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.data_version != Some(version) || self.known.len() > CACHE_NAMES {
            self.known.clear();
            self.data_version = Some(version);
        }
        self.pending.clear();
        Ok(())
    }

    /// The open transaction committed: the rows it created are known for good.
    pub fn committed(&mut self) {
        self.known.extend(self.pending.drain());
    }

    /// Something was rolled back (a transaction, or an article's savepoint): forget the rows the open
    /// transaction created (those of its articles that remain are found again in the database).
    pub fn rolled_back(&mut self) {
        self.pending.clear();
    }

    fn get(&self, lookup: &Lookup) -> Option<i64> {
        self.known
            .get(lookup)
            .or_else(|| self.pending.get(lookup))
            .copied()
    }
}

/// Stores every entity of `facts` as an article entity of `article_id`, in order.
pub fn write_article(
    conn: &Connection,
    cache: &mut Cache,
    article_id: i64,
    facts: &Facts,
) -> Result<Vec<Stored>> {
    let mut short = vec![0i64; facts.entities.len()];
    let mut with_role = vec![false; facts.entities.len()];
    for m in &facts.mentions {
        // Cross-article linking weighs who a bare surname means by these: "Obama" after "Barack
        // Obama" counts, a first name alone ("Sasha" after "Sasha Obama") does not.
        let first_name = facts.entities[m.entity].name.split_whitespace().next();
        if m.kind == MentionKind::Short && first_name != Some(m.span.text(&facts.article.body)) {
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
        let entity_id = provisional(conn, cache, entity)?;
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

fn provisional(
    conn: &Connection,
    cache: &mut Cache,
    entity: &crate::extract::Entity,
) -> Result<i64> {
    let key = match_key(&entity.name, entity.kind);
    let lookup = match &entity.gazetteer_id {
        Some(gid) => Lookup::Gazetteer(gid.clone()),
        None => Lookup::Name(key.clone(), entity.kind),
    };
    if let Some(id) = cache.get(&lookup) {
        return Ok(id);
    }
    let found: Option<i64> = match &lookup {
        Lookup::Gazetteer(gid) => conn
            .prepare_cached("SELECT entity_id FROM entities WHERE gazetteer_id = ?1")?
            .query_row([gid], |r| r.get(0))
            .optional()?,
        // `+kind`: search by the key (a few rows), never by the kind's index, which SQLite picks
        // without statistics and which reads every entity of that kind.
        Lookup::Name(key, kind) => conn
            .prepare_cached(
                "SELECT entity_id FROM entities WHERE name_key = ?1 AND +kind = ?2 LIMIT 1",
            )?
            .query_row(params![key, kind.as_str()], |r| r.get(0))
            .optional()?,
    };
    if let Some(id) = found {
        cache.known.insert(lookup, id);
        return Ok(id);
    }
    conn.prepare_cached(
        "INSERT INTO entities (name, kind, name_key, gazetteer_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![entity.name, entity.kind.as_str(), key, entity.gazetteer_id, now()])?;
    let id = conn.last_insert_rowid();
    cache.pending.insert(lookup, id);
    Ok(id)
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

#[cfg(test)]
mod cache_tests {
    use super::Cache;
    use crate::ingest::Document;
    use crate::store::articles::{write, Guard, Provenance};
    use rusqlite::Connection;

    const TEXTS: [&str; 3] = [
        "Lena Marsh said on Monday that the harbour forms were received in Oslo.",
        "The mayor of Oslo, Lena Marsh, said the forms were late. Peter Dunne agreed.",
        "Peter Dunne told reporters in Oslo that Lena Marsh would resign.",
    ];

    fn write_text(conn: &Connection, cache: &mut Cache, text: &str) {
        let doc = Document {
            source: "t.txt".into(),
            text: text.into(),
            body_is_clean: true,
            ..Document::default()
        };
        let facts = crate::extract::extract(&doc);
        let provenance = Provenance {
            source: "t.txt",
            encoding: None,
            import_run_id: None,
        };
        write(conn, cache, &facts, &provenance, Guard::Transaction).unwrap();
    }

    fn in_transaction(conn: &Connection, cache: &mut Cache, text: &str) {
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        cache.begin(conn).unwrap();
        write_text(conn, cache, text);
        conn.execute_batch("COMMIT").unwrap();
        cache.committed();
    }

    fn provisional_ids(conn: &Connection) -> Vec<(String, i64)> {
        let mut stmt = conn
            .prepare("SELECT name, entity_id FROM article_entities ORDER BY article_entity_id")
            .unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        rows.map(Result::unwrap).collect()
    }

    /// A bare surname counts as a short mention for linking; a first name alone does not.
    #[test]
    fn short_mentions_count_surnames_not_first_names() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("t.db")).unwrap();
        write_text(
            &conn,
            &mut Cache::default(),
            "Odalys Brandvold spoke on Monday. Brandvold said the port would open. \
             Later, Odalys smiled and friends greeted Odalys.",
        );
        let short: i64 = conn
            .query_row(
                "SELECT short_mentions FROM article_entities WHERE name = 'Odalys Brandvold'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(short, 1);
    }

    /// The cache gives every article entity the provisional entity the database lookups give.
    #[test]
    fn the_cache_gives_the_ids_of_the_lookups() {
        let dir = tempfile::tempdir().unwrap();
        let cached = crate::store::open(&dir.path().join("cached.db")).unwrap();
        let uncached = crate::store::open(&dir.path().join("uncached.db")).unwrap();
        let mut cache = Cache::default();
        for text in TEXTS {
            in_transaction(&cached, &mut cache, text);
            in_transaction(&uncached, &mut Cache::default(), text);
        }
        let ids = provisional_ids(&cached);
        assert!(ids.len() > TEXTS.len(), "{ids:?}");
        let distinct: std::collections::BTreeSet<i64> = ids.iter().map(|r| r.1).collect();
        assert!(distinct.len() < ids.len(), "no entity repeats: {ids:?}");
        assert_eq!(ids, provisional_ids(&uncached));
    }

    /// Another connection's changes (another import's linking step deletes entity rows) make the
    /// cache forget what it knew, so no article entity points at a deleted entity.
    #[test]
    fn another_connection_writing_empties_the_cache() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.db");
        let conn = crate::store::open(&path).unwrap();
        let mut cache = Cache::default();
        in_transaction(&conn, &mut cache, TEXTS[0]);
        let other = crate::store::open(&path).unwrap();
        other
            .execute_batch("DELETE FROM articles; DELETE FROM entities;")
            .unwrap();
        // Would fail (FOREIGN KEY constraint) with a stale cache.
        in_transaction(&conn, &mut cache, TEXTS[1]);
        let dangling: i64 = conn
            .query_row(
                "SELECT count(*) FROM article_entities WHERE entity_id NOT IN (SELECT entity_id FROM entities)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(dangling, 0);
    }

    /// Rows created in a transaction that is rolled back are forgotten.
    #[test]
    fn a_rollback_forgets_the_rows_it_removed() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("r.db")).unwrap();
        let mut cache = Cache::default();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        cache.begin(&conn).unwrap();
        write_text(&conn, &mut cache, TEXTS[0]);
        conn.execute_batch("ROLLBACK").unwrap();
        cache.rolled_back();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        write_text(&conn, &mut cache, TEXTS[1]);
        conn.execute_batch("COMMIT").unwrap();
    }
}
