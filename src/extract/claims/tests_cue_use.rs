//! Cue words used as no attribution (`cue_use.rs`), and the frames around them that must still
//! hold, on invented sentences.

use super::tests::run;
use crate::extract::ClaimKind;

fn attributed_cues(paragraph: &str) -> Vec<String> {
    let out = run(&[paragraph]);
    out.claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Attributed)
        .filter_map(|c| c.cue.clone())
        .collect()
}

/// A score or a prize after "added" or "claimed" is a gain, not what was said; a clause after
/// the same verbs, or an inverted source, is still speech.
#[test]
fn a_quantity_or_prize_after_added_or_claimed_is_no_speech() {
    assert!(attributed_cues("The full-back added 14 points from the tee.").is_empty());
    assert!(attributed_cues("The striker added two goals in the second half.").is_empty());
    assert!(
        attributed_cues("Ortiz claimed her second national title over the hurdles.").is_empty()
    );
    let out = run(&["The coach added that the points would come with time."]);
    let c = out.find("points would come");
    assert_eq!(out.source_text(c).as_deref(), Some("The coach"));
    let out = run(&["The coach added the title would be decided in the last match."]);
    let c = out.find("title would be decided");
    assert_eq!(out.source_text(c).as_deref(), Some("The coach"));
    let out = run(&["\"The ferry will run,\" added one harbour official."]);
    let c = out.find("ferry will run");
    assert_eq!(out.source_text(c).as_deref(), Some("one harbour official"));
    // Other cues report their numbers: a count announced is an attribution.
    let out = run(&["The harbour board announced 300 job cuts at the docks."]);
    let c = out.find("300 job cuts");
    assert_eq!(out.source_text(c).as_deref(), Some("The harbour board"));
}

/// "a question and answer session": a cue form coordinated with an attribution noun, before a
/// noun, is a noun.
#[test]
fn a_cue_coordinated_with_an_attribution_noun_is_a_noun() {
    let cues = attributed_cues(
        "The Courier quoted the mayor telling a question and answer session in Port Selen that the pier would reopen.",
    );
    assert!(!cues.iter().any(|c| c == "answer"), "{cues:?}");
}

/// "Explaining his reason for quitting, X said: ...": the participle names the statement that
/// follows; only the main clause attributes.
#[test]
fn an_opening_participle_with_the_speakers_own_noun_phrase_is_no_claim() {
    let out = run(&[
        "Explaining his reason for leaving the board, Mr Reyes said the tolls had become unfair.",
    ]);
    assert!(out
        .claims
        .iter()
        .all(|c| c.cue.as_deref() != Some("explaining")));
    let c = out.find("tolls had become unfair");
    assert_eq!(out.source_text(c).as_deref(), Some("Mr Reyes"));
    // With a clause of its own, an opening participle still reports.
    let out = run(&["Noting that the tolls had doubled, the mayor called for a review."]);
    let c = out.find("tolls had doubled");
    assert_eq!(out.source_text(c).as_deref(), Some("the mayor"));
}

/// "Merkel, who has ..., warned against X": a preposition after the cue opens its object, so the
/// sentence is source first, with the subject before the relative clause as its source.
#[test]
fn a_preposition_after_the_cue_is_no_inverted_source() {
    let out = run(&[
        "In her speech, Chancellor Lena Ortiz, who has opened the border to refugees, warned against the forces of hate.",
    ]);
    let c = out.find("forces of hate");
    assert_eq!(out.text(c), "the forces of hate");
    assert_eq!(out.source_text(c).as_deref(), Some("Chancellor Lena Ortiz"));
}

/// "agreed in Geneva to let ...": a place or time phrase between the cue and its infinitive is
/// left out of the content.
#[test]
fn a_place_before_an_infinitive_content_is_left_out() {
    let out = run(&["The two ministers agreed in Geneva to let the inspectors return."]);
    let c = out.find("inspectors return");
    assert_eq!(out.text(c), "to let the inspectors return");
    let out = run(&["The ferry union vowed on Tuesday to fight the closure."]);
    let c = out.find("fight the closure");
    assert_eq!(out.text(c), "to fight the closure");
}
