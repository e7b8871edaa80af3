//! Unit tests of disagreements: different figures for one counted thing, denials.

use super::*;

#[test]
fn different_figures_for_one_counted_thing_are_a_named_disagreement() {
    let mut a = row(
        1,
        1,
        "40 ships were waiting outside the Vardholm breakwater",
        &[1],
    );
    a.quantities = vec![figure(40.0, "ships", false, "40 ships")];
    let mut b = row(
        2,
        2,
        "55 ships were waiting outside the Vardholm breakwater",
        &[1],
    );
    b.quantities = vec![figure(55.0, "ships", false, "55 ships")];
    let groups = group(&[a, b], &dated(&[(1, 5), (2, 5)]));
    assert_eq!(groups.len(), 1);
    assert_eq!(
        groups[0].disagreement.as_deref(),
        Some(
            "numbers differ for ships (waiting outside vardholm): 40 vs 55 (outlet 1 vs outlet 2)"
        )
    );
}

#[test]
fn a_negation_disagrees_only_where_the_other_says_the_words_around_it() {
    assert!(super::super::disagree::negates(
        "the dam is not safe",
        "officials said the dam is safe"
    ));
    // Two cuts of one quotation: the shorter stops before the "not".
    assert!(!super::super::disagree::negates(
        "this is a bill that will not pass the Senate",
        "this is a bill that the Senate"
    ));
    // The "not" lies in words the other does not carry.
    assert!(!super::super::disagree::negates(
        "she said no and left the room",
        "the room was empty"
    ));
    // Negation from the cue alone ("denied that ..."): the wording match decides.
    assert!(super::super::disagree::negates(
        "the dam failed",
        "the dam failed on Sunday"
    ));
}

#[test]
fn approximate_figures_a_tenth_apart_agree_and_vague_plurals_are_no_figures() {
    let mut a = row(
        1,
        1,
        "about 60 ships were waiting outside the Vardholm breakwater",
        &[1],
    );
    a.quantities = vec![figure(60.0, "ships", true, "60 ships")];
    let mut b = row(
        2,
        2,
        "roughly 64 ships were waiting outside the Vardholm breakwater",
        &[1],
    );
    b.quantities = vec![figure(64.0, "ships", true, "64 ships")];
    let groups = group(&[a.clone(), b], &dated(&[(1, 5), (2, 5)]));
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].disagreement, None);
    let mut c = row(
        2,
        2,
        "about 90 ships were waiting outside the Vardholm breakwater",
        &[1],
    );
    c.quantities = vec![figure(90.0, "ships", true, "90 ships")];
    let groups = group(&[a, c], &dated(&[(1, 5), (2, 5)]));
    assert!(
        groups[0].disagreement.is_some(),
        "60 and 90 differ even as estimates"
    );
    use crate::extract::claims::quantities::is_vague;
    assert!(is_vague("dozens of groups") && is_vague("Tens of thousands of people"));
    assert!(!is_vague("over a dozen priests") && !is_vague("12 priests"));
}

fn disagreement_of(a: (&str, Vec<Figure>), b: (&str, Vec<Figure>)) -> Option<String> {
    let mut x = row(1, 1, a.0, &[1]);
    x.quantities = a.1;
    let mut y = row(2, 2, b.0, &[1]);
    y.quantities = b.1;
    let groups = group(&[x, y], &dated(&[(1, 5), (2, 5)]));
    assert_eq!(groups.len(), 1, "the two claims should be one group");
    groups[0].disagreement.clone()
}

#[test]
fn a_figure_both_members_give_is_agreed_and_other_counted_things_are_not_compared() {
    let kroner = |v: f64, text: &str| figure(v, "kroner", false, text);
    // One gives what was granted and what was requested, the other only what was requested.
    assert_eq!(
        disagreement_of(
            (
                "the Vardholm budget grants 1.2 million kroner for the pier, as opposed to the 5 million kroner the council requested for the pier",
                vec![kroner(1.2e6, "1.2 million kroner"), kroner(5e6, "5 million kroner")],
            ),
            (
                "the Vardholm budget includes none of the 5 million kroner the council requested for the pier",
                vec![kroner(5e6, "5 million kroner")],
            ),
        ),
        None
    );
    // What the campaign costs and what was spent on airtime are different counted things.
    assert_eq!(
        disagreement_of(
            (
                "the Vardholm ferry advertisement campaign is costing the operator 2 million kroner",
                vec![kroner(2e6, "2 million kroner")],
            ),
            (
                "the operator reserved 800,000 kroner of airtime for the Vardholm ferry advertisement campaign",
                vec![kroner(8e5, "800,000 kroner of airtime")],
            ),
        ),
        None
    );
}

#[test]
fn figures_agree_at_the_precision_of_the_rounder_one() {
    let percent = |v: f64, text: &str| figure(v, "percent", false, text);
    let (a, b) = (
        "the Vardholm harbour tax rate was 36 percent last year",
        "the Vardholm harbour tax rate was 35.7 percent last year",
    );
    assert_eq!(
        disagreement_of(
            (a, vec![percent(36.0, "36 percent")]),
            (b, vec![percent(35.7, "35.7 percent")])
        ),
        None
    );
    let reason = disagreement_of(
        (a, vec![percent(36.0, "36 percent")]),
        (
            "the Vardholm harbour tax rate was 31 percent last year",
            vec![percent(31.0, "31 percent")],
        ),
    );
    assert_eq!(
        reason.as_deref(),
        Some("numbers differ for percent (vardholm harbour tax rate last year): 36 vs 31 (outlet 1 vs outlet 2)")
    );
}

/// Claims of two articles about entity 1, Vardholm, named where the text names it.
fn vardholm_rows(a: &str, b: &str) -> [ClaimRow; 2] {
    let mut x = row(1, 1, a, &[1]);
    x.negated = true;
    let mut y = row(2, 2, b, &[1]);
    for r in [&mut x, &mut y] {
        // The name as the entity recogniser would span it ("the Vardholm council").
        let name = ["Vardholm council", "Vardholm"]
            .into_iter()
            .find(|n| r.text.contains(n));
        if let Some(name) = name {
            r.mentions = vec![super::subjects::at(&r.text, name, 1, false)];
        }
    }
    [x, y]
}

fn negation_of(a: &str, b: &str) -> Option<String> {
    let groups = group(&vardholm_rows(a, b), &dated(&[(1, 5), (2, 5)]));
    assert_eq!(
        groups.len(),
        1,
        "the two claims should be one group: {groups:?}"
    );
    groups[0].disagreement.clone()
}

#[test]
fn a_denial_in_other_words_is_flagged_with_what_it_denies() {
    // Entities: 1 Vardholm. The negation on the verb, its verb and object said by the other.
    let flag = negation_of(
        "Vardholm will not pay for the new harbour wall, whatever the ministry claims",
        "getting Vardholm to pay for the harbour wall and building it this year",
    );
    assert_eq!(
        flag.as_deref(),
        Some("negation: outlet 1 denies what outlet 2 says (pay wall)")
    );
    // A negation elsewhere in the clause denies something else.
    let flag = negation_of(
        "no Vardholm councillor was hurt when the harbour wall collapsed on the quay",
        "the harbour wall at Vardholm collapsed onto the quay on Sunday",
    );
    assert_eq!(flag, None);
    // The verb denied, but not of the object the other names.
    let flag = negation_of(
        "Vardholm never offered the harbour contract to the ferry company",
        "Vardholm offered two seats on its harbour board to the ferry company",
    );
    assert_eq!(flag, None);
}

#[test]
fn a_denial_needs_an_assertion_a_plain_affirmative_and_the_same_subject() {
    // Entities: 1 Vardholm. The negation inside a condition asserts nothing.
    let flag = negation_of(
        "if Vardholm does not pay for the harbour wall the ferry stops",
        "Vardholm will pay for the harbour wall, the ministry said",
    );
    assert_eq!(flag, None);
    // A question asserts nothing.
    let flag = negation_of(
        "will Vardholm not pay for the harbour wall after all?",
        "Vardholm will pay for the harbour wall",
    );
    assert_eq!(flag, None);
    // The affirmative member carries the negation itself (the cue's "did not" inside its words).
    let flag = negation_of(
        "the Vardholm council's misuse of the harbour fund to build the new wall",
        "we would fail our duty if we did not challenge the Vardholm council's misuse of the harbour fund to build the new wall",
    );
    assert_eq!(flag, None);
    // "he" may be anyone; the photo sent says nothing of who sent it: not even one group.
    let rows = vardholm_rows(
        "he did not send the Vardholm harbour photo to the students",
        "the Vardholm harbour photo was sent to the students from his account",
    );
    assert!(group(&rows, &dated(&[(1, 5), (2, 5)])).is_empty());
    // The same subject, verb and object: a denial.
    let flag = negation_of(
        "the Vardholm council never offered Brandt the job of harbour master",
        "the Vardholm council offered to appoint Brandt as harbour master",
    );
    assert!(flag.is_some(), "{flag:?}");
}

#[test]
fn figures_of_a_ratio_or_of_other_years_count_nothing_in_common() {
    let mut a = row(
        1,
        1,
        "almost one in six ferries sold by Vardholm yards last year was a catamaran",
        &[1],
    );
    a.quantities = vec![figure(6.0, "ferries", false, "six ferries")];
    let mut b = row(
        2,
        2,
        "Vardholm yards sold nearly 95 ferries last year, a record",
        &[1],
    );
    b.quantities = vec![figure(95.0, "ferries", true, "nearly 95 ferries")];
    let f = |r: &ClaimRow| {
        super::Features::new(
            &r.text,
            &r.entities,
            Who::default(),
            &mut super::Interner::default(),
        )
    };
    assert_eq!(
        super::super::disagree::disagreement(&[(&a, &f(&a)), (&b, &f(&b))]),
        None
    );
    // The same counted thing, but one says "by 2011".
    let mut c = row(
        1,
        1,
        "the Vardholm plan cuts harbour spending by 35 million kroner",
        &[1],
    );
    c.quantities = vec![figure(35e6, "kroner", false, "35 million kroner")];
    let mut d = row(
        2,
        2,
        "the Vardholm plan cuts harbour spending by 50 million kroner by 2011",
        &[1],
    );
    d.quantities = vec![figure(50e6, "kroner", false, "50 million kroner")];
    assert_eq!(
        super::super::disagree::disagreement(&[(&c, &f(&c)), (&d, &f(&d))]),
        None
    );
    d.text = "the Vardholm plan cuts harbour spending by 50 million kroner".into();
    assert!(super::super::disagree::disagreement(&[(&c, &f(&c)), (&d, &f(&d))]).is_some());
}

#[test]
fn figures_of_two_bodies_are_no_disagreement() {
    let years = |n: f64, t: &str| vec![figure(n, "years", false, t)];
    // Two bodies, two bans: not two figures for one count.
    assert_eq!(
        disagreement_of(
            (
                "Brandt was banned for two years by the federation",
                years(2.0, "two years")
            ),
            (
                "Brandt was banned for four years by the tribunal",
                years(4.0, "four years")
            ),
        ),
        None
    );
    // One body, two figures: a disagreement.
    assert!(disagreement_of(
        (
            "Brandt was banned for two years by the tribunal",
            years(2.0, "two years")
        ),
        (
            "Brandt was banned for four years by the tribunal",
            years(4.0, "four years")
        ),
    )
    .is_some());
}

#[test]
fn readings_of_a_moving_level_are_no_disagreement() {
    let pounds = |n: f64, t: &str| vec![figure(n, "pounds", false, t)];
    // Two readings of a price "now": two months' surveys, not two figures for one.
    assert_eq!(
        disagreement_of(
            (
                "the average price of a Vardholm flat now stands at £181,250",
                pounds(181_250.0, "£181,250")
            ),
            (
                "the average price of a Vardholm flat now stands at £176,400",
                pounds(176_400.0, "£176,400")
            ),
        ),
        None
    );
    let ships = |n: f64, t: &str| vec![figure(n, "ships", false, t)];
    assert_eq!(
        disagreement_of(
            (
                "so far 40 ships have left the Vardholm quay",
                ships(40.0, "40 ships")
            ),
            (
                "so far 52 ships have left the Vardholm quay",
                ships(52.0, "52 ships")
            ),
        ),
        None
    );
    // Without the mark of a reading the same figures disagree.
    assert!(disagreement_of(
        (
            "the average price of a Vardholm flat was £181,250 in March",
            pounds(181_250.0, "£181,250")
        ),
        (
            "the average price of a Vardholm flat was £176,400 in March",
            pounds(176_400.0, "£176,400")
        ),
    )
    .is_some());
}
