//! When the members of a claim group disagree: different figures for the same counted thing, or a
//! negated member denying what an affirmative one says (the rules are listed in the parent module's
//! docs). Pure functions over [`ClaimRow`]s and their [`Features`].

use super::decide::{other_predicates, other_years, MIN_SHARED_WORDS};
use super::features::{dice, sorted_common, stem, Features, Negation};
use super::ClaimRow;
use crate::extract::claims::lexicon::STOPWORDS;

/// Does the negated claim `no` deny the main proposition of the affirmative `yes` in other words?
/// Its main verb is `yes`'s own predicate ("Vardholm will not pay for the dam" / "forcing Vardholm to
/// pay for the dam"; its subject and object are checked by the caller), and its negation is on that
/// verb ("will not pay") or comes from its cue alone ("denied that he closed the quay"): a negation
/// elsewhere in the clause ("no one was hurt") denies something else.
fn denies_predicate(no: &Features, yes: &Features) -> bool {
    // The affirmative's own predicate, not a word of its side clause ("batting down allegations that
    // the council offered ...").
    let verb_said = no
        .main_verb
        .is_some_and(|v| yes.predicate.as_slice().contains(&v));
    let shared_said =
        sorted_common(&no.content, &yes.content) - sorted_common(&no.names, &yes.names);
    no.negation != Negation::Elsewhere
        && yes.negation == Negation::None
        && verb_said
        && shared_said >= MIN_SHARED_WORDS
}

/// Does a claim assert something, so that a negation in it can deny another? A question ("will the
/// council pay?") and a condition or an open question it opens with ("if we did not challenge ...",
/// "whether the ferry runs") assert nothing.
fn asserts(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?');
    let first = text
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    !t.ends_with('?') && !matches!(first.as_str(), "if" | "unless" | "whether")
}

/// Does a claim carry a negation word anywhere, in a side clause ("if we did not challenge ...") or a
/// quotation? An affirmative member that does is no clear affirmative: it may carry the very
/// negation the other one is reported with.
fn has_negation(text: &str) -> bool {
    lower_words(text)
        .iter()
        .any(|w| crate::extract::claims::hedges::is_negation_word(w))
}

/// A claim's words, lower-case, contractions whole ("didn't").
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A figure a claim gives, as the disagreement test reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figure {
    pub value: f64,
    /// What is counted, as the extraction wrote it: "ships", "percent", "dollars".
    pub unit: Option<String>,
    /// "about 60", "nearly $44 million": a tenth either way agrees.
    pub approximate: bool,
    /// The figure as written in the claim ("$1.375 billion"), to find the words around it.
    pub text: String,
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
    if other_years(&fa.years, &fb.years) {
        return None;
    }
    let about_same = sorted_common(&fa.entities, &fb.entities) > 0
        || fa.entities.is_empty() && fb.entities.is_empty();
    // The same counted thing at the same time: what the claims say of it (their predicates) and the
    // years they name must not differ ("cutting spending by 35 billion" / "would see 50 billion in
    // cuts by 2011").
    let same_count = about_same && fa.years == fb.years && !other_predicates(fa, fb);
    if same_count {
        if let Some(r) = figures_differ(a, b) {
            return Some(r);
        }
    }
    if a.negated == b.negated {
        return None;
    }
    let (yes, no, fyes, fno) = if a.negated {
        (b, a, fb, fa)
    } else {
        (a, b, fa, fb)
    };
    if !(asserts(&no.text) && asserts(&yes.text)) || has_negation(&yes.text) {
        return None;
    }
    let p = super::predicate::predicate(&no.text);
    let (_, yes_words) = super::features::words(&yes.text);
    let said = |w: &String| yes_words.contains(&super::features::word_key(w));
    // "never offered the harbour contract" denies nothing of "offered two seats on its board"; "never
    // offered him the job of harbour master" denies "offered to make him harbour master".
    let object_said = p.object_words.is_empty() || p.object_words.iter().any(said);
    // Who is denied to do it must be who the other says does it ("the council will not pay" /
    // "getting the council to pay"); "he did not send the photo" / "the photo was sent" says
    // nothing of who sent it, and "they never voted" / "they always vote" may be other people.
    let subject_said = p.subject.as_ref().is_some_and(said);
    if !object_said || !subject_said {
        return None;
    }
    if dice(&fa.content, &fb.content) >= 0.6 && negates(&no.text, &yes.text) {
        return Some(format!(
            "negation: {} denies what {} says",
            no.label, yes.label
        ));
    }
    if !(about_same && denies_predicate(fno, fyes)) {
        return None;
    }
    // Name what is denied: the negated member's verb and its object, as written.
    let what: Vec<String> = p.verb.into_iter().chain(p.object).collect();
    Some(format!(
        "negation: {} denies what {} says ({})",
        no.label,
        yes.label,
        what.join(" ")
    ))
}

/// Different figures for one counted thing. A figure the other member also gives (equal, equal at the
/// precision of the rounder one, or within a tenth when approximate) is agreed on and compared no
/// further: "$1.375 billion granted, $5.7 billion demanded" and "none of the $5.7 billion demanded"
/// agree. Of the rest, two figures are the same counted thing when their units match and the words
/// around them (their clause, up to [`CONTEXT_WORDS`] words each side: "effective federal tax rate of",
/// "of airtime") share [`SAME_COUNTED_WORDS`] words: one ("the operator") may be who pays or counts,
/// not what is counted.
fn figures_differ(a: &ClaimRow, b: &ClaimRow) -> Option<String> {
    let (fa, fb) = (unit_figures(a), unit_figures(b));
    let agreed = |f: &Figure, unit: &str, others: &[(&Figure, String)]| {
        others.iter().any(|(g, u)| u == unit && agree(f, g))
    };
    let open_a: Vec<_> = fa.iter().filter(|(f, u)| !agreed(f, u, &fb)).collect();
    let open_b: Vec<_> = fb.iter().filter(|(f, u)| !agreed(f, u, &fa)).collect();
    for (x, unit) in &open_a {
        let cx = context(&a.text, x);
        for (y, _) in open_b.iter().filter(|(_, u)| u == unit) {
            let cy = context(&b.text, y);
            if reading(&a.text, x) || reading(&b.text, y) {
                // "now stands at £152,879" / "now stands at £163,748": readings of a level that
                // moves, taken at times the articles do not tell apart (a month's survey, the
                // morning's toll): an update, not a disagreement.
                continue;
            }
            if other_agents(&a.text, x, &b.text, y) {
                // "banned for two years by the federation" / "four years by the tribunal": two
                // bodies' figures, not two figures for one.
                continue;
            }
            let shared: Vec<&str> = cx
                .iter()
                .filter(|(stem, _)| cy.iter().any(|(s, _)| s == stem))
                .map(|(_, word)| word.as_str())
                .collect();
            if shared.len() < SAME_COUNTED_WORDS {
                continue;
            }
            let thing = shared.join(" ");
            return Some(format!(
                "numbers differ for {} ({}): {} vs {} ({} vs {})",
                x.unit.as_deref().unwrap_or(""),
                thing,
                format_value(x.value),
                format_value(y.value),
                a.label,
                b.label
            ));
        }
    }
    None
}

/// Do two figures come from different agents, each named by "by" after the figure in its clause
/// ("two years by the IAAF" / "four years by the tribunal")?
fn other_agents(a: &str, x: &Figure, b: &str, y: &Figure) -> bool {
    match (agent(a, x), agent(b, y)) {
        (Some(p), Some(q)) => p != q,
        _ => false,
    }
}

/// The first content word after "by" following a figure, within its clause ([`CONTEXT_WORDS`]
/// words): who counted, ruled or paid it.
fn agent(text: &str, figure: &Figure) -> Option<String> {
    let at = text.find(figure.text.as_str())? + figure.text.len();
    let mut words = text[at..]
        .split_whitespace()
        .take(CONTEXT_WORDS)
        .take_while(|t| !t.starts_with(CLAUSE_MARKS));
    words.find(|t| t.eq_ignore_ascii_case("by"))?;
    words
        .map(bare)
        .find(|w| !w.is_empty() && !STOPWORDS.contains(&w.as_str()))
}

/// A claim's figures that say what they count, with their unit folded.
fn unit_figures(r: &ClaimRow) -> Vec<(&Figure, String)> {
    r.quantities
        .iter()
        .filter(|f| f.unit.is_some() && !is_ratio(&r.text, f))
        .map(|f| (f, normalise_unit(&f.unit)))
        .collect()
}

/// Is the figure the second term of a ratio ("one in six cars", "3 out of 10 voters")? It counts no
/// cars: it says what share of them.
fn is_ratio(text: &str, figure: &Figure) -> bool {
    let Some(at) = text.find(figure.text.as_str()) else {
        return false;
    };
    let before: Vec<String> = text[..at]
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| w.to_lowercase())
        .collect();
    let number = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            || matches!(w, "one" | "two" | "three" | "four" | "five")
    };
    match before.as_slice() {
        [of, out, n, ..] if of == "of" && out == "out" => number(n),
        [within, n, ..] if within == "in" => number(n),
        _ => false,
    }
}

/// Do two figures of one unit state the same amount? Equal; or equal at the precision the rounder
/// one is written with ("36 percent" / "35.7 percent"); or, when either is approximate ("about 60" /
/// "roughly 64"), within a tenth.
fn agree(a: &Figure, b: &Figure) -> bool {
    let (x, y) = (a.value, b.value);
    let diff = (x - y).abs();
    if diff <= 1e-9 * x.abs().max(y.abs()).max(1.0) {
        return true;
    }
    if (a.approximate || b.approximate) && diff <= 0.1 * x.abs().max(y.abs()) {
        return true;
    }
    diff <= precision(a).max(precision(b)) / 2.0 + 1e-9
}

/// The step a figure is written to: 1 for "36 percent", 0.1 for "35.7", 100 million for
/// "$1.4 billion"; 0 when it is written without digits.
fn precision(f: &Figure) -> f64 {
    let number: String = f
        .text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    let number = number.trim_end_matches('.');
    let Ok(n) = number.parse::<f64>() else {
        return 0.0;
    };
    if n == 0.0 {
        return 0.0;
    }
    let decimals = number.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    (f.value / n).abs() * 10f64.powi(-decimals)
}

/// Words each side of a figure that say what it counts.
pub const CONTEXT_WORDS: usize = 5;
/// Words of those two figures must have in common to count the same thing.
pub const SAME_COUNTED_WORDS: usize = 2;

/// The content words (stemmed, and as written) around a figure in its claim, within its clause (commas, brackets,
/// dashes, "and", "but", "as opposed to" and other figures end it), and what the figure says it is of.
/// The unit's own words are left out (they are compared apart).
pub(super) fn context(text: &str, figure: &Figure) -> Vec<(String, String)> {
    let mut near = clause(text, figure);
    // What the figure itself says it is of: "$500,000 of airtime".
    if let Some((_, of)) = figure.text.split_once(" of ") {
        near.extend(of.split_whitespace());
    }
    let mut words: Vec<(String, String)> = near
        .into_iter()
        .map(bare)
        .filter(|w| w.chars().count() >= 3 && !STOPWORDS.contains(&w.as_str()))
        .map(|w| (stem(&w), w))
        .collect();
    let unit: Vec<String> = figure
        .unit
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(|w| stem(&w.to_lowercase()))
        .collect();
    let mut seen = Vec::new();
    words.retain(|(stem, _)| {
        let new = !unit.contains(stem) && !seen.contains(stem);
        seen.push(stem.clone());
        new
    });
    words
}

/// A token without its punctuation, lower-case.
fn bare(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The tokens of a figure's clause, in order, up to [`CONTEXT_WORDS`] each side of it (see
/// [`context`]).
fn clause<'a>(text: &'a str, figure: &Figure) -> Vec<&'a str> {
    let Some(at) = text.find(figure.text.as_str()) else {
        return Vec::new();
    };
    let mut near: Vec<&str> = Vec::new();
    // Before the figure, from the nearest: a word followed by a clause mark is outside the clause.
    for t in text[..at].split_whitespace().rev().take(CONTEXT_WORDS) {
        if t.ends_with(CLAUSE_MARKS) || !clause_word(t) {
            break;
        }
        near.push(t);
    }
    near.reverse();
    // After it: a word carrying a clause mark is the clause's last.
    for t in text[at + figure.text.len()..]
        .split_whitespace()
        .take(CONTEXT_WORDS)
    {
        if t.starts_with(CLAUSE_MARKS) || !clause_word(t) {
            break;
        }
        near.push(t);
        if t.ends_with(CLAUSE_MARKS) {
            break;
        }
    }
    near
}

/// Words that mark a figure as a reading of a level at the time of writing ("now stands at",
/// "currently", "so far", "to date"): a running count or a price, which moves between two articles'
/// writing. ("far" and "date" count only after "so" and "to".)
const READING_WORDS: &[&str] = &["now", "currently", "far", "date", "stands", "latest"];

/// Is a figure a reading of a moving level: a [`READING_WORDS`] word in its clause?
fn reading(text: &str, figure: &Figure) -> bool {
    let words: Vec<String> = clause(text, figure).into_iter().map(bare).collect();
    words.iter().enumerate().any(|(i, w)| {
        let before = i.checked_sub(1).map(|k| words[k].as_str());
        match w.as_str() {
            "far" => before == Some("so"),
            "date" => before == Some("to"),
            w => READING_WORDS.contains(&w),
        }
    })
}

/// Marks that end the clause a figure belongs to.
const CLAUSE_MARKS: [char; 5] = [',', ';', '(', ')', '\u{2014}'];
/// Words that end it.
const CLAUSE_ENDS: &[&str] = &["and", "but", "while", "whereas", "opposed", "versus", "vs"];

/// May this token be in a figure's clause (not a clause word, not another figure)?
fn clause_word(token: &str) -> bool {
    let word = bare(token);
    !CLAUSE_ENDS.contains(&word.as_str()) && !word.chars().any(|c| c.is_ascii_digit())
}

fn normalise_unit(unit: &Option<String>) -> String {
    unit.as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(stem)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Does `negated` deny what `affirmative` says? When its own words carry the negation ("the dam is
/// not safe"), the words on either side of it must stand side by side in `affirmative` ("the dam is
/// safe"): two cuts of one quotation, one stopping before its "not", or a "not" inside words the other
/// does not carry, deny nothing. When the negation comes from the cue alone ("denied that the dam
/// failed"), the wording match that grouped them is the evidence.
pub(super) fn negates(negated: &str, affirmative: &str) -> bool {
    let (n, a) = (lower_words(negated), lower_words(affirmative));
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
