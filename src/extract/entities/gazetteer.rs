//! The built-in gazetteer: countries, capitals and major cities, regions, international organisations
//! and armed groups, with their other names and adjectives. Embedded from `data/gazetteer/*.tsv` (see its
//! README for the format) and compiled once into one Aho-Corasick automaton, so finding every known name
//! in an article is a single linear scan whatever the size of the gazetteer.

use crate::extract::{EntityKind, MentionKind};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::sync::LazyLock;

const FILES: &[&str] = &[
    include_str!("../../../data/gazetteer/countries.tsv"),
    include_str!("../../../data/gazetteer/places.tsv"),
    include_str!("../../../data/gazetteer/organisations.tsv"),
];

/// One gazetteer entry.
#[derive(Debug)]
pub struct Entry {
    /// Stable id stored in `entities.gazetteer_id` ("country:RU").
    pub id: &'static str,
    pub kind: EntityKind,
    pub name: &'static str,
    pub aliases: Vec<&'static str>,
    pub adjectives: Vec<String>,
}

/// The parsed gazetteer with its matcher.
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    /// Pattern index -> (entry index, how a match of it mentions the entry).
    forms: Vec<(usize, MentionKind, String)>,
    /// Exact written form -> (entry index, mention kind).
    by_form: HashMap<String, (usize, MentionKind)>,
    by_id: HashMap<&'static str, usize>,
    matcher: AhoCorasick,
}

/// One occurrence of a gazetteer name in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
    pub kind: MentionKind,
}

fn parse_kind(text: &str) -> EntityKind {
    match text {
        "person" => EntityKind::Person,
        "organisation" => EntityKind::Organisation,
        "location" => EntityKind::Location,
        "group" => EntityKind::Group,
        _ => EntityKind::Other,
    }
}

fn split_list(field: Option<&'static str>) -> Vec<&'static str> {
    field
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut entries = Vec::new();
        for file in FILES {
            for line in file.lines() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let mut fields = line.split('\t');
                let (Some(id), Some(kind), Some(name)) =
                    (fields.next(), fields.next(), fields.next())
                else {
                    continue;
                };
                let aliases = split_list(fields.next());
                let mut adjectives: Vec<String> = Vec::new();
                for adjective in split_list(fields.next()) {
                    adjectives.push(adjective.to_string());
                    // Plural demonyms: "Iraqis", "Russians", "Afghans".
                    if adjective.ends_with('n') || adjective.ends_with('i') {
                        adjectives.push(format!("{adjective}s"));
                    }
                }
                entries.push(Entry {
                    id: id.trim(),
                    kind: parse_kind(kind.trim()),
                    name: name.trim(),
                    aliases,
                    adjectives,
                });
            }
        }
        let mut forms = Vec::new();
        let mut by_form = HashMap::new();
        for (index, entry) in entries.iter().enumerate() {
            let mut add = |form: &str, kind: MentionKind| {
                // The first entry to claim a form keeps it (countries are listed before cities).
                if !by_form.contains_key(form) {
                    by_form.insert(form.to_string(), (index, kind));
                    forms.push((index, kind, form.to_string()));
                }
            };
            // Every form also with a curly apostrophe ("Shi’ite"), as web pages write it.
            let mut add_both = |form: &str, kind: MentionKind| {
                add(form, kind);
                if form.contains('\'') {
                    add(&form.replace('\'', "\u{2019}"), kind);
                }
            };
            add_both(entry.name, MentionKind::Name);
            for alias in &entry.aliases {
                add_both(alias, MentionKind::Alias);
            }
            for adjective in &entry.adjectives {
                add_both(adjective, MentionKind::Adjectival);
            }
        }
        let by_id = entries.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(forms.iter().map(|(_, _, form)| form.as_str()))
            .expect("the gazetteer compiles");
        Gazetteer {
            entries,
            forms,
            by_form,
            by_id,
            matcher,
        }
    }

    /// Every whole-word occurrence of a gazetteer name in `text`, leftmost-longest, in order.
    /// "Whole word": not preceded or followed by a letter or digit (a form ending in "." may be followed
    /// by anything: "U.N.SEPT."). Short all-capital aliases ("US", "IS", "WHO") are skipped where the text
    /// around them is in capitals, as headlines are.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.matcher.find_iter(text) {
            let (start, end) = (m.start(), m.end());
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            let form = &self.forms[m.pattern().as_usize()];
            if before.is_some_and(char::is_alphanumeric) {
                continue;
            }
            if !form.2.ends_with('.') && after.is_some_and(char::is_alphanumeric) {
                continue;
            }
            if is_short_capitals(&form.2) && in_capitals_context(text, start, end) {
                continue;
            }
            hits.push(Hit {
                start,
                end,
                entry: form.0,
                kind: form.1,
            });
        }
        hits
    }

    /// The entry and mention kind of an exact written form ("ISIL", "Russian").
    pub fn lookup(&self, form: &str) -> Option<(usize, MentionKind)> {
        self.by_form.get(form).copied()
    }

    pub fn by_id(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }
}

fn is_short_capitals(form: &str) -> bool {
    form.len() <= 3 && form.chars().all(|c| c.is_ascii_uppercase())
}

/// Are the words next to `start..end` written in capitals (a headline or a shouted label)?
fn in_capitals_context(text: &str, start: usize, end: usize) -> bool {
    let word_before = text[..start]
        .split_whitespace()
        .next_back()
        .filter(|w| w.chars().any(char::is_alphabetic));
    let word_after = text[end..]
        .split_whitespace()
        .next()
        .filter(|w| w.chars().any(char::is_alphabetic));
    let caps = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    word_before.is_some_and(caps) || word_after.is_some_and(caps)
}

/// The gazetteer, parsed on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// The gazetteer entry with this id, for the store (which adds its aliases to the entity).
pub fn entry(id: &str) -> Option<&'static Entry> {
    GAZETTEER.by_id(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str, MentionKind)> {
        GAZETTEER
            .find(text)
            .into_iter()
            .map(|h| (&text[h.start..h.end], GAZETTEER.entries[h.entry].id, h.kind))
            .collect()
    }

    #[test]
    fn longest_form_wins_and_words_are_whole() {
        let hits = found(
            "Talks with the Russian Federation, Russian diplomats and Iraq's Iraqis in Ramadi.",
        );
        assert_eq!(
            hits,
            vec![
                ("Russian Federation", "country:RU", MentionKind::Alias),
                ("Russian", "country:RU", MentionKind::Adjectival),
                ("Iraq", "country:IQ", MentionKind::Name),
                ("Iraqis", "country:IQ", MentionKind::Adjectival),
                ("Ramadi", "city:ramadi", MentionKind::Name),
            ]
        );
        assert!(found("Irana and Omanis").iter().all(|h| h.0 != "Iran"));
    }

    #[test]
    fn acronyms_match_in_prose_not_in_shouted_headlines() {
        assert_eq!(found("strikes against IS in Syria")[0].1, "org:isis");
        assert!(found("THIS IS SPARTA").is_empty());
        assert_eq!(found("the U.N.SEPT. 27")[0].0, "U.N.");
        assert_eq!(found("U.S.-led coalition")[0].1, "country:US");
    }
}
