//! Claims: what sources assert, and what the outlet asserts in its own voice.
//!
//! A claim in factdb is one clause of an article that states something as fact, with who states it:
//! - **attributed** (reported speech): "the ministry said (that) CONTENT", "according to X, CONTENT",
//!   "CONTENT, a spokesman said". The claim is the CONTENT, without the frame; the source is kept as
//!   written ("a senior State Department official") and as an entity when it names one (see
//!   [`sources`]). Direct quotes are claims too when they are a clause of four words or more: a source
//!   asserting something in its own words is still asserting it (shorter quoted content, such as
//!   `"No," he said`, is left to the quotes table);
//! - **outlet**: a declarative sentence about named or counted things that no source is said to
//!   assert; the outlet stands behind it (see [`outlet`]).
//!
//! Each claim carries flags for negation and hedging ([`hedges`]), the entities mentioned in its
//! content, and its quantities ([`quantities`]). Frames are found by [`frames`] over the tokens of
//! clause units ([`tokens`]); the rules are lexicons in [`lexicon`], not sample wording.

mod agents;
mod antecedents;
pub mod clause_frames;
pub mod content_first;
pub mod content_span;
mod cue_use;
pub mod frames;
pub mod hedges;
pub mod lexicon;
pub mod long_subject;
pub mod nominal;
pub mod outlet;
pub mod passive;
pub mod phrase_frames;
pub mod quantities;
pub mod source_first;
pub mod source_names;
pub mod source_phrase;
pub mod sources;
mod support_frames;
pub mod ties;
pub mod tokens;
pub mod verb_group;

use super::{
    Article, Cancel, Cancelled, Claim, ClaimKind, Entity, Mention, Quote, QuoteKind, Span,
};
use tokens::{tokenize, TokenKind};

/// Quoted content shorter than this many words is not a claim (see the module docs).
const MIN_QUOTED_CLAIM_WORDS: usize = 4;

/// How many clause units back a pronoun or "the official" may look for what it refers to.
const ANTECEDENT_UNITS: usize = 3;

/// Finds the claims of an article. Adds an entity and a mention for a named source that entity
/// recognition did not find (see [`sources`]), hence the mutable entities and mentions.
pub fn extract(
    article: &Article,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
    quotes: &[Quote],
) -> Vec<Claim> {
    match extract_with(article, entities, mentions, quotes, Cancel::NEVER) {
        Ok(claims) => claims,
        Err(Cancelled) => unreachable!("Cancel::NEVER never cancels"),
    }
}

/// [`extract`], stopping at the next clause unit once `cancel` asks to.
pub fn extract_with(
    article: &Article,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
    quotes: &[Quote],
    cancel: Cancel,
) -> Result<Vec<Claim>, Cancelled> {
    let body = &article.body;
    let units = tokens::article_units(article);
    let mut resolver = sources::Resolver::new(article, quotes);
    let mut claims = Vec::new();
    for (ui, (sentence, unit, toks)) in units.iter().enumerate() {
        let (sentence, unit) = (*sentence, *unit);
        cancel.check()?;
        let found = frames::find(toks);
        let window_start = units[ui.saturating_sub(ANTECEDENT_UNITS)].1.start;
        for frame in &found {
            let content_tokens = tokenize(body, frame.content);
            if is_short_quote(body, frame.content, &content_tokens)
                && !is_named_stance(body, frame, &content_tokens)
            {
                continue;
            }
            let written = frame.refers_to.unwrap_or(frame.source);
            let source = resolver.resolve(written, sentence, window_start, entities, mentions);
            let cue = super::cues::flags(frame.lemma);
            // "asked whether the ferry may run": the question's proposition follows "whether",
            // which would otherwise open a side clause spanning the whole content.
            let proposition = match content_tokens.first() {
                Some(t) if t.is_any(&["whether", "if"]) => &content_tokens[1..],
                _ => &content_tokens[..],
            };
            let denies = cue.denying;
            let negated = hedges::negated(proposition) ^ denies ^ frame.frame_negated;
            let hedged = hedges::hedged(proposition)
                || hedges::cue_hedged(&tokenize(
                    body,
                    Span::new(
                        frame.source.start.min(frame.cue_span.start),
                        frame.cue_span.start,
                    ),
                ))
                || cue.hedging;
            claims.push(Claim {
                span: frame.content,
                sentence,
                kind: ClaimKind::Attributed,
                cue: Some(frame.cue.clone()),
                source,
                source_span: Some(frame.source),
                negated,
                hedged,
                // A question, request, promise or naming ("asked whether", "urged X to", "called
                // it"): the source is said to have raised the content, not to assert it as fact.
                stance: cue.act,
                entities: Vec::new(),
                quantities: quantities::find(&content_tokens),
            });
            if let Some(rest) = frame.rest {
                let rest_tokens = tokenize(body, rest);
                push_outlet_claim(body, rest, &rest_tokens, sentence, quotes, &mut claims);
            }
        }
        if found.is_empty() {
            push_outlet_claim(body, unit, toks, sentence, quotes, &mut claims);
        }
    }
    cancel.check()?;
    claim_entities(&mut claims, mentions);
    Ok(claims)
}

/// Each claim's entities: those with a mention inside the claim. Mentions are looked up by position
/// (sorted once), not scanned per claim, so a long article costs near-linear time.
fn claim_entities(claims: &mut [Claim], mentions: &[Mention]) {
    let mut by_start: Vec<(usize, usize, usize)> = mentions
        .iter()
        .map(|m| (m.span.start, m.span.end, m.entity))
        .collect();
    by_start.sort_unstable();
    for claim in claims {
        let first = by_start.partition_point(|&(start, _, _)| start < claim.span.start);
        let mut ids: Vec<usize> = by_start[first..]
            .iter()
            .take_while(|&&(start, _, _)| start < claim.span.end)
            .filter(|&&(_, end, _)| end <= claim.span.end)
            .map(|&(_, _, entity)| entity)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        claim.entities = ids;
    }
}

/// An outlet's own claim in `unit` (its tokens `toks`), if it makes one.
fn push_outlet_claim(
    body: &str,
    unit: Span,
    toks: &[tokens::Token],
    sentence: usize,
    quotes: &[Quote],
    claims: &mut Vec<Claim>,
) {
    if !outlet::is_outlet_claim(toks, unit.text(body)) {
        return;
    }
    // Mostly a speech quote found by the quotes stage: that is the speaker's, not the outlet's.
    let quoted: usize = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech)
        .filter_map(|q| {
            let s = q.span.start.max(unit.start);
            let e = q.span.end.min(unit.end);
            (s < e).then(|| e - s)
        })
        .sum();
    if quoted * 2 > unit.len() {
        return;
    }
    let mut end = toks.len();
    while end > 0 && toks[end - 1].kind == TokenKind::Punct && !toks[end - 1].is_quote_mark() {
        end -= 1;
    }
    let span = Span::new(toks[0].span.start, toks[end - 1].span.end);
    claims.push(Claim {
        span,
        sentence,
        kind: ClaimKind::Outlet,
        cue: None,
        source: None,
        source_span: None,
        negated: hedges::negated(&toks[..end]),
        hedged: hedges::hedged(&toks[..end]),
        stance: super::Stance::Asserted,
        entities: Vec::new(),
        quantities: quantities::find(&toks[..end]),
    });
}

/// A stance on a named thing, one capitalised word ("Shumlin endorsed Clinton", "she criticized
/// Trump"): short, but what the source holds about whom, unlike a one-word fragment ("said so").
fn is_named_stance(body: &str, frame: &frames::Frame, toks: &[tokens::Token]) -> bool {
    super::cues::flags(frame.lemma).view
        && toks.len() == 1
        && toks[0].is_capitalised()
        && !matches!(body[..frame.content.start].trim_end().chars().next_back(), Some(c) if crate::extract::text::is_double_quote(c))
}

/// Is `content` (its tokens `toks`) exactly a quotation (marks right around it) of fewer than four
/// words?
fn is_short_quote(body: &str, content: Span, toks: &[tokens::Token]) -> bool {
    let before = body[..content.start].trim_end().chars().next_back();
    let after = body[content.end..].trim_start().chars().next();
    let quote = |c: Option<char>| {
        c.is_some_and(|c| {
            crate::extract::text::is_double_quote(c) || matches!(c, '\u{2018}' | '\u{2019}')
        })
    };
    let words = toks.iter().filter(|t| t.kind != TokenKind::Punct).count();
    quote(before) && quote(after) && words < MIN_QUOTED_CLAIM_WORDS || words < 2
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_agents;
#[cfg(test)]
mod tests_constructions;
#[cfg(test)]
mod tests_cue_use;
#[cfg(test)]
mod tests_cues;
#[cfg(test)]
mod tests_sources;
#[cfg(test)]
mod tests_speech;
#[cfg(test)]
mod tests_subject_walk;
#[cfg(test)]
mod tests_subjects;
#[cfg(test)]
mod tests_support;
