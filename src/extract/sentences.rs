//! Sentence boundaries in an article body.
//!
//! A sentence never crosses a paragraph. Inside a paragraph, a sentence ends at `.`, `!` or `?`
//! (or a run of them), together with the closing quotes and brackets right after it, when white
//! space and then a sentence start follow: a capital letter or an opening quote or bracket
//! (`"Hello." He said` splits after the closing quote; `"Hello," he said.` and `"Hello?" he asked`
//! do not). CJK full stops (`。！？`) end a sentence with no space after them.
//!
//! A full stop is not a sentence end when it belongs to the word before it:
//!
//! | case | example | rule |
//! |---|---|---|
//! | title or label abbreviation | `Mr.`, `Dr.`, `Gen.`, `Sen.`, `St.`, `No. 5` | `data/lexicon/abbreviations.txt`: never ends a sentence |
//! | initial | `Vladimir V. Putin`, `Michael R. Gordon` | one capital letter: never ends a sentence |
//! | abbreviation that may end a sentence | `U.S.`, `U.N.`, `Inc.`, `a.m.`, `Sept.` | `abbreviations_final.txt` and any dotted acronym: ends one only before a word that usually starts a sentence (`sentence_starters.txt`: "in the U.S. The next day" splits, "U.S. Secretary of State" does not) |
//! | decimal number, domain | `3.5`, `nytimes.com` | no white space after the dot: no boundary |
//! | ellipsis | `and then... Nothing` | `...` and `…` do not end a sentence |
//!
//! Spans are tight (no white space at either end) and, together, cover every non-space character of
//! the paragraph.

use super::lang::lexicon::{ABBREVIATIONS, ABBREVIATIONS_FINAL, SENTENCE_STARTERS};
use super::text::{is_double_quote, is_single_quote};
use super::{Cancel, Cancelled, Sentence, Span};

/// Splits every paragraph into sentences.
pub fn split(body: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    match split_with(body, paragraphs, Cancel::NEVER) {
        Ok(sentences) => sentences,
        Err(Cancelled) => unreachable!("Cancel::NEVER never cancels"),
    }
}

/// [`split`], checking `cancel` before each paragraph.
pub fn split_with(
    body: &str,
    paragraphs: &[Span],
    cancel: Cancel,
) -> Result<Vec<Sentence>, Cancelled> {
    let mut sentences = Vec::new();
    for (paragraph, span) in paragraphs.iter().enumerate() {
        cancel.check()?;
        let text = &body[span.start..span.end];
        for (start, end) in split_text(text) {
            sentences.push(Sentence {
                span: Span::new(span.start + start, span.start + end),
                paragraph,
            });
        }
    }
    Ok(sentences)
}

fn is_closing(c: char) -> bool {
    is_double_quote(c) || is_single_quote(c) || matches!(c, ')' | ']' | '}' | '»')
}

fn is_opening(c: char) -> bool {
    is_double_quote(c) || is_single_quote(c) || matches!(c, '(' | '[' | '¿' | '¡' | '«' | '„')
}

/// Byte ranges of the sentences of one paragraph, tight and in order.
pub fn split_text(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if start.is_none() {
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            start = Some(pos);
        }
        if matches!(c, '。' | '！' | '？') {
            let mut j = i + 1;
            while j < chars.len() && is_closing(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            out.push((start.take().unwrap(), end));
            i = j;
            continue;
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        // The terminator run ("?!", "...") and the closing quotes and brackets after it.
        let mut j = i;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
            j += 1;
        }
        let run: String = chars[i..j].iter().map(|&(_, c)| c).collect();
        while j < chars.len() && is_closing(chars[j].1) {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
        // White space must follow, then a sentence start.
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k == chars.len() {
            break;
        }
        if k == j || !is_boundary(&chars, i, &run, k) {
            i = j.max(i + 1);
            continue;
        }
        out.push((start.take().unwrap(), end));
        i = k;
    }
    if let Some(s) = start {
        let end = text.trim_end().len();
        if end > s {
            out.push((s, end));
        }
    }
    out
}

/// Does the terminator run `run` at `chars[at]` end a sentence, given the next sentence would
/// start at `chars[next]`?
fn is_boundary(chars: &[(usize, char)], at: usize, run: &str, next: usize) -> bool {
    let first = chars[next].1;
    let word = next_word(chars, next);
    let starts_like_sentence = first.is_uppercase()
        || (is_opening(first) && chars.get(next + 1).is_some_and(|&(_, c)| !c.is_lowercase()))
        || (first.is_ascii_digit() && run != ".");
    if !starts_like_sentence {
        return false;
    }
    // An ellipsis trails off inside the sentence.
    if run.contains('…') || run.starts_with("..") {
        return false;
    }
    if run != "." {
        return true;
    }
    let before = word_before(chars, at);
    let lower = before.to_lowercase();
    let letters: Vec<char> = before.chars().filter(|c| c.is_alphabetic()).collect();
    // An initial: "Vladimir V. Putin".
    if letters.len() == 1 && before.chars().count() == 1 && letters[0].is_uppercase() {
        return false;
    }
    if ABBREVIATIONS.contains(lower.as_str()) {
        return false;
    }
    // Dotted acronyms ("U.S", "U.N", "a.m") and the listed abbreviations end a sentence only
    // before a word that usually starts one.
    let dotted = before.contains('.') && letters.len() <= 4;
    if dotted || ABBREVIATIONS_FINAL.contains(lower.as_str()) {
        return is_opening(first) || SENTENCE_STARTERS.contains(word.to_lowercase().as_str());
    }
    true
}

/// The word that ends at `chars[at]` (exclusive), without opening quotes and brackets.
fn word_before(chars: &[(usize, char)], at: usize) -> String {
    let mut s = at;
    while s > 0 && !chars[s - 1].1.is_whitespace() {
        s -= 1;
    }
    chars[s..at]
        .iter()
        .map(|&(_, c)| c)
        .skip_while(|&c| is_opening(c) || c == '(' || c == '—' || c == '-')
        .collect()
}

/// The letters of the word starting at `chars[at]`.
fn next_word(chars: &[(usize, char)], at: usize) -> String {
    chars[at..]
        .iter()
        .map(|&(_, c)| c)
        .skip_while(|&c| is_opening(c))
        .take_while(|c| c.is_alphabetic())
        .collect()
}

#[cfg(test)]
mod tests;
