//! The pieces of `scripts/bench` that need factdb's library (run the script, not this, by hand):
//!
//! - `bench import DB PATH...`: the import pipeline (`factdb::import::run`, what `factdb import`
//!   runs), printing the rate of every 5,000 inputs and where the time went;
//! - `bench plain-load FROM_DB TO_DB`: the rows of FROM_DB written into a new factdb database by plain
//!   prepared statements in one transaction, no extraction: SQLite's own speed for the same rows,
//!   with the same schema, indexes and FTS triggers;
//! - `bench reports DB`: rows per table, then the time of every built-in report, with its defaults and
//!   with a selective parameter;
//! - `bench relink DB [SLICE]`: the cross-article step alone, as a first import runs it (every article
//!   entity unlinked, every group recomputed; entities linked SLICE article entities at a time,
//!   `link::entities::SLICE` unless given), printing the wall and CPU time and the peak memory so far
//!   after each of its parts; rolled back, so the database is left as it was;
//! - `bench make-corpus FROM_DIR TO_DIR N`: N copies of a folder of articles, copy k with its names
//!   changed (a suffix on every capitalised word inside a sentence) so that no copy is a duplicate of
//!   another and every copy brings its own entities, as a larger corpus would.

use anyhow::{bail, Context, Result};
use factdb::import::{self, Progress};
use factdb::report::output::{Format, OutputOptions};
use factdb::report::Catalog;
use rusqlite::types::Value;
use rusqlite::Connection;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["import", db, paths @ ..] if !paths.is_empty() => run_import(Path::new(db), paths),
        ["plain-load", from, to] => plain_load(Path::new(from), Path::new(to)),
        ["reports", db] => reports(Path::new(db)),
        ["relink", db] => relink(Path::new(db), factdb::link::entities::SLICE),
        ["relink", db, slice] => relink(Path::new(db), slice.parse()?),
        ["make-corpus", from, to, n] => make_corpus(Path::new(from), Path::new(to), n.parse()?),
        _ => bail!(
            "usage: bench import DB PATH... | plain-load FROM_DB TO_DB | reports DB | relink DB [SLICE] | make-corpus FROM TO N"
        ),
    }
}

/// CPU seconds (user + system, every thread) this process has used, from /proc (Linux).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return f64::NAN;
    };
    // Fields after the command name (which may hold spaces) in parentheses; utime and stime are the
    // 14th and 15th fields, in clock ticks (100 per second on Linux).
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

/// A number field of a /proc/self file ("VmHWM:    1234 kB"), unit left out (Linux).
fn proc_field(file: &str, field: &str) -> Option<f64> {
    let text = std::fs::read_to_string(format!("/proc/self/{file}")).ok()?;
    let value = text.lines().find_map(|l| l.strip_prefix(field))?;
    value.trim().trim_end_matches("kB").trim().parse().ok()
}

/// Bytes this process has caused to be written to storage so far (`write_bytes` of /proc/self/io:
/// the database, its WAL and temporary files), in MiB (Linux).
fn written_mib() -> f64 {
    proc_field("io", "write_bytes:").map_or(f64::NAN, |b| b / (1024.0 * 1024.0))
}

/// Peak resident memory of this process so far (VmHWM), in MiB (Linux).
fn peak_mib() -> f64 {
    proc_field("status", "VmHWM:").map_or(f64::NAN, |kb| kb / 1024.0)
}

/// The parts of `factdb::link::relink`, each timed, in a transaction rolled back at the end.
fn relink(db: &Path, slice: usize) -> Result<()> {
    let mut conn = factdb::store::open(db)?;
    let tx = conn.transaction()?;
    tx.execute("UPDATE article_entities SET linked = 0", [])?;
    println!("{:<16} {:>8.0} MiB peak", "start", peak_mib());
    type Step<'a> = Box<dyn Fn(&Connection) -> factdb::store::Result<()> + 'a>;
    let steps: [(&str, Step); 5] = [
        (
            "entity links",
            Box::new(|c| factdb::link::entities::link_in_slices(c, slice)),
        ),
        ("copies", Box::new(factdb::link::copies::link_copies)),
        (
            "quote groups",
            Box::new(factdb::link::quote_groups::regroup),
        ),
        (
            "claim groups",
            Box::new(factdb::link::claim_groups::regroup),
        ),
        ("summaries", Box::new(factdb::store::summaries::refresh)),
    ];
    for (name, step) in steps {
        let (started, cpu, written) = (Instant::now(), cpu_seconds(), written_mib());
        step(&tx)?;
        println!(
            "{name:<16} {:>8.0} MiB peak {:>8.2} s wall {:>8.2} s CPU {:>8.0} MiB written",
            peak_mib(),
            started.elapsed().as_secs_f64(),
            cpu_seconds() - cpu,
            written_mib() - written
        );
    }
    tx.rollback()?;
    Ok(())
}

/// Prints the rate of every `EVERY` inputs.
struct Rates {
    done: Cell<u64>,
    last: Cell<(Instant, f64)>,
    /// The inputs, and when the import started: the last input prints the batches' totals (reading,
    /// extraction and writing, before the cross-article step).
    total: u64,
    started: (Instant, f64),
}

const EVERY: u64 = 5000;

impl Progress for Rates {
    fn input_done(&self) {
        let done = self.done.get() + 1;
        self.done.set(done);
        if done % EVERY == 0 {
            let (at, cpu) = self.last.get();
            let (now, cpu_now) = (Instant::now(), cpu_seconds());
            let wall = now.duration_since(at).as_secs_f64();
            println!(
                "inputs {:>6}-{:<6} {:>7.0} inputs/s wall  {:>6.2} s wall  {:>6.2} s CPU  {:>6.0} MiB written so far",
                done - EVERY + 1,
                done,
                EVERY as f64 / wall,
                wall,
                cpu_now - cpu,
                written_mib()
            );
            self.last.set((now, cpu_now));
        }
        if done == self.total {
            println!(
                "batches: {done} inputs in {:.2} s wall, {:.2} s CPU, {:.0} MiB written",
                self.started.0.elapsed().as_secs_f64(),
                cpu_seconds() - self.started.1,
                written_mib()
            );
        }
    }
}

fn run_import(db: &Path, paths: &[&str]) -> Result<()> {
    let started = Instant::now();
    let mut conn = factdb::store::open(db)?;
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let (inputs, errors) = factdb::ingest::expand(&paths, None)?;
    let rates = Rates {
        done: Cell::new(0),
        last: Cell::new((Instant::now(), cpu_seconds())),
        total: inputs.len() as u64,
        started: (Instant::now(), cpu_seconds()),
    };
    let options = import::Options::default();
    let outcome = import::run(
        &mut conn,
        &inputs,
        &errors,
        &options,
        &rates,
        &AtomicBool::new(false),
    )?;
    let c = outcome.counts;
    let t = outcome.timings;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{} files, {} articles added, {} already present, {} failed: {:.2} s wall, {:.2} s CPU, {:.0} files/s",
        c.files_read,
        c.articles_added,
        c.articles_present,
        c.failures,
        secs,
        cpu_seconds(),
        c.files_read as f64 / secs
    );
    println!(
        "steps: batches {:.2} s (writer busy {:.2} s), links {:.2} s{}, views {:.3} s",
        t.batches.as_secs_f64(),
        t.writing.as_secs_f64(),
        t.linking.as_secs_f64(),
        if outcome.relinked {
            ""
        } else {
            " (skipped: nothing changed)"
        },
        t.views.as_secs_f64()
    );
    println!("written: {:.0} MiB in all", written_mib());
    Ok(())
}

/// Tables in an order that satisfies the foreign keys.
const TABLES: &[&str] = &[
    "outlets",
    "import_runs",
    "import_failures",
    "articles",
    "article_authors",
    "paragraphs",
    "sentences",
    "entities",
    "entity_aliases",
    "entity_decisions",
    "article_entities",
    "article_entity_keys",
    "mentions",
    "quote_groups",
    "quotes",
    "claim_groups",
    "claims",
    "claim_entities",
    "claim_article_entities",
    "claim_quantities",
    "article_copies",
    "article_shingle_bands",
    "imported_files",
];

fn plain_load(from: &Path, to: &Path) -> Result<()> {
    let source = factdb::store::open_read_only(from)?;
    // Read everything first: only the writing is timed.
    let mut tables = Vec::new();
    for table in TABLES {
        let mut stmt = source.prepare(&format!("SELECT * FROM {table}"))?;
        let columns = stmt.column_count();
        let rows: Vec<Vec<Value>> = stmt
            .query_map([], |r| (0..columns).map(|i| r.get::<_, Value>(i)).collect())?
            .collect::<rusqlite::Result<_>>()?;
        tables.push((table, columns, rows));
    }
    if to.exists() {
        bail!("{} exists: plain-load writes a new database", to.display());
    }
    let mut conn = factdb::store::open(to)?;
    let (started, cpu) = (Instant::now(), cpu_seconds());
    let tx = conn.transaction()?;
    let mut total = 0;
    for (table, columns, rows) in &tables {
        let marks = vec!["?"; *columns].join(", ");
        let mut insert = tx.prepare(&format!("INSERT INTO {table} VALUES ({marks})"))?;
        for row in rows {
            insert.execute(rusqlite::params_from_iter(row))?;
        }
        total += rows.len();
    }
    tx.commit()?;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "plain loader: {total} rows in {secs:.2} s wall, {:.2} s CPU ({:.0} rows/s)",
        cpu_seconds() - cpu,
        total as f64 / secs
    );
    Ok(())
}

fn reports(db: &Path) -> Result<()> {
    let conn = factdb::store::open_read_only(db)?;
    print!("rows:");
    for table in TABLES
        .iter()
        .chain(&["articles_fts", "quotes_fts", "claims_fts"])
    {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
        print!(" {table}={n}");
    }
    println!();
    let selective = selective_params(&conn)?;
    let catalog = Catalog::built_in()?;
    println!(
        "{:<24} {:>10} {:>8}   {:>10} {:>8}  selective parameter",
        "report", "default", "rows", "selective", "rows"
    );
    for report in catalog.iter() {
        let default = report
            .runs_without_params()
            .then(|| time_report(&conn, report, &[]))
            .transpose()?;
        let given: Vec<(String, String)> = selective
            .iter()
            .filter(|(name, _)| report.params.iter().any(|p| &p.name == name))
            .cloned()
            .collect();
        let chosen = (!given.is_empty())
            .then(|| time_report(&conn, report, &given))
            .transpose()?;
        let show = |r: Option<(Duration, u64)>| match r {
            Some((d, rows)) => format!("{:>8.1}ms {rows:>8}", d.as_secs_f64() * 1000.0),
            None => format!("{:>10} {:>8}", "-", "-"),
        };
        let given_text: Vec<String> = given.iter().map(|(k, v)| format!("{k}={v}")).collect();
        println!(
            "{:<24} {}   {}  {}",
            report.name,
            show(default),
            show(chosen),
            given_text.join(" ")
        );
    }
    Ok(())
}

/// Best of three runs of a report, and its rows.
fn time_report(
    conn: &Connection,
    report: &factdb::report::catalog::Report,
    given: &[(String, String)],
) -> Result<(Duration, u64)> {
    let bindings = report.bindings(given)?;
    let mut best = Duration::MAX;
    let mut rows = 0;
    for _ in 0..3 {
        let mut out = std::io::sink();
        let mut sink = Format::Csv.sink(&mut out, &OutputOptions::default());
        let started = Instant::now();
        // What `factdb report` shows by default: the first rows in the report's order.
        let max_rows = Some(factdb::report::DEFAULT_MAX_ROWS);
        rows = report
            .run_first(conn, &bindings, max_rows, sink.as_mut())?
            .rows;
        drop(sink);
        best = best.min(started.elapsed());
    }
    Ok((best, rows))
}

/// A selective value for each parameter name the built-in reports use, from what the database holds:
/// the most quoted speaker, the entity most claims are about, an outlet, a date, a title.
fn selective_params(conn: &Connection) -> Result<Vec<(String, String)>> {
    let one = |sql: &str| -> Result<String> {
        // As a scalar subquery: NULL, not an error, when the database has none (BBC: no outlets).
        conn.query_row(&format!("SELECT ({sql})"), [], |r| {
            r.get::<_, Option<String>>(0)
        })
        .map(Option::unwrap_or_default)
        .with_context(|| sql.to_string())
    };
    let speaker = one(
        "SELECT e.name FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id
         GROUP BY e.entity_id ORDER BY count(*) DESC LIMIT 1",
    )?;
    let entity = one(
        "SELECT e.name FROM claim_entities ce JOIN entities e USING (entity_id)
         GROUP BY e.entity_id ORDER BY count(*) DESC LIMIT 1",
    )?;
    let outlet = one("SELECT name FROM outlets ORDER BY outlet_id LIMIT 1")?;
    let date = one("SELECT max(published) FROM articles")?;
    let title = one("SELECT title FROM articles ORDER BY article_id LIMIT 1")?;
    Ok(vec![
        ("speaker".into(), speaker.clone()),
        ("source".into(), speaker),
        ("name".into(), entity.clone()),
        ("entity".into(), entity),
        ("outlet".into(), outlet),
        ("since".into(), date.clone()),
        ("until".into(), date),
        ("title".into(), title),
        ("min_articles".into(), "5".into()),
        ("min_outlets".into(), "5".into()),
        ("limit".into(), "10".into()),
        ("run".into(), "1".into()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect())
}

fn make_corpus(from: &Path, to: &Path, copies: usize) -> Result<()> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "txt") {
            files.push(entry.into_path());
        }
    }
    for k in 0..copies {
        let dir = to.join(format!("copy{k:03}"));
        std::fs::create_dir_all(&dir)?;
        for (i, file) in files.iter().enumerate() {
            let text =
                std::fs::read_to_string(file).with_context(|| format!("{}", file.display()))?;
            let varied = if k == 0 { text } else { vary(&text, k) };
            std::fs::write(dir.join(format!("{i:05}.txt")), varied)?;
        }
    }
    println!("{} files in {}", files.len() * copies, to.display());
    Ok(())
}

/// Month and day names keep their spelling (dates must still parse).
const KEEP: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "The",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
];

/// Copy `k` of an article: every capitalised word inside a sentence (a name, mostly) gets a suffix
/// made from `k`, so "Tony Blair" is "Tonyab Blairab" in copy 1: another person, another article.
fn vary(text: &str, k: usize) -> String {
    let suffix: String = {
        let mut n = k;
        let mut s = String::new();
        while n > 0 {
            s.push((b'a' + (n % 26) as u8) as char);
            n /= 26;
        }
        s
    };
    let mut out = String::with_capacity(text.len() + text.len() / 10);
    let mut word = String::new();
    let mut sentence_start = true;
    let flush = |word: &mut String, out: &mut String, sentence_start: bool| {
        if word.is_empty() {
            return;
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let lower_after = word.chars().skip(1).any(char::is_lowercase);
        out.push_str(word);
        if capital
            && lower_after
            && !sentence_start
            && word.len() > 2
            && !KEEP.contains(&word.as_str())
        {
            out.push_str(&suffix);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        let was_start = sentence_start;
        let had_word = !word.is_empty();
        flush(&mut word, &mut out, was_start);
        if had_word {
            sentence_start = false;
        }
        if matches!(c, '.' | '!' | '?' | '\n' | '"' | '\u{201c}') {
            sentence_start = true;
        }
        out.push(c);
    }
    flush(&mut word, &mut out, sentence_start);
    out
}
