//! `factdb stats`: the first look after an import. Row counts per table, the date range, and the top
//! outlets, entities, speakers and claim sources, each a small query run like any report. Quotes are
//! counted as the reports count them: speech and partial quotes, never phrases (scare quotes).

use rusqlite::Connection;

/// One part of the statistics: a title and a SELECT that may use `:top` (how many rows to show).
pub struct Section {
    pub title: &'static str,
    pub sql: String,
}

const TOP_OUTLETS: &str = "SELECT o.name AS outlet, count(a.article_id) AS articles,
    (SELECT count(*) FROM quotes q JOIN articles qa ON qa.article_id = q.article_id WHERE qa.outlet_id = o.outlet_id
        AND q.kind IN ('speech', 'partial')) AS quotes,
    (SELECT count(*) FROM claims c JOIN articles ca ON ca.article_id = c.article_id WHERE ca.outlet_id = o.outlet_id) AS claims
FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.outlet_id
GROUP BY o.outlet_id ORDER BY articles DESC, o.name LIMIT :top";

const TOP_ENTITIES: &str =
    "SELECT e.name AS entity, e.kind, count(DISTINCT m.article_id) AS articles,
    count(*) AS mentions
FROM mentions m JOIN entities e ON e.entity_id = m.entity_id
GROUP BY e.entity_id ORDER BY articles DESC, mentions DESC, e.name LIMIT :top";

const TOP_SPEAKERS: &str = "SELECT e.name AS speaker, count(*) AS quotes,
    count(DISTINCT q.article_id) AS articles, count(DISTINCT a.outlet_id) AS outlets
FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id
JOIN articles a ON a.article_id = q.article_id
WHERE q.kind IN ('speech', 'partial')
GROUP BY e.entity_id ORDER BY quotes DESC, e.name LIMIT :top";

const TOP_SOURCES: &str = "SELECT e.name AS source, count(*) AS claims,
    count(DISTINCT c.article_id) AS articles
FROM claims c JOIN entities e ON e.entity_id = c.source_entity_id
GROUP BY e.entity_id ORDER BY claims DESC, e.name LIMIT :top";

const DATES: &str = "SELECT min(published) AS first_published, max(published) AS last_published,
    count(published) AS articles_with_date, count(*) - count(published) AS articles_without_date,
    (SELECT count(*) FROM articles WHERE outlet_id IS NULL) AS articles_without_outlet
FROM articles";

/// The sections, in the order they are shown. The row counts cover every table of the database
/// except FTS5's internal ones, the migration history and the reports' summaries (`summary_*`, derived
/// from the other tables by the linking step).
pub fn sections(conn: &Connection) -> rusqlite::Result<Vec<Section>> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name <> 'refinery_schema_history' AND name NOT LIKE '%_fts%'
               AND name NOT LIKE 'summary%'
               AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rowid",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let counts: Vec<String> = tables
        .iter()
        .map(|t| {
            let literal = t.replace('\'', "''");
            let ident = t.replace('"', "\"\"");
            format!("SELECT '{literal}' AS \"table\", count(*) AS \"rows\" FROM \"{ident}\"")
        })
        .collect();
    let mut sections = Vec::new();
    if !counts.is_empty() {
        sections.push(Section {
            title: "Rows per table",
            sql: counts.join("\nUNION ALL\n"),
        });
    }
    sections.extend([
        Section {
            title: "Publication dates",
            sql: DATES.into(),
        },
        Section {
            title: "Top outlets (by articles)",
            sql: TOP_OUTLETS.into(),
        },
        Section {
            title: "Top entities (by articles mentioning them)",
            sql: TOP_ENTITIES.into(),
        },
        Section {
            title: "Top speakers (by quotes)",
            sql: TOP_SPEAKERS.into(),
        },
        Section {
            title: "Top claim sources (by claims)",
            sql: TOP_SOURCES.into(),
        },
    ]);
    Ok(sections)
}
