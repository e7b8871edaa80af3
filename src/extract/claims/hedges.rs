//! Negation and hedging: whether a claim says that something is not so, and whether it is asserted
//! only tentatively.

use super::tokens::Token;

/// Words that negate a clause. "n't" is matched as a suffix ("didn't", "hasn’t"); "denied" counts
/// because an outlet writing "X denied the report" reports a negative.
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "denied",
    "denies", "deny", "without",
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
    "suspected",
    "presumably",
    "unconfirmed",
    "alleged",
    "supposedly",
    "ostensibly",
];

pub fn is_negation(t: &Token) -> bool {
    if !t.is_word() {
        return false;
    }
    let lower = t.lower();
    NEGATIONS.contains(&lower.as_str()) || lower.ends_with("n't") || lower.ends_with("n\u{2019}t")
}

/// Does the content negate what it states?
pub fn negated(tokens: &[Token]) -> bool {
    tokens.iter().any(is_negation)
}

/// Is the content hedged?
pub fn hedged(tokens: &[Token]) -> bool {
    tokens
        .iter()
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
}
