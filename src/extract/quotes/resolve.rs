//! From a speaker as written to an entity: pronouns and role nouns resolved to the name they stand
//! for, and names mapped to the article's entities (adding an entity when the recogniser has none).
//!
//! | speaker as written | resolved to | why |
//! |--------------------|-------------|-----|
//! | a name ("Kerry") | the entity of a mention overlapping it (unless a title's gender rules it out: "Mrs. McDonnell"); else an entity with that name, or the person whose surname it is as [`refer::People`] decides; else a new entity named by the fullest form of the name in the article ("John Kerry") | the recogniser's mentions win; without them, the article itself says the full name |
//! | he / she | the subject (first person-like name outside quotes) of the nearest clause before the pronoun | news introduces a speaker as the subject and refers back to them; an object named later in the same sentence ("met with Lavrov") is not the subject |
//! | they / it / we | the organisation named nearest before it, when the recogniser knows it as one (else nobody; the span as written is kept) | "the ministry ... it said"; groups of people the text rarely names exactly |
//! | a role ("the Russian foreign minister") | the person that role was given to earlier, by a title ("Russian Foreign Minister Sergei Lavrov") or an appositive ("Lavrov, the Russian foreign minister") | the article's own words tie the role to the name |

use super::attribute::Attribution;
pub use super::names::Names;
use super::phrase::SpeakerKind;
use super::{Said, ANTECEDENT_TRIES, GROUP_WINDOW, PRONOUN_WINDOW};
use crate::extract::lang::lexicon::is_ordinary_word;
use crate::extract::mention_index::MentionIndex;
use crate::extract::refer;
use crate::extract::text::fold_for_match;
use crate::extract::{Article, Entity, EntityKind, Mention, MentionKind, Span};
use std::collections::HashMap;

/// The article's entities and mentions, indexed so that mapping each quote's speaker is a lookup,
/// not a scan (an article with thousands of quotes stays linear).
pub struct Registry {
    /// Mentions by position.
    index: MentionIndex,
    /// Folded names and aliases -> entity.
    keys: HashMap<String, usize>,
    /// The article's people by surname: whom a bare surname refers to ([`refer::People`]).
    people: refer::People,
    /// The gender each person shows where the article names them ([`refer::Genders`]).
    pub genders: refer::Genders,
    /// Who holds which role ("the governor", "the company": [`refer::Roles`]).
    pub roles: refer::Roles,
}

impl Registry {
    pub fn new(body: &str, entities: &[Entity], mentions: &[Mention]) -> Registry {
        let mut registry = Registry {
            index: MentionIndex::new(mentions),
            keys: HashMap::new(),
            people: refer::People::new(entities, mentions),
            genders: refer::Genders::new(body, entities, mentions),
            roles: refer::Roles::new(body, entities, mentions),
        };
        for (i, e) in entities.iter().enumerate() {
            registry.index_entity(i, e);
        }
        registry
    }

    fn index_entity(&mut self, i: usize, e: &Entity) {
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            self.keys.entry(fold_for_match(name)).or_insert(i);
        }
    }

    /// Mentions overlapping `span`.
    fn overlapping<'a>(
        &'a self,
        span: Span,
        mentions: &'a [Mention],
    ) -> impl Iterator<Item = &'a Mention> + 'a {
        self.index
            .overlapping(span, mentions)
            .map(move |i| &mentions[i])
    }

    /// The entity of a recognised organisation mention overlapping `span`, if any.
    pub fn organisation_at(
        &self,
        span: Span,
        entities: &[Entity],
        mentions: &[Mention],
    ) -> Option<usize> {
        self.overlapping(span, mentions)
            .filter(|m| m.kind != MentionKind::Adjectival)
            .map(|m| m.entity)
            .find(|&e| entities[e].kind == EntityKind::Organisation)
    }

    /// The author of the document a definite document noun ("the statement" at `phrase`) refers
    /// back to, when the article named it with its author shortly before ([`refer::document_author`]:
    /// "Zinke said in a statement ... "...," the statement said").
    pub fn document_author(
        &self,
        body: &str,
        phrase: Span,
        entities: &[Entity],
        mentions: &[Mention],
    ) -> Option<usize> {
        refer::document_author(body, phrase, &self.index, mentions, entities)
    }

    /// The author a document phrase names after "from" or "by" ("a statement from the Justice
    /// Department": [`refer::document_named_author`]); `Some(None)` for such a document whose
    /// author is no entity.
    pub fn document_named_author(
        &self,
        body: &str,
        phrase: Span,
        entities: &[Entity],
        mentions: &[Mention],
    ) -> Option<Option<usize>> {
        refer::document_named_author(body, phrase, &self.index, mentions, entities)
    }

    /// The entity of a (non-adjectival) mention with exactly this span, if the recogniser made one.
    pub fn mentioned(&self, span: Span, mentions: &[Mention]) -> Option<usize> {
        self.index
            .starting_at(span.start)
            .iter()
            .map(|&i| &mentions[i])
            .find(|m| m.span == span && m.kind != MentionKind::Adjectival)
            .map(|m| m.entity)
    }

    /// Maps a name span to an entity index: the entity of the recogniser's mention covering most of
    /// it (an adjectival mention, "Iraqi" in "Iraqi military", names a place, not the speaker); else
    /// an entity with that name or alias, or (for a one-word person name) whose surname it is; else a
    /// new entity named by the fullest form of the name in the article. Adds a mention when none
    /// overlaps. This is the one place quotes meet the entity recogniser's output. A lone ordinary
    /// word opening a sentence that nothing else names ("Amplifying the message, he said", "Critics
    /// say") is no name: `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn entity_for_name(
        &mut self,
        article: &Article,
        names: &Names,
        name: Span,
        kind: EntityKind,
        role: Option<String>,
        entities: &mut Vec<Entity>,
        mentions: &mut Vec<Mention>,
    ) -> Option<usize> {
        let overlap = |m: &Mention| {
            m.span
                .end
                .min(name.end)
                .saturating_sub(m.span.start.max(name.start))
        };
        let body = &article.body;
        if let Some(h) = refer::party_tag_holder(body, name.start..name.end) {
            // "Rep. Lena Marsh, R-N.Y., who ..., said": the tag stands for the name before it.
            let holder = Span::new(h.start, h.end);
            let person = EntityKind::Person;
            return self.entity_for_name(article, names, holder, person, role, entities, mentions);
        }
        let text = name.text(body);
        let title = refer::title_before(body, name.start);
        // "Weekly Standard Editor Bill Kristol": the person's mention, not the longer
        // organisation's, when a person is asked for.
        let fits = |m: &Mention| entities[m.entity].kind == kind;
        if let Some(m) = self
            .overlapping(name, mentions)
            .filter(|m| m.kind != MentionKind::Adjectival)
            .max_by_key(|m| (fits(m), overlap(m), m.span.len()))
        {
            return Some(
                self.people
                    .check_title(entities, m.entity, text, title, name.start),
            );
        }
        let key = fold_for_match(text);
        let single = !text.contains(' ');
        let found = self.keys.get(&key).copied().or_else(|| {
            (single && kind == EntityKind::Person)
                .then(|| self.people.surname_owner(text, title))
                .flatten()
        });
        let entity = match found {
            Some(e) => {
                // A surname match: "Kerry" becomes an alias of "John Kerry".
                if let std::collections::hash_map::Entry::Vacant(slot) = self.keys.entry(key) {
                    entities[e].aliases.push(text.to_string());
                    slot.insert(e);
                }
                e
            }
            None if single && is_ordinary_word(text) && opens_sentence(body, name.start) => {
                return None
            }
            None => {
                let full = if single && kind == EntityKind::Person {
                    names
                        .fullest(body, name)
                        .map(|s| s.text(body))
                        .unwrap_or(text)
                } else {
                    text
                };
                let mut aliases = Vec::new();
                if full != text {
                    aliases.push(text.to_string());
                }
                entities.push(Entity {
                    name: full.to_string(),
                    kind,
                    aliases,
                    gazetteer_id: None,
                });
                let e = entities.len() - 1;
                self.index_entity(e, &entities[e]);
                self.people.add(e, &entities[e]);
                e
            }
        };
        let mention_kind = if text == entities[entity].name {
            MentionKind::Name
        } else {
            MentionKind::Short
        };
        self.add_mention(article, mentions, entity, name, mention_kind, role);
        Some(entity)
    }

    /// Records a mention (a pronoun or role carrying a quote, or a name the recogniser missed),
    /// unless one with the same span exists.
    pub fn add_mention(
        &mut self,
        article: &Article,
        mentions: &mut Vec<Mention>,
        entity: usize,
        span: Span,
        kind: MentionKind,
        role: Option<String>,
    ) {
        let exists = self
            .index
            .starting_at(span.start)
            .iter()
            .any(|&i| mentions[i].span == span);
        if exists {
            return;
        }
        mentions.push(Mention {
            entity,
            span,
            kind,
            role,
            sentence: sentence_at(article, span.start),
        });
        self.index.sync(mentions);
    }
}

/// Index of the sentence containing byte `at` (the last sentence starting at or before it).
pub fn sentence_at(article: &Article, at: usize) -> usize {
    article
        .sentences
        .partition_point(|s| s.span.start <= at)
        .saturating_sub(1)
}

/// Does the word at byte `start` open a sentence, a paragraph or a quotation, where any word is
/// written with a capital?
fn opens_sentence(body: &str, start: usize) -> bool {
    refer::opens_sentence(body, start)
        || body[..start]
            .trim_end()
            .ends_with(['\u{201C}', '(', '\'', '\u{2018}'])
}

/// From the speaker as written at an attribution to an entity.
pub(super) fn resolve_speaker(
    article: &Article,
    names: &Names,
    registry: &mut Registry,
    a: &Attribution,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
) -> Said {
    let body = &article.body;
    let w = &a.written;
    let role = w.role.map(|r| r.text(body).to_string());
    // A pronoun or role the recogniser already resolved keeps its resolution, so quotes and
    // mentions agree.
    let known = match w.kind {
        SpeakerKind::Pronoun(_) | SpeakerKind::Role => registry.mentioned(w.span, mentions),
        _ => None,
    }
    .filter(|&e| {
        // "she" never keeps a man's name, nor "he" a company (see [`crate::extract::refer`]).
        let entity = &entities[e];
        let person = entity.kind == EntityKind::Person;
        match w.kind {
            SpeakerKind::Pronoun(true) => {
                person
                    && refer::pronoun_can_mean(w.span.text(body), "", &entity.name)
                    && refer::pronoun_agrees(w.span.text(body), registry.genders.of(e))
            }
            _ => true,
        }
    });
    let entity = match w.kind {
        _ if known.is_some() => known,
        SpeakerKind::Person | SpeakerKind::Organisation => w.name.and_then(|name| {
            let kind = if w.kind == SpeakerKind::Person {
                EntityKind::Person
            } else {
                EntityKind::Organisation
            };
            registry.entity_for_name(article, names, name, kind, role, entities, mentions)
        }),
        SpeakerKind::Pronoun(true) => {
            pronoun_person(article, names, registry, w.span, entities, mentions).inspect(|&e| {
                registry.add_mention(article, mentions, e, w.span, MentionKind::Pronoun, None);
            })
        }
        SpeakerKind::Pronoun(false) => names
            .group_antecedent(body, w.span, GROUP_WINDOW)
            .and_then(|name| registry.organisation_at(name, entities, mentions))
            .inspect(|&e| {
                registry.add_mention(article, mentions, e, w.span, MentionKind::Pronoun, None);
            }),
        // "a statement from the Justice Department": the author it names, and no one's role.
        SpeakerKind::Role
            if registry
                .document_named_author(body, w.span, entities, mentions)
                .is_some() =>
        {
            registry
                .document_named_author(body, w.span, entities, mentions)
                .flatten()
                .inspect(|&e| {
                    registry.add_mention(article, mentions, e, w.span, MentionKind::Role, None);
                })
        }
        SpeakerKind::Role => names
            .role_holder(&w.role_words, w.span.start)
            .and_then(|name| person_for(article, names, registry, name, entities, mentions))
            .or_else(|| {
                // A title the recogniser recorded ("Gov. Hale" ... "the governor"), or an
                // organisation ("the company").
                let text = w.span.text(body).to_lowercase();
                let words: Vec<&str> = text.split_whitespace().collect();
                registry.roles.holder(&words, w.span.start, entities)
            })
            .or_else(|| registry.document_author(body, w.span, entities, mentions))
            .or_else(|| speaks_for(body, registry, w.span, entities, mentions))
            .map(|e| {
                registry.add_mention(
                    article,
                    mentions,
                    e,
                    w.span,
                    MentionKind::Role,
                    Some(w.span.text(body).to_string()),
                );
                e
            }),
    };
    // A place is no speaker: in "The Arizona Republican" or "the mayor of Mesa" it says where the
    // speaker is from. The phrase may still name a role's holder ("Sen. Jo Lee, R-Ariz." ... "The
    // Arizona Republican"); otherwise the speaker keeps only its wording.
    let entity = entity.and_then(|e| {
        if entities[e].kind != EntityKind::Location {
            return Some(e);
        }
        // The phrase as written may leave out its article ("[The] Arizona Republican").
        let before = body[..w.span.start]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        let article = if before.eq_ignore_ascii_case("the") {
            "the "
        } else {
            ""
        };
        let text = format!("{article}{}", w.span.text(body)).to_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        registry.roles.holder(&words, w.span.start, entities)
    });
    Said {
        entity,
        span: Some(w.span),
        cue: Some(a.cue),
        audience: a.audience,
    }
}

/// The organisation a spokesperson or official speaks for, named inside the role phrase ("a
/// BuzzFeed spokesman", "a spokeswoman for the F.B.I.": [`refer::is_speaking_role`]), as claims
/// take it; a former one speaks for nobody.
fn speaks_for(
    body: &str,
    registry: &Registry,
    phrase: Span,
    entities: &[Entity],
    mentions: &[Mention],
) -> Option<usize> {
    let text = phrase.text(body).to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    let speaking = words.iter().any(|w| refer::is_speaking_role(w));
    if !speaking || words.contains(&"former") {
        return None;
    }
    registry.organisation_at(phrase, entities, mentions)
}

/// The person a "he" or "she" at `pronoun` stands for: the first of the nearest subjects before it
/// ([`Names::antecedents`]) that is a person of its gender. A name shaped like a person's that the
/// recogniser knows as a place, a party or a thing ("inside the Capitol he said", "the GOP letter")
/// is no antecedent, nor is a person shown elsewhere to be of the other sex ("Ms. Coulter" ...
/// "Coulter"): the subject before it is tried.
fn pronoun_person(
    article: &Article,
    names: &Names,
    registry: &mut Registry,
    pronoun: Span,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
) -> Option<usize> {
    let body = &article.body;
    let candidates: Vec<Span> = names
        .antecedents(body, pronoun, PRONOUN_WINDOW)
        .take(ANTECEDENT_TRIES)
        .collect();
    candidates.into_iter().find_map(|name| {
        let e = person_for(article, names, registry, name, entities, mentions)?;
        (entities[e].kind == EntityKind::Person
            && refer::pronoun_agrees(pronoun.text(body), registry.genders.of(e)))
        .then_some(e)
    })
}

/// The person entity for a name a pronoun or role stands for.
fn person_for(
    article: &Article,
    names: &Names,
    registry: &mut Registry,
    name: Span,
    entities: &mut Vec<Entity>,
    mentions: &mut Vec<Mention>,
) -> Option<usize> {
    registry.entity_for_name(
        article,
        names,
        name,
        EntityKind::Person,
        None,
        entities,
        mentions,
    )
}
