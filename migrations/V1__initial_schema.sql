-- factdb schema, version 1.
--
-- Conventions: tables are plural, a row is one singular thing, keys are `<thing>_id`, every foreign key
-- and lookup column has an index, enumerated columns have CHECKs. Character spans (`*start_char`,
-- `*end_char`) are Unicode code-point offsets into `articles.body`, start inclusive, end exclusive, so
-- `substr(body, start_char + 1, end_char - start_char)` is the spanned text. Dates are ISO-8601 text. NULL means
-- "not known" (the page did not say), never "empty". docs/schema.md describes every column.

-- A publisher: a newspaper, a broadcaster, a news site or an aggregator.
CREATE TABLE outlets (
    outlet_id   INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,                 -- display name, "The New York Times"
    domain      TEXT,                          -- web domain without "www.", "nytimes.com"
    name_key    TEXT NOT NULL UNIQUE           -- folded name used to match spellings of the outlet
);
CREATE INDEX outlets_domain ON outlets (domain);

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
    status            TEXT NOT NULL DEFAULT 'running'
                      CHECK (status IN ('running', 'completed', 'interrupted'))
);

-- An input (a file, or a line of a JSON-lines file) that an import could not turn into an article.
CREATE TABLE import_failures (
    import_failure_id INTEGER PRIMARY KEY,
    import_run_id     INTEGER NOT NULL REFERENCES import_runs (import_run_id) ON DELETE CASCADE,
    source            TEXT NOT NULL,           -- the path as given, or "<stdin>"
    line              INTEGER,                 -- line number for JSON lines; NULL for whole files
    reason            TEXT NOT NULL
);
CREATE INDEX import_failures_import_run_id ON import_failures (import_run_id);

-- One news article: its metadata and its body with boilerplate removed.
CREATE TABLE articles (
    article_id        INTEGER PRIMARY KEY,
    title             TEXT,
    outlet_id         INTEGER REFERENCES outlets (outlet_id),   -- who wrote it
    site_outlet_id    INTEGER REFERENCES outlets (outlet_id),   -- the aggregator it was copied from, if reposted
    url               TEXT,
    published         TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    body              TEXT NOT NULL,           -- paragraphs separated by one blank line
    body_chars        INTEGER NOT NULL,        -- length of body in code points
    body_key          TEXT NOT NULL UNIQUE,    -- SHA-256 of the folded body: the same article is stored once
    source            TEXT NOT NULL,           -- the file (or file:line) it was imported from
    encoding          TEXT,                    -- the encoding it was decoded from when not UTF-8
    import_run_id     INTEGER REFERENCES import_runs (import_run_id) ON DELETE SET NULL,
    imported_at       TEXT NOT NULL
);
CREATE INDEX articles_outlet_id ON articles (outlet_id);
CREATE INDEX articles_site_outlet_id ON articles (site_outlet_id);
CREATE INDEX articles_import_run_id ON articles (import_run_id);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_url ON articles (url);

-- A by-lined author of an article, in byline order.
CREATE TABLE article_authors (
    article_id  INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,              -- 0 for the first author
    name        TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_authors_name ON article_authors (name);

-- A paragraph of an article body.
CREATE TABLE paragraphs (
    paragraph_id  INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,            -- 0 for the first paragraph
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    UNIQUE (article_id, position),
    CHECK (0 <= start_char AND start_char <= end_char)
);

-- A sentence of an article body: the unit quotes, claims and mentions are found in.
CREATE TABLE sentences (
    sentence_id   INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    paragraph_id  INTEGER NOT NULL REFERENCES paragraphs (paragraph_id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,            -- 0 for the first sentence of the article
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    UNIQUE (article_id, position),
    CHECK (0 <= start_char AND start_char <= end_char)
);
CREATE INDEX sentences_paragraph_id ON sentences (paragraph_id);

-- A real-world person, organisation, place or group, however many ways outlets write its name.
CREATE TABLE entities (
    entity_id     INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,               -- canonical name, "Vladimir V. Putin"
    kind          TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'location', 'group', 'other')),
    name_key      TEXT NOT NULL,               -- folded name used for matching across articles
    gazetteer_id  TEXT UNIQUE,                 -- id in the built-in gazetteer ("country:RU"), if known
    created_at    TEXT NOT NULL
);
CREATE INDEX entities_name_key ON entities (name_key);
CREATE INDEX entities_kind ON entities (kind);

-- Another name of an entity: a spelling, a short form, an acronym, a translation.
CREATE TABLE entity_aliases (
    entity_alias_id  INTEGER PRIMARY KEY,
    entity_id        INTEGER NOT NULL REFERENCES entities (entity_id) ON DELETE CASCADE,
    alias            TEXT NOT NULL,
    alias_key        TEXT NOT NULL,            -- folded alias used for matching
    origin           TEXT NOT NULL CHECK (origin IN ('text', 'derived', 'declared', 'gazetteer', 'user')),
    UNIQUE (entity_id, alias)              -- every spelling once; alias_key may repeat ("V." and "V")
);
CREATE INDEX entity_aliases_alias_key ON entity_aliases (alias_key);

-- A user's decision about entities (`factdb entity merge|split|alias`), replayed by every later import.
CREATE TABLE entity_decisions (
    entity_decision_id  INTEGER PRIMARY KEY,
    action              TEXT NOT NULL CHECK (action IN ('merge', 'split', 'alias')),
    name                TEXT NOT NULL,         -- the entity the decision is about, by name
    other_name          TEXT,                  -- merge: the entity merged into `name`; alias: the alias
    kind                TEXT CHECK (kind IS NULL OR kind IN ('person', 'organisation', 'location', 'group', 'other')),
    decided_at          TEXT NOT NULL
);

-- One place an entity is named (or referred to) in an article.
CREATE TABLE mentions (
    mention_id    INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities (entity_id),
    sentence_id   INTEGER NOT NULL REFERENCES sentences (sentence_id) ON DELETE CASCADE,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    text          TEXT NOT NULL,               -- as written, without title: "Putin" in "Mr Putin"
    kind          TEXT NOT NULL CHECK (kind IN ('name', 'short', 'alias', 'pronoun', 'role', 'adjectival')),
    role          TEXT,                        -- title or appositive given with it: "Secretary of State"
    CHECK (0 <= start_char AND start_char < end_char)
);
CREATE INDEX mentions_article_id ON mentions (article_id);
CREATE INDEX mentions_entity_id ON mentions (entity_id);
CREATE INDEX mentions_sentence_id ON mentions (sentence_id);

-- The same quote carried by one or more articles: the same words from the same speaker.
CREATE TABLE quote_groups (
    quote_group_id     INTEGER PRIMARY KEY,
    speaker_entity_id  INTEGER REFERENCES entities (entity_id),
    text               TEXT NOT NULL          -- the longest version
);
CREATE INDEX quote_groups_speaker_entity_id ON quote_groups (speaker_entity_id);

-- Words in quotation marks in an article, with who said them.
CREATE TABLE quotes (
    quote_id           INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    sentence_id        INTEGER NOT NULL REFERENCES sentences (sentence_id) ON DELETE CASCADE,
    start_char              INTEGER NOT NULL,       -- first quoted character, after the opening mark
    end_char                INTEGER NOT NULL,       -- after the last quoted character, before the closing mark
    text               TEXT NOT NULL,          -- the quoted words; the parts of a split quote joined by " ... "
    kind               TEXT NOT NULL CHECK (kind IN ('speech', 'partial', 'phrase')),
    speaker_entity_id  INTEGER REFERENCES entities (entity_id),   -- NULL when nobody can be named
    speaker_start_char      INTEGER,                -- the speaker as written at the attribution (may be "he")
    speaker_end_char        INTEGER,
    speaker_text       TEXT,
    cue                TEXT,                   -- "said", "told", "according to"
    audience           TEXT,                   -- "told CNN television", "at the start of a meeting"
    quote_group_id     INTEGER REFERENCES quote_groups (quote_group_id) ON DELETE SET NULL,
    CHECK (0 <= start_char AND start_char <= end_char)
);
CREATE INDEX quotes_article_id ON quotes (article_id);
CREATE INDEX quotes_sentence_id ON quotes (sentence_id);
CREATE INDEX quotes_speaker_entity_id ON quotes (speaker_entity_id);
CREATE INDEX quotes_quote_group_id ON quotes (quote_group_id);
CREATE INDEX quotes_kind ON quotes (kind);

-- The same claim carried by one or more articles.
CREATE TABLE claim_groups (
    claim_group_id  INTEGER PRIMARY KEY,
    text            TEXT NOT NULL,             -- a representative wording
    disagreement    TEXT                       -- why members disagree (numbers, negation); NULL if they agree
);

-- Something an article asserts, or reports a source asserting.
CREATE TABLE claims (
    claim_id          INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    sentence_id       INTEGER NOT NULL REFERENCES sentences (sentence_id) ON DELETE CASCADE,
    start_char             INTEGER NOT NULL,        -- the claim's content, without the attribution frame
    end_char               INTEGER NOT NULL,
    text              TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('attributed', 'outlet')),
    cue               TEXT,                    -- "said", "according to", "estimates"
    source_entity_id  INTEGER REFERENCES entities (entity_id),  -- NULL for the outlet's own or unnamed sources
    source_start_char      INTEGER,                 -- the source as written: "a senior State Department official"
    source_end_char        INTEGER,
    source_text       TEXT,
    negated           INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
    hedged            INTEGER NOT NULL DEFAULT 0 CHECK (hedged IN (0, 1)),
    claim_group_id    INTEGER REFERENCES claim_groups (claim_group_id) ON DELETE SET NULL,
    CHECK (0 <= start_char AND start_char <= end_char)
);
CREATE INDEX claims_article_id ON claims (article_id);
CREATE INDEX claims_sentence_id ON claims (sentence_id);
CREATE INDEX claims_source_entity_id ON claims (source_entity_id);
CREATE INDEX claims_claim_group_id ON claims (claim_group_id);

-- The entities a claim is about.
CREATE TABLE claim_entities (
    claim_id   INTEGER NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities (entity_id),
    PRIMARY KEY (claim_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_entities_entity_id ON claim_entities (entity_id);

-- A number in a claim: "roughly 10,000 ISIS fighters".
CREATE TABLE claim_quantities (
    claim_quantity_id  INTEGER PRIMARY KEY,
    claim_id           INTEGER NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
    start_char              INTEGER NOT NULL,
    end_char                INTEGER NOT NULL,
    text               TEXT NOT NULL,
    value              REAL NOT NULL,
    unit               TEXT,                   -- what is counted: "ISIS fighters", "percent"
    approximate        INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1))
);
CREATE INDEX claim_quantities_claim_id ON claim_quantities (claim_id);

-- Full-text search over article titles and bodies, quotes and claims. External content tables
-- (declared with double quotes so Datasette detects them), kept in sync by the triggers below.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content="articles", content_rowid="article_id");
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.article_id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.article_id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.article_id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.article_id, new.title, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content="quotes", content_rowid="quote_id");
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.quote_id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.quote_id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.quote_id, old.text);
    INSERT INTO quotes_fts (rowid, text) VALUES (new.quote_id, new.text);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5 (text, content="claims", content_rowid="claim_id");
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, text) VALUES (new.claim_id, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.claim_id, old.text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.claim_id, old.text);
    INSERT INTO claims_fts (rowid, text) VALUES (new.claim_id, new.text);
END;
