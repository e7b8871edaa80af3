//! `factdb merge OTHER.db...`: databases built separately into this one ([`crate::merge`]).

use super::Cli;
use crate::store;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

const LONG_ABOUT: &str = "\
Merge databases built separately (shards of a corpus, a colleague's import) into the database: their
articles (an article already present is not added again), outlets, entities and entity decisions are
stored by the same rules as an import, then entities, quote groups and claim groups are linked again
across everything. The other databases are only read.

Examples:
  factdb --db all.db merge shard-1.db shard-2.db shard-3.db
  factdb --db all.db merge shards/*.db";

#[derive(Debug, clap::Args)]
#[command(about = "Merge other factdb databases into this one", long_about = LONG_ABOUT)]
pub struct Args {
    /// The databases to merge in.
    #[arg(required = true, value_name = "OTHER.db")]
    pub others: Vec<PathBuf>,
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let mut conn = store::open(&cli.db)?;
    let arguments: Vec<String> = std::env::args().collect();
    let outcome = crate::merge::merge(&mut conn, &cli.db, &args.others, &arguments)?;
    for error in &outcome.failures {
        eprintln!("factdb: skipped {error}");
    }
    let c = outcome.counts;
    eprintln!(
        "Merged {} database{} in {:.1}s: {} articles added, {} already present, {} failed",
        c.files_read,
        if c.files_read == 1 { "" } else { "s" },
        started.elapsed().as_secs_f64(),
        c.articles_added,
        c.articles_present,
        c.failures
    );
    Ok(if c.failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
