//! Import runs and the inputs they could not import.

mod process;

use super::{now, Result};
use rusqlite::{params, Connection};

/// Counts of one import run, kept in `import_runs` and printed as its summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunCounts {
    pub files_read: u64,
    pub articles_added: u64,
    pub articles_present: u64,
    pub failures: u64,
}

/// Records a new run (marking first the runs whose process died, see [`mark_abandoned`]).
pub fn start(conn: &Connection, arguments: &[String]) -> Result<i64> {
    mark_abandoned(conn)?;
    conn.execute(
        "INSERT INTO import_runs (started_at, factdb_version, arguments, process) VALUES (?1, ?2, ?3, ?4)",
        params![
            now(),
            env!("CARGO_PKG_VERSION"),
            serde_json::to_string(arguments).unwrap_or_default(),
            process::Identity::current().map(|p| p.to_json())
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Marks `abandoned` every run still `running` whose process is certainly gone (killed, or stopped
/// by an error before it could record its end). A run whose process cannot be checked (recorded on
/// another machine or in another container, or without /proc) is left alone: a live import must never
/// be marked. Returns how many runs were marked.
pub fn mark_abandoned(conn: &Connection) -> Result<usize> {
    let Some(me) = process::Identity::current() else {
        return Ok(0);
    };
    let running: Vec<(i64, Option<String>)> = conn
        .prepare("SELECT import_run_id, process FROM import_runs WHERE status = 'running'")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut marked = 0;
    for (run_id, recorded) in running {
        let dead = recorded
            .and_then(|text| process::Identity::from_json(&text))
            .is_some_and(|owner| me.knows_dead(&owner));
        if dead {
            marked += conn.execute(
                "UPDATE import_runs SET status = 'abandoned' WHERE import_run_id = ?1 AND status = 'running'",
                [run_id],
            )?;
        }
    }
    Ok(marked)
}

pub fn record_failure(
    conn: &Connection,
    run_id: i64,
    source: &str,
    line: Option<usize>,
    reason: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO import_failures (import_run_id, source, line, reason) VALUES (?1, ?2, ?3, ?4)",
        params![run_id, source, line.map(|l| l as i64), reason],
    )?;
    Ok(())
}

/// Saves the counts so far; `finished` also stamps the end and the final status.
pub fn update(
    conn: &Connection,
    run_id: i64,
    counts: RunCounts,
    finished: Option<&str>,
) -> Result<()> {
    conn.execute(
        "UPDATE import_runs SET files_read = ?2, articles_added = ?3, articles_present = ?4, failures = ?5,
             finished_at = CASE WHEN ?6 IS NULL THEN finished_at ELSE ?7 END,
             status = coalesce(?6, status)
         WHERE import_run_id = ?1",
        params![
            run_id,
            counts.files_read as i64,
            counts.articles_added as i64,
            counts.articles_present as i64,
            counts.failures as i64,
            finished,
            now()
        ],
    )?;
    Ok(())
}
