//! The extractor's main-content HTML -> paragraphs, one blank line between them.
//!
//! Block elements (paragraphs, headings, list items, table rows, quotes) end a paragraph; inline
//! elements and their text flow into the current one with white space folded, as a browser renders
//! them. The cells of a table row are one paragraph, separated by spaces as a copied table is: a row
//! ("North pier 22:00") reads as a line, where one paragraph per cell left a bare time or number
//! that the line classifier drops as furniture. That keeps the article's paragraph structure, so sentences and character spans work as for
//! plain text.

use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

/// Elements that start and end a paragraph of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
];

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head"];

/// The paragraphs of an HTML fragment, white space folded.
pub fn paragraphs(fragment: &str) -> Vec<String> {
    paragraphs_of(Html::parse_fragment(fragment).tree.root())
}

/// The paragraphs under a node of a parsed page (the whole page from its root), white space folded.
pub fn paragraphs_of(node: NodeRef<Node>) -> Vec<String> {
    blocks_of(node).into_iter().map(|b| b.text).collect()
}

/// One paragraph of a parsed page and the block element whose text it is.
pub struct Block {
    pub text: String,
    /// The innermost block element (or the walked node) holding the paragraph's text: the `<p>`
    /// for a paragraph, the `<div>` for text written straight into a `<div>` beside other blocks.
    pub container: NodeId,
}

/// The paragraphs under a node of a parsed page with their containers, in document order.
pub fn blocks_of(node: NodeRef<Node>) -> Vec<Block> {
    let mut collector = Collector {
        open: vec![node.id()],
        ..Collector::default()
    };
    collector.walk(node);
    collector.flush();
    collector.blocks
}

/// Whether an element of this name starts and ends a paragraph of its own.
pub fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name)
}

#[derive(Default)]
struct Collector {
    blocks: Vec<Block>,
    current: String,
    /// The block elements being walked, innermost last.
    open: Vec<NodeId>,
}

impl Collector {
    fn walk(&mut self, node: NodeRef<Node>) {
        for child in node.children() {
            match child.value() {
                Node::Text(text) => self.current.push_str(text),
                Node::Element(element) => {
                    let name = element.name();
                    if name == "br" {
                        self.flush();
                    } else if name == "td" || name == "th" {
                        // Cells flow into their row's paragraph, a space apart.
                        self.current.push(' ');
                        self.walk(child);
                        self.current.push(' ');
                    } else if !SKIPPED.contains(&name) {
                        let block = BLOCKS.contains(&name);
                        if block {
                            self.flush();
                            self.open.push(child.id());
                        }
                        self.walk(child);
                        if block {
                            self.flush();
                            self.open.pop();
                        }
                    }
                }
                _ => self.walk(child),
            }
        }
    }

    /// Ends the current paragraph, white space folded; an empty one is dropped.
    fn flush(&mut self) {
        let folded = self
            .current
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !folded.is_empty() {
            let container = *self.open.last().expect("the walked node stays open");
            self.blocks.push(Block {
                text: folded,
                container,
            });
        }
        self.current.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_paragraphs_and_inline_text_flows() {
        let html =
            "<div><h2>Title</h2><p>One <b>bold</b>\n  word.</p><ul><li>a</li><li>b</li></ul>\
                    <p>Line<br>break</p><script>x()</script></div>";
        assert_eq!(
            paragraphs(html),
            ["Title", "One bold word.", "a", "b", "Line", "break"]
        );
    }

    #[test]
    fn a_table_row_is_one_paragraph() {
        let html = "<table><tr><th>Route</th><th>Last boat</th></tr>\
                    <tr><td>North pier</td><td>22:00</td></tr>\
                    <tr><td><p>South pier</p></td><td>21:30</td></tr></table>";
        assert_eq!(
            paragraphs(html),
            ["Route Last boat", "North pier 22:00", "South pier", "21:30"]
        );
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            paragraphs("<p>Tom &amp; Jerry&nbsp;say &#8220;hi&#8221;</p>"),
            ["Tom & Jerry say \u{201C}hi\u{201D}"]
        );
    }
}
