//! Whole-page tests on invented pages (no sample text): one rule each, and pages without metadata.

use super::*;

fn meta(text: &str) -> PageMeta {
    extract(&Page::new(text))
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line contains {needle:?}"))
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

const NEWSPAPER: &str = "Skip to main content
World | Europe | Norland

Ferry Workers End Strike After Night of Talks in Port Ellis

By Nadia Ferrant and Olek Brun
Published March 3, 2020 Updated March 3, 2020, 9:12 p.m. ET

Article Image
Passengers queue at the ferry terminal in Port Ellis, Monday, March 2, 2020. Credit Ines Maro/Harbour Gazette

PORT ELLIS — Ferry workers in Norland ended a nine-day strike on Tuesday after unions and the port authority agreed to a new pay scale, officials said, clearing the way for some 40 sailings a day to resume.

“We did not get everything, but we got enough,” said Hanne Voss, the union's chief negotiator, in a statement issued after the talks.

Related Coverage

Port Authority Offers New Pay Deal to Ferry Unions  MARCH 1, 2020
Ferry Strike Strands Thousands on Islands  FEB. 24, 2020

The strike had stranded roughly 3,000 island residents on the mainland, according to the regional council.

Share Ferry Workers End Strike After Night of Talks in Port Ellis
Subscribe to The Harbour Gazette
https://www.harbourgazette.com/subscribe
https://www.harbourgazette.com/2020/03/03/world/europe/ferry-workers-end-strike-port-ellis.html
© 2020 The Harbour Gazette Company
";

#[test]
fn newspaper_page() {
    let m = meta(NEWSPAPER);
    assert_eq!(
        m.title.as_deref(),
        Some("Ferry Workers End Strike After Night of Talks in Port Ellis")
    );
    assert_eq!(m.authors, ["Nadia Ferrant", "Olek Brun"]);
    assert_eq!(
        m.url.as_deref(),
        Some("https://www.harbourgazette.com/2020/03/03/world/europe/ferry-workers-end-strike-port-ellis.html")
    );
    assert_eq!(m.outlet.as_deref(), Some("The Harbour Gazette"));
    assert_eq!(m.outlet_domain.as_deref(), Some("harbourgazette.com"));
    assert_eq!(m.site, None);
    assert_eq!(m.published, date(2020, 3, 3));
    for consumed in [
        "Ferry Workers End Strike",
        "By Nadia",
        "Published March",
        "World | Europe",
        "/2020/03/03/",
    ] {
        assert!(
            m.metadata_lines.contains(&line_of(NEWSPAPER, consumed)),
            "{consumed}"
        );
    }
    for body in [
        "PORT ELLIS —",
        "We did not get everything",
        "The strike had stranded",
    ] {
        assert!(
            !m.metadata_lines.contains(&line_of(NEWSPAPER, body)),
            "{body}"
        );
    }
}

#[test]
fn page_without_metadata_gets_nothing_invented() {
    let text = "The ferry strike in Norland ended on Tuesday after nine days, and the first boats left Port Ellis within the hour, the port authority said in a statement.

Union officials said the new pay scale would be put to a vote of members next week, and that they expected it to pass comfortably.

Jane Doe reported the talks for The New York Times, which first described the offer on Monday.
";
    let m = meta(text);
    assert_eq!(m, PageMeta::default());
}

#[test]
fn headline_on_line_one_then_body() {
    let text = "Ferry strike ends after nine days

The ferry strike in Norland ended on Tuesday after nine days, the port authority said.

Union officials said the new pay scale would be put to a vote.
";
    let m = meta(text);
    assert_eq!(
        m.title.as_deref(),
        Some("Ferry strike ends after nine days")
    );
    assert_eq!(m.title_line, Some(0));
    assert_eq!(m.metadata_lines, [0]);
    assert_eq!((m.outlet, m.published, m.authors.len()), (None, None, 0));
}

#[test]
fn aggregator_repost_records_outlet_and_site() {
    let text = "Article Image

Gazette Link • WORLD: Ferries

Ferry Workers End Strike After Night of Talks

• https://www.harbourgazette.com

PORT ELLIS — Ferry workers in Norland ended a nine-day strike on Tuesday after unions and the port authority agreed to a new pay scale, officials said.

Continue reading the main story

© 2020 NewsHeap Media Ltd.
";
    let m = meta(text);
    assert_eq!(
        m.title.as_deref(),
        Some("Ferry Workers End Strike After Night of Talks")
    );
    assert_eq!(m.outlet.as_deref(), Some("harbourgazette.com"));
    assert_eq!(m.outlet_domain.as_deref(), Some("harbourgazette.com"));
    assert_eq!(m.site.as_deref(), Some("NewsHeap Media"));
    assert_eq!(m.url, None, "a home page is not the article's url");
    assert!(m.metadata_lines.contains(&line_of(text, "• https://")));
    assert!(m.metadata_lines.contains(&line_of(text, "Gazette Link")));
}

#[test]
fn known_outlet_source_link_is_named() {
    let text = "Ferry Workers End Strike After Night of Talks\n\n• http://www.nytimes.com\n\nThe strike ended.\n";
    let m = meta(text);
    assert_eq!(m.outlet.as_deref(), Some("The New York Times"));
    assert_eq!(m.outlet_domain.as_deref(), Some("nytimes.com"));
}

#[test]
fn related_links_and_comments_do_not_date_the_article() {
    let text = "Ferry Workers End Strike After Night of Talks

PORT ELLIS — Ferry workers in Norland ended a nine-day strike on Tuesday after unions and the port authority agreed to a new pay scale, officials said.

Related Coverage
Port Authority Offers New Pay Deal to Ferry UnionsMARCH 1, 2020
Ferry Strike Strands Thousands on Islands — Feb. 24, 2020

Comments (2)
harbour_fan  March 4, 2020
Good news at last.
";
    let m = meta(text);
    assert_eq!(m.published, None);
    assert_eq!(m.title_line, Some(0));
}

#[test]
fn caption_date_near_the_top() {
    let text = "Ferry strike ends after nine days

|
Ines Maro/AP
Passengers queue at the ferry terminal in Port Ellis, Tuesday, March 3, 2020, as sailings resume.

Ferry workers in Norland ended a nine-day strike on Tuesday after unions and the port authority agreed to a new pay scale, officials said.

Harbour officials said some 40 sailings a day would resume by the weekend, and that the backlog of freight would take a week to clear.

AP writer Olek Brun in Port Ellis contributed to this report.
";
    let m = meta(text);
    assert_eq!(m.published, date(2020, 3, 3));
    assert!(
        m.authors.is_empty(),
        "a photo credit or contributor is not an author: {:?}",
        m.authors
    );
    assert_eq!(
        m.outlet, None,
        "an agency in a photo credit is not the outlet"
    );
}

#[test]
fn date_sources_in_order_of_strength() {
    // A "Published" line beats a caption date.
    let text = "Ferry strike ends after nine days\nPublished: 4 March 2020\n\nPassengers queue in Port Ellis, Tuesday, March 3, 2020, as sailings resume.\n";
    assert_eq!(meta(text).published, date(2020, 3, 4));
    // A date line under the headline.
    let text = "Ferry strike ends after nine days\nWednesday, March 4, 2020\n\nThe strike ended.\n";
    let m = meta(text);
    assert_eq!(m.published, date(2020, 3, 4));
    assert!(m.metadata_lines.contains(&1));
    // The url's date beats a written one.
    let text = "Ferry strike ends after nine days\nPublished: 9 March 2020\n\nThe strike ended.\n\nhttps://gazette.example.com/2020/03/04/ferry-strike-ends\n";
    let m = meta(text);
    assert_eq!(m.published, date(2020, 3, 4));
    assert_eq!(
        m.url.as_deref(),
        Some("https://gazette.example.com/2020/03/04/ferry-strike-ends")
    );
}

#[test]
fn name_outlet_byline_at_the_end() {
    let text = "Ferry strike ends after nine days

The strike ended on Tuesday after nine days, and the first boats left Port Ellis within the hour, the port authority said.

Subscribe to The Week

Olek Brun, The Week US

Olek has written about shipping for The Week since 2012.
";
    let m = meta(text);
    assert_eq!(m.authors, ["Olek Brun"]);
    assert_eq!(m.outlet.as_deref(), Some("The Week"));
    assert_eq!(m.outlet_domain.as_deref(), Some("theweek.com"));
    assert_eq!(m.site, None, "the subscribe line names the same outlet");
    assert!(m
        .metadata_lines
        .contains(&line_of(text, "Olek Brun, The Week US")));
    assert!(!m
        .metadata_lines
        .contains(&line_of(text, "Olek has written")));
}

#[test]
fn wire_dateline_names_a_known_agency() {
    let text = "Ferry strike ends after nine days\n\nPORT ELLIS, Norland (AP) — Ferry workers ended a nine-day strike on Tuesday, officials said.\n";
    assert_eq!(meta(text).outlet.as_deref(), Some("Associated Press"));
}

#[test]
fn masthead_is_not_the_headline() {
    let text = "Harbour Gazette
HOME | WORLD | SPORT

Ferry workers end strike after night of talks
BY OLEK BRUN
Tuesday, March 3, 2020

The strike ended on Tuesday after nine days, and the first boats left Port Ellis within the hour, the port authority said.

Copyright 2020 Harbour Gazette. All rights reserved.
";
    let m = meta(text);
    assert_eq!(
        m.title.as_deref(),
        Some("Ferry workers end strike after night of talks")
    );
    assert_eq!(m.authors, ["Olek Brun"]);
    assert_eq!(m.outlet.as_deref(), Some("Harbour Gazette"));
    assert_eq!(m.published, date(2020, 3, 3));
    assert!(
        m.metadata_lines.contains(&0),
        "the masthead is not body text"
    );
}

#[test]
fn a_related_article_url_is_not_the_articles_url() {
    let text = "Ferry strike ends after nine days\n\nThe strike ended.\n\nhttps://gazette.example.com/2020/02/24/island-residents-stranded-by-storm\nhttps://gazette.example.com/2020/02/20/new-bridge-plan-unveiled\n";
    let m = meta(text);
    assert_eq!(m.url, None);
    assert_eq!(m.published, None);
}

#[test]
fn examples_folder_pages() {
    // The bundled examples are invented pages; each exercises several rules at once.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let page = |name: &str| meta(&std::fs::read_to_string(dir.join(name)).unwrap());
    let m = page("newspile-repost-selen-crossing.txt");
    assert_eq!(m.outlet_domain.as_deref(), Some("harbourledger.com"));
    assert_eq!(m.site.as_deref(), Some("NewsPile Media"));
    assert_eq!(m.published, None, "comment dates are not the article's");
    let m = page("continental-wire-selen-convoys.txt");
    assert_eq!(m.outlet.as_deref(), Some("Continental Wire Service"));
    assert_eq!(m.authors, ["Mikkel Saari"]);
    assert_eq!(m.published, date(2025, 10, 14));
    let m = page("meridian-weekly-selen-analysis.txt");
    assert_eq!(m.authors, ["Lena Hartwig"]);
    assert_eq!(m.outlet.as_deref(), Some("Meridian Weekly"));
    assert_eq!(m.url, None, "an image url is not the article's");
}

#[test]
fn byline_below_the_headline_wins_over_a_list_above_it() {
    let text = "Most read
Harbour fire destroys warehouse district
By Ines Maro

Ferry workers end strike after night of talks
By Nadia Ferrant

The strike ended on Tuesday after nine days, and the first boats left Port Ellis within the hour, the port authority said.
";
    let m = meta(text);
    assert_eq!(m.authors, ["Nadia Ferrant"]);
}

#[test]
fn names_under_the_headline_are_a_byline() {
    let text = "Ferry workers end strike after night of talks\nNadia Ferrant, Olek Brun\nMarch 3, 2020\n\nThe strike ended on Tuesday.\n";
    let m = meta(text);
    assert_eq!(m.authors, ["Nadia Ferrant", "Olek Brun"]);
    assert_eq!(m.metadata_lines, [0, 1, 2]);
    assert_eq!(m.published, date(2020, 3, 3));
}
