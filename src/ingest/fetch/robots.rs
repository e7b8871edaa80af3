//! robots.txt (RFC 9309): which paths a site lets factdb fetch, and how long it asks crawlers to
//! wait between requests.
//!
//! The group for `factdb` is used when there is one, else the `*` group. Within it the longest
//! matching `Allow`/`Disallow` rule wins, `Allow` on a tie; `*` matches any run of characters and a
//! trailing `$` anchors the end.

use std::time::Duration;

/// The rules of one site for factdb.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Robots {
    rules: Vec<Rule>,
    /// `Crawl-delay`, when the group sets one.
    pub crawl_delay: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq)]
struct Rule {
    allow: bool,
    pattern: String,
}

impl Robots {
    /// Everything allowed: no robots.txt (404), or one that says nothing about factdb.
    pub fn allow_all() -> Robots {
        Robots::default()
    }

    /// Nothing allowed: the site's robots.txt is unreachable with a server error (RFC 9309 2.3.1.4).
    pub fn disallow_all() -> Robots {
        Robots {
            rules: vec![Rule {
                allow: false,
                pattern: "/".into(),
            }],
            crawl_delay: None,
        }
    }

    /// Parses a robots.txt for the user-agent token `agent` ("factdb").
    pub fn parse(text: &str, agent: &str) -> Robots {
        let agent = agent.to_ascii_lowercase();
        // Groups: consecutive user-agent lines, then their rules.
        let mut groups: Vec<(Vec<String>, Robots)> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let (key, value) = (key.trim().to_ascii_lowercase(), value.trim());
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push((Vec::new(), Robots::default()));
                    }
                    in_agents = true;
                    if let Some(group) = groups.last_mut() {
                        group.0.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" | "crawl-delay" => {
                    in_agents = false;
                    let Some((_, robots)) = groups.last_mut() else {
                        continue;
                    };
                    if key == "crawl-delay" {
                        robots.crawl_delay = value
                            .parse::<f64>()
                            .ok()
                            .filter(|d| *d >= 0.0)
                            .map(Duration::from_secs_f64);
                    } else if !value.is_empty() {
                        // An empty Disallow allows everything: no rule.
                        robots.rules.push(Rule {
                            allow: key == "allow",
                            pattern: value.to_string(),
                        });
                    }
                }
                _ => {}
            }
        }
        let pick = |wanted: &dyn Fn(&str) -> bool| {
            groups
                .iter()
                .filter(|(agents, _)| agents.iter().any(|a| wanted(a)))
                .fold(None::<Robots>, |merged, (_, robots)| {
                    let mut merged = merged.unwrap_or_default();
                    merged.rules.extend(robots.rules.iter().cloned());
                    merged.crawl_delay = merged.crawl_delay.or(robots.crawl_delay);
                    Some(merged)
                })
        };
        pick(&|a| a == agent)
            .or_else(|| pick(&|a| a == "*"))
            .unwrap_or_default()
    }

    /// Whether factdb may fetch `path` (the url's path and query).
    pub fn allows(&self, path: &str) -> bool {
        let best = self
            .rules
            .iter()
            .filter(|rule| matches(&rule.pattern, path))
            .max_by_key(|rule| (rule.pattern.len(), rule.allow));
        best.is_none_or(|rule| rule.allow)
    }
}

/// Whether a robots.txt path pattern matches the start of `path`.
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let mut pieces = pattern.split('*');
    let first = pieces.next().unwrap_or("");
    let Some(mut rest) = path.strip_prefix(first) else {
        return false;
    };
    let mut wildcard = false;
    for piece in pieces {
        wildcard = true;
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    // With a wildcard before the last piece, an anchored pattern needs that piece at the very end.
    if anchored && !rest.is_empty() {
        let last = pattern.rsplit('*').next().unwrap_or("");
        return wildcard && path.ends_with(last);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const TXT: &str = "User-agent: *\nDisallow: /private\nAllow: /private/ok\n\n\
                       User-agent: factdb\nUser-agent: other\nDisallow: /news/*.pdf$\nDisallow: /drafts\nCrawl-delay: 2\n";

    #[test]
    fn the_factdb_group_wins_over_the_star_group() {
        let robots = Robots::parse(TXT, "factdb");
        assert!(robots.allows("/private"));
        assert!(!robots.allows("/drafts/1"));
        assert!(!robots.allows("/news/a/report.pdf"));
        assert!(robots.allows("/news/a/report.pdf?x=1"));
        assert_eq!(robots.crawl_delay, Some(Duration::from_secs(2)));
    }

    #[test]
    fn longest_rule_wins_and_allow_wins_ties() {
        let robots = Robots::parse(TXT, "somebot");
        assert!(!robots.allows("/private/x"));
        assert!(robots.allows("/private/ok/1"));
        assert!(robots.allows("/public"));
        let tie = Robots::parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "factdb");
        assert!(tie.allows("/a"));
        assert!(Robots::parse("User-agent: *\nDisallow:\n", "factdb").allows("/"));
        assert!(!Robots::disallow_all().allows("/anything"));
    }
}
