//! Rule 6 of [`super::cluster`]: a bare surname ("Kerry", "Mr. Trump", "Trump Jr.") joins the one person
//! it means across the news, or no one when several people share it and none dominates.

use super::cluster::{middle_initials, words, Local};
use super::decisions::bare;
use crate::extract::entities::lexicon::{
    given_name_gender, honorific_gender, is_common_word, is_english_word, Gender, GIVEN_NAMES,
};
use crate::extract::entities::names::{
    is_initial, is_name_suffix, other_key, person_key, person_words, surname_key,
};
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

/// The words of a person's name without its generational suffix, and the suffix: "Joseph R. Biden
/// Jr." -> (["joseph", "biden"], "jr"); `None` for a name without one.
pub(super) fn without_suffix(name: &str) -> Option<(Vec<String>, String)> {
    let mut words = person_words(name);
    let last = words.pop()?;
    (is_generational(&last) && !words.is_empty()).then_some((words, last))
}

/// A generational suffix as [`person_words`] folds it: "jr", "sr", "ii", "iii" ("Robert S. Mueller
/// III"); after a given name and a surname only, so "Elizabeth II" has none.
fn is_generational(word: &str) -> bool {
    is_name_suffix(word) || matches!(word, "ii" | "iii" | "iv")
}

/// Rule 4b: a suffix is optional when nothing in the news needs it to tell two people apart.
/// "Joseph R. Biden Jr." (the New York Times' style) is "Joe Biden" and "Roger J. Stone Jr." is "Roger
/// Stone": the one person key equal to the name without its suffix. Unless the suffix is how someone
/// is told apart: some name writes it after the surname or the given name alone ("Trump Jr.", "Don
/// Jr.": "Donald Trump Jr." is not his father), after the same name another suffix ("Sr."), or the
/// same name is written the same way without it: the same middle initials, or none on both ("Jesse L.
/// Jackson" is the father of "Jesse L. Jackson Jr.", "Donald Trump" of "Donald Trump Jr."; a style
/// that writes initials writes suffixes).
pub(super) fn join_suffixes(items: &[Local], uf: &mut UnionFind) {
    let is_person = |i: &Local| i.kind == EntityKind::Person && i.gazetteer_id.is_none();
    // Short forms with a suffix ("trump jr", "donald jr") and the suffixes written after each name.
    let mut short_forms: BTreeSet<String> = BTreeSet::new();
    let mut suffixes: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    let mut plain: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        if !matches!(item.kind, EntityKind::Person | EntityKind::Other)
            || item.gazetteer_id.is_some()
        {
            continue;
        }
        for written in std::iter::once(&item.name).chain(&item.aliases) {
            match without_suffix(&bare(written)) {
                Some((words, suffix)) if words.len() == 1 => {
                    short_forms.insert(format!("{} {suffix}", words[0]));
                }
                Some((words, suffix)) => {
                    suffixes.entry(words).or_default().insert(suffix);
                }
                None => {}
            }
        }
        if is_person(item) && without_suffix(&item.name).is_none() && words(&item.name) > 1 {
            let initials = middle_initials(&item.name);
            plain
                .entry(person_key(&item.name))
                .or_default()
                .push((i, initials));
        }
    }
    for (i, item) in items.iter().enumerate() {
        let Some((words, suffix)) = without_suffix(&item.name).filter(|_| is_person(item)) else {
            continue;
        };
        let told_apart = words.len() < 2
            || suffixes.get(&words).is_some_and(|s| s.len() > 1)
            || [&words[0], &words[words.len() - 1]]
                .iter()
                .any(|w| short_forms.contains(&format!("{w} {suffix}")));
        if told_apart {
            continue;
        }
        let Some(targets) = plain.get(&words.join(" ")) else {
            continue;
        };
        let written = middle_initials(&item.name);
        if targets.iter().any(|(_, initials)| *initials == written) {
            continue;
        }
        let roots: BTreeSet<usize> = targets.iter().map(|&(t, _)| uf.find(t)).collect();
        if let [root] = roots.into_iter().collect::<Vec<_>>().as_slice() {
            uf.union(*root, i);
        }
    }
}

/// Is `long` `short` with one letter more, inside the word ("vincente" / "vicente")? Not at either
/// end, where names differ by design ("Robert" / "Roberto", "Adrian" / "Adriana").
fn one_letter_inside(short: &str, long: &str) -> bool {
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    l.len() == s.len() + 1
        && (1..l.len() - 1).any(|k| l[..k] == s[..k] && l[k + 1..] == s[k..] && l[0] == s[0])
}

/// Rule 4d: a slip of one letter in a given name ("Vincente Fox" for "Vicente Fox") is the same
/// person when the surname is the same, the given name is long (five letters or more), the lists do
/// not give the two names different genders ("Daniel" / "Danielle"), and no third spelling competes:
/// each of the two given names has that one neighbour among the people with that surname.
pub(super) fn join_slips(items: &[Local], uf: &mut UnionFind) {
    // Surname -> given name (folded) -> (members, the given name as written).
    let mut people: BTreeMap<String, BTreeMap<String, (Vec<usize>, String)>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let words = person_words(&item.name);
        if item.kind != EntityKind::Person
            || item.gazetteer_id.is_some()
            || words.len() < 2
            || without_suffix(&item.name).is_some()
        {
            continue;
        }
        let written = item.name.split_whitespace().next().unwrap_or_default();
        let entry = people
            .entry(words[words.len() - 1].clone())
            .or_default()
            .entry(words[0].clone())
            .or_insert_with(|| (Vec::new(), written.to_string()));
        entry.0.push(i);
    }
    for given in people.values() {
        let near = |name: &str| -> Vec<&String> {
            given
                .keys()
                .filter(|other| one_letter_inside(name, other) || one_letter_inside(other, name))
                .collect()
        };
        for (short, (members, written)) in given {
            let neighbours = near(short);
            let [long] = neighbours.as_slice() else {
                continue;
            };
            let (long_members, long_written) = &given[*long];
            let genders = (given_name_gender(written), given_name_gender(long_written));
            let agree = match genders {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            if short.chars().count() < 5
                || long.len() < short.len()
                || near(long).len() != 1
                || !agree
            {
                continue;
            }
            for &m in members.iter().chain(long_members) {
                uf.union(members[0], m);
            }
        }
    }
}
