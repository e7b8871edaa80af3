//! Fuzz target: report and `factdb sql` parameter handling. The input is a report file and `-p`
//! values; the target parses the report header, finds the `:parameters` of the SQL, builds the
//! bindings, runs the statement on a small database with `PRAGMA query_only` (as `factdb sql` runs on
//! a read-only connection) and checks:
//! - nothing panics, whatever the SQL, the header or the values;
//! - `sql_text::literal(v)`, evaluated by SQLite, is the value `sql_text::typed_value(v)` binds (the
//!   views of reports with defaults rely on it);
//! - `line_col` of any offset is inside the text;
//! - the database is unchanged (rows and schema).
//!
//! Input layout: the report text, then a 0xFF byte, then `NAME=VALUE` lines.
#![no_main]

use factdb::report::output::{Format, OutputOptions};
use factdb::report::{catalog::Origin, sql_text, Report};
use libfuzzer_sys::fuzz_target;
use rusqlite::{types::Value, Connection};

fuzz_target!(|data: &[u8]| {
    let (report, params) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let (Ok(text), Ok(params)) = (std::str::from_utf8(report), std::str::from_utf8(params)) else {
        return;
    };
    let given: Vec<(String, String)> = params
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();

    for used in sql_text::parameters(text) {
        assert!(used.start < used.end && used.end <= text.len());
        assert!(text.is_char_boundary(used.start) && text.is_char_boundary(used.end));
    }
    let (line, column) = sql_text::line_col(text, text.len() / 2);
    assert!(line >= 1 && column >= 1 && line <= text.lines().count().max(1) + 1);
    let _ = sql_text::is_blank(text);

    let conn = database();
    for (_, value) in &given {
        check_literal(&conn, value);
    }
    let before = digest(&conn);
    let bindings: Vec<(String, Value)> = match Report::parse("fuzz", text, Origin::User("fuzz.sql".into())) {
        Ok(report) => match report.bindings(&given) {
            Ok(bindings) => bindings,
            Err(_) => return,
        },
        // `factdb sql` has no header: every -p is bound as given.
        Err(_) => given
            .iter()
            .map(|(n, v)| (format!(":{n}"), sql_text::typed_value(v)))
            .collect(),
    };
    let mut out = Vec::new();
    {
        let options = OutputOptions::default();
        let mut sink = Format::Table.sink(&mut out, &options);
        let _ = factdb::report::run_query(&conn, "fuzz.sql", text, &bindings, sink.as_mut());
    }
    assert_eq!(digest(&conn), before, "a read-only query changed the database");
});

fn database() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE t (a INTEGER, b TEXT, c REAL);
         INSERT INTO t VALUES (1, 'x', 1.5), (2, 'it''s', NULL), (3, NULL, -0.0);
         PRAGMA query_only = ON;",
    )
    .unwrap();
    conn
}

fn digest(conn: &Connection) -> String {
    let rows: String = conn
        .query_row(
            "SELECT group_concat(quote(a) || quote(b) || quote(c), '|') FROM t",
            [],
            |r| r.get::<_, Option<String>>(0),
        )
        .unwrap()
        .unwrap_or_default();
    let schema: String = conn
        .query_row("SELECT group_concat(sql, ';') FROM sqlite_schema", [], |r| {
            r.get::<_, Option<String>>(0)
        })
        .unwrap()
        .unwrap_or_default();
    format!("{rows}\n{schema}")
}

/// The literal written into a view's SQL is the value a report binds.
fn check_literal(conn: &Connection, value: &str) {
    if value.contains('\0') {
        return; // SQLite's C API ends SQL text at a NUL
    }
    let literal = sql_text::literal(value);
    let read: Value = conn
        .query_row(&format!("SELECT {literal}"), [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("literal {literal} of {value:?} is not SQL: {e}"));
    let bound = sql_text::typed_value(value);
    let same = match (&read, &bound) {
        (Value::Real(a), Value::Real(b)) => a == b || (a.is_nan() && b.is_nan()),
        (a, b) => a == b,
    };
    assert!(same, "{value:?}: literal {literal} reads {read:?}, bound {bound:?}");
}
