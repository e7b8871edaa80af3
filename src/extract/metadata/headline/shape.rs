//! Whether one line is shaped like a headline (the rules are listed in the parent module's docs):
//! its length, capitalisation and ending, and none of the page furniture that looks like one
//! (labels, credits, bylines, date lines, navigation).

use super::super::{byline, date};

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
