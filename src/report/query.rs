//! Runs one read-only SQL statement with bound parameters, streaming its rows to a [`Sink`].

use super::output::Sink;
use super::sql_text;
use rusqlite::types::Value;
use rusqlite::Connection;

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// SQLite rejected the SQL; `line:column` is the position in `label` when SQLite gave one.
    #[error("{label}{position}: {message}")]
    Sql {
        label: String,
        position: String,
        message: String,
    },
    #[error("{label}: this statement would change the database, and factdb only reads here; write a SELECT (or WITH ... SELECT) statement")]
    Writes { label: String },
    #[error("{label}: there is no SQL statement")]
    Empty { label: String },
    #[error("{label}: more than one SQL statement; run one statement at a time")]
    Multiple { label: String },
    #[error("{label}: the SQL uses :{name} but no value was given: pass -p {name}=VALUE")]
    Unbound { label: String, name: String },
    #[error("{label}: -p {name}: the SQL has no parameter :{name} (its parameters: {choices})")]
    UnusedParam {
        label: String,
        name: String,
        choices: String,
    },
    #[error(
        "{label}: {params}: SQLite needs a number here (datatype mismatch); give a whole number"
    )]
    ParamType { label: String, params: String },
    #[error("{label}: parameter {name}: name parameters :like_this")]
    Positional { label: String, name: String },
    /// Writing the rows failed (a closed pipe, a full disk). The io::Error stays in the error chain, so
    /// the command line can tell a closed pipe from a real failure.
    #[error("cannot write the output")]
    Io(#[from] std::io::Error),
}

/// What a run wrote: how many rows, and whether it stopped at its row limit with more rows left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ran {
    pub rows: u64,
    /// True when the limit cut the output: at least one more row matched.
    pub cut: bool,
}

/// Prepares `sql` (named `label` in errors, e.g. "queries/x.sql"), refuses it if it would write,
/// binds `bindings` (`(":name", value)`) and streams every row to `sink`. Returns the number of rows.
///
/// Every `:name` the statement uses must be bound, and every binding must be used (a typo in `-p`
/// would otherwise silently change nothing).
pub fn run_query(
    conn: &Connection,
    label: &str,
    sql: &str,
    bindings: &[(String, Value)],
    sink: &mut dyn Sink,
) -> Result<u64, QueryError> {
    Ok(run_query_first(conn, label, sql, bindings, None, sink)?.rows)
}

/// [`run_query`], stopping after `max_rows` rows when given. SQLite computes rows as they are
/// stepped, so a report whose order an index gives costs what it shows, not what the database holds;
/// one more row is stepped to tell the caller whether the limit cut anything.
pub fn run_query_first(
    conn: &Connection,
    label: &str,
    sql: &str,
    bindings: &[(String, Value)],
    max_rows: Option<u64>,
    sink: &mut dyn Sink,
) -> Result<Ran, QueryError> {
    if sql_text::is_blank(sql) {
        return Err(QueryError::Empty {
            label: label.into(),
        });
    }
    let sql_error = |error: rusqlite::Error| sql_error(label, sql, error);
    let mut stmt = conn.prepare(sql).map_err(sql_error)?;
    // The connection is read-only too; this check gives the clear message before anything runs.
    if !stmt.readonly() {
        return Err(QueryError::Writes {
            label: label.into(),
        });
    }
    let names: Vec<String> = (1..=stmt.parameter_count())
        .map(|i| stmt.parameter_name(i).unwrap_or("?").to_string())
        .collect();
    for (name, _) in bindings {
        if !names.contains(name) {
            return Err(QueryError::UnusedParam {
                label: label.into(),
                name: name.trim_start_matches(':').into(),
                choices: if names.is_empty() {
                    "none".into()
                } else {
                    names.join(", ")
                },
            });
        }
    }
    for (index, name) in names.iter().enumerate() {
        if !name.starts_with(':') {
            return Err(QueryError::Positional {
                label: label.into(),
                name: name.clone(),
            });
        }
        let value = bindings
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
            .ok_or_else(|| QueryError::Unbound {
                label: label.into(),
                name: name[1..].to_string(),
            })?;
        stmt.raw_bind_parameter(index + 1, value)
            .map_err(sql_error)?;
    }
    let columns: Vec<String> = stmt.column_names().map(String::from).collect();
    let mut rows = stmt.raw_query();
    let mut count = 0;
    let mut begun = false;
    loop {
        let row = rows
            .next()
            .map_err(|e| run_error(label, sql, bindings, e))?;
        // The header is written after the first row is fetched: an error SQLite finds only when the
        // statement runs (`LIMIT :limit` with -p limit=abc) then comes before any output.
        if !begun {
            sink.begin(&columns)?;
            begun = true;
        }
        let Some(row) = row else { break };
        if max_rows.is_some_and(|max| count >= max) {
            sink.finish()?;
            return Ok(Ran {
                rows: count,
                cut: true,
            });
        }
        let values = (0..columns.len())
            .map(|i| row.get::<_, Value>(i))
            .collect::<rusqlite::Result<Vec<Value>>>()
            .map_err(sql_error)?;
        sink.row(&values)?;
        count += 1;
    }
    sink.finish()?;
    Ok(Ran {
        rows: count,
        cut: false,
    })
}

/// An error while running: a "datatype mismatch" names the parameters given as text, since a value
/// that is not a number where SQLite needs one (`LIMIT`, `OFFSET`) is the usual cause.
fn run_error(
    label: &str,
    sql: &str,
    bindings: &[(String, Value)],
    error: rusqlite::Error,
) -> QueryError {
    if error.sqlite_error_code() == Some(rusqlite::ErrorCode::TypeMismatch) {
        let text: Vec<String> = bindings
            .iter()
            .filter_map(|(name, value)| match value {
                Value::Text(t) => Some(format!("-p {}={t}", name.trim_start_matches(':'))),
                _ => None,
            })
            .collect();
        if !text.is_empty() {
            return QueryError::ParamType {
                label: label.into(),
                params: text.join(", "),
            };
        }
    }
    sql_error(label, sql, error)
}

/// Names the place of a SQL error: `label:line:column` when SQLite reported an offset.
pub fn sql_error(label: &str, sql: &str, error: rusqlite::Error) -> QueryError {
    match error {
        rusqlite::Error::SqlInputError { msg, offset, .. } if offset >= 0 => {
            let (line, column) = sql_text::line_col(sql, offset as usize);
            QueryError::Sql {
                label: label.into(),
                position: format!(":{line}:{column}"),
                message: msg,
            }
        }
        rusqlite::Error::MultipleStatement => QueryError::Multiple {
            label: label.into(),
        },
        rusqlite::Error::SqliteFailure(e, _) if e.code == rusqlite::ErrorCode::ReadOnly => {
            QueryError::Writes {
                label: label.into(),
            }
        }
        rusqlite::Error::SqliteFailure(_, Some(msg))
        | rusqlite::Error::SqlInputError { msg, .. } => QueryError::Sql {
            label: label.into(),
            position: String::new(),
            message: msg,
        },
        other => QueryError::Sql {
            label: label.into(),
            position: String::new(),
            message: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::output::{Format, OutputOptions};

    fn run(sql: &str, bindings: &[(String, Value)]) -> Result<String, QueryError> {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a, b); INSERT INTO t VALUES (1, 'x'), (2, 'y');")
            .unwrap();
        let mut out = Vec::new();
        {
            let mut sink = Format::Csv.sink(&mut out, &OutputOptions::default());
            run_query(&conn, "q.sql", sql, bindings, sink.as_mut())?;
        }
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn runs_with_bound_parameters() {
        let out = run(
            "SELECT b FROM t WHERE a >= :min",
            &[(":min".into(), Value::Integer(2))],
        )
        .unwrap();
        assert_eq!(out, "b\ny\n");
    }

    #[test]
    fn a_parameter_of_the_wrong_type_fails_before_any_output() {
        let conn = Connection::open_in_memory().unwrap();
        let mut out = Vec::new();
        let error = {
            let mut sink = Format::Csv.sink(&mut out, &OutputOptions::default());
            let bindings = [(":limit".to_string(), Value::Text("abc".into()))];
            run_query(
                &conn,
                "q.sql",
                "SELECT 1 AS one LIMIT :limit",
                &bindings,
                sink.as_mut(),
            )
            .unwrap_err()
            .to_string()
        };
        assert!(out.is_empty(), "{}", String::from_utf8_lossy(&out));
        assert!(error.contains("-p limit=abc"), "{error}");
    }

    #[test]
    fn a_row_limit_stops_early_and_says_whether_rows_were_left() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a); INSERT INTO t VALUES (1), (2), (3);")
            .unwrap();
        let first = |max_rows| {
            let mut out = Vec::new();
            let ran = {
                let mut sink = Format::Csv.sink(&mut out, &OutputOptions::default());
                let sql = "SELECT a FROM t ORDER BY a";
                run_query_first(&conn, "q.sql", sql, &[], max_rows, sink.as_mut()).unwrap()
            };
            (String::from_utf8(out).unwrap(), ran)
        };
        assert_eq!(
            first(Some(2)),
            ("a\n1\n2\n".into(), Ran { rows: 2, cut: true })
        );
        assert_eq!(
            first(Some(3)),
            (
                "a\n1\n2\n3\n".into(),
                Ran {
                    rows: 3,
                    cut: false
                }
            )
        );
        assert_eq!(
            first(None),
            (
                "a\n1\n2\n3\n".into(),
                Ran {
                    rows: 3,
                    cut: false
                }
            )
        );
    }

    #[test]
    fn errors_name_the_position() {
        let err = run("-- title: x\nSELECT a,\n  nope FROM t", &[])
            .unwrap_err()
            .to_string();
        assert_eq!(err, "q.sql:3:3: no such column: nope");
    }

    #[test]
    fn refuses_writes_and_unbound_parameters() {
        assert!(matches!(
            run("DELETE FROM t", &[]),
            Err(QueryError::Writes { .. })
        ));
        assert!(matches!(
            run("SELECT :x", &[]),
            Err(QueryError::Unbound { .. })
        ));
        assert!(matches!(
            run("SELECT 1", &[(":x".into(), Value::Null)]),
            Err(QueryError::UnusedParam { .. })
        ));
        assert!(matches!(
            run("SELECT 1; SELECT 2", &[]),
            Err(QueryError::Multiple { .. })
        ));
        assert!(matches!(
            run(" -- nothing\n", &[]),
            Err(QueryError::Empty { .. })
        ));
    }
}
