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
//! It then still goes through the paragraph judgement of the text path like every paragraph.

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
        if is_loose(doc, block.container)
            && innermost_common(doc, blocks[prev].container, blocks[next].container)
                == Some(block.container)
            && crate::extract::body::is_prose_paragraph(&block.text)
        {
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

/// For each page block, the index of the body paragraph it is (same text, folded), matched in
/// order: a body paragraph takes the first unmatched block after the previous match.
fn match_blocks(blocks: &[text::Block], body: &[String]) -> Vec<Option<usize>> {
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
    fn a_run_after_the_last_kept_paragraph_is_not_put_back() {
        let doc = Html::parse_document(&format!(
            "<html><body><div class=\"post\">{FIRST}<div>{LAST}</div>{LOST}</div></body></html>"
        ));
        assert_eq!(with_loose_runs(&doc, body()), [FIRST, LAST]);
    }
}
