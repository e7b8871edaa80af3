//! The standfirst: the lead paragraph a news page shows between its headline and the article.
//!
//! Extractors often leave it out: it sits in the page header beside the headline and the byline,
//! outside the element that holds the body paragraphs (measured on the tuning pages: of the pages
//! whose description is shown on the page but missing from the extracted body, the shown paragraph
//! was a must-keep string on 11 and a must-drop string on 1; docs/html.md). The page declares that
//! paragraph itself: its description (`<meta name=description>`, `og:description`) is the lead on
//! most news pages. So when the page *shows* its description as a block of its own (a teaser that
//! exists only in the `<head>` is no text of the page) and the extracted body lacks it, the shown
//! block is the body's first paragraph. It still goes through the paragraph judgement of the text
//! path, which drops an ad disclosure or a cookie notice used as a description.
//!
//! A page without a usable description may still show its lead between the headline (`<h1>`) and
//! the first paragraph the extractor kept: then the first block there that reads as prose on its
//! own is the lead, when the two are only a few blocks apart (further apart, the blocks between
//! are a byline box, a picture gallery or a table of contents, and a prose block among them is as
//! often a caption or a bio; measured on the tuning pages, docs/html.md).

use super::{fold, text};
use scraper::{Html, Selector};
use std::sync::LazyLock;

/// A description shorter than this is a tagline ("News from the coast"), not a lead.
const MIN_LEAD_WORDS: usize = 8;
/// The description is matched on its first characters: sites cut it short ("…") at different
/// lengths, and the shown paragraph may go on after it.
const PROBE_CHARS: usize = 80;

/// Blocks from the headline to the body's first paragraph for a prose block between them to be the
/// lead.
const MAX_HEADLINE_TO_BODY_BLOCKS: usize = 12;

static H1: LazyLock<Selector> = LazyLock::new(|| Selector::parse("h1").unwrap());

/// The first prose block between the page's `<h1>` and the extracted `body`'s first paragraph.
///
/// The extractor often keeps the headline itself as the body's first paragraph: the gap then ends
/// at the first paragraph that is not the headline. A page may show the headline's words more than
/// once (a breadcrumb, a skip link, a sticky header above the article): the gap starts at the last
/// of them before the body, the one that heads it.
pub fn lead_below_headline(doc: &Html, body: &[String]) -> Option<String> {
    let headline = fold(&doc.select(&H1).next()?.text().collect::<String>());
    if headline.is_empty() {
        return None;
    }
    let first = body.iter().map(|p| fold(p)).find(|p| *p != headline)?;
    let blocks = text::paragraphs_of(doc.tree.root());
    let folded: Vec<String> = blocks.iter().map(|b| fold(b)).collect();
    let shown = folded.iter().position(|b| *b == headline)?;
    let end = shown + folded[shown..].iter().position(|b| *b == first)?;
    let start = folded[..end].iter().rposition(|b| *b == headline)?;
    if end - start - 1 >= MAX_HEADLINE_TO_BODY_BLOCKS {
        return None;
    }
    blocks[start + 1..end]
        .iter()
        .find(|b| crate::extract::body::is_prose_paragraph(b))
        .cloned()
}

/// The page's lead paragraph when the extracted `body` lacks it: the block of the page that begins
/// with the page's `description`.
pub fn missing_lead(doc: &Html, description: &str, body: &[String]) -> Option<String> {
    let probe = probe(description)?;
    let in_body = body.iter().any(|p| fold(p).contains(&probe));
    if in_body {
        return None;
    }
    text::paragraphs_of(doc.tree.root())
        .into_iter()
        .find(|block| {
            block.split_whitespace().count() >= MIN_LEAD_WORDS && fold(block).starts_with(&probe)
        })
}

/// The description's first [`PROBE_CHARS`] characters, lower case and white space folded, without a
/// trailing ellipsis; `None` for a description too short to be a lead.
fn probe(description: &str) -> Option<String> {
    let folded = fold(description);
    let trimmed = folded.trim_end_matches(['.', '…', ' ']);
    if trimmed.split_whitespace().count() < MIN_LEAD_WORDS {
        return None;
    }
    Some(trimmed.chars().take(PROBE_CHARS).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEAD: &str =
        "The harbour bridge is open again after six months of repairs, and the city \
                        says the second phase will not close any lanes.";

    fn page(head: &str, header: &str) -> Html {
        Html::parse_document(&format!(
            "<html><head>{head}</head><body><header><h1>Bridge reopens</h1>{header}</header>\
             <article><p>Engineers replaced the bearings and resurfaced the deck.</p></article>\
             </body></html>"
        ))
    }

    fn meta(description: &str) -> String {
        format!("<meta name=\"description\" content=\"{description}\">")
    }

    #[test]
    fn a_shown_description_missing_from_the_body_is_the_lead() {
        let doc = page(
            &meta(LEAD),
            &format!("<p class=\"teaser\"><b>{LEAD}</b></p>"),
        );
        let body = vec!["Engineers replaced the bearings and resurfaced the deck.".to_string()];
        assert_eq!(missing_lead(&doc, LEAD, &body).as_deref(), Some(LEAD));
        // A description cut short matches the paragraph it was cut from.
        let cut = format!("{}…", &LEAD[..90]);
        assert_eq!(missing_lead(&doc, &cut, &body).as_deref(), Some(LEAD));
    }

    #[test]
    fn a_prose_block_between_the_headline_and_the_body_is_the_lead() {
        let body = vec!["Engineers replaced the bearings and resurfaced the deck.".to_string()];
        let doc = page(
            "",
            &format!("<p class=\"byline\">By Jane Roe</p><p>{LEAD}</p>"),
        );
        assert_eq!(lead_below_headline(&doc, &body).as_deref(), Some(LEAD));
        // A byline, a caption or a label there is no lead.
        let doc = page(
            "",
            "<p>By Jane Roe</p><figcaption>The bridge in May.</figcaption>",
        );
        assert_eq!(lead_below_headline(&doc, &body), None);
        // Far from the headline, a prose block is as often a bio or a caption as a lead.
        let far = "<p>Menu</p>".repeat(MAX_HEADLINE_TO_BODY_BLOCKS);
        let doc = page("", &format!("<p>{LEAD}</p>{far}"));
        assert_eq!(lead_below_headline(&doc, &body), None);
    }

    #[test]
    fn the_gap_runs_from_the_headline_that_heads_the_body_to_the_first_paragraph_after_it() {
        // The extractor kept the headline as the body's first paragraph, and a breadcrumb above
        // the article repeats the headline.
        let doc = Html::parse_document(&format!(
            "<html><body><nav><ol><li>Home</li><li>Bridge reopens</li></ol></nav>\
             <p>Our newsletter arrives every morning with the news from the harbour and the coast.</p>\
             <h1>Bridge reopens</h1><div class=\"date\">3 May 2024</div>\
             <div class=\"teaser\"><p>{LEAD}</p></div>\
             <article><p>Engineers replaced the bearings and resurfaced the deck.</p></article>\
             </body></html>"
        ));
        let body = vec![
            "Bridge reopens".to_string(),
            "Engineers replaced the bearings and resurfaced the deck.".to_string(),
        ];
        assert_eq!(lead_below_headline(&doc, &body).as_deref(), Some(LEAD));
        // A body that is only the headline has no paragraph to end the gap.
        assert_eq!(lead_below_headline(&doc, &body[..1]), None);
    }

    #[test]
    fn a_description_only_in_the_head_or_already_in_the_body_adds_nothing() {
        let hidden = page(&meta(LEAD), "");
        assert_eq!(missing_lead(&hidden, LEAD, &[]), None);
        let shown = page(&meta(LEAD), &format!("<p>{LEAD}</p>"));
        assert_eq!(missing_lead(&shown, LEAD, &[LEAD.to_string()]), None);
        // A tagline is no lead.
        let tagline = "News from the coast";
        let doc = page(&meta(tagline), &format!("<p>{tagline}</p>"));
        assert_eq!(missing_lead(&doc, tagline, &[]), None);
    }
}
