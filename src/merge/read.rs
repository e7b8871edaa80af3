//! One stored article of a database -> the [`Record`] it would have been: the inverse of writing, so
//! a merge re-stores another database's articles through the same path as an import of records.
//!
//! Entities are the database's (already linked across that database's articles); each article lists
//! the ones it refers to, with the names it writes them as for aliases. The fragments of a split
//! quote are found again from the stored text (parts joined by " ... ") inside the quote's span.

use crate::extract::{MentionKind, Stance};
use crate::records::{Claim, Entity, Mention, Quantity, Quote, Record, Sentence, Span, VERSION};
use rusqlite::{params, Connection, Row};
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// The ids of every article of `conn`, in order.
pub fn article_ids(conn: &Connection) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT article_id FROM articles ORDER BY article_id")?;
    let ids = stmt.query_map([], |r| r.get(0))?.collect();
    ids
}

/// The record of article `id`.
pub fn record(conn: &Connection, id: i64) -> rusqlite::Result<Record> {
    let mut record = conn.query_row(
        "SELECT a.title, o.name, o.domain, s.name, s.domain, a.url, a.published, a.body, a.source, a.encoding
         FROM articles a LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
         LEFT JOIN outlets s ON s.outlet_id = a.site_outlet_id WHERE a.article_id = ?1",
        [id],
        |r| {
            Ok(Record {
                version: VERSION,
                title: r.get(0)?,
                outlet: r.get(1)?,
                outlet_domain: r.get(2)?,
                site: r.get(3)?,
                site_domain: r.get(4)?,
                url: r.get(5)?,
                published: r.get(6)?,
                body: r.get(7)?,
                input: r.get(8)?,
                encoding: r.get(9)?,
                authors: Vec::new(),
                paragraphs: Vec::new(),
                sentences: Vec::new(),
                entities: Vec::new(),
                mentions: Vec::new(),
                quotes: Vec::new(),
                claims: Vec::new(),
            })
        },
    )?;
    record.authors = column(
        conn,
        "SELECT name FROM article_authors WHERE article_id = ?1 ORDER BY position",
        id,
    )?;
    let mut paragraph_index = HashMap::new();
    for (i, (pid, start, end)) in rows(
        conn,
        "SELECT paragraph_id, start_char, end_char FROM paragraphs WHERE article_id = ?1 ORDER BY position",
        id,
        |r| Ok((r.get::<_, i64>(0)?, offset(r, 1)?, offset(r, 2)?)),
    )?
    .into_iter()
    .enumerate()
    {
        paragraph_index.insert(pid, i);
        record.paragraphs.push(Span { start, end });
    }
    let mut sentence_index = HashMap::new();
    for (i, (sid, start, end, paragraph)) in rows(
        conn,
        "SELECT sentence_id, start_char, end_char, paragraph_id FROM sentences WHERE article_id = ?1
         ORDER BY position",
        id,
        |r| Ok((r.get::<_, i64>(0)?, offset(r, 1)?, offset(r, 2)?, r.get::<_, i64>(3)?)),
    )?
    .into_iter()
    .enumerate()
    {
        sentence_index.insert(sid, i);
        record.sentences.push(Sentence {
            start,
            end,
            paragraph: paragraph_index[&paragraph],
        });
    }
    let mut entities = Entities::default();
    read_mentions(conn, id, &mut record, &mut entities, &sentence_index)?;
    read_quotes(conn, id, &mut record, &mut entities, &sentence_index)?;
    read_claims(conn, id, &mut record, &mut entities, &sentence_index)?;
    record.entities = entities.finish(conn, &record)?;
    Ok(record)
}

/// The database entities an article refers to, in order of first use, as indexes.
#[derive(Default)]
struct Entities {
    ids: Vec<i64>,
    index: HashMap<i64, usize>,
}

impl Entities {
    fn of(&mut self, id: i64) -> usize {
        *self.index.entry(id).or_insert_with(|| {
            self.ids.push(id);
            self.ids.len() - 1
        })
    }

    /// The entities with their names and kinds, as this article knows them: an entity of the other
    /// database may have been linked across its articles ("Kerry" into "John Kerry" because that
    /// shard had one Kerry), a decision that depends on every article and must be taken again over
    /// the merged database. So an entity is named by the fullest name the article itself writes (the
    /// database's name for a gazetteer entity, or when the article never names it), and its aliases
    /// are the article's other names for it (names, short forms and aliases; not pronouns, roles or
    /// adjectives).
    fn finish(self, conn: &Connection, record: &Record) -> rusqlite::Result<Vec<Entity>> {
        let mut stmt = conn
            .prepare_cached("SELECT name, kind, gazetteer_id FROM entities WHERE entity_id = ?1")?;
        self.ids
            .iter()
            .enumerate()
            .map(|(i, &id)| {
                let (stored, kind, gazetteer_id): (String, String, Option<String>) =
                    stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                let mut written: Vec<String> = Vec::new();
                for m in record.mentions.iter().filter(|m| m.entity == i) {
                    let text = m.text.clone().unwrap_or_default();
                    let named = matches!(
                        m.kind,
                        MentionKind::Name | MentionKind::Short | MentionKind::Alias
                    );
                    if named && !written.contains(&text) {
                        written.push(text);
                    }
                }
                // The stored name when the article writes it; else its fullest name (the first of
                // equals).
                let fullest = written
                    .iter()
                    .rev()
                    .max_by_key(|w| (w.split_whitespace().count(), w.chars().count()))
                    .cloned();
                let name = match fullest {
                    Some(name) if gazetteer_id.is_none() && !written.contains(&stored) => name,
                    _ => stored,
                };
                written.retain(|w| *w != name);
                Ok(Entity {
                    name,
                    kind: parse(&kind)?,
                    aliases: written,
                    gazetteer_id,
                })
            })
            .collect()
    }
}

fn read_mentions(
    conn: &Connection,
    id: i64,
    record: &mut Record,
    entities: &mut Entities,
    sentences: &HashMap<i64, usize>,
) -> rusqlite::Result<()> {
    let found = rows(
        conn,
        "SELECT entity_id, start_char, end_char, text, kind, role, sentence_id FROM mentions
         WHERE article_id = ?1 ORDER BY mention_id",
        id,
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                offset(r, 1)?,
                offset(r, 2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get(5)?,
                r.get::<_, i64>(6)?,
            ))
        },
    )?;
    for (entity, start, end, text, kind, role, sentence) in found {
        record.mentions.push(Mention {
            entity: entities.of(entity),
            start,
            end,
            text: Some(text),
            kind: parse(&kind)?,
            role,
            sentence: Some(sentences[&sentence]),
        });
    }
    Ok(())
}

fn read_quotes(
    conn: &Connection,
    id: i64,
    record: &mut Record,
    entities: &mut Entities,
    sentences: &HashMap<i64, usize>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT start_char, end_char, text, kind, speaker_entity_id, speaker_start_char, speaker_end_char,
                cue, audience, sentence_id
         FROM quotes WHERE article_id = ?1 ORDER BY quote_id",
    )?;
    let mut found = stmt.query([id])?;
    while let Some(r) = found.next()? {
        let (start, end) = (offset(r, 0)?, offset(r, 1)?);
        let text: String = r.get(2)?;
        record.quotes.push(Quote {
            start,
            end,
            text: None,
            fragments: fragments(&record.body, start, end, &text),
            kind: parse(&r.get::<_, String>(3)?)?,
            speaker: r.get::<_, Option<i64>>(4)?.map(|e| entities.of(e)),
            speaker_span: optional_span(r, 5)?,
            cue: r.get(7)?,
            cue_span: None,
            audience: r.get(8)?,
            sentence: Some(sentences[&r.get::<_, i64>(9)?]),
        });
    }
    Ok(())
}

fn read_claims(
    conn: &Connection,
    id: i64,
    record: &mut Record,
    entities: &mut Entities,
    sentences: &HashMap<i64, usize>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT claim_id, start_char, end_char, kind, cue, source_entity_id, source_start_char,
                source_end_char, negated, hedged, sentence_id, stance
         FROM claims WHERE article_id = ?1 ORDER BY claim_id",
    )?;
    let mut about = conn.prepare_cached(
        "SELECT entity_id FROM claim_entities WHERE claim_id = ?1 ORDER BY entity_id",
    )?;
    let mut quantities = conn.prepare_cached(
        "SELECT start_char, end_char, value, unit, approximate FROM claim_quantities
         WHERE claim_id = ?1 ORDER BY claim_quantity_id",
    )?;
    let mut found = stmt.query([id])?;
    while let Some(r) = found.next()? {
        let claim_id: i64 = r.get(0)?;
        let source = r.get::<_, Option<i64>>(5)?.map(|e| entities.of(e));
        let about: Vec<i64> = about
            .query_map([claim_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        record.claims.push(Claim {
            start: offset(r, 1)?,
            end: offset(r, 2)?,
            text: None,
            kind: parse(&r.get::<_, String>(3)?)?,
            cue: r.get(4)?,
            source,
            source_span: optional_span(r, 6)?,
            negated: r.get(8)?,
            hedged: r.get(9)?,
            stance: Stance::parse(&r.get::<_, String>(11)?),
            entities: about.into_iter().map(|e| entities.of(e)).collect(),
            quantities: quantities
                .query_map(params![claim_id], |q| {
                    Ok(Quantity {
                        start: offset(q, 0)?,
                        end: offset(q, 1)?,
                        text: None,
                        value: q.get(2)?,
                        unit: q.get(3)?,
                        approximate: q.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?,
            sentence: Some(sentences[&r.get::<_, i64>(10)?]),
        });
    }
    Ok(())
}

/// The fragments of a quote whose stored text is its parts joined by " ... ": each part found in
/// order inside the span. One fragment (the span) when the parts cannot all be found.
fn fragments(body: &str, start: usize, end: usize, text: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let byte = |c: usize| chars.get(c).map_or(body.len(), |&(b, _)| b);
    let (from, to) = (byte(start), byte(end));
    let Some(span_text) = body.get(from..to) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut at = 0;
    for part in text.split(" ... ") {
        let Some(offset) = span_text[at..].find(part) else {
            return Vec::new();
        };
        let part_start = from + at + offset;
        let to_char = |b: usize| body[..b].chars().count();
        found.push(Span {
            start: to_char(part_start),
            end: to_char(part_start + part.len()),
        });
        at += offset + part.len();
    }
    found
}

fn optional_span(r: &Row, first: usize) -> rusqlite::Result<Option<Span>> {
    let start: Option<i64> = r.get(first)?;
    let end: Option<i64> = r.get(first + 1)?;
    Ok(start.zip(end).map(|(start, end)| Span {
        start: start.max(0) as usize,
        end: end.max(0) as usize,
    }))
}

/// A stored kind ("person", "speech") as its enum.
fn parse<T: DeserializeOwned>(kind: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(kind.to_string())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn column(conn: &Connection, sql: &str, id: i64) -> rusqlite::Result<Vec<String>> {
    rows(conn, sql, id, |r| r.get(0))
}

fn rows<T>(
    conn: &Connection,
    sql: &str,
    id: i64,
    f: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let found = stmt.query_map([id], f)?.collect();
    found
}

/// A stored code-point offset (never negative: the schema CHECKs it).
fn offset(r: &Row, i: usize) -> rusqlite::Result<usize> {
    Ok(r.get::<_, i64>(i)?.max(0) as usize)
}
