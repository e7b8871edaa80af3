//! Just enough SQL lexing for reports: find `:name` parameters outside string literals, quoted
//! identifiers and comments; map a byte offset to line:column; write a value as a SQL literal.
//!
//! This is not a parser. It knows SQLite's token rules for the things that can hide a colon: '...'
//! strings ('' escapes a quote), "..." `...` and [...] identifiers, -- line comments and /* block
//! comments */. Everything else is passed over byte by byte.

use rusqlite::types::Value;

/// A parameter as written in SQL text: its name without the prefix, and the byte range of the whole
/// token (prefix included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamUse {
    pub prefix: char,
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// The parameters used in `sql`, in order of appearance (a name used twice is listed twice).
/// `?` and `?NNN` parameters are listed with prefix '?' and their digits (maybe empty) as name.
pub fn parameters(sql: &str) -> Vec<ParamUse> {
    let bytes = sql.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' | b'"' | b'`' => i = skip_quoted(bytes, i, bytes[i]),
            b'[' => i = skip_until(bytes, i + 1, b"]"),
            b'-' if bytes.get(i + 1) == Some(&b'-') => i = skip_until(bytes, i + 2, b"\n"),
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_until(bytes, i + 2, b"*/"),
            prefix @ (b':' | b'@' | b'$' | b'?') => {
                let start = i;
                i += 1;
                while i < bytes.len() && is_ident_byte(bytes[i], prefix == b'?') {
                    i += 1;
                }
                if i > start + 1 || prefix == b'?' {
                    found.push(ParamUse {
                        prefix: prefix as char,
                        name: sql[start + 1..i].to_string(),
                        start,
                        end: i,
                    });
                }
            }
            _ => i += 1,
        }
    }
    found
}

/// `sql` with every parameter token replaced by what `replace` returns for it.
pub fn replace_parameters(sql: &str, mut replace: impl FnMut(&ParamUse) -> String) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut last = 0;
    for param in parameters(sql) {
        out.push_str(&sql[last..param.start]);
        out.push_str(&replace(&param));
        last = param.end;
    }
    out.push_str(&sql[last..]);
    out
}

/// True when `sql` holds no statement: only white space, comments and semicolons.
pub fn is_blank(sql: &str) -> bool {
    let bytes = sql.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'-' if bytes.get(i + 1) == Some(&b'-') => i = skip_until(bytes, i + 2, b"\n"),
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_until(bytes, i + 2, b"*/"),
            b';' => i += 1,
            b if b.is_ascii_whitespace() => i += 1,
            _ => return false,
        }
    }
    true
}

/// The 1-based line and column (in characters) of a byte offset into `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The value a parameter given as text is bound as: a whole number (without a leading zero) is an
/// integer, a decimal number a real, anything else text.
///
/// Why: every value on a command line is text, and in SQLite an integer is never equal to or greater
/// than text (`count(*) >= '2'` is always false), so binding "2" as text would silently break numeric
/// comparisons. Text columns still compare equal to a number written the same way, because SQLite applies
/// the column's text affinity to the number. Reports that must also work in Datasette (which passes
/// every value as text) write `CAST(:n AS INTEGER)`.
pub fn typed_value(text: &str) -> Value {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let leading_zero = digits.len() > 1 && digits.starts_with('0');
    if all_digits(digits) && !leading_zero {
        if let Ok(n) = text.parse::<i64>() {
            return Value::Integer(n);
        }
    }
    if let Some((whole, fraction)) = digits.split_once('.') {
        if all_digits(whole) && all_digits(fraction) {
            if let Ok(x) = text.parse::<f64>() {
                return Value::Real(x);
            }
        }
    }
    Value::Text(text.to_string())
}

/// `value` as an SQL literal, typed as [`typed_value`] binds it: `42`, `1.5`, or `'it''s'`.
pub fn literal(value: &str) -> String {
    match typed_value(value) {
        Value::Integer(n) => n.to_string(),
        Value::Real(_) => value.to_string(),
        _ => format!("'{}'", value.replace('\'', "''")),
    }
}

fn is_ident_byte(b: u8, digits_only: bool) -> bool {
    if digits_only {
        b.is_ascii_digit()
    } else {
        b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
    }
}

/// The index after the closing `quote` of a token that starts at `start`; a doubled quote is an escape.
fn skip_quoted(bytes: &[u8], start: usize, quote: u8) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        if bytes[i] == quote {
            if bytes.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

/// The index after the first `end` at or after `from` (or the end of the text).
fn skip_until(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    let mut i = from;
    while i + end.len() <= bytes.len() {
        if &bytes[i..i + end.len()] == end {
            return i + end.len();
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sql: &str) -> Vec<String> {
        parameters(sql).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn finds_parameters_outside_strings_and_comments() {
        let sql = "SELECT ':not', \"a:b\", [c:d] -- :comment\n/* :block */ FROM t WHERE x = :speaker AND y > :since_2";
        assert_eq!(names(sql), ["speaker", "since_2"]);
        assert_eq!(names("SELECT 'it''s :x' || :y"), ["y"]);
        assert_eq!(names("SELECT ?1, ?"), ["1", ""]);
        assert_eq!(names("SELECT a::b"), ["b"]);
    }

    #[test]
    fn replaces_parameters() {
        let out = replace_parameters("SELECT :a, ':a', :b", |p| format!("<{}>", p.name));
        assert_eq!(out, "SELECT <a>, ':a', <b>");
    }

    #[test]
    fn blank_sql() {
        assert!(is_blank("  -- x\n; /* y */ \n"));
        assert!(!is_blank("-- x\nSELECT 1"));
    }

    #[test]
    fn line_and_column() {
        let text = "-- title: é\nSELECT\n  nope";
        let offset = text.find("nope").unwrap();
        assert_eq!(line_col(text, offset), (3, 3));
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col("é x", 3), (1, 3));
    }

    #[test]
    fn values_are_typed() {
        assert_eq!(typed_value("42"), Value::Integer(42));
        assert_eq!(typed_value("-3"), Value::Integer(-3));
        assert_eq!(typed_value("1.5"), Value::Real(1.5));
        assert_eq!(typed_value("007"), Value::Text("007".into()));
        assert_eq!(typed_value("2015-09-01"), Value::Text("2015-09-01".into()));
        assert_eq!(typed_value(""), Value::Text(String::new()));
        assert_eq!(literal("it's"), "'it''s'");
        assert_eq!(literal("10"), "10");
    }
}
