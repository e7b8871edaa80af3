//! JSON (one array of objects) and JSON lines (one object per line), keys in column order.

use super::{unique_names, Sink};
use rusqlite::types::Value;
use std::io::{self, Write};

pub struct Json<'w> {
    out: &'w mut dyn Write,
    lines: bool,
    /// Each column name already encoded as a JSON string.
    keys: Vec<String>,
    rows: u64,
}

impl<'w> Json<'w> {
    pub fn new(out: &'w mut dyn Write, lines: bool) -> Self {
        Json {
            out,
            lines,
            keys: Vec::new(),
            rows: 0,
        }
    }
}

fn json_value(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(n) => (*n).into(),
        Value::Real(x) => {
            serde_json::Number::from_f64(*x).map_or(serde_json::Value::Null, Into::into)
        }
        Value::Text(s) => s.as_str().into(),
        Value::Blob(_) => super::text(value).into_owned().into(),
    }
}

impl Sink for Json<'_> {
    fn begin(&mut self, columns: &[String]) -> io::Result<()> {
        self.keys = unique_names(columns)
            .iter()
            .map(|c| serde_json::to_string(c).map_err(io::Error::other))
            .collect::<io::Result<_>>()?;
        if !self.lines {
            self.out.write_all(b"[")?;
        }
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        let mut line = String::new();
        if !self.lines {
            line.push_str(if self.rows == 0 { "\n  " } else { ",\n  " });
        }
        line.push('{');
        for (i, (key, value)) in self.keys.iter().zip(values).enumerate() {
            if i > 0 {
                line.push_str(", ");
            }
            line.push_str(key);
            line.push_str(": ");
            line.push_str(&serde_json::to_string(&json_value(value)).map_err(io::Error::other)?);
        }
        line.push('}');
        if self.lines {
            line.push('\n');
        }
        self.rows += 1;
        self.out.write_all(line.as_bytes())
    }

    fn finish(&mut self) -> io::Result<()> {
        if !self.lines {
            self.out
                .write_all(if self.rows == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}
