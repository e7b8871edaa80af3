//! Sources that cannot speak and cue words read as nouns or participles (`agents.rs`,
//! `cue_use.rs`), on invented sentences: each case has a control that must still frame.

use self::attributed_frames as frames;
use super::tests::run;
use crate::extract::ClaimKind;

/// (source as written, cue) of each attributed claim of one paragraph.
pub(super) fn attributed_frames(paragraph: &str) -> Vec<(String, String)> {
    let out = run(&[paragraph]);
    out.claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Attributed)
        .map(|c| {
            (
                out.source_text(c).unwrap_or_default(),
                c.cue.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// "the Brandt report was revealed", "the more rural states that make up": a cue form after a
/// determiner, with a verb or a plural relative clause after it, heads a noun phrase.
#[test]
fn a_cue_form_heading_a_subject_is_a_noun() {
    let found =
        frames("The council met right after the Brandt report was revealed to be complete.");
    assert!(!found.iter().any(|(_, cue)| cue == "report"), "{found:?}");
    let found = frames(
        "Reyes said mayors from the more rural states that make up much of the coast would prefer ferries.",
    );
    assert!(!found.iter().any(|(_, cue)| cue == "states"), "{found:?}");
    assert!(found.iter().any(|(s, cue)| s == "Reyes" && cue == "said"));
    // A verb: the report states that ..., a name before "fears".
    let found = frames("The audit report states that the pier is unsafe.");
    assert!(found.iter().any(|(_, cue)| cue == "states"), "{found:?}");
    let found =
        frames("It runs at 3km/h, which its makers claim is twice as fast as the old ferry.");
    assert!(found.iter().any(|(_, cue)| cue == "claim"), "{found:?}");
    // A source noun further back is no head: "dismissed reports he told X".
    let found = frames("Ortiz has dismissed reports he told the board he would quit.");
    assert!(
        found.iter().any(|(s, cue)| s == "he" && cue == "told"),
        "{found:?}"
    );
    let found = frames("In a monthly report the harbour board said that two ferries were late.");
    assert!(
        found.iter().any(|(s, _)| s == "the harbour board"),
        "{found:?}"
    );
    let found = frames("It is a base that Ortiz fears will be used against the town.");
    assert!(
        found.iter().any(|(s, cue)| s == "Ortiz" && cue == "fears"),
        "{found:?}"
    );
}

/// "The package addressed to Mr. Reyes was found": a reduced relative, not speech; "declined to
/// say whether it is" is an infinitive and still frames.
#[test]
fn a_past_participle_after_a_noun_is_no_speech() {
    let found = frames("The package addressed to Mr. Reyes was found at the depot on Monday.");
    assert!(found.is_empty(), "{found:?}");
    // A passive's agent ends the sentence: still the noun's participle.
    let found = frames("The grid costs a dollar an hour on servers maintained by Harlow.");
    assert!(found.is_empty(), "{found:?}");
    let found = frames("The harbour master declined to say whether it is safe to sail.");
    assert!(
        found
            .iter()
            .any(|(s, cue)| s == "The harbour master" && cue == "declined"),
        "{found:?}"
    );
    let found = frames("Singh said he was alarmed and wanted to see for himself what it was like.");
    assert!(found.iter().any(|(_, cue)| cue == "wanted"), "{found:?}");
}

/// A scene, a time, a worry is no speaker; a finding may have a thing as its subject.
#[test]
fn a_source_that_cannot_speak_frames_nothing() {
    let found = frames("The tableau at the town hall pleaded for calm.");
    assert!(found.is_empty(), "{found:?}");
    let found =
        frames("The ministry's concerns raises questions about the motives behind the changes.");
    assert!(found.is_empty(), "{found:?}");
    let found =
        frames("The mayor over the weekend had tweeted that the board had failed the town.");
    assert!(
        found
            .iter()
            .any(|(s, cue)| s == "The mayor" && cue == "tweeted"),
        "{found:?}"
    );
    let found = frames("The trend suggests that fewer ferries will run next year.");
    assert!(found.iter().any(|(s, _)| s == "The trend"), "{found:?}");
    let found = frames("The town council said the pier would reopen.");
    assert!(
        found.iter().any(|(s, _)| s == "The town council"),
        "{found:?}"
    );
}

/// "if the court sides with X", "asked whether he believed A", "what he was saying was false":
/// a supposition, a question or the talk itself reports nothing said.
#[test]
fn suppositions_and_free_relatives_report_nothing_said() {
    let found = frames("If the court sides with the harbour board, the ferry will stop.");
    assert!(
        !found.iter().any(|(_, cue)| cue == "sides with"),
        "{found:?}"
    );
    let found =
        frames("If the board and the harbour master believe the pier is unsafe, it will close.");
    assert!(!found.iter().any(|(_, cue)| cue == "believe"), "{found:?}");
    let found = frames("When asked whether he believed the mayor had lied, Reyes said no.");
    assert!(!found.iter().any(|(_, cue)| cue == "believed"), "{found:?}");
    let found =
        frames("The board did not say whether Ortiz understood that what he was saying was false.");
    assert!(!found.iter().any(|(_, cue)| cue == "saying"), "{found:?}");
    // A naming free relative and a simple past still report.
    let found = frames("Romano criticised what she calls the radical nature of the movement.");
    assert!(found.iter().any(|(_, cue)| cue == "calls"), "{found:?}");
}

/// "It is important for me to go ahead and affirm A": the coordinated cue of an infinitive has no
/// "it" for a source; after a person it keeps the person.
#[test]
fn an_infinitive_conjunct_has_no_expletive_source() {
    let found =
        frames("It is important for the mayor to go ahead and affirm that the pier will reopen.");
    assert!(!found.iter().any(|(s, _)| s == "It"), "{found:?}");
    let found =
        frames("It also called on the board to revive its plan and maintain the ferry service.");
    assert!(
        found.iter().any(|(s, cue)| s == "It" && cue == "maintain"),
        "{found:?}"
    );
    let found = frames(
        "The ministers were quick to offer condolences and affirm that the talks would go on.",
    );
    assert!(
        found
            .iter()
            .any(|(s, cue)| s == "The ministers" && cue == "affirm"),
        "{found:?}"
    );
}
