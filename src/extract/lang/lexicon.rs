//! The lexicon: every word list the language layer knows, embedded from `data/lexicon/*.txt` at build
//! time (one file per kind of word) and parsed once on first use. Each file says what its list is for;
//! this module only loads the lists and answers questions about single words. Entities and sentences
//! use it; quotes and claims can (`is_abbreviation`, `title_at`, `ROLE_NOUNS`, ...).

use crate::extract::calendar;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The words of a list file: `#` lines are comments, words are separated by white space.
fn words(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// The non-comment lines of a list file, trimmed (for entries that contain spaces).
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Calls `f` with `word` in lower case (as `str::to_lowercase` gives it). Word lists are looked up
/// for nearly every token, so a short ASCII word is lower-cased on the stack, not in a new String.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return f(std::str::from_utf8(lower).expect("ASCII is UTF-8"));
    }
    f(&word.to_lowercase())
}

/// Lower-case common English words (see `data/lexicon/common_words.txt`).
pub static COMMON_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    words(include_str!("../../../data/lexicon/common_words.txt"))
        .map(|w| w.to_lowercase())
        .collect()
});

/// Ordinary lower-case English words (see `data/lexicon/english_words.txt`): a lone capitalised word
/// at a sentence start that is one of these is only a name if the article says so elsewhere.
pub static ENGLISH_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/english_words.txt")).collect());

/// Acronyms of a kind of thing ("TV", "ICU", "PAC"; see `data/lexicon/common_acronyms.txt`).
static COMMON_ACRONYMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/common_acronyms.txt")).collect());

/// Is this word, as written, an acronym of a kind of thing ("TV", "ICU"), no name alone?
pub fn is_common_acronym(word: &str) -> bool {
    COMMON_ACRONYMS.contains(word)
}

/// Is this word (any case) an ordinary English word?
pub fn is_english_word(word: &str) -> bool {
    let known = |w: &str| ENGLISH_WORDS.contains(w) || COMMON_WORDS.contains(w);
    // "Pre-tax", "Long-term": every part an ordinary word.
    with_lowercase(word, |lower| {
        known(lower)
            || (lower.contains('-')
                && lower.split('-').all(|p| {
                    !p.is_empty()
                        && (known(p) || p.len() <= 3 && p.chars().all(char::is_alphabetic))
                }))
    })
}

/// Words that are never a name, wherever they are written: weekdays, months (but "May", also a
/// verb and a surname) and their abbreviations from [`calendar`], the pronoun "I", times and zones,
/// pronouns and conjunctions. Lower case.
pub static NEVER_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let calendar_words = calendar::WEEKDAYS
        .iter()
        .chain(calendar::WEEKDAY_ABBREVIATIONS)
        .chain(
            calendar::MONTHS
                .iter()
                .filter(|m| calendar::is_unambiguous_month(m)),
        )
        .chain(calendar::MONTH_ABBREVIATIONS)
        .copied();
    words(include_str!("../../../data/lexicon/stopwords.txt"))
        .chain(calendar_words)
        .collect()
});

/// Pronouns, determiners and conjunctions (`stopwords.txt` alone, without the calendar): written
/// with a capital inside a sentence, they say the words around them are a title written in headline
/// case ("How You Can Get Out of Debt").
pub fn is_stopword(word: &str) -> bool {
    static STOPWORDS: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| words(include_str!("../../../data/lexicon/stopwords.txt")).collect());
    with_lowercase(word, |lower| STOPWORDS.contains(lower))
}

const FEMALE_NAMES: &str = include_str!("../../../data/lexicon/given_names_female.txt");
const MALE_NAMES: &str = include_str!("../../../data/lexicon/given_names_male.txt");

/// Common given names, as written (capitalised): `given_names.txt` and the two gendered lists.
pub static GIVEN_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    words(include_str!("../../../data/lexicon/given_names.txt"))
        .chain(words(FEMALE_NAMES))
        .chain(words(MALE_NAMES))
        .collect()
});

/// A person's grammatical gender as names and honorifics show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

static FEMALE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| words(FEMALE_NAMES).collect());
static MALE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| words(MALE_NAMES).collect());

/// The gender a given name shows ("Michelle" -> female), if the lists know it.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    if FEMALE.contains(name) {
        Some(Gender::Female)
    } else if MALE.contains(name) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender a given name shows when the lists give it only one ("John", "Hillary"; not a name
/// on both lists).
pub fn unambiguous_given_name_gender(name: &str) -> Option<Gender> {
    match (FEMALE.contains(name), MALE.contains(name)) {
        (true, false) => Some(Gender::Female),
        (false, true) => Some(Gender::Male),
        _ => None,
    }
}

/// The gender an honorific or title shows ("Mrs.", "Ms", "Mr.", "Sir", "Queen"), if any.
pub fn honorific_gender(title: &str) -> Option<Gender> {
    if title.to_lowercase().contains("first lady") {
        return Some(Gender::Female);
    }
    let first = title.split_whitespace().next()?;
    match first.trim_end_matches('.').to_lowercase().as_str() {
        "mrs" | "ms" | "miss" | "mme" | "mlle" | "madam" | "madame" | "lady" | "dame" | "queen"
        | "princess" | "first-lady" | "sister" => Some(Gender::Female),
        "mr" | "messrs" | "sir" | "lord" | "king" | "prince" | "father" | "brother" => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

/// Words that make a capitalised name an organisation.
pub static ORG_CUES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/organisation_words.txt")).collect());

/// Lower-case nouns for a country's institutions ("military", "foreign ministry"; see
/// `institutions.txt`).
pub static INSTITUTIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../../data/lexicon/institutions.txt")).collect());

/// Nouns after which an institution noun is an adjective ("military officers").
pub static ATTRIBUTIVE_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/attributive_heads.txt")).collect());

/// Words that end the name of a law, treaty or document ("... Act", "... Agreement").
pub static DOCUMENT_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/document_words.txt")).collect());

const RELATION_NOUNS_TXT: &str = include_str!("../../../data/lexicon/relation_nouns.txt");

/// Nouns for people known by a tie to someone else ("supporter", "son-in-law", "daughter"; see
/// `relation_nouns.txt`).
pub static RELATION_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    words(RELATION_NOUNS_TXT)
        .filter(|w| !w.starts_with('['))
        .collect()
});

/// The kin among [`RELATION_NOUNS`] ("daughter", "father": the words after its `[kin]` line).
pub static KIN_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    words(RELATION_NOUNS_TXT)
        .skip_while(|w| *w != "[kin]")
        .skip(1)
        .collect()
});

/// Documents that speak for their author ("statement", "editorial"; see `document_nouns.txt`).
pub static DOCUMENT_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/document_nouns.txt")).collect());

/// Words that make a capitalised name a place.
pub static LOCATION_CUES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/place_words.txt")).collect());

/// Words that open a place's name ("Fort", "Mount", "Camp"; see `place_openers.txt`).
pub static PLACE_OPENERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/place_openers.txt")).collect());

/// Lower-case nouns an appositive calls an organisation by ("group", "radio station"; see
/// `organisation_nouns.txt`).
pub static ORGANISATION_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/organisation_nouns.txt")).collect());

/// Is `word` (lower case) a noun that names an organisation: an appositive's head ("an advocacy
/// group", `organisation_nouns.txt`) or a country's institution ("the Iraqi military",
/// `institutions.txt`)? The one test quotes and claims use for a lower-case organisation noun.
pub fn is_organisation_noun(word: &str) -> bool {
    ORGANISATION_NOUNS.contains(word) || INSTITUTIONS.contains(word)
}

/// Titles and honorifics, as token sequences, indexed by their first token (lower case) so a name's
/// first words are checked against only the titles that can start there.
pub static TITLES: LazyLock<HashMap<String, Vec<Vec<String>>>> = LazyLock::new(|| {
    let mut map: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for line in lines(include_str!("../../../data/lexicon/titles.txt")) {
        let tokens: Vec<String> = line.split_whitespace().map(str::to_lowercase).collect();
        map.entry(tokens[0].clone()).or_default().push(tokens);
    }
    for titles in map.values_mut() {
        // Longest first, so "Secretary of State" wins over "Secretary".
        titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    }
    map
});

/// Lower-case nouns that make the phrase they end a role ("foreign minister", "a spokesman for the
/// coalition"): used for appositives and lower-case titles before a name.
pub static ROLE_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/role_nouns.txt")).collect());

/// Words that negate a clause ("not", "never", "denied"; `negations.txt`).
pub static NEGATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/negations.txt")).collect());

/// Words that make an assertion tentative ("may", "reportedly"; `hedges.txt`).
pub static HEDGES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/hedges.txt")).collect());

/// Role nouns for people who speak for the organisation named before them ("a White House
/// official"; `speaking_roles.txt`).
pub static SPEAKING_ROLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/speaking_roles.txt")).collect());

/// Lower-case words allowed inside a lower-case title before a name ("foreign minister", "deputy
/// secretary of state") besides role nouns.
pub static ROLE_MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/role_modifiers.txt")).collect());

/// Name particles written in lower case inside a name ("Bashar al-Assad", "Ludwig van Beethoven").
pub static PARTICLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/particles.txt")).collect());

/// Abbreviations (lower case, no final dot) whose dot never ends a sentence: titles, ranks, "No.".
pub static ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/abbreviations.txt")).collect());

/// Abbreviations (lower case, no final dot) that may end a sentence ("Inc.", "a.m.", "Sept.").
pub static ABBREVIATIONS_FINAL: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    words(include_str!(
        "../../../data/lexicon/abbreviations_final.txt"
    ))
    .collect()
});

/// Capitalised words that usually open a sentence, lower case (see `sentence_starters.txt`).
pub static SENTENCE_STARTERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../../../data/lexicon/sentence_starters.txt")).collect());

/// Is `word` (any case, with or without its final dot) an abbreviation whose dot never ends a
/// sentence ("Mr.", "Sen", "No.")?
pub fn is_abbreviation(word: &str) -> bool {
    with_lowercase(word.trim_end_matches('.'), |lower| {
        ABBREVIATIONS.contains(lower)
    })
}

/// Is `word` an abbreviation that may end a sentence ("Inc.", "Sept", "a.m.")?
pub fn is_abbreviation_that_may_end(word: &str) -> bool {
    with_lowercase(word.trim_end_matches('.'), |lower| {
        ABBREVIATIONS_FINAL.contains(lower)
    })
}

/// Does the dot after `word` belong to it inside a name ("Mr.", "Col.", "Jr.")? Abbreviations that
/// never end a sentence, and the name suffixes "Jr."/"Sr.".
pub fn keeps_dot(word: &str) -> bool {
    with_lowercase(word.trim_end_matches('.'), |lower| {
        ABBREVIATIONS.contains(lower) || matches!(lower, "jr" | "sr")
    })
}

/// Spelling variants: variant (lower case) -> the group's key spelling.
pub static TRANSLITERATIONS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in lines(include_str!("../../../data/lexicon/transliterations.tsv")) {
        let mut spellings = line.split('\t').map(str::trim).filter(|s| !s.is_empty());
        if let Some(key) = spellings.next() {
            map.insert(key, key);
            for variant in spellings {
                map.insert(variant, key);
            }
        }
    }
    map
});

/// The title that starts `tokens` (compared case-insensitively, and ignoring a final "." on either
/// side), as a number of tokens.
pub fn title_at(tokens: &[&str]) -> Option<usize> {
    let first = tokens.first()?.to_lowercase();
    let candidates = TITLES
        .get(&first)
        .or_else(|| TITLES.get(first.trim_end_matches('.')))?;
    let norm = |s: &str| s.trim_end_matches('.').to_lowercase();
    candidates
        .iter()
        .find(|title| {
            title.len() <= tokens.len() && title.iter().zip(tokens).all(|(t, w)| norm(t) == norm(w))
        })
        .map(Vec::len)
}

pub fn is_common_word(word: &str) -> bool {
    with_lowercase(word, |lower| COMMON_WORDS.contains(lower))
}

pub fn is_never_name(word: &str) -> bool {
    with_lowercase(word, |lower| NEVER_NAMES.contains(lower))
}

/// Is this one word an ordinary word rather than a name: a dictionary word, the plural of one
/// ("Critics", "Lawmakers"), or a word never a name (weekdays)? For a lone capitalised word that
/// nothing else in the article names ("Critics said", "Amplifying the message, he said").
pub fn is_ordinary_word(word: &str) -> bool {
    let singular = |w: &str| {
        w.strip_suffix("ies")
            .map(|stem| format!("{stem}y"))
            .into_iter()
            .chain(w.strip_suffix("es").map(str::to_string))
            .chain(w.strip_suffix('s').map(str::to_string))
            .any(|s| s.len() >= 3 && is_english_word(&s))
    };
    !word.contains([' ', '.']) && (is_english_word(word) || is_never_name(word) || singular(word))
}

/// Irregular verb forms and their lemma (see `data/lexicon/verb_forms.txt`): "held" -> "hold".
pub static VERB_FORMS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    lines(include_str!("../../../data/lexicon/verb_forms.txt"))
        .filter_map(|l| l.split_once(':'))
        .flat_map(|(lemma, forms)| forms.split_whitespace().map(move |f| (f, lemma.trim())))
        .collect()
});

/// The lemma of an irregular verb form, lower case ("met" -> "meet"); `None` for any other word.
pub fn irregular_verb_lemma(lower: &str) -> Option<&'static str> {
    VERB_FORMS.get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(is_common_word("Asked"));
        assert!(is_common_word("Virtually"));
        assert!(is_english_word("Production") && is_english_word("Pre-tax"));
        assert!(!is_english_word("Kerry") && !is_english_word("Lavrov"));
        assert!(is_never_name("Sunday"));
        assert!(is_ordinary_word("Critics") && is_ordinary_word("Amplifying"));
        assert!(!is_ordinary_word("Lindqvist") && !is_ordinary_word("New York"));
        assert!(GIVEN_NAMES.contains("Vladimir"));
        assert!(ORG_CUES.contains("Command"));
        assert_eq!(TRANSLITERATIONS.get("sergey"), Some(&"sergei"));
        assert_eq!(irregular_verb_lemma("held"), Some("hold"));
        assert_eq!(irregular_verb_lemma("holding"), None);
    }

    #[test]
    fn lower_case_on_the_stack_is_to_lowercase() {
        let long = "Internationalisation-Of-Everything-Everywhere";
        for word in [
            "Said",
            "U.S.",
            "NATO",
            "",
            long,
            "ÉCOLE",
            "Straße",
            "İstanbul",
            "ΟΔΟΣ",
        ] {
            assert_eq!(
                with_lowercase(word, str::to_string),
                word.to_lowercase(),
                "{word}"
            );
        }
        assert!(is_never_name("MONDAY") && is_abbreviation("Sen.") && keeps_dot("JR."));
        assert!(!is_never_name("Mondale"));
    }

    #[test]
    fn titles_match_longest_first() {
        assert_eq!(
            title_at(&["Secretary", "of", "State", "John", "Kerry"]),
            Some(3)
        );
        assert_eq!(title_at(&["Secretary", "Kerry"]), Some(1));
        assert_eq!(title_at(&["Col.", "Steve"]), Some(1));
        assert_eq!(title_at(&["Mr", "Putin"]), Some(1));
        assert_eq!(title_at(&["foreign", "minister", "X"]), Some(2));
        assert_eq!(title_at(&["Vladimir", "Putin"]), None);
    }
}
