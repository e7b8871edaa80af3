//! How many people a quote group's members name as its speaker: a group naming two or more is an
//! attribution conflict (`quote-attribution-conflicts`).
//!
//! Outlets write one person's name in several ways that entity linking may leave as two entities:
//! "Robert Kilroy-Silk" and "Euro-Sceptic Kilroy-Silk" (a title read as a first name), "Vince Cable"
//! and "Vincent Cable", "Mates" and "MP Michael Mates". Counted as two speakers, each made the quote
//! an attribution conflict that no reader would keep. Two people named as speakers are one when
//! they are both persons with the same surname (a generational suffix part of it: "Donald Trump
//! Jr." is not "Donald J. Trump") and their given names do not differ: the same, one a short form
//! of the other ("Vince" / "Vincent"), or one name without any. "Chad Griffin" and "Kathy Griffin",
//! "Bill Clinton" and "Hillary Rodham Clinton" stay two speakers. A body named beside a person
//! ("White House" / "Sarah Huckabee Sanders") is the person's side, not a second speaker.

use crate::extract::entities::names::surname_key;
use crate::link::union_find::UnionFind;

/// A speaker entity as the count reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speaker<'a> {
    pub entity: i64,
    pub name: &'a str,
    pub person: bool,
}

/// How many different people `speakers` (distinct entities) are (see the module docs).
pub fn distinct_speakers(speakers: &[Speaker]) -> usize {
    // A body beside a person is not a second speaker: "the White House" and its press secretary,
    // a campaign and its lawyer, are one side of the attribution (one outlet names the body, another
    // the person speaking for it). Bodies count only when no person is named.
    let people: Vec<Speaker> = speakers.iter().copied().filter(|s| s.person).collect();
    let speakers = if people.is_empty() { speakers } else { &people };
    let mut sets = UnionFind::new(speakers.len());
    for (i, a) in speakers.iter().enumerate() {
        for (j, b) in speakers.iter().enumerate().skip(i + 1) {
            if one_person(a, b) {
                sets.union(i, j);
            }
        }
    }
    (0..speakers.len()).filter(|&i| sets.find(i) == i).count()
}

/// Are two speaker entities one person written two ways?
fn one_person(a: &Speaker, b: &Speaker) -> bool {
    if a.entity == b.entity {
        return true;
    }
    let surname = |s: &Speaker| surname_key(s.name).filter(|_| s.person);
    let same_surname = surname(a).is_some_and(|x| surname(b) == Some(x));
    let compatible = match (given_name(a.name), given_name(b.name)) {
        (Some(x), Some(y)) => x.starts_with(y) || y.starts_with(x),
        _ => true,
    };
    same_surname && compatible
}

/// The first word of a name before its last written as a given name is (a capital, then lower-case
/// letters only: "MP Michael Mates" -> "Michael"); none for a bare surname or a title read as a first
/// name ("Euro-Sceptic Kilroy-Silk", "Mr. Mates"). The given-name lists are not used: they miss
/// names that are also words ("Chad").
fn given_name(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let before_last = &words[..words.len().saturating_sub(1)];
    let given = |w: &&str| {
        let mut letters = w.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
    };
    before_last.iter().copied().find(given)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(entity: i64, name: &str) -> Speaker<'_> {
        Speaker {
            entity,
            name,
            person: true,
        }
    }

    #[test]
    fn one_person_written_two_ways_is_one_speaker() {
        let pairs = [
            ("Robert Kilroy-Silk", "Euro-Sceptic Kilroy-Silk"),
            ("Vincent Cable", "Vince Cable"),
            ("Mates", "MP Michael Mates"),
        ];
        for (a, b) in pairs {
            assert_eq!(
                distinct_speakers(&[person(1, a), person(2, b)]),
                1,
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn other_given_names_a_son_and_organisations_stay_apart() {
        let pairs = [
            ("Chad Griffin", "Kathy Griffin"),
            ("Bill Clinton", "Hillary Rodham Clinton"),
            ("Donald Trump Jr.", "Donald J. Trump"),
            ("Gordon Brown", "Michael Howard"),
        ];
        for (a, b) in pairs {
            assert_eq!(
                distinct_speakers(&[person(1, a), person(2, b)]),
                2,
                "{a} / {b}"
            );
        }
        let house = |entity, name| Speaker {
            entity,
            name,
            person: false,
        };
        let houses = [house(1, "White House"), house(2, "Opera House")];
        assert_eq!(distinct_speakers(&houses), 2);
        let three = [
            person(1, "Robert Kilroy-Silk"),
            house(2, "UK Independence Party"),
            person(3, "Michael Howard"),
        ];
        assert_eq!(distinct_speakers(&three), 2);
    }

    #[test]
    fn a_body_beside_a_person_is_the_same_side() {
        let body = |entity, name| Speaker {
            entity,
            name,
            person: false,
        };
        let spokesman = [body(1, "White House"), person(2, "Sarah Huckabee Sanders")];
        assert_eq!(distinct_speakers(&spokesman), 1);
        let one_person = [
            person(1, "Robert Kilroy-Silk"),
            body(2, "UK Independence Party"),
            person(3, "Euro-Sceptic Kilroy-Silk"),
        ];
        assert_eq!(distinct_speakers(&one_person), 1);
    }
}
