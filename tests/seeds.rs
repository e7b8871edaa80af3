//! The sample articles in `../shared/seeds/`: import them and check every expectation of
//! `expected.json` (its README gives the matching rules). Skips when the folder is missing, except
//! under `CI=true`, where that fails.

mod common;

use rusqlite::{params, Connection};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

struct Seeds {
    _dir: tempfile::TempDir,
    db: PathBuf,
    expected: Value,
}

/// Imports the seeds once for all tests of this file.
fn seeds() -> Option<&'static Seeds> {
    static SEEDS: OnceLock<Option<Seeds>> = OnceLock::new();
    SEEDS
        .get_or_init(|| {
            let dir = common::shared_dir("seeds")?;
            let tmp = tempfile::tempdir().unwrap();
            let db = tmp.path().join("seeds.db");
            // The folder also holds expected.json, which is no article.
            common::factdb(&db)
                .arg("import")
                .arg(&dir)
                .args(["--glob", "*.txt"])
                .assert()
                .success();
            let expected =
                serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
                    .unwrap();
            Some(Seeds {
                _dir: tmp,
                db,
                expected,
            })
        })
        .as_ref()
}

fn connect(seeds: &Seeds) -> Connection {
    Connection::open(&seeds.db).unwrap()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn article_id(conn: &Connection, file: &str) -> i64 {
    conn.query_row(
        "SELECT article_id FROM articles WHERE source LIKE '%' || ?1",
        [file],
        |r| r.get(0),
    )
    .unwrap_or_else(|e| panic!("no article imported from {file}: {e}"))
}

/// Entity ids whose canonical name, alias or mention text equals `name` (ignoring case).
fn entity_ids_named(conn: &Connection, name: &str) -> BTreeSet<i64> {
    let mut stmt = conn
        .prepare(
            "SELECT entity_id FROM entities WHERE lower(name) = lower(?1)
             UNION SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(?1)
             UNION SELECT entity_id FROM mentions WHERE lower(text) = lower(?1)",
        )
        .unwrap();
    stmt.query_map([name], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Titles and honorifics that may precede a name in the expectations.
const TITLES: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Ms",
    "Dr",
    "Dr.",
    "Secretary of State",
    "President",
    "Col.",
    "Foreign Minister",
];

fn resolve(conn: &Connection, name: &str) -> BTreeSet<i64> {
    let ids = entity_ids_named(conn, name);
    if !ids.is_empty() {
        return ids;
    }
    for title in TITLES {
        if let Some(bare) = name
            .strip_prefix(title)
            .and_then(|rest| rest.strip_prefix(' '))
        {
            return entity_ids_named(conn, bare);
        }
    }
    ids
}

fn names_of_entity(conn: &Connection, entity_id: i64) -> BTreeSet<String> {
    let mut stmt = conn
        .prepare(
            "SELECT lower(name) FROM entities WHERE entity_id = ?1
             UNION SELECT lower(alias) FROM entity_aliases WHERE entity_id = ?1",
        )
        .unwrap();
    stmt.query_map([entity_id], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn assert_no_failures(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} expectation(s) not met:\n- {}",
        failures.len(),
        failures.join("\n- ")
    );
}

#[test]
fn articles_have_the_expected_fields_and_bodies() {
    let Some(seeds) = seeds() else { return };
    let conn = connect(seeds);
    let mut failures = Vec::new();
    for expected in seeds.expected["articles"].as_array().unwrap() {
        let file = expected["file"].as_str().unwrap();
        let id = article_id(&conn, file);
        let (title, url, published, body): (
            Option<String>,
            Option<String>,
            Option<String>,
            String,
        ) = conn
            .query_row(
                "SELECT title, url, published, body FROM articles WHERE article_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        for (field, actual) in [("title", &title), ("url", &url), ("published", &published)] {
            if let Some(want) = expected[field].as_str() {
                if actual.as_deref().map(str::trim) != Some(want.trim()) {
                    failures.push(format!("{file}: {field} is {actual:?}, expected {want:?}"));
                }
            }
        }
        let outlet: Option<String> = conn
            .query_row(
                "SELECT o.name FROM articles a JOIN outlets o ON o.outlet_id = a.outlet_id WHERE a.article_id = ?1",
                [id],
                |r| r.get(0),
            )
            .ok();
        let outlets = strings(&expected["outlet_any"]);
        if !outlets.is_empty()
            && !outlets
                .iter()
                .any(|o| outlet.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(o)))
        {
            failures.push(format!(
                "{file}: outlet is {outlet:?}, expected one of {outlets:?}"
            ));
        }
        let authors_any = strings(&expected["author_any"]);
        if !authors_any.is_empty() {
            let mut stmt = conn
                .prepare("SELECT name FROM article_authors WHERE article_id = ?1")
                .unwrap();
            let authors: Vec<String> = stmt
                .query_map([id], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            if !authors
                .iter()
                .any(|a| authors_any.iter().any(|x| x.eq_ignore_ascii_case(a)))
            {
                failures.push(format!(
                    "{file}: authors are {authors:?}, expected one of {authors_any:?}"
                ));
            }
        }
        let body = common::fold(&body);
        for want in strings(&expected["body_contains"]) {
            if !body.contains(&common::fold(&want)) {
                failures.push(format!("{file}: body lacks {want:?}"));
            }
        }
        for unwanted in strings(&expected["body_excludes"]) {
            if body.contains(&common::fold(&unwanted)) {
                failures.push(format!("{file}: body keeps boilerplate {unwanted:?}"));
            }
        }
    }
    assert_no_failures(failures);
}

/// (quote text, speaker names) of every quote of an article.
fn quotes_of(
    conn: &Connection,
    article_id: i64,
) -> Vec<(i64, String, BTreeSet<String>, Option<i64>)> {
    let mut stmt = conn
        .prepare("SELECT quote_id, text, speaker_entity_id, quote_group_id FROM quotes WHERE article_id = ?1")
        .unwrap();
    let rows: Vec<(i64, String, Option<i64>, Option<i64>)> = stmt
        .query_map([article_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.into_iter()
        .map(|(id, text, speaker, group)| {
            let names = speaker
                .map(|s| names_of_entity(conn, s))
                .unwrap_or_default();
            (id, common::fold(&text), names, group)
        })
        .collect()
}

fn named_any(names: &BTreeSet<String>, any: &[String]) -> bool {
    any.iter().any(|a| names.contains(&a.to_lowercase()))
}

#[test]
fn quotes_have_their_speakers() {
    let Some(seeds) = seeds() else { return };
    let conn = connect(seeds);
    let mut failures = Vec::new();
    for expected in seeds.expected["quotes"].as_array().unwrap() {
        let file = expected["file"].as_str().unwrap();
        let want = common::fold(expected["text_contains"].as_str().unwrap());
        let speakers = strings(&expected["speaker_any"]);
        let quotes = quotes_of(&conn, article_id(&conn, file));
        let matching: Vec<_> = quotes.iter().filter(|q| q.1.contains(&want)).collect();
        if matching.is_empty() {
            failures.push(format!("{file}: no quote contains {want:?}"));
        } else if !matching.iter().any(|q| named_any(&q.2, &speakers)) {
            let found: Vec<_> = matching.iter().map(|q| &q.2).collect();
            failures.push(format!(
                "{file}: quote {want:?} is attributed to {found:?}, expected one of {speakers:?}"
            ));
        }
    }
    for unwanted in seeds.expected["not_quotes"].as_array().unwrap() {
        let file = unwanted["file"].as_str().unwrap();
        let text = common::fold(unwanted["text_contains"].as_str().unwrap());
        if quotes_of(&conn, article_id(&conn, file))
            .iter()
            .any(|q| q.1.contains(&text))
        {
            failures.push(format!("{file}: {text:?} must not be a quote"));
        }
    }
    assert_no_failures(failures);
}

#[test]
fn same_quotes_across_outlets_are_grouped() {
    let Some(seeds) = seeds() else { return };
    let conn = connect(seeds);
    let mut failures = Vec::new();
    for expected in seeds.expected["quote_groups"].as_array().unwrap() {
        let want = common::fold(expected["text_contains"].as_str().unwrap());
        let speakers = strings(&expected["speaker_any"]);
        let mut groups = BTreeSet::new();
        for file in strings(&expected["files"]) {
            let quotes = quotes_of(&conn, article_id(&conn, &file));
            let group: Vec<Option<i64>> = quotes
                .iter()
                .filter(|q| q.1.contains(&want) && named_any(&q.2, &speakers))
                .map(|q| q.3)
                .collect();
            if group.is_empty() {
                failures.push(format!("{file}: no quote {want:?} by {speakers:?}"));
            }
            groups.extend(group);
        }
        if groups.len() != 1 || groups.contains(&None) {
            failures.push(format!(
                "quotes {want:?} are in groups {groups:?}, expected one group"
            ));
        }
    }
    assert_no_failures(failures);
}

#[test]
fn entities_resolve_across_spellings_and_articles() {
    let Some(seeds) = seeds() else { return };
    let conn = connect(seeds);
    let mut failures = Vec::new();
    for names in seeds.expected["same_entity"].as_array().unwrap() {
        let names = strings(names);
        let resolved: Vec<(String, BTreeSet<i64>)> = names
            .iter()
            .map(|n| (n.clone(), resolve(&conn, n)))
            .collect();
        let all: BTreeSet<i64> = resolved
            .iter()
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect();
        if all.len() != 1 || resolved.iter().any(|(_, ids)| ids.is_empty()) {
            failures.push(format!(
                "{names:?} should be one entity; they resolve to {resolved:?}"
            ));
        }
    }
    for names in seeds.expected["different_entities"].as_array().unwrap() {
        let names = strings(names);
        let resolved: Vec<BTreeSet<i64>> = names.iter().map(|n| resolve(&conn, n)).collect();
        let disjoint = resolved
            .iter()
            .enumerate()
            .all(|(i, a)| resolved[i + 1..].iter().all(|b| a.is_disjoint(b)));
        if resolved.iter().any(BTreeSet::is_empty) || !disjoint {
            failures.push(format!(
                "{names:?} should be different entities; they resolve to {resolved:?}"
            ));
        }
    }
    for not_an_entity in [
        "Asked",
        "Virtually",
        "Sunday",
        "Continue",
        "Subscribe",
        "Even",
    ] {
        let found: i64 = conn
            .query_row(
                "SELECT count(*) FROM entities WHERE lower(name) = lower(?1)",
                params![not_an_entity],
                |r| r.get(0),
            )
            .unwrap();
        if found > 0 {
            failures.push(format!("{not_an_entity:?} must not be an entity"));
        }
    }
    assert_no_failures(failures);
}

#[test]
fn claims_have_their_sources() {
    let Some(seeds) = seeds() else { return };
    let conn = connect(seeds);
    let mut failures = Vec::new();
    for expected in seeds.expected["claims"].as_array().unwrap() {
        let file = expected["file"].as_str().unwrap();
        let want = common::fold(expected["text_contains"].as_str().unwrap());
        let sources = strings(&expected["source_any"]);
        let mut stmt = conn
            .prepare("SELECT text, source_entity_id FROM claims WHERE article_id = ?1")
            .unwrap();
        let claims: Vec<(String, Option<i64>)> = stmt
            .query_map([article_id(&conn, file)], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let matching: Vec<_> = claims
            .iter()
            .filter(|c| common::fold(&c.0).contains(&want))
            .collect();
        if matching.is_empty() {
            failures.push(format!("{file}: no claim contains {want:?}"));
        } else if !matching.iter().any(|c| {
            c.1.is_some_and(|id| named_any(&names_of_entity(&conn, id), &sources))
        }) {
            let found: Vec<_> = matching
                .iter()
                .map(|c| c.1.map(|id| names_of_entity(&conn, id)))
                .collect();
            failures.push(format!(
                "{file}: claim {want:?} has sources {found:?}, expected one of {sources:?}"
            ));
        }
    }
    assert_no_failures(failures);
}

/// The claim groups (by id, `None` for no group) of the claims of `file` containing `text`.
fn claim_groups_of(conn: &Connection, member: &Value) -> Result<BTreeSet<Option<i64>>, String> {
    let file = member["file"].as_str().unwrap();
    let want = common::fold(member["text_contains"].as_str().unwrap());
    let mut stmt = conn
        .prepare("SELECT text, claim_group_id FROM claims WHERE article_id = ?1")
        .unwrap();
    let groups: BTreeSet<Option<i64>> = stmt
        .query_map([article_id(conn, file)], |r| {
            Ok((r.get::<_, String>(0)?, r.get(1)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .filter(|(text, _)| common::fold(text).contains(&want))
        .map(|(_, group)| group)
        .collect();
    if groups.is_empty() {
        return Err(format!("{file}: no claim contains {want:?}"));
    }
    Ok(groups)
}

#[test]
fn the_same_claim_in_other_words_is_one_group() {
    let Some(seeds) = seeds() else { return };
    let conn = connect(seeds);
    let mut failures = Vec::new();
    for expected in seeds.expected["claim_groups"].as_array().unwrap() {
        let mut per_member = Vec::new();
        for member in expected["members"].as_array().unwrap() {
            match claim_groups_of(&conn, member) {
                Ok(groups) => per_member.push(groups),
                Err(e) => failures.push(e),
            }
        }
        // Some group must hold a matching claim of every member.
        let common: Option<BTreeSet<Option<i64>>> = per_member
            .iter()
            .cloned()
            .reduce(|a, b| a.intersection(&b).copied().collect());
        let found = common.is_some_and(|c| c.iter().any(Option::is_some));
        if !found {
            failures.push(format!(
                "{}: claims are in groups {per_member:?}, expected one group",
                expected["about"].as_str().unwrap_or("")
            ));
        }
    }
    assert_no_failures(failures);
}

#[test]
fn different_claims_are_not_one_group() {
    let Some(seeds) = seeds() else { return };
    let conn = connect(seeds);
    let mut failures = Vec::new();
    for pair in seeds.expected["different_claim_groups"].as_array().unwrap() {
        let pair = pair.as_array().unwrap();
        match (
            claim_groups_of(&conn, &pair[0]),
            claim_groups_of(&conn, &pair[1]),
        ) {
            (Ok(a), Ok(b)) => {
                let shared: Vec<_> = a.intersection(&b).filter(|g| g.is_some()).collect();
                if !shared.is_empty() {
                    failures.push(format!("{pair:?} share claim group {shared:?}"));
                }
            }
            (a, b) => failures.extend(a.err().into_iter().chain(b.err())),
        }
    }
    assert_no_failures(failures);
}
