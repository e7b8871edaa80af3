//! Which earlier person or organisation a pronoun source ("he", "she", "it", "they") stands for:
//! the candidates near it (person mentions, earlier named sources, quote speakers, person-like names
//! the recogniser missed) and the choice among them. [`refer`] decides gender agreement and which
//! organisation a group pronoun may mean; this module gathers the candidates for claims.

use super::lexicon::*;
use super::source_names::{capitalised_runs, person_like, Named};
use super::sources::Resolver;
use super::tokens::tokenize;
use crate::extract::{refer, Entity, EntityKind, Mention, MentionKind, Span};

/// A candidate antecedent of a pronoun: (end offset, entity or None for a name not yet an entity,
/// that name's span, prominent, order in which the rules met it).
type Candidate = (usize, Option<usize>, Option<Span>, bool, (u8, usize));

impl Resolver<'_> {
    /// The person a "he"/"she" at `source` refers to: the nearest preceding person mention, named
    /// person source, or person-like name. A prominent candidate (a sentence subject or an earlier
    /// source) within the recent window wins ("Kirby rejected ..., but ... he demurred" -> Kirby,
    /// not Assad); else the nearest candidate at all, looked for further back only when the window
    /// has none.
    pub(super) fn antecedent(
        &mut self,
        source: Span,
        window_start: usize,
        entities: &mut Vec<Entity>,
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        if self.genders.is_none() {
            let genders = refer::Genders::new(&self.article.body, entities, mentions);
            self.genders = Some(genders);
        }
        let runs = self.unrecognised_names(source, window_start, mentions);
        let mut from = window_start.min(source.start);
        let candidates = loop {
            let mut candidates = self.known_candidates(source, from, entities, mentions);
            candidates.extend(runs.iter().copied());
            if candidates.iter().any(|c| c.0 >= from) || from == 0 {
                break candidates;
            }
            from = from.saturating_sub((source.start - from).max(4096));
        };
        let mut candidates = candidates;
        // The order the rules meet candidates in decides between equals (the last one wins).
        candidates.sort_unstable_by_key(|c| c.4);
        let chosen = candidates
            .iter()
            .filter(|c| c.0 >= window_start && c.3)
            .max_by_key(|c| c.0)
            .or_else(|| candidates.iter().max_by_key(|c| c.0))
            .copied()?;
        match chosen {
            (_, Some(e), ..) => Some(e),
            (_, None, Some(span), ..) => {
                let sentences = &self.article.sentences;
                let at = sentences.partition_point(|s| s.span.start <= span.start);
                let sentence = at
                    .checked_sub(1)
                    .filter(|&i| sentences[i].span.contains(span))
                    .unwrap_or(0);
                let named = Named {
                    span,
                    kind: EntityKind::Person,
                    role: None,
                };
                self.add(named, sentence, entities, mentions)
            }
            _ => None,
        }
    }

    /// Candidate antecedents among entities already known that end between `from` and the pronoun
    /// `source`: person mentions, earlier person sources and quote speakers agreeing with it in
    /// gender ([`refer`]: "she" never stands for a man, nor "he" for a woman).
    fn known_candidates(
        &self,
        source: Span,
        from: usize,
        entities: &[Entity],
        mentions: &[Mention],
    ) -> Vec<Candidate> {
        let body = &self.article.body;
        let pronoun = source.text(body);
        let genders = self.genders.as_ref();
        // The person's gender wherever the article names them ("Ms. Coulter" then "Coulter").
        let shown = |e: usize| genders.map_or(true, |g| refer::pronoun_agrees(pronoun, g.of(e)));
        let agrees =
            |span: Span, e: usize| agrees(body, source, span, &entities[e].name) && shown(e);
        let mut candidates = Vec::new();
        for i in self.mentions.ending_before(from, source.start, mentions) {
            let m = &mentions[i];
            if m.kind == MentionKind::Pronoun {
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
            if (entity.kind == EntityKind::Person || unknown_subject) && agrees(m.span, m.entity) {
                candidates.push((m.span.end, Some(m.entity), None, subject, (0, i)));
            }
        }
        let first = self.person_sources.partition_point(|p| p.0 < from);
        for &(end, order, e) in &self.person_sources[first..] {
            if end <= source.start
                && refer::pronoun_can_mean(pronoun, "", &entities[e].name)
                && shown(e)
            {
                candidates.push((end, Some(e), None, true, (1, order)));
            }
        }
        let first = self.speakers_by_end.partition_point(|p| p.0 < from);
        for &(end, qi) in &self.speakers_by_end[first..] {
            let q = &self.quotes[qi];
            let (Some(e), Some(span)) = (q.speaker, q.speaker_span) else {
                continue;
            };
            if end <= source.start && entities[e].kind == EntityKind::Person && agrees(span, e) {
                candidates.push((end, Some(e), None, true, (2, qi)));
            }
        }
        candidates
    }

    /// The organisation an "it", "they" or "we" at `source` stands for: the entity mentioned nearest
    /// before it, after `window_start`, when that is an organisation opening its sentence
    /// ([`refer::group_pronoun_can_mean`]; "The Fed ... It plans", not "the show since it began").
    pub(super) fn group_antecedent(
        &self,
        source: Span,
        window_start: usize,
        entities: &[Entity],
        mentions: &[Mention],
    ) -> Option<usize> {
        let body = &self.article.body;
        let word = source.text(body);
        self.mentions
            .ending_before(window_start, source.start, mentions)
            .map(|i| &mentions[i])
            .filter(|m| m.span.end >= window_start && m.kind != MentionKind::Adjectival)
            .max_by_key(|m| m.span.end)
            .filter(|m| refer::opens_sentence(body, m.span.start))
            .filter(|m| {
                refer::group_pronoun_can_mean(word, entities[m.entity].kind, m.span.text(body))
            })
            .map(|m| m.entity)
    }

    /// Person-like names in the recent text that entity recognition did not give.
    fn unrecognised_names(
        &self,
        source: Span,
        window_start: usize,
        mentions: &[Mention],
    ) -> Vec<Candidate> {
        let body = &self.article.body;
        let window = Span::new(window_start.min(source.start), source.start);
        let tokens = tokenize(body, window);
        let mut candidates = Vec::new();
        for (k, run) in capitalised_runs(&tokens).iter().enumerate() {
            let span = Span::new(run[0].span.start, run.last().unwrap().span.end);
            if person_like(run)
                && self.mentions.overlapping(span, mentions).next().is_none()
                && agrees(body, source, span, span.text(body))
            {
                let subject = is_subject(body, span.start);
                candidates.push((span.end, None, Some(span), subject, (3, k)));
            }
        }
        candidates
    }
}

/// Can the pronoun at `source` refer to the name `name` written at `span`?
fn agrees(body: &str, source: Span, span: Span, name: &str) -> bool {
    let pronoun = source.text(body);
    refer::pronoun_can_mean(pronoun, refer::title_before(body, span.start), name)
        && refer::pronoun_can_mean(pronoun, "", span.text(body))
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
