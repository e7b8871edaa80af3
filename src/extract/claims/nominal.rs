//! Nominal attributions: a noun that says what its possessor said or holds, with the content after
//! it. `POSSESSOR NOUN that|of|for|about|on|against|to CONTENT`: "Trump's claim that the wall would
//! pay for itself", "his support for the bill", "their criticism of the ruling". The nouns and
//! their flags are the `[nouns]` of `data/lexicon/cues.txt`; the possessor is the source as
//! written (a possessive pronoun, or a name without its "'s"); the content runs to the next clause
//! punctuation, since where a noun phrase's clause ends is not known without a parse.

use super::frames::{is_clause_punct, is_initial_period, trim_quotes, Frame};
use super::lexicon::{
    is_time_word, DETERMINERS, OTHER_POSSESSIVES, PERSON_POSSESSIVES, SOURCE_NOUNS, STOPWORDS,
};
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
    if let Some(frame) = agent_after(tokens, k, lemma) {
        return Some(frame);
    }
    let link = tokens.get(k + 1).filter(|t| t.is_any(CONTENT_LINKS))?;
    // "their case that A", "his case for X" argue; "pressed their case to the floor" names where.
    if lemma == "case" && !link.is_any(&["that", "for", "against"]) {
        return None;
    }
    // Up to two adjectives may stand between possessor and noun ("his repeated claim", "Trump's
    // recent evidence-free assertion": a hyphen joining a compound counts with its words).
    let mut p = k - 1;
    let mut adjectives = 0;
    while possessor(tokens, p).is_none() && p > 0 && adjectives < 2 {
        let t = &tokens[p];
        let joined = t.text == "-"
            && tokens[p - 1].span.end == t.span.start
            && tokens[p + 1].span.start == t.span.end;
        if joined {
            p -= 1;
            continue;
        }
        // A second step needs two adjectives: neither a function word, a gerund, a past tense
        // nor a plural ("her equal in proposals", "her time taking questions", "his aides
        // referred requests").
        let not_adjective = adjectives > 0
            && [t, &tokens[p + 1]].iter().any(|w| {
                w.is_any(STOPWORDS)
                    || w.text.ends_with("ing")
                    || w.text.ends_with("ed")
                    || w.text.ends_with('s')
            });
        if !t.is_lowercase_word() || t.is_any(DETERMINERS) || not_adjective {
            break;
        }
        adjectives += 1;
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

/// How many tokens the source after "from" or "by" may have ("comments from former Secretary of
/// Defense Leon Panetta that").
const MAX_AGENT_TOKENS: usize = 10;

/// `NOUN from|by SOURCE that CONTENT` and `NOUN from|by SOURCE to VERB`: the source follows the
/// noun ("comments from Leon Panetta that A", "a statement by George Clooney that A", "a decision
/// by Mr. Obama to cut aid", "calls from party leaders to drop out"). The source must be a source
/// phrase (a name, a pronoun, people); "to" must open an infinitive, not a comparison ("support
/// from Latinos compared to"); the content runs to the next clause punctuation.
fn agent_after(tokens: &[Token], k: usize, lemma: &'static str) -> Option<Frame> {
    let mut by = k + 1;
    // "a demand, by Nancy Pelosi, that A": the agent set off by commas.
    let commas = tokens.get(by).is_some_and(|t| t.is_punct(','));
    if commas {
        by += 1;
    }
    if !tokens.get(by)?.is_any(&["from", "by"]) {
        return None;
    }
    let agent = by + 1;
    let link = (agent + 1..tokens.len().min(agent + 1 + MAX_AGENT_TOKENS))
        .take_while(|&i| {
            !is_clause_punct(&tokens[i])
                || is_initial_period(tokens, i)
                || commas && tokens[i].is_punct(',')
        })
        .find(|&i| tokens[i].is_lowercase_word() && tokens[i].is_any(&["that", "to"]))?;
    let mut agent_end = link;
    if commas && tokens[agent_end - 1].is_punct(',') {
        agent_end -= 1;
    }
    // A relative clause or a verb inside the agent makes the link its own ("plans by the company
    // that owns Nabisco", "criticism from Democrats who agree that", "an endorsement by the council
    // needs to be ratified").
    let phrase = &tokens[agent..agent_end];
    if agent_end <= agent
        || phrase.iter().any(|t| {
            t.is_punct(',')
                || t.is_any(&["who", "which", "whose", "that"])
                || t.is_lowercase_word() && super::source_phrase::looks_like_verb(t.text)
        })
        || !super::source_phrase::valid_source(phrase, false)
    {
        return None;
    }
    let start = link + 1;
    let head = &tokens[agent_end - 1];
    // "calls from party leaders to drop out": only a head that names people or a body; a verb
    // in "-s" before "to" is no head ("business starts to").
    let infinitive = tokens[link].is("to")
        && (head.is_capitalised()
            || head.is_any(SOURCE_NOUNS)
            || crate::extract::refer::is_tie_noun(head.text)
            || ["ers", "ors", "ists", "ates", "ries", "ians"]
                .iter()
                .any(|e| head.lower().ends_with(e)))
        && tokens.get(start).is_some_and(|t| {
            t.is_lowercase_word() && !t.is_any(DETERMINERS) && !t.lower().ends_with("ing")
        });
    // "that" opens a clause with a subject of its own ("that the law would ..."), not a verb.
    let clause = tokens[link].is("that")
        && tokens.get(start).is_some_and(|t| {
            !t.is_lowercase_word()
                || t.is_any(DETERMINERS)
                || t.is_any(&[
                    "he", "she", "it", "they", "we", "i", "there", "someone", "no",
                ])
                || t.lower().ends_with("ing")
        });
    if !clause && !infinitive {
        return None;
    }
    let content_start = if infinitive { link } else { start };
    let end = (start..tokens.len())
        .find(|&i| is_clause_punct(&tokens[i]) && !tokens[i].is_quote_mark())
        .unwrap_or(tokens.len());
    if end <= start + 1 {
        return None;
    }
    Some(Frame {
        content: trim_quotes(
            tokens,
            Span::new(tokens[content_start].span.start, tokens[end - 1].span.end),
        ),
        source: Span::new(tokens[agent].span.start, tokens[agent_end - 1].span.end),
        cue: format!("{} {}", tokens[k].lower(), tokens[by].lower()),
        lemma,
        cue_span: Span::new(tokens[k].span.start, tokens[by].span.end),
        frame_negated: false,
        rest: None,
        refers_to: None,
    })
}
