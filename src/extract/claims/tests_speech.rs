//! Reported-speech patterns beyond the basic frames, on invented sentences: participles that share
//! the subject of the attribution before them, first-person sources, and the stance of a claim.

use super::tests::run;
use crate::extract::{ClaimKind, Stance};

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

/// The stance says what the source does with the content; `hedged` stays a hedge on the content
/// itself, so "asked whether the ferry may run" is a question and hedged, "said the ferry will run"
/// neither, and "promised to" a promise.
#[test]
fn the_stance_comes_from_the_cue_and_the_hedge_from_the_content() {
    let out = run(&[
        "Councillor Omar Reyes asked whether the ferry may run in winter.",
        "The harbour master said that the ferry will run all year.",
        "Mayor Lena Ortiz promised to reopen the old pier by June.",
        "The Harbour Authority closed 3 piers to walkers in 2019.",
        "Fishermen in Kessa want the harbour to stay open through the winter.",
    ]);
    let c = out.find("ferry may run");
    assert_eq!(c.stance, Stance::Question);
    assert!(c.hedged, "'may' hedges the content");
    let c = out.find("ferry will run");
    assert_eq!(c.stance, Stance::Asserted);
    assert!(!c.hedged);
    let c = out.find("reopen the old pier");
    assert_eq!(c.stance, Stance::Promise);
    let c = out.find("harbour to stay open");
    assert_eq!(c.stance, Stance::Wish, "a wish is not asserted");
    let c = out.find("piers to walkers");
    assert_eq!(c.kind, ClaimKind::Outlet);
    assert_eq!(c.stance, Stance::Asserted);
}

/// "X on Tuesday announced": the time phrase with its preposition stands between source and cue.
#[test]
fn a_time_phrase_with_on_between_source_and_cue() {
    let out = run(&["Governor Ada Okafor on Friday announced that the ferry tax would be halved."]);
    let c = out.find("ferry tax");
    assert_eq!(out.source_text(c).as_deref(), Some("Governor Ada Okafor"));
}

/// "X was CUE-ed by Y": the subject is what the agent after "by" spoke about; adverbs before "be"
/// are no part of the subject, and a passive without "by" frames nothing.
#[test]
fn a_passive_cue_with_by_takes_the_agent_as_source() {
    let out = run(&[
        "The harbour plan was criticised on Monday by the fishermen's union.",
        "Mayor Ortiz also was endorsed by the ferry workers.",
        "The old pier was described as unsafe.",
    ]);
    let c = out.find("harbour plan");
    assert_eq!(out.text(c), "The harbour plan");
    assert_eq!(out.source_text(c).as_deref(), Some("the fishermen's union"));
    let c = out.find("Ortiz");
    assert_eq!(out.text(c), "Mayor Ortiz");
    assert_eq!(out.source_text(c).as_deref(), Some("the ferry workers"));
    assert!(out
        .claims
        .iter()
        .all(|c| !out.text(c).contains("old pier") || c.source_span.is_none()));
}

/// "After A, X did B and said C": the subject of the coordinated cue comes after the opening
/// adverbial, not at the start of the unit.
#[test]
fn a_coordinated_cue_after_an_opening_adverbial_takes_the_subject() {
    let out = run(&[
        "After the storm, the harbour master closed the pier and warned that the ferry would not run.",
    ]);
    let c = out.find("ferry would not run");
    assert_eq!(out.source_text(c).as_deref(), Some("the harbour master"));
}

/// Poll shares, lone quantifiers after a conjunction, findings and documents as subjects: "42%
/// say", "But few believe", "Exit polling showed", "The report published Tuesday showed" (a cue
/// form used as the subject's noun does not stop the long-subject walk).
#[test]
fn poll_shares_quantifiers_and_documents_are_sources() {
    let out = run(&[
        "On fares, 42% say the ferry costs far too much for commuters.",
        "But few believe the new ferry will ever run on time.",
        "Exit polling showed that the mayor won every district of the city.",
        "The report published Tuesday showed that half of the piers were unsafe.",
        "An earlier report in a harbour newsletter said that the pier had been closed twice.",
        "A court document filed Thursday says that the harbour master will not be charged.",
    ]);
    for (content, source) in [
        ("ferry costs", "42%"),
        ("ferry will ever run", "few"),
        ("mayor won", "Exit polling"),
        ("piers were unsafe", "The report"),
        ("pier had been closed", "An earlier report"),
        ("harbour master will not", "A court document"),
    ] {
        let c = out.find(content);
        assert_eq!(c.kind, ClaimKind::Attributed, "{content}");
        assert_eq!(out.source_text(c).as_deref(), Some(source), "{content}");
    }
}

/// A participle after a body in the plural or an acronym is that body's stance ("groups backing
/// X", "a super PAC supporting Y"); after a thing it is none ("the day attacking").
#[test]
fn a_participle_after_a_body_is_its_stance() {
    let out = run(&[
        "Two committees backing Mayor Lena Ortiz spent $40,000 on radio ads.",
        "A super PAC supporting Councillor Omar Reyes bought billboards in Kessa.",
    ]);
    let c = out.find("Mayor Lena Ortiz");
    assert_eq!(out.source_text(c).as_deref(), Some("Two committees"));
    let c = out.find("Councillor Omar Reyes");
    assert_eq!(out.source_text(c).as_deref(), Some("A super PAC"));
}

/// Two adjectives may stand between a possessor and its attribution noun ("the mayor's recent
/// evidence-free assertion that"); a verb or a plural between them makes no nominal frame ("his
/// aides referred requests for comment").
#[test]
fn two_adjectives_between_a_possessor_and_its_noun() {
    let out = run(&[
        "Mayor Lena Ortiz's recent evidence-free assertion that the pier was sold drew anger.",
        "Mr. Reyes has been silent, and his aides referred requests for comment to the council.",
    ]);
    let c = out.find("pier was sold");
    assert_eq!(out.source_text(c).as_deref(), Some("Mayor Lena Ortiz"));
    assert!(out
        .claims
        .iter()
        .all(|c| !out.text(c).starts_with("comment")));
}

/// An indefinite subject may ask or urge ("A reporter asked whether", "a group of rabbis called
/// for"); a naming participle after one names a thing ("a group called the Harbour Fund") and a
/// noun after one is no cue ("a nervous call from").
#[test]
fn an_indefinite_subject_may_ask_but_not_name() {
    let out = run(&[
        "A reporter asked whether the ferry would run in winter.",
        "A group of fishermen called for a boycott of the new pier.",
        "A group called the Harbour Fund bought the old pier in 2019.",
        "She said she received a nervous call from her niece on Friday.",
    ]);
    let c = out.find("ferry would run");
    assert_eq!(out.source_text(c).as_deref(), Some("A reporter"));
    let c = out.find("boycott of the new pier");
    assert_eq!(out.source_text(c).as_deref(), Some("A group of fishermen"));
    assert!(out.claims.iter().all(|c| {
        let s = out.source_text(c);
        s.as_deref() != Some("A group") && s.as_deref() != Some("a nervous")
    }));
}
