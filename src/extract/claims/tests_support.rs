//! Support received (`support_frames.rs`) and subjects set off by dashes (`source_first.rs`), on
//! invented sentences.

use super::tests::run;

/// "X won the endorsement of Y": Y is the source, X what Y backs.
#[test]
fn support_received_names_the_backers_as_source() {
    let out = run(&["Last week, Mayor Lena Ortiz won the endorsement of the harbour union."]);
    let c = out.find("Lena Ortiz");
    assert_eq!(out.text(c), "Mayor Lena Ortiz");
    assert_eq!(out.source_text(c).as_deref(), Some("the harbour union"));
    let out = run(&["Reyes has strong support among fishermen and their families."]);
    let c = out.find("Reyes");
    assert_eq!(out.source_text(c).as_deref(), Some("fishermen"));
    let out = run(&["Reyes still has not received any endorsements from his fellow councillors."]);
    let c = out.find("Reyes");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("his fellow councillors")
    );
    assert!(c.negated, "not received");
}

/// Seeking support, or acting in support of someone, is not support received.
#[test]
fn seeking_or_acting_in_support_is_no_support_received() {
    for sentence in [
        "Both candidates have sought support from the ferry unions.",
        "The donors have rallied in support of the mayor.",
    ] {
        let out = run(&[sentence]);
        assert!(
            out.claims
                .iter()
                .all(|c| out.text(c) != "Both candidates" && out.text(c) != "The donors"),
            "{sentence}"
        );
    }
}

/// "X \u{2014} who ... \u{2014} states that A": the phrase between dashes is stepped over like an
/// appositive between commas; a noun between dashes ("His strong - and steady - support") is not.
#[test]
fn a_phrase_between_dashes_before_the_cue_is_stepped_over() {
    let out = run(&[
        "Tom Reyes \u{2014} who kept the harbour books for ten years \u{2014} states that the levy was never collected.",
    ]);
    let c = out.find("levy was never collected");
    assert_eq!(out.source_text(c).as_deref(), Some("Tom Reyes"));
    let out = run(&["Ana Ruiz - a ferry pilot and union delegate - told the board that the crossings were unsafe."]);
    let c = out.find("crossings were unsafe");
    assert_eq!(out.source_text(c).as_deref(), Some("Ana Ruiz"));
    let out = run(&["His strong - and steady - support among fishermen kept the mayor in office."]);
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("His strong")));
}
