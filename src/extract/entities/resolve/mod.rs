//! Within-article resolution: which candidates name the same entity.
//!
//! In order:
//! 1. gazetteer names are their entry's entity, whatever form the article uses ("ISIL", "Russian");
//! 2. names of two words or more group by their key ([`super::names::person_key`]: "Vladimir V. Putin" =
//!    "Vladimir Putin"); the group's name is its longest form; its kind the most specific one seen;
//! 3. declared aliases ("(ISIS)", "also known as ...") attach to their target's entity;
//! 4. a one-word name joins, in this order: an alias declared for an entity; the unique person of the
//!    article with that surname (or, when several share it, the one mentioned last before it; "Mr Putin",
//!    "Putin"); the unique person with that first name; an organisation whose initials it is; an earlier
//!    one-word name with the same key. A hyphenated pair of names ("the Kerry-Lavrov meeting") is split
//!    into its names first when they are known or the pair is used as an adjective.
//!
//! Weak candidates (headline case, common words at a sentence start) are kept only when they join an
//! entity found in prose.

mod acronyms;
mod family;

use super::candidates::{Candidate, Declaration};
use super::gazetteer::GAZETTEER;
use super::names::{is_name_suffix, other_key, person_key, person_words, surname_key};
use crate::extract::lang::lexicon::{
    given_name_gender, honorific_gender, is_common_word, is_english_word, Gender, GIVEN_NAMES,
};
use crate::extract::lang::tokens::is_capitalised;
use crate::extract::{Entity, EntityKind, Mention, MentionKind, Span};
pub(crate) use family::has_initials_inside;
use family::{family_member, merge_middle_names, LastSeen};
use std::collections::{HashMap, HashSet};

/// An entity being built.
struct Draft {
    name: String,
    kind: EntityKind,
    gazetteer_id: Option<String>,
    /// Forms written in the article, in order, adjectives excluded.
    forms: Vec<String>,
    /// Words in the name (for choosing the fullest form).
    name_words: usize,
    /// From the given name or an honorific ("Mrs. McDonnell"), when one says it.
    gender: Option<Gender>,
}

struct Resolver<'a> {
    body: &'a str,
    drafts: Vec<Draft>,
    mentions: Vec<Mention>,
    /// Draft of each gazetteer entry seen.
    by_entry: HashMap<usize, usize>,
    seen: LastSeen,
}

/// How specific a kind is: a more specific kind seen anywhere in a group wins.
fn specificity(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Other => 0,
        EntityKind::Location => 1,
        EntityKind::Group => 1,
        EntityKind::Person => 2,
        EntityKind::Organisation => 3,
    }
}

impl Resolver<'_> {
    fn add_mention(
        &mut self,
        entity: usize,
        span: Span,
        kind: MentionKind,
        role: Option<String>,
        sentence: usize,
    ) {
        let text = span.text(self.body).to_string();
        if kind != MentionKind::Adjectival && !self.drafts[entity].forms.contains(&text) {
            self.drafts[entity].forms.push(text);
        }
        if let Some(g) = role.as_deref().and_then(honorific_gender) {
            self.drafts[entity].gender.get_or_insert(g);
        }
        self.seen.add(entity, span.start, sentence);
        self.mentions.push(Mention {
            entity,
            span,
            kind,
            role,
            sentence,
        });
    }

    fn new_draft(&mut self, name: &str, kind: EntityKind, gazetteer_id: Option<String>) -> usize {
        self.drafts.push(Draft {
            name: name.to_string(),
            kind,
            gazetteer_id,
            forms: Vec::new(),
            name_words: name.split_whitespace().count(),
            gender: name
                .split_whitespace()
                .nth(1)
                .and(name.split_whitespace().next())
                .and_then(given_name_gender),
        });
        self.drafts.len() - 1
    }

    /// The draft of a gazetteer entry, made on first use.
    fn gazetteer_draft(&mut self, entry: usize) -> usize {
        if let Some(&d) = self.by_entry.get(&entry) {
            return d;
        }
        let e = GAZETTEER.entries.get(entry).expect("gazetteer index");
        let d = self.new_draft(e.name, e.kind, Some(e.id.to_string()));
        self.by_entry.insert(entry, d);
        d
    }
}

/// Builds the article's entities and mentions from its candidates.
pub fn resolve(
    body: &str,
    candidates: &[Candidate],
    declarations: &[Declaration],
) -> (Vec<Entity>, Vec<Mention>) {
    let mut r = Resolver {
        body,
        drafts: Vec::new(),
        mentions: Vec::new(),
        by_entry: HashMap::new(),
        seen: LastSeen { starts: Vec::new() },
    };
    let overridden = acronyms::declared_acronyms(body, candidates, declarations);
    let (candidates, declared) = match &overridden {
        Some((own, taken)) => (own.as_slice(), taken.clone()),
        None => (candidates, HashSet::new()),
    };
    let mut of_candidate: Vec<Option<usize>> = vec![None; candidates.len()];

    // 1. Gazetteer names.
    for (i, c) in candidates.iter().enumerate() {
        let Some((entry, kind)) = c.gazetteer else {
            continue;
        };
        let draft = r.gazetteer_draft(entry);
        r.add_mention(draft, c.span, kind, c.role.clone(), c.sentence);
        of_candidate[i] = Some(draft);
    }

    // 2. Names of two words or more, grouped by key (weak ones only join).
    let words_of = |c: &Candidate| c.span.text(body).split_whitespace().count();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    // Weak names of several words that join nothing: their words may still ("Putin Is Catering").
    let mut weak_words: Vec<usize> = Vec::new();
    for pass_weak in [false, true] {
        for (i, c) in candidates.iter().enumerate() {
            if c.gazetteer.is_some() || words_of(c) < 2 || c.weak != pass_weak {
                continue;
            }
            let text = c.span.text(body);
            let key = person_key(text);
            let draft = match by_key.get(&key) {
                Some(&d) => d,
                None if pass_weak => {
                    weak_words.push(i);
                    continue;
                }
                None => {
                    let d = r.new_draft(text, c.kind, None);
                    by_key.insert(key, d);
                    d
                }
            };
            let d = &mut r.drafts[draft];
            if specificity(c.kind) > specificity(d.kind) {
                d.kind = c.kind;
            }
            let n = words_of(c);
            if n > d.name_words {
                d.name = text.to_string();
                d.name_words = n;
            }
            r.add_mention(draft, c.span, MentionKind::Name, c.role.clone(), c.sentence);
            of_candidate[i] = Some(draft);
        }
    }

    merge_middle_names(&mut r, &mut of_candidate);
    r.seen = LastSeen::new(r.drafts.len(), &r.mentions);

    // 3. Declared aliases.
    let mut aliases: HashMap<String, usize> = HashMap::new();
    let mut ambiguous: HashSet<String> = HashSet::new();
    for d in declarations {
        let Some(target) = of_candidate[d.target] else {
            continue;
        };
        // "J Moss (Leeds)": a word in parentheses after a person's name is where they play or come
        // from, not another name of theirs, unless it is shaped like an acronym ("(AOC)").
        let capitals = d.alias.chars().filter(|c| c.is_uppercase()).count();
        if d.bracketed && r.drafts[target].kind == EntityKind::Person && capitals < 2 {
            continue;
        }
        // A gazetteer name of another entry stays that entry ("Syria (Damascus)" is no alias).
        // (Not an acronym the article declares for a name of its own: "(FSA)".)
        if !declared.contains(&d.alias)
            && GAZETTEER.lookup(&d.alias).is_some_and(|(entry, _)| {
                r.drafts[target].gazetteer_id.as_deref() != Some(GAZETTEER.entries[entry].id)
            })
        {
            continue;
        }
        // "Moss (Leeds) ... Quill (Leeds)": a name declared for two entities names neither.
        let key = other_key(&d.alias);
        if aliases.get(&key).is_some_and(|&t| t != target) {
            ambiguous.insert(key.clone());
        }
        aliases.insert(key, target);
    }
    aliases.retain(|key, _| !ambiguous.contains(key));

    // Persons by surname and first name, for one-word names.
    let mut surnames: HashMap<String, Vec<usize>> = HashMap::new();
    let mut first_names: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, d) in r.drafts.iter().enumerate() {
        // People, and unclassified names of two or three words: in news these are nearly always
        // people whose first name is not in the list ("Tomas Reyes").
        // Not when a word after the first is an ordinary word: "Obama Agenda", "Trump Tower Moscow".
        let person_shaped = d.kind == EntityKind::Person
            || (d.kind == EntityKind::Other
                && d.name_words <= 3
                && !d.name.split_whitespace().any(is_common_word)
                && !d.name.split_whitespace().skip(1).any(is_english_word));
        // (A draft merged into a longer form has no forms left.)
        if !person_shaped || d.gazetteer_id.is_some() || d.forms.is_empty() {
            continue;
        }
        let words = person_words(&d.name);
        if words.len() < 2 {
            continue;
        }
        if let Some(s) = surname_key(&d.name) {
            surnames.entry(s).or_default().push(index);
        }
        first_names.entry(words[0].clone()).or_default().push(index);
    }
    let initials: HashMap<String, usize> = r
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            d.kind == EntityKind::Organisation && d.name_words >= 2 && d.gazetteer_id.is_none()
        })
        .map(|(i, d)| {
            let letters: String = d
                .name
                .split_whitespace()
                .filter(|w| is_capitalised(w))
                .filter_map(|w| w.chars().next())
                .collect();
            (letters, i)
        })
        .collect();

    // 4. One-word names, in text order.
    let mut singles: HashMap<String, usize> = HashMap::new();
    let mut split_weak: Vec<Candidate> = Vec::new();
    for &i in &weak_words {
        let c = &candidates[i];
        let text = c.span.text(body);
        for (offset, word) in word_offsets(text) {
            let mut part = c.clone();
            part.span = Span::new(c.span.start + offset, c.span.start + offset + word.len());
            part.kind = EntityKind::Other;
            split_weak.push(part);
        }
    }
    let mut order: Vec<&Candidate> = candidates
        .iter()
        .enumerate()
        .filter(|(i, c)| of_candidate[*i].is_none() && c.gazetteer.is_none() && words_of(c) == 1)
        .map(|(_, c)| c)
        .chain(split_weak.iter())
        .collect();
    order.sort_by_key(|c| c.span.start);
    for c in order {
        let text = c.span.text(body);
        // A hyphenated pair of names: split it when its parts are names.
        let parts: Vec<(usize, &str)> = split_hyphens(text);
        if parts.len() > 1 && parts.iter().all(|(_, p)| is_capitalised(p)) {
            let known = |p: &str| {
                GAZETTEER.lookup(p).is_some()
                    || aliases.contains_key(&other_key(p))
                    || surname_key(p).is_some_and(|s| surnames.contains_key(&s))
                    || singles.contains_key(&other_key(p))
            };
            let long_parts = parts.iter().all(|(_, p)| p.chars().count() >= 2);
            if long_parts && (c.attributive || parts.iter().all(|(_, p)| known(p))) {
                for (offset, part) in parts {
                    let span = Span::new(c.span.start + offset, c.span.start + offset + part.len());
                    let kind = if c.kind == EntityKind::Other {
                        EntityKind::Person
                    } else {
                        c.kind
                    };
                    one_word(
                        &mut r,
                        c,
                        span,
                        kind,
                        &aliases,
                        &surnames,
                        &first_names,
                        &initials,
                        &mut singles,
                    );
                }
                continue;
            }
        }
        one_word(
            &mut r,
            c,
            c.span,
            c.kind,
            &aliases,
            &surnames,
            &first_names,
            &initials,
            &mut singles,
        );
    }

    // Only entities with mentions, renumbered; mentions in text order.
    let mut mentions = r.mentions;
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    let mut renumber: Vec<Option<usize>> = vec![None; r.drafts.len()];
    let mut entities = Vec::new();
    for m in &mut mentions {
        let new = *renumber[m.entity].get_or_insert_with(|| {
            let d = &r.drafts[m.entity];
            entities.push(Entity {
                name: d.name.clone(),
                kind: d.kind,
                aliases: d.forms.iter().filter(|f| **f != d.name).cloned().collect(),
                gazetteer_id: d.gazetteer_id.clone(),
            });
            entities.len() - 1
        });
        m.entity = new;
    }
    (entities, mentions)
}

/// The white-space separated words of a text with their byte offsets.
fn word_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    words
}

/// The parts of a hyphenated word with their byte offsets, unless the hyphen follows a particle.
fn split_hyphens(text: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '-' {
            parts.push((start, &text[start..i]));
            start = i + 1;
        }
    }
    parts.push((start, &text[start..]));
    if parts.iter().any(|(_, p)| {
        p.is_empty() || crate::extract::lang::lexicon::PARTICLES.contains(p.to_lowercase().as_str())
    }) {
        return vec![(0, text)];
    }
    parts
}

#[allow(clippy::too_many_arguments)]
fn one_word(
    r: &mut Resolver,
    c: &Candidate,
    span: Span,
    kind: EntityKind,
    aliases: &HashMap<String, usize>,
    surnames: &HashMap<String, Vec<usize>>,
    first_names: &HashMap<String, Vec<usize>>,
    initials: &HashMap<String, usize>,
    singles: &mut HashMap<String, usize>,
) {
    let text = span.text(r.body);
    let key = other_key(text);
    // (An alias first: the only gazetteer names among them are acronyms the article declares for a
    // name of its own, "(FSA)".)
    if let Some(&d) = aliases.get(&key) {
        r.add_mention(d, span, MentionKind::Alias, c.role.clone(), c.sentence);
        return;
    }
    if let Some((entry, mention_kind)) = GAZETTEER.lookup(text) {
        // A part of a hyphenated pair that the gazetteer knows.
        let draft = r.gazetteer_draft(entry);
        r.add_mention(draft, span, mention_kind, c.role.clone(), c.sentence);
        return;
    }
    // A place only by context ("bring in Netanyahu to address Congress") is the person the article
    // names when it is their surname.
    let person_like = matches!(kind, EntityKind::Person | EntityKind::Other)
        || (kind == EntityKind::Location && c.gazetteer.is_none());
    if person_like {
        let honorific = c.role.as_deref().and_then(honorific_gender);
        let found = surname_key(text)
            .and_then(|s| surnames.get(&s))
            .map(|found| {
                // "Mrs. McDonnell" is not Bob McDonnell.
                let agrees = |&&d: &&usize| {
                    honorific.is_none()
                        || r.drafts[d].gender.is_none()
                        || r.drafts[d].gender == honorific
                };
                found.iter().filter(agrees).copied().collect::<Vec<usize>>()
            });
        if found.as_ref().is_some_and(|f| f.is_empty()) {
            // A family member the article names only by title and surname: a person of their own
            // ("Mrs. Lark" ... "Ms. Lark": the same one).
            if let Some(&d) = singles
                .get(&key)
                .filter(|&&d| r.drafts[d].gender == honorific)
            {
                r.add_mention(d, span, MentionKind::Short, c.role.clone(), c.sentence);
                return;
            }
            let name = format!("{} {text}", c.role.as_deref().unwrap_or_default());
            let d = r.new_draft(name.trim(), EntityKind::Person, None);
            r.drafts[d].gender = honorific;
            singles.insert(key, d);
            r.add_mention(d, span, MentionKind::Short, c.role.clone(), c.sentence);
            return;
        }
        if let Some(found) = found.filter(|f| !f.is_empty()) {
            let chosen = family_member(r, &found, span.start, c.sentence);
            if r.drafts[chosen].kind == EntityKind::Other {
                r.drafts[chosen].kind = EntityKind::Person;
            }
            r.add_mention(chosen, span, MentionKind::Short, c.role.clone(), c.sentence);
            return;
        }
        // (After a title the word is a surname: "Justices Kennedy and Samuel Alito".)
        let coordinated = (!c.titled)
            .then(|| coordinated_person(r, text, span, surnames, first_names, singles))
            .flatten();
        if let Some(d) = coordinated {
            r.add_mention(d, span, MentionKind::Short, c.role.clone(), c.sentence);
            return;
        }
        // A known first name at a sentence start is still a first name ("Eric is a friend"), unless
        // it is an English word too ("Will", "Mark").
        let first_name = GIVEN_NAMES.contains(text) && !is_english_word(text);
        if !c.sentence_start || c.titled || first_name {
            if let Some(found) = first_names.get(&person_key(text)).filter(|f| f.len() == 1) {
                r.add_mention(
                    found[0],
                    span,
                    MentionKind::Short,
                    c.role.clone(),
                    c.sentence,
                );
                return;
            }
        }
    }
    // A weak name only joins a person someone else named ("Mr Hope" ... "Hope said").
    if c.weak {
        if let Some(&d) = singles
            .get(&key)
            .filter(|&&d| r.drafts[d].kind == EntityKind::Person)
        {
            r.add_mention(d, span, MentionKind::Short, c.role.clone(), c.sentence);
        }
        return;
    }
    if let Some(&d) = initials.get(text).filter(|_| text.len() >= 2) {
        r.add_mention(d, span, MentionKind::Alias, c.role.clone(), c.sentence);
        return;
    }
    if let Some(&d) = singles.get(&key) {
        if specificity(kind) > specificity(r.drafts[d].kind) {
            r.drafts[d].kind = kind;
        }
        r.add_mention(d, span, MentionKind::Name, c.role.clone(), c.sentence);
        return;
    }
    let d = r.new_draft(text, kind, None);
    singles.insert(key, d);
    r.add_mention(d, span, MentionKind::Name, c.role.clone(), c.sentence);
}

/// "Donald and Melania Trump", "Hillary and Bill Clinton": a known first name right before "and" and
/// another full name shares that name's surname. The person of the article with that first name and
/// surname, or a person of that name made here (one draft for every such mention).
fn coordinated_person(
    r: &mut Resolver,
    text: &str,
    span: Span,
    surnames: &HashMap<String, Vec<usize>>,
    first_names: &HashMap<String, Vec<usize>>,
    singles: &mut HashMap<String, usize>,
) -> Option<usize> {
    if !GIVEN_NAMES.contains(text) {
        return None;
    }
    let rest = r.body[span.end..].strip_prefix(" and ")?;
    let mut words: Vec<&str> = Vec::new();
    for w in rest.split(' ').take(4) {
        if !w.starts_with(char::is_uppercase) {
            break;
        }
        words.push(w);
        // A name ends at its punctuation ("Hillary and Bill Clinton, who"), not at an initial's dot
        // ("Ann and Samuel A. Alito").
        let initial = w.len() == 2 && w.ends_with('.');
        if w.ends_with(|c: char| !c.is_alphanumeric()) && !initial {
            break;
        }
    }
    // "Samuel A. Alito Jr.": the surname is before the suffix.
    if words.len() > 2
        && words
            .last()
            .is_some_and(|w| is_name_suffix(w.trim_end_matches(',')))
    {
        words.pop();
    }
    let (first, last) = (words.first()?, words.last()?);
    if words.len() < 2 || !GIVEN_NAMES.contains(first) {
        return None;
    }
    let surname = last
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s");
    let key = person_key(text);
    let known: Vec<usize> = surname_key(surname)
        .and_then(|s| surnames.get(&s))
        .map(|found| {
            found
                .iter()
                .copied()
                .filter(|d| first_names.get(&key).is_some_and(|f| f.contains(d)))
                .collect()
        })
        .unwrap_or_default();
    if let [only] = known[..] {
        return Some(only);
    }
    if !known.is_empty() || surname.is_empty() {
        return None;
    }
    let full = format!("{text} {surname}");
    let single = other_key(&full);
    if let Some(&d) = singles.get(&single) {
        return Some(d);
    }
    let d = r.new_draft(&full, EntityKind::Person, None);
    singles.insert(single, d);
    Some(d)
}
