//! CSV (RFC 4180, through the csv crate) and TSV.

use super::{text, Sink};
use rusqlite::types::Value;
use std::io::{self, Write};

pub struct Csv<'w> {
    writer: csv::Writer<&'w mut dyn Write>,
}

impl<'w> Csv<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Csv {
            writer: csv::WriterBuilder::new().flexible(false).from_writer(out),
        }
    }
}

fn csv_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl Sink for Csv<'_> {
    fn begin(&mut self, columns: &[String]) -> io::Result<()> {
        self.writer.write_record(columns).map_err(csv_error)
    }
    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        self.writer
            .write_record(values.iter().map(|v| text(v).into_owned()))
            .map_err(csv_error)
    }
    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// Tab-separated values. A value cannot hold a tab or a line break in TSV, so they are escaped the way
/// PostgreSQL's text format and most TSV readers expect: `\t`, `\n`, `\r`, and `\\` for a backslash.
pub struct Tsv<'w> {
    out: &'w mut dyn Write,
}

impl<'w> Tsv<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Tsv { out }
    }

    fn line<'a>(
        &mut self,
        fields: impl Iterator<Item = std::borrow::Cow<'a, str>>,
    ) -> io::Result<()> {
        let mut line = String::new();
        for (i, field) in fields.enumerate() {
            if i > 0 {
                line.push('\t');
            }
            for c in field.chars() {
                match c {
                    '\t' => line.push_str("\\t"),
                    '\n' => line.push_str("\\n"),
                    '\r' => line.push_str("\\r"),
                    '\\' => line.push_str("\\\\"),
                    c => line.push(c),
                }
            }
        }
        line.push('\n');
        self.out.write_all(line.as_bytes())
    }
}

impl Sink for Tsv<'_> {
    fn begin(&mut self, columns: &[String]) -> io::Result<()> {
        self.line(
            columns
                .iter()
                .map(|c| std::borrow::Cow::Borrowed(c.as_str())),
        )
    }
    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        self.line(values.iter().map(text))
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
