//! Claim sources that depend on the article's quotes: "I" inside a quotation is its speaker.

use super::extract;
use crate::extract::body::article_from_paragraphs;
use crate::extract::{quotes, sentences};

/// (content, source as written, source entity name) of each claim, with the article's quotes
/// extracted first as the pipeline does.
fn sources(paragraphs: &[&str]) -> Vec<(String, Option<String>, Option<String>)> {
    let mut a = article_from_paragraphs(paragraphs);
    a.sentences = sentences::split(&a.body, &a.paragraphs);
    let (mut entities, mut mentions) = (Vec::new(), Vec::new());
    let found = quotes::extract(&a, &mut entities, &mut mentions);
    let claims = extract(&a, &mut entities, &mut mentions, &found);
    claims
        .iter()
        .map(|c| {
            (
                c.span.text(&a.body).to_string(),
                c.source_span.map(|s| s.text(&a.body).to_string()),
                c.source.map(|e| entities[e].name.clone()),
            )
        })
        .collect()
}

#[test]
fn first_person_inside_a_quotation_is_its_speaker() {
    let claims = sources(&[
        "Mayor Dana Whitfield defended the budget on Monday.",
        "\u{201C}I think the city can afford two new libraries,\u{201D} Whitfield said.",
    ]);
    let libraries = claims
        .iter()
        .find(|c| c.0.contains("two new libraries") && c.1.as_deref() == Some("I"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(libraries.2.as_deref(), Some("Dana Whitfield"), "{claims:?}");
}

#[test]
fn first_person_outside_a_quotation_has_no_entity() {
    let claims = sources(&[
        "Dana Whitfield runs the library board.",
        "I think the city can afford it.",
    ]);
    assert!(
        claims
            .iter()
            .filter(|c| c.1.as_deref() == Some("I"))
            .all(|c| c.2.is_none()),
        "{claims:?}"
    );
}
