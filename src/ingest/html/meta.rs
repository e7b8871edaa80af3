//! The page's own metadata -> [`GivenMeta`].
//!
//! What the page declares comes first, in this order per field: JSON-LD (`NewsArticle`, `Article`,
//! `BlogPosting`, ... also inside `@graph` arrays and lists), then Open Graph and `<meta>` tags
//! (`og:title`, `og:site_name`, `author`, `article:published_time`), then `<link rel=canonical>`.
//! What it does not declare comes from `trafilatura`'s metadata (its DOM fallbacks and htmldate
//! port). On the 314 saved pages trafilatura alone disagreed with the page's own JSON-LD/meta on
//! 37 of 178 dates (it prefers other dates it finds) and missed 24 of 124 declared authors; see
//! docs/html.md.

use crate::ingest::GivenMeta;
use scraper::{Html, Selector};
use serde_json::Value;

/// JSON-LD types that describe the article itself (not the site or a breadcrumb).
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
];

/// Metadata the page declares, and trafilatura's for the rest.
pub fn given(doc: &Html, fallback: &trafilatura::Metadata) -> GivenMeta {
    let declared = declared(doc);
    let nonempty = |s: &str| Some(s.trim()).filter(|s| !s.is_empty()).map(String::from);
    let fallback_site = fallback
        .sitename
        .split(';')
        .map(str::trim)
        .find(|s| !s.is_empty() && !is_host_name(s, &fallback.hostname))
        .map(String::from);
    GivenMeta {
        title: declared
            .title
            .or_else(|| nonempty(&fallback.title))
            .map(|t| without_site_parts(&t)),
        url: declared
            .url
            .or_else(|| nonempty(&fallback.url))
            .filter(|u| u.starts_with("http")),
        outlet: declared
            .outlet
            .or(fallback_site)
            .map(|o| without_tagline(&o)),
        authors: if declared.authors.is_empty() {
            split_authors(&fallback.author)
        } else {
            declared.authors
        },
        published: declared.published.or(fallback.date),
    }
}

/// What the page's JSON-LD and tags say, each field from the first place that says it.
fn declared(doc: &Html) -> GivenMeta {
    let mut meta = GivenMeta::default();
    for item in json_ld_articles(doc) {
        let text = |key: &str| item.get(key).and_then(Value::as_str).map(clean);
        meta.title = meta
            .title
            .or_else(|| text("headline").filter(|t| !t.is_empty()));
        meta.published = meta
            .published
            .or_else(|| text("datePublished").and_then(|d| crate::ingest::json::parse_date(&d)));
        meta.url = meta
            .url
            .or_else(|| text("url").filter(|u| u.starts_with("http")));
        if meta.authors.is_empty() {
            meta.authors = people(item.get("author"));
        }
        meta.outlet = meta.outlet.or_else(|| {
            item.get("publisher")
                .and_then(|p| p.get("name"))
                .and_then(Value::as_str)
                .map(clean)
                .filter(|n| !n.is_empty())
        });
    }
    let tag = |selector: &str, attribute: &str| -> Option<String> {
        let selector = Selector::parse(selector).ok()?;
        doc.select(&selector)
            .filter_map(|e| e.value().attr(attribute))
            .map(clean)
            .find(|v| !v.is_empty())
    };
    meta.title = meta
        .title
        .or_else(|| tag("meta[property='og:title']", "content"));
    // The site's own name for itself beats the JSON-LD publisher's legal name ("Example Media GmbH").
    meta.outlet = tag("meta[property='og:site_name']", "content").or(meta.outlet);
    meta.published = meta.published.or_else(|| {
        tag("meta[property='article:published_time']", "content")
            .and_then(|d| crate::ingest::json::parse_date(&d))
    });
    if meta.authors.is_empty() {
        meta.authors = tag("meta[name='author']", "content")
            .filter(|a| looks_like_a_name(a))
            .map(|a| vec![a])
            .unwrap_or_default();
    }
    meta.url = tag("link[rel='canonical']", "href")
        .filter(|u| u.starts_with("http"))
        .or(meta.url)
        .or_else(|| tag("meta[property='og:url']", "content").filter(|u| u.starts_with("http")));
    meta
}

/// Every JSON-LD object of an article type, in page order (also inside `@graph` and arrays).
fn json_ld_articles(doc: &Html) -> Vec<Value> {
    let Ok(selector) = Selector::parse("script[type='application/ld+json']") else {
        return Vec::new();
    };
    let mut articles = Vec::new();
    for script in doc.select(&selector) {
        let text: String = script.text().collect();
        if let Ok(value) = serde_json::from_str::<Value>(text.trim()) {
            collect_articles(value, &mut articles);
        }
    }
    articles
}

fn collect_articles(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| collect_articles(v, out)),
        Value::Object(mut object) => {
            if let Some(graph) = object.remove("@graph") {
                collect_articles(graph, out);
            }
            let is_article = match object.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(types)) => types
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if is_article {
                out.push(Value::Object(object));
            }
        }
        _ => {}
    }
}

/// Authors that are people: `{"@type": "Person", "name": ...}` objects, or plain name strings.
/// Organisations named as authors (the outlet itself) are not authors.
fn people(author: Option<&Value>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |value: &Value| {
        let name = match value {
            Value::String(name) => Some(name.as_str()),
            Value::Object(o) if o.get("@type").and_then(Value::as_str) != Some("Organization") => {
                o.get("name").and_then(Value::as_str)
            }
            _ => None,
        };
        if let Some(name) = name.map(clean).filter(|n| looks_like_a_name(n)) {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                names.push(name);
            }
        }
    };
    match author {
        Some(Value::Array(items)) => items.iter().for_each(&mut add),
        Some(value) => add(value),
        None => {}
    }
    names
}

/// A person's name, not a url, a domain, an e-mail address or a placeholder.
fn looks_like_a_name(text: &str) -> bool {
    let lower = text.to_lowercase();
    !text.is_empty()
        && text.chars().count() <= 60
        && !["http", "www.", "@", ".com", ".de", ".org"]
            .iter()
            .any(|s| lower.contains(s))
        && !["publisher", "admin", "editor", "redaktion", "staff"].contains(&lower.as_str())
}

/// trafilatura joins several authors with "; ".
fn split_authors(joined: &str) -> Vec<String> {
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
    site.contains('.')
        && host
            .trim_start_matches("www.")
            .ends_with(site.trim_start_matches("www."))
}

/// "Headline | Section | Site" -> "Headline", as the text rules read a page title: a page's `og:title`
/// and `<title>` often carry the site's name. A short first part ("Live | ...") is left alone.
fn without_site_parts(title: &str) -> String {
    match title.split_once(" | ") {
        Some((headline, _)) if headline.split_whitespace().count() >= 3 => {
            headline.trim().to_string()
        }
        _ => title.to_string(),
    }
}

/// "Name - what the site is about" -> "Name": a site name often carries the site's tagline
/// ("Coast Courier | News, weather and sport for the coast"). Only a short name before a longer
/// tail is cut, so "Ministry of Harbours and Ferries - MHF" stays whole.
fn without_tagline(site: &str) -> String {
    const NAME_MAX_WORDS: usize = 4;
    const TAGLINE_MIN_WORDS: usize = 3;
    for separator in [" | ", " - ", " – ", " — "] {
        if let Some((name, tail)) = site.split_once(separator) {
            let name_words = name.split_whitespace().count();
            let tail_words = tail.split_whitespace().count();
            if (1..=NAME_MAX_WORDS).contains(&name_words)
                && tail_words >= TAGLINE_MIN_WORDS
                && tail_words > name_words
            {
                return name.trim().to_string();
            }
        }
    }
    site.to_string()
}

/// White space folded (JSON-LD values often carry line breaks and entities are already decoded).
fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn authors_are_split_and_deduplicated() {
        assert_eq!(
            split_authors("Ann Lee; Bo Chan; ann lee"),
            vec!["Ann Lee", "Bo Chan"]
        );
        assert!(split_authors(" ").is_empty());
    }

    #[test]
    fn site_parts_are_peeled_off_titles() {
        assert_eq!(
            without_site_parts("Berlin confronts its colonial past | DW | 19.01.2020"),
            "Berlin confronts its colonial past"
        );
        assert_eq!(
            without_site_parts("Live | Election night"),
            "Live | Election night"
        );
    }

    #[test]
    fn taglines_are_cut_from_site_names() {
        assert_eq!(
            without_tagline("Coast Courier | News, weather and sport for the coast"),
            "Coast Courier"
        );
        assert_eq!(
            without_tagline("harbourlog.example - Alles über Häfen und Fähren"),
            "harbourlog.example"
        );
        assert_eq!(
            without_tagline("Ministry of Harbours and Ferries - MHF"),
            "Ministry of Harbours and Ferries - MHF"
        );
        assert_eq!(without_tagline("Coast Courier"), "Coast Courier");
    }

    #[test]
    fn host_names_are_not_outlets() {
        assert!(is_host_name("example.com", "www.example.com"));
        assert!(!is_host_name("DW", "dw.com"));
    }

    #[test]
    fn organisations_and_urls_are_not_authors() {
        let author: Value = serde_json::json!([
            {"@type": "Person", "name": "Ana Ruiz"},
            {"@type": "Organization", "name": "Example Media"},
            "https://example.com/staff",
            "Bo  Chan"
        ]);
        assert_eq!(people(Some(&author)), vec!["Ana Ruiz", "Bo Chan"]);
    }

    #[test]
    fn json_ld_wins_over_tags_and_the_date_published_over_others() {
        let html = r#"<html><head><meta property="og:title" content="OG title | Site">
            <meta property="article:published_time" content="2020-01-02">
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},
              {"@type":["NewsArticle"],"headline":"The headline","datePublished":"2021-05-06T10:00:00+02:00",
               "dateModified":"2022-01-01","author":{"@type":"Person","name":"Ana Ruiz"}}]</script>
            </head><body></body></html>"#;
        let meta = declared(&Html::parse_document(html));
        assert_eq!(meta.title.as_deref(), Some("The headline"));
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2021, 5, 6));
        assert_eq!(meta.authors, vec!["Ana Ruiz"]);
    }
}
