//! Known news outlets (`data/outlets.tsv`): web domain -> canonical name, and every name or acronym an
//! outlet goes by -> canonical name.
//!
//! The table is general knowledge about major English-language outlets. It is used only to *name* an
//! outlet that the page already points to (a url, a byline, a copyright line, a dateline): a known name
//! appearing in a body sentence is a citation, never evidence of the page's outlet.

use std::collections::HashMap;
use std::sync::LazyLock;

static TABLE: &str = include_str!("../../../data/outlets.tsv");

pub struct KnownOutlet {
    pub domain: &'static str,
    pub name: &'static str,
}

struct Known {
    by_domain: HashMap<&'static str, KnownOutlet>,
    /// Squashed name or alias ([`squash`]) -> (canonical name, first domain).
    by_name: HashMap<String, KnownOutlet>,
}

static KNOWN: LazyLock<Known> = LazyLock::new(|| {
    let mut by_domain = HashMap::new();
    let mut by_name = HashMap::new();
    for line in TABLE.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(domain), Some(name)) = (cols.next(), cols.next()) else {
            continue;
        };
        let aliases = cols.next().unwrap_or("");
        by_domain.insert(domain, KnownOutlet { domain, name });
        for alias in std::iter::once(name).chain(aliases.split('|').filter(|a| !a.is_empty())) {
            by_name
                .entry(squash(alias))
                .or_insert(KnownOutlet { domain, name });
        }
    }
    Known { by_domain, by_name }
});

/// The known outlet of a host name: the full host first ("abcnews.go.com"), then its registrable domain.
pub fn by_host(host: &str) -> Option<&'static KnownOutlet> {
    let host = host.trim_start_matches("www.");
    if let Some(k) = KNOWN.by_domain.get(host) {
        return Some(k);
    }
    // Sub-domains of a known domain ("edition.cnn.com", "news.bbc.co.uk").
    let mut rest = host;
    while let Some(dot) = rest.find('.') {
        rest = &rest[dot + 1..];
        if let Some(k) = KNOWN.by_domain.get(rest) {
            return Some(k);
        }
    }
    None
}

/// The known outlet a name or acronym stands for ("New York Times", "AP", "The Week US").
///
/// A name that extends a known name by a regional edition word ("The Week US", "BBC World") is the
/// known outlet too: bylines often carry the edition.
pub fn by_name(name: &str) -> Option<&'static KnownOutlet> {
    let key = squash(name);
    if key.is_empty() {
        return None;
    }
    if let Some(k) = KNOWN.by_name.get(&key) {
        return Some(k);
    }
    const EDITIONS: [&str; 8] = [
        "us",
        "uk",
        "world",
        "online",
        "international",
        "europe",
        "news",
        "com",
    ];
    EDITIONS
        .iter()
        .find_map(|e| key.strip_suffix(e).and_then(|k| KNOWN.by_name.get(k)))
}

/// A name reduced for comparison: lower case letters and digits only, without a leading "the"
/// ("The New York Times" -> "newyorktimes").
pub fn squash(name: &str) -> String {
    let lower: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let trimmed = name.trim_start();
    if trimmed.len() > 4
        && trimmed
            .get(..4)
            .is_some_and(|t| t.eq_ignore_ascii_case("the "))
    {
        lower[3..].to_string()
    } else {
        lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_domains_and_aliases() {
        assert_eq!(
            by_host("www.nytimes.com").unwrap().name,
            "The New York Times"
        );
        assert_eq!(by_host("news.bbc.co.uk").unwrap().name, "BBC News");
        assert_eq!(by_name("New York Times").unwrap().domain, "nytimes.com");
        assert_eq!(by_name("The Week US").unwrap().name, "The Week");
        assert_eq!(by_name("AP").unwrap().name, "Associated Press");
        assert!(by_name("Harbour Gazette").is_none());
        assert!(by_host("example.org").is_none());
    }

    #[test]
    fn squash_drops_case_punctuation_and_leading_the() {
        assert_eq!(squash("The New York Times"), "newyorktimes");
        assert_eq!(squash("Theatre Weekly"), "theatreweekly");
        assert_eq!(squash("Let’s go"), "letsgo");
    }
}
