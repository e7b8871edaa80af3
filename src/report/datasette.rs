//! Datasette metadata (`datasette facts.db -m metadata.json`): what each table and column means,
//! label columns (so foreign keys show names), facets, full-text search, hidden internals, and every
//! saved report as a canned query.
//!
//! Canned queries: Datasette passes every parameter as text and an empty form field as '', so a
//! report parameter with a non-empty default is written `coalesce(nullif(:p, ''), DEFAULT)`: leaving
//! the field empty gives the same result as `factdb report` without `-p`. The report's header comments
//! become the query's title and description and are left out of the SQL.

use super::catalog::{Catalog, Report};
use super::schema_docs;
use super::sql_text;
use super::views::{self, CONVENIENCE};
use serde_json::{json, Map, Value};

/// The tables with full-text search: (table, FTS table, primary key).
const FTS: &[(&str, &str, &str)] = &[
    ("articles", "articles_fts", "article_id"),
    ("quotes", "quotes_fts", "quote_id"),
    ("claims", "claims_fts", "claim_id"),
    ("articles_view", "articles_fts", "article_id"),
    ("quotes_view", "quotes_fts", "quote_id"),
    ("claims_view", "claims_fts", "claim_id"),
];

/// The column whose value names a row, shown in place of its id wherever a foreign key points to it.
const LABELS: &[(&str, &str)] = &[
    ("outlets", "name"),
    ("entities", "name"),
    ("articles", "title"),
    ("sentences", "text"),
    ("quote_groups", "text"),
    ("claim_groups", "text"),
    ("import_runs", "started_at"),
];

/// Columns to facet on by default: the enumerated and grouping columns people filter by.
const FACETS: &[(&str, &[&str])] = &[
    ("articles", &["outlet_id", "published"]),
    ("entities", &["kind"]),
    ("entity_aliases", &["origin"]),
    ("mentions", &["kind"]),
    ("quotes", &["kind", "speaker_entity_id"]),
    ("claims", &["kind", "negated", "hedged", "stance"]),
    ("import_runs", &["status"]),
    ("quotes_view", &["outlet", "speaker", "kind"]),
    ("claims_view", &["outlet", "kind", "source"]),
    ("mentions_view", &["entity_kind", "mention_kind", "outlet"]),
    ("articles_view", &["outlet"]),
    ("entities_view", &["kind"]),
];

/// Newest first.
const SORT_DESC: &[(&str, &str)] = &[("articles", "published"), ("import_runs", "import_run_id")];

/// The internals a browser should not list: the migration history and FTS5's tables.
pub fn hidden_tables() -> Vec<String> {
    let mut hidden = vec!["refinery_schema_history".to_string()];
    for fts in ["articles_fts", "quotes_fts", "claims_fts"] {
        hidden.push(fts.to_string());
        for suffix in ["_data", "_idx", "_docsize", "_config", "_content"] {
            hidden.push(format!("{fts}{suffix}"));
        }
    }
    hidden
}

/// The metadata document for a database Datasette will call `database` (its file name without `.db`).
pub fn metadata(database: &str, catalog: &Catalog) -> Value {
    let mut tables = Map::new();
    let entry = |tables: &mut Map<String, Value>, name: &str| -> Map<String, Value> {
        match tables.remove(name) {
            Some(Value::Object(m)) => m,
            _ => Map::new(),
        }
    };
    for (name, doc) in schema_docs::tables() {
        let mut table = entry(&mut tables, &name);
        if !doc.description.is_empty() {
            table.insert("description".into(), doc.description.clone().into());
        }
        let columns: Map<String, Value> = doc
            .columns
            .iter()
            .map(|(c, d)| (c.clone(), d.clone().into()))
            .collect();
        if !columns.is_empty() {
            table.insert("columns".into(), columns.into());
        }
        tables.insert(name, table.into());
    }
    for view in CONVENIENCE {
        let mut table = entry(&mut tables, view.name);
        table.insert("description".into(), view.description.into());
        tables.insert(view.name.into(), table.into());
    }
    for report in catalog.iter().filter(|r| r.runs_without_params()) {
        let name = views::view_name(report);
        let mut table = entry(&mut tables, &name);
        table.insert("title".into(), report.title.clone().into());
        table.insert(
            "description".into(),
            format!(
                "{} (The saved report {}, with its default parameters.)",
                report.description, report.name
            )
            .into(),
        );
        tables.insert(name, table.into());
    }
    for (name, column) in LABELS {
        set(&mut tables, name, "label_column", (*column).into());
    }
    for (name, facets) in FACETS {
        set(&mut tables, name, "facets", json!(facets));
    }
    for (name, column) in SORT_DESC {
        set(&mut tables, name, "sort_desc", (*column).into());
    }
    for (name, fts_table, fts_pk) in FTS {
        set(&mut tables, name, "fts_table", (*fts_table).into());
        set(&mut tables, name, "fts_pk", (*fts_pk).into());
    }
    for name in hidden_tables() {
        set(&mut tables, &name, "hidden", true.into());
    }
    let queries: Map<String, Value> = catalog
        .iter()
        .map(|r| (r.name.clone(), canned_query(r)))
        .collect();
    json!({
        "title": "factdb: facts from news articles",
        "description": "Outlets, articles, the people, organisations and places they name, the quotes and who said them, and the claims with their sources, extracted by factdb. Start with quotes_view, claims_view and the saved reports (queries) below.",
        "databases": {
            database: {
                "description": "A factdb fact database. Spans (*start_char, *end_char) are Unicode code-point offsets into articles.body.",
                "tables": tables,
                "queries": queries,
            }
        }
    })
}

fn set(tables: &mut Map<String, Value>, table: &str, key: &str, value: Value) {
    let entry = tables
        .entry(table.to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(map) = entry {
        map.insert(key.into(), value);
    }
}

/// The canned query's name: the report's, unless a table or view has that name (in Datasette a canned
/// query would hide the table of the same name), then `NAME-report`.
pub fn canned_query_name(report: &Report, tables: &Map<String, Value>) -> String {
    if tables.contains_key(&report.name) {
        format!("{}-report", report.name)
    } else {
        report.name.clone()
    }
}

/// A report as a Datasette canned query.
pub fn canned_query(report: &Report) -> Value {
    let body = strip_header(&report.sql);
    let sql = sql_text::replace_parameters(body, |used| {
        match report
            .params
            .iter()
            .find(|p| p.name == used.name)
            .and_then(|p| p.default.as_deref())
        {
            Some(default) if !default.is_empty() => {
                format!(
                    "coalesce(nullif(:{}, ''), {})",
                    used.name,
                    sql_text::literal(default)
                )
            }
            _ => format!(":{}", used.name),
        }
    });
    let params: Vec<&str> = report.params.iter().map(|p| p.name.as_str()).collect();
    let mut description = report.description.clone();
    for p in &report.params {
        let default = match &p.default {
            Some(d) if !d.is_empty() => format!(" (empty: {d})"),
            Some(_) => String::new(),
            None => " (required)".into(),
        };
        description.push_str(&format!(" — {}: {}{}", p.name, p.description, default));
    }
    json!({
        "title": report.title,
        "description": description,
        "sql": sql.trim_end().trim_end_matches(';').trim_end(),
        "params": params,
    })
}

/// The SQL after the header's leading comment lines.
fn strip_header(sql: &str) -> &str {
    let mut rest = sql;
    loop {
        let trimmed = rest.trim_start();
        if let Some(comment) = trimmed.strip_prefix("--") {
            rest = comment.split_once('\n').map_or("", |(_, after)| after);
        } else {
            return trimmed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::catalog::Origin;

    #[test]
    fn canned_queries_apply_defaults_to_empty_fields() {
        let report = Report::parse(
            "x",
            "-- title: X\n-- description: Things.\n-- param: n = 5  How many\n-- param: who = ''  Name\nSELECT :n, :who",
            Origin::User("x.sql".into()),
        )
        .unwrap();
        let query = canned_query(&report);
        assert_eq!(query["sql"], "SELECT coalesce(nullif(:n, ''), 5), :who");
        assert_eq!(query["params"], json!(["n", "who"]));
        assert_eq!(query["title"], "X");
    }

    #[test]
    fn metadata_documents_tables_and_reports() {
        let catalog = Catalog::built_in().unwrap();
        let meta = metadata("facts", &catalog);
        let db = &meta["databases"]["facts"];
        assert_eq!(db["tables"]["articles"]["fts_table"], "articles_fts");
        assert_eq!(db["tables"]["entities"]["label_column"], "name");
        assert_eq!(db["tables"]["refinery_schema_history"]["hidden"], true);
        assert!(db["tables"]["quotes"]["columns"]["cue"].is_string());
        for report in catalog.iter() {
            assert!(
                db["queries"][&report.name]["sql"].is_string(),
                "{}",
                report.name
            );
        }
    }
}
