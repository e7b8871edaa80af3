//! `factdb import`: read articles, extract their facts, store them.

use super::Cli;
use crate::extract::{self, Facts};
use crate::ingest::{self, Document, GivenMeta, IngestError, Input, ReadOptions};
use crate::store::{self, articles, runs};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const ABOUT: &str =
    "Import news articles: plain text copied from web pages (.txt), or JSON / JSON lines.";

const LONG_ABOUT: &str = "\
Import news articles into the database.

PATH can be a file, a directory (searched recursively for files matching --glob, '*.txt' by default) or
'-' for standard input. Plain-text files are whole web pages as copied from a browser: factdb finds the
headline, outlet, url, authors and date, removes the boilerplate, and extracts entities, quotes and
claims. JSON files hold one article object, an array of them, or one object per line (JSON lines).

An article whose body is already in the database is not added again, so re-running an import is safe.
Files that cannot be read are reported (and recorded in import_failures) and the rest is imported; the
exit code is 1 when any input failed.

Examples:
  factdb import examples/
  factdb import --glob '*.{txt,jsonl}' ~/news
  cat page.txt | factdb import --outlet 'The Guardian' --published 2015-09-27 -";

#[derive(Debug, clap::Args)]
#[command(about = ABOUT, long_about = LONG_ABOUT)]
pub struct Args {
    /// Files, directories, or '-' for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Which files to import from directories (a glob on the file name or the path inside the directory).
    #[arg(long, value_name = "GLOB")]
    pub glob: Option<String>,

    /// The outlet of every imported article (overrides what the pages say).
    #[arg(long)]
    pub outlet: Option<String>,

    /// The url of the imported article (for a single article).
    #[arg(long)]
    pub url: Option<String>,

    /// The publication date of every imported article, YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub published: Option<chrono::NaiveDate>,

    /// An author of every imported article (repeat for several).
    #[arg(long = "author", value_name = "NAME")]
    pub authors: Vec<String>,

    /// Reject inputs larger than this many bytes.
    #[arg(long, default_value_t = 10 * 1024 * 1024, value_name = "BYTES")]
    pub max_bytes: u64,

    /// A file of entity decisions to record before importing (see `factdb entity --help`).
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,

    /// Print only the summary (no per-file messages other than failures, no progress bar).
    #[arg(long, short)]
    pub quiet: bool,
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

/// How many inputs are read and extracted in parallel before their articles are written.
const BATCH: usize = 64;

/// One input's outcome after reading and extraction: its documents with their facts, or errors.
type Extracted = Vec<Result<(Document, Facts), IngestError>>;

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let started = Instant::now();
    let mut conn = store::open(&cli.db)?;
    let options = ReadOptions {
        max_bytes: args.max_bytes,
        given: GivenMeta {
            title: None,
            url: args.url.clone(),
            outlet: args.outlet.clone(),
            authors: args.authors.clone(),
            published: args.published,
        },
    };
    let (inputs, path_errors) =
        ingest::expand(&args.paths, args.glob.as_deref()).context("invalid --glob pattern")?;
    let arguments: Vec<String> = std::env::args().collect();
    let run_id = runs::start(&conn, &arguments)?;
    if let Some(path) = &args.aliases {
        super::entity::record_alias_file(&conn, path)?;
    }
    let mut counts = runs::RunCounts::default();

    for error in &path_errors {
        report_failure(&conn, run_id, &mut counts, error)?;
    }

    let progress = progress_bar(inputs.len() as u64, args.quiet);
    for batch in inputs.chunks(BATCH) {
        let extracted: Vec<Extracted> = batch
            .par_iter()
            .map(|input| read_and_extract(input, &options))
            .collect();
        let tx = conn.transaction()?;
        for documents in extracted {
            counts.files_read += 1;
            for result in documents {
                match result {
                    Ok((doc, facts)) => {
                        let provenance = articles::Provenance {
                            source: &doc.source,
                            encoding: doc.decoded_from,
                            import_run_id: Some(run_id),
                        };
                        match articles::write(&tx, &facts, &provenance)
                            .with_context(|| format!("{}: cannot store the article", doc.source))?
                        {
                            articles::Outcome::Added(_) => counts.articles_added += 1,
                            articles::Outcome::AlreadyPresent(_) => counts.articles_present += 1,
                        }
                    }
                    Err(error) => {
                        progress.suspend(|| ());
                        report_failure(&tx, run_id, &mut counts, &error)?;
                    }
                }
            }
            progress.inc(1);
        }
        runs::update(&tx, run_id, counts, None)?;
        tx.commit()?;
    }
    progress.finish_and_clear();

    // Cross-article work: entity links that need every article, and quote and claim groups.
    let tx = conn.transaction()?;
    store::entities::link_across_articles(&tx)?;
    store::groups::regroup(&tx)?;
    runs::update(&tx, run_id, counts, Some("completed"))?;
    tx.commit()?;

    print_summary(&counts, started.elapsed());
    Ok(if counts.failures > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn read_and_extract(input: &Input, options: &ReadOptions) -> Extracted {
    ingest::read(input, options)
        .into_iter()
        .map(|result| {
            let doc = result?;
            // Extraction must never panic, but if a rule does on some text, lose that one article with a
            // clear reason rather than the whole import.
            match std::panic::catch_unwind(|| extract::extract(&doc)) {
                Ok(facts) if facts.article.body.trim().is_empty() => Err(IngestError::rejected(
                    &doc.source,
                    "no article text found (everything on the page looked like boilerplate)",
                )),
                Ok(facts) => Ok((doc, facts)),
                Err(_) => Err(IngestError::rejected(
                    &doc.source,
                    "internal error while extracting facts (please report this file)",
                )),
            }
        })
        .collect()
}

fn report_failure(
    conn: &rusqlite::Connection,
    run_id: i64,
    counts: &mut runs::RunCounts,
    error: &IngestError,
) -> Result<()> {
    eprintln!("factdb: skipped {error}");
    counts.failures += 1;
    runs::record_failure(
        conn,
        run_id,
        &error.source_name(),
        error.line(),
        &error.reason(),
    )?;
    Ok(())
}

fn progress_bar(len: u64, quiet: bool) -> indicatif::ProgressBar {
    // Only on a terminal, and only when there is enough to wait for.
    if quiet || len < 50 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} files ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

fn print_summary(counts: &runs::RunCounts, elapsed: std::time::Duration) {
    let nothing_new = if counts.articles_added == 0 && counts.articles_present > 0 {
        " (nothing new: every article was already in the database)"
    } else {
        ""
    };
    println!(
        "Imported {} files in {:.1}s: {} articles added, {} already present, {} failed{}",
        counts.files_read,
        elapsed.as_secs_f64(),
        counts.articles_added,
        counts.articles_present,
        counts.failures,
        nothing_new
    );
}
