//! `factdb search`: full-text search over articles, quotes and claims.

use super::report::{open_database, OutputArgs};
use super::Cli;
use crate::report::output::file::Protected;
use crate::report::output::Format;
use crate::report::search::{self, Marks, Scope, SearchOptions};
use anyhow::Result;
use std::io::IsTerminal;
use std::process::ExitCode;

const ABOUT: &str = "Search the text of articles, quotes and claims (ranked, with snippets).";

const LONG_ABOUT: &str = "\
Full-text search over article titles and bodies, quotes and claims, best matches first, each with a \
snippet around the matching words (in bold on a terminal, **like this** in Markdown) and the article \
it comes from: its title, outlet and date. `who` is the speaker of a quote, the source of a claim, \
the authors of an article.

TEXT uses SQLite FTS5 syntax: words (all must match), \"an exact phrase\", OR, NOT, prefix*. Words are \
matched without regard to case or accents, and by their stem (convoy finds convoys). Use --phrase to \
search the text as one exact phrase.

Examples:
  factdb search convoys
  factdb search '\"aid convoy\" AND Selen' --in articles
  factdb search --in quotes 'lifeline OR promise' --csv
  factdb search --phrase 'aid pause'";

#[derive(Debug, clap::Args)]
#[command(about = ABOUT, long_about = LONG_ABOUT)]
pub struct Args {
    /// What to search for.
    #[arg(required = true, value_name = "TEXT")]
    pub text: Vec<String>,

    /// Where to search.
    #[arg(long = "in", value_enum, default_value_t = Scope::All)]
    pub scope: Scope,

    /// At most this many results of each kind.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub limit: u32,

    /// Search TEXT as one exact phrase (FTS5 operators and punctuation are not interpreted).
    #[arg(long)]
    pub phrase: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let conn = open_database(&cli.db)?;
    let format = args.output.format();
    let marks = if format == Format::Markdown {
        Marks::Markdown
    } else if format == Format::Table
        && args.output.output.is_none()
        && std::io::stdout().is_terminal()
    {
        Marks::Terminal
    } else {
        Marks::Plain
    };
    let options = SearchOptions {
        scope: args.scope,
        limit: args.limit,
        phrase: args.phrase,
        marks,
    };
    let (mut out, table_options) = args.output.open(&Protected::database(&cli.db))?;
    let mut sink = args.output.format().sink(&mut out, &table_options);
    search::search(&conn, &args.text.join(" "), &options, sink.as_mut())?;
    drop(sink);
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
