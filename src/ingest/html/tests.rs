//! A saved news page (written for these tests) read end to end: detection, main text, metadata.

use super::*;

/// A page shaped like a news site's: navigation, a JSON-LD `@graph`, Open Graph tags, an article
/// with a byline and a caption, related links and a footer.
pub(crate) const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour bridge reopens after repairs | Coast Courier</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="og:site_name" content="Coast Courier">
<meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<link rel="canonical" href="https://www.coastcourier.example/news/2024/03/05/harbour-bridge-reopens">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Coast Courier","url":"https://www.coastcourier.example/"},
 {"@type":"NewsArticle","headline":"Harbour bridge reopens after repairs",
  "datePublished":"2024-03-05T08:30:00Z",
  "author":[{"@type":"Person","name":"Maria Lopez"},{"@type":"Person","name":"Tom Berg"}],
  "publisher":{"@type":"Organization","name":"Coast Courier"}}]}
</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept all</a></div>
<main><article>
<h1>Harbour bridge reopens after repairs</h1>
<p class="byline">By Maria Lopez and Tom Berg</p>
<p>The harbour bridge reopened to traffic on Tuesday morning after six months of repairs that cost the
city more than 12 million euros, officials said.</p>
<p>&#8220;We are relieved that the work finished on time,&#8221; said Mayor Anna Schmidt at a short
ceremony on the northern bank. She thanked the engineers and the residents for their patience.</p>
<p>The bridge carries about 40,000 vehicles a day. During the closure, ferries and a temporary
pontoon took some of the traffic, and commuters reported delays of up to an hour.</p>
<p>Engineers replaced the bearings, repaired corroded steel and resurfaced the whole deck. The city
council said a second phase, painting the towers, would begin next spring without closing lanes.</p>
</article></main>
<aside><h2>Related stories</h2><ul><li><a href="/a">Ferry timetable changes for summer</a></li>
<li><a href="/b">Council approves new cycle lanes</a></li></ul></aside>
<footer><p>&copy; 2024 Coast Courier. All rights reserved.</p><a href="/subscribe">Subscribe to our newsletter</a></footer>
</body></html>"#;

#[test]
fn html_is_recognised_by_content() {
    assert!(looks_like_html(PAGE));
    assert!(looks_like_html("\u{FEFF}  <html><body>x</body></html>"));
    assert!(looks_like_html(
        "<!-- saved from url=(0042)https://x.example/ -->\n<HTML>"
    ));
    assert!(!looks_like_html(
        "Harbour bridge reopens\n\n<b>not a page</b>"
    ));
    assert!(!looks_like_html("<!-- unterminated"));
}

#[test]
fn main_text_keeps_paragraphs_and_drops_the_page_around_it() {
    let doc = page("bridge.html", PAGE, None).unwrap();
    assert!(doc.body_is_clean);
    let paragraphs: Vec<&str> = doc.text.split("\n\n").collect();
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("The harbour bridge reopened to traffic")
                && p.ends_with("officials said.")),
        "{paragraphs:#?}"
    );
    assert!(doc.text.contains("\u{201C}We are relieved"), "{}", doc.text);
    assert!(doc.text.contains("painting the towers"));
    for boilerplate in [
        "Accept all",
        "Related stories",
        "Ferry timetable",
        "Subscribe",
        "Sport",
    ] {
        assert!(
            !doc.text.contains(boilerplate),
            "{boilerplate:?} kept:\n{}",
            doc.text
        );
    }
}

#[test]
fn metadata_comes_from_json_ld_and_open_graph() {
    let doc = page("bridge.html", PAGE, None).unwrap();
    let given = &doc.given;
    assert_eq!(
        given.title.as_deref(),
        Some("Harbour bridge reopens after repairs")
    );
    assert_eq!(given.outlet.as_deref(), Some("Coast Courier"));
    assert_eq!(given.authors, vec!["Maria Lopez", "Tom Berg"]);
    assert_eq!(given.published, chrono::NaiveDate::from_ymd_opt(2024, 3, 5));
    assert_eq!(
        given.url.as_deref(),
        Some("https://www.coastcourier.example/news/2024/03/05/harbour-bridge-reopens")
    );
}

#[test]
fn a_page_without_content_is_an_error_naming_it() {
    let empty = "<html><head><title>T</title></head><body><script>x()</script></body></html>";
    let error = page("empty.html", empty, None).map(|d| d.text).unwrap_err();
    assert!(error.to_string().starts_with("empty.html: "), "{error}");
}

#[test]
fn an_article_shipped_inside_noscript_is_read_as_markup() {
    // A blog template: the post is a script template for the page's own renderer, and the same
    // markup again inside <noscript> for readers without scripting.
    let post = "<p>The lighthouse keeper's cottage will open as a small museum in June, the \
                trust that owns it said on Friday.</p>\
                <p>Volunteers have restored the lamp room, the kitchen and the log books, which \
                record every ship that passed the point between 1890 and 1962.</p>\
                <p>Entry will be free on the first Sunday of each month.</p>";
    let html = format!(
        "<!DOCTYPE html><html><head><title>Museum opens</title></head><body>\
         <noscript><div>Please enable JavaScript and reload the page.</div></noscript>\
         <h1>Lighthouse cottage to become a museum</h1>\
         <div class=\"post-body\"><script type=\"text/template\">{post}</script>\
         <noscript>{post}</noscript></div>\
         <footer><p>Labels: history, coast</p></footer></body></html>"
    );
    let doc = page("post.html", &html, None).unwrap();
    assert!(!doc.text.contains("<p>"), "markup as text:\n{}", doc.text);
    assert!(
        doc.text
            .split("\n\n")
            .any(|p| p.starts_with("Volunteers have restored") && p.ends_with("1962.")),
        "{}",
        doc.text
    );
    // A <noscript> notice without paragraphs stays what it was: nothing a reader sees.
    assert!(!doc.text.contains("enable JavaScript"), "{}", doc.text);
    // Without the unwrap the same page came out as one paragraph holding the tags.
    assert!(with_noscript_articles(&html).matches("<noscript>").count() == 1);
}
