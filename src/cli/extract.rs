//! `factdb extract`: show what factdb extracts from articles, without touching a database.

use super::Cli;
use crate::extract::{self, Facts};
use crate::ingest::{self, ReadOptions};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const LONG_ABOUT: &str = "\
Show what factdb extracts from articles, without writing a database: metadata, body, entities, \
quotes and claims. Useful to check a new source before importing it, and to debug extraction rules.

Inputs are read as by `factdb import`: plain text copied from a page, saved HTML pages (.html, .htm \
or anything that starts like HTML: main text and the page's JSON-LD and Open Graph metadata), JSON. \
With --format jsonl, one factdb record per article, which `factdb import` stores as given.

Examples:
  factdb extract examples/harbour-ledger-selen-crossing.txt
  factdb extract --body examples/evening-courier-selen-camps.txt > body.txt
  factdb extract --format jsonl examples/ > records.jsonl
  find corpus -name '*.txt' | factdb extract --format jsonl - > records.jsonl";

#[derive(Debug, clap::Args)]
#[command(about = "Show what factdb extracts from articles, without a database", long_about = LONG_ABOUT)]
pub struct Args {
    /// Files, directories, or '-' for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Which files to read from directories (default: *.txt, *.json and *.jsonl).
    #[arg(long, value_name = "GLOB")]
    pub glob: Option<String>,

    /// Print only the article body (boilerplate removed).
    #[arg(long)]
    pub body: bool,

    /// Output: `text` for people, or `jsonl`: one factdb record per article (see schema/).
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
}

pub fn run(_cli: &Cli, args: &Args) -> Result<ExitCode> {
    if args.format == Format::Jsonl {
        let errors = super::extract_jsonl::run(
            &args.paths,
            args.glob.as_deref(),
            &mut std::io::stdout().lock(),
        )?;
        return Ok(report_errors(&errors));
    }
    let (inputs, mut errors) =
        ingest::expand(&args.paths, args.glob.as_deref()).context("invalid --glob pattern")?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for input in &inputs {
        for result in ingest::read(input, &ReadOptions::default()) {
            match result {
                Ok(doc) => {
                    let facts = extract::extract(&doc);
                    if args.body {
                        writeln!(out, "{}", facts.article.body)?;
                    } else {
                        write_facts(&mut out, &doc.source, &facts)?;
                    }
                }
                Err(error) => errors.push(error),
            }
        }
    }
    Ok(report_errors(&errors))
}

fn report_errors(errors: &[ingest::IngestError]) -> ExitCode {
    for error in errors {
        eprintln!("factdb: skipped {error}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn write_facts(out: &mut impl Write, source: &str, facts: &Facts) -> std::io::Result<()> {
    let a = &facts.article;
    let body = &a.body;
    writeln!(out, "== {source}")?;
    writeln!(out, "title:     {}", a.title.as_deref().unwrap_or("-"))?;
    writeln!(
        out,
        "outlet:    {}{}",
        a.outlet.as_deref().unwrap_or("-"),
        a.site
            .as_ref()
            .map(|s| format!(" (via {s})"))
            .unwrap_or_default()
    )?;
    writeln!(out, "url:       {}", a.url.as_deref().unwrap_or("-"))?;
    writeln!(
        out,
        "authors:   {}",
        if a.authors.is_empty() {
            "-".to_string()
        } else {
            a.authors.join("; ")
        }
    )?;
    writeln!(
        out,
        "published: {}",
        a.published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "-".into())
    )?;
    writeln!(
        out,
        "body:      {} paragraphs, {} sentences",
        a.paragraphs.len(),
        a.sentences.len()
    )?;
    for (i, s) in a.sentences.iter().enumerate() {
        writeln!(out, "  [{i}] {}", s.span.text(body))?;
    }
    writeln!(out, "entities:")?;
    for (i, e) in facts.entities.iter().enumerate() {
        let mentions: Vec<&str> = facts
            .mentions
            .iter()
            .filter(|m| m.entity == i)
            .map(|m| m.span.text(body))
            .collect();
        writeln!(
            out,
            "  {i}: {} ({}){}; mentions: {}",
            e.name,
            e.kind.as_str(),
            if e.aliases.is_empty() {
                String::new()
            } else {
                format!(", also {}", e.aliases.join(", "))
            },
            mentions.join(", ")
        )?;
    }
    writeln!(out, "quotes:")?;
    for q in &facts.quotes {
        let speaker = q
            .speaker
            .map(|e| facts.entities[e].name.as_str())
            .unwrap_or("?");
        let said = said_as(q.speaker_span.map(|s| s.text(body)), q.cue.as_deref());
        writeln!(
            out,
            "  [{}] {speaker}{said}: {}",
            q.kind.as_str(),
            q.span.text(body)
        )?;
    }
    writeln!(out, "claims:")?;
    for c in &facts.claims {
        let source = c
            .source
            .map(|e| facts.entities[e].name.as_str())
            .unwrap_or("-");
        let said = said_as(c.source_span.map(|s| s.text(body)), c.cue.as_deref());
        let stance = match c.stance {
            crate::extract::Stance::Asserted => String::new(),
            other => format!(" {}", other.as_str()),
        };
        let flags = format!(
            "{}{}{stance}",
            if c.negated { " negated" } else { "" },
            if c.hedged { " hedged" } else { "" }
        );
        writeln!(
            out,
            "  [{}{flags}] {source}{said}: {}",
            c.kind.as_str(),
            c.span.text(body)
        )?;
    }
    writeln!(out)
}

/// " (written "he", cue "told")": how a speaker or source was written and the cue, when known.
fn said_as(written: Option<&str>, cue: Option<&str>) -> String {
    let parts: Vec<String> = [
        written.map(|w| format!("written \"{w}\"")),
        cue.map(|c| format!("cue \"{c}\"")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}
