//! Speaker noun phrases as written: "Mr Kerry", "Ibrahim al-Jaafari, Iraq's foreign minister", "he",
//! "the Russian foreign minister", "A statement issued by the Joint Operations Command". Works on
//! tokens only (no entity recogniser needed): a phrase is a run of capitalised words, role nouns and
//! their modifiers, read backwards from a speech verb ("X said") or forwards from it ("said X").

use super::words::*;
use crate::extract::lang::lexicon::is_organisation_noun;
use crate::extract::refer::is_document_noun;
use crate::extract::Span;

/// What kind of speaker a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A person's name ("John Kerry", "Kerry").
    Person,
    /// An organisation's name or a collective noun phrase with a proper modifier ("Joint Operations
    /// Command", "Iraqi military").
    Organisation,
    /// A pronoun; `true` when it names one person (he, she).
    Pronoun(bool),
    /// A role noun phrase without a name ("the Russian foreign minister", "a senior official").
    Role,
}

/// A speaker phrase found at an attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The phrase as written: the name without its title for names, the whole phrase otherwise.
    pub span: Span,
    /// The name inside the phrase (without title), for persons and organisations.
    pub name: Option<Span>,
    pub kind: SpeakerKind,
    /// A title or appositive given with the name ("Iraq's foreign minister", "Secretary of State").
    pub role: Option<Span>,
    /// The role noun phrase itself, for [`SpeakerKind::Role`].
    pub role_words: Vec<String>,
}

/// Words that may stand between a speaker and the speech verb: "Kerry also said", "he has said".
pub fn is_adverb(word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower.len() > 4
        && lower.ends_with("ly")
        && !matches!(
            lower.as_str(),
            "family" | "italy" | "ally" | "rally" | "july" | "bully"
        )
    {
        return true;
    }
    matches!(
        word.to_lowercase().as_str(),
        "also"
            | "later"
            | "then"
            | "previously"
            | "again"
            | "reportedly"
            | "has"
            | "had"
            | "have"
            | "would"
            | "will"
            | "was"
            | "is"
            | "once"
            | "recently"
            | "further"
            | "repeatedly"
            | "simply"
            | "did"
            | "does"
            | "just"
            | "quickly"
            | "finally"
            | "publicly"
            | "privately"
            | "flatly"
            | "bluntly"
            | "angrily"
            | "calmly"
            | "often"
            | "frequently"
            | "subsequently"
            | "earlier"
            | "initially"
            | "first"
            | "still"
            | "now"
            | "even"
            | "might"
            | "could"
            | "may"
            | "should"
            | "can"
            | "once-again"
            | "openly"
            | "proudly"
    )
}

fn word<'a>(body: &'a str, t: &Tok) -> &'a str {
    t.span.text(body)
}

/// Can this word stand inside a speaker phrase?
fn in_phrase(body: &str, t: &Tok) -> bool {
    if !t.is_word() {
        return false;
    }
    let w = word(body, t);
    is_capitalised(w) || is_role_noun(w) || is_modifier(w) || is_name_particle(w)
}

/// The speaker phrase that ends just before token `end` (exclusive), read backwards, stopping at
/// punctuation, a determiner (included), or a lower-case word that is neither a role noun nor a
/// modifier. An appositive between commas ("X, Iraq's foreign minister, said") is skipped to the name
/// before it and kept as the role. `floor` is the first token that may be used.
pub fn backward(body: &str, toks: &[Tok], floor: usize, mut end: usize) -> Option<Written> {
    while end > floor && toks[end - 1].is_word() && is_adverb(word(body, &toks[end - 1])) {
        end -= 1;
    }
    // "Sen. Marco Rubio (R-Fla.) said": skip a short parenthesis.
    if end > floor && toks[end - 1].is(')') {
        if let Some(open) = (floor..end - 1).rev().take(8).find(|&j| toks[j].is('(')) {
            end = open;
        }
    }
    if end > floor && toks[end - 1].is(',') {
        // "X, the foreign minister, said" / "X, who met Y on Sunday, said": find the comma before.
        let close = end - 1;
        let mut j = close;
        let mut steps = 0;
        while j > floor && steps < 30 {
            j -= 1;
            steps += 1;
            let t = &toks[j];
            // (Two commas in a row enclose nothing: not an appositive.)
            if t.is(',') && j + 1 < close {
                let role = Span::new(toks[j + 1].span.start, toks[close - 1].span.end);
                let mut w = backward(body, toks, floor, j)?;
                if matches!(w.kind, SpeakerKind::Person | SpeakerKind::Organisation) {
                    w.role = Some(role);
                    return Some(w);
                }
                // "His counterpart, Dana Ilic, said": the name is the appositive, the role before it.
                if w.kind == SpeakerKind::Role {
                    if let Some(mut named) = classify(body, &toks[j + 1..close])
                        .filter(|n| n.kind == SpeakerKind::Person)
                    {
                        named.role = Some(w.span);
                        return Some(named);
                    }
                }
                return None;
            }
            // "Sen. Ron Wyden, D-Ore., said": the full stop of a party tag ends no clause.
            if is_abbreviation_dot(body, toks, j) {
                continue;
            }
            if ends_clause(t)
                || t.punct
                    .is_some_and(|c| c != '-' && c != '\u{2014}' && c != '(' && c != ')')
            {
                return None;
            }
        }
        return None;
    }
    let mut start = end;
    while start > floor {
        let t = &toks[start - 1];
        if !t.is_word() {
            break;
        }
        let w = word(body, t);
        if pronoun(w).is_some() {
            if start == end {
                start -= 1;
            }
            break;
        }
        if !in_phrase(body, t) {
            // "Secretary of State John Kerry": "of" between titles stays in the phrase.
            if w == "of"
                && start - 1 > floor
                && toks[start].is_word()
                && is_title(word(body, &toks[start]))
                && toks[start - 2].is_word()
                && is_title(word(body, &toks[start - 2]))
            {
                start -= 1;
                continue;
            }
            // "The weather service", "the head librarian": lower-case nouns after a determiner
            // (at most two words back) belong to the phrase.
            if !is_capitalised(word(body, &toks[end - 1])) && cues_free(body, &toks[end - 1..end]) {
                let det = (start.saturating_sub(3).max(floor)..start)
                    .rev()
                    .find(|&d| toks[d].is_word() && is_determiner(word(body, &toks[d])));
                if let Some(d) = det {
                    if toks[d..start].iter().all(|t| {
                        t.is_word() && word(body, t).chars().next().is_some_and(char::is_lowercase)
                            || is_determiner(word(body, t))
                    }) && cues_free(body, &toks[d..start])
                    {
                        start = d;
                    }
                }
            }
            // "A statement issued by the Joint Operations Command": the phrase ends at "by".
            break;
        }
        start -= 1;
        if is_determiner(w) {
            break;
        }
    }
    // "Historian Alan Brinkley of Columbia University told": the person, not the place they are of.
    if start >= floor + 2 && toks[start - 1].is_word() && word(body, &toks[start - 1]) == "of" {
        let person = backward(body, toks, floor, start - 1).filter(|p| {
            p.kind == SpeakerKind::Person && p.name.is_some_and(|n| n.text(body).contains(' '))
        });
        if person.is_some() {
            return person;
        }
        if let Some(named) = appositive_of_place(body, toks, floor, start - 1, end) {
            return Some(named);
        }
    }
    if let Some(named) = person_before_open_appositive(body, toks, floor, start, end) {
        return Some(named);
    }
    classify(body, &toks[start..end])
}

/// A preposition that opens where a person is from or works: "X, from the CEA", "X of the Guild".
pub fn is_origin_preposition(w: &str) -> bool {
    matches!(w, "from" | "of" | "at")
}

/// "Jeff Dale, from the Consumer Electronics Association (CEA) told": an appositive of where a
/// person is from whose closing comma is missing. The phrase before the cue (tokens `start..end`)
/// is the organisation; the speaker is the person named before the comma, with the appositive as
/// their role. Only a full name (two words or more), as for "X of Y told" above.
fn person_before_open_appositive(
    body: &str,
    toks: &[Tok],
    floor: usize,
    start: usize,
    end: usize,
) -> Option<Written> {
    if start < floor + 3 || !toks[start - 2].is(',') || !toks[start - 1].is_word() {
        return None;
    }
    if !is_origin_preposition(word(body, &toks[start - 1])) {
        return None;
    }
    let mut person = backward(body, toks, floor, start - 2).filter(|p| {
        p.kind == SpeakerKind::Person && p.name.is_some_and(|n| n.text(body).contains(' '))
    })?;
    person.role = Some(Span::new(
        toks[start - 1].span.start,
        toks[end - 1].span.end,
    ));
    Some(person)
}

/// "Scott Smith, the mayor of Mesa", "Ryan Moss, founder of Tripwire Group": the place or body after
/// "of" (token `of`) ends a role appositive of the name before its comma, who is the speaker, with
/// the appositive up to `end` as their role.
fn appositive_of_place(
    body: &str,
    toks: &[Tok],
    floor: usize,
    of: usize,
    end: usize,
) -> Option<Written> {
    let role = of
        .checked_sub(1)
        .filter(|&r| r > floor && toks[r].is_word())?;
    if !is_role_noun(word(body, &toks[role])) {
        return None;
    }
    let lower = |t: &Tok| t.is_word() && word(body, t).starts_with(char::is_lowercase);
    // "X, the mayor of Mesa" or, without a determiner, "X, founder of Tripwire Group, a company
    // that ..., called": the role opens right after the comma.
    let det = (role.saturating_sub(3).max(floor + 1)..role)
        .find(|&d| toks[d].is_word() && is_determiner(word(body, &toks[d])))
        .or_else(|| {
            (role.saturating_sub(3).max(floor + 1)..=role)
                .find(|&d| toks[d - 1].is(',') && toks[d..=role].iter().all(lower))
        })?;
    if !toks[det - 1].is(',') {
        return None;
    }
    let mut named =
        backward(body, toks, floor, det - 1).filter(|w| w.kind == SpeakerKind::Person)?;
    named.role = Some(Span::new(toks[det].span.start, toks[end - 1].span.end));
    Some(named)
}

/// The speaker phrase that starts at token `start`, read forwards ("said the Russian foreign
/// minister, Sergei Lavrov,"), and the token index after it.
pub fn forward(body: &str, toks: &[Tok], start: usize, limit: usize) -> Option<(Written, usize)> {
    if start >= limit {
        return None;
    }
    let first = word(body, &toks[start]);
    if toks[start].is_word() && pronoun(first).is_some() {
        return classify(body, &toks[start..start + 1]).map(|w| (w, start + 1));
    }
    let mut end = start;
    while end < limit && in_phrase(body, &toks[end]) {
        let w = word(body, &toks[end]);
        // "at The New York Times", "in a statement": a preposition ends the phrase (they are lower
        // case, so they already fail `in_phrase`, except sentence-initial capitals).
        if end > start && is_determiner(w) {
            break;
        }
        end += 1;
    }
    let mut w = classify(body, &toks[start..end])?;
    // "a spokeswoman for Coastline Energy, Maria Chen": a role of an organisation, then the name.
    if w.kind == SpeakerKind::Role
        && end + 1 < limit
        && toks[end].is_word()
        && matches!(word(body, &toks[end]), "for" | "of" | "at" | "with")
        && toks[end + 1].is_word()
        && is_capitalised(word(body, &toks[end + 1]))
    {
        let mut e = end + 1;
        while e < limit
            && toks[e].is_word()
            && (is_capitalised(word(body, &toks[e])) || is_name_particle(word(body, &toks[e])))
        {
            e += 1;
        }
        if e + 1 < limit && toks[e].is(',') {
            if let Some((named, after)) = forward(body, toks, e + 1, limit) {
                if named.kind == SpeakerKind::Person {
                    let mut named = named;
                    named.role = Some(Span::new(w.span.start, toks[e - 1].span.end));
                    return Some((named, after));
                }
            }
        }
        w.span = Span::new(w.span.start, toks[e - 1].span.end);
        end = e;
    }
    // "the Russian foreign minister, Sergei Lavrov, ...": a role followed by the name.
    if w.kind == SpeakerKind::Role && end + 1 < limit && toks[end].is(',') {
        if let Some((named, after)) = forward(body, toks, end + 1, limit) {
            if named.kind == SpeakerKind::Person {
                let role = w.span;
                let mut named = named;
                named.role = Some(role);
                return Some((named, after));
            }
        }
    }
    // "Ibrahim al-Jaafari, Iraq's foreign minister," after a verb: keep the appositive as the role.
    if matches!(w.kind, SpeakerKind::Person) && end + 1 < limit && toks[end].is(',') {
        let mut j = end + 1;
        while j < limit && in_phrase(body, &toks[j]) && j - end < 8 {
            j += 1;
        }
        if j > end + 1 && j < limit && toks[j].is(',') {
            let last = word(body, &toks[j - 1]);
            if is_role_noun(last) {
                w.role = Some(Span::new(toks[end + 1].span.start, toks[j - 1].span.end));
                return Some((w, j + 1));
            }
        }
    }
    // "Rep. Lena Marsh (D-Ore.) told reporters": a bracketed party tag after the name is stepped
    // over, so the cue after it is found.
    if w.kind == SpeakerKind::Person && end + 2 < limit && toks[end].is('(') {
        if let Some(close) = (end + 2..limit.min(end + 8)).find(|&k| toks[k].is(')')) {
            let inside = Span::new(toks[end + 1].span.start, toks[close - 1].span.end);
            if crate::extract::refer::is_party_tag(inside.text(body)) {
                return Some((w, close + 1));
            }
        }
    }
    Some((w, end))
}

/// Is the single word a demonym or adjective of place used before a noun ("Russian officials")?
pub fn looks_demonym(w: &str) -> bool {
    let lower = w.to_lowercase();
    ["ian", "ean", "ese", "ish", "i", "can", "ic"]
        .iter()
        .any(|s| lower.ends_with(s))
        || matches!(
            lower.as_str(),
            "us" | "u.s."
                | "uk"
                | "u.k."
                | "eu"
                | "un"
                | "u.n."
                | "french"
                | "dutch"
                | "swiss"
                | "thai"
                | "greek"
        )
}

/// Decides what a run of phrase tokens names.
pub fn classify(body: &str, toks: &[Tok]) -> Option<Written> {
    // Drop leading sentence words that are not part of a name ("But Kerry said").
    let mut a = 0;
    while a < toks.len() {
        let w = word(body, &toks[a]);
        let acronym = w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c == '.');
        if is_not_name(w) && !acronym && !is_determiner(w) && pronoun(w).is_none() {
            a += 1;
        } else {
            break;
        }
    }
    let toks = &toks[a..];
    let (first, last) = (toks.first()?, toks.last()?);
    let whole = Span::new(first.span.start, last.span.end);
    if toks.len() == 1 {
        if let Some(single) = pronoun(word(body, first)) {
            return Some(Written {
                span: whole,
                name: None,
                kind: SpeakerKind::Pronoun(single),
                role: None,
                role_words: Vec::new(),
            });
        }
    }
    let last_word = word(body, last);
    if !is_capitalised(last_word) {
        // A role noun phrase, or a collective noun with a proper modifier ("the Iraqi military").
        if !is_role_noun(last_word) && !is_determiner(word(body, first)) {
            return None;
        }
        let words: Vec<String> = toks
            .iter()
            .map(|t| word(body, t).to_lowercase())
            .filter(|w| !is_determiner(w))
            .collect();
        // "the" alone (a determiner before a noun the phrase did not take) names nobody.
        if words.is_empty() {
            return None;
        }
        // An organisation noun, or a document standing for its author ("the Iraqi military
        // statement").
        let head = last_word.to_lowercase();
        let collective = is_organisation_noun(&head) || is_document_noun(&head);
        let proper = toks
            .iter()
            .find(|t| is_capitalised(word(body, t)) && !is_determiner(word(body, t)));
        if collective {
            if let Some(p) = proper {
                // "The Iraqi military statement": the organisation is "Iraqi military".
                let mut end_tok = toks.len();
                while end_tok > 1 && is_document_noun(word(body, &toks[end_tok - 1])) {
                    end_tok -= 1;
                }
                let name = Span::new(p.span.start, toks[end_tok - 1].span.end);
                return Some(Written {
                    span: name,
                    name: Some(name),
                    kind: SpeakerKind::Organisation,
                    role: None,
                    role_words: words,
                });
            }
        }
        return Some(Written {
            span: whole,
            name: None,
            kind: SpeakerKind::Role,
            role: None,
            role_words: words,
        });
    }
    // The name: the trailing run of capitalised words that are not titles.
    let mut s = toks.len();
    while s > 0 {
        let w = word(body, &toks[s - 1]);
        let ok = (is_capitalised(w) && !is_title(w) && !is_not_name(w))
            || (is_name_particle(w) && s < toks.len());
        let org = is_org_word(w);
        // "Marijuana Industry Group's Mike Elliott": the name is the person's after the
        // possessive ("the U.S. Attorney's Office" stays whole).
        let possessive = w.ends_with("'s") || w.ends_with("\u{2019}s");
        if possessive && s < toks.len() && !toks[s..].iter().any(|t| is_org_word(word(body, t))) {
            break;
        }
        if !(ok || (org && s == toks.len())) {
            // Titles inside an organisation's name stay ("House Intelligence Committee").
            if !(is_title(w) && toks[s..].iter().any(|t| is_org_word(word(body, t)))) {
                break;
            }
        }
        s -= 1;
    }
    while s < toks.len() && is_name_particle(word(body, &toks[s])) {
        s += 1;
    }
    if s == toks.len() {
        return None;
    }
    let name_toks = &toks[s..];
    let org = name_toks.iter().any(|t| is_org_word(word(body, t)));
    let name = Span::new(name_toks[0].span.start, last.span.end);
    let role = (s > 0).then(|| Span::new(first.span.start, toks[s - 1].span.end));
    Some(Written {
        span: name,
        name: Some(name),
        kind: if org {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        },
        role: role.filter(|r| !is_determiner(r.text(body))),
        role_words: Vec::new(),
    })
}

/// A speaker phrase led by a determiner or number that the word lists do not cover ("the
/// 46-year-old", "one well-connected Democrat familiar with the campaign"): from token `start` up to
/// `end` (exclusive), at most 12 words and no punctuation. Kept as written, as a role.
pub fn determiner_phrase(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<Written> {
    let first = toks.get(start).filter(|t| t.is_word() && start < end)?;
    let lead = first.span.text(body).to_lowercase();
    let ok = is_determiner(&lead)
        || matches!(
            lead.as_str(),
            "one"
                | "two"
                | "three"
                | "some"
                | "several"
                | "many"
                | "this"
                | "that"
                | "these"
                | "those"
        );
    if !ok || end - start > 12 || toks[start..end].iter().any(|t| !t.is_word()) {
        return None;
    }
    let span = Span::new(first.span.start, toks[end - 1].span.end);
    Some(Written {
        span,
        name: None,
        kind: SpeakerKind::Role,
        role: None,
        role_words: toks[start..end]
            .iter()
            .map(|t| t.span.text(body).to_lowercase())
            .filter(|w| !is_determiner(w))
            .collect(),
    })
}

/// No speech verb among these tokens (a phrase must not swallow its own verb).
fn cues_free(body: &str, toks: &[Tok]) -> bool {
    toks.iter()
        .all(|t| crate::extract::cues::speech_verb_lemma(word(body, t)).is_none())
}

#[cfg(test)]
#[path = "phrase_tests.rs"]
mod tests;
