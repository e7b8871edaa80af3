//! `factdb report`: run a saved report. Also the output and parameter options `factdb sql` shares.

use super::Cli;
use crate::report::output::file::{Output, Protected};
use crate::report::output::{Format, OutputOptions};
use crate::report::{catalog, Catalog, Report, DEFAULT_MAX_ROWS};
use crate::store;
use anyhow::Result;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const ABOUT: &str = "Run a saved report (queries/*.sql) and print its rows.";

const LONG_ABOUT: &str = "\
Run a saved report and print its rows as a table, CSV, TSV, JSON, JSON lines or Markdown.

Reports are SQL files with a header naming their title, description and parameters. The built-in \
ones are part of factdb; a folder of your own (--queries DIR or FACTDB_QUERIES) adds reports, and \
replaces a built-in report of the same name. Parameters are given with -p NAME=VALUE and are bound, \
never pasted into the SQL: any value is safe. A whole number is bound as an integer, a decimal \
number as a real, anything else as text.

Examples:
  factdb report --list
  factdb report article-list -p outlet=Continental -p since=2025-10-15
  factdb report outlet-summary --csv --output outlets.csv
  factdb report article-list --sql          (print the report's SQL, to start your own)";

#[derive(Debug, clap::Args)]
#[command(about = ABOUT, long_about = LONG_ABOUT)]
pub struct Args {
    /// The report to run (see --list).
    #[arg(value_name = "NAME")]
    pub name: Option<String>,

    /// List the reports with their descriptions and parameters.
    #[arg(long, conflicts_with = "name")]
    pub list: bool,

    /// Print the report's SQL instead of running it.
    #[arg(long, requires = "name")]
    pub sql: bool,

    #[command(flatten)]
    pub queries: QueriesArg,

    #[command(flatten)]
    pub params: ParamArgs,

    /// Stop after this many rows; 0 prints every row. A report over the whole database (every claim,
    /// every quote) shows its first rows in the report's order, and a note on standard error says
    /// when rows were left out.
    #[arg(long, default_value_t = DEFAULT_MAX_ROWS, value_name = "N")]
    pub max_rows: u64,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// Where the user's own reports are.
#[derive(Debug, Clone, clap::Args)]
pub struct QueriesArg {
    /// A folder of your own reports (*.sql), added to the built-in ones.
    #[arg(long = "queries", env = "FACTDB_QUERIES", value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

impl QueriesArg {
    pub fn catalog(&self) -> Result<Catalog> {
        Ok(Catalog::load(self.dir.as_deref())?)
    }
}

#[derive(Debug, Clone, clap::Args)]
pub struct ParamArgs {
    /// A parameter value, NAME=VALUE (repeat for several).
    #[arg(short = 'p', long = "param", value_name = "NAME=VALUE", value_parser = parse_param)]
    pub params: Vec<(String, String)>,
}

fn parse_param(text: &str) -> Result<(String, String), String> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| format!("expected NAME=VALUE, found {text:?}"))?;
    let name = name.trim().trim_start_matches(':');
    if name.is_empty() {
        return Err(format!("expected NAME=VALUE, found {text:?}"));
    }
    Ok((name.to_string(), value.to_string()))
}

#[derive(Debug, Clone, clap::Args)]
pub struct OutputArgs {
    /// The output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// CSV: the same as --format csv (as in sqlite-utils).
    #[arg(long, conflicts_with_all = ["format", "tsv", "json", "nl"])]
    pub csv: bool,

    /// TSV: the same as --format tsv.
    #[arg(long, conflicts_with_all = ["format", "json", "nl"])]
    pub tsv: bool,

    /// JSON: the same as --format json.
    #[arg(long, conflicts_with_all = ["format", "nl"])]
    pub json: bool,

    /// Newline-delimited JSON, one object per line: the same as --format jsonl.
    #[arg(long, conflicts_with = "format")]
    pub nl: bool,

    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// In a table, cut text longer than this many characters (ending it with "…").
    #[arg(long, default_value_t = 300, value_name = "CHARS")]
    pub max_cell: usize,
}

impl OutputArgs {
    /// The format asked for, by --format or one of its shortcuts.
    pub fn format(&self) -> Format {
        if self.csv {
            Format::Csv
        } else if self.tsv {
            Format::Tsv
        } else if self.json {
            Format::Json
        } else if self.nl {
            Format::Jsonl
        } else {
            self.format
        }
    }

    /// The output (a file or standard output, buffered; never one of `protected`) and the table
    /// options that suit it: a table on a terminal fits its width (or $COLUMNS); a table written to a
    /// file or a pipe is not wrapped. Call `Output::finish` on success.
    pub fn open(&self, protected: &[Protected]) -> Result<(Output, OutputOptions)> {
        let mut options = OutputOptions {
            max_cell_chars: self.max_cell,
            ..OutputOptions::default()
        };
        if self.output.is_none() {
            options.width = terminal_width();
        }
        Ok((Output::open(self.output.as_deref(), protected)?, options))
    }
}

pub fn terminal_width() -> Option<u16> {
    if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(columns);
    }
    if std::io::stdout().is_terminal() {
        return comfy_table::Table::new().width();
    }
    None
}

/// Opens the database read-only, with a helpful message when it does not exist.
pub fn open_database(path: &Path) -> Result<rusqlite::Connection> {
    require_database(path)?;
    Ok(store::open_read_only(path)?)
}

/// Refuses a database file that does not exist (a mistyped --db), naming the way to make one.
pub fn require_database(path: &Path) -> Result<()> {
    if !path.exists() {
        anyhow::bail!(
            "there is no database at {}: import articles first ({} import PATH), or name the \
             database with --db",
            path.display(),
            super::invocation()
        );
    }
    Ok(())
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let catalog = args.queries.catalog()?;
    let Some(name) = args.name.as_deref().filter(|_| !args.list) else {
        list(&catalog, &args.output, &protected_files(&cli.db, &catalog))?;
        return Ok(ExitCode::SUCCESS);
    };
    let report = catalog.get(name)?;
    let protected = protected_files(&cli.db, &catalog);
    if args.sql {
        let (mut out, _) = args.output.open(&protected)?;
        writeln!(out, "{}", report.sql.trim_end())?;
        out.finish()?;
        return Ok(ExitCode::SUCCESS);
    }
    let bindings = report.bindings(&args.params.params)?;
    let conn = open_database(&cli.db)?;
    let (mut out, options) = args.output.open(&protected)?;
    let mut sink = args.output.format().sink(&mut out, &options);
    let max_rows = (args.max_rows > 0).then_some(args.max_rows);
    let ran = report.run_first(&conn, &bindings, max_rows, sink.as_mut())?;
    drop(sink);
    out.finish()?;
    if ran.cut {
        eprintln!(
            "factdb: {name}: the first {} rows are shown and more match; --max-rows 0 prints \
             every row, -p narrows the report",
            ran.rows
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// What a report's output must not overwrite: the database, and the user's report files.
pub fn protected_files(db: &Path, catalog: &Catalog) -> Vec<Protected> {
    let mut protected = Protected::database(db);
    for report in catalog.iter() {
        if let catalog::Origin::User(path) = &report.origin {
            protected.push(Protected::input(path, "a report file (--queries)"));
        }
    }
    protected
}

/// `--list`: readable text for the table format; otherwise rows (name, title, description, parameters,
/// required: the names of the required parameters, comma-separated, file).
fn list(catalog: &Catalog, output: &OutputArgs, protected: &[Protected]) -> Result<()> {
    let (mut out, options) = output.open(protected)?;
    if output.format() != Format::Table {
        use rusqlite::types::Value;
        let mut sink = output.format().sink(&mut out, &options);
        let columns = [
            "name",
            "title",
            "description",
            "parameters",
            "required",
            "file",
        ]
        .map(String::from);
        sink.begin(&columns)?;
        for report in catalog.iter() {
            let params = report
                .params
                .iter()
                .map(param_line)
                .collect::<Vec<_>>()
                .join("\n");
            let required: Vec<&str> = report
                .params
                .iter()
                .filter(|p| p.default.is_none())
                .map(|p| p.name.as_str())
                .collect();
            let row = [
                report.name.clone(),
                report.title.clone(),
                report.description.clone(),
                params,
                required.join(","),
                report.origin.to_string(),
            ];
            sink.row(&row.map(Value::Text))?;
        }
        sink.finish()?;
        drop(sink);
        return Ok(out.finish()?);
    }
    for report in catalog.iter() {
        write_entry(&mut out, report)?;
    }
    for (name, why) in catalog.broken() {
        writeln!(out, "{name}: CANNOT BE USED\n    {why}\n")?;
    }
    writeln!(out, "Run one with: factdb report NAME [-p PARAM=VALUE ...]")?;
    Ok(out.finish()?)
}

fn write_entry(out: &mut dyn Write, report: &Report) -> std::io::Result<()> {
    writeln!(out, "{}: {}", report.name, report.title)?;
    if !report.description.is_empty() {
        writeln!(out, "    {}", report.description)?;
    }
    for param in &report.params {
        writeln!(out, "    -p {}", param_line(param))?;
    }
    if let catalog::Origin::User(path) = &report.origin {
        writeln!(out, "    (from {})", path.display())?;
    }
    writeln!(out)
}

fn param_line(param: &catalog::Param) -> String {
    let default = match &param.default {
        Some(d) => format!("(default {})", catalog::show_default(d)),
        None => "(required)".to_string(),
    };
    format!("{}=VALUE  {} {}", param.name, param.description, default)
}
