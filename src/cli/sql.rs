//! `factdb sql`: run your own SELECT on a read-only connection.

use super::report::{open_database, OutputArgs, ParamArgs};
use super::Cli;
use crate::report::output::file::Protected;
use crate::report::sql_text;
use anyhow::{Context, Result};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

const ABOUT: &str = "Run an SQL query (read-only) and print its rows.";

const LONG_ABOUT: &str = "\
Run one SQL statement on the database, read-only: a statement that would change the database \
(INSERT, UPDATE, DELETE, CREATE, DROP ...) is refused. `factdb sql \".schema\"` is not SQL: list the \
tables with `factdb sql \"SELECT name, sql FROM sqlite_schema\"`; every table and column is \
described in docs/schema.md and in Datasette (factdb datasette-metadata). The views quotes_view, \
claims_view, mentions_view and articles_view join the tables into readable rows, and every report \
without required parameters is a view report_<name>.

Use :name parameters and give their values with -p name=VALUE: they are bound, never pasted.

Examples:
  factdb sql \"SELECT name, kind FROM entities ORDER BY name\"
  factdb sql \"SELECT * FROM quotes_view WHERE speaker LIKE :who\" -p who=%Marren% --csv
  factdb sql --file my-query.sql --json
  echo \"SELECT count(*) FROM articles\" | factdb sql -";

#[derive(Debug, clap::Args)]
#[command(about = ABOUT, long_about = LONG_ABOUT)]
pub struct Args {
    /// The SQL statement, or '-' to read it from standard input.
    #[arg(
        value_name = "SQL",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    pub sql: Option<String>,

    /// Read the SQL from this file.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,

    #[command(flatten)]
    pub params: ParamArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let (label, sql) = match (&args.file, args.sql.as_deref()) {
        (Some(path), _) => (
            path.display().to_string(),
            crate::report::catalog::read_report_file(path)
                .with_context(|| format!("cannot read {}", path.display()))?,
        ),
        (None, Some("-")) => {
            let mut sql = String::new();
            std::io::stdin()
                .read_to_string(&mut sql)
                .context("cannot read the SQL from standard input")?;
            ("<stdin>".to_string(), sql)
        }
        (None, Some(sql)) => ("<sql>".to_string(), sql.to_string()),
        (None, None) => {
            anyhow::bail!("give an SQL statement, --file FILE, or - for standard input")
        }
    };
    let bindings: Vec<_> = args
        .params
        .params
        .iter()
        .map(|(name, value)| (format!(":{name}"), sql_text::typed_value(value)))
        .collect();
    let conn = open_database(&cli.db)?;
    let mut protected = Protected::database(&cli.db);
    if let Some(path) = &args.file {
        protected.push(Protected::input(path, "the SQL file (--file)"));
    }
    let (mut out, options) = args.output.open(&protected)?;
    let mut sink = args.output.format().sink(&mut out, &options);
    crate::report::run_query(&conn, &label, &sql, &bindings, sink.as_mut())?;
    drop(sink);
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
