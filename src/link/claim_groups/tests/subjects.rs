//! Unit tests of a claim's subject entity: who the claim's main verb is said of, as the article's
//! mentions tell it, and how grouping uses it.

use super::super::decide::{same_claim, Match};
use super::super::features::{resolve_subject, Subject};
use super::super::predicate::predicate;
use super::*;

/// A mention of `entity` where `word` first stands in `text` (in characters).
pub(super) fn at(text: &str, word: &str, entity: i64, pronoun: bool) -> Mention {
    let start = text[..text.find(word).expect("the word is in the text")]
        .chars()
        .count();
    Mention {
        start,
        end: start + word.chars().count(),
        entity,
        pronoun,
    }
}

fn subject(text: &str, mentions: &[Mention], source: &[i64]) -> Subject {
    let who = Who {
        mentions,
        source,
        name_words: None,
        cue: None,
    };
    resolve_subject(text, &predicate(text).subject_words, who)
}

fn keys(s: &Subject) -> Vec<i64> {
    match s {
        Subject::Entities { keys, .. } => keys.to_vec(),
        _ => Vec::new(),
    }
}

#[test]
fn the_subject_is_the_entity_the_article_names_before_the_verb() {
    // Entities: 1 Lorvania, 2 Esterra, 3 Geneva, 4 Ohio, 5 Okafor.
    let t = "GENEVA \u{2014} Lorvania and Esterra will let aid convoys cross the Selen River";
    let m = [
        at(t, "GENEVA", 3, false),
        at(t, "Lorvania", 1, false),
        at(t, "Esterra", 2, false),
    ];
    assert_eq!(keys(&subject(t, &m, &[])), vec![1, 2]);
    // The head of "the senator from Ohio" is "senator": a role the resolver tied to Okafor, not Ohio.
    let t = "the senator from Ohio voted against the harbour bill";
    assert_eq!(
        keys(&subject(t, &[at(t, "Ohio", 4, false)], &[])),
        Vec::<i64>::new()
    );
    let m = [at(t, "senator", 5, false), at(t, "Ohio", 4, false)];
    assert_eq!(keys(&subject(t, &m, &[])), vec![5]);
    // After a speech verb, the reported clause's subject.
    let t = "officials said Okafor will pay for the harbour wall";
    assert_eq!(
        keys(&subject(t, &[at(t, "Okafor", 5, false)], &[])),
        vec![5]
    );
    // Words no mention covers say nothing of who it is.
    let t = "the two governments agreed to open the crossing";
    assert_eq!(subject(t, &[], &[1, 2]), Subject::Unknown);
}

#[test]
fn a_pronoun_is_its_resolved_entity_and_a_left_out_subject_is_the_source() {
    let t = "he did not send the photo from his account";
    assert_eq!(subject(t, &[], &[]), Subject::Pronoun);
    let resolved = subject(t, &[at(t, "he", 5, true)], &[]);
    // Resolved, but a pronoun: it may join two claims, never part them.
    assert!(matches!(resolved, Subject::Entities { ref keys, named: false, .. } if **keys == [5]));
    // "Lorvania and Esterra agreed | to let some 300 aid trucks cross": the source does it.
    let t = "to let some 300 aid trucks cross the river from Wednesday";
    assert_eq!(keys(&subject(t, &[], &[2, 1])), vec![1, 2]);
    // An infinitive inside a noun phrase has no subject of its own.
    let t = "efforts by the ferry company and Okafor to damage the council";
    assert_eq!(
        subject(t, &[at(t, "Okafor", 5, false)], &[]),
        Subject::Unknown
    );
    // A passive's subject is what is done to; a progressive keeps its subject.
    assert!(
        predicate("Brandt was offered a seat on the board")
            .subject_words
            .passive
    );
    assert!(
        !predicate("Brandt is taking an enormous risk")
            .subject_words
            .passive
    );
    // The voice of the verb taking the infinitive: "he was told to lie" is done to him.
    assert!(
        predicate("he was told to lie to the council")
            .subject_words
            .passive
    );
    // "Okafor pledged to cut the levy": the pledging one does it.
    let t = "Okafor pledged to cut the levy";
    assert_eq!(
        keys(&subject(t, &[at(t, "Okafor", 5, false)], &[])),
        vec![5]
    );
}

fn same(a: &Features, b: &Features) -> bool {
    same_claim(a, b, &dated(&[(1, 10), (2, 10)]), (1, 2)) != Match::No
}

#[test]
fn claims_saying_one_thing_of_different_named_subjects_are_different_claims() {
    // Entities: 1 Okafor, 2 Brandt, 3 Vardholm council.
    let a = "Okafor will veto the harbour levy bill passed by the Vardholm council";
    let b = "Brandt will veto the harbour levy bill passed by the Vardholm council";
    let rows = vec![row(1, 1, a, &[1, 3]), row(2, 2, b, &[2, 3])];
    let story = dated(&[(1, 10), (2, 10)]);
    // Without who the subjects are, the wordings make them one.
    assert_eq!(group(&rows, &story).len(), 1);
    let mut told = rows.clone();
    told[0].mentions = vec![at(a, "Okafor", 1, false), at(a, "Vardholm", 3, false)];
    told[1].mentions = vec![at(b, "Brandt", 2, false), at(b, "Vardholm", 3, false)];
    assert!(group(&told, &story).is_empty());
    // "he" resolved to Brandt is a guess: it does not part them.
    let c = "he will veto the harbour levy bill passed by the Vardholm council";
    let mut guessed = told.clone();
    guessed[1] = row(2, 2, c, &[2, 3]);
    guessed[1].mentions = vec![at(c, "he", 2, true), at(c, "Vardholm", 3, false)];
    assert_eq!(group(&guessed, &story).len(), 1);
}

#[test]
fn a_subject_the_claim_leaves_out_joins_the_claim_that_names_it() {
    // Entities: 1 Lorvania, 2 Esterra, 3 Selen River.
    let a = "Lorvania and Esterra will let aid convoys cross the Selen River from Wednesday";
    let b = "to let some 300 aid trucks cross the river from Wednesday, during a pause";
    let mut rows = vec![row(1, 1, a, &[1, 2, 3]), row(2, 2, b, &[])];
    rows[0].mentions = vec![
        at(a, "Lorvania", 1, false),
        at(a, "Esterra", 2, false),
        at(a, "Selen River", 3, false),
    ];
    let story = dated(&[(1, 10), (2, 10)]);
    assert!(group(&rows, &story).is_empty());
    // The second outlet wrote "Lorvania and Esterra agreed | to let ...".
    rows[1].source = vec![1, 2];
    assert_eq!(group(&rows, &story).len(), 1);
}

#[test]
fn an_unresolved_pronoun_does_not_join_a_named_subject_on_the_verb_alone() {
    // Entities: 1 Okafor, 3 Vardholm. One interner, so that words have one id in all claims.
    let mut interner = Interner::default();
    let mut feats = |text: &str, entities: &[i64], mentions: &[Mention]| {
        let who = Who {
            mentions,
            source: &[],
            name_words: None,
            cue: None,
        };
        Features::new(text, entities, who, &mut interner)
    };
    let a = "he pledged to cut the levy at the Vardholm quay";
    let b = "Okafor pledged to cut the levy paid by ferry operators in Vardholm";
    let named = feats(
        b,
        &[1, 3],
        &[at(b, "Okafor", 1, false), at(b, "Vardholm", 3, false)],
    );
    let unresolved = feats(a, &[3], &[at(a, "Vardholm", 3, false)]);
    assert!(!same(&unresolved, &named));
    // The resolver tied "he" to Okafor: the same subject.
    let resolved = feats(
        a,
        &[1, 3],
        &[at(a, "he", 1, true), at(a, "Vardholm", 3, false)],
    );
    assert!(same(&resolved, &named));
    // Against a subject nobody names, the pronoun may be the same one: the words decide.
    let c = "the mayor pledged to cut the levy paid by ferry operators in Vardholm";
    let nameless = feats(c, &[3], &[at(c, "Vardholm", 3, false)]);
    assert!(same(&unresolved, &nameless));
    // Sharing more than the verb and a name, the pronoun joins a named subject.
    let d = "he pledged to cut the levy paid by ferry operators at the Vardholm quay";
    let more = feats(d, &[3], &[at(d, "Vardholm", 3, false)]);
    assert!(same(&more, &named));
}

#[test]
fn a_denial_joins_an_assertion_of_the_same_act_only_when_both_name_who_does_it() {
    // Entities: 1 Okafor, 3 Vardholm council.
    let story = dated(&[(1, 10), (2, 10)]);
    let a = "he did not send the harbour photo to the Vardholm council from the quay office";
    let b = "the harbour photo was sent to the Vardholm council from Okafor's quay office";
    let mut rows = vec![row(1, 1, a, &[3]), row(2, 2, b, &[1, 3])];
    rows[0].mentions = vec![at(a, "Vardholm", 3, false)];
    rows[1].mentions = vec![at(b, "Vardholm", 3, false), at(b, "Okafor", 1, false)];
    // Who is denied to send it is nobody the passive names: two claims, not one.
    assert!(group(&rows, &story).is_empty());
    // Told as an affirmative by both, the same words are one claim.
    let c = "he sent the harbour photo to the Vardholm council from the quay office";
    let mut told = rows.clone();
    told[0] = row(1, 1, c, &[3]);
    told[0].mentions = vec![at(c, "Vardholm", 3, false)];
    assert_eq!(group(&told, &story).len(), 1);
    // The same doer named by both: one group, flagged as a denial.
    let d = "Okafor did not send the harbour photo to the Vardholm council from the quay office";
    let e = "Okafor sent the harbour photo to the Vardholm council from the quay office";
    let mut named = vec![row(1, 1, d, &[1, 3]), row(2, 2, e, &[1, 3])];
    named[0].mentions = vec![at(d, "Okafor", 1, false), at(d, "Vardholm", 3, false)];
    named[1].mentions = vec![at(e, "Okafor", 1, false), at(e, "Vardholm", 3, false)];
    named[0].negated = true;
    let groups = group(&named, &story);
    assert_eq!(groups.len(), 1);
    assert!(groups[0].disagreement.is_some(), "{groups:?}");
}
