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

pub mod content_first;
pub mod frames;
pub mod hedges;
pub mod lexicon;
pub mod outlet;
pub mod quantities;
pub mod sources;
pub mod tokens;

use super::{Article, Claim, ClaimKind, Entity, Mention, Quote, QuoteKind, Span};
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
    let body = &article.body;
    let units = tokens::article_units(article);
    let mut resolver = sources::Resolver::new(article, quotes);
    let mut claims = Vec::new();
    for (ui, &(sentence, unit)) in units.iter().enumerate() {
        let toks = tokenize(body, unit);
        let found = frames::find(&toks);
        let window_start = units[ui.saturating_sub(ANTECEDENT_UNITS)].1.start;
        for frame in &found {
            if is_short_quote(body, frame.content) {
                continue;
            }
            let written = frame.refers_to.unwrap_or(frame.source);
            let source = resolver.resolve(written, sentence, window_start, entities, mentions);
            let content_tokens = tokenize(body, frame.content);
            let cue = super::cues::flags(frame.lemma);
            let denies = cue.denying;
            let negated = hedges::negated(&content_tokens) ^ denies ^ frame.frame_negated;
            let hedged = hedges::hedged(&content_tokens)
                || hedges::hedged(&tokenize(
                    body,
                    Span::new(
                        frame.source.start.min(frame.cue_span.start),
                        frame.source.end.max(frame.cue_span.end),
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
                entities: Vec::new(),
                quantities: quantities::find(&content_tokens),
            });
            if let Some(rest) = frame.rest {
                push_outlet_claim(body, rest, sentence, quotes, &mut claims);
            }
        }
        if found.is_empty() {
            push_outlet_claim(body, unit, sentence, quotes, &mut claims);
        }
    }
    for claim in &mut claims {
        let mut ids: Vec<usize> = mentions
            .iter()
            .filter(|m| claim.span.contains(m.span))
            .map(|m| m.entity)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        claim.entities = ids;
    }
    claims
}

fn push_outlet_claim(
    body: &str,
    unit: Span,
    sentence: usize,
    quotes: &[Quote],
    claims: &mut Vec<Claim>,
) {
    let toks = tokenize(body, unit);
    if !outlet::is_outlet_claim(&toks, unit.text(body)) {
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
        entities: Vec::new(),
        quantities: quantities::find(&toks[..end]),
    });
}

/// Is `content` exactly a quotation (marks right around it) of fewer than four words?
fn is_short_quote(body: &str, content: Span) -> bool {
    let before = body[..content.start].trim_end().chars().next_back();
    let after = body[content.end..].trim_start().chars().next();
    let quote = |c: Option<char>| {
        c.is_some_and(|c| {
            crate::extract::text::is_double_quote(c) || matches!(c, '\u{2018}' | '\u{2019}')
        })
    };
    let words = tokenize(body, content)
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count();
    quote(before) && quote(after) && words < MIN_QUOTED_CLAIM_WORDS || words < 2
}

#[cfg(test)]
mod tests;
