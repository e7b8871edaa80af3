//! Where query rows go: an aligned table for the terminal, CSV, TSV, JSON, JSON lines or Markdown.
//!
//! A [`Sink`] gets the column names, then rows one at a time, then `finish`. The streaming formats
//! (CSV, TSV, JSON, JSON lines, Markdown) write each row as it comes, so a large result does not sit in
//! memory; the table needs every row to size its columns and writes at `finish`. Every write returns its
//! `io::Error`, so a closed pipe (`| head`) stops the query and reaches the command line, which treats it
//! as a normal end. [`file`] is where `-o FILE` output goes: never onto the database or an input, and
//! replaced only when the command succeeded.

mod delimited;
pub mod file;
mod json;
mod table;

use rusqlite::types::Value;
use std::borrow::Cow;
use std::io::{self, Write};

pub trait Sink {
    fn begin(&mut self, columns: &[String]) -> io::Result<()>;
    fn row(&mut self, values: &[Value]) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An aligned table fitted to the terminal width; long text is wrapped, very long text cut with "…";
    /// a result with too many columns for the terminal is shown one record per block.
    Table,
    /// Comma-separated values (RFC 4180), with a header line.
    Csv,
    /// Tab-separated values with a header line; tabs, newlines and backslashes in values are written
    /// as \t, \n and \\.
    Tsv,
    /// One JSON array of objects (column name -> value).
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A Markdown (GitHub) table.
    Markdown,
}

#[derive(Debug, Clone)]
pub struct OutputOptions {
    /// The table's total width in characters; `None`: no limit (the table is not wrapped).
    pub width: Option<u16>,
    /// Table cells longer than this many characters are cut, ending with "…".
    pub max_cell_chars: usize,
    /// Print "(N rows)" after a table.
    pub row_count: bool,
}

impl Default for OutputOptions {
    fn default() -> Self {
        OutputOptions {
            width: None,
            max_cell_chars: 300,
            row_count: true,
        }
    }
}

impl Format {
    /// A sink writing this format to `out`.
    pub fn sink<'w>(self, out: &'w mut dyn Write, options: &OutputOptions) -> Box<dyn Sink + 'w> {
        match self {
            Format::Table => Box::new(table::Table::new(out, options.clone())),
            Format::Markdown => Box::new(table::Markdown::new(out)),
            Format::Csv => Box::new(delimited::Csv::new(out)),
            Format::Tsv => Box::new(delimited::Tsv::new(out)),
            Format::Json => Box::new(json::Json::new(out, false)),
            Format::Jsonl => Box::new(json::Json::new(out, true)),
        }
    }
}

/// A value as text: NULL is empty, a real keeps its decimal point, a blob shows its size.
pub fn text(value: &Value) -> Cow<'_, str> {
    match value {
        Value::Null => Cow::Borrowed(""),
        Value::Integer(n) => Cow::Owned(n.to_string()),
        Value::Real(x) => Cow::Owned(format!("{x:?}")),
        Value::Text(s) => Cow::Borrowed(s),
        Value::Blob(b) => Cow::Owned(format!("<blob of {} bytes>", b.len())),
    }
}

/// Text safe to print on a terminal: every character import would have removed (escape and other
/// control characters, bidirectional overrides; see `ingest::clean`) shown as `\u{..}` instead, so
/// text stored by an older factdb cannot clear the screen, rewrite rows or set the clipboard. Line
/// feeds and tabs are kept.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(crate::ingest::clean::is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if crate::ingest::clean::is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Column names made unique (a second `name` becomes `name_2`), for formats keyed by name.
pub fn unique_names(columns: &[String]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::with_capacity(columns.len());
    for column in columns {
        let mut name = column.clone();
        let mut n = 2;
        while seen.contains(&name) {
            name = format!("{column}_{n}");
            n += 1;
        }
        seen.push(name);
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn render(format: Format, columns: &[&str], rows: &[Vec<Value>]) -> String {
        let mut out = Vec::new();
        {
            let options = OutputOptions {
                width: Some(60),
                max_cell_chars: 40,
                row_count: true,
            };
            let mut sink = format.sink(&mut out, &options);
            let columns: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
            sink.begin(&columns).unwrap();
            for row in rows {
                sink.row(row).unwrap();
            }
            sink.finish().unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    fn sample() -> Vec<Vec<Value>> {
        vec![
            vec![
                Value::Integer(1),
                Value::Text("say \"hi\", then\tgo|\nback".into()),
                Value::Real(1.0),
            ],
            vec![Value::Integer(2), Value::Null, Value::Real(0.25)],
        ]
    }

    #[test]
    fn tables_escape_control_characters() {
        let evil = "T\r\u{1b}]52\u{7}\u{202E}x";
        for format in [Format::Table, Format::Markdown] {
            let out = render(format, &["t"], &[vec![Value::Text(evil.into())]]);
            assert!(
                !out.contains(['\u{1b}', '\r', '\u{7}', '\u{202E}']),
                "{format:?}: {out:?}"
            );
            assert!(out.contains("T\\u{d}\\u{1b}]52\\u{7}\\u{202e}x"), "{out}");
        }
    }

    #[test]
    fn csv_is_rfc4180() {
        let out = render(Format::Csv, &["id", "text", "x"], &sample());
        assert_eq!(
            out,
            "id,text,x\n1,\"say \"\"hi\"\", then\tgo|\nback\",1.0\n2,,0.25\n"
        );
    }

    #[test]
    fn tsv_escapes() {
        let out = render(Format::Tsv, &["id", "text", "x"], &sample());
        assert_eq!(
            out,
            "id\ttext\tx\n1\tsay \"hi\", then\\tgo|\\nback\t1.0\n2\t\t0.25\n"
        );
    }

    #[test]
    fn json_keeps_column_order_and_types() {
        let out = render(Format::Json, &["id", "text", "id"], &sample());
        let parsed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            parsed[1],
            serde_json::json!({"id": 2, "text": null, "id_2": 0.25})
        );
        assert!(out.find("\"text\"").unwrap() < out.find("\"id_2\"").unwrap());
        let lines = render(Format::Jsonl, &["id", "text", "x"], &sample());
        assert_eq!(lines.lines().count(), 2);
        assert_eq!(render(Format::Json, &["a"], &[]).trim(), "[]");
    }

    #[test]
    fn markdown_escapes_pipes_and_newlines() {
        let out = render(Format::Markdown, &["id", "text", "x"], &sample());
        assert_eq!(
            out,
            "| id | text | x |\n| --- | --- | --- |\n| 1 | say \"hi\", then\tgo\\|<br>back | 1.0 |\n| 2 |  | 0.25 |\n"
        );
    }

    #[test]
    fn table_fits_width_and_cuts_long_text() {
        let long = "word ".repeat(40);
        let out = render(
            Format::Table,
            &["id", "text"],
            &[vec![Value::Integer(1), Value::Text(long)]],
        );
        for line in out.lines() {
            assert!(line.chars().count() <= 60, "{line:?} is wider than 60");
        }
        assert!(out.contains('…'), "{out}");
        assert!(out.trim_end().ends_with("(1 row)"), "{out}");
    }

    #[test]
    fn many_long_columns_in_a_narrow_terminal_become_records() {
        let long = Value::Text("a fairly long value ".repeat(3));
        let row = vec![
            long.clone(),
            long.clone(),
            long.clone(),
            long.clone(),
            Value::Integer(7),
        ];
        let columns = ["one", "two", "three", "four", "id"];
        let out = render(Format::Table, &columns, &[row.clone(), row]);
        assert!(out.starts_with("─[ 1 ]"), "{out}");
        assert!(out.contains("\nid    │ 7\n"), "{out}");
        for line in out.lines() {
            assert!(line.chars().count() <= 60, "{line:?} is wider than 60");
        }
        assert!(out.trim_end().ends_with("(2 rows)"), "{out}");
    }
}
