//! Article metadata from a copied web page: headline, outlet, url, authors, publication date.
//!
//! Works on the raw lines of the page ([`Page`]) and reports which lines it consumed (the headline, a
//! byline, a url line, a date line, a site banner) so [`crate::extract::body`] leaves them out of the
//! body. Each field has its own module with its rules in a table:
//!
//! | field              | module        | evidence                                                   |
//! |--------------------|---------------|------------------------------------------------------------|
//! | headline           | [`headline`]  | first headline-shaped line at the top, preferring a repeated one or one a byline follows |
//! | url                | [`url`]       | a url line whose path is an article's (slug or date) and matches the headline |
//! | outlet / site      | [`outlet`]    | source links, the article url, byline outlet, wire dateline, copyright and subscribe lines |
//! | authors            | [`byline`]    | "By A and B", "Name, Outlet", "Name \| Outlet"             |
//! | published          | [`date`]      | url date > "Published" line > "Updated" line > date line > story dateline > caption date near the top |
//!
//! Nothing is invented: a field without evidence stays empty. A known outlet named in a body sentence
//! is never evidence.

mod byline;
mod date;
mod headline;
mod known;
mod names;
mod outlet;
mod url;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use outlet::Evidence;
use url::{UrlKind, WebAddress};

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
    /// The outlet that wrote the article (for a repost: the original outlet).
    pub outlet: Option<String>,
    pub outlet_domain: Option<String>,
    /// The site the page was copied from, when it is not the outlet (an aggregator's repost).
    pub site: Option<String>,
    pub site_domain: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<NaiveDate>,
    /// The headline's line index in [`Page::lines`].
    pub title_line: Option<usize>,
    /// Lines that are metadata (headline, byline, url, dateline-only lines, site banner) and not body
    /// text, sorted and without duplicates.
    pub metadata_lines: Vec<usize>,
}

/// How far below the headline a date line or caption date still dates the article: up to the second
/// body paragraph (a caption often sits after the first one). Later dates belong to related links,
/// comments or the story's past.
const DATE_BODY_PARAGRAPHS: usize = 2;

/// Finds the metadata of a page.
pub fn extract(page: &Page) -> PageMeta {
    let lines = &page.lines;
    let mut meta = PageMeta::default();
    let (url_lines, mut evidence) = scan_lines(lines);
    let bylines = Bylines::find(lines);

    // Headline, knowing which lines name the outlet (a masthead is not a headline).
    let outlet_names: Vec<String> = evidence
        .iter()
        .filter_map(|e| e.name.clone())
        .chain(bylines.outlets())
        .collect();
    let headline = headline::find(lines, &outlet_names);

    let title_line = headline.as_ref().map_or(0, |h| h.line);
    let chosen = bylines.choose(lines, headline.is_some().then_some(title_line));
    for (consumed, b) in chosen {
        let i = consumed[0];
        meta.metadata_lines.extend(consumed);
        for author in b.authors {
            if !meta.authors.contains(&author) {
                meta.authors.push(author);
            }
        }
        if let Some(name) = b.outlet {
            evidence.push(Evidence {
                role: outlet::Role::Article,
                name: Some(name),
                domain: None,
                line: i,
            });
        }
    }

    if let Some(h) = &headline {
        meta.title = Some(h.text.clone());
        meta.title_line = Some(h.line);
        meta.metadata_lines.push(h.line);
        meta.metadata_lines.extend(&h.repeats);
        meta.metadata_lines
            .extend(headline_furniture(lines, h, &outlet_names));
    }
    // A masthead naming a known outlet above the headline, or a page title "Headline | Outlet".
    let first_line = lines.iter().position(|l| !l.is_empty());
    let masthead_end = meta.title_line.unwrap_or(0).max(first_line.unwrap_or(0));
    for (i, line) in lines.iter().enumerate().take(masthead_end + 1) {
        if let Some(e) = outlet::masthead_evidence(line, i) {
            evidence.push(e);
        }
    }

    let article_url = choose_article_url(&url_lines, meta.title.as_deref());
    add_url_lines(lines, &url_lines, article_url, &mut meta, &mut evidence);

    let (found_outlet, found_site) = outlet::resolve(&evidence);
    meta.outlet = found_outlet.name;
    meta.outlet_domain = found_outlet.domain;
    meta.site = found_site.name;
    meta.site_domain = found_site.domain;

    let url_date = article_url
        .and_then(|i| url_lines.iter().find(|(j, _)| *j == i))
        .and_then(|(_, a)| date::from_url(&a.path));
    let date_end = date_region_end(lines, meta.title_line);
    let date_lines: Vec<usize> = (0..date_end)
        .filter(|&i| date::is_date_only_line(lines[i]))
        .collect();
    let published = url_date.or_else(|| find_written_date(lines, date_end));
    meta.published = published;
    meta.metadata_lines.extend(date_lines);

    meta.metadata_lines.sort_unstable();
    meta.metadata_lines.dedup();
    meta
}

/// The url lines of the page, and the outlet evidence of the other lines (source links, copyright
/// and subscribe lines, wire datelines).
fn scan_lines(lines: &[&str]) -> (Vec<(usize, WebAddress)>, Vec<Evidence>) {
    let mut url_lines = Vec::new();
    let mut evidence = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        if let Some(address) = url::line_url(line) {
            url_lines.push((i, address));
        } else if let Some(e) = outlet::line_evidence(line, i) {
            evidence.push(e);
        }
    }
    (url_lines, evidence)
}

/// A byline with the lines it takes up.
type BylineAt = (Vec<usize>, byline::Byline);

/// The page's candidate bylines: every "By" line (the one nearest below the headline is chosen
/// later), and the first "Name, Outlet" line (often at the end, over an author bio).
struct Bylines {
    by_lines: Vec<BylineAt>,
    name_outlet: Option<BylineAt>,
}

impl Bylines {
    fn find(lines: &[&str]) -> Bylines {
        let by_lines = lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| {
                byline::by_line(l).map(|b| (vec![i], b)).or_else(|| {
                    // "By" alone on its line, the names on the next one.
                    let next = (i + 1..lines.len()).find(|&j| !lines[j].is_empty())?;
                    byline::split_by_line(l, lines[next]).map(|b| (vec![i, next], b))
                })
            })
            .collect();
        let name_outlet = lines
            .iter()
            .enumerate()
            .find_map(|(i, l)| byline::name_outlet_line(l).map(|b| (vec![i], b)));
        Bylines {
            by_lines,
            name_outlet,
        }
    }

    /// The outlets the bylines name.
    fn outlets(&self) -> impl Iterator<Item = String> + '_ {
        self.by_lines
            .iter()
            .chain(&self.name_outlet)
            .filter_map(|(_, b)| b.outlet.clone())
    }

    /// The bylines that are the article's: the first "By" line below the headline (one above it may
    /// belong to a list of other stories), else the first on the page, else a list of names right
    /// under the headline ("A, B and C"); and the "Name, Outlet" line.
    fn choose(self, lines: &[&str], headline_line: Option<usize>) -> Vec<BylineAt> {
        let title_line = headline_line.unwrap_or(0);
        let mut by = self
            .by_lines
            .iter()
            .find(|(consumed, _)| consumed[0] > title_line)
            .or(self.by_lines.first())
            .cloned();
        if by.is_none() && headline_line.is_some() {
            by = lines
                .iter()
                .enumerate()
                .skip(title_line + 1)
                .filter(|(_, l)| !l.is_empty())
                .take(2)
                .find(|(_, l)| byline::names_only(l))
                .and_then(|(i, l)| byline::by_line(&format!("By {l}")).map(|b| (vec![i], b)));
        }
        by.into_iter().chain(self.name_outlet).collect()
    }
}

/// Lines that only frame the headline: the headline with a few words of furniture ("QR Code to
/// <headline>", "Share <headline>"), and banners, navigation and mastheads above it ("Site Link •
/// SECTION: …", "World | Europe", a line that is the outlet's name).
fn headline_furniture(
    lines: &[&str],
    h: &headline::Headline,
    outlet_names: &[String],
) -> Vec<usize> {
    let mut out = Vec::new();
    let long_enough = h.text.split_whitespace().count() >= 4;
    for (i, line) in lines.iter().enumerate().filter(|_| long_enough) {
        if i != h.line
            && line.len() > h.text.len()
            && line.len() < h.text.len() + 80
            && line.contains(h.text.as_str())
        {
            let extra = line.replacen(h.text.as_str(), " ", 1);
            if extra.split_whitespace().count() <= 4 {
                out.push(i);
            }
        }
    }
    let name_keys: Vec<String> = outlet_names.iter().map(|n| known::squash(n)).collect();
    for (i, line) in lines.iter().enumerate().take(h.line) {
        let masthead =
            !line.is_empty() && line.len() < 80 && name_keys.contains(&known::squash(line));
        if line.contains('•') || line.contains(" | ") || masthead {
            out.push(i);
        }
    }
    out
}

/// The article's url, and the outlet evidence of every url line: each url line that names an outlet
/// is metadata, and so is a label on the line above the article's url ("Read this article in",
/// "Source:").
fn add_url_lines(
    lines: &[&str],
    url_lines: &[(usize, WebAddress)],
    article_url: Option<usize>,
    meta: &mut PageMeta,
    evidence: &mut Vec<Evidence>,
) {
    for (i, address) in url_lines {
        let is_article = article_url == Some(*i);
        if let Some(e) = outlet::url_evidence(lines[*i], address, *i, is_article) {
            evidence.push(e);
            meta.metadata_lines.push(*i);
        }
        if is_article {
            meta.url = Some(address.url.clone());
            if let Some(prev) = (0..*i).rev().find(|&j| !lines[j].is_empty()) {
                if is_url_label(lines[prev]) {
                    meta.metadata_lines.push(prev);
                }
            }
        }
    }
}

/// The url line that is the article's own address: an article-shaped url whose slug shares words with
/// the headline; a url without slug words when it is the only article-shaped one.
fn choose_article_url(url_lines: &[(usize, WebAddress)], title: Option<&str>) -> Option<usize> {
    let articles: Vec<&(usize, WebAddress)> = url_lines
        .iter()
        .filter(|(_, a)| a.kind == UrlKind::Article)
        .collect();
    let title_words: Vec<String> = title
        .map(|t| {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 2)
                .map(str::to_lowercase)
                .collect()
        })
        .unwrap_or_default();
    let overlap = |a: &WebAddress| {
        let slug = url::slug_words(&a.path);
        let shared = slug.iter().filter(|w| title_words.contains(w)).count();
        (shared, slug.len())
    };
    let best = articles
        .iter()
        .map(|(i, a)| (*i, overlap(a)))
        .max_by_key(|&(i, (shared, _))| (shared, std::cmp::Reverse(i)))?;
    let (line, (shared, slug_len)) = best;
    let matches_title = shared >= 2 || (shared >= 1 && slug_len <= 3);
    let lone_unverifiable = articles.len() == 1 && (title_words.is_empty() || slug_len < 2);
    (matches_title || lone_unverifiable).then_some(line)
}

fn is_url_label(line: &str) -> bool {
    let lower = line.to_lowercase();
    let lower = lower.trim_end_matches(':').trim();
    [
        "read this article in",
        "read this article at",
        "read the article",
        "source",
        "link",
        "permalink",
        "url",
        "originally published at",
        "read more at",
        "read the original",
    ]
    .contains(&lower)
}

/// Index of the line after which dates no longer date the article: the start of the
/// [`DATE_BODY_PARAGRAPHS`]-th body paragraph after the headline.
fn date_region_end(lines: &[&str], title_line: Option<usize>) -> usize {
    let start = title_line.map_or(0, |t| t + 1);
    lines
        .iter()
        .enumerate()
        .skip(start)
        .filter(|(_, l)| headline::is_body_paragraph(l))
        .nth(DATE_BODY_PARAGRAPHS - 1)
        .map_or(lines.len().min(start + 40), |(i, _)| i)
}

/// The publication date written on the page, strongest source first; dates of the weaker kinds
/// count only before `date_end` (see [`date_region_end`]).
fn find_written_date(lines: &[&str], date_end: usize) -> Option<NaiveDate> {
    use date::DateSource;
    let mut best: Option<(DateSource, NaiveDate)> = None;
    for (i, line) in lines.iter().enumerate() {
        let Some((d, source)) = date::classify_line(line) else {
            continue;
        };
        let in_top = i < date_end;
        let trusted = match source {
            DateSource::Published | DateSource::Updated => true,
            DateSource::DateLine | DateSource::StoryDateline | DateSource::Caption => in_top,
        };
        if trusted && best.map_or(true, |(s, _)| source < s) {
            best = Some((source, d));
        }
    }
    best.map(|(_, d)| d)
}
