-- factdb schema, version 2: an import that died (killed, or stopped by an error such as the busy
-- timeout) is marked 'abandoned' by the next import instead of staying 'running' forever. SQLite cannot
-- change a CHECK constraint in place, so import_runs is rebuilt; legacy_alter_table keeps the foreign
-- keys of import_failures and articles pointing at the name import_runs (the new table) while the old
-- one is renamed away, so dropping the old table cascades to nothing.
PRAGMA legacy_alter_table = ON;
ALTER TABLE import_runs RENAME TO import_runs_v1;

-- One run of `factdb import`.
CREATE TABLE import_runs (
    import_run_id     INTEGER PRIMARY KEY,
    started_at        TEXT NOT NULL,           -- ISO-8601 UTC date-time
    finished_at       TEXT,                    -- NULL while running, or when the run was killed
    factdb_version    TEXT NOT NULL,
    arguments         TEXT NOT NULL,           -- the command line, as a JSON array
    files_read        INTEGER NOT NULL DEFAULT 0,
    articles_added    INTEGER NOT NULL DEFAULT 0,
    articles_present  INTEGER NOT NULL DEFAULT 0,   -- already in the database, not added again
    failures          INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'running'   -- 'abandoned': the process died before it finished
                      CHECK (status IN ('running', 'completed', 'interrupted', 'abandoned')),
    process           TEXT                     -- the importing process (boot id, pid, start time), to tell a live run from a dead one
);

INSERT INTO import_runs (import_run_id, started_at, finished_at, factdb_version, arguments, files_read,
                         articles_added, articles_present, failures, status)
SELECT import_run_id, started_at, finished_at, factdb_version, arguments, files_read, articles_added,
       articles_present, failures,
       -- Runs left 'running' by a factdb that did not record its process: dead, or about to be.
       CASE status WHEN 'running' THEN 'abandoned' ELSE status END
FROM import_runs_v1;
DROP TABLE import_runs_v1;
PRAGMA legacy_alter_table = OFF;
