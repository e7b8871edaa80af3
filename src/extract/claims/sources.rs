//! From a source as written ("US secretary of state John Kerry", "he", "a senior State Department
//! official", "the Iraqi military") to an entity of the article.
//!
//! Order of evidence:
//! 1. a pronoun ("he", "she") is resolved to the nearest preceding person: a person mention, an earlier
//!    claim's named source, or a person-like name in the text (two capitalised words that are not an
//!    organisation or a place); a quote whose speaker span is this pronoun wins over all of these;
//! 2. an entity mention inside the source span ([`mention_entity`]; demonyms such as "Iraqi" do not
//!    name the source);
//! 3. the name written inside the span: a person ("John Kerry", titles stripped), an organisation
//!    ("the Pentagon"), the organisation of an unnamed official ("State Department" in "a senior State
//!    Department official"), or a demonym with an institution ("Iraqi military");
//! 4. a definite description ("the official") refers back to an earlier phrase with the same head
//!    noun that names an organisation;
//! 5. a generic source ("a government spokesman", "officials") has no entity: the wording is kept.
//!
//! When 3 or 4 finds a name that no entity has, an entity and a mention are added for it, so that a
//! claim's source is queryable even where entity recognition missed the name.

use super::lexicon::*;
use super::tokens::{tokenize, Token, TokenKind};
use crate::extract::{refer, Article, Entity, EntityKind, Mention, MentionKind, Quote, Span};

/// Place words that make a capitalised run a place, not a person ("Middle East", "United States").
const PLACE_WORDS: &[&str] = &[
    "east",
    "west",
    "north",
    "south",
    "republic",
    "kingdom",
    "states",
    "islands",
    "city",
    "province",
    "region",
    "sea",
    "gulf",
    "river",
    "street",
    "county",
    "valley",
    "mountains",
    "arabia",
    "africa",
    "america",
    "europe",
    "asia",
    "korea",
    "emirates",
    "coast",
    "strip",
    "bank",
    "island",
    "district",
    "square",
    "airport",
    "road",
    "avenue",
];

/// Capitalised words that never start or continue a name: pronouns, prepositions and conjunctions
/// capitalised at the start of a sentence.
const RUN_BREAKERS: &[&str] = &[
    "i", "it", "he", "she", "they", "we", "you", "in", "on", "at", "for", "of", "to", "as", "by",
    "with", "from", "after", "before", "is", "was", "are", "were", "has", "have", "had", "not",
    "no", "yes", "or", "if", "what", "who", "how", "why", "where", "which", "said", "says",
];

/// Documents that stand for their author as a source.
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "report",
    "communique",
    "announcement",
    "release",
];

/// What the article knows while resolving sources: earlier named person sources, for pronouns.
pub struct Resolver<'a> {
    pub article: &'a Article,
    pub quotes: &'a [Quote],
    /// (end offset of the source span, entity) of earlier claims whose source is a named person.
    person_sources: Vec<(usize, usize)>,
    /// Person-like names of the whole body (titles stripped), found once on first use.
    person_names: Option<Vec<String>>,
}

impl<'a> Resolver<'a> {
    pub fn new(article: &'a Article, quotes: &'a [Quote]) -> Resolver<'a> {
        Resolver {
            article,
            quotes,
            person_sources: Vec::new(),
            person_names: None,
        }
    }

    /// The entity of `source` (as written, in sentence `sentence`), adding an entity and mention when a
    /// named source has none. `window_start` is where the text searched for antecedents starts.
    pub fn resolve(
        &mut self,
        source: Span,
        sentence: usize,
        window_start: usize,
        entities: &mut Vec<Entity>,
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        let body = &self.article.body;
        let tokens = tokenize(body, source);
        let first = tokens.first()?;
        if let Some(q) = self
            .quotes
            .iter()
            .find(|q| q.speaker.is_some() && q.speaker_span.is_some_and(|s| s.overlaps(source)))
        {
            return q.speaker;
        }
        if tokens.len() == 1 && first.is_any(PERSON_PRONOUNS) {
            let entity = self.antecedent(source, window_start, entities, mentions)?;
            push_mention(
                mentions,
                entity,
                source,
                MentionKind::Pronoun,
                None,
                sentence,
            );
            return Some(entity);
        }
        if tokens.len() == 1 && first.is_any(OTHER_PRONOUNS) {
            return None;
        }
        let named = named_part(body, &tokens);
        let name_span = named.as_ref().map(|n| n.span);
        let entity = match mention_entity(source, name_span, mentions, entities) {
            Some(e) => Some(e),
            None => match named {
                Some(n) => Some(self.add(n, sentence, entities, mentions)),
                None => {
                    self.definite_antecedent(&tokens, window_start, sentence, entities, mentions)
                }
            },
        };
        if let Some(e) = entity {
            if entities[e].kind == EntityKind::Person {
                self.person_sources.push((source.end, e));
            }
        }
        entity
    }

    /// Adds (or finds by name) the entity of a name found in a source, with a mention of it.
    fn add(
        &mut self,
        named: Named,
        sentence: usize,
        entities: &mut Vec<Entity>,
        mentions: &mut Vec<Mention>,
    ) -> usize {
        let body = &self.article.body;
        let written = named
            .span
            .text(body)
            .trim_end_matches("'s")
            .trim_end_matches("\u{2019}s");
        let mut name = written.to_string();
        let mut kind = named.kind;
        let mut mention_kind = MentionKind::Name;
        if kind == EntityKind::Other && !written.contains(' ') {
            // A single word ("Putin", "Kerry"): the fullest person name ending with it in the article.
            let names = self.person_names.get_or_insert_with(|| person_names(body));
            if let Some(full) = full_name_ending_with(names, written) {
                name = full;
                kind = EntityKind::Person;
                mention_kind = MentionKind::Short;
            }
        }
        let existing = entities.iter().position(|e| {
            e.name.eq_ignore_ascii_case(&name)
                || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(&name))
                || (kind == EntityKind::Person
                    && e.kind == EntityKind::Person
                    && e.name.split(' ').next_back() == name.split(' ').next_back()
                    && (e.name.contains(written) || name.contains(&e.name)))
        });
        let entity = match existing {
            Some(e) => e,
            None => {
                let aliases = if name != written {
                    vec![written.to_string()]
                } else {
                    vec![]
                };
                entities.push(Entity {
                    name,
                    kind,
                    aliases,
                    gazetteer_id: None,
                });
                entities.len() - 1
            }
        };
        push_mention(
            mentions,
            entity,
            named.span,
            mention_kind,
            named.role,
            sentence,
        );
        entity
    }

    /// The person a "he"/"she" at `source` refers to: the nearest preceding person mention, named
    /// person source, or person-like name.
    fn antecedent(
        &mut self,
        source: Span,
        window_start: usize,
        entities: &mut Vec<Entity>,
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        let body = &self.article.body;
        let pronoun = source.text(body);
        // Gender agreement ([`refer`]): "she" never stands for a man, nor "he" for a woman.
        let agrees = |span: Span, name: &str| {
            refer::pronoun_can_mean(pronoun, refer::title_before(body, span.start), name)
                && refer::pronoun_can_mean(pronoun, "", span.text(body))
        };
        // Candidates: (end offset, entity or None for a name not yet an entity, prominent). A
        // prominent candidate is a sentence subject or an earlier source: "he" prefers those within
        // the recent window ("Kirby rejected ..., but ... he demurred" -> Kirby, not Assad).
        let mut candidates: Vec<(usize, Option<usize>, Option<Span>, bool)> = Vec::new();
        for m in mentions.iter() {
            if m.kind == MentionKind::Pronoun || m.span.end > source.start {
                continue;
            }
            let subject = is_subject(body, m.span.start);
            // An entity of unknown kind counts when it is a sentence subject with a one-word name
            // ("Kirby rejected ...").
            let entity = &entities[m.entity];
            let unknown_subject = entity.kind == EntityKind::Other
                && subject
                && !entity.name.contains(' ')
                && !ORGANISATION_WORDS.contains(&entity.name.to_lowercase().as_str());
            if (entity.kind == EntityKind::Person || unknown_subject)
                && agrees(m.span, &entity.name)
            {
                candidates.push((m.span.end, Some(m.entity), None, subject));
            }
        }
        for &(end, e) in &self.person_sources {
            if end <= source.start && refer::pronoun_can_mean(pronoun, "", &entities[e].name) {
                candidates.push((end, Some(e), None, true));
            }
        }
        for q in self.quotes {
            if let (Some(e), Some(span)) = (q.speaker, q.speaker_span) {
                if span.end <= source.start
                    && entities[e].kind == EntityKind::Person
                    && agrees(span, &entities[e].name)
                {
                    candidates.push((span.end, Some(e), None, true));
                }
            }
        }
        // Person-like names in the recent text that entity recognition did not give.
        let window = Span::new(window_start.min(source.start), source.start);
        let tokens = tokenize(body, window);
        for run in capitalised_runs(&tokens).iter().filter(|r| person_like(r)) {
            let span = Span::new(run[0].span.start, run.last().unwrap().span.end);
            if !mentions.iter().any(|m| m.span.overlaps(span)) && agrees(span, span.text(body)) {
                candidates.push((span.end, None, Some(span), is_subject(body, span.start)));
            }
        }
        let recent = |c: &&(usize, Option<usize>, Option<Span>, bool)| c.0 >= window_start;
        let chosen = candidates
            .iter()
            .filter(recent)
            .filter(|c| c.3)
            .max_by_key(|c| c.0)
            .or_else(|| candidates.iter().max_by_key(|c| c.0))
            .copied()?;
        match chosen {
            (_, Some(e), _, _) => Some(e),
            (_, None, Some(span), _) => {
                let sentence = self
                    .article
                    .sentences
                    .iter()
                    .position(|s| s.span.contains(span))
                    .unwrap_or(0);
                let named = Named {
                    span,
                    kind: EntityKind::Person,
                    role: None,
                };
                Some(self.add(named, sentence, entities, mentions))
            }
            _ => None,
        }
    }

    /// "the official" -> the nearest earlier phrase with the same head that names an organisation ("a
    /// senior State Department official").
    fn definite_antecedent(
        &mut self,
        tokens: &[Token],
        window_start: usize,
        sentence: usize,
        entities: &mut Vec<Entity>,
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        if tokens.len() != 2 || !tokens[0].is_any(&["the", "this", "that"]) {
            return None;
        }
        let head = tokens[1];
        let body = &self.article.body;
        let before = tokenize(
            body,
            Span::new(window_start.min(head.span.start), tokens[0].span.start),
        );
        let idx = before.iter().rposition(|t| t.is(&head.lower()))?;
        let mut s = idx;
        while s > 0
            && idx - s < 5
            && before[s - 1].is_word()
            && !before[s - 1].is_any(SOURCE_BOUNDARIES)
        {
            s -= 1;
        }
        let phrase = &before[s..=idx];
        let named = named_part(body, phrase)?;
        let span = named.span;
        match mention_entity(span, Some(span), mentions, entities) {
            Some(e) => Some(e),
            None => Some(self.add(named, sentence, entities, mentions)),
        }
    }
}

/// Does the name at `start` begin its sentence (after a title or a leading conjunction), making it
/// the subject a later pronoun most likely refers to?
fn is_subject(body: &str, start: usize) -> bool {
    let mut before = body[..start].trim_end();
    for _ in 0..4 {
        let word_start = before
            .rfind(|c: char| c.is_whitespace() || is_opening(c))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[word_start..];
        let lower = word.to_lowercase();
        let lower = lower.trim_end_matches('.');
        if word.is_empty()
            || !(TITLES.contains(&lower) || LEADING_DROPPABLE.contains(&lower) || is_demonym(word))
        {
            break;
        }
        before = before[..word_start].trim_end();
    }
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '\u{201D}'])
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '(')
}

/// The entity a source names through the recognised mentions: a mention overlapping the name part
/// (when there is one) or else the source span, preferring the one ending at the source's head.
/// Demonyms ("Iraqi" in "the Iraqi military") do not name the source.
pub fn mention_entity(
    source: Span,
    name: Option<Span>,
    mentions: &[Mention],
    entities: &[Entity],
) -> Option<usize> {
    let target = name.unwrap_or(source);
    let candidates = mentions
        .iter()
        .filter(|m| m.kind != MentionKind::Adjectival && m.span.overlaps(target));
    candidates
        .max_by_key(|m| {
            (
                m.span.end == target.end,
                matches!(
                    entities[m.entity].kind,
                    EntityKind::Person | EntityKind::Organisation
                ),
                std::cmp::Reverse(m.span.start),
            )
        })
        .map(|m| m.entity)
}

fn push_mention(
    mentions: &mut Vec<Mention>,
    entity: usize,
    span: Span,
    kind: MentionKind,
    role: Option<String>,
    sentence: usize,
) {
    if mentions
        .iter()
        .any(|m| m.span.overlaps(span) && m.entity == entity)
    {
        return;
    }
    mentions.push(Mention {
        entity,
        span,
        kind,
        role,
        sentence,
    });
}

/// A name found inside a source phrase.
#[derive(Debug, Clone)]
pub struct Named {
    pub span: Span,
    pub kind: EntityKind,
    /// The title or description written before a person's name ("US secretary of state").
    pub role: Option<String>,
}

/// Runs of capitalised tokens, allowing "of"/"for"/"and"/"the" between capitalised words ("Department
/// of Defense") and skipping a capitalised first word that is only a function word ("The").
fn capitalised_runs<'a>(tokens: &[Token<'a>]) -> Vec<Vec<Token<'a>>> {
    let mut runs: Vec<Vec<Token>> = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let lower = t.lower();
        // Not STOPWORDS: "New" (York) and "United" (States) start names.
        let function_word = RUN_BREAKERS.contains(&lower.as_str())
            || DETERMINERS.contains(&lower.as_str())
            || LEADING_DROPPABLE.contains(&lower.as_str())
            || SUBORDINATORS.contains(&lower.as_str());
        if t.is_capitalised() && !function_word {
            current.push(t);
        } else if t.text == "."
            && current
                .last()
                .is_some_and(|p| p.text.chars().count() == 1 && p.span.end == t.span.start)
        {
            // The period of an initial: "Michael R. Gordon".
            current.push(t);
        } else if !current.is_empty()
            && t.is_any(&["of", "for", "and"])
            && t.is_lowercase_word()
            && tokens.get(i + 1).is_some_and(|n| n.is_capitalised())
        {
            current.push(t);
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
        i += 1;
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

fn has_org_word(run: &[Token]) -> bool {
    run.iter()
        .any(|t| ORGANISATION_WORDS.contains(&t.lower().trim_end_matches("'s")))
}

/// Strips leading titles and demonyms from a person name run ("Russian President Vladimir Putin").
fn strip_titles<'a, 'b>(run: &'b [Token<'a>]) -> &'b [Token<'a>] {
    let mut s = 0;
    while s + 1 < run.len() && (run[s].is_any(TITLES) || is_demonym(run[s].text)) {
        s += 1;
    }
    &run[s..]
}

fn person_like(run: &[Token]) -> bool {
    let stripped = strip_titles(run);
    let words = stripped.iter().filter(|t| t.is_capitalised()).count();
    words >= 2
        && stripped.last().is_some_and(|t| t.is_capitalised())
        && words <= 4
        && !has_org_word(stripped)
        && !stripped.iter().any(|t| {
            PLACE_WORDS.contains(&t.lower().as_str())
                || is_demonym(t.text)
                || t.is_any(&["of", "and", "for"])
        })
}

/// The name part of a source phrase (see the module docs, step 3).
pub fn named_part(body: &str, tokens: &[Token]) -> Option<Named> {
    let head = tokens.iter().rev().find(|t| t.kind == TokenKind::Word)?;
    // "the Iraqi military statement", "a Pentagon report": the document stands for its author.
    if head.is_any(DOCUMENT_NOUNS) && tokens.len() > 2 {
        let without = &tokens[..tokens.len() - 1];
        if without.last().is_some_and(|t| t.is_word()) {
            return named_part(body, without);
        }
    }
    let runs = capitalised_runs(tokens);
    let span_of = |r: &[Token]| Span::new(r[0].span.start, r.last().unwrap().span.end);
    if head.is_capitalised() {
        let run = runs
            .iter()
            .find(|r| r.last().is_some_and(|t| t.span == head.span))?;
        if has_org_word(strip_titles(run)) {
            return Some(Named {
                span: span_of(run),
                kind: EntityKind::Organisation,
                role: None,
            });
        }
        let stripped = strip_titles(run);
        if stripped.iter().all(|t| is_demonym(t.text)) {
            return None;
        }
        let role_end = stripped[0].span.start;
        let role_text = body[tokens[0].span.start..role_end].trim();
        let role = (!role_text.is_empty()).then(|| role_text.to_string());
        let had_title = stripped.len() < run.len() || role.is_some();
        let kind = if stripped.len() >= 2 || had_title {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        return Some(Named {
            span: span_of(stripped),
            kind,
            role,
        });
    }
    // A lower-case head: an official of a named organisation, or a name with an institution noun
    // ("the Valdoran navy", "the Kalvia fire service", "the Iraqi military").
    let head_lower = head.lower();
    if INSTITUTION_NOUNS.contains(&head_lower.as_str())
        || ORGANISATION_WORDS.contains(&head_lower.as_str())
    {
        let run = runs.iter().rev().find(|r| {
            let end = r.last().unwrap().span.end;
            // Only lower-case words between the name and the head.
            tokens
                .iter()
                .filter(|t| t.span.start >= end && t.span.end <= head.span.start)
                .all(|t| t.is_lowercase_word() && !t.is_any(STOPWORDS))
                && !r.last().unwrap().text.ends_with("'s")
        });
        if let Some(run) = run {
            let start = run[0].span.start;
            return Some(Named {
                span: Span::new(start, head.span.end),
                kind: EntityKind::Organisation,
                role: None,
            });
        }
    }
    if let Some(run) = runs.iter().rev().find(|r| {
        !r.iter().all(|t| is_demonym(t.text) || t.is_any(TITLES))
            && !r
                .last()
                .is_some_and(|t| t.text.ends_with("'s") || t.text.ends_with("\u{2019}s"))
    }) {
        let kind = if has_org_word(run) {
            EntityKind::Organisation
        } else {
            EntityKind::Other
        };
        return Some(Named {
            span: span_of(run),
            kind,
            role: None,
        });
    }
    if INSTITUTION_NOUNS.contains(&head_lower.as_str()) {
        if let Some(run) = runs.last() {
            if run.iter().all(|t| is_demonym(t.text)) {
                return Some(Named {
                    span: Span::new(run[0].span.start, head.span.end),
                    kind: EntityKind::Organisation,
                    role: None,
                });
            }
        }
    }
    None
}

/// Every person-like name of `body` with two to four words, titles stripped.
fn person_names(body: &str) -> Vec<String> {
    let tokens = tokenize(body, Span::new(0, body.len()));
    capitalised_runs(&tokens)
        .iter()
        .map(|run| strip_titles(run))
        .filter(|stripped| stripped.len() >= 2 && stripped.len() <= 4 && person_like(stripped))
        .map(|stripped| body[stripped[0].span.start..stripped.last().unwrap().span.end].to_string())
        .collect()
}

/// The fullest name among `names` ending with the word `word` ("Vladimir Putin" for "Putin").
fn full_name_ending_with(names: &[String], word: &str) -> Option<String> {
    names
        .iter()
        .filter(|n| n.rsplit(' ').next() == Some(word))
        .max_by_key(|n| n.len())
        .cloned()
}
