//! Reported-speech patterns beyond the basic frames, on invented sentences: participles that share
//! the subject of the attribution before them, first-person sources, and the stance of a claim.

use super::tests::run;

/// '"...," the aide said, adding that ...': the participle's source is the speaker of the quotation
/// before it, not the first words of the quotation.
#[test]
fn a_participle_after_an_attribution_shares_its_source() {
    let out = run(&[
        "\"We never planned to close the ferry line,\" the harbour master said, adding that the new timetable would start in May.",
    ]);
    let c = out.find("new timetable");
    assert_eq!(out.text(c), "the new timetable would start in May");
    assert_eq!(out.source_text(c).as_deref(), Some("the harbour master"));
}

/// "In May, a judge sided with the growers, saying ...": the subject comes after the opening
/// adverbial.
#[test]
fn a_participle_after_an_opening_adverbial_takes_the_subject() {
    let out = run(&[
        "In May, a district judge sided with the growers, saying the levy broke the water compact.",
    ]);
    let c = out.find("levy broke");
    assert_eq!(out.source_text(c).as_deref(), Some("a district judge"));
}

/// "I think", "we know": first-person sources (an opinion writer, a speaker quoted at length).
#[test]
fn first_person_sources_frame_claims_but_you_does_not() {
    let out = run(&["I think the canal tolls are far too high for small barges."]);
    let c = out.find("canal tolls");
    assert_eq!(out.source_text(c).as_deref(), Some("I"));
    let out = run(&["If you think the canal tolls are too high, write to the board."]);
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("you")));
}
