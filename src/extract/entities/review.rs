//! The last word on entities the attribution rules added.
//!
//! Quotes and claims add an entity for a speaker or source that recognition did not find ("Mr.
//! Farenthold" when only "Farenthold" was a name, "the panel's top Democrat said"). Recognition
//! rejects weekdays, titles, party tags and adjectives before they become names; the attribution
//! rules see a source's words after the fact and sometimes keep them. So every added entity is judged
//! here once more by the recogniser's own tests, after quotes and claims are done:
//! - a weekday, month, title or honorific alone ("Friday", "Oct", "Mr", "Gov", "Special Counsel"), a
//!   party tag ("R-Texas"), a lone ordinary word ("Demonstrators", "Legislature", "ENTIRE"), an
//!   adjective compound ("Republican-controlled") or a description ending in a party's adjective
//!   ("California Democrat") or a post-nominal title ("Ealing North MP") is no entity: it is dropped, and the quote or claim keeps the source
//!   only as written;
//! - a party's or country's adjective ("Republican", "Mexican") is a mention of that gazetteer entry,
//!   not a row of its own, and not the speaker (the speaker is someone the adjective describes);
//! - another gazetteer form ("Americans", "Dems") is that entry's entity, speaker included.

use super::candidates::adjective_shaped;
use super::candidates::cue_kind;
use super::candidates::POST_NOMINALS;
use super::gazetteer::GAZETTEER;
use crate::extract::lang::lexicon::{
    is_common_acronym, is_never_name, is_ordinary_word, title_at, GIVEN_NAMES,
};
use crate::extract::lang::tokens::is_all_caps;
use crate::extract::refer::is_party_tag;
use crate::extract::{Claim, Entity, Mention, MentionKind, Quote};

/// What becomes of an added entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A name: it stays.
    Keep,
    /// Not a name: no entity.
    Drop,
    /// A gazetteer entry's adjective: an adjectival mention of the entry, not a speaker.
    Adjective(usize),
    /// Another form of a gazetteer entry: that entry's entity.
    Gazetteer(usize),
}

/// The verdict on the name of an entity the attribution rules added.
pub fn verdict(name: &str) -> Verdict {
    let name = name.trim();
    if let Some((entry, kind)) = GAZETTEER.lookup(name) {
        return match kind {
            MentionKind::Adjectival => Verdict::Adjective(entry),
            _ => Verdict::Gazetteer(entry),
        };
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // ("Gov" for "Gov.": the title list writes the dot.)
    let dotted = format!("{}.", name.trim_end_matches('.'));
    if words.is_empty()
        || title_at(&words) == Some(words.len())
        || (words.len() == 1 && title_at(&[&dotted]) == Some(1))
    {
        return Verdict::Drop;
    }
    // "California Democrat", "Midwestern Republican": someone described by party; "the Ealing
    // North MP": by seat.
    if words.len() > 1
        && (is_party_adjective(words[words.len() - 1])
            || POST_NOMINALS.contains(&words[words.len() - 1]))
    {
        return Verdict::Drop;
    }
    if words.len() > 1 {
        return Verdict::Keep;
    }
    let word = words[0];
    let bare = word.trim_end_matches('.');
    // Weekdays, months but "May" (Theresa May), their abbreviations, pronouns.
    let calendar = is_never_name(bare);
    // "Republican-controlled", "Democratic-leaning": an adjective made of a name and a participle
    // (not "Chick-fil-A").
    let compound = word.split_once('-').is_some_and(|(_, rest)| {
        rest.starts_with(char::is_lowercase) && (rest.ends_with("ed") || rest.ends_with("ing"))
    });
    let ordinary = !GIVEN_NAMES.contains(word)
        && !word.contains('-')
        && if is_all_caps(word) {
            word.chars().count() > 3 && is_ordinary_word(&word.to_lowercase())
        } else {
            // ("Congressional", "Islamist": shaped like an adjective, as recognition reads it.)
            is_ordinary_word(word) || adjective_shaped(word)
        };
    if calendar || compound || ordinary || is_common_acronym(word) || is_party_tag(word) {
        return Verdict::Drop;
    }
    Verdict::Keep
}

/// Is this word the adjective of a party ("Democrat", "Republican")?
fn is_party_adjective(word: &str) -> bool {
    GAZETTEER.lookup(word).is_some_and(|(entry, kind)| {
        kind == MentionKind::Adjectival && GAZETTEER.entries[entry].id.starts_with("party:")
    })
}

/// Judges the entities from index `added` on (those quotes and claims added), dropping or
/// re-pointing them, and renumbers every reference to entities in mentions, quotes and claims.
pub fn review_added(
    added: usize,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
    quotes: &mut [Quote],
    claims: &mut [Claim],
) {
    if added >= entities.len() {
        return;
    }
    // For each entity: where its mentions go (None: dropped), and whether it may stay a speaker.
    let mut target: Vec<Option<usize>> = (0..entities.len()).map(Some).collect();
    let mut speaker: Vec<bool> = vec![true; entities.len()];
    let mut adjectival: Vec<bool> = vec![false; entities.len()];
    for e in added..entities.len() {
        let into = match verdict(&entities[e].name) {
            Verdict::Keep => {
                // The attribution rules guess a kind from the verb ("according to the
                // Spokesman-Review"); the name's own cue words decide over it.
                if let Some(kind) = cue_kind(&entities[e].name) {
                    entities[e].kind = kind;
                }
                continue;
            }
            Verdict::Drop => None,
            Verdict::Adjective(entry) => {
                speaker[e] = false;
                adjectival[e] = true;
                Some(gazetteer_entity(entry, e, entities))
            }
            Verdict::Gazetteer(entry) => Some(gazetteer_entity(entry, e, entities)),
        };
        target[e] = into;
        if into.is_none() {
            speaker[e] = false;
        }
    }
    // Entities left with no references are removed; the rest renumbered in order.
    let mut kept: Vec<Option<usize>> = vec![None; entities.len()];
    let mut next = 0;
    for (e, slot) in kept.iter_mut().enumerate() {
        if target[e] == Some(e) {
            *slot = Some(next);
            next += 1;
        }
    }
    let new_index = |e: usize| target[e].and_then(|t| kept[t]);
    mentions.retain_mut(|m| {
        let old = m.entity;
        match new_index(old) {
            Some(n) => {
                m.entity = n;
                if adjectival[old] {
                    m.kind = MentionKind::Adjectival;
                }
                true
            }
            None => false,
        }
    });
    let as_speaker = |e: usize| speaker[e].then(|| new_index(e)).flatten();
    for q in quotes.iter_mut() {
        q.speaker = q.speaker.and_then(as_speaker);
    }
    for c in claims.iter_mut() {
        c.source = c.source.and_then(as_speaker);
        c.entities = c.entities.iter().filter_map(|&e| new_index(e)).collect();
        c.entities.dedup();
    }
    let mut e = 0;
    entities.retain(|_| {
        e += 1;
        kept[e - 1].is_some()
    });
}

/// The entity of gazetteer entry `entry`: the article's own when it has one, else entity `e` itself,
/// renamed to the entry.
fn gazetteer_entity(entry: usize, e: usize, entities: &mut [Entity]) -> usize {
    let found = &GAZETTEER.entries[entry];
    if let Some(existing) = entities
        .iter()
        .position(|x| x.gazetteer_id.as_deref() == Some(found.id))
    {
        return existing;
    }
    let written = std::mem::replace(&mut entities[e].name, found.name.to_string());
    entities[e].kind = found.kind;
    entities[e].gazetteer_id = Some(found.id.to_string());
    entities[e].aliases.retain(|a| a != found.name);
    if written != found.name && !entities[e].aliases.contains(&written) {
        entities[e].aliases.push(written);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{ClaimKind, EntityKind, QuoteKind, Span, Stance};

    fn drops(name: &str) -> bool {
        verdict(name) == Verdict::Drop
    }

    #[test]
    fn calendar_words_titles_and_tags_are_no_names() {
        for name in [
            "Friday",
            "Oct",
            "Sept.",
            "Mr",
            "Gov",
            "Special Counsel",
            "R-Texas",
            "D-Va",
        ] {
            assert!(drops(name), "{name}");
        }
    }

    #[test]
    fn ordinary_words_and_descriptions_are_no_names() {
        for name in [
            "Demonstrators",
            "Legislature",
            "ENTIRE",
            "Republican-controlled",
            "Democratic-leaning",
            "California Democrat",
            "Midwestern Republican",
            "Ealing North MP",
            "Congressional",
            "TV",
        ] {
            assert!(drops(name), "{name}");
        }
    }

    #[test]
    fn names_stay_and_gazetteer_forms_join_their_entry() {
        for name in [
            "Farenthold",
            "Lena Marsh",
            "Ivanka",
            "Kirwan Group",
            "Chick-fil-A",
        ] {
            assert_eq!(verdict(name), Verdict::Keep, "{name}");
        }
        let party = |v: Verdict| match v {
            Verdict::Adjective(e) | Verdict::Gazetteer(e) => GAZETTEER.entries[e].id,
            _ => "",
        };
        assert_eq!(party(verdict("Republican")), "party:us-republican");
        assert!(matches!(verdict("Republican"), Verdict::Adjective(_)));
        assert!(matches!(verdict("Mexican"), Verdict::Adjective(_)));
        assert!(matches!(verdict("Dems"), Verdict::Gazetteer(_)));
    }

    fn entity(name: &str, kind: EntityKind) -> Entity {
        Entity {
            name: name.to_string(),
            kind,
            aliases: vec![],
            gazetteer_id: None,
        }
    }

    fn mention(entity: usize, start: usize) -> Mention {
        Mention {
            entity,
            span: Span::new(start, start + 1),
            kind: MentionKind::Name,
            role: None,
            sentence: 0,
        }
    }

    #[test]
    fn dropped_and_adjectival_entities_are_renumbered_everywhere() {
        // 0 recognised; 1 "Friday", 2 "Republican", 3 "Lena Marsh" added by the attribution rules.
        let mut entities = vec![
            entity("Ada Quill", EntityKind::Person),
            entity("Friday", EntityKind::Person),
            entity("Republican", EntityKind::Person),
            entity("Lena Marsh", EntityKind::Person),
        ];
        let mut mentions = (0..4).map(|e| mention(e, e * 10)).collect();
        let quote = |speaker| Quote {
            span: Span::new(0, 1),
            fragments: vec![],
            kind: QuoteKind::Speech,
            speaker: Some(speaker),
            speaker_span: None,
            cue: None,
            cue_span: None,
            audience: None,
            sentence: 0,
        };
        let mut quotes = vec![quote(1), quote(2), quote(3)];
        let mut claims = vec![Claim {
            span: Span::new(0, 1),
            sentence: 0,
            kind: ClaimKind::Attributed,
            cue: None,
            source: Some(3),
            source_span: None,
            negated: false,
            hedged: false,
            stance: Stance::Asserted,
            entities: vec![0, 1, 2],
            quantities: vec![],
        }];
        review_added(1, &mut entities, &mut mentions, &mut quotes, &mut claims);
        let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Ada Quill", "Republican Party", "Lena Marsh"]);
        assert_eq!(
            entities[1].gazetteer_id.as_deref(),
            Some("party:us-republican")
        );
        let refs: Vec<(usize, MentionKind)> = mentions.iter().map(|m| (m.entity, m.kind)).collect();
        assert_eq!(
            refs,
            [
                (0, MentionKind::Name),
                (1, MentionKind::Adjectival),
                (2, MentionKind::Name)
            ]
        );
        // "Friday" is no speaker; an adjective describes the speaker, it is not them.
        let speakers: Vec<Option<usize>> = quotes.iter().map(|q| q.speaker).collect();
        assert_eq!(speakers, [None, None, Some(2)]);
        assert_eq!(claims[0].source, Some(2));
        assert_eq!(claims[0].entities, [0, 1]);
    }
}
