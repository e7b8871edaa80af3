//! SQL views for database browsers (DB Browser for SQLite, Datasette, any SQLite client).
//!
//! Two kinds, both rebuilt by [`refresh`] every time factdb opens a database for writing:
//! - plain convenience views ([`CONVENIENCE`]) that join ids into readable rows: `quotes_view` (a quote
//!   with its speaker's name, outlet, title and date), `claims_view`, `mentions_view`, `articles_view`,
//!   `entities_view`;
//! - `report_<name>` for every saved report that runs without `-p`, that is whose parameters all have
//!   defaults (a report with no parameter trivially qualifies). A view cannot take parameters, so each
//!   `:param` is replaced by its default written as an SQL literal (quoted, `'` doubled): the defaults
//!   come from the report author, never from a user's input. A report with a required parameter has no
//!   view; run it with `factdb report` or as a Datasette canned query.
//!
//! Views use only SQLite's built-in functions, so every client can read them. `report_*` views are
//! all dropped and re-created, so a report removed from factdb does not leave a stale view behind; a
//! report whose SQL fails against this database is skipped and reported, never an import failure.

use super::catalog::{Catalog, Report};
use super::sql_text;
use rusqlite::Connection;

pub struct ConvenienceView {
    pub name: &'static str,
    pub description: &'static str,
    pub sql: &'static str,
}

/// The prefix of the views made from reports.
pub const REPORT_PREFIX: &str = "report_";

pub const CONVENIENCE: &[ConvenienceView] = &[
    ConvenienceView {
        name: "quotes_view",
        description: "Every quote with who said it (the entity's name, or the words the article used), the outlet, the article and its date.",
        sql: "SELECT q.quote_id, a.published, o.name AS outlet,
    coalesce(e.name, q.speaker_text) AS speaker, q.text AS quote, q.kind, q.cue, q.audience,
    q.speaker_text AS speaker_as_written, a.title AS article, a.url,
    q.article_id, q.speaker_entity_id, q.quote_group_id
FROM quotes q
JOIN articles a ON a.article_id = q.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id",
    },
    ConvenienceView {
        name: "claims_view",
        description: "Every claim with its source, what it is about, the outlet, the article and its date; negated and hedged are 1 or 0; stance is asserted, question, request, promise, naming or wish.",
        sql: "SELECT c.claim_id, a.published, o.name AS outlet, c.text AS claim, c.kind,
    coalesce(e.name, c.source_text) AS source, c.cue, c.negated, c.hedged, c.stance,
    (SELECT group_concat(about.name, ', ') FROM claim_entities ce
        JOIN entities about ON about.entity_id = ce.entity_id WHERE ce.claim_id = c.claim_id) AS about,
    a.title AS article, a.url, c.article_id, c.source_entity_id, c.claim_group_id
FROM claims c
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN entities e ON e.entity_id = c.source_entity_id",
    },
    ConvenienceView {
        name: "mentions_view",
        description: "Every place an entity is named: the entity, the words used, the sentence, the outlet, the article and its date.",
        sql: "SELECT m.mention_id, e.name AS entity, e.kind AS entity_kind, m.text AS written_as,
    m.kind AS mention_kind, m.role, s.text AS sentence, a.published, o.name AS outlet,
    a.title AS article, m.article_id, m.entity_id
FROM mentions m
JOIN entities e ON e.entity_id = m.entity_id
JOIN sentences s ON s.sentence_id = m.sentence_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id",
    },
    ConvenienceView {
        name: "articles_view",
        description: "Every article with its outlet (and the site it was reposted on), authors, date and counts of what was found in it.",
        sql: "SELECT a.article_id, a.published, o.name AS outlet, so.name AS reposted_on, a.title,
    (SELECT group_concat(name, ', ') FROM (SELECT name FROM article_authors aa
        WHERE aa.article_id = a.article_id ORDER BY position)) AS authors,
    (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id) AS quotes,
    (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS claims,
    a.url, a.body_chars AS characters, a.source, a.body
FROM articles a
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN outlets so ON so.outlet_id = a.site_outlet_id",
    },
    ConvenienceView {
        name: "entities_view",
        description: "Every entity with its other names and how many articles mention it, how often it is quoted and cited as a source.",
        sql: "SELECT e.entity_id, e.name, e.kind,
    (SELECT group_concat(alias, '; ') FROM entity_aliases x WHERE x.entity_id = e.entity_id
        AND x.alias <> e.name) AS aliases,
    (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.entity_id) AS articles,
    (SELECT count(*) FROM mentions m WHERE m.entity_id = e.entity_id) AS mentions,
    (SELECT count(*) FROM quotes q WHERE q.speaker_entity_id = e.entity_id) AS quotes,
    (SELECT count(*) FROM claims c WHERE c.source_entity_id = e.entity_id) AS claims_sourced,
    e.gazetteer_id
FROM entities e",
    },
];

/// What [`refresh`] did.
#[derive(Debug, Default)]
pub struct Refreshed {
    pub created: Vec<String>,
    /// Views that could not be created: (view name, SQLite's reason).
    pub skipped: Vec<(String, String)>,
}

/// The view name of a report: `report_` and the name with `-` as `_` (`report_who_said_what`).
pub fn view_name(report: &Report) -> String {
    let name: String = report
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("{REPORT_PREFIX}{name}")
}

/// The SELECT of a report's view, its parameters replaced by their defaults; `None` when a parameter
/// is required.
pub fn view_select(report: &Report) -> Option<String> {
    if !report.runs_without_params() {
        return None;
    }
    let select = sql_text::replace_parameters(&report.sql, |used| {
        let default = report
            .params
            .iter()
            .find(|p| p.name == used.name)
            .and_then(|p| p.default.as_deref())
            .unwrap_or_default();
        sql_text::literal(default)
    });
    Some(
        select
            .trim_end()
            .trim_end_matches(';')
            .trim_end()
            .to_string(),
    )
}

/// Re-creates the convenience views and a view for every built-in report that runs without
/// parameters. Call it on a connection open for writing (after migrations).
pub fn refresh(conn: &Connection) -> rusqlite::Result<Refreshed> {
    match Catalog::built_in() {
        Ok(catalog) => refresh_with(conn, &catalog),
        // The built-in reports are checked by the tests; should one still be malformed, the convenience
        // views are made anyway.
        Err(error) => {
            let mut refreshed = refresh_with(conn, &Catalog::default())?;
            refreshed
                .skipped
                .push(("report_*".into(), error.to_string()));
            Ok(refreshed)
        }
    }
}

/// Drops every view factdb made (convenience and `report_*`). Call it before migrations: SQLite refuses
/// to drop or rename a column that a view still uses, and [`refresh`] re-creates the views afterwards.
pub fn drop_all(conn: &Connection) -> rusqlite::Result<()> {
    let old: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'view' AND substr(name, 1, 7) = 'report_'",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for name in old
        .iter()
        .map(String::as_str)
        .chain(CONVENIENCE.iter().map(|v| v.name))
    {
        conn.execute_batch(&format!(
            "DROP VIEW IF EXISTS \"{}\"",
            name.replace('"', "\"\"")
        ))?;
    }
    Ok(())
}

/// [`refresh`] with the reports of `catalog`.
pub fn refresh_with(conn: &Connection, catalog: &Catalog) -> rusqlite::Result<Refreshed> {
    let mut refreshed = Refreshed::default();
    conn.execute_batch("SAVEPOINT factdb_views")?;
    let result = (|| {
        drop_all(conn)?;
        let reports = catalog
            .iter()
            .filter_map(|r| Some((view_name(r), view_select(r)?)));
        let convenience = CONVENIENCE
            .iter()
            .map(|v| (v.name.to_string(), v.sql.to_string()));
        for (name, select) in convenience.chain(reports) {
            match create_view(conn, &name, &select) {
                Ok(()) => refreshed.created.push(name),
                Err(error) => refreshed.skipped.push((name, error.to_string())),
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("RELEASE factdb_views")?,
        Err(error) => {
            conn.execute_batch("ROLLBACK TO factdb_views; RELEASE factdb_views")?;
            return Err(error);
        }
    }
    Ok(refreshed)
}

/// Creates one view and checks that it can be read; a view that cannot is dropped again.
fn create_view(conn: &Connection, name: &str, select: &str) -> rusqlite::Result<()> {
    conn.execute_batch(&format!("CREATE VIEW \"{name}\" AS\n{select}"))?;
    if let Err(error) = conn.prepare(&format!("SELECT * FROM \"{name}\" LIMIT 0")) {
        conn.execute_batch(&format!("DROP VIEW \"{name}\""))?;
        return Err(error);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::catalog::Origin;

    fn db() -> Connection {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("t.db")).unwrap();
        std::mem::forget(dir); // the connection outlives this function; the OS cleans /tmp
        conn
    }

    fn report(text: &str) -> Report {
        Report::parse("who-said", text, Origin::User("who-said.sql".into())).unwrap()
    }

    #[test]
    fn views_replace_defaults_with_literals() {
        let r = report("-- param: who = 'O''Brien'  A name\n-- param: n = 5  How many\nSELECT :who AS who, :n AS n;\n");
        assert_eq!(view_select(&r).unwrap(), "-- param: who = 'O''Brien'  A name\n-- param: n = 5  How many\nSELECT 'O''Brien' AS who, 5 AS n");
        let required = report("-- param: who  A name\nSELECT :who");
        assert!(view_select(&required).is_none());
    }

    #[test]
    fn refresh_creates_convenience_and_report_views_and_skips_broken_ones() {
        let conn = db();
        let mut catalog = Catalog::default();
        catalog.insert(report(
            "-- param: kind = person  Kind\nSELECT name FROM entities WHERE kind = :kind",
        ));
        catalog.insert(
            Report::parse(
                "broken",
                "SELECT nope FROM articles",
                Origin::User("broken.sql".into()),
            )
            .unwrap(),
        );
        let refreshed = refresh_with(&conn, &catalog).unwrap();
        assert!(refreshed.created.contains(&"quotes_view".to_string()));
        assert!(refreshed.created.contains(&"report_who_said".to_string()));
        assert_eq!(refreshed.skipped.len(), 1, "{:?}", refreshed.skipped);
        // Refreshing again (as every open for writing does) works and drops views of removed reports.
        drop_all(&conn).unwrap();
        let none: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'view'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(none, 0);
        let again = refresh_with(&conn, &Catalog::default()).unwrap();
        assert!(again.skipped.is_empty());
        let views: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'view' AND name LIKE 'report%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(views, 0);
        // The built-in reports all make views on an empty database.
        let built_in = refresh(&conn).unwrap();
        assert!(built_in.skipped.is_empty(), "{:?}", built_in.skipped);
    }
}
