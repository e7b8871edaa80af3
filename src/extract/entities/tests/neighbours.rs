//! Kinds from the words right beside a name and from the list it stands in, for names no word inside
//! them places: a body's noun ("the data company X", "X magazine"), a tie or role before a comma
//! ("his wife, X,"), the other names of a list, and the given-name list.

use super::found;
use crate::extract::EntityKind;

#[test]
fn a_body_noun_beside_a_name_makes_an_organisation() {
    let f = found(&[
        "Retail chains and the data company Zentrix urged a veto.",
        "Quillon magazine estimated his fortune at $2 billion.",
        "The Harlow campaign denied it.",
        "An anti-Vaskell site went up on Monday.",
    ]);
    assert_eq!(f.entity("Zentrix").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Quillon").kind, EntityKind::Organisation);
    // After a determiner a name modifies the noun: a town's newspaper.
    let g = found(&["He spoke in Carrowmore, a Carrowmore newspaper reported."]);
    assert_ne!(g.entity("Carrowmore").kind, EntityKind::Organisation);
    // What a body does or runs stands beside people's names too.
    assert!(!f.has("Harlow") || f.entity("Harlow").kind != EntityKind::Organisation);
    // A prefix glued to a name ("anti-") owns it; the noun says nothing of it.
    assert!(!f.has("Vaskell") || f.entity("Vaskell").kind != EntityKind::Organisation);
    // Two names say too little: a man and his website.
    assert!(!f.has("Brivox") || f.entity("Brivox").kind != EntityKind::Person);
}

#[test]
fn a_tie_or_role_before_a_comma_makes_a_person() {
    let f = found(&[
        "The Bible was held by his wife, Odalys, as the crowd watched.",
        "Quill's attorney, Grant Vask, said the charges were baseless.",
        "He thanked his daughter Zelphine for the idea.",
    ]);
    assert_eq!(f.entity("Odalys").kind, EntityKind::Person);
    assert_eq!(f.entity("Grant Vask").kind, EntityKind::Person);
    assert_eq!(f.entity("Zelphine").kind, EntityKind::Person);
}

#[test]
fn names_in_one_list_share_the_kind_the_placed_ones_agree_on() {
    let f = found(&[
        "Microsoft, Zentrix, Google and Brivolt joined the program.",
        "Their children, Michael, Odalys and Quenby, watched from the front row.",
        "The files should go to Congress, and Vaskell must testify.",
        "Mr. Jones and Brivox were banned by Twitter.",
    ]);
    assert_eq!(f.entity("Zentrix").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Brivolt").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Quenby").kind, EntityKind::Person);
    // Two names with a comma and "and" between are two clauses, not a list.
    assert!(!f.has("Vaskell") || f.entity("Vaskell").kind != EntityKind::Organisation);
}

#[test]
fn an_acronym_before_a_deal_or_a_law_is_no_body() {
    let f = found(&[
        "Critics said the secretive TPQ deal would cost jobs.",
        "The BRQA said on Monday that it would sue.",
    ]);
    assert_eq!(f.entity("TPQ").kind, EntityKind::Other);
    assert_eq!(f.entity("BRQA").kind, EntityKind::Organisation);
}

#[test]
fn given_names_make_people_and_a_preposition_of_place_makes_a_town() {
    let f = found(&[
        "Wilbur Stone spoke first.",
        "The rally in Tyler drew a large crowd.",
        "Police in nearby Clayton were called.",
    ]);
    assert_eq!(f.entity("Wilbur Stone").kind, EntityKind::Person);
    assert_eq!(f.entity("Tyler").kind, EntityKind::Location);
    assert_eq!(f.entity("Clayton").kind, EntityKind::Location);
}

#[test]
fn a_gazetteer_name_that_carries_a_run_on_is_read_once() {
    let f = found(&["The order directed the Centers for Disease Control to study the causes."]);
    assert!(
        f.has("Centers for Disease Control and Prevention"),
        "{:?}",
        f.names()
    );
    assert!(!f.has("Disease Control"), "{:?}", f.names());
}

#[test]
fn a_name_after_the_is_no_speaker_by_its_verb() {
    let f = found(&[
        "“I believe what the Almanac says,” Dora Fell said.",
        "Vaskell said the vote was close.",
    ]);
    assert!(!f.has("Almanac") || f.entity("Almanac").kind != EntityKind::Person);
    assert_eq!(f.entity("Vaskell").kind, EntityKind::Person);
}

#[test]
fn a_first_name_before_a_known_body_of_several_words_is_no_persons_name() {
    let f = found(&["Aides in the Clinton White House said little."]);
    assert!(!f.has("Clinton White House"), "{:?}", f.names());
    assert!(f.has("White House"), "{:?}", f.names());
}

#[test]
fn a_demonym_or_a_hyphenated_word_before_a_full_name_is_a_description() {
    let f = found(&["Arizonan Wilbur Stone and Co-Chairwoman Ada Quill spoke."]);
    assert!(f.has("Wilbur Stone"), "{:?}", f.names());
    assert!(f.has("Ada Quill"), "{:?}", f.names());
    assert!(!f.has("Arizonan Wilbur Stone"), "{:?}", f.names());
}

#[test]
fn a_known_name_that_repeats_its_first_word_is_read_whole() {
    let f = found(&["The drug maker Johnson & Johnson agreed to buy a rival."]);
    assert_eq!(f.entity("Johnson & Johnson").kind, EntityKind::Organisation);
}
