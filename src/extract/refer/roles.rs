//! Role nouns: what "the president", "the former governor", "the seven-term congressman" or "the
//! company" refers to. A person's role is the title the recogniser recorded at any earlier mention
//! of them ("President Trump" ... "Mr. Trump" ... "the president"; "Sen. Lee", "Rep. Pike") or
//! their party, from a tag or description after their name ("Rep. Ada Marsh (D-Calif.)" ... "the
//! California Democrat"); an organisation's is a word of its name ("the committee" after "the House
//! Oversight Committee") or, for "the company" and "the firm", any organisation. The nearest earlier
//! holder wins: news repeats a role for the person it just named.

use super::party::{is_party_description, is_party_tag};
use crate::extract::lang::lexicon::{self, ROLE_NOUNS};
use crate::extract::{Entity, EntityKind, Mention, MentionKind};
use std::collections::HashMap;

/// How far back (bytes) a role noun looks for its holder: a few paragraphs.
const ROLE_WINDOW: usize = 3000;

/// Nouns that stand for any organisation named shortly before ("the company said").
const ANY_ORGANISATION: &[&str] = &[
    "company",
    "firm",
    "corporation",
    "organization",
    "organisation",
];

/// Nouns that stand for an organisation with that word in its name ("the committee" after "the
/// House Ethics Committee", "the party" after "the Republican Party").
const NAMED_ORGANISATION: &[&str] = &[
    "committee",
    "department",
    "agency",
    "party",
    "campaign",
    "union",
    "administration",
    "court",
    "council",
    "commission",
    "bureau",
    "ministry",
    "university",
    "foundation",
    "association",
    "institute",
    "network",
    "office",
];

/// Is `head` (a lower-case noun, singular or plural) a person known by a tie to someone else: a
/// role ("spokesman", "lawyers", "advisers") or a relation ("supporters", "son-in-law")? A phrase
/// with such a head and a person as possessor ("Obama's spokesman", "lawyers for Mr. Trump") is
/// someone else, never that person. ("team" counts too: "Mr. Trump's team" is his aides.)
pub fn is_tie_noun(head: &str) -> bool {
    singular_forms(head)
        .any(|w| ROLE_NOUNS.contains(w.as_str()) || lexicon::RELATION_NOUNS.contains(w.as_str()))
}

/// Is `head` (singular or plural, any case) a kin noun ("daughter", "sons": `relation_nouns.txt`)?
/// A surname before one names the family, not someone tied to it ("the Cheney daughter").
pub fn is_kin_noun(head: &str) -> bool {
    singular_forms(head).any(|w| lexicon::KIN_NOUNS.contains(w.as_str()))
}

/// Is `head` (a lower-case noun, singular or plural) a role whose holder speaks for the
/// organisation named before it ("a White House official", "Google lawyers")?
pub fn is_speaking_role(head: &str) -> bool {
    singular_forms(head).any(|w| lexicon::SPEAKING_ROLES.contains(w.as_str()))
}

/// `head` lower-cased as written and with a plural ending taken off ("parties" -> "party").
fn singular_forms(head: &str) -> impl Iterator<Item = String> {
    let head = head.to_lowercase();
    [
        head.strip_suffix("ies").map(|s| format!("{s}y")),
        head.strip_suffix('s').map(str::to_string),
        Some(head.clone()),
    ]
    .into_iter()
    .flatten()
}

/// Is `word` (lower case) a document that speaks for its author?
pub fn is_document_noun(word: &str) -> bool {
    lexicon::DOCUMENT_NOUNS.contains(word)
}

/// Title words that make another role: "Vice President Biden" is not "the president", nor is
/// "Former Gov. Huckabee" "the governor"; the phrase must say them too.
const OTHER_ROLE: &[&str] = &["vice", "deputy", "assistant", "lieutenant", "former", "ex"];

/// The title words a role noun may have been written as: "the senator" is the one titled "Sen.".
fn title_forms(head: &str) -> &'static [&'static str] {
    match head {
        "senator" => &["senator", "sen.", "sens.", "senators"],
        "congressman" | "congresswoman" | "representative" | "lawmaker" => &[
            "representative",
            "rep.",
            "reps.",
            "congressman",
            "congresswoman",
        ],
        "governor" => &["governor", "gov."],
        "president" => &["president"],
        "general" => &["general", "gen."],
        "secretary" => &["secretary", "sec."],
        "speaker" => &["speaker"],
        "judge" => &["judge"],
        "justice" => &["justice"],
        "mayor" => &["mayor"],
        "leader" => &["leader"],
        "chairman" | "chairwoman" | "chair" => &["chairman", "chairwoman", "chair"],
        "director" => &["director"],
        "attorney" => &["attorney"],
        "counsel" => &["counsel"],
        "ambassador" => &["ambassador"],
        "minister" => &["minister"],
        "candidate" | "nominee" => &["candidate", "nominee"],
        _ => &[],
    }
}

/// Does a title (lower-case words) leave out every word that makes another role ("vice",
/// "former": [`OTHER_ROLE`]) unless the role phrase `words` says it too? "Vice President Biden" is
/// not "the president"; "Former Gov. Huckabee" is "the former governor".
pub fn same_rank(titles: &[String], words: &[&str]) -> bool {
    titles
        .iter()
        .filter(|t| OTHER_ROLE.contains(&t.as_str()))
        .all(|t| words.contains(&t.as_str()))
}

/// A party a person is given by a tag or description right after their name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Party {
    Democrat,
    Republican,
    Independent,
}

impl Party {
    fn of_noun(word: &str) -> Option<Party> {
        match word.trim_end_matches('s') {
            "democrat" => Some(Party::Democrat),
            "republican" => Some(Party::Republican),
            "independent" => Some(Party::Independent),
            _ => None,
        }
    }

    fn of_letter(c: char) -> Option<Party> {
        match c {
            'D' => Some(Party::Democrat),
            'R' => Some(Party::Republican),
            'I' => Some(Party::Independent),
            _ => None,
        }
    }
}

/// The party (and the place as written, when given) a tag or description right after the name
/// ending at `end` gives its holder: "Ada Marsh (D-Calif.)", "Jo Lee, R-Texas,", "Jeff Wren,
/// Republican of Utah,".
fn party_after(body: &str, end: usize) -> Option<(Party, String)> {
    let rest = body.get(end..)?;
    let rest = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix(" ("))?;
    let tag_end = rest
        .find([',', ')', ';', '\n'])
        .unwrap_or(rest.len())
        .min(40);
    let tag = rest.get(..tag_end)?.trim_end_matches('.');
    if is_party_tag(tag) {
        let party = Party::of_letter(tag.chars().next()?)?;
        return Some((party, tag[2..].to_string()));
    }
    if is_party_description(tag) {
        let (party, place) = tag.split_once(" of ")?;
        return Some((Party::of_noun(&party.to_lowercase())?, place.to_string()));
    }
    None
}

/// Can a place written in a role phrase ("california", "new york") be the one a party tag
/// abbreviates ("Calif.", "N.Y.", "Ga.")? The tag's letters, in order, within the place's, both
/// starting alike; a place the tag does not give, or a phrase without one, does not decide.
fn same_place(tag_place: &str, phrase_place: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let (tag, place) = (letters(tag_place), letters(phrase_place));
    if tag.is_empty() || place.is_empty() {
        return true;
    }
    let mut chars = place.chars();
    tag.chars().next() == place.chars().next() && tag.chars().all(|c| chars.any(|p| p == c))
}

/// A mention that can hold a role: (start, entity, lower-case title words (empty for an
/// organisation), party and its place).
type Held = (usize, usize, Vec<String>, Option<(Party, String)>);

/// Earlier mentions that can hold a role, in text order: persons with a title or party given at
/// this or an earlier mention of them, and organisations.
#[derive(Debug, Default)]
pub struct Roles {
    held: Vec<Held>,
}

impl Roles {
    pub fn new(body: &str, entities: &[Entity], mentions: &[Mention]) -> Roles {
        let mut sorted: Vec<&Mention> = mentions
            .iter()
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun | MentionKind::Adjectival))
            .collect();
        sorted.sort_by_key(|m| m.span.start);
        // The titles and party each person was given so far ("President Trump" makes a later
        // "Mr. Trump" the president too).
        let mut given: HashMap<usize, (Vec<Vec<String>>, Option<(Party, String)>)> = HashMap::new();
        let mut held = Vec::new();
        for m in sorted {
            match entities.get(m.entity).map(|e| e.kind) {
                Some(EntityKind::Person) => {
                    let (titles, party) = given.entry(m.entity).or_default();
                    if let Some(role) = m.role.as_deref() {
                        let words: Vec<String> =
                            role.split_whitespace().map(str::to_lowercase).collect();
                        if !titles.contains(&words) {
                            titles.push(words);
                        }
                    }
                    if party.is_none() {
                        *party = party_after(body, m.span.end);
                    }
                    for words in titles.iter() {
                        held.push((m.span.start, m.entity, words.clone(), party.clone()));
                    }
                    if titles.is_empty() && party.is_some() {
                        held.push((m.span.start, m.entity, Vec::new(), party.clone()));
                    }
                }
                Some(EntityKind::Organisation) => {
                    held.push((m.span.start, m.entity, Vec::new(), None))
                }
                _ => {}
            }
        }
        Roles { held }
    }

    /// The entity the role noun phrase `words` (lower case, determiner first: "the", "former",
    /// "governor") at byte `at` refers to, if the article gave that role to someone shortly
    /// before. Only a definite phrase refers back ("the governor"); "a governor" is someone else.
    pub fn holder(&self, words: &[&str], at: usize, entities: &[Entity]) -> Option<usize> {
        let (first, head) = (*words.first()?, *words.last()?);
        // "the president's budget director" is someone else's role.
        let possessive = words
            .iter()
            .any(|w| w.ends_with("'s") || w.ends_with('\u{2019}'));
        if !matches!(first, "the" | "this") || words.len() > 4 || possessive {
            return None;
        }
        let forms = title_forms(head);
        let any_org = ANY_ORGANISATION.contains(&head);
        let named_org = NAMED_ORGANISATION.contains(&head);
        let same_role = |titles: &[String]| {
            titles.iter().any(|t| forms.contains(&t.as_str())) && same_rank(titles, words)
        };
        // "the California Democrat", "the Arizona Republican": a party member from that place.
        // (Singular only: "the Democrats" are the party's members, no one person.)
        let party = Party::of_noun(head).filter(|_| !head.ends_with('s'));
        let place = words
            .get(1..words.len().saturating_sub(1))
            .unwrap_or_default()
            .join(" ");
        let same_party = |given: &Option<(Party, String)>| match (party, given) {
            (Some(p), Some((q, tag_place))) => p == *q && same_place(tag_place, &place),
            _ => false,
        };
        let end = self.held.partition_point(|h| h.0 < at);
        self.held[..end]
            .iter()
            .rev()
            .take_while(|h| h.0 + ROLE_WINDOW >= at)
            .find(|(_, e, titles, given)| {
                let entity = &entities[*e];
                match entity.kind {
                    EntityKind::Person => same_role(titles) || same_party(given),
                    EntityKind::Organisation => {
                        any_org
                            || (named_org
                                && entity
                                    .name
                                    .split_whitespace()
                                    .any(|w| w.eq_ignore_ascii_case(head)))
                    }
                    _ => false,
                }
            })
            .map(|h| h.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Span;

    #[test]
    fn kin_are_relation_nouns_from_the_one_list() {
        assert!(is_kin_noun("daughters") && is_kin_noun("Father"));
        assert!(!is_kin_noun("supporter") && !is_kin_noun("spokesman"));
        // Every kin noun is a tie noun too ("Obama's daughter" is not Obama), and the list's
        // section line is no word.
        assert!(is_tie_noun("daughter") && is_tie_noun("supporters") && is_tie_noun("son-in-law"));
        assert!(!is_tie_noun("[kin]") && !is_kin_noun("[kin]"));
    }

    #[test]
    fn a_definite_role_goes_to_the_nearest_earlier_holder() {
        let entity = |name: &str, kind| Entity {
            name: name.to_string(),
            kind,
            aliases: vec![],
            gazetteer_id: None,
        };
        let entities = vec![
            entity("Dora Pike", EntityKind::Person),
            entity("Lin Odell", EntityKind::Person),
            entity("Coastline Energy", EntityKind::Organisation),
            entity("House Ethics Committee", EntityKind::Organisation),
            entity("Ada Marsh", EntityKind::Person),
            entity("Cal Ruiz", EntityKind::Person),
            entity("House of Representatives", EntityKind::Organisation),
        ];
        let mention = |entity: usize, start: usize, role: Option<&str>| Mention {
            entity,
            span: Span::new(start, start + 4),
            kind: MentionKind::Name,
            role: role.map(str::to_string),
            sentence: 0,
        };
        let mentions = vec![
            mention(0, 10, Some("Rep.")),
            mention(4, 20, Some("Former Gov.")),
            mention(5, 30, Some("Vice President")),
            mention(1, 100, Some("Gov.")),
            mention(3, 150, None),
            mention(2, 200, None),
            mention(6, 120, None),
        ];
        let roles = Roles::new("", &entities, &mentions);
        assert_eq!(roles.holder(&["the", "governor"], 500, &entities), Some(1));
        assert_eq!(
            roles.holder(&["the", "former", "governor"], 500, &entities),
            Some(1)
        );
        assert_eq!(
            roles.holder(&["the", "seven-term", "congressman"], 500, &entities),
            Some(0)
        );
        assert_eq!(roles.holder(&["the", "company"], 500, &entities), Some(2));
        assert_eq!(roles.holder(&["the", "committee"], 500, &entities), Some(3));
        // Someone else, not yet named, or named too long ago.
        assert_eq!(roles.holder(&["a", "governor"], 500, &entities), None);
        assert_eq!(roles.holder(&["the"], 500, &entities), None);
        assert_eq!(roles.holder(&["the", "governor"], 50, &entities), None);
        assert_eq!(roles.holder(&["the", "governor"], 9000, &entities), None);
        assert_eq!(roles.holder(&["the", "mayor"], 500, &entities), None);
        // Another role: the vice president is not "the president", a former governor not "the
        // governor" (but "the former governor"); "of" is no organisation's noun.
        assert_eq!(roles.holder(&["the", "president"], 500, &entities), None);
        assert_eq!(
            roles.holder(&["the", "vice", "president"], 500, &entities),
            Some(5)
        );
        assert_eq!(
            roles.holder(&["the", "former", "governor"], 90, &entities),
            Some(4)
        );
        assert_eq!(roles.holder(&["the", "governor"], 90, &entities), None);
        assert_eq!(
            roles.holder(&["the", "secretary", "of"], 500, &entities),
            None
        );
        assert_eq!(
            roles.holder(&["the", "president's", "director"], 500, &entities),
            None
        );
    }
}
