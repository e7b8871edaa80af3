//! `factdb import`: arguments, progress and summary over the library pipeline ([`crate::import`]).
//!
//! Ctrl-C (SIGINT) or SIGTERM stops after the current batch, prints the summary so far, records the
//! run as 'interrupted' and exits 130; a second Ctrl-C stops at once (still safe: SQLite rolls back the
//! open transaction).

use super::Cli;
use crate::import;
use crate::ingest::{self, GivenMeta, IngestError, Input, ReadOptions};
use crate::store::{self, runs};
use anyhow::{Context, Result};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

const ABOUT: &str =
    "Import news articles: web pages copied as text (.txt), saved HTML pages (.html), \
     URLs, or JSON / JSON lines.";

// Paragraphs are single lines (joined with `\`) so that clap wraps them once, to the terminal.
const LONG_ABOUT: &str = "\
Import news articles into the database.

PATH can be a file, a directory (searched recursively for files matching --glob: by default *.txt, \
*.json, *.jsonl, *.html and *.htm), '-' for standard input, or an http(s) URL. Plain-text files are \
whole web pages as copied from a browser: factdb finds the headline, outlet, url, authors and date, \
removes the boilerplate, and extracts entities, quotes and claims. HTML pages (saved with \"Save page \
as\", or recognised by their content) are decoded as a browser would, their main text is extracted and \
their metadata read from JSON-LD, Open Graph and <meta> tags. JSON files hold one article object, an \
array of them, or one object per line (JSON lines); an object's \"html\" field is read like a saved \
page. Records written by `factdb extract --format jsonl` are stored as given (--reextract extracts \
them again).

URLs (on the command line or one per line in --urls FILE) are fetched with the user agent \
factdb/VERSION, honouring robots.txt, one request at a time per site; each fetched page is kept in the \
database (table fetched_pages), so importing the same URL again fetches nothing. A URL that cannot be \
fetched (DNS, TLS, HTTP 404, timeout, too large, not HTML, redirect loop, bad encoding) is reported \
and recorded in import_failures like a file that cannot be read.

An article whose body is already in the database is not added again, and a file imported before \
unchanged is not read again, so re-running an import is safe and fast. Files that cannot be read are \
reported (and recorded in import_failures) and the rest is imported; the exit code is 1 when any input \
failed, or when there was no file to read. Ctrl-C stops within a second, even inside a huge article \
(exit code 130): what was imported stays, and running the same import again finishes it.

Examples:
  factdb import examples/
  factdb import --glob '*.jsonl' examples/
  factdb import saved-pages/ page.html
  factdb import https://example.com/news/story.html
  factdb import --urls reading-list.txt
  cat page.txt | factdb import --outlet 'The Guardian' --published 2015-09-27 -";

#[derive(Debug, clap::Args)]
#[command(about = ABOUT, long_about = LONG_ABOUT)]
pub struct Args {
    /// Files, directories, http(s) URLs, or '-' for stdin.
    #[arg(required_unless_present = "urls", value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// A file of URLs to fetch and import, one per line ('#' starts a comment).
    #[arg(long, value_name = "FILE")]
    pub urls: Option<PathBuf>,

    /// Give up on a URL that has not answered completely after this many seconds.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub fetch_timeout: f64,

    /// Wait this long between two requests to the same site (longer if its robots.txt asks).
    #[arg(long, default_value_t = 1.0, value_name = "SECONDS")]
    pub fetch_delay: f64,

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

    /// Extract factdb records (from `factdb extract --format jsonl`) again instead of storing the facts
    /// they carry.
    #[arg(long)]
    pub reextract: bool,

    /// Print only the summary (no per-file messages other than failures, no progress bar).
    #[arg(long, short)]
    pub quiet: bool,
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    ingest::json::parse_date(text).ok_or_else(|| "expected a date YYYY-MM-DD".to_string())
}

/// The exit code of an import stopped by Ctrl-C (128 + SIGINT), as shells report it.
const EXIT_INTERRUPTED: u8 = 130;

/// Set by the first Ctrl-C / SIGTERM; the import loop checks it between batches.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

fn catch_interrupts() {
    // An error means a handler is already installed (a second run in the same process): keep it.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            eprintln!("factdb: interrupted again: stopping now");
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
        eprintln!(
            "factdb: interrupted: stopping (the files being read are left for the next run; press \
             Ctrl-C again to stop at once)"
        );
    });
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    import(cli, args).map_err(|error| {
        if is_busy(&error) {
            error.context(format!(
                "{} is busy: another process (probably another factdb import) is writing to it and \
                 did not let go (factdb waits up to {}s, see FACTDB_BUSY_TIMEOUT); try again when \
                 it has finished",
                cli.db.display(),
                store::busy_timeout().as_secs_f64()
            ))
        } else {
            error
        }
    })
}

fn is_busy(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let sqlite = match cause.downcast_ref::<store::StoreError>() {
            Some(store::StoreError::Sql(e)) => Some(e),
            _ => cause.downcast_ref::<rusqlite::Error>(),
        };
        matches!(
            sqlite.and_then(rusqlite::Error::sqlite_error_code),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    })
}

fn import(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let started = Instant::now();
    catch_interrupts();
    let options = import::Options {
        read: ReadOptions {
            max_bytes: args.max_bytes,
            given: GivenMeta {
                title: None,
                url: args.url.clone(),
                outlet: args.outlet.clone(),
                authors: args.authors.clone(),
                published: args.published,
            },
            reextract: args.reextract,
        },
        decisions: match &args.aliases {
            Some(path) => super::entity::read_alias_file(path)?,
            None => Vec::new(),
        },
        arguments: std::env::args().collect(),
    };
    let (paths, urls) = split_urls(args)?;
    let (mut inputs, mut path_errors) =
        ingest::expand(&paths, args.glob.as_deref()).context("invalid --glob pattern")?;
    if inputs.is_empty() && path_errors.is_empty() && urls.is_empty() {
        anyhow::bail!("{}", nothing_to_read(&args.paths, args.glob.as_deref()));
    }
    let mut conn = store::open(&cli.db)?;
    fetch_urls(&conn, &urls, args, &mut inputs, &mut path_errors)?;
    let progress = ProgressBar(progress_bar(inputs.len() as u64, args.quiet));
    let outcome = import::run(
        &mut conn,
        &inputs,
        &path_errors,
        &options,
        &progress,
        &INTERRUPTED,
    )?;
    progress.0.finish_and_clear();
    for (view, reason) in &outcome.skipped_views {
        eprintln!("factdb: warning: view {view} not created: {reason}");
    }

    print_summary(&outcome.counts, started.elapsed());
    // FACTDB_FIRST_LOOK=1 shows it when piped too (the documentation tests use it).
    let first_look = std::io::stdout().is_terminal()
        || std::env::var_os("FACTDB_FIRST_LOOK").is_some_and(|v| v == "1");
    if !args.quiet && !outcome.interrupted && first_look {
        // Failing to show the first look is not a failed import: say so and go on.
        if let Err(error) = print_first_report(&cli.db) {
            eprintln!("factdb: warning: cannot show the top speakers: {error:#}");
        }
    }
    if outcome.interrupted {
        eprintln!(
            "factdb: interrupted after {} of {} files; run the same import again to finish it",
            outcome.counts.files_read,
            inputs.len()
        );
        return Ok(ExitCode::from(EXIT_INTERRUPTED));
    }
    Ok(if outcome.counts.failures > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The import's progress on a terminal: a bar, with failures printed above it.
struct ProgressBar(indicatif::ProgressBar);

impl import::Progress for ProgressBar {
    fn failed(&self, error: &IngestError) {
        self.0.suspend(|| eprintln!("factdb: skipped {error}"));
    }
    fn input_done(&self) {
        self.0.inc(1);
    }
}

/// The paths that are files, and the URLs among the paths and in `--urls`.
fn split_urls(args: &Args) -> Result<(Vec<PathBuf>, Vec<String>)> {
    // Any `scheme://` is a URL, so `ftp://...` is refused as a URL rather than as a missing file.
    let is_url = |s: &str| {
        s.split_once("://").is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        })
    };
    let (urls, paths): (Vec<&PathBuf>, Vec<&PathBuf>) = args
        .paths
        .iter()
        .partition(|p| p.to_str().is_some_and(is_url));
    let mut urls: Vec<String> = urls.iter().map(|p| p.display().to_string()).collect();
    if let Some(file) = &args.urls {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("{}: cannot read the list of URLs", file.display()))?;
        urls.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(String::from),
        );
    }
    Ok((paths.into_iter().cloned().collect(), urls))
}

/// Fetches the URLs (the database's fetch cache first) into inputs, and their failures into errors.
fn fetch_urls(
    conn: &rusqlite::Connection,
    urls: &[String],
    args: &Args,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<IngestError>,
) -> Result<()> {
    if urls.is_empty() {
        return Ok(());
    }
    let seconds = |s: f64, name: &str| {
        std::time::Duration::try_from_secs_f64(s)
            .with_context(|| format!("{name}: expected a number of seconds, not {s}"))
    };
    let options = ingest::fetch::FetchOptions {
        timeout: seconds(args.fetch_timeout, "--fetch-timeout")?,
        host_delay: seconds(args.fetch_delay, "--fetch-delay")?,
        max_bytes: args.max_bytes,
        ..ingest::fetch::FetchOptions::default()
    };
    let mut cache = store::fetched_pages::FetchedPages(conn);
    for result in ingest::fetch::fetch_all(urls, &options, &mut cache) {
        match result {
            Ok(page) => inputs.push(ingest::fetch::input(page)),
            Err((url, failure)) => errors.push(IngestError::rejected(url, failure.to_string())),
        }
    }
    Ok(())
}

/// On a terminal, a first look after the summary: the most quoted speakers, and where to go next.
/// At 80 columns the full report would not fit (it turns into one block per record and scrolls the
/// summary away), so a narrow terminal gets a compact view: fewer columns, long names cut with "…".
fn print_first_report(db: &std::path::Path) -> Result<()> {
    use crate::report::output::{Format, OutputOptions};
    use std::io::Write;
    let catalog = crate::report::Catalog::built_in()?;
    let report = catalog.get("top-speakers")?;
    let bindings = report.bindings(&[("limit".to_string(), "5".to_string())])?;
    let conn = store::open_read_only(db)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let width = super::report::terminal_width();
    let compact = width.map_or(true, |w| w < FULL_TABLE_WIDTH);
    let command = super::invocation();
    writeln!(out, "\nTop speakers ({command} report top-speakers):")?;
    let options = OutputOptions {
        width,
        max_cell_chars: if compact { 28 } else { 300 },
        ..OutputOptions::default()
    };
    let table = Format::Table.sink(&mut out, &options);
    let mut sink = if compact {
        Box::new(Columns::new(table, COMPACT_COLUMNS))
    } else {
        table
    };
    report.run(&conn, &bindings, sink.as_mut())?;
    drop(sink);
    // One line when it fits; else one command a line ("cargo run --release --" is long).
    let hints = [
        format!("{command} report --list"),
        format!("{command} stats"),
        format!("{command} search WORD"),
    ];
    let one_line = format!("More: {}", hints.join("   "));
    if width.is_some_and(|w| one_line.chars().count() > usize::from(w)) {
        writeln!(out, "More:")?;
        for hint in &hints {
            writeln!(out, "  {hint}")?;
        }
    } else {
        writeln!(out, "{one_line}")?;
    }
    Ok(())
}

/// From this width on, the first look shows the whole top-speakers report.
const FULL_TABLE_WIDTH: u16 = 120;

/// The columns of top-speakers that the compact first look keeps.
const COMPACT_COLUMNS: &[&str] = &["speaker", "quotes", "articles", "outlets", "last_quoted"];

use crate::report::output::Sink;

/// A sink that passes on only some columns (by name) of what it is given.
struct Columns<'a> {
    inner: Box<dyn Sink + 'a>,
    wanted: &'static [&'static str],
    keep: Vec<usize>,
}

impl<'a> Columns<'a> {
    fn new(inner: Box<dyn Sink + 'a>, wanted: &'static [&'static str]) -> Self {
        Columns {
            inner,
            wanted,
            keep: Vec::new(),
        }
    }
}

impl Sink for Columns<'_> {
    fn begin(&mut self, columns: &[String]) -> std::io::Result<()> {
        self.keep = (0..columns.len())
            .filter(|&i| self.wanted.contains(&columns[i].as_str()))
            .collect();
        let names: Vec<String> = self.keep.iter().map(|&i| columns[i].clone()).collect();
        self.inner.begin(&names)
    }
    fn row(&mut self, values: &[rusqlite::types::Value]) -> std::io::Result<()> {
        let kept: Vec<_> = self.keep.iter().map(|&i| values[i].clone()).collect();
        self.inner.row(&kept)
    }
    fn finish(&mut self) -> std::io::Result<()> {
        self.inner.finish()
    }
}

/// Why an import found nothing to read: only directories with no file matching the glob were given.
fn nothing_to_read(paths: &[PathBuf], glob: Option<&str>) -> String {
    let folders: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    match glob {
        Some(glob) => format!(
            "no file to read: nothing in {} matches --glob '{glob}'",
            folders.join(", ")
        ),
        None => format!(
            "no file to read: nothing in {} matches '{}' (use --glob to choose other files)",
            folders.join(", "),
            ingest::paths::DEFAULT_GLOB
        ),
    }
}

fn progress_bar(len: u64, quiet: bool) -> indicatif::ProgressBar {
    // Only on a terminal, and only when there is enough to wait for.
    if quiet || len < 50 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files ({rate}, {eta} left)")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            // indicatif's own {per_sec} prints "1.9517/s": a whole number of files is enough.
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} files/s", state.per_sec());
                },
            ),
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
        "Imported {} in {:.1}s: {} added, {} already present, {} failed{}",
        plural(counts.files_read, "file", "files"),
        elapsed.as_secs_f64(),
        plural(counts.articles_added, "article", "articles"),
        counts.articles_present,
        counts.failures,
        nothing_new
    );
}

/// "1 file", "2 files".
fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}
