//! Captions and teaser links the extractor keeps as paragraphs, recognised by the page's own markup.
//!
//! A picture's caption is usually also its `alt` or `title` text (the description a screen reader
//! reads), and a link to another article usually carries its headline as the link's `title`. A
//! paragraph of the extracted body that is exactly such a text, and nothing more, is a caption or a
//! teaser link standing on its own, not the article's text. Measured on the tuning pages: of the
//! must-keep / must-drop strings found inside such attributes, 52 were must-drop and 5 must-keep
//! (docs/html.md); requiring the whole paragraph to be the attribute text leaves out the paragraphs
//! that only mention a link.

use super::fold;
use scraper::{Html, Node};
use std::collections::HashSet;

/// Attributes that describe a picture or name a link's target.
const DESCRIBING: &[&str] = &["alt", "title", "data-caption"];
/// A description this short ("Share", "Logo", "Jane Roe") may well be a heading of the article.
const MIN_WORDS: usize = 4;

/// The folded texts (white space folded, lower case, without closing punctuation) of the page's
/// `alt`, `title` and `data-caption` attributes of at least [`MIN_WORDS`] words.
pub fn described(doc: &Html) -> HashSet<String> {
    doc.tree
        .values()
        .filter_map(|node| match node {
            Node::Element(e) => Some(e),
            _ => None,
        })
        .flat_map(|e| {
            // A link to an anchor of the page itself (a table of contents) names a section of
            // the article by its heading, not a picture or another article.
            let own_section = e.name() == "a" && e.attr("href").is_some_and(|h| h.starts_with('#'));
            DESCRIBING
                .iter()
                .filter(move |a| !(own_section && **a == "title"))
                .filter_map(move |a| e.attr(a))
        })
        .filter(|text| text.split_whitespace().count() >= MIN_WORDS)
        .map(key)
        .collect()
}

/// A text as compared with the descriptions.
pub fn key(text: &str) -> String {
    fold(text)
        .trim_end_matches(['.', '!', '?', ' ', '…'])
        .to_string()
}

/// The paragraphs that are not a description of a picture or link of the page.
pub fn without_described(paragraphs: Vec<String>, described: &HashSet<String>) -> Vec<String> {
    if described.is_empty() {
        return paragraphs;
    }
    paragraphs
        .into_iter()
        .filter(|p| !described.contains(&key(p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_that_is_a_picture_or_link_description_goes() {
        let doc = Html::parse_document(
            "<html><body><article>\
             <a href=\"/big.jpg\" title=\"The north pier at dawn, before the first ferry.\">\
             <img src=\"/p.jpg\" alt=\"The north pier at dawn, before the first ferry\"></a>\
             <p>The north pier at dawn, before the first ferry.</p>\
             <p>The ferry company cut the night crossings on Monday.</p>\
             <p><a href=\"/other\" title=\"Port strike enters its second week\">Port strike enters its second week</a></p>\
             <a href=\"#why-the-pier-closed\" title=\"Why the pier closed at night\">Why the pier closed at night</a>\
             <img alt=\"Logo\"></article></body></html>",
        );
        let described = described(&doc);
        let paragraphs: Vec<String> = [
            "The north pier at dawn, before the first ferry.",
            "The ferry company cut the night crossings on Monday.",
            "Port strike enters its second week",
            "Why the pier closed at night",
            "Logo",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            without_described(paragraphs, &described),
            [
                "The ferry company cut the night crossings on Monday.",
                "Why the pier closed at night",
                "Logo"
            ]
        );
    }
}
