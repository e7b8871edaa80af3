//! Calendar words: the names of weekdays and months and their usual abbreviations, in one place.
//!
//! Several parts of extraction need to know that "Wednesday" or "Sept" is a date word and not a
//! name, a subject or the start of a quantity: entity recognition (a capitalised weekday is never a
//! person), byline parsing ("By Sunday, aid had…" is no author), quote attribution, quantity
//! parsing ("March 4" is a date, not a count of four) and claim grouping (a month names no
//! subject). They used to carry their own copies of these lists; this module is the one copy, and
//! each caller keeps only the extra words that are its own.
//!
//! All lists are lower case; the helpers compare ignoring ASCII case (every entry is ASCII), so
//! callers may pass words as written.

/// The seven weekdays, lower case.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Weekday abbreviations as they appear in datelines and timestamps ("Wed 4 Mar"), lower case.
/// "sun" is left out on purpose: "Sun" is far more often the newspaper or the star than Sunday.
pub const WEEKDAY_ABBREVIATIONS: &[&str] =
    &["mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat"];

/// The twelve months, lower case, in calendar order. "may" is among them: callers for which the
/// verb and the name ("Theresa May") matter more use [`is_unambiguous_month`].
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month abbreviations, lower case, with both "sep" and "sept". "May" has no abbreviation: it is
/// in [`MONTHS`].
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// The month that is also an ordinary word and a name: the modal verb "may" and "Theresa May".
const AMBIGUOUS_MONTH: &str = "may";

fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Is `word` (any case) a weekday's full name ("Wednesday")?
pub fn is_weekday(word: &str) -> bool {
    listed(WEEKDAYS, word)
}

/// Is `word` (any case) a month's full name ("March", "May")?
pub fn is_month(word: &str) -> bool {
    listed(MONTHS, word)
}

/// Is `word` (any case) a month's full name other than "May", which is also a verb and a name?
pub fn is_unambiguous_month(word: &str) -> bool {
    is_month(word) && !word.eq_ignore_ascii_case(AMBIGUOUS_MONTH)
}

/// Is `word` (any case) a month's full name or abbreviation ("September", "Sept", "Sep")?
pub fn is_month_or_abbreviation(word: &str) -> bool {
    is_month(word) || listed(MONTH_ABBREVIATIONS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_in_any_case() {
        assert!(is_weekday("Wednesday"));
        assert!(is_weekday("SUNDAY"));
        assert!(!is_weekday("wed"));
        assert!(!is_weekday("weekend"));
    }

    #[test]
    fn months_and_abbreviations() {
        assert!(is_month("March"));
        assert!(is_month("may"));
        assert!(!is_month("sept"));
        assert!(is_month_or_abbreviation("Sept"));
        assert!(is_month_or_abbreviation("dec"));
        assert!(is_month_or_abbreviation("May"));
        assert!(!is_month_or_abbreviation("marching"));
    }

    #[test]
    fn may_is_the_only_ambiguous_month() {
        assert!(!is_unambiguous_month("May"));
        assert!(is_unambiguous_month("June"));
        assert!(!is_unambiguous_month("jun"));
        assert_eq!(
            MONTHS.iter().filter(|m| !is_unambiguous_month(m)).count(),
            1
        );
    }
}
