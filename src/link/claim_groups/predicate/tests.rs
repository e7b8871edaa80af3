//! Unit tests of the predicate reader (sentences written for the tests).

use super::*;

fn verb(text: &str) -> Option<String> {
    predicate(text).verb
}

#[test]
fn verb_after_an_auxiliary_chain() {
    assert_eq!(verb("he will not seek a second term"), Some("seek".into()));
    assert_eq!(
        verb("the harbour master has not yet reopened the quay"),
        Some("reopened".into())
    );
    let p = predicate("the harbour master has never reopened the quay");
    assert_eq!(p.verb.as_deref(), Some("reopened"));
    assert_eq!(p.object.as_deref(), Some("quay"));
    let p = predicate("Vardholm will not pay for the new harbour wall along the border");
    assert_eq!(p.object.as_deref(), Some("wall"));
    let p = predicate("the council never offered Brandt the job of harbour master");
    assert_eq!(p.object.as_deref(), Some("job"));
    assert!(p.negated);
    assert_eq!(
        verb("Norvik was invited by the council"),
        Some("invited".into())
    );
}

#[test]
fn copula_and_light_verbs_give_the_word_they_take() {
    let p = predicate("the new levy is unconstitutional because tolls remain legal");
    assert_eq!(p.verb.as_deref(), Some("unconstitutional"));
    let p = predicate("The ministry has long had access to the ledgers");
    assert_eq!(p.verb.as_deref(), Some("access"));
    assert_eq!(
        verb("the mayor made a decision on the ferry"),
        Some("decision".into())
    );
    // Function words are no complement.
    assert_eq!(
        verb("how cold it was and how angry we were"),
        Some("angry".into())
    );
}

#[test]
fn past_present_infinitive_and_opening_participle() {
    assert_eq!(
        verb("Councillor Brandt met the fishermen on Monday"),
        Some("meet".into())
    );
    assert_eq!(verb("the union filed a complaint"), Some("filed".into()));
    assert_eq!(
        verb("Harbourline drops its opposition"),
        Some("drops".into())
    );
    assert_eq!(verb("Mayor Okafor to veto the budget"), Some("veto".into()));
    assert_eq!(
        verb("ending the ferry subsidy as we know it"),
        Some("ending".into())
    );
    // After a determiner an "-ed" word qualifies a noun.
    assert_eq!(verb("the alleged bribes"), None);
}

#[test]
fn side_clauses_and_speech_verbs_are_stepped_over() {
    let p = predicate("While tolls remain illegal, officials have allowed the ferry to run");
    assert_eq!(p.verb.as_deref(), Some("allowed"));
    assert_eq!(
        verb("Okafor asked Brandt to reopen the quay"),
        Some("reopen".into())
    );
    let p = predicate("the mayor is expected to announce a decision");
    assert_eq!(p.verb.as_deref(), Some("expected"));
    assert_eq!(p.more, vec!["announce".to_string()]);
}

#[test]
fn asides_are_not_the_predicate() {
    let p = predicate(
        "the harbour plan \u{2014} broadly endorsed by the mayor \u{2014} would end the subsidy",
    );
    assert_eq!(p.verb.as_deref(), Some("end"));
    let p = predicate("the union (which opposed the plan) filed a complaint");
    assert_eq!(p.verb.as_deref(), Some("filed"));
}

#[test]
fn a_participle_aside_between_commas_is_not_the_verb() {
    let p = predicate("the harbour levy, approved by the council in 1984, was entirely justified");
    assert_eq!(p.verb.as_deref(), Some("justified"));
    // Without the commas it is the verb of a headline-like claim.
    assert_eq!(verb("Brandt banned by the council"), Some("banned".into()));
}

#[test]
fn subject_and_object_of_the_main_verb() {
    let p = predicate("the harbour council never offered Brandt the job of harbour master");
    assert_eq!(p.subject.as_deref(), Some("council"));
    assert_eq!(p.object_words, vec!["job", "harbour", "master"]);
    // A pronoun says nothing of who it is.
    assert_eq!(predicate("he did not send the photo").subject, None);
    assert_eq!(
        predicate("promising that Vardholm would never pay")
            .subject
            .as_deref(),
        Some("vardholm")
    );
    // An infinitive fragment has no subject.
    assert_eq!(predicate("to sue the ferry company").subject, None);
    // The infinitive after the one a verb acts on is part of the predicate.
    let p = predicate("forcing Vardholm to pay for the wall");
    assert_eq!(p.more, vec!["pay".to_string()]);
}

#[test]
fn a_relative_clause_set_off_by_a_comma_is_not_asserted() {
    let p = predicate("Councillor Brandt, who paid for the repairs, resigned on Friday");
    assert!(p.main_words.contains(&"resigned".to_string()));
    assert!(!p.main_words.contains(&"paid".to_string()));
    let p = predicate("the quay was closed in May, which angered the fishermen");
    assert!(!p.main_words.contains(&"angered".to_string()));
    // A relative clause picking out its noun stays.
    let p = predicate("a farmer who never went to law school could chair the committee");
    assert!(p.main_words.contains(&"went".to_string()));
}

#[test]
fn names_opening_a_clause_and_nouns_before_a_verb() {
    assert_eq!(
        verb("The Harbour Board closes the quay"),
        Some("closes".into())
    );
    assert_eq!(
        verb("LILLESTAD \u{2014} The Harbour Board closes the quay"),
        Some("closes".into())
    );
    // "-s" nouns before a past form, and function words, are no verbs.
    assert_eq!(
        verb("Vardholm voters approved the levy"),
        Some("approved".into())
    );
    assert_eq!(
        verb("Earlier this week, the mayor closed the quay"),
        Some("closed".into())
    );
}

#[test]
fn a_possession_with_no_verb_asserts_nothing() {
    assert!(predicate("Vardholm\u{2019}s new harbour wall").possession);
    assert!(predicate("Mr. Brandt's pick of Okafor as harbour master").possession);
    assert!(!predicate("Vardholm's harbour wall was finished in May").possession);
    assert!(!predicate("Vardholm's harbour levy is roughly 35 percent").possession);
    assert!(!predicate("the new harbour wall of Vardholm").possession);
    assert!(!predicate("Brandt for the post of harbour master").possession);
}

#[test]
fn contracted_auxiliaries_and_whom_a_speech_verb_addresses() {
    assert_eq!(
        verb("I\u{2019}ll end the ferry subsidy"),
        Some("end".into())
    );
    assert_eq!(verb("we've closed the quay"), Some("closed".into()));
    assert_eq!(
        verb("Okafor reassured the fishermen that the quay would reopen"),
        Some("reopen".into())
    );
}

#[test]
fn negation_in_the_verb_chain() {
    assert!(predicate("Vardholm will not pay for the new dam").negated);
    assert!(predicate("the council didn't close the quay").negated);
    assert!(!predicate("the council closed the quay that never opened").negated);
    assert!(predicate("the council never closed the quay").negated);
}

#[test]
fn a_linking_verb_gives_what_follows_it() {
    let p = predicate("The tribunal appears ready to block the harbour levy");
    assert_eq!(p.verb.as_deref(), Some("ready"));
    let p = predicate("The tribunal appeared closely divided on Tuesday");
    assert_eq!(p.verb.as_deref(), Some("divided"));
    // "appeared to" takes a verb.
    assert_eq!(
        verb("the council appeared to abandon the ferry plan"),
        Some("abandon".into())
    );
}

#[test]
fn an_infinitive_in_the_subject_is_not_the_verb() {
    // "decision to withdraw ... was": the clause's verb is "was", its complement the predicate.
    let p = predicate("Mr. Brandt's decision to withdraw the ferry subsidy was a step too far");
    assert_eq!(p.verb.as_deref(), Some("step"));
    // With no later verb the infinitive is the predicate ("Okafor to veto the levy").
    assert_eq!(verb("Okafor to veto the levy"), Some("veto".into()));
    // What was asked is what follows it.
    assert_eq!(
        verb("asked Brandt to close the quay that was damaged"),
        Some("close".into())
    );
}

#[test]
fn an_opening_participle_phrase_is_stepped_over() {
    let p = predicate("Beginning in March, harbour officials held talks with the ferry company");
    assert_eq!(p.verb.as_deref(), Some("hold"));
    let p = predicate(
        "Denying claims that the council dangled the post, the report said that Brandt was offered \
         a seat on an advisory board",
    );
    assert_eq!(p.verb.as_deref(), Some("offered"));
    assert!(!p.main_words.contains(&"dangled".to_string()));
    // No verb after the comma: nothing to step over to ("ending the levy, as promised").
    assert_eq!(verb("ending the levy, as promised"), Some("ending".into()));
}

#[test]
fn a_vow_gives_what_was_vowed() {
    assert_eq!(
        verb("one council memo vowed to \"stop\" the ferry from sailing"),
        Some("stop".into())
    );
}

#[test]
fn what_a_reported_clause_says_is_not_asserted() {
    // The verb comes first; what the allegation says is someone else's claim.
    let p = predicate("Brandt apologized to the council after a video of his warning that the quay would collapse");
    assert_eq!(p.verb.as_deref(), Some("apologized"));
    assert!(
        !p.main_words.contains(&"collapse".to_string()),
        "{:?}",
        p.main_words
    );
    // When the verb is in the clause, the clause is what the claim asserts.
    let p = predicate("the reports that he had opposed the levy");
    assert!(
        p.main_words.contains(&"opposed".to_string()),
        "{:?}",
        p.main_words
    );
}

#[test]
fn the_direct_object_follows_the_verb_or_its_infinitive() {
    let p = predicate("the council never offered Brandt the job of harbour master");
    assert_eq!(p.direct_object, vec!["job", "harbour", "master"]);
    let p = predicate("the council offered to appoint Brandt as harbour master");
    assert_eq!(p.direct_object, vec!["master"]);
    // After a preposition there is no object: "fired from the bureau".
    assert!(
        predicate("Brandt has been fired from the harbour authority")
            .direct_object
            .is_empty()
    );
}

#[test]
fn the_same_verb_of_different_objects_is_not_one_claim() {
    use crate::link::claim_groups::{group, ClaimRow, Story};
    // Entities: 1 council, 2 Brandt.
    let story = Story {
        days: [(1, 7), (2, 7), (3, 7)].into_iter().collect(),
        ..Story::default()
    };
    let row = |id: i64, text: &str| ClaimRow {
        claim_id: id,
        article_id: id,
        text: text.into(),
        entities: vec![1, 2],
        label: format!("outlet {id}"),
        ..ClaimRow::default()
    };
    let rows = vec![
        row(
            1,
            "the Vardholm council offered Brandt unpaid seats on two advisory boards",
        ),
        row(
            2,
            "the Vardholm council offered Brandt the job of harbour master in Vardholm",
        ),
        row(
            3,
            "the Vardholm council offered to appoint Brandt as its harbour master",
        ),
    ];
    let groups = group(&rows, &story);
    let together = |a: usize, b: usize| {
        groups
            .iter()
            .any(|g| g.members.contains(&a) && g.members.contains(&b))
    };
    assert!(together(1, 2), "{groups:?}");
    assert!(!together(0, 1), "{groups:?}");
}

#[test]
fn a_participle_describing_the_subject_is_not_the_verb() {
    let cases = [
        // "aimed at ...", "arrested in ...": the clause's verb chain comes after it.
        (
            "Talks aimed at averting a ferry strike will take place this weekend",
            "place",
        ),
        (
            "Talks aimed at averting a ferry strike have ended without agreement",
            "ended",
        ),
        (
            "the two fishermen arrested in Vardholm have been jailed for smuggling",
            "jailed",
        ),
        // A verb with its own clause after a mark, a relative word or a conjunction is the verb.
        (
            "Brandt arrived in Vardholm, where he will meet the mayor",
            "arrived",
        ),
        ("Brandt worked on the quay that will open in May", "worked"),
        (
            "Brandt arrived in Vardholm and will meet the mayor",
            "arrived",
        ),
        // "to" after it is an infinitive's, not a preposition's.
        (
            "Okafor planned to close the quay before the storms would come",
            "planned",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(verb(text).as_deref(), Some(expected), "{text}");
    }
}
