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

mod documents;
mod party;
mod roles;

pub use documents::author_of as document_author;
pub use documents::named_author as document_named_author;

pub use party::{is_party_description, is_party_member, is_party_tag, party_tag_holder};
pub use roles::{is_document_noun, is_kin_noun, is_speaking_role, is_tie_noun, same_rank, Roles};

use crate::extract::lang::lexicon::{self, GIVEN_NAMES};
use crate::extract::text::fold_for_match;
use crate::extract::{Entity, EntityKind, Mention, MentionKind};
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

/// Can the pronoun `word` refer to a person of gender `person`?
pub fn pronoun_agrees(word: &str, person: Gender) -> bool {
    pronoun_gender(word).map_or(true, |g| agrees(g, person))
}

/// The gender each person of the article shows by an honorific written at one of its mentions
/// ("Ms. Coulter" early on makes a later bare "Coulter" a woman, so a "he" after it is not her),
/// or else by the given name of its full name when that name is only a man's or only a woman's
/// (an honorific seen anywhere is the stronger evidence).
#[derive(Debug, Default)]
pub struct Genders(HashMap<usize, Gender>);

impl Genders {
    pub fn new(body: &str, entities: &[Entity], mentions: &[Mention]) -> Genders {
        let mut known = HashMap::new();
        for m in mentions {
            let named = matches!(m.kind, MentionKind::Name | MentionKind::Short);
            if !named
                || known.contains_key(&m.entity)
                || entities.get(m.entity).map(|e| e.kind) != Some(EntityKind::Person)
            {
                continue;
            }
            let Some(text) = body.get(m.span.start..m.span.end) else {
                continue;
            };
            let shown = lexicon::honorific_gender(title_before(body, m.span.start))
                .or_else(|| lexicon::honorific_gender(text));
            if let Some(gender) = shown {
                known.insert(m.entity, gender.into());
            }
        }
        // Without an honorific, the given name of the person's full name, when it is only a man's
        // or only a woman's ("John McCain": a "she" after "McCain said" is not him).
        for m in mentions {
            let Some(entity) = entities.get(m.entity) else {
                continue;
            };
            if entity.kind != EntityKind::Person || known.contains_key(&m.entity) {
                continue;
            }
            let given = entity.name.split_whitespace().next().unwrap_or("");
            if let Some(gender) = lexicon::unambiguous_given_name_gender(given) {
                known.insert(m.entity, gender.into());
            }
        }
        Genders(known)
    }

    /// The gender an honorific shows for `entity`, or `Unknown`.
    pub fn of(&self, entity: usize) -> Gender {
        self.0.get(&entity).copied().unwrap_or(Gender::Unknown)
    }
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
    /// How often the article names them in full. Bare surnames are not counted: which family
    /// member those mean is the very question, and counting the recogniser's guesses would let one
    /// early guess decide all the later ones.
    pub mentions: usize,
    /// Where they are first named (a byte offset).
    pub first: usize,
}

/// How far back (bytes, about two sentences) a mention keeps a bare surname with the person the
/// recogniser gave it to, against the family member the article is about: "Tomas Reyes left.
/// Reyes said" is Tomas, and so is a passage about him that says "Mr. Reyes" sentence after
/// sentence.
const RECENT_NAME: usize = 600;

/// The family member a bare surname refers to, among the people with that surname: those agreeing
/// with the gender of the title written before it ("Mrs." -> a woman), then the one the article is
/// about: the one it names in full most often, then the one named first.
pub fn family_member(people: &[Person], title: Gender) -> Option<usize> {
    people
        .iter()
        .filter(|p| agrees(title, p.gender))
        .max_by_key(|p| (p.mentions, std::cmp::Reverse(p.first)))
        .map(|p| p.entity)
}

/// The folded surname of a folded full name: its last word before a generational suffix ("jesse
/// jackson jr." -> "jackson"); `None` for a one-word name.
fn surname_of(folded: &str) -> Option<&str> {
    let mut words: Vec<&str> = folded.split(' ').collect();
    while words.len() > 2
        && matches!(
            words[words.len() - 1].trim_end_matches('.'),
            "jr" | "sr" | "ii" | "iii" | "iv"
        )
    {
        words.pop();
    }
    (words.len() >= 2).then(|| words[words.len() - 1])
}

/// The article's people named with a given name and a surname, by folded surname: what a bare
/// surname can refer to ([`People::surname_owner`]).
#[derive(Debug, Default)]
pub struct People {
    by_surname: HashMap<String, Vec<Person>>,
    /// Where each entity is mentioned (by name, surname, alias or role), in text order.
    seen_at: HashMap<usize, Vec<usize>>,
}

impl People {
    pub fn new(entities: &[Entity], mentions: &[Mention]) -> People {
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
        let mut seen_at: HashMap<usize, Vec<usize>> = HashMap::new();
        for m in mentions {
            // A pronoun's entity is itself a guess made from the names around it.
            if m.kind != MentionKind::Pronoun {
                seen_at.entry(m.entity).or_default().push(m.span.start);
            }
            if m.kind == MentionKind::Name {
                let c = counts.entry(m.entity).or_insert((0, usize::MAX));
                c.0 += 1;
                c.1 = c.1.min(m.span.start);
            }
        }
        for starts in seen_at.values_mut() {
            starts.sort_unstable();
        }
        let mut by_surname: HashMap<String, Vec<Person>> = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            let folded = fold_for_match(&e.name);
            let Some(surname) = surname_of(&folded) else {
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
        People {
            by_surname,
            seen_at,
        }
    }

    /// Is `entity` mentioned within [`RECENT_NAME`] bytes before `at`?
    fn seen_recently(&self, entity: usize, at: usize) -> bool {
        self.seen_at.get(&entity).is_some_and(|starts| {
            let i = starts.partition_point(|&s| s < at);
            i > 0 && starts[i - 1] + RECENT_NAME >= at
        })
    }

    /// Adds a person entity created after [`People::new`] (not yet mentioned).
    pub fn add(&mut self, entity: usize, e: &Entity) {
        let folded = fold_for_match(&e.name);
        if let (EntityKind::Person, Some(surname)) = (e.kind, surname_of(&folded)) {
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

    /// `entity`, found by the recogniser for the one-word name `surname` written at byte `at` after
    /// `title`, unless the title's gender rules it out ("Mrs. McDonnell" given to Bob McDonnell), or
    /// it is a family member the article is not about and has not just mentioned ("Trump said"
    /// given to Melania Trump in a story about the president): then the family member
    /// [`family_member`] picks, if the article names one.
    pub fn check_title(
        &self,
        entities: &[Entity],
        entity: usize,
        surname: &str,
        title: &str,
        at: usize,
    ) -> usize {
        if surname.contains(' ') {
            return entity;
        }
        let by_title = name_gender(title, "");
        let gender = name_gender("", &entities[entity].name);
        if !agrees(by_title, gender) {
            return self.surname_owner(surname, title).unwrap_or(entity);
        }
        let family = surname_of(&fold_for_match(&entities[entity].name))
            .is_some_and(|last| last == fold_for_match(surname));
        if !family || entities[entity].kind != EntityKind::Person || self.seen_recently(entity, at)
        {
            return entity;
        }
        self.surname_owner(surname, title).unwrap_or(entity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Entity {
        Entity {
            name: name.to_string(),
            kind: EntityKind::Person,
            aliases: vec![],
            gazetteer_id: None,
        }
    }

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

    /// A person's gender comes from an honorific at any mention, else from a given name that is
    /// only a man's or only a woman's ("John Brandt": a "she" cannot mean "Brandt").
    #[test]
    fn genders_come_from_honorifics_then_given_names() {
        let body = "Brandt spoke. Ms. Okafor spoke. Whitfield spoke.";
        let entities = vec![
            person("John Brandt"),
            person("John Okafor"),
            person("Dana Whitfield"),
        ];
        let mention = |entity: usize, word: &str| Mention {
            entity,
            span: crate::extract::Span::new(
                body.find(word).unwrap(),
                body.find(word).unwrap() + word.len(),
            ),
            kind: MentionKind::Name,
            role: None,
            sentence: 0,
        };
        let mentions = vec![
            mention(0, "Brandt"),
            mention(1, "Okafor"),
            mention(2, "Whitfield"),
        ];
        let genders = Genders::new(body, &entities, &mentions);
        assert_eq!(genders.of(0), Gender::Male);
        assert!(!pronoun_agrees("she", genders.of(0)));
        assert_eq!(genders.of(1), Gender::Female, "the honorific wins");
        assert_eq!(
            genders.of(2),
            lexicon::unambiguous_given_name_gender("Dana").map_or(Gender::Unknown, Gender::from)
        );
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
            // The president named in full 12 times, his wife twice: "Obama" is the president.
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
        let entity = person;
        let entities = vec![
            entity("Bob McDonnell"),
            entity("Maureen McDonnell"),
            entity("Jesse Kerry Jr."),
        ];
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
        assert_eq!(people.surname_owner("Kerry", ""), Some(2));
        assert_eq!(people.surname_owner("Obama", ""), None);
        assert_eq!(people.check_title(&entities, 0, "McDonnell", "Mrs.", 90), 1);
        assert_eq!(people.check_title(&entities, 0, "McDonnell", "Gov.", 90), 0);
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

    /// The recogniser gave a bare surname to a family member named once, right after the one the
    /// story is about: far from that naming the surname is the first one named; right after it,
    /// the one just named.
    #[test]
    fn a_recognised_surname_is_checked_against_the_family() {
        let entity = person;
        let entities = vec![
            entity("Bob Quell"),
            entity("Lena Quell"),
            entity("Quell Labs"),
        ];
        let mention = |entity: usize, start: usize, kind| Mention {
            entity,
            span: crate::extract::Span::new(start, start + 3),
            kind,
            role: None,
            sentence: 0,
        };
        let short = crate::extract::MentionKind::Short;
        let name = crate::extract::MentionKind::Name;
        // Lena's short mentions are the recogniser's guesses: they do not make her the subject.
        let mentions = vec![
            mention(0, 0, name),
            mention(1, 50, name),
            mention(1, 900, short),
            mention(1, 1500, short),
            // A pronoun given to her is no evidence she is the one meant next.
            mention(1, 2900, crate::extract::MentionKind::Pronoun),
        ];
        let people = People::new(&entities, &mentions);
        assert_eq!(people.check_title(&entities, 1, "Quell", "", 3000), 0);
        assert_eq!(people.check_title(&entities, 1, "Quell", "", 200), 1);
        // A passage about her, mentioned sentence after sentence, keeps her.
        assert_eq!(people.check_title(&entities, 1, "Quell", "", 1700), 1);
        assert_eq!(people.check_title(&entities, 1, "Quell", "Ms.", 3000), 1);
        assert_eq!(people.check_title(&entities, 1, "Lena Quell", "", 3000), 1);
    }

    #[test]
    fn a_title_anywhere_in_the_article_gives_the_gender() {
        let body = "Ms. Wren spoke. Wren and Tom Hale met. Hale left.";
        let entity = person;
        let entities = vec![entity("Wren"), entity("Tom Hale")];
        let at = |entity: usize, word: &str, kind| Mention {
            entity,
            span: crate::extract::Span::new(
                body.find(word).unwrap(),
                body.find(word).unwrap() + word.len(),
            ),
            kind,
            role: None,
            sentence: 0,
        };
        let mentions = vec![
            at(0, "Wren", MentionKind::Short),
            at(1, "Tom Hale", MentionKind::Name),
        ];
        let genders = Genders::new(body, &entities, &mentions);
        assert_eq!(genders.of(0), Gender::Female);
        // Without an honorific, a given name that is only a man's decides.
        assert_eq!(genders.of(1), Gender::Male);
        assert!(!pronoun_agrees("he", genders.of(0)));
        assert!(pronoun_agrees("she", genders.of(0)));
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
