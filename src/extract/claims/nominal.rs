//! Nominal attributions: a noun that says what its possessor said or holds, with the content after
//! it. `POSSESSOR NOUN that|of|for|about|on|against|to CONTENT`: "Trump's claim that the wall would
//! pay for itself", "his support for the bill", "their criticism of the ruling". The nouns and
//! their flags are the `[nouns]` of `data/lexicon/cues.txt`; the possessor is the source as
//! written (a possessive pronoun, or a name without its "'s"); the content runs to the next clause
//! punctuation, since where a noun phrase's clause ends is not known without a parse.

use super::frames::{is_clause_punct, is_initial_period, trim_quotes, Frame};
use super::lexicon::{is_time_word, DETERMINERS, OTHER_POSSESSIVES, PERSON_POSSESSIVES};
use super::tokens::Token;
use crate::extract::cues::attribution_noun_lemma;
use crate::extract::Span;

/// Words after the noun that introduce its content.
const CONTENT_LINKS: &[&str] = &["that", "of", "for", "about", "on", "against", "to"];

/// The nominal frames of one unit.
pub(super) fn find(tokens: &[Token]) -> Vec<Frame> {
    (1..tokens.len())
        .filter_map(|k| nominal_at(tokens, k))
        .collect()
}

fn nominal_at(tokens: &[Token], k: usize) -> Option<Frame> {
    let noun = &tokens[k];
    if !noun.is_lowercase_word() {
        return None;
    }
    let lemma = attribution_noun_lemma(noun.text)?;
    let link = tokens.get(k + 1).filter(|t| t.is_any(CONTENT_LINKS))?;
    // "their case that A", "his case for X" argue; "pressed their case to the floor" names where.
    if lemma == "case" && !link.is_any(&["that", "for", "against"]) {
        return None;
    }
    // One adjective may stand between possessor and noun ("his repeated claim").
    let mut p = k - 1;
    if possessor(tokens, p).is_none()
        && p > 0
        && tokens[p].is_lowercase_word()
        && !tokens[p].is_any(DETERMINERS)
    {
        p -= 1;
    }
    let source = possessor(tokens, p)?;
    let start = k + 2;
    let end = (start..tokens.len())
        .find(|&i| is_clause_punct(&tokens[i]) && !tokens[i].is_quote_mark())
        .unwrap_or(tokens.len());
    // "her statement on Tuesday": a time is when, not what.
    if end <= start
        || !tokens[start..end].iter().any(|t| t.is_word())
        || is_time_word(&tokens[start])
    {
        return None;
    }
    let content = trim_quotes(
        tokens,
        Span::new(tokens[start].span.start, tokens[end - 1].span.end),
    );
    Some(Frame {
        content,
        source,
        cue: format!("{} {}", noun.lower(), link.lower()),
        lemma,
        cue_span: Span::new(noun.span.start, link.span.end),
        frame_negated: false,
        rest: None,
        refers_to: None,
    })
}

/// The source as written when `tokens[p]` is a possessive: "his", or a name ending in "'s"
/// ("Donald Trump's" -> "Donald Trump").
fn possessor(tokens: &[Token], p: usize) -> Option<Span> {
    let t = &tokens[p];
    if t.is_any(PERSON_POSSESSIVES) || t.is_any(OTHER_POSSESSIVES) {
        return Some(t.span);
    }
    let stem = t
        .text
        .strip_suffix("'s")
        .or_else(|| t.text.strip_suffix("\u{2019}s"))?;
    if !t.is_capitalised() || stem.is_empty() {
        return None;
    }
    let mut s = p;
    while s > 0
        && p - s < 4
        && (tokens[s - 1].is_capitalised() || is_initial_period(tokens, s - 1))
        && !(s == 1 && tokens[0].is_any(DETERMINERS))
    {
        s -= 1;
    }
    Some(Span::new(tokens[s].span.start, t.span.start + stem.len()))
}
