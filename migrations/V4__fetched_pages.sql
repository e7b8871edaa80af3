-- factdb schema, version 2: pages fetched by `factdb import URL`.

-- A web page as factdb fetched it, kept so that re-importing the same url reads it from here instead of
-- the network, and so that a fact's provenance can be shown from the page as it was fetched. An article
-- imported from a url has that url as its `articles.source`.
CREATE TABLE fetched_pages (
    url           TEXT PRIMARY KEY,        -- the url as given to the import
    final_url     TEXT NOT NULL,           -- the url after redirects
    status        INTEGER NOT NULL,        -- the HTTP status of the answer (2xx)
    content_type  TEXT,                    -- the Content-Type header, "text/html; charset=utf-8"
    fetched_at    TEXT NOT NULL,           -- ISO-8601 UTC date-time
    body          BLOB NOT NULL            -- the bytes as received (after Content-Encoding), undecoded
);
