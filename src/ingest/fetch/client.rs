//! The HTTP side of fetching: one `ureq` agent, one GET, every error mapped to a [`FetchFailure`].

use super::robots::Robots;
use super::{media_type, FetchFailure, FetchOptions, FetchedPage};
use ureq::ResponseExt;

/// Media types factdb reads: web pages, and plain text.
const READABLE: &[&str] = &["text/html", "application/xhtml+xml", "text/plain"];

pub fn agent(options: &FetchOptions) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .max_redirects(options.max_redirects)
        .user_agent(options.user_agent.as_str())
        // Statuses are answers to report, not transport errors.
        .http_status_as_error(false)
        .build()
        .into()
}

/// GETs one page.
pub fn get(
    agent: &ureq::Agent,
    options: &FetchOptions,
    url: &url::Url,
) -> Result<FetchedPage, FetchFailure> {
    let mut response = agent
        .get(url.as_str())
        .header(
            "Accept",
            "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
        )
        .call()
        .map_err(|e| failure(e, options, url))?;
    let status = response.status().as_u16();
    if !response.status().is_success() {
        return Err(FetchFailure::Status(status));
    }
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let content_type = header("content-type");
    if let Some(content_type) = &content_type {
        if !READABLE.contains(&media_type(content_type).as_str()) {
            return Err(FetchFailure::NotHtml(content_type.clone()));
        }
    }
    // Refuse a declared oversize body before reading any of it.
    if let Some(length) = header("content-length").and_then(|l| l.parse::<u64>().ok()) {
        if length > options.max_bytes {
            return Err(FetchFailure::TooLarge(options.max_bytes));
        }
    }
    let final_url = response.get_uri().to_string();
    let body = response
        .body_mut()
        .with_config()
        .limit(options.max_bytes)
        .read_to_vec()
        .map_err(|e| failure(e, options, url))?;
    Ok(FetchedPage {
        url: url.to_string(),
        final_url,
        status,
        content_type,
        body,
    })
}

/// The site's robots.txt for factdb: a missing one (4xx) or one that cannot be fetched at all allows
/// everything; a server error disallows everything (RFC 9309).
pub fn robots(agent: &ureq::Agent, page: &url::Url) -> Robots {
    let Ok(robots_url) = page.join("/robots.txt") else {
        return Robots::allow_all();
    };
    let Ok(mut response) = agent.get(robots_url.as_str()).call() else {
        return Robots::allow_all();
    };
    match response.status().as_u16() {
        200..=299 => {
            let text = response
                .body_mut()
                .with_config()
                .limit(512 * 1024)
                .read_to_string()
                .unwrap_or_default();
            Robots::parse(&text, "factdb")
        }
        500..=599 => Robots::disallow_all(),
        _ => Robots::allow_all(),
    }
}

fn failure(error: ureq::Error, options: &FetchOptions, url: &url::Url) -> FetchFailure {
    use std::io::ErrorKind;
    match error {
        // rustls reports a failed handshake (not TLS at all, a bad certificate) as invalid data.
        ureq::Error::Io(e) if e.kind() == ErrorKind::InvalidData && url.scheme() == "https" => {
            FetchFailure::Tls(e.to_string())
        }
        ureq::Error::HostNotFound => FetchFailure::Dns,
        ureq::Error::Timeout(_) => FetchFailure::Timeout(options.timeout),
        ureq::Error::TooManyRedirects => FetchFailure::TooManyRedirects(options.max_redirects),
        ureq::Error::RedirectFailed => {
            FetchFailure::Other("a redirect has no usable target".into())
        }
        ureq::Error::BodyExceedsLimit(_) => FetchFailure::TooLarge(options.max_bytes),
        ureq::Error::StatusCode(status) => FetchFailure::Status(status),
        ureq::Error::BadUri(why) => FetchFailure::InvalidUrl(why),
        ureq::Error::Tls(why) => FetchFailure::Tls(why.to_string()),
        ureq::Error::Rustls(e) => FetchFailure::Tls(e.to_string()),
        ureq::Error::ConnectionFailed => FetchFailure::Connect("connection failed".into()),
        ureq::Error::Io(e) if e.kind() == ErrorKind::TimedOut => {
            FetchFailure::Timeout(options.timeout)
        }
        ureq::Error::Io(e)
            if matches!(
                e.kind(),
                ErrorKind::ConnectionRefused
                    | ErrorKind::ConnectionReset
                    | ErrorKind::HostUnreachable
                    | ErrorKind::NetworkUnreachable
            ) =>
        {
            FetchFailure::Connect(e.to_string())
        }
        other => FetchFailure::Other(other.to_string()),
    }
}
