//! Within-article reference: what a pronoun, a relative pronoun or a titled name stands for. The one
//! place quotes ([`super::quotes`]) and claims ([`super::claims`]) ask whether a candidate can be
//! what a source as written refers to, so both resolve "he", "she", "who" the same way.
//!
//! | written | can refer to | why |
//! |---------|--------------|-----|
//! | he / him / his | a person not known to be a woman | gender agreement: a man's title (Mr., Sen. is neutral) or a man's given name |
//! | she / her | a person not known to be a man | "Mrs. McDonnell wrote" is not Bob McDonnell; "she said" after a judge's sentence is not the senator named before |
//! | it | an organisation, never one person | "the company said it" is the company |
//! | they / we | an organisation named by its members, never one person | "the Democrats ... they"; not "GOP voters ... they" |
//! | who / which | the phrase right before ", who" | "Jo Roe, who chairs the board, said" |
//! | a bare surname ("Obama", "Mrs. McDonnell") | the person of the article with that surname, agreeing with a title's gender, mentioned most, then first | a story about the president says "Obama" for him, not for Michelle Obama named once; "Mrs. McDonnell" is never Bob McDonnell |
//!
//! Gender comes from the name as written at its mention: an honorific ("Mr.", "Mrs.", "Ms.") first,
//! then the given name (the lexicon's gendered given names; other given names of
//! `data/lexicon/given_names.txt` are taken as men's). A name with neither agrees with both pronouns.

use crate::extract::lang::lexicon::{self, GIVEN_NAMES};
use crate::extract::text::fold_for_match;
use crate::extract::{Entity, EntityKind, Mention};
use std::collections::HashMap;

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

/// Can a pronoun that stands for a group or an organisation ("it", "they", "we") refer to an entity of
/// this kind, named as `written`? Only organisations: a person is "he" or "she", a place does not
/// speak. "It" may mean any organisation ("the Fed ... It plans"); "they" and "we" only one named by
/// its members ("the Democrats ... they"), since they far more often mean people the text never
/// names as one ("voters", "officials", "the protesters").
pub fn group_pronoun_can_mean(word: &str, kind: EntityKind, written: &str) -> bool {
    if !is_group_pronoun(word) || kind != EntityKind::Organisation {
        return false;
    }
    match word.to_lowercase().as_str() {
        "it" | "its" => true,
        _ => {
            let members = written.ends_with('s') && !written.ends_with("ss");
            members
                && !written.contains(' ')
                && written.chars().next().is_some_and(char::is_uppercase)
        }
    }
}

/// Does the name at byte `start` open its sentence (after "The" at most), as the subject a later
/// "it" or "they" most likely refers to?
pub fn opens_sentence(body: &str, start: usize) -> bool {
    let mut before = body[..start].trim_end();
    if let Some(rest) = before
        .strip_suffix("The")
        .or_else(|| before.strip_suffix("the"))
    {
        if rest.is_empty() || rest.ends_with(char::is_whitespace) {
            before = rest.trim_end();
        }
    }
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '\u{201D}'])
}

/// A person of the article with a surname, as a candidate for a bare surname.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Person {
    pub entity: usize,
    pub gender: Gender,
    /// How many mentions the article has of them.
    pub mentions: usize,
    /// Where they are first mentioned (a byte offset).
    pub first: usize,
}

/// The family member a bare surname refers to, among the people with that surname: those agreeing
/// with the gender of the title written before it ("Mrs." -> a woman), then the one the article is
/// about (mentioned most), then the one named first.
pub fn family_member(people: &[Person], title: Gender) -> Option<usize> {
    people
        .iter()
        .filter(|p| agrees(title, p.gender))
        .max_by_key(|p| (p.mentions, std::cmp::Reverse(p.first)))
        .map(|p| p.entity)
}

/// The article's people named with a given name and a surname, by folded surname: what a bare
/// surname can refer to ([`People::surname_owner`]).
#[derive(Debug, Default)]
pub struct People {
    by_surname: HashMap<String, Vec<Person>>,
}

impl People {
    pub fn new(entities: &[Entity], mentions: &[Mention]) -> People {
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
        for m in mentions {
            let c = counts.entry(m.entity).or_insert((0, usize::MAX));
            c.0 += 1;
            c.1 = c.1.min(m.span.start);
        }
        let mut by_surname: HashMap<String, Vec<Person>> = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            let folded = fold_for_match(&e.name);
            let Some((_, surname)) = folded.rsplit_once(' ') else {
                continue;
            };
            if e.kind != EntityKind::Person {
                continue;
            }
            let (mentions, first) = counts.get(&i).copied().unwrap_or((0, usize::MAX));
            by_surname
                .entry(surname.to_string())
                .or_default()
                .push(Person {
                    entity: i,
                    gender: name_gender("", &e.name),
                    mentions,
                    first,
                });
        }
        People { by_surname }
    }

    /// Adds a person entity created after [`People::new`] (not yet mentioned).
    pub fn add(&mut self, entity: usize, e: &Entity) {
        let folded = fold_for_match(&e.name);
        if let (EntityKind::Person, Some((_, surname))) = (e.kind, folded.rsplit_once(' ')) {
            self.by_surname
                .entry(surname.to_string())
                .or_default()
                .push(Person {
                    entity,
                    gender: name_gender("", &e.name),
                    mentions: 0,
                    first: usize::MAX,
                });
        }
    }

    /// The person a bare surname (any case) written after `title` ("Mrs.", or "") refers to.
    pub fn surname_owner(&self, surname: &str, title: &str) -> Option<usize> {
        let people = self.by_surname.get(&fold_for_match(surname))?;
        family_member(people, name_gender(title, ""))
    }

    /// `entity`, found for the one-word name `surname` written after `title`, unless the title's
    /// gender rules it out ("Mrs. McDonnell" given to Bob McDonnell): then the family member the
    /// title agrees with, if the article names one.
    pub fn check_title(
        &self,
        entities: &[Entity],
        entity: usize,
        surname: &str,
        title: &str,
    ) -> usize {
        let by_title = name_gender(title, "");
        let gender = name_gender("", &entities[entity].name);
        if surname.contains(' ') || agrees(by_title, gender) {
            return entity;
        }
        self.surname_owner(surname, title).unwrap_or(entity)
    }
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

    /// Bare surnames: (people as (gender, mentions, first mention), title written, who is meant).
    #[test]
    fn a_bare_surname_goes_to_the_family_member_the_article_is_about() {
        use Gender::*;
        let table: &[(&[(Gender, usize, usize)], Gender, Option<usize>)] = &[
            // The president mentioned 12 times, his wife twice: "Obama" is the president.
            (&[(Female, 2, 10), (Male, 12, 40)], Unknown, Some(1)),
            // "Mrs. McDonnell": the woman, however often her husband is mentioned.
            (&[(Male, 20, 0), (Female, 3, 90)], Female, Some(1)),
            // "Mr. Trump": never the woman.
            (&[(Female, 9, 0), (Male, 2, 50)], Male, Some(1)),
            // As often mentioned: the one named first.
            (&[(Male, 4, 70), (Male, 4, 5)], Unknown, Some(1)),
            // A name of unknown gender agrees with any title.
            (&[(Unknown, 1, 0)], Female, Some(0)),
            // Nobody agrees: no one is meant.
            (&[(Male, 5, 0)], Female, None),
            (&[], Unknown, None),
        ];
        for (people, title, expected) in table {
            let people: Vec<Person> = people
                .iter()
                .enumerate()
                .map(|(entity, &(gender, mentions, first))| Person {
                    entity,
                    gender,
                    mentions,
                    first,
                })
                .collect();
            assert_eq!(
                family_member(&people, *title),
                *expected,
                "{people:?} {title:?}"
            );
        }
    }

    #[test]
    fn surnames_are_looked_up_with_titles() {
        let entity = |name: &str| Entity {
            name: name.to_string(),
            kind: EntityKind::Person,
            aliases: vec![],
            gazetteer_id: None,
        };
        let entities = vec![entity("Bob McDonnell"), entity("Maureen McDonnell")];
        let mention = |entity: usize, start: usize| Mention {
            entity,
            span: crate::extract::Span::new(start, start + 3),
            kind: crate::extract::MentionKind::Name,
            role: None,
            sentence: 0,
        };
        let mentions = vec![mention(0, 0), mention(0, 20), mention(1, 40)];
        let people = People::new(&entities, &mentions);
        assert_eq!(people.surname_owner("McDonnell", ""), Some(0));
        assert_eq!(people.surname_owner("mcdonnell", "Mrs."), Some(1));
        assert_eq!(people.surname_owner("McDonnell", "Gov."), Some(0));
        assert_eq!(people.surname_owner("Kerry", ""), None);
        assert_eq!(people.check_title(&entities, 0, "McDonnell", "Mrs."), 1);
        assert_eq!(people.check_title(&entities, 0, "McDonnell", "Gov."), 0);
        let org = EntityKind::Organisation;
        assert!(group_pronoun_can_mean("It", org, "the Federal Reserve"));
        assert!(group_pronoun_can_mean("they", org, "Democrats"));
        assert!(!group_pronoun_can_mean("they", org, "GOP"));
        assert!(!group_pronoun_can_mean(
            "they",
            EntityKind::Person,
            "Democrats"
        ));
        assert!(!group_pronoun_can_mean("he", org, "Congress"));
        assert!(opens_sentence("Rates rose. The Fed said", 16));
        assert!(opens_sentence("Twitter said", 0));
        assert!(!opens_sentence("On Friday, the Labor Department", 15));
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
