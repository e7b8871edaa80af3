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

/// "both", "all", "here" between a subject and its cue float: the subject before them is the
/// source. After a conjunction ("and both have") the word is a pronoun of its own.
#[test]
fn a_floating_quantifier_keeps_the_subject_before_it() {
    let out = run(&[
        "Mayor Okafor and Councillor Brandt both stressed that the night ferry would run in May.",
        "Dock workers here say the barges arrive half empty.",
    ]);
    let c = out.find("the night ferry would run");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("Mayor Okafor and Councillor Brandt")
    );
    let c = out.find("the barges arrive half empty");
    assert_eq!(out.source_text(c).as_deref(), Some("Dock workers"));
}

/// A party tag closes the subject's name before its appositive ("Rep. X (D-Md.), chair of Y,
/// said"); a tagged name inside a relative clause is an object ("who worked for Sen. X (R-Tenn.),
/// one of ..., called it"), not the one who speaks.
#[test]
fn a_party_tag_before_an_appositive_closes_the_subjects_name() {
    let out = run(&[
        "Rep. Ada Marsh (D-Md.), chair of the harbour committee, said the ferry would run in May.",
        "A professor who once worked for Sen. Tom Reyes (R-Tenn.), one of the toll's architects, called it a mistake.",
    ]);
    let c = out.find("the ferry would run in May");
    assert_eq!(out.source_text(c).as_deref(), Some("Rep. Ada Marsh"));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("Sen. Tom Reyes")));
}

/// A subordinate clause's content ends at its comma, but not at one that opens an insertion
/// followed by the clause's own verb ("when she claimed that the Port Trust, or PTL, has ...").
/// A relative clause still ends at its comma ("who has not backed X, Y, appeared").
#[test]
fn an_insertion_does_not_end_a_subordinate_content() {
    let out = run(&[
        "The mayor stretched the truth, when she claimed that the Port Trust, or PTL, has closed three piers.",
        "Another councillor who has not backed the toll, Ada Marsh of Varn, appeared ready to vote for it.",
    ]);
    let c = out.find("Port Trust");
    assert_eq!(
        out.text(c),
        "the Port Trust, or PTL, has closed three piers"
    );
    let c = out.find("the toll");
    assert_eq!(out.text(c), "the toll");
    assert_eq!(out.source_text(c).as_deref(), Some("who"));
}

/// "did not respond to a request for comment": what was answered is the content, as after
/// "about"; a passive's participle may follow an adverb in "-ly" ("were quickly derided by").
#[test]
fn respond_to_takes_its_object_and_a_passive_its_adverb() {
    let out = run(&[
        "A harbour trust spokesman did not immediately respond to a request for comment.",
        "Her remarks were quickly derided by Tom Reyes, the leader of the opposition.",
    ]);
    let c = out.find("a request for comment");
    assert_eq!(out.text(c), "a request for comment");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("A harbour trust spokesman")
    );
    let c = out.find("Her remarks");
    assert_eq!(out.source_text(c).as_deref(), Some("Tom Reyes"));
}

/// An infinitive cue's "to" opens its content even before a quotation ("vowed to "close" the
/// pier"), and a clause joined by "and" is no inverted frame of the clause before it; "believes
/// in X" takes X, but a stranded "in" takes nothing.
#[test]
fn a_quoted_infinitive_and_a_prepositional_object_are_content() {
    let out = run(&[
        "Okafor said he would win, and Brandt vowed to \"close\" the north pier by May.",
        "Ms. Marsh believes in ferries that run all night.",
        "These are the ideas he believes in - or so he says.",
    ]);
    let c = out.find("the north pier");
    assert_eq!(out.source_text(c).as_deref(), Some("Brandt"));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("and Brandt")));
    let c = out.find("ferries");
    assert_eq!(out.text(c), "ferries that run all night");
    assert!(out.claims.iter().all(|c| !out.text(c).starts_with("or so")));
}

/// "A, according to X" ends the content of the frames before it at its comma ("told B that he
/// believes C, according to X"), and a noun phrase without a verb after a mid-sentence frame
/// ("..., Okafor said at the rally, her first here") describes the occasion: the quotation alone is
/// the content.
#[test]
fn according_to_and_a_trailing_description_end_the_content() {
    let out = run(&[
        "Okafor told the council that he believes the pier will close, according to The Ledger, a weekly paper.",
        "\"We will keep the ferry,\" Ms. Marsh said at the rally, her first here as a candidate.",
    ]);
    let c = out.find("the pier will close");
    assert_eq!(out.text(c), "he believes the pier will close");
    assert!(out
        .claims
        .iter()
        .filter(|c| out.source_text(c).as_deref() == Some("Okafor"))
        .all(|c| !out.text(c).contains("according to")));
    let c = out.find("keep the ferry");
    assert_eq!(out.text(c), "We will keep the ferry");
}

/// '"...," she said when asked about X': a clause of time about the speaking is no content, nor is
/// a relative clause after it; a clause after its comma still is ("said when she arrived, the pier
/// was closed").
#[test]
fn a_time_clause_after_the_cue_is_no_content() {
    let out = run(&[
        "\"We will see,\" Ms. Marsh said when asked about the toll, which was set in May.",
        "\"Nice to see you all,\" he said as he kept walking.",
        "The mayor said when she arrived, the pier was already closed.",
    ]);
    assert!(out.claims.iter().all(|c| {
        let t = out.text(c);
        !t.starts_with("when") && !t.starts_with("as he") && !t.starts_with("which")
    }));
    let c = out.find("the pier was already closed");
    assert_eq!(out.source_text(c).as_deref(), Some("The mayor"));
}
