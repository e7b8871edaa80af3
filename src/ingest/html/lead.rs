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

use super::{fold, text};
use scraper::Html;

/// A description shorter than this is a tagline ("News from the coast"), not a lead.
const MIN_LEAD_WORDS: usize = 8;
/// The description is matched on its first characters: sites cut it short ("…") at different
/// lengths, and the shown paragraph may go on after it.
const PROBE_CHARS: usize = 80;

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
