//! Publication dates: in an article url, on a "Published" line, on a date line of its own, or in a
//! photo caption near the top.
//!
//! | source (strongest first) | example                                   | why it is trusted                       |
//! |--------------------------|-------------------------------------------|-----------------------------------------|
//! | article url              | `/2015/0927/`, `/2015/09/27/`, `2015-09-27` | the site files the article under its date |
//! | "Published/Updated" line | `Published Oct. 14, 2025`                 | the page labels the date                 |
//! | date line near the top   | `Tuesday, October 14, 2025`, `2025-10-14`  | a dateline under the headline            |
//! | story dateline           | `GENEVA, Oct. 14, 2025 (AP) — …`          | the wire files the story with its date   |
//! | caption near the top     | `…Lavrov, Sunday, Sept. 27, 2015, in New York.` | wire photos are dated the day of the story |
//!
//! Never trusted: a date at the end of a line of other text ("Headline OCT. 2, 2025" in a related-links
//! list, "username  Oct. 15, 2025" over a comment), or a date inside a body sentence.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

const MONTH: &str = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const WEEKDAY: &str = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?";

/// Month-first, day-first and ISO dates. Word boundaries keep "SyriaSEPT. 26, 2015" (a related link
/// glued to its date) from matching at all.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)(?-u:\b)"
    ))
    .unwrap()
});

static WEEKDAY_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)(?-u:\b){WEEKDAY},?\s*$")).unwrap());

/// A full stop after a lower-case word, then a capital: a sentence ends inside the line.
static SENTENCE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Ll}{2}[.!?][\x22”’]?\s+[\x22“‘]?\p{Lu}").unwrap());

/// The place of a story dateline before its date: "GENEVA,", "PORT ELLIS, Norland,".
static STORY_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu} .'’-]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?\s*,?$")
        .unwrap()
});
/// What follows the date of a story dateline: an agency in parentheses or a dash.
static STORY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\([^)]{1,30}\)\s*)?[—–-]").unwrap());

/// Labels of a publication date line.
static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:first\s+|originally\s+)?(?:published|posted|updated|last\s+updated|last\s+modified|date)(?-u:\b)\s*(?:on|at)?\s*:?")
        .unwrap()
});

/// What may stand beside the date on a line of its own: weekday, time, zone, separators.
static DATE_LINE_REST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:\s|{WEEKDAY}|\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?|[ap]\.?m\.?|(?-i:[A-Z]{{2,4}})|at|on|[|,•·/\-–—()])*$"
    ))
    .unwrap()
});

static URL_DATES: LazyLock<[Regex; 3]> = LazyLock::new(|| {
    [
        // /2015/09/27/ or /2015/9/27/
        Regex::new(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[^\d])").unwrap(),
        // /2015/0927/
        Regex::new(r"/((?:19|20)\d{2})/(\d{2})(\d{2})(?:/|$)").unwrap(),
        // 2015-09-27 or 20150927 anywhere in the path
        Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[^\d]|$)").unwrap(),
    ]
});

/// How a written date was found, strongest first (the order is the preference). A date in the
/// article url beats all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DateSource {
    Published,
    Updated,
    DateLine,
    /// A story's dateline: "GENEVA, Oct. 14, 2025 (CWS) — …".
    StoryDateline,
    Caption,
}

/// The date in an article url's path.
pub fn from_url(path: &str) -> Option<NaiveDate> {
    URL_DATES.iter().find_map(|re| {
        let c = re.captures(path)?;
        ymd(&c[1], &c[2], &c[3])
    })
}

/// The first date written in `text`, with its byte range.
pub fn find(text: &str) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    // Every date form has a four-digit year: most lines have no digits at all.
    if text.bytes().filter(u8::is_ascii_digit).count() < 4 {
        return None;
    }
    DATE.captures_iter(text).find_map(|c| {
        let range = c.get(0)?.range();
        let date = if let Some(month) = c.get(1) {
            month_day_year(month.as_str(), &c[2], &c[3])
        } else if let Some(day) = c.get(4) {
            month_day_year(&c[5], day.as_str(), &c[6])
        } else {
            ymd(&c[7], &c[8], &c[9])
        }?;
        Some((date, range))
    })
}

/// The date a page line gives for the article, and how strong it is; `None` for lines whose date is
/// not the article's (related links, comments, body sentences).
pub fn classify_line(line: &str) -> Option<(NaiveDate, DateSource)> {
    let (date, range) = find(line)?;
    if let Some(label) = PUBLISHED_LABEL.find(line) {
        // "Published Oct. 14, 2025 Updated Oct. 15, 2025": the first date is the label's.
        if line[label.end()..range.start].trim().len() <= 12 {
            let lower = label.as_str().to_ascii_lowercase();
            let source = if lower.contains("updated") || lower.contains("modified") {
                DateSource::Updated
            } else {
                DateSource::Published
            };
            return Some((date, source));
        }
    }
    let before = line[..range.start].trim();
    let after = line[range.end..].trim();
    if DATE_LINE_REST.is_match(before) && DATE_LINE_REST.is_match(after) {
        return Some((date, DateSource::DateLine));
    }
    if STORY_PLACE.is_match(before) && STORY_AFTER.is_match(after) {
        return Some((date, DateSource::StoryDateline));
    }
    // A caption dates its photo with the weekday in front: "…, Sunday, Sept. 27, 2015, in New York."
    // The weekday is what tells it from a related link ending in a bare date.
    // A caption is one sentence; a weekday date inside a paragraph of several sentences is the
    // story's (or someone's) past, not the photo's day.
    let one_sentence = line.split_whitespace().count() <= 45 && !SENTENCE_BREAK.is_match(line);
    if WEEKDAY_BEFORE.is_match(&line[..range.start]) && !after.is_empty() && one_sentence {
        return Some((date, DateSource::Caption));
    }
    None
}

/// Whether a line is nothing but a date (with weekday, time, "Published"/"Updated" labels): such a
/// line is metadata, never body text.
pub fn is_date_only_line(line: &str) -> bool {
    match classify_line(line) {
        Some((_, DateSource::DateLine)) => true,
        Some((_, DateSource::Published | DateSource::Updated)) => {
            let rest = DATE.replace_all(line, " ");
            let rest = LABEL_WORDS.replace_all(&rest, " ");
            DATE_LINE_REST.is_match(rest.trim())
        }
        _ => false,
    }
}

static LABEL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:first|originally|published|posted|last|updated|modified|date)(?-u:\b):?",
    )
    .unwrap()
});

fn month_day_year(month: &str, day: &str, year: &str) -> Option<NaiveDate> {
    let m = month.to_ascii_lowercase();
    let number = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|p| m.starts_with(p))? as u32
        + 1;
    NaiveDate::from_ymd_opt(year.parse().ok()?, number, day.parse().ok()?)
}

fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    let year: i32 = year.parse().ok()?;
    if !(1990..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            from_url("/World/2019/0412/Harbour-fire"),
            Some(d(2019, 4, 12))
        );
        assert_eq!(
            from_url("/2019/04/12/world/harbour-fire.html"),
            Some(d(2019, 4, 12))
        );
        assert_eq!(
            from_url("/article/harbour-fire-2019-04-12"),
            Some(d(2019, 4, 12))
        );
        assert_eq!(from_url("/news/world-europe-12345678"), None);
        assert_eq!(from_url("/2019/13/45/x"), None);
    }

    #[test]
    fn written_dates() {
        assert_eq!(find("Oct. 14, 2025").unwrap().0, d(2025, 10, 14));
        assert_eq!(find("Sept. 3, 2021").unwrap().0, d(2021, 9, 3));
        assert_eq!(find("14 October 2025").unwrap().0, d(2025, 10, 14));
        assert_eq!(find("2nd of March, 2020").unwrap().0, d(2020, 3, 2));
        assert_eq!(find("on 2025-10-14 at noon").unwrap().0, d(2025, 10, 14));
        assert_eq!(find("2025-10-14T09:30:00Z").unwrap().0, d(2025, 10, 14));
        assert_eq!(
            find("2025-10-14T09:30:00+02:00").unwrap().0,
            d(2025, 10, 14)
        );
        assert!(find("Harbour Fire Spreads to DocksOCT. 13, 2025").is_none());
    }

    #[test]
    fn line_kinds() {
        use DateSource::*;
        let k = |l: &str| classify_line(l).map(|(_, s)| s);
        assert_eq!(
            k("Published Oct. 14, 2025 Updated Oct. 15, 2025, 6:42 p.m. ET"),
            Some(Published)
        );
        assert_eq!(
            classify_line("Published Oct. 14, 2025 Updated Oct. 15, 2025")
                .unwrap()
                .0,
            d(2025, 10, 14)
        );
        assert_eq!(k("Last updated: 3 May 2022"), Some(Updated));
        assert_eq!(k("Tuesday, October 14, 2025"), Some(DateLine));
        assert_eq!(
            k("PORT ELLIS, Norland, March 3, 2020 (AP) — The strike ended."),
            Some(StoryDateline)
        );
        assert_eq!(
            k("PORT ELLIS, March 3, 2020 — The strike ended."),
            Some(StoryDateline)
        );
        assert!(!is_date_only_line(
            "PORT ELLIS, March 3, 2020 — The strike ended."
        ));
        assert_eq!(k("14 October 2025 | 10:45 GMT"), Some(DateLine));
        assert_eq!(
            k("The mayor, left, greets visitors, Monday, March 2, 2020, in Port Ellis."),
            Some(Caption)
        );
        // Related links and comment headers end in a date without a weekday: not the article's.
        assert_eq!(k("Ferry Strike Ends After Talks  MARCH 1, 2020"), None);
        assert_eq!(k("Mayor resigns over budget — Feb. 28, 2020"), None);
        assert_eq!(k("harbour_fan  March 3, 2020"), None);
        assert_eq!(
            k("The council met on March 2, 2020 to vote on the budget."),
            None
        );
    }

    #[test]
    fn date_only_lines() {
        assert!(is_date_only_line("Tuesday, October 14, 2025"));
        assert!(is_date_only_line(
            "Published Oct. 14, 2025 Updated Oct. 14, 2025, 6:42 p.m. ET"
        ));
        assert!(!is_date_only_line(
            "Published Oct. 14, 2025 by the city council press office"
        ));
    }
}
