//! Companies named like people ("Marcus Foods", "Carter Brands"), businesses named by a possessive,
//! court cases, shows named like their host, plural titles, clauses that look like appositives, and
//! words a sentence opens with before a known name.

use super::found;
use crate::extract::EntityKind;

#[test]
fn a_company_word_outweighs_a_given_name() {
    let f = found(&[
        "Profits at Marcus Foods and Carter Brands rose, and Wendell Electric hired staff.",
    ]);
    for name in ["Marcus Foods", "Carter Brands", "Wendell Electric"] {
        assert_eq!(f.entity(name).kind, EntityKind::Organisation, "{name}");
    }
}

#[test]
fn what_is_said_of_a_name_makes_it_a_company() {
    let f = found(&[
        "Shares of Marcus Holt fell on Monday, traders said.",
        "The chief executive of Dana Pell, Rob Vane, said sales were down.",
        "Carter Quill's CEO resigned, and Orla Venn said she would stay.",
    ]);
    for name in ["Marcus Holt", "Dana Pell", "Carter Quill"] {
        assert_eq!(f.entity(name).kind, EntityKind::Organisation, "{name}");
    }
    // A person beside them keeps their kind.
    assert_eq!(f.entity("Rob Vane").kind, EntityKind::Person);
    assert_eq!(f.entity("Orla Venn").kind, EntityKind::Person);
}

#[test]
fn a_possessive_owns_the_company_noun_after_of() {
    // The campaign is Orla Venn's; she is no company.
    let f = found(&["The chief executive of Orla Venn's campaign said the race was close."]);
    assert_eq!(f.entity("Orla Venn").kind, EntityKind::Person);
}

#[test]
fn a_court_case_is_one_name() {
    let f = found(&[
        "The ruling in Quill v. Marsh, along with Harlow County v. Benton, shaped the law.",
        "Ada Quill said the court erred.",
    ]);
    assert_eq!(f.entity("Quill v. Marsh").kind, EntityKind::Other);
    assert_eq!(f.entity("Harlow County v. Benton").kind, EntityKind::Other);
    // The parties inside a case's name are no mention of them: Ada Quill is named once.
    assert_eq!(f.mentions_of("Ada Quill").len(), 1);
    assert!(
        !f.has("Harlow County") && !f.has("Benton"),
        "{:?}",
        f.names()
    );
}

#[test]
fn a_word_opening_a_sentence_before_a_known_name_describes_it() {
    let f = found(&[
        "Presumptive GOP nominee Ada Quill spoke on Tuesday.",
        "Fellow Republicans cheered her.",
        "Southern California voted for her.",
    ]);
    assert!(
        !f.has("Presumptive") && !f.has("Presumptive GOP"),
        "{:?}",
        f.names()
    );
    assert!(!f.has("Fellow Republicans"), "{:?}", f.names());
    assert_eq!(f.entity("Southern California").kind, EntityKind::Location);
}

#[test]
fn the_and_a_title_at_a_sentence_start_is_no_outlet() {
    let f = found(&[
        "The President said on Tuesday that he would veto it.",
        "He told The Week about it.",
    ]);
    assert!(!f.has("The President"), "{:?}", f.names());
    assert_eq!(f.entity("The Week").kind, EntityKind::Organisation);
}

#[test]
fn a_plural_title_before_a_surname() {
    let f = found(&["Justices Kennedy and Ada Quill wrote the opinion."]);
    assert_eq!(f.entity("Kennedy").kind, EntityKind::Person);
    assert!(!f.has("Justices Kennedy"), "{:?}", f.names());
}

#[test]
fn an_outlet_after_a_hyphen_is_an_organisation() {
    let f =
        found(&["\"It helps,\" Quill told reporters, according to the Tallis Spokesman-Review."]);
    assert_eq!(
        f.entity("Tallis Spokesman-Review").kind,
        EntityKind::Organisation
    );
}

#[test]
fn a_place_then_a_plural_is_a_team() {
    let f = found(&[
        "Fans of the Dallas Wranglers cheered, and the Iowa Caucuses were held in Dallas.",
    ]);
    assert_eq!(f.entity("Dallas Wranglers").kind, EntityKind::Organisation);
    assert_ne!(f.entity("Iowa Caucuses").kind, EntityKind::Organisation);
}

#[test]
fn a_first_name_before_and_takes_the_surname_before_a_suffix() {
    let f = found(&["Martha and Samuel A. Quillon Jr. attended the dinner with Ada Quill."]);
    assert_eq!(f.entity("Martha Quillon").kind, EntityKind::Person);
}

#[test]
fn a_possessive_before_a_business_name_is_no_one_alone() {
    let f = found(&[
        "They shopped at Brel's Pantry and at Quill's Harlow Depot.",
        "Ada Quill owns the depot.",
    ]);
    assert!(!f.has("Brel"), "{:?}", f.names());
    // Someone the article names keeps the mention.
    assert_eq!(f.mentions_of("Ada Quill").len(), 2);
}

#[test]
fn a_possessive_before_a_title_names_who_holds_it() {
    let f = found(&[
        "Talks began in Varnholt on Monday.",
        "Varnholt's Foreign Minister Ada Quill said the talks would go on.",
    ]);
    assert_eq!(f.mentions_of("Varnholt").len(), 2, "{:?}", f.names());
}

#[test]
fn a_show_named_like_its_host_is_no_person() {
    let f = found(&["Quill told \"The Marcus Pell Show\" on Monday that he would run."]);
    assert_eq!(f.entity("Marcus Pell Show").kind, EntityKind::Other);
}

#[test]
fn a_comma_clause_is_no_appositive() {
    let f = found(&[
        "Just before Kwanzaa, the vice president had offered a deal.",
        "Ask Pat Orrin, a spokesman who has worked for both parties.",
    ]);
    assert_ne!(f.entity("Kwanzaa").kind, EntityKind::Person);
    assert_eq!(f.entity("Pat Orrin").kind, EntityKind::Person);
}

#[test]
fn presidents_is_a_plural_title() {
    let f = found(&["It was prosecuted under Presidents Quill and Obama."]);
    assert!(!f.has("Presidents Quill"), "{:?}", f.names());
    assert_eq!(f.entity("Quill").kind, EntityKind::Person);
}

#[test]
fn accounts_and_hashtags_are_no_names() {
    let f = found(&["Rob Vane tweeted, \"@AdaQuill just refused to say it,\" and added #ReleaseItNow and #MAGA."]);
    assert!(f.has("Rob Vane"), "{:?}", f.names());
    for tag in ["AdaQuill", "ReleaseItNow", "MAGA"] {
        assert!(!f.has(tag), "{tag}: {:?}", f.names());
    }
}

#[test]
fn a_document_word_takes_of() {
    let f = found(&["The board said the Code of Judicial Ethics for Tallis judges forbids it."]);
    assert_eq!(f.entity("Code of Judicial Ethics").kind, EntityKind::Other);
    assert!(!f.has("Code"), "{:?}", f.names());
}

#[test]
fn a_law_named_after_a_body_or_a_person_is_a_law() {
    let f = found(&[
        "Harwick Communications backed the Harwick Communications Act, and Jude Law did not.",
        "The Logan Act was cited by Quill, a professor at the Tallis School of Law.",
    ]);
    assert_eq!(
        f.entity("Tallis School of Law").kind,
        EntityKind::Organisation
    );
    assert_eq!(
        f.entity("Harwick Communications").kind,
        EntityKind::Organisation
    );
    assert_eq!(
        f.entity("Harwick Communications Act").kind,
        EntityKind::Other
    );
    assert_eq!(f.entity("Logan Act").kind, EntityKind::Other);
    assert_eq!(f.entity("Jude Law").kind, EntityKind::Person);
}

#[test]
fn a_place_word_last_decides_over_a_body_word_inside() {
    let f = found(&[
        "Quill landed at Tallis Air Force Base and spoke in Union Square.",
        "The Democratic Party of Harlow County met there.",
    ]);
    assert_eq!(f.entity("Tallis Air Force Base").kind, EntityKind::Location);
    assert_eq!(f.entity("Union Square").kind, EntityKind::Location);
    assert_eq!(
        f.entity("Democratic Party of Harlow County").kind,
        EntityKind::Organisation
    );
}

#[test]
fn an_acronym_before_a_deal_names_the_deal_but_before_a_rule_the_body() {
    let f = found(&[
        "Ministers signed the KTP deal in Varnholt on Monday.",
        "Dockers in Varnholt fought the BVRA rule on barges.",
    ]);
    assert_eq!(f.entity("KTP").kind, EntityKind::Other);
    assert_eq!(f.entity("BVRA").kind, EntityKind::Organisation);
}
