//! Within-article reference: what a pronoun, a relative pronoun or a titled name stands for. The one
//! place quotes ([`super::quotes`]) and claims ([`super::claims`]) ask whether a candidate can be
//! what a source as written refers to, so both resolve "he", "she", "who" the same way.
//!
//! | written | can refer to | why |
//! |---------|--------------|-----|
//! | he / him / his | a person not known to be a woman | gender agreement: a man's title (Mr., Sen. is neutral) or a man's given name |
//! | she / her | a person not known to be a man | "Mrs. McDonnell wrote" is not Bob McDonnell; "she said" after a judge's sentence is not the senator named before |
//! | they / it / we | an organisation or group, never one person | "the company said it" is the company |
//! | who / which | the phrase right before ", who" | "Jo Roe, who chairs the board, said" |
//!
//! Gender comes from the name as written at its mention: an honorific ("Mr.", "Mrs.", "Ms.") first,
//! then the given name (the lexicon's gendered given names; other given names of
//! `data/lexicon/given_names.txt` are taken as men's). A name with neither agrees with both pronouns.

use crate::extract::lang::lexicon::{self, GIVEN_NAMES};

/// What a pronoun or a name says about the sex of the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl From<lexicon::Gender> for Gender {
    fn from(gender: lexicon::Gender) -> Gender {
        match gender {
            lexicon::Gender::Female => Gender::Female,
            lexicon::Gender::Male => Gender::Male,
        }
    }
}

/// The gender a personal pronoun carries; `None` for a word that is not one.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Does this pronoun stand for a group or an organisation rather than one person?
pub fn is_group_pronoun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "they" | "it" | "we" | "them" | "its" | "their"
    )
}

/// Does this word introduce a relative clause whose subject is the phrase before it?
pub fn is_relative_pronoun(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "who" | "which")
}

/// The gender of a person's name as written, with the words written before it (a title such as
/// "Mrs." or "Sen."; may be empty).
pub fn name_gender(title: &str, name: &str) -> Gender {
    if let Some(gender) = title
        .split_whitespace()
        .last()
        .and_then(lexicon::honorific_gender)
    {
        return gender.into();
    }
    // The first given name among the first words ("Senator Tom Wren": "Tom"); an honorific inside
    // the name as written ("Mrs. Okafor") counts too.
    for word in name.split_whitespace().take(4) {
        let word = word.trim_end_matches([',', '.']);
        if let Some(gender) = lexicon::given_name_gender(word) {
            return gender.into();
        }
        if GIVEN_NAMES.contains(word) {
            return Gender::Male;
        }
        if let Some(gender) = lexicon::honorific_gender(word) {
            return gender.into();
        }
    }
    Gender::Unknown
}

/// The title word written right before byte `start` of `body` ("Mrs." in "Mrs. McDonnell"), or "".
pub fn title_before(body: &str, start: usize) -> &str {
    let before = body[..start].trim_end();
    let from = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[from..]
}

/// Can a pronoun of gender `pronoun` refer to a person of gender `person`?
pub fn agrees(pronoun: Gender, person: Gender) -> bool {
    pronoun == Gender::Unknown || person == Gender::Unknown || pronoun == person
}

/// Can the pronoun `word` refer to the person named `name` (written after `title`)?
pub fn pronoun_can_mean(word: &str, title: &str, name: &str) -> bool {
    pronoun_gender(word).map_or(true, |g| agrees(g, name_gender(title, name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_decide_before_given_names() {
        assert_eq!(name_gender("Mrs.", "Maureen McDonnell"), Gender::Female);
        assert_eq!(name_gender("Mrs.", "McDonnell"), Gender::Female);
        assert_eq!(name_gender("Mr.", "McDonnell"), Gender::Male);
        assert_eq!(name_gender("Gov.", "Bob McDonnell"), Gender::Male);
        assert_eq!(name_gender("Sen.", "Tammy Baldwin"), Gender::Female);
        assert_eq!(name_gender("", "Baldwin"), Gender::Unknown);
        assert_eq!(name_gender("", "Senator Tom Wren"), Gender::Male);
        assert_eq!(name_gender("", "Mrs. Okafor"), Gender::Female);
    }

    #[test]
    fn pronouns_agree_in_gender() {
        assert!(!pronoun_can_mean("she", "Judge", "Robert Hale"));
        assert!(pronoun_can_mean("She", "", "Nancy Wells"));
        assert!(pronoun_can_mean("he", "", "Okonkwo"));
        assert!(!pronoun_can_mean("he", "Ms.", "Okafor"));
        assert!(is_group_pronoun("It"));
        assert!(!is_group_pronoun("he"));
    }

    #[test]
    fn the_title_before_a_name() {
        let body = "Yesterday\u{a0}Mrs. McDonnell wrote";
        let at = body.find("McDonnell").unwrap();
        assert_eq!(title_before(body, at), "Mrs.");
        let body = "Said\u{a0}McDonnell";
        assert_eq!(title_before(body, body.find('M').unwrap()), "Said");
    }
}
