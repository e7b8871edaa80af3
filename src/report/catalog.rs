//! Saved reports: `queries/<name>.sql` files with a header, built in or from a user's folder.
//!
//! A report file starts with comment lines that describe it, then one SELECT statement:
//!
//! ```sql
//! -- title: Who said what
//! -- description: Every quote with its speaker, outlet and date.
//! -- param: speaker = ''   Part of the speaker's name; empty for everyone
//! -- param: since          Earliest publication date, YYYY-MM-DD (required: no "=")
//! SELECT ... WHERE (:speaker = '' OR name LIKE '%' || :speaker || '%') AND published >= :since
//! ```
//!
//! `param: NAME [= DEFAULT] DESCRIPTION`: the default is one word, or a quoted string ('' for empty);
//! without `= DEFAULT` the parameter is required. Other comment lines in the header are ignored. The
//! report's name is its file name without `.sql`; `_` and `-` are interchangeable when looking one up.
//! Every `:name` in the SQL must be declared, and every declared parameter used: a mistake there is an
//! error when the folder is loaded, naming the file and line.

use super::sql_text;
use super::ReportError;
use include_dir::{include_dir, Dir};
use rusqlite::types::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The built-in reports, embedded at compile time (build.rs reruns when `queries/` changes).
static BUILT_IN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/queries");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    /// `None`: the parameter is required.
    pub default: Option<String>,
    pub description: String,
}

/// Where a report was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the binary, with its path in the source tree (`queries/x.sql`).
    BuiltIn(String),
    /// A file in the user's folder.
    User(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Report {
    pub name: String,
    pub title: String,
    pub description: String,
    pub params: Vec<Param>,
    /// The whole file, header included: this is what is prepared, so SQLite's error offsets are
    /// offsets into the file.
    pub sql: String,
    pub origin: Origin,
}

impl Report {
    /// Parses a report file's text. `path` names it in errors.
    pub fn parse(name: &str, text: &str, origin: Origin) -> Result<Report, ReportError> {
        let path = origin.to_string();
        let bad = |line: usize, message: String| ReportError::BadHeader {
            path: path.clone(),
            line,
            message,
        };
        let mut title = None;
        let mut description: Vec<&str> = Vec::new();
        let mut params: Vec<Param> = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            let Some(comment) = trimmed.strip_prefix("--") else {
                break; // the header ends at the first line of SQL
            };
            let comment = comment.trim();
            if let Some(value) = comment.strip_prefix("title:") {
                title = Some(value.trim().to_string());
            } else if let Some(value) = comment.strip_prefix("description:") {
                description.push(value.trim());
            } else if let Some(value) = comment.strip_prefix("param:") {
                let param = parse_param(value).map_err(|m| bad(index + 1, m))?;
                if params.iter().any(|p| p.name == param.name) {
                    return Err(bad(
                        index + 1,
                        format!("parameter {} declared twice", param.name),
                    ));
                }
                params.push(param);
            }
        }
        let report = Report {
            name: name.to_string(),
            title: title.unwrap_or_else(|| name.replace(['-', '_'], " ")),
            description: description.join(" "),
            params,
            sql: text.to_string(),
            origin,
        };
        report
            .check_parameters()
            .map_err(|(line, m)| bad(line, m))?;
        Ok(report)
    }

    /// Every parameter the SQL uses is declared and named, and every declared one is used.
    fn check_parameters(&self) -> Result<(), (usize, String)> {
        let uses = sql_text::parameters(&self.sql);
        for used in &uses {
            let (line, _) = sql_text::line_col(&self.sql, used.start);
            if used.prefix != ':' {
                return Err((
                    line,
                    format!(
                        "parameter {}{} : reports name their parameters :like_this",
                        used.prefix, used.name
                    ),
                ));
            }
            if !self.params.iter().any(|p| p.name == used.name) {
                return Err((line, format!(
                    ":{} is used but not declared: add a line `-- param: {} = DEFAULT  Description` to the header",
                    used.name, used.name
                )));
            }
        }
        if let Some(unused) = self
            .params
            .iter()
            .find(|p| !uses.iter().any(|u| u.name == p.name))
        {
            return Err((
                1,
                format!(
                    "parameter {} is declared but the SQL does not use :{}",
                    unused.name, unused.name
                ),
            ));
        }
        Ok(())
    }

    /// Runs the report with `bindings` (from [`Report::bindings`]) and streams its rows to `sink`;
    /// errors name the report's file. Returns the number of rows.
    pub fn run(
        &self,
        conn: &rusqlite::Connection,
        bindings: &[(String, Value)],
        sink: &mut dyn super::output::Sink,
    ) -> Result<u64, super::QueryError> {
        super::run_query(conn, &self.origin.path(), &self.sql, bindings, sink)
    }

    /// [`Report::run`], stopping after `max_rows` rows when given (see [`super::run_query_first`]).
    pub fn run_first(
        &self,
        conn: &rusqlite::Connection,
        bindings: &[(String, Value)],
        max_rows: Option<u64>,
        sink: &mut dyn super::output::Sink,
    ) -> Result<super::Ran, super::QueryError> {
        let label = self.origin.path();
        super::run_query_first(conn, &label, &self.sql, bindings, max_rows, sink)
    }

    /// True when the report runs without any `-p`: every parameter has a default.
    pub fn runs_without_params(&self) -> bool {
        self.params.iter().all(|p| p.default.is_some())
    }

    /// The values to bind: the given ones, defaults for the rest. An unknown name or a missing required
    /// parameter is an error that lists the choices.
    pub fn bindings(
        &self,
        given: &[(String, String)],
    ) -> Result<Vec<(String, Value)>, ReportError> {
        let mut values: BTreeMap<&str, &str> = BTreeMap::new();
        for (name, value) in given {
            if !self.params.iter().any(|p| &p.name == name) {
                return Err(ReportError::UnknownParam {
                    report: self.name.clone(),
                    name: name.clone(),
                    choices: self.param_list(),
                });
            }
            values.insert(name, value);
        }
        self.params
            .iter()
            .map(|p| {
                let value = values
                    .get(p.name.as_str())
                    .copied()
                    .or(p.default.as_deref())
                    .ok_or_else(|| ReportError::MissingParam {
                        report: self.name.clone(),
                        name: p.name.clone(),
                        description: p.description.clone(),
                    })?;
                self.check_number(p, value)?;
                Ok((format!(":{}", p.name), sql_text::typed_value(value)))
            })
            .collect()
    }

    /// A parameter whose default is a whole number (a limit, a minimum count) takes whole numbers
    /// only: the SQL casts it (Datasette sends every value as text), so "abc" would silently be 0.
    fn check_number(&self, p: &Param, value: &str) -> Result<(), ReportError> {
        let Some(default) = p.default.as_deref().filter(|d| d.parse::<i64>().is_ok()) else {
            return Ok(());
        };
        if value.trim().parse::<i64>().is_ok() {
            return Ok(());
        }
        Err(ReportError::NotANumber {
            report: self.name.clone(),
            name: p.name.clone(),
            value: value.to_string(),
            default: default.to_string(),
        })
    }

    /// "speaker (default ''), since (required)", or "none".
    pub fn param_list(&self) -> String {
        if self.params.is_empty() {
            return "none".into();
        }
        let items: Vec<String> = self
            .params
            .iter()
            .map(|p| match &p.default {
                Some(d) => format!("{} (default {})", p.name, show_default(d)),
                None => format!("{} (required)", p.name),
            })
            .collect();
        items.join(", ")
    }
}

/// A default as the user would type it: empty shows as ''.
pub fn show_default(default: &str) -> String {
    if default.is_empty() || default.contains(char::is_whitespace) {
        format!("'{default}'")
    } else {
        default.to_string()
    }
}

fn parse_param(text: &str) -> Result<Param, String> {
    let text = text.trim();
    let name_end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    let name = &text[..name_end];
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(format!(
            "expected `param: NAME [= DEFAULT] DESCRIPTION`, found {text:?}"
        ));
    }
    let rest = text[name_end..].trim_start();
    let (default, description) = match rest.strip_prefix('=') {
        None => (None, rest),
        Some(after) => {
            let after = after.trim_start();
            match after.chars().next() {
                Some(q @ ('\'' | '"')) => {
                    // A quoted default; the quote doubled inside stands for itself ('O''Brien').
                    let mut value = String::new();
                    let mut chars = after.char_indices().skip(1).peekable();
                    let mut end = None;
                    while let Some((i, c)) = chars.next() {
                        if c == q {
                            if chars.peek().is_some_and(|&(_, next)| next == q) {
                                chars.next();
                            } else {
                                end = Some(i + 1);
                                break;
                            }
                        }
                        value.push(c);
                    }
                    let end = end.ok_or_else(|| {
                        format!("parameter {name}: the default's closing {q} is missing")
                    })?;
                    (Some(value), &after[end..])
                }
                Some(_) => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (Some(after[..end].to_string()), &after[end..])
                }
                None => {
                    return Err(format!(
                        "parameter {name}: nothing after `=` (write '' for an empty default)"
                    ))
                }
            }
        }
    };
    Ok(Param {
        name: name.to_string(),
        default,
        description: description.trim().to_string(),
    })
}

impl Origin {
    /// The file's path, as used in error positions (`queries/x.sql:3:5`).
    pub fn path(&self) -> String {
        match self {
            Origin::BuiltIn(path) => path.clone(),
            Origin::User(path) => path.display().to_string(),
        }
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::BuiltIn(path) => write!(f, "{path} (built in)"),
            Origin::User(path) => write!(f, "{}", path.display()),
        }
    }
}

/// The reports available to a run: built in, overridden or added to by a user's folder.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    reports: BTreeMap<String, Report>,
    /// Report files that could not be read or parsed, by lookup key: (name, why). One bad file does
    /// not take the others down; running it gives its error, and `--list` shows it.
    broken: BTreeMap<String, (String, String)>,
}

impl Catalog {
    /// The reports embedded in the binary.
    pub fn built_in() -> Result<Catalog, ReportError> {
        let mut catalog = Catalog::default();
        for file in BUILT_IN.files() {
            let path = file.path();
            if let Some(name) = sql_stem(path) {
                let text = file.contents_utf8().unwrap_or_default();
                let origin = Origin::BuiltIn(format!("queries/{}", path.display()));
                catalog.insert_parsed(&name, Report::parse(&name, text, origin));
            }
        }
        Ok(catalog)
    }

    /// The built-in reports plus the `.sql` files of `user_dir`, which replace built-in reports of the
    /// same name.
    pub fn load(user_dir: Option<&Path>) -> Result<Catalog, ReportError> {
        let mut catalog = Catalog::built_in()?;
        if let Some(dir) = user_dir {
            let folder_error = |source| ReportError::Folder {
                path: dir.display().to_string(),
                source,
            };
            let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
                .map_err(folder_error)?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .collect();
            paths.sort();
            for path in paths {
                if let Some(name) = sql_stem(&path) {
                    let parsed = match read_report_file(&path) {
                        Ok(text) => Report::parse(&name, &text, Origin::User(path)),
                        Err(source) => Err(ReportError::File {
                            path: path.display().to_string(),
                            source,
                        }),
                    };
                    catalog.insert_parsed(&name, parsed);
                }
            }
        }
        Ok(catalog)
    }

    pub fn insert(&mut self, report: Report) {
        let key = lookup_key(&report.name);
        self.broken.remove(&key);
        self.reports.insert(key, report);
    }

    fn insert_parsed(&mut self, name: &str, parsed: Result<Report, ReportError>) {
        match parsed {
            Ok(report) => self.insert(report),
            Err(error) => {
                let key = lookup_key(name);
                self.reports.remove(&key);
                self.broken
                    .insert(key, (name.to_string(), error.to_string()));
            }
        }
    }

    /// The report files that could not be used: (name, why).
    pub fn broken(&self) -> impl Iterator<Item = &(String, String)> {
        self.broken.values()
    }

    /// The report named `name` (`_` and `-` alike), or an error listing the reports.
    pub fn get(&self, name: &str) -> Result<&Report, ReportError> {
        if let Some((_, why)) = self.broken.get(&lookup_key(name)) {
            return Err(ReportError::Broken(why.clone()));
        }
        self.reports
            .get(&lookup_key(name))
            .ok_or_else(|| ReportError::UnknownReport {
                name: name.to_string(),
                suggestion: self
                    .closest(name)
                    .map(|close| format!("; did you mean {close:?}?"))
                    .unwrap_or_default(),
                choices: self.names().join(", "),
            })
    }

    /// The report name closest to a mistyped one, when it is close enough to be what was meant: a
    /// few edits away (a third of the name's length, at least 2), or the only name it begins.
    fn closest(&self, name: &str) -> Option<String> {
        let key = lookup_key(name);
        let names = self.names();
        let starting: Vec<&String> = names
            .iter()
            .filter(|n| key.len() >= 3 && lookup_key(n).starts_with(&key))
            .collect();
        if let [only] = starting.as_slice() {
            return Some((*only).clone());
        }
        names
            .iter()
            .map(|n| (strsim::levenshtein(&key, &lookup_key(n)), n))
            .filter(|(distance, _)| *distance <= (key.chars().count() / 3).max(2))
            .min()
            .map(|(_, n)| n.clone())
    }

    pub fn names(&self) -> Vec<String> {
        self.reports.values().map(|r| r.name.clone()).collect()
    }

    /// The reports in name order.
    pub fn iter(&self) -> impl Iterator<Item = &Report> {
        self.reports.values()
    }
}

/// The largest report file read: a report is a page of SQL, and a bigger "report" is a mistake (or a
/// link to /dev/zero) that would only eat memory.
pub const MAX_REPORT_BYTES: u64 = 1024 * 1024;

/// Reads a report (or `factdb sql --file`) file: a regular file (after symbolic links) of at most
/// [`MAX_REPORT_BYTES`]. A pipe or a device is refused before it is opened, since reading it could
/// block forever or never end.
pub fn read_report_file(path: &Path) -> std::io::Result<String> {
    use std::io::{Error, ErrorKind, Read};
    let refuse = |why: String| Err(Error::new(ErrorKind::InvalidInput, why));
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return refuse("not a regular file (a pipe, socket, device or directory)".into());
    }
    let too_large = || format!("larger than {MAX_REPORT_BYTES} bytes: not a report");
    if meta.len() > MAX_REPORT_BYTES {
        return refuse(too_large());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_REPORT_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_REPORT_BYTES {
        return refuse(too_large());
    }
    String::from_utf8(bytes).map_err(|_| Error::new(ErrorKind::InvalidData, "not UTF-8 text"))
}

fn sql_stem(path: &Path) -> Option<String> {
    (path.extension()? == "sql").then(|| path.file_stem()?.to_str().map(String::from))?
}

fn lookup_key(name: &str) -> String {
    name.to_lowercase().replace('_', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Report, ReportError> {
        Report::parse("t", text, Origin::User("t.sql".into()))
    }

    #[test]
    fn parses_header() {
        let r = parse(
            "-- title: Who said what\n-- description: Quotes.\n-- description: More.\n\
             -- param: speaker = ''   Part of a name\n-- param: since  Earliest date\n\
             -- param: limit = 50 How many\n-- param: who = 'John Kerry' A name\n\
             SELECT :speaker, :since, :limit, :who",
        )
        .unwrap();
        assert_eq!(r.title, "Who said what");
        assert_eq!(r.description, "Quotes. More.");
        let p: Vec<_> = r
            .params
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.default.as_deref(),
                    p.description.as_str(),
                )
            })
            .collect();
        assert_eq!(
            p,
            [
                ("speaker", Some(""), "Part of a name"),
                ("since", None, "Earliest date"),
                ("limit", Some("50"), "How many"),
                ("who", Some("John Kerry"), "A name"),
            ]
        );
        assert!(!r.runs_without_params());
    }

    #[test]
    fn checks_declarations() {
        let undeclared = parse("-- title: x\nSELECT\n :who").unwrap_err().to_string();
        assert!(
            undeclared.contains("t.sql:3") && undeclared.contains(":who"),
            "{undeclared}"
        );
        let unused = parse("-- param: who = x  A\nSELECT 1")
            .unwrap_err()
            .to_string();
        assert!(unused.contains("declared but"), "{unused}");
        assert!(parse("-- param: a\n-- param: a\nSELECT :a").is_err());
        assert!(parse("SELECT ?1").is_err());
    }

    #[test]
    fn binds_with_defaults_and_lists_choices() {
        let r = parse("-- param: a = 1 x\n-- param: b  y\nSELECT :a, :b").unwrap();
        let missing = r.bindings(&[]).unwrap_err().to_string();
        assert!(missing.contains("-p b=VALUE"), "{missing}");
        let unknown = r
            .bindings(&[("c".into(), "1".into())])
            .unwrap_err()
            .to_string();
        assert!(unknown.contains("a (default 1), b (required)"), "{unknown}");
        let ok = r.bindings(&[("b".into(), "hi".into())]).unwrap();
        assert_eq!(
            ok,
            [
                (":a".to_string(), Value::Integer(1)),
                (":b".to_string(), Value::Text("hi".into()))
            ]
        );
    }

    #[test]
    fn every_built_in_report_parses() {
        let catalog = Catalog::built_in().unwrap();
        assert!(catalog.iter().count() > 0);
        let broken: Vec<_> = catalog.broken().collect();
        assert!(broken.is_empty(), "{broken:?}");
        for report in catalog.iter() {
            assert!(
                !report.description.is_empty(),
                "{} has no description",
                report.name
            );
        }
    }
}
