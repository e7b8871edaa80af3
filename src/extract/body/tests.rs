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
