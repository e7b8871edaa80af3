//! Writing one article and everything extracted from it.

use super::{entities, now, outlets, Result};
use crate::extract::text::{fold_for_match, CharOffsets};
use crate::extract::{Facts, Span};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

/// What happened to one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Added(i64),
    /// The same body was already stored (under this id): nothing written.
    AlreadyPresent(i64),
}

/// Where an article came from.
pub struct Provenance<'a> {
    pub source: &'a str,
    pub encoding: Option<&'a str>,
    pub import_run_id: Option<i64>,
}

/// The de-duplication key of a body: the SHA-256 of its folded text, so re-copying a page with other
/// white space or quote styles does not make a second article.
pub fn body_key(body: &str) -> String {
    let digest = Sha256::digest(fold_for_match(body).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// How [`write`] protects a batch from a failure part-way through an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guard {
    /// In a savepoint: a failure rolls this article back and the transaction goes on.
    Savepoint,
    /// No savepoint (a savepoint makes SQLite journal every page the article touches, and FTS5 flush
    /// its pending index): on an error the caller must roll back the whole transaction. For facts
    /// [`super::consistency::check`] passed, which the schema's constraints accept.
    Transaction,
}

/// Writes an article with its paragraphs, sentences, entities, mentions, quotes and claims: either all
/// of it is stored or (with the `guard` the caller chose) none of it. `entities` carries the
/// provisional entities found so far from one article to the next (see [`entities::Cache`]).
pub fn write(
    conn: &Connection,
    entities: &mut entities::Cache,
    facts: &Facts,
    provenance: &Provenance,
    guard: Guard,
) -> Result<Outcome> {
    let key = body_key(&facts.article.body);
    let existing: Option<i64> = conn
        .prepare_cached("SELECT article_id FROM articles WHERE body_key = ?1")?
        .query_row([&key], |row| row.get(0))
        .optional()?;
    if let Some(id) = existing {
        return Ok(Outcome::AlreadyPresent(id));
    }
    if guard == Guard::Transaction {
        return insert(conn, entities, facts, provenance, &key)
            .map(Outcome::Added)
            .inspect_err(|_| entities.rolled_back());
    }
    conn.execute_batch("SAVEPOINT article")?;
    match insert(conn, entities, facts, provenance, &key) {
        Ok(id) => {
            conn.execute_batch("RELEASE article")?;
            Ok(Outcome::Added(id))
        }
        Err(error) => {
            entities.rolled_back();
            Err(roll_back_article(conn, error))
        }
    }
}

/// Full-text indexing in bulk, for a writer of many articles. The schema's triggers index each
/// article, quote and claim as it is inserted, and each such insert opens a statement savepoint at
/// which FTS5 flushes its pending terms into a new small segment, to be merged again later: over a
/// quarter of the writer's CPU. Instead, after `BEGIN` [`BulkText::start`] turns the triggers of this
/// connection off (`SQLITE_DBCONFIG_ENABLE_TRIGGER`: other connections and the schema are untouched),
/// and before `COMMIT` [`BulkText::finish`] indexes every row written since, one statement per table,
/// and turns them on again. The only triggers are the FTS ones, and a transaction that is rolled back
/// leaves nothing to index: [`triggers_on`] then restores them.
#[derive(Debug, Clone, Copy)]
pub struct BulkText {
    /// The largest article, quote and claim ids when the transaction began.
    last: [i64; 3],
}

/// (table, id column, columns indexed, FTS table): what the insert triggers of the schema index.
const INDEXED: [(&str, &str, &str, &str); 3] = [
    ("articles", "article_id", "title, body", "articles_fts"),
    ("quotes", "quote_id", "text", "quotes_fts"),
    ("claims", "claim_id", "text", "claims_fts"),
];

impl BulkText {
    pub fn start(conn: &Connection) -> Result<BulkText> {
        let mut last = [0; 3];
        for (slot, (table, id, _, _)) in last.iter_mut().zip(INDEXED) {
            *slot = conn
                .prepare_cached(&format!("SELECT coalesce(max({id}), 0) FROM {table}"))?
                .query_row([], |r| r.get(0))?;
        }
        triggers_on(conn, false)?;
        Ok(BulkText { last })
    }

    /// Indexes the rows written since [`BulkText::start`] and turns the triggers on again.
    pub fn finish(self, conn: &Connection) -> Result<()> {
        triggers_on(conn, true)?;
        for (last, (table, id, columns, fts)) in self.last.iter().zip(INDEXED) {
            conn.prepare_cached(&format!(
                "INSERT INTO {fts} (rowid, {columns}) SELECT {id}, {columns} FROM {table} WHERE {id} > ?1"
            ))?
            .execute([last])?;
        }
        Ok(())
    }
}

/// Turns this connection's triggers on or off (see [`BulkText`]).
pub fn triggers_on(conn: &Connection, on: bool) -> Result<()> {
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER,
        on,
    )?;
    Ok(())
}

/// Undoes the article's savepoint after `error` and returns the error to report: always `error`.
/// After some errors (disk full, I/O) SQLite has already rolled back the whole transaction, savepoint
/// included, and the rollback fails with "no such savepoint": that says nothing, while the first error
/// says what went wrong ("database or disk is full").
fn roll_back_article(conn: &Connection, error: super::StoreError) -> super::StoreError {
    if conn.is_autocommit() {
        return error; // no transaction left to roll back
    }
    let _ = conn.execute_batch("ROLLBACK TO article; RELEASE article");
    error
}

/// Writes one article's rows: the article, its authors, paragraphs and sentences, entities (through
/// [`entities::write_article`]), mentions, quotes and claims; returns the article's id.
fn insert(
    conn: &Connection,
    cache: &mut entities::Cache,
    facts: &Facts,
    provenance: &Provenance,
    key: &str,
) -> Result<i64> {
    let chars = CharOffsets::new(&facts.article.body);
    let article_id = insert_article_row(conn, facts, provenance, key, &chars)?;
    let mut rows = Rows {
        article_id,
        body: &facts.article.body,
        chars,
        sentence_ids: Vec::new(),
        entity_ids: Vec::new(),
        local_ids: Vec::new(),
    };
    rows.insert_structure(conn, facts)?;
    let stored = entities::write_article(conn, cache, article_id, facts)?;
    rows.entity_ids = stored.iter().map(|e| e.entity_id).collect();
    rows.local_ids = stored.iter().map(|e| e.article_entity_id).collect();
    rows.insert_mentions(conn, facts)?;
    rows.insert_quotes(conn, facts)?;
    rows.insert_claims(conn, facts)?;
    Ok(article_id)
}

/// The `articles` row (with its outlets, found or created) and its authors; returns its id.
fn insert_article_row(
    conn: &Connection,
    facts: &Facts,
    provenance: &Provenance,
    key: &str,
    chars: &CharOffsets,
) -> Result<i64> {
    let article = &facts.article;
    let outlet = |name: &Option<String>, domain: &Option<String>| match name {
        Some(name) => outlets::find_or_create(conn, name, domain.as_deref()).map(Some),
        None => Ok(None),
    };
    let outlet_id = outlet(&article.outlet, &article.outlet_domain)?;
    let site_outlet_id = outlet(&article.site, &article.site_domain)?;
    conn.prepare_cached(
        "INSERT INTO articles (title, outlet_id, site_outlet_id, url, published, body, body_chars, body_key,
                               source, encoding, import_run_id, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
            article.title,
            outlet_id,
            site_outlet_id,
            article.url,
            article.published.map(|d| d.format("%Y-%m-%d").to_string()),
            article.body,
            chars.char_offset(article.body.len()) as i64,
            key,
            provenance.source,
            provenance.encoding,
            provenance.import_run_id,
            now(),
    ])?;
    let article_id = conn.last_insert_rowid();
    let mut author = conn.prepare_cached(
        "INSERT INTO article_authors (article_id, position, name) VALUES (?1, ?2, ?3)",
    )?;
    for (position, name) in article.authors.iter().enumerate() {
        author.execute(params![article_id, position as i64, name])?;
    }
    Ok(article_id)
}

/// What the rows of one article refer to: its id, its body (spans are stored as character offsets
/// into it), the ids of its stored sentences, and the entity and article-entity id of each of the
/// facts' entities.
struct Rows<'a> {
    article_id: i64,
    body: &'a str,
    chars: CharOffsets,
    sentence_ids: Vec<i64>,
    entity_ids: Vec<i64>,
    local_ids: Vec<i64>,
}

impl Rows<'_> {
    /// A span as (start, end) character offsets.
    fn char_span(&self, span: Span) -> (i64, i64) {
        (
            self.chars.char_offset(span.start) as i64,
            self.chars.char_offset(span.end) as i64,
        )
    }

    /// Paragraphs and sentences; keeps the sentences' ids.
    fn insert_structure(&mut self, conn: &Connection, facts: &Facts) -> Result<()> {
        let article = &facts.article;
        let mut paragraph_ids = Vec::with_capacity(article.paragraphs.len());
        let mut paragraph = conn.prepare_cached(
            "INSERT INTO paragraphs (article_id, position, start_char, end_char) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (position, &span) in article.paragraphs.iter().enumerate() {
            let (start, end) = self.char_span(span);
            paragraph.execute(params![self.article_id, position as i64, start, end])?;
            paragraph_ids.push(conn.last_insert_rowid());
        }
        self.sentence_ids = Vec::with_capacity(article.sentences.len());
        let mut sentence = conn.prepare_cached(
            "INSERT INTO sentences (article_id, paragraph_id, position, start_char, end_char, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (position, s) in article.sentences.iter().enumerate() {
            let (start, end) = self.char_span(s.span);
            sentence.execute(params![
                self.article_id,
                paragraph_ids[s.paragraph],
                position as i64,
                start,
                end,
                s.span.text(self.body)
            ])?;
            self.sentence_ids.push(conn.last_insert_rowid());
        }
        Ok(())
    }

    fn insert_mentions(&self, conn: &Connection, facts: &Facts) -> Result<()> {
        let mut mention = conn.prepare_cached(
            "INSERT INTO mentions (article_id, entity_id, sentence_id, start_char, end_char, text, kind, role,
                                   article_entity_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for m in &facts.mentions {
            let (start, end) = self.char_span(m.span);
            mention.execute(params![
                self.article_id,
                self.entity_ids[m.entity],
                self.sentence_ids[m.sentence],
                start,
                end,
                m.span.text(self.body),
                m.kind.as_str(),
                m.role,
                self.local_ids[m.entity]
            ])?;
        }
        Ok(())
    }

    /// Quotes; a split quote's text is its parts joined by " ... ".
    fn insert_quotes(&self, conn: &Connection, facts: &Facts) -> Result<()> {
        let mut quote = conn.prepare_cached(
            "INSERT INTO quotes (article_id, sentence_id, start_char, end_char, text, kind, speaker_entity_id,
                                 speaker_start_char, speaker_end_char, speaker_text, cue, audience,
                                 speaker_article_entity_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        for q in &facts.quotes {
            let (start, end) = self.char_span(q.span);
            let text: Vec<&str> = q.fragments.iter().map(|f| f.text(self.body)).collect();
            let speaker = q.speaker_span.map(|s| self.char_span(s));
            quote.execute(params![
                self.article_id,
                self.sentence_ids[q.sentence],
                start,
                end,
                if text.is_empty() {
                    q.span.text(self.body).to_string()
                } else {
                    text.join(" ... ")
                },
                q.kind.as_str(),
                q.speaker.map(|e| self.entity_ids[e]),
                speaker.map(|s| s.0),
                speaker.map(|s| s.1),
                q.speaker_span.map(|s| s.text(self.body)),
                q.cue,
                q.audience,
                q.speaker.map(|e| self.local_ids[e])
            ])?;
        }
        Ok(())
    }

    /// Claims with the entities they name and the quantities they state.
    fn insert_claims(&self, conn: &Connection, facts: &Facts) -> Result<()> {
        let mut claim = conn.prepare_cached(
            "INSERT INTO claims (article_id, sentence_id, start_char, end_char, text, kind, cue, source_entity_id,
                                 source_start_char, source_end_char, source_text, negated, hedged,
                                 source_article_entity_id, stance)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        let mut claim_entity = conn.prepare_cached(
            "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id) VALUES (?1, ?2)",
        )?;
        let mut claim_local = conn.prepare_cached(
            "INSERT OR IGNORE INTO claim_article_entities (claim_id, article_entity_id) VALUES (?1, ?2)",
        )?;
        let mut quantity = conn.prepare_cached(
            "INSERT INTO claim_quantities (claim_id, start_char, end_char, text, value, unit, approximate)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for c in &facts.claims {
            let (start, end) = self.char_span(c.span);
            let source = c.source_span.map(|s| self.char_span(s));
            claim.execute(params![
                self.article_id,
                self.sentence_ids[c.sentence],
                start,
                end,
                c.span.text(self.body),
                c.kind.as_str(),
                c.cue,
                c.source.map(|e| self.entity_ids[e]),
                source.map(|s| s.0),
                source.map(|s| s.1),
                c.source_span.map(|s| s.text(self.body)),
                c.negated,
                c.hedged,
                c.source.map(|e| self.local_ids[e]),
                c.stance.as_str()
            ])?;
            let claim_id = conn.last_insert_rowid();
            for &e in &c.entities {
                claim_entity.execute(params![claim_id, self.entity_ids[e]])?;
                claim_local.execute(params![claim_id, self.local_ids[e]])?;
            }
            for q in &c.quantities {
                let (start, end) = self.char_span(q.span);
                quantity.execute(params![
                    claim_id,
                    start,
                    end,
                    q.span.text(self.body),
                    q.value,
                    q.unit,
                    q.approximate
                ])?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Document;

    /// A full disk (here: the page limit of the database, reached at every possible point of the
    /// article) is reported as SQLite said it, never as the "no such savepoint" of the rollback that
    /// follows when SQLite has already rolled back the whole transaction.
    #[test]
    fn a_full_disk_is_reported_as_the_first_error() {
        let sentence = "Lena Marsh said on Monday that the harbour forms were received. ";
        let doc = Document {
            source: "big.json".into(),
            text: sentence.repeat(300),
            body_is_clean: true,
            ..Document::default()
        };
        let facts = crate::extract::extract(&doc);
        let provenance = Provenance {
            source: "big.json",
            encoding: None,
            import_run_id: None,
        };
        let dir = tempfile::tempdir().unwrap();
        let mut failures = 0;
        for extra_pages in 0..16 {
            let conn = crate::store::open(&dir.path().join(format!("{extra_pages}.db"))).unwrap();
            let pages: i64 = conn
                .query_row("PRAGMA page_count", [], |r| r.get(0))
                .unwrap();
            conn.pragma_update(None, "max_page_count", pages + extra_pages)
                .unwrap();
            conn.execute_batch("BEGIN IMMEDIATE").unwrap();
            let mut cache = entities::Cache::default();
            if let Err(error) = write(&conn, &mut cache, &facts, &provenance, Guard::Savepoint) {
                let error = error.to_string();
                assert!(error.contains("full"), "{extra_pages} pages: {error}");
                failures += 1;
            }
        }
        assert!(failures > 0, "the page limit was never reached");
    }

    /// Rows written with the triggers off are searchable once the transaction's text is indexed, and the
    /// triggers index what is written after that again.
    #[test]
    fn bulk_text_indexes_the_transaction_and_turns_the_triggers_back_on() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(&dir.path().join("t.db")).unwrap();
        let article = |text: &str| {
            let doc = Document {
                source: "a.txt".into(),
                text: text.into(),
                body_is_clean: true,
                ..Document::default()
            };
            crate::extract::extract(&doc)
        };
        let provenance = Provenance {
            source: "a.txt",
            encoding: None,
            import_run_id: None,
        };
        let found = |word: &str| -> i64 {
            conn.query_row(
                "SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1)
                      + (SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?1)",
                [word],
                |r| r.get(0),
            )
            .unwrap()
        };
        let mut cache = entities::Cache::default();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        let text = BulkText::start(&conn).unwrap();
        let first = article("Lena Marsh said: \"The harbour forms were received.\"");
        write(&conn, &mut cache, &first, &provenance, Guard::Transaction).unwrap();
        assert_eq!(found("harbour"), 0, "indexed by a trigger");
        text.finish(&conn).unwrap();
        conn.execute_batch("COMMIT").unwrap();
        assert_eq!(found("harbour"), 2, "the article and its quote");
        let later = article("Peter Dunne said the ferry timetable would change.");
        write(&conn, &mut cache, &later, &provenance, Guard::Savepoint).unwrap();
        assert_eq!(found("ferry"), 1, "the triggers are on again");
    }
}
