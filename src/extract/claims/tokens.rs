//! Tokens and clause units: the small amount of shallow syntax the claim rules need.
//!
//! Claims are found with patterns over tokens (a source noun phrase, a speech verb, a content clause),
//! not over characters, so that "U.S.", "Shi'ite", "10,000" and curly quotes each stay one token.
//! A token keeps its byte span into the article body, so every claim span is exact.

use crate::extract::lang::{self, lexicon};
use crate::extract::text::{is_double_quote, is_single_quote};
use crate::extract::{Article, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with internal apostrophes, hyphens or abbreviation periods: "Shi'ite", "U.S.").
    Word,
    /// Digits with internal thousands separators or decimal points ("10,000", "1.5").
    Number,
    /// Any other single character that is not white space (punctuation, quote marks, "%", "$").
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
    pub kind: TokenKind,
}

/// The predicates are `#[inline]`: every rule calls them on every token, and a call across codegen
/// units (the release build has several) is not inlined without it.
impl<'a> Token<'a> {
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    /// Case-insensitive comparison with a lower-case word.
    #[inline]
    pub fn is(&self, lower: &str) -> bool {
        self.kind == TokenKind::Word && self.text.eq_ignore_ascii_case(lower)
    }
    #[inline]
    pub fn is_any(&self, lowers: &[&str]) -> bool {
        lowers.iter().any(|w| self.is(w))
    }
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    #[inline]
    pub fn is_lowercase_word(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_lowercase)
    }
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text.starts_with(c)
    }
    #[inline]
    pub fn is_quote_mark(&self) -> bool {
        self.kind == TokenKind::Punct
            && self
                .text
                .chars()
                .next()
                .is_some_and(|c| is_double_quote(c) || is_single_quote(c))
    }
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
    /// A word with a possessive "'s" ("Trump's", "the party\u{2019}s").
    #[inline]
    pub fn is_possessive(&self) -> bool {
        self.kind == TokenKind::Word
            && (self.text.ends_with("'s") || self.text.ends_with("\u{2019}s"))
    }
}

/// Splits `span` of `text` into tokens: the language layer's tokens
/// ([`lang::tokens::tokenize_joined`]) as the claim rules read them. Numbers are their own kind
/// ("10,000", "1.5"; "1990s" is a number and a word) and the full stop of an abbreviation or initial
/// is its own token ("Mr", "."; [`is_abbreviation_period`] tells it from a sentence end), while dotted
/// acronyms stay whole ("U.S.").
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    for t in lang::tokens::tokenize_joined(text, span.start, span.end) {
        let word = t.text(text);
        if !t.word {
            tokens.push(token(text, t.start, t.end, TokenKind::Punct));
        } else if word.starts_with(|c: char| c.is_ascii_digit()) {
            let digits = word
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .unwrap_or(word.len());
            tokens.push(token(text, t.start, t.start + digits, TokenKind::Number));
            let mut rest = t.start + digits;
            if text[rest..t.end].starts_with('-') {
                tokens.push(token(text, rest, rest + 1, TokenKind::Punct));
                rest += 1;
            }
            if rest < t.end {
                tokens.push(token(text, rest, t.end, TokenKind::Word));
            }
        } else if word.len() > 1 && word.ends_with('.') && !is_initialism(&word[..word.len() - 1]) {
            tokens.push(token(text, t.start, t.end - 1, TokenKind::Word));
            tokens.push(token(text, t.end - 1, t.end, TokenKind::Punct));
        } else {
            tokens.push(token(text, t.start, t.end, TokenKind::Word));
        }
    }
    tokens
}

/// "U.S" or "D.C" (before their final dot): capitals and dots only, so the final dot stays on the
/// word; "Mr", "R" or a party tag "R-S.C" give their dot a token of its own.
fn is_initialism(word: &str) -> bool {
    word.contains('.') && word.chars().all(|c| c.is_uppercase() || c == '.')
}

fn token(text: &str, start: usize, end: usize, kind: TokenKind) -> Token<'_> {
    Token {
        span: Span::new(start, end),
        text: &text[start..end],
        kind,
    }
}

/// Is `tokens[k]` a period that belongs to the word before it: an initial ("R." in "Michael R.
/// Gordon") or an abbreviation ("Mr.", "Sen.", "Jan.")?
pub fn is_abbreviation_period(tokens: &[Token], k: usize) -> bool {
    k > 0
        && tokens[k].text == "."
        && tokens[k - 1].span.end == tokens[k].span.start
        && tokens[k - 1].is_word()
        && is_abbreviation(&tokens[k - 1])
}

/// A single capital (an initial), an abbreviation of the lexicon whose dot never ends a sentence, or
/// a capitalised one that may ("Inc.", "Jan."; lower-case "sat." or "art." end sentences too often).
fn is_abbreviation(word: &Token) -> bool {
    (word.text.chars().count() == 1 && word.is_capitalised())
        || lexicon::is_abbreviation(word.text)
        || (word.is_capitalised() && lexicon::is_abbreviation_that_may_end(word.text))
}

/// Splits a sentence span into clause units at sentence-final punctuation. The sentence splitter
/// normally does this already and then a sentence is one unit; when it hands over a whole paragraph
/// this keeps claims from running across sentences.
pub fn units(body: &str, sentence: Span) -> Vec<Span> {
    units_of(body, sentence, &tokenize(body, sentence))
}

/// [`units`] of a sentence already tokenized.
fn units_of(body: &str, sentence: Span, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    for (i, t) in tokens.iter().enumerate() {
        let is_end = t.kind == TokenKind::Punct && matches!(t.text, "." | "?" | "!");
        if !is_end {
            continue;
        }
        if t.text == "." {
            if let Some(prev) = i.checked_sub(1).map(|p| tokens[p]) {
                if prev.span.end == t.span.start && prev.is_word() && is_abbreviation(&prev) {
                    continue;
                }
            }
        }
        // Closing quote marks after the period belong to the sentence that ends.
        let mut k = i + 1;
        while k < tokens.len()
            && tokens[k].is_quote_mark()
            && tokens[k].span.start == tokens[k - 1].span.end
        {
            k += 1;
        }
        let Some(next) = tokens.get(k) else { break };
        let starts_sentence = next.is_capitalised()
            || next.kind == TokenKind::Number
            || (next.is_quote_mark() && tokens.get(k + 1).is_some_and(|n| n.is_capitalised()));
        if starts_sentence {
            let end = tokens[k - 1].span.end;
            out.push(Span::new(start, end));
            start = next.span.start;
        }
    }
    if start < sentence.end {
        out.push(Span::new(start, sentence.end));
    }
    out.retain(|s| !body[s.start..s.end].trim().is_empty());
    out
}

/// Every clause unit of an article with the index of its sentence and its tokens. A sentence that
/// is one unit (nearly all) keeps the tokens it was split with instead of being tokenized again.
pub fn article_units(article: &Article) -> Vec<(usize, Span, Vec<Token<'_>>)> {
    let body = &article.body;
    let mut out = Vec::with_capacity(article.sentences.len());
    for (i, s) in article.sentences.iter().enumerate() {
        let tokens = tokenize(body, s.span);
        match units_of(body, s.span, &tokens)[..] {
            [unit] if unit == s.span => out.push((i, unit, tokens)),
            ref units => out.extend(units.iter().map(|&u| (i, u, tokenize(body, u)))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn keeps_numbers_initialisms_and_apostrophes_whole() {
        assert_eq!(
            texts("The U.S. said 10,000 Shi\u{2019}ite fighters, 1.5 million."),
            vec![
                "The",
                "U.S.",
                "said",
                "10,000",
                "Shi\u{2019}ite",
                "fighters",
                ",",
                "1.5",
                "million",
                "."
            ]
        );
        assert_eq!(
            texts("“Yes,” he said"),
            vec!["“", "Yes", ",", "”", "he", "said"]
        );
    }

    #[test]
    fn units_split_sentences_but_not_abbreviations() {
        let s = "Mr. Smith met Gen. Jones in the U.S. on Sunday. The talks failed. “It is over.” He left.";
        let u: Vec<&str> = units(s, Span::new(0, s.len()))
            .iter()
            .map(|x| &s[x.start..x.end])
            .collect();
        assert_eq!(
            u,
            vec![
                "Mr. Smith met Gen. Jones in the U.S. on Sunday.",
                "The talks failed.",
                "“It is over.”",
                "He left."
            ]
        );
    }
}
