//! Entities across articles, recomputed from what is stored (docs/linking.md).
//!
//! Each article keeps its own entities as written (`article_entities`, see `store::entities`). After
//! each import (and after every `factdb entity` command) [`link_across_articles`]:
//! 1. gives every article entity not linked yet its keys ([`cluster::keys`]);
//! 2. collects the article entities connected to those (and to the names in the user's decisions) by
//!    shared keys, transitively, through the `article_entity_keys` index: never the whole database
//!    unless everything is connected;
//! 3. decides which of them are one entity with the pure function [`cluster::cluster`];
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
use rusqlite::{params, Connection};
use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};

/// Links the article entities an import (or a decision) touched, and everything connected to them.
pub fn link_across_articles(conn: &Connection) -> Result<()> {
    let decisions = decisions::all(conn)?;
    let unlinked = unlinked(conn)?;
    if unlinked.is_empty() && decisions.is_empty() {
        return Ok(());
    }
    write_keys(conn, &unlinked)?;
    let mut seeds: BTreeSet<String> = BTreeSet::new();
    for (_, local) in &unlinked {
        seeds.extend(cluster::keys(local));
    }
    let edges = decision_edges(&decisions);
    for d in &decisions {
        for name in [&d.name, &d.other_name] {
            seeds.extend(
                cluster::name_keys(name)
                    .into_iter()
                    .map(|k| format!("n:{k}")),
            );
        }
    }
    let ids = connected(conn, seeds, &edges)?;
    if ids.is_empty() {
        return Ok(());
    }
    let (ids, locals, old) = load(conn, &ids)?;
    let clusters = cluster::cluster(&locals, &decisions);
    write(conn, &ids, &clusters, &old)
}

/// Article entities not linked yet, with what the keys are computed from.
fn unlinked(conn: &Connection) -> Result<Vec<(i64, Local)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT article_entity_id, name, kind, gazetteer_id, aliases, short_mentions, with_role
         FROM article_entities WHERE linked = 0",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, local(r, 1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
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

fn write_keys(conn: &Connection, unlinked: &[(i64, Local)]) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO article_entity_keys (key, article_entity_id) VALUES (?1, ?2)",
    )?;
    for (id, local) in unlinked {
        for key in cluster::keys(local) {
            insert.execute(params![key, id])?;
        }
    }
    Ok(())
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

/// Every article entity connected to a seed key through shared keys (breadth first, indexed lookups).
fn connected(
    conn: &Connection,
    seeds: BTreeSet<String>,
    edges: &BTreeMap<String, BTreeSet<String>>,
) -> Result<BTreeSet<i64>> {
    let mut by_key =
        conn.prepare_cached("SELECT article_entity_id FROM article_entity_keys WHERE key = ?1")?;
    let mut keys_of =
        conn.prepare_cached("SELECT key FROM article_entity_keys WHERE article_entity_id = ?1")?;
    let mut seen_keys: HashSet<String> = seeds.iter().cloned().collect();
    let mut queue: VecDeque<String> = seeds.into_iter().collect();
    let mut ids: BTreeSet<i64> = BTreeSet::new();
    while let Some(key) = queue.pop_front() {
        let mut more: Vec<String> = edges.get(&key).into_iter().flatten().cloned().collect();
        let found: Vec<i64> = by_key
            .query_map([&key], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in found {
            if ids.insert(id) {
                let keys: Vec<String> = keys_of
                    .query_map([id], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                more.extend(keys);
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
fn write(conn: &Connection, ids: &[i64], clusters: &[Cluster], old: &[i64]) -> Result<()> {
    let old_ids: BTreeSet<i64> = old.iter().copied().collect();
    // Gazetteer ids are unique: free them before handing them out again.
    let mut clear = conn.prepare_cached(
        "UPDATE entities SET gazetteer_id = NULL WHERE entity_id = ?1 AND gazetteer_id IS NOT NULL",
    )?;
    for id in &old_ids {
        clear.execute([id])?;
    }
    let mut claimed: HashSet<i64> = HashSet::new();
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
fn propagate(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "UPDATE mentions SET entity_id = (SELECT entity_id FROM article_entities ae
             WHERE ae.article_entity_id = mentions.article_entity_id)
         WHERE article_entity_id IN (SELECT article_entity_id FROM temp.link_set);
         UPDATE quotes SET speaker_entity_id = (SELECT entity_id FROM article_entities ae
             WHERE ae.article_entity_id = quotes.speaker_article_entity_id)
         WHERE speaker_article_entity_id IN (SELECT article_entity_id FROM temp.link_set);
         UPDATE claims SET source_entity_id = (SELECT entity_id FROM article_entities ae
             WHERE ae.article_entity_id = claims.source_article_entity_id)
         WHERE source_article_entity_id IN (SELECT article_entity_id FROM temp.link_set);
         CREATE TEMP TABLE IF NOT EXISTS link_claims (claim_id INTEGER PRIMARY KEY);
         DELETE FROM temp.link_claims;
         INSERT OR IGNORE INTO temp.link_claims SELECT claim_id FROM claim_article_entities
             WHERE article_entity_id IN (SELECT article_entity_id FROM temp.link_set);
         DELETE FROM claim_entities WHERE claim_id IN (SELECT claim_id FROM temp.link_claims);
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
            conn.prepare_cached(
                "UPDATE entities SET name = ?2, kind = ?3, name_key = ?4, gazetteer_id = ?5
                 WHERE entity_id = ?1",
            )?
            .execute(params![id, cluster.name, kind, key, cluster.gazetteer_id])?;
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
