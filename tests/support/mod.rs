//! Helpers of the reliability tests (`import`, `crash`, `concurrency`, `schema_versions`): invented
//! news articles (no text from the shared data), folders of them, and database checks.
#![allow(dead_code)]

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The `factdb` binary cargo built for the integration tests.
pub fn factdb_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_factdb"))
}

/// A `std::process::Command` for factdb with its database in `db` (for tests that need to signal the
/// child, which `assert_cmd` does not allow).
pub fn factdb_process(db: &Path) -> Command {
    let mut cmd = Command::new(factdb_bin());
    cmd.arg("--db")
        .arg(db)
        .env_remove("FACTDB_DB")
        .env_remove("FACTDB_QUERIES");
    cmd
}

const FIRST: &[&str] = &[
    "Omar", "Tessa", "Paul", "Lina", "Ada", "Victor", "Nadia", "Hugo", "Ines", "Bram", "Clara",
    "Dmitri", "Esther", "Felix", "Greta", "Jonas",
];
const LAST: &[&str] = &[
    "Feld",
    "Marwick",
    "Okoro",
    "Moss",
    "Quill",
    "Harlan",
    "Petrov",
    "Sandoval",
    "Achebe",
    "Lindqvist",
    "Brennan",
    "Tamura",
    "Okafor",
    "Vasquez",
    "Holt",
    "Renner",
];
const ORGS: &[&str] = &[
    "the Harbour Trust",
    "the Ministry of Roads",
    "Brindle Council",
    "the Northmoor Water Board",
    "the Kesslow Teachers Union",
    "Aldgate Rail",
];
const PLACES: &[&str] = &[
    "Brindle Bay",
    "Northmoor",
    "Kesslow",
    "Varnholt",
    "Eastmere",
    "Corran",
];
const OUTLETS: &[&str] = &["The Brindle Gazette", "Coast News", "Northmoor Herald"];

fn pick<'a>(list: &[&'a str], n: usize) -> &'a str {
    list[n % list.len()]
}

/// An invented news page (headline, byline, date, boilerplate, quoted and reported speech), different
/// for every `i` but reusing a small cast of people, organisations and places so entities repeat
/// across articles the way they do in real news.
pub fn article(i: usize) -> String {
    let person = format!("{} {}", pick(FIRST, i), pick(LAST, i / 3));
    let other = format!("{} {}", pick(FIRST, i + 5), pick(LAST, i / 2 + 7));
    let surname = pick(LAST, i / 3);
    let org = pick(ORGS, i);
    let place = pick(PLACES, i / 2);
    let outlet = pick(OUTLETS, i);
    let count = 100 + i * 7;
    let percent = 3 + i % 40;
    let day = 1 + i % 28;
    format!(
        "Skip to main content\n\
         {outlet}\n\
         Menu\n\n\
         {place} plan for {count} homes faces new objections (report {i})\n\n\
         By {other}, Local Affairs Reporter\n\
         Published {day} March 2021\n\n\
         Officials in {place} delayed a vote on {count} new homes on Tuesday after {org} raised \
         objections about flooding near the river.\n\n\
         \u{201C}We need more time to read every objection,\u{201D} said {person}, who leads the \
         planning committee. \u{201C}Nobody wants a rushed decision on something this big.\u{201D}\n\n\
         {surname} said about {percent} per cent of the letters came from outside {place}. \
         \"It is a matter for the whole region,\" {other} told the {outlet}.\n\n\
         According to a spokesperson for {org}, the scheme would cost {count} million pounds and \
         take {percent} years to finish.\n\n\
         The committee will meet again next month.\n\n\
         Share this article\n\
         Advertisement\n\
         More from {outlet}\n"
    )
}

/// A short body-only JSON article (fast to extract), different for every `i`.
pub fn tiny_json(i: usize) -> String {
    serde_json::json!({
        "title": format!("Notice {i}"),
        "body": format!("The {} office said on Monday that {} forms were received.", pick(PLACES, i), i + 1),
        "outlet": pick(OUTLETS, i),
    })
    .to_string()
}

/// Writes `n` generated articles as `dir/article-NNNN.txt`.
pub fn write_articles(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        std::fs::write(dir.join(format!("article-{i:04}.txt")), article(i)).unwrap();
    }
}

/// Row counts of the tables an import fills, in a stable order, for comparing databases.
pub fn counts(db: &Path) -> Vec<(&'static str, i64)> {
    let conn = Connection::open(db).unwrap();
    [
        "articles",
        "article_authors",
        "outlets",
        "paragraphs",
        "sentences",
        "entities",
        "entity_aliases",
        "mentions",
        "quotes",
        "claims",
        "claim_entities",
        "claim_quantities",
    ]
    .into_iter()
    .map(|table| {
        let n = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        (table, n)
    })
    .collect()
}

pub fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Asserts `PRAGMA integrity_check` is "ok", `PRAGMA foreign_key_check` finds nothing, and no article
/// is partly written (every article has its paragraphs and sentences, and the full-text index agrees).
pub fn assert_consistent(db: &Path) {
    let conn = Connection::open(db).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok", "{}", db.display());
    let mut stmt = conn.prepare("PRAGMA foreign_key_check").unwrap();
    let violations: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        violations.is_empty(),
        "foreign key violations in {violations:?}"
    );
    // Killed before the schema was created: nothing more to check.
    if count(
        &conn,
        "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'",
    ) == 0
    {
        return;
    }
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM articles a WHERE NOT EXISTS \
             (SELECT 1 FROM paragraphs p WHERE p.article_id = a.article_id) \
             OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.article_id)"
        ),
        0,
        "an article without paragraphs or sentences: half-written"
    );
    conn.execute(
        "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .expect("the full-text index agrees with the articles");
    assert_eq!(
        count(&conn, "SELECT count(*) FROM articles"),
        count(&conn, "SELECT count(DISTINCT body_key) FROM articles"),
    );
}

/// [`article`] as a saved HTML page: the same text in paragraphs inside `<article>`, navigation and
/// footer around it, and the metadata in JSON-LD and Open Graph tags.
pub fn article_html(i: usize) -> String {
    let page = article(i);
    let blocks: Vec<&str> = page.split("\n\n").collect();
    let title = blocks[1].trim();
    let paragraphs: String = blocks[3..blocks.len() - 1]
        .iter()
        .map(|p| format!("<p>{}</p>\n", p.trim()))
        .collect();
    let outlet = pick(OUTLETS, i);
    let day = 1 + i % 28;
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title} | {outlet}</title>\n\
         <meta property=\"og:site_name\" content=\"{outlet}\">\n\
         <link rel=\"canonical\" href=\"https://news.example/{i}/homes\">\n\
         <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{title}\",\
         \"datePublished\":\"2021-03-{day:02}\",\"author\":{{\"@type\":\"Person\",\"name\":\"Ada Feld\"}}}}</script>\n\
         </head><body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav>\n\
         <article><h1>{title}</h1>\n{paragraphs}</article>\n\
         <footer><a href=\"/more\">More from {outlet}</a><p>Share this article</p></footer></body></html>\n"
    )
}
