//! Article metadata from a copied web page: headline, outlet, url, authors, publication date.
//!
//! Works on the raw lines of the page ([`Page`]) and reports which lines it consumed (the headline, a
//! byline, a url line) so [`crate::extract::body`] leaves them out of the body.

use chrono::NaiveDate;

/// The raw page split into lines, with byte offsets into the original text.
pub struct Page<'a> {
    pub text: &'a str,
    /// Each line without its line ending, trimmed of surrounding white space.
    pub lines: Vec<&'a str>,
}

impl<'a> Page<'a> {
    pub fn new(text: &'a str) -> Page<'a> {
        let lines = text.lines().map(|l| l.trim()).collect();
        Page { text, lines }
    }
}

/// What the page says about the article, and which lines said it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub outlet_domain: Option<String>,
    pub site: Option<String>,
    pub site_domain: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<NaiveDate>,
    /// The headline's line index in [`Page::lines`].
    pub title_line: Option<usize>,
    /// Lines that are metadata (headline, byline, url, dateline-only lines) and not body text.
    pub metadata_lines: Vec<usize>,
}

/// Finds the metadata of a page.
pub fn extract(page: &Page) -> PageMeta {
    // Placeholder rule until the full rules land: the first non-empty line is the headline.
    let title_line = page.lines.iter().position(|l| !l.is_empty());
    PageMeta {
        title: title_line.map(|i| page.lines[i].to_string()),
        title_line,
        metadata_lines: title_line.into_iter().collect(),
        ..PageMeta::default()
    }
}
