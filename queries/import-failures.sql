-- title: Import failures
-- description: The inputs an import could not turn into an article, with the reason, newest run first.
-- param: run = 0   The import run id (see the imports report); 0 for every run
SELECT
    f.import_run_id,
    r.started_at,
    f.source,
    f.line,
    f.reason
FROM import_failures f
JOIN import_runs r ON r.import_run_id = f.import_run_id
WHERE (CAST(:run AS INTEGER) = 0 OR f.import_run_id = CAST(:run AS INTEGER))
ORDER BY f.import_run_id DESC, f.import_failure_id
