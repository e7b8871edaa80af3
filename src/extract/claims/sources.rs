//! From a source as written ("US secretary of state John Kerry", "he", "a senior State Department
//! official", "the Iraqi military") to an entity of the article.
//!
//! Order of evidence:
//! 1. a pronoun ("he", "she") is resolved to the nearest preceding person: a person mention, an earlier
//!    claim's named source, or a person-like name in the text (two capitalised words that are not an
//!    organisation or a place); a quote whose speaker span is this pronoun wins over all of these
//!    (the candidates and the choice: [`super::antecedents`]);
//! 2. an entity mention inside the source span ([`mention_entity`]; demonyms such as "Iraqi" do not
//!    name the source);
//! 3. the name written inside the span: a person ("John Kerry", titles stripped), an organisation
//!    ("the Pentagon"), the organisation of an unnamed official ("State Department" in "a senior State
//!    Department official"), or a demonym with an institution ("Iraqi military");
//! 4. a definite description ("the official") refers back to an earlier phrase with the same head
//!    noun that names an organisation;
//! 5. a generic source ("a government spokesman", "officials") has no entity: the wording is kept;
//! 6. "it", "they", "we" stand for the organisation mentioned nearest before them in the window, if any.
//!
//! Which person a pronoun, a bare surname or a titled surname may mean is decided by [`refer`]
//! (gender agreement; the family member the article is about).
//!
//! When 3 or 4 finds a name that no entity has, an entity and a mention are added for it, so that a
//! claim's source is queryable even where entity recognition missed the name.

use super::lexicon::*;
use super::source_names::{
    full_names_by_last_word, joins_two_names, named_part, names_a_modifier, Named,
};
use super::tokens::{tokenize, Token};
use crate::extract::lang::lexicon::is_ordinary_word;
use crate::extract::mention_index::MentionIndex;
use crate::extract::{refer, Article, Entity, EntityKind, Mention, MentionKind, Quote, Span};
use std::collections::HashMap;

/// What the article knows while resolving sources: earlier named person sources, for pronouns, and
/// indexes of the mentions, entities and quote speakers, so each source costs a few look-ups, not a
/// scan of the whole article (a long article stays near-linear).
pub struct Resolver<'a> {
    pub article: &'a Article,
    pub(super) quotes: &'a [Quote],
    /// (end offset of the source span, order, entity) of earlier claims whose source is a named
    /// person, sorted.
    pub(super) person_sources: Vec<(usize, usize, usize)>,
    /// Fullest person-like name by last word (titles stripped), found once on first use.
    full_names: Option<HashMap<String, String>>,
    pub(super) mentions: MentionIndex,
    entities: EntityIndex,
    /// Whom a bare surname refers to ([`refer::People`]), built on first use.
    people: Option<refer::People>,
    /// The gender each person shows anywhere in the article ([`refer::Genders`]), built on first use.
    pub(super) genders: Option<refer::Genders>,
    /// Who holds which role ([`refer::Roles`]: "the governor", "the company"), built on first use.
    roles: Option<refer::Roles>,
    /// (speaker span, quote index) of quotes with a resolved speaker, by span start.
    speakers: Vec<(Span, usize)>,
    longest_speaker: usize,
    /// (speaker span end, quote index) of the same quotes, by end.
    pub(super) speakers_by_end: Vec<(usize, usize)>,
}

impl<'a> Resolver<'a> {
    pub fn new(article: &'a Article, quotes: &'a [Quote]) -> Resolver<'a> {
        let mut speakers: Vec<(Span, usize)> = quotes
            .iter()
            .enumerate()
            .filter_map(|(i, q)| Some((q.speaker_span?, i)).filter(|_| q.speaker.is_some()))
            .collect();
        let mut speakers_by_end: Vec<(usize, usize)> =
            speakers.iter().map(|&(s, i)| (s.end, i)).collect();
        speakers.sort_unstable_by_key(|&(s, i)| (s.start, i));
        speakers_by_end.sort_unstable();
        Resolver {
            article,
            quotes,
            person_sources: Vec::new(),
            full_names: None,
            mentions: MentionIndex::default(),
            entities: EntityIndex::default(),
            people: None,
            genders: None,
            roles: None,
            longest_speaker: speakers.iter().map(|(s, _)| s.len()).max().unwrap_or(0),
            speakers,
            speakers_by_end,
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
        self.mentions.sync(mentions);
        let body = &self.article.body;
        let tokens = tokenize(body, source);
        let first = tokens.first()?;
        // "Lorvania and Esterra", "Smith and Jones": two names are two sources, and a claim has one
        // source entity; naming either alone would misattribute it. The phrase stays as written.
        if joins_two_names(&tokens) {
            return None;
        }
        if let Some(speaker) = self.quote_speaker(source) {
            return Some(speaker);
        }
        if tokens.len() == 1 && first.is_any(&["i", "we"]) {
            // "I think ..." inside a quotation is its speaker's; so is "we want ...": the speaker
            // says it for a group they speak for, and is whom a reader asks about.
            let speaker = self.quotation_speaker(source, first.is("we"), entities)?;
            self.push_mention(
                mentions,
                speaker,
                source,
                MentionKind::Pronoun,
                None,
                sentence,
            );
            return Some(speaker);
        }
        let person = first.is_any(PERSON_PRONOUNS) || first.is_any(PERSON_POSSESSIVES);
        let other = first.is_any(OTHER_PRONOUNS) || first.is_any(OTHER_POSSESSIVES);
        if tokens.len() == 1 && (person || other) {
            let entity = if person {
                self.antecedent(source, window_start, entities, mentions)?
            } else {
                self.group_antecedent(source, window_start, entities, mentions)?
            };
            self.push_mention(
                mentions,
                entity,
                source,
                MentionKind::Pronoun,
                None,
                sentence,
            );
            return Some(entity);
        }
        if self.tied_to_a_person(&tokens, mentions, entities) {
            // "Obama's spokesman", "lawyers for Mr. Trump": someone else, named only by an
            // appositive ("Mr. Strzok's lawyer, Aitan Goelman, said").
            return self.appositive_person(source, mentions, entities);
        }
        let entity = self.named_entity(&tokens, source, sentence, window_start, entities, mentions);
        if let Some(e) = entity {
            if entities[e].kind == EntityKind::Person {
                let order = self.person_sources.len();
                let at = self.person_sources.partition_point(|p| p.0 <= source.end);
                self.person_sources.insert(at, (source.end, order, e));
            }
        }
        entity
    }

    /// The entity named inside a source phrase (steps 2 to 4 of the module docs): a mention, else a
    /// name to add, else a definite description or role noun's holder.
    fn named_entity(
        &mut self,
        tokens: &[Token],
        source: Span,
        sentence: usize,
        window_start: usize,
        entities: &mut Vec<Entity>,
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        let body = &self.article.body;
        // "Senator Jeff Flake, Republican of Arizona, said": the whole source may be the party.
        let whole = Named {
            span: source,
            kind: EntityKind::Person,
            role: None,
        };
        let named = match tag_holder(body, whole) {
            held if held.span != source => Some(held),
            _ => named_part(body, tokens).map(|n| tag_holder(body, n)),
        };
        // "Senator Jo Lee of Utah", "observers in Arizona": a place or body named only as where
        // the people are is not the source, nor a name to add.
        let modifiers = self.modifiers(tokens, source, mentions, entities);
        let named = named.filter(|n| !modifiers.iter().any(|m| m.overlaps(n.span)));
        let name_span = named.as_ref().map(|n| n.span);
        match self.mention_entity(source, name_span, &modifiers, mentions, entities) {
            Some(e) => Some(e),
            None => match named {
                Some(n) => self.add(n, sentence, entities, mentions),
                None => self
                    .appositive_of(tokens, source, sentence, entities, mentions)
                    .or_else(|| {
                        self.definite_antecedent(tokens, window_start, sentence, entities, mentions)
                    })
                    .or_else(|| self.role_holder(tokens, source, sentence, entities, mentions))
                    .or_else(|| self.document_author(source, sentence, entities, mentions)),
            },
        }
    }

    /// The speaker of the first quote (in quote order) whose speaker span overlaps `source`.
    fn quote_speaker(&self, source: Span) -> Option<usize> {
        let from = source.start.saturating_sub(self.longest_speaker);
        let first = self.speakers.partition_point(|(s, _)| s.start < from);
        self.speakers[first..]
            .iter()
            .take_while(|(s, _)| s.start < source.end)
            .filter(|(s, _)| s.overlaps(source))
            .map(|&(_, i)| i)
            .min()
            .and_then(|i| self.quotes[i].speaker)
    }

    /// The speaker of the quotation whose words hold `source`, when it is a person (or, for
    /// "we", an organisation: "the union said: "We will strike"").
    fn quotation_speaker(&self, source: Span, group: bool, entities: &[Entity]) -> Option<usize> {
        self.quotes
            .iter()
            .filter(|q| q.fragments.iter().any(|f| f.contains(source)))
            .find_map(|q| q.speaker)
            .filter(|&e| {
                let kind = entities[e].kind;
                kind == EntityKind::Person || (group && kind == EntityKind::Organisation)
            })
    }

    /// Adds (or finds by name) the entity of a name found in a source, with a mention of it. A lone
    /// ordinary word the article names nothing by ("Critics", "Officials", "Nothing", "Thursday",
    /// mostly capitalised because it opens the sentence) is no name: no entity, and the claim keeps only its
    /// source as written.
    pub(super) fn add(
        &mut self,
        named: Named,
        sentence: usize,
        entities: &mut Vec<Entity>,
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        let body = &self.article.body;
        let named = tag_holder(body, named);
        let written = named
            .span
            .text(body)
            .trim_end_matches("'s")
            .trim_end_matches("\u{2019}s");
        let mut name = written.to_string();
        let mut kind = named.kind;
        let mut mention_kind = MentionKind::Name;
        let title = refer::title_before(body, named.span.start);
        let people = self
            .people
            .get_or_insert_with(|| refer::People::new(entities, mentions));
        let owner = (kind != EntityKind::Organisation && !written.contains(' '))
            .then(|| people.surname_owner(written, title))
            .flatten();
        if let Some(e) = owner {
            // A bare surname of a person the article names in full ([`refer`] picks the family
            // member).
            self.push_mention(
                mentions,
                e,
                named.span,
                MentionKind::Short,
                named.role,
                sentence,
            );
            return Some(e);
        }
        if kind == EntityKind::Other && !written.contains(' ') {
            // A single word ("Putin", "Kerry"): the fullest person name ending with it in the article.
            let names = self
                .full_names
                .get_or_insert_with(|| full_names_by_last_word(body));
            if let Some(full) = names.get(written) {
                name = full.clone();
                kind = EntityKind::Person;
                mention_kind = MentionKind::Short;
            }
        }
        self.entities.sync(entities);
        let entity = match self.entities.find(entities, &name, kind, written) {
            Some(e) => e,
            None if kind == EntityKind::Other && is_ordinary_word(&name) => return None,
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
                let e = entities.len() - 1;
                if let Some(people) = self.people.as_mut() {
                    people.add(e, &entities[e]);
                }
                e
            }
        };
        self.push_mention(
            mentions,
            entity,
            named.span,
            mention_kind,
            named.role,
            sentence,
        );
        Some(entity)
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
        // A role noun written as a title before a name ("President Mark Odell") is that person's
        // title, no organisation's noun: roles decide it ([`Self::role_holder`]). ("Hospital" in
        // "MedStar Washington Hospital Center" is still the hospital's.)
        if before[idx].is_capitalised()
            && refer::is_tie_noun(before[idx].text)
            && before.get(idx + 1).is_some_and(|t| t.is_capitalised())
        {
            return None;
        }
        let named = named_part(body, phrase)?;
        let span = named.span;
        match self.mention_entity(span, Some(span), &[], mentions, entities) {
            Some(e) => Some(e),
            None => self.add(named, sentence, entities, mentions),
        }
    }

    /// The entity a source names through the recognised mentions: a mention overlapping the name
    /// part (when there is one) or else the source span, preferring the one ending at the source's
    /// head. Demonyms ("Iraqi" in "the Iraqi military") do not name the source.
    fn mention_entity(
        &mut self,
        source: Span,
        name: Option<Span>,
        modifiers: &[Span],
        mentions: &[Mention],
        entities: &[Entity],
    ) -> Option<usize> {
        self.mentions.sync(mentions);
        let target = name.unwrap_or(source);
        let mut candidates: Vec<usize> = self
            .mentions
            .overlapping(target, mentions)
            .filter(|&i| mentions[i].kind != MentionKind::Adjectival)
            .filter(|&i| !modifiers.contains(&mentions[i].span))
            .collect();
        // Equals are decided by mention order, as a scan of the mentions would.
        candidates.sort_unstable();
        candidates
            .into_iter()
            .map(|i| &mentions[i])
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
            .map(|m| (m.entity, m.span))
            .map(|(e, span)| self.check_title(entities, mentions, e, span))
    }

    /// The spans of the places and bodies mentioned in the source phrase only as where its people
    /// are ([`names_a_modifier`]).
    fn modifiers(
        &mut self,
        tokens: &[Token],
        source: Span,
        mentions: &[Mention],
        entities: &[Entity],
    ) -> Vec<Span> {
        self.mentions.sync(mentions);
        self.mentions
            .overlapping(source, mentions)
            .map(|i| (mentions[i].span, entities[mentions[i].entity].kind))
            .filter(|&(span, kind)| names_a_modifier(tokens, span, kind))
            .map(|(span, _)| span)
            .collect()
    }

    /// The person or organisation a definite role noun ("the governor", "the company") stands for:
    /// the nearest earlier holder of that role ([`refer::Roles`]).
    fn role_holder(
        &mut self,
        tokens: &[Token],
        source: Span,
        sentence: usize,
        entities: &[Entity],
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        if tokens.iter().any(|t| !t.is_word()) {
            return None;
        }
        let words: Vec<String> = tokens.iter().map(|t| t.lower()).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let roles = self
            .roles
            .get_or_insert_with(|| refer::Roles::new(&self.article.body, entities, mentions));
        let entity = roles.holder(&words, source.start, entities)?;
        let role = Some(source.text(&self.article.body).to_string());
        self.push_mention(mentions, entity, source, MentionKind::Role, role, sentence);
        Some(entity)
    }

    /// The author of the document "the statement" or "the letter" refers back to, when the article
    /// named it with its author shortly before ([`refer::document_author`]).
    fn document_author(
        &mut self,
        source: Span,
        sentence: usize,
        entities: &[Entity],
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        let body = &self.article.body;
        let entity = refer::document_author(body, source, &self.mentions, mentions, entities)?;
        self.push_mention(mentions, entity, source, MentionKind::Role, None, sentence);
        Some(entity)
    }

    /// `entity` for the name at `span`, unless a title before a one-word name rules it out ("Mrs.
    /// McDonnell" recognised as Bob McDonnell): then the family member [`refer::People`] names.
    fn check_title(
        &mut self,
        entities: &[Entity],
        mentions: &[Mention],
        entity: usize,
        span: Span,
    ) -> usize {
        let body = &self.article.body;
        if entities[entity].kind != EntityKind::Person {
            return entity;
        }
        let title = refer::title_before(body, span.start);
        let people = self
            .people
            .get_or_insert_with(|| refer::People::new(entities, mentions));
        people.check_title(entities, entity, span.text(body), title, span.start)
    }

    /// Records a mention unless the entity already has one overlapping `span`.
    pub(super) fn push_mention(
        &mut self,
        mentions: &mut Vec<Mention>,
        entity: usize,
        span: Span,
        kind: MentionKind,
        role: Option<String>,
        sentence: usize,
    ) {
        self.mentions.sync(mentions);
        if self
            .mentions
            .overlapping(span, mentions)
            .any(|i| mentions[i].entity == entity)
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
        self.mentions.sync(mentions);
    }
}

/// A party tag found as the name ("Rep. Lena Marsh, R-N.Y., who ... said") stands for the name
/// before it ([`refer::party_tag_holder`]).
fn tag_holder(body: &str, named: Named) -> Named {
    match refer::party_tag_holder(body, named.span.start..named.span.end) {
        Some(h) => Named {
            span: Span::new(h.start, h.end),
            kind: EntityKind::Person,
            role: named.role,
        },
        None => named,
    }
}

/// The article's entities by name, so a source name finds its entity without a scan.
#[derive(Default)]
struct EntityIndex {
    /// ASCII-lower-cased names and aliases -> the first entity with it.
    keys: HashMap<String, usize>,
    /// Last word of a person's name -> those persons, in order.
    surnames: HashMap<String, Vec<usize>>,
    indexed: usize,
}

impl EntityIndex {
    /// Indexes the entities pushed since the last call.
    fn sync(&mut self, entities: &[Entity]) {
        for (i, e) in entities.iter().enumerate().skip(self.indexed) {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                self.keys.entry(name.to_ascii_lowercase()).or_insert(i);
            }
            if e.kind == EntityKind::Person {
                let last = e.name.split(' ').next_back().unwrap_or("");
                self.surnames.entry(last.to_string()).or_default().push(i);
            }
        }
        self.indexed = entities.len();
    }

    /// The first entity named `name` (or with it as an alias), or for a person the first person with
    /// the same last word whose name contains the name as written (or is contained in it).
    fn find(
        &self,
        entities: &[Entity],
        name: &str,
        kind: EntityKind,
        written: &str,
    ) -> Option<usize> {
        let by_name = self.keys.get(&name.to_ascii_lowercase()).copied();
        let last = name.split(' ').next_back().unwrap_or("");
        let by_surname = (kind == EntityKind::Person)
            .then(|| self.surnames.get(last))
            .flatten()
            .and_then(|ids| {
                ids.iter().copied().find(|&i| {
                    entities[i].name.contains(written) || name.contains(&entities[i].name)
                })
            });
        by_name.into_iter().chain(by_surname).min()
    }
}
