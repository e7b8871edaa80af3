//! Checks that one article's [`Facts`] are internally consistent before they are written.
//!
//! Extraction is a pile of heuristics being improved all the time; a rule that produces a span past
//! the end of the body, or a speaker index into nothing, must cost one article (reported with a
//! reason), never a panic in the middle of a write or a constraint failure that aborts a whole import.
//! The same check is the oracle of the property tests (`tests/proptest_extract.rs`) and the fuzz
//! target (`fuzz/fuzz_targets/extract.rs`): every span on char boundaries inside the body, every index
//! pointing at an existing entity or sentence, and every value the schema's CHECKs would refuse.

use std::fmt;

use crate::extract::{Facts, Span};

/// `Ok(())` when `facts` can be written as they are; otherwise what is wrong, as a sentence.
pub fn check(facts: &Facts) -> Result<(), String> {
    let article = &facts.article;
    let body = article.body.as_str();
    let entities = facts.entities.len();
    let sentences = article.sentences.len();

    if let Some(date) = article.published {
        // The schema stores dates as YYYY-MM-DD text and CHECKs the shape: a 5-digit or negative year
        // would fail the insert.
        use chrono::Datelike;
        if !(0..=9999).contains(&date.year()) {
            return Err(format!("publication date {date} is out of range"));
        }
    }
    for (i, &p) in article.paragraphs.iter().enumerate() {
        span(body, format_args!("paragraph {i}"), p)?;
    }
    for (i, s) in article.sentences.iter().enumerate() {
        span(body, format_args!("sentence {i}"), s.span)?;
        index(
            format_args!("sentence {i}: paragraph"),
            s.paragraph,
            article.paragraphs.len(),
        )?;
    }
    for (i, m) in facts.mentions.iter().enumerate() {
        span(body, format_args!("mention {i}"), m.span)?;
        if m.span.is_empty() {
            return Err(format!("mention {i} is empty"));
        }
        index(format_args!("mention {i}: entity"), m.entity, entities)?;
        index(format_args!("mention {i}: sentence"), m.sentence, sentences)?;
    }
    for (i, q) in facts.quotes.iter().enumerate() {
        span(body, format_args!("quote {i}"), q.span)?;
        for &f in &q.fragments {
            span(body, format_args!("quote {i} fragment"), f)?;
        }
        index(format_args!("quote {i}: sentence"), q.sentence, sentences)?;
        if let Some(e) = q.speaker {
            index(format_args!("quote {i}: speaker"), e, entities)?;
        }
        if let Some(s) = q.speaker_span {
            span(body, format_args!("quote {i} speaker"), s)?;
        }
        if let Some(s) = q.cue_span {
            span(body, format_args!("quote {i} cue"), s)?;
        }
    }
    for (i, c) in facts.claims.iter().enumerate() {
        span(body, format_args!("claim {i}"), c.span)?;
        index(format_args!("claim {i}: sentence"), c.sentence, sentences)?;
        if let Some(e) = c.source {
            index(format_args!("claim {i}: source"), e, entities)?;
        }
        if let Some(s) = c.source_span {
            span(body, format_args!("claim {i} source"), s)?;
        }
        for &e in &c.entities {
            index(format_args!("claim {i}: entity"), e, entities)?;
        }
        for q in &c.quantities {
            span(body, format_args!("claim {i} quantity"), q.span)?;
            // SQLite stores NaN as NULL, which the NOT NULL column refuses.
            if !q.value.is_finite() {
                return Err(format!(
                    "claim {i}: quantity value {} is not finite",
                    q.value
                ));
            }
        }
    }
    Ok(())
}

/// Is `s` a span of `body` on character boundaries? `what` names it in the error (formatted only
/// then: every span of every article is checked).
fn span(body: &str, what: fmt::Arguments, s: Span) -> Result<(), String> {
    if s.start > s.end || s.end > body.len() {
        return Err(format!(
            "{what} span {}..{} is outside the body ({} bytes)",
            s.start,
            s.end,
            body.len()
        ));
    }
    if !body.is_char_boundary(s.start) || !body.is_char_boundary(s.end) {
        return Err(format!(
            "{what} span {}..{} is not on character boundaries",
            s.start, s.end
        ));
    }
    Ok(())
}

fn index(what: fmt::Arguments, i: usize, len: usize) -> Result<(), String> {
    if i >= len {
        return Err(format!(
            "{what} index {i} is out of range (there are {len})"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Article, Entity, EntityKind, Mention, MentionKind, Sentence};

    fn facts() -> Facts {
        let body = "Caf\u{e9} owner Ann Lee spoke.".to_string();
        Facts {
            article: Article {
                paragraphs: vec![Span::new(0, body.len())],
                sentences: vec![Sentence {
                    span: Span::new(0, body.len()),
                    paragraph: 0,
                }],
                body,
                ..Article::default()
            },
            entities: vec![Entity {
                name: "Ann Lee".into(),
                kind: EntityKind::Person,
                aliases: vec![],
                gazetteer_id: None,
            }],
            mentions: vec![Mention {
                entity: 0,
                span: Span::new(12, 19),
                kind: MentionKind::Name,
                role: None,
                sentence: 0,
            }],
            ..Facts::default()
        }
    }

    #[test]
    fn accepts_consistent_facts() {
        assert_eq!(check(&facts()), Ok(()));
    }

    #[test]
    fn names_what_is_wrong() {
        let mut f = facts();
        f.mentions[0].entity = 3;
        assert!(check(&f).unwrap_err().contains("mention 0: entity index 3"));
        let mut f = facts();
        // Byte 4 is inside the two bytes of "é".
        f.mentions[0].span = Span { start: 4, end: 6 };
        assert!(check(&f).unwrap_err().contains("character boundaries"));
        let mut f = facts();
        f.article.sentences[0].span = Span { start: 0, end: 999 };
        assert!(check(&f).unwrap_err().contains("outside the body"));
    }
}
