//! The command line: one file per command, each with its usage text beside its code.

mod datasette;
mod delete;
mod entity;
mod eval;
mod export;
mod extract;
mod extract_jsonl;
mod import;
mod merge;
mod report;
mod search;
mod sql;
mod stats;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// factdb turns news articles into a fact database (outlets, articles, entities, quotes, claims) that
/// you query with SQL.
#[derive(Debug, Parser)]
#[command(name = "factdb", version, about, propagate_version = true)]
pub struct Cli {
    /// The database file.
    #[arg(
        long,
        global = true,
        env = "FACTDB_DB",
        default_value = "facts.db",
        value_name = "PATH"
    )]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Import(import::Args),
    Extract(extract::Args),
    Report(report::Args),
    Sql(sql::Args),
    Search(search::Args),
    Stats(stats::Args),
    DatasetteMetadata(datasette::Args),
    Eval(eval::Args),
    Entity(entity::Args),
    Export(export::Args),
    Merge(merge::Args),
    Delete(delete::Args),
}

/// Runs factdb with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Import(args) => import::run(&cli, args),
        Command::Extract(args) => extract::run(&cli, args),
        Command::Report(args) => report::run(&cli, args),
        Command::Sql(args) => sql::run(&cli, args),
        Command::Search(args) => search::run(&cli, args),
        Command::Stats(args) => stats::run(&cli, args),
        Command::DatasetteMetadata(args) => datasette::run(&cli, args),
        Command::Eval(args) => eval::run(&cli, args),
        Command::Entity(args) => entity::run(&cli, args),
        Command::Export(args) => export::run(&cli, args),
        Command::Merge(args) => merge::run(&cli, args),
        Command::Delete(args) => delete::run(&cli, args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            if is_broken_pipe(&error) {
                // `factdb report ... | head` closing the pipe early is a normal end, not an error.
                return ExitCode::SUCCESS;
            }
            eprintln!("factdb: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// How the user runs factdb, for hints that name a command: `factdb` when that is what PATH finds,
/// `cargo run --release --` (or `cargo run --`) when it runs from a cargo build folder, else its path.
pub fn invocation() -> String {
    let Ok(exe) = std::env::current_exe() else {
        return "factdb".into();
    };
    let exe = exe.canonicalize().unwrap_or(exe);
    if on_path("factdb").is_some_and(|found| found == exe) {
        return "factdb".into();
    }
    let folder = exe
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str());
    let in_target = exe
        .parent()
        .and_then(|p| p.parent())
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "target");
    match folder {
        Some("release") if in_target => "cargo run --release --".into(),
        Some("debug") if in_target => "cargo run --".into(),
        _ => exe.display().to_string(),
    }
}

/// The file PATH finds for `name`, canonicalized.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .and_then(|found| found.canonicalize().ok())
}
