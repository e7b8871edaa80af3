//! Headline shapes and choices on page snippets.

use super::*;

#[test]
fn shapes() {
    assert!(is_headline_shaped(
        "Ferry Strike Ends After Talks With Unions",
        false
    ));
    assert!(is_headline_shaped("Ferry strike ends after talks", false));
    assert!(is_headline_shaped(
        "Mayor's plan surprised U.S. officials",
        false
    ));
    assert!(is_headline_shaped("Unions Reach Deal With U.S.", false));
    assert!(is_headline_shaped("iPhone sales slow in Norland", false));
    assert!(is_headline_shaped(
        "Shares slide as ferry strike drags on",
        false
    ));
    assert!(is_headline_shaped("Homeowners count cost of floods", false));
    assert!(!is_headline_shaped(
        "Credit Nadia Ferrant/Harbour Gazette",
        false
    ));
    assert!(is_headline_shaped(
        "Norland, Estmark ‘ready to talk’",
        false
    ));
    assert!(!is_headline_shaped("Article Image", true));
    assert!(!is_headline_shaped("Gazette Link • WORLD: Ferries", false));
    assert!(!is_headline_shaped("World | Europe | Norland", false));
    assert!(!is_headline_shaped("Skip to main content", false));
    assert!(!is_headline_shaped("RELATED STORIES AND MORE", false));
    assert!(!is_headline_shaped(
        "The strike ended on Monday after talks.",
        false
    ));
    assert!(!is_headline_shaped("By Nadia Ferrant and Olek Brun", false));
    assert!(!is_headline_shaped("Tuesday, March 3, 2020", false));
    assert!(!is_headline_shaped(
        "Subscribe to The Harbour Gazette",
        false
    ));
    assert!(!is_headline_shaped(
        "Photo: Nadia Ferrant/Harbour Gazette",
        false
    ));
}

#[test]
fn furniture_credits_and_name_lists() {
    assert!(!is_headline_shaped("Olek Brun/AP", true));
    assert!(is_headline_shaped(
        "Brun/Ferrant duo lead the ferry talks",
        false
    ));
    assert!(is_headline_shaped(
        "Search for missing ferry called off",
        false
    ));
    assert!(is_headline_shaped("Main Street reopens", false));
    assert!(is_headline_shaped(
        "Why HTTP caching confuses ferry booking sites",
        false
    ));
    assert!(!is_headline_shaped("Share this article", false));
    assert!(!is_headline_shaped(
        "Show Navigation Hide Navigation",
        false
    ));
    assert!(!is_headline_shaped("Nadia Ferrant, Olek Brun", false));
    assert!(!is_headline_shaped("Nadia Ferrant and Olek Brun", false));
    assert!(!is_headline_shaped(
        "Tags: ferries, strikes, Port Ellis",
        false
    ));
    let long = "Facing Council, Mayor Defends Her Plan Before and After Strike";
    assert!(is_headline_shaped(long, false));
}

#[test]
fn first_line_may_end_with_a_full_stop() {
    assert!(is_headline_shaped("Mayor quits over ferry strike.", true));
    assert!(!is_headline_shaped("Mayor quits over ferry strike.", false));
    assert!(is_headline_shaped(
        "Mayor asks U.S. to help end ferry strike.",
        true
    ));
    assert!(is_headline_shaped(
        "Mayor Quits Over Strike. Here's What Happens Next.",
        true
    ));
    assert!(is_headline_shaped(
        "Unions and Mayor Agree on Pay — For Now.",
        true
    ));
    assert!(!is_headline_shaped("PORT ELLIS — The strike ended.", true));
    assert!(!is_headline_shaped(
        "The strike ended. Boats are running again.",
        true
    ));
    let lines = [
        "Unions and Mayor Agree on Pay — Again.",
        "",
        "The strike ended.",
    ];
    assert_eq!(find(&lines, &[]).unwrap().text, lines[0]);
}

#[test]
fn first_line_headline() {
    let lines = [
        "Ferry strike ends after talks",
        "",
        "The strike ended on Monday.",
    ];
    let h = find(&lines, &[]).unwrap();
    assert_eq!(
        (h.line, h.text.as_str()),
        (0, "Ferry strike ends after talks")
    );
}

#[test]
fn skips_banners_and_mastheads() {
    let lines = [
        "Harbour Gazette",
        "HOME | WORLD | SPORT",
        "Article Image",
        "Ferry Strike Ends After Talks",
        "By Nadia Ferrant",
    ];
    let h = find(&lines, &["Harbour Gazette".to_string()]).unwrap();
    assert_eq!(h.line, 3);
}

#[test]
fn repeated_headline_and_page_title() {
    let lines = [
        "Ferry strike ends | Harbour Gazette",
        "News",
        "Ferry strike ends",
        "A long first paragraph of the story that goes on for many words, long enough to count as body text for sure.",
    ];
    let h = find(&lines, &[]).unwrap();
    assert_eq!((h.line, h.repeats.clone()), (2, vec![0]));
    let lines = [
        "Ferry strike ends - harbourgazette",
        "Get our app!",
        "By Olek Brun",
        "A long first paragraph of the story that goes on for many words, long enough to count as body text for sure.",
    ];
    let h = find(&lines, &[]).unwrap();
    assert_eq!((h.line, h.text.as_str()), (0, "Ferry strike ends"));
    let lines = [
        "Ferry strike ends after nine days - Gazette Live | Harbour News, Weather, Sport",
        "Ferry strike ends after nine days",
    ];
    let h = find(&lines, &[]).unwrap();
    assert_eq!((h.line, h.repeats.clone()), (1, vec![0]));
    // A dash before a speaker's name is part of the headline.
    let lines = [
        "Keep the ferries running - Brun",
        "",
        "The strike ended on Monday.",
    ];
    assert_eq!(
        find(&lines, &[]).unwrap().text,
        "Keep the ferries running - Brun"
    );
    let lines = ["Ferry strike ends", "", "Ferry strike ends", "", "Body."];
    let h = find(&lines, &[]).unwrap();
    assert_eq!((h.line, h.repeats), (0, vec![2]));
}

#[test]
fn no_headline_in_a_page_of_paragraphs() {
    let lines = [
        "The strike ended on Monday after a long night of talks between the unions and the port authority, officials said.",
        "Ferries resumed their normal timetable by the evening, and most passengers were home by midnight.",
    ];
    assert!(find(&lines, &[]).is_none());
}
