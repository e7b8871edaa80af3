//! The page's own metadata -> [`GivenMeta`].
//!
//! `trafilatura` reads it in the order the Python extractor does: `<meta>` tags (Open Graph,
//! `author`, `article:published_time`, Dublin Core), then JSON-LD (`NewsArticle` and kin, `@graph`
//! arrays) over them, then `<link rel=canonical>` and DOM fallbacks; dates go through its htmldate
//! port. Here the fields are only cleaned: empty values dropped, authors split, a site name that is
//! only the url's host left out (the text rules know outlets by domain better).

use crate::ingest::GivenMeta;

pub fn given(metadata: &trafilatura::Metadata) -> GivenMeta {
    let nonempty = |s: &str| Some(s.trim()).filter(|s| !s.is_empty()).map(String::from);
    GivenMeta {
        title: nonempty(&metadata.title),
        url: nonempty(&metadata.url).filter(|u| u.starts_with("http")),
        outlet: nonempty(&metadata.sitename).filter(|s| !is_host_name(s, &metadata.hostname)),
        authors: authors(&metadata.author),
        published: metadata.date,
    }
}

/// trafilatura joins several authors with "; ".
fn authors(joined: &str) -> Vec<String> {
    let mut authors: Vec<String> = Vec::new();
    for name in joined.split(';').map(str::trim).filter(|n| !n.is_empty()) {
        if !authors.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            authors.push(name.to_string());
        }
    }
    authors
}

/// A "site name" that is the host itself ("example.com"), which trafilatura falls back to when the
/// page names no site. A bare label ("DW") is kept: outlets are often named by their initials.
fn is_host_name(site: &str, host: &str) -> bool {
    let site = site.to_ascii_lowercase();
    let host = host.to_ascii_lowercase();
    site.contains('.') && host.trim_start_matches("www.").ends_with(site.trim_start_matches("www."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_are_split_and_deduplicated() {
        assert_eq!(authors("Ann Lee; Bo Chan; ann lee"), vec!["Ann Lee", "Bo Chan"]);
        assert!(authors(" ").is_empty());
    }

    #[test]
    fn host_names_are_not_outlets() {
        assert!(is_host_name("example.com", "www.example.com"));
        assert!(!is_host_name("DW", "dw.com"));
        assert!(!is_host_name("The Example Times", "example.com"));
    }
}
