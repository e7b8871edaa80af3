//! Kinds from what the text says around a name: an appositive's head noun, a state or country after a
//! comma, words that open a place's name, and titles inside a run.

use super::found;
use crate::extract::EntityKind;

#[test]
fn an_appositive_says_what_a_name_is() {
    let f = found(&[
        "Rosa Tell, the director of Quarry Voices, an immigrant advocacy group, called it cruel.",
        "She spoke to Brindle Forward, a radio station in Tulsa, on Monday.",
        "The fire spread to Dunmore Flats, a town near the border.",
        "Mary Okonjo, a one-woman company, said nothing.",
        "Bram's Ledger, the review website, closed. Ledger, a review website, was sold.",
    ]);
    // An ordinary word alone is no organisation's whole name because an appositive follows it.
    assert!(!f.has("Ledger"), "{:?}", f.names());
    assert_eq!(f.entity("Quarry Voices").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Brindle Forward").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Dunmore Flats").kind, EntityKind::Location);
    // A person's name keeps its kind whatever the appositive calls them.
    assert_eq!(f.entity("Mary Okonjo").kind, EntityKind::Person);
}

#[test]
fn a_state_or_country_after_a_comma_makes_a_place() {
    let f = found(&[
        "The plant in Millbrook, Ohio, closed last year.",
        "Workers from Carraway, Texas, drove north.",
        "Ada Quill, Ohio, and Tom Reyes, Texas, voted no.",
    ]);
    assert_eq!(f.entity("Millbrook").kind, EntityKind::Location);
    assert_eq!(f.entity("Carraway").kind, EntityKind::Location);
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
}

#[test]
fn words_that_open_or_close_a_place_name() {
    let f = found(&[
        "Troops at Fort Tallis and Camp Hollow were told to wait.",
        "The march ended on the National Green Mall near the Tessaly Memorial.",
        "The Ohio Legislature passed the bill, the Brayton Globe reported.",
    ]);
    for place in [
        "Fort Tallis",
        "Camp Hollow",
        "National Green Mall",
        "Tessaly Memorial",
    ] {
        assert_eq!(f.entity(place).kind, EntityKind::Location, "{place}");
    }
    assert_eq!(f.entity("Ohio Legislature").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Brayton Globe").kind, EntityKind::Organisation);
}

#[test]
fn a_title_inside_a_run_and_a_known_place_before_a_first_name() {
    let f = found(&[
        "Harlow County Sheriff Dale Pruitt said the road was closed. Pruitt added nothing.",
        "The prosecutor for St. Louis County spoke first.",
        "Plus Dale Pruitt wants a new jail.",
    ]);
    assert_eq!(f.entity("Dale Pruitt").kind, EntityKind::Person);
    assert!(!f.has("Pruitt"), "{:?}", f.names());
    assert_eq!(f.entity("St. Louis County").kind, EntityKind::Location);
    assert!(
        !f.has("Louis County") && !f.has("Plus Dale Pruitt"),
        "{:?}",
        f.names()
    );
}

#[test]
fn a_partys_adjective_inside_another_bodys_name_is_no_mention_of_the_party() {
    let f = found(&["Ada Quill spoke at the Conservative Harbor Action Conference in Tulsa."]);
    assert!(
        f.has("Conservative Harbor Action Conference"),
        "{:?}",
        f.names()
    );
    assert!(
        f.entities
            .iter()
            .all(|e| e.kind != crate::extract::EntityKind::Organisation
                || e.name == "Conservative Harbor Action Conference"),
        "{:?}",
        f.names()
    );
}

#[test]
fn a_mayors_town_is_a_place_and_a_particle_stays_inside_a_persons_name() {
    let f =
        found(&["The mayor of Pellston, Rhoda Fitch, spoke with Ondine Van Orsdel on Tuesday."]);
    assert_eq!(f.entity("Pellston").kind, EntityKind::Location);
    assert_eq!(f.entity("Ondine Van Orsdel").kind, EntityKind::Person);
}

#[test]
fn a_clubs_or_companys_people_after_a_name_make_it_a_body() {
    let f = found(&[
        "Former Tarnbury midfielder Ada Quill scored twice.",
        "Zentrix boss Orla Venn resigned, and England coach Ray Orbin stayed.",
    ]);
    assert_eq!(f.entity("Tarnbury").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Zentrix").kind, EntityKind::Organisation);
    // A place the gazetteer knows keeps its kind.
    assert_eq!(f.entity("England").kind, EntityKind::Location);
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
}

#[test]
fn shows_belts_and_names_opening_with_a_known_place_are_no_persons() {
    let f = found(&[
        "Pence told “Ada Quill Tonight” that the Rust Belt mattered.",
        "He praised Cambridge Zorvatica on Monday.",
        "The U.S. Attorney’s Office declined to comment.",
    ]);
    assert_eq!(f.entity("Ada Quill Tonight").kind, EntityKind::Other);
    assert_eq!(f.entity("Rust Belt").kind, EntityKind::Location);
    assert_ne!(f.entity("Cambridge Zorvatica").kind, EntityKind::Person);
    assert!(!f.has("U.S. Attorney"), "{:?}", f.names());
}
