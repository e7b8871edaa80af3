-- title: Import runs
-- description: Every run of `factdb import`, newest first: when, what it read, what it added and how many inputs failed.
SELECT
    import_run_id,
    started_at,
    finished_at,
    status,
    files_read,
    articles_added,
    articles_present,
    failures,
    factdb_version,
    arguments
FROM import_runs
ORDER BY import_run_id DESC
