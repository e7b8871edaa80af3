//! Deleting articles (`factdb delete`): an article goes with everything extracted from it (paragraphs,
//! sentences, mentions, quotes, claims and their parts cascade from `articles`), then what no article
//! uses any more: entities nothing mentions, quote and claim groups left empty, outlets without articles.
//! The caller relinks afterwards ([`crate::link::relink`]), so groups and cross-article entity links
//! are recomputed from what is left.

use super::Result;
use rusqlite::{params, Connection};

/// How many rows a deletion removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Deleted {
    pub articles: usize,
    pub entities: usize,
    pub outlets: usize,
}

/// Deletes the article `id` (if there is one) and what only it used.
pub fn article(conn: &Connection, id: i64) -> Result<Deleted> {
    let articles = conn.execute("DELETE FROM articles WHERE article_id = ?1", [id])?;
    Ok(Deleted {
        articles,
        ..orphans(conn)?
    })
}

/// Deletes every article import run `run` added, what only they used, and the run itself (with its
/// failures). Returns None when there is no such run.
pub fn run(conn: &Connection, run: i64) -> Result<Option<Deleted>> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM import_runs WHERE import_run_id = ?1)",
        [run],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(None);
    }
    let articles = conn.execute(
        "DELETE FROM articles WHERE import_run_id = ?1",
        params![run],
    )?;
    conn.execute("DELETE FROM import_runs WHERE import_run_id = ?1", [run])?;
    Ok(Some(Deleted {
        articles,
        ..orphans(conn)?
    }))
}

/// Removes what no article refers to any more. Entities with a user alias stay: the user named them.
fn orphans(conn: &Connection) -> Result<Deleted> {
    conn.execute(
        "DELETE FROM quote_groups WHERE quote_group_id NOT IN
             (SELECT quote_group_id FROM quotes WHERE quote_group_id IS NOT NULL)",
        [],
    )?;
    conn.execute(
        "DELETE FROM claim_groups WHERE claim_group_id NOT IN
             (SELECT claim_group_id FROM claims WHERE claim_group_id IS NOT NULL)",
        [],
    )?;
    let entities = conn.execute(
        "DELETE FROM entities WHERE entity_id NOT IN (SELECT entity_id FROM mentions)
         AND entity_id NOT IN (SELECT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL)
         AND entity_id NOT IN (SELECT speaker_entity_id FROM quote_groups
                               WHERE speaker_entity_id IS NOT NULL)
         AND entity_id NOT IN (SELECT source_entity_id FROM claims WHERE source_entity_id IS NOT NULL)
         AND entity_id NOT IN (SELECT entity_id FROM claim_entities)
         AND entity_id NOT IN (SELECT entity_id FROM entity_aliases WHERE origin = 'user')",
        [],
    )?;
    let outlets = conn.execute(
        "DELETE FROM outlets WHERE outlet_id NOT IN
             (SELECT outlet_id FROM articles WHERE outlet_id IS NOT NULL)
         AND outlet_id NOT IN (SELECT site_outlet_id FROM articles WHERE site_outlet_id IS NOT NULL)",
        [],
    )?;
    Ok(Deleted {
        articles: 0,
        entities,
        outlets,
    })
}
