//! Pieces of names and words that are no names: particles in a row, short links inside a hyphenated
//! name, spoken elisions, acronyms of kinds of things, quoted titles, unplaced words at a sentence start.

use super::found;
use crate::extract::EntityKind;

#[test]
fn particles_in_a_row_and_short_links_keep_one_name() {
    let f = found(&[
        "Piet van der Molen, a lawyer in Tulsa, pleaded guilty on Monday.",
        "He flew from his estate at Port-a-Selen to Tulsa with Ada Quill.",
    ]);
    assert!(f.has("Piet van der Molen"), "{:?}", f.names());
    assert_eq!(f.entity("Piet van der Molen").kind, EntityKind::Person);
    assert!(f.has("Port-a-Selen"), "{:?}", f.names());
    for piece in ["Piet", "Molen", "Selen"] {
        assert!(!f.has(piece), "{piece} in {:?}", f.names());
    }
}

#[test]
fn a_spoken_elision_is_no_name_but_a_closing_single_quote_is() {
    let f = found(&[
        "“Lyin' Ada Quill is at it again,” Orla Venn said.",
        "The banner read 'Harlin' in red letters.",
    ]);
    assert!(!f.has("Lyin"), "{:?}", f.names());
    assert!(f.has("Ada Quill"), "{:?}", f.names());
    assert!(f.has("Harlin"), "{:?}", f.names());
}

#[test]
fn an_acronym_of_a_kind_of_thing_is_no_entity() {
    let f = found(&[
        "Ada Quill appeared on a reality TV show and was taken to the ICU in Tulsa.",
        "A super PAC backing Quill raised money, the NRA said.",
    ]);
    for junk in ["TV", "ICU", "PAC"] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
    assert!(f.has("National Rifle Association"), "{:?}", f.names());
}

#[test]
fn a_quoted_title_in_headline_case_names_no_one_inside_it() {
    let f = found(&[
        "The magazine called Ada Quill “The Queen of Rage” on its cover.",
        "Orla Venn wrote “The Compendium of the Harbor Doctrine” in Tulsa.",
    ]);
    assert!(f.has("Ada Quill") && f.has("Orla Venn"), "{:?}", f.names());
    for piece in ["Rage", "Queen", "Compendium", "Harbor Doctrine"] {
        assert!(!f.has(piece), "{piece} in {:?}", f.names());
    }
}

#[test]
fn an_unplaced_word_at_a_sentence_start_is_a_name_only_if_written_elsewhere() {
    let f = found(&[
        "Metadatum from the companies is used by Ada Quill. Crtitics of the plan disagree.",
        "Zentrix hired Quill. The deal with Zentrix closed.",
        "She called it the “Harborgate” scandal.",
    ]);
    for junk in ["Metadatum", "Crtitics"] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
    assert!(f.has("Zentrix") && f.has("Harborgate"), "{:?}", f.names());
    // Opening every sentence that names it, an unknown country is still one: as the owner of a
    // title, or joined to another name.
    let f = found(&[
        "Veldonia and Ostrava agreed to talk. Veldonia's Foreign Minister Ada Quill spoke first.",
    ]);
    assert!(f.has("Veldonia"), "{:?}", f.names());
}

#[test]
fn a_place_after_a_persons_name_and_a_possessions_word_are_no_part_of_a_name() {
    let f = found(&[
        "Sen. Orla King of Tulsa spoke on Harlow's Newsroom about “Don't Do Stupid Stuff” today.",
        "Senate President Pro Tem Ada Quill and D.A. Piet Vask agreed.",
    ]);
    for name in ["Orla King", "Tulsa", "Ada Quill", "Piet Vask"] {
        assert!(f.has(name), "{name} not in {:?}", f.names());
    }
    for junk in ["Orla King of Tulsa", "Newsroom", "Do Stupid Stuff"] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
}

#[test]
fn titles_stacked_before_a_name_are_all_its_role() {
    let f = found(&["Committee Chairman Rep. Ada Quill wrote to Orla Venn on Tuesday."]);
    assert!(f.has("Ada Quill"), "{:?}", f.names());
    assert!(!f.has("Rep. Ada Quill"), "{:?}", f.names());
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
}

/// An ordinary word opening a sentence before a speech verb's base form is a compound noun's first
/// word ("Telephone call centres"), not a speaker, even when a longer name holds the word; before an
/// inflected form it is a speaker ("Brook said").
#[test]
fn an_ordinary_word_before_a_base_form_cue_is_no_speaker() {
    let f = found(&[
        "Telephone call centres will be busy before the vote.",
        "Seven million numbers are on the Telephone Preference Service lists.",
        "Brook said the lists were out of date.",
    ]);
    assert!(!f.has("Telephone"), "{:?}", f.names());
    assert!(f.has("Telephone Preference Service"), "{:?}", f.names());
    assert!(f.has("Brook"), "{:?}", f.names());
}

#[test]
fn a_label_before_a_number_is_no_name() {
    let f = found(&[
        "The legislature passed SB 4417 and H.R. 21 after Ada Quill spoke in Tulsa.",
        "Clause 3 is in Article 2 of the charter, Orla Venn said.",
        "Fans queued for the PlayStation 2 in Tulsa.",
    ]);
    for junk in ["SB", "H.R.", "Article", "Clause"] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
    assert!(f.has("Ada Quill") && f.has("Orla Venn"), "{:?}", f.names());
    assert!(f.has("PlayStation"), "{:?}", f.names());
}

#[test]
fn a_name_after_a_plurals_possessive_is_no_name_of_its_own() {
    let f = found(&[
        "Ada Quill spoke to the Teachers' Mutual Guild in Tulsa.",
        "Orla Venn works at the Children's Harbor Clinic.",
        "Quill's Harlow Capital hired Venn.",
    ]);
    for piece in ["Mutual Guild", "Harbor Clinic"] {
        assert!(!f.has(piece), "{piece} in {:?}", f.names());
    }
    assert!(f.has("Ada Quill") && f.has("Orla Venn"), "{:?}", f.names());
}

#[test]
fn to_and_a_verb_continue_a_coalitions_name() {
    let f = found(&["Ada Quill heads the Coalition to Stop Harbor Dumping in Tulsa."]);
    assert!(f.has("Coalition to Stop Harbor Dumping"), "{:?}", f.names());
    assert!(!f.has("Stop Harbor Dumping"), "{:?}", f.names());
}

#[test]
fn ordinary_words_on_both_sides_of_of_are_one_name() {
    let f = found(&[
        "Ada Quill spoke at the Veterans of Foreign Wars hall in Tulsa on Monday.",
        "She met the Joint Chiefs of Staff and gave to Absolute Return for Kids.",
        "Dozens of Democrats came, and Wayne Pell, the CEO of The Harbor Trust, spoke.",
        "Orla Venn of Tulsa and John Smith of Apple were there.",
    ]);
    for whole in [
        "Veterans of Foreign Wars",
        "Joint Chiefs of Staff",
        "Absolute Return for Kids",
    ] {
        assert!(f.has(whole), "{whole} not in {:?}", f.names());
    }
    for piece in [
        "Veterans",
        "Foreign Wars",
        "Joint Chiefs",
        "Absolute Return",
    ] {
        assert!(!f.has(piece), "{piece} in {:?}", f.names());
    }
    // A sentence's first word, an acronym's role, a person "of" a place or company stay apart.
    for joined in [
        "Dozens of Democrats",
        "CEO of The Harbor Trust",
        "Orla Venn of Tulsa",
        "John Smith of Apple",
    ] {
        assert!(!f.has(joined), "{joined} in {:?}", f.names());
    }
    assert!(f.has("John Smith"), "{:?}", f.names());
}

#[test]
fn a_dateline_in_capitals_keeps_a_places_ordinary_first_word() {
    let f = found(&[
        "NEW YORK — Ada Quill said on Monday that she would run.",
        "GREAT FALLS — Orla Venn left for Tulsa.",
    ]);
    assert!(f.has("New York"), "{:?}", f.names());
    assert!(!f.has("YORK"), "{:?}", f.names());
    assert!(!f.has("York"), "{:?}", f.names());
    // Words in capitals the gazetteer does not know as one place are not kept whole for it.
    assert!(!f.has("GREAT FALLS"), "{:?}", f.names());
}

#[test]
fn of_the_between_ordinary_capitalised_words_joins_one_name() {
    let f = found(&[
        "She booked a cabin on the Navigator of the Seas for June.",
        "He saw The Phantom of the Opera twice and read the Keeper of the Lanterns.",
        "Ada Quill and the Members of the Armed Services Committee met.",
        "The film was Lord of the Rings, he said.",
    ]);
    assert!(f.has("Navigator of the Seas"), "{:?}", f.names());
    assert!(f.has("Phantom of the Opera"), "{:?}", f.names());
    assert!(f.has("Keeper of the Lanterns"), "{:?}", f.names());
    assert!(!f.has("Seas"), "{:?}", f.names());
    // A body's name after "of the" is a name of its own.
    assert!(f.has("Armed Services Committee"), "{:?}", f.names());
    assert!(
        !f.has("Members of the Armed Services Committee"),
        "{:?}",
        f.names()
    );
    // A title's word before "of the" opens no person: nothing named "the Rings".
    assert!(
        !f.names().iter().any(|n| n.starts_with("the ")),
        "{:?}",
        f.names()
    );
}
