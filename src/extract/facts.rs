//! The value types that flow from `extract` to `store`: everything factdb learned from one article.
//!
//! Spans here are **byte** ranges into [`Article::body`] (always on `char` boundaries), because that is
//! what Rust string slicing wants. They are converted to Unicode code points exactly once, when they
//! leave the library (the database and `eval` output), by [`crate::extract::text::CharOffsets`]. Every
//! span visible to a user is in code points.

use chrono::NaiveDate;
use serde::Serialize;

/// A half-open byte range `start..end` into an article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text of this span in `body`.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facts {
    pub article: Article,
    /// Entities of this article, resolved within the article only. Cross-article resolution happens in
    /// `store`, which maps these indexes to database ids.
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
}

/// The article's own fields after boilerplate removal.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Article {
    pub title: Option<String>,
    /// The outlet that wrote the article ("The New York Times").
    pub outlet: Option<String>,
    /// The outlet's web domain when known ("nytimes.com").
    pub outlet_domain: Option<String>,
    /// The site the text was copied from when it reposts another outlet's article (an aggregator).
    pub site: Option<String>,
    pub site_domain: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<NaiveDate>,
    /// The article text: its own paragraphs separated by one blank line (`"\n\n"`), nothing else.
    pub body: String,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Location,
    /// A named group of people that is not an organisation (an ethnic or religious group, a militia).
    Group,
    Other,
}

impl EntityKind {
    /// The value stored in `entities.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Location => "location",
            EntityKind::Group => "group",
            EntityKind::Other => "other",
        }
    }
}

/// An entity as one article knows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// The fullest name the article uses ("Vladimir V. Putin"), or the gazetteer's canonical name.
    pub name: String,
    pub kind: EntityKind,
    /// Other names this article uses for it, and declared aliases ("also known as ISIS").
    pub aliases: Vec<String>,
    /// Identifier in the built-in gazetteer ("country:RU"), when the entity is a known one.
    pub gazetteer_id: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// The full name or a longer form of it.
    Name,
    /// A surname or a shortened name that refers back to a full name ("Putin", "Mr Putin").
    Short,
    /// An acronym or other alias ("ISIL").
    Alias,
    /// A pronoun resolved to the entity ("he"), recorded when it carries a quote or claim.
    Pronoun,
    /// A role noun phrase ("the Russian foreign minister").
    Role,
    /// A demonym or adjective derived from a place ("Russian").
    Adjectival,
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Short => "short",
            MentionKind::Alias => "alias",
            MentionKind::Pronoun => "pronoun",
            MentionKind::Role => "role",
            MentionKind::Adjectival => "adjectival",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Index into [`Facts::entities`].
    pub entity: usize,
    /// The name as written, without a title or honorific ("Putin" in "Mr Putin").
    pub span: Span,
    pub kind: MentionKind,
    /// A title or appositive given with this mention ("Secretary of State", "Iraq's foreign minister").
    pub role: Option<String>,
    /// Index into [`Article::sentences`].
    pub sentence: usize,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words someone said or wrote, in quotation marks.
    Speech,
    /// A quoted fragment inside reported speech ("said it was to \"coordinate the efforts\"").
    Partial,
    /// Quotation marks that are not speech: scare quotes, titles, nicknames, terms.
    Phrase,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Partial => "partial",
            QuoteKind::Phrase => "phrase",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks. For a quote split by its attribution ("...," X
    /// said, "...") or running over paragraphs, from the first word to the last.
    pub span: Span,
    /// The content fragments when the quote is split (each without quotation marks); one element
    /// otherwise.
    pub fragments: Vec<Span>,
    pub kind: QuoteKind,
    /// Index into [`Facts::entities`]: who said it, when known.
    pub speaker: Option<usize>,
    /// The speaker as written at the attribution (may be a pronoun or role noun: "he", "the minister").
    pub speaker_span: Option<Span>,
    /// The speech verb or phrase ("said", "told", "according to").
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
    /// To whom or where it was said, when the text says ("told CNN television", "at the start of a meeting").
    pub audience: Option<String>,
    /// Index into [`Article::sentences`] of the sentence where the quote starts.
    pub sentence: usize,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Reported speech: a source is said to assert it.
    Attributed,
    /// The outlet asserts it in its own voice.
    Outlet,
}

/// What a source does with a claim's content: asserts it, or only raises it. Set by the cue
/// ("asked whether" is a question, "urged X to" a request); the outlet's own claims are asserted.
/// Apart from [`Claim::hedged`], which is a hedge on the content itself ("may", "reportedly").
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// States it as so ("said that", "denied that", "believes").
    #[default]
    Asserted,
    /// Asks it ("asked whether", "wondered if").
    Question,
    /// Asks someone to do it ("urged X to", "called for", "demanded").
    Request,
    /// Undertakes to do it ("promised to").
    Promise,
    /// Calls something by a name or description ("called it a disgrace", "described X as").
    Naming,
    /// Wishes it ("wants the talks to resume", "hopes to win", "prefers"): a wish, not a statement.
    Wish,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Asserted => "asserted",
            Stance::Question => "question",
            Stance::Request => "request",
            Stance::Promise => "promise",
            Stance::Naming => "naming",
            Stance::Wish => "wish",
        }
    }

    /// The stance stored as `as_str` wrote it (unknown text reads as asserted).
    pub fn parse(s: &str) -> Stance {
        match s {
            "question" => Stance::Question,
            "request" => Stance::Request,
            "promise" => Stance::Promise,
            "naming" => Stance::Naming,
            "wish" => Stance::Wish,
            _ => Stance::Asserted,
        }
    }
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Attributed => "attributed",
            ClaimKind::Outlet => "outlet",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The content of the claim without its attribution frame.
    pub span: Span,
    /// Index into [`Article::sentences`].
    pub sentence: usize,
    pub kind: ClaimKind,
    pub cue: Option<String>,
    /// Index into [`Facts::entities`]: the source (for attributed claims), when it names an entity.
    pub source: Option<usize>,
    /// The source as written ("a senior State Department official"), when there is one.
    pub source_span: Option<Span>,
    pub negated: bool,
    /// A hedge on the content itself ("may", "reportedly") or a tentative cue ("suggested").
    pub hedged: bool,
    /// Whether the source asserts the content or only asks, requests, promises, names or wishes it.
    pub stance: Stance,
    /// Indexes into [`Facts::entities`] of the entities the content is about.
    pub entities: Vec<usize>,
    pub quantities: Vec<Quantity>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The number with its approximator and the thing counted ("roughly 10,000 ISIS fighters").
    pub span: Span,
    pub value: f64,
    /// What is counted or measured ("ISIS fighters", "new recruits", "percent"), when given.
    pub unit: Option<String>,
    pub approximate: bool,
}
