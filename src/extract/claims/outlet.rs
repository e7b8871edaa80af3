//! The outlet's own claims: declarative sentences about named things that no source is said to assert.
//!
//! A unit is kept when it reads as a statement of fact in the outlet's voice:
//! - at least six words, ending in a full stop (not a question, not a colon introducing something);
//! - not a quotation (it does not start with a quotation mark);
//! - no first or second person outside quotation marks: "you"/"your" addresses the reader, "I"/"we"
//!   is the author's opinion or a call to action;
//! - not an imperative ("Subscribe to", "Click here", "Read more") nor page furniture (copyright,
//!   newsletters, photo credits);
//! - about something named or counted: a capitalised word after the first, or a number.

use super::lexicon::{DETERMINERS, LEADING_DROPPABLE, STOPWORDS, SUBORDINATORS};
use super::tokens::{Token, TokenKind};

/// Verbs that start an imperative addressed to the reader.
const IMPERATIVES: &[&str] = &[
    "subscribe",
    "click",
    "read",
    "sign",
    "follow",
    "share",
    "join",
    "watch",
    "listen",
    "download",
    "get",
    "see",
    "learn",
    "support",
    "donate",
    "consider",
    "please",
    "let",
    "don't",
    "don’t",
    "check",
    "find",
    "visit",
    "like",
    "tap",
    "scroll",
    "continue",
    "register",
    "log",
    "enter",
    "imagine",
    "remember",
    "note",
    "take",
    "make",
    "keep",
    "try",
    "help",
    "send",
    "email",
    "call",
];

const PERSONAL: &[&str] = &[
    "you", "your", "yours", "yourself", "i", "we", "our", "ours", "us", "me", "my", "let's",
];

/// Is this unit (its tokens and text) an outlet claim?
pub fn is_outlet_claim(tokens: &[Token], text: &str) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .collect();
    if words.len() < 6 {
        return false;
    }
    let Some(first) = tokens.first() else {
        return false;
    };
    if first.is_quote_mark() || first.is_any(IMPERATIVES) {
        return false;
    }
    let last_punct = tokens
        .iter()
        .rev()
        .find(|t| !t.is_quote_mark())
        .map(|t| t.text);
    if !matches!(last_punct, Some(".")) {
        return false;
    }
    // Headlines of other articles and captions in title case ("Putin Sees Path to Diplomacy").
    let capitalised = words.iter().filter(|t| t.is_capitalised()).count();
    if capitalised * 5 > words.len() * 3 {
        return false;
    }
    if super::lexicon::is_furniture(text) {
        return false;
    }
    let mut in_quote = false;
    for t in tokens {
        if t.is_quote_mark() && t.text != "'" && t.text != "\u{2019}" {
            in_quote = !in_quote;
        } else if !in_quote && t.is_any(PERSONAL) && t.text != "US" {
            return false;
        }
    }
    // A capitalised first word counts when it is not a function word ("Hradek opened", not "The").
    let first_is_name = {
        let lower = first.lower();
        first.is_capitalised()
            && !STOPWORDS.contains(&lower.as_str())
            && !DETERMINERS.contains(&lower.as_str())
            && !LEADING_DROPPABLE.contains(&lower.as_str())
            && !SUBORDINATORS.contains(&lower.as_str())
            && !lower.ends_with("ly")
    };
    let named = first_is_name
        || tokens
            .iter()
            .skip(1)
            .any(|t| t.is_capitalised() && t.text != "I");
    let counted = tokens.iter().any(|t| t.kind == TokenKind::Number);
    named || counted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims::tokens::tokenize;
    use crate::extract::Span;

    fn check(s: &str) -> bool {
        is_outlet_claim(&tokenize(s, Span::new(0, s.len())), s)
    }

    #[test]
    fn keeps_statements_and_drops_questions_imperatives_and_opinion() {
        assert!(check(
            "The Danube ferry service resumed on Monday after a two-week strike."
        ));
        assert!(check(
            "Prices rose by 4 percent in the third quarter of the year."
        ));
        assert!(!check(
            "Will the Danube ferry service ever resume after the strike?"
        ));
        assert!(!check(
            "Subscribe to our newsletter for the latest Danube news."
        ));
        assert!(!check(
            "You should visit the Danube before the ferries stop."
        ));
        assert!(!check("We think the Danube ferry strike was a mistake."));
        assert!(!check("Ferries stopped."));
        // A credit line is page furniture, not the outlet's claim.
        assert!(!check(
            "Staff writer Mia Holm in Vardholm contributed to this report."
        ));
        assert!(!check(
            "the ferries stopped because the workers were tired of it all."
        ));
        assert!(!check(
            "\u{201C}The ferries will run again soon, believe me.\u{201D}"
        ));
    }
}
