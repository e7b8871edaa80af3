//! `Document` -> `Facts`: everything factdb learns from one article.
//!
//! Extraction is pure and deterministic: no I/O, no database, no global state beyond embedded data.
//! That keeps every rule unit-testable on strings and lets `import` run extraction on all cores.
//!
//! The stages run in order, each working on the output of the one before:
//! 1. [`metadata`]: headline, outlet, url, authors and date from the raw page lines;
//! 2. [`body`]: boilerplate removal, leaving the article's own paragraphs;
//! 3. [`sentences`]: sentence boundaries that survive abbreviations and initials;
//! 4. [`entities`]: people, organisations and places, resolved within the article;
//! 5. [`quotes`]: direct quotes and their speakers;
//! 6. [`claims`]: reported and asserted facts with their sources and numbers.

pub mod body;
pub mod calendar;
pub mod cancel;
pub mod claims;
pub mod cues;
pub mod entities;
pub mod facts;
pub mod lang;
pub mod mention_index;
pub mod metadata;
pub mod quotes;
pub mod refer;
pub mod sentences;
pub mod text;

pub use cancel::{Cancel, Cancelled};
pub use facts::*;

use crate::ingest::Document;

/// Runs every extraction stage on one document.
pub fn extract(doc: &Document) -> Facts {
    match extract_with(doc, Cancel::NEVER) {
        Ok(facts) => facts,
        Err(Cancelled) => unreachable!("Cancel::NEVER never cancels"),
    }
}

/// Runs every extraction stage on one document, stopping early (within a paragraph or sentence's
/// work) once `cancel` asks to.
pub fn extract_with(doc: &Document, cancel: Cancel) -> Result<Facts, Cancelled> {
    let mut article = if doc.body_is_clean {
        body::from_clean_text(&doc.text)
    } else {
        let page = metadata::Page::new(&doc.text);
        let meta = metadata::extract(&page);
        body::extract(&page, &meta)
    };
    apply_given(&mut article, &doc.given);
    cancel.check()?;
    article.sentences = sentences::split_with(&article.body, &article.paragraphs, cancel)?;
    let (mut entities, mut mentions) = entities::recognize_with(&article, cancel)?;
    cancel.check()?;
    let recognised = entities.len();
    let mut quotes = quotes::extract(&article, &mut entities, &mut mentions);
    cancel.check()?;
    // Claims may add an entity and a mention for a named source that recognition missed.
    let mut claims = claims::extract_with(&article, &mut entities, &mut mentions, &quotes, cancel)?;
    // What quotes and claims added passes recognition's tests too.
    entities::review::review_added(
        recognised,
        &mut entities,
        &mut mentions,
        &mut quotes,
        &mut claims,
    );
    Ok(Facts {
        article,
        entities,
        mentions,
        quotes,
        claims,
    })
}

/// Metadata given by the input or the command line wins over what extraction found.
pub fn apply_given(article: &mut Article, given: &crate::ingest::GivenMeta) {
    if let Some(title) = &given.title {
        article.title = Some(title.clone());
    }
    if let Some(url) = &given.url {
        article.url = Some(url.clone());
    }
    if let Some(outlet) = &given.outlet {
        article.outlet = Some(outlet.clone());
    }
    if !given.authors.is_empty() {
        article.authors = given.authors.clone();
    }
    if let Some(published) = given.published {
        article.published = Some(published);
    }
}
