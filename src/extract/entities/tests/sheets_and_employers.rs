//! Kinds that team sheets, employers and contests give: an initial before an ordinary word, a club in
//! parentheses, a role held "at" a name, a plural body noun before a list, a contest's last word, "of
//! the" inside a body's name, a gazetteer name that opens with "The".

use super::found;
use crate::extract::EntityKind;

#[test]
fn an_initial_before_a_word_is_a_person_and_a_club_in_parentheses_no_alias() {
    let f = found(&["The side: J Marsh (Wexbridge), T Ford (Wexbridge), P Gale (Orrin)."]);
    assert_eq!(f.entity("J Marsh").kind, EntityKind::Person);
    assert_eq!(f.entity("T Ford").kind, EntityKind::Person);
    // The club each player is with is never another name of the player.
    assert_eq!(f.mentions_of("J Marsh").len(), 1, "{:?}", f.names());
    assert_eq!(f.mentions_of("P Gale").len(), 1, "{:?}", f.names());
}

#[test]
fn an_acronym_in_parentheses_is_still_declared() {
    let f = found(&["The Harbour Trade Authority (HTA) met. The HTA said no."]);
    let texts: Vec<&str> = f
        .mentions_of("Harbour Trade Authority")
        .iter()
        .map(|m| m.0)
        .collect();
    assert_eq!(
        texts.iter().filter(|t| **t == "HTA").count(),
        2,
        "{texts:?}"
    );
}

#[test]
fn a_role_held_at_a_name_makes_it_an_organisation() {
    let f = found(&[
        "\"Growth is slow,\" said Ada Quill, an economist at Vellani Brosset.",
        "Tom Reyes, a professor at Carrow-Lind, disagreed.",
        "Taking the stake is a first step, said Mat Orr, a fund manager at Perpetual Dunmore.",
    ]);
    assert_eq!(f.entity("Perpetual Dunmore").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Vellani Brosset").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Carrow-Lind").kind, EntityKind::Organisation);
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
}

#[test]
fn a_plural_body_noun_before_a_list_but_not_before_a_subject() {
    let f = found(&[
        "The coupon went to parent companies Orvane and Telquist.",
        "It ran ads targeting technology firms Marlowe hopes to attract.",
    ]);
    assert_eq!(f.entity("Orvane").kind, EntityKind::Organisation);
    assert!(
        !f.has("Marlowe") || f.entity("Marlowe").kind != EntityKind::Organisation,
        "{:?}",
        f.names()
    );
}

#[test]
fn occupations_before_a_name_make_a_person() {
    let f = found(&["Friends, including actress Ruby Quell, gathered. Rock band Vortigan played."]);
    assert_eq!(f.entity("Ruby Quell").kind, EntityKind::Person);
    assert_eq!(f.entity("Vortigan").kind, EntityKind::Organisation);
}

#[test]
fn a_contest_is_no_person() {
    let f = found(&["Henley retired from Davis Cup tennis before the Harrow Open."]);
    assert_eq!(f.entity("Davis Cup").kind, EntityKind::Other);
    assert_eq!(f.entity("Harrow Open").kind, EntityKind::Other);
}

#[test]
fn of_the_continues_a_body_name() {
    let f = found(&["The International Federation of the Quarry Industry reported sales."]);
    assert!(
        f.has("International Federation of the Quarry Industry"),
        "{:?}",
        f.names()
    );
}

#[test]
fn a_gazetteer_name_opening_with_the_is_read_once() {
    let f = found(&["The case went to a court in The Hague, The Washington Post said."]);
    assert_eq!(f.entity("The Hague").kind, EntityKind::Location);
    assert!(!f.has("Hague"), "{:?}", f.names());
    assert!(!f.has("Washington Post"), "{:?}", f.names());
    assert_eq!(f.mentions_of("The Washington Post").len(), 1);
}

#[test]
fn a_participle_clause_after_a_name_is_no_appositive() {
    let f = found(&["They screened the film Copper Lane, starring rapper Dex Holt."]);
    assert_ne!(f.entity("Copper Lane").kind, EntityKind::Person);
    assert_eq!(f.entity("Dex Holt").kind, EntityKind::Person);
}

#[test]
fn a_salutation_is_no_part_of_a_name() {
    let f = found(&["Dear Odalys and Quenby, you are growing up."]);
    assert!(!f.has("Dear Odalys"), "{:?}", f.names());
}

#[test]
fn a_region_noun_after_a_name_makes_a_place() {
    let f = found(&["The money was for rebuilding Tarsang province, which the flood hit."]);
    assert_eq!(f.entity("Tarsang").kind, EntityKind::Location);
}

#[test]
fn an_acronym_the_article_declares_beats_the_gazetteer() {
    // "FSA" is the Free Syrian Army in the gazetteer.
    let f = found(&[
        "The Financial Services Authority (FSA) fined the bank. The FSA said more would follow.",
    ]);
    let texts: Vec<&str> = f
        .mentions_of("Financial Services Authority")
        .iter()
        .map(|m| m.0)
        .collect();
    assert_eq!(
        texts.iter().filter(|t| **t == "FSA").count(),
        2,
        "{texts:?}"
    );
    assert!(!f.has("Free Syrian Army"), "{:?}", f.names());
}

#[test]
fn a_titled_name_mentions_no_place_inside_it() {
    // "Chad" is a country in the gazetteer.
    let f = found(&["Campaign President Chad Marsh said it was good."]);
    assert_eq!(f.entity("Chad Marsh").kind, EntityKind::Person);
    assert!(!f.has("Chad"), "{:?}", f.names());
}

#[test]
fn an_initial_and_particles_before_a_surname_make_a_person() {
    let f = found(&["Forwards: G du Plessor, P de Vannier, T Okafor."]);
    for name in ["G du Plessor", "P de Vannier"] {
        assert!(f.has(name), "{name} in {:?}", f.names());
        assert_eq!(f.entity(name).kind, EntityKind::Person, "{name}");
    }
}
