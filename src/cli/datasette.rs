//! `factdb datasette-metadata`: write the metadata file for `datasette facts.db -m metadata.json`.

use super::report::QueriesArg;
use super::Cli;
use crate::report::datasette;
use crate::report::output::file::Output;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const ABOUT: &str =
    "Write Datasette metadata: table and column descriptions, facets, search, saved reports.";

const LONG_ABOUT: &str = "\
Write the metadata that makes Datasette show a documented, searchable fact database: a description \
of every table and column (from the schema's comments), names instead of ids for outlets, entities \
and articles, facets (kind, outlet, speaker), full-text search on articles, quotes and claims (and \
their _view views), the internal tables hidden, and every saved report as a canned query with its \
parameters.

Datasette names a database after its file (facts.db -> facts); the metadata is for the database \
given with --db unless --database-name says otherwise.

Example:
  pip install datasette
  factdb datasette-metadata -o metadata.json
  datasette facts.db -m metadata.json";

#[derive(Debug, clap::Args)]
#[command(about = ABOUT, long_about = LONG_ABOUT)]
pub struct Args {
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The database's name in Datasette (default: the --db file name without its extension).
    #[arg(long, value_name = "NAME")]
    pub database_name: Option<String>,

    #[command(flatten)]
    pub queries: QueriesArg,
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let catalog = args.queries.catalog()?;
    let name = match &args.database_name {
        Some(name) => name.clone(),
        None => cli
            .db
            .file_stem()
            .and_then(|s| s.to_str())
            .context("cannot name the database from --db: give --database-name")?
            .to_string(),
    };
    let metadata = datasette::metadata(&name, &catalog);
    let text = serde_json::to_string_pretty(&metadata)? + "\n";
    let protected = super::report::protected_files(&cli.db, &catalog);
    let mut out = Output::open(args.output.as_deref(), &protected)?;
    out.write_all(text.as_bytes())?;
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
