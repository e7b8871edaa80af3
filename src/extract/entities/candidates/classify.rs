//! The kind of a name the gazetteer does not know.

use crate::extract::cues::speech_verb_lemma;
use crate::extract::entities::gazetteer::GAZETTEER;
use crate::extract::entities::names::{is_initial, is_name_suffix};
use crate::extract::lang::lexicon::{
    is_common_acronym, is_common_word, is_english_word, DOCUMENT_WORDS, GIVEN_NAMES, LOCATION_CUES,
    ORG_CUES, PARTICLES, PLACE_OPENERS,
};
use crate::extract::lang::tokens::{is_all_caps, is_capitalised};
use crate::extract::{EntityKind, MentionKind};

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
    // "Defense of Marriage Act", "Bank Secrecy Act", "The Mike Gallagher Show", "Ada Quill Tonight":
    // a law's or a work's
    // last word decides over a first name and over a body's word inside it.
    // (Not in the document list: "the CNN show" says CNN is a network, not a work. Not a surname
    // after a first name: "Jude Law", "Kate Code"; "Logan Act" is a law.)
    let surname_like = words.len() == 2
        && GIVEN_NAMES.contains(words[0])
        && matches!(words[1], "Law" | "Code" | "Bill" | "Charter");
    // ("School of Law", "Committee for Civil Rights Under Law": "Law" ends bodies' names too.)
    let body_of_law = words.last() == Some(&"Law") && words.iter().any(|w| is_org_cue(w));
    if words.len() > 1
        && !surname_like
        && !body_of_law
        && words.last().is_some_and(|w| {
            DOCUMENT_WORDS.contains(w) || matches!(*w, "Show" | "Podcast" | "Tonight")
        })
    {
        return EntityKind::Other;
    }
    // "Davis Cup", "Ryder Cup", "Commonwealth Games": a contest's last word decides over a first
    // name before it; an event is no person and no place.
    if words.len() > 1 && words.last().is_some_and(|w| EVENT_WORDS.contains(w)) {
        return EntityKind::Other;
    }
    // "Hurricane Sandy", "Tropical Storm Ada": a storm's given name is no person's.
    if words.len() > 1 && STORM_WORDS.contains(&words[0]) {
        return EntityKind::Other;
    }
    // "Andrews Air Force Base", "Union Square", "College Park": a place's last word decides over a
    // body's word inside the name; not when "of" or "for" puts the place inside a body's name
    // ("Democratic Party of Orange County").
    if words.len() > 1
        && words.last().is_some_and(|w| LOCATION_CUES.contains(w))
        && !words.iter().any(|w| matches!(*w, "of" | "for"))
        && !has_role
    {
        return EntityKind::Location;
    }
    // "Buckinghamshire", "West Lanarkshire": an English or Scottish county's suffix makes a place
    // the gazetteer does not list. (Alone or after a compass word: "Victoria Derbyshire" is a
    // presenter.)
    let county = match words {
        [one] => is_county(one),
        [compass, one] => COMPASS.contains(compass) && is_county(one),
        _ => false,
    };
    if county && !has_role {
        return EntityKind::Location;
    }
    if words.iter().any(|w| is_org_cue(w)) {
        return EntityKind::Organisation;
    }
    if has_role {
        return EntityKind::Person;
    }
    // "Tigris River", "National Mall"; "Fort Hood", "Camp David".
    if words.len() > 1
        && (words.last().is_some_and(|w| LOCATION_CUES.contains(w))
            || PLACE_OPENERS.contains(words[0]))
    {
        return EntityKind::Location;
    }
    // "the TPP deal", "the DACA program": an acronym before a law's or a plan's noun names that, not
    // a body.
    if words.len() == 1 && is_all_caps(words[0]) {
        let law = next.is_some_and(|w| {
            PLAN_NOUNS.contains(&w)
                || (is_lower(w) && DOCUMENT_WORDS.contains(title_case(w).as_str()))
        });
        return if law {
            EntityKind::Other
        } else {
            EntityKind::Organisation
        };
    }
    if is_team_name(words) {
        return EntityKind::Organisation;
    }
    // "Eastern Europe", "Central America", "Northern Virginia": a compass word before a place.
    if words.len() > 1 && COMPASS.contains(&words[0]) && is_place(&words[1..].join(" ")) {
        return EntityKind::Location;
    }
    // "Theodore Boutrous Jr.": a generational suffix ends a person's name.
    if words.len() > 1 && words.last().is_some_and(|w| is_name_suffix(w)) {
        return EntityKind::Person;
    }
    if words.len() <= 2 && is_demonym_plural(&words.join(" ")) {
        return EntityKind::Group;
    }
    // "in Tyler", "near Marion": a preposition of place before one word decides over the given-name
    // list, which holds names that are towns too.
    if words.len() == 1 && previous.is_some_and(|p| PLACE_PREPOSITIONS.contains(&p)) {
        return EntityKind::Location;
    }
    // "J White", "L. Moody": one initial before a capitalised word is a person's name however
    // ordinary the word ("White" alone is a colour); team sheets and bylines write names so. Not
    // "A" or "I", which open sentences and titles ("A Appreciation Day").
    // ("G du Toit", "P de Villiers": particles may stand between.)
    let last = words[words.len() - 1];
    if words.len() >= 2
        && is_initial(words[0])
        && !matches!(words[0].trim_end_matches('.'), "A" | "I")
        && words[1..words.len() - 1].iter().all(|w| is_particle(w))
        && is_capitalised(last)
        && !is_all_caps(last)
    {
        return EntityKind::Person;
    }
    // "his wife, Melania,": a known given name alone is a person too.
    if (words.len() == 1 && GIVEN_NAMES.contains(words[0]) && !is_english_word(words[0]))
        || words.len() > 1
            && (GIVEN_NAMES.contains(words[0])
                || words[1..words.len() - 1].iter().any(|w| is_initial(w)))
    {
        return EntityKind::Person;
    }
    // "Smith said", "Smith told": a finite speech verb (not "reporting", which follows nouns too).
    // Not plural nouns or phrases: "Six Nations said", "House of Commons said"; nor after "the",
    // which people's names do not take ("what the Bible says").
    if next.is_some_and(|w| speech_verb_lemma(w).is_some() && !w.ends_with("ing"))
        && !previous.is_some_and(|p| p.eq_ignore_ascii_case("the"))
        && words.len() <= 4
        && !words
            .iter()
            .any(|w| is_common_word(w) || *w == "of" || *w == "for")
    {
        return EntityKind::Person;
    }
    // "Ronan Farrow", "Jimi Hendrix": two or three title-case words, none an ordinary English word
    // and no cue word, are shaped like a person's name the given-name list does not know. Not after
    // "the" ("the Situation Room").
    let title_cased = |w: &&str| {
        is_capitalised(w) && !is_all_caps(w) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    // (Not a name the gazetteer knows first, which names companies and seats: "Cambridge
    // Analytica", "Sheffield Hallam"; an adjective may describe a person: "Iraqi Salam Pax".)
    let known = |w: &str| {
        GAZETTEER
            .lookup(w)
            .is_some_and(|(_, kind)| kind != MentionKind::Adjectival)
    };
    let first_ok = |w: &str| GIVEN_NAMES.contains(w) || !is_english_word(w) && !known(w);
    if (2..=3).contains(&words.len())
        && words.iter().all(title_cased)
        && first_ok(words[0])
        && words[1..]
            .iter()
            .enumerate()
            .all(|(k, w)| !is_english_word(w) || (k + 2 < words.len() && is_particle(w)))
        && !previous.is_some_and(|p| p.eq_ignore_ascii_case("the"))
    {
        return EntityKind::Person;
    }
    EntityKind::Other
}

/// "Leicestershire", "Aberdeenshire": a capitalised word ending in "shire" after a stem of its own.
fn is_county(word: &str) -> bool {
    word.len() >= 8 && word.ends_with("shire") && is_capitalised(word) && !is_all_caps(word)
}

/// Plurals after a place that name an event or a document, not a team ("Iowa Caucuses", "Geneva
/// Conventions").
const NOT_TEAMS: &[&str] = &[
    "Caucuses",
    "Primaries",
    "Games",
    "Olympics",
    "Talks",
    "Protests",
    "Riots",
    "Attacks",
    "Hearings",
    "Trials",
    "Championships",
    "Awards",
    "Keys",
    "Falls",
    "Springs",
    "Hills",
    "Plains",
];

/// "New York Yankees", "Dallas Cowboys": a place the gazetteer knows by its name, then one
/// capitalised plural, is a team. Not after an adjective ("Russian Communists"), not the people of a
/// place ("New Yorkers"), a place's own plural ("Virgin Islands") or a document ("Oslo Accords").
fn is_team_name(words: &[&str]) -> bool {
    let Some((last, place)) = words.split_last() else {
        return false;
    };
    !place.is_empty()
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && is_capitalised(last)
        && !is_all_caps(last)
        && !LOCATION_CUES.contains(last)
        && !DOCUMENT_WORDS.contains(last)
        && !NOT_TEAMS.contains(last)
        && !is_demonym_plural(last)
        && GAZETTEER
            .lookup(&place.join(" "))
            .is_some_and(|(entry, form)| {
                form != MentionKind::Adjectival
                    && GAZETTEER.entries[entry].kind == EntityKind::Location
            })
}

/// An organisation's cue word, also as the last part of a hyphenated word ("Spokesman-Review",
/// "Post-Dispatch": an outlet's name, whatever its first part).
fn is_org_cue(word: &str) -> bool {
    ORG_CUES.contains(word)
        || word
            .rsplit_once('-')
            .is_some_and(|(first, last)| !first.is_empty() && ORG_CUES.contains(last))
}

/// The kind a name's own words give it, with no context: an organisation's cue word anywhere, or a
/// place's last word ("Riverside Theater"). For names the attribution rules added, whose kind is
/// their guess ("according to the Spokesman-Review" is no person).
pub fn cue_kind(name: &str) -> Option<EntityKind> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.iter().any(|w| is_org_cue(w)) {
        Some(EntityKind::Organisation)
    } else if words.len() > 1 && words.last().is_some_and(|w| LOCATION_CUES.contains(w)) {
        Some(EntityKind::Location)
    } else {
        None
    }
}

/// "Congressional", "Islamic", "Islamist", "Midwestern", "Progressivism", "Presumptive": shaped like
/// an adjective or an -ism the word list does not know (not "Eric": long words only).
pub(in crate::extract::entities) fn adjective_shaped(word: &str) -> bool {
    word.chars().count() >= 6
        && ["ic", "ist", "ern", "ism", "ional", "ical", "ive"]
            .iter()
            .any(|suffix| word.ends_with(suffix))
}

/// "Impeachment", "Protesters", "Legislation", "Loneliness", "Partnerships": shaped like an abstract
/// or a plural common noun the word list does not know (long words only). At a sentence's start,
/// where the capital says nothing, such a word alone is no name unless someone the article names is
/// called by it ("Sanders", "Powers" in full elsewhere).
pub(super) fn noun_shaped(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() >= 7
        && [
            "ment", "ments", "tion", "tions", "sion", "sions", "ness", "isms", "ists", "ers",
            "ships", "ities",
        ]
        .iter()
        .any(|suffix| lower.ends_with(suffix))
}

/// "Greta Van Susteren", "Ludwig Von Mises": a particle inside a name, capitalised, is no English word.
fn is_particle(word: &str) -> bool {
    PARTICLES.contains(word.to_lowercase().as_str())
}

/// Lower-case nouns after an acronym that make it a plan, a deal or a programme rather than a body
/// ("the TPP deal", "the PRISM program"); the law words ("act", "treaty") are `DOCUMENT_WORDS`.
/// Not "plan", "policy", "rule" or "scandal": a body has those ("the GOP plan", "the EPA rule",
/// "the NSA scandal") far more often than they are named by an acronym.
const PLAN_NOUNS: &[&str] = &["deal", "program", "programme", "initiative", "scheme"];

fn is_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Compass words that make a region of a place ("Eastern Europe").
pub(super) const COMPASS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Upstate",
    "Downstate",
];

/// Is this a place the gazetteer knows by this name?
fn is_place(name: &str) -> bool {
    GAZETTEER
        .lookup(name)
        .is_some_and(|(entry, _)| GAZETTEER.entries[entry].kind == EntityKind::Location)
}

/// "Coloradans", "Pennsylvanians", "New Yorkers", "Floridians", "Texans": the people of a place the
/// gazetteer knows, by the usual English endings (a place's name with "n"/"an"/"er" and a plural
/// "s", or its last vowel replaced: "Colorad-ans", "Florid-ians", "Tex-ans").
fn is_demonym_plural(name: &str) -> bool {
    let Some(singular) = name.strip_suffix('s') else {
        return false;
    };
    let mut stems: Vec<String> = Vec::new();
    for ending in ["n", "an", "er", "ian", "ite"] {
        if let Some(stem) = singular.strip_suffix(ending) {
            stems.push(stem.to_string());
            for vowel in ["a", "o", "as", "e"] {
                stems.push(format!("{stem}{vowel}"));
            }
        }
    }
    stems
        .iter()
        .any(|stem| stem.chars().count() >= 4 && is_place(stem))
}

/// "Arizonan", "Texan", "New Yorker": the singular of [`is_demonym_plural`].
pub(super) fn is_demonym(word: &str) -> bool {
    is_demonym_plural(&format!("{word}s"))
}

/// Last words of a contest's or a festival's name: "Davis Cup", "Australian Open", "Commonwealth
/// Games", "Monaco Grand Prix".
pub(super) const EVENT_WORDS: &[&str] = &[
    "Cup",
    "Open",
    "Championship",
    "Championships",
    "Trophy",
    "Prix",
    "Games",
    "Olympics",
    "Marathon",
    "Tournament",
    "Festival",
];

/// Words before a storm's name.
const STORM_WORDS: &[&str] = &["Hurricane", "Typhoon", "Cyclone", "Tropical", "Superstorm"];

/// Prepositions of place: "in Cairo", "near Mosul".
/// Not "into": "the investigation into Clinton".
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "across"];

/// The kind (and weakness) of a one-word name with no title or role, given what [`classify`] said:
/// - "in Romney's favor": a possessive after "in" is an owner, not a place;
/// - "the Trumps", "the Obamas": a plural after "the" mid-sentence is a family or a group;
/// - "Administration", "Council": an organisation's cue word alone is weak too;
/// - "History" (of our Country), "Congressional" (an adjective shape), "Women" ('s March), "Freedom": a lone ordinary English word with
///   nothing that makes it a name is weak, kept only as the surname or alias of someone the article
///   names ("Roger Stone" ... "Stone").
pub(super) fn lone_word_kind(
    word: &str,
    kind: EntityKind,
    weak: bool,
    previous: Option<&str>,
    possessive: bool,
    sentence_start: bool,
) -> (EntityKind, bool) {
    // "a reality TV show", "the ICU": an acronym of a kind of thing names no one thing.
    if is_common_acronym(word) {
        return (kind, true);
    }
    let mut kind = kind;
    if kind == EntityKind::Location
        && possessive
        && previous.is_some_and(|p| PLACE_PREPOSITIONS.contains(&p))
    {
        kind = EntityKind::Other;
    }
    let after_the = previous.is_some_and(|p| p.eq_ignore_ascii_case("the"));
    // "the Departments of Homeland Security, Education and Justice": a body's word in the plural
    // alone names no one body, nor a family.
    if after_the && word.strip_suffix('s').is_some_and(|w| ORG_CUES.contains(w)) {
        return (kind, true);
    }
    if kind == EntityKind::Other
        && after_the
        && !sentence_start
        && !possessive
        && word.chars().count() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.contains('-')
        && !is_all_caps(word)
    {
        return (EntityKind::Group, weak);
    }
    let ordinary = (is_english_word(word) || adjective_shaped(word))
        && !is_all_caps(word)
        && !GIVEN_NAMES.contains(word)
        && !DOCUMENT_WORDS.contains(word);
    // "Administration officials", "the Council": an organisation's word alone names no one body.
    let cue_alone = kind == EntityKind::Organisation && ORG_CUES.contains(word);
    (
        kind,
        weak || cue_alone || (kind == EntityKind::Other && ordinary),
    )
}
