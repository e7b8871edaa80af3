//! Passive attributions: `SUBJECT was CUE-ed [adverbials] by SOURCE` ("Cruz was endorsed on Friday by
//! the governor", "the plan was criticised by farmers' unions"). What the source said or did is
//! about the subject, so the subject is the content and the agent after "by" is the source; the
//! cue's own stance applies as in the active voice. The same participle set off by commas after a
//! noun phrase ("the GOP-sponsored law, opposed by Democrats, ...", "Assad, aided by the Russians
//! and opposed by the U.S., held on") says the agent's stance on that noun phrase.

use super::frames::{is_clause_punct, Frame};
use super::lexicon::*;
use super::source_phrase::valid_source;
use super::tokens::{Token, TokenKind};
use super::verb_group::cue_of;
use crate::extract::cues;
use crate::extract::Span;

/// Words that end the agent phrase after "by" ("by the governor for his vote", "by voters than").
#[rustfmt::skip]
const AGENT_ENDS: &[&str] = &[
    "for", "of", "than", "who", "which", "that", "to", "as", "after", "before", "in", "on", "at",
    "during", "because", "while", "when", "but", "over", "since", "with",
];

/// How many words may stand between the participle and "by" ("endorsed the day before by").
const MAX_BEFORE_BY: usize = 5;

/// The passive frame whose participle cue is `tokens[c..ce]`, if "by" and an agent follow.
pub(super) fn passive(tokens: &[Token], c: usize, ce: usize, lemma: &'static str) -> Option<Frame> {
    // "accused by X of Y": the content is the charge after the agent, not handled here.
    if cues::flags(lemma).accusing || !tokens[c].lower().ends_with("ed") {
        return None;
    }
    // A form of "be" right before the participle, with adverbs between ("was also backed").
    let mut be = c;
    // ("were quickly derided": an adverb in "-ly" too.)
    let adverb = |t: &Token| {
        t.is_any(AUX_BEFORE_CUE)
            || t.is_lowercase_word() && t.text.len() > 4 && t.text.ends_with("ly")
    };
    while be > 0 && adverb(&tokens[be - 1]) && !tokens[be - 1].is_any(BE_FORMS) {
        be -= 1;
    }
    if be == 0 || !tokens[be - 1].is_any(BE_FORMS) {
        return None;
    }
    let by = (ce..tokens.len().min(ce + MAX_BEFORE_BY + 1))
        .take_while(|&k| !is_clause_punct(&tokens[k]))
        .find(|&k| tokens[k].is("by"))?;
    let agent_start = by + 1;
    let mut agent_end = agent_start;
    while agent_end < tokens.len()
        && agent_end - agent_start < 10
        && !is_clause_punct(&tokens[agent_end])
        && !(tokens[agent_end].is_lowercase_word() && tokens[agent_end].is_any(AGENT_ENDS))
    {
        agent_end += 1;
    }
    if agent_end == agent_start || !valid_source(&tokens[agent_start..agent_end], false) {
        return None;
    }
    let (s, e) = subject_before(tokens, be - 1)?;
    let (cue, cue_span) = cue_of(tokens, c, ce);
    Some(Frame {
        content: Span::new(tokens[s].span.start, tokens[e - 1].span.end),
        source: Span::new(
            tokens[agent_start].span.start,
            tokens[agent_end - 1].span.end,
        ),
        cue,
        lemma,
        cue_span,
        frame_negated: tokens[be..c].iter().any(|t| t.is_any(&["not", "never"])),
        rest: None,
        refers_to: None,
    })
}

/// The subject noun phrase ending before the "be" at `end` (and its auxiliaries): back to a clause
/// boundary, at most twelve tokens. A relative pronoun ("which was criticised by") is no subject.
fn subject_before(tokens: &[Token], end: usize) -> Option<(usize, usize)> {
    // "He also was backed", "Obama will probably be remembered", "I haven't been endorsed": the
    // auxiliaries and adverbs before "be" belong to the verb, not to the subject.
    let mut e = end;
    while e > 0 && {
        let t = &tokens[e - 1];
        t.is_lowercase_word()
            && (t.is_any(AUX_BEFORE_CUE)
                || t.is_any(&[
                    "will", "may", "might", "could", "should", "must", "can", "probably",
                ])
                || t.lower().ends_with("ly")
                || t.lower().ends_with("n't")
                || t.lower().ends_with("n\u{2019}t"))
    } {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && e - s < 12 {
        let t = &tokens[s - 1];
        if t.kind == TokenKind::Punct && !super::frames::is_initial_period(tokens, s - 1)
            || t.is_lowercase_word()
                && (t.is_any(SUBORDINATORS) || t.is_any(&["and", "but", "or", "that"]))
        {
            break;
        }
        s -= 1;
    }
    while s < e && tokens[s].is_any(LEADING_DROPPABLE) {
        s += 1;
    }
    if s >= e
        || tokens[s..e]
            .iter()
            .any(|t| t.is_any(&["which", "who", "what", "it", "there"]))
    {
        return None;
    }
    Some((s, e))
}

/// Adverbs that may stand before an appositive participle ("first reported by", "long backed by").
const APPOSITIVE_ADVERBS: &[&str] = &[
    "first",
    "previously",
    "originally",
    "long",
    "once",
    "also",
    "strongly",
    "widely",
];

/// `NP, CUE-ed [adverbials] by SOURCE,`: the participle cue at `c..ce` after a comma (or after "and"
/// inside the same appositive), its agent up to the next comma or the end of the unit, and the
/// noun phrase before the comma as the content.
pub(super) fn appositive_passive(
    tokens: &[Token],
    c: usize,
    ce: usize,
    lemma: &'static str,
) -> Option<Frame> {
    // "Mike Baxter, portrayed by Allen": naming, asking and requesting report no stance here.
    let flags = cues::flags(lemma);
    if flags.accusing || flags.non_asserting() || !tokens[c].lower().ends_with("ed") {
        return None;
    }
    let mut k = c;
    while k > 0 && tokens[k - 1].is_any(APPOSITIVE_ADVERBS) {
        k -= 1;
    }
    // "aided by the Russians and opposed by the U.S.": the comma opens the first participle.
    let comma = if k > 0 && tokens[k - 1].is("and") {
        (k.saturating_sub(10)..k - 1)
            .rev()
            .find(|&j| is_clause_punct(&tokens[j]))?
    } else {
        k.checked_sub(1)?
    };
    if comma == 0 || !tokens[comma].is_punct(',') {
        return None;
    }
    let by = (ce..tokens.len().min(ce + 4))
        .take_while(|&j| !is_clause_punct(&tokens[j]))
        .find(|&j| tokens[j].is("by"))?;
    // Only an adverbial between the participle and "by" ("endorsed in New Hampshire by"); an
    // object makes it an active verb ("X, in releasing the email, noted testimony by Y").
    if by > ce
        && !(tokens[ce].is_lowercase_word()
            && (tokens[ce].is_any(OBJECT_PREPOSITIONS)
                || tokens[ce].is_any(ADVERBIAL_PREPOSITIONS))
            || is_time_word(&tokens[ce]))
    {
        return None;
    }
    let agent = by + 1;
    let mut agent_end = agent;
    while agent_end < tokens.len()
        && agent_end - agent < 10
        && !is_clause_punct(&tokens[agent_end])
        && !(tokens[agent_end].is_lowercase_word()
            && (tokens[agent_end].is_any(AGENT_ENDS) || tokens[agent_end].is("and")))
    {
        agent_end += 1;
    }
    if agent_end == agent || !valid_source(&tokens[agent..agent_end], false) {
        return None;
    }
    let (mut s, e, subordinate) = super::source_phrase::source_before(tokens, comma)?;
    if subordinate || e != comma {
        return None;
    }
    // "ordered up a legal analysis": a verb's particle is no part of the noun phrase.
    while s < e && tokens[s].is_any(&["up", "out", "off", "down", "back"]) {
        s += 1;
    }
    if s == e {
        return None;
    }
    let (cue, cue_span) = cue_of(tokens, c, ce);
    Some(Frame {
        content: Span::new(tokens[s].span.start, tokens[e - 1].span.end),
        source: Span::new(tokens[agent].span.start, tokens[agent_end - 1].span.end),
        cue,
        lemma,
        cue_span,
        frame_negated: false,
        rest: None,
        refers_to: None,
    })
}
