//! From a speaker as written to an entity: pronouns and role nouns resolved to the name they stand
//! for, and names mapped to the article's entities (adding an entity when the recogniser has none).
//!
//! | speaker as written | resolved to | why |
//! |--------------------|-------------|-----|
//! | a name ("Kerry") | the entity of a mention overlapping it (unless a title's gender rules it out: "Mrs. McDonnell"); else an entity with that name, or the person whose surname it is as [`refer::People`] decides; else a new entity named by the fullest form of the name in the article ("John Kerry") | the recogniser's mentions win; without them, the article itself says the full name |
//! | he / she | the subject (first person-like name outside quotes) of the nearest clause before the pronoun | news introduces a speaker as the subject and refers back to them; an object named later in the same sentence ("met with Lavrov") is not the subject |
//! | they / it / we | the organisation named nearest before it, when the recogniser knows it as one (else nobody; the span as written is kept) | "the ministry ... it said"; groups of people the text rarely names exactly |
//! | a role ("the Russian foreign minister") | the person that role was given to earlier, by a title ("Russian Foreign Minister Sergei Lavrov") or an appositive ("Lavrov, the Russian foreign minister") | the article's own words tie the role to the name |

use super::phrase::{self, SpeakerKind};
use super::words::*;
use crate::extract::lang::lexicon::is_ordinary_word;
use crate::extract::mention_index::MentionIndex;
use crate::extract::refer;
use crate::extract::text::fold_for_match;
use crate::extract::{Article, Entity, EntityKind, Mention, MentionKind, Span};
use std::collections::HashMap;

/// A name found in the article outside quotes, with the role words given to it there.
#[derive(Debug, Clone)]
pub struct NameAt {
    pub name: Span,
    pub kind: SpeakerKind,
    /// Whether it is the first name of its clause (its likely subject).
    pub subject: bool,
    /// Lower-case words of its titles and appositive ("russian", "foreign", "minister").
    pub role_words: Vec<String>,
}

/// Where [`Names::build`] is after a lone capitalised word opening a sentence that may be no name
/// ("Like", "Trying", "Those"): in the phrase it opens (up to its comma), or after it, in the rest of
/// its clause, where the first name may be the subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WeakOpen {
    No,
    Phrase,
    Clause,
}

/// Every name of the article outside quotes, in text order: the candidates pronouns and roles are
/// resolved to. Built in one pass over the tokens.
pub struct Names {
    pub names: Vec<NameAt>,
    /// Last word of every person's name of two words or more -> the first such name ("Kerry" ->
    /// "John Kerry").
    full_by_last: HashMap<String, Span>,
}

impl Names {
    /// `toks` is the whole body's tokens; `in_quote[i]` says whether token i is inside a quote.
    pub fn build(body: &str, toks: &[Tok], in_quote: &[bool]) -> Names {
        let mut names: Vec<NameAt> = Vec::new();
        let mut clause_has_subject = false;
        // Lone capitalised words opening a sentence that may be no name, each with the subjects
        // named after it in its clause (which are subjects only if it is no name).
        let mut weak: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut weak_open = WeakOpen::No;
        // The last person named after a preposition in the clause ("drew a sharp response from
        // Rev. Will Owens"): the clause's subject for a later "he" when no person is its subject.
        let mut object: Option<usize> = None;
        // (that name, the lone capitalised word opening its clause, if any): promoted once the
        // pass knows whether that word is the clause's subject ("Schiff, in response to his
        // critics, doubled down on ... close to Trump" keeps Schiff).
        let mut promoted: Vec<(usize, Option<usize>)> = Vec::new();
        let mut clause_weak: Option<usize> = None;
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            let new_paragraph = i > 0 && body[toks[i - 1].span.end..t.span.start].contains('\n');
            if ends_clause(t) || new_paragraph {
                if let Some(o) = object.take().filter(|_| !clause_has_subject) {
                    promoted.push((o, clause_weak));
                }
                clause_weak = None;
                clause_has_subject = false;
                weak_open = WeakOpen::No;
            }
            if t.is(',') && weak_open == WeakOpen::Phrase {
                weak_open = WeakOpen::Clause;
                // "Amplifying the message, he said ...": the pronoun is the subject.
                let pronoun = toks.get(i + 1).is_some_and(|n| {
                    let w = n.span.text(body);
                    n.is_word()
                        && (matches!(pronoun(w), Some(true)) || matches!(w, "they" | "we" | "I"))
                });
                if pronoun {
                    clause_has_subject = true;
                    weak_open = WeakOpen::No;
                }
            }
            // "He also took aim at Harry Reid, who he said ...": a clause opened by a personal
            // pronoun has its subject; a name later in it is an object, not whom a later "he" means.
            if !in_quote[i] && pronoun_opens_clause(body, toks, i) {
                clause_has_subject = true;
                weak_open = WeakOpen::No;
            }
            if in_quote[i] || !t.is_word() || !is_capitalised(t.span.text(body)) {
                i += 1;
                continue;
            }
            // A run of name-like tokens (titles included: classify separates them).
            let start = i;
            let mut end = i;
            while end < toks.len() && !in_quote[end] && toks[end].is_word() {
                let w = toks[end].span.text(body);
                let ok = is_capitalised(w)
                    || (is_name_particle(w)
                        && end + 1 < toks.len()
                        && is_capitalised(toks[end + 1].span.text(body)))
                    || (w == "of"
                        && end > start
                        && is_title(toks[end - 1].span.text(body))
                        && end + 1 < toks.len()
                        && is_title(toks[end + 1].span.text(body)));
                if !ok {
                    break;
                }
                end += 1;
            }
            let after_preposition = start > 0
                && toks[start - 1].is_word()
                && is_preposition(toks[start - 1].span.text(body));
            // "Russian officials": a demonym before a lower-case noun is not a name.
            let demonym = end == start + 1
                && phrase::looks_demonym(toks[start].span.text(body))
                && toks.get(end).is_some_and(|n| {
                    n.is_word()
                        && n.span
                            .text(body)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                        && crate::extract::cues::speech_verb_lemma(n.span.text(body)).is_none()
                });
            // "WASHINGTON \u{2014} ...": a dateline in capitals is no subject.
            let dateline = sentence_initial_at(body, toks, start)
                && toks.get(end).is_some_and(|n| n.is('\u{2014}') || n.is('-'))
                && toks[start..end].iter().all(|t| {
                    let w = t.span.text(body);
                    w.len() > 1 && !w.chars().any(char::is_lowercase)
                });
            if demonym || dateline {
                i = end;
                continue;
            }
            if let Some(w) = phrase::classify(body, &toks[start..end]) {
                if let (Some(name), SpeakerKind::Person | SpeakerKind::Organisation) =
                    (w.name, w.kind)
                {
                    // "Mr. Trump's announcement": the name is "Trump".
                    let kept = without_possessive(name.text(body)).len();
                    let name = Span::new(name.start, name.start + kept);
                    let mut role_words: Vec<String> =
                        w.role.map(|r| words_of(r.text(body))).unwrap_or_default();
                    // "Lavrov, the Russian foreign minister," / "..., Iraq's foreign minister."
                    if end + 1 < toks.len() && toks[end].is(',') {
                        let mut j = end + 1;
                        while j < toks.len() && j - end <= 7 && toks[j].is_word() && !in_quote[j] {
                            j += 1;
                        }
                        let last = toks[j - 1].span.text(body);
                        if j > end + 1
                            && is_role_noun(last)
                            && (j == toks.len() || toks[j].punct.is_some())
                        {
                            let role = Span::new(toks[end + 1].span.start, toks[j - 1].span.end);
                            role_words.extend(words_of(role.text(body)));
                        }
                    }
                    // A lone capitalised word opening a sentence ("Dance classes ...") is a name
                    // only if the article also gives it in full, or it speaks ("Dance said").
                    let single = !name.text(body).contains(' ');
                    let sentence_initial = sentence_initial_at(body, toks, start);
                    let speaks = toks.get(end).is_some_and(|n| {
                        n.is_word()
                            && crate::extract::cues::speech_verb_lemma(n.span.text(body)).is_some()
                    });
                    // "Strzok's attorney, Aitan Goelman, said": a possessor before a role or
                    // relation noun is someone else than the subject, who may be named after it.
                    let possessor = toks[end - 1].span.text(body)
                        != without_possessive(toks[end - 1].span.text(body))
                        && toks.get(end).is_some_and(|n| {
                            n.is_word() && !in_quote[end] && refer::is_tie_noun(n.span.text(body))
                        });
                    let subject = !clause_has_subject
                        && !after_preposition
                        && !possessor
                        && w.kind == SpeakerKind::Person;
                    // A title makes it a name ("Mr. Trump's announcement"), first in its
                    // sentence or not.
                    // ... when the run opens with the title ("Mr. Trump", "But Ms. Coulter"),
                    // not with some other word ("Saying President Obama, he said").
                    let lead = toks[start].span.text(body);
                    let titled = is_title(refer::title_before(body, name.start))
                        && (is_title(lead) || is_not_name(lead));
                    // Names inside the phrase a weak word opens, before its comma ("Like many
                    // officials in Colorado, ..."), are not the clause's subject.
                    let subject = subject && weak_open != WeakOpen::Phrase;
                    if subject {
                        if let Some((_, after)) =
                            weak.last_mut().filter(|_| weak_open == WeakOpen::Clause)
                        {
                            after.push(names.len());
                        }
                    }
                    if single && !titled && sentence_initial && !speaks && subject {
                        // Whether it is a name is known only at the end: until then the first
                        // name after its phrase may be the subject ("Like many officials in
                        // Colorado, Mr. Suthers had opposed it").
                        weak.push((names.len(), Vec::new()));
                        clause_weak = Some(names.len());
                        // A phrase only if a comma closes it before the clause ends ("Ahead of
                        // the meeting Trump sent" has none: Trump may be the subject).
                        let comma = toks[end..]
                            .iter()
                            .take_while(|t| !ends_clause(t))
                            .any(|t| t.is(','));
                        weak_open = if comma {
                            WeakOpen::Phrase
                        } else {
                            WeakOpen::Clause
                        };
                    } else if subject {
                        clause_has_subject = true;
                    }
                    // The first one: "from Rev. Will Owens of the Coalition of African American
                    // Pastors" is Owens's.
                    if after_preposition && w.kind == SpeakerKind::Person && object.is_none() {
                        object = Some(names.len());
                    }
                    // The possessor opening its clause: the one the clause is about is named by
                    // the role alone, and a later "he" stops there (it is not the possessor, nor
                    // anyone before) unless a name follows ("..., Aitan Goelman,").
                    let tie = possessor
                        && !clause_has_subject
                        && !after_preposition
                        && sentence_initial_at(body, toks, start);
                    names.push(NameAt {
                        name,
                        kind: w.kind,
                        subject,
                        role_words,
                    });
                    if tie {
                        names.push(NameAt {
                            name: Span::new(name.start, toks[end].span.end),
                            kind: SpeakerKind::Role,
                            subject: true,
                            role_words: Vec::new(),
                        });
                    }
                }
            }
            i = end.max(i + 1);
        }
        let mut full_by_last = HashMap::new();
        for n in &names {
            let text = n.name.text(body);
            if n.kind == SpeakerKind::Person {
                if let Some((_, last)) = text.rsplit_once(' ') {
                    full_by_last
                        .entry(without_possessive(last).to_string())
                        .or_insert(n.name);
                }
            }
        }
        let mut built = Names {
            names,
            full_by_last,
        };
        for (w, after) in weak {
            let span = built.names[w].name;
            if built.fullest(body, span).is_none() {
                built.names[w].subject = false;
            } else {
                for a in after {
                    built.names[a].subject = false;
                }
            }
        }
        for (o, weak) in promoted {
            if weak.map_or(true, |w| !built.names[w].subject) {
                built.names[o].subject = true;
            }
        }
        built
    }

    /// Whom a "he" or "she" (`pronoun`) may stand for: the subjects of the clauses before it, within
    /// `window` bytes, that agree with it in gender ([`refer`]), nearest first: the caller takes the first whose entity is a person ("the GOP letter" or
    /// "Constitution" may hold a clause's subject slot, but a "he" after them goes on to the
    /// person before).
    pub fn antecedents<'a>(
        &'a self,
        body: &'a str,
        pronoun: Span,
        window: usize,
    ) -> impl Iterator<Item = Span> + 'a {
        let at = pronoun.start;
        let word = pronoun.text(body);
        let idx = self.names.partition_point(|n| n.name.end <= at);
        self.names[..idx]
            .iter()
            .rev()
            .take_while(move |n| n.name.end + window >= at)
            // A subject named only by a role ("Strzok's attorney") is whom the pronoun means.
            .take_while(|n| !(n.subject && n.kind == SpeakerKind::Role))
            .filter(|n| n.subject && n.kind == SpeakerKind::Person)
            .filter(move |n| {
                refer::pronoun_can_mean(
                    word,
                    refer::title_before(body, n.name.start),
                    n.name.text(body),
                )
            })
            .map(|n| n.name)
    }

    /// The organisation an "it", "they" or "we" (`pronoun`) stands for: the nearest organisation
    /// opening a sentence before it within `window` bytes ([`refer::group_pronoun_can_mean`]).
    pub fn group_antecedent(&self, body: &str, pronoun: Span, window: usize) -> Option<Span> {
        let word = pronoun.text(body);
        let idx = self.names.partition_point(|n| n.name.end <= pronoun.start);
        self.names[..idx]
            .iter()
            .rev()
            .take_while(|n| n.name.end + window >= pronoun.start)
            .find(|n| {
                n.kind == SpeakerKind::Organisation
                    && refer::opens_sentence(body, n.name.start)
                    && refer::group_pronoun_can_mean(
                        word,
                        EntityKind::Organisation,
                        n.name.text(body),
                    )
            })
            .map(|n| n.name)
    }

    /// The person a role noun phrase at byte `at` was given to earlier ("the Russian foreign
    /// minister" -> the name titled "Russian Foreign Minister"). The head noun must match; more
    /// matching words win, then the nearest.
    pub fn role_holder(&self, role_words: &[String], at: usize) -> Option<Span> {
        let head = role_words.last()?;
        let idx = self.names.partition_point(|n| n.name.end <= at);
        let mut best: Option<(usize, Span)> = None;
        // A bounded look back: linear work even in an article with thousands of names.
        for n in self.names[..idx].iter().rev().take(2000) {
            if n.kind != SpeakerKind::Person || !n.role_words.iter().any(|w| w == head) {
                continue;
            }
            // "Vice President Joe Biden" is not "the president".
            let words: Vec<&str> = role_words.iter().map(String::as_str).collect();
            if !refer::same_rank(&n.role_words, &words) {
                continue;
            }
            let score = role_words
                .iter()
                .filter(|w| n.role_words.iter().any(|r| same_stem(r, w)))
                .count();
            if best.map_or(true, |(s, _)| score > s) {
                best = Some((score, n.name));
            }
        }
        best.map(|(_, span)| span)
    }

    /// The fullest name in the article that ends with this single-word name ("Kerry" -> "John
    /// Kerry").
    pub fn fullest(&self, body: &str, name: Span) -> Option<Span> {
        self.full_by_last
            .get(without_possessive(name.text(body)))
            .copied()
    }
}

/// Does token `start` open a sentence or a paragraph?
fn sentence_initial_at(body: &str, toks: &[Tok], start: usize) -> bool {
    let full_stop = |k: usize| toks[k].punct.is_some_and(|c| matches!(c, '.' | '!' | '?'));
    // ... "without merit." Like many ...: a sentence ending inside a quotation.
    let closing = |k: usize| toks[k].punct.is_some_and(|c| matches!(c, '"' | '\u{201D}'));
    start == 0
        || full_stop(start - 1)
        || (start >= 2 && closing(start - 1) && full_stop(start - 2))
        || body[toks[start - 1].span.end..toks[start].span.start].contains('\n')
}

/// Is token `i` a personal pronoun ("he", "she", "they", "we", "I"; not "it", often a dummy
/// subject: "It was Smith who ...") opening its sentence, or after a conjunction that does ("But he")?
fn pronoun_opens_clause(body: &str, toks: &[Tok], i: usize) -> bool {
    let word = toks[i].span.text(body);
    let personal =
        matches!(pronoun(word), Some(true)) || matches!(word, "They" | "they" | "We" | "we" | "I");
    let opens = |k: usize| toks[k].is_word() && sentence_initial_at(body, toks, k);
    toks[i].is_word()
        && personal
        && (opens(i)
            || (i > 0
                && opens(i - 1)
                && matches!(
                    toks[i - 1].span.text(body).to_lowercase().as_str(),
                    "but" | "and" | "so" | "yet" | "then"
                )))
}

/// "Trump's" -> "Trump".
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

fn words_of(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| without_possessive(w.trim_end_matches([',', '.'])).to_lowercase())
        .filter(|w| !w.is_empty() && !is_determiner(w))
        .collect()
}

/// "russian" ~ "russia", "iraqi" ~ "iraq": place words compared by their first five letters.
fn same_stem(a: &str, b: &str) -> bool {
    let a = a.trim_end_matches('s');
    let b = b.trim_end_matches('s');
    a == b || (a.len() >= 4 && b.len() >= 4 && a.chars().take(5).eq(b.chars().take(5)))
}

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
