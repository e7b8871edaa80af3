//! The headline: the first headline-shaped line at the top of the page, preferring one that the page
//! repeats or that a byline or date line follows.
//!
//! A line is headline-shaped when it is
//! - 2 to 30 words (3 unless it is the first line), at least 8 characters;
//! - capitalised (or an iPhone-style word), with lower-case letters somewhere (not an ALL-CAPS label);
//! - not ended like a sentence or a label: no final `.` (except "U.S." style abbreviations and "…",
//!   and one short sentence on the page's first line: some sources end headlines with a full stop),
//!   `:`, `,`, `;`;
//! - not page furniture: no bullet `•` or url, no `|` navigation separators, no "Skip to content",
//!   "Subscribe", "Sign up", "Article Image", photo credits, bylines or date lines;
//! - not the outlet's own name (a masthead like "Continental Wire Service").
//!
//! Candidates are looked for before the first body paragraph (a long line ending in sentence
//! punctuation). A first line "Headline | Site" (a browser page title) gives its first part, or the
//! later line repeating it.

use super::known::{self, squash};
use super::{byline, date, url};

#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub text: String,
    pub line: usize,
    /// Other lines that are the headline again, or the page title holding it.
    pub repeats: Vec<usize>,
}

/// Lower-cased starts of lines that are page furniture, not headlines.
const FURNITURE_PREFIXES: &[&str] = &[
    "skip to",
    "sign in",
    "sign up",
    "log in",
    "subscribe",
    "advertisement",
    "related coverage",
    "related stories",
    "related articles",
    "related content",
    "most popular",
    "most read",
    "continue reading",
    "read more",
    "read next",
    "share this",
    "share on",
    "follow us",
    "click here",
    "you've read",
    "you have read",
    "already a subscriber",
    "contact us",
    "more from",
    "recommended for",
    "download the app",
    "image credit",
    "photo credit",
    "photo:",
    "photograph:",
    "credit:",
    "(",
    "listen to this",
    "watch:",
    "terms of",
    "cookie",
    "back to top",
    "next article",
    "previous article",
    "support our",
    "donate",
    "sponsored",
    "editor's pick",
    "editors' picks",
    "top stories",
    "tag:",
    "tags:",
    "topics:",
    "filed under",
    "categories:",
    "category:",
];

/// Single words that are furniture when they are (nearly) the whole line: "Home", "Share", "Menu".
const FURNITURE_WORDS: &[&str] = &[
    "home",
    "share",
    "search",
    "menu",
    "comments",
    "related",
    "login",
    "newsletter",
    "newsletters",
    "trending",
    "advertise",
    "loading",
    "privacy",
    "accept",
    "sections",
    "news",
    "opinion",
];

/// Words of navigation lines made only of them ("Menu Menu Close Close", "Open navigation").
const NAV_WORDS: &[&str] = &[
    "close",
    "open",
    "toggle",
    "navigation",
    "nav",
    "main",
    "more",
    "back",
    "next",
    "previous",
    "show",
    "hide",
];

/// Fragments that make any line page furniture.
const FURNITURE_CONTAINS: &[&str] = &[
    "cookie",
    "all rights reserved",
    "sign up for",
    "subscribe to",
    "newsletter",
    "(image credit",
    "getty images",
    "skip to",
    "javascript",
    "©",
];

/// Words of image placeholders ("Article Image", "Photo Gallery").
const PLACEHOLDER_WORDS: &[&str] = &[
    "article", "image", "images", "photo", "photos", "video", "gallery", "graphic", "media",
    "picture", "icon", "logo", "caption", "main", "lead", "hero", "embed",
];

/// Whether a line could be a headline (see the module docs). `first` relaxes the word minimum for the
/// page's first line.
pub fn is_headline_shaped(line: &str, first: bool) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let min_words = if first { 2 } else { 3 };
    if words.len() < min_words || words.len() > 30 || line.chars().count() < 8 {
        return false;
    }
    let lower = line.to_lowercase();
    let all_furniture = words.iter().all(|w| {
        let w = w.to_lowercase();
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        FURNITURE_WORDS.contains(&w) || NAV_WORDS.contains(&w)
    });
    let short_furniture = all_furniture
        || words.len() <= 3
            && words.iter().any(|w| {
                FURNITURE_WORDS.contains(
                    &w.to_lowercase()
                        .trim_matches(|c: char| !c.is_alphanumeric()),
                )
            });
    if short_furniture
        || FURNITURE_PREFIXES
            .iter()
            .any(|p| starts_with_word(&lower, p))
        || FURNITURE_CONTAINS.iter().any(|c| lower.contains(c))
        || line.contains('•')
        || line.contains(" | ")
        || lower.contains("http://")
        || lower.contains("https://")
        || lower.contains("www.")
        || line.contains('@')
    {
        return false;
    }
    if words.iter().all(|w| {
        PLACEHOLDER_WORDS.contains(
            &w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    }) {
        return false;
    }
    if !line.chars().any(char::is_lowercase) {
        return false;
    }
    let first_word = words[0];
    let first_char = first_word.chars().next().unwrap_or(' ');
    let starts_well = first_char.is_uppercase()
        || first_char.is_ascii_digit()
        || "\"“‘'¿¡$£€&#".contains(first_char)
        || first_word.chars().skip(1).any(char::is_uppercase);
    if !starts_well {
        return false;
    }
    // Some sources end the headline on the page's first line with a full stop ("Mayor quits.") or a
    // semicolon: accepted there when it is short, does not open like a story (a dateline), and is one
    // sentence or in Title Case ("Mayor Quits. Here's Why.").
    let first_line_sentence = first
        && line.ends_with(['.', ';'])
        && words.len() <= 20
        && !opens_with_dateline(line)
        && (sentence_count(line) == 1 || is_title_case(&words));
    if !ends_like_headline(line) && !first_line_sentence {
        return false;
    }
    // A photo credit ("Name/Agency", "Credit Name/Agency"): capitalised words joined by a slash.
    let capitalised_only = words.iter().all(|w| !w.starts_with(char::is_lowercase));
    if capitalised_only
        && words.len() <= 6
        && words.iter().any(|w| {
            w.split_once('/')
                .is_some_and(|(a, b)| !a.is_empty() && b.starts_with(char::is_uppercase))
        })
    {
        return false;
    }
    if byline::by_line(line).is_some() || date::is_date_only_line(line) || byline::names_only(line)
    {
        return false;
    }
    true
}

/// Lines that could squash to the same key: within a factor of two in length (skips the cost of
/// squashing every long paragraph of the page).
fn similar_length(a: &str, b: &str) -> bool {
    !a.is_empty() && a.len() <= b.len() * 2 + 8 && b.len() <= a.len() * 2 + 8
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

/// "PORT ELLIS — …", "PORT ELLIS, Norland (AP) — …": a story's first paragraph, not a headline.
fn opens_with_dateline(line: &str) -> bool {
    let Some((head, _)) = line
        .split_once(" — ")
        .or_else(|| line.split_once(" -- "))
        .or_else(|| line.split_once(" – "))
    else {
        return false;
    };
    let head = head.split('(').next().unwrap_or(head);
    let head = head.split(',').next().unwrap_or(head);
    !head.trim().is_empty()
        && head.split_whitespace().count() <= 4
        && !head.chars().any(char::is_lowercase)
}

/// Sentences in a short line: full stops followed by a space and a capital, not after an
/// abbreviation ("U.S. to lead", "St. Paul", "Roe v. Wade").
fn sentence_count(line: &str) -> usize {
    let words: Vec<&str> = line.split_whitespace().collect();
    1 + words
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0], w[1]);
            let abbreviation = a.len() <= 3
                || a.trim_end_matches('.').contains('.')
                || [
                    "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gov.", "Sen.", "Rep.", "Gen.", "Col.",
                    "Lt.", "Jr.", "Sr.", "Inc.", "Corp.",
                ]
                .contains(&a);
            a.ends_with('.') && !abbreviation && b.starts_with(char::is_uppercase)
        })
        .count()
}

/// Most words capitalised: "Mayor Quits Over Ferry Strike".
fn is_title_case(words: &[&str]) -> bool {
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
        .count();
    words.len() >= 3 && capitalised * 10 >= words.len() * 7
}

/// `text` starts with `prefix` ending at a word boundary ("share" does not start "shares").
fn starts_with_word(text: &str, prefix: &str) -> bool {
    text.starts_with(prefix)
        && (prefix.ends_with(|c: char| !c.is_alphanumeric())
            || !text[prefix.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

fn ends_like_headline(line: &str) -> bool {
    let last_char = line.chars().last().unwrap_or(' ');
    match last_char {
        ':' | ',' | ';' | '-' | '|' | '/' | '–' | '—' => false,
        '…' => true,
        '.' => {
            if line.ends_with("...") {
                return true;
            }
            // "… Surprised U.S." ends on an abbreviation, not on a full stop.
            let last = line.split_whitespace().last().unwrap_or("");
            last.matches('.').count() >= 2
                && last
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        }
        _ => true,
    }
}

/// A body paragraph: long, and ended like a sentence.
pub fn is_body_paragraph(line: &str) -> bool {
    line.len() >= 60
        && line
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', '’', '\'', ')'])
        && line.split_whitespace().nth(19).is_some()
}

/// Finds the headline among the lines before the first body paragraph. `outlet_names` are names the
/// page gives for its outlet or site (a masthead line with that name is not a headline).
pub fn find(lines: &[&str], outlet_names: &[String]) -> Option<Headline> {
    let first_line = lines.iter().position(|l| !l.is_empty())?;
    let head_end = lines
        .iter()
        .position(|l| is_body_paragraph(l))
        .unwrap_or(lines.len())
        .min(first_line + 80);
    let outlet_keys: Vec<String> = outlet_names.iter().map(|n| squash(n)).collect();
    let is_outlet_name = |text: &str| {
        let key = squash(text);
        outlet_keys.contains(&key) || known::by_name(text).is_some()
    };

    // (line index, headline text, line holding the page title when the text comes from it)
    let mut candidates: Vec<(usize, String)> = Vec::new();
    let mut page_title_line = None;
    for (i, line) in lines.iter().enumerate().take(head_end) {
        if line.is_empty() {
            continue;
        }
        let text: &str = if i == first_line {
            // "Headline | Section | Site", then "Headline - Site": peel the site parts off.
            let repeated_later = |p: &str| {
                let key = squash(p);
                lines[i + 1..]
                    .iter()
                    .any(|l| similar_length(l, p) && squash(l) == key)
            };
            let mut text: &str = line;
            if let Some((prefix, _)) = line.split_once(" | ") {
                text = prefix.trim();
                page_title_line = Some(i);
            }
            if let Some((prefix, certain)) = page_title_dash_prefix(text) {
                if certain || repeated_later(prefix) {
                    text = prefix;
                    page_title_line = Some(i);
                }
            }
            text
        } else {
            line
        };
        if is_headline_shaped(text, i == first_line)
            && !is_outlet_name(text)
            && url::line_url(text).is_none()
        {
            candidates.push((i, text.to_string()));
        }
    }
    let next_lines = |i: usize| lines[i + 1..].iter().filter(|l| !l.is_empty()).take(2);
    let followed_by_meta: Vec<bool> = candidates
        .iter()
        .map(|(i, _)| {
            next_lines(*i).any(|l| byline::by_line(l).is_some() || date::is_date_only_line(l))
        })
        .collect();
    // Of several lines with a byline or date under them (a "most read" list above the story), the
    // story's own headline is the one nearest to the body.
    let last_with_meta = followed_by_meta.iter().rposition(|&f| f);
    let score = |(pos, (i, text)): (usize, &(usize, String))| -> i32 {
        let key = squash(text);
        let repeated = candidates.iter().any(|(j, t)| j != i && squash(t) == key);
        let mut s = 0;
        if repeated {
            s += 2;
        }
        if followed_by_meta[pos] {
            s += 2;
        }
        if last_with_meta == Some(pos) {
            s += 3;
        }
        // The first candidate is usually the headline; a long one all the more (a short one may be
        // a masthead or section name).
        if pos == 0 {
            s += if text.split_whitespace().count() >= 5 {
                2
            } else {
                1
            };
        }
        // A browser page title on the first line names the page: it beats a later lone line.
        if Some(*i) == page_title_line {
            s += 3;
        }
        s
    };
    let best = candidates
        .iter()
        .enumerate()
        .max_by_key(|&(pos, c)| (score((pos, c)), std::cmp::Reverse(pos)))
        .map(|(_, c)| c.clone())?;
    let (line, text) = best;
    let key = squash(&text);
    let mut repeats: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|&(j, l)| j != line && similar_length(l, &text) && squash(l) == key)
        .map(|(j, _)| j)
        .collect();
    if let Some(t) = page_title_line.filter(|t| *t != line) {
        repeats.push(t);
    }
    if page_title_line == Some(line) {
        // The page title "Headline | Site": a later line repeating the headline is the real one.
        if let Some(&later) = repeats.first() {
            repeats.retain(|&r| r != later);
            repeats.push(line);
            repeats.sort_unstable();
            return Some(Headline {
                text: lines[later].to_string(),
                line: later,
                repeats,
            });
        }
    }
    repeats.sort_unstable();
    Some(Headline {
        text,
        line,
        repeats,
    })
}

/// The headline part of a browser page title "Headline - Site", and whether the split is certain.
///
/// (A `|` never belongs to a headline and is split before.) After a dash the part must look like a
/// site name: a known outlet, a lower-case brand ("watson") or a domain ("Gazette.at"); "Choose hope
/// over fear - Kennedy" is a headline quoting someone, split only when a later line repeats the part
/// before the dash.
fn page_title_dash_prefix(line: &str) -> Option<(&str, bool)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(is_headline_shaped(
            "Ferry Strike Ends After Talks With Unions",
            false
        ));
        assert!(is_headline_shaped("Ferry strike ends after talks", false));
        assert!(is_headline_shaped(
            "Mayor's plan surprised U.S. officials",
            false
        ));
        assert!(is_headline_shaped("Unions Reach Deal With U.S.", false));
        assert!(is_headline_shaped("iPhone sales slow in Norland", false));
        assert!(is_headline_shaped(
            "Shares slide as ferry strike drags on",
            false
        ));
        assert!(is_headline_shaped("Homeowners count cost of floods", false));
        assert!(!is_headline_shaped(
            "Credit Nadia Ferrant/Harbour Gazette",
            false
        ));
        assert!(is_headline_shaped(
            "Norland, Estmark ‘ready to talk’",
            false
        ));
        assert!(!is_headline_shaped("Article Image", true));
        assert!(!is_headline_shaped("Gazette Link • WORLD: Ferries", false));
        assert!(!is_headline_shaped("World | Europe | Norland", false));
        assert!(!is_headline_shaped("Skip to main content", false));
        assert!(!is_headline_shaped("RELATED STORIES AND MORE", false));
        assert!(!is_headline_shaped(
            "The strike ended on Monday after talks.",
            false
        ));
        assert!(!is_headline_shaped("By Nadia Ferrant and Olek Brun", false));
        assert!(!is_headline_shaped("Tuesday, March 3, 2020", false));
        assert!(!is_headline_shaped(
            "Subscribe to The Harbour Gazette",
            false
        ));
        assert!(!is_headline_shaped(
            "Photo: Nadia Ferrant/Harbour Gazette",
            false
        ));
    }

    #[test]
    fn furniture_credits_and_name_lists() {
        assert!(!is_headline_shaped("Olek Brun/AP", true));
        assert!(is_headline_shaped(
            "Brun/Ferrant duo lead the ferry talks",
            false
        ));
        assert!(is_headline_shaped(
            "Search for missing ferry called off",
            false
        ));
        assert!(is_headline_shaped("Main Street reopens", false));
        assert!(is_headline_shaped(
            "Why HTTP caching confuses ferry booking sites",
            false
        ));
        assert!(!is_headline_shaped("Share this article", false));
        assert!(!is_headline_shaped(
            "Show Navigation Hide Navigation",
            false
        ));
        assert!(!is_headline_shaped("Nadia Ferrant, Olek Brun", false));
        assert!(!is_headline_shaped("Nadia Ferrant and Olek Brun", false));
        assert!(!is_headline_shaped(
            "Tags: ferries, strikes, Port Ellis",
            false
        ));
        let long = "Facing Council, Mayor Defends Her Plan Before and After Strike";
        assert!(is_headline_shaped(long, false));
    }

    #[test]
    fn first_line_may_end_with_a_full_stop() {
        assert!(is_headline_shaped("Mayor quits over ferry strike.", true));
        assert!(!is_headline_shaped("Mayor quits over ferry strike.", false));
        assert!(is_headline_shaped(
            "Mayor asks U.S. to help end ferry strike.",
            true
        ));
        assert!(is_headline_shaped(
            "Mayor Quits Over Strike. Here's What Happens Next.",
            true
        ));
        assert!(is_headline_shaped(
            "Unions and Mayor Agree on Pay — For Now.",
            true
        ));
        assert!(!is_headline_shaped("PORT ELLIS — The strike ended.", true));
        assert!(!is_headline_shaped(
            "The strike ended. Boats are running again.",
            true
        ));
        let lines = [
            "Unions and Mayor Agree on Pay — Again.",
            "",
            "The strike ended.",
        ];
        assert_eq!(find(&lines, &[]).unwrap().text, lines[0]);
    }

    #[test]
    fn first_line_headline() {
        let lines = [
            "Ferry strike ends after talks",
            "",
            "The strike ended on Monday.",
        ];
        let h = find(&lines, &[]).unwrap();
        assert_eq!(
            (h.line, h.text.as_str()),
            (0, "Ferry strike ends after talks")
        );
    }

    #[test]
    fn skips_banners_and_mastheads() {
        let lines = [
            "Harbour Gazette",
            "HOME | WORLD | SPORT",
            "Article Image",
            "Ferry Strike Ends After Talks",
            "By Nadia Ferrant",
        ];
        let h = find(&lines, &["Harbour Gazette".to_string()]).unwrap();
        assert_eq!(h.line, 3);
    }

    #[test]
    fn repeated_headline_and_page_title() {
        let lines = [
            "Ferry strike ends | Harbour Gazette",
            "News",
            "Ferry strike ends",
            "A long first paragraph of the story that goes on for many words, long enough to count as body text for sure.",
        ];
        let h = find(&lines, &[]).unwrap();
        assert_eq!((h.line, h.repeats.clone()), (2, vec![0]));
        let lines = [
            "Ferry strike ends - harbourgazette",
            "Get our app!",
            "By Olek Brun",
            "A long first paragraph of the story that goes on for many words, long enough to count as body text for sure.",
        ];
        let h = find(&lines, &[]).unwrap();
        assert_eq!((h.line, h.text.as_str()), (0, "Ferry strike ends"));
        let lines = [
            "Ferry strike ends after nine days - Gazette Live | Harbour News, Weather, Sport",
            "Ferry strike ends after nine days",
        ];
        let h = find(&lines, &[]).unwrap();
        assert_eq!((h.line, h.repeats.clone()), (1, vec![0]));
        // A dash before a speaker's name is part of the headline.
        let lines = [
            "Keep the ferries running - Brun",
            "",
            "The strike ended on Monday.",
        ];
        assert_eq!(
            find(&lines, &[]).unwrap().text,
            "Keep the ferries running - Brun"
        );
        let lines = ["Ferry strike ends", "", "Ferry strike ends", "", "Body."];
        let h = find(&lines, &[]).unwrap();
        assert_eq!((h.line, h.repeats), (0, vec![2]));
    }

    #[test]
    fn no_headline_in_a_page_of_paragraphs() {
        let lines = [
            "The strike ended on Monday after a long night of talks between the unions and the port authority, officials said.",
            "Ferries resumed their normal timetable by the evening, and most passengers were home by midnight.",
        ];
        assert!(find(&lines, &[]).is_none());
    }
}
