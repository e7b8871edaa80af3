use chrono::NaiveDate;
use serde::Serialize;

/// One article as read from its source, before any extraction.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    /// Where it came from, as the user should see it in messages: a path, `path:LINE` for JSON lines,
    /// or `<stdin>`.
    pub source: String,
    /// The raw text: a whole copied web page for plain-text input, the body for structured input.
    pub text: String,
    /// Metadata the input carried (JSON fields) or the user gave on the command line. A given field
    /// wins over anything extraction finds.
    pub given: GivenMeta,
    /// True when `text` is already the article body (JSON with a body field): extraction then skips
    /// headline detection and boilerplate removal and only splits paragraphs and sentences.
    pub body_is_clean: bool,
    /// Set when the bytes were not UTF-8 and were decoded from another encoding ("windows-1252").
    pub decoded_from: Option<&'static str>,
    /// The facts, when the input already carries them (a factdb record): stored as given, not
    /// extracted from `text`.
    #[serde(skip)]
    pub facts: Option<Box<crate::extract::Facts>>,
}

/// Article metadata given from outside the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GivenMeta {
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<NaiveDate>,
}

impl GivenMeta {
    /// Fills every field of `self` that is empty from `fallback`.
    pub fn or(mut self, fallback: &GivenMeta) -> GivenMeta {
        if self.title.is_none() {
            self.title = fallback.title.clone();
        }
        if self.url.is_none() {
            self.url = fallback.url.clone();
        }
        if self.outlet.is_none() {
            self.outlet = fallback.outlet.clone();
        }
        if self.authors.is_empty() {
            self.authors = fallback.authors.clone();
        }
        if self.published.is_none() {
            self.published = fallback.published;
        }
        self
    }
}
