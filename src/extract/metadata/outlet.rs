//! Which outlet wrote the article, and which site the page was copied from when that is another one.
//!
//! Evidence is collected from lines that are *about the page*, never from body sentences ("reports
//! Jane Doe at The Harbour Ledger" is a citation). Each piece of evidence has a role:
//!
//! | role       | evidence                                                                 |
//! |------------|--------------------------------------------------------------------------|
//! | `Original` | a labelled source link: "• http://www.outlet.com", "Source: …", "Originally published at …" |
//! | `Article`  | the article's own url, the outlet in a byline ("Name, Outlet"), a wire dateline "GENEVA (AP) —" |
//! | `Site`     | "© 2025 Outlet", "Copyright …", "Subscribe to Outlet", "Already a subscriber to Outlet?", "Sign up for Outlet's newsletters", a masthead line or page-title suffix naming a known outlet, a bare home-page url |
//!
//! The outlet is the first `Original`, else the first `Article`, else the first `Site` evidence. When
//! the page also has evidence of a *different* outlet at a weaker role, that one is the `site`: an
//! aggregator that reposts another outlet's article. Evidences of the same outlet are merged (a name
//! and a domain agree when the squashed name contains the domain's label or the name's initials start
//! it), so the outlet gets both a name and a domain when the page gives both. Without evidence the
//! outlet stays unknown: nothing is guessed from the body.

use super::known::{self, squash};
use super::names;
use super::url::{UrlKind, WebAddress};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Original,
    Article,
    Site,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub role: Role,
    pub name: Option<String>,
    pub domain: Option<String>,
    pub line: usize,
}

/// An outlet as resolved from evidence.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outlet {
    pub name: Option<String>,
    pub domain: Option<String>,
}

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?(?P<name>[^.©|]+?)\s*(?:,?\s*(?:19|20)\d{2})?\s*(?:[.,|]\s*)?(?:all rights reserved.*|this material may not.*)?$")
        .unwrap()
});
static SUBSCRIBE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Subscribe to|Already a subscriber to|Support|Sign up for|Thank you for reading)\s+(?P<name>.+?)(?:'s|’s)?(?i:\s+(?:free\s+)?(?:daily\s+|weekly\s+)?newsletters?)?\s*[?!.]?$")
        .unwrap()
});
/// "GENEVA (AP) —", "PORT SELEN, Lorvania (CWS) -": the agency in a wire dateline.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z .'’-]+[A-Z](?:,\s*[A-Z][\w .]+)?\s*\((?P<name>[A-Za-z][A-Za-z .&/-]{1,30})\)\s*[-—–]")
        .unwrap()
});
/// Labels that make a url line a link to the original ("• http://…", "Source: …").
static ORIGINAL_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[•·*>]|source\b|via\b|original|read (?:more|the original|the full)|from\b)",
    )
    .unwrap()
});
static ORIGINAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Source|Originally published (?:by|in|on|at)|This (?:article|story) (?:originally )?(?:appeared|was published) (?:in|on|at|by)|Reprinted (?:from|with permission of))\s*:?\s+(?P<name>[A-Z][^.]{1,60}?)\.?$")
        .unwrap()
});
/// Corporate suffixes dropped from a copyright holder ("The Harbour Ledger Company").
static CORPORATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[,\s]+(?:company|co\.?|inc\.?|ltd\.?|llc|plc|limited|corporation|corp\.?|group|media group|gmbh|s\.a\.)$").unwrap()
});

/// Outlet evidence of one line that is not a url or a byline (those are read by their own modules).
pub fn line_evidence(line: &str, index: usize) -> Option<Evidence> {
    let name_ev = |role: Role, name: &str| {
        clean_name(name).map(|name| Evidence {
            role,
            name: Some(name),
            domain: None,
            line: index,
        })
    };
    if let Some(c) = ORIGINAL_NAME.captures(line) {
        return name_ev(Role::Original, &c["name"]);
    }
    let copyright_like = line.contains('©')
        || line.contains("(c)")
        || line.contains("(C)")
        || line
            .get(..9)
            .is_some_and(|p| p.eq_ignore_ascii_case("copyright"));
    if let Some(c) = COPYRIGHT.captures(line).filter(|_| copyright_like) {
        return name_ev(Role::Site, &c["name"]);
    }
    if let Some(c) = SUBSCRIBE.captures(line) {
        // "Subscribe to Blog Via Email", "Subscribe to Forums": only an outlet-shaped name counts.
        if names::outlet_shaped(&c["name"]) {
            return name_ev(Role::Site, &c["name"]);
        }
    }
    if let Some(c) = DATELINE.captures(line) {
        // Only a known agency: an unknown acronym in parentheses could be anything.
        if let Some(k) = known::by_name(&c["name"]) {
            return Some(Evidence {
                role: Role::Article,
                name: Some(k.name.to_string()),
                domain: Some(k.domain.to_string()),
                line: index,
            });
        }
    }
    None
}

/// A masthead or page-title suffix naming a known outlet ("The Harbour Ledger" alone on a line
/// before the headline, "Headline | BBC News" on line 1).
pub fn masthead_evidence(line: &str, index: usize) -> Option<Evidence> {
    let tail = line
        .rsplit_once(" | ")
        .or_else(|| line.rsplit_once(" - "))
        .or_else(|| line.rsplit_once(" – "))
        .map(|(_, t)| t)
        .unwrap_or(line);
    let k = known::by_name(tail.trim())?;
    Some(Evidence {
        role: Role::Site,
        name: Some(k.name.to_string()),
        domain: Some(k.domain.to_string()),
        line: index,
    })
}

/// Evidence from a url line: the article's own url, or a home page (labelled as the source, or not).
pub fn url_evidence(
    line: &str,
    address: &WebAddress,
    index: usize,
    is_article_url: bool,
) -> Option<Evidence> {
    let labelled = ORIGINAL_LABEL.is_match(line.trim_start());
    let role = match address.kind {
        UrlKind::Article if is_article_url => {
            if labelled && !line.trim_start().to_lowercase().starts_with("read") {
                Role::Original
            } else {
                Role::Article
            }
        }
        // A bare home page is evidence only when labelled as the source ("• http://…"): a lone
        // home-page link is as often a partner, a sponsor or a social network.
        UrlKind::Home if labelled && !is_platform(&address.domain) => Role::Original,
        _ => return None,
    };
    Some(Evidence {
        role,
        name: None,
        domain: Some(address.domain.clone()),
        line: index,
    })
}

/// Resolves the outlet and, for a repost, the site it was copied from.
pub fn resolve(evidence: &[Evidence]) -> (Outlet, Outlet) {
    let mut sorted: Vec<&Evidence> = evidence.iter().collect();
    sorted.sort_by_key(|e| (e.role, e.line));
    let Some(first) = sorted.first() else {
        return (Outlet::default(), Outlet::default());
    };
    let outlet = merge(first, &sorted);
    let site = sorted
        .iter()
        .filter(|e| e.role > first.role || (e.role == first.role && first.role == Role::Original))
        .find(|e| !same_outlet(e, &outlet))
        // Only an explicit source link makes the page a repost: a byline outlet and a copyright
        // holder that differ are more often a newsroom and its owner company.
        .filter(|_| first.role == Role::Original)
        .map(|e| merge(e, &sorted))
        .unwrap_or_default();
    (outlet, site)
}

/// The outlet of `seed`, with the name and domain of every evidence that agrees with it.
fn merge(seed: &Evidence, all: &[&Evidence]) -> Outlet {
    let mut outlet = Outlet {
        name: seed.name.clone(),
        domain: seed.domain.clone(),
    };
    for e in all {
        if same_outlet(e, &outlet) {
            if outlet.name.is_none() {
                outlet.name = e.name.clone();
            }
            if outlet.domain.is_none() {
                outlet.domain = e.domain.clone();
            }
        }
    }
    // The known table names the outlet canonically ("The Week US" -> "The Week").
    let k = outlet
        .domain
        .as_deref()
        .and_then(known::by_host)
        .or_else(|| outlet.name.as_deref().and_then(known::by_name));
    if let Some(k) = k {
        outlet.name = Some(k.name.to_string());
        if outlet.domain.is_none() {
            outlet.domain = Some(k.domain.to_string());
        }
    }
    if outlet.name.is_none() {
        outlet.name = outlet.domain.clone();
    }
    outlet
}

fn same_outlet(e: &Evidence, o: &Outlet) -> bool {
    let known_e = e
        .domain
        .as_deref()
        .and_then(known::by_host)
        .or_else(|| e.name.as_deref().and_then(known::by_name));
    let known_o = o
        .domain
        .as_deref()
        .and_then(known::by_host)
        .or_else(|| o.name.as_deref().and_then(known::by_name));
    if let (Some(a), Some(b)) = (known_e, known_o) {
        return a.name == b.name;
    }
    if let (Some(a), Some(b)) = (&e.domain, &o.domain) {
        return a == b;
    }
    if let (Some(a), Some(b)) = (&e.name, &o.name) {
        return names_agree(a, b);
    }
    match (&e.name, &o.domain, &e.domain, &o.name) {
        (Some(name), Some(domain), _, _) | (_, _, Some(domain), Some(name)) => {
            name_matches_domain(name, domain)
        }
        _ => false,
    }
}

fn names_agree(a: &str, b: &str) -> bool {
    let (a, b) = (squash(a), squash(b));
    a.len() >= 3 && b.len() >= 3 && (a.contains(&b) || b.contains(&a))
}

/// "The Harbour Ledger" ~ harbourledger.com, "Continental Wire Service" ~ cwsnews.com.
pub fn name_matches_domain(name: &str, domain: &str) -> bool {
    let label = domain.split('.').next().unwrap_or("").replace('-', "");
    if label.len() < 3 {
        return false;
    }
    let squashed = squash(name);
    if squashed.len() >= 3 && (squashed.contains(&label) || label.contains(&squashed)) {
        return true;
    }
    let initials: String = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| *w != "The")
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    initials.len() >= 3 && label.starts_with(&initials)
}

/// Social networks, hosting platforms and link shorteners: a link to them never names the outlet.
fn is_platform(domain: &str) -> bool {
    const PLATFORMS: &[&str] = &[
        "facebook.com",
        "twitter.com",
        "x.com",
        "instagram.com",
        "youtube.com",
        "youtu.be",
        "linkedin.com",
        "pinterest.com",
        "tiktok.com",
        "whatsapp.com",
        "t.me",
        "telegram.org",
        "reddit.com",
        "google.com",
        "apple.com",
        "wikipedia.org",
        "blogspot.com",
        "wordpress.com",
        "medium.com",
        "tumblr.com",
        "flickr.com",
        "vimeo.com",
        "soundcloud.com",
        "spotify.com",
        "github.com",
        "amazon.com",
        "bit.ly",
        "t.co",
        "ow.ly",
        "buff.ly",
        "feedburner.com",
    ];
    PLATFORMS.contains(&domain)
}

/// A name from a copyright or subscribe line, without corporate suffix; `None` when it does not look
/// like a name (lower case, a sentence, too long).
fn clean_name(raw: &str) -> Option<String> {
    let mut name = LEADING_NOISE.replace(raw.trim(), "").to_string();
    // "Landwirtschaftsverlag GmbH, Street 2-8, Town", "DuMont, Köln": the holder is before the comma.
    if let Some(comma) = name.find(", ") {
        if !CORPORATE.is_match(&name[comma..]) {
            name.truncate(comma);
        }
    }
    let mut name = name
        .trim()
        .trim_end_matches(['.', ',', '!', '?', ':'])
        .trim()
        .to_string();
    let mut corporate = false;
    while let Some(m) = CORPORATE.find(&name) {
        name.truncate(m.start());
        corporate = true;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    // Every word capitalised (connectors aside), and some letters: "Harbour Gazette", not "3" or
    // "Bildrechte anzeigen" or "Blog ist lizensiert unter".
    const CONNECTORS: &[&str] = &["of", "the", "and", "&", "for", "de", "du", "la", "y", "on"];
    let capitalised = words.iter().enumerate().all(|(i, w)| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || (i > 0 && CONNECTORS.contains(w))
            || w.chars().skip(1).any(char::is_uppercase)
    });
    if !capitalised || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    let lower = name.to_lowercase();
    // "Subscribe to Continue", "Support Us": a verb or pronoun after the label is not a name.
    const NOT_NAMES: &[&str] = &[
        "us",
        "our",
        "continue",
        "today",
        "now",
        "here",
        "more",
        "this",
        "the",
        "copyright",
        "all rights reserved",
        "derechos reservados",
        "riproduzione riservata",
        "tous droits réservés",
        "alle rechte vorbehalten",
    ];
    if NOT_NAMES.contains(&lower.as_str()) {
        return None;
    }
    // A photo credit, not a publisher: "© Shutterstock/name", "Foto: Getty Images", "© Jane Doe".
    const PHOTO_WORDS: &[&str] = &[
        "getty",
        "shutterstock",
        "istock",
        "adobestock",
        "adobe stock",
        "alamy",
        "imago",
        "dpa",
        "picture alliance",
        "picture-alliance",
        "epa",
        "photo",
        "foto",
        "bild",
        "image",
        "images",
        "reuters/",
        "ap photo",
        "afp/",
        "unsplash",
        "pixabay",
        "flickr",
        "wikimedia",
    ];
    if name.contains('/') || PHOTO_WORDS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    if !corporate && names::person_name(&name).is_some() && !names::outlet_shaped(&name) {
        return None;
    }
    Some(name)
}

/// "Copyright ©", years and "All rights reserved" in front of a holder's name.
static LEADING_NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:copyright|©|\(c\)|®|/?tm|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?|all rights reserved)[\s.,:]*)+").unwrap()
});

#[cfg(test)]
mod tests {
    use super::*;

    fn name(line: &str) -> Option<String> {
        line_evidence(line, 0).and_then(|e| e.name)
    }

    #[test]
    fn site_lines() {
        assert_eq!(
            name("© 2025 The Harbour Ledger Company").as_deref(),
            Some("The Harbour Ledger")
        );
        assert_eq!(
            name("Copyright 2021 Harbour Gazette. All rights reserved.").as_deref(),
            Some("Harbour Gazette")
        );
        assert_eq!(
            name("© Harbour Gazette 2021").as_deref(),
            Some("Harbour Gazette")
        );
        assert_eq!(
            name("Subscribe to Meridian Weekly").as_deref(),
            Some("Meridian Weekly")
        );
        assert_eq!(
            name("Already a subscriber to Meridian Weekly?").as_deref(),
            Some("Meridian Weekly")
        );
        assert_eq!(
            name("Sign up for Meridian Weekly's Free Newsletters").as_deref(),
            Some("Meridian Weekly")
        );
        assert_eq!(name("Subscribe to continue."), None);
        assert_eq!(name("© 3"), None);
        assert_eq!(name("© Shutterstock/some-photographer"), None);
        assert_eq!(name("Foto: Getty Images"), None);
        assert_eq!(name("© Olek Brun"), None, "a photographer's credit");
        assert_eq!(
            name("© Harbour Verlag GmbH, Hafenstraße 2, 12345 Hafen").as_deref(),
            Some("Harbour Verlag")
        );
        assert_eq!(
            name("Copyright © 2020 Harbour Gazette").as_deref(),
            Some("Harbour Gazette")
        );
        assert_eq!(name("Subscribe to Blog Via Email"), None);
        assert_eq!(name("© Photo rights reserved by the authors"), None);
        assert_eq!(name("Subscribe to our newsletter"), None);
        assert_eq!(
            name("Originally published by Harbour Gazette.").as_deref(),
            Some("Harbour Gazette")
        );
        assert_eq!(
            line_evidence("Originally published by Harbour Gazette.", 0)
                .unwrap()
                .role,
            Role::Original
        );
    }

    #[test]
    fn wire_datelines_name_known_agencies_only() {
        let e = line_evidence(
            "PORT ELLIS, Norland (AP) — The ferry strike ended on Monday.",
            3,
        )
        .unwrap();
        assert_eq!(e.name.as_deref(), Some("Associated Press"));
        assert_eq!(e.role, Role::Article);
        assert!(line_evidence("PORT ELLIS (XYZ) — The ferry strike ended.", 3).is_none());
    }

    #[test]
    fn names_match_domains() {
        assert!(name_matches_domain(
            "The Harbour Ledger",
            "harbourledger.com"
        ));
        assert!(name_matches_domain(
            "Continental Wire Service",
            "cwsnews.com"
        ));
        assert!(!name_matches_domain("Meridian Weekly", "harbourledger.com"));
    }

    fn ev(role: Role, name: Option<&str>, domain: Option<&str>, line: usize) -> Evidence {
        Evidence {
            role,
            name: name.map(String::from),
            domain: domain.map(String::from),
            line,
        }
    }

    #[test]
    fn resolves_outlet_and_site() {
        // One outlet, named two ways.
        let (o, s) = resolve(&[
            ev(Role::Site, Some("The Harbour Ledger"), None, 40),
            ev(Role::Article, None, Some("harbourledger.com"), 39),
        ]);
        assert_eq!(o.name.as_deref(), Some("The Harbour Ledger"));
        assert_eq!(o.domain.as_deref(), Some("harbourledger.com"));
        assert_eq!(s, Outlet::default());
        // A repost: the source link is the outlet, the copyright holder is the site.
        let (o, s) = resolve(&[
            ev(Role::Original, None, Some("harbourledger.com"), 4),
            ev(Role::Site, Some("NewsHeap"), None, 30),
        ]);
        assert_eq!(o.name.as_deref(), Some("harbourledger.com"));
        assert_eq!(s.name.as_deref(), Some("NewsHeap"));
        // Known outlets are named canonically.
        let (o, _) = resolve(&[ev(Role::Article, Some("The Week US"), None, 9)]);
        assert_eq!(o.name.as_deref(), Some("The Week"));
        assert_eq!(o.domain.as_deref(), Some("theweek.com"));
        assert_eq!(resolve(&[]), (Outlet::default(), Outlet::default()));
    }
}
