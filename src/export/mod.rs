//! `factdb export`: every table and view of a database as files other engines read directly
//! (DuckDB, Spark, pandas, BigQuery): Parquet with typed columns, JSON lines, or CSV.
//!
//! What is exported: every table but SQLite's, the migration history and the full-text index
//! internals (the same list Datasette hides, [`crate::report::datasette::hidden_tables`]), and every
//! view (`quotes_view`, ..., and `report_<name>` for each saved report that needs no parameter), one
//! file per table or view named after it.
//!
//! Column types come from the schema: a column declared INTEGER is INT64, REAL is DOUBLE, TEXT is a
//! UTF-8 string. A view's computed columns have no declared type, so theirs is read from the values
//! (all integers: INT64; all numbers: DOUBLE; otherwise strings), and so is a declared type the values
//! do not fit (SQLite does not enforce it). NULL stays NULL in every format.

mod parquet;
mod text;

use anyhow::{Context, Result};
use rusqlite::types::Value;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// The output file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Parquet,
    Jsonl,
    Csv,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
        }
    }
}

/// The type of one exported column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Integer,
    Real,
    Text,
    Blob,
}

/// One table or view, read whole.
pub struct Table {
    pub name: String,
    pub columns: Vec<(String, ColumnType)>,
    pub rows: Vec<Vec<Value>>,
}

/// Writes every table and view of `conn` to `dir` (created if missing) in `format`; returns the files
/// written with their row counts.
pub fn export(conn: &Connection, dir: &Path, format: Format) -> Result<Vec<(PathBuf, usize)>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut written = Vec::new();
    for name in exported_names(conn)? {
        let table = read(conn, &name).with_context(|| format!("cannot read {name}"))?;
        let path = dir.join(format!("{name}.{}", format.extension()));
        let file = std::fs::File::create(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        match format {
            Format::Parquet => parquet::write(file, &table),
            Format::Jsonl => text::write_jsonl(file, &table),
            Format::Csv => text::write_csv(file, &table),
        }
        .with_context(|| format!("cannot write {}", path.display()))?;
        written.push((path, table.rows.len()));
    }
    Ok(written)
}

/// The tables and views to export, tables first, each in name order.
fn exported_names(conn: &Connection) -> Result<Vec<String>> {
    let hidden = crate::report::datasette::hidden_tables();
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
         ORDER BY type = 'view', name",
    )?;
    let names = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names.into_iter().filter(|n| !hidden.contains(n)).collect())
}

/// Reads a table or view with its column types.
fn read(conn: &Connection, name: &str) -> Result<Table> {
    let quoted = format!("\"{}\"", name.replace('"', "\"\""));
    // The declared types (PRAGMA table_info gives a view's too, for columns it takes from a table).
    let declared: Vec<(String, Option<String>)> = conn
        .prepare("SELECT name, type FROM pragma_table_info(?1) ORDER BY cid")?
        .query_map([name], |row| {
            let decl: String = row.get(1)?;
            Ok((row.get(0)?, Some(decl).filter(|d| !d.is_empty())))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(&format!("SELECT * FROM {quoted}"))?;
    let width = declared.len();
    let rows = stmt
        .query_map([], |row| {
            (0..width).map(|i| row.get::<_, Value>(i)).collect()
        })?
        .collect::<rusqlite::Result<Vec<Vec<Value>>>>()?;
    let columns = declared
        .into_iter()
        .enumerate()
        .map(|(i, (column, decl))| {
            let values = rows.iter().map(|r| &r[i]);
            let kind = match decl.as_deref().and_then(affinity) {
                Some(kind) if values.clone().all(|v| fits(v, kind)) => kind,
                _ => infer(values),
            };
            (column, kind)
        })
        .collect();
    Ok(Table {
        name: name.to_string(),
        columns,
        rows,
    })
}

/// The column type of a declared SQL type, by SQLite's affinity rules; `None` for NUMERIC and no
/// type, whose values decide.
fn affinity(declared: &str) -> Option<ColumnType> {
    let d = declared.to_ascii_uppercase();
    if d.contains("INT") {
        Some(ColumnType::Integer)
    } else if d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT") {
        Some(ColumnType::Text)
    } else if d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB") {
        Some(ColumnType::Real)
    } else if d.contains("BLOB") {
        Some(ColumnType::Blob)
    } else {
        None
    }
}

fn fits(value: &Value, kind: ColumnType) -> bool {
    matches!(
        (value, kind),
        (Value::Null, _)
            | (Value::Integer(_), ColumnType::Integer | ColumnType::Real)
            | (Value::Real(_), ColumnType::Real)
            | (Value::Text(_), ColumnType::Text)
            | (Value::Blob(_), ColumnType::Blob)
    )
}

fn infer<'a>(values: impl Iterator<Item = &'a Value> + Clone) -> ColumnType {
    [ColumnType::Integer, ColumnType::Real, ColumnType::Text]
        .into_iter()
        .find(|&kind| values.clone().all(|v| fits(v, kind)))
        .unwrap_or(ColumnType::Text)
}

/// A value as text, for string columns that hold other values too.
pub fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Integer(i) => Some(i.to_string()),
        Value::Real(r) => Some(r.to_string()),
        Value::Text(t) => Some(t.clone()),
        Value::Blob(b) => Some(String::from_utf8_lossy(b).into_owned()),
    }
}
