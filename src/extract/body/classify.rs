//! Line-level features and the class every page line gets before the main block is chosen.
//!
//! A page copied from a browser has one paragraph per line. Each line is judged on its own shape:
//!
//! | feature | why |
//! |---|---|
//! | length in words (CJK characters count as words / 2) | article paragraphs are long, menus short |
//! | share of words starting in lower case | prose mixes lower-case words; menus and headlines are Title Case |
//! | ends with . ! ? … or a closing quote | paragraphs are sentences; buttons and labels are not |
//! | URL / e-mail address share | bare links are not article text |
//! | generic web phrases ([`super::lexicon`]) | share buttons, newsletter boxes, comment forms |
//! | photo-credit shape ("Name/AGENCY", "(Image credit: …)", "… Credit Name/Agency") | captions |
//! | opens with a figure number ("Figure 3: …", "Abbildung 4: …") | numbered captions |
//! | ends in a date ("…SEPT. 26, 2015"), is only a date | related-article lists and post dates |
//! | ends with "..." after prose | a teaser for another article |
//! | long but no sentence end | a headline or a blurb cut off mid-sentence: weighs as a short sentence |
//!
//! The class is [`Class::Good`] (a prose paragraph), [`Class::NearGood`] (a shorter sentence, or a
//! line under [`HEADLINE_MAX_WORDS`] words that does not end like one),
//! [`Class::Short`] (a heading or a one-line paragraph: kept only inside the article) or
//! [`Class::Bad`] (boilerplate: never kept).

use super::lexicon::{self, EndMarker};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

/// What the block selection needs to know about one line.
#[derive(Debug, Clone)]
pub struct LineInfo {
    pub class: Class,
    /// Words, counting two CJK characters as one word.
    pub words: usize,
    /// The line is a heading that says the article is over (comments, related list, appeal).
    pub end_marker: EndMarker,
    /// The line is a photo credit: the caption beside it is not article text either.
    pub credit: Credit,
    /// The line is a bare "Related" / "Read more" label: the short lines after it are links.
    pub link_label: bool,
    /// The line is the article's closing credit ("… contributed to this report."): kept, and the
    /// article ends with it.
    pub article_tail: bool,
    /// The line is a headline with a date glued on: an entry of a related-article list.
    pub dated_headline: bool,
    /// The line heads an author box: the name and bio lines after it are not article text.
    pub author_heading: bool,
    /// The line labels an e-mail address field: the short lines above it are a sign-up box.
    pub email_field: bool,
    /// The line is only a list number ("2.", "3"): it marks no box, the lines around it are items.
    pub list_number: bool,
    /// The line is boilerplate only because it trails off mid-sentence ("… who..."), the shape of
    /// a teaser linking to another article. Where link lists are already gone (an HTML
    /// extractor's output) such a line is the article's own.
    pub only_trails_off: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credit {
    None,
    /// "(Image credit: …)", "Photo: …": the caption is the line before.
    CaptionBefore,
    /// "Name/AGENCY" on its own line: the caption is the line after.
    CaptionAfter,
    /// The credit is inside the caption line itself ("… Credit Name/Agency").
    InLine,
}

/// A bare photo credit: "Jason Doe/AP", "Jane Roe/AFP/Getty Images", "REUTERS/Name".
static BARE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}.'’\- ]{1,50}(?:/ ?[\p{L}.'’\- ]{2,40}){1,3}$").unwrap()
});
/// A parenthesised credit closing a caption: "(Image credit: …)", "(Picture by …)", "(Photo: …)".
static PAREN_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\((?:image |photo |picture )?(?:credits?|photos?|pictures?|images?|fotos?|bild|foto|photograph|quelle|source)(?: by)?\s*:?\s*[^)]*\)\s*$").unwrap()
});
/// A credit at the end of a caption: "… Credit Jane Roe/Agency", "… Photo: Jane Roe".
static TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\bCredits?:?|\bPhoto(?:graph)?:|\bFoto:|\bBild:|\(AP Photo|Getty Images|/AFP|/Reuters|REUTERS/|/AP\b)[^.!?]{0,80}$").unwrap()
});
/// A line ending in a date with no sentence punctuation before it: a related-article headline
/// ("…at HomeSEPT. 26, 2015") or a post date.
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b|\p{Ll})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-zä]*\.?\s+\d{1,2},?\s+\d{4}\s*$|\b\d{1,2}\.\s*(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*\.?\s+\d{4}\s*$|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*$|\b\d{4}-\d{2}-\d{2}\s*$").unwrap()
});
/// A related-list entry as copied: the headline with its date glued on ("…at HomeSEPT. 26, 2015").
static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{Ll}\d)’'?!.](?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2},\s+\d{4}\s*$").unwrap()
});
/// A teaser of a related-article list as copied: its date glued to the first word of its blurb
/// ("06.03.2016Werden Sie …", "2021-04-01The mayor …").
static GLUED_LEADING_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})\p{L}").unwrap());
/// A list item's number on a line of its own ("2.", "3)", "10").
static LIST_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,2}[.)]?$").unwrap());
/// An agency signature closing a news item: the writer's initials and the agency ("aja/PAP",
/// "dpa/lno", "(rtr/afp)").
static AGENCY_SIGNATURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(?\p{L}{2,5}(?:/\p{L}{2,6}){1,2}\)?$").unwrap());
/// A line that is only a date, a time or a number ("April 22 5:08 am", "22.04.2022", "3").
static ONLY_DATE_OR_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\p{L}]{0,12}\.?\s*(?:\d{1,2}(?:st|nd|rd|th)\b)?[\d\s.,:/\-]*(?:am|pm|a\.m\.|p\.m\.|uhr)?\s*$").unwrap()
});
/// A numbered figure caption: "Figure 3: …", "Abbildung 4: …", "Abb. 2. …", "Tabla 1 | …".
static FIGURE_CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:abbildung|abb\.|figure|fig\.|grafik|chart|figura|gráfico|grafico|illustration)\s*\d{1,3}[a-z]?\s*[:.|]\s").unwrap()
});
/// An e-mail address.
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[\w.+\-]+@[\w\-]+\.[\w.\-]*\w").unwrap());

/// Does the line hold an e-mail address?
pub fn has_email(line: &str) -> bool {
    EMAIL.is_match(line)
}

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bhttps?://\S+|\bwww\.\S+|\b[\w.+\-]+@[\w\-]+\.[\w.\-]+|\b[\w\-]+\.(?:com|org|net|de|co\.uk|html?)\b/?\S*").unwrap()
});

/// A line shorter than this that does not end like a sentence is not a prose paragraph, however
/// lower-case its words: it is a headline of another article ("Port workers vote to strike over pay
/// as talks with the harbour board collapse"), or a teaser blurb the site cut off mid-sentence.
/// A list of such headlines outweighed the article on a copied page; as outliers they were kept
/// after it. Longer lines without an end are paragraphs the copy broke (measured: docs/extraction.md).
const HEADLINE_MAX_WORDS: usize = 25;

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

/// Does the line end like a sentence (after closing quotes and brackets)?
pub fn ends_like_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(|c: char| {
        super::super::text::is_double_quote(c)
            || super::super::text::is_single_quote(c)
            || matches!(c, ')' | ']' | '*')
            || c.is_whitespace()
    });
    core.ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';', '؟', '۔'])
}

/// Classifies one non-empty page line.
pub fn classify(line: &str) -> LineInfo {
    // Lower case with every kind of white space (no-break spaces too) as a plain space, so
    // lexicon phrases match however the page spaced them.
    let lower: String = line
        .to_lowercase()
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let mut latin_words = 0usize;
    let mut lower_words = 0usize;
    let mut letter_words = 0usize;
    for word in line.split_whitespace() {
        latin_words += 1;
        if let Some(first) = word.chars().find(|c| c.is_alphanumeric()) {
            if first.is_alphabetic() {
                letter_words += 1;
                if first.is_lowercase() {
                    lower_words += 1;
                }
            }
        }
    }
    let cjk = line.chars().filter(|&c| is_cjk(c)).count();
    let words = latin_words.max(cjk / 2);
    // Scripts without case (Arabic, CJK, …) count as all lower case: no Title-Case signal there.
    let caseless = line
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| !c.is_uppercase() && !c.is_lowercase())
        || cjk > 0;
    let lower_ratio = if caseless || letter_words == 0 {
        1.0
    } else {
        lower_words as f32 / letter_words as f32
    };
    let ends_sentence = ends_like_sentence(line);
    let end_marker = lexicon::end_marker(&lower, latin_words);

    let credit = if PAREN_CREDIT.is_match(line) && words <= 60 {
        if lower.trim_start().starts_with('(') {
            Credit::CaptionBefore
        } else {
            Credit::InLine
        }
    } else if words <= 10 && BARE_CREDIT.is_match(line) && !has_spaced_dash(line) {
        Credit::CaptionAfter
    } else if words <= 80 && TRAILING_CREDIT.is_match(line) {
        Credit::InLine
    } else {
        Credit::None
    };

    let url_chars: usize = URL.find_iter(line).map(|m| m.len()).sum();
    let short = words <= lexicon::SHORT_LINE_WORDS;
    let teaser =
        (line.ends_with("...") || line.ends_with('…')) && !ends_sentence_before_ellipsis(line);

    let dated_headline =
        (words <= 25 && GLUED_DATE.is_match(line)) || GLUED_LEADING_DATE.is_match(line);
    let trailing_date = words <= 20 && !ends_sentence && TRAILING_DATE.is_match(line);
    let author_heading = lexicon::is_author_heading(&lower);
    let furniture = credit != Credit::None
        || author_heading
        || end_marker != EndMarker::None
        || url_chars * 2 >= line.len()
        || lexicon::is_whole_line_furniture(&lower)
        || lexicon::has_furniture_prefix(&lower)
        || (short && lexicon::has_short_line_phrase(&lower))
        || (words <= lexicon::CONSENT_LINE_WORDS && lexicon::has_consent_phrase(&lower))
        || lexicon::is_dense_consent_notice(&lower, words)
        || dated_headline
        || trailing_date
        || (ONLY_DATE_OR_NUMBER.is_match(line) && line.chars().any(|c| c.is_ascii_digit()))
        || line.chars().filter(|&c| c == '|' || c == '•').count() >= 2
        || AGENCY_SIGNATURE.is_match(line.trim())
        || FIGURE_CAPTION.is_match(line.trim_start());
    let trails_off = teaser && words <= 60;
    let bad = furniture || trails_off;

    let article_tail = lexicon::is_article_tail(&lower, words);
    let class = if article_tail {
        Class::Good
    } else if bad {
        Class::Bad
    } else if words >= 15 && (lower_ratio >= 0.4 || ends_sentence) {
        if ends_sentence || words >= HEADLINE_MAX_WORDS {
            Class::Good
        } else {
            Class::NearGood
        }
    } else if words >= 8 && ends_sentence && lower_ratio >= 0.3 {
        Class::NearGood
    } else {
        Class::Short
    };
    LineInfo {
        class,
        words,
        end_marker,
        credit,
        article_tail,
        link_label: lexicon::is_link_label(&lower) || end_marker == EndMarker::Soft,
        dated_headline,
        author_heading,
        email_field: lexicon::is_email_field(&lower),
        list_number: LIST_NUMBER.is_match(line.trim()),
        only_trails_off: trails_off && !furniture,
    }
}

/// "Holiday Home Seaview - Norland / Coast": a spaced dash joins the parts of a title; a bare credit
/// is a name and an agency ("Jane Roe/AP", "REUTERS/Jane Roe").
fn has_spaced_dash(line: &str) -> bool {
    [" - ", " – ", " — "].iter().any(|d| line.contains(d))
}

/// "It was over. ..." is a paragraph that trails off; "Police arrested three men who..." is a teaser
/// cut mid-sentence. Only the second marks a link to another article.
fn ends_sentence_before_ellipsis(line: &str) -> bool {
    let core = line.trim_end_matches(['.', '…', ' ']);
    core.ends_with(['.', '!', '?', '"', '”'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_is_good_and_menus_are_not() {
        let para = "The council voted on Tuesday to close the old bridge, citing cracks that \
                    engineers found during a routine inspection last month.";
        assert_eq!(classify(para).class, Class::Good);
        assert_eq!(classify("Share").class, Class::Bad);
        assert_eq!(classify("World News Sports Weather").class, Class::Short);
        assert_eq!(classify("12 Comments").class, Class::Bad);
    }

    #[test]
    fn credits_and_captions_are_recognised() {
        assert_eq!(classify("Maria Lopez/AP").credit, Credit::CaptionAfter);
        assert_eq!(
            classify("HOLIDAY HOME SEAVIEW - NORLAND / COAST").credit,
            Credit::None
        );
        assert_eq!(
            classify("(Image credit: Tom Fields/AFP/Getty Images)").credit,
            Credit::CaptionBefore
        );
        assert_eq!(
            classify("The mayor at the opening on Monday. Credit Tom Fields/Reuters").credit,
            Credit::InLine
        );
        assert_eq!(
            classify("A ferry leaves the harbour at dawn. (Picture by Ann Lee)").credit,
            Credit::InLine
        );
    }

    #[test]
    fn related_headlines_dates_and_teasers_are_bad() {
        assert_eq!(
            classify("Harbour Strike Spreads to Second PortOCT. 12, 2019").class,
            Class::Bad
        );
        assert_eq!(classify("Posted on March 3, 2021").class, Class::Bad);
        assert_eq!(classify("March 3 7:15 am").class, Class::Bad);
        assert_eq!(
            classify("Dock workers walked off the job on Friday after talks with the port...")
                .class,
            Class::Bad
        );
        assert_eq!(classify("https://example.com/story/123").class, Class::Bad);
    }

    #[test]
    fn a_long_line_without_a_sentence_end_is_no_prose_paragraph() {
        let headline =
            "Port workers vote to strike over pay as talks with the harbour board collapse again";
        assert_eq!(classify(headline).class, Class::NearGood);
        assert_eq!(classify(&format!("{headline}.")).class, Class::Good);
        let broken = "The union said the crews had been asked to work longer shifts on the night \
                      crossings without extra pay for more than a year and that this had to stop before";
        assert_eq!(classify(broken).class, Class::Good);
    }

    #[test]
    fn numbered_figure_captions_are_bad_but_prose_about_figures_is_not() {
        let caption =
            "Abbildung 4: Die Fähre am Nordkai kurz vor der letzten Abfahrt des Winters, \
                       aufgenommen vom Leuchtturm aus.";
        assert_eq!(classify(caption).class, Class::Bad);
        assert_eq!(
            classify("Figure 2. Night crossings per month since 2015.").class,
            Class::Bad
        );
        let prose = "Figures published on Monday show that fewer than forty people used the last \
                     crossing of the night on an average weekday in October.";
        assert_eq!(classify(prose).class, Class::Good);
    }

    #[test]
    fn a_dated_sentence_is_still_prose() {
        let line = "The agreement was signed by both ministers in Geneva on Oct. 12, 2019.";
        assert_ne!(classify(line).class, Class::Bad);
    }
}
