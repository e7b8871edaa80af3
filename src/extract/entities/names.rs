//! Keys under which names written by different outlets compare equal. Shared by within-article
//! resolution and by the store's cross-article resolution, so both agree on what "the same name" means.
//!
//! A person's key drops what outlets add or leave out freely and keeps what identifies them:
//! - middle initials ("Vladimir V. Putin", "Sergey V Lavrov") are dropped;
//! - the Arabic article is dropped ("Bashar al-Assad" = "Bashar Assad");
//! - spelling variants fold to one spelling: a table (`data/lexicon/transliterations.tsv`, "Sergey" =
//!   "Sergei") and then a generic fold (accents removed, a final "y" read as "i", doubled letters as one,
//!   "ou" as "u": "Yury"/"Yuri", "Mohammed"/"Mohamed", "Rouhani"/"Ruhani").
//!
//! Other names (organisations, places) compare after case folding, without dots ("U.N." = "UN"), a
//! leading "the" or a possessive.

use crate::extract::lang::lexicon::{PARTICLES, TRANSLITERATIONS};
use crate::extract::EntityKind;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower case without accents, curly apostrophes made straight.
fn plain(word: &str) -> String {
    // ASCII has no marks to strip: most names skip the normalizer.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

/// Is this word an initial ("V", "V.", "R.")?
pub fn is_initial(word: &str) -> bool {
    let mut letters = word.trim_end_matches('.').chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
}

/// The generic spelling fold of one lower-case name word.
fn fold_spelling(word: &str) -> String {
    if let Some(key) = TRANSLITERATIONS.get(word) {
        return (*key).to_string();
    }
    let mut out = String::with_capacity(word.len());
    let mut previous = None;
    for c in word.replace("ou", "u").chars() {
        if Some(c) != previous || !c.is_alphabetic() {
            out.push(c);
        }
        previous = Some(c);
    }
    if out.len() > 3 && out.ends_with('y') {
        out.pop();
        out.push('i');
    }
    out
}

/// The words of a person's name that identify them, folded: no initials, no Arabic article, spellings
/// folded.
pub fn person_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    for raw in name.split_whitespace() {
        if is_initial(raw) {
            continue;
        }
        let mut word = plain(raw.trim_end_matches(['.', ',']));
        for prefix in ["al-", "el-", "al ", "el "] {
            if let Some(rest) = word.strip_prefix(prefix) {
                word = rest.to_string();
            }
        }
        if word == "al" || word == "el" || word.is_empty() {
            continue;
        }
        words.push(fold_spelling(&word));
    }
    words
}

/// The cross-spelling key of a person's name: "Sergey V. Lavrov" -> "sergei lavrov".
pub fn person_key(name: &str) -> String {
    person_words(name).join(" ")
}

/// The key of a person's surname (the last identifying word, after particles like "bin" or "van"):
/// "Bashar al-Assad" -> "assad". A generational suffix stays with it: "Donald Trump Jr." -> "trump jr",
/// since the son is not the father ("Trump Jr." means the son, "Trump" alone never does).
pub fn surname_key(name: &str) -> Option<String> {
    let words = person_words(name);
    let mut rest = words
        .iter()
        .rev()
        .filter(|w| !PARTICLES.contains(w.as_str()));
    let last = rest.next()?;
    if is_name_suffix(last) {
        if let Some(surname) = rest.next() {
            return Some(format!("{surname} {last}"));
        }
    }
    Some(last.clone())
}

/// Is this word a generational suffix ("Jr.", "Sr")? Case and a final dot do not matter. Not a
/// regnal number: "Elizabeth II" is no surname with a suffix.
pub fn is_name_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "jr" | "sr"
    )
}

/// The key of any other name: "The U.N." -> "un", "Iraq's" -> "iraq".
pub fn other_key(name: &str) -> String {
    let folded = crate::extract::text::fold_for_match(name);
    let folded = folded
        .strip_prefix("the ")
        .map(str::to_string)
        .unwrap_or(folded);
    let folded = folded
        .strip_suffix("'s")
        .map(str::to_string)
        .unwrap_or(folded);
    plain(&folded.replace('.', ""))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The matching key of a name of an entity of this kind.
pub fn match_key(name: &str, kind: EntityKind) -> String {
    match kind {
        EntityKind::Person => person_key(name),
        _ => other_key(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_keys_ignore_initials_particles_and_spelling() {
        assert_eq!(
            person_key("Vladimir V. Putin"),
            person_key("Vladimir Putin")
        );
        assert_eq!(person_key("Sergey V Lavrov"), person_key("Sergei Lavrov"));
        assert_eq!(person_key("Bashar al-Assad"), person_key("Bashar Assad"));
        assert_eq!(person_key("Mohammed Ali"), person_key("Muhammad Ali"));
        assert_eq!(person_key("Yury Petrov"), person_key("Yuri Petrov"));
        assert_eq!(person_key("José Núñez"), person_key("Jose Nunez"));
        assert_ne!(person_key("John Kerry"), person_key("Mary Kerry"));
        // Short forms of given names: one person.
        assert_eq!(person_key("Chuck Okafor"), person_key("Charles E. Okafor"));
        assert_eq!(person_key("Jim Lark"), person_key("James Lark"));
        assert_ne!(person_key("Jim Lark"), person_key("John Lark"));
        assert_eq!(surname_key("Bashar al-Assad").as_deref(), Some("assad"));
        // A son's suffix is part of what identifies him: "Lark Jr." is the son, not the father.
        assert_eq!(surname_key("Tobias Lark Jr.").as_deref(), Some("lark jr"));
        assert_eq!(surname_key("Lark Jr."), surname_key("Tobias Q. Lark Jr."));
        assert_ne!(surname_key("Lark Jr."), surname_key("Tobias Lark"));
        assert_eq!(
            surname_key("Ludwig van Beethoven"),
            surname_key("Beethoven")
        );
    }

    #[test]
    fn other_keys_ignore_dots_the_and_possessives() {
        assert_eq!(other_key("The U.N."), other_key("UN"));
        assert_eq!(other_key("Iraq's"), "iraq");
        assert_eq!(
            other_key("Joint  Operations Command"),
            "joint operations command"
        );
    }
}
