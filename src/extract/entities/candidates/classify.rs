//! The kind of a name the gazetteer does not know.

use crate::extract::cues::speech_verb_lemma;
use crate::extract::lang::lexicon::{is_common_word, GIVEN_NAMES, LOCATION_CUES, ORG_CUES};
use crate::extract::entities::names::is_initial;
use crate::extract::lang::tokens::is_all_caps;
use crate::extract::EntityKind;

/// "UNITED" -> "United".
pub(super) fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// The kind of a name the gazetteer does not know, from its words and neighbours: a title or role makes
/// a person; an organisation cue word ("Command", "Ministry", "Times") an organisation; a place cue
/// ("Province", "River") a place; an acronym an organisation; a first name from the given-name list, a
/// middle initial, or a speech verb right after a person; a preposition of place before one word a
/// place. Anything else is "other".
pub fn classify(
    words: &[&str],
    has_role: bool,
    next: Option<&str>,
    previous: Option<&str>,
) -> EntityKind {
    if words.iter().any(|w| ORG_CUES.contains(w)) {
        return EntityKind::Organisation;
    }
    if has_role {
        return EntityKind::Person;
    }
    if words.len() > 1 && words.last().is_some_and(|w| LOCATION_CUES.contains(w)) {
        return EntityKind::Location;
    }
    if words.len() == 1 && is_all_caps(words[0]) {
        return EntityKind::Organisation;
    }
    if words.len() > 1
        && (GIVEN_NAMES.contains(words[0])
            || words[1..words.len() - 1].iter().any(|w| is_initial(w)))
    {
        return EntityKind::Person;
    }
    if words.len() == 1
        && previous.is_some_and(|p| matches!(p, "in" | "near" | "outside" | "across" | "into"))
    {
        return EntityKind::Location;
    }
    // "Smith said", "Smith told": a finite speech verb (not "reporting", which follows nouns too).
    // Not plural nouns or phrases: "Six Nations said", "House of Commons said".
    if next.is_some_and(|w| speech_verb_lemma(w).is_some() && !w.ends_with("ing"))
        && words.len() <= 4
        && !words
            .iter()
            .any(|w| is_common_word(w) || *w == "of" || *w == "for")
    {
        return EntityKind::Person;
    }
    EntityKind::Other
}
