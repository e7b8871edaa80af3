//! When two claims are the same assertion (the rules are listed in the parent module's docs; when
//! members of a group disagree is `disagree.rs`). Pure functions over [`Features`] and [`Story`].

use super::features::{dice, sorted_common, Features, Negation, Subject};
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
/// Dice of content words a reworded match (entities in common and a few words: [`Match::Reworded`])
/// needs: below it the few words two claims about the same people share are their story's, not what
/// each asserts ("Yukos sued four companies over the auction of its unit" / "the government put the
/// unit up for sale after a tax bill").
pub const REWORDED_DICE: f64 = 0.25;
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

/// How two claims (of different articles) match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Match {
    No,
    /// The same words, or most content words: one claim whatever else each article says.
    Strong,
    /// The same things (entities) and a few content words (their Dice coefficient): one claim only
    /// when each is the other's best match in the other's article (see [`best_matches`]).
    Reworded(f64),
}

/// Are these two claims (of different articles) the same assertion? See the module docs. Unless their
/// wordings are identical, they share at least [`MIN_WORDS_ANY_RULE`] content words (a rule added here
/// that needs fewer must lower it: `components` does not compare pairs sharing fewer).
pub(super) fn same_claim(a: &Features, b: &Features, story: &Story, (x, y): (i64, i64)) -> Match {
    if other_years(&a.years, &b.years) {
        // "the 2012 nomination" / "the 2016 nomination": another time, another claim.
        return Match::No;
    }
    if a.identity.is_some() && a.identity == b.identity && a.len == b.len {
        // "ahead of the vote": short identical wordings need the same story (or the rules below).
        let identical = match a.len {
            n if n >= LONG_VERBATIM => true,
            n if n >= IDENTICAL_ALONE => !story.far(x, y),
            _ => story.same(x, y),
        };
        if identical {
            return Match::Strong;
        }
    }
    if a.fragment || b.fragment {
        // Too little said besides names to match in other words.
        return Match::No;
    }
    if names_less(a, b)
        || names_less(b, a)
        || other_subjects(a, b)
        || unnamed_denial(a, b)
        || unnamed_denial(b, a)
    {
        return Match::No;
    }
    let shared_entities = sorted_common(&a.entities, &b.entities);
    let all_entities = a.entities.len() + b.entities.len() - shared_entities;
    // A subject the text leaves out but the article names ("Lorvania and Esterra agreed | to let
    // trucks cross" / "Lorvania and Esterra will let convoys cross") is an entity in common.
    let shared_entities = shared_entities + usize::from(subject_left_out_shared(a, b));
    let shared_words = sorted_common(&a.content, &b.content);
    // Names and titles both write capitalised are no evidence of saying the same of them.
    let shared_said = shared_words - sorted_common(&a.names, &b.names);
    if shared_said < MIN_SHARED_WORDS {
        return Match::No;
    }
    // Strong enough without other evidence of the same story (unless days apart): nearly the same
    // wording about a common entity, names aside ("the Senate ... take ... the bill" is two words
    // besides a name). (A common figure is not: "60 votes", "three weeks", "17 percent" recur across
    // stories.)
    let close_wording = shared_entities >= 1
        && shared_said >= CLOSE_WORDING_WORDS
        && dice(&a.content, &b.content) >= CLOSE_WORDING;
    if close_wording && !story.far(x, y) {
        return Match::Strong;
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
    // fail the wording tests. Entities and a few words in common are weak evidence: two claims whose
    // main predicates are both known and neither is said by the other say different things of the
    // same people ("is expected to announce a decision" / "will not seek a second term").
    if !(same_things || same_wording)
        || unresolved_against_known(a, b)
        || other_predicates(a, b)
        || other_objects(a, b)
        || !story.same(x, y)
    {
        Match::No
    } else if same_wording {
        Match::Strong
    } else if !(both_predicates(a, b) && dice(&a.content, &b.content) >= REWORDED_DICE) {
        Match::No
    } else {
        Match::Reworded(dice(&a.content, &b.content))
    }
}

/// Do both claims have a main predicate ([`super::predicate`])? A reworded match rests on entities
/// and a few words; [`other_predicates`] keeps apart claims saying different things of them only when
/// both predicates are known. When one is not (a verb the predicate finder misses, "put ... up for
/// sale", or a claim with none, "the tax dispute between the government and Yukos"), nothing tells
/// that they say the same of those people: in a story about the same few people every claim names
/// them ("Kenteris and Thanou withdrew from the Games" / "Kenteris and Thanou also face a criminal
/// hearing").
fn both_predicates(a: &Features, b: &Features) -> bool {
    !a.predicate.as_slice().is_empty() && !b.predicate.as_slice().is_empty()
}

/// Which matches join groups: every strong one, and a reworded one when neither claim has a better
/// match in the other's article. Each article tells a claim once; without this rule a sentence that
/// shares a few words and most of its people with several sentences of another article (a story about
/// the same people) chains them all into one group. Ties are all kept, so the result does not depend on
/// the order of the claims. `matches` holds (claim, claim, match); returns the pairs to join.
pub(super) fn best_matches(
    matches: &[(usize, usize, Match)],
    articles: &[i64],
) -> Vec<(usize, usize)> {
    let score = |m: Match| match m {
        Match::Strong => 2.0,
        Match::Reworded(s) => s,
        Match::No => 0.0,
    };
    let mut best: HashMap<(usize, i64), f64> = HashMap::new();
    for &(i, j, m) in matches {
        for (from, to) in [(i, j), (j, i)] {
            let b = best.entry((from, articles[to])).or_insert(0.0);
            *b = b.max(score(m));
        }
    }
    matches
        .iter()
        .filter(|&&(i, j, m)| {
            m == Match::Strong
                || score(m) >= best[&(i, articles[j])] && score(m) >= best[&(j, articles[i])]
        })
        .map(|&(i, j, _)| (i, j))
        .collect()
}

/// Through which of its two statements ([`Features::parts`]) does claim `x` match `y`: the part
/// holding every word besides names the two share. None when `x` is one statement or the words
/// come from both parts.
pub(super) fn through_part(x: &Features, y: &Features) -> Option<u8> {
    if x.parts == [u64::MAX; 2] {
        return None;
    }
    let shared = (x.content.iter().take(64).enumerate())
        .filter(|(_, w)| y.content.binary_search(w).is_ok() && x.names.binary_search(w).is_err())
        .fold(0u64, |m, (k, _)| m | 1 << k);
    let only = |p: usize| x.parts[p] & !x.parts[1 - p];
    match (shared & only(0) != 0, shared & only(1) != 0) {
        (true, false) => Some(0),
        (false, true) => Some(1),
        _ => None,
    }
}

/// Which matches a claim carrying two statements keeps: those through one of them only. "It is
/// important that the right candidate be chosen, but if he is not, I am not willing to give up my
/// right to run" matches one outlet's first half and another's second half, which say different
/// things: joined through both, the long claim would chain them into one group. The part of its
/// best match (highest Dice of content words; the first part on a tie) is kept. `through[k]` is
/// (the part of `matches[k].0`, the part of `matches[k].1`, the Dice); returns whether each match
/// is kept.
pub(super) fn one_part(
    matches: &[(usize, usize, Match)],
    through: &[(Option<u8>, Option<u8>, f64)],
) -> Vec<bool> {
    let mut best: HashMap<usize, (f64, u8)> = HashMap::new();
    for (&(i, j, _), &(pi, pj, d)) in matches.iter().zip(through) {
        for (claim, part) in [(i, pi), (j, pj)] {
            if let Some(p) = part {
                let b = best.entry(claim).or_insert((d, p));
                if d > b.0 || d == b.0 && p < b.1 {
                    *b = (d, p);
                }
            }
        }
    }
    let keeps = |claim: usize, part: Option<u8>| part.is_none_or(|p| best[&claim].1 == p);
    (matches.iter().zip(through))
        .map(|(&(i, j, _), &(pi, pj, _))| keeps(i, pi) && keeps(j, pj))
        .collect()
}

/// Do two claims say what they say of different entities: both subjects resolved, none in common?
/// ("Obama will veto the bill" / "Boehner will veto the bill"; "Lorvania and Esterra agreed" and
/// "Lorvania agreed" share one; "Peña" and "Peña Nieto" share a name's word.) A passive's subject is what is done to: "Sestak was offered a post"
/// and "the White House offered Sestak a post" have different subjects and may be one claim.
fn other_subjects(a: &Features, b: &Features) -> bool {
    if a.passive != b.passive {
        return false;
    }
    match (&a.subject, &b.subject) {
        (
            Subject::Entities {
                words: x,
                named: true,
                ..
            },
            Subject::Entities {
                words: y,
                named: true,
                ..
            },
        ) => sorted_common(x, y) == 0,
        _ => false,
    }
}

/// Does `no` deny the act `yes` asserts (its main verb, negated on the verb: "did not send", is
/// `yes`'s predicate: "was sent") without naming who is denied to do it? A denial and an assertion are
/// not one claim; they are kept together only as a disagreement, which needs the same doer named by
/// both ("Vardholm will not pay" / "forcing Vardholm to pay"). "He did not send the photo" denies
/// nothing of "the photo was sent from his account" (which names no sender), nor "you cannot sue the
/// government" of "plans to sue the government". A negation with another verb ("should not take
/// place" / "should cancel") is often a rewording and is left alone.
fn unnamed_denial(no: &Features, yes: &Features) -> bool {
    let same_act = no
        .main_verb
        .is_some_and(|v| yes.predicate.as_slice().contains(&v));
    let doer_named = match &no.subject {
        Subject::Entities {
            keys, named: true, ..
        } => {
            no.passive == yes.passive && keys.iter().all(|k| yes.entities.binary_search(k).is_ok())
        }
        _ => false,
    };
    no.negation == Negation::OnVerb && yes.negation == Negation::None && same_act && !doer_named
}

/// Do two claims have a subject entity in common that one of them does not name in its own text
/// (a subject left out, "to let trucks cross", or a pronoun: "he wants to run the nation")?
fn subject_left_out_shared(a: &Features, b: &Features) -> bool {
    let (Subject::Entities { keys: x, .. }, Subject::Entities { keys: y, .. }) =
        (&a.subject, &b.subject)
    else {
        return false;
    };
    let in_both_texts =
        |k: &i64| a.entities.binary_search(k).is_ok() && b.entities.binary_search(k).is_ok();
    x.iter()
        .any(|k| y.binary_search(k).is_ok() && !in_both_texts(k))
}

/// Is one claim's subject a pronoun the article ties to no one and the other's an entity it names? The
/// pronoun may stand for anyone of the story: the weak rules (shared entities and a few words) would
/// join the two on their verb and a name that may not be the subject ("he will not seek a second
/// term" / "Steele will seek a second term").
fn unresolved_against_known(a: &Features, b: &Features) -> bool {
    let known = |f: &Features| matches!(f.subject, Subject::Entities { named: true, .. });
    let pronoun =
        a.subject == Subject::Pronoun && known(b) || b.subject == Subject::Pronoun && known(a);
    // A passive's subject is what is done to ("he was told to lie" / "Trump directed Cohen to lie").
    pronoun && a.passive == b.passive && on_the_verb(a, b)
}

/// Do two claims share fewer than [`MIN_WORDING_WORDS`] content words besides names, titles and
/// their predicates' words? Then what joins them is the verb and a name ("he will not seek a second
/// term" / "Steele will seek re-election"), not what is said ("I knew you'd say that, and the
/// conversation moved on" / "he knew I'd say that, and the conversation moved on").
fn on_the_verb(a: &Features, b: &Features) -> bool {
    let said = |w: &u32| {
        b.content.binary_search(w).is_ok()
            && a.names.binary_search(w).is_err()
            && b.names.binary_search(w).is_err()
            && !a.predicate.as_slice().contains(w)
            && !b.predicate.as_slice().contains(w)
    };
    a.content.iter().filter(|w| said(w)).count() < MIN_WORDING_WORDS
}

/// Do two claims have main predicates ([`super::predicate`]) and neither's among the other's content
/// words or its predicate? ("met the fishermen" / "a meeting with the fishermen" share theirs, and
/// so do "[opposes] both marriage and civil unions" / "[opposed] civil unions", whose predicate is
/// their cue's.)
pub(super) fn other_predicates(a: &Features, b: &Features) -> bool {
    let said_by = |p: &[u32], other: &Features| p.iter().any(|&w| other.asserts(w));
    let (pa, pb) = (a.predicate.as_slice(), b.predicate.as_slice());
    !pa.is_empty() && !pb.is_empty() && !said_by(pa, b) && !said_by(pb, a)
}

/// Do two claims with the same main predicate say it of different things: both name the object of
/// their main verb and neither's object is among the words the other asserts? ("Sestak was offered
/// positions on advisory boards" / "never offered Sestak the job of Secretary of the Navy".)
fn other_objects(a: &Features, b: &Features) -> bool {
    let said_by = |o: &[u32], other: &Features| o.iter().any(|&w| other.says_in_main(w));
    let (oa, ob) = (a.object.as_slice(), b.object.as_slice());
    !oa.is_empty() && !ob.is_empty() && !said_by(oa, b) && !said_by(ob, a)
}

/// Is `np` a possession with no verb ("Iran's nuclear program") that does not name what `other`
/// says of it ("Obama to take a tougher line over Iran's nuclear program")? A thing named is not
/// what a claim asserts of it; "AARP's position 'a watershed moment'" is not "AARP had not changed
/// its position". (Other verbless claims are left alone: most are what a cue's verb takes,
/// "[endorsed] Perry for the nomination", and the verb that would tell them apart is in the cue.)
fn names_less(np: &Features, other: &Features) -> bool {
    let p = other.predicate.as_slice();
    np.possession
        && !other.possession
        && !p.is_empty()
        && !p
            .iter()
            .any(|&w| np.content.binary_search(&w).is_ok() || np.asserts(w))
}

/// Do two claims name years and none in common? Then they speak of different times.
pub(super) fn other_years(a: &[u16], b: &[u16]) -> bool {
    !a.is_empty() && !b.is_empty() && sorted_common(a, b) == 0
}
