//! The database never depends on the import history (issue 12): importing a set of invented articles at
//! once, in two parts, in reverse order, or killed after a batch and run again gives the same content
//! (ids aside), compared with a digest of entities, aliases, mentions, quotes, claims and groups.
//!
//! The articles are built so that history matters to a naive linker: two people share the surname
//! "Brandvold", and the bare surname arrives before, between and after them.

use factdb::import::{self, Options, Silent};
use factdb::ingest::{Input, ReadOptions};
use rusqlite::Connection;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

fn write(dir: &Path, file: &str, outlet: &str, date: &str, paragraphs: &[&str]) -> PathBuf {
    let path = dir.join(file);
    let json = serde_json::json!({
        "title": file.trim_end_matches(".json"),
        "outlet": outlet,
        "published": date,
        "body": paragraphs.join("\n\n"),
    });
    std::fs::write(&path, json.to_string()).unwrap();
    path
}

/// Eight invented articles: a harbour story told by three outlets, a second Brandvold, bare surnames.
fn fixture(dir: &Path) -> Vec<PathBuf> {
    vec![
        write(dir, "bare-first.json", "Fjord Post", "2031-03-02", &[
            "\u{201C}The harbour will stay open through the winter,\u{201D} Brandvold said on Sunday.",
            "The port authority said 40 ships were waiting outside the breakwater.",
        ]),
        write(dir, "mayor-a.json", "Fjord Post", "2031-03-02", &[
            "Mayor Sigrid Brandvold said on Sunday that the harbour would stay open through the winter.",
            "\u{201C}We will keep every berth working until the ice breaks,\u{201D} Brandvold told reporters.",
            "The port authority said 40 ships were waiting outside the breakwater.",
        ]),
        write(dir, "mayor-b.json", "Coastal Herald", "2031-03-02", &[
            "Sigrid Brandvold, the mayor, promised to keep the harbour open all winter.",
            "\u{201C}We will keep every berth working until the ice breaks,\u{201D} she said.",
            "Port officials said 55 ships were waiting outside the breakwater.",
        ]),
        write(dir, "mayor-c.json", "Northern Wire", "2031-03-03", &[
            "\u{201C}We will keep every berth working until the ice breaks,\u{201D} the mayor's office said.",
            "Harbour pilots said the channel was not frozen.",
        ]),
        write(dir, "skier.json", "Coastal Herald", "2031-03-09", &[
            "The skier Peter Brandvold won the downhill race in Lillestad on Saturday.",
            "\u{201C}The snow was perfect,\u{201D} Brandvold said after the race.",
        ]),
        write(dir, "bare-last.json", "Northern Wire", "2031-03-10", &[
            "Brandvold said he would race again next season.",
        ]),
        write(dir, "ferry.json", "Fjord Post", "2031-03-04", &[
            "The Lillestad Ferry Company said on Tuesday it had suspended all crossings to Vardholm.",
            "Captain Ingvild Moen said the crossings would resume when the ice cleared.",
        ]),
        write(dir, "ferry-b.json", "Coastal Herald", "2031-03-04", &[
            "All crossings to Vardholm were suspended by the Lillestad Ferry Company on Tuesday.",
            "Moen said the crossings would resume when the ice cleared.",
        ]),
        // A reprint of mayor-a by an aggregator a day later: a copy, not a second source.
        write(dir, "reprint.json", "Daily Aggregator", "2031-03-03", &[
            "Mayor Sigrid Brandvold said on Sunday that the harbour would stay open through the winter.",
            "\u{201C}We will keep every berth working until the ice breaks,\u{201D} Brandvold told reporters.",
            "The port authority said 40 ships were waiting outside the breakwater.",
            "This article first appeared in the Fjord Post.",
        ]),
        // A second reprint of the same story: a family of three, whose original must not depend on
        // which of them came in first.
        write(dir, "reprint-2.json", "Weekly Digest", "2031-03-03", &[
            "Mayor Sigrid Brandvold said on Sunday that the harbour would stay open through the winter.",
            "\u{201C}We will keep every berth working until the ice breaks,\u{201D} Brandvold told reporters.",
            "The port authority said 40 ships were waiting outside the breakwater.",
            "Reprinted with permission.",
        ]),
    ]
}

fn import(db: &Path, paths: &[PathBuf]) {
    let mut conn = factdb::store::open(db).unwrap();
    let inputs: Vec<Input> = paths.iter().cloned().map(Input::File).collect();
    import::run(
        &mut conn,
        &inputs,
        &[],
        &Options::default(),
        &Silent,
        &AtomicBool::new(false),
    )
    .unwrap();
}

/// An import killed after its first batch was committed: articles stored, linking not run.
fn killed_after_a_batch(db: &Path, paths: &[PathBuf]) {
    let mut conn = factdb::store::open(db).unwrap();
    let tx = conn.transaction().unwrap();
    let mut entities = factdb::store::entities::Cache::default();
    for path in paths {
        for (doc, facts) in
            import::read_and_extract(&Input::File(path.clone()), &ReadOptions::default())
                .into_iter()
                .map(Result::unwrap)
        {
            let provenance = factdb::store::articles::Provenance {
                source: &doc.source,
                encoding: None,
                import_run_id: None,
            };
            factdb::store::articles::write(
                &tx,
                &mut entities,
                &facts,
                &provenance,
                factdb::store::articles::Guard::Savepoint,
            )
            .unwrap();
        }
    }
    tx.commit().unwrap();
}

/// Rows of `sql` (every column as text), sorted, one line each.
fn rows(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    let mut out: Vec<String> = stmt
        .query_map([], |r| {
            let cols: Vec<String> = (0..n)
                .map(|i| match r.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Null => "NULL".to_string(),
                    rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                    rusqlite::types::ValueRef::Real(v) => v.to_string(),
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into(),
                    rusqlite::types::ValueRef::Blob(b) => format!("{b:?}"),
                })
                .collect();
            Ok(cols.join("|"))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    out.sort();
    out
}

/// The content of the database, ids replaced by what they point at (an article by its body key, an
/// entity by its name and kind, a group by its sorted members), sorted: equal for equal content.
fn dump(db: &Path) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let mut out = Vec::new();
    let sections = [
        ("entities", "SELECT name, kind, name_key, gazetteer_id FROM entities"),
        ("aliases", "SELECT e.name, e.kind, a.alias, a.origin FROM entity_aliases a JOIN entities e USING (entity_id)"),
        ("mentions", "SELECT a.body_key, m.start_char, m.end_char, m.text, m.kind, e.name, e.kind
             FROM mentions m JOIN articles a USING (article_id) JOIN entities e USING (entity_id)"),
        ("quotes", "SELECT a.body_key, q.start_char, q.text, e.name,
               (SELECT group_concat(k, ',') FROM (SELECT a2.body_key || ':' || q2.start_char AS k FROM quotes q2
                JOIN articles a2 USING (article_id) WHERE q2.quote_group_id = q.quote_group_id ORDER BY k))
             FROM quotes q JOIN articles a USING (article_id) LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id"),
        ("claims", "SELECT a.body_key, c.start_char, c.text, e.name,
               (SELECT group_concat(k, ',') FROM (SELECT a2.body_key || ':' || c2.start_char AS k FROM claims c2
                JOIN articles a2 USING (article_id) WHERE c2.claim_group_id = c.claim_group_id ORDER BY k)),
               (SELECT g.disagreement FROM claim_groups g WHERE g.claim_group_id = c.claim_group_id)
             FROM claims c JOIN articles a USING (article_id) LEFT JOIN entities e ON e.entity_id = c.source_entity_id"),
        ("claim entities", "SELECT a.body_key, c.start_char, e.name FROM claim_entities ce JOIN claims c USING (claim_id)
             JOIN articles a USING (article_id) JOIN entities e USING (entity_id)"),
        ("quote groups", "SELECT g.text, e.name, g.speakers, g.outlets, g.articles, g.first_published FROM quote_groups g LEFT JOIN entities e ON e.entity_id = g.speaker_entity_id"),
        ("claim groups", "SELECT text, disagreement, outlets, claims FROM claim_groups"),
        ("copies", "SELECT a.body_key, o.body_key, c.kind FROM article_copies c JOIN articles a USING (article_id)
             JOIN articles o ON o.article_id = c.original_article_id"),
    ];
    for (name, sql) in sections {
        out.push(format!("## {name}"));
        out.extend(rows(&conn, sql));
    }
    out
}

fn digest(db: &Path) -> String {
    let text = dump(db).join("\n");
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The first differing line of two dumps, for a readable failure.
fn first_difference(a: &Path, b: &Path) -> String {
    let (da, db) = (dump(a), dump(b));
    for (x, y) in da.iter().zip(&db) {
        if x != y {
            return format!("{x}\n  vs\n{y}");
        }
    }
    format!("{} vs {} lines", da.len(), db.len())
}

#[test]
fn any_import_history_gives_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let paths = fixture(dir.path());
    let once = dir.path().join("once.db");
    import(&once, &paths);
    let reference = digest(&once);

    let mut reversed = paths.clone();
    reversed.reverse();
    let histories: Vec<(&str, Vec<Vec<PathBuf>>)> = vec![
        ("reversed", vec![reversed.clone()]),
        ("two parts", vec![paths[..3].to_vec(), paths[3..].to_vec()]),
        (
            "two parts, second first",
            vec![paths[3..].to_vec(), paths[..3].to_vec()],
        ),
        (
            "one at a time, reversed",
            reversed.iter().map(|p| vec![p.clone()]).collect(),
        ),
        (
            "five parts",
            paths.chunks(2).map(<[PathBuf]>::to_vec).collect(),
        ),
        ("again", vec![paths.clone(), paths.clone()]),
    ];
    for (name, parts) in histories {
        let db = dir.path().join(format!("{name}.db"));
        for part in &parts {
            import(&db, part);
        }
        assert_eq!(
            digest(&db),
            reference,
            "{name}: {}",
            first_difference(&db, &once)
        );
    }
    // Links decided incrementally equal links decided from scratch: forget every copy decision and
    // group of the one-at-a-time database, link again, and nothing changes.
    let db = dir.path().join("one at a time, reversed.db");
    {
        let conn = factdb::store::open(&db).unwrap();
        conn.execute_batch(
            "DELETE FROM article_copies; DELETE FROM article_shingle_bands;
             UPDATE quotes SET quote_group_id = NULL; DELETE FROM quote_groups;
             UPDATE claims SET claim_group_id = NULL; DELETE FROM claim_groups;",
        )
        .unwrap();
        factdb::link::relink(&conn).unwrap();
    }
    assert_eq!(
        digest(&db),
        reference,
        "relinked from scratch: {}",
        first_difference(&db, &once)
    );
    let killed = dir.path().join("killed.db");
    killed_after_a_batch(&killed, &reversed[..4]);
    import(&killed, &paths);
    assert_eq!(
        digest(&killed),
        reference,
        "killed: {}",
        first_difference(&killed, &once)
    );
}

/// Entities linked a slice at a time (whole connected sets, at most one article entity's set per
/// slice here) are the entities linked all at once: the slices bound memory, never the result.
#[test]
fn linking_in_slices_gives_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let paths = fixture(dir.path());
    let once = dir.path().join("once.db");
    import(&once, &paths);
    let sliced = dir.path().join("sliced.db");
    killed_after_a_batch(&sliced, &paths);
    {
        let conn = factdb::store::open(&sliced).unwrap();
        let unlinked: i64 = conn
            .query_row(
                "SELECT count(*) FROM article_entities WHERE linked = 0",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(unlinked > 10, "{unlinked} article entities to link");
        factdb::link::entities::link_in_slices(&conn, 1).unwrap();
        factdb::link::copies::link_copies(&conn).unwrap();
        factdb::link::regroup(&conn).unwrap();
    }
    assert_eq!(
        digest(&sliced),
        digest(&once),
        "{}",
        first_difference(&sliced, &once)
    );
}

#[test]
fn the_fixture_has_what_makes_history_matter() {
    let dir = tempfile::tempdir().unwrap();
    let paths = fixture(dir.path());
    let db = dir.path().join("f.db");
    import(&db, &paths);
    let conn = Connection::open(&db).unwrap();
    let people: i64 = conn
        .query_row(
            "SELECT count(*) FROM entities WHERE name IN ('Sigrid Brandvold', 'Peter Brandvold')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(people, 2);
    // Two people share the surname: a bare "Brandvold" joins neither.
    let bare: String = conn
        .query_row(
            "SELECT e.name FROM mentions m JOIN articles a USING (article_id) JOIN entities e USING (entity_id)
             WHERE a.source LIKE '%bare-first.json' AND m.text = 'Brandvold'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bare, "Brandvold");
    // The reprints are copies of the original, and the quote they carry counts three independent
    // outlets (Fjord Post with its reprints, Coastal Herald, Northern Wire), not five.
    let copies: Vec<(String, String)> = conn
        .prepare("SELECT a.source, c.kind FROM article_copies c JOIN articles a USING (article_id)")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(copies.len(), 2, "{copies:?}");
    assert!(copies.iter().all(|c| c.0.contains("reprint")), "{copies:?}");
    let (articles, outlets): (i64, i64) = conn
        .query_row(
            "SELECT count(DISTINCT q.article_id), g.outlets FROM quotes q JOIN quote_groups g USING (quote_group_id)
             WHERE q.text LIKE '%every berth working%' GROUP BY g.quote_group_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((articles, outlets), (5, 3));
}

#[test]
fn concurrent_imports_give_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let paths = fixture(dir.path());
    let once = dir.path().join("once.db");
    import(&once, &paths);
    let both = dir.path().join("both.db");
    factdb::store::open(&both).unwrap();
    let (first, second) = paths.split_at(paths.len() / 2);
    std::thread::scope(|s| {
        s.spawn(|| import(&both, first));
        s.spawn(|| import(&both, second));
    });
    assert_eq!(
        digest(&both),
        digest(&once),
        "{}",
        first_difference(&both, &once)
    );
}
