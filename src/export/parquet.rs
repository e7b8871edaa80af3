//! Parquet: one file per table, typed columns (INT64, DOUBLE, UTF-8 strings, binary), all OPTIONAL
//! (NULL is "not known" everywhere in factdb), uncompressed (no codec crates to build), row groups of
//! [`ROW_GROUP`] rows.

use super::{as_text, ColumnType, Table};
use parquet::basic::{LogicalType, Repetition, Type as PhysicalType};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use rusqlite::types::Value;
use std::sync::Arc;

const ROW_GROUP: usize = 65_536;

pub fn write(file: std::fs::File, table: &Table) -> anyhow::Result<()> {
    let fields = table
        .columns
        .iter()
        .map(|(name, kind)| field(name, *kind).map(Arc::new))
        .collect::<parquet::errors::Result<Vec<_>>>()?;
    let schema = Type::group_type_builder("schema")
        .with_fields(fields)
        .build()?;
    let properties = WriterProperties::builder()
        .set_created_by(format!("factdb {}", env!("CARGO_PKG_VERSION")))
        .build();
    let mut writer = SerializedFileWriter::new(file, Arc::new(schema), Arc::new(properties))?;
    for rows in table.rows.chunks(ROW_GROUP) {
        let mut group = writer.next_row_group()?;
        for (i, (_, kind)) in table.columns.iter().enumerate() {
            let mut column = group.next_column()?.expect("one writer per schema column");
            let values = rows.iter().map(|row| &row[i]);
            let levels: Vec<i16> = values
                .clone()
                .map(|v| i16::from(!matches!(v, Value::Null)))
                .collect();
            match kind {
                ColumnType::Integer => {
                    let data: Vec<i64> = values
                        .filter_map(|v| match v {
                            Value::Integer(i) => Some(*i),
                            _ => None,
                        })
                        .collect();
                    column
                        .typed::<Int64Type>()
                        .write_batch(&data, Some(&levels), None)?;
                }
                ColumnType::Real => {
                    let data: Vec<f64> = values
                        .filter_map(|v| match v {
                            Value::Integer(i) => Some(*i as f64),
                            Value::Real(r) => Some(*r),
                            _ => None,
                        })
                        .collect();
                    column
                        .typed::<DoubleType>()
                        .write_batch(&data, Some(&levels), None)?;
                }
                ColumnType::Text | ColumnType::Blob => {
                    let data: Vec<ByteArray> = values
                        .filter_map(|v| match v {
                            Value::Blob(b) => Some(ByteArray::from(b.clone())),
                            v => as_text(v).map(|t| ByteArray::from(t.into_bytes())),
                        })
                        .collect();
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(&data, Some(&levels), None)?;
                }
            }
            column.close()?;
        }
        group.close()?;
    }
    writer.close()?;
    Ok(())
}

fn field(name: &str, kind: ColumnType) -> parquet::errors::Result<Type> {
    let (physical, logical) = match kind {
        ColumnType::Integer => (PhysicalType::INT64, None),
        ColumnType::Real => (PhysicalType::DOUBLE, None),
        ColumnType::Text => (PhysicalType::BYTE_ARRAY, Some(LogicalType::String)),
        ColumnType::Blob => (PhysicalType::BYTE_ARRAY, None),
    };
    Type::primitive_type_builder(name, physical)
        .with_repetition(Repetition::OPTIONAL)
        .with_logical_type(logical)
        .build()
}
