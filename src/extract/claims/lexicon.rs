//! Word lists the claim rules share. Each list says why it exists; all entries are lower case.

use super::tokens::{Token, TokenKind};
use crate::extract::calendar;

/// Words between a source and its cue that do not end the source: auxiliaries and adverbs ("has also
/// said", "later told", "did not say").
#[rustfmt::skip]
pub const AUX_BEFORE_CUE: &[&str] = &[
    "has", "have", "had", "also", "later", "previously", "repeatedly", "again", "publicly",
    "reportedly", "would", "will", "did", "does", "do", "not", "never", "recently", "earlier",
    "once", "further", "then", "now", "privately", "separately", "yesterday", "today", "already",
    "subsequently", "initially", "first", "last", "often", "always", "frequently", "flatly",
    "strongly", "firmly", "simply", "just", "even", "still", "openly", "explicitly", "clearly",
    "has been", "n't", "may", "might", "could", "can", "overall", "too", "themselves", "himself",
    "herself", "itself", "personally", "directly", "bluntly", "quietly", "long",
];

/// Words that float between a subject and its verb ("Richards and Menendez both stressed", "Her
/// campaign workers here said", "they all agree"): stepped over only after a word, so that "Both
/// said" and "Here is" keep their own reading.
pub const FLOATING_BEFORE_CUE: &[&str] = &["both", "all", "each", "here", "there"];

/// Verbs that take a cue as their infinitive without changing who speaks ("continued to insist",
/// "began to argue"; "went on to say" is matched with its "on").
#[rustfmt::skip]
pub const CATENATIVES: &[&str] = &[
    "continued", "continues", "continue", "began", "begins", "begin", "started", "starts", "tried",
    "tries", "sought", "seeks", "rushed", "hastened", "proceeded", "moved", "used",
];

/// Prepositions whose object a source phrase right after them is ("briefed by the ministry",
/// "dockers in the harbour"): such a phrase is no subject.
#[rustfmt::skip]
pub const OBJECT_PREPOSITIONS: &[&str] = &[
    "by", "in", "of", "for", "from", "with", "into", "on", "about", "over", "under", "against",
    "without", "than", "among", "at", "near", "behind", "across", "toward", "towards",
];

/// Light verbs: with an attribution noun they make a cue of the pair ("made the case that",
/// "voiced support for", "issued a warning about"); the noun says what kind of attribution it is.
/// Forms in "-ing" are left out ("making a statement" is a participle with a subject elsewhere).
#[rustfmt::skip]
pub const LIGHT_VERBS: &[&str] = &[
    "made", "make", "makes", "gave", "give", "gives", "delivered", "deliver", "delivers", "issued",
    "issue", "issues", "released", "sent", "send", "sends", "offered", "offer", "offers", "voiced",
    "voice", "voices", "expressed", "express", "expresses", "raised", "raise", "raises", "lodged",
    "filed", "renewed", "renews", "repeated", "repeats", "reiterated", "reiterates",
    "echoed", "echoes",
];

/// Forms of "be": a speech verb after one is passive ("is said to", "was reported") and names no source.
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s"];

/// Words that start a subordinate clause: a frame inside one ("while the ministry estimates that A, B")
/// has its content end at the clause's comma, and what follows is the main clause.
#[rustfmt::skip]
pub const SUBORDINATORS: &[&str] = &[
    "while", "when", "whereas", "although", "though", "as", "because", "since", "if", "after",
    "before", "until", "unless", "once", "even", "whether",
];

/// Words that end a source noun phrase when walking back from the cue: conjunctions, relative
/// pronouns, verbs and most prepositions. (Subordinators are checked separately.)
#[rustfmt::skip]
pub const SOURCE_BOUNDARIES: &[&str] = &[
    "and", "but", "or", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "where",
    "then", "is", "are", "was", "were", "be", "been", "has", "have", "had", "with", "by", "from",
    "to", "into", "on", "about", "over", "under", "against", "during", "without", "than", "not",
    "also", "did", "do", "does", "will", "would", "can", "could", "may", "might", "should", "must",
    "what", "how", "why", "there", "here", "meanwhile", "however", "thus", "therefore", "asked",
];

/// Prepositions allowed inside a source after a source noun ("a spokesman for the ministry", "officials
/// in Baghdad", "the minister of defence").
pub const SOURCE_INNER_PREPOSITIONS: &[&str] = &["of", "for", "at", "in"];

/// Sentence adverbs and conjunctions dropped from the front of a source ("But the minister said").
#[rustfmt::skip]
pub const LEADING_DROPPABLE: &[&str] = &[
    "but", "and", "so", "meanwhile", "however", "now", "also", "still", "yet", "instead", "later",
    "earlier", "separately", "indeed", "then", "there",
];

/// Determiners and quantifiers that can start a common-noun source ("the ministry", "two officials").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "some", "several", "many", "most", "two", "three", "four", "five", "other", "another", "one",
    "both", "all", "few", "numerous", "various", "top", "senior",
];

/// Quantifiers that stand alone for people already named: "Several said", "Many believe".
pub const QUANTIFIER_SOURCES: &[&str] = &["several", "many", "some", "most", "few", "both", "all"];

/// Words that open a clause whose subject may be a lone quantifier ("but few believe", "although
/// most oppose it"); not "that", which after a noun is a relative ("laws that some say").
#[rustfmt::skip]
pub const QUANTIFIER_OPENERS: &[&str] = &[
    "and", "but", "yet", "so", "while", "whereas", "although", "though", "because", "since",
];

/// Nouns that name a speaker or a document standing in for one: with them a lower-case phrase is a
/// source ("officials said", "the report said").
#[rustfmt::skip]
pub const SOURCE_NOUNS: &[&str] = &[
    // Poll results speak too: "24 percent said", "most voters say", "a majority believe".
    "percent", "voters", "respondents", "americans", "majority", "plurality", "democrats",
    "republicans", "conservatives", "liberals", "citizens", "participants", "students", "parents",
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
    "spokeswomen", "minister",
    "ministry", "government", "military", "army", "police", "statement", "report", "reports",
    // Documents and findings report what they show: "A court document filed Thursday says",
    // "records show", "Exit polling showed", "Greenberg's research suggests".
    "document", "documents", "records", "filings", "statistics", "polling", "research",
    "analyst", "analysts", "expert", "experts", "source", "sources", "diplomat", "diplomats",
    "aide", "aides", "authorities", "agency", "secretary", "president", "leader", "leaders",
    "commander", "commanders", "witness", "witnesses", "resident", "residents", "activist",
    "activists", "group", "study", "survey", "poll", "polls", "data", "figures", "researchers",
    "scientists", "investigators", "prosecutors", "lawyer", "lawyers", "attorney", "doctors",
    "medics", "observers", "monitors", "campaigners", "critics", "supporters", "officer",
    "officers", "general", "ambassador", "envoy", "lawmaker", "lawmakers", "senator", "senators",
    "department", "office", "council", "committee", "commission", "coalition", "company", "firm",
    "newspaper", "ministers", "governor", "mayor", "chief", "head", "director",
    "representative", "representatives", "administration", "regime", "forces", "navy", "militants",
    "rebels", "organisers", "organizers", "campaign", "union", "board", "court", "judge",
    "foundation", "institute", "bank", "fund", "network", "website", "paper", "broadcaster",
    "journalist", "journalists", "correspondent", "people", "person", "man", "woman", "members",
    "member", "team", "staff", "employees", "parliament",
    // People named by what befell them or where they live speak for themselves: "Families who
    // fled the floods said", "Farmers in the valley say".
    "families", "relatives", "farmers", "workers", "refugees", "villagers", "victims",
    "survivors", "neighbours", "neighbors", "owners", "patients", "teachers", "nurses", "fans",
];

/// Words that make a capitalised name an organisation rather than a person.
#[rustfmt::skip]
pub const ORGANISATION_WORDS: &[&str] = &[
    "department", "ministry", "pentagon", "kremlin", "army", "council", "agency", "office", "party",
    "committee", "commission", "government", "police", "forces", "command", "coalition", "group",
    "bank", "fund", "organization", "organisation", "association", "institute", "university",
    "times", "post", "news", "press", "reuters", "court", "house", "congress", "senate",
    "parliament", "union", "nations", "corporation", "inc", "company", "service", "bureau",
    "administration", "authority", "network", "foundation", "center", "centre", "journal",
    "military", "navy", "state", "guard", "front", "brigade", "brigades", "movement", "league",
    "club", "ap", "afp", "cnn", "bbc", "nato", "un", "eu", "fbi", "cia", "isis", "isil", "tass",
    "ria", "interfax", "xinhua", "board", "assembly", "cabinet", "embassy", "trust", "watch",
    "observatory", "federation", "media", "tv", "television", "radio", "daily", "telegraph",
    "guardian", "herald", "tribune", "monitor",
];

/// Titles and role words stripped from the front of a person's name ("President Vladimir Putin").
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "president", "prime", "minister", "secretary", "foreign", "defence", "defense", "general",
    "gen.", "gen", "col.", "col", "lt.", "sgt.", "capt.", "maj.", "adm.", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "sen", "rep.", "rep", "gov.", "governor", "king",
    "queen", "pope", "chancellor", "senator", "ambassador", "spokesman", "spokeswoman", "chief",
    "commander", "deputy", "vice", "former", "state", "of", "lord", "sir", "sheikh", "ayatollah",
    "supreme", "leader", "premier", "judge", "justice", "mayor", "director", "colonel",
    "lieutenant", "major", "captain", "admiral", "sergeant", "army", "interior", "finance",
    "attorney", "senior", "top", "gop", "democratic", "republican", "candidate", "presidential",
];

/// Personal pronouns that are a clause's subject: they carry a contracted auxiliary before a cue
/// ("He's suggesting", "they're proposing", "I've argued"), and one before a relative pronoun
/// makes a clause of its own ("the bill he signed").
pub const PERSONAL_SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you"];

/// Modal and perfect auxiliaries: the word after them is a verb ("has backed", "could add"), and
/// after a number they make a clause of the words that follow ("added 18 points would ...").
pub const MODAL_AUXILIARIES: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "should", "must", "has", "have", "had",
];

/// The forms of "do", which make the word after them a verb too ("did not support").
pub const DO_FORMS: &[&str] = &["do", "does", "did"];

/// Pronouns that can be the source of reported speech; resolved to an earlier name.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she"];
pub const OTHER_PRONOUNS: &[&str] = &["they", "it"];
/// Possessive pronouns that name a nominal attribution's source ("his claim that", "their call
/// for", `nominal.rs`): they stand for whom "he"/"she" and "they"/"it" would (`sources.rs`).
pub const PERSON_POSSESSIVES: &[&str] = &["his", "her"];
pub const OTHER_POSSESSIVES: &[&str] = &["their", "its"];

/// Time words that may follow a cue before the content ("said on Sunday that"), besides the
/// weekdays ([`calendar::WEEKDAYS`]): use [`is_time_word`], which checks both.
#[rustfmt::skip]
pub const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday", "tonight", "earlier", "later", "recently", "late", "last", "this", "week", "month",
    "year", "weekend", "morning", "afternoon", "evening", "night", "again", "publicly", "privately",
    "repeatedly", "also", "then", "previously", "separately",
];

/// Prepositions that start an adverbial: between a cue and its content ("said in a statement that"),
/// or where a source would be ("In social media posts, he suggested" names no source "posts").
#[rustfmt::skip]
pub const ADVERBIAL_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "with", "from", "while", "via", "through",
    "after", "following", "to", "late", "last", "earlier", "this", "despite",
];

/// Is `word` (any case) a demonym or a country adjective ("Iraqi", "Russian", "US")? Suffix rule plus
/// the short forms that do not follow it.
/// Is `token` a weekday or one of the [`TIME_WORDS`] ("Sunday", "yesterday", "late")?
pub fn is_time_word(token: &Token) -> bool {
    (token.kind == TokenKind::Word && calendar::is_weekday(token.text)) || token.is_any(TIME_WORDS)
}

pub fn is_demonym(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if matches!(
        w.to_lowercase().as_str(),
        "us" | "u.s"
            | "uk"
            | "u.k"
            | "un"
            | "eu"
            | "american"
            | "british"
            | "french"
            | "dutch"
            | "swiss"
            | "greek"
            | "thai"
            | "turkish"
            | "kurdish"
            | "western"
            | "arab"
            | "iraqi"
            | "israeli"
            | "saudi"
            | "pakistani"
            | "afghan"
            | "yemeni"
            | "kuwaiti"
            | "qatari"
            | "emirati"
            | "omani"
            | "bahraini"
            | "somali"
            | "bangladeshi"
            | "nepali"
            | "shi'ite"
            | "shiite"
            | "sunni"
            | "muslim"
            | "christian"
            | "jewish"
            | "european"
            | "african"
            | "asian"
            | "gulf"
            | "federal"
            | "national"
            | "local"
            | "state"
            | "chinese"
            | "japanese"
            | "lebanese"
            | "sudanese"
            | "vietnamese"
            | "polish"
            | "spanish"
            | "danish"
            | "swedish"
            | "finnish"
            | "irish"
            | "scottish"
            | "welsh"
            | "english"
    ) {
        return true;
    }
    let first_upper = w.chars().next().is_some_and(char::is_uppercase);
    first_upper && (w.ends_with("ian") || w.ends_with("ean") || w.ends_with("ese"))
}

/// English words that are never the content words of a claim, for comparing claims across outlets.
#[rustfmt::skip]
pub const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "may", "might", "should", "must", "shall", "not", "no", "never", "n't", "he", "she", "they",
    "we", "i", "you", "him", "her", "them", "us", "his", "their", "our", "your", "my", "who",
    "whom", "which", "what", "when", "where", "why", "how", "there", "here", "also", "so", "than",
    "then", "into", "about", "over", "after", "before", "up", "down", "out", "said", "says", "say",
    "all", "any", "some", "more", "most", "other", "such", "only", "own", "same", "very", "just",
    "now", "while", "because", "until", "against", "between", "through", "during", "without",
    "within", "along", "across", "per", "both", "each", "few", "many", "much", "one", "new", "mr",
    "mrs", "ms", "according", "told", "added", "roughly", "about", "some", "nearly", "around",
    "approximately", "estimated", "least", "almost", "even", "still", "yet",
];

static FURNITURE: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    include_str!("../../../data/lexicon/claim_furniture.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

/// Is this text page furniture (a credit, a caption, a subscription line:
/// `data/lexicon/claim_furniture.txt`)? Never an outlet claim, and never grouped.
pub fn is_furniture(text: &str) -> bool {
    let lower = text.to_lowercase();
    FURNITURE.iter().any(|f| lower.contains(f.as_str()))
}

/// What a team or athlete wins: after "claimed" or "added" it is a gain, not a statement
/// ("claimed her first national title", "added the relay crown"; `cue_use.rs`).
#[rustfmt::skip]
pub const PRIZE_NOUNS: &[&str] = &[
    "title", "titles", "crown", "crowns", "medal", "medals", "gold", "silver", "bronze", "trophy",
    "cup", "spot", "place", "podium", "pole", "seat", "seats", "points", "goals", "wickets", "tries",
    "conversion", "penalty", "prize", "championship", "double", "treble",
];
