//! Boilerplate removal: from the lines of a copied web page to the article's own paragraphs.
//!
//! A page copied from a browser is one paragraph per line, with the site around the article: menus,
//! share buttons, photo credits and captions, newsletter and paywall boxes, related-article lists,
//! comment forms, author bios, donation letters, footers. The article is found in two steps:
//!
//! 1. [`classify`]: every line gets a class from its own shape (length, sentence shape, case mix,
//!    URL share, generic web phrases from [`lexicon`], credit and date patterns);
//! 2. [`block`]: the run of lines with the most prose is the article; end-of-article headings
//!    ("Comments", "Related articles", "Dear Reader", …) are walls the run cannot cross.
//!
//! An HTML extractor's paragraphs get only the first step's judgement and the article's end
//! ([`extracted`]): the extractor has already chosen the main block.
//!
//! Each kept line becomes one paragraph, white space folded. Lines the metadata stage consumed
//! (headline, byline, url line) are never body text.
//!
//! For tuning, `FACTDB_EXPLAIN_BODY=1 factdb extract --body PAGE` prints every candidate line to
//! stderr with its class, its markers and whether it was kept (see docs/extraction.md).

mod block;
mod classify;
mod extracted;
mod lexicon;
mod repeated;
#[cfg(test)]
mod tests;

use super::metadata::{Page, PageMeta};
use super::{Article, Span};
pub use extracted::clean_extracted;
use std::collections::HashSet;

/// Builds the article from a page: metadata fields from `meta`, body from the lines that are the
/// article's own text.
pub fn extract(page: &Page, meta: &PageMeta) -> Article {
    let kept = article_lines(page, meta);
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

/// The page lines that are the article's paragraphs, in page order.
fn article_lines<'a>(page: &Page<'a>, meta: &PageMeta) -> Vec<&'a str> {
    let (candidates, selected) = classify_and_select(page, meta);
    // A line repeated verbatim (a caption shown twice, a pull quote) is kept once.
    let mut seen = HashSet::new();
    selected
        .into_iter()
        .map(|i| candidates[i].text)
        .filter(|text| seen.insert(*text))
        .collect()
}

/// Every candidate line with its class, and the indices of the article's lines among them.
fn classify_and_select<'a>(
    page: &Page<'a>,
    meta: &PageMeta,
) -> (Vec<block::Candidate<'a>>, Vec<usize>) {
    let consumed: HashSet<usize> = meta.metadata_lines.iter().copied().collect();
    // The article begins at its headline: the short lines a page shows above it (image placeholders,
    // banners, navigation) are page furniture. Prose above it is left to the block selection, since the
    // headline found may be a lower one.
    let first_line = meta.title_line.unwrap_or(0);
    let mut candidates: Vec<block::Candidate<'a>> = page
        .lines
        .iter()
        .enumerate()
        .filter(|(i, line)| !line.is_empty() && !consumed.contains(i))
        .map(|(i, &text)| {
            (
                i,
                block::Candidate {
                    text,
                    info: classify::classify(text),
                },
            )
        })
        .filter(|(i, candidate)| *i >= first_line || candidate.info.class == classify::Class::Good)
        .map(|(_, candidate)| candidate)
        .collect();
    let mut selected = block::select(&mut candidates);
    if std::env::var_os("FACTDB_EXPLAIN_BODY").is_some() {
        eprint!("{}", explain(&candidates, &selected));
    }
    // Rule 7 again, now that the byline is known: a closing "Anna Roe reports on ..." about one of
    // the article's authors, a print-edition note or a contact line, is not the article's text.
    while selected.len() > 1 {
        let last = candidates[*selected.last().unwrap()].text;
        if !(block::is_closing_note(last) || block::is_bio_of(last, &meta.authors)) {
            break;
        }
        selected.pop();
    }
    (candidates, selected)
}

/// Every candidate line with its class, markers and `K` where it was kept: a tuning aid, printed to
/// stderr by `FACTDB_EXPLAIN_BODY=1 factdb extract --body PAGE` (and by the ignored `explain` tests).
fn explain(candidates: &[block::Candidate], selected: &[usize]) -> String {
    use std::fmt::Write;
    let kept: HashSet<usize> = selected.iter().copied().collect();
    let mut out = String::new();
    for (i, c) in candidates.iter().enumerate() {
        let _ = writeln!(
            out,
            "{i:4} {} {:<8} {:>3}w {:?} {:?}{} {}",
            if kept.contains(&i) { 'K' } else { ' ' },
            format!("{:?}", c.info.class),
            c.info.words,
            c.info.end_marker,
            c.info.credit,
            if c.info.link_label { " label" } else { "" },
            c.text,
        );
    }
    out
}

/// Whether a paragraph reads as article prose on its own: long enough, ended like a sentence, and
/// none of the furniture the line classifier knows (the HTML path asks this of a block the
/// extractor left out).
pub fn is_prose_paragraph(text: &str) -> bool {
    classify::classify(text).class == classify::Class::Good && classify::ends_like_sentence(text)
}

/// An article whose text is already its body (structured input such as JSON): no boilerplate
/// removal. Paragraphs are the blocks between blank (or white-space-only) lines, each block's line
/// breaks folded to spaces; text without any blank line has one paragraph per line (a body that
/// was stored with single line breaks).
pub fn from_clean_text(text: &str) -> Article {
    let has_blank_lines = text.trim().lines().any(|l| l.trim().is_empty());
    let mut paragraphs: Vec<String> = Vec::new();
    let mut block = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || !has_blank_lines {
            if !block.is_empty() {
                paragraphs.push(std::mem::take(&mut block));
            }
            if line.is_empty() {
                continue;
            }
        }
        if !block.is_empty() {
            block.push(' ');
        }
        block.push_str(line);
    }
    if !block.is_empty() {
        paragraphs.push(block);
    }
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
