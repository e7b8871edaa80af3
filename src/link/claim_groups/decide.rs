//! When two claims are the same assertion, and when the members of a group disagree (the rules are
//! listed in the parent module's docs). Pure functions over [`Features`] and [`Story`].

use super::features::{dice, sorted_common, stem, Features};
use super::ClaimRow;
use std::collections::HashMap;

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
/// Content words in common that every rule but identical wording needs: candidate pairs sharing
/// fewer are not compared at all (the module's `components` counts shared words while collecting
/// candidates). Derived from the rules' own thresholds, so it follows them when they change.
pub(super) const MIN_WORDS_ANY_RULE: usize = {
    let m = if MIN_SHARED_WORDS < MIN_WORDING_WORDS {
        MIN_SHARED_WORDS
    } else {
        MIN_WORDING_WORDS
    };
    if m < CLOSE_WORDING_WORDS {
        m
    } else {
        CLOSE_WORDING_WORDS
    }
};
/// Articles published more than this many days apart are different news.
pub const MAX_DAYS: i64 = 3;
/// Undated articles are one story when their entities overlap this much (Jaccard)...
pub const STORY_ENTITIES: f64 = 0.35;
/// ... with at least this many in common.
pub const STORY_MIN_ENTITIES: usize = 5;

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
    pub(super) fn same(&self, a: i64, b: i64) -> bool {
        match (self.days.get(&a), self.days.get(&b)) {
            (Some(x), Some(y)) => (x - y).abs() <= MAX_DAYS,
            _ => self.quoted_together(a, b) || self.entities_overlap(a, b),
        }
    }
    pub(super) fn far(&self, a: i64, b: i64) -> bool {
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

/// Are these two claims (of different articles) the same assertion? See the module docs. Unless their
/// wordings are identical, they share at least [`MIN_WORDS_ANY_RULE`] content words (a rule added here
/// that needs fewer must lower it).
pub(super) fn same_claim(a: &Features, b: &Features, story: &Story, (x, y): (i64, i64)) -> bool {
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
pub(super) fn disagreement(members: &[(&ClaimRow, &Features)]) -> Option<String> {
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
pub(super) fn negates(negated: &str, affirmative: &str) -> bool {
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
