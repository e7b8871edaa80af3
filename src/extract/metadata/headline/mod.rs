//! The headline: the first headline-shaped line at the top of the page, preferring one that the page
//! repeats or that a byline or date line follows.
//!
//! A line is headline-shaped when it is
//! - 2 to 30 words (3 unless it is the first line), at least 8 characters;
//! - capitalised (or an iPhone-style word), with lower-case letters somewhere (not an ALL-CAPS label);
//! - not ended like a sentence or a label: no final `.` (except "U.S." style abbreviations and "…",
//!   and one short sentence on the page's first line: some sources end headlines with a full stop),
//!   `:`, `,`, `;`;
//! - not page furniture: no bullet `•` or url, no `|` navigation separators, no "Skip to content",
//!   "Subscribe", "Sign up", "Article Image", photo credits, bylines or date lines;
//! - not the outlet's own name (a masthead like "Continental Wire Service").
//!
//! Candidates are looked for before the first body paragraph (a long line ending in sentence
//! punctuation). A first line "Headline | Site" (a browser page title) gives its first part, or the
//! later line repeating it.

mod page_title;
mod shape;
#[cfg(test)]
mod tests;

use super::known::{self, squash};
use super::{byline, date, url};
pub use shape::is_headline_shaped;

#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub text: String,
    pub line: usize,
    /// Other lines that are the headline again, or the page title holding it.
    pub repeats: Vec<usize>,
}

/// Lines that could squash to the same key: within a factor of two in length (skips the cost of
/// squashing every long paragraph of the page).
fn similar_length(a: &str, b: &str) -> bool {
    !a.is_empty() && a.len() <= b.len() * 2 + 8 && b.len() <= a.len() * 2 + 8
}

/// A body paragraph: long, and ended like a sentence.
pub fn is_body_paragraph(line: &str) -> bool {
    line.len() >= 60
        && line
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', '’', '\'', ')'])
        && line.split_whitespace().nth(19).is_some()
}

/// Finds the headline among the lines before the first body paragraph. `outlet_names` are names the
/// page gives for its outlet or site (a masthead line with that name is not a headline).
pub fn find(lines: &[&str], outlet_names: &[String]) -> Option<Headline> {
    let (candidates, page_title_line) = candidates(lines, outlet_names)?;
    let (line, text) = candidates[best(lines, &candidates, page_title_line)?].clone();
    let key = squash(&text);
    let mut repeats: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|&(j, l)| j != line && similar_length(l, &text) && squash(l) == key)
        .map(|(j, _)| j)
        .collect();
    if let Some(t) = page_title_line.filter(|t| *t != line) {
        repeats.push(t);
    }
    if page_title_line == Some(line) {
        // The page title "Headline | Site": a later line repeating the headline is the real one.
        if let Some(&later) = repeats.first() {
            repeats.retain(|&r| r != later);
            repeats.push(line);
            repeats.sort_unstable();
            return Some(Headline {
                text: lines[later].to_string(),
                line: later,
                repeats,
            });
        }
    }
    repeats.sort_unstable();
    Some(Headline {
        text,
        line,
        repeats,
    })
}

/// The headline-shaped lines above the first body paragraph as (line index, headline text), and the
/// index of the first line when it is a browser page title whose headline part is a candidate's text.
fn candidates(
    lines: &[&str],
    outlet_names: &[String],
) -> Option<(Vec<(usize, String)>, Option<usize>)> {
    let first_line = lines.iter().position(|l| !l.is_empty())?;
    let head_end = lines
        .iter()
        .position(|l| is_body_paragraph(l))
        .unwrap_or(lines.len())
        .min(first_line + 80);
    let outlet_keys: Vec<String> = outlet_names.iter().map(|n| squash(n)).collect();
    let is_outlet_name = |text: &str| {
        let key = squash(text);
        outlet_keys.contains(&key) || known::by_name(text).is_some()
    };
    let mut candidates: Vec<(usize, String)> = Vec::new();
    let mut page_title_line = None;
    for (i, line) in lines.iter().enumerate().take(head_end) {
        if line.is_empty() {
            continue;
        }
        let title_part = (i == first_line)
            .then(|| page_title::headline_part(line, &lines[i + 1..]))
            .flatten();
        let text: &str = match title_part {
            Some(part) => {
                page_title_line = Some(i);
                part
            }
            None => line,
        };
        if is_headline_shaped(text, i == first_line)
            && !is_outlet_name(text)
            && url::line_url(text).is_none()
        {
            candidates.push((i, text.to_string()));
        }
    }
    Some((candidates, page_title_line))
}

/// The position in `candidates` of the headline: the one repeated, followed by a byline or date
/// line, first, or the page title scores highest; ties go to the earlier one.
fn best(
    lines: &[&str],
    candidates: &[(usize, String)],
    page_title_line: Option<usize>,
) -> Option<usize> {
    let next_lines = |i: usize| lines[i + 1..].iter().filter(|l| !l.is_empty()).take(2);
    let followed_by_meta: Vec<bool> = candidates
        .iter()
        .map(|(i, _)| {
            next_lines(*i).any(|l| byline::by_line(l).is_some() || date::is_date_only_line(l))
        })
        .collect();
    // Of several lines with a byline or date under them (a "most read" list above the story), the
    // story's own headline is the one nearest to the body.
    let last_with_meta = followed_by_meta.iter().rposition(|&f| f);
    let score = |pos: usize| -> i32 {
        let (i, text) = &candidates[pos];
        let key = squash(text);
        let repeated = candidates.iter().any(|(j, t)| j != i && squash(t) == key);
        let mut s = 0;
        if repeated {
            s += 2;
        }
        if followed_by_meta[pos] {
            s += 2;
        }
        if last_with_meta == Some(pos) {
            s += 3;
        }
        // The first candidate is usually the headline; a long one all the more (a short one may be
        // a masthead or section name).
        if pos == 0 {
            s += if text.split_whitespace().count() >= 5 {
                2
            } else {
                1
            };
        }
        // A browser page title on the first line names the page: it beats a later lone line.
        if Some(*i) == page_title_line {
            s += 3;
        }
        s
    };
    (0..candidates.len()).max_by_key(|&pos| (score(pos), std::cmp::Reverse(pos)))
}
