//! Quote frames and antecedents of the tenth speakers round: a participle after a quote, a
//! description with an audience after the cue, a time after a terminal cue, verbs of accusing,
//! a quote after a phrase of its sentence, names in a coordinated prepositional phrase.

use super::tests_full::full;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    full(text)
}

/// `"...," calling X a Y`: the participle goes on with the speaker before the quote; its object
/// is never the speaker.
#[test]
fn a_participle_after_a_quote_keeps_the_clause_subject() {
    let found = speakers(
        "Talks\n\nWhen asked how long the strike would last, Mayor Ivo Brandt replied, \
         \u{201C}As long as it takes,\u{201D} calling the harbour plan a matter of pride.\n",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ivo Brandt"), "{found:?}");
}

/// `"...," explained newly-minted Speaker X to the Post`: the name before the audience.
#[test]
fn a_description_before_the_name_stops_at_the_audience() {
    let found = speakers(
        "Oath\n\n\u{201C}We always hear members talking about oaths to the voters, but the only oath \
         we take is to the charter,\u{201D} explained newly-minted Speaker Lena Marsh to the Herald.\n",
    );
    assert_eq!(found[0].1.as_deref(), Some("Lena Marsh"), "{found:?}");
}

/// `"...!" X tweeted early Tuesday.`: a time after the cue still ends the attribution; a clause
/// that goes on with what was said does not.
#[test]
fn a_time_after_a_terminal_cue_ends_the_attribution() {
    let found = speakers(
        "Posts\n\nThe mayor has posted all week.\n\n\u{201C}The harbour deal is a disgrace to the city!\u{201D} \
         Ivo Brandt tweeted early Tuesday.\n",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ivo Brandt"), "{found:?}");
    let found = speakers(
        "Posts\n\nThe mayor has posted all week.\n\n\u{201C}The harbour deal is a disgrace to the city!\u{201D} \
         Ivo Brandt said Tuesday night the vote would be delayed.\n",
    );
    assert_eq!(found[0].1, None, "{found:?}");
}

/// `X accused Y of trying to "..."`: the accuser's words; `the group accused of "..."` is a
/// passive and frames nothing.
#[test]
fn a_verb_of_accusing_frames_the_quote_after_its_preposition() {
    let found = speakers(
        "Rift\n\nSen. Lena Marsh accused the mayor of trying to \u{201C}sell the harbour to the highest \
         bidder in town\u{201D} without a public vote.\n",
    );
    assert_eq!(found[0].1.as_deref(), Some("Lena Marsh"), "{found:?}");
    let found = speakers(
        "Rift\n\nThe group accused of \u{201C}selling the harbour to the highest bidder in town\u{201D} \
         met on Monday.\n",
    );
    assert_eq!(found[0].1, None, "{found:?}");
}

/// `X called it an "act of terror" and called for "..."`: the phrase before the quote names no
/// speaker, so the frame reaches back to the sentence's subject.
#[test]
fn a_cue_after_a_phrase_takes_the_sentence_subject() {
    let found = speakers(
        "Attack\n\nLena Marsh, the party's nominee, called the fire in Dorval, Ont., an \u{201C}act of \
         hate\u{201D} and called for \u{201C}calm in our streets\u{201D} on Sunday.\n",
    );
    let marsh: Vec<_> = found
        .iter()
        .filter(|(w, _)| w.starts_with("calm"))
        .collect();
    assert_eq!(marsh[0].1.as_deref(), Some("Lena Marsh"), "{found:?}");
}

/// `A former soldier in Iraq and Afghanistan, Mr. X was elected ... He told`: the second place of
/// the prepositional phrase is no subject, so "he" reaches the name after the comma.
#[test]
fn a_coordinated_name_after_a_preposition_is_no_subject() {
    let found = speakers(
        "Races\n\nThe race is close.\n\nA former soldier in Iraq and Afghanistan, Mr. Ivo Brandt was \
         first elected in 2008. He told the Herald that he wanted \u{201C}a warrior culture\u{201D} \
         in the department.\n",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ivo Brandt"), "{found:?}");
}

/// A participle of accusing after a phrase of its sentence has the sentence's subject, not a
/// word after the phrase.
#[test]
fn a_participle_after_a_phrase_takes_the_sentence_subject() {
    let found = speakers(
        "Posts\n\nMayor Ivo Brandt made his first \u{201C}Harbour Pirates\u{201D} Twitter post on \
         Tuesday, accusing a former aide of \u{201C}selling secrets to the rival port,\u{201D} again.\n",
    );
    let last = found.last().unwrap();
    assert_eq!(last.1.as_deref(), Some("Ivo Brandt"), "{found:?}");
}

/// A name inside a relative clause closed right before the cue is not its subject; the
/// relative's own subject ("the bill, which he said") still is.
#[test]
fn a_name_in_a_closed_relative_clause_is_no_subject() {
    let found = speakers(
        "Suit\n\nThe lawsuit, which was brought by the state's attorney general, Lena Marsh, \
         accused the port of running a \u{201C}scheme to evade the harbour rules\u{201D} for years.\n",
    );
    assert_ne!(found[0].1.as_deref(), Some("Lena Marsh"), "{found:?}");
    let found = speakers(
        "Suit\n\nMayor Ivo Brandt called on the governor to veto the bill, which he said \
         \u{201C}threatens the spirit of the harbour\u{201D} in the city.\n",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ivo Brandt"), "{found:?}");
}

/// `"...," Rev. X of Our Lady of Y, told the Herald.`: a stray comma after the place before the
/// cue; the listener is never the speaker of the next quote.
#[test]
fn a_stray_comma_before_the_cue_keeps_the_speaker() {
    let found = speakers(
        "Visit\n\nThe visit was a surprise.\n\n\u{201C}We did not know it was the minister coming,\u{201D} \
         Rev. Ivo Brandt of Our Lady of Dorval, told the Herald. \u{201C}They were kind.\u{201D}\n",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ivo Brandt"), "{found:?}");
    assert_ne!(found[1].1.as_deref(), Some("Herald"), "{found:?}");
}

/// A paragraph of reported speech opening with "According to X, ..." gives X to the quote
/// paragraph after it.
#[test]
fn according_to_reports_for_the_next_quote_paragraph() {
    let found = speakers(
        "Harbour reading will cost the city more than expected\n\nThe reading of the harbour \
         charter will take a full day in the council chamber next week, officials said on \
         Monday.\n\nAccording to Ivo Brandt at the Harbour Herald, $1.1 million is the cost of the \
         plan to read the charter aloud.\n\n\u{201C}The amount I get is nearly $1.1 million, to be \
         exact, though of course this is a rough figure for the whole day.\u{201D}\n\nThe council \
         will vote on the plan on Thursday.\n",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ivo Brandt"), "{found:?}");
}
