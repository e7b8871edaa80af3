//! Entities across articles, recomputed from what is stored (docs/linking.md).
//!
//! Each article keeps its own entities as written (`article_entities`, see `store::entities`). After
//! each import (and after every `factdb entity` command) [`link_across_articles`]:
//! 1. gives every article entity not linked yet its keys ([`cluster::keys`]);
//! 2. collects the article entities connected to those (and to the names in the user's decisions) by
//!    shared keys, transitively, through the `article_entity_keys` index: never the whole database
//!    unless everything is connected;
//! 3. decides which of them are one entity with the pure function [`cluster::cluster`], a slice of
//!    whole connected sets at a time ([`SLICE`]), so memory stays bounded on a first import;
//! 4. writes the result: one `entities` row per cluster (reusing the row most members had), its
//!    aliases, and the `entity_id` of the members' mentions, quotes, claims and claim entities.
//!
//! The rules only join article entities that share a key, so recomputing the connected set gives the
//! same entities as recomputing everything: the database is the same whatever the import history.

mod cluster;
mod decisions;
mod surnames;

pub use cluster::{cluster, keys, Cluster, Local, Origin};
pub use decisions::{
    all as decisions, apply_decision, find_entity, parse_alias_file, record_decision, stored, undo,
    Action, Decision, Stored,
};

use crate::extract::entities::names::{match_key, other_key};
use crate::store::entities::parse_kind;
use crate::store::{now, Result};
use rusqlite::{params, CachedStatement, Connection, OptionalExtension};
use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};

/// Article entities linked at once, at most (whole connected sets are never cut, so one larger than
/// this is linked whole). A first import of 20,000 articles has about 400,000 article entities:
/// loading them all at once was the import's peak memory (358 MiB); a slice keeps what the linking
/// step holds bounded whatever the corpus, with the same clusters (each rule joins article entities
/// only through a shared key, so a connected set is decided the same alone or with others).
pub const SLICE: usize = 20_000;

/// Links the article entities an import (or a decision) touched, and everything connected to them.
pub fn link_across_articles(conn: &Connection) -> Result<()> {
    link_in_slices(conn, SLICE)
}

/// [`link_across_articles`], deciding at most about `slice` article entities at a time (whole connected
/// sets, in the order of their first unlinked member).
pub fn link_in_slices(conn: &Connection, slice: usize) -> Result<()> {
    let decisions = decisions::all(conn)?;
    let unlinked = write_keys(conn)?;
    if unlinked.is_empty() && decisions.is_empty() {
        return Ok(());
    }
    let edges = decision_edges(&decisions);
    let decision_keys: BTreeSet<String> = decisions
        .iter()
        .flat_map(|d| [&d.name, &d.other_name])
        .flat_map(|name| cluster::name_keys(name))
        .map(|k| format!("n:{k}"))
        .collect();
    let max_id: i64 = conn.query_row(
        "SELECT coalesce(max(article_entity_id), 0) FROM article_entities",
        [],
        |r| r.get(0),
    )?;
    let mut walk = Walk::new(conn, &edges, max_id)?;
    let mut claimed: HashSet<i64> = HashSet::new();
    let mut ids: BTreeSet<i64> = walk.component(decision_keys)?;
    for id in unlinked {
        if ids.len() >= slice {
            link_slice(conn, &ids, &decisions, &mut claimed)?;
            ids.clear();
        }
        if walk.visit(id) {
            ids.insert(id);
            let keys = walk.keys_of(id)?;
            ids.extend(walk.component(keys)?);
        }
    }
    if !ids.is_empty() {
        link_slice(conn, &ids, &decisions, &mut claimed)?;
    }
    Ok(())
}

/// Decides and writes one slice of whole connected sets. `claimed` holds the entity rows earlier
/// slices gave a cluster, which no later cluster may take.
fn link_slice(
    conn: &Connection,
    ids: &BTreeSet<i64>,
    decisions: &[Decision],
    claimed: &mut HashSet<i64>,
) -> Result<()> {
    let (ids, locals, old) = load(conn, ids)?;
    let clusters = cluster::cluster(&locals, decisions);
    write(conn, &ids, &clusters, &old, claimed)
}

/// A [`Local`] from the columns name, kind, gazetteer_id, aliases, short_mentions, with_role starting
/// at `first`.
fn local(r: &rusqlite::Row, first: usize) -> rusqlite::Result<Local> {
    let aliases: String = r.get(first + 3)?;
    Ok(Local {
        name: r.get(first)?,
        kind: parse_kind(&r.get::<_, String>(first + 1)?),
        gazetteer_id: r.get(first + 2)?,
        aliases: aliases
            .lines()
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect(),
        short_mentions: r.get(first + 4)?,
        with_role: r.get(first + 5)?,
    })
}

/// Gives every article entity not linked yet its keys; returns their ids, ascending. Reads them a page
/// at a time, so only ids are held.
fn write_keys(conn: &Connection) -> Result<Vec<i64>> {
    const PAGE: i64 = 5_000;
    let mut page = conn.prepare_cached(
        "SELECT article_entity_id, name, kind, gazetteer_id, aliases, short_mentions, with_role
         FROM article_entities WHERE linked = 0 AND article_entity_id > ?1
         ORDER BY article_entity_id LIMIT ?2",
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO article_entity_keys (key, article_entity_id) VALUES (?1, ?2)",
    )?;
    let mut ids = Vec::new();
    loop {
        let after = ids.last().copied().unwrap_or(0);
        let rows: Vec<(i64, Local)> = page
            .query_map(params![after, PAGE], |r| Ok((r.get(0)?, local(r, 1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, local) in &rows {
            for key in cluster::keys(local) {
                insert.execute(params![key, id])?;
            }
            ids.push(*id);
        }
        if (rows.len() as i64) < PAGE {
            return Ok(ids);
        }
    }
}

/// The keys each decision's names are found under, joined to each other: a merge or split connects
/// the article entities of both names.
fn decision_edges(decisions: &[Decision]) -> BTreeMap<String, BTreeSet<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for d in decisions {
        let keys: Vec<String> = [&d.name, &d.other_name]
            .iter()
            .flat_map(|n| cluster::name_keys(n))
            .map(|k| format!("n:{k}"))
            .collect();
        for a in &keys {
            edges
                .entry(a.clone())
                .or_default()
                .extend(keys.iter().cloned());
        }
    }
    edges
}

/// Connected sets of article entities through shared keys and the decisions' edges (breadth first,
/// indexed lookups). Each article entity is visited once over the whole walk, so a set already found
/// is never walked again and a key's posting is read once per set that reaches it.
struct Walk<'c> {
    by_key: CachedStatement<'c>,
    keys_of: CachedStatement<'c>,
    edges: &'c BTreeMap<String, BTreeSet<String>>,
    /// One bit per article entity id.
    visited: Vec<u64>,
}

impl<'c> Walk<'c> {
    fn new(
        conn: &'c Connection,
        edges: &'c BTreeMap<String, BTreeSet<String>>,
        max_id: i64,
    ) -> Result<Self> {
        Ok(Walk {
            by_key: conn.prepare_cached(
                "SELECT article_entity_id FROM article_entity_keys WHERE key = ?1",
            )?,
            keys_of: conn.prepare_cached(
                "SELECT key FROM article_entity_keys WHERE article_entity_id = ?1",
            )?,
            edges,
            visited: vec![0; max_id.max(0) as usize / 64 + 1],
        })
    }

    /// Marks `id` visited; false when it already was.
    fn visit(&mut self, id: i64) -> bool {
        let (word, bit) = (id.max(0) as usize / 64, id.max(0) % 64);
        if word >= self.visited.len() {
            self.visited.resize(word + 1, 0);
        }
        let fresh = self.visited[word] & (1 << bit) == 0;
        self.visited[word] |= 1 << bit;
        fresh
    }

    fn keys_of(&mut self, id: i64) -> Result<Vec<String>> {
        Ok(self
            .keys_of
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every article entity not visited yet that is connected to a seed key.
    fn component(&mut self, seeds: impl IntoIterator<Item = String>) -> Result<BTreeSet<i64>> {
        let mut seen_keys: HashSet<String> = HashSet::new();
        let mut queue: VecDeque<String> = VecDeque::new();
        for key in seeds {
            if seen_keys.insert(key.clone()) {
                queue.push_back(key);
            }
        }
        let mut ids: BTreeSet<i64> = BTreeSet::new();
        while let Some(key) = queue.pop_front() {
            let mut more: Vec<String> = self
                .edges
                .get(&key)
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            let found: Vec<i64> = self
                .by_key
                .query_map([&key], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for id in found {
                if self.visit(id) {
                    ids.insert(id);
                    more.extend(self.keys_of(id)?);
                }
            }
            for k in more {
                if seen_keys.insert(k.clone()) {
                    queue.push_back(k);
                }
            }
        }
        Ok(ids)
    }
}

/// The article entities to link, in content order (so nothing depends on ids), with their current
/// entity ids.
type Loaded = (Vec<i64>, Vec<Local>, Vec<i64>);

fn load(conn: &Connection, ids: &BTreeSet<i64>) -> Result<Loaded> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS link_set (article_entity_id INTEGER PRIMARY KEY);
         DELETE FROM temp.link_set;",
    )?;
    let mut insert = conn.prepare_cached("INSERT INTO temp.link_set VALUES (?1)")?;
    for id in ids {
        insert.execute([id])?;
    }
    let mut stmt = conn.prepare_cached(
        "SELECT ae.article_entity_id, ae.name, ae.kind, ae.gazetteer_id, ae.aliases, ae.short_mentions,
                ae.with_role, ae.entity_id
         FROM article_entities ae JOIN temp.link_set USING (article_entity_id)",
    )?;
    let mut rows: Vec<(Local, i64, i64)> = stmt
        .query_map([], |r| Ok((local(r, 1)?, r.get(0)?, r.get(7)?)))?
        .collect::<rusqlite::Result<_>>()?;
    rows.sort();
    let ids = rows.iter().map(|r| r.1).collect();
    let old = rows.iter().map(|r| r.2).collect();
    Ok((ids, rows.into_iter().map(|r| r.0).collect(), old))
}

/// Writes the clusters: entity rows (reusing the row most members already had), aliases, and the
/// entity ids of everything that points at a member.
fn write(
    conn: &Connection,
    ids: &[i64],
    clusters: &[Cluster],
    old: &[i64],
    claimed: &mut HashSet<i64>,
) -> Result<()> {
    let old_ids: BTreeSet<i64> = old.iter().copied().collect();
    // Gazetteer ids are unique: free them before handing them out again (not a row an earlier slice
    // gave its cluster).
    let mut clear = conn.prepare_cached(
        "UPDATE entities SET gazetteer_id = NULL WHERE entity_id = ?1 AND gazetteer_id IS NOT NULL",
    )?;
    for id in old_ids.iter().filter(|id| !claimed.contains(id)) {
        clear.execute([id])?;
    }
    // Larger clusters choose first, so a row keeps the entity most of its articles meant.
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&c| std::cmp::Reverse(clusters[c].members.len()));
    let mut entity_of = vec![0i64; clusters.len()];
    for c in order {
        let mut votes: BTreeMap<i64, usize> = BTreeMap::new();
        for &m in &clusters[c].members {
            *votes.entry(old[m]).or_default() += 1;
        }
        let mut ranked: Vec<(i64, usize)> = votes.into_iter().collect();
        ranked.sort_by_key(|(id, n)| (std::cmp::Reverse(*n), *id));
        let reuse = ranked.iter().map(|r| r.0).find(|id| !claimed.contains(id));
        entity_of[c] = save_entity(conn, &clusters[c], reuse)?;
        claimed.insert(entity_of[c]);
    }
    let mut set = conn.prepare_cached(
        "UPDATE article_entities SET entity_id = ?1, linked = 1 WHERE article_entity_id = ?2",
    )?;
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.members {
            set.execute(params![entity_of[c], ids[m]])?;
        }
    }
    propagate(conn)?;
    let mut unused = conn.prepare_cached(
        "DELETE FROM entities WHERE entity_id = ?1
         AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity_id = ?1)",
    )?;
    for id in old_ids.iter().filter(|id| !claimed.contains(id)) {
        conn.execute(
            "UPDATE quote_groups SET speaker_entity_id = NULL WHERE speaker_entity_id = ?1",
            [id],
        )?;
        unused.execute([id])?;
    }
    Ok(())
}

/// Copies each linked article entity's entity id to its mentions, quotes, claims and claim entities.
/// Rows that already point at it are left alone (claim entities too: only the pairs that are no
/// longer true are deleted): on a first import most article entities keep their provisional entity,
/// and rewriting a row with its own value still rewrites it and its indexes.
fn propagate(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "UPDATE mentions SET entity_id = (SELECT entity_id FROM article_entities ae
             WHERE ae.article_entity_id = mentions.article_entity_id)
         WHERE article_entity_id IN (SELECT article_entity_id FROM temp.link_set)
           AND entity_id IS NOT (SELECT entity_id FROM article_entities ae
               WHERE ae.article_entity_id = mentions.article_entity_id);
         UPDATE quotes SET speaker_entity_id = (SELECT entity_id FROM article_entities ae
             WHERE ae.article_entity_id = quotes.speaker_article_entity_id)
         WHERE speaker_article_entity_id IN (SELECT article_entity_id FROM temp.link_set)
           AND speaker_entity_id IS NOT (SELECT entity_id FROM article_entities ae
               WHERE ae.article_entity_id = quotes.speaker_article_entity_id);
         UPDATE claims SET source_entity_id = (SELECT entity_id FROM article_entities ae
             WHERE ae.article_entity_id = claims.source_article_entity_id)
         WHERE source_article_entity_id IN (SELECT article_entity_id FROM temp.link_set)
           AND source_entity_id IS NOT (SELECT entity_id FROM article_entities ae
               WHERE ae.article_entity_id = claims.source_article_entity_id);
         CREATE TEMP TABLE IF NOT EXISTS link_claims (claim_id INTEGER PRIMARY KEY);
         DELETE FROM temp.link_claims;
         INSERT OR IGNORE INTO temp.link_claims SELECT claim_id FROM claim_article_entities
             WHERE article_entity_id IN (SELECT article_entity_id FROM temp.link_set);
         DELETE FROM claim_entities WHERE claim_id IN (SELECT claim_id FROM temp.link_claims)
             AND NOT EXISTS (SELECT 1 FROM claim_article_entities cae
                 JOIN article_entities ae USING (article_entity_id)
                 WHERE cae.claim_id = claim_entities.claim_id
                   AND ae.entity_id = claim_entities.entity_id);
         INSERT OR IGNORE INTO claim_entities (claim_id, entity_id)
             SELECT cae.claim_id, ae.entity_id FROM claim_article_entities cae
             JOIN article_entities ae USING (article_entity_id)
             WHERE cae.claim_id IN (SELECT claim_id FROM temp.link_claims);",
    )?;
    Ok(())
}

/// Writes one cluster's entity row (into `reuse` when given) and its aliases; returns its id.
fn save_entity(conn: &Connection, cluster: &Cluster, reuse: Option<i64>) -> Result<i64> {
    let kind = cluster.kind.as_str();
    let key = match_key(&cluster.name, cluster.kind);
    if let Some(gid) = &cluster.gazetteer_id {
        conn.prepare_cached("UPDATE entities SET gazetteer_id = NULL WHERE gazetteer_id = ?1")?
            .execute([gid])?;
    }
    let id = match reuse {
        Some(id) => {
            // An UPDATE rewrites the row and its five index entries even when nothing changes, as
            // for most entities of a first import (each keeps its provisional row).
            let same: bool = conn
                .prepare_cached(
                    "SELECT name = ?2 AND kind = ?3 AND name_key = ?4 AND gazetteer_id IS ?5
                     FROM entities WHERE entity_id = ?1",
                )?
                .query_row(
                    params![id, cluster.name, kind, key, cluster.gazetteer_id],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or(false);
            if !same {
                conn.prepare_cached(
                    "UPDATE entities SET name = ?2, kind = ?3, name_key = ?4, gazetteer_id = ?5
                     WHERE entity_id = ?1",
                )?
                .execute(params![
                    id,
                    cluster.name,
                    kind,
                    key,
                    cluster.gazetteer_id
                ])?;
            }
            id
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO entities (name, kind, name_key, gazetteer_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                cluster.name,
                kind,
                key,
                cluster.gazetteer_id,
                now()
            ])?;
            conn.last_insert_rowid()
        }
    };
    conn.prepare_cached("DELETE FROM entity_aliases WHERE entity_id = ?1")?
        .execute([id])?;
    let mut alias = conn.prepare_cached(
        "INSERT INTO entity_aliases (entity_id, alias, alias_key, origin) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (name, origin) in &cluster.aliases {
        alias.execute(params![id, name, other_key(name), origin.as_str()])?;
    }
    Ok(id)
}
