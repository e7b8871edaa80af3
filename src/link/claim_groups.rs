//! Claim groups: claims that say the same thing about the same entities in several articles.
//!
//! Two claims from different articles are the same claim when
//! - they are about the same things: their *keys* (database entity ids of the entities in the
//!   content, plus the capitalised words, which catch names entity recognition missed) overlap by at
//!   least half of the smaller key set; and
//! - they say the same about them: the Dice coefficient of their content words (lower case, stop
//!   words dropped, numbers dropped, light stemming so "killed"/"kills"/"kill" match) is at least
//!   [`SAME_WORDING`], or at least [`SAME_WORDING_WITH_NUMBER`] when they also share a figure.
//!
//! Groups are the connected components of that relation (union-find), so a claim reworded twice
//! joins through the middle wording. Only claims that match some claim of another article get a
//! group; a claim alone keeps `claim_group_id` NULL.
//!
//! A group's `disagreement` says why its members conflict: different values for the same thing
//! counted ("numbers differ: 10000 vs 15000 ISIS fighters"), or some members negated and others not.
//!
//! Candidate pairs come from buckets of claims sharing a key, never from all pairs; a key carried by
//! more than [`MAX_BUCKET`] claims (a country named everywhere) is too common to propose pairs alone.
//! Everything is ordered by claim id, so the result is deterministic.

use crate::extract::calendar;
use crate::extract::claims::lexicon::STOPWORDS;
use crate::store::Result;
use rusqlite::{params, Connection};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Minimum Dice coefficient of content words for two claims to be one.
pub const SAME_WORDING: f64 = 0.5;
/// The same when the claims share a figure (value and thing counted).
pub const SAME_WORDING_WITH_NUMBER: f64 = 0.3;
/// Minimum share of the smaller key set the two claims must have in common.
pub const SAME_SUBJECTS: f64 = 0.5;
/// Least number of content words two claims must share: short claims ("This is how it should be")
/// are too generic to match on a high ratio of few words.
pub const MIN_COMMON_WORDS: usize = 3;
/// Least Dice coefficient between the first claims of two groups for the groups to join.
pub const ROOTS_RELATED: f64 = 0.3;
/// Buckets larger than this do not propose candidate pairs.
pub const MAX_BUCKET: usize = 1000;

/// One claim as the grouping sees it.
#[derive(Debug, Clone, Default)]
pub struct ClaimRow {
    pub claim_id: i64,
    pub article_id: i64,
    pub text: String,
    pub negated: bool,
    pub entities: Vec<i64>,
    /// (value, unit) of each quantity.
    pub quantities: Vec<(f64, Option<String>)>,
}

/// A group found by [`group`]: member indexes into the input, and why members disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub members: Vec<usize>,
    pub disagreement: Option<String>,
}

/// Recomputes `claim_groups` and `claims.claim_group_id`.
pub fn regroup(conn: &Connection) -> Result<()> {
    let rows = load(conn)?;
    let groups = group(&rows);
    conn.execute(
        "UPDATE claims SET claim_group_id = NULL WHERE claim_group_id IS NOT NULL",
        [],
    )?;
    conn.execute("DELETE FROM claim_groups", [])?;
    let mut insert =
        conn.prepare_cached("INSERT INTO claim_groups (text, disagreement) VALUES (?1, ?2)")?;
    let mut assign =
        conn.prepare_cached("UPDATE claims SET claim_group_id = ?1 WHERE claim_id = ?2")?;
    for g in &groups {
        // The first-imported wording represents the group.
        let text = &rows[g.members[0]].text;
        insert.execute(params![text, g.disagreement])?;
        let id = conn.last_insert_rowid();
        for &m in &g.members {
            assign.execute(params![id, rows[m].claim_id])?;
        }
    }
    Ok(())
}

fn load(conn: &Connection) -> Result<Vec<ClaimRow>> {
    let mut stmt =
        conn.prepare("SELECT claim_id, article_id, text, negated FROM claims ORDER BY claim_id")?;
    let mut rows: Vec<ClaimRow> = stmt
        .query_map([], |r| {
            Ok(ClaimRow {
                claim_id: r.get(0)?,
                article_id: r.get(1)?,
                text: r.get(2)?,
                negated: r.get(3)?,
                ..ClaimRow::default()
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let index: HashMap<i64, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.claim_id, i))
        .collect();
    let mut stmt = conn
        .prepare("SELECT claim_id, entity_id FROM claim_entities ORDER BY claim_id, entity_id")?;
    let pairs = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
    for pair in pairs {
        let (claim, entity) = pair?;
        if let Some(&i) = index.get(&claim) {
            rows[i].entities.push(entity);
        }
    }
    let mut stmt = conn
        .prepare("SELECT claim_id, value, unit FROM claim_quantities ORDER BY claim_quantity_id")?;
    let quantities = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, f64>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    for q in quantities {
        let (claim, value, unit) = q?;
        if let Some(&i) = index.get(&claim) {
            rows[i].quantities.push((value, unit));
        }
    }
    Ok(rows)
}

/// Light stemming so inflections of a word compare equal: strips one of "ing", "ed", "es", "s", then
/// a final "e" ("sharing", "shared", "shares", "share" -> "shar"), keeping at least three letters.
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

/// Content words and subject keys of a claim's text.
fn features(row: &ClaimRow) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut words = BTreeSet::new();
    let mut keys: BTreeSet<String> = row.entities.iter().map(|e| format!("e:{e}")).collect();
    let pieces = row
        .text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .map(|raw| raw.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|raw| !raw.is_empty());
    for (position, raw) in pieces.enumerate() {
        if raw.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let lower = raw.to_lowercase();
        if STOPWORDS.contains(&lower.as_str()) || lower.chars().count() < 2 {
            continue;
        }
        let capitalised = raw.chars().next().is_some_and(char::is_uppercase);
        // Hyphenated compounds count as their parts too ("air-strikes" ~ "air strikes"). Names are
        // keys, not content words: the words compare what is said, the keys whom it is about.
        let parts = if capitalised && position > 0 {
            ""
        } else {
            lower.as_str()
        };
        for part in parts.split('-').filter(|p| p.len() >= 2) {
            let stemmed = stem(part);
            let canonical = SYNONYMS
                .iter()
                .find(|(_, words)| words.contains(&stemmed.as_str()))
                .map_or(stemmed, |(c, _)| c.to_string());
            words.insert(canonical);
        }
        // Capitalised words are keys, except the first word (capitalised because it starts the
        // sentence: "But", "I'm") and days and months, which name no subject.
        if position > 0
            && raw.chars().next().is_some_and(char::is_uppercase)
            && !NOT_SUBJECTS.contains(&lower.as_str())
            && !calendar::is_weekday(&lower)
            && !calendar::is_month(&lower)
        {
            for variant in name_variants(&lower) {
                keys.insert(format!("w:{variant}"));
            }
        }
    }
    (words, keys)
}

/// Words news outlets use interchangeably for the same thing, by stem: each stem counts as the first
/// word of its row when claims are compared.
const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "agreement",
        &["agreement", "accord", "deal", "pact", "treaty"],
    ),
    (
        "fighter",
        &["fighter", "militant", "jihadist", "insurgent", "extremist"],
    ),
    ("kill", &["kill", "slain", "slay", "dead", "die"]),
    ("airstrik", &["airstrik", "air-strik", "bombing", "raid"]),
    ("begin", &["begin", "start", "launch"]),
    ("shar", &["shar", "exchang"]),
    ("help", &["help", "assist", "aid"]),
    ("fight", &["fight", "combat", "battl"]),
];

/// Capitalised words that are not subjects of a claim, besides weekdays and months
/// ([`calendar`]): contractions of "I" and courtesy titles.
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

/// Keys a capitalised word stands for: its stem, and the place a demonym names ("Russian" -> "russia",
/// "Iranian" -> "iran", "Iraqi" -> "iraq"), so "the Syrian government" and "Syria" share a key.
fn name_variants(lower: &str) -> Vec<String> {
    let mut out = vec![stem(lower)];
    if let Some(base) = lower.strip_suffix("ian") {
        out.push(format!("{base}ia"));
        out.push(base.to_string());
    } else if let Some(base) = lower.strip_suffix("an") {
        out.push(base.to_string());
    } else if let Some(base) = lower.strip_suffix('i') {
        out.push(base.to_string());
    }
    out.retain(|v| v.len() >= 3);
    out
}

fn dice(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

fn normalise_unit(unit: &Option<String>) -> String {
    unit.as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(stem)
        .collect::<Vec<_>>()
        .join(" ")
}

fn share_a_figure(a: &ClaimRow, b: &ClaimRow) -> bool {
    a.quantities.iter().any(|(va, ua)| {
        b.quantities.iter().any(|(vb, ub)| {
            (va - vb).abs() <= 1e-9 * va.abs().max(1.0) && normalise_unit(ua) == normalise_unit(ub)
        })
    })
}

/// Loose similarity between the first claims of two groups about to be joined: a shared key and
/// some shared wording.
fn related(
    a: &(BTreeSet<String>, BTreeSet<String>),
    b: &(BTreeSet<String>, BTreeSet<String>),
) -> bool {
    a.1.intersection(&b.1).next().is_some() && dice(&a.0, &b.0) >= ROOTS_RELATED
}

/// Groups claims (see the module docs). Members and groups are in input order.
pub fn group(rows: &[ClaimRow]) -> Vec<Group> {
    let feats: Vec<(BTreeSet<String>, BTreeSet<String>)> = rows.iter().map(features).collect();
    let mut buckets: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, (_, keys)) in feats.iter().enumerate() {
        for k in keys {
            buckets.entry(k.as_str()).or_default().push(i);
        }
    }
    let mut parent: Vec<usize> = (0..rows.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut matched = vec![false; rows.len()];
    for members in buckets.values() {
        if members.len() < 2 || members.len() > MAX_BUCKET {
            continue;
        }
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if rows[i].article_id == rows[j].article_id || !seen.insert((i, j)) {
                    continue;
                }
                let (wi, ki) = &feats[i];
                let (wj, kj) = &feats[j];
                let common = ki.intersection(kj).count() as f64;
                if common < SAME_SUBJECTS * ki.len().min(kj.len()) as f64 {
                    continue;
                }
                let threshold = if share_a_figure(&rows[i], &rows[j]) {
                    SAME_WORDING_WITH_NUMBER
                } else {
                    SAME_WORDING
                };
                if wi.intersection(wj).count() >= MIN_COMMON_WORDS && dice(wi, wj) >= threshold {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    // Joining two groups: their first claims must still be related, so that a chain
                    // of small rewordings cannot drift to a different claim.
                    if ri != rj && (ri, rj) != (i, j) && !related(&feats[ri], &feats[rj]) {
                        continue;
                    }
                    matched[i] = true;
                    matched[j] = true;
                    // The smaller index is the root: deterministic and first-imported first.
                    let (lo, hi) = if ri < rj { (ri, rj) } else { (rj, ri) };
                    parent[hi] = lo;
                }
            }
        }
    }
    let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..rows.len() {
        if matched[i] {
            let root = find(&mut parent, i);
            components.entry(root).or_default().push(i);
        }
    }
    components
        .into_values()
        .map(|members| {
            let disagreement = disagreement(rows, &members);
            Group {
                members,
                disagreement,
            }
        })
        .collect()
}

/// Why the members of a group disagree, if they do.
fn disagreement(rows: &[ClaimRow], members: &[usize]) -> Option<String> {
    let mut reasons = Vec::new();
    // Values per thing counted; only units given by at least two members are compared.
    // Values in member order (first imported first), each once.
    let mut by_unit: BTreeMap<String, (String, Vec<u64>, BTreeSet<usize>)> = BTreeMap::new();
    for &m in members {
        for (value, unit) in &rows[m].quantities {
            let Some(written) = unit else { continue };
            let entry = by_unit
                .entry(normalise_unit(unit))
                .or_insert_with(|| (written.clone(), Vec::new(), BTreeSet::new()));
            if !entry.1.contains(&value.to_bits()) {
                entry.1.push(value.to_bits());
            }
            entry.2.insert(m);
        }
    }
    for (written, values, carriers) in by_unit.values() {
        if values.len() > 1 && carriers.len() > 1 {
            let shown: Vec<String> = values
                .iter()
                .map(|v| format_value(f64::from_bits(*v)))
                .collect();
            reasons.push(format!("numbers differ: {} {written}", shown.join(" vs ")));
        }
    }
    let negated = members.iter().filter(|&&m| rows[m].negated).count();
    if negated > 0 && negated < members.len() {
        reasons.push(format!(
            "negation: {negated} of {} claims negated",
            members.len()
        ));
    }
    (!reasons.is_empty()).then(|| reasons.join("; "))
}

fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, article: i64, text: &str, entities: &[i64]) -> ClaimRow {
        ClaimRow {
            claim_id: id,
            article_id: article,
            text: text.into(),
            negated: false,
            entities: entities.to_vec(),
            quantities: vec![],
        }
    }

    #[test]
    fn stemming_matches_inflections() {
        assert_eq!(stem("sharing"), stem("shared"));
        assert_eq!(stem("shares"), stem("share"));
        assert_eq!(stem("killed"), stem("kill"));
        assert_eq!(stem("militias"), stem("militia"));
    }

    #[test]
    fn rewordings_group_and_different_claims_do_not() {
        let rows = vec![
            row(1, 1, "the Danube ferry operator has suspended all crossings to Ruse until further notice", &[7]),
            row(2, 2, "all Danube ferry crossings to Ruse are suspended by the operator until further notice", &[7]),
            row(3, 3, "the Danube ferry operator reported record passenger numbers last summer", &[7]),
        ];
        let groups = group(&rows);
        assert_eq!(
            groups,
            vec![Group {
                members: vec![0, 1],
                disagreement: None
            }]
        );
    }

    #[test]
    fn different_numbers_and_negation_are_disagreements() {
        let mut a = row(1, 1, "floods displaced 4,000 villagers in Moravia", &[3]);
        a.quantities = vec![(4000.0, Some("villagers".into()))];
        let mut b = row(2, 2, "floods displaced 6,500 villagers in Moravia", &[3]);
        b.quantities = vec![(6500.0, Some("villagers".into()))];
        let mut c = row(3, 3, "floods have not displaced villagers in Moravia", &[3]);
        c.negated = true;
        let groups = group(&[a, b, c]);
        assert_eq!(groups.len(), 1);
        let why = groups[0].disagreement.as_deref().unwrap();
        assert!(
            why.contains("numbers differ: 4000 vs 6500 villagers"),
            "{why}"
        );
        assert!(why.contains("negation: 1 of 3"), "{why}");
    }

    #[test]
    fn claims_of_one_article_do_not_group_alone() {
        let rows = vec![
            row(
                1,
                1,
                "the Danube ferry operator has suspended all crossings",
                &[7],
            ),
            row(
                2,
                1,
                "the Danube ferry operator has suspended all crossings",
                &[7],
            ),
        ];
        assert!(group(&rows).is_empty());
    }
}
