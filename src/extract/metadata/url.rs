//! Web addresses on a page: which are the article's own address, which only name the outlet's site,
//! and which are noise (images, subscription pages).
//!
//! | kind       | looks like                                                         | used for             |
//! |------------|--------------------------------------------------------------------|----------------------|
//! | `Article`  | a path with a slug (`lorvania-aid-deal`), a date (`/2015/0927/`), `.html` | article url + outlet |
//! | `Home`     | no path, or one short section word (`http://www.nytimes.com`)      | outlet domain only   |
//! | `Utility`  | subscribe / login / newsletter / tag / author / privacy pages      | ignored              |
//! | `Media`    | image or video files, hosts named cdn / images / static            | ignored              |

use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlKind {
    Article,
    Home,
    Utility,
    Media,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WebAddress {
    pub url: String,
    /// Host without "www." ("edition.cnn.com").
    pub host: String,
    /// Registrable domain ("cnn.com", "bbc.co.uk").
    pub domain: String,
    pub path: String,
    pub kind: UrlKind,
}

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"'“”‘’()\[\]]+"#).unwrap());

/// Labels that go before a url on its own line: a bullet, "Source:", "Read this article in".
static URL_LINE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[•·*>\-–—|]+\s*)?(?:(?:source|link|url|original(?:ly published)?(?: at| on| in)?|read (?:more|this article|the original)(?: at| in| on)?|via|from)\s*:?\s*)?$")
        .unwrap()
});

/// Path segments of pages that are not articles.
const UTILITY_SEGMENTS: &[&str] = &[
    "subscribe",
    "subscription",
    "subscriptions",
    "login",
    "signin",
    "sign-in",
    "signup",
    "sign-up",
    "register",
    "newsletter",
    "newsletters",
    "account",
    "privacy",
    "privacy-policy",
    "terms",
    "about",
    "about-us",
    "contact",
    "contact-us",
    "donate",
    "search",
    "tag",
    "tags",
    "topic",
    "topics",
    "category",
    "categories",
    "author",
    "authors",
    "profile",
    "feed",
    "rss",
    "help",
    "shop",
    "cookies",
    "advertise",
    "jobs",
    "careers",
];

const MEDIA_EXTENSIONS: &[&str] = &[
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".mp4", ".mp3", ".webm", ".pdf",
    ".js", ".css", ".ico",
];

/// Host labels of content-delivery and media servers.
const MEDIA_HOST_LABELS: &[&str] = &[
    "cdn", "images", "image", "img", "static", "media", "assets", "photos", "pics", "video",
    "videos",
];

/// Second-level labels under a country code that are not the registrable part ("co" in bbc.co.uk).
const SECOND_LEVEL: &[&str] = &[
    "co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go",
];

/// The url a whole line holds, when the line is a url with at most a label before it ("• http://…",
/// "Source: www.example.com/…"). A url inside a sentence is a link in the text, not page metadata.
pub fn line_url(line: &str) -> Option<WebAddress> {
    let m = URL.find(line)?;
    let before = &line[..m.start()];
    let after = line[m.end()..].trim();
    if !after.is_empty() || !URL_LINE_LABEL.is_match(before.trim()) {
        return None;
    }
    parse(m.as_str())
}

/// Parses and classifies one url.
pub fn parse(raw: &str) -> Option<WebAddress> {
    let url = raw.trim_end_matches(['.', ',', ';', ':', '!', '?']);
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let (host_port, path) = match rest.find(['/', '?', '#']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let host = host_port
        .split(':')
        .next()?
        .to_ascii_lowercase()
        .trim_start_matches("www.")
        .to_string();
    if !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return None;
    }
    let domain = registrable_domain(&host);
    let kind = classify(&host, path);
    Some(WebAddress {
        url: url.to_string(),
        host,
        domain,
        path: path.to_string(),
        kind,
    })
}

/// "news.bbc.co.uk" -> "bbc.co.uk", "edition.cnn.com" -> "cnn.com".
pub fn registrable_domain(host: &str) -> String {
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    if n <= 2 {
        return host.to_string();
    }
    let keep = if labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) {
        3
    } else {
        2
    };
    labels[n - keep.min(n)..].join(".")
}

fn classify(host: &str, path: &str) -> UrlKind {
    let path_only = path.split(['?', '#']).next().unwrap_or("");
    let lower = path_only.to_ascii_lowercase();
    if MEDIA_EXTENSIONS.iter().any(|e| lower.ends_with(e))
        || host
            .split('.')
            .any(|label| MEDIA_HOST_LABELS.contains(&label) || label.contains("cdn"))
    {
        return UrlKind::Media;
    }
    let segments: Vec<&str> = lower.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| UTILITY_SEGMENTS.contains(s)) {
        return UrlKind::Utility;
    }
    if crate::extract::metadata::date::from_url(path_only).is_some() {
        return UrlKind::Article;
    }
    let looks_like_article = segments.iter().any(|s| {
        let words = s.split(['-', '_']).filter(|w| !w.is_empty()).count();
        words >= 3
            || [".html", ".htm", ".shtml", ".ece", ".php", ".aspx"]
                .iter()
                .any(|e| s.ends_with(e))
            || (s.len() >= 6 && s.chars().all(|c| c.is_ascii_digit()))
    });
    if looks_like_article {
        UrlKind::Article
    } else if segments.len() <= 1 {
        UrlKind::Home
    } else {
        // Two or more short segments without a slug ("/world/europe"): a section page.
        UrlKind::Utility
    }
}

/// The words of an article url's slug ("lorvania-aid-deal.html" -> ["lorvania", "aid", "deal"]).
pub fn slug_words(path: &str) -> Vec<String> {
    path.split(['/', '-', '_', '.', '?', '=', '&'])
        .filter(|w| w.len() > 1 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_urls() {
        let kind = |u: &str| parse(u).unwrap().kind;
        assert_eq!(
            kind("https://www.example-news.com/world/2021/03/04/harbour-fire"),
            UrlKind::Article
        );
        assert_eq!(
            kind("https://www.example-news.com/World/2021/0304/Harbour-fire-spreads"),
            UrlKind::Article
        );
        assert_eq!(
            kind("https://example-news.com/story/ferry-strike-ends-after-talks"),
            UrlKind::Article
        );
        assert_eq!(kind("http://www.example-news.com"), UrlKind::Home);
        assert_eq!(kind("https://www.example-news.com/"), UrlKind::Home);
        assert_eq!(
            kind("https://www.example-news.com/subscribe"),
            UrlKind::Utility
        );
        assert_eq!(
            kind("https://cdn.example-news.net/photos/a1b2.jpg"),
            UrlKind::Media
        );
        assert_eq!(kind("https://img.examplecdn.net/x/y"), UrlKind::Media);
        assert_eq!(
            kind("https://www.example-news.com/world/europe"),
            UrlKind::Utility
        );
    }

    #[test]
    fn domains() {
        assert_eq!(
            parse("https://news.example.co.uk/a").unwrap().domain,
            "example.co.uk"
        );
        assert_eq!(
            parse("https://edition.example.com/a").unwrap().domain,
            "example.com"
        );
        assert_eq!(parse("www.example.org").unwrap().host, "example.org");
    }

    #[test]
    fn url_lines_only_when_the_line_is_the_url() {
        assert!(line_url("• http://www.example-news.com").is_some());
        assert!(line_url("Source: https://example.com/a-b-c").is_some());
        assert!(line_url("https://example.com/a-b-c").is_some());
        assert!(line_url("Read more at https://example.com/a-b-c about the fire").is_none());
        assert!(
            line_url("The ministry posted it on https://example.com/a-b-c yesterday").is_none()
        );
    }
}
