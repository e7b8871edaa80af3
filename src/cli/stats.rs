//! `factdb stats`: row counts and the top outlets, entities, speakers and claim sources.

use super::report::open_database;
use super::Cli;
use crate::report::output::{Format, OutputOptions};
use crate::report::{run_query, sql_text, stats};
use anyhow::Result;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

const ABOUT: &str =
    "Show what the database holds: row counts, dates, top outlets, entities, speakers.";

#[derive(Debug, clap::Args)]
#[command(about = ABOUT, long_about = ABOUT)]
pub struct Args {
    /// How many rows of each top list.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub top: u32,

    /// The output format.
    #[arg(long, short = 'f', value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
}

/// The formats that can hold several tables (stats prints one per section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatsFormat {
    /// Aligned tables, one per section, fitted to the terminal.
    Table,
    /// A Markdown heading and table per section.
    Markdown,
    /// One JSON object: section title -> array of rows.
    Json,
}

impl From<StatsFormat> for Format {
    fn from(format: StatsFormat) -> Format {
        match format {
            StatsFormat::Table => Format::Table,
            StatsFormat::Markdown => Format::Markdown,
            StatsFormat::Json => Format::Json,
        }
    }
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let format = Format::from(args.format);
    let conn = open_database(&cli.db)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let options = OutputOptions {
        width: std::io::stdout()
            .is_terminal()
            .then(|| comfy_table::Table::new().width())
            .flatten(),
        row_count: false,
        ..OutputOptions::default()
    };
    let sections = stats::sections(&conn)?;
    if format == Format::Json {
        write!(out, "{{")?;
    }
    for (i, section) in sections.iter().enumerate() {
        let uses_top = sql_text::parameters(&section.sql)
            .iter()
            .any(|p| p.name == "top");
        let bindings: Vec<_> = uses_top
            .then(|| {
                (
                    ":top".to_string(),
                    rusqlite::types::Value::Integer(args.top.into()),
                )
            })
            .into_iter()
            .collect();
        match format {
            Format::Json => write!(
                out,
                "{}\n{}: ",
                if i > 0 { "," } else { "" },
                serde_json::to_string(section.title)?
            )?,
            Format::Markdown => writeln!(
                out,
                "{}## {}\n",
                if i > 0 { "\n" } else { "" },
                section.title
            )?,
            _ => writeln!(out, "{}{}", if i > 0 { "\n" } else { "" }, section.title)?,
        }
        let mut sink = format.sink(&mut out, &options);
        run_query(&conn, section.title, &section.sql, &bindings, sink.as_mut())?;
    }
    if format == Format::Json {
        writeln!(out, "}}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
