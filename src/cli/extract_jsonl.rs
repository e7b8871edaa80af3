//! `factdb extract --format jsonl`: one factdb record ([`crate::records`]) per article on stdout, the
//! map step of a pipeline (Spark, a shell loop, another tool) whose output `factdb import` stores as
//! it is.
//!
//! Inputs are read and extracted in parallel a batch at a time and written in input order, so the
//! output is byte-identical whatever the number of threads. With `-`, standard input is a list of
//! work, one item per line: a line starting with `{` is an article (or record) JSON object, any other
//! non-blank line a path; that is what a Spark RDD of paths or of article JSON pipes in.

use crate::extract::Facts;
use crate::ingest::{self, json::Json, records::Records, Document, IngestError, Input, Source};
use crate::records::convert::to_record;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// How many work items are extracted in parallel before their records are written.
const BATCH: usize = 256;

/// One thing to extract: an input (file or stdin), or one article JSON line read from stdin.
enum Work {
    Input(Input),
    Line { name: String, text: String },
}

/// Extracts every path (or stdin's work list for `-`) and writes records to `out`. Returns the inputs
/// that could not be read or extracted.
pub fn run(
    paths: &[PathBuf],
    glob: Option<&str>,
    out: &mut impl Write,
) -> Result<Vec<IngestError>> {
    let (mut work, mut errors) = list_work(paths, glob)?;
    let options = ingest::ReadOptions::default();
    while !work.is_empty() {
        let rest = work.split_off(work.len().min(BATCH));
        let lines: Vec<Vec<Result<String, IngestError>>> =
            work.par_iter().map(|w| records_of(w, &options)).collect();
        for result in lines.into_iter().flatten() {
            match result {
                Ok(line) => writeln!(out, "{line}")?,
                Err(error) => errors.push(error),
            }
        }
        work = rest;
    }
    out.flush()?;
    Ok(errors)
}

fn list_work(paths: &[PathBuf], glob: Option<&str>) -> Result<(Vec<Work>, Vec<IngestError>)> {
    let mut work = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let stdin = std::io::stdin().lock();
            for (index, line) in stdin.lines().enumerate() {
                let line = line.context("cannot read the work list on standard input")?;
                let item = line.trim();
                if item.is_empty() {
                    continue;
                }
                if item.starts_with('{') {
                    work.push(Work::Line {
                        name: format!("<stdin>:{}", index + 1),
                        text: item.to_string(),
                    });
                } else {
                    let (inputs, failed) = ingest::expand(&[PathBuf::from(item)], glob)
                        .context("invalid --glob pattern")?;
                    work.extend(inputs.into_iter().map(Work::Input));
                    errors.extend(failed);
                }
            }
        } else {
            let (inputs, failed) = ingest::expand(std::slice::from_ref(path), glob)
                .context("invalid --glob pattern")?;
            work.extend(inputs.into_iter().map(Work::Input));
            errors.extend(failed);
        }
    }
    Ok((work, errors))
}

/// The record lines of one work item, or why each document failed.
fn records_of(work: &Work, options: &ingest::ReadOptions) -> Vec<Result<String, IngestError>> {
    let documents = match work {
        Work::Input(input) => ingest::read(input, options),
        Work::Line { name, text } => {
            let source: &dyn Source = if ingest::records::holds_records(text) {
                &Records
            } else {
                &Json
            };
            source.documents(name, text)
        }
    };
    documents
        .into_iter()
        .map(|doc| {
            let (doc, facts) = facts_of(doc?)?;
            let record = to_record(&doc.source, doc.decoded_from, &facts);
            Ok(serde_json::to_string(&record).expect("a record serializes"))
        })
        .collect()
}

/// The facts of one document, checked exactly as an import checks them.
fn facts_of(mut doc: Document) -> Result<(Document, Facts), IngestError> {
    let facts = match doc.facts.take() {
        Some(facts) => crate::records::checked_facts(&doc, *facts)?,
        None => crate::import::extract_checked(&doc, crate::extract::Cancel::NEVER)?,
    };
    Ok((doc, facts))
}
