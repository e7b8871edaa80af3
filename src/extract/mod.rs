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
pub mod claims;
pub mod cues;
pub mod entities;
pub mod facts;
pub mod metadata;
pub mod quotes;
pub mod sentences;
pub mod text;

pub use facts::*;

use crate::ingest::Document;

/// Runs every extraction stage on one document.
pub fn extract(doc: &Document) -> Facts {
    let mut article = if doc.body_is_clean {
        body::from_clean_text(&doc.text)
    } else {
        let page = metadata::Page::new(&doc.text);
        let meta = metadata::extract(&page);
        body::extract(&page, &meta)
    };
    apply_given(&mut article, &doc.given);
    article.sentences = sentences::split(&article.body, &article.paragraphs);
    let (mut entities, mut mentions) = entities::recognize(&article);
    let quotes = quotes::extract(&article, &mut entities, &mut mentions);
    // Claims may add an entity and a mention for a named source that recognition missed.
    let claims = claims::extract(&article, &mut entities, &mut mentions, &quotes);
    Facts {
        article,
        entities,
        mentions,
        quotes,
        claims,
    }
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
