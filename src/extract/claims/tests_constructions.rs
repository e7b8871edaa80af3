//! Constructions that put the source somewhere other than right before its cue, on invented
//! sentences: relative pronouns with or without a phrase to refer to.

use super::tests::run;

/// "those who say", "a rare mayor who hopes", "the survey that shows": the relative pronoun is the
/// source as written, even when no source phrase stands before it.
#[test]
fn a_relative_pronoun_is_the_source_without_an_antecedent_phrase() {
    let out = run(&[
        "Among those who say the ferry should run all winter, most live on the island.",
        "It is a rare mayor who hopes to win the port vote without the dockers.",
        "Okafor printed a harbour survey that shows most barges arrive half empty.",
    ]);
    let c = out.find("ferry should run");
    assert_eq!(out.source_text(c).as_deref(), Some("who"));
    let c = out.find("to win the port vote");
    assert_eq!(out.source_text(c).as_deref(), Some("who"));
    let c = out.find("barges arrive");
    assert_eq!(out.source_text(c).as_deref(), Some("that"));
    assert_eq!(out.text(c), "most barges arrive half empty");
}

/// "that" after a verb, a form of "be" or "so" is a conjunction: the clause after it has its own
/// subject ("found that critics say": the critics say it, not "that").
#[test]
fn that_after_a_verb_is_no_relative_source() {
    let out = run(&[
        "The auditors found that critics say the tolls are too high.",
        "The problem is that officials believe the pier is safe.",
    ]);
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("that")));
    let inner = out
        .claims
        .iter()
        .find(|c| out.text(c) == "the tolls are too high")
        .expect("the inner claim");
    assert_eq!(out.source_text(inner).as_deref(), Some("critics"));
}

/// "with polls showing A": the noun phrase of an absolute phrase is its participle's source.
#[test]
fn with_and_a_participle_frames_its_noun_phrase() {
    let out = run(&[
        "The ferry line reopened in May, with 30 percent of islanders saying the fares are too high.",
    ]);
    let c = out.find("fares are too high");
    assert_eq!(out.text(c), "the fares are too high");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("30 percent of islanders")
    );
}

/// "As the Ledger reported, A" reports A; so does "A, as the harbour master put it." Other
/// subordinate clauses keep their content inside them.
#[test]
fn an_as_clause_attributes_the_main_clause() {
    let out = run(&[
        "As the Harbour Ledger reported on Monday, the pier will close for two years.",
        "The tolls were never meant to last, as the harbour master noted.",
        "While the mayor said that the pier is safe, engineers closed it for repairs.",
    ]);
    let c = out.find("pier will close");
    assert_eq!(out.text(c), "the pier will close for two years");
    assert_eq!(out.source_text(c).as_deref(), Some("the Harbour Ledger"));
    let c = out.find("never meant");
    assert_eq!(out.text(c), "The tolls were never meant to last");
    assert_eq!(out.source_text(c).as_deref(), Some("the harbour master"));
    let c = out.find("pier is safe");
    assert_eq!(out.text(c), "the pier is safe");
}

/// "As the crowd began to chant, A", "A, as the crowd applauded": an action or a stance in the
/// "as" clause reports nothing; "with all ballots counting, A" neither.
#[test]
fn an_as_clause_without_reporting_frames_nothing() {
    let out = run(&[
        "As the dockers began to chant, the mayor left the stage in a hurry.",
        "The mayor left the pier in a hurry, as the crowd applauded.",
        "Even with all precincts reporting, the harbour vote remained too close to call.",
    ]);
    assert!(
        out.claims.iter().all(|c| c.source_span.is_none()),
        "{:?}",
        out.claims
    );
}

/// "He's suggesting that A", "they've argued A": a pronoun with a contracted auxiliary is the
/// source, without the contraction; a name's "'s" stays a possessive ("Okafor's proposed toll").
#[test]
fn a_contracted_auxiliary_leaves_its_pronoun_the_source() {
    let out = run(&[
        "He's suggesting that the ferry should stop at both piers.",
        "They\u{2019}ve argued that the tolls hurt small barges.",
        "Okafor's proposed toll would double the fare for small barges.",
    ]);
    let c = out.find("stop at both piers");
    assert_eq!(out.text(c), "the ferry should stop at both piers");
    assert_eq!(out.source_text(c).as_deref(), Some("He"));
    let c = out.find("tolls hurt");
    assert_eq!(out.source_text(c).as_deref(), Some("They"));
    let c = out.find("double the fare");
    assert_eq!(
        c.source_span, None,
        "a possessive before an adjective frames nothing"
    );
}

/// "framed her remarks by portraying X as", "After saying A, the mayor ...": a gerund after a
/// preposition of manner or time shares its clause's subject.
#[test]
fn a_gerund_after_a_preposition_takes_the_clause_subject() {
    let out = run(&[
        "Both councillors framed their remarks on Monday by portraying the port board as reckless.",
        "After insisting that the pier was safe, the harbour master closed it for repairs.",
    ]);
    let c = out.find("port board as reckless");
    assert_eq!(out.text(c), "the port board as reckless");
    assert_eq!(out.source_text(c).as_deref(), Some("Both councillors"));
    let c = out.find("pier was safe");
    assert_eq!(out.text(c), "the pier was safe");
    assert_eq!(out.source_text(c).as_deref(), Some("the harbour master"));
}

/// "By the end of the day, X did A and said B": the subject after any opening prepositional
/// phrase is the source of a coordinated cue.
#[test]
fn a_coordinated_cue_after_an_opening_phrase_takes_the_subject() {
    let out = run(&[
        "By the end of the day, Okafor was forced into a retreat and said that his words had been misread.",
    ]);
    let c = out.find("words had been misread");
    assert_eq!(out.source_text(c).as_deref(), Some("Okafor"));
}

/// "an op-ed in which she called for A": the relative after a preposition sets the scene; the
/// content is what follows the cue.
#[test]
fn a_relative_after_a_preposition_reports_what_follows_the_cue() {
    let out = run(&["Reyes had an op-ed in the Ledger in May, in which she called for moving the ferry terminal north."]);
    let c = out.find("ferry terminal");
    assert_eq!(out.text(c), "moving the ferry terminal north");
    assert_eq!(out.source_text(c).as_deref(), Some("she"));
}

/// "said that over the last five days he has begun A, whom ...": a content opening with a phrase
/// whose first comma comes late is a whole clause, not an adverbial to drop.
#[test]
fn a_content_opening_with_a_long_phrase_is_kept() {
    let out = run(&["Okafor said that over the last five days the port board has begun to hide the accounts of the pier, which he called a scandal."]);
    let c = out.find("port board has begun");
    assert!(
        out.text(c).starts_with("over the last five days"),
        "{}",
        out.text(c)
    );
    let out = run(&["The dockers have said for many years now that they would support a second pier, which the board has never built."]);
    let c = out.find("second pier");
    assert!(
        out.text(c).starts_with("they would support"),
        "{}",
        out.text(c)
    );
}

/// ", a new poll has found.": a finding (a stance cue) closing the sentence has its content
/// before it; ", as Okafor proposes." is an "as" clause, not a source phrase "as Okafor".
#[test]
fn a_finding_closing_the_sentence_frames_the_content_before_it() {
    let out = run(&[
        "The two councillors are locked in a tight race for the harbour seat, a new poll has found.",
        "One can debate a toll dedicated to paying for the new pier, as Okafor proposes.",
    ]);
    let c = out.find("tight race");
    assert_eq!(out.source_text(c).as_deref(), Some("a new poll"));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("as Okafor")));
}

/// "have long worried about": "long" after an auxiliary stands between the source and its cue.
#[test]
fn long_after_an_auxiliary_is_stepped_over() {
    let out =
        run(&["The tolls are too high for small barges, the harbour master has long argued."]);
    let c = out.find("tolls are too high");
    assert_eq!(out.source_text(c).as_deref(), Some("the harbour master"));
}

/// "a new poll showing A", "supporters seeking to X": a participle right after a noun that can
/// speak frames that noun; "spent the day attacking X" does not make "the day" a source.
/// "Noting that A, the mayor ...": an opening participle takes the subject after its comma.
#[test]
fn a_participle_after_a_speaking_noun_or_opening_the_sentence() {
    let out = run(&[
        "The council printed a new poll showing most islanders want the ferry kept.",
        "He spent the day attacking the port board over the tolls.",
        "Noting that the pier was unsafe, the harbour master closed it.",
    ]);
    let c = out.find("most islanders want");
    assert_eq!(out.source_text(c).as_deref(), Some("a new poll"));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("the day")));
    let c = out.find("pier was unsafe");
    assert_eq!(out.text(c), "the pier was unsafe");
    assert_eq!(out.source_text(c).as_deref(), Some("the harbour master"));
}

/// A frame in the middle of its sentence, with the sentence going on after it: the content is the
/// whole sentence; an adverbial of the speaking after the frame is not content.
#[test]
fn a_frame_in_the_middle_of_its_sentence_takes_the_whole_sentence() {
    let out = run(&[
        "By closing the old pier, Mayor Ada Reyes said, the port can take twice as many barges.",
        "Only one ferry ran last year, according to the harbour board, and there were only eight crossings.",
        "The night ferry will run again in May, the minister said, in a speech to the council.",
    ]);
    let c = out.find("By closing the old pier");
    assert!(
        out.text(c)
            .ends_with("the port can take twice as many barges"),
        "{}",
        out.text(c)
    );
    let c = out.find("Only one ferry ran last year");
    assert!(
        out.text(c).ends_with("there were only eight crossings"),
        "{}",
        out.text(c)
    );
    let c = out.find("The night ferry will run again");
    assert_eq!(out.text(c), "The night ferry will run again in May");
}

/// Polls: a poll named with who made it and when, pollsters joined by slashes, comparatives of
/// what a group says ("more likely to say") and approval.
#[test]
fn polls_and_what_groups_say_in_them() {
    let out = run(&[
        "In the latest harbour poll released Wednesday, the mayor fell to 10 percent among islanders.",
        "The mayor led the race by ten points in a Varn Herald/Kessa College poll.",
        "Older islanders were more likely to say the night ferry was never on time.",
        "Fewer than 15 percent of islanders approve of the new harbour toll.",
        "The harbour board is likely to consider the toll next week.",
    ]);
    let c = out.find("the mayor fell to 10 percent");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("the latest harbour poll released Wednesday")
    );
    let c = out.find("The mayor led the race");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("a Varn Herald/Kessa College poll")
    );
    let c = out.find("the night ferry was never on time");
    assert_eq!(out.source_text(c).as_deref(), Some("Older islanders"));
    let c = out.find("the new harbour toll");
    assert_eq!(c.kind, crate::extract::ClaimKind::Attributed);
    // A bare "is likely to" forecasts; it reports no view.
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("The harbour board")));
}

/// An attribution noun with its source after "from" or "by": the source, then a "that" clause or
/// an infinitive; a relative clause after the agent is no content.
#[test]
fn an_attribution_noun_with_its_source_after_it() {
    let out = run(&[
        "The mayor rejected claims by the harbour board that the toll would fall.",
        "She has resisted calls from senior councillors to drop out of the race.",
        "He fought plans by the company that owns the ferry to close the pier.",
    ]);
    let has = |text: &str, source: &str| {
        out.claims
            .iter()
            .any(|c| out.text(c) == text && out.source_text(c).as_deref() == Some(source))
    };
    assert!(has("the toll would fall", "the harbour board"));
    assert!(has("to drop out of the race", "senior councillors"));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("the company")));
}

/// A frame inside a quotation opened in an earlier sentence: its content ends at the closing mark,
/// not with the quote's own frame after it; a mark opening a quotation after "said," is no close.
#[test]
fn a_frame_inside_a_quotation_ends_at_its_closing_mark() {
    let out = run(&[
        "\"We knew the crossing would be hard. She said the ferry would run again in May,\" the captain said.",
        "The captain said, \"The ferry will run again in June.\"",
    ]);
    let c = out.find("the ferry would run again");
    assert_eq!(out.text(c), "the ferry would run again in May");
    let c = out.find("The ferry will run again in June");
    assert_eq!(out.source_text(c).as_deref(), Some("The captain"));
}

/// "As reported by X, A" and "A, as first reported by X.": the passive of an "as" clause.
#[test]
fn a_passive_as_clause_attributes_the_main_clause() {
    let out = run(&[
        "As reported by the Harbour Ledger, the ferry will stop running in May.",
        "The pier will close for repairs, as first reported by the Varn Herald.",
        "As required by law, the board met in public.",
    ]);
    let c = out.find("the ferry will stop running in May");
    assert_eq!(out.source_text(c).as_deref(), Some("the Harbour Ledger"));
    let c = out.find("The pier will close for repairs");
    assert_eq!(out.source_text(c).as_deref(), Some("the Varn Herald"));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("law")));
}

/// A participle set off by commas after a noun phrase, with its agent: the agent's stance on the
/// noun phrase; an active verb with an object before "by" is none.
#[test]
fn an_appositive_passive_is_the_agents_stance() {
    let out = run(&[
        "A judge blocked the new harbour toll, opposed by the harbour union, on Monday.",
        "The mayor, in releasing the letter, noted testimony by the harbour master.",
    ]);
    let c = out.find("the new harbour toll");
    assert_eq!(out.text(c), "the new harbour toll");
    assert_eq!(out.source_text(c).as_deref(), Some("the harbour union"));
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("the harbour master")));
}

/// An infinitive cue after an opening clause: the infinitive is its content, not the clause before.
#[test]
fn an_infinitive_cue_after_an_opening_clause_takes_the_infinitive() {
    let out = run(&[
        "Pacing the stage and raising his voice at times, the mayor vowed to keep the night ferry running.",
    ]);
    let c = out.find("to keep the night ferry running");
    assert_eq!(out.text(c), "to keep the night ferry running");
    assert_eq!(out.source_text(c).as_deref(), Some("the mayor"));
}
