//! Unit tests of the claim groups rules: what joins two claims (here), when members disagree
//! (`disagreements`), who a claim's subject is (`subjects`).

use super::features::words;
use super::*;

fn row(id: i64, article: i64, text: &str, entities: &[i64]) -> ClaimRow {
    ClaimRow {
        claim_id: id,
        article_id: article,
        text: text.into(),
        entities: entities.to_vec(),
        label: format!("outlet {article}"),
        ..ClaimRow::default()
    }
}

fn figure(value: f64, unit: &str, approximate: bool, text: &str) -> Figure {
    Figure {
        value,
        unit: Some(unit.into()),
        approximate,
        text: text.into(),
    }
}

fn dated(articles: &[(i64, i64)]) -> Story {
    Story {
        days: articles.iter().copied().collect(),
        ..Story::default()
    }
}

#[test]
fn stemming_and_synonyms_match_inflections_and_rewordings() {
    assert_eq!(stem("sharing"), stem("shared"));
    assert_eq!(stem("militias"), stem("militia"));
    assert_eq!(stem("running"), stem("run"));
    assert_eq!(stem("stopped"), stem("stop"));
    assert_eq!(stem("falling"), stem("fall"));
    assert_eq!(
        words("they met on Sunday").1,
        words("the meeting on Sunday").1
    );
    assert_eq!(words("cooperation").1, words("sharing").1);
    assert_eq!(words("coordination").1, words("share").1);
}

#[test]
fn one_assertion_in_other_words_is_one_group_and_a_denial_of_another_is_not_in_it() {
    // Entities: 1 Vardholm, 2 Lillestad, 3 Ferry Company, 4 Norway.
    let rows = vec![
        row(
            1,
            1,
            "the ferry company agreed to share harbour data with Vardholm, Lillestad and Norway",
            &[1, 2, 3, 4],
        ),
        row(
            2,
            2,
            "it signed a harbour data cooperation agreement with Vardholm, Lillestad and Norway",
            &[1, 2, 3, 4],
        ),
        row(
            3,
            3,
            "harbour data coordination with Vardholm, Lillestad and Norway will increase",
            &[1, 2, 4],
        ),
        row(
            4,
            3,
            "they are not coordinating their crossings with Norway",
            &[4],
        ),
        row(
            5,
            4,
            "the ferry company reported record passenger numbers at Lillestad",
            &[2, 3],
        ),
    ];
    let story = dated(&[(1, 100), (2, 100), (3, 101), (4, 101)]);
    let groups = group(&rows, &story);
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].members, vec![0, 1, 2]);
}

#[test]
fn days_apart_and_furniture_do_not_group() {
    let rows = vec![
        row(1, 1, "the talks on the harbour will resume next week", &[]),
        row(2, 2, "the talks on the harbour will resume next week", &[]),
        row(3, 3, "The Associated Press contributed to this report", &[]),
        row(4, 4, "The Associated Press contributed to this report", &[]),
    ];
    let story = dated(&[(1, 100), (2, 400), (3, 100), (4, 100)]);
    assert!(group(&rows, &story).is_empty());
    let story = dated(&[(1, 100), (2, 101), (3, 100), (4, 100)]);
    assert_eq!(group(&rows, &story).len(), 1);
}

#[test]
fn claims_of_one_article_do_not_group_alone() {
    let rows = vec![
        row(
            1,
            1,
            "the Danube ferry operator has suspended all crossings",
            &[7],
        ),
        row(
            2,
            1,
            "the Danube ferry operator has suspended all crossings",
            &[7],
        ),
    ];
    assert!(group(&rows, &Story::default()).is_empty());
}

#[test]
fn claims_naming_different_years_are_different_claims() {
    // Entities: 1 Labour Party.
    let rows = vec![
        row(
            1,
            1,
            "she is a contender for the 2019 Labour Party leadership nomination",
            &[1],
        ),
        row(
            2,
            2,
            "she will run for the 2023 Labour Party leadership nomination",
            &[1],
        ),
        row(
            3,
            3,
            "she will be running for the 2023 Labour Party leadership nomination",
            &[1],
        ),
    ];
    let groups = group(&rows, &dated(&[(1, 10), (2, 10), (3, 10)]));
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].members, vec![1, 2]);
}

#[test]
fn attribution_fragments_and_names_alone_do_not_group() {
    // Entities: 1 Ingrid Moe, 2 Harbour Authority, 3 Ola Brandvold.
    let rows = vec![
        row(
            1,
            1,
            "said Harbour Authority spokeswoman Ingrid Moe",
            &[1, 2],
        ),
        row(
            2,
            2,
            "Harbour Authority spokeswoman Ingrid Moe was asked about it on Tuesday",
            &[1, 2],
        ),
        row(3, 3, "Mayor Ola Brandvold for governor", &[3]),
        row(4, 4, "a vote on removing Mayor Ola Brandvold", &[3]),
    ];
    let story = dated(&[(1, 10), (2, 10), (3, 10), (4, 10)]);
    assert!(group(&rows, &story).is_empty());
    // A fragment still groups with the same words.
    let rows = vec![
        row(1, 1, "He is not welcome in Vardholm", &[4]),
        row(2, 2, "He is not welcome in Vardholm", &[4]),
    ];
    assert_eq!(group(&rows, &story).len(), 1);
    // The same claims with something said of the names do group.
    let rows = vec![
        row(
            1,
            1,
            "Mayor Ola Brandvold will close the old ferry pier",
            &[3],
        ),
        row(
            2,
            2,
            "Mayor Ola Brandvold plans to close the old ferry pier",
            &[3],
        ),
    ];
    assert_eq!(group(&rows, &story).len(), 1);
}

#[test]
fn a_reworded_match_joins_only_each_claims_best_in_the_other_article() {
    use super::decide::{best_matches, Match};
    // Claims 0 (article 1), 1 and 2 (article 2), 3 (article 3).
    let articles = [1, 2, 2, 3];
    let weak = |s| Match::Reworded(s);
    // Claim 0 is told once by article 2: only its better match there joins.
    assert_eq!(
        best_matches(&[(0, 1, weak(0.4)), (0, 2, weak(0.3))], &articles),
        vec![(0, 1)]
    );
    // Ties are all kept (no dependence on the order of the claims).
    assert_eq!(
        best_matches(&[(0, 1, weak(0.4)), (0, 2, weak(0.4))], &articles),
        vec![(0, 1), (0, 2)]
    );
    // A strong match is always kept and outranks a reworded one in the same article.
    assert_eq!(
        best_matches(&[(0, 1, weak(0.4)), (0, 2, Match::Strong)], &articles),
        vec![(0, 2)]
    );
    // Best per article: claim 2 keeps its best match in article 1 and in article 3.
    assert_eq!(
        best_matches(&[(0, 2, weak(0.3)), (2, 3, weak(0.35))], &articles),
        vec![(0, 2), (2, 3)]
    );
}

#[test]
fn claims_about_the_same_people_with_other_predicates_are_different_claims() {
    // Entities: 1 Ingrid Moe, 2 Harbour Authority, 3 Vardholm.
    let story = dated(&[(1, 7), (2, 7), (3, 7)]);
    let rows = vec![
        row(
            1,
            1,
            "Ingrid Moe is expected to resign her seat on the Vardholm harbour authority this week",
            &[1, 2, 3],
        ),
        row(
            2,
            2,
            "Ingrid Moe will not seek a second term on the Vardholm harbour authority",
            &[1, 2, 3],
        ),
        row(
            3,
            3,
            "Ingrid Moe will resign from the Vardholm harbour authority seat this week",
            &[1, 2, 3],
        ),
    ];
    let groups = group(&rows, &story);
    let together = |a: usize, b: usize| {
        groups
            .iter()
            .any(|g| g.members.contains(&a) && g.members.contains(&b))
    };
    assert!(!together(0, 1) && !together(1, 2), "{groups:?}");
    assert!(together(0, 2), "{groups:?}");
}

#[test]
fn what_a_relative_clause_adds_is_not_what_the_claim_asserts() {
    // Entities: 1 Brandt, 2 Vardholm council.
    let story = dated(&[(1, 7), (2, 7), (3, 7)]);
    let rows = vec![
        row(
            1,
            1,
            "Councillor Brandt, who paid for the quay wall repairs with harbour funds, resigned from \
             the Vardholm council on Friday",
            &[1, 2],
        ),
        row(
            2,
            2,
            "Brandt paid for the quay wall repairs with harbour funds last spring",
            &[1],
        ),
        row(
            3,
            3,
            "Councillor Brandt resigned from the Vardholm council on Friday afternoon",
            &[1, 2],
        ),
    ];
    let groups = group(&rows, &story);
    let together = |a: usize, b: usize| {
        groups
            .iter()
            .any(|g| g.members.contains(&a) && g.members.contains(&b))
    };
    assert!(together(0, 2), "{groups:?}");
    assert!(!together(0, 1), "{groups:?}");
    // Without the commas the clause picks out who is meant, and is what the claim says of him.
    let rows = vec![
        row(
            1,
            1,
            "the councillor who paid for the quay wall repairs with harbour funds is Brandt",
            &[1],
        ),
        rows[1].clone(),
    ];
    assert_eq!(group(&rows, &story).len(), 1);
}

#[test]
fn entities_and_a_few_words_join_only_claims_saying_the_same_of_them() {
    // Entities 1, 2, 3 (the people of one story: every claim of it names them).
    let story = dated(&[(1, 7), (2, 7)]);
    let together = |a: &str, b: &str| {
        let rows = vec![row(1, 1, a, &[1, 2, 3]), row(2, 2, b, &[1, 2, 3])];
        !group(&rows, &story).is_empty()
    };
    // One claim has no main predicate: nothing tells it says what the other says of them.
    let verbless =
        "the disciplinary hearing of Brandt and Solheim at Vardholm over the missed race \
                    checks at the regatta next month before the federation board";
    let mut interner = Interner::default();
    let f = Features::new(verbless, &[1, 2, 3], Who::default(), &mut interner);
    assert!(f.predicate.as_slice().is_empty(), "{:?}", f.predicate);
    assert!(!together(
        "Brandt and Solheim withdrew from the Vardholm regatta on the eve of the opening race \
         after a dramatic night in hospital",
        verbless
    ));
    // Both say "will buy" of the same people, but what they share is too little of what they say
    // (Dice under REWORDED_DICE).
    let a = "the council will buy four ferry firms with the rent of the quay and the old customs \
             house in spring";
    let b =
        "the harbour board will buy two ferry firms after a collision in winter storms near the \
             lighthouse on the rocky northern cape";
    assert!(!together(a, b));
    // The same predicate and more of the words: one claim.
    assert!(together(
        a,
        "the council will buy the four ferry firms with the rent of the quay in spring"
    ));
}

#[test]
fn a_claim_carrying_two_statements_joins_others_through_one_of_them() {
    use super::features::second_statement;
    let two = "It is vital that the ferry levy be cut to save the harbour trade, but if the \
               council refuses, Okafor is not willing to give up his right to sue the port board";
    assert_eq!(two.find(", but"), second_statement(two));
    assert_eq!(
        second_statement("the ferry left the quay early. Brandt denied it"),
        Some(29)
    );
    // Titles and initials end no sentence.
    assert_eq!(second_statement("Mr. Brandt met the U.S. Navy board"), None);
    assert_eq!(second_statement("Okafor will sue the port board"), None);
    let first = "It is vital that the ferry levy be cut to save the harbour trade";
    let second = "Okafor is not willing to give up his right to sue the port board";
    let story = dated(&[(1, 7), (2, 7), (3, 7)]);
    let rows = |texts: &[(i64, &str)]| -> Vec<ClaimRow> {
        (texts.iter())
            .map(|&(article, text)| row(article, article, text, &[1]))
            .collect()
    };
    // Each half alone joins the long claim.
    assert_eq!(group(&rows(&[(1, two), (2, first)]), &story).len(), 1);
    assert_eq!(group(&rows(&[(1, two), (3, second)]), &story).len(), 1);
    // Both present: the long claim joins the one it shares more with, and the two halves, which
    // say different things, are not chained into one group.
    let groups = group(&rows(&[(1, two), (2, first), (3, second)]), &story);
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].members.len(), 2, "{groups:?}");
}

#[test]
fn a_claim_with_no_verb_asserts_what_its_cue_says_of_it() {
    // Entities: 1 Ingrid Moe, 2 Brandt. "[endorsed] the harbour party nominee Ingrid Moe" names her
    // and a few words of the other claim; what it asserts is the endorsement, not the siphoning.
    let story = dated(&[(1, 7), (2, 7)]);
    let claims = |cue: Option<&str>| {
        let mut endorsed = row(2, 2, "the harbour party nominee Ingrid Moe", &[1]);
        endorsed.cue = cue.map(str::to_string);
        let siphon = row(
            1,
            1,
            "he would siphon away votes from the harbour party nominee Ingrid Moe and help elect Brandt",
            &[1, 2],
        );
        group(&[siphon, endorsed], &story)
    };
    assert!(claims(Some("endorsed")).is_empty());
    // A cue that frames its content (a verb of saying) says nothing of it: the words decide.
    assert_eq!(claims(Some("said")).len(), 1);
    assert_eq!(claims(None).len(), 1);
}

#[test]
fn two_claims_whose_cues_assert_the_same_share_their_predicate() {
    // Entities: 1 Brandt, 2 Vardholm. One outlet's claim carries a clause whose verb the predicate
    // reader takes ("was a Vardholm citizen"); both outlets' cues call for the ban.
    let story = dated(&[(1, 7), (2, 7)]);
    let mut long = row(
        1,
        1,
        "a ban on ferries entering Vardholm harbour -- even though the ferry captain who sailed it last winter was a Vardholm citizen",
        &[2],
    );
    long.cue = Some("reiterated his call for".into());
    let mut short = row(2, 2, "a ban on ferries entering Vardholm harbour", &[2]);
    short.cue = Some("call for".into());
    let groups = group(&[long.clone(), short.clone()], &story);
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].members, vec![0, 1]);
    // Another act asserted by one cue parts them (the words alone are not nearly all the same).
    short.cue = Some("opposes".into());
    assert!(group(&[long.clone(), short.clone()], &story).is_empty());
    // Without cues the short one has no predicate, and nothing parts them.
    (long.cue, short.cue) = (None, None);
    assert_eq!(group(&[long, short], &story).len(), 1);
}

mod disagreements;
mod subjects;
