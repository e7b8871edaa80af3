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
//! | title or label abbreviation | `Mr.`, `Dr.`, `Gen.`, `Sen.`, `St.`, `No. 5` | [`NEVER_FINAL`]: never ends a sentence |
//! | initial | `Vladimir V. Putin`, `Michael R. Gordon` | one capital letter: never ends a sentence |
//! | abbreviation that may end a sentence | `U.S.`, `U.N.`, `Inc.`, `a.m.`, `Sept.` | [`MAY_BE_FINAL`] and any dotted acronym: ends one only before a word that usually starts a sentence ([`SENTENCE_STARTERS`]: "in the U.S. The next day" splits, "U.S. Secretary of State" does not) |
//! | decimal number, domain | `3.5`, `nytimes.com` | no white space after the dot: no boundary |
//! | ellipsis | `and then... Nothing` | `...` and `…` do not end a sentence |
//!
//! Spans are tight (no white space at either end) and, together, cover every non-space character of
//! the paragraph.

use super::text::{is_double_quote, is_single_quote};
use super::{Sentence, Span};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Abbreviations (lower case, without the final dot) that stand before a name or a number and so
/// never end a sentence: titles, ranks, "No." and "St.".
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
    "capt", "cpt", "maj", "cmdr", "adm", "brig", "cpl", "pvt", "rev", "fr", "hon", "pres", "supt",
    "det", "insp", "st", "ste", "mt", "ft", "no", "nos", "nr", "vol", "fig", "art", "sec", "ch",
    "vs", "v", "cf", "e.g", "i.e", "approx", "ca", "gov", "atty", "amb", "sens", "reps", "govs",
    "rt", "hr", "dipl", "ing", "mag",
];

/// Abbreviations that usually sit inside a sentence but can also end one ("… by 9 a.m.",
/// "… Acme Inc."). They end a sentence only before a [`SENTENCE_STARTERS`] word.
const MAY_BE_FINAL: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "etc", "a.m", "p.m", "am", "pm",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "dept", "univ", "assn",
    "est", "mln", "bln", "bn", "m", "km", "kg", "lb", "lbs", "oz", "min", "max", "al", "govt",
];

/// Capitalised words that usually open a sentence (pronouns, articles, conjunctions, common
/// sentence-initial prepositions and adverbs). After an abbreviation that may end a sentence, one of
/// these says that it did.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "as",
    "after",
    "before",
    "for",
    "from",
    "with",
    "without",
    "when",
    "while",
    "if",
    "although",
    "though",
    "because",
    "since",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "no",
    "not",
    "one",
    "two",
    "three",
    "other",
    "others",
    "another",
    "still",
    "also",
    "however",
    "meanwhile",
    "then",
    "now",
    "today",
    "yesterday",
    "last",
    "earlier",
    "later",
    "what",
    "who",
    "why",
    "how",
    "where",
    "officials",
    "under",
    "during",
    "by",
    "according",
    "instead",
    "despite",
    "der",
    "die",
    "das",
    "er",
    "sie",
    "es",
    "wir",
    "el",
    "la",
    "los",
    "las",
    "le",
    "les",
    "il",
];

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}
static NEVER_FINAL_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(NEVER_FINAL));
static MAY_BE_FINAL_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(MAY_BE_FINAL));
static STARTER_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(SENTENCE_STARTERS));

/// Splits every paragraph into sentences.
pub fn split(body: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (paragraph, span) in paragraphs.iter().enumerate() {
        let text = &body[span.start..span.end];
        for (start, end) in split_text(text) {
            sentences.push(Sentence {
                span: Span::new(span.start + start, span.start + end),
                paragraph,
            });
        }
    }
    sentences
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
    if NEVER_FINAL_SET.contains(lower.as_str()) {
        return false;
    }
    // Dotted acronyms ("U.S", "U.N", "a.m") and the listed abbreviations end a sentence only
    // before a word that usually starts one.
    let dotted = before.contains('.') && letters.len() <= 4;
    if dotted || MAY_BE_FINAL_SET.contains(lower.as_str()) {
        return is_opening(first) || STARTER_SET.contains(word.to_lowercase().as_str());
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
