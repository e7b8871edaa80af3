//! Saved web pages and fetched HTML -> [`Document`]: the main text and the page's own metadata.
//!
//! The main text comes from the `trafilatura` crate (a port of the Python extractor, with its
//! readability/baseline fallback switched on): it scored best of the Rust extractors measured on
//! saved news pages (see docs/html.md). Its main-content HTML becomes paragraphs ([`text`]), the
//! text path's line classifier drops the labels, credits and promotions among them
//! ([`crate::extract::body::clean_extracted`]), and the rest of factdb sees the same shape as a
//! clean JSON body. Headline, outlet, authors, date
//! and canonical url come from the page's JSON-LD, Open Graph and `<meta>`/`<link>` tags
//! ([`meta`]); what the page does not say is left to the text rules.
//!
//! Bytes are decoded as a browser would ([`charset`]).

mod captions;
pub mod charset;
mod continued;
mod lead;
mod loose;
mod meta;
pub mod text;

use super::{Document, IngestError, Source};
use regex::Regex;
use std::sync::LazyLock;

/// HTML text (already decoded): one page is one article.
pub struct Html;

impl Source for Html {
    fn documents(&self, source_name: &str, text: &str) -> Vec<Result<Document, IngestError>> {
        vec![page(source_name, text, None)]
    }
}

/// Whether text is an HTML page rather than plain text: after a BOM and white space it starts with a
/// doctype, an `<html>` or `<head>` tag, or an HTML comment followed by one of these.
pub fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{FEFF}').trim_start();
    // Saved pages often begin with a comment ("<!-- saved from url=... -->").
    while rest.starts_with("<!--") {
        match rest.find("-->") {
            Some(end) => rest = rest[end + 3..].trim_start(),
            None => return false,
        }
    }
    let head = rest.get(..14).unwrap_or(rest).to_ascii_lowercase();
    ["<!doctype html", "<html", "<head"]
        .iter()
        .any(|start| head.starts_with(start))
}

/// Whether bytes (not yet decoded) look like HTML: the same test on their ASCII-compatible start.
pub fn bytes_look_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512)];
    looks_like_html(&String::from_utf8_lossy(head))
}

/// One page's article. `page_url` is where the page was fetched from, when it was.
pub fn page(
    source_name: &str,
    html: &str,
    page_url: Option<&str>,
) -> Result<Document, IngestError> {
    let html = &*with_noscript_articles(html);
    let mut options = trafilatura::Options::default().with_fallback(true);
    if let Some(url) = page_url.and_then(|u| url::Url::parse(u).ok()) {
        options = options.with_url(url);
    }
    // The extractor is third-party code on hostile input: a panic costs this page, not the import.
    let extracted =
        std::panic::catch_unwind(|| trafilatura::extract(html, &options)).map_err(|_| {
            IngestError::rejected(
                source_name,
                "internal error in the HTML extractor (please report this file)",
            )
        })?;
    let mut doc = Document {
        source: source_name.to_string(),
        ..Document::default()
    };
    match extracted {
        Ok(result) => {
            let parsed = scraper::Html::parse_document(html);
            doc.given = meta::given(&parsed, &result.metadata);
            // Text written straight into the article's element that the extractor dropped goes
            // back in place, then captions and teaser links that repeat a picture's or link's
            // own description go: the line rules cannot tell a caption sentence from the article's.
            // An article continued in a second container of the same template after a table
            // goes on at the end.
            let mut paragraphs = captions::without_described(
                continued::with_continuations(
                    &parsed,
                    loose::with_loose_runs(&parsed, text::paragraphs(&result.content_html)),
                ),
                &captions::described(&parsed),
            );
            // The lead the extractor left in the page header goes first, after a first paragraph
            // that is the headline (removed below).
            if let Some(lead) =
                lead::missing_lead(&parsed, &result.metadata.description, &paragraphs)
                    .or_else(|| lead::lead_below_headline(&parsed, &paragraphs))
            {
                let after_headline = paragraphs.first().is_some_and(|first| {
                    doc.given
                        .title
                        .as_deref()
                        .is_some_and(|t| fold(first) == fold(t))
                });
                paragraphs.insert(usize::from(after_headline), lead);
            }
            // The extractor keeps labels, credits and promotions inside its main block: the
            // paragraph rules of the text path drop them (docs/html.md).
            let kept = crate::extract::body::clean_extracted(paragraphs);
            doc.text = without_headline(kept.join("\n\n"), &doc.given);
            // The text path's block selection after the extractor was measured: precision up,
            // recall down, F1 no better on the tuning pages (docs/html.md); only its paragraph
            // judgement is applied.
            doc.body_is_clean = true;
        }
        // Too little content for the extractor: hand the page's text to the plain-text rules.
        Err(_) => doc.text = trafilatura::html2txt(html),
    }
    if doc.given.url.is_none() {
        doc.given.url = page_url.map(String::from);
    }
    if doc.text.trim().is_empty() {
        return Err(IngestError::rejected(
            source_name,
            "no article text found in the HTML page",
        ));
    }
    Ok(doc)
}

/// The page with each `<noscript>` element that holds paragraphs replaced by its content.
///
/// A parser with scripting on (as `html5ever` is by default) reads a `<noscript>` element's content
/// as raw text, so markup there becomes text with its tags in it. Some blog templates ship the
/// article only inside `<noscript>` (and a script template): the extractor then returned the
/// page's markup as one paragraph. Unwrapped, the content is parsed as markup, as a browser without
/// scripting shows it. Only an element with [`NOSCRIPT_MIN_PARAGRAPHS`] paragraphs or more is
/// unwrapped: most `<noscript>` elements hold a tracking pixel or an "enable JavaScript" notice,
/// which a reader with scripting on never sees (unwrapping every one added such notices to the
/// bodies of tuning pages, docs/html.md).
fn with_noscript_articles(html: &str) -> std::borrow::Cow<'_, str> {
    const NOSCRIPT_MIN_PARAGRAPHS: usize = 2;
    static NOSCRIPT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?is)<noscript\b[^>]*>(.*?)</noscript\s*>").unwrap());
    static PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)<p[\s>]").unwrap());
    NOSCRIPT.replace_all(html, |caps: &regex::Captures| {
        let content = &caps[1];
        if PARAGRAPH.find_iter(content).count() >= NOSCRIPT_MIN_PARAGRAPHS {
            content.to_string()
        } else {
            caps[0].to_string()
        }
    })
}

/// The body without a first paragraph that repeats the headline (the page's `<h1>`): the headline is
/// the article's title, not its text, as for copied pages.
fn without_headline(body: String, given: &super::GivenMeta) -> String {
    let Some(title) = &given.title else {
        return body;
    };
    let (first, rest) = body.split_once("\n\n").unwrap_or((&body, ""));
    if fold(first) == fold(title) {
        rest.to_string()
    } else {
        body
    }
}

/// Text as compared: white space folded, lower case.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests;
