//! CSV (RFC 4180, a header row, NULL as an empty field) and JSON lines (one object per row, keys in
//! column order, NULL as `null`).

use super::{as_text, Table};
use rusqlite::types::Value;
use std::io::Write;

pub fn write_csv(file: std::fs::File, table: &Table) -> anyhow::Result<()> {
    let mut out = csv::Writer::from_writer(std::io::BufWriter::new(file));
    out.write_record(table.columns.iter().map(|(name, _)| name))?;
    for row in &table.rows {
        out.write_record(row.iter().map(|v| as_text(v).unwrap_or_default()))?;
    }
    out.flush()?;
    Ok(())
}

pub fn write_jsonl(file: std::fs::File, table: &Table) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(file);
    let keys: Vec<String> = table
        .columns
        .iter()
        .map(|(name, _)| serde_json::to_string(name))
        .collect::<Result<_, _>>()?;
    for row in &table.rows {
        out.write_all(b"{")?;
        for (i, (key, value)) in keys.iter().zip(row).enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            write!(out, "{key}:{}", json(value))?;
        }
        out.write_all(b"}\n")?;
    }
    out.flush()?;
    Ok(())
}

fn json(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(r) => serde_json::Number::from_f64(*r)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null),
        Value::Text(t) => t.clone().into(),
        Value::Blob(b) => String::from_utf8_lossy(b).into_owned().into(),
    }
}
