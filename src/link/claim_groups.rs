//! Claim groups: the same assertion carried by several articles, often in different words.
//!
//! What makes two claims one ([`decide`]) and what grouping compares of a claim ([`features`]) have
//! their own files; this one finds candidates, builds the groups and reads and writes the database.
//!
//! Two claims of different articles are the same claim when their articles may be the same news
//! ([`Story`]: published within [`MAX_DAYS`], or undated but sharing a quote group or most of their
//! entities) and
//! - their words are the same (at least [`MIN_IDENTICAL`] words after folding; from
//!   [`IDENTICAL_ALONE`] words no other evidence of the same story is needed), or
//! - they are about the same things and say the same of them: at least [`SAME_ENTITIES`] resolved
//!   entities in common, half of all their entities, and [`MIN_SHARED_WORDS`] content words in common
//!   (stemmed, with the synonyms of `data/linking/claim_synonyms.tsv`: share / cooperation /
//!   coordination), both with a main predicate and Dice >= [`REWORDED_DICE`], or
//! - they share an entity and most of their content words (Dice >= [`SAME_WORDING`], at least
//!   [`MIN_WORDING_WORDS`] words), or
//! - without other evidence of the same story (unless the dates are days apart): they share an entity
//!   and nearly all content words (Dice >= [`CLOSE_WORDING`], [`CLOSE_WORDING_WORDS`] words), or
//! - neither names an entity and their content words are the same (Dice >= [`SAME_WORDING_ALONE`]).
//!
//! Identical claims of articles days apart are the same only when long ([`LONG_VERBATIM`] words).
//! Claims naming years, none in common, are never the same; reworded claims must share
//! [`MIN_SHARED_WORDS`] content words besides names and titles; fragments with fewer than
//! [`MIN_CONTENT`] such words ("said White House Press Secretary Josh Earnest") group only with the
//! same words. The two rules through entities and a few words do not join claims whose main
//! predicates ([`predicate`]) are both known and neither among the other's words (a claim with no
//! verb of its own takes its cue's when the cue says something of it, "[endorsed] the party's
//! nominee": [`predicate::cue_predicate`]). Page furniture (`data/lexicon/claim_furniture.txt`: credits, captions, "contributed to
//! this report") is never grouped. A claim carrying two statements ("S1, but S2") joins other
//! claims through one of them only ([`decide::one_part`]). Groups are the connected components of
//! the matches ([`decide::best_matches`]); a claim alone keeps `claim_group_id` NULL.
//!
//! A group's `disagreement` names the members that conflict and why: different figures for the same
//! counted thing (same unit, words of the figures' clauses in common, members sharing an entity and
//! naming no different years; a figure both give is agreed on; a reading "now" or "so far" is
//! compared with none), or a negated member denying an
//! affirmative one: the same wording, or its negated main verb and object said by the other
//! ([`decide`]).

use crate::link::group_rows::{group_number, move_members, numbered, GroupTable};
use crate::link::union_find::UnionFind;
use crate::store::Result;
use rusqlite::types::Value;
use rusqlite::Connection;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

mod database;
mod decide;
mod disagree;
mod features;
mod predicate;

use crate::extract::entities::names::other_key;
use crate::link::quote_groups::day_number;
pub use database::{independent_sources, regroup};
use decide::{best_matches, same_claim, Match};
pub use decide::{
    Story, CLOSE_WORDING, CLOSE_WORDING_WORDS, IDENTICAL_ALONE, LONG_VERBATIM, MAX_DAYS,
    MIN_IDENTICAL, MIN_SHARED_WORDS, MIN_WORDING_WORDS, REWORDED_DICE, SAME_ENTITIES, SAME_WORDING,
    SAME_WORDING_ALONE, STORY_ENTITIES, STORY_MIN_ENTITIES,
};
use disagree::disagreement;
pub use disagree::{Figure, CONTEXT_WORDS, SAME_COUNTED_WORDS};
use features::sorted_common;
pub use features::{is_furniture, stem, Features, Interner, Mention, Who, MIN_CONTENT};

/// A word carried by more claims than this proposes no pairs (too common to say anything).
const MAX_POSTINGS: usize = 300;

/// One claim as the grouping sees it.
#[derive(Debug, Clone, Default)]
pub struct ClaimRow {
    pub claim_id: i64,
    pub article_id: i64,
    pub text: String,
    pub negated: bool,
    /// The entities it is about, as numbers standing for their folded names.
    pub entities: Vec<i64>,
    /// Each quantity given as a figure (vague plurals such as "dozens of" are left out: an order of
    /// magnitude contradicts no figure).
    pub quantities: Vec<Figure>,
    /// Who carries it, for the disagreement text: the outlet's name, else the article's title.
    pub label: String,
    /// The entity mentions inside it (the pronouns and roles the resolver tied to a name among
    /// them), to tell who its subject is.
    pub mentions: Vec<Mention>,
    /// Its source's entities: the subject of a claim opening with its verb's infinitive.
    pub source: Vec<i64>,
    /// Its cue ("said", "opposes"): the predicate of a claim whose text has no verb.
    pub cue: Option<String>,
}

/// A group found by [`group`]: member indexes into the input, and why members disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub members: Vec<usize>,
    pub disagreement: Option<String>,
}

/// Groups claims (see the module docs). Members and groups are in input order.
pub fn group(rows: &[ClaimRow], story: &Story) -> Vec<Group> {
    let mut interner = Interner::default();
    let feats: Vec<Features> = rows
        .iter()
        .map(|r| {
            let who = Who {
                mentions: &r.mentions,
                source: &r.source,
                name_words: None,
                cue: r.cue.as_deref(),
            };
            Features::new(&r.text, &r.entities, who, &mut interner)
        })
        .collect();
    let articles: Vec<i64> = rows.iter().map(|r| r.article_id).collect();
    components(&feats, &articles, story)
        .into_iter()
        .map(|members| Group {
            disagreement: disagreement(
                &members
                    .iter()
                    .map(|&m| (&rows[m], &feats[m]))
                    .collect::<Vec<_>>(),
            ),
            members,
        })
        .collect()
}

/// The groups of claims (member indexes, ascending; groups in order of their first member) given each
/// claim's features and article.
///
/// Candidates are claims sharing an entity, a content word or their whole wording; a key carried by
/// more than [`MAX_POSTINGS`] claims proposes nothing. Each claim's candidates are collected and
/// checked one claim at a time, so memory holds the index, not the pairs checked.
///
/// Most candidates share one common word or entity and nothing else, so while collecting them the
/// content words each shares are counted (words of capped postings counted as they are met, words
/// too common to propose anyone compared per pair): a pair with different wordings sharing fewer than
/// [`decide::MIN_WORDS_ANY_RULE`] content words fails every rule and is never compared.
fn components(feats: &[Features], articles: &[i64], story: &Story) -> Vec<Vec<usize>> {
    let index = Postings::new(feats);
    let frequent = Frequent::new(feats, &index);
    // One bit per frequent word (hashed): claims whose masks are disjoint share none.
    let masks: Vec<u64> = (0..feats.len())
        .map(|i| {
            frequent.of(i).iter().fold(0, |m, &w| {
                m | 1 << (u64::from(w).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58)
            })
        })
        .collect();
    let mut matches = Vec::new();
    let mut through = Vec::new();
    let mut candidates = Candidates::new(feats.len());
    for (i, f) in feats.iter().enumerate() {
        if f.furniture {
            continue;
        }
        candidates.collect(i, f, &index, frequent.of(i).len());
        let shared = &candidates.shared;
        for &j in &candidates.list {
            let j = j as usize;
            let (ai, aj) = (articles[i], articles[j]);
            if ai == aj {
                continue;
            }
            let may = || {
                let mut words = shared[j] as usize;
                // Disjoint masks: no common word to count.
                if words < decide::MIN_WORDS_ANY_RULE && masks[i] & masks[j] != 0 {
                    words += sorted_common(frequent.of(i), frequent.of(j));
                }
                words >= decide::MIN_WORDS_ANY_RULE
                    || f.identity.is_some() && f.identity == feats[j].identity
            };
            if !may() {
                debug_assert!(same_claim(f, &feats[j], story, (ai, aj)) == Match::No);
                continue;
            }
            let m = same_claim(f, &feats[j], story, (ai, aj));
            if m != Match::No {
                matches.push((i, j, m));
                let (x, y) = (f, &feats[j]);
                let d = features::dice(&x.content, &y.content);
                through.push((decide::through_part(x, y), decide::through_part(y, x), d));
            }
        }
    }
    let mut uf = UnionFind::new(feats.len());
    let mut matched = vec![false; feats.len()];
    let kept = decide::one_part(&matches, &through);
    let matches: Vec<_> = (matches.into_iter().zip(kept))
        .filter_map(|(m, k)| k.then_some(m))
        .collect();
    for (i, j) in best_matches(&matches, articles) {
        matched[i] = true;
        matched[j] = true;
        uf.union(i, j);
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &m) in matched.iter().enumerate() {
        if m {
            let root = uf.find(i);
            groups.entry(root).or_default().push(i);
        }
    }
    groups.into_values().collect()
}

/// The candidates of one claim: the claims after it sharing a key whose posting is walked, each with
/// the capped content words it shares with the claim. Reused from claim to claim.
struct Candidates {
    list: Vec<u32>,
    /// Per claim: the capped words it shares with the claim last collected for.
    shared: Vec<u32>,
    /// Per claim: the claim it was last met for, plus one (so nothing is cleared between claims).
    seen: Vec<u32>,
}

impl Candidates {
    fn new(n: usize) -> Candidates {
        Candidates {
            list: Vec::new(),
            shared: vec![0; n],
            seen: vec![0; n],
        }
    }

    /// Collects the candidates of claim `i`, which has `frequent` words too common to propose any.
    fn collect(&mut self, i: usize, f: &Features, index: &Postings, frequent: usize) {
        self.list.clear();
        let stamp = i as u32 + 1;
        let mut meet = |posting: &[u32], word: bool| {
            // Postings ascend: only the claims after `i` are its candidates.
            let after = posting.partition_point(|&j| j as usize <= i);
            for &j in &posting[after..] {
                let j = j as usize;
                if self.seen[j] != stamp {
                    self.seen[j] = stamp;
                    self.shared[j] = 0;
                    self.list.push(j as u32);
                }
                self.shared[j] += u32::from(word);
            }
        };
        let mut words: Vec<&[u32]> = (f.content.iter())
            .filter_map(|&w| index.get(Postings::word(w)))
            .filter(|p| p.len() <= MAX_POSTINGS)
            .collect();
        // A candidate with a different wording must share `need` of these words: one sharing fewer
        // proposes nothing worth comparing, so the candidates met only through an entity (when
        // `need` > 0) or only through the `need - 1` longest word postings are never collected; the
        // latter are looked up in those postings for the candidates the others propose.
        let need = decide::MIN_WORDS_ANY_RULE.saturating_sub(frequent);
        words.sort_by_key(|p| p.len());
        let skipped = words.split_off(words.len() - need.saturating_sub(1).min(words.len()));
        for p in words {
            meet(p, true);
        }
        let entities = f.entities.iter().map(|&e| Postings::entity(e));
        let entities = entities.filter(|_| need == 0);
        for p in entities.chain(f.identity).filter_map(|k| index.get(k)) {
            if p.len() <= MAX_POSTINGS {
                meet(p, false);
            }
        }
        for &j in &self.list {
            for p in &skipped {
                self.shared[j as usize] += u32::from(p.binary_search(&j).is_ok());
            }
        }
    }
}

/// Each claim's content words too common to propose candidates (their postings are not walked), in
/// one array: a list per claim would cost an allocation each, several MB at 300,000 claims.
struct Frequent {
    words: Vec<u32>,
    /// Where each claim's words start in `words` (one more entry than claims).
    at: Vec<u32>,
}

impl Frequent {
    fn new(feats: &[Features], index: &Postings) -> Frequent {
        let mut words = Vec::new();
        let mut at = vec![0];
        for f in feats {
            let common =
                |&&w: &&u32| (index.get(Postings::word(w))).is_none_or(|p| p.len() > MAX_POSTINGS);
            words.extend(f.content.iter().filter(common));
            at.push(words.len() as u32);
        }
        Frequent { words, at }
    }
    fn of(&self, i: usize) -> &[u32] {
        &self.words[self.at[i] as usize..self.at[i + 1] as usize]
    }
}

/// The claims (indexes, ascending) carrying each candidate key: an entity, a content word or a whole
/// wording. Furniture carries none.
///
/// Every posting is a range of one array (counted in a first pass, filled in a second): a vector per
/// key cost an allocation for each of the hundreds of thousands of keys carried by one claim (most
/// wordings), and spare capacity in the others.
struct Postings {
    /// Key -> its posting's number.
    slots: HashMap<u64, u32>,
    /// Where each posting starts in `claims` (one more entry than postings).
    start: Vec<u32>,
    claims: Vec<u32>,
}

impl Postings {
    fn new(feats: &[Features]) -> Postings {
        let keys = |f: &Features| {
            let words = f.content.iter().map(|&w| Postings::word(w));
            let entities = f.entities.iter().map(|&e| Postings::entity(e));
            words
                .chain(entities)
                .chain(f.identity)
                .collect::<Vec<u64>>()
        };
        let carrying = || feats.iter().enumerate().filter(|(_, f)| !f.furniture);
        let mut slots: HashMap<u64, u32> = HashMap::new();
        let mut count: Vec<u32> = Vec::new();
        for (_, f) in carrying() {
            for k in keys(f) {
                let next = slots.len() as u32;
                let slot = *slots.entry(k).or_insert(next) as usize;
                if slot == count.len() {
                    count.push(0);
                }
                count[slot] += 1;
            }
        }
        let mut start = Vec::with_capacity(count.len() + 1);
        start.push(0);
        for c in &mut count {
            let at = *start.last().expect("starts at 0");
            start.push(at + *c);
            // From here on: where the posting's next claim goes.
            *c = at;
        }
        let mut claims = vec![0; *start.last().expect("starts at 0") as usize];
        for (i, f) in carrying() {
            for k in keys(f) {
                let at = &mut count[slots[&k] as usize];
                claims[*at as usize] = i as u32;
                *at += 1;
            }
        }
        Postings {
            slots,
            start,
            claims,
        }
    }
    fn get(&self, key: u64) -> Option<&[u32]> {
        let slot = *self.slots.get(&key)? as usize;
        Some(&self.claims[self.start[slot] as usize..self.start[slot + 1] as usize])
    }
    fn key(kind: u64, value: u64) -> u64 {
        value.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ kind
    }
    fn entity(e: i64) -> u64 {
        Postings::key(1, e as u64)
    }
    fn word(w: u32) -> u64 {
        Postings::key(2, u64::from(w))
    }
}

#[cfg(test)]
mod tests;
