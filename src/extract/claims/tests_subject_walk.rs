//! Participles and coordinated cues whose subject opens the clause, statement nouns with a time
//! or an addressee before the participle, and light-verb phrases ("made the case that"), on
//! invented sentences.

use super::tests_agents::attributed_frames as frames;

fn has(found: &[(String, String)], source: &str, cue: &str) -> bool {
    found.iter().any(|(s, c)| s == source && c == cue)
}

/// The subject ends before an irregular past, an auxiliary or an "-ly" adverb.
#[test]
fn the_subject_of_a_coordinated_cue_ends_before_its_verb() {
    let found = frames("Reyes took the stage with a shot at Ortiz, saying her tax was unfair.");
    assert!(has(&found, "Reyes", "saying"), "{found:?}");
    let found = frames(
        "Ortiz repeatedly invoked the old charter and suggested that the board had broken it.",
    );
    assert!(has(&found, "Ortiz", "suggested"), "{found:?}");
    let found = frames("The board met on Monday and agreed that the fares would rise.");
    assert!(has(&found, "The board", "agreed"), "{found:?}");
    // An opening adverbial is no subject, and a clause after ", and" has its own.
    let found = frames("Years after Reyes wrongly claimed that the levy was over, Ortiz won the vote by promising its return.");
    assert!(
        !found.iter().any(|(s, _)| s.starts_with("Years")),
        "{found:?}"
    );
    let found = frames("Owners paid a premium for the view, and suddenly a builder comes in and wants to build in front of them.");
    assert!(!has(&found, "Owners", "wants"), "{found:?}");
}

/// "released a statement Thursday night condemning", "sent a letter to the board saying": the
/// statement is the subject's; a memo cited is someone else's.
#[test]
fn a_statement_participle_takes_the_subject() {
    let found = frames("The town released a statement Wednesday saying the comments were unfair.");
    assert!(has(&found, "The town", "saying"), "{found:?}");
    let found = frames("The council sent a letter to the board saying the pier was unsafe.");
    assert!(has(&found, "The council", "saying"), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s == "the board"), "{found:?}");
    let found = frames("The board is still looking at the levy after the ministry issued a report Tuesday claiming it would not harm the port.");
    assert!(has(&found, "the ministry", "claiming"), "{found:?}");
    let found = frames("The process began when Jo Roe, the general counsel, sent an e-mail to officials warning them not to talk.");
    assert!(has(&found, "Jo Roe", "warning"), "{found:?}");
    let found = frames("Reyes cites a harbour memo saying as much.");
    assert!(!has(&found, "Reyes", "saying"), "{found:?}");
}

/// "made the case that", "gave assurances that": light verbs with "case" and "assurance".
#[test]
fn made_the_case_and_gave_assurances_are_cues() {
    let found = frames("The governor made the case that the levy was fair.");
    assert!(has(&found, "The governor", "made the case"), "{found:?}");
    let found = frames("The minister gave assurances that the ferry would run.");
    assert!(has(&found, "The minister", "gave assurances"), "{found:?}");
    let found = frames("The rebels vowed to press their case to the convention floor.");
    assert!(!found.iter().any(|(_, c)| c == "case to"), "{found:?}");
}

/// "Sen. X (D-Calif.) last week said", "X, whose hometown, Y, is ..., argues": the source is the
/// name before the tag or the relative clause.
#[test]
fn a_time_after_a_party_tag_and_commas_inside_a_relative_are_stepped_over() {
    let found = frames("Senator Ada Marsh (D-Calif.) last week said the ferry was safe.");
    assert!(has(&found, "Senator Ada Marsh", "said"), "{found:?}");
    let found = frames("Jo Brandt, whose hometown, Esterra, is sinking as the sea rises, argues that the levy will fail.");
    assert!(has(&found, "Jo Brandt", "argues"), "{found:?}");
    // A name right between the last commas is the speaker the relative clause names.
    let found = frames("The talks were hosted by a bloc of nine states, whose secretary-general, Pavel Hornik, said monitors would be posted.");
    assert!(has(&found, "Pavel Hornik", "said"), "{found:?}");
}

/// A ", and" inside a quotation is no new clause: the quotation's speaker still said what follows.
#[test]
fn a_comma_and_inside_a_quotation_opens_no_clause() {
    let found = frames("Ms. Vale called the deal “a first step, and only a first step,” and said her government would not discuss the border.");
    assert!(has(&found, "Ms. Vale", "said"), "{found:?}");
}

/// A participle or a subordinate clause opening the sentence is no subject: the subject of a later
/// ", saying" follows the comma that closes it, stepping over a comma inside a place.
#[test]
fn an_opening_participle_is_not_the_subject_of_saying() {
    let found = frames("Facing mounting criticism from the council, Mayor Ada Reyes defended the toll on Monday, saying it would pay for the ferry.");
    assert!(has(&found, "Mayor Ada Reyes", "saying"), "{found:?}");
    let found = frames("Even as the barges sailed empty, the harbour board raised its fees, saying the port needed a new crane.");
    assert!(has(&found, "the harbour board", "saying"), "{found:?}");
    let found = frames("At a meeting in Aspen, Colo., the minister defended the plan, saying the crossing would open in May.");
    assert!(has(&found, "the minister", "saying"), "{found:?}");
}
