//! Reports stay fast on a large database: a parameterised lookup (one speaker, one entity) reads the
//! rows of that speaker or entity through indexes, never every mention, quote or claim.
//!
//! Checked on the query plan, not the time: without `ANALYZE` statistics SQLite plans the same way
//! whatever the number of rows, so an empty database shows the plan a 50,000-article one gets.

use factdb::report::Catalog;
use rusqlite::Connection;

/// Tables that grow with every article: a full scan of one costs time in proportion to the corpus.
const LARGE: &[&str] = &["mentions", "quotes", "claims", "claim_entities"];

/// Entity tables: a few hundred thousand rows at 50,000 articles. A lookup must not scan them either:
/// an exact name is found by its index, a part of a speaker's name by the trigram index of speakers'
/// names and aliases (`summary_speaker_names`, migration V13).
const NAMES: &[&str] = &["entities", "entity_aliases"];

/// The lookups: report, and the parameter that selects a few rows.
const LOOKUPS: &[(&str, &str, &str)] = &[
    ("quotes-by-speaker", "speaker", "Kerry"),
    ("entities-aliases", "name", "John Kerry"),
    ("claims-about-entity", "entity", "Iraq"),
    ("quote-attribution-conflicts", "speaker", "Kerry"),
    ("quote-spread", "speaker", "Kerry"),
    ("corroborated-claims", "min_outlets", "5"),
];

fn plan(conn: &Connection, report: &str, param: &str, value: &str) -> Vec<String> {
    let catalog = Catalog::built_in().unwrap();
    let report = catalog.get(report).unwrap();
    let bindings = report
        .bindings(&[(param.to_string(), value.to_string())])
        .unwrap();
    let mut stmt = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {}", report.sql))
        .unwrap();
    for (name, value) in &bindings {
        let index = stmt.parameter_index(name).unwrap().unwrap();
        stmt.raw_bind_parameter(index, value).unwrap();
    }
    let mut rows = stmt.raw_query();
    let mut details = Vec::new();
    while let Some(row) = rows.next().unwrap() {
        details.push(row.get::<_, String>(3).unwrap());
    }
    details
}

/// The names (aliases, or the table's own name) the report's SQL gives the large tables.
fn large_table_names(sql: &str) -> Vec<String> {
    let words: Vec<&str> = sql
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut names = Vec::new();
    for pair in words.windows(3) {
        let (keyword, table, alias) = (pair[0].to_uppercase(), pair[1], pair[2]);
        if (keyword == "FROM" || keyword == "JOIN") && LARGE.contains(&table) {
            names.push(table.to_string());
            let keyword_like = ["WHERE", "JOIN", "LEFT", "ON", "GROUP", "ORDER", "USING"];
            if !keyword_like.contains(&alias.to_uppercase().as_str()) {
                names.push(alias.to_string());
            }
        }
    }
    names
}

#[test]
fn lookups_never_scan_mentions_quotes_or_claims() {
    let tmp = tempfile::tempdir().unwrap();
    let conn = factdb::store::open(&tmp.path().join("facts.db")).unwrap();
    let catalog = Catalog::built_in().unwrap();
    for &(report, param, value) in LOOKUPS {
        let details = plan(&conn, report, param, value);
        let names = large_table_names(&catalog.get(report).unwrap().sql);
        let scans_names = details
            .iter()
            .any(|d| NAMES.iter().any(|t| d.starts_with(&format!("SCAN {t}"))));
        assert!(
            !scans_names,
            "{report} -p {param}={value} scans the entity names: {details:#?}"
        );
        assert!(
            !names.is_empty(),
            "{report}: no large table found in its SQL"
        );
        for detail in &details {
            let mut words = detail.split_whitespace();
            let (step, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            let large = names.iter().any(|n| n == target);
            assert!(
                !(large && step == "SCAN"),
                "{report} -p {param}={value} scans {target}: {details:#?}"
            );
            // An index on a kind reads most of the table (most quotes are speech).
            assert!(
                !(large && detail.contains("_kind ")),
                "{report} -p {param}={value} reads {target} by kind: {details:#?}"
            );
        }
    }
}

/// A part of a title is looked for in the titles' own index, not in every article row (each holds
/// its body).
#[test]
fn a_title_is_looked_for_in_the_title_index() {
    let tmp = tempfile::tempdir().unwrap();
    let conn = factdb::store::open(&tmp.path().join("facts.db")).unwrap();
    let details = plan(&conn, "article-list", "title", "Warner");
    assert!(
        details.contains(&"SCAN articles USING COVERING INDEX articles_title".to_string()),
        "{details:#?}"
    );
    assert!(!details.iter().any(|d| d == "SCAN a"), "{details:#?}");
}

/// An entity's spellings are counted from the index of mentions by entity and spelling, and their
/// articles' outlets from the index of articles and outlets, never from the rows (an article row
/// holds its body).
#[test]
fn spellings_are_counted_from_indexes_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let conn = factdb::store::open(&tmp.path().join("facts.db")).unwrap();
    let details = plan(&conn, "entities-aliases", "name", "John Kerry");
    for wanted in [
        "SEARCH m USING COVERING INDEX mentions_entity_spelling (entity_id=?)",
        "SEARCH a USING COVERING INDEX articles_article_outlet (article_id=?)",
    ] {
        assert!(
            details.iter().any(|d| d == wanted),
            "{wanted}: {details:#?}"
        );
    }
}

#[test]
fn the_table_names_are_found_in_a_report() {
    let names = large_table_names(
        "SELECT * FROM quotes q JOIN mentions m ON m.x = q.y LEFT JOIN claims WHERE 1",
    );
    assert_eq!(names, ["quotes", "q", "mentions", "m", "claims"]);
}

/// Rows of a report with its defaults, and how many rows it stepped through by full scans
/// (`SQLITE_STMTSTATUS_FULLSCAN_STEP`): what the plan cannot show when a branch is skipped at run time.
fn full_scan_steps(conn: &Connection, report: &str, given: &[(&str, &str)]) -> i32 {
    let catalog = Catalog::built_in().unwrap();
    let report = catalog.get(report).unwrap();
    let given: Vec<(String, String)> = given
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let bindings = report.bindings(&given).unwrap();
    let mut stmt = conn.prepare(&report.sql).unwrap();
    for (name, value) in &bindings {
        let index = stmt.parameter_index(name).unwrap().unwrap();
        stmt.raw_bind_parameter(index, value).unwrap();
    }
    let mut rows = stmt.raw_query();
    while rows.next().unwrap().is_some() {}
    drop(rows);
    stmt.get_status(rusqlite::StatementStatus::FullscanStep)
}

/// A new database with `insert` run over `n(i)` for i in 1..=count (foreign keys off: rows that only
/// need to be there, not to mean anything).
fn database_with(count: i32, insert: &str) -> (tempfile::TempDir, Connection) {
    let tmp = tempfile::tempdir().unwrap();
    let conn = factdb::store::open(&tmp.path().join("facts.db")).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA foreign_keys = OFF;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
         {insert};"
    ))
    .unwrap();
    (tmp, conn)
}

/// `entities` and `entities-together` with their defaults aggregate every mention of the database;
/// they read the summaries the linking step keeps (migration V9) instead, never the mentions.
#[test]
fn aggregate_reports_read_summaries_not_mentions() {
    const MENTIONS: i32 = 5_000;
    let (_tmp, conn) = database_with(
        MENTIONS,
        "INSERT INTO mentions (article_id, entity_id, sentence_id, start_char, end_char, text, kind)
         SELECT 1 + i / 50, i % 97, i / 5, 0, 4, 'Name', 'name' FROM n",
    );
    for report in ["entities", "entities-together"] {
        let steps = full_scan_steps(&conn, report, &[]);
        assert!(steps < MENTIONS / 5, "{report} scanned {steps} rows");
    }
    // The counter does count a scan of the mentions: pairs by article are not summarised.
    let steps = full_scan_steps(&conn, "entities-together", &[("scope", "article")]);
    assert!(
        steps > MENTIONS / 2,
        "entities-together -p scope=article: {steps}"
    );
}

/// `claims-by-source -p source=PART` finds the names containing PART in a trigram index
/// (`summary_claim_sources`, migration V10) and their claims by index: a part of a name, which no
/// ordinary index finds, used to mean reading every claim.
#[test]
fn claims_by_part_of_a_source_name_never_scan_the_claims() {
    const CLAIMS: i32 = 5_000;
    let (_tmp, conn) = database_with(
        CLAIMS,
        "INSERT INTO claims (article_id, sentence_id, start_char, end_char, text, kind, source_text)
         SELECT 1, i, 0, 4, 'Text', 'attributed',
                CASE WHEN i % 1000 = 0 THEN 'Senator Kerry' ELSE 'an official ' || (i % 300) END
         FROM n;
         INSERT INTO articles (article_id, title, body, body_chars, body_key, source, imported_at)
         VALUES (1, 'A', 'B', 1, 'k', 's', '2030-01-01')",
    );
    factdb::store::summaries::refresh(&conn).unwrap();
    let steps = full_scan_steps(&conn, "claims-by-source", &[("source", "kerr")]);
    assert!(
        steps < CLAIMS / 5,
        "claims-by-source -p source=kerr scanned {steps} rows"
    );
}

/// `claims-by-source` with no source lists every claim by its source's name: four parts merged in
/// that order (migration V12's indexes), the first rows computed without sorting every claim, and the
/// order the same as sorting every claim by name, date, article and position.
#[test]
fn claims_by_source_merges_its_parts_in_name_order() {
    const CLAIMS: i32 = 3_000;
    let (_tmp, conn) = database_with(
        CLAIMS,
        "INSERT INTO claims (article_id, sentence_id, start_char, end_char, text, kind,
                             source_entity_id, source_text)
         SELECT 1 + i % 300, i, i % 7, i % 7 + 4, 'C' || i,
                CASE WHEN i % 3 = 0 THEN 'outlet' ELSE 'attributed' END,
                CASE WHEN i % 3 = 1 THEN 1 + i % 40 END,
                CASE WHEN i % 3 = 1 THEN 'the official' WHEN i % 3 = 2 THEN 'aide ' || (i % 50) END
         FROM n;
         INSERT INTO articles (article_id, title, body, body_chars, body_key, source, imported_at,
                               published, outlet_id)
         SELECT DISTINCT article_id, 'A', 'B', 1, 'k' || article_id, 's', '2030-01-01',
                CASE WHEN article_id % 11 = 0 THEN NULL
                     ELSE date('2020-01-01', '+' || (article_id % 97) || ' days') END,
                CASE WHEN article_id % 4 = 0 THEN NULL ELSE 1 + article_id % 3 END
         FROM claims;
         INSERT INTO outlets (outlet_id, name, name_key) VALUES
             (1, 'Zeta Post', 'zeta post'), (2, 'Alpha News', 'alpha news'), (3, 'Mid Times', 'mid times');
         INSERT INTO entities (entity_id, name, name_key, kind, created_at)
         SELECT DISTINCT source_entity_id, 'Person ' || (source_entity_id * 7 % 41),
                'k' || source_entity_id, 'person', '2030-01-01'
         FROM claims WHERE source_entity_id IS NOT NULL",
    );
    let listed: Vec<i64> = {
        let catalog = Catalog::built_in().unwrap();
        let report = catalog.get("claims-by-source").unwrap();
        let mut stmt = conn.prepare(&report.sql).unwrap();
        for (name, value) in report.bindings(&[]).unwrap() {
            let index = stmt.parameter_index(&name).unwrap().unwrap();
            stmt.raw_bind_parameter(index, value).unwrap();
        }
        let column = stmt.column_index("claim_id").unwrap();
        let mut rows = stmt.raw_query();
        let mut ids = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            ids.push(row.get(column).unwrap());
        }
        ids
    };
    let sorted: Vec<i64> = conn
        .prepare(
            "SELECT c.claim_id FROM claims c
             JOIN articles a ON a.article_id = c.article_id
             LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
             LEFT JOIN entities e ON e.entity_id = c.source_entity_id
             ORDER BY coalesce(e.name, c.source_text, o.name) IS NULL,
                      coalesce(e.name, c.source_text, o.name), a.published, c.article_id, c.start_char,
                      c.claim_id",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(listed.len(), CLAIMS as usize);
    assert_eq!(listed, sorted);
    let all = vm_steps(&conn, "claims-by-source", None);
    let first = vm_steps(&conn, "claims-by-source", Some(10));
    assert!(
        first * 20 < all,
        "the first 10 rows took {first} steps, all {all}"
    );
}

/// The listing reports with their defaults match every quote, claim or article of the database;
/// `factdb report` shows the first rows (`DEFAULT_MAX_ROWS`). An index gives each its order, so its
/// first rows are computed without finding and sorting every match: measured in SQLite's virtual
/// machine steps, the first 10 rows cost a small share of all of them.
#[test]
fn listing_reports_compute_only_the_rows_they_show() {
    const ARTICLES: i32 = 1_000;
    let (_tmp, conn) = database_with(
        ARTICLES,
        "INSERT INTO articles (article_id, title, body, body_chars, body_key, source, imported_at,
                               published)
         SELECT i, 'A' || i, 'B', 1, 'k' || i, 's', '2030-01-01',
                CASE WHEN i % 7 = 0 THEN NULL ELSE date('2020-01-01', '+' || (i % 400) || ' days') END
         FROM n;
         INSERT INTO sentences (sentence_id, article_id, paragraph_id, position, start_char, end_char, text)
         SELECT article_id, article_id, article_id, 0, 0, 90, 'S' FROM articles;
         INSERT INTO quotes (article_id, sentence_id, start_char, end_char, text, kind)
         SELECT article_id, article_id, 10 * k, 10 * k + 5, 'Q', 'speech'
         FROM articles, (SELECT 3 AS k UNION ALL SELECT 1 UNION ALL SELECT 2);
         INSERT INTO claims (article_id, sentence_id, start_char, end_char, text, kind)
         SELECT article_id, article_id, 10 * k, 10 * k + 5, 'C', 'outlet'
         FROM articles, (SELECT 3 AS k UNION ALL SELECT 1 UNION ALL SELECT 2)",
    );
    for report in [
        "article-list",
        "who-said-what",
        "unattributed-quotes",
        "single-source-claims",
    ] {
        let all = vm_steps(&conn, report, None);
        let first = vm_steps(&conn, report, Some(10));
        assert!(
            first * 20 < all,
            "{report}: the first 10 rows took {first} steps, all of them {all}"
        );
    }
}

/// `quote-spread` and `corroborated-claims` rank groups by counts kept in the groups' rows (migration
/// V12) and walk them in that order: the first 10 groups cost a small share of all of them, where
/// counting members at query time read every group's members first.
#[test]
fn group_reports_compute_only_the_groups_they_show() {
    const GROUPS: i32 = 600;
    let (_tmp, conn) = database_with(
        GROUPS,
        "INSERT INTO articles (article_id, title, body, body_chars, body_key, source, imported_at,
                               published)
         SELECT i, 'A', 'B', 1, 'k' || i, 's', '2030-01-01', date('2020-01-01', '+' || i || ' days')
         FROM n;
         INSERT INTO quote_groups (quote_group_id, text, speakers, outlets, articles, first_published)
         SELECT article_id, 'Q', 1, 1 + article_id % 5, 2 + article_id % 3, published FROM articles;
         INSERT INTO quotes (article_id, sentence_id, start_char, end_char, text, kind, quote_group_id)
         SELECT 1 + (article_id * k) % 600, article_id, k, k + 1, 'Q', 'speech', article_id
         FROM articles, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4);
         INSERT INTO claim_groups (claim_group_id, text, outlets, claims)
         SELECT article_id, 'C', 2 + article_id % 4, 4 FROM articles;
         INSERT INTO claims (article_id, sentence_id, start_char, end_char, text, kind, claim_group_id)
         SELECT 1 + (article_id * k) % 600, article_id, k, k + 1, 'C', 'outlet', article_id
         FROM articles, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4)",
    );
    for report in ["quote-spread", "corroborated-claims"] {
        let all = vm_steps(&conn, report, None);
        let first = vm_steps(&conn, report, Some(10));
        assert!(
            first * 20 < all,
            "{report}: the first 10 rows took {first} steps, all of them {all}"
        );
    }
}

/// SQLite's virtual machine steps to compute the report's first `rows` rows (every row: `None`).
fn vm_steps(conn: &Connection, report: &str, rows: Option<usize>) -> i32 {
    let catalog = Catalog::built_in().unwrap();
    let report = catalog.get(report).unwrap();
    let bindings = report.bindings(&[]).unwrap();
    let mut stmt = conn.prepare(&report.sql).unwrap();
    for (name, value) in &bindings {
        let index = stmt.parameter_index(name).unwrap().unwrap();
        stmt.raw_bind_parameter(index, value).unwrap();
    }
    let mut result = stmt.raw_query();
    let mut seen = 0;
    while rows.is_none_or(|max| seen < max) && result.next().unwrap().is_some() {
        seen += 1;
    }
    drop(result);
    stmt.get_status(rusqlite::StatementStatus::VmStep)
}

/// `top-speakers` reads the speakers' summary (migration V11) instead of every quote, and the summary
/// holds what counting the quotes gives.
#[test]
fn top_speakers_read_the_summary_and_it_holds_the_counts() {
    const QUOTES: i32 = 3_000;
    let (_tmp, conn) = database_with(
        QUOTES,
        "INSERT INTO quotes (article_id, sentence_id, start_char, end_char, text, kind,
                             speaker_entity_id, quote_group_id)
         SELECT 1 + i % 40, i, 0, 4, 'Q', CASE WHEN i % 9 = 0 THEN 'phrase' ELSE 'speech' END,
                CASE WHEN i % 5 = 0 THEN NULL ELSE i % 23 END, i % 31
         FROM n;
         INSERT INTO articles (article_id, title, body, body_chars, body_key, source, imported_at, published)
         SELECT DISTINCT article_id, 'A', 'B', 1, 'k' || article_id, 's', '2030-01-01',
                date('2020-01-01', '+' || article_id || ' days')
         FROM quotes;
         INSERT INTO entities (entity_id, name, name_key, kind, created_at)
         SELECT DISTINCT speaker_entity_id, 'Speaker ' || speaker_entity_id, 'k' || speaker_entity_id,
                'person', '2030-01-01'
         FROM quotes WHERE speaker_entity_id IS NOT NULL",
    );
    factdb::store::summaries::refresh(&conn).unwrap();
    let steps = full_scan_steps(&conn, "top-speakers", &[("limit", "100")]);
    assert!(steps < QUOTES / 5, "top-speakers scanned {steps} rows");
    let rows = |sql: &str| -> Vec<Vec<String>> {
        let mut stmt = conn.prepare(sql).unwrap();
        let columns = stmt.column_count();
        stmt.query_map([], |r| {
            (0..columns)
                .map(|i| {
                    r.get::<_, rusqlite::types::Value>(i)
                        .map(|v| format!("{v:?}"))
                })
                .collect()
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    };
    let report = Catalog::built_in().unwrap();
    let sql = report
        .get("top-speakers")
        .unwrap()
        .sql
        .replace(":limit", "100");
    let counted = rows(
        "SELECT e.name, e.kind, count(*), count(DISTINCT q.quote_group_id),
                count(DISTINCT q.article_id), count(DISTINCT a.outlet_id), min(a.published),
                max(a.published)
         FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id
         JOIN articles a ON a.article_id = q.article_id
         WHERE q.kind IN ('speech', 'partial')
         GROUP BY e.entity_id ORDER BY count(*) DESC, count(DISTINCT q.article_id) DESC, e.name",
    );
    assert_eq!(rows(&sql), counted);
    assert_eq!(counted.len(), 23);
}
