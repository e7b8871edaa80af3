//! `factdb export DIR`: every table and view as Parquet, JSON lines or CSV files ([`crate::export`]).

use super::Cli;
use crate::export::{self, Format};
use crate::store;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

const LONG_ABOUT: &str = "\
Write every table and view of the database (the report_* views included) to DIR, one file per table,
for engines beyond SQLite: DuckDB, Spark, pandas, BigQuery. Parquet files keep the schema's column
types (INTEGER: INT64, REAL: DOUBLE, TEXT: string); NULL stays NULL.

Examples:
  factdb export out/ --format parquet
  duckdb -c \"SELECT speaker, count(*) FROM 'out/quotes_view.parquet' GROUP BY 1 ORDER BY 2 DESC\"
  factdb export csv/ --format csv";

#[derive(Debug, clap::Args)]
#[command(about = "Export every table and view as Parquet, JSON lines or CSV files", long_about = LONG_ABOUT)]
pub struct Args {
    /// The folder to write (created if missing; existing files of the same names are replaced).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// The file format.
    #[arg(long, short, value_enum, default_value = "parquet")]
    pub format: Format,
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let conn = store::open_read_only(&cli.db)?;
    let written = export::export(&conn, &args.dir, args.format)?;
    let rows: usize = written.iter().map(|(_, n)| n).sum();
    eprintln!(
        "Exported {} tables and views ({rows} rows) to {}",
        written.len(),
        args.dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
