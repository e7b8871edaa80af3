//! The second pass over an HTML extractor's paragraphs: what the extractor counts as content but
//! a reader does not (labels, credits, newsletter and app promotions, a related-list heading left
//! at the end).
//!
//! The extractor has already chosen the main block from the page's structure, so the block
//! selection of the copied-text path ([`super::block`]) would only second-guess it (measured: it
//! lost as much recall as it gained precision, docs/html.md). What carries over is the judgement
//! of each paragraph on its own shape ([`super::classify`]) and the article's end:
//!
//! 1. A paragraph the line classifier calls boilerplate goes, unless it is boilerplate only because
//!    it trails off ("… who..."): that shape marks a teaser in a related-article list, and the
//!    extractor has already removed such lists, so what is left is the article's own text.
//!    So does a short paragraph the extractor kept three times or more (a "Pin" or "Full screen"
//!    button under each picture) and dated teasers standing together ([`super::repeated`]).
//! 2. A paragraph repeated verbatim is kept once.
//! 3. Headings and labels after the last prose paragraph go (a related-box heading, "No comments",
//!    a picture credit), unless they read as a closing sentence ("The hearing resumes on Monday.").
//! 4. A closing author bio, print-edition note or contact line ("Write to us: desk@…") goes, as on the text path (its rule 7): the
//!    extractor keeps a bio box that stands inside the article element.

use super::block::{is_author_bio, is_closing_note, is_closing_sentence, Candidate};
use super::classify::{classify, Class};

/// The paragraphs worth keeping, in order (all of them when none would be). `FACTDB_EXPLAIN_BODY=1` prints every paragraph with
/// its class and whether it was kept.
pub fn clean_extracted(paragraphs: Vec<String>) -> Vec<String> {
    let mut candidates: Vec<Candidate> = paragraphs
        .iter()
        .map(|text| Candidate {
            text,
            info: classify(text),
        })
        .collect();
    // Rule 1b: labels the page repeats and dated teasers standing together, as on the text path.
    super::repeated::condemn_repeats(&mut candidates);
    // A paragraph repeated verbatim (a lead shown above and inside the article, a pull quote) is
    // kept once, as on the text path.
    let mut seen = std::collections::HashSet::new();
    let mut keep: Vec<bool> = candidates
        .iter()
        .map(|c| (c.info.class != Class::Bad || c.info.only_trails_off) && seen.insert(c.text))
        .collect();
    let is_prose = |c: &Candidate| matches!(c.info.class, Class::Good | Class::NearGood);
    // Rule 3: walk back from the end over the kept paragraphs to the last prose one.
    for i in (0..candidates.len()).rev() {
        if !keep[i] {
            continue;
        }
        if is_prose(&candidates[i]) || is_closing_sentence(&candidates[i]) {
            break;
        }
        keep[i] = false;
    }
    // Rule 4: closing bios and print notes, while a paragraph is left before them.
    while let Some(last) = keep.iter().rposition(|&k| k) {
        let text = candidates[last].text;
        let earlier = keep[..last].contains(&true);
        if !(earlier && (is_author_bio(text) || is_closing_note(text))) {
            break;
        }
        keep[last] = false;
    }
    if std::env::var_os("FACTDB_EXPLAIN_BODY").is_some() {
        for (i, c) in candidates.iter().enumerate() {
            let mark = if keep[i] { 'K' } else { ' ' };
            eprintln!(
                "{i:4} {mark} {:<8} {:>3}w {}",
                format!("{:?}", c.info.class),
                c.info.words,
                c.text
            );
        }
    }
    drop(candidates);
    // A page whose every paragraph looks like furniture (a list of short items, a table) is still
    // what the extractor found: an empty article would lose the page.
    if !keep.contains(&true) {
        return paragraphs;
    }
    paragraphs
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    const PROSE: &str = "The ferry company said on Monday that the winter timetable would start a week \
                         earlier than planned because of falling passenger numbers on the night crossings.";

    const MORE: &str = "Fewer than forty people used the last crossing of the night on an average \
                        weekday in October, the company's figures show, against two hundred in summer.";

    #[test]
    fn labels_promotions_and_a_closing_heading_go() {
        let kept = clean_extracted(owned(&[
            "Read more: Ferry fares rise again",
            PROSE,
            "Subscribe to our newsletter",
            MORE,
            "Night crossings in numbers",
        ]));
        assert_eq!(kept, owned(&[PROSE, MORE]));
    }

    #[test]
    fn a_closing_author_bio_goes() {
        let bio = "Jane Roe is a freelance writer who covers shipping and the coast for several \
                   regional papers.";
        assert_eq!(
            clean_extracted(owned(&[PROSE, MORE, bio])),
            owned(&[PROSE, MORE])
        );
        // A bio-shaped paragraph that is all there is stays: the page is about her.
        assert_eq!(clean_extracted(owned(&[bio])).len(), 1);
    }

    #[test]
    fn a_closing_contact_line_goes_but_prose_naming_an_address_stays() {
        let contact =
            "Questions or corrections about this story? Write to newsdesk@harbour-ledger.example.";
        assert_eq!(
            clean_extracted(owned(&[PROSE, MORE, contact])),
            owned(&[PROSE, MORE])
        );
        let long = "Passengers who want a refund for a cancelled night crossing can write to \
                    refunds@ferry.example until the end of the month, the company said, and it will \
                    also accept claims at the ticket office on the north pier during opening hours.";
        assert_eq!(clean_extracted(owned(&[PROSE, long])).len(), 2);
    }

    #[test]
    fn a_repeated_paragraph_is_kept_once() {
        let kept = clean_extracted(owned(&[PROSE, "Winter timetable", PROSE, MORE]));
        assert_eq!(kept, owned(&[PROSE, "Winter timetable", MORE]));
    }

    #[test]
    fn a_closing_sentence_and_a_trailing_off_paragraph_stay() {
        let trailing = "Passengers on the last boat told us how the crossing had changed over the \
                        years, and what they would miss most when it stops…";
        let kept = clean_extracted(owned(&[PROSE, trailing, "The company will decide in May."]));
        assert_eq!(kept.len(), 3);
    }

    #[test]
    fn a_long_paragraph_opening_with_a_label_word_is_prose() {
        let para = "Werbung überall: auf dem Bahnhof, im Bus und auf jedem Bildschirm. Die Stadt will \
                    das nun ändern und prüft, welche Flächen sie künftig nicht mehr vermietet, sagte \
                    eine Sprecherin am Montag.";
        assert_eq!(clean_extracted(owned(&[para])).len(), 1);
        assert!(clean_extracted(owned(&["Werbung", PROSE])).len() == 1);
    }
}
