//! The tokenizer: words and punctuation of a span of the body, with byte spans into the body.
//!
//! Words keep their inner apostrophes ("Shi'ite"), dots of initials and dotted acronyms ("R.", "U.S.")
//! and hyphens between parts of the same case ("Kerry-Lavrov", "al-Assad"). A hyphen between a
//! lower-case and a capitalised part splits the word ("Russia-led" -> "Russia" + "led", "anti-ISIS" ->
//! "anti" + "ISIS") except after a name particle ("al-Assad") or a short link inside a capitalised
//! word ("Mar-a-Lago"), so the name stands alone. A possessive
//! "'s" is left out of the word and remembered.

use super::lexicon::{keeps_dot, PARTICLES};
use crate::extract::text::is_single_quote;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// A word (letters or digits); otherwise one punctuation character.
    pub word: bool,
    /// The word was followed by a possessive "'s".
    pub possessive: bool,
}

impl Token {
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }
}

/// Does a short lower-case link ("a", "au") start at `k`, then a hyphen and a capital ("a-Lago")?
fn short_link_at(chars: &[(usize, char)], k: usize) -> bool {
    let len = chars[k.min(chars.len())..]
        .iter()
        .take_while(|&&(_, c)| c.is_lowercase())
        .count();
    (1..=2).contains(&len)
        && chars.get(k + len).is_some_and(|&(_, c)| c == '-')
        && chars
            .get(k + len + 1)
            .is_some_and(|&(_, c)| c.is_uppercase())
}

/// Is the word capitalised (its first letter upper case)?
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Is the word in capitals with at least two letters ("ISIS", "U.S.")?
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some()
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && letters.all(char::is_uppercase)
}

/// Where two capitalised words were glued together without a space, in chars: "TrumpGOP" (a name
/// and an acronym), "TrumpTrump" (a name twice). Names with an inner capital stay whole:
/// "McDonnell", "LePage", "MacArthur", "WikiLeaks", "BuzzFeed", "iPhone". Reads the word's chars as
/// [`tokenize`] collected them (runs for every word: no copy of the word).
fn glued_at(word: &[(usize, char)]) -> Option<usize> {
    if !word.first()?.1.is_uppercase() || !word.iter().all(|&(_, c)| c.is_alphabetic()) {
        return None;
    }
    let at = (1..word.len()).find(|&k| word[k - 1].1.is_lowercase() && word[k].1.is_uppercase())?;
    let (left, right) = word.split_at(at);
    let acronym = right.len() >= 2 && right.iter().all(|&(_, c)| c.is_uppercase());
    let twice = left.len() == right.len() && left.iter().zip(right).all(|(l, r)| l.1 == r.1);
    (left.len() >= 3 && (acronym || twice)).then_some(at)
}

/// Splits `body[start..end]` into tokens.
pub fn tokenize(body: &str, start: usize, end: usize) -> Vec<Token> {
    let text = &body[start..end];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::with_capacity(chars.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        let (offset, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token {
                start: start + offset,
                end: start + offset + c.len_utf8(),
                word: false,
                possessive: false,
            });
            i += 1;
            continue;
        }
        // A word: letters and digits, and joiners between them.
        let word_start = i;
        let j = word_extent(text, &chars, word_start);
        let word_end = if j < chars.len() {
            chars[j].0
        } else {
            text.len()
        };
        // "TrumpGOP", "TrumpTrump": two words a page glued together.
        if let Some(left_chars) = glued_at(&chars[word_start..j]) {
            let split = word_start + left_chars;
            tokens.push(Token {
                start: start + chars[word_start].0,
                end: start + chars[split].0,
                word: true,
                possessive: false,
            });
            i = split;
            continue;
        }
        let mut possessive = false;
        let mut next_i = j;
        if let Some(&(_, q)) = chars.get(j) {
            if is_single_quote(q)
                && matches!(chars.get(j + 1).map(|&(_, c)| c), Some('s') | Some('S'))
                && !chars.get(j + 2).is_some_and(|&(_, c)| c.is_alphanumeric())
            {
                possessive = true;
                next_i = j + 2;
            }
        }
        tokens.push(Token {
            start: start + chars[word_start].0,
            end: start + word_end,
            word: true,
            possessive,
        });
        i = next_i;
    }
    tokens
}

/// The index (in `chars`) after the word that starts at `word_start`: letters and digits, and the
/// hyphens, apostrophes and dots that join them inside one word.
fn word_extent(text: &str, chars: &[(usize, char)], word_start: usize) -> usize {
    let mut j = word_start + 1;
    let mut part_start = word_start;
    loop {
        while j < chars.len() && chars[j].1.is_alphanumeric() {
            j += 1;
        }
        let Some(&(_, joiner)) = chars.get(j) else {
            break;
        };
        let next = chars.get(j + 1).map(|&(_, c)| c);
        let next_is_alnum = next.is_some_and(char::is_alphanumeric);
        if joiner == '-' && next_is_alnum {
            if hyphen_splits(text, chars, word_start, part_start, j) {
                break;
            }
            j += 1;
            part_start = j;
            continue;
        }
        if is_single_quote(joiner) && next_is_alnum {
            // "'s" at the end of the word is a possessive, not part of it.
            let after = chars.get(j + 2).map(|&(_, c)| c);
            if matches!(next, Some('s') | Some('S')) && !after.is_some_and(char::is_alphanumeric) {
                break;
            }
            j += 1;
            continue;
        }
        if joiner == '.' {
            let (after_dot, go_on) = dot_step(text, chars, part_start, j);
            j = after_dot;
            if go_on {
                continue;
            }
        }
        break;
    }
    j
}

/// Does the hyphen at `j` end the word (the part before it starts at `part_start`)? "Russia-led",
/// "US-based" split; "Blu-ray" (a short part), "Mar-a-Lago" and "Port-au-Prince" (a short lower-case
/// link between capitalised parts) and particles ("al-Qaeda") do not.
fn hyphen_splits(
    text: &str,
    chars: &[(usize, char)],
    word_start: usize,
    part_start: usize,
    j: usize,
) -> bool {
    let next = chars.get(j + 1).map(|&(_, c)| c);
    let part = &text[chars[part_start].0..chars[j].0];
    let next_upper = next.is_some_and(char::is_uppercase);
    let part_upper = is_capitalised(part);
    let particle = PARTICLES.contains(part.to_lowercase().as_str());
    let long_or_caps = part.chars().count() >= 4 || is_all_caps(part);
    let link =
        part_start > word_start && chars[word_start].1.is_uppercase() && part.chars().count() <= 2;
    let link_next = part_upper && short_link_at(chars, j + 1);
    (part_upper && long_or_caps && !link_next && next.is_some_and(char::is_lowercase))
        || (!part_upper
            && next_upper
            && !particle
            && !link
            && part.chars().all(char::is_alphabetic))
}

/// A dot at `j` after a part starting at `part_start`: the index after what the word takes, and
/// whether the word goes on. Initials and dotted acronyms keep their dots: "R.", "U.S.", "U.N." (but
/// "U.N.SEPT" stops at "U.N."); the part after the last hyphen counts ("D-N.Y.", a party tag).
fn dot_step(text: &str, chars: &[(usize, char)], part_start: usize, j: usize) -> (usize, bool) {
    let so_far = &text[chars[part_start].0..chars[j].0];
    if keeps_dot(so_far) {
        return (j + 1, false);
    }
    let dotted = so_far
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    if !dotted {
        return (j, false);
    }
    let next = chars.get(j + 1).map(|&(_, c)| c);
    let after = chars.get(j + 2).map(|&(_, c)| c);
    if next.is_some_and(char::is_uppercase)
        && (!after.is_some_and(char::is_alphanumeric) || after == Some('.'))
    {
        return (j + 2, true);
    }
    (j + 1, false) // the final dot
}

/// [`tokenize`] with compounds kept whole, for rules that read a compound as one word: a
/// possessive "'s" stays on its word ("Kerry's", with `possessive` set), parts joined by a hyphen,
/// "&" or "_" are one word ("Russia-led", "10-year", "AT&T"; not a slash: "CNN/ORC"), so are words
/// around a stray symbol of mis-decoded text ("FranÃ§ois"), hashtags and handles ("#NeverTrump",
/// "@user": never a name), web addresses ("MoveOn.org") and numbers with their separators ("10,000",
/// "1.5").
pub fn tokenize_joined(body: &str, start: usize, end: usize) -> Vec<Token> {
    let tokens = tokenize(body, start, end);
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let mut t = tokens[i];
        i += 1;
        let tag = !t.word
            && matches!(&body[t.start..t.end], "#" | "@")
            && tokens.get(i).is_some_and(|n| n.word && n.start == t.end)
            && !out.last().is_some_and(|p| p.word && p.end == t.start);
        if tag {
            t = Token {
                word: true,
                ..tokens[i]
            }
            .with_start(t.start);
            i += 1;
        }
        if t.word {
            t.end = with_possessive(body, t);
            // Join while the parts touch.
            while let (Some(sep), Some(next)) = (tokens.get(i), tokens.get(i + 1)) {
                let touching =
                    !sep.word && next.word && sep.start == t.end && next.start == sep.end;
                if !touching || !joins(body, &body[t.start..t.end], *sep, *next) {
                    break;
                }
                t.end = with_possessive(body, *next);
                t.possessive = next.possessive;
                i += 2;
            }
        }
        out.push(t);
    }
    out
}

/// Does the punctuation token `sep` join the word `left` to the word token `next` it touches?
fn joins(body: &str, left: &str, sep: Token, next: Token) -> bool {
    let joiner = sep.text(body);
    let numeric = (joiner == "," || joiner == ".")
        && ends_with_digit(left)
        && next.text(body).starts_with(|c: char| c.is_ascii_digit());
    // U+0080..U+00BF: the second byte of UTF-8 text decoded as Latin-1 ("Ã§").
    let stray = joiner
        .chars()
        .all(|c| ('\u{80}'..='\u{bf}').contains(&c) && !matches!(c, '\u{ab}' | '\u{bb}'));
    // "fivethirtyeight.com", "MoveOn.org": a dot before a lower-case word inside a web address.
    let address = joiner == "."
        && next
            .text(body)
            .starts_with(|c: char| c.is_ascii_lowercase());
    numeric || stray || address || matches!(joiner, "-" | "&" | "_")
}

impl Token {
    fn with_start(mut self, start: usize) -> Token {
        self.start = start;
        self
    }
}

/// The end of a word token with its possessive "'s", if it has one.
fn with_possessive(body: &str, t: Token) -> usize {
    if !t.possessive {
        return t.end;
    }
    let quote = body[t.end..].chars().next().map_or(0, char::len_utf8);
    t.end + quote + 1
}

fn ends_with_digit(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && word.ends_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len())
            .into_iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn names_keep_their_joiners() {
        assert_eq!(
            words("Michael R. Gordon met Bashar al-Assad in the U.S. on Sunday."),
            vec![
                "Michael", "R.", "Gordon", "met", "Bashar", "al-Assad", "in", "the", "U.S.", "on",
                "Sunday", "."
            ]
        );
        assert_eq!(
            words("the Kerry-Lavrov meeting"),
            vec!["the", "Kerry-Lavrov", "meeting"]
        );
        assert_eq!(
            words("a Russia-led, anti-ISIS push"),
            vec!["a", "Russia", "-", "led", ",", "anti", "-", "ISIS", "push"]
        );
        assert_eq!(
            words("the U.N.SEPT. 27"),
            vec!["the", "U.N.", "SEPT", ".", "27"]
        );
    }

    #[test]
    fn glued_words_are_split_but_inner_capitals_kept() {
        assert_eq!(
            words("Donald John TrumpGOP lawmakers and TrumpTrump"),
            vec![
                "Donald",
                "John",
                "Trump",
                "GOP",
                "lawmakers",
                "and",
                "Trump",
                "Trump"
            ]
        );
        assert_eq!(
            words("McDonnell, LePage, MacArthur, WikiLeaks and BuzzFeed"),
            vec![
                "McDonnell",
                ",",
                "LePage",
                ",",
                "MacArthur",
                ",",
                "WikiLeaks",
                "and",
                "BuzzFeed"
            ]
        );
    }

    #[test]
    fn joined_tokens_keep_compounds_whole() {
        let text = "Kerry's 10,000 Russia-led troops, 1.5 times #NeverTrump AT&T Fran\u{c3}\u{a7}ois MoveOn.org";
        let words: Vec<&str> = tokenize_joined(text, 0, text.len())
            .into_iter()
            .map(|t| t.text(text))
            .collect();
        assert_eq!(
            words,
            vec![
                "Kerry's",
                "10,000",
                "Russia-led",
                "troops",
                ",",
                "1.5",
                "times",
                "#NeverTrump",
                "AT&T",
                "Fran\u{c3}\u{a7}ois",
                "MoveOn.org"
            ]
        );
    }

    #[test]
    fn possessives_are_left_out() {
        let text = "Iraq\u{2019}s army and Shi'ite-led forces";
        let tokens = tokenize(text, 0, text.len());
        assert_eq!(tokens[0].text(text), "Iraq");
        assert!(tokens[0].possessive);
        assert_eq!(tokens[1].text(text), "army");
        assert_eq!(tokens[3].text(text), "Shi'ite");
    }
}
