//! Text written straight into the article's element that the extractor left out.
//!
//! Blog templates often write a post as text runs separated by `<br>` and the odd `<div>`, not as
//! `<p>` elements. The extractor keeps most of such a post but can drop a run that stands between
//! two `<div>`s (measured on the tuning pages: a release announcement lost one of its five
//! sentences; docs/html.md). Such a run has no element of its own: it sits in the very element that
//! holds the kept text before and after it, where boilerplate (a box, a teaser, a share bar) almost
//! always comes in an element of its own. So a page block the body lacks is put back when
//!
//! - it is text written into an element that also holds block elements (a loose run, not a `<p>`),
//! - the body keeps a block before it and one after it, and its element is the innermost element
//!   holding both (it sits between them, in their common element, not in a box beside them),
//! - it reads as prose on its own (the line classifier's prose class, ended like a sentence).
//!
//! A sub-heading the extractor dropped between two paragraphs it kept, all three children of the
//! same element, goes back the same way (measured on the tuning pages: 13 section headings on 5
//! pages, docs/html.md).
//!
//! They then still go through the paragraph judgement of the text path like every paragraph.

use super::{fold, text};
use ego_tree::NodeId;
use scraper::{Html, Node};
use std::collections::HashSet;

/// `body` with the loose prose runs of the page that sit between two of its paragraphs put back in
/// place.
pub fn with_loose_runs(doc: &Html, body: Vec<String>) -> Vec<String> {
    if body.len() < 2 {
        return body;
    }
    let blocks = text::blocks_of(doc.tree.root());
    let matched = match_blocks(&blocks, &body);
    // (body index to insert after, text), in page order.
    let mut inserts: Vec<(usize, String)> = Vec::new();
    // The next matched block at or after each block.
    let mut next_match = vec![None; blocks.len() + 1];
    for k in (0..blocks.len()).rev() {
        next_match[k] = if matched[k].is_some() {
            Some(k)
        } else {
            next_match[k + 1]
        };
    }
    let mut before: Option<(usize, usize)> = None; // (page index, body index) of the last match
    for (k, block) in blocks.iter().enumerate() {
        if let Some(at) = matched[k] {
            before = Some((k, at));
            continue;
        }
        let Some((prev, at)) = before else { continue };
        let Some(next) = next_match[k] else { break };
        let loose_prose = is_loose(doc, block.container)
            && innermost_common(doc, blocks[prev].container, blocks[next].container)
                == Some(block.container)
            && crate::extract::body::is_prose_paragraph(&block.text);
        if loose_prose || is_sub_heading_between(doc, &blocks, &matched, k) {
            inserts.push((at, block.text.clone()));
        }
    }
    if inserts.is_empty() {
        return body;
    }
    let mut out = Vec::with_capacity(body.len() + inserts.len());
    let mut pending = inserts.into_iter().peekable();
    for (i, paragraph) in body.into_iter().enumerate() {
        out.push(paragraph);
        while let Some((_, text)) = pending.next_if(|(at, _)| *at == i) {
            out.push(text);
        }
    }
    out
}

/// Whether block `k` is a sub-heading (`<h2>`..`<h6>`) standing between two kept paragraphs that
/// follow each other in the body, all three children of the same element: the article's own section
/// heading, which the extractor sometimes drops (a heading holding a `<style>` element, a table of
/// contents' anchor). A heading in a box of its own is not a sibling of the article's paragraphs.
fn is_sub_heading_between(
    doc: &Html,
    blocks: &[text::Block],
    matched: &[Option<usize>],
    k: usize,
) -> bool {
    let (Some(prev), Some(next)) = (k.checked_sub(1), blocks.get(k + 1).map(|_| k + 1)) else {
        return false;
    };
    let (Some(a), Some(b)) = (matched[prev], matched[next]) else {
        return false;
    };
    let parent = |id: NodeId| doc.tree.get(id).and_then(|n| n.parent()).map(|p| p.id());
    let name = |id: NodeId| match doc.tree.get(id).map(|n| n.value()) {
        Some(Node::Element(e)) => e.name().to_string(),
        _ => String::new(),
    };
    b == a + 1
        && matches!(
            name(blocks[k].container).as_str(),
            "h2" | "h3" | "h4" | "h5" | "h6"
        )
        && name(blocks[prev].container) == "p"
        && name(blocks[next].container) == "p"
        && parent(blocks[k].container).is_some()
        && parent(blocks[k].container) == parent(blocks[prev].container)
        && parent(blocks[k].container) == parent(blocks[next].container)
}

/// For each page block, the index of the body paragraph it is (same text, folded), matched in
/// order: a body paragraph takes the first unmatched block after the previous match.
pub(super) fn match_blocks(blocks: &[text::Block], body: &[String]) -> Vec<Option<usize>> {
    let folded: Vec<String> = blocks.iter().map(|b| fold(&b.text)).collect();
    let mut matched = vec![None; blocks.len()];
    let mut from = 0;
    for (i, paragraph) in body.iter().enumerate() {
        let wanted = fold(paragraph);
        if let Some(k) = (from..blocks.len()).find(|&k| folded[k] == wanted) {
            matched[k] = Some(i);
            from = k + 1;
        }
    }
    matched
}

/// Whether the element holds block elements beside its own text (text written into a `<div>`
/// between other blocks, not a paragraph element).
fn is_loose(doc: &Html, id: NodeId) -> bool {
    doc.tree.get(id).is_some_and(|node| {
        node.children()
            .any(|c| matches!(c.value(), Node::Element(e) if text::is_block(e.name())))
    })
}

/// The innermost element that holds both nodes (either may be it).
fn innermost_common(doc: &Html, a: NodeId, b: NodeId) -> Option<NodeId> {
    let above_a: HashSet<NodeId> = doc
        .tree
        .get(a)?
        .ancestors()
        .map(|n| n.id())
        .chain([a])
        .collect();
    let b = doc.tree.get(b)?;
    std::iter::once(b)
        .chain(b.ancestors())
        .map(|n| n.id())
        .find(|id| above_a.contains(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST: &str =
        "The new release is out today and brings faster start-up on every platform.";
    const LOST: &str =
        "Maintenance releases for this series will follow at regular intervals of about \
                        two months, starting in the first weeks of the coming spring.";
    const LAST: &str = "We hope you enjoy the new release as much as we enjoyed making it.";

    fn body() -> Vec<String> {
        vec![FIRST.to_string(), LAST.to_string()]
    }

    #[test]
    fn a_loose_run_between_kept_text_in_the_same_element_is_put_back() {
        let doc = Html::parse_document(&format!(
            "<html><body><div class=\"post\">{FIRST}<br><div><br></div>{LOST}<br>\
             <div>{LAST}</div></div></body></html>"
        ));
        assert_eq!(with_loose_runs(&doc, body()), [FIRST, LOST, LAST]);
    }

    #[test]
    fn a_box_a_paragraph_or_a_label_between_them_is_not() {
        // A block in an element of its own (a promotion box) is the extractor's to drop.
        let boxed = format!(
            "<div class=\"post\">{FIRST}<br><div class=\"promo\">{LOST}</div><div>{LAST}</div></div>"
        );
        // A run in a box of its own that holds blocks too (a teaser with its list).
        let beside = format!(
            "<div class=\"post\">{FIRST}<br><aside>{LOST}<div>Read on</div></aside><div>{LAST}</div></div>"
        );
        // A loose run that is a label, not prose.
        let label =
            format!("<div class=\"post\">{FIRST}<br><div></div>Share this<div>{LAST}</div></div>");
        for page in [boxed, beside, label] {
            let doc = Html::parse_document(&format!("<html><body>{page}</body></html>"));
            assert_eq!(with_loose_runs(&doc, body()), [FIRST, LAST], "{page}");
        }
    }

    #[test]
    fn a_sub_heading_between_kept_paragraphs_of_the_same_element_is_put_back() {
        let heading = "Maintenance releases";
        let doc = Html::parse_document(&format!(
            "<html><body><div class=\"post\"><p>{FIRST}</p><h2><style></style>{heading}</h2>\
             <p>{LAST}</p></div></body></html>"
        ));
        assert_eq!(with_loose_runs(&doc, body()), [FIRST, heading, LAST]);
        // A heading in a box of its own, or after the last kept paragraph, is not.
        for page in [
            format!("<p>{FIRST}</p><aside><h2>{heading}</h2></aside><p>{LAST}</p>"),
            format!("<p>{FIRST}</p><p>{LAST}</p><h2>{heading}</h2><p>More text here.</p>"),
        ] {
            let doc = Html::parse_document(&format!("<html><body><div>{page}</div></body></html>"));
            assert_eq!(with_loose_runs(&doc, body()), [FIRST, LAST], "{page}");
        }
    }

    #[test]
    fn a_run_after_the_last_kept_paragraph_is_not_put_back() {
        let doc = Html::parse_document(&format!(
            "<html><body><div class=\"post\">{FIRST}<div>{LAST}</div>{LOST}</div></body></html>"
        ));
        assert_eq!(with_loose_runs(&doc, body()), [FIRST, LAST]);
    }
}
