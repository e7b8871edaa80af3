//! Long subjects on invented sentences: the head of a subject that a prepositional phrase, a
//! relative clause or a participle phrase separates from its cue (`long_subject.rs`).

use super::tests::run;

/// A postmodifier between the head and the cue: the head is the source as written.
#[test]
fn the_head_of_a_long_subject_is_the_source() {
    let out = run(&[
        "A harbour survey from the port authority released on Monday found that most barges arrive empty.",
        "Officials whose piers were closed by the storm say the ferry will run again in May.",
        "Thirty percent of the islanders polled by the council said the fares were too high.",
        "Three councillors, all of whom opposed the harbour toll last year, voted to keep it.",
        "By a wide margin, those surveyed say the night ferry should run all year.",
    ]);
    let c = out.find("most barges arrive empty");
    assert_eq!(out.source_text(c).as_deref(), Some("A harbour survey"));
    let c = out.find("the ferry will run again");
    assert_eq!(out.source_text(c).as_deref(), Some("Officials"));
    let c = out.find("the fares were too high");
    assert_eq!(out.source_text(c).as_deref(), Some("Thirty percent"));
    // An appositive relative: its content ends at its comma.
    let c = out.find("the harbour toll");
    assert_eq!(out.source_text(c).as_deref(), Some("all"));
    assert_eq!(out.text(c), "the harbour toll last year");
    let c = out.find("the night ferry should run");
    assert_eq!(out.source_text(c).as_deref(), Some("those"));
}

/// People named by what befell them or where they live can speak: the head, not the place inside
/// the relative clause, is the source.
#[test]
fn people_named_by_their_lot_head_a_long_subject() {
    let out = run(&[
        "Families who have spent six weeks in tents on the north bank of the Varn River said they would wait for the ferry.",
    ]);
    let c = out.find("they would wait for the ferry");
    assert_eq!(out.source_text(c).as_deref(), Some("Families"));
}

/// What the walk must not read as one subject: a coordinator (two subjects or two clauses), a
/// clause without "that" after another cue, and a head that names no speaker.
#[test]
fn a_long_subject_is_not_read_across_clauses() {
    let out = run(&[
        "A survey for the port and the Harbour Gazette released on Monday found that barges arrive empty.",
        "The mayor insisted dockers at the north harbour want a new pier.",
        "The prospect of a strike on the piers gives dockers a reason to protest.",
        "It was after Okafor released maps from the council that the Gazette noticed the ferry was late.",
    ]);
    let c = out
        .claims
        .iter()
        .find(|c| out.text(c).contains("barges arrive empty"));
    assert!(c.map_or(true, |c| out.source_text(c).as_deref()
        != Some("The Harbour Gazette")));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("The mayor")
            || !out.text(c).starts_with("a new pier")));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("The prospect")));
    // A past participle with an object of its own is a verb: "Okafor released notes".
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("Okafor")));
}

/// A possessive stands for a determiner before a role, relation or document ("Reyes's press
/// secretary said"), but a pronoun's contraction or an adjective head is no source.
#[test]
fn a_possessive_opens_a_source_phrase() {
    let out = run(&[
        "Mayor Ada Reyes's husband said the ferry would run again in May.",
        "Reyes's press release said the harbour toll would fall.",
        "It's easy to say the barges arrive empty.",
    ]);
    let c = out.find("the ferry would run again");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("Mayor Ada Reyes's husband")
    );
    let c = out.find("the harbour toll would fall");
    assert_eq!(out.source_text(c).as_deref(), Some("Reyes's press release"));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("It's easy")));
}
