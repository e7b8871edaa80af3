//! Which article entities are one real-world entity: a pure function of the article entities (as each
//! article wrote them) and the user's decisions. It never looks at ids or at the order articles were
//! stored in, so any import history gives the same entities.
//!
//! Rules, in order (each only joins article entities sharing a [`keys`] key, so the linking step can
//! load just the article entities connected to a batch by keys):
//! 1. the same gazetteer id is one entity, and a name or alias of a gazetteer entry ("Daesh") is that
//!    entry's entity (first gazetteer id in order when several entries share it);
//! 2. two names of two words or more with the same key ([`match_key`], [`other_key`]; also a written
//!    alias) are one entity when their kinds agree ("other" joins the single other kind present);
//! 3. one-word names with the same key are one entity, never a full name at this step;
//! 4. a middle name written or left out: "Hillary Clinton" is "Hillary Rodham Clinton" when it is the only
//!    longer (or shorter) person key with that first and last name;
//!    4b. a generational suffix written or left out: "Joseph R. Biden Jr." is "Joe Biden" unless the
//!    news tells a son apart by it ("Trump Jr.", "Don Jr."), see [`super::surnames::join_suffixes`];
//!    4c. a slip of one letter inside a long given name ("Vincente Fox" is "Vicente Fox") when no third
//!    spelling competes, see [`super::surnames::join_slips`];
//! 5. the user's merges and aliases, in the order they were made;
//! 6. a one-word person (or unclassified) name joins the only person-shaped full name with that surname,
//!    or the one the news overwhelmingly calls by it; two people sharing a surname keep the bare surname
//!    apart, and a user split forbids the join; a suffix belongs to the surname ("Trump Jr." is the
//!    son's), see [`super::surnames`];
//! 7. the user's splits, in order: article entities written PART leave the entity of NAME.

use super::decisions::{bare, Action, Decision};
use super::surnames::{join_slips, join_suffixes, join_surnames, without_suffix, Forbidden};
use crate::extract::entities::gazetteer;
use crate::extract::entities::names::{
    is_initial, match_key, other_key, person_key, person_words, surname_key,
};
use crate::extract::entities::resolve::has_initials_inside;
use crate::extract::EntityKind;
use crate::link::union_find::UnionFind;
use crate::store::entities::{initial_variants, parse_kind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One article's entity as the article wrote it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Local {
    pub name: String,
    pub kind: EntityKind,
    pub gazetteer_id: Option<String>,
    pub aliases: Vec<String>,
    /// Mentions by a short form in its article ("Kerry" after "John Kerry").
    pub short_mentions: i64,
    /// Some mention gives a title or role ("Secretary of State").
    pub with_role: bool,
}

/// Where an alias comes from (`entity_aliases.origin`), in order of authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    User,
    Gazetteer,
    Text,
    Derived,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::User => "user",
            Origin::Gazetteer => "gazetteer",
            Origin::Text => "text",
            Origin::Derived => "derived",
        }
    }
}

/// One entity: its members (indexes into the input, ascending) and how it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    pub members: Vec<usize>,
    pub name: String,
    pub kind: EntityKind,
    pub gazetteer_id: Option<String>,
    pub aliases: BTreeMap<String, Origin>,
}

/// The keys an article entity may share with the article entities it can be joined to (see the
/// module docs): every rule joins two article entities only through a common key.
pub fn keys(local: &Local) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(gid) = &local.gazetteer_id {
        out.insert(format!("g:{gid}"));
        if let Some(entry) = gazetteer::entry(gid) {
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                out.insert(format!("n:{}", other_key(name)));
            }
        }
    }
    for name in std::iter::once(&local.name).chain(&local.aliases) {
        out.insert(format!("n:{}", other_key(name)));
    }
    out.extend(name_keys(&local.name).into_iter().map(|k| format!("n:{k}")));
    if local.gazetteer_id.is_none() && matches!(local.kind, EntityKind::Person | EntityKind::Other)
    {
        if let Some(s) = surname_key(&local.name) {
            out.insert(format!("s:{s}"));
        }
        if let Some(fl) = first_last(&local.name) {
            out.insert(format!("f:{fl}"));
        }
        // Rule 4b: "Joseph R. Biden Jr." meets "Joe Biden" (and "Don Jr." meets it by "f:").
        if let Some((words, _)) = without_suffix(&local.name) {
            out.insert(format!("n:{}", words.join(" ")));
        }
    }
    out
}

/// The keys a name written in a decision or an article is found under.
pub fn name_keys(name: &str) -> Vec<String> {
    let name = bare(name);
    let mut keys = vec![other_key(&name), person_key(&name)];
    keys.dedup();
    keys
}

fn first_last(name: &str) -> Option<String> {
    let words = person_words(name);
    (words.len() >= 2).then(|| format!("{} {}", words[0], words[words.len() - 1]))
}

pub(super) fn words(name: &str) -> usize {
    name.split_whitespace().count()
}

/// Joins the members of each bucket whose kinds agree: equal kinds join, and "other" joins the single
/// other kind of the bucket (two kinds besides "other": the "other" ones stay on their own).
fn join_buckets(items: &[Local], uf: &mut UnionFind, buckets: BTreeMap<String, Vec<usize>>) {
    for members in buckets.values() {
        let mut by_kind: BTreeMap<EntityKind, Vec<usize>> = BTreeMap::new();
        for &i in members {
            by_kind.entry(items[i].kind).or_default().push(i);
        }
        for same in by_kind.values() {
            for &i in &same[1..] {
                uf.union(same[0], i);
            }
        }
        let specific: Vec<&Vec<usize>> = by_kind
            .iter()
            .filter(|(k, _)| **k != EntityKind::Other)
            .map(|(_, v)| v)
            .collect();
        if let (Some(others), [one]) = (by_kind.get(&EntityKind::Other), specific.as_slice()) {
            uf.union(others[0], one[0]);
        }
    }
}

/// Rules 1-4: gazetteer ids and entries, equal keys, middle names.
fn join_by_names(items: &[Local], uf: &mut UnionFind) {
    let mut by_gid: BTreeMap<&str, usize> = BTreeMap::new();
    let mut entry_names: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let Some(gid) = item.gazetteer_id.as_deref() else {
            continue;
        };
        match by_gid.get(gid) {
            Some(&first) => uf.union(first, i),
            None => {
                by_gid.insert(gid, i);
            }
        }
        if let Some(entry) = gazetteer::entry(gid) {
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                entry_names.entry(other_key(name)).or_default().insert(gid);
            }
        }
    }
    let mut multi: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut single: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        if item.gazetteer_id.is_some() {
            continue;
        }
        let vouched = name_keys(&item.name)
            .iter()
            .find_map(|k| entry_names.get(k).and_then(|g| g.iter().next()).copied());
        if let Some(gid) = vouched {
            let target = by_gid[gid];
            if compatible(items[target].kind, item.kind) {
                uf.union(target, i);
                continue;
            }
        }
        let key = match_key(&item.name, item.kind);
        if words(&item.name) > 1 {
            multi.entry(key).or_default().push(i);
            for alias in std::iter::once(&item.name).chain(&item.aliases) {
                if words(alias) > 1 {
                    multi
                        .entry(format!("={}", other_key(alias)))
                        .or_default()
                        .push(i);
                }
            }
        } else {
            single.entry(key).or_default().push(i);
        }
    }
    join_buckets(items, uf, multi);
    join_buckets(items, uf, single);
    join_middle_names(items, uf);
}

fn compatible(a: EntityKind, b: EntityKind) -> bool {
    a == b || a == EntityKind::Other || b == EntityKind::Other
}

/// The middle initials a name writes, as capitals: "George W. Bush" -> "W", "John Kerry" -> "".
pub(super) fn middle_initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 3 {
        return String::new();
    }
    words[1..words.len() - 1]
        .iter()
        .filter(|w| is_initial(w))
        .flat_map(|w| w.chars().filter(|c| c.is_uppercase()))
        .collect()
}

/// Rule 4: per first-and-last name, each person key joins the only other key of another length, when
/// the initials written with the shorter agree with the longer's middle names ("George W. Bush" is
/// not "George Herbert Walker Bush", although both are "George Bush").
fn join_middle_names(items: &[Local], uf: &mut UnionFind) {
    let mut by_fl: BTreeMap<String, BTreeMap<Vec<String>, usize>> = BTreeMap::new();
    let mut initials: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        if item.kind != EntityKind::Person || item.gazetteer_id.is_some() {
            continue;
        }
        let words = person_words(&item.name);
        if has_initials_inside(&words) {
            continue;
        }
        if let Some(fl) = first_last(&item.name) {
            let written = middle_initials(&item.name);
            if !written.is_empty() {
                initials.entry(words.clone()).or_default().insert(written);
            }
            by_fl.entry(fl).or_default().entry(words).or_insert(i);
        }
    }
    let agree = |short: &Vec<String>, long: &Vec<String>| {
        let letters: String = long[1..long.len() - 1]
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        initials
            .get(short)
            .is_none_or(|seen| seen.iter().all(|s| letters.starts_with(s.as_str())))
    };
    for keys in by_fl.values() {
        for (words, &i) in keys {
            let matching: Vec<usize> = keys
                .iter()
                .filter(|(other, _)| {
                    other.len() != words.len()
                        && (other.len() == 2 || words.len() == 2)
                        && if words.len() == 2 {
                            agree(words, other)
                        } else {
                            agree(other, words)
                        }
                })
                .map(|(_, &j)| j)
                .collect();
            if let [j] = matching.as_slice() {
                uf.union(i, *j);
            }
        }
    }
}

/// The members whose name (else an alias) is `name`: exact names first, then keys, then aliases.
fn named(items: &[Local], name: &str) -> Vec<usize> {
    let name = bare(name);
    let exact: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].name.eq_ignore_ascii_case(&name))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let keys = name_keys(&name);
    let by_key: Vec<usize> = (0..items.len())
        .filter(|&i| keys.contains(&match_key(&items[i].name, items[i].kind)))
        .collect();
    if !by_key.is_empty() {
        return by_key;
    }
    (0..items.len())
        .filter(|&i| {
            items[i]
                .aliases
                .iter()
                .any(|a| keys.contains(&other_key(a)))
        })
        .collect()
}

/// Who a user alias belongs to: the entity of an article entity, or an entity split off (by label).
#[derive(Debug, Clone, Copy)]
enum Target {
    Item(usize),
    Label(usize),
}

/// Groups `items` into entities (see the module docs). Clusters come in order of their first member.
pub fn cluster(items: &[Local], decisions: &[Decision]) -> Vec<Cluster> {
    let n = items.len();
    let mut uf = UnionFind::new(n);
    join_by_names(items, &mut uf);
    join_suffixes(items, &mut uf);
    join_slips(items, &mut uf);
    let mut preferred: Vec<usize> = Vec::new();
    let mut user_aliases: Vec<(Target, String)> = Vec::new();
    for d in decisions {
        if !matches!(d.action(), Some(Action::Merge | Action::Alias)) {
            continue;
        }
        let Some(&target) = named(items, &d.name).iter().min_by_key(|&&i| &items[i]) else {
            continue;
        };
        preferred.push(target);
        for other in named(items, &d.other_name) {
            uf.union(target, other);
        }
        user_aliases.push((Target::Item(target), bare(&d.other_name)));
    }
    let splits: Vec<(&Decision, Vec<usize>)> = decisions
        .iter()
        .filter(|d| d.action() == Some(Action::Split))
        .map(|d| (d, named(items, &d.name)))
        .collect();
    let forbidden: Forbidden = splits
        .iter()
        .flat_map(|(d, wholes)| {
            let key = other_key(&bare(&d.other_name));
            wholes.iter().map(move |&w| (w, key.clone()))
        })
        .map(|(w, key)| (uf.find(w), key))
        .collect();
    join_surnames(items, &mut uf, &forbidden);
    let mut label: Vec<usize> = (0..n).map(|i| uf.find(i)).collect();
    let mut split_kinds: HashMap<usize, EntityKind> = HashMap::new();
    let mut removed: Vec<(usize, String)> = Vec::new();
    for (k, (d, wholes)) in splits.iter().enumerate() {
        let part = bare(&d.other_name);
        let part_key = other_key(&part);
        let new_label = n + k;
        for &whole in wholes {
            let whole_label = label[whole];
            for i in 0..n {
                let written_part = other_key(&items[i].name) == part_key
                    || match_key(&items[i].name, items[i].kind) == person_key(&part);
                if label[i] == whole_label && written_part && i != whole {
                    label[i] = new_label;
                }
            }
            removed.push((whole_label, part_key.clone()));
        }
        if let Some(kind) = d.kind.as_deref() {
            split_kinds.insert(new_label, parse_kind(kind));
        }
        user_aliases.push((Target::Label(new_label), part));
    }
    let mut clusters = build(
        items,
        &label,
        &preferred,
        &user_aliases,
        &split_kinds,
        &removed,
    );
    apply_kinds(items, decisions, &mut clusters);
    clusters
}

/// `factdb entity kind NAME KIND`: the entity named NAME is of kind KIND (the last such decision wins).
fn apply_kinds(items: &[Local], decisions: &[Decision], clusters: &mut [Cluster]) {
    for d in decisions
        .iter()
        .filter(|d| d.action() == Some(Action::Kind))
    {
        let Some(kind) = d.kind.as_deref() else {
            continue;
        };
        let named = named(items, &d.name);
        for c in clusters.iter_mut() {
            if c.members.iter().any(|m| named.contains(m)) {
                c.kind = parse_kind(kind);
            }
        }
    }
}

/// Names each labelled cluster.
fn build(
    items: &[Local],
    label: &[usize],
    preferred: &[usize],
    user_aliases: &[(Target, String)],
    split_kinds: &HashMap<usize, EntityKind>,
    removed: &[(usize, String)],
) -> Vec<Cluster> {
    let mut by_label: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &l) in label.iter().enumerate() {
        by_label.entry(l).or_default().push(i);
    }
    let mut clusters: Vec<Cluster> = by_label
        .iter()
        .map(|(l, members)| {
            let kind = split_kinds
                .get(l)
                .copied()
                .unwrap_or_else(|| majority_kind(items, members));
            let mut c = name_cluster(items, members, kind, preferred);
            for (target, alias) in user_aliases {
                let here = match *target {
                    Target::Item(i) => label[i] == *l,
                    Target::Label(t) => t == *l,
                };
                if here {
                    c.aliases.insert(alias.clone(), Origin::User);
                }
            }
            for (whole, key) in removed {
                if whole == l {
                    c.aliases
                        .retain(|a, o| *o == Origin::Gazetteer || other_key(a) != *key);
                }
            }
            c
        })
        .collect();
    clusters.sort_by_key(|c| c.members[0]);
    clusters
}

fn majority_kind(items: &[Local], members: &[usize]) -> EntityKind {
    let mut counts: BTreeMap<EntityKind, usize> = BTreeMap::new();
    for &i in members {
        if items[i].kind != EntityKind::Other {
            *counts.entry(items[i].kind).or_default() += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
        .map_or(EntityKind::Other, |(k, _)| *k)
}

/// The canonical name: the gazetteer's, else the name a user decision named it by, else the fullest
/// name (most words, then most used, then first in alphabetical order).
fn name_cluster(
    items: &[Local],
    members: &[usize],
    kind: EntityKind,
    preferred: &[usize],
) -> Cluster {
    let gazetteer_id = members
        .iter()
        .filter_map(|&i| items[i].gazetteer_id.clone())
        .min();
    let entry = gazetteer_id.as_deref().and_then(gazetteer::entry);
    let mut aliases: BTreeMap<String, Origin> = BTreeMap::new();
    let mut add = |alias: &str, origin: Origin| {
        let slot = aliases.entry(alias.to_string()).or_insert(origin);
        *slot = (*slot).min(origin);
    };
    if let Some(entry) = entry {
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            add(name, Origin::Gazetteer);
        }
    }
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in members {
        *uses.entry(items[i].name.as_str()).or_default() += 1;
        for name in std::iter::once(&items[i].name).chain(&items[i].aliases) {
            add(name, Origin::Text);
            if kind == EntityKind::Person {
                for variant in initial_variants(name) {
                    add(&variant, Origin::Derived);
                }
            }
        }
    }
    let chosen = preferred.iter().find(|p| members.contains(p));
    let name = match (entry, chosen) {
        (Some(entry), _) => entry.name.to_string(),
        (None, Some(&p)) => items[p].name.clone(),
        (None, None) => uses
            .iter()
            .max_by_key(|(name, n)| (words(name), **n, std::cmp::Reverse(**name)))
            .map(|(name, _)| name.to_string())
            .unwrap_or_default(),
    };
    Cluster {
        members: members.to_vec(),
        name,
        kind,
        gazetteer_id,
        aliases,
    }
}

#[cfg(test)]
#[path = "cluster_tests.rs"]
mod tests;
