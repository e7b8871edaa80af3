//! Negation and hedging: whether a claim says that something is not so, and whether it is asserted
//! only tentatively.
//!
//! Both are judged on the claim's main proposition only ([`main_clause`]): a negation or hedge inside
//! a subordinate clause ("if you don't see it"), a relative clause ("who never voted") or a "without"
//! phrase ("detained without due process") does not make the claim negative or tentative, and a
//! hedging adjective on a noun ("the alleged attack") hedges the noun, not what is said about it.

use super::tokens::Token;

/// Words that negate a clause. "n't" is matched as a suffix ("didn't", "hasn’t"); "denied" counts
/// because an outlet writing "X denied the report" reports a negative.
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "denied",
    "denies", "deny",
];

/// Words that open a clause or phrase outside the main proposition: it runs to the next comma (or the
/// end).
#[rustfmt::skip]
const SIDE_CLAUSE_OPENERS: &[&str] = &[
    "if", "unless", "when", "whenever", "because", "although", "though", "while", "whereas",
    "since", "after", "before", "until", "once", "whether", "who", "whom", "which", "without",
    "lest",
];

/// Words that make an assertion tentative: modal verbs of possibility and distancing adverbs.
/// Lower-case only, so the month "May" is not a hedge.
const HEDGES: &[&str] = &[
    "purportedly",
    "may",
    "might",
    "could",
    "reportedly",
    "allegedly",
    "apparently",
    "appears",
    "appear",
    "appeared",
    "seems",
    "seem",
    "seemed",
    "possibly",
    "likely",
    "unlikely",
    "perhaps",
    "probably",
    "presumably",
    "supposedly",
    "ostensibly",
];

pub fn is_negation(t: &Token) -> bool {
    t.is_word() && is_negation_word(&t.lower())
}

/// Is the lower-case word a negation ("not", "never", "isn't")?
pub fn is_negation_word(lower: &str) -> bool {
    NEGATIONS.contains(&lower) || lower.ends_with("n't") || lower.ends_with("n\u{2019}t")
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
    main_clause(tokens).into_iter().any(is_negation)
}

/// Is the content's main proposition hedged?
pub fn hedged(tokens: &[Token]) -> bool {
    main_clause(tokens)
        .into_iter()
        .any(|t| t.is_lowercase_word() && HEDGES.contains(&t.text.to_lowercase().as_str()))
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
}
