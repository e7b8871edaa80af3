//! An article continued in a second container after a table or picture that broke its column.
//!
//! Page builders (a CMS's "text", "table", "text" modules) often write one article as a row of
//! containers: the text module, a full-width table or picture module, then another text module
//! built from the same template. The extractor picks one container as the main content and the
//! article's second half is lost (measured on the tuning pages: a guide lost its last three
//! sections, two of them must-keep strings, after a comparison table; docs/html.md). A box of
//! furniture almost never copies the article column's markup, so the page's paragraphs are put back
//! at the end of the body when
//!
//! - the element holding them has the same tag and classes, and so do its parent and grandparent,
//!   as the element holding most of the body's paragraphs (the same template, another instance),
//! - it comes after the body's last paragraph, with fewer than [`MAX_GAP_WORDS`] words and no
//!   heading between them and the body's text (a table or a picture, not another article's
//!   headline and teaser: a list page repeats the article template too),
//! - it holds at least [`MIN_PROSE`] paragraphs that read as prose on their own.
//!
//! They then still go through the paragraph judgement of the text path like every paragraph.

use super::loose::match_blocks;
use super::text::{self, Block};
use ego_tree::NodeId;
use scraper::{Html, Node};
use std::collections::HashMap;

/// Text between the body and a continuation, at most: a table's cells or a caption, not a teaser.
const MAX_GAP_WORDS: usize = 80;
/// Prose paragraphs a continuation must hold (one could be a box's blurb).
const MIN_PROSE: usize = 2;
/// Levels compared: the element, its parent and its grandparent.
const SIGNATURE_LEVELS: usize = 3;

/// `body` with the paragraphs of later containers built like the body's own appended.
pub fn with_continuations(doc: &Html, body: Vec<String>) -> Vec<String> {
    if body.len() < MIN_PROSE {
        return body;
    }
    let blocks = text::blocks_of(doc.tree.root());
    let matched = match_blocks(&blocks, &body);
    let Some(column) = body_column(doc, &blocks, &matched) else {
        return body;
    };
    let Some(last) = matched.iter().rposition(Option::is_some) else {
        return body;
    };
    let wanted = signature(doc, column);
    let mut added: Vec<String> = Vec::new();
    let mut gap_words = 0;
    let mut k = last + 1;
    while k < blocks.len() {
        let here = holder(doc, &blocks[k]);
        if here.is_some_and(|h| h != column && signature(doc, h) == wanted) {
            let end = (k..blocks.len())
                .find(|&j| holder(doc, &blocks[j]) != here)
                .unwrap_or(blocks.len());
            let run = &blocks[k..end];
            let prose = run
                .iter()
                .filter(|b| crate::extract::body::is_prose_paragraph(&b.text))
                .count();
            if prose >= MIN_PROSE {
                added.extend(run.iter().map(|b| b.text.clone()));
                gap_words = 0;
            } else {
                gap_words += run.iter().map(|b| words(&b.text)).sum::<usize>();
            }
            k = end;
            continue;
        }
        if is_heading(doc, blocks[k].container) {
            break;
        }
        gap_words += words(&blocks[k].text);
        if gap_words >= MAX_GAP_WORDS {
            break;
        }
        k += 1;
    }
    if added.is_empty() {
        return body;
    }
    let at = matched[last].expect("the last match is a match") + 1;
    let mut out = body;
    out.splice(at..at, added);
    out
}

/// The element holding most of the body's paragraphs (the parent of their `<p>` elements), if it
/// holds two or more.
fn body_column(doc: &Html, blocks: &[Block], matched: &[Option<usize>]) -> Option<NodeId> {
    let mut counts: HashMap<NodeId, usize> = HashMap::new();
    for (block, _) in blocks.iter().zip(matched).filter(|(_, m)| m.is_some()) {
        if element_name(doc, block.container) == Some("p") {
            if let Some(h) = holder(doc, block) {
                *counts.entry(h).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= MIN_PROSE)
        .max_by_key(|&(id, n)| (n, std::cmp::Reverse(id)))
        .map(|(id, _)| id)
}

/// The element a block stands in: the parent of its paragraph or heading element, else the
/// element whose own text it is.
fn holder(doc: &Html, block: &Block) -> Option<NodeId> {
    let node = doc.tree.get(block.container)?;
    match element_name(doc, block.container) {
        Some("p" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "li" | "blockquote") => {
            node.parent().map(|p| p.id())
        }
        _ => Some(node.id()),
    }
}

/// Tag and class attribute of the element and its nearest ancestors.
fn signature(doc: &Html, id: NodeId) -> Vec<(String, String)> {
    let Some(node) = doc.tree.get(id) else {
        return Vec::new();
    };
    std::iter::once(node)
        .chain(node.ancestors())
        .filter_map(|n| match n.value() {
            Node::Element(e) => Some((
                e.name().to_string(),
                e.attr("class").unwrap_or("").trim().to_string(),
            )),
            _ => None,
        })
        .take(SIGNATURE_LEVELS)
        .collect()
}

fn element_name(doc: &Html, id: NodeId) -> Option<&str> {
    match doc.tree.get(id)?.value() {
        Node::Element(e) => Some(e.name()),
        _ => None,
    }
}

fn is_heading(doc: &Html, id: NodeId) -> bool {
    matches!(
        element_name(doc, id),
        Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    )
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str =
        "The first half of the guide explains how the gas is made from methanol today, \
                       in plants that mostly run on natural gas.";
    const TWO: &str = "Both ways of making it also work with renewable methane, which plants win \
                       from organic waste in the fermenters of biogas farms.";
    const THREE: &str =
        "Blends with propane are already common in several countries of Asia, where \
                         the two gases share tanks, pipes and burners.";
    const FOUR: &str =
        "Producers plan new plants over the coming years, so the supply for heating \
                        should grow well beyond what the market offers now.";
    const TABLE: &str =
        "<div class=\"wide\"><table><tr><td>Density</td><td>0.67</td></tr></table></div>";

    fn column(paragraphs: &[&str]) -> String {
        let ps: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
        format!("<div class=\"row\"><div class=\"col text\">{ps}</div></div>")
    }

    fn run(page: &str) -> Vec<String> {
        let doc = Html::parse_document(&format!("<html><body>{page}</body></html>"));
        with_continuations(&doc, vec![ONE.to_string(), TWO.to_string()])
    }

    #[test]
    fn a_second_text_module_after_a_table_is_put_back() {
        let page = format!("{}{TABLE}{}", column(&[ONE, TWO]), column(&[THREE, FOUR]));
        assert_eq!(run(&page), [ONE, TWO, THREE, FOUR]);
    }

    #[test]
    fn another_template_a_headline_between_or_one_paragraph_is_not() {
        let other = format!(
            "{}{TABLE}<div class=\"row\"><div class=\"teaser\"><p>{THREE}</p><p>{FOUR}</p></div></div>",
            column(&[ONE, TWO])
        );
        let headline = format!(
            "{}<h2>Another story</h2>{}",
            column(&[ONE, TWO]),
            column(&[THREE, FOUR])
        );
        let single = format!("{}{TABLE}{}", column(&[ONE, TWO]), column(&[THREE]));
        for page in [other, headline, single] {
            assert_eq!(run(&page), [ONE, TWO], "{page}");
        }
    }

    #[test]
    fn a_long_gap_ends_the_search() {
        let filler = "<div>".to_string() + &"word ".repeat(MAX_GAP_WORDS) + "</div>";
        let page = format!("{}{filler}{}", column(&[ONE, TWO]), column(&[THREE, FOUR]));
        assert_eq!(run(&page), [ONE, TWO]);
    }
}
