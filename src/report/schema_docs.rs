//! Table and column descriptions, read from the `-- comments` of the migrations (embedded), so that
//! Datasette's metadata says what the schema file says, with nothing to keep in sync by hand.
//!
//! Rules: the comment lines directly above `CREATE TABLE name` (or `CREATE VIRTUAL TABLE`) describe the
//! table; a trailing `-- comment` on a column's line describes that column; a column without a comment
//! that `REFERENCES other (...)` is described as pointing there. `ALTER TABLE t ADD COLUMN c ... --
//! comment` in later migrations adds to the same tables; `ALTER TABLE t RENAME TO u` moves t's documentation
//! to u (a table rebuilt to change a constraint).

use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;

static MIGRATIONS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/migrations");

#[derive(Debug, Default, Clone)]
pub struct TableDoc {
    pub description: String,
    /// Column name -> description, in schema order.
    pub columns: Vec<(String, String)>,
}

/// Every table's documentation, by table name.
pub fn tables() -> BTreeMap<String, TableDoc> {
    let mut files: Vec<_> = MIGRATIONS
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "sql"))
        .collect();
    // V1__, V2__, ... V10__: order by the number after V.
    files.sort_by_key(|f| {
        let name = f
            .path()
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let version: u32 = name
            .trim_start_matches('V')
            .split("__")
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        (version, name)
    });
    let mut docs = BTreeMap::new();
    for file in files {
        parse(file.contents_utf8().unwrap_or_default(), &mut docs);
    }
    docs
}

/// Reads one migration's comments into `docs`.
pub fn parse(sql: &str, docs: &mut BTreeMap<String, TableDoc>) {
    let mut comment: Vec<&str> = Vec::new();
    let mut current: Option<String> = None;
    for line in sql.lines() {
        let trimmed = line.trim();
        if let Some(table) = current.clone() {
            if trimmed.starts_with(')') {
                current = None;
                continue;
            }
            // A column line starts (after indentation) with the column's name; continuation lines
            // (CHECK, constraints) start with a keyword in capitals.
            let (code, note) = split_comment(trimmed);
            let name = code.split_whitespace().next().unwrap_or_default();
            let is_column = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && line.starts_with(char::is_whitespace);
            if is_column {
                add_column(docs.entry(table).or_default(), name, code, note);
            }
            continue;
        }
        if let Some(text) = trimmed.strip_prefix("--") {
            comment.push(text.trim());
            continue;
        }
        let upper = trimmed.to_ascii_uppercase();
        if let Some(rest) = upper
            .strip_prefix("CREATE TABLE ")
            .or_else(|| upper.strip_prefix("CREATE VIRTUAL TABLE "))
        {
            let offset = trimmed.len() - rest.len();
            let name = table_name(&trimmed[offset..]);
            let doc = docs.entry(name.clone()).or_default();
            doc.description = comment.join(" ");
            if trimmed.ends_with('(') {
                current = Some(name);
            }
        } else if let Some(rest) = upper.strip_prefix("ALTER TABLE ") {
            let offset = trimmed.len() - rest.len();
            let table = table_name(&trimmed[offset..]);
            if let Some(pos) = upper.find(" RENAME TO ") {
                // A table rebuilt under a new name keeps the documentation of its new definition.
                let renamed = table_name(&trimmed[pos + 11..]);
                if let Some(doc) = docs.remove(&table) {
                    docs.insert(renamed, doc);
                }
            } else if let Some(pos) = upper.find(" ADD COLUMN ") {
                let (code, note) = split_comment(&trimmed[pos + 12..]);
                let name = code
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string();
                add_column(docs.entry(table).or_default(), &name, code, note);
            }
        }
        comment.clear();
    }
}

fn add_column(doc: &mut TableDoc, name: &str, code: &str, note: Option<&str>) {
    let description = match note {
        Some(note) => note.to_string(),
        None => match code.to_ascii_uppercase().find("REFERENCES ") {
            Some(pos) => format!("-> {}", table_name(&code[pos + 11..])),
            None if code.to_ascii_uppercase().contains("PRIMARY KEY") => "Row id".to_string(),
            None => return,
        },
    };
    doc.columns.retain(|(n, _)| n != name);
    doc.columns.push((name.to_string(), description));
}

/// Splits `code -- comment` (a `--` inside quotes is not a comment).
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let mut in_quote = None;
    let bytes = line.as_bytes();
    for i in 0..bytes.len() {
        match (in_quote, bytes[i]) {
            (None, q @ (b'\'' | b'"')) => in_quote = Some(q),
            (Some(q), b) if b == q => in_quote = None,
            (None, b'-') if bytes.get(i + 1) == Some(&b'-') => {
                return (line[..i].trim_end(), Some(line[i + 2..].trim()));
            }
            _ => {}
        }
    }
    (line, None)
}

fn table_name(text: &str) -> String {
    text.trim_start_matches("IF NOT EXISTS ")
        .split(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or_default()
        .trim_end_matches(';')
        .trim_matches('"')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_schema_comments() {
        let docs = tables();
        let outlets = &docs["outlets"];
        assert!(
            outlets.description.starts_with("A publisher"),
            "{}",
            outlets.description
        );
        let domain = outlets.columns.iter().find(|(n, _)| n == "domain").unwrap();
        assert!(domain.1.contains("nytimes.com"));
        let articles = &docs["articles"];
        let outlet_id = articles
            .columns
            .iter()
            .find(|(n, _)| n == "outlet_id")
            .unwrap();
        assert_eq!(outlet_id.1, "who wrote it");
        assert!(docs["import_runs"]
            .columns
            .iter()
            .all(|(n, _)| n != "CHECK"));
        assert!(docs.contains_key("articles_fts"));
    }

    #[test]
    fn reads_added_columns() {
        let mut docs = BTreeMap::new();
        parse("-- Things.\nCREATE TABLE things (\n    thing_id INTEGER PRIMARY KEY,\n    other_id INTEGER REFERENCES others (other_id)\n);\nALTER TABLE things ADD COLUMN colour TEXT; -- its colour\n", &mut docs);
        let cols = &docs["things"].columns;
        assert_eq!(cols[0], ("thing_id".to_string(), "Row id".to_string()));
        assert_eq!(cols[1], ("other_id".to_string(), "-> others".to_string()));
        assert_eq!(cols[2], ("colour".to_string(), "its colour".to_string()));
    }
}
