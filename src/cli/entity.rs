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
Look at an entity and fix how factdb resolved names to entities. A fix takes effect at once (entities \
are relinked and quotes and claims regrouped) and is stored in the database (table entity_decisions), \
so every later import replays it. `entity decisions` lists the fixes and `entity undo N` removes one.

Entities are named by their canonical name, an alias, or a spelling of them; a title is ignored \
('Mr Ardel' means 'Ardel'). A fix that names no entity of the database is refused, unless --pending \
says it is meant for articles not imported yet.

Examples:
  factdb entity show 'Tomas Ardel'
  factdb entity merge 'Northern Relief Alliance' NRA
  factdb entity alias 'Free Highlands Front' FHF 'the Front'
  factdb entity split 'Ilse Marren' Marren
  factdb entity kind Esterra location
  factdb entity decisions
  factdb entity undo 1
  factdb entity apply my-aliases.txt

Alias file format, one decision per line, '#' starts a comment:
  Islamic State = Daesh | ISIL
  John Smith != Smith";

#[derive(Debug, clap::Args)]
#[command(
    about = "Show an entity, or merge, split, alias and re-kind entities",
    long_about = LONG_ABOUT
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

/// The kinds an entity can have.
const KINDS: [&str; 5] = ["person", "organisation", "location", "group", "other"];

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Show an entity: kind, aliases, mentions by spelling, and the decisions about it.
    Show {
        /// The entity's name, alias or spelling.
        name: String,
    },
    /// Merge the entities named OTHER into the entity named NAME (OTHER becomes an alias).
    Merge {
        /// The entity that stays.
        name: String,
        /// The entities merged into it (their names become its aliases).
        #[arg(required = true)]
        other: Vec<String>,
        #[command(flatten)]
        pending: Pending,
    },
    /// Split the mentions of NAME written PART off into an entity of their own.
    Split {
        /// The entity whose mentions are split.
        name: String,
        /// The spelling whose mentions become an entity of their own, named PART.
        part: String,
        /// The kind of the entity split off (default: the kind of NAME).
        #[arg(long, value_parser = KINDS)]
        kind: Option<String>,
        #[command(flatten)]
        pending: Pending,
    },
    /// Add aliases to the entity named NAME (an entity with that name is merged into it).
    Alias {
        /// The entity the aliases are names of.
        name: String,
        /// Its other names.
        #[arg(required = true)]
        aliases: Vec<String>,
        #[command(flatten)]
        pending: Pending,
    },
    /// Set the kind of the entity named NAME (a country taken for a person, say).
    Kind {
        /// The entity's name, alias or spelling.
        name: String,
        /// Its kind.
        #[arg(value_parser = KINDS)]
        kind: String,
        #[command(flatten)]
        pending: Pending,
    },
    /// List the stored decisions with their numbers (for `entity undo`).
    Decisions,
    /// Remove decision N (see `entity decisions`) and relink without it.
    Undo {
        /// The decision's number.
        #[arg(value_name = "N")]
        id: i64,
    },
    /// Apply every decision of an alias file (the format of `factdb import --aliases`).
    Apply {
        /// The alias file.
        file: PathBuf,
    },
}

/// `--pending`: store a decision about names no imported article has yet.
#[derive(Debug, Clone, clap::Args)]
pub struct Pending {
    /// Store the decision even though no entity has these names yet (it applies once one is imported).
    #[arg(long)]
    pub pending: bool,
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    // Like every other reader, refuse a database that is not there rather than create an empty one.
    super::report::require_database(&cli.db)?;
    if let Action::Show { name } = &args.action {
        // Looking changes nothing: read-only, so a database in a read-only folder can be looked at.
        return show(&super::report::open_database(&cli.db)?, name);
    }
    let mut conn = store::open(&cli.db)?;
    let (decisions, pending) = match &args.action {
        Action::Show { .. } => unreachable!("handled above"),
        Action::Decisions => return list_decisions(&conn),
        Action::Undo { id } => return undo(&mut conn, *id),
        Action::Merge {
            name,
            other,
            pending,
        } => (
            other
                .iter()
                .map(|o| decision("merge", name, o, None))
                .collect(),
            pending.pending,
        ),
        Action::Alias {
            name,
            aliases,
            pending,
        } => (
            aliases
                .iter()
                .map(|a| decision("alias", name, a, None))
                .collect(),
            pending.pending,
        ),
        Action::Split {
            name,
            part,
            kind,
            pending,
        } => (
            vec![decision("split", name, part, kind.clone())],
            pending.pending,
        ),
        Action::Kind {
            name,
            kind,
            pending,
        } => (
            vec![decision("kind", name, "", Some(kind.clone()))],
            pending.pending,
        ),
        Action::Apply { file } => (read_alias_file(file)?, true),
    };
    if !pending {
        refuse_unknown_names(&conn, &decisions)?;
    }
    let tx = conn.transaction()?;
    for d in &decisions {
        entities::record_decision(&tx, d)?;
        println!("{}", entities::apply_decision(&tx, d)?);
    }
    crate::link::relink(&tx)?;
    tx.commit()?;
    Ok(ExitCode::SUCCESS)
}

/// A decision must name an entity of the database (a typo would otherwise be stored for ever); for a
/// merge, both names must.
fn refuse_unknown_names(conn: &Connection, decisions: &[entities::Decision]) -> Result<()> {
    for d in decisions {
        let mut names = vec![d.name.as_str()];
        if d.action == "merge" {
            names.push(d.other_name.as_str());
        }
        for name in names {
            if entities::find_entity(conn, name)?.is_none() {
                bail!(
                    "no entity named {name:?}: check the spelling with `factdb report entities`, or \
                     add --pending to store the decision for articles not imported yet"
                );
            }
        }
    }
    Ok(())
}

/// `entity decisions`: every stored decision, numbered.
fn list_decisions(conn: &Connection) -> Result<ExitCode> {
    let stored = entities::stored(conn)?;
    if stored.is_empty() {
        println!("no decisions yet (factdb entity merge|split|alias|kind records one)");
    }
    for s in stored {
        println!("{:>3}  {}  ({})", s.id, describe(&s.decision), s.decided_at);
    }
    Ok(ExitCode::SUCCESS)
}

/// A decision as the command that makes it.
fn describe(d: &entities::Decision) -> String {
    match d.action.as_str() {
        "kind" => format!(
            "kind {:?} {}",
            d.name,
            d.kind.as_deref().unwrap_or_default()
        ),
        "split" => match &d.kind {
            Some(kind) => format!("split {:?} {:?} --kind {kind}", d.name, d.other_name),
            None => format!("split {:?} {:?}", d.name, d.other_name),
        },
        action => format!("{action} {:?} {:?}", d.name, d.other_name),
    }
}

/// `entity undo N`: removes the decision and relinks without it.
fn undo(conn: &mut Connection, id: i64) -> Result<ExitCode> {
    let tx = conn.transaction()?;
    let Some(removed) = entities::undo(&tx, id)? else {
        bail!("there is no decision {id} (see factdb entity decisions)");
    };
    crate::link::relink(&tx)?;
    tx.commit()?;
    println!("removed decision {id}: {}", describe(&removed));
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
    use std::io::Write;
    // Written, not println!: `factdb entity show X | head` ends quietly (a broken pipe is an error the
    // caller treats as a normal end), where println! would panic.
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let Some(id) = entities::find_entity(conn, name)? else {
        eprintln!("factdb: no entity named {name:?}");
        return Ok(ExitCode::FAILURE);
    };
    let (canonical, kind, gazetteer_id): (String, String, Option<String>) = conn.query_row(
        "SELECT name, kind, gazetteer_id FROM entities WHERE entity_id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    writeln!(
        out,
        "{} ({kind}), entity {id}{}",
        safe(&canonical),
        gazetteer_id
            .map(|g| format!(", gazetteer {g}"))
            .unwrap_or_default()
    )?;
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
    writeln!(out, "aliases: {}", safe(&aliases.join(", ")))?;
    let mut stmt = conn.prepare(
        "SELECT m.text, m.kind, count(*), count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = ?1
         GROUP BY m.text, m.kind ORDER BY count(*) DESC",
    )?;
    writeln!(out, "mentions:")?;
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
        writeln!(
            out,
            "  {:<30} {kind:<11} {n} in {articles} article(s)",
            safe(&text)
        )?;
    }
    for s in entities::stored(conn)? {
        let d = &s.decision;
        let about_it = entities::find_entity(conn, &d.name)? == Some(id)
            || (!d.other_name.is_empty()
                && entities::find_entity(conn, &d.other_name)? == Some(id));
        if about_it {
            writeln!(out, "decision {}: {}", s.id, safe(&describe(d)))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
