//! Main-block selection: which run of page lines is the article.
//!
//! After every line has a class ([`super::classify`]), the article is the run of lines with the most
//! prose in it:
//!
//! 1. **Repeats** ([`super::repeated`]): a short line the page shows three times or more is a
//!    template's label, and dated lines standing together are a list of other articles.
//!    **Captions.** A photo credit condemns the caption beside it: the line before a parenthesised
//!    credit ("(Image credit: …)"), the line after a bare "Name/AGENCY" credit. In a related-article
//!    list the picture caption comes right before a dated headline; it goes too.
//!    An author-box heading condemns the name and bio lines after it; an e-mail address field the
//!    sign-up blurb above it. A short line between two boilerplate lines is a box's blurb, unless
//!    the two are list numbers ("2.", "3."): then it is a numbered list's item.
//! 2. **Weights.** Prose lines weigh in favour (a long paragraph more than a short sentence),
//!    boilerplate lines against, headings and one-liners slightly against. The items of a list
//!    that a prose line introduces with a colon ("The changes are these:") weigh nothing: a list
//!    inside the article does not cut it in two, and a list closing the run is kept with it.
//! 3. **Best run.** The run with the largest total weight (maximum-sum subarray, linear time) is the
//!    article: real one-line paragraphs, quotes and sub-headings between its paragraphs stay, menus
//!    before it and footers after it go.
//! 4. **Article end.** An end marker (a comment-section, related-list, author-box or "Dear Reader"
//!    heading; [`super::lexicon`]) is a wall the run cannot cross, so an appeal letter or a comment
//!    thread after the article, however long its prose, is never kept. A related-content heading
//!    ("Most read", "Related coverage") is a softer marker: such boxes often sit between two
//!    paragraphs, so the heading and the list entries after it recognised as boilerplate are cut
//!    out of the page and the article may continue after them.
//!    A closing credit ("… contributed to this report.") is the article's last line.
//! 5. **Heading.** A short heading right before the run (the article's own title or first
//!    sub-heading) is kept.
//! 6. **Outliers.** A prose paragraph cut off from the run by boilerplate (a newsletter box, share
//!    buttons, a related-coverage box) is kept too, as long as no more than a few unclassified lines
//!    and no comment-section or appeal heading stand between it and the run. Above the run the
//!    reach is longer: the lead paragraph under the headline is often cut off from the body by a
//!    picture with its caption and credit, a byline box and a table of contents.
//! 7. **Author bio.** Closing lines that read like a bio (a name, then "is a professor", "has
//!    worked as a writer", "leitet das Ressort") are dropped.
//!
//! Inside the run, lines classed as boilerplate are still dropped.

use super::classify::{Class, Credit, LineInfo};
use super::lexicon::EndMarker;
use regex::Regex;
use std::sync::LazyLock;

/// A candidate line: its index in the page and its classification.
pub struct Candidate<'a> {
    pub text: &'a str,
    pub info: LineInfo,
}

/// Words of prose an article has before an end marker can end it.
const MIN_ARTICLE_WORDS: usize = 25;
/// Prose words of a best run that is an article by itself: after it, an end marker ends the page
/// even when the run it stands in has died (a footer between the article and its comments).
const MIN_FINISHED_ARTICLE_WORDS: usize = 80;
/// A related-content heading counts as this many boilerplate lines.
const SOFT_END_WEIGHT: f32 = -1.0;

/// How many lines that are neither prose nor boilerplate may stand between the run and a prose
/// paragraph after it that still belongs to the article.
const OUTLIER_REACH: usize = 4;
/// The same above the run, where the lead stands apart from the body (rule 6). Measured on the
/// tuning pages: 4, 8, 12, 20, 30 lines found 0, 2, 4, 5, 7 more must-keep leads, and from 20 on
/// also teasers and notices at the top of the page (docs/extraction.md).
const OUTLIER_REACH_BEFORE: usize = 12;

/// A list introduced by a colon has at most this many items; after them the lines count as usual.
const LIST_MAX_ITEMS: usize = 12;

/// How much each further line of a gap adds to its lines' cost (see rule 2).
const GAP_GROWTH: f32 = 0.1;

/// Weight of a line in the best-run search.
fn weight(info: &LineInfo) -> f32 {
    match info.class {
        // A long paragraph is stronger evidence of the article than a short one.
        Class::Good => 1.0 + (info.words as f32 / 25.0).min(4.0),
        Class::NearGood => 0.5,
        Class::Short => -0.25,
        Class::Bad => -1.0,
    }
}

/// Marks captions next to photo credits as boilerplate (rule 1).
fn condemn_captions(lines: &mut [Candidate]) {
    /// Captions are short; a long paragraph beside a credit is article text.
    const CAPTION_MAX_WORDS: usize = 60;
    for i in 0..lines.len() {
        let target = match lines[i].info.credit {
            Credit::CaptionBefore if i > 0 => Some(i - 1),
            Credit::CaptionAfter if i + 1 < lines.len() => Some(i + 1),
            _ => None,
        };
        if let Some(t) = target {
            if lines[t].info.words <= CAPTION_MAX_WORDS {
                lines[t].info.class = Class::Bad;
            }
        }
        // Headlines right after a "Related" / "Read more" label are links to other articles; a
        // long headline without a sentence end is one too.
        if lines[i].info.link_label {
            for line in lines[i + 1..].iter_mut() {
                let headline = line.info.class == Class::Short
                    || (line.info.class == Class::NearGood
                        && !super::classify::ends_like_sentence(line.text));
                if !headline {
                    break;
                }
                line.info.class = Class::Bad;
            }
        }
        if lines[i].info.dated_headline && i > 0 && lines[i - 1].info.words <= CAPTION_MAX_WORDS {
            lines[i - 1].info.class = Class::Bad;
        }
    }
}

/// Condemns the boxes around the article that announce themselves by one line (rule 1c): after
/// an author-box heading, the name, links and bio up to the first sentence-length line; above an
/// e-mail address field, the sign-up blurb and its heading.
fn condemn_boxes(lines: &mut [Candidate]) {
    /// Lines of an author box after its heading: name, "All articles", bio.
    const AUTHOR_BOX_LINES: usize = 4;
    /// A bio is a sentence or three; the line that long ends the box.
    const BIO_MIN_WORDS: usize = 10;
    const BIO_MAX_WORDS: usize = 80;
    /// A sign-up box: a heading and a blurb of a sentence or two.
    const SIGNUP_LINES: usize = 2;
    const BLURB_MAX_WORDS: usize = 25;
    for i in 0..lines.len() {
        if lines[i].info.author_heading {
            for line in lines[i + 1..].iter_mut().take(AUTHOR_BOX_LINES) {
                if line.info.words > BIO_MAX_WORDS {
                    break;
                }
                line.info.class = Class::Bad;
                if line.info.words >= BIO_MIN_WORDS {
                    break;
                }
            }
        }
        if lines[i].info.email_field {
            for line in lines[..i].iter_mut().rev().take(SIGNUP_LINES) {
                let blurb = line.info.class != Class::Bad && line.info.words <= BLURB_MAX_WORDS;
                if !blurb {
                    break;
                }
                line.info.class = Class::Bad;
            }
        }
    }
}

/// A short line between two boilerplate lines is part of the same box: the blurb of a newsletter
/// box between its "Subscribe to …" heading and its button (rule 1b). Decided on the classes
/// before captions are condemned, so a caption beside a paragraph does not condemn it.
fn condemn_box_blurbs(lines: &mut [Candidate]) {
    /// Box blurbs are a sentence or two.
    const BLURB_MAX_WORDS: usize = 25;
    let sandwiched: Vec<usize> = (1..lines.len().saturating_sub(1))
        .filter(|&i| {
            lines[i].info.words <= BLURB_MAX_WORDS
                && lines[i].info.class != Class::Bad
                && is_box_edge(&lines[i - 1].info)
                && is_box_edge(&lines[i + 1].info)
                && lines[i - 1].info.credit == Credit::None
                && lines[i + 1].info.credit == Credit::None
        })
        .collect();
    for i in sandwiched {
        lines[i].info.class = Class::Bad;
    }
}

/// A boilerplate line that can be the edge of a box. A list number is not: the lines between two
/// of them are the items of a numbered list (a recipe's steps).
fn is_box_edge(info: &LineInfo) -> bool {
    info.class == Class::Bad && !info.list_number
}

/// Indices (into `lines`) of the lines that are the article, in order.
pub fn select(lines: &mut [Candidate]) -> Vec<usize> {
    super::repeated::condemn_repeats(lines);
    condemn_box_blurbs(lines);
    condemn_captions(lines);
    condemn_boxes(lines);
    let (start, end, stop) = match best_run(lines) {
        Some(run) => run,
        None => return Vec::new(),
    };
    let mut kept: Vec<usize> = Vec::new();
    // Rule 6: a prose paragraph cut off from the run by a box of a few lines is still article.
    let mut before = outliers(lines, (0..start).rev(), OUTLIER_REACH_BEFORE);
    before.reverse();
    kept.extend(before);
    if let Some(h) = heading_before(lines, start) {
        kept.push(h);
    }
    kept.extend((start..=end).filter(|&i| lines[i].info.class != Class::Bad));
    // Rule 5b: short sentences right after the run ("Mr. Doe declined to comment.") end the
    // article; the run search leaves them out only because short lines weigh against. So do the
    // items of a list the run's last line introduces (rule 2).
    let mut after = end + 1;
    let mut list = ListItems::default();
    list.step(&lines[end]);
    while after < stop {
        let item = list.step(&lines[after]);
        if !(item || is_closing_sentence(&lines[after])) {
            break;
        }
        if lines[after].info.class != Class::Bad {
            kept.push(after);
        }
        after += 1;
    }
    kept.extend(outliers(lines, after..stop, OUTLIER_REACH));
    // Rule 7: an author bio closing the article ("Jane Roe is a reporter who covers …").
    while kept.len() > 1 && is_author_bio(lines[*kept.last().unwrap()].text) {
        kept.pop();
    }
    kept
}

/// A short line that reads as a sentence: at least four words, sentence punctuation at the end.
pub(super) fn is_closing_sentence(line: &Candidate) -> bool {
    matches!(line.info.class, Class::Short | Class::NearGood)
        && line.info.words >= 4
        && line.info.end_marker == EndMarker::None
        && super::classify::ends_like_sentence(line.text)
        && line.text.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// The items of a list in the article (rule 2): a prose line ending with a colon opens the list,
/// and the short lines after it (and list numbers among them), up to [`LIST_MAX_ITEMS`], are its
/// items. A heading or a label ending with a colon ("Read more:", "Share:") opens none: it is not
/// prose.
#[derive(Default)]
struct ListItems {
    open: bool,
    items: usize,
}

impl ListItems {
    /// Whether `line` is an item of the list open before it; then whether `line` opens a list.
    fn step(&mut self, line: &Candidate) -> bool {
        let info = &line.info;
        let item = self.open
            && self.items < LIST_MAX_ITEMS
            && (info.class == Class::Short || info.list_number)
            && info.end_marker == EndMarker::None;
        if item {
            self.items += 1;
        } else {
            self.open = false;
        }
        if matches!(info.class, Class::Good | Class::NearGood)
            && line.text.trim_end().ends_with([':', '：'])
        {
            self.open = true;
            self.items = 0;
        }
        item
    }
}

/// Prose paragraphs near the run, walking away from it (rule 6): boilerplate lines are skipped
/// over, but more than `reach` other lines (headings, link lists) end the walk.
fn outliers(lines: &[Candidate], walk: impl Iterator<Item = usize>, reach: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut unknown = 0;
    for i in walk {
        match lines[i].info.class {
            Class::Good => found.push(i),
            _ if lines[i].info.end_marker == EndMarker::Hard => break,
            Class::Bad => {}
            _ => {
                unknown += 1;
                if unknown > reach {
                    break;
                }
            }
        }
    }
    found
}

/// The maximum-weight run (rules 2–4), as inclusive indices; `None` when no line is prose.
fn best_run(lines: &[Candidate]) -> Option<(usize, usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut run_start = 0;
    let mut sum = 0.0f32;
    let mut prose_words = 0;
    // Prose words of the run being built and of the best run so far (rule 4).
    let mut run_prose = 0;
    let mut best_prose = 0;
    let mut gap = 0usize;
    let mut in_box = false;
    let mut list = ListItems::default();
    let mut stop = lines.len();
    for (i, line) in lines.iter().enumerate() {
        let mut w = match line.info.end_marker {
            // Rule 4: the article is over. Only once it has begun: a "Comments" link in the menu
            // above the article ends nothing. Nor does a comment count ("0 Comments") beside the
            // byline when the prose before it was a sidebar blurb, a run that died in the menu.
            EndMarker::Hard
                if prose_words >= MIN_ARTICLE_WORDS
                    && (!is_count(line.text)
                        || (sum > 0.0 && run_prose >= MIN_ARTICLE_WORDS)
                        || best_prose >= MIN_FINISHED_ARTICLE_WORDS) =>
            {
                stop = i;
                break;
            }
            EndMarker::Soft => SOFT_END_WEIGHT,
            _ => weight(&line.info),
        };
        // Rule 2: a gap of non-prose lines grows more costly with its length, so one sub-heading
        // or caption inside the article costs little, while a promo box or footer of many lines
        // cuts the article off from the prose that follows it.
        // A related-content box (its heading, then the list entries recognised as boilerplate)
        // is cut out of the page: the article may continue after it.
        if line.info.end_marker == EndMarker::Soft {
            in_box = true;
        } else if in_box && line.info.class == Class::Bad {
            continue;
        } else {
            in_box = false;
        }
        if list.step(line) {
            w = 0.0;
        } else if w <= 0.0 {
            gap += 1;
            w *= 1.0 + GAP_GROWTH * (gap - 1) as f32;
        } else {
            gap = 0;
        }
        if sum <= 0.0 {
            sum = 0.0;
            run_start = i;
            run_prose = 0;
        }
        if line.info.class == Class::Good {
            prose_words += line.info.words;
            run_prose += line.info.words;
        }
        sum += w;
        if w > 0.0 && best.map_or(true, |(b, _, _)| sum > b) {
            best = Some((sum, run_start, i));
            best_prose = run_prose;
        }
        // Rule 4: the closing credit line is the article's last line.
        if line.info.article_tail && prose_words >= MIN_ARTICLE_WORDS {
            stop = i + 1;
            break;
        }
    }
    best.map(|(_, s, e)| (s, e, stop))
}

/// A heading with a count in it: "12 Comments", "Kommentare (0)".
fn is_count(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// A bio line: starts with a name (or "I am", "Ich bin") followed by what the person is or does,
/// and says something only bios say (a job in journalism or letters, where they studied or live).
static BIO_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:\p{Lu}[\p{L}'’\-]+\.? ){0,3}\p{Lu}[\p{L}'’\-]+,? (?:is|was|has been|has worked|has written|has covered|has reported|writes|covers|reports|leitet|ist|arbeitet|schreibt|lebt|studierte|es|trabaja|est)\b|(?i:(?:hallo|hi|hello),? (?:ich bin|i'm|i am)\b|ich bin\b|i am\b|i'm\b))").unwrap()
});
static BIO_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:writer|editor|correspondent|reporter|journalist|journalistin|professor|author|columnist|contributor|founder|freelance|redakteur|redakteurin|autor|autorin|ressort|studierte|studied|periodista|escritor|consultant|bloggerin|blogger|betreiberin|betreiber|lives in|lebt in)\b").unwrap()
});

/// Is this closing line an author bio?
pub(super) fn is_author_bio(text: &str) -> bool {
    /// Pronouns open ordinary paragraphs about people ("She was an author of …").
    const PRONOUNS: &[&str] = &[
        "He ", "She ", "They ", "It ", "We ", "This ", "That ", "There ",
    ];
    /// Bios are a sentence or three; a longer closing paragraph is the article's own.
    const BIO_MAX_WORDS: usize = 80;
    text.split_whitespace().count() <= BIO_MAX_WORDS
        && BIO_OPENING.is_match(text)
        && BIO_WORDS.is_match(text)
        && !PRONOUNS.iter().any(|p| text.starts_with(p))
}

/// A newspaper's note on its print edition ("A version of this article appears in print on ...").
static PRINT_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:a version of this (?:article|story|review|essay) (?:appears|appeared) in print\b|this (?:article|story) (?:appears|appeared) in (?:the )?print edition\b)").unwrap()
});

/// Is this line a note on the print edition?
fn is_print_note(text: &str) -> bool {
    PRINT_NOTE.is_match(text.trim_start())
}

/// A closing note that is no article text: a print-edition note, or a short line with an e-mail
/// address ("Write to us: desk@example.com", "Contact: press@example.org"), the contact box a site
/// or a press office puts under its articles.
pub fn is_closing_note(text: &str) -> bool {
    /// Contact lines are a sentence; a longer closing paragraph that names an address is the article's.
    const CONTACT_MAX_WORDS: usize = 30;
    is_print_note(text)
        || (text.split_whitespace().count() <= CONTACT_MAX_WORDS
            && super::classify::has_email(text))
}

/// What the opening name of a bio does: "Anna Roe reports on ...", "Lena has covered ...".
const BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "covers",
    "covered",
    "reports",
    "reported",
    "writes",
    "wrote",
    "joined",
    "lives",
    "studied",
    "previously",
];

/// A short closing line about one of the article's authors (by full, first or last name), saying
/// what they do: the byline makes the name enough evidence, with no journalism word needed.
pub fn is_bio_of(text: &str, authors: &[String]) -> bool {
    const BIO_MAX_WORDS: usize = 60;
    if text.split_whitespace().count() > BIO_MAX_WORDS {
        return false;
    }
    authors.iter().any(|author| {
        let words: Vec<&str> = author.split_whitespace().collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        [author.as_str(), first, last].iter().any(|name| {
            text.strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|verb| BIO_VERBS.contains(&verb))
        })
    })
}

/// A short heading just above the run: the article's title or lead-in (rule 5).
fn heading_before(lines: &[Candidate], start: usize) -> Option<usize> {
    let i = start.checked_sub(1)?;
    let line = &lines[i];
    (line.info.class == Class::Short
        && (2..=20).contains(&line.info.words)
        && line.info.end_marker == EndMarker::None)
        .then_some(i)
}
