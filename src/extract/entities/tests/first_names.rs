//! A first name alone: shared with a full name after "and", at a sentence start, or a month's
//! abbreviation that is also a first name.

use super::found;
use crate::extract::{EntityKind, MentionKind};

#[test]
fn a_first_name_before_and_shares_the_surname_after() {
    let f = found(&[
        "Governor Walter Pellington spoke on Monday.",
        "Walter and Judith Pellington later met the mayor.",
    ]);
    assert!(!f.has("Walter"), "{:?}", f.names());
    let walter = f.mentions_of("Walter Pellington");
    assert!(
        walter.contains(&("Walter", MentionKind::Short, None)),
        "{walter:?}"
    );
    assert!(f.has("Judith Pellington"));
}

#[test]
fn a_coordinated_first_name_makes_the_full_name_when_the_article_has_none() {
    let f = found(&["Rebecca and Thomas Ormsby donated to the library in Akron."]);
    assert_eq!(f.entity("Rebecca Ormsby").kind, EntityKind::Person);
    assert!(!f.has("Rebecca"), "{:?}", f.names());
}

#[test]
fn a_known_first_name_at_a_sentence_start_is_still_the_person() {
    let f = found(&[
        "Representative Eric Dunmore lost his primary on Tuesday.",
        "“Eric is a good friend,” a colleague said.",
    ]);
    assert!(!f.has("Eric"), "{:?}", f.names());
    assert_eq!(f.mentions_of("Eric Dunmore").len(), 2);
}

#[test]
fn jan_before_a_surname_is_a_first_name() {
    let f = found(&["Gov. Jan Holloway vetoed the bill on Jan. 12."]);
    assert_eq!(f.entity("Jan Holloway").kind, EntityKind::Person);
    assert!(!f.has("Holloway"), "{:?}", f.names());
}
