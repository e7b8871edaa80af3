//! `factdb delete`: remove an article, or everything an import run added, with all that was extracted
//! from it, then relink what is left (entity links, quote and claim groups).

use super::Cli;
use crate::store::{self, delete};
use anyhow::{bail, Result};
use std::process::ExitCode;

const LONG_ABOUT: &str = "\
Delete an article, or every article an import run added, with everything extracted from it \
(paragraphs, sentences, mentions, quotes, claims), the entities and outlets no other article uses, and \
the run itself. What is left is relinked at once: entity links and quote and claim groups are \
recomputed. Entity decisions stay. The article ids are in `factdb report article-list`, the run ids \
in `factdb report imports`.

Examples:
  factdb delete --article 7
  factdb delete --run 2";

#[derive(Debug, clap::Args)]
#[command(about = "Delete an article or an import run, with everything derived from it", long_about = LONG_ABOUT)]
#[group(required = true, multiple = false)]
pub struct Args {
    /// The id of the article to delete.
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,

    /// The id of the import run whose articles to delete.
    #[arg(long, value_name = "ID")]
    pub run: Option<i64>,
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    super::report::require_database(&cli.db)?;
    let mut conn = store::open(&cli.db)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let (what, deleted) = match (args.article, args.run) {
        (Some(id), _) => {
            let deleted = delete::article(&tx, id)?;
            if deleted.articles == 0 {
                bail!("there is no article {id} (see factdb report article-list)");
            }
            (format!("article {id}"), deleted)
        }
        (None, Some(id)) => match delete::run(&tx, id)? {
            Some(deleted) => (format!("import run {id}"), deleted),
            None => bail!("there is no import run {id} (see factdb report imports)"),
        },
        (None, None) => bail!("give --article ID or --run ID"),
    };
    crate::link::relink(&tx)?;
    crate::report::views::refresh(&tx)?;
    tx.commit()?;
    println!(
        "Deleted {what}: {} article(s), {} entities and {} outlets no other article uses",
        deleted.articles, deleted.entities, deleted.outlets
    );
    Ok(ExitCode::SUCCESS)
}
