//! Pathological text completes: a huge single paragraph, a file of nothing but quote marks, a line of
//! capitalised words. Each input is sized so a linear pipeline finishes in seconds even in a debug
//! build; a quadratic rule would take hours, and the watchdog turns that into a failure instead of
//! a hung CI. (The release-build figures for the full sizes named in the issue, 10 MB and 100,000
//! marks or words, are in docs/fuzzing.md.)

use factdb::extract;
use factdb::ingest::{plain_text::PlainText, Document, Source};
use std::sync::mpsc;
use std::time::Duration;

/// Far above what these inputs need (about a second each), far below what quadratic work needs.
const WATCHDOG: Duration = Duration::from_secs(180);

/// Extracts `text` on another thread and fails if it has not finished within the watchdog time.
fn completes(name: &str, text: String, body_is_clean: bool) -> extract::Facts {
    let (send, receive) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let mut doc: Document = PlainText
            .documents("big.txt", &text)
            .pop()
            .unwrap()
            .unwrap();
        doc.body_is_clean = body_is_clean;
        let facts = extract::extract(&doc);
        factdb::store::consistency::check(&facts).expect("consistent facts");
        let _ = send.send(facts);
    });
    match receive.recv_timeout(WATCHDOG) {
        Ok(facts) => {
            worker.join().unwrap();
            facts
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            worker.join().unwrap(); // re-raises the worker's panic
            unreachable!()
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{name}: extraction did not finish in {WATCHDOG:?}: super-linear work?")
        }
    }
}

/// About `bytes` of sentences with names, numbers and quotes, and no line break at all.
fn one_paragraph(bytes: usize) -> String {
    let sentences = [
        "Officials in Brindle Bay said on Tuesday that 1,200 homes would be built by 2030. ",
        "\u{201C}We will not rush this,\u{201D} said Omar Feld, the council leader. ",
        "According to the Harbour Trust, the plan would cost \u{00A3}4.5m and take three years. ",
        "Mr Feld told reporters the \"final\" vote was weeks away, and Ms Quill disagreed. ",
    ];
    let mut text = String::with_capacity(bytes + 100);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(sentences[i % sentences.len()]);
        i += 1;
    }
    text
}

#[test]
fn a_quarter_megabyte_single_paragraph() {
    // 256 KB: a quadratic rule over a paragraph or a sentence already takes minutes at this size in
    // a debug build, while the linear pipeline takes seconds.
    let text = one_paragraph(256 << 10);
    // As a page, one line may be taken for the headline: only completion matters here.
    completes("256 KB paragraph as a page", text.clone(), false);
    let facts = completes("256 KB paragraph as a body", text, true);
    assert_eq!(facts.article.paragraphs.len(), 1);
}

#[test]
fn one_hundred_thousand_quote_marks() {
    let straight = "\"".repeat(100_000);
    completes("100,000 straight quotes", straight, true);
    let curly: String = ["\u{201C}", "\u{201D}"]
        .iter()
        .cycle()
        .take(100_000)
        .copied()
        .collect();
    completes("100,000 curly quotes", curly, false);
    // Quote marks separated by words, so every mark opens or closes a candidate quote.
    let mixed: String = (0..50_000)
        .map(|i| {
            if i % 2 == 0 {
                "\u{201C}Yes "
            } else {
                "no,\u{201D} said Ann Lee. "
            }
        })
        .collect();
    completes("50,000 short quotes", mixed, true);
}

#[test]
fn a_line_of_one_hundred_thousand_capitalised_words() {
    let names = [
        "Alpha", "Brindle", "Council", "Delta", "Echo", "Feld", "Harbour", "Trust",
    ];
    let line: String = (0..100_000)
        .map(|i| names[i % names.len()])
        .collect::<Vec<_>>()
        .join(" ");
    completes("100,000 capitalised words as a page", line.clone(), false);
    completes("100,000 capitalised words as a body", line, true);
}

#[test]
fn a_hundred_thousand_lines() {
    // Short lines are what boilerplate removal looks at one by one (menus, link lists).
    let text: String = (0..100_000).map(|i| format!("Link {i}\n")).collect();
    completes("100,000 short lines", text, false);
}

/// One quote carried by 10,000 articles (a famous line every outlet repeats): importing them, with
/// the linking that follows every import (copies, quote and claim groups), completes. Comparing every
/// pair of articles or quotes would be 50 million comparisons (copies did, before: over 180 s).
#[test]
fn one_quote_in_ten_thousand_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let lines: String = (0..10_000)
        .map(|i| {
            serde_json::json!({
                "title": format!("Report {i}"),
                "body": format!(
                    "\u{201C}We will not rush this decision,\u{201D} said Omar Feld. Item {i} followed."
                ),
            })
            .to_string()
                + "\n"
        })
        .collect();
    let input = tmp.path().join("feed.jsonl");
    std::fs::write(&input, lines).unwrap();
    let db = tmp.path().join("facts.db");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factdb"))
        .arg("--db")
        .arg(&db)
        .args(["import", "--quiet"])
        .arg(&input)
        .env_remove("FACTDB_DB")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success());
            break;
        }
        if started.elapsed() > WATCHDOG {
            child.kill().unwrap();
            panic!("importing one quote in 10,000 articles did not finish in {WATCHDOG:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let articles: i64 = conn
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(articles, 10_000);
    // The bodies differ by one number: nearly every article is a copy, and their originals are few
    // (an article a MinHash band misses stays an original of its own).
    let (copies, originals): (i64, i64) = conn
        .query_row(
            "SELECT count(*), count(DISTINCT original_article_id) FROM article_copies",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        copies >= 9_900 && originals <= 20,
        "{copies} copies of {originals} originals"
    );
}
