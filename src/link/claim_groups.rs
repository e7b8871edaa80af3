//! Claim groups: the same assertion carried by several articles, often in different words.
//!
//! Two claims of different articles are the same claim when their articles may be the same news
//! ([`Story`]: published within [`MAX_DAYS`], or undated but sharing a quote group or most of their
//! entities) and
//! - their words are the same (at least [`MIN_IDENTICAL`] words after folding; from
//!   [`IDENTICAL_ALONE`] words no other evidence of the same story is needed), or
//! - they are about the same things and say the same of them: at least [`SAME_ENTITIES`] resolved
//!   entities in common, half of all their entities, and [`MIN_SHARED_WORDS`] content words in common
//!   (stemmed, with the synonyms of `data/linking/claim_synonyms.tsv`: share / cooperation /
//!   coordination), or
//! - they share an entity and most of their content words (Dice >= [`SAME_WORDING`], at least
//!   [`MIN_WORDING_WORDS`] words), or
//! - without other evidence of the same story (unless the dates are days apart): they share an entity
//!   and nearly all content words (Dice >= [`CLOSE_WORDING`], [`CLOSE_WORDING_WORDS`] words), or
//! - neither names an entity and their content words are the same (Dice >= [`SAME_WORDING_ALONE`]).
//!
//! Identical claims of articles days apart are the same only when long ([`LONG_VERBATIM`] words).
//! Page furniture (`data/linking/claim_furniture.txt`: credits, captions, "contributed to this report")
//! is never grouped. Groups are the connected components; a claim alone keeps `claim_group_id` NULL.
//!
//! A group's `disagreement` names the members that conflict and why: different figures for the same
//! counted thing (same unit, members sharing an entity), or a negated member whose wording is otherwise
//! that of an affirmative one (it denies the other's main proposition).

use crate::extract::claims::lexicon::STOPWORDS;
use crate::extract::entities::names::other_key;
use crate::link::quote_groups::day_number;
use crate::link::union_find::UnionFind;
use crate::store::Result;
use rusqlite::{params, Connection};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

/// Identical claims (folded words) of at least this many words are one claim within one story.
pub const MIN_IDENTICAL: usize = 4;
/// ... without further evidence of the same story (unless days apart) from this many words...
pub const IDENTICAL_ALONE: usize = 8;
/// ... and whatever the dates from this many words.
pub const LONG_VERBATIM: usize = 12;
/// Entities two rewordings must have in common.
pub const SAME_ENTITIES: usize = 3;
/// Content words they must have in common.
pub const MIN_SHARED_WORDS: usize = 2;
/// Dice of content words for claims sharing fewer entities.
pub const SAME_WORDING: f64 = 0.45;
/// ... with at least this many content words in common.
pub const MIN_WORDING_WORDS: usize = 3;
/// Dice of content words for claims sharing an entity to be one claim without other evidence of the
/// same story.
pub const CLOSE_WORDING: f64 = 0.7;
/// ... with at least this many content words in common.
pub const CLOSE_WORDING_WORDS: usize = 3;
/// Dice of content words for claims naming no entity.
pub const SAME_WORDING_ALONE: f64 = 0.6;
/// Articles published more than this many days apart are different news.
pub const MAX_DAYS: i64 = 3;
/// Undated articles are one story when their entities overlap this much (Jaccard)...
pub const STORY_ENTITIES: f64 = 0.35;
/// ... with at least this many in common.
pub const STORY_MIN_ENTITIES: usize = 5;
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
    /// (value, unit, approximate) of each quantity given as a figure (vague plurals such as "dozens
    /// of" are left out: an order of magnitude contradicts no figure).
    pub quantities: Vec<(f64, Option<String>, bool)>,
    /// Who carries it, for the disagreement text: the outlet's name, else the article's title.
    pub label: String,
}

/// A group found by [`group`]: member indexes into the input, and why members disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub members: Vec<usize>,
    pub disagreement: Option<String>,
}

/// What is known about the articles, to tell whether two claims may be the same news.
#[derive(Debug, Clone, Default)]
pub struct Story {
    /// Day number of each article's publication date (see [`day_number`]).
    pub days: HashMap<i64, i64>,
    /// Entities each article names (ids: only compared with each other).
    pub entities: HashMap<i64, Vec<i64>>,
    /// The quote groups spanning two or more articles that each article carries (ascending): two
    /// articles sharing one report the same story. Per article, not per pair of articles: a quote
    /// carried by 10,000 articles is 10,000 entries, not 50 million pairs.
    pub quote_groups: HashMap<i64, Vec<i64>>,
}

impl Story {
    /// May articles `a` and `b` report the same news?
    fn same(&self, a: i64, b: i64) -> bool {
        match (self.days.get(&a), self.days.get(&b)) {
            (Some(x), Some(y)) => (x - y).abs() <= MAX_DAYS,
            _ => self.quoted_together(a, b) || self.entities_overlap(a, b),
        }
    }
    fn far(&self, a: i64, b: i64) -> bool {
        matches!((self.days.get(&a), self.days.get(&b)), (Some(x), Some(y)) if (x - y).abs() > MAX_DAYS)
    }
    fn quoted_together(&self, a: i64, b: i64) -> bool {
        match (self.quote_groups.get(&a), self.quote_groups.get(&b)) {
            (Some(x), Some(y)) => sorted_common(x, y) > 0,
            _ => false,
        }
    }
    fn entities_overlap(&self, a: i64, b: i64) -> bool {
        let (Some(x), Some(y)) = (self.entities.get(&a), self.entities.get(&b)) else {
            return false;
        };
        let common = sorted_common(x, y);
        let union = (x.len() + y.len() - common).max(1);
        common >= STORY_MIN_ENTITIES && common as f64 >= STORY_ENTITIES * union as f64
    }
}

static SYNONYMS: LazyLock<Vec<(String, Vec<String>)>> = LazyLock::new(|| {
    include_str!("../../data/linking/claim_synonyms.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(canonical, words)| {
            (
                canonical.trim().to_string(),
                words.split_whitespace().map(str::to_string).collect(),
            )
        })
        .collect()
});

static FURNITURE: LazyLock<Vec<String>> = LazyLock::new(|| {
    include_str!("../../data/linking/claim_furniture.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

/// Is this claim page furniture (a credit, a caption, a subscription line)?
pub fn is_furniture(text: &str) -> bool {
    let lower = text.to_lowercase();
    FURNITURE.iter().any(|f| lower.contains(f.as_str()))
}

/// The canonical word for a stem: its synonym row's first word (a row entry of five letters or more
/// also matches longer stems: "cooper" covers "cooperation").
fn canonical(stem: String) -> String {
    for (canonical, words) in SYNONYMS.iter() {
        let hit = words
            .iter()
            .any(|w| *w == stem || (w.len() >= 5 && stem.starts_with(w.as_str())));
        if hit {
            return canonical.clone();
        }
    }
    stem
}

/// The folded words of a claim (for identity) and its content words (stemmed, synonyms folded).
fn words(text: &str) -> (Vec<String>, BTreeSet<String>) {
    let folded: Vec<String> = crate::link::quote_groups::normalized_words(text);
    let content = folded
        .iter()
        .filter(|w| {
            !STOPWORDS.contains(&w.as_str())
                && w.chars().count() >= 3
                && !w.chars().any(|c| c.is_ascii_digit())
                && !NOT_SUBJECTS.contains(&w.as_str())
        })
        .map(|w| canonical(stem(w)))
        .collect();
    (folded, content)
}

pub fn stem(word: &str) -> String {
    let mut w = word
        .to_lowercase()
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .to_string();
    if w.ends_with("ies") && w.len() > 4 {
        w.truncate(w.len() - 3);
        w.push('y');
        return w;
    }
    for suffix in ["ing", "ed", "es", "s"] {
        if w.ends_with(suffix)
            && w.len() - suffix.len() >= 3
            && !w.ends_with("ss")
            && !w.ends_with("us")
        {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    if w.ends_with('e') && w.len() > 3 {
        w.pop();
    }
    w
}
/// Words that say nothing of what a claim asserts: contractions of "I" and courtesy titles.
const NOT_SUBJECTS: &[&str] = &[
    "i'm",
    "i\u{2019}m",
    "i've",
    "i'd",
    "i'll",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// What grouping compares of a claim, kept small: a database's claims are all in memory at once.
pub struct Features {
    /// Hash of the folded words, for claims of at least [`MIN_IDENTICAL`] words.
    identity: Option<u64>,
    /// How many folded words.
    len: usize,
    /// Content words (stemmed, synonyms folded) as ids of an [`Interner`], ascending.
    content: Vec<u32>,
    /// Entity keys, ascending.
    entities: Vec<i64>,
    furniture: bool,
}

/// Numbers standing for content words, so each distinct word is stored once.
#[derive(Default)]
pub struct Interner(HashMap<String, u32>);

impl Interner {
    fn id(&mut self, word: String) -> u32 {
        let next = self.0.len() as u32;
        *self.0.entry(word).or_insert(next)
    }
}

impl Features {
    pub fn new(text: &str, entities: &[i64], words_ids: &mut Interner) -> Features {
        let (folded, content) = words(text);
        let mut content: Vec<u32> = content.into_iter().map(|w| words_ids.id(w)).collect();
        content.sort_unstable();
        content.dedup();
        let mut entities = entities.to_vec();
        entities.sort_unstable();
        entities.dedup();
        Features {
            identity: (folded.len() >= MIN_IDENTICAL).then(|| hash(&folded.join(" "))),
            len: folded.len(),
            content,
            entities,
            furniture: is_furniture(text),
        }
    }
}

fn hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// How many values two ascending lists share.
fn sorted_common<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * sorted_common(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Are these two claims (of different articles) the same assertion? See the module docs.
fn same_claim(a: &Features, b: &Features, story: &Story, (x, y): (i64, i64)) -> bool {
    if a.identity.is_some() && a.identity == b.identity && a.len == b.len {
        // "ahead of the vote": short identical wordings need the same story (or the rules below).
        let identical = match a.len {
            n if n >= LONG_VERBATIM => true,
            n if n >= IDENTICAL_ALONE => !story.far(x, y),
            _ => story.same(x, y),
        };
        if identical {
            return true;
        }
    }
    let shared_entities = sorted_common(&a.entities, &b.entities);
    let all_entities = a.entities.len() + b.entities.len() - shared_entities;
    let shared_words = sorted_common(&a.content, &b.content);
    // Strong enough without other evidence of the same story (unless days apart): nearly the same
    // wording about a common entity. (A common figure is not: "60 votes", "three weeks", "17 percent"
    // recur across stories.)
    let close_wording = shared_entities >= 1
        && shared_words >= CLOSE_WORDING_WORDS
        && dice(&a.content, &b.content) >= CLOSE_WORDING;
    if close_wording && !story.far(x, y) {
        return true;
    }
    let same_things = shared_entities >= SAME_ENTITIES
        && 2 * shared_entities >= all_entities
        && shared_words >= MIN_SHARED_WORDS;
    let same_wording = if shared_entities >= 1 {
        shared_words >= MIN_WORDING_WORDS && dice(&a.content, &b.content) >= SAME_WORDING
    } else {
        all_entities == 0
            && shared_words >= MIN_WORDING_WORDS
            && dice(&a.content, &b.content) >= SAME_WORDING_ALONE
    };
    // The story test last: it is the costly one (entities of two articles), and most candidate pairs
    // fail the wording tests.
    (same_things || same_wording) && story.same(x, y)
}

/// Groups claims (see the module docs). Members and groups are in input order.
pub fn group(rows: &[ClaimRow], story: &Story) -> Vec<Group> {
    let mut interner = Interner::default();
    let feats: Vec<Features> = rows
        .iter()
        .map(|r| Features::new(&r.text, &r.entities, &mut interner))
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
fn components(feats: &[Features], articles: &[i64], story: &Story) -> Vec<Vec<usize>> {
    const ENTITY: u64 = 1;
    const WORD: u64 = 2;
    let key = |kind: u64, value: u64| value.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ kind;
    let keys_of = |f: &Features| -> Vec<u64> {
        f.entities
            .iter()
            .map(|&e| key(ENTITY, e as u64))
            .chain(f.content.iter().map(|&w| key(WORD, u64::from(w))))
            .chain(f.identity)
            .collect()
    };
    let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, f) in feats.iter().enumerate() {
        if !f.furniture {
            for k in keys_of(f) {
                index.entry(k).or_default().push(i as u32);
            }
        }
    }
    let mut uf = UnionFind::new(feats.len());
    let mut matched = vec![false; feats.len()];
    let mut candidates: Vec<u32> = Vec::new();
    for (i, f) in feats.iter().enumerate() {
        if f.furniture {
            continue;
        }
        candidates.clear();
        for k in keys_of(f) {
            let posting = &index[&k];
            if posting.len() <= MAX_POSTINGS {
                candidates.extend(posting.iter().filter(|&&j| j as usize > i));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &j in &candidates {
            let j = j as usize;
            let (ai, aj) = (articles[i], articles[j]);
            if ai != aj && same_claim(f, &feats[j], story, (ai, aj)) {
                matched[i] = true;
                matched[j] = true;
                uf.union(i, j);
            }
        }
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

fn normalise_unit(unit: &Option<String>) -> String {
    unit.as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(stem)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why members of a group disagree, naming them: different figures for the same counted thing by
/// members about a common entity, or a negated member denying what an affirmative one says.
fn disagreement(members: &[(&ClaimRow, &Features)]) -> Option<String> {
    let mut reasons = Vec::new();
    for (x, (a, fa)) in members.iter().enumerate() {
        for (b, fb) in &members[x + 1..] {
            if a.article_id == b.article_id {
                continue;
            }
            if let Some(r) = pair_disagreement(a, b, fa, fb) {
                if !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
        }
    }
    reasons.sort();
    (!reasons.is_empty()).then(|| reasons.join("; "))
}

fn pair_disagreement(a: &ClaimRow, b: &ClaimRow, fa: &Features, fb: &Features) -> Option<String> {
    let (a, b, fa, fb) = if (a.label.as_str(), &a.text) <= (b.label.as_str(), &b.text) {
        (a, b, fa, fb)
    } else {
        (b, a, fb, fa)
    };
    let about_same = sorted_common(&fa.entities, &fb.entities) > 0
        || fa.entities.is_empty() && fb.entities.is_empty();
    for (va, ua, approx_a) in &a.quantities {
        for (vb, ub, approx_b) in &b.quantities {
            let unit = normalise_unit(ua);
            // "about 60" and "roughly 62" agree: an approximate figure allows a tenth either way.
            let tolerance = if *approx_a || *approx_b { 0.1 } else { 1e-9 };
            if ua.is_some()
                && unit == normalise_unit(ub)
                && about_same
                && (va - vb).abs() > tolerance * va.abs().max(vb.abs()).max(1.0)
            {
                return Some(format!(
                    "numbers differ: {} vs {} {} ({} vs {})",
                    format_value(*va),
                    format_value(*vb),
                    ua.as_deref().unwrap_or(""),
                    a.label,
                    b.label
                ));
            }
        }
    }
    if a.negated != b.negated && dice(&fa.content, &fb.content) >= 0.6 {
        let (yes, no) = if a.negated { (b, a) } else { (a, b) };
        if !negates(&no.text, &yes.text) {
            return None;
        }
        return Some(format!(
            "negation: {} denies what {} says",
            no.label, yes.label
        ));
    }
    None
}

/// Does `negated` deny what `affirmative` says? When its own words carry the negation ("the dam is
/// not safe"), the words on either side of it must stand side by side in `affirmative` ("the dam is
/// safe"): two cuts of one quotation, one stopping before its "not", or a "not" inside words the other
/// does not carry, deny nothing. When the negation comes from the cue alone ("denied that the dam
/// failed"), the wording match that grouped them is the evidence.
fn negates(negated: &str, affirmative: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (n, a) = (words(negated), words(affirmative));
    let at: Vec<usize> = (0..n.len())
        .filter(|&i| crate::extract::claims::hedges::is_negation_word(&n[i]))
        .collect();
    if at.is_empty() {
        return true;
    }
    at.iter().any(|&i| {
        i > 0 && i + 1 < n.len() && a.windows(2).any(|w| w[0] == n[i - 1] && w[1] == n[i + 1])
    })
}

fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.3}")
    }
}

/// Recomputes `claim_groups` and `claims.claim_group_id`.
///
/// Claims are read one row at a time and kept only as [`Features`]; texts, labels and figures are read
/// again for the members of groups only.
pub fn regroup(conn: &Connection) -> Result<()> {
    let entities = claim_entity_keys(conn)?;
    let mut interner = Interner::default();
    let (mut ids, mut articles, mut feats) = (Vec::new(), Vec::new(), Vec::new());
    let mut stmt =
        conn.prepare("SELECT claim_id, article_id, text FROM claims ORDER BY claim_id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let text: String = r.get(2)?;
        let keys = entities.get(&id).map(Vec::as_slice).unwrap_or(&[]);
        feats.push(Features::new(&text, keys, &mut interner));
        ids.push(id);
        articles.push(r.get::<_, i64>(1)?);
    }
    drop(rows);
    drop(stmt);
    drop(entities);
    drop(interner);
    let story = load_story(conn)?;
    let groups = components(&feats, &articles, &story);
    drop(story);
    conn.execute(
        "UPDATE claims SET claim_group_id = NULL WHERE claim_group_id IS NOT NULL",
        [],
    )?;
    conn.execute("DELETE FROM claim_groups", [])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO claim_groups (text, disagreement, outlets) VALUES (?1, ?2, ?3)",
    )?;
    let mut assign =
        conn.prepare_cached("UPDATE claims SET claim_group_id = ?1 WHERE claim_id = ?2")?;
    let sources = independent_sources(conn)?;
    for members in &groups {
        let rows = members
            .iter()
            .map(|&m| member(conn, ids[m]))
            .collect::<Result<Vec<ClaimRow>>>()?;
        let pairs: Vec<(&ClaimRow, &Features)> = rows
            .iter()
            .zip(members.iter().map(|&m| &feats[m]))
            .collect();
        // The longest wording represents the group (then the first in text order): content only.
        let text = rows
            .iter()
            .map(|r| &r.text)
            .max_by_key(|t| (t.len(), std::cmp::Reverse(*t)))
            .expect("a group has members");
        let outlets: BTreeSet<i64> = rows
            .iter()
            .map(|r| sources.get(&r.article_id).copied().unwrap_or(-r.article_id))
            .collect();
        insert.execute(params![text, disagreement(&pairs), outlets.len() as i64])?;
        let id = conn.last_insert_rowid();
        for r in &rows {
            assign.execute(params![id, r.claim_id])?;
        }
    }
    Ok(())
}

/// The independent source of each article: its outlet (or minus its id when unknown), a copy counting
/// as its original's.
pub fn independent_sources(conn: &Connection) -> Result<HashMap<i64, i64>> {
    let mut stmt = conn.prepare(
        "SELECT a.article_id, coalesce(o.outlet_id, -o.article_id)
         FROM articles a JOIN articles o ON o.article_id = coalesce(
             (SELECT min(original_article_id) FROM article_copies c WHERE c.article_id = a.article_id),
             a.article_id)",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn load_story(conn: &Connection) -> Result<Story> {
    let mut story = Story::default();
    let mut stmt =
        conn.prepare("SELECT article_id, published FROM articles WHERE published IS NOT NULL")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (id, date) = row?;
        if let Some(day) = day_number(&date) {
            story.days.insert(id, day);
        }
    }
    let mut stmt = conn.prepare(
        "SELECT DISTINCT article_id, entity_id FROM mentions ORDER BY article_id, entity_id",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
        let (a, e) = row?;
        story.entities.entry(a).or_default().push(e);
    }
    let mut stmt = conn.prepare(
        "SELECT DISTINCT article_id, quote_group_id FROM quotes WHERE quote_group_id IN (
             SELECT quote_group_id FROM quotes WHERE quote_group_id IS NOT NULL
             GROUP BY quote_group_id HAVING count(DISTINCT article_id) >= 2)
         ORDER BY article_id, quote_group_id",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
        let (a, g) = row?;
        story.quote_groups.entry(a).or_default().push(g);
    }
    Ok(story)
}

/// The entity keys of every claim naming one. Entities are compared by folded name, not id: one
/// article's "Hradek" taken for a person and another's for a place are two entities, but a claim
/// about either is about "hradek".
fn claim_entity_keys(conn: &Connection) -> Result<HashMap<i64, Vec<i64>>> {
    let mut stmt = conn.prepare(
        "SELECT ce.claim_id, e.name FROM claim_entities ce JOIN entities e USING (entity_id)",
    )?;
    let pairs = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let mut keys: HashMap<String, i64> = HashMap::new();
    let mut of: HashMap<i64, Vec<i64>> = HashMap::new();
    for pair in pairs {
        let (claim, name) = pair?;
        let next = keys.len() as i64;
        let key = *keys.entry(other_key(&name)).or_insert(next);
        of.entry(claim).or_default().push(key);
    }
    Ok(of)
}

/// One claim of a group, with what the group row and its disagreement need.
fn member(conn: &Connection, claim_id: i64) -> Result<ClaimRow> {
    let mut row = conn
        .prepare_cached(
            "SELECT c.claim_id, c.article_id, c.text, c.negated, coalesce(o.name, a.title, a.source)
             FROM claims c JOIN articles a USING (article_id)
             LEFT JOIN outlets o ON o.outlet_id = a.outlet_id WHERE c.claim_id = ?1",
        )?
        .query_row([claim_id], |r| {
            Ok(ClaimRow {
                claim_id: r.get(0)?,
                article_id: r.get(1)?,
                text: r.get(2)?,
                negated: r.get(3)?,
                label: r.get(4)?,
                ..ClaimRow::default()
            })
        })?;
    let mut stmt = conn.prepare_cached(
        "SELECT value, unit, approximate, text FROM claim_quantities WHERE claim_id = ?1
         ORDER BY claim_quantity_id",
    )?;
    let figures = stmt.query_map([claim_id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?))
    })?;
    row.quantities = Vec::new();
    for figure in figures {
        let (value, unit, approximate, text) = figure?;
        if !crate::extract::claims::quantities::is_vague(&text) {
            row.quantities.push((value, unit, approximate));
        }
    }
    Ok(row)
}

#[cfg(test)]
mod tests;
