//! Saved HTML pages as input: `extract` shows the page's headline and body, `import` stores them
//! (files, `.htm`, HTML in a JSON `html` field, a page in a legacy encoding declared by `<meta>`),
//! and a directory import picks up `.html` files by default.

mod support;

use rusqlite::Connection;
use support::{article_html, count, factdb_process};

#[test]
fn extract_shows_the_headline_and_the_body_of_a_saved_page() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("page.html");
    std::fs::write(&page, article_html(2)).unwrap();
    let output = factdb_process(&tmp.path().join("unused.db"))
        .arg("extract")
        .arg(&page)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let title = stdout.lines().find(|l| l.starts_with("title:")).unwrap();
    assert!(
        title.contains("plan for 114 homes faces new objections"),
        "{title}"
    );
    assert!(!title.contains("<"), "{title}");
    assert!(stdout.contains("outlet:    Northmoor Herald"), "{stdout}");
    assert!(stdout.contains("published: 2021-03-03"), "{stdout}");

    let body = factdb_process(&tmp.path().join("unused.db"))
        .args(["extract", "--body"])
        .arg(&page)
        .output()
        .unwrap();
    let body = String::from_utf8_lossy(&body.stdout);
    assert!(body.starts_with("Officials in "), "{body}");
    assert!(
        body.contains("\n\n\u{201C}We need more time"),
        "paragraphs kept: {body}"
    );
    for boilerplate in ["Home", "More from", "Share this article", "<p>"] {
        assert!(!body.contains(boilerplate), "{boilerplate:?} in {body}");
    }
}

#[test]
fn a_directory_of_html_pages_json_html_fields_and_legacy_encodings_import() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pages");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.html"), article_html(1)).unwrap();
    std::fs::write(dir.join("b.htm"), article_html(3)).unwrap();
    // Windows-1252 bytes declared by <meta>: the curly quotes must come out right.
    let legacy = article_html(4).replace("charset=\"utf-8\"", "charset=\"windows-1252\"");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&legacy);
    std::fs::write(dir.join("c.html"), &bytes).unwrap();
    let json = serde_json::json!({"html": article_html(5), "outlet": "Given Outlet"});
    std::fs::write(dir.join("d.json"), json.to_string()).unwrap();
    let db = tmp.path().join("h.db");
    let output = factdb_process(&db)
        .args(["import", "--glob", "*.{html,htm,json}"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let conn = Connection::open(&db).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 4);
    let (body, encoding): (String, Option<String>) = conn
        .query_row(
            "SELECT body, encoding FROM articles WHERE source LIKE '%c.html'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(body.contains("\u{201C}We need more time"), "{body}");
    assert_eq!(encoding.as_deref(), Some("windows-1252"));
    let outlet: String = conn
        .query_row(
            "SELECT o.name FROM articles a JOIN outlets o USING (outlet_id) WHERE a.source LIKE '%d.json'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        outlet, "Given Outlet",
        "the JSON object's fields win over the page's"
    );

    // Without --glob, a directory import reads every format: .html and .htm, and the JSON file too.
    let db2 = tmp.path().join("h2.db");
    let output = factdb_process(&db2)
        .arg("import")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let conn = Connection::open(&db2).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), 4);
}
