//! Rule 6 of [`super::cluster`]: a bare surname ("Kerry", "Mr. Trump", "Trump Jr.") joins the one person
//! it means across the news, or no one when several people share it and none dominates.

use super::cluster::{words, Local};
use super::decisions::bare;
use crate::extract::entities::lexicon::{
    given_name_gender, honorific_gender, is_common_word, is_english_word, Gender, GIVEN_NAMES,
};
use crate::extract::entities::names::{is_initial, is_name_suffix, other_key, surname_key};
use crate::extract::EntityKind;
use crate::link::union_find::UnionFind;
use std::collections::{BTreeMap, BTreeSet};

/// How often (at least) a person must be called by the bare surname, in articles that also give the
/// full name, before a bare surname elsewhere is taken to mean that person although others share it.
const DOMINANT_MIN_SHORT_MENTIONS: i64 = 10;
/// ... and what share of all such surname-alone mentions of the people sharing it must be theirs.
/// Four in five: a president's daughters named once each in a story about the family do not make
/// "Obama" ambiguous across the news.
const DOMINANT_SHARE: f64 = 0.8;

/// Is `name` shaped like a person's full name: a known first name, a middle initial, or (no common
/// word in it) a title or role given with some mention ("Injured Chelsea" is no one's full name)?
fn person_shaped(item: &Local) -> bool {
    // "Mr. Trump" is a title and a surname, not a full name; "Trump Jr." a surname and a suffix.
    let name = bare(&item.name);
    let words: Vec<&str> = name.split_whitespace().collect();
    surname_words(&name) > 1
        && (GIVEN_NAMES.contains(words[0])
            || words[1..].iter().any(|w| is_initial(w))
            // (Not "Plus Obama": a sentence's first word glued to a name.)
            || (!words.iter().any(|w| is_english_word(w)) && item.with_role))
}

/// The whole of each split: (root of NAME's entity, key of PART).
pub(super) type Forbidden = Vec<(usize, String)>;

/// Rule 6: bare surnames join the one person they mean.
pub(super) fn join_surnames(items: &[Local], uf: &mut UnionFind, forbidden: &Forbidden) {
    let n = items.len();
    let mut roots: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = uf.find(i);
        roots.entry(r).or_default().push(i);
    }
    // People: entities with a person-shaped full name, by surname, with their short mentions.
    let mut people: BTreeMap<String, BTreeMap<usize, i64>> = BTreeMap::new();
    let mut genders: BTreeMap<usize, Gender> = BTreeMap::new();
    let mut singles: Vec<(usize, String, String, Option<Gender>)> = Vec::new();
    for (&root, members) in &roots {
        if members.iter().any(|&i| items[i].gazetteer_id.is_some()) {
            continue;
        }
        let shorts: i64 = members.iter().map(|&i| items[i].short_mentions).sum();
        let mut surnames = BTreeSet::new();
        for &i in members {
            if items[i].kind == EntityKind::Person && person_shaped(&items[i]) {
                surnames.extend(surname_key(&items[i].name));
                let first = items[i].name.split_whitespace().next().unwrap_or_default();
                if let Some(g) = given_name_gender(first) {
                    genders.insert(root, g);
                }
            }
        }
        for s in surnames {
            people.entry(s).or_default().insert(root, shorts);
        }
        // A bare surname, or a title and a surname ("Mr. Trump", "Pres Obama": the article named no
        // one else by the title's gender, or no one in full).
        // "Trump Jr." is a surname too: the son's, by its suffix.
        let one_word = members.iter().all(|&i| {
            surname_words(&bare(&items[i].name)) == 1
                && matches!(items[i].kind, EntityKind::Person | EntityKind::Other)
        });
        let written = &items[members[0]].name;
        let name = bare(written);
        if one_word && !is_common_word(&name) {
            let all: Vec<&str> = written.split_whitespace().collect();
            let title = all[..all.len() - words(&name)].join(" ");
            if let Some(s) = surname_key(&name) {
                singles.push((root, s, other_key(&name), honorific_gender(&title)));
            }
        }
    }
    for (single, surname, key, gender) in singles {
        let Some(candidates) = people.get(&surname) else {
            continue;
        };
        // "Mrs. Trump" never means a man the lists know as one.
        let candidates: BTreeMap<usize, i64> = candidates
            .iter()
            .filter(|(root, _)| {
                gender.is_none() || genders.get(root).is_none_or(|g| Some(*g) == gender)
            })
            .map(|(&r, &n)| (r, n))
            .collect();
        let Some(person) = referent(&candidates) else {
            continue;
        };
        if forbidden
            .iter()
            .any(|(whole, part)| *part == key && *whole == person)
        {
            continue;
        }
        uf.union(person, single);
    }
}

/// The person a bare surname refers to: the only one with it, or the one the news overwhelmingly
/// means by it (short mentions in articles that give the full name).
fn referent(candidates: &BTreeMap<usize, i64>) -> Option<usize> {
    if candidates.len() == 1 {
        return candidates.keys().next().copied();
    }
    let total: i64 = candidates.values().sum();
    let (&person, &top) = candidates
        .iter()
        .max_by_key(|(root, n)| (**n, std::cmp::Reverse(**root)))?;
    (top >= DOMINANT_MIN_SHORT_MENTIONS && top as f64 >= DOMINANT_SHARE * total as f64)
        .then_some(person)
}

/// The words of a name before a generational suffix: "Trump Jr." has one, "Donald Trump" two.
fn surname_words(name: &str) -> usize {
    let all: Vec<&str> = name.split_whitespace().collect();
    match all.split_last() {
        Some((last, rest)) if !rest.is_empty() && is_name_suffix(last) => rest.len(),
        _ => all.len(),
    }
}
