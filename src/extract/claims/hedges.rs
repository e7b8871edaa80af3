//! Negation and hedging: whether a claim says that something is not so, and whether it is asserted
//! only tentatively.
//!
//! Both are judged on the claim's main proposition only ([`main_clause`]): a negation or hedge inside
//! a subordinate clause ("if you don't see it"), a relative clause ("who never voted") or a "without"
//! phrase ("detained without due process") does not make the claim negative or tentative, and a
//! hedging adjective on a noun ("the alleged attack") hedges the noun, not what is said about it.

use super::lexicon::{AUX_BEFORE_CUE, OBJECT_PREPOSITIONS};
use super::tokens::Token;
use crate::extract::lang;

/// Words that open a clause or phrase outside the main proposition: it runs to the next comma (or the
/// end).
#[rustfmt::skip]
const SIDE_CLAUSE_OPENERS: &[&str] = &[
    "if", "unless", "when", "whenever", "because", "although", "though", "while", "whereas",
    "since", "after", "before", "until", "once", "whether", "who", "whom", "which", "without",
    "lest",
];

/// A hedge word in any case ("may", "Reportedly"; `data/lexicon/hedges.txt`).
fn is_hedge_word(t: &Token) -> bool {
    t.is_word() && lang::lexicon::with_lowercase(t.text, |w| lang::lexicon::HEDGES.contains(w))
}

pub fn is_negation(t: &Token) -> bool {
    t.is_word() && is_negation_word(&t.lower())
}

/// Is the lower-case word a negation ("not", "never", "isn't")?
pub fn is_negation_word(lower: &str) -> bool {
    lang::lexicon::NEGATIONS.contains(lower)
        || lower.ends_with("n't")
        || lower.ends_with("n\u{2019}t")
}

/// The tokens of the main proposition: everything but subordinate and relative clauses and "without"
/// phrases, each of which runs from its opening word to the next comma, semicolon or dash.
pub fn main_clause<'t, 'a>(tokens: &'t [Token<'a>]) -> Vec<&'t Token<'a>> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut side = false;
    for t in tokens {
        if t.is_punct(',') || t.is_punct(';') || t.text == "\u{2014}" || t.text == "\u{2013}" {
            side = false;
            continue;
        }
        if t.is_word() && t.is_any(SIDE_CLAUSE_OPENERS) {
            side = true;
        }
        if !side {
            out.push(t);
        }
    }
    out
}

/// Does the content's main proposition negate what it states?
pub fn negated(tokens: &[Token]) -> bool {
    in_scope(tokens)
        .into_iter()
        .any(|k| is_negation(&tokens[k]))
}

/// Is the content's main proposition hedged?
pub fn hedged(tokens: &[Token]) -> bool {
    in_scope(tokens).into_iter().any(|k| is_hedge(tokens, k))
}

/// Is the verb group just before a cue hedged ("reportedly said", "may have told")? `tokens` run from
/// the start of the frame to the cue. Only the words next to the cue count: a hedge elsewhere in the
/// frame qualifies something else ("his likely rival said", "X may have faced a setback but made
/// clear that").
pub fn cue_hedged(tokens: &[Token]) -> bool {
    let group = tokens
        .iter()
        .rev()
        .take_while(|t| {
            t.is_lowercase_word()
                && (t.is_any(AUX_BEFORE_CUE) || is_hedge_word(t) || t.text.ends_with("ly"))
        })
        .count();
    (tokens.len() - group..tokens.len()).any(|k| is_hedge(tokens, k))
}

/// A hedge word that makes the assertion tentative. "could not" is inability ("could not find
/// any examples"), not doubt.
fn is_hedge(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.is_lowercase_word()
        && is_hedge_word(t)
        && !(t.is("could") && tokens.get(k + 1).is_some_and(is_negation))
}

/// Positions of the tokens whose negation or hedge is the proposition's: the [`main_clause`] minus
/// words that qualify something smaller than the proposition, or another statement beside it:
/// - a contrast after a comma or "but" ("came to govern, not engage in politics", "fund the
///   government but not the wall": the claim is affirmative), and "not only";
/// - a non-finite phrase after a preposition ("called him out for not attending", "criticised for
///   supposedly hiding it");
/// - the title of a work in quotation marks ("an article titled “Nobody Could Be More Bored”").
///
/// A second statement after "but" keeps its negation ("was on the run, but wasn't yet defeated"):
/// the claim holds both, and says that something is not so.
fn in_scope(tokens: &[Token]) -> Vec<usize> {
    let mut outside = vec![false; tokens.len()];
    let mut k = 0;
    while k < tokens.len() {
        let side = contrast_end(tokens, k)
            .or_else(|| nonfinite_end(tokens, k))
            .or_else(|| title_end(tokens, k));
        match side {
            Some(end) => {
                outside[k..end].iter_mut().for_each(|x| *x = true);
                k = end.max(k + 1);
            }
            None => k += 1,
        }
    }
    // `main_clause` keeps tokens in order: walk both to recover positions.
    let main = main_clause(tokens);
    let mut positions = Vec::with_capacity(main.len());
    let mut k = 0;
    for t in main {
        while tokens[k].span != t.span {
            k += 1;
        }
        if !outside[k] {
            positions.push(k);
        }
    }
    positions
}

/// Words after "not" that make it negate a subject ("not everyone", "not one of them"), and so the
/// clause that subject opens.
const NEGATED_SUBJECTS: &[&str] = &[
    "one",
    "everyone",
    "everybody",
    "everything",
    "all",
    "every",
    "many",
    "much",
    "enough",
    "even",
];

fn is_dash(t: &Token) -> bool {
    t.text == "\u{2014}" || t.text == "\u{2013}"
}

/// ", not engage ...", "but not the wall": a "not" right after a comma, a dash or "but" contrasts a
/// phrase with what came before (it has no verb of its own to negate); it runs to the next comma.
/// "not only" ("not only X but Y") negates nothing either.
///
/// ", nor ..." after a comma adds a conjunct to a negation before it ("did not say that A, nor that
/// B"): when that negation is the frame's, the content's own words are affirmative.
fn contrast_end(tokens: &[Token], k: usize) -> Option<usize> {
    if !tokens[k].is_any(&["not", "nor"]) {
        return None;
    }
    // An adverb may stand between the break and "not" (", certainly not the federal government").
    let adverb = k >= 2 && tokens[k - 1].is_lowercase_word() && tokens[k - 1].text.ends_with("ly");
    let before = k
        .checked_sub(if adverb { 2 } else { 1 })
        .map(|j| &tokens[j]);
    // A sentence's opening "But not even X could" negates its verb: "but" contrasts with what came
    // before it inside the claim only.
    let after_break =
        before.is_some_and(|t| t.is_punct(',') || is_dash(t) || (t.is("but") && k > 1));
    let next = tokens.get(k + 1);
    if next.is_some_and(|t| t.is("only")) {
        return Some(k + 1);
    }
    // "..., not everyone is convinced", "not one DJ could": a negated subject opens a clause of its
    // own, whose verb it negates.
    let negated_subject = next.is_some_and(|t| t.is_any(NEGATED_SUBJECTS));
    (after_break && !negated_subject).then(|| clause_end(tokens, k))
}

/// "for not attending", "for supposedly hiding": a preposition, a negation or hedge, a gerund.
fn nonfinite_end(tokens: &[Token], k: usize) -> Option<usize> {
    let preposition =
        k > 0 && tokens[k - 1].is_lowercase_word() && tokens[k - 1].is_any(OBJECT_PREPOSITIONS);
    let qualifier = is_negation(&tokens[k]) || is_hedge_word(&tokens[k]);
    let gerund = tokens
        .get(k + 1)
        .is_some_and(|t| t.is_lowercase_word() && t.text.len() > 4 && t.text.ends_with("ing"));
    (preposition && qualifier && gerund).then_some(k + 2)
}

/// A quotation of two or more words, most of them capitalised: a title, whose words are not the
/// claim's. Returns the end of the quotation (after its closing mark).
fn title_end(tokens: &[Token], k: usize) -> Option<usize> {
    if !tokens[k].is_quote_mark() {
        return None;
    }
    let close = k + 1 + tokens[k + 1..].iter().position(Token::is_quote_mark)?;
    let words: Vec<&Token> = tokens[k + 1..close]
        .iter()
        .filter(|t| t.is_word())
        .collect();
    let capitalised = words.iter().filter(|t| t.is_capitalised()).count();
    (words.len() >= 2 && capitalised * 3 >= words.len() * 2).then_some(close + 1)
}

/// The position of the next comma, semicolon or dash after `k`, or the end.
fn clause_end(tokens: &[Token], k: usize) -> usize {
    tokens[k + 1..]
        .iter()
        .position(|t| t.is_punct(',') || t.is_punct(';') || is_dash(t))
        .map_or(tokens.len(), |p| k + 1 + p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims::tokens::tokenize;
    use crate::extract::Span;

    fn toks(s: &str) -> Vec<Token<'_>> {
        tokenize(s, Span::new(0, s.len()))
    }

    #[test]
    fn negation_and_hedges() {
        assert!(negated(&toks("the bridge had not been repaired")));
        assert!(negated(&toks("the army didn\u{2019}t withdraw")));
        assert!(negated(&toks("there were no casualties")));
        assert!(!negated(&toks("the notion of a truce is known")));
        assert!(hedged(&toks("the dam may have been sabotaged")));
        assert!(hedged(&toks("the leader was reportedly wounded")));
        assert!(!hedged(&toks("talks resume in May")));
    }

    #[test]
    fn only_the_main_proposition_counts() {
        // Invented sentences: the negation or hedge sits outside the main clause.
        assert!(!negated(&toks(
            "the guards were detained without due process"
        )));
        assert!(!negated(&toks(
            "if you don't see the harbour, the ferry is late"
        )));
        assert!(!negated(&toks(
            "the mayor, who never voted, opened the bridge"
        )));
        assert!(!negated(&toks("prices rose because the mill did not open")));
        assert!(!hedged(&toks(
            "the alleged theft of the bell was reported to the council"
        )));
        assert!(!hedged(&toks(
            "the dam held, although it might crack next year"
        )));
        // ... and inside it.
        assert!(negated(&toks("if the rain stops, the ferry will not sail")));
        assert!(negated(&toks(
            "the mayor, who spoke briefly, did not open the bridge"
        )));
        assert!(hedged(&toks(
            "the bell was allegedly stolen without a trace"
        )));
        assert!(hedged(&toks("when the tide turns, the dam may fail")));
    }

    #[test]
    fn contrasts_titles_and_gerunds_do_not_negate_the_claim() {
        // Invented sentences: the "not" belongs to a phrase, not to the claim's verb.
        assert!(!negated(&toks("I came to build bridges, not burn them")));
        assert!(!negated(&toks(
            "the council will fund the school but not the pool"
        )));
        assert!(!negated(&toks(
            "parents should decide, certainly not the ministry"
        )));
        assert!(!negated(&toks(
            "the rules apply not only to ferries but to barges"
        )));
        assert!(!negated(&toks(
            "she faulted the mayor for not answering letters"
        )));
        assert!(!negated(&toks(
            "the story ran under the headline \u{201c}Nobody Could Not Love This Town\u{201d}"
        )));
        assert!(!hedged(&toks(
            "he blamed the board for supposedly hiding the accounts"
        )));
        // A negated verb stays negated, after a contrast too, and in a second statement.
        assert!(negated(&toks("the ferry did not sail, not even once")));
        assert!(negated(&toks(
            "the rebels retreated, but they were not defeated"
        )));
        assert!(negated(&toks(
            "she said \u{201c}no comment\u{201d} and left"
        )));
        assert!(negated(&toks(
            "But not even the mayor could stop the ferry"
        )));
        assert!(negated(&toks("the budget grew, not everyone is pleased")));
    }

    #[test]
    fn inability_is_not_doubt() {
        assert!(!hedged(&toks("the inspectors could not find the ledger")));
        assert!(hedged(&toks("the inspectors could find the ledger")));
    }

    #[test]
    fn only_the_verb_group_before_a_cue_hedges_it() {
        assert!(cue_hedged(&toks("the minister reportedly")));
        assert!(cue_hedged(&toks("Ms Okafor may have")));
        assert!(!cue_hedged(&toks("his likely rival")));
        assert!(!cue_hedged(&toks("the town may have lost its mill but")));
    }
}
