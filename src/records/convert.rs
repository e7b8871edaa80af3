//! [`Facts`] (byte spans) <-> [`Record`] (code-point spans).
//!
//! Writing a record cannot fail. Reading one can: a record made elsewhere may point outside its body,
//! at an entity it does not have, or carry a `text` that is not what its span covers. Each such
//! problem is one sentence naming the fact ("quote 2: speaker 5 is not among the record's 3
//! entities"), so the importer can report it with the file and line and skip the record.

use super::{Claim, Entity, Mention, Quantity, Quote, Record, Sentence, Span, VERSION};
use crate::extract::text::CharOffsets;
use crate::extract::{self, Facts};

/// The record of one article's facts. `source` and `encoding` are the input's provenance.
pub fn to_record(source: &str, encoding: Option<&str>, facts: &Facts) -> Record {
    let a = &facts.article;
    let body = a.body.as_str();
    let chars = CharOffsets::new(body);
    let span = |s: extract::Span| Span {
        start: chars.char_offset(s.start),
        end: chars.char_offset(s.end),
    };
    let text = |s: extract::Span| Some(s.text(body).to_string());
    Record {
        version: VERSION,
        input: Some(source.to_string()),
        encoding: encoding.map(String::from),
        title: a.title.clone(),
        outlet: a.outlet.clone(),
        outlet_domain: a.outlet_domain.clone(),
        site: a.site.clone(),
        site_domain: a.site_domain.clone(),
        url: a.url.clone(),
        authors: a.authors.clone(),
        published: a.published.map(|d| d.format("%Y-%m-%d").to_string()),
        body: a.body.clone(),
        paragraphs: a.paragraphs.iter().map(|&p| span(p)).collect(),
        sentences: a
            .sentences
            .iter()
            .map(|s| {
                let Span { start, end } = span(s.span);
                Sentence {
                    start,
                    end,
                    paragraph: s.paragraph,
                }
            })
            .collect(),
        entities: facts
            .entities
            .iter()
            .map(|e| Entity {
                name: e.name.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
                gazetteer_id: e.gazetteer_id.clone(),
            })
            .collect(),
        mentions: facts
            .mentions
            .iter()
            .map(|m| Mention {
                entity: m.entity,
                start: span(m.span).start,
                end: span(m.span).end,
                text: text(m.span),
                kind: m.kind,
                role: m.role.clone(),
                sentence: Some(m.sentence),
            })
            .collect(),
        quotes: facts
            .quotes
            .iter()
            .map(|q| Quote {
                start: span(q.span).start,
                end: span(q.span).end,
                text: text(q.span),
                fragments: q.fragments.iter().map(|&f| span(f)).collect(),
                kind: q.kind,
                speaker: q.speaker,
                speaker_span: q.speaker_span.map(span),
                cue: q.cue.clone(),
                cue_span: q.cue_span.map(span),
                audience: q.audience.clone(),
                sentence: Some(q.sentence),
            })
            .collect(),
        claims: facts
            .claims
            .iter()
            .map(|c| Claim {
                start: span(c.span).start,
                end: span(c.span).end,
                text: text(c.span),
                kind: c.kind,
                cue: c.cue.clone(),
                source: c.source,
                source_span: c.source_span.map(span),
                negated: c.negated,
                hedged: c.hedged,
                stance: c.stance,
                entities: c.entities.clone(),
                quantities: c
                    .quantities
                    .iter()
                    .map(|q| Quantity {
                        start: span(q.span).start,
                        end: span(q.span).end,
                        text: text(q.span),
                        value: q.value,
                        unit: q.unit.clone(),
                        approximate: q.approximate,
                    })
                    .collect(),
                sentence: Some(c.sentence),
            })
            .collect(),
    }
}

/// Code-point offsets -> byte offsets into one body, checking every span on the way.
struct Body<'a> {
    text: &'a str,
    /// Byte offset of every code point, and the body's length at the end.
    bytes: Vec<usize>,
}

impl<'a> Body<'a> {
    fn new(text: &'a str) -> Body<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        Body { text, bytes }
    }

    fn chars(&self) -> usize {
        self.bytes.len() - 1
    }

    fn span(&self, what: &str, start: usize, end: usize) -> Result<extract::Span, String> {
        if start > end || end > self.chars() {
            return Err(format!(
                "{what}: span {start}..{end} is outside the body ({} code points)",
                self.chars()
            ));
        }
        Ok(extract::Span::new(self.bytes[start], self.bytes[end]))
    }

    /// A span whose `text`, when the record gives one, must be what the span covers.
    fn span_with_text(
        &self,
        what: &str,
        start: usize,
        end: usize,
        text: &Option<String>,
    ) -> Result<extract::Span, String> {
        let span = self.span(what, start, end)?;
        if let Some(text) = text {
            let covered = span.text(self.text);
            if covered != text {
                return Err(format!(
                    "{what}: text {text:?} is not what span {start}..{end} covers ({covered:?})"
                ));
            }
        }
        Ok(span)
    }
}

/// The facts of a record, checked. `Err` is one sentence saying what is wrong.
pub fn to_facts(record: &Record) -> Result<Facts, String> {
    if record.version != VERSION {
        return Err(format!(
            "unsupported record version {} (this factdb reads version {VERSION})",
            record.version
        ));
    }
    if record.body.trim().is_empty() {
        return Err("missing body: the record's \"body\" is empty".into());
    }
    let body = Body::new(&record.body);
    let mut article = structure(record, &body)?;
    article.title = record.title.clone();
    article.outlet = record.outlet.clone();
    article.outlet_domain = record.outlet_domain.clone();
    article.site = record.site.clone();
    article.site_domain = record.site_domain.clone();
    article.url = record.url.clone();
    article.authors = record.authors.clone();
    article.published = match &record.published {
        Some(date) => Some(crate::ingest::json::parse_date(date).ok_or_else(|| {
            format!("published: cannot read the date {date:?}: expected YYYY-MM-DD")
        })?),
        None => None,
    };
    let entities = record
        .entities
        .iter()
        .map(|e| extract::Entity {
            name: e.name.clone(),
            kind: e.kind,
            aliases: e.aliases.clone(),
            gazetteer_id: e.gazetteer_id.clone(),
        })
        .collect();
    let facts_of = FactsOf {
        body: &body,
        sentences: &article.sentences,
        entities: record.entities.len(),
    };
    let mentions = record
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| facts_of.mention(i, m))
        .collect::<Result<_, _>>()?;
    let quotes = record
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| facts_of.quote(i, q))
        .collect::<Result<_, _>>()?;
    let claims = record
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| facts_of.claim(i, c))
        .collect::<Result<_, _>>()?;
    Ok(Facts {
        article,
        entities,
        mentions,
        quotes,
        claims,
    })
}

/// The body with its paragraphs and sentences: as given, or split by factdb when the record has
/// none (a hand-written annotation rarely lists them).
fn structure(record: &Record, body: &Body) -> Result<extract::Article, String> {
    let paragraphs = if record.paragraphs.is_empty() {
        blank_line_paragraphs(body.text)
    } else {
        record
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| body.span(&format!("paragraph {i}"), p.start, p.end))
            .collect::<Result<_, _>>()?
    };
    let sentences = if record.sentences.is_empty() {
        extract::sentences::split(body.text, &paragraphs)
    } else {
        let mut sentences = Vec::with_capacity(record.sentences.len());
        for (i, s) in record.sentences.iter().enumerate() {
            let what = format!("sentence {i}");
            if s.paragraph >= paragraphs.len() {
                return Err(format!(
                    "{what}: paragraph {} is not among the record's {} paragraphs",
                    s.paragraph,
                    paragraphs.len()
                ));
            }
            sentences.push(extract::Sentence {
                span: body.span(&what, s.start, s.end)?,
                paragraph: s.paragraph,
            });
        }
        sentences
    };
    Ok(extract::Article {
        body: body.text.to_string(),
        paragraphs,
        sentences,
        ..extract::Article::default()
    })
}

/// The non-blank stretches of `text` between blank lines, trimmed.
fn blank_line_paragraphs(text: &str) -> Vec<extract::Span> {
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for block in text.split("\n\n") {
        let start = offset + (block.len() - block.trim_start().len());
        let end = offset + block.trim_end().len();
        if end > start {
            paragraphs.push(extract::Span::new(start, end));
        }
        offset += block.len() + 2;
    }
    paragraphs
}

/// Checks the facts of one record against its body, sentences and entities.
struct FactsOf<'a> {
    body: &'a Body<'a>,
    sentences: &'a [extract::Sentence],
    entities: usize,
}

impl FactsOf<'_> {
    fn entity(&self, what: &str, role: &str, index: usize) -> Result<usize, String> {
        if index >= self.entities {
            return Err(format!(
                "{what}: {role} {index} is not among the record's {} entities",
                self.entities
            ));
        }
        Ok(index)
    }

    /// The given sentence index, checked, or the sentence where `span` starts.
    fn sentence(
        &self,
        what: &str,
        given: Option<usize>,
        span: extract::Span,
    ) -> Result<usize, String> {
        match given {
            Some(i) if i < self.sentences.len() => Ok(i),
            Some(i) => Err(format!(
                "{what}: sentence {i} is not among the record's {} sentences",
                self.sentences.len()
            )),
            None => {
                let after = self
                    .sentences
                    .partition_point(|s| s.span.start <= span.start);
                if self.sentences.is_empty() {
                    return Err(format!("{what}: the body has no sentence"));
                }
                Ok(after.saturating_sub(1))
            }
        }
    }

    fn mention(&self, i: usize, m: &Mention) -> Result<extract::Mention, String> {
        let what = format!("mention {i}");
        let span = self.body.span_with_text(&what, m.start, m.end, &m.text)?;
        if span.is_empty() {
            return Err(format!("{what}: the span is empty"));
        }
        Ok(extract::Mention {
            entity: self.entity(&what, "entity", m.entity)?,
            span,
            kind: m.kind,
            role: m.role.clone(),
            sentence: self.sentence(&what, m.sentence, span)?,
        })
    }

    fn quote(&self, i: usize, q: &Quote) -> Result<extract::Quote, String> {
        let what = format!("quote {i}");
        let span = self.body.span_with_text(&what, q.start, q.end, &q.text)?;
        let fragments = if q.fragments.is_empty() {
            vec![span]
        } else {
            q.fragments
                .iter()
                .map(|f| self.body.span(&format!("{what} fragment"), f.start, f.end))
                .collect::<Result<_, _>>()?
        };
        let optional = |name: &str, s: Option<Span>| {
            s.map(|s| self.body.span(&format!("{what} {name}"), s.start, s.end))
                .transpose()
        };
        Ok(extract::Quote {
            span,
            fragments,
            kind: q.kind,
            speaker: q
                .speaker
                .map(|e| self.entity(&what, "speaker", e))
                .transpose()?,
            speaker_span: optional("speaker_span", q.speaker_span)?,
            cue: q.cue.clone(),
            cue_span: optional("cue_span", q.cue_span)?,
            audience: q.audience.clone(),
            sentence: self.sentence(&what, q.sentence, span)?,
        })
    }

    fn claim(&self, i: usize, c: &Claim) -> Result<extract::Claim, String> {
        let what = format!("claim {i}");
        let span = self.body.span_with_text(&what, c.start, c.end, &c.text)?;
        let source_span = c
            .source_span
            .map(|s| {
                self.body
                    .span(&format!("{what} source_span"), s.start, s.end)
            })
            .transpose()?;
        let quantities = c
            .quantities
            .iter()
            .enumerate()
            .map(|(j, q)| {
                let what = format!("{what} quantity {j}");
                if !q.value.is_finite() {
                    return Err(format!("{what}: value {} is not a finite number", q.value));
                }
                Ok(extract::Quantity {
                    span: self.body.span_with_text(&what, q.start, q.end, &q.text)?,
                    value: q.value,
                    unit: q.unit.clone(),
                    approximate: q.approximate,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(extract::Claim {
            span,
            sentence: self.sentence(&what, c.sentence, span)?,
            kind: c.kind,
            cue: c.cue.clone(),
            source: c
                .source
                .map(|e| self.entity(&what, "source", e))
                .transpose()?,
            source_span,
            negated: c.negated,
            hedged: c.hedged,
            stance: c.stance,
            entities: c
                .entities
                .iter()
                .map(|&e| self.entity(&what, "entity", e))
                .collect::<Result<_, _>>()?,
            quantities,
        })
    }
}
