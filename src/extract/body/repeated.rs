//! Page-level repetition: what a template prints again and again is not the article.
//!
//! A line judged on its own ([`super::classify`]) cannot tell a button from a one-word heading, or a
//! dated teaser from a dated lead paragraph. The page can: a template repeats its furniture once per
//! item it lists, while an article rarely says the same short thing three times.
//!
//! 1. **Repeated labels.** A short line (at most [`LABEL_MAX_WORDS`] words) that the page shows at
//!    least [`LABEL_MIN_REPEATS`] times is a button or label of a list ("Read more", "Pin", "»»»",
//!    "Full screen"), whatever its wording and language. A line ending with a colon is left alone: an
//!    interview's "Q:" or a recipe's "Tip:" introduces the article's own text.
//! 2. **Dated teasers.** Lines that open with a date and a separator ("12.03.2021 - Sport - …") are
//!    entries of a list of other articles when two of them stand together. One alone is often the
//!    article's own dated lead ("12.03.2021 – The council decided …"), so one alone stays.

use super::block::Candidate;
use super::classify::Class;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A label is a few words: "Read more", "Mehr Info", "View full screen".
const LABEL_MAX_WORDS: usize = 4;
/// Shown this often, a short line is the template's, not the article's (measured on the tuning
/// pages: of the non-boilerplate short lines repeated three times or more, none held must-keep text
/// and many held must-drop text; docs/extraction.md).
const LABEL_MIN_REPEATS: usize = 3;

/// A line opening with a date and a separator: "12.03.2021 - ", "2021-03-12 | ", "12/03/21 • ".
static LEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:,? \d{1,2}:\d{2})?\s*[-–—|•·]\s")
        .unwrap()
});

/// The line as compared for repetition: lower case, white space folded.
fn fold(text: &str) -> String {
    crate::extract::text::fold_whitespace(text).to_lowercase()
}

/// Marks repeated labels and dated teasers as boilerplate (rules 1 and 2).
pub fn condemn_repeats(lines: &mut [Candidate]) {
    let is_label = |c: &Candidate| {
        c.info.words <= LABEL_MAX_WORDS
            && !c.info.list_number
            && !c.text.trim_end().ends_with([':', '：'])
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in lines.iter().filter(|c| is_label(c)) {
        *counts.entry(fold(line.text)).or_default() += 1;
    }
    let dated: Vec<bool> = lines
        .iter()
        .map(|c| LEADING_DATE.is_match(c.text.trim_start()))
        .collect();
    for i in 0..lines.len() {
        let repeated_label =
            is_label(&lines[i]) && counts[&fold(lines[i].text)] >= LABEL_MIN_REPEATS;
        let dated_teaser =
            dated[i] && ((i > 0 && dated[i - 1]) || dated.get(i + 1).copied().unwrap_or(false));
        if repeated_label || dated_teaser {
            lines[i].info.class = Class::Bad;
            lines[i].info.only_trails_off = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::body::classify::classify;

    fn candidates<'a>(lines: &[&'a str]) -> Vec<Candidate<'a>> {
        lines
            .iter()
            .map(|&text| Candidate {
                text,
                info: classify(text),
            })
            .collect()
    }

    fn classes(lines: &[&str]) -> Vec<Class> {
        let mut c = candidates(lines);
        condemn_repeats(&mut c);
        c.iter().map(|c| c.info.class).collect()
    }

    const PROSE: &str =
        "The new ferry timetable starts on Monday, and the last boat of the night now \
                         leaves the north pier at ten instead of eleven.";

    #[test]
    fn a_short_line_shown_three_times_is_a_label() {
        let page = [
            "Harbour café",
            PROSE,
            "Show details",
            "Old lighthouse",
            PROSE,
            "Show details",
            "Fish market",
            "Show details",
        ];
        let got = classes(&page);
        assert_eq!(got[2], Class::Bad);
        assert_eq!(got[7], Class::Bad);
        // The headings between the labels are shown once each and stay.
        assert_eq!(got[0], Class::Short);
        // Twice is not a pattern: an article may repeat a short line once.
        assert_eq!(
            classes(&["Show details", PROSE, "Show details"])[0],
            Class::Short
        );
    }

    #[test]
    fn repeated_lines_ending_with_a_colon_stay() {
        let page = ["Question:", PROSE, "Question:", PROSE, "Question:", PROSE];
        assert!(classes(&page).iter().all(|&c| c != Class::Bad));
    }

    #[test]
    fn dated_lines_together_are_teasers_but_one_alone_is_a_lead() {
        let lead =
            "12.03.2021 - The council decided on Tuesday to close the old bridge to lorries \
                    after engineers found cracks in two of its piers.";
        assert_ne!(classes(&[lead, PROSE])[0], Class::Bad);
        let list = [
            PROSE,
            "11.03.2021 - Ferries - Night crossings cut as passenger numbers fall again this winter",
            "09.03.2021 - Ferries - Union and port authority meet for a third round of pay talks",
        ];
        let got = classes(&list);
        assert_eq!(got, [Class::Good, Class::Bad, Class::Bad]);
    }
}
