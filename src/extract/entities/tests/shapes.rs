//! Names' shapes and kinds from their words and neighbours: joiners inside organisation names, lone
//! ordinary words, family plurals, possessives after "in", buildings, legal suffixes.

use super::found;
use crate::extract::EntityKind;

#[test]
fn on_and_and_continue_an_organisations_name() {
    let f = found(&[
        "Ada Quill spoke at the Council on Harbor Planning on Tuesday.",
        "The Office of Tidewater Management and Budget said the plan was sound.",
        "Agents of the Office of Harbor Safety and FBI investigators met in Tulsa.",
    ]);
    assert_eq!(
        f.entity("Council on Harbor Planning").kind,
        EntityKind::Organisation
    );
    assert!(
        f.has("Office of Tidewater Management and Budget"),
        "{:?}",
        f.names()
    );
    // An acronym after "and" is a body of its own.
    assert!(
        f.has("Office of Harbor Safety") && f.has("FBI"),
        "{:?}",
        f.names()
    );
    assert!(!f.has("Council") && !f.has("Budget"), "{:?}", f.names());
}

#[test]
fn a_lone_ordinary_word_is_a_name_only_as_someones_surname() {
    let f = found(&[
        "It was the greatest scandal in the History of our town, Ada Stone wrote.",
        "Women marched, and Freedom was the word on every sign.",
        "Administration officials declined to comment. Stone did not.",
    ]);
    for junk in ["History", "Freedom", "Women", "Administration"] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
    assert_eq!(f.mentions_of("Ada Stone").len(), 2, "{:?}", f.names());
}

#[test]
fn a_family_by_its_plural_surname_is_a_group() {
    let f = found(&["Later the Okafors arrived, and Ada Quill greeted them."]);
    assert_eq!(f.entity("Okafors").kind, EntityKind::Group);
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
}

#[test]
fn a_possessive_after_in_is_an_owner_not_a_place() {
    let f = found(&[
        "Dana Veltri led the count on Monday.",
        "By Tuesday the polls had swung in Veltri's favor.",
    ]);
    assert_eq!(f.mentions_of("Dana Veltri").len(), 2, "{:?}", f.names());
    assert!(!f.has("Veltri"), "{:?}", f.names());
}

#[test]
fn a_place_by_context_is_the_person_whose_surname_it_is() {
    let f = found(&[
        "Prime Minister Anton Brevik of Norland spoke for an hour.",
        "The speaker wanted to bring in Brevik to address the chamber.",
    ]);
    assert_eq!(f.mentions_of("Anton Brevik").len(), 2, "{:?}", f.names());
}

#[test]
fn gardens_and_towers_are_places_and_a_legal_suffix_alone_is_nothing() {
    let f = found(&[
        "The senators walked past the Lindqvist Garden to Harlow Tower.",
        "The company he formed was called Granite Sayz, L.L.C., and it failed.",
    ]);
    assert_eq!(f.entity("Lindqvist Garden").kind, EntityKind::Location);
    assert_eq!(f.entity("Harlow Tower").kind, EntityKind::Location);
    assert!(!f.has("L.L.C."), "{:?}", f.names());
}

#[test]
fn regions_suffixes_and_peoples_have_their_kinds() {
    let f = found(&[
        "Traders in Eastern Europe watched as Marcus Delavine Jr. spoke to Coloradans and New Yorkers.",
        "The Harbor Guild backed Hispanics and Native Americans in the dispute.",
    ]);
    assert_eq!(f.entity("Eastern Europe").kind, EntityKind::Location);
    assert_eq!(f.entity("Marcus Delavine Jr.").kind, EntityKind::Person);
    assert_eq!(f.entity("Coloradans").kind, EntityKind::Group);
    assert_eq!(f.entity("New Yorkers").kind, EntityKind::Group);
    assert_eq!(f.entity("Hispanics").kind, EntityKind::Group);
    assert_eq!(f.entity("Native Americans").kind, EntityKind::Group);
    // "Native Americans" mentions no United States.
    assert!(!f.has("United States"), "{:?}", f.names());
}

#[test]
fn a_legal_suffix_is_cut_and_makes_a_company() {
    let f = found(&["Shareholders of Tamsin Orchards Inc sued the firm in Toledo."]);
    assert_eq!(f.entity("Tamsin Orchards").kind, EntityKind::Organisation);
    assert!(!f.has("Tamsin Orchards Inc"), "{:?}", f.names());
}

#[test]
fn a_number_label_is_no_name() {
    let f = found(&["Senator Ada Quill, the No. 2 Democrat in the Senate, spoke in Akron."]);
    assert!(!f.has("No.") && !f.has("No"), "{:?}", f.names());
    assert!(f.has("Ada Quill"));
}

#[test]
fn a_plural_title_is_a_role_before_the_first_name() {
    let f = found(&["Senators Ada Quill of Ohio and Ben Orrin of Utah urged a vote."]);
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
    assert!(!f.has("Senators Ada Quill"), "{:?}", f.names());
}

#[test]
fn a_storm_is_no_person_and_a_coast_is_a_place() {
    let f = found(&["Hurricane Ada hit the Harlow Coast on Tuesday, Orla Venn said."]);
    assert_eq!(f.entity("Hurricane Ada").kind, EntityKind::Other);
    assert_eq!(f.entity("Harlow Coast").kind, EntityKind::Location);
    assert_eq!(f.entity("Orla Venn").kind, EntityKind::Person);
}

#[test]
fn a_county_suffix_and_a_route_make_places() {
    let f = found(&[
        "He farms near Quillingshire and in West Varrowshire, not Fenwick.",
        "Driving from Appleby Cross to Green Bay to Tarnwick, we met voters.",
        "The London to Harrowgate express was late, as was Mr. Ordway to Boston.",
    ]);
    assert_eq!(f.entity("Quillingshire").kind, EntityKind::Location);
    assert_eq!(f.entity("West Varrowshire").kind, EntityKind::Location);
    assert_eq!(f.entity("Tarnwick").kind, EntityKind::Location);
    assert_eq!(f.entity("Harrowgate").kind, EntityKind::Location);
    // Only a route's names: "Mr. Ordway to Boston" is no route, and he is a person.
    assert_eq!(f.entity("Ordway").kind, EntityKind::Person);
}

#[test]
fn two_gazetteer_names_joined_by_a_hyphen_are_two_mentions() {
    let f = found(&["The vote damaged United States-Israeli relations and South Korean-US ties."]);
    assert!(
        f.has("United States") && f.has("Israel") && f.has("South Korea"),
        "{:?}",
        f.names()
    );
    assert!(
        !f.names().iter().any(|n| n.contains('-')),
        "{:?}",
        f.names()
    );
}
