//! A browser page title on a page's first line: "Headline | Section | Site", "Headline - Site".
//!
//! A copied page often begins with the title its browser tab showed. The site parts are peeled off
//! so the headline part can compete with the lines below; a `|` never belongs to a headline, a dash
//! does only when what follows it is no site name.

use super::super::known::{self, squash};
use super::similar_length;

/// The headline part of `line` when it is a page title, `later` being the page's lines after it
/// (a headline part before an uncertain dash counts only when a later line repeats it).
pub(super) fn headline_part<'a>(line: &'a str, later: &[&str]) -> Option<&'a str> {
    let repeated_later = |p: &str| {
        let key = squash(p);
        later
            .iter()
            .any(|l| similar_length(l, p) && squash(l) == key)
    };
    let mut part = None;
    if let Some((prefix, _)) = line.split_once(" | ") {
        part = Some(prefix.trim());
    }
    if let Some((prefix, certain)) = dash_prefix(part.unwrap_or(line)) {
        if certain || repeated_later(prefix) {
            part = Some(prefix);
        }
    }
    part
}

/// The headline part of a browser page title "Headline - Site", and whether the split is certain.
///
/// (A `|` never belongs to a headline and is split before.) After a dash the part must look like a
/// site name: a known outlet, a lower-case brand ("watson") or a domain ("Gazette.at"); "Choose hope
/// over fear - Kennedy" is a headline quoting someone, split only when a later line repeats the part
/// before the dash.
fn dash_prefix(line: &str) -> Option<(&str, bool)> {
    let (prefix, suffix) = [" – ", " — ", " - ", " :: ", " » "]
        .iter()
        .filter_map(|sep| line.rsplit_once(sep))
        .max_by_key(|(prefix, _)| prefix.len())?;
    let suffix = suffix.trim();
    let suffix_words = suffix.split_whitespace().count();
    if !(1..=4).contains(&suffix_words) || prefix.split_whitespace().count() < 2 {
        return None;
    }
    let certain = known::by_name(suffix).is_some()
        || (suffix_words == 1
            && (suffix.starts_with(char::is_lowercase) || looks_like_domain(suffix)));
    Some((prefix.trim(), certain))
}

/// "Gazette.at", "news.example.com": a site named by its domain.
fn looks_like_domain(word: &str) -> bool {
    let Some((name, tld)) = word.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
}
