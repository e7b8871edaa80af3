//! Titles of works written in headline case inside prose, numbered laws, acronyms declared after
//! ", or", and bodies named by the head written right after them.

use super::found;
use crate::extract::EntityKind;

#[test]
fn runs_inside_a_title_in_headline_case_are_no_names() {
    let f = found(&[
        "Ada Quill wrote a column titled “Why Your Harbor Board Could Not Care Less About Tides.”",
        "Her book, How You Can Save Money and Keep Your Boat, sold well in Tulsa.",
    ]);
    for junk in [
        "Harbor Board Could",
        "Care Less",
        "Can Save Money",
        "Keep Your Boat",
        "Boat",
    ] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
    // The people and places of the prose around them stay.
    assert!(f.has("Ada Quill") && f.has("Tulsa"), "{:?}", f.names());
}

#[test]
fn a_person_with_a_title_inside_a_title_case_stretch_stays() {
    let f = found(&["“We were surprised,” said Rev. Tobias Wren of Our Lady of the Harbor."]);
    assert_eq!(f.entity("Tobias Wren").kind, EntityKind::Person);
}

#[test]
fn a_numbered_amendment_keeps_its_ordinal() {
    let f = found(&["Lawmakers cited the 19th Amendment and then the 26th Amendment's text."]);
    assert_eq!(f.entity("19th Amendment").kind, EntityKind::Other);
    assert!(f.has("26th Amendment"), "{:?}", f.names());
    assert!(!f.has("Amendment"), "{:?}", f.names());
}

#[test]
fn a_laws_name_may_open_with_a_titles_word_and_declare_its_acronym_after_or() {
    let f = found(&[
        "The Justice for Harbor Workers Act, or JHWA, passed on Monday.",
        "Critics said JHWA went too far.",
    ]);
    let act = f.entity("Justice for Harbor Workers Act");
    assert_eq!(act.kind, EntityKind::Other);
    assert_eq!(f.mentions_of("Justice for Harbor Workers Act").len(), 3);
    assert!(!f.has("for Harbor Workers Act") && !f.has("Harbor Workers Act"));
    // Letters that are not the name's initials declare nothing.
    let g = found(&["The Harbor Safety Act, or HXQ, passed."]);
    assert!(!g
        .entity("Harbor Safety Act")
        .aliases
        .contains(&"HXQ".to_string()));
}

#[test]
fn a_bodys_head_named_right_after_it_makes_it_a_body() {
    let f = found(&[
        "Former Zentrix chief executive Ada Quill spoke first.",
        "Then Brivolt co-founder Orla Venn spoke.",
    ]);
    assert_eq!(f.entity("Zentrix").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Brivolt").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
    assert_eq!(f.entity("Orla Venn").kind, EntityKind::Person);
}

#[test]
fn an_abstract_or_plural_noun_alone_at_a_sentence_start_is_no_name() {
    let f = found(&[
        "Gentrification was the first topic, Ada Quill said.",
        "Picketers gathered outside. Vance Rendlers walked past.",
        "Rendlers did not stop.",
    ]);
    for junk in ["Gentrification", "Picketers"] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
    // A surname with the same ending still joins the person the article names in full.
    assert_eq!(f.mentions_of("Vance Rendlers").len(), 2, "{:?}", f.names());
}

#[test]
fn a_bodys_plural_word_alone_is_no_name_and_a_territory_is_a_place() {
    let f = found(&[
        "Ada Quill asked the Committees of Harbor Safety, Tides and Boats to meet.",
        "She was born in Puerto Rico, and the Puerto Rican vote mattered.",
    ]);
    assert!(!f.has("Committees"), "{:?}", f.names());
    assert_eq!(f.entity("Puerto Rico").kind, EntityKind::Location);
}

#[test]
fn a_titles_complement_before_a_first_name_is_no_part_of_the_name() {
    let f =
        found(&["Deputy Assistant Secretary for Harbor Safety Charlene Vask testified in Tulsa."]);
    assert!(f.has("Charlene Vask"), "{:?}", f.names());
    assert!(!f.has("Harbor Safety Charlene Vask"), "{:?}", f.names());
}

#[test]
fn british_titles_before_and_after_a_name_are_roles() {
    let f = found(&[
        "Labour MP Orla Venn said the bill was wrong.",
        "Ada Quill MP said no, and so did Rock DJ Huw Pellow.",
        "The Ealing North MP said so.",
    ]);
    assert_eq!(f.mentions_of("Orla Venn")[0].2, Some("Labour MP"));
    assert_eq!(f.mentions_of("Ada Quill")[0].2, Some("MP"));
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
    assert_eq!(f.mentions_of("Huw Pellow")[0].2, Some("Rock DJ"));
    // A seat before the title names no one.
    for junk in ["Ada Quill MP", "Ealing North MP", "MP"] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
}
