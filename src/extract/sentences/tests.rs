//! Sentence splitting on invented text.

use super::*;

fn sentences(text: &str) -> Vec<&str> {
    split_text(text)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect()
}

#[test]
fn plain_sentences_split() {
    assert_eq!(
        sentences("The dam held. Crews left at dawn! Will it rain? Nobody knows."),
        vec![
            "The dam held.",
            "Crews left at dawn!",
            "Will it rain?",
            "Nobody knows."
        ]
    );
}

#[test]
fn titles_and_initials_do_not_end_sentences() {
    let text = "Mr. Alvarez met Dr. Chen and Gen. Ortiz at St. Mary's. Sen. Hale and Rep. Ruiz \
                sent Gov. Park a note. Col. Dunn spoke with Mrs. Webb.";
    assert_eq!(sentences(text).len(), 3, "{:?}", sentences(text));
    let names = "President Tomas K. Varga met Ana R. Molina on Monday. They talked.";
    assert_eq!(
        sentences(names),
        vec![
            "President Tomas K. Varga met Ana R. Molina on Monday.",
            "They talked."
        ]
    );
}

#[test]
fn numbers_dates_and_times_do_not_end_sentences() {
    let text = "Growth was 3.5 percent in Sept. 2019 at No. 5 Pier. The meeting began at 9 a.m. \
                Friday and ended at 4 p.m. on the dot.";
    assert_eq!(
        sentences(text),
        vec![
            "Growth was 3.5 percent in Sept. 2019 at No. 5 Pier.",
            "The meeting began at 9 a.m. Friday and ended at 4 p.m. on the dot."
        ]
    );
    assert_eq!(
        sentences("Shares of Acme Inc. rose. Corp. profits fell.").len(),
        2
    );
}

#[test]
fn acronyms_end_a_sentence_only_before_a_sentence_start() {
    assert_eq!(
        sentences("U.S. officials and U.N. envoys met U.S. Secretary Lane."),
        vec!["U.S. officials and U.N. envoys met U.S. Secretary Lane."]
    );
    assert_eq!(
        sentences("The talks were held in the U.S. The next day they moved to the U.N. It rained."),
        vec![
            "The talks were held in the U.S.",
            "The next day they moved to the U.N.",
            "It rained."
        ]
    );
}

#[test]
fn quotes_close_with_their_sentence() {
    assert_eq!(
        sentences("\u{201C}We are ready.\u{201D} He left the room."),
        vec!["\u{201C}We are ready.\u{201D}", "He left the room."]
    );
    assert_eq!(
        sentences("\"We are ready,\" he said. \"Are you?\" she asked."),
        vec!["\"We are ready,\" he said.", "\"Are you?\" she asked."]
    );
    assert_eq!(
        sentences("He waved. \"Come in,\" the mayor said."),
        vec!["He waved.", "\"Come in,\" the mayor said."]
    );
    assert_eq!(
        sentences("The plan (approved in May.) Then it failed."),
        vec!["The plan (approved in May.)", "Then it failed."]
    );
}

#[test]
fn ellipses_and_lower_case_continuations_do_not_split() {
    assert_eq!(
        sentences("He paused... Then nothing. well."),
        vec!["He paused... Then nothing. well."]
    );
    assert_eq!(sentences("Wait\u{2026} Really?").len(), 1);
}

#[test]
fn spans_are_tight_and_never_cross_paragraphs() {
    let body = "First one.  Second one.\n\nThird para without stop";
    let paragraphs = vec![Span::new(0, 23), Span::new(25, body.len())];
    let found = split(body, &paragraphs);
    let texts: Vec<&str> = found
        .iter()
        .map(|s| &body[s.span.start..s.span.end])
        .collect();
    assert_eq!(
        texts,
        vec!["First one.", "Second one.", "Third para without stop"]
    );
    assert_eq!(
        found.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
        vec![0, 0, 1]
    );
    for s in &found {
        let t = &body[s.span.start..s.span.end];
        assert_eq!(t, t.trim());
    }
}

#[test]
fn cjk_full_stops_split_without_spaces() {
    assert_eq!(
        sentences("今天下雨。明天晴天！"),
        vec!["今天下雨。", "明天晴天！"]
    );
}
