//! Tokens and clause units: the small amount of shallow syntax the claim rules need.
//!
//! Claims are found with patterns over tokens (a source noun phrase, a speech verb, a content clause),
//! not over characters, so that "U.S.", "Shi'ite", "10,000" and curly quotes each stay one token.
//! A token keeps its byte span into the article body, so every claim span is exact.

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

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    /// Case-insensitive comparison with a lower-case word.
    pub fn is(&self, lower: &str) -> bool {
        self.kind == TokenKind::Word && self.text.eq_ignore_ascii_case(lower)
    }
    pub fn is_any(&self, lowers: &[&str]) -> bool {
        lowers.iter().any(|w| self.is(w))
    }
    pub fn is_capitalised(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn is_lowercase_word(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_lowercase)
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text.starts_with(c)
    }
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
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `span` of `text` into tokens.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let slice = &text[span.start..span.end];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let kind;
        let mut j = i + 1;
        if c.is_ascii_digit() {
            kind = TokenKind::Number;
            // Internal "," and "." followed by a digit stay in the number: "10,000", "1.5".
            while j < chars.len() {
                let d = chars[j].1;
                if d.is_ascii_digit()
                    || ((d == ',' || d == '.')
                        && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit()))
                {
                    j += 1;
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            kind = TokenKind::Word;
            while j < chars.len() {
                let d = chars[j].1;
                let next_alpha = chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
                if d.is_alphanumeric() {
                    j += 1;
                } else if (is_apostrophe(d) || d == '-') && next_alpha {
                    j += 1;
                } else if d == '.'
                    && chars.get(j + 1).is_some_and(|n| n.1.is_uppercase())
                    && chars.get(j + 2).is_some_and(|n| n.1 == '.')
                {
                    // "U.S." / "U.N.": letter-period-letter-period stays one word with its periods.
                    j += 1;
                } else if d == '.' && j >= 1 && is_initialism(&chars, i, j) {
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
        }
        let end = chars.get(j).map_or(slice.len(), |x| x.0);
        tokens.push(Token {
            span: Span::new(span.start + start, span.start + end),
            text: &slice[start..end],
            kind,
        });
        i = j;
    }
    tokens
}

/// Is `chars[start..end]` an initialism such as "U.S" whose final period belongs to it?
fn is_initialism(chars: &[(usize, char)], start: usize, end: usize) -> bool {
    let word: String = chars[start..end].iter().map(|x| x.1).collect();
    word.len() >= 3 && word.contains('.') && word.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Is `tokens[k]` a period that belongs to the word before it: an initial ("R." in "Michael R.
/// Gordon") or an abbreviation ("Mr.", "Sen.")?
pub fn is_abbreviation_period(tokens: &[Token], k: usize) -> bool {
    k > 0
        && tokens[k].text == "."
        && tokens[k - 1].span.end == tokens[k].span.start
        && tokens[k - 1].is_word()
        && (tokens[k - 1].text.chars().count() == 1 && tokens[k - 1].is_capitalised()
            || ABBREVIATIONS.contains(&tokens[k - 1].lower().as_str()))
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "sen", "rep", "gov",
    "prof", "rev", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
    "nov", "dec", "inc", "corp", "co", "ltd", "adm", "cmdr", "pres", "u.s", "u.n", "u.k", "e.g",
    "i.e", "etc", "approx",
];

/// Splits a sentence span into clause units at sentence-final punctuation. The sentence splitter
/// normally does this already and then a sentence is one unit; when it hands over a whole paragraph
/// this keeps claims from running across sentences.
pub fn units(body: &str, sentence: Span) -> Vec<Span> {
    let tokens = tokenize(body, sentence);
    let mut out = Vec::new();
    let mut start = sentence.start;
    for (i, t) in tokens.iter().enumerate() {
        let is_end = t.kind == TokenKind::Punct && matches!(t.text, "." | "?" | "!");
        if !is_end {
            continue;
        }
        if t.text == "." {
            if let Some(prev) = i.checked_sub(1).map(|p| tokens[p]) {
                let lower = prev.lower();
                let single_initial = prev.text.chars().count() == 1 && prev.is_capitalised();
                if prev.span.end == t.span.start
                    && (ABBREVIATIONS.contains(&lower.trim_end_matches('.')) || single_initial)
                {
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

/// Every clause unit of an article with the index of its sentence.
pub fn article_units(article: &Article) -> Vec<(usize, Span)> {
    article
        .sentences
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            units(&article.body, s.span)
                .into_iter()
                .map(move |u| (i, u))
        })
        .collect()
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
