//! Boilerplate removal on invented pages.

use super::*;
use crate::extract::metadata;

/// Prints every line of the page in `$PAGE` with its class and whether it was kept: a tuning aid,
/// `PAGE=page.txt cargo test --lib body::tests::explain -- --ignored --nocapture`.
#[test]
#[ignore]
fn explain() {
    let path = std::env::var("PAGE").expect("set PAGE to a page file");
    let text = std::fs::read_to_string(path).unwrap();
    println!("{}", explain_page(&text));
}

fn explain_page(text: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let page = Page::new(text);
    let meta = metadata::extract(&page);
    let (candidates, selected) = classify_and_select(&page, &meta);
    let kept: HashSet<usize> = selected.into_iter().collect();
    for (i, c) in candidates.iter().enumerate() {
        let mark = if kept.contains(&i) { '+' } else { ' ' };
        let text: String = c.text.chars().take(110).collect();
        let _ = writeln!(
            out,
            "{mark} {:8} w{:<3} {}{} {text}",
            format!("{:?}", c.info.class),
            c.info.words,
            match c.info.end_marker {
                lexicon::EndMarker::Hard => "E",
                lexicon::EndMarker::Soft => "e",
                _ => " ",
            },
            if c.info.credit != classify::Credit::None {
                "C"
            } else {
                " "
            },
        );
    }
    out
}

/// Like [`explain`] for every page of the directory `$PAGES`, written to `$OUT/<name>`.
#[test]
#[ignore]
fn explain_all() {
    let dir = std::env::var("PAGES").expect("set PAGES to a directory");
    let out = std::env::var("OUT").expect("set OUT to a directory");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap();
        std::fs::write(std::path::Path::new(&out).join(name), explain_page(&text)).unwrap();
    }
}

/// The body extracted from `page`, with line 0 taken as the headline (as the metadata stage does).
fn body_of(page: &str) -> String {
    let page = Page::new(page);
    let meta = PageMeta {
        title_line: Some(0),
        metadata_lines: vec![0],
        ..PageMeta::default()
    };
    extract(&page, &meta).body
}

/// An invented news page with the usual furniture around a six-paragraph article.
const NEWS_PAGE: &str = "\
Harbour Authority Halts Night Ferries After Hull Cracks Found
Skip to content
Home
World
Business
Sport
Share
Tweet
Email
Maria Lopez/AP
Inspectors walk along the pier beside the ferry Aurora on Monday, March 3, 2025, in Port Delia.

PORT DELIA \u{2014} The harbour authority suspended all night ferry crossings on Monday after inspectors found cracks in the hulls of two of its oldest vessels, leaving thousands of commuters to find other ways home.
The cracks were discovered during a routine inspection last week, officials said, and engineers have not yet decided whether the ships can be repaired or must be retired for good.
\u{201C}We will not take chances with people\u{2019}s lives,\u{201D} said Dr. Helen Marsh, who chairs the authority.
Subscribe to The Harbour Daily
Get the stories that matter delivered to your inbox every morning.
Sign up
Read more: Ferry fares to rise again next spring
Related Coverage
The old ferry terminal at dusk, before its renovation last year.
Ferry Workers Vote to StrikeMARCH 1, 2025
City Council Approves Pier BudgetFEB. 20, 2025
Commuters crowded onto the remaining day boats on Tuesday, and the authority said it would add two extra crossings each morning until the night service can resume.
Union leaders said they had warned for years that the fleet was too old, and they called for an independent review of the inspection records.
Short.
Tom Reyes contributed to this report.
You've read 3 of 5 free articles. Subscribe to continue.
Dear Reader,
For more than a century we have reported on this harbour and the people who depend on it, and we cannot keep doing so without readers like you who choose to pay for journalism.
If you value our reporting, please consider a subscription today, which costs less than a ferry ticket each week and keeps our newsroom open.
QR Code to Harbour Authority Halts Night Ferries
https://harbour-daily.example/ferries/night-halt
\u{a9} 2025 Harbour Daily. All rights reserved.
Privacy Policy
Terms of Use
";

#[test]
fn a_news_page_keeps_only_its_article() {
    let body = body_of(NEWS_PAGE);
    for kept in [
        "PORT DELIA \u{2014} The harbour authority suspended",
        "The cracks were discovered during a routine inspection",
        // A one-sentence quote paragraph inside the article.
        "\u{201C}We will not take chances with people\u{2019}s lives,\u{201D} said Dr. Helen Marsh",
        // The article goes on after a related-coverage box.
        "Commuters crowded onto the remaining day boats",
        "Union leaders said they had warned for years",
        "Tom Reyes contributed to this report.",
    ] {
        assert!(body.contains(kept), "lost {kept:?} from:\n{body}");
    }
    for dropped in [
        "Skip to content",
        "Tweet",
        "Maria Lopez/AP",
        "Inspectors walk along the pier",
        "Subscribe to The Harbour Daily",
        "delivered to your inbox",
        "Read more:",
        "Related Coverage",
        "The old ferry terminal at dusk",
        "Vote to Strike",
        "Pier Budget",
        "free articles",
        "Dear Reader",
        "For more than a century",
        "please consider a subscription",
        "QR Code",
        "https://",
        "All rights reserved",
        "Privacy Policy",
    ] {
        assert!(!body.contains(dropped), "kept {dropped:?} in:\n{body}");
    }
}

#[test]
fn paragraphs_are_one_per_line_with_white_space_folded() {
    let page = Page::new("Headline\nThe   first  paragraph of the story, which is long enough to read as prose for sure.\nThe second paragraph follows it and also reads like a real sentence of news text.\n");
    let meta = PageMeta {
        metadata_lines: vec![0],
        ..PageMeta::default()
    };
    let article = extract(&page, &meta);
    assert_eq!(article.paragraphs.len(), 2);
    let first = &article.body[article.paragraphs[0].start..article.paragraphs[0].end];
    assert!(first.starts_with("The first paragraph of"), "{first}");
    assert!(article.body.contains(".\n\nThe second"));
}

#[test]
fn a_clean_article_loses_nothing() {
    let page = "\
Town Opens New Library
The new library on Elm Street opened its doors on Saturday to a crowd of several hundred residents who had waited six years for it.
It holds forty thousand books.
\"This is a dream come true,\" the head librarian said.
Funding came from a mix of city bonds and private donations, and the building uses solar panels to cover most of its power needs.
Reading hours
The library is open every day except Monday, from early morning until late in the evening.
";
    let body = body_of(page);
    for line in page.lines().skip(1) {
        assert!(body.contains(line), "dropped {line:?} from:\n{body}");
    }
}

#[test]
fn a_page_of_only_boilerplate_has_no_body() {
    let page = "\
Page title
Home
News
Sign in
Subscribe
Accept all cookies
We use cookies to improve your experience on our site and to show you personalised advertising.
Privacy Policy
Follow us on Facebook
\u{a9} 2024 Example Media
https://example.com/
";
    assert_eq!(body_of(page), "");
}

#[test]
fn comments_bios_and_cookie_banners_are_not_article() {
    let page = "\
Why the Old Mill Matters
We use cookies and similar tracking technologies to personalise content, measure traffic and show relevant advertising. By continuing to browse you agree.
The old mill at the edge of the village has stood for two hundred years, and the council now wants to turn it into flats despite loud protests.
Residents have gathered more than two thousand signatures, saying the building is the last reminder of the trade that built the village.
The council will vote on the plan next month, after a public hearing where both sides will be heard.
Jane Roe is a freelance writer who covers rural affairs and lives in the valley.
Leave a Reply
I grew up next to that mill and I think turning it into flats would be a shame for everyone who lives in the village today.
Comment by Sam \u{2014} 12.03.2024 @ 10:14
Totally agree with the article, the council never listens to what the residents want and this is just another example of it.
";
    let body = body_of(page);
    assert!(
        body.contains("The old mill at the edge of the village"),
        "{body}"
    );
    assert!(body.contains("The council will vote on the plan"), "{body}");
    for dropped in [
        "cookies",
        "Jane Roe is",
        "Leave a Reply",
        "I grew up",
        "Comment by",
        "Totally agree",
    ] {
        assert!(!body.contains(dropped), "kept {dropped:?} in:\n{body}");
    }
}

#[test]
fn captions_beside_parenthesised_and_inline_credits_go() {
    let page = "\
Storm Closes Coastal Road
Waves crash over the sea wall near the harbour on Sunday
(Image credit: Lena Fry/Getty Images)
The coastal road between the two towns was closed on Sunday after a storm pushed waves over the sea wall and left rocks across both lanes.
Road crews expect to reopen it by Wednesday, the county said, once engineers have checked the wall for damage.
A crane lifts a boulder off the road on Monday. Credit Lena Fry/Reuters
Drivers were told to use the inland route, which adds about half an hour to the journey.
";
    let body = body_of(page);
    assert!(
        body.contains("The coastal road between the two towns"),
        "{body}"
    );
    assert!(
        body.contains("Drivers were told to use the inland route"),
        "{body}"
    );
    for dropped in [
        "Waves crash",
        "Image credit",
        "A crane lifts",
        "Credit Lena",
    ] {
        assert!(!body.contains(dropped), "kept {dropped:?} in:\n{body}");
    }
}

#[test]
fn clean_text_splits_at_blank_lines_or_else_at_line_breaks() {
    let article = from_clean_text("First  para\nstill first.\n\n\nSecond para.\r\n\r\nThird.");
    assert_eq!(
        article.body,
        "First para still first.\n\nSecond para.\n\nThird."
    );
    assert_eq!(article.paragraphs.len(), 3);
    let article = from_clean_text("One line.\nAnother line.\n");
    assert_eq!(article.body, "One line.\n\nAnother line.");
    assert_eq!(from_clean_text("  \n \n").body, "");
    let article = from_clean_text("A  first\n \t \nsecond\nline\n");
    assert_eq!(article.body, "A first\n\nsecond line");
}

/// Short lines above the headline (an image placeholder, a site banner) are page furniture, even when
/// the block selection would otherwise take them in as a heading; prose above the headline is still
/// judged on its own.
#[test]
fn short_lines_above_the_headline_are_not_body() {
    let text = "Photo Gallery\n\nHARBOUR NEWS • World: Rivers\n\nFerry Service Resumes After Storm\n\n\
        The ferry between the two islands ran again on Monday after a week in which storms kept every \
        boat in port, the operator said.\n\nPassengers queued from dawn, and the first crossing left \
        twenty minutes late because of the crowd on the quay.\n";
    let page = Page::new(text);
    let title_line = page
        .lines
        .iter()
        .position(|l| l.starts_with("Ferry Service"))
        .unwrap();
    let meta = PageMeta {
        title_line: Some(title_line),
        metadata_lines: vec![title_line],
        ..PageMeta::default()
    };
    let body = extract(&page, &meta).body;
    assert!(!body.contains("Photo Gallery"), "{body}");
    assert!(!body.contains("HARBOUR NEWS"), "{body}");
    assert!(body.starts_with("The ferry between"), "{body}");
    assert!(body.contains("twenty minutes late"), "{body}");
}

/// Closing lines about the article's own authors ("Tess Marlow reports on ...", "Tess has covered
/// ...") and print-edition notes are not the article, whatever words they use.
#[test]
fn author_bios_and_print_notes_close_no_article() {
    let page = "\
Harbour Board Approves New Ferry Route
By Tess Marlow and Omar Quill
The harbour board approved a new ferry route on Monday that will link the two islands for the first time since the old pier was closed.
Board members said the service would start in the spring, once the new landing stage has been built and inspected by the county.
Residents of the smaller island, who now travel two hours by road, welcomed the decision at a packed meeting in the town hall.
Tess has covered island affairs for the Gazette since 2019. Before that she worked in radio.
Omar Quill reports on transport from the county seat.
A version of this article appears in print on March 3, 2025, Section B, Page 2.
";
    let page = Page::new(page);
    let body = extract(&page, &metadata::extract(&page)).body;
    assert!(body.contains("welcomed the decision"), "{body}");
    for dropped in [
        "Tess has covered",
        "Omar Quill reports",
        "A version of this article",
    ] {
        assert!(!body.contains(dropped), "kept {dropped:?} in:\n{body}");
    }
}
