//! Cue families of `data/lexicon/cues.txt` beyond "said": verbs of saying in a manner, judging aloud,
//! knowing and intending, on invented sentences.

use super::tests::run;
use crate::extract::Stance;

/// One sentence per family: each cue frames a claim with the subject as its source.
#[test]
fn verbs_of_each_family_frame_claims() {
    let out = run(&[
        "The harbour master hinted that the ferry fares would rise in spring.",
        "Councillor Omar Reyes lambasted the toll board for its late accounts.",
        "The fishermen realized that the new quota favoured the larger boats.",
        "Mayor Lena Ortiz aims to reopen the old pier before the summer festival.",
        "The ferry union implored the board to keep the night crossings.",
    ]);
    let c = out.find("ferry fares would rise");
    assert_eq!(out.source_text(c).as_deref(), Some("The harbour master"));
    assert!(c.hedged, "a hint is tentative");
    let c = out.find("toll board");
    assert_eq!(out.source_text(c).as_deref(), Some("Councillor Omar Reyes"));
    let c = out.find("new quota");
    assert_eq!(out.source_text(c).as_deref(), Some("The fishermen"));
    let c = out.find("reopen the old pier");
    assert_eq!(out.source_text(c).as_deref(), Some("Mayor Lena Ortiz"));
    assert_eq!(c.stance, Stance::Wish);
    let c = out.find("night crossings");
    assert_eq!(c.stance, Stance::Request);
}

/// A judging verb is a view: it frames a claim but never names the speaker of a quotation.
#[test]
fn a_judging_verb_is_no_quote_attribution() {
    assert_eq!(crate::extract::cues::speech_verb_lemma("lambasted"), None);
    assert_eq!(
        crate::extract::cues::claim_verb_lemma("lambasted"),
        Some("lambaste")
    );
    assert_eq!(
        crate::extract::cues::speech_verb_lemma("hinted"),
        Some("hint")
    );
}

/// A source with a postmodifier ("advocates for X", "half of voters in Y"), a count in words
/// ("one in five"), a hyphenated age ("the 57-year-old teacher"): the head decides, not the last
/// word.
#[test]
fn sources_with_postmodifiers_and_counts_in_words() {
    let out = run(&[
        "Some advocates for ferry safety said the new hulls were too light.",
        "About one in five say the tolls should be scrapped.",
        "The 57-year-old teacher says she will sail the crossing again.",
    ]);
    let c = out.find("hulls were too light");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("Some advocates for ferry safety")
    );
    let c = out.find("tolls should be scrapped");
    assert_eq!(out.source_text(c).as_deref(), Some("About one in five"));
    let c = out.find("sail the crossing");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("The 57-year-old teacher")
    );
}

/// ", said the minister." inverts; "X, a spokesman, said the Clintons and the foundation had ..."
/// does not: a clause after the cue makes the frame source-first.
#[test]
fn a_clause_after_the_cue_is_no_inverted_source() {
    let out = run(&[
        "Jo Roe, a spokesman for the board, said the pilots and the crews had always been careful.",
    ]);
    let c = out.find("crews had always");
    assert_eq!(out.source_text(c).as_deref(), Some("Jo Roe"));
    assert_eq!(
        out.text(c),
        "the pilots and the crews had always been careful"
    );
}

/// "state" and "states" are nouns far more often than verbs ("secretary of state", "swing
/// states"): a cue only before "that" or punctuation.
#[test]
fn state_as_a_noun_is_no_cue() {
    let out = run(&[
        "Most swing states report turnout above the last election.",
        "The harbour survey states that the pier is unsafe.",
    ]);
    assert!(out
        .claims
        .iter()
        .all(|c| c.cue.as_deref() != Some("states") || out.text(c) == "the pier is unsafe"));
    let c = out.find("pier is unsafe");
    assert_eq!(out.source_text(c).as_deref(), Some("The harbour survey"));
}

/// A stance adjective after "be" frames its complement ("is skeptical of", "was eager to", "are
/// confident that"); the same word elsewhere ("a quick crossing", "the skeptical reader") frames
/// nothing.
#[test]
fn stance_adjectives_after_be_frame_their_complement() {
    let out = run(&[
        "The ferry union is deeply skeptical of the new timetable.",
        "Mayor Lena Ortiz was eager to reopen the old pier.",
        "Harbour officials are very confident that the tolls will fall.",
        "A quick crossing to the island takes twenty minutes on the new boats.",
    ]);
    let c = out.find("new timetable");
    assert_eq!(out.source_text(c).as_deref(), Some("The ferry union"));
    assert!(c.hedged, "scepticism is tentative");
    let c = out.find("reopen the old pier");
    assert_eq!(out.source_text(c).as_deref(), Some("Mayor Lena Ortiz"));
    assert_eq!(c.stance, Stance::Wish);
    let c = out.find("tolls will fall");
    assert_eq!(out.source_text(c).as_deref(), Some("Harbour officials"));
    assert!(out.claims.iter().all(|c| c.cue.as_deref() != Some("quick")));
}

/// Two-word verbs of saying and taking sides ("lashed out at", "made clear that", "sided with"):
/// the particle is part of the cue, not a particle that makes another verb.
#[test]
fn phrasal_cues_frame_claims() {
    let out = run(&[
        "Councillor Omar Reyes lashed out at the toll board over the late accounts.",
        "The harbour master made clear that the pier would stay shut.",
        "The port court sided with the ferry workers in the pay dispute.",
    ]);
    let c = out.find("toll board");
    assert_eq!(out.source_text(c).as_deref(), Some("Councillor Omar Reyes"));
    assert_eq!(c.cue.as_deref(), Some("lashed out"));
    let c = out.find("pier would stay shut");
    assert_eq!(out.source_text(c).as_deref(), Some("The harbour master"));
    let c = out.find("ferry workers");
    assert_eq!(out.source_text(c).as_deref(), Some("The port court"));
}

/// "CONTENT in the latest poll": the poll is the source of the finding before it; "in" before
/// anything else ("in the harbour") frames nothing.
#[test]
fn a_finding_then_its_poll() {
    let out = run(&[
        "Mayor Lena Ortiz leads her rival by six points in a new harbour survey from Kessa College.",
        "The ferry crews stayed in the harbour all winter.",
    ]);
    let c = out.find("leads her rival");
    assert_eq!(
        out.text(c),
        "Mayor Lena Ortiz leads her rival by six points"
    );
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("a new harbour survey from Kessa College")
    );
    assert!(out
        .claims
        .iter()
        .all(|c| c.cue.as_deref() != Some("in") || !out.text(c).contains("ferry crews")));
}

/// A base form of a listed verb after an auxiliary or a catenative's "to" is a cue ("did not back",
/// "tried to attack"); the same word as a noun ("the back of the boat") is not.
#[test]
fn base_forms_after_an_auxiliary_or_catenative() {
    let out = run(&[
        "The ferry union did not back the new timetable.",
        "Councillor Omar Reyes tried to attack the toll board in the debate.",
        "The crew stored the nets at the back of the boat for the night crossing.",
    ]);
    let c = out.find("new timetable");
    assert_eq!(out.source_text(c).as_deref(), Some("The ferry union"));
    assert!(c.negated, "'did not back'");
    let c = out.find("toll board");
    assert_eq!(out.source_text(c).as_deref(), Some("Councillor Omar Reyes"));
    assert!(out
        .claims
        .iter()
        .all(|c| c.cue.as_deref() != Some("back") || !out.text(c).contains("boat")));
}

/// A stance on one named thing is a claim ("The union endorsed Ortiz"); a one-word content that
/// names nothing ("thought so") is not.
#[test]
fn a_stance_on_a_name_is_a_claim_a_bare_word_is_not() {
    let out = run(&[
        "The ferry union endorsed Ortiz.",
        "The harbour master thought so.",
    ]);
    let c = out.find("Ortiz");
    assert_eq!(out.text(c), "Ortiz");
    assert_eq!(out.source_text(c).as_deref(), Some("The ferry union"));
    assert!(out.claims.iter().all(|c| out.text(c) != "so"));
}

/// A light verb with an attribution noun is one cue ("made the case that", "voiced support for");
/// a decision is an act, and a "that" followed by a verb is a relative clause, not the content.
#[test]
fn light_verbs_with_attribution_nouns_frame_claims() {
    let out = run(&[
        "Councillor Omar Reyes made an unprompted call for a ferry to the north island.",
        "The ferry union voiced strong support for the night crossings, which run twice a week.",
        "The harbour master issued a warning that the old pier could collapse in a storm.",
        "Mayor Lena Ortiz made the decision to close the toll road in winter.",
        "The port board released a statement that praised the new quay.",
    ]);
    let c = out.find("a ferry to the north island");
    assert_eq!(out.source_text(c).as_deref(), Some("Councillor Omar Reyes"));
    assert_eq!(c.stance, Stance::Request);
    let c = out.find("the night crossings");
    assert_eq!(out.source_text(c).as_deref(), Some("The ferry union"));
    assert_eq!(
        out.text(c),
        "the night crossings",
        "the object ends at its comma"
    );
    let c = out.find("the old pier could collapse");
    assert_eq!(out.source_text(c).as_deref(), Some("The harbour master"));
    assert!(out
        .claims
        .iter()
        .all(|c| !out.text(c).starts_with("to close the toll road")));
    assert!(out
        .claims
        .iter()
        .all(|c| !out.text(c).starts_with("praised the new quay")));
}
