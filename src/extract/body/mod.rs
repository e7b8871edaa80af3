//! Boilerplate removal: from the lines of a copied web page to the article's own paragraphs.

use super::metadata::{Page, PageMeta};
use super::{Article, Span};

/// Builds the article from a page: metadata fields from `meta`, body from the lines that are the
/// article's own text.
pub fn extract(page: &Page, meta: &PageMeta) -> Article {
    let kept: Vec<&str> = page
        .lines
        .iter()
        .enumerate()
        .filter(|(i, line)| !line.is_empty() && !meta.metadata_lines.contains(i))
        .map(|(_, line)| *line)
        .collect();
    let mut article = article_from_paragraphs(&kept);
    article.title = meta.title.clone();
    article.outlet = meta.outlet.clone();
    article.outlet_domain = meta.outlet_domain.clone();
    article.site = meta.site.clone();
    article.site_domain = meta.site_domain.clone();
    article.url = meta.url.clone();
    article.authors = meta.authors.clone();
    article.published = meta.published;
    article
}

/// An article whose text is already its body (structured input): paragraphs are split at blank lines,
/// or at line breaks when the text has no blank lines.
pub fn from_clean_text(text: &str) -> Article {
    let has_blank_lines = text.lines().any(|l| l.trim().is_empty());
    let paragraphs: Vec<String> = if has_blank_lines {
        text.split("\n\n")
            .flat_map(|block| block.split("\r\n\r\n"))
            .map(super::text::fold_whitespace)
            .filter(|p| !p.is_empty())
            .collect()
    } else {
        text.lines()
            .map(super::text::fold_whitespace)
            .filter(|p| !p.is_empty())
            .collect()
    };
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    article_from_paragraphs(&refs)
}

/// Joins paragraphs (white space folded) with one blank line between them and records their spans.
pub fn article_from_paragraphs(paragraphs: &[&str]) -> Article {
    let mut article = Article::default();
    for paragraph in paragraphs {
        let folded = super::text::fold_whitespace(paragraph);
        if folded.is_empty() {
            continue;
        }
        if !article.body.is_empty() {
            article.body.push_str("\n\n");
        }
        let start = article.body.len();
        article.body.push_str(&folded);
        article
            .paragraphs
            .push(Span::new(start, article.body.len()));
    }
    article
}
