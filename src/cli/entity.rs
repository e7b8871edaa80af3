//! `factdb entity`: look at an entity, and fix how factdb resolved it (merge, split, alias). Every fix
//! is stored as a decision in `entity_decisions` and replayed after every later import, so re-importing
//! never undoes it.

use super::Cli;
use crate::link::entities;
use crate::store;
use anyhow::{bail, Context, Result};
use rusqlite::Connection;
use std::path::PathBuf;
use std::process::ExitCode;

const LONG_ABOUT: &str = "\
Look at an entity and fix how factdb resolved names to entities. Fixes are stored in the database
(table entity_decisions) and replayed after every later import, so they persist.

Entities are named by their canonical name, an alias, or a spelling of them; a title is ignored
('Mr Smith' means 'Smith').

Examples:
  factdb entity show 'Vladimir Putin'
  factdb entity merge 'Islamic State' 'IS group'      # 'IS group' is the Islamic State
  factdb entity alias 'Islamic State' Daesh ISIL      # more names of the same entity
  factdb entity split 'John Smith' Smith               # 'Smith' alone is someone else
  factdb entity apply my-aliases.txt                   # a file of decisions, as import --aliases

Alias file format, one decision per line, '#' starts a comment:
  Islamic State = Daesh | ISIL
  John Smith != Smith";

#[derive(Debug, clap::Args)]
#[command(about = "Show an entity, or merge, split and alias entities", long_about = LONG_ABOUT)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Show an entity: kind, aliases, mentions by spelling, and the decisions about it.
    Show {
        /// The entity's name, alias or spelling.
        name: String,
    },
    /// Merge the entities named OTHER into the entity named NAME (OTHER becomes an alias).
    Merge {
        name: String,
        #[arg(required = true)]
        other: Vec<String>,
    },
    /// Split the mentions of NAME written PART off into an entity of their own.
    Split {
        name: String,
        part: String,
        /// The kind of the entity split off (default: the kind of NAME).
        #[arg(long, value_parser = ["person", "organisation", "location", "group", "other"])]
        kind: Option<String>,
    },
    /// Add aliases to the entity named NAME (an entity with that name is merged into it).
    Alias {
        name: String,
        #[arg(required = true)]
        aliases: Vec<String>,
    },
    /// Apply every decision of an alias file (the format of `factdb import --aliases`).
    Apply { file: PathBuf },
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    if let Action::Show { name } = &args.action {
        // Looking changes nothing: read-only, so a database in a read-only folder can be looked at.
        return show(&super::report::open_database(&cli.db)?, name);
    }
    let mut conn = store::open(&cli.db)?;
    let decisions: Vec<entities::Decision> = match &args.action {
        Action::Show { .. } => unreachable!("handled above"),
        Action::Merge { name, other } => other
            .iter()
            .map(|o| decision("merge", name, o, None))
            .collect(),
        Action::Alias { name, aliases } => aliases
            .iter()
            .map(|a| decision("alias", name, a, None))
            .collect(),
        Action::Split { name, part, kind } => vec![decision("split", name, part, kind.clone())],
        Action::Apply { file } => read_alias_file(file)?,
    };
    let tx = conn.transaction()?;
    for d in &decisions {
        entities::record_decision(&tx, d)?;
        println!("{}", entities::apply_decision(&tx, d)?);
    }
    crate::link::relink(&tx)?;
    tx.commit()?;
    Ok(ExitCode::SUCCESS)
}

fn decision(action: &str, name: &str, other: &str, kind: Option<String>) -> entities::Decision {
    entities::Decision {
        action: action.into(),
        name: name.into(),
        other_name: other.into(),
        kind,
    }
}

/// Reads and parses a user alias file (`factdb import --aliases FILE`, `factdb entity apply FILE`).
pub fn read_alias_file(path: &std::path::Path) -> Result<Vec<entities::Decision>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the alias file {}", path.display()))?;
    match entities::parse_alias_file(&text) {
        Ok(decisions) => Ok(decisions),
        Err(reason) => bail!("{}: {reason}", path.display()),
    }
}

fn show(conn: &Connection, name: &str) -> Result<ExitCode> {
    // Stored text may hold escape sequences from before import removed them.
    use crate::report::output::terminal_safe as safe;
    let Some(id) = entities::find_entity(conn, name)? else {
        eprintln!("factdb: no entity named {name:?}");
        return Ok(ExitCode::FAILURE);
    };
    let (canonical, kind, gazetteer_id): (String, String, Option<String>) = conn.query_row(
        "SELECT name, kind, gazetteer_id FROM entities WHERE entity_id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    println!(
        "{} ({kind}), entity {id}{}",
        safe(&canonical),
        gazetteer_id
            .map(|g| format!(", gazetteer {g}"))
            .unwrap_or_default()
    );
    let mut stmt = conn.prepare(
        "SELECT alias, origin FROM entity_aliases WHERE entity_id = ?1 ORDER BY origin, alias",
    )?;
    let aliases: Vec<String> = stmt
        .query_map([id], |r| {
            Ok(format!(
                "{} ({})",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    println!("aliases: {}", safe(&aliases.join(", ")));
    let mut stmt = conn.prepare(
        "SELECT m.text, m.kind, count(*), count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = ?1
         GROUP BY m.text, m.kind ORDER BY count(*) DESC",
    )?;
    println!("mentions:");
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })?;
    for row in rows {
        let (text, kind, n, articles) = row?;
        println!(
            "  {:<30} {kind:<11} {n} in {articles} article(s)",
            safe(&text)
        );
    }
    let mut stmt = conn.prepare(
        "SELECT action, name, other_name FROM entity_decisions ORDER BY entity_decision_id",
    )?;
    let decisions: Vec<(String, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (action, a, b) in decisions {
        let b = b.unwrap_or_default();
        let about_it = entities::find_entity(conn, &a)? == Some(id)
            || entities::find_entity(conn, &b)? == Some(id);
        if about_it {
            println!(
                "decision: {action} {} {}",
                safe(&format!("{a:?}")),
                safe(&format!("{b:?}"))
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
