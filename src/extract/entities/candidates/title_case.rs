//! Titles written in headline case inside a prose sentence: a book, an article or a hearing named in
//! full ("a BuzzFeed article titled “The Obama Girls Could Not Be More Bored by Their Dad’s Jokes”",
//! "his book How You Can Get Out of Debt, Build Wealth, and Achieve Your Financial Dreams"). Every
//! word of such a title has its capital, so its runs of capitals ("Can Get Out", "Financial Dreams")
//! are no names; like the candidates of a headline, they are weak (kept only when they join a name the
//! article also writes in prose, "Michele Bachmann").
//!
//! What gives a title away is a pronoun, determiner or conjunction written with a capital where no
//! sentence starts ("You", "Your", "Their", "That", "Not"): prose writes them in lower case, names
//! never contain them. Lists of names ("Mr. Clinton, Jimmy Carter and George W. Bush") have none.
//! A stretch that fills a pair of double quotes gives itself away too when it has three capitalised
//! words and a small word in lower case ("“The Queen of Rage”", "“The Compendium of the Social
//! Doctrine”"): a name in quotes is a nickname or a show ("“Charlie Rose”", "“Fox News Sunday”").

use super::sentence::HEADLINE_LOWER;
use crate::extract::lang::lexicon::is_stopword;
use crate::extract::lang::tokens::{is_all_caps, is_capitalised, Token};

/// Punctuation a title keeps inside it ("Putin's Playbook: The Kremlin's Use", "Debt, Build Wealth").
fn inside_title(text: &str) -> bool {
    matches!(text, "," | ":" | "!" | "?" | "&" | "-" | "'" | "\u{2019}")
}

/// Marks the tokens of every stretch of the sentence written in headline case with a capitalised
/// stopword inside it (not at a sentence start, not "I"), and three capitalised words or more.
pub(super) fn title_case_tokens(body: &str, tokens: &[Token], start_like: &[bool]) -> Vec<bool> {
    let mut marked = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let mut j = i;
        let mut capitals = 0;
        let mut signal = false;
        let mut lower = false;
        while j < tokens.len() {
            let t = tokens[j];
            let w = t.text(body);
            if !t.word {
                if inside_title(w) && j > i {
                    j += 1;
                    continue;
                }
                break;
            }
            let first_digit = w.chars().next().is_some_and(|c| c.is_ascii_digit());
            if is_capitalised(w) {
                capitals += 1;
                // ("Don't Do Stupid Stuff": a contraction with a capital is a title's too.)
                let contraction = w.ends_with("n't") || w.ends_with("n\u{2019}t");
                signal |= contraction
                    || (!start_like[j] && w != "I" && !is_all_caps(w) && is_stopword(w));
            } else if HEADLINE_LOWER.contains(&w) {
                lower = true;
            } else if !first_digit {
                break;
            }
            j += 1;
        }
        if (signal || (lower && quoted(body, tokens, i, j))) && capitals >= 3 {
            marked[i..j].fill(true);
        }
        i = j.max(i + 1);
    }
    marked
}

/// Do tokens `a..b` fill a pair of double quotes (a comma or a full stop may stand before the closing
/// one)?
fn quoted(body: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let mark =
        |k: usize, marks: &[&str]| tokens.get(k).is_some_and(|t| marks.contains(&t.text(body)));
    let close = if mark(b, &[",", "."]) { b + 1 } else { b };
    a > 0 && mark(a - 1, &["\"", "\u{201C}"]) && mark(close, &["\"", "\u{201D}"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lang::tokens::tokenize;

    fn marked_words(text: &str) -> Vec<String> {
        let tokens = tokenize(text, 0, text.len());
        let start_like: Vec<bool> = (0..tokens.len()).map(|i| i == 0).collect();
        let marked = title_case_tokens(text, &tokens, &start_like);
        tokens
            .iter()
            .zip(marked)
            .filter(|(t, m)| *m && t.word)
            .map(|(t, _)| t.text(text).to_string())
            .collect()
    }

    #[test]
    fn a_quoted_title_with_a_capitalised_pronoun_is_marked() {
        let words =
            marked_words("She wrote a column titled Why Your Town Should Fear the Harbor Board.");
        assert!(words.contains(&"Your".to_string()));
        assert!(words.contains(&"Harbor".to_string()));
        assert!(!words.contains(&"column".to_string()));
    }

    #[test]
    fn a_quoted_title_in_headline_case_is_marked_and_a_quoted_name_is_not() {
        let words = marked_words("She called it “Queen of the Harbor Board” in print.");
        assert_eq!(words, ["Queen", "of", "the", "Harbor", "Board"]);
        assert!(marked_words("He spoke on “Fox News Sunday” today.").is_empty());
        assert!(marked_words("He said “Harbor Board of Selen is wrong” today.").is_empty());
        assert!(marked_words("She called it Queen of the Harbor Board in print.").is_empty());
    }

    #[test]
    fn lists_of_names_and_sentence_starts_are_not_titles() {
        assert!(
            marked_words("Ada Quill, Orla Venn and Dana Pell met the Harbor Board.").is_empty()
        );
        assert!(marked_words("They Met Ada Quill at the harbor.").is_empty());
        assert!(marked_words("I told Ada Quill and Orla Venn about it.").is_empty());
    }
}
