-- factdb schema, version 2: cheap re-import and indexed report lookups.

-- An input file whose every article an import stored (or found already stored): a later import skips
-- the file, before reading it as an article, when it is unchanged (same path, size, modification time
-- and content) and was read by the same factdb version. Files with a failure are not listed, so they
-- are read again each time.
CREATE TABLE imported_files (
    path            TEXT PRIMARY KEY,          -- the absolute path of the file
    size            INTEGER NOT NULL,          -- its size in bytes
    modified_ns     INTEGER NOT NULL,          -- its modification time, nanoseconds since 1970-01-01 UTC
    content_key     TEXT NOT NULL,             -- SHA-256 of its bytes
    articles        INTEGER NOT NULL,          -- how many articles it holds (added or already present)
    factdb_version  TEXT NOT NULL,             -- the factdb that read it: another version reads it again
    import_run_id   INTEGER REFERENCES import_runs (import_run_id) ON DELETE SET NULL
);

-- Whether the cross-article links (entity links, quote and claim groups) are behind the articles: an
-- import that adds articles (or entity decisions) sets `stale`, the recomputation at its end clears it,
-- and an import that adds nothing skips the recomputation when it is clear. One row.
CREATE TABLE link_state (
    link_state_id  INTEGER PRIMARY KEY CHECK (link_state_id = 1),
    stale          INTEGER NOT NULL CHECK (stale IN (0, 1))  -- 1: links must be recomputed
);
-- A database from before this version may have been killed before its links were computed.
INSERT INTO link_state (link_state_id, stale) VALUES (1, 1);

-- Reports look entities up by name or alias ignoring case (`lower(name) = lower(:name)`).
CREATE INDEX entities_lower_name ON entities (lower(name));
CREATE INDEX entity_aliases_lower_alias ON entity_aliases (lower(alias));
