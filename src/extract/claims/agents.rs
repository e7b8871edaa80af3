//! Can the source of a frame speak? A cue needs a speaker: a person, an organisation, a document,
//! a group, a count of people or a pronoun. The phrase walk finds the noun phrase before a cue
//! whatever it names, so a scene, a time, a parcel or a worry can end up as a source ("The tableau
//! at the White House ... pleaded", "his eight-year term, promised", "The package addressed to",
//! "the State Department's concerns raises questions").
//!
//! The test is on the head of the source as written (the last word before an inner preposition:
//! "The tableau at the White House" is a tableau): a lower-case head naming a time, a place, a
//! thing or a state of affairs ([`NON_SPEAKER_NOUNS`]) cannot speak. Findings are the exception:
//! things show and suggest ("the trend suggests", "the scene shows"), so [`FINDING_CUES`] keep
//! their frame. A list of what cannot speak rather than of what can: PolNeAR counts sources a
//! list of speakers would never hold ("the lawsuit", "the average", "the analysis").
//!
//! A frame whose source opens a conditional or an indirect question ("if the court sides with X",
//! "asked whether he believed A") reports nothing anyone said: the clause is a supposition.

use super::frames::Frame;
use super::lexicon::{BE_FORMS, MODAL_AUXILIARIES, SOURCE_INNER_PREPOSITIONS};
use super::tokens::{Token, TokenKind};

/// Lower-case head nouns that name no speaker: times, places, scenes, objects, states of affairs.
#[rustfmt::skip]
pub const NON_SPEAKER_NOUNS: &[&str] = &[
    // times
    "weekend", "weekends", "term", "terms", "week", "weeks", "month", "months", "year", "years",
    "decade", "decades", "day", "days", "session", "era", "hour", "hours", "moment", "period",
    "season", "tenure", "morning", "afternoon", "evening", "night", "past", "future",
    // places and scenes
    "tableau", "scene", "scenes", "room", "street", "streets", "hall", "stage", "podium", "zone",
    "coast", "region", "area", "areas", "neighborhood", "border", "floor", "backdrop", "setting", "atmosphere", "mood",
    // objects
    "package", "packages", "parcel", "envelope", "envelopes", "device", "devices", "bomb", "bombs",
    "weapon", "weapons", "car", "box", "door",
    // states of affairs
    "concerns", "nature", "fact", "reality", "problem", "problems", "mistake", "thing", "things",
    "issue", "issues", "question", "questions", "way", "idea", "sense", "truth", "notion", "irony",
    "situation", "context", "reason", "reasons", "risk", "risks", "trend", "pattern", "outcome",
    "tragedy", "controversy", "uproar", "furor", "episode", "incident", "chaos", "crisis",
];

/// Cue lemmas whose subject may be a thing: a finding shows, a trend suggests.
const FINDING_CUES: &[&str] = &[
    "show",
    "suggest",
    "indicate",
    "find",
    "reveal",
    "predict",
    "confirm",
    "demonstrate",
    "prove",
    "mean",
    "underscore",
    "highlight",
    "illustrate",
    "reflect",
    "point to",
];

/// Words that open a supposition: a frame whose source follows one reports nothing said.
const SUPPOSITIONS: &[&str] = &["if", "whether", "unless"];

/// Does the frame's source name something that can speak, outside a supposition?
pub(super) fn speaker_can_speak(tokens: &[Token], frame: &Frame) -> bool {
    let source: Vec<usize> = (0..tokens.len())
        .filter(|&k| frame.source.contains(tokens[k].span))
        .collect();
    let Some(&first) = source.first() else {
        return true;
    };
    if first > 0 && tokens[first - 1].is_any(SUPPOSITIONS) || coordinated_supposition(tokens, first)
    {
        return false;
    }
    if FINDING_CUES.contains(&frame.lemma) {
        return true;
    }
    // The head: the last word before an inner preposition ("The tableau at the White House").
    let head = source
        .iter()
        .take_while(|&&k| k == first || !tokens[k].is_any(SOURCE_INNER_PREPOSITIONS))
        .last()
        .map(|&k| &tokens[k]);
    !head.is_some_and(|h| h.is_lowercase_word() && h.is_any(NON_SPEAKER_NOUNS))
}

/// "If the FBI and the Mueller team believe A": a source coordinated with a phrase that opens a
/// supposition is in it too. The walk back from "and" crosses only a short noun phrase.
fn coordinated_supposition(tokens: &[Token], first: usize) -> bool {
    if first < 3 || !tokens[first - 1].is("and") {
        return false;
    }
    (first.saturating_sub(8)..first - 1)
        .rev()
        .take_while(|&k| {
            tokens[k].kind != TokenKind::Punct
                && !tokens[k].is_any(MODAL_AUXILIARIES)
                && !tokens[k].is_any(BE_FORMS)
                && !(tokens[k].is_lowercase_word()
                    && crate::extract::cues::claim_verb_lemma(tokens[k].text).is_some())
        })
        .any(|k| tokens[k].is_any(SUPPOSITIONS))
}
