//! Shapes of names on a page: a person's name ("Anna Koivisto", "Michael R. Gordon", "MIKKEL SAARI")
//! and an outlet's name ("The Week US", "Continental Wire Service").

use super::known;
use crate::extract::calendar;

/// Lower-case words that may sit inside a person's name ("Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el",
    "bin", "ibn", "ben", "dos", "das", "ter", "y",
];

/// Capitalised words that are never part of a person's name in a byline: job titles, page furniture,
/// time words. With weekdays and months (but "May", a name too; see [`calendar`]) they stop
/// "By Staff Reporter" or "By Sunday, aid had…" from becoming authors.
const NOT_NAME_WORDS: &[&str] = &[
    "staff",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "editor",
    "editors",
    "correspondent",
    "contributor",
    "news",
    "service",
    "press",
    "agency",
    "the",
    "associated",
    "updated",
    "published",
    "posted",
    "photo",
    "photos",
    "image",
    "images",
    "credit",
    "getty",
    "team",
    "desk",
    "our",
    "comments",
    "share",
    "follow",
    "email",
    "twitter",
    "facebook",
    "more",
    "read",
    "sign",
    "subscribe",
    "newsletter",
    "home",
    "world",
    "opinion",
    "analysis",
    "business",
    "politics",
    "sport",
    "sports",
    "video",
    "live",
    "today",
    "yesterday",
    "and",
    "with",
    "from",
    "for",
    "in",
    "on",
    "at",
    "of",
    "to",
    "a",
    "an",
    "this",
    "that",
    "it",
    "is",
    "was",
    "by",
    "all",
    "rights",
    "reserved",
    "copyright",
    "ap",
    "afp",
    "reuters",
    "cnn",
    "bbc",
    "wire",
    "media",
    "daily",
    "weekly",
    "times",
    "post",
    "journal",
    // Function words of Title Case headlines ("Clinton Defends Her Actions Before and After …").
    "her",
    "his",
    "their",
    "its",
    "before",
    "after",
    "over",
    "under",
    "about",
    "into",
    "as",
    "are",
    "be",
    "will",
    "not",
    "no",
    "new",
    "says",
    "say",
    "said",
    "how",
    "why",
    "what",
    "who",
    "when",
    "where",
    "than",
    "up",
    "out",
    "off",
    "back",
    "just",
    "now",
    "amid",
    "against",
    "vs",
];

/// Words that make a capitalised phrase an outlet's name ("Meridian Weekly", "Evening Courier").
const OUTLET_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "daily",
    "weekly",
    "week",
    "monitor",
    "guardian",
    "telegraph",
    "gazette",
    "chronicle",
    "review",
    "press",
    "service",
    "agency",
    "wire",
    "media",
    "magazine",
    "observer",
    "standard",
    "courier",
    "express",
    "mail",
    "mirror",
    "report",
    "radio",
    "tv",
    "television",
    "network",
    "broadcasting",
    "ledger",
    "register",
    "star",
    "bulletin",
    "dispatch",
    "inquirer",
    "examiner",
    "independent",
    "economist",
    "insider",
    "today",
    "online",
    "digest",
    "globe",
    "sentinel",
    "record",
    "voice",
    "leader",
    "advertiser",
    "reporter",
    "newswire",
    "newspaper",
    "channel",
    "times",
    "sun",
    "post-gazette",
    "free press",
];

/// Role words after an outlet in a byline ("Associated Press Writer", "BBC correspondent").
const ROLE_SUFFIXES: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "staff",
    "contributor",
    "columnist",
    "producer",
];

/// The person's name a byline segment holds, cleaned ("MIKKEL SAARI" -> "Mikkel Saari"), or `None`
/// when the segment is not shaped like a name: 2 to 5 words, each capitalised, an initial, or a
/// particle inside the name.
pub fn person_name(segment: &str) -> Option<String> {
    let segment = segment
        .trim()
        .trim_matches(|c: char| c == ',' || c == ';' || c == ':' || c.is_whitespace());
    let tokens: Vec<&str> = segment.split_whitespace().collect();
    if !(2..=5).contains(&tokens.len()) {
        return None;
    }
    let all_caps = !segment.chars().any(|c| c.is_lowercase());
    let mut out = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        let edge = i == 0 || i + 1 == tokens.len();
        let lower = token.to_lowercase();
        let bare = lower.trim_end_matches('.');
        if NOT_NAME_WORDS.contains(&bare)
            || calendar::is_weekday(bare)
            || calendar::is_unambiguous_month(bare)
        {
            return None;
        }
        if !edge && PARTICLES.contains(&lower.as_str()) && !all_caps {
            out.push(token.to_string());
            continue;
        }
        if is_initial(token) {
            if i + 1 == tokens.len() {
                return None; // a name does not end on an initial
            }
            out.push(token.to_string());
            continue;
        }
        let cleaned = if all_caps {
            title_case(token)
        } else {
            token.to_string()
        };
        if !is_capitalised_word(&cleaned) {
            return None;
        }
        out.push(cleaned);
    }
    Some(out.join(" "))
}

/// "R." or "R" (a middle initial).
fn is_initial(token: &str) -> bool {
    let letters: Vec<char> = token.trim_end_matches('.').chars().collect();
    letters.len() == 1 && letters[0].is_uppercase()
}

/// "Koivisto", "O'Neill", "Al-Jaafari", "al-Jaafari", "McDonald", "Jr."
fn is_capitalised_word(token: &str) -> bool {
    let token = token.trim_end_matches('.');
    let body = ["al-", "el-", "bin-", "ibn-"]
        .iter()
        .find_map(|p| token.strip_prefix(p))
        .unwrap_or(token);
    let mut chars = body.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && body.chars().count() >= 2
        && body
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
        && body.chars().any(|c| c.is_lowercase())
}

/// "SAARI" -> "Saari", "O'NEILL" -> "O'Neill", "AL-JAAFARI" -> "Al-Jaafari".
pub fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper_next = true;
    for c in word.chars() {
        if upper_next {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper_next = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// Whether a short phrase is shaped like an outlet's name: a known outlet, or 1 to 6 capitalised words
/// (connectors allowed) that start with "The" or contain a newspaper word.
pub fn outlet_shaped(phrase: &str) -> bool {
    let phrase = phrase.trim().trim_end_matches('.');
    if known::by_name(phrase).is_some() {
        return true;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let capitalised = words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().next().unwrap_or(' ');
        first.is_uppercase()
            || first.is_ascii_digit()
            || (i > 0 && matches!(*w, "of" | "and" | "the" | "&" | "de" | "on"))
    });
    if !capitalised {
        return false;
    }
    words.len() >= 2
        && (words[0] == "The"
            || words.iter().any(|w| {
                let w = w.to_lowercase();
                OUTLET_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
            }))
}

/// An outlet named before a role word ("Associated Press Writer" -> "Associated Press"), when the
/// rest is a known outlet.
pub fn outlet_before_role(phrase: &str) -> Option<&'static known::KnownOutlet> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let last = words.last()?.to_lowercase();
    if !ROLE_SUFFIXES.contains(&last.trim_end_matches('s'))
        && !ROLE_SUFFIXES.contains(&last.as_str())
    {
        return None;
    }
    known::by_name(&words[..words.len() - 1].join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names() {
        assert_eq!(
            person_name("Anna Koivisto").as_deref(),
            Some("Anna Koivisto")
        );
        assert_eq!(
            person_name("Michael R. Gordon").as_deref(),
            Some("Michael R. Gordon")
        );
        assert_eq!(person_name("MIKKEL SAARI").as_deref(), Some("Mikkel Saari"));
        assert_eq!(
            person_name("Ludwig van Beethoven").as_deref(),
            Some("Ludwig van Beethoven")
        );
        assert_eq!(
            person_name("Ibrahim al-Jaafari").as_deref(),
            Some("Ibrahim al-Jaafari")
        );
        assert_eq!(person_name("Staff Reporter"), None);
        assert_eq!(person_name("Sunday, aid convoys"), None);
        assert_eq!(person_name("Madonna"), None);
        assert_eq!(person_name("the numbers"), None);
        assert_eq!(
            person_name("Harbour Gazette"),
            Some("Harbour Gazette".into())
        );
    }

    #[test]
    fn outlet_shapes() {
        assert!(outlet_shaped("The Week US"));
        assert!(outlet_shaped("Meridian Weekly"));
        assert!(outlet_shaped("The Harbour Ledger"));
        assert!(outlet_shaped("Reuters"));
        assert!(!outlet_shaped("left"));
        assert!(!outlet_shaped("the alliance's director"));
        assert!(!outlet_shaped("Foreign Minister"));
        assert_eq!(
            outlet_before_role("Associated Press Writer").unwrap().name,
            "Associated Press"
        );
    }
}
