//! Authors from byline lines.
//!
//! | shape                                  | example                                   | gives                |
//! |----------------------------------------|-------------------------------------------|----------------------|
//! | "By" + names (+ outlet, + date)        | `By Anna Koivisto and Teodor Brandt`      | authors              |
//! |                                        | `BY MIKKEL SAARI, Harbour Gazette`        | author + outlet      |
//! | name, outlet (a line of its own)       | `Lena Hartwig, Meridian Weekly`           | author + outlet      |
//! | name \| outlet                         | `Lena Hartwig \| Meridian Weekly`         | author + outlet      |
//!
//! Not authors: photo credits ("Mara Lind/CWS": a name joined to an agency by a slash, inside a
//! caption), contributors ("… contributed to this report"), names in body sentences. A name must be
//! shaped like a person's name ([`names::person_name`]); the outlet part must be shaped like an outlet
//! ([`names::outlet_shaped`]), so "Tomas Ardel, director" is not a byline.

use super::{date, names};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Byline {
    pub authors: Vec<String>,
    /// The outlet named in the byline, as written.
    pub outlet: Option<String>,
}

static BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:written\s+|words\s+|story\s+|reporting\s+)?by(?:[:\s]\s*|$)").unwrap()
});
static NAME_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:,\s*and\s+|,|\band\b|&|\bAND\b)\s*").unwrap());
static PART_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[|•·—–-]\s+|\s*\|\s*").unwrap());

static IN_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+in\s+\p{Lu}[\p{L} .'-]*$").unwrap());

/// A "By …" line: the names after "By", then an outlet or role segment, then perhaps a date.
pub fn by_line(line: &str) -> Option<Byline> {
    let m = BY.find(line)?;
    // A wire credit line "Reporting by A in Town; Editing by B." may end with a full stop.
    let credit_line = m.as_str().to_lowercase().starts_with("reporting");
    if line.split_whitespace().count() > 20
        || line.ends_with([':', ';', ','])
        || line.ends_with('.') && !ends_with_initial(line) && !credit_line
    {
        return None;
    }
    let mut rest = &line[m.end()..];
    if let Some((_, range)) = date::find(rest) {
        rest = &rest[..range.start];
    }
    // "…; Editing by B": what follows a semicolon is other staff.
    if let Some(semicolon) = rest.find(';') {
        rest = &rest[..semicolon];
    }
    let rest = rest.trim_end_matches('.');
    // "A in Port Ellis": the reporter's location is not part of the name.
    let rest = match IN_PLACE.find(rest) {
        Some(m) if credit_line => &rest[..m.start()],
        _ => rest,
    };
    let mut parts = PART_SPLIT.split(rest);
    let names_part = parts.next()?;
    let mut byline = Byline::default();
    for (i, segment) in NAME_SPLIT.split(names_part).enumerate() {
        let segment = segment.trim();
        if segment.is_empty() {
            continue;
        }
        if i > 0 && byline.outlet.is_none() && !byline.authors.is_empty() {
            if let Some(outlet) = outlet_segment(segment) {
                byline.outlet = Some(outlet);
                break;
            }
        }
        match names::person_name(segment) {
            Some(name) => byline.authors.push(name),
            // A role after the names ("Staff Writer", "Diplomatic Correspondent") ends the list.
            None if !byline.authors.is_empty() => break,
            None => return None,
        }
    }
    if byline.authors.is_empty() {
        return None;
    }
    if byline.outlet.is_none() {
        byline.outlet = parts.find_map(|p| outlet_segment(p.trim()));
    }
    Some(byline)
}

/// A line that is only a list of people's names ("Nadia Ferrant, Olek Brun and Ines Maro"): an
/// author list without "By".
pub fn names_only(line: &str) -> bool {
    let segments: Vec<&str> = NAME_SPLIT
        .split(line)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    // Two names at least: one capitalised phrase alone ("Ferry Strike Ends After Talks") could be
    // a Title Case headline.
    // Each name 2 or 3 words: Title Case headline phrases run longer.
    segments.len() >= 2
        && segments.iter().all(|s| {
            (2..=3).contains(&s.split_whitespace().count()) && names::person_name(s).is_some()
        })
}

/// A byline split over two lines: "By" (or "Written by:") alone, then the names.
pub fn split_by_line(line: &str, next: &str) -> Option<Byline> {
    let m = BY.find(line)?;
    if m.end() != line.len() {
        return None;
    }
    by_line(&format!("By {next}"))
}

/// A line that is only "Name, Outlet" or "Name | Outlet".
pub fn name_outlet_line(line: &str) -> Option<Byline> {
    if line.split_whitespace().count() > 10 || line.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    let (name, outlet) = line
        .split_once(" | ")
        .or_else(|| line.split_once(" — "))
        .or_else(|| line.split_once(" – "))
        .or_else(|| line.split_once(", "))?;
    let author = names::person_name(name)?;
    let outlet = outlet_segment(outlet.trim())?;
    Some(Byline {
        authors: vec![author],
        outlet: Some(outlet),
    })
}

/// The outlet a byline segment names ("The Week US", "Associated Press Writer" -> "Associated Press").
fn outlet_segment(segment: &str) -> Option<String> {
    let segment = segment.trim().trim_end_matches('.');
    if let Some(k) = names::outlet_before_role(segment) {
        return Some(k.name.to_string());
    }
    names::outlet_shaped(segment).then(|| segment.to_string())
}

fn ends_with_initial(line: &str) -> bool {
    let last = line.split_whitespace().last().unwrap_or("");
    last.len() == 2 && last.starts_with(|c: char| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors(b: Option<Byline>) -> Vec<String> {
        b.map(|b| b.authors).unwrap_or_default()
    }

    #[test]
    fn by_lines() {
        assert_eq!(authors(by_line("By Nadia Ferrant")), ["Nadia Ferrant"]);
        assert_eq!(
            authors(by_line("By Nadia Ferrant and Olek Brun")),
            ["Nadia Ferrant", "Olek Brun"]
        );
        assert_eq!(
            authors(by_line("By Nadia Ferrant, Olek Brun and Ines Maro")),
            ["Nadia Ferrant", "Olek Brun", "Ines Maro"]
        );
        assert_eq!(authors(by_line("BY OLEK BRUN")), ["Olek Brun"]);
        assert_eq!(
            authors(by_line("By Olek Brun March 3, 2020 10:15 AM")),
            ["Olek Brun"]
        );
        let b = by_line("By Olek Brun, Harbour Gazette").unwrap();
        assert_eq!(b.authors, ["Olek Brun"]);
        assert_eq!(b.outlet.as_deref(), Some("Harbour Gazette"));
        let b = by_line("By Olek Brun, Associated Press Writer").unwrap();
        assert_eq!(b.outlet.as_deref(), Some("Associated Press"));
        let b = by_line("By Olek Brun | The Harbour Ledger").unwrap();
        assert_eq!(b.outlet.as_deref(), Some("The Harbour Ledger"));
        assert_eq!(
            authors(by_line("By Olek Brun, Staff Writer")),
            ["Olek Brun"]
        );
    }

    #[test]
    fn by_on_its_own_line() {
        assert_eq!(
            authors(split_by_line("By", "Nadia Ferrant")),
            ["Nadia Ferrant"]
        );
        assert_eq!(
            authors(split_by_line("Written by:", "Nadia Ferrant")),
            ["Nadia Ferrant"]
        );
        assert!(split_by_line("By", "the end of the week, boats were running.").is_none());
        assert!(split_by_line("By Olek Brun", "Nadia Ferrant").is_none());
    }

    #[test]
    fn not_by_lines() {
        assert!(by_line("By Sunday, the ferries were running again.").is_none());
        assert!(by_line("By the numbers").is_none());
        // A menu heading ("By Main Ingredient:") is not a byline.
        assert!(by_line("By Main Ingredient:").is_none());
        assert!(by_line("Bypass closed after crash").is_none());
        assert!(by_line("Photo by Nadia Ferrant").is_none());
    }

    #[test]
    fn name_outlet_lines() {
        let b = name_outlet_line("Nadia Ferrant, The Harbour Ledger").unwrap();
        assert_eq!(b.authors, ["Nadia Ferrant"]);
        assert_eq!(b.outlet.as_deref(), Some("The Harbour Ledger"));
        assert!(name_outlet_line("Nadia Ferrant | Meridian Weekly").is_some());
        // An appositive or a caption is not a byline.
        assert!(name_outlet_line("Nadia Ferrant, the council's spokeswoman").is_none());
        assert!(name_outlet_line("Nadia Ferrant, left").is_none());
        assert!(name_outlet_line("Nadia Ferrant/Harbour Gazette").is_none());
    }
}
