//! Long subjects: the head noun phrase of a subject that a postmodifier separates from its cue.
//!
//! The phrase walk of [`super::source_phrase::source_before`] reads back from the cue over a short
//! noun phrase and stops at a verb-like word or most prepositions, so it finds no source in
//! "A poll from a state university released Wednesday found ...", "Many farmers clamoring for
//! lower tariffs support ...", or "The officials whose rules were struck down say ...". When it
//! finds none, this walk goes back to the start of the clause, takes the noun phrase that opens it
//! as the head, and accepts it when what stands between the head and the cue is a postmodifier: a
//! prepositional phrase, a relative clause, or a participle phrase. The source as written is the
//! head alone ("A poll", "Many farmers"): a name inside the postmodifier ("advisers to the
//! governor") is not the one speaking.

use super::frames::is_initial_period;
use super::lexicon::*;
use super::source_phrase::{looks_like_verb, valid_source};
use super::tokens::{Token, TokenKind};
use crate::extract::cues;

/// Prepositions that open a postmodifier of a subject ("voters in Iowa", "a poll from X",
/// "members across the party").
#[rustfmt::skip]
const POSTMODIFIER_PREPOSITIONS: &[&str] = &[
    "of", "for", "in", "at", "from", "on", "with", "among", "across", "around", "inside",
    "outside", "near", "within", "throughout", "behind", "under", "like", "including",
];

/// Relative pronouns that open a postmodifier ("officials who met him", "groups that oppose it").
const RELATIVES: &[&str] = &["who", "whose", "whom", "that", "which"];

/// The most tokens a long subject may span before its cue.
const MAX_SUBJECT: usize = 24;

/// The head of a long subject ending before token `end`, for the cue at `c`: (start, end) of the
/// head noun phrase, and whether the content ends at the clause's comma (see [`ends_at_comma`]).
pub(super) fn head_before(tokens: &[Token], end: usize, c: usize) -> Option<(usize, usize, bool)> {
    // "voters in the state with strong support", "her long support for": without an auxiliary
    // verb the cue must be a verb form that is no attribution noun as well ("support", "claims",
    // "calls" are both).
    let verbal_aux = tokens[end..c].iter().any(|t| {
        t.is_any(BE_FORMS)
            || t.is_any(MODAL_AUXILIARIES)
            || t.is_any(DO_FORMS)
            || t.is_any(&["not", "n't", "to"])
    });
    if !verbal_aux && !is_plain_verb_form(&tokens[c]) {
        return None;
    }
    let start = clause_start(tokens, end)?;
    let mut s = start;
    while s < end && tokens[s].is_any(LEADING_DROPPABLE) {
        s += 1;
    }
    // The head runs to the first word that opens a postmodifier.
    let mut h = s;
    while h < end && h - s < 8 && !opens_postmodifier(tokens, h) {
        let t = &tokens[h];
        if t.is_lowercase_word() && (t.is_any(SOURCE_BOUNDARIES) || t.is_any(BE_FORMS)) {
            return None;
        }
        h += 1;
    }
    if h == s || h >= end || !opens_postmodifier(tokens, h) {
        return None;
    }
    let head = &tokens[s..h];
    // "those surveyed say", "those polled by the paper believe": "those" with a participle names
    // the people asked.
    let those = head.len() == 1 && head[0].is("those") && tokens[h].text.ends_with("ed");
    if those {
        return postmodifier_ok(tokens, h, end)
            .then(|| (s, h, ends_at_comma(tokens, start, h, end)));
    }
    if !valid_source(head, s == 0)
        || head
            .first()
            .is_some_and(|t| t.is_any(ADVERBIAL_PREPOSITIONS))
        || !speaking_head(head, s == 0)
    {
        return None;
    }
    // "countries on every continent see risks", "Catholics polled responded to": a view or an act
    // is read only for a head that names a speaker by its noun ("officials", "a poll").
    let noun_head = head
        .last()
        .is_some_and(|t| t.is_any(SOURCE_NOUNS) || t.is_any(QUANTIFIER_SOURCES));
    let speech = cues::speech_verb_lemma(tokens[c].text).is_some();
    if !speech && !noun_head {
        return None;
    }
    if !postmodifier_ok(tokens, h, end) {
        return None;
    }
    Some((s, h, ends_at_comma(tokens, start, h, end)))
}

/// Does the clause of a long subject starting at `start` end at its comma: an appositive
/// relative ("X, all of whom opposed A, ...") or a subordinate clause ("While those surveyed
/// said A, B")?
fn ends_at_comma(tokens: &[Token], start: usize, h: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map(|k| &tokens[k]);
    let appositive = before.is_some_and(|t| t.is_punct(','))
        && tokens[h..end].iter().any(|t| t.is_any(RELATIVES));
    appositive || before.is_some_and(|t| t.is_any(SUBORDINATORS))
}

/// A head that can speak: a source noun ("officials", "a new poll"), a quantifier or number
/// ("Thirty-one percent", "Many"), or a name (capitalised, and not only because it opens the unit:
/// "Depending on ...", "Survey timing ...").
fn speaking_head(head: &[Token], at_unit_start: bool) -> bool {
    let Some(last) = head.last() else {
        return false;
    };
    let named = last.is_capitalised() && !(at_unit_start && head.len() == 1);
    named
        || last.is_any(SOURCE_NOUNS)
        || last.is_any(QUANTIFIER_SOURCES)
        || last.kind == TokenKind::Number
        || super::quantities::is_number_word(last)
}

/// Where the clause holding the subject before `end` starts: the start of the unit, or the word
/// after a clause punctuation mark, a subordinator or a coordinator. `None` when the walk is too
/// long or crosses a quotation mark.
fn clause_start(tokens: &[Token], end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 {
        if end - k >= MAX_SUBJECT {
            return None;
        }
        let t = &tokens[k - 1];
        if t.is_quote_mark() {
            return None;
        }
        if t.kind == TokenKind::Punct && !is_initial_period(tokens, k - 1) {
            break;
        }
        // "As another study noted": a subordinator opening the unit is written with a capital.
        if (t.is_lowercase_word() || k == 1) && t.is_any(SUBORDINATORS) {
            break;
        }
        // "a poll for NBC News and The Journal released Monday showed": a coordinator may join
        // two nouns inside the subject as well as two clauses; neither reading is safe.
        if t.is_lowercase_word() && t.is_any(&["and", "but", "or", "nor", "so", "yet"]) {
            return None;
        }
        // "found that voters in the state want": "that" after a verb opens a clause; after a noun
        // it is a relative pronoun inside the subject ("groups that oppose it").
        if t.is("that") && k >= 2 && is_verbal(&tokens[k - 2]) {
            break;
        }
        // Another cue word: "Officials asked about the plan said", or a clause without "that"
        // ("Trump insisted voters in Iowa want"), is not read.
        if t.is_lowercase_word()
            && cues::claim_verb_lemma(t.text).is_some()
            && !is_noun_use(tokens, k - 1)
        {
            return None;
        }
        k -= 1;
    }
    Some(k)
}

/// Is the cue form at `k` a source noun used as one ("The report published Tuesday showed", "An
/// earlier report in a paper said")? A determiner or a possessive comes before it, maybe with one
/// modifier between; a pronoun before it makes it a verb ("they report").
fn is_noun_use(tokens: &[Token], k: usize) -> bool {
    let determines = |t: &Token| t.is_any(DETERMINERS) || t.is_possessive();
    let modifier = |t: &Token| {
        t.is_word()
            && !t.is_any(PERSONAL_SUBJECT_PRONOUNS)
            && !t.is_any(BE_FORMS)
            && !t.is_any(MODAL_AUXILIARIES)
            && !t.is_any(DO_FORMS)
    };
    tokens[k].is_any(SOURCE_NOUNS)
        && k > 0
        && (determines(&tokens[k - 1])
            || k > 1 && modifier(&tokens[k - 1]) && determines(&tokens[k - 2]))
}

/// Is `tokens[k]` the first word of a postmodifier: a preposition, a relative pronoun, or a past
/// participle ("released", "briefed")? A word in "-ing" after a noun is as often a noun itself
/// ("the same polling", "a video recording") and opens none.
fn opens_postmodifier(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.is_lowercase_word()
        && (t.is_any(POSTMODIFIER_PREPOSITIONS)
            || t.is_any(RELATIVES)
            || looks_like_verb(t.text) && t.text.ends_with("ed") && !t.is_any(SOURCE_NOUNS))
}

/// What stands between the head and the cue reads as one postmodifier: no finite verb or
/// personal pronoun before a relative pronoun (which would make a clause of its own: "the bill
/// he signed"), and a participle opening it has no object of its own ("the poll released
/// Monday", not "Trump signed the order").
fn postmodifier_ok(tokens: &[Token], h: usize, end: usize) -> bool {
    let opener = &tokens[h];
    // A reduced passive ("the poll released Monday", "people briefed on the talks", "voters
    // polled") has no object; "Lazar released notes" is a clause of its own.
    if opener.text.ends_with("ed")
        && h + 1 < end
        && !tokens[h + 1].is_any(POSTMODIFIER_PREPOSITIONS)
        && !tokens[h + 1].is_any(&["by", "last", "this"])
        && !is_time_word(&tokens[h + 1])
    {
        return false;
    }
    for t in &tokens[h..end] {
        if t.is_lowercase_word() && t.is_any(RELATIVES) {
            return true;
        }
        if t.is_any(BE_FORMS)
            || t.is_any(MODAL_AUXILIARIES)
            || t.is_any(DO_FORMS)
            || t.is_any(PERSONAL_SUBJECT_PRONOUNS)
        {
            return false;
        }
    }
    true
}

/// A cue form that is a verb and nothing else: a past tense, a third-person form, or a base form
/// that is no attribution noun ("say", "believe", not "support" or "call").
pub(super) fn is_plain_verb_form(t: &Token) -> bool {
    let w = t.lower();
    cues::attribution_noun_lemma(&w).is_none()
        && !w.ends_with("ing")
        && !matches!(
            w.as_str(),
            "show" | "shows" | "report" | "reports" | "plan" | "plans"
        )
}

/// A word after which "that" opens a clause: a verb (a cue, a past tense) or a form of "be".
fn is_verbal(t: &Token) -> bool {
    t.is_any(BE_FORMS)
        || cues::claim_verb_lemma(t.text).is_some()
        || cues::speech_verb_lemma(t.text).is_some()
        || t.is_lowercase_word() && looks_like_verb(t.text)
}
