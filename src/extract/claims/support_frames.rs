//! Support received: "Cruz won the endorsement of Bob Vander Plaats", "Clinton has the support of
//! women", "Mrs. Clinton received even stronger support from those who ...". The source comes
//! after the noun (the ones who back), the content is the subject (who is backed), as PolNeAR and
//! a reader both read it: "Vander Plaats endorsed Cruz". The stance is the noun's, as in "his
//! support for X" (`nominal.rs`), read the other way round.

use super::frames::{is_clause_punct, Frame};
use super::lexicon::*;
use super::source_phrase::{looks_like_verb, source_before};
use super::tokens::{Token, TokenKind};
use super::verb_group::skip_to_source;
use crate::extract::cues;
use crate::extract::Span;

/// Verbs of getting or holding, before a support noun ("won", "received", "has", "drew").
#[rustfmt::skip]
const GAIN_VERBS: &[&str] = &[
    "won", "win", "wins", "received", "receive", "receives", "drew", "draw", "draws", "has",
    "have", "had", "enjoys", "enjoyed", "enjoy", "got", "gets", "earned", "earns", "earn",
    "secured", "secures", "garnered", "garners", "gained", "gains", "picked", "locked", "landed",
    "lands", "snagged", "nabbed",
];

/// Nouns of support and the lemma of `cues.txt` that gives their stance.
fn support_lemma(word: &Token) -> Option<&'static str> {
    if !word.is_lowercase_word() {
        return None;
    }
    match word.lower().as_str() {
        "support" | "backing" | "blessing" => cues::attribution_noun_lemma("support"),
        "endorsement" | "endorsements" => cues::attribution_noun_lemma("endorsement"),
        _ => None,
    }
}

/// `SUBJECT GAIN-VERB [the|any|48%|strong ...] SUPPORT-NOUN of|from|among SOURCE` at the noun `n`.
pub(super) fn support_received(tokens: &[Token], n: usize) -> Option<Frame> {
    let lemma = support_lemma(&tokens[n])?;
    let prep = tokens.get(n + 1)?;
    if !(prep.is_lowercase_word() && prep.is_any(&["of", "from", "among"])) {
        return None;
    }
    // Back from the noun over at most four modifiers to the verb ("won overwhelming support",
    // "received even stronger support", "enjoys 48% support", "locked in support").
    let mut v = n;
    while v > 0 && n - v < 5 {
        let t = &tokens[v - 1];
        if t.is_lowercase_word() && t.is_any(GAIN_VERBS) {
            break;
        }
        // "have sought support from", "have polarized in support of": another verb, or a
        // preposition other than the particle of "locked in", makes it no support received.
        let particle = t.is_any(&["in", "up"]) && v >= 2 && tokens[v - 2].is_any(GAIN_VERBS);
        let verb = t.text.ends_with("ed") && looks_like_verb(t.text)
            || cues::claim_verb_lemma(t.text).is_some();
        let preposition = t.is_any(OBJECT_PREPOSITIONS) && !particle;
        let modifier = t.is_lowercase_word() && !verb && !preposition
            || t.kind == TokenKind::Number
            || t.is_punct('%');
        if !modifier || t.is_any(SOURCE_BOUNDARIES) && !t.is_any(&["more"]) {
            return None;
        }
        v -= 1;
    }
    let verb = v.checked_sub(1)?;
    if !tokens[verb].is_any(GAIN_VERBS) {
        return None;
    }
    let (subject_end, negated) = skip_to_source(tokens, verb);
    let (s, e, _) = source_before(tokens, subject_end)?;
    let (ss, se) = backers(tokens, n + 2)?;
    Some(Frame {
        content: Span::new(tokens[s].span.start, tokens[e - 1].span.end),
        source: Span::new(tokens[ss].span.start, tokens[se - 1].span.end),
        cue: tokens[verb..n + 2]
            .iter()
            .map(|t| t.lower())
            .collect::<Vec<_>>()
            .join(" "),
        lemma,
        cue_span: Span::new(tokens[verb].span.start, tokens[n + 1].span.end),
        frame_negated: negated,
        rest: None,
        refers_to: None,
    })
}

/// The backers after the support noun's preposition: a noun phrase up to the next clause
/// punctuation, conjunction, relative pronoun or verb ("women", "members of Congress", "his
/// fellow senators"; "those who said ..." keeps only "those").
fn backers(tokens: &[Token], from: usize) -> Option<(usize, usize)> {
    let mut e = from;
    while e < tokens.len() && e - from < 8 {
        let t = &tokens[e];
        let stop = is_clause_punct(t) && !super::frames::is_initial_period(tokens, e)
            || t.is_lowercase_word() && (t.is_any(SOURCE_BOUNDARIES) || looks_like_verb(t.text));
        if stop {
            break;
        }
        e += 1;
    }
    (e > from && tokens[e - 1].is_word()).then_some((from, e))
}
