//! Extraction records: one JSON object per article with everything factdb found in it, the format of
//! `factdb extract --format jsonl` and of `factdb import` of facts made elsewhere (another NLP tool, a
//! human annotator, a map step on a cluster).
//!
//! The types here *are* the format: `schema/record.schema.json` is generated from them (see
//! [`schema_json`] and the test that keeps the committed file equal to it), so the documentation
//! cannot drift from the code. Unlike [`crate::extract::Facts`], whose spans are byte ranges, every
//! span in a record is in **Unicode code points** into `body` (start inclusive, end exclusive), the
//! unit of everything factdb shows. [`convert`] turns one into the other, checking a record made
//! elsewhere on the way in.
//!
//! A record is also an article object for the JSON reader (`body`, `title`, `url`, `outlet`,
//! `authors`, `published` at the top level), which is what `factdb import --reextract` reads it as.

pub mod convert;

use crate::extract::{ClaimKind, EntityKind, MentionKind, QuoteKind, Stance};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version this factdb writes and reads. Bump it when a change would make an older reader
/// misread a record (a renamed field, a new unit); adding an optional field does not need it.
pub const VERSION: u32 = 1;

/// One article with everything extracted from it (or annotated by hand).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "factdb extraction record")]
pub struct Record {
    /// The record format's version. This factdb writes and reads version 1.
    pub version: u32,
    /// Where the article was read from (a path, `path:LINE`), stored as the article's `source`. Not
    /// called `source`, which the JSON article reader takes for the outlet (`--reextract`).
    #[serde(default)]
    pub input: Option<String>,
    /// The encoding the input was decoded from when it was not UTF-8 ("windows-1252").
    #[serde(default)]
    pub encoding: Option<String>,
    /// The headline.
    #[serde(default)]
    pub title: Option<String>,
    /// The outlet that wrote the article ("The New York Times").
    #[serde(default)]
    pub outlet: Option<String>,
    /// The outlet's web domain ("nytimes.com").
    #[serde(default)]
    pub outlet_domain: Option<String>,
    /// The site the text was copied from when it reposts another outlet's article (an aggregator).
    #[serde(default)]
    pub site: Option<String>,
    #[serde(default)]
    pub site_domain: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// By-lined authors, in order.
    #[serde(default)]
    pub authors: Vec<String>,
    /// The publication date, `YYYY-MM-DD`.
    #[serde(default)]
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub published: Option<String>,
    /// The article text, stored exactly as given; every span below points into it, in code points.
    pub body: String,
    /// The paragraphs of `body`. When empty, `body` is split at blank lines.
    #[serde(default)]
    pub paragraphs: Vec<Span>,
    /// The sentences of `body`. When empty, factdb splits the paragraphs into sentences.
    #[serde(default)]
    pub sentences: Vec<Sentence>,
    /// People, organisations, places and groups the article names, resolved within the article.
    /// Mentions, quotes and claims refer to them by index into this list.
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub mentions: Vec<Mention>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub claims: Vec<Claim>,
}

/// A half-open range of Unicode code points `start..end` into `body`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index into `paragraphs`.
    pub paragraph: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Entity {
    /// The fullest name the article uses, or the gazetteer's canonical name.
    pub name: String,
    pub kind: EntityKind,
    /// Other names the article uses for it.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Identifier in factdb's built-in gazetteer ("country:RU").
    #[serde(default)]
    pub gazetteer_id: Option<String>,
}

/// One place an entity is named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Mention {
    /// Index into `entities`.
    pub entity: usize,
    pub start: usize,
    pub end: usize,
    /// `body[start..end]`: written for readers, checked when given.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default = "default_mention_kind")]
    pub kind: MentionKind,
    /// A title or appositive given with this mention ("Secretary of State").
    #[serde(default)]
    pub role: Option<String>,
    /// Index into `sentences`; when missing, the sentence where the mention starts.
    #[serde(default)]
    pub sentence: Option<usize>,
}

/// A quote with its speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Quote {
    /// The quoted words without the quotation marks (first word to last for a split quote).
    pub start: usize,
    pub end: usize,
    /// `body[start..end]`: written for readers, checked when given.
    #[serde(default)]
    pub text: Option<String>,
    /// The content fragments of a quote split by its attribution; empty means the one span.
    #[serde(default)]
    pub fragments: Vec<Span>,
    #[serde(default = "default_quote_kind")]
    pub kind: QuoteKind,
    /// Index into `entities`: who said it, when known.
    #[serde(default)]
    pub speaker: Option<usize>,
    /// The speaker as written at the attribution (may be a pronoun: "he").
    #[serde(default)]
    pub speaker_span: Option<Span>,
    /// The speech verb or phrase ("said", "according to").
    #[serde(default)]
    pub cue: Option<String>,
    #[serde(default)]
    pub cue_span: Option<Span>,
    /// To whom or where it was said ("told CNN television").
    #[serde(default)]
    pub audience: Option<String>,
    /// Index into `sentences`; when missing, the sentence where the quote starts.
    #[serde(default)]
    pub sentence: Option<usize>,
}

/// A reported or asserted fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Claim {
    /// The content of the claim without its attribution frame.
    pub start: usize,
    pub end: usize,
    /// `body[start..end]`: written for readers, checked when given.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default = "default_claim_kind")]
    pub kind: ClaimKind,
    #[serde(default)]
    pub cue: Option<String>,
    /// Index into `entities`: the source, when it names an entity.
    #[serde(default)]
    pub source: Option<usize>,
    /// The source as written ("a senior official").
    #[serde(default)]
    pub source_span: Option<Span>,
    #[serde(default)]
    pub negated: bool,
    #[serde(default)]
    pub hedged: bool,
    /// Whether the source asserts the content or only asks, requests, promises, names or wishes it.
    #[serde(default)]
    pub stance: Stance,
    /// Indexes into `entities` of the entities the claim is about.
    #[serde(default)]
    pub entities: Vec<usize>,
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    /// Index into `sentences`; when missing, the sentence where the claim starts.
    #[serde(default)]
    pub sentence: Option<usize>,
}

/// A number in a claim, with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub text: Option<String>,
    pub value: f64,
    /// What is counted or measured ("fighters", "percent").
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub approximate: bool,
}

fn default_mention_kind() -> MentionKind {
    MentionKind::Name
}
fn default_quote_kind() -> QuoteKind {
    QuoteKind::Speech
}
fn default_claim_kind() -> ClaimKind {
    ClaimKind::Attributed
}

/// The JSON Schema of a record, pretty-printed with a final newline: the content of
/// `schema/record.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Record);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}

/// Whether a JSON value looks like a record rather than a plain article object: it has a `version`
/// and at least one of the fact lists.
pub fn is_record(value: &serde_json::Value) -> bool {
    value.get("version").is_some()
        && ["entities", "sentences", "quotes", "claims", "mentions"]
            .iter()
            .any(|k| value.get(k).is_some())
}

/// The facts a record carried, with the metadata given on the command line (`--outlet`, ...) applied
/// over them and checked like extracted facts before they are written.
pub fn checked_facts(
    doc: &crate::ingest::Document,
    mut facts: crate::extract::Facts,
) -> Result<crate::extract::Facts, crate::ingest::IngestError> {
    crate::extract::apply_given(&mut facts.article, &doc.given);
    crate::store::consistency::check(&facts).map_err(|reason| {
        crate::ingest::IngestError::rejected(&doc.source, format!("inconsistent record: {reason}"))
    })?;
    Ok(facts)
}

#[cfg(test)]
mod tests;
