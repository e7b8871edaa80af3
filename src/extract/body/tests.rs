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
    let page = Page::new(text);
    let meta = metadata::extract(&page);
    let (candidates, selected) = classify_and_select(&page, &meta);
    super::explain(&candidates, &selected)
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

/// Lead paragraphs of an invented blog post, long enough to be the article.
const BLOG_PARAGRAPHS: &str = "\
The allotment society opened its spring season on Saturday with a seed swap that drew more gardeners than the small hall could hold, so the tables were carried out onto the lawn.
Members traded beans, squash and old tomato varieties that some families have kept for three generations, and the society's oldest member explained how she dries seeds on newspaper.
The committee said the swap will be repeated in autumn, when the harvest is in and there are more seeds to share between the plots.
";

#[test]
fn a_comment_count_beside_the_byline_does_not_end_the_article() {
    // A sidebar blurb above the menu is prose too; the "0 Comments" link under the headline
    // comes after it, but the article has not begun yet.
    let page = format!(
        "Seed Swap Draws a Crowd\n\
         Our magazine is written by volunteers who garden in the city and share what they learn with neighbours, schools and anyone who asks.\n\
         Home\nGarden\nKitchen\nEvents\nShop\nAbout\nContact\nArchive\nPodcast\n\
         Seed Swap Draws a Crowd\nBy Ana Field\n0 Comments\n{BLOG_PARAGRAPHS}\
         12 Comments\nA reader wrote a long comment about her own seed collection, which she has kept in jars for twenty years and shares with her sister every spring.\n"
    );
    let body = body_of(&page);
    assert!(body.contains("The allotment society opened"), "{body}");
    assert!(body.contains("repeated in autumn"), "{body}");
    // A comment heading after the article still ends it.
    assert!(!body.contains("kept in jars"), "{body}");
}

#[test]
fn teasers_with_a_glued_date_are_a_related_list() {
    let page = format!(
        "Seed Swap Draws a Crowd\n{BLOG_PARAGRAPHS}\
         Tomato Blight Returns\n\
         04.05.2021Gardeners on the east side lost half their tomato plants to blight last summer, and the society now recommends rotating beds every year and never watering the leaves.\n\
         Bees Back in Numbers\n\
         12.06.2021The society's two hives came through the winter, and the beekeepers counted more foragers on the clover than in any spring since the hives were installed.\n"
    );
    let body = body_of(&page);
    assert!(body.contains("The allotment society opened"), "{body}");
    assert!(!body.contains("blight"), "{body}");
    assert!(!body.contains("Bees Back"), "{body}");
}

#[test]
fn recipe_steps_between_step_numbers_are_kept() {
    let page = "Lemon Biscuits\n\
        These biscuits keep for a week in a tin and need nothing more than a bowl, a spoon and a hot oven, which makes them a good first recipe for children who want to bake.\n\
        1.\nSift the flour and sugar into a large bowl.\n\
        2.\nRub in the butter until the mixture looks like fine crumbs.\n\
        3.\nAdd the lemon zest and the egg, then press the dough into small balls on a greased tray.\n\
        4.\nBake for twelve minutes, until the edges are golden, and let them cool on a rack before you dip them in melted chocolate.\n";
    let body = body_of(page);
    assert!(body.contains("Rub in the butter"), "{body}");
    assert!(body.contains("Add the lemon zest"), "{body}");
}

#[test]
fn sign_up_blurbs_author_boxes_and_signatures_are_dropped() {
    let page = format!(
        "Seed Swap Draws a Crowd\n{BLOG_PARAGRAPHS}\
         abc/XYZ\n\
         Garden news by mail\n\
         We tell you every week what to sow, what to harvest and where the next swap is.\n\
         Email address\n\
         Sign up\n\
         About the author\n\
         Ana Field\n\
         Ana Field has tended plot 14 since 2009 and writes about vegetables that grow well in shade.\n"
    );
    let body = body_of(&page);
    assert!(body.contains("repeated in autumn"), "{body}");
    for gone in ["abc/XYZ", "Garden news by mail", "what to sow", "plot 14"] {
        assert!(!body.contains(gone), "{gone} kept in {body}");
    }
}

#[test]
fn form_and_widget_consent_boxes_are_boilerplate() {
    use classify::{classify, Class};
    let form = "By submitting this form I agree to receive the newsletter and accept the privacy policy; I can unsubscribe at any time with the link in every issue.";
    assert_eq!(classify(form).class, Class::Bad);
    let widget = "Dieses Video erfordert die Einbindung eines Drittanbieters. Klicken Sie hier, um die Einstellungen zu ändern und den Inhalt zu laden.";
    assert_eq!(classify(widget).class, Class::Bad);
    // News about a consent rule is not a consent box.
    let news = "The court ruled that by clicking a single button, shoppers had not given the informed consent the privacy law requires, and it fined the retailer for every sale.";
    assert_ne!(classify(news).class, Class::Bad);
    let news = "Der Datenschutzbeauftragte des Landes kritisierte am Montag, dass die App der Stadtwerke die Standortdaten ihrer Kunden ohne deren Einwilligung an Drittanbieter weitergibt.";
    assert_ne!(classify(news).class, Class::Bad);
}

#[test]
fn a_closing_bio_of_up_to_eighty_words_is_dropped() {
    let bio = "Ana Field is a garden writer and the founder of a small seed library in the east of the city, where she has lent out beans, peas and squash to more than four hundred households since it opened. She studied botany, worked for a nursery for ten years and now teaches evening classes on saving seeds, composting and growing vegetables on balconies and in shared yards.";
    assert!(bio.split_whitespace().count() > 60);
    let body = body_of(&format!(
        "Seed Swap Draws a Crowd\n{BLOG_PARAGRAPHS}{bio}\n"
    ));
    assert!(body.contains("repeated in autumn"), "{body}");
    assert!(!body.contains("seed library"), "{body}");
}

/// Prose paragraphs of an invented article about a ferry timetable, for the tests below.
const P1: &str =
    "The ferry company said on Monday that the winter timetable would start a week earlier \
                  than planned because of falling passenger numbers on the night crossings.";
const P2: &str =
    "Fewer than forty people used the last crossing of the night on an average weekday in \
                  October, the company's figures show, against two hundred in the summer months.";
const P3: &str =
    "The union representing the crews said it would study the plan before commenting, and \
                  that no jobs should be lost over the winter months on either of the two routes.";

#[test]
fn a_list_introduced_by_a_prose_line_is_kept_inside_and_at_the_end_of_the_article() {
    let items = [
        "The last boat leaves at ten",
        "Cabins only on the morning crossing",
        "The cafe closes early",
        "No dogs on deck",
        "Bicycles go free",
        "Tickets only online",
        "Fewer lifeguards aboard",
        "Shorter opening hours",
    ];
    let lead_in = "Passengers will notice these changes on every crossing:";
    let page = format!(
        "Ferry timetable changes\n{P1}\n{lead_in}\n{}\n{P2}\n{P3}\nThe company also announced:\n{}\nHome\nAbout us",
        items.join("\n"),
        items[..3].join("\n")
    );
    let body = body_of(&page);
    for item in items {
        assert!(body.contains(item), "{item} lost:\n{body}");
    }
    assert!(body.contains(P1) && body.contains(P3), "{body}");
    // Without a prose lead-in the same short lines are a menu between two blocks of prose.
    let menu = format!(
        "Ferry timetable changes\n{P1}\n{}\n{P2}\n{P3}",
        items.join("\n")
    );
    let body = body_of(&menu);
    assert!(!body.contains(items[0]), "{body}");
}

#[test]
fn a_lead_cut_off_by_a_caption_and_a_table_of_contents_is_kept() {
    let page = format!(
        "Ferry timetable changes\n{P1}\nThe ferry Aurora at the north pier\nPhoto: Ann Lee/Harbour Press\n\
         Contents\nWhy the change\nWhat passengers notice\nWhat the union says\nWhat comes next\n\
         Reading the timetable\nHow to book\n{P2}\n{P3}"
    );
    let body = body_of(&page);
    assert!(body.starts_with(P1), "{body}");
    assert!(!body.contains("What comes next"), "{body}");
}

#[test]
fn headlines_without_a_sentence_end_do_not_outweigh_the_article() {
    // A block of related headlines, each long and mostly lower case but without a full stop,
    // above the menu and a shorter article.
    let headlines = [
        "Port workers vote to strike over pay as talks with the harbour board collapse again this week",
        "City council approves new cycle lanes on the coast road after a long and heated debate",
        "Bridge closed for a month after inspectors find cracks in two of its main steel bearings",
        "Fishing fleet returns early as storm warnings are issued for the whole of the northern coast",
        "New museum on the old docks opens its doors to visitors with a festival for local families",
    ];
    let menu = "News\nSport\nWeather\nCulture\nOpinion\nPodcasts\nShare\nTweet";
    let page = format!(
        "Ferry timetable changes\n{}\n{menu}\n{P1}\n{P2}",
        headlines.join("\n")
    );
    let body = body_of(&page);
    assert!(body.contains(P1) && body.contains(P2), "{body}");
    assert!(!body.contains(headlines[4]), "{body}");
}
