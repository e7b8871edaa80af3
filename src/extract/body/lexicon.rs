//! Tables of generic web-page wording that marks a line as page furniture rather than article text.
//!
//! Every entry is wording that web templates (news sites, blogs, shops; English, German, Spanish,
//! French) print around articles: share buttons, newsletter boxes, paywalls, comment forms, cookie
//! banners, "read more" links, photo credits. None of it is copied from a particular page: an entry
//! belongs here only when it is what a *site* says, never what an article says.
//!
//! The lists live in `data/lexicon/boilerplate/*.txt`, one file per kind (each file's header says
//! what its list is for), embedded at build time. All matching is on the lower-cased line, so
//! entries are lower case.

use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashSet;
use std::sync::LazyLock;

/// The entries of a list file: one per non-blank line, `#` lines are comments; an entry with white
/// space at either end ("© ") is written in double quotes.
fn entries<C: FromIterator<&'static str>>(text: &'static str) -> C {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            l.strip_prefix('"')
                .and_then(|l| l.strip_suffix('"'))
                .unwrap_or(l)
        })
        .collect()
}

/// A list of `data/lexicon/boilerplate/<name>.txt`, embedded at build time, parsed on first use.
macro_rules! list {
    ($name:literal) => {
        LazyLock::new(|| {
            entries(include_str!(concat!(
                "../../../data/lexicon/boilerplate/",
                $name,
                ".txt"
            )))
        })
    };
}

/// A whole line that is exactly one of these (ignoring case, surrounding punctuation and a count
/// such as "12 comments") is a menu item, a button or a section label. Real paragraphs are never a
/// bare "Share" or "Kommentare".
static WHOLE_LINE: LazyLock<HashSet<&str>> = list!("whole_lines");

/// Line prefixes that introduce a link to another page or a label, not article text:
/// "Read more: <other headline>", "Tags: a, b", "Photo: <credit>".
static PREFIXES: LazyLock<Vec<&str>> = list!("prefixes");

/// Phrases that mark a *short* line (see [`SHORT_LINE_WORDS`]) as boilerplate wherever they occur
/// in it: newsletter and paywall boxes, comment forms, cookie banners, app promotions. In a long
/// paragraph the same words may be news ("the newsletter reported"), so they only count on short
/// lines.
static SHORT_LINE_PHRASES: LazyLock<Vec<&str>> = list!("short_line_phrases");

/// Phrases that mark a line of any length up to [`CONSENT_LINE_WORDS`] words as boilerplate:
/// cookie-consent and tracking notices are long, well-formed prose, so length does not clear them.
static CONSENT_PHRASES: LazyLock<Vec<&str>> = list!("consent_phrases");
/// Cookie banners run to a few sentences; an article paragraph mentioning cookies is longer.
pub const CONSENT_LINE_WORDS: usize = 80;
static CONSENT_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(&CONSENT_PHRASES));
/// Words that make a mention of cookies a consent notice rather than news about biscuits.
static CONSENT_CONTEXT: LazyLock<Vec<&str>> = list!("consent_context");
static CONSENT_CONTEXT_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(&CONSENT_CONTEXT));

/// Does the (lower-cased) line talk about cookies, tracking or consent?
pub fn has_consent_phrase(lower: &str) -> bool {
    CONSENT_MATCHER.is_match(lower) && CONSENT_CONTEXT_MATCHER.is_match(lower)
}

/// Above [`CONSENT_LINE_WORDS`] words a line is still a notice when consent wording is its texture:
/// at least [`DENSE_CONSENT_PHRASES`] consent phrases, and a phrase or context word for every
/// [`WORDS_PER_CONSENT_WORD`] words. A cookie-settings text or a newsletter sign-up names cookies,
/// data and consent in every sentence; a news paragraph about cookie law does so once or twice.
/// Measured on the tuning pages: of the lines over 80 words with a consent phrase, three have
/// that texture (two cookie notices, a newsletter consent kept as article text), and the one that
/// has not is a programmer's career story mentioning a website once.
const DENSE_CONSENT_PHRASES: usize = 3;
const WORDS_PER_CONSENT_WORD: usize = 15;

/// Is the (lower-cased) line of `words` words a long consent notice (see [`DENSE_CONSENT_PHRASES`])?
pub fn is_dense_consent_notice(lower: &str, words: usize) -> bool {
    let phrases = CONSENT_MATCHER.find_iter(lower).count();
    if phrases < DENSE_CONSENT_PHRASES {
        return false;
    }
    let contexts = CONSENT_CONTEXT_MATCHER.find_iter(lower).count();
    contexts > 0 && (phrases + contexts) * WORDS_PER_CONSENT_WORD >= words
}

/// A line of at most this many words is "short" for [`SHORT_LINE_PHRASES`]: boxes and buttons
/// are short; the article's paragraphs usually are not.
pub const SHORT_LINE_WORDS: usize = 25;

/// Headings after which the page no longer carries the article: comment sections, author boxes,
/// paywalls and donation letters. Once the article's prose has begun, nothing after one of these is
/// article text (see `block`). Matched like [`WHOLE_LINE`], or anywhere in a line of at most
/// [`END_MARKER_WORDS`] words ("Hinterlasse jetzt einen Kommentar", "35 Comments »").
static HARD_END_MARKERS: LazyLock<Vec<&str>> = list!("end_markers");
/// Bare section headings of a comment thread ("Comments", "12 Kommentare").
static COMMENT_HEADINGS: LazyLock<Vec<&str>> = list!("comment_headings");

/// Headings of related-content boxes. They often sit *inside* an article ("Most read" between two
/// paragraphs), so they are not walls: they only weigh heavily against the lines around them.
static SOFT_END_MARKERS: LazyLock<Vec<&str>> = list!("related_headings");

/// Labels that introduce a link to another article on the next line(s): "Related", "Read more",
/// "See also". The short lines right after one are headlines of other articles.
static LINK_LABELS: LazyLock<HashSet<&str>> = list!("link_labels");
/// Headings of an author box ("About the author", "Autoreninfo").
static AUTHOR_HEADINGS: LazyLock<HashSet<&str>> = list!("author_headings");
/// Labels of an e-mail address field ("E-Mail-Adresse", "Your email").
static EMAIL_FIELDS: LazyLock<HashSet<&str>> = list!("email_fields");

/// Is the (lower-cased) line, as the tables see it ([`key`]), one of `set`?
fn is_whole_line_of(set: &HashSet<&str>, lower: &str) -> bool {
    set.contains(key(lower))
}

/// Is the (lower-cased) line the heading of an author box?
pub fn is_author_heading(lower: &str) -> bool {
    is_whole_line_of(&AUTHOR_HEADINGS, lower)
}

/// Is the (lower-cased) line the label of an e-mail address field?
pub fn is_email_field(lower: &str) -> bool {
    is_whole_line_of(&EMAIL_FIELDS, lower)
}

/// Is the (lower-cased) line a bare label introducing a link to another article?
pub fn is_link_label(lower: &str) -> bool {
    is_whole_line_of(&LINK_LABELS, lower)
}

/// The closing credit line of a news article ("Jane Roe contributed to this report."): the last
/// line of the article itself, and nothing after it is article text.
static ARTICLE_TAIL_PHRASES: LazyLock<Vec<&str>> = list!("article_tails");
static ARTICLE_TAIL_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(&ARTICLE_TAIL_PHRASES));

/// Is the (lower-cased) line of at most 40 words an article's closing credit line?
pub fn is_article_tail(lower: &str, words: usize) -> bool {
    words <= 40 && ARTICLE_TAIL_MATCHER.is_match(lower)
}

/// A line of at most this many words can be an end-marker heading by containing a marker phrase.
const END_MARKER_WORDS: usize = 8;

/// How strongly a heading says the article is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndMarker {
    None,
    /// Related-content box: weighs against the lines around it.
    Soft,
    /// Comments, author box, paywall, donation letter: the article is over.
    Hard,
}

fn automaton(patterns: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(patterns)
        .expect("lexicon patterns are valid")
}

static HARD_END_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(&HARD_END_MARKERS));
static SOFT_END_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(&SOFT_END_MARKERS));
static SHORT_LINE_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(&SHORT_LINE_PHRASES));

/// The line as the tables see it: lower case, without surrounding punctuation, symbols and
/// digits, so "Comments (12)", "12 Comments" and "COMMENTS:" all become "comments".
pub fn key(lower: &str) -> &str {
    lower
        .trim_matches(|c: char| !c.is_alphanumeric() || c.is_ascii_digit())
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ' ')
        .trim()
}

/// Is the (lower-cased) line a bare menu item, button or section label?
pub fn is_whole_line_furniture(lower: &str) -> bool {
    let k = key(lower);
    WHOLE_LINE.contains(k) || WHOLE_LINE.contains(lower.trim()) || is_gallery_counter(lower)
}

/// "1 of 12", "3/10": a photo gallery's position.
fn is_gallery_counter(lower: &str) -> bool {
    let mut parts = lower.trim().split([' ', '/']).filter(|p| !p.is_empty());
    let number = |p: Option<&str>| p.is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()));
    let first = parts.next();
    let middle = parts.next();
    match middle {
        Some("of") => number(first) && number(parts.next()) && parts.next().is_none(),
        m => number(first) && number(m) && parts.next().is_none() && lower.contains('/'),
    }
}

/// Does the (lower-cased) line start with a link or label prefix? A prefix that is one bare word
/// ("werbung", "anzeige", "copyright") is a label only when punctuation follows it or the line is
/// short: a long paragraph opening with the same word ("Werbung nervt. …") is about the thing.
pub fn has_furniture_prefix(lower: &str) -> bool {
    let trimmed = lower
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©' && c != '(' && c != '*');
    let long = trimmed.split_whitespace().count() > SHORT_LINE_WORDS;
    PREFIXES.iter().any(|p| {
        let Some(rest) = trimmed.strip_prefix(p) else {
            return false;
        };
        let bare_word = p.chars().all(char::is_alphabetic);
        !(bare_word && long && rest.starts_with(char::is_whitespace))
    })
}

/// Does the (lower-cased) line contain a phrase that marks a short line as boilerplate?
pub fn has_short_line_phrase(lower: &str) -> bool {
    has_word_match(&SHORT_LINE_MATCHER, lower)
}

/// Is there a match that starts and ends at word boundaries ("subscribe" does not match
/// "oversubscribed", "subscription" does not match "subscriptions")?
fn has_word_match(matcher: &AhoCorasick, lower: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    matcher.find_iter(lower).any(|m| {
        let first = lower[m.start()..].chars().next();
        let last = lower[..m.end()].chars().next_back();
        let before = lower[..m.start()].chars().next_back();
        let after = lower[m.end()..].chars().next();
        (!is_word(first) || !is_word(before)) && (!is_word(last) || !is_word(after))
    })
}

/// Is the (lower-cased) line a heading that says the article is over, and how strongly?
pub fn end_marker(lower: &str, words: usize) -> EndMarker {
    // A comment heading that names the article it follows ("12 Antworten zu „Title“", "3 responses
    // to "Title"") is as short as its own words: the quoted title does not count.
    let (lower, words) = without_quoted_title(lower).map_or((lower, words), |head| {
        (head, head.split_whitespace().count())
    });
    let k = key(lower);
    let short = words <= END_MARKER_WORDS;
    if COMMENT_HEADINGS.contains(&k)
        || HARD_END_MARKERS.contains(&k)
        || (short && HARD_END_MATCHER.is_match(k))
    {
        EndMarker::Hard
    } else if SOFT_END_MARKERS.contains(&k) || (short && SOFT_END_MATCHER.is_match(k)) {
        EndMarker::Soft
    } else {
        EndMarker::None
    }
}

/// The line before the quotation that closes it (`12 responses to` of `12 responses to “Title”`),
/// when there is text before it.
fn without_quoted_title(lower: &str) -> Option<&str> {
    use crate::extract::text::is_double_quote;
    let trimmed =
        lower.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '!' | '?'));
    let last = trimmed
        .chars()
        .next_back()
        .filter(|&c| is_double_quote(c))?;
    let inside = &trimmed[..trimmed.len() - last.len_utf8()];
    let head = inside[..inside.rfind(is_double_quote)?].trim_end();
    (!head.is_empty()).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_counts_and_punctuation() {
        assert_eq!(key("12 comments"), "comments");
        assert_eq!(key("comments (12)"), "comments");
        assert_eq!(key("» read more «"), "read more");
        assert!(is_whole_line_furniture("share"));
        assert!(!is_whole_line_furniture("share prices fell sharply."));
    }

    #[test]
    fn end_markers_are_headings_not_sentences() {
        assert_eq!(end_marker("dear reader,", 2), EndMarker::Hard);
        assert_eq!(end_marker("35 comments »", 3), EndMarker::Hard);
        assert_eq!(end_marker("related articles", 2), EndMarker::Soft);
        assert_eq!(
            end_marker(
                "the comments drew criticism from lawmakers across the spectrum on monday.",
                11
            ),
            EndMarker::None
        );
    }

    #[test]
    fn a_long_notice_is_consent_by_its_texture_not_by_one_mention() {
        let notice = "mit dem absenden meiner e-mail-adresse willige ich ein, den newsletter zu \
                      erhalten. ich bin damit einverstanden, dass meine e-mail-adresse für werbung \
                      genutzt wird. die einwilligung kann ich jederzeit widerrufen, per e-mail oder \
                      über den link im newsletter. ich willige auch ein, dass die öffnung des \
                      newsletters gemessen wird. weitere hinweise stehen in der datenschutzerklärung \
                      der webseite, die ich gelesen habe und der ich zustimme, mit allen angaben zur \
                      verarbeitung und zum widerruf, die dort für den newsletter und die messung \
                      seiner öffnung genannt werden.";
        let words = notice.split_whitespace().count();
        assert!(words > CONSENT_LINE_WORDS);
        assert!(is_dense_consent_notice(notice, words));
        let story = format!(
            "{} the harbour office put its timetable on a website in 2004, and the cookie stall \
             on the pier still sells the cookies it sold when the first ferry ran, from a cookie \
             recipe older than the pier.",
            "the night ferry has crossed the bay every evening for forty years, through storms, \
             strikes and two changes of owner, and the crews who sail it know every buoy and \
             every light along the way. "
                .repeat(2)
        );
        let words = story.split_whitespace().count();
        assert!(!is_dense_consent_notice(&story, words));
    }

    #[test]
    fn a_comment_heading_naming_the_article_ends_it_however_long_the_title() {
        let heading = "11 antworten zu \u{201E}ein sonntag am see, ein wenig müde, aber immer noch da\u{201C}";
        assert_eq!(end_marker(heading, 14), EndMarker::Hard);
        assert_eq!(
            end_marker("3 responses to \"a quiet week at the harbour office\"", 9),
            EndMarker::Hard
        );
        // A sentence quoting someone is no heading; a quotation standing alone is judged on its words.
        let quote =
            "the harbour master said on monday: \u{201C}we read every one of the comments.\u{201D}";
        assert_eq!(end_marker(quote, 13), EndMarker::None);
        assert_eq!(
            end_marker("\u{201C}leave a comment\u{201D}", 3),
            EndMarker::Hard
        );
    }
}
