//! Role nouns: what "the president", "the former governor", "the seven-term congressman" or "the
//! company" refers to. A person's role is the title the recogniser recorded at their mentions
//! ("President Trump", "Sen. Lee", "Rep. Pike"); an organisation's is a word of its name ("the
//! committee" after "the House Oversight Committee") or, for "the company" and "the firm", any
//! organisation. The nearest earlier holder wins: news repeats a role for the person it just named.

use crate::extract::lang::lexicon::{self, ROLE_NOUNS};
use crate::extract::{Entity, EntityKind, Mention, MentionKind};

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

/// Earlier mentions that can hold a role, in text order: persons with a recorded title and
/// organisations.
#[derive(Debug, Default)]
pub struct Roles {
    /// (start, entity, lower-case title words; empty for an organisation).
    held: Vec<(usize, usize, Vec<String>)>,
}

impl Roles {
    pub fn new(entities: &[Entity], mentions: &[Mention]) -> Roles {
        let mut held: Vec<(usize, usize, Vec<String>)> = mentions
            .iter()
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun | MentionKind::Adjectival))
            .filter_map(|m| {
                let kind = entities.get(m.entity)?.kind;
                match kind {
                    EntityKind::Person => {
                        let role = m.role.as_deref()?;
                        let words: Vec<String> =
                            role.split_whitespace().map(str::to_lowercase).collect();
                        Some((m.span.start, m.entity, words))
                    }
                    EntityKind::Organisation => Some((m.span.start, m.entity, Vec::new())),
                    _ => None,
                }
            })
            .collect();
        held.sort_by_key(|h| h.0);
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
            titles.iter().any(|t| forms.contains(&t.as_str()))
                && titles
                    .iter()
                    .filter(|t| OTHER_ROLE.contains(&t.as_str()))
                    .all(|t| words.contains(&t.as_str()))
        };
        let end = self.held.partition_point(|h| h.0 < at);
        self.held[..end]
            .iter()
            .rev()
            .take_while(|h| h.0 + ROLE_WINDOW >= at)
            .find(|(_, e, titles)| {
                let entity = &entities[*e];
                match entity.kind {
                    EntityKind::Person => same_role(titles),
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
        let roles = Roles::new(&entities, &mentions);
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
