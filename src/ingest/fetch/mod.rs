//! URLs -> fetched pages, politely, with every failure named.
//!
//! - one blocking HTTP client ([`client`], `ureq` with rustls): a timeout for the whole request,
//!   a redirect limit, a size limit, `factdb/VERSION` as the user agent;
//! - polite concurrency: a few hosts at a time, one request at a time per host with a pause between
//!   two requests to the same host (longer when robots.txt asks with `Crawl-delay`);
//! - robots.txt honoured ([`robots`]);
//! - a [`PageCache`] (the database's `fetched_pages` table) answers before the network, so a
//!   re-import fetches nothing; only successful fetches are cached, so failures are retried.
//!
//! Fetching happens on the caller's thread and a few worker threads; the cache is only touched on
//! the caller's thread (an SQLite connection is not shared across threads).

mod client;
pub mod robots;

use super::{html, Document, IngestError};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A page as received: what a re-import reads instead of the network, and what provenance shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedPage {
    /// The url as the user gave it (the article's source).
    pub url: String,
    /// The url after redirects.
    pub final_url: String,
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// Why a url gave no page. Each kind is what the user needs to know to act on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchFailure {
    InvalidUrl(String),
    /// The host name does not resolve.
    Dns,
    /// The TLS handshake or certificate failed.
    Tls(String),
    /// Nothing answered at the address (refused, unreachable).
    Connect(String),
    Timeout(Duration),
    /// The server answered with an error status (404, 500, ...).
    Status(u16),
    TooManyRedirects(u32),
    TooLarge(u64),
    /// The server sent something other than a web page (a PDF, an image, JSON).
    NotHtml(String),
    RobotsDisallowed,
    Other(String),
}

impl std::fmt::Display for FetchFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchFailure::InvalidUrl(why) => write!(f, "invalid url: {why}"),
            FetchFailure::Dns => write!(f, "DNS: the host name does not resolve"),
            FetchFailure::Tls(why) => write!(f, "TLS error: {why}"),
            FetchFailure::Connect(why) => write!(f, "cannot connect: {why}"),
            FetchFailure::Timeout(limit) => write!(
                f,
                "timeout: no complete answer within {}s (see --fetch-timeout)",
                limit.as_secs_f64()
            ),
            FetchFailure::Status(status) => write!(f, "HTTP {status}{}", status_text(*status)),
            FetchFailure::TooManyRedirects(limit) => {
                write!(f, "redirect loop: more than {limit} redirects")
            }
            FetchFailure::TooLarge(limit) => write!(
                f,
                "too large: the page is over {limit} bytes (see --max-bytes)"
            ),
            FetchFailure::NotHtml(content_type) => {
                write!(f, "not HTML: the server sent {content_type}")
            }
            FetchFailure::RobotsDisallowed => {
                write!(f, "robots.txt does not allow factdb to fetch this page")
            }
            FetchFailure::Other(why) => write!(f, "cannot fetch: {why}"),
        }
    }
}

fn status_text(status: u16) -> &'static str {
    match status {
        401 | 403 => " (access denied)",
        404 | 410 => " (not found)",
        429 => " (too many requests)",
        500..=599 => " (server error)",
        _ => "",
    }
}

/// How to fetch.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// For the whole request: connecting, redirects and the body.
    pub timeout: Duration,
    pub max_redirects: u32,
    pub max_bytes: u64,
    /// The pause between two requests to the same host.
    pub host_delay: Duration,
    /// How many hosts are fetched from at the same time.
    pub hosts_at_once: usize,
    pub user_agent: String,
    pub robots: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(30),
            max_redirects: 5,
            max_bytes: 10 * 1024 * 1024,
            host_delay: Duration::from_secs(1),
            hosts_at_once: 4,
            user_agent: user_agent(),
            robots: true,
        }
    }
}

/// `factdb/VERSION (+homepage)`: names the program so site owners can recognise and address it.
pub fn user_agent() -> String {
    format!(
        "factdb/{} (+https://github.com/factdb/factdb)",
        env!("CARGO_PKG_VERSION")
    )
}

/// Where fetched pages are kept between imports.
pub trait PageCache {
    fn get(&mut self, url: &str) -> Option<FetchedPage>;
    fn put(&mut self, page: &FetchedPage) -> Result<(), String>;
}

/// Fetches every url (the cache first), in the order given; pages from the network are cached.
pub fn fetch_all(
    urls: &[String],
    options: &FetchOptions,
    cache: &mut dyn PageCache,
) -> Vec<Result<FetchedPage, (String, FetchFailure)>> {
    let mut results: Vec<Option<Result<FetchedPage, FetchFailure>>> = vec![None; urls.len()];
    let mut by_host: HashMap<String, VecDeque<(usize, url::Url)>> = HashMap::new();
    let mut hosts: Vec<String> = Vec::new();
    for (i, raw) in urls.iter().enumerate() {
        if let Some(page) = cache.get(raw) {
            results[i] = Some(Ok(page));
            continue;
        }
        match parse_url(raw) {
            Ok(url) => {
                let host = url.host_str().unwrap_or_default().to_string()
                    + &url.port().map(|p| format!(":{p}")).unwrap_or_default();
                if !by_host.contains_key(&host) {
                    hosts.push(host.clone());
                }
                by_host.entry(host).or_default().push_back((i, url));
            }
            Err(failure) => results[i] = Some(Err(failure)),
        }
    }
    let queue: Mutex<VecDeque<VecDeque<(usize, url::Url)>>> =
        Mutex::new(hosts.iter().filter_map(|h| by_host.remove(h)).collect());
    let fetched = Mutex::new(Vec::new());
    let agent = client::agent(options);
    std::thread::scope(|scope| {
        for _ in 0..options
            .hosts_at_once
            .clamp(1, queue.lock().map(|q| q.len()).unwrap_or(1).max(1))
        {
            scope.spawn(|| {
                while let Some(group) = queue.lock().ok().and_then(|mut q| q.pop_front()) {
                    let done = fetch_host(&agent, options, group);
                    if let Ok(mut fetched) = fetched.lock() {
                        fetched.extend(done);
                    }
                }
            });
        }
    });
    for (i, result) in fetched.into_inner().unwrap_or_default() {
        if let Ok(page) = &result {
            // A page that cannot be cached is still imported; it is fetched again next time.
            let _ = cache.put(page);
        }
        results[i] = Some(result);
    }
    urls.iter()
        .zip(results)
        .map(|(url, result)| {
            result
                .unwrap_or_else(|| Err(FetchFailure::Other("not fetched".into())))
                .map_err(|failure| (url.clone(), failure))
        })
        .collect()
}

fn parse_url(raw: &str) -> Result<url::Url, FetchFailure> {
    let url = url::Url::parse(raw).map_err(|e| FetchFailure::InvalidUrl(e.to_string()))?;
    match url.scheme() {
        "http" | "https" if url.host_str().is_some() => Ok(url),
        "http" | "https" => Err(FetchFailure::InvalidUrl("no host".into())),
        scheme => Err(FetchFailure::InvalidUrl(format!(
            "{scheme}: is not http or https"
        ))),
    }
}

/// One host's urls, one at a time, robots.txt first.
fn fetch_host(
    agent: &ureq::Agent,
    options: &FetchOptions,
    group: VecDeque<(usize, url::Url)>,
) -> Vec<(usize, Result<FetchedPage, FetchFailure>)> {
    let Some((_, first)) = group.front() else {
        return Vec::new();
    };
    let robots = if options.robots {
        client::robots(agent, first)
    } else {
        robots::Robots::allow_all()
    };
    // A site's Crawl-delay is honoured up to a minute; longer would stall the import.
    let delay = options.host_delay.max(
        robots
            .crawl_delay
            .unwrap_or_default()
            .min(Duration::from_secs(60)),
    );
    let mut done = Vec::new();
    for (n, (i, url)) in group.into_iter().enumerate() {
        let path = match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        };
        if !robots.allows(&path) {
            done.push((i, Err(FetchFailure::RobotsDisallowed)));
            continue;
        }
        if n > 0 {
            std::thread::sleep(delay);
        }
        done.push((i, client::get(agent, options, &url)));
    }
    done
}

/// The article of a fetched page: HTML decoded by its HTTP charset (then BOM and `<meta>`), or
/// plain text.
pub fn document(page: &FetchedPage) -> Result<Document, IngestError> {
    let reject = |reason: String| IngestError::rejected(&page.url, reason);
    let content_type = page.content_type.as_deref().unwrap_or("");
    if media_type(content_type) == "text/plain" {
        let decoded = super::decode::decode(&page.url, &page.body)?;
        let mut doc = super::plain_text::document(&page.url, &decoded.text);
        doc.decoded_from = decoded.encoding;
        doc.given.url = Some(page.final_url.clone());
        return Ok(doc);
    }
    let decoded = html::charset::decode(&page.body, charset_param(content_type))
        .map_err(|e| reject(e.to_string()))?;
    let mut doc = html::page(&page.url, &decoded.text, Some(&page.final_url))?;
    doc.decoded_from = decoded.encoding;
    Ok(doc)
}

/// `text/html; charset=UTF-8` -> `text/html`.
pub(crate) fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// `text/html; charset="UTF-8"` -> `UTF-8`.
fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"'))
            .filter(|v| !v.is_empty())
    })
}

/// A shared page for [`super::Input::Fetched`].
pub fn input(page: FetchedPage) -> super::Input {
    super::Input::Fetched(Arc::new(page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_and_media_type_are_read_from_content_type() {
        assert_eq!(
            charset_param("text/html; charset=\"ISO-8859-1\""),
            Some("ISO-8859-1")
        );
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(media_type("Text/HTML ; charset=x"), "text/html");
    }

    #[test]
    fn only_http_urls_are_fetched() {
        assert!(parse_url("https://example.com/a").is_ok());
        assert!(matches!(
            parse_url("ftp://example.com/a"),
            Err(FetchFailure::InvalidUrl(_))
        ));
        assert!(matches!(
            parse_url("not a url"),
            Err(FetchFailure::InvalidUrl(_))
        ));
    }
}
