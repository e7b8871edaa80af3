//! Claim sources that depend on the article's quotes: "I" inside a quotation is its speaker.

use super::extract;
use crate::extract::body::article_from_paragraphs;
use crate::extract::{quotes, sentences};

/// (content, source as written, source entity name) of each claim, with the article's quotes
/// extracted first as the pipeline does.
fn sources(paragraphs: &[&str]) -> Vec<(String, Option<String>, Option<String>)> {
    let mut a = article_from_paragraphs(paragraphs);
    a.sentences = sentences::split(&a.body, &a.paragraphs);
    let (mut entities, mut mentions) = (Vec::new(), Vec::new());
    let found = quotes::extract(&a, &mut entities, &mut mentions);
    let claims = extract(&a, &mut entities, &mut mentions, &found);
    claims
        .iter()
        .map(|c| {
            (
                c.span.text(&a.body).to_string(),
                c.source_span.map(|s| s.text(&a.body).to_string()),
                c.source.map(|e| entities[e].name.clone()),
            )
        })
        .collect()
}

#[test]
fn first_person_inside_a_quotation_is_its_speaker() {
    let claims = sources(&[
        "Mayor Dana Whitfield defended the budget on Monday.",
        "\u{201C}I think the city can afford two new libraries,\u{201D} Whitfield said.",
    ]);
    let libraries = claims
        .iter()
        .find(|c| c.0.contains("two new libraries") && c.1.as_deref() == Some("I"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(libraries.2.as_deref(), Some("Dana Whitfield"), "{claims:?}");
}

#[test]
fn first_person_outside_a_quotation_has_no_entity() {
    let claims = sources(&[
        "Dana Whitfield runs the library board.",
        "I think the city can afford it.",
    ]);
    assert!(
        claims
            .iter()
            .filter(|c| c.1.as_deref() == Some("I"))
            .all(|c| c.2.is_none()),
        "{claims:?}"
    );
}

/// People named by their tie to a person ("Mr. Hale's spokesman", "lawyers for Ms. Rowe") are
/// someone else: no entity, unless an appositive names them; an organisation's spokeswoman speaks
/// for it.
#[test]
fn a_spokesman_or_lawyer_of_a_person_is_someone_else() {
    let claims = sources(&[
        "Senator Marcus Hale and Dana Rowe met on Monday.",
        "Mr. Hale's spokesman said that the senator would vote against the toll.",
        "Lawyers for Ms. Rowe said that she had paid every fine.",
        "Ms. Rowe's lawyer, Tom Baker, said that the fines were unlawful.",
        "A spokeswoman for the Port Authority said that the ferry would run.",
    ]);
    let source_of = |needle: &str| {
        claims
            .iter()
            .find(|c| c.0.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {claims:?}"))
            .2
            .clone()
    };
    assert_eq!(source_of("vote against the toll"), None, "{claims:?}");
    assert_eq!(source_of("paid every fine"), None, "{claims:?}");
    assert_eq!(
        source_of("fines were unlawful").as_deref(),
        Some("Tom Baker")
    );
    assert_eq!(
        source_of("ferry would run").as_deref(),
        Some("Port Authority")
    );
}

/// A party tag in brackets between the name and its comma ("Sen. Jo Harlan (R-Ariz.), said") is part
/// of the name's phrase, not an appositive to look for a second comma around.
#[test]
fn a_bracketed_party_tag_before_the_comma_is_stepped_over() {
    let claims = sources(&[
        "Sen. Jo Harlan (R-Ariz.), said the bridge plan would cost too much and should wait a year.",
    ]);
    let bridge = claims
        .iter()
        .find(|c| c.0.contains("bridge plan"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(bridge.2.as_deref(), Some("Jo Harlan"), "{claims:?}");
}

/// When the tagged name is the object inside an appositive ("Lee Moss, an aide to Sen. Jo Harlan
/// (R-Ariz.), said"), the source is still the person the appositive describes.
#[test]
fn a_party_tag_inside_an_appositive_leaves_the_source_before_it() {
    let claims = sources(&[
        "Lee Moss, an aide to Sen. Jo Harlan (R-Ariz.), said the bridge plan would cost too much.",
    ]);
    let bridge = claims
        .iter()
        .find(|c| c.0.contains("bridge plan"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(bridge.2.as_deref(), Some("Lee Moss"), "{claims:?}");
}

#[test]
fn two_names_joined_at_the_head_of_the_clause_are_one_source_with_no_single_entity() {
    let claims = sources(&[
        "Talks on the Varn river crossing resumed in Geneva on Monday.",
        "Ostrava and Kelmont said on Tuesday that the crossing would reopen to trucks next week.",
    ]);
    let reopen = claims
        .iter()
        .find(|c| c.0.contains("would reopen"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(
        reopen.1.as_deref(),
        Some("Ostrava and Kelmont"),
        "{claims:?}"
    );
    assert_eq!(reopen.2, None, "neither name alone said it: {claims:?}");
}

#[test]
fn a_name_ending_a_phrase_before_and_is_not_joined_to_the_source() {
    let claims = sources(&[
        "After the vote in Ostrava and Mayor Dana Whitfield said the crossing would reopen next week.",
    ]);
    let reopen = claims
        .iter()
        .find(|c| c.0.contains("would reopen"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(reopen.2.as_deref(), Some("Dana Whitfield"), "{claims:?}");
}

#[test]
fn a_possessive_pronoun_source_stands_for_whom_he_or_she_would() {
    let claims = sources(&[
        "Governor Maria Whitfield spoke to reporters in the capital on Monday.",
        "Whitfield repeated her claim that the budget would balance by next spring.",
    ]);
    let budget = claims
        .iter()
        .find(|c| c.1.as_deref() == Some("her"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(budget.2.as_deref(), Some("Maria Whitfield"), "{claims:?}");
}

#[test]
fn a_clause_subject_after_an_opening_gerund_keeps_its_title() {
    let claims = sources(&[
        "While declining to discuss the harbour audit, Mr. Haldane on Thursday said the city would publish it.",
    ]);
    let levy = claims
        .iter()
        .find(|c| c.0.contains("to discuss the harbour audit"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(levy.1.as_deref(), Some("Mr. Haldane"), "{claims:?}");
}

/// Runs the whole extraction (recogniser included, so places are known as places) and gives each
/// claim's (content, source as written, source entity name).
fn full_sources(paragraphs: &[&str]) -> Vec<(String, Option<String>, Option<String>)> {
    use crate::ingest::{plain_text::PlainText, Source};
    let text = format!("Bridge news\n\n{}\n", paragraphs.join("\n\n"));
    let doc = PlainText.documents("t.txt", &text).pop().unwrap().unwrap();
    let facts = crate::extract::extract(&doc);
    let body = &facts.article.body;
    facts
        .claims
        .iter()
        .filter(|c| c.source_span.is_some())
        .map(|c| {
            (
                c.span.text(body).to_string(),
                c.source_span.map(|s| s.text(body).to_string()),
                c.source.map(|e| facts.entities[e].name.clone()),
            )
        })
        .collect()
}

fn source_of<'a>(
    claims: &'a [(String, Option<String>, Option<String>)],
    content: &str,
) -> &'a (String, Option<String>, Option<String>) {
    claims
        .iter()
        .find(|c| c.0.contains(content))
        .unwrap_or_else(|| panic!("no claim with {content:?}: {claims:?}"))
}

/// A place named only as where the people of the source are from ("Senator X of Ohio",
/// "prosecutors in Ohio", "Ohio officials") is not the source; a place that is the whole source,
/// or a country's institution ("the government of Ohio"), still is.
#[test]
fn a_place_the_source_people_are_from_is_not_the_source() {
    let claims = full_sources(&[
        "Senator Tomas Brandvold of Ohio said that the toll bridge would reopen in the spring.",
        "Prosecutors in Ohio said the contractor would face charges over the collapse.",
        "Ohio officials said the ferry would keep running until the bridge reopens.",
        "Ohio said on Monday that the state would pay for the repairs itself.",
        "The government of Ohio said the tolls would stay at the old level.",
    ]);
    assert_eq!(
        source_of(&claims, "toll bridge would reopen").2.as_deref(),
        Some("Tomas Brandvold"),
        "{claims:?}"
    );
    for content in ["would face charges", "ferry would keep running"] {
        let claim = source_of(&claims, content);
        assert_ne!(claim.2.as_deref(), Some("Ohio"), "{claims:?}");
    }
    for content in ["pay for the repairs", "tolls would stay"] {
        assert_eq!(
            source_of(&claims, content).2.as_deref(),
            Some("Ohio"),
            "{claims:?}"
        );
    }
}

/// "We" inside a quotation is said by the quotation's speaker (person or body); outside one it has
/// no entity.
#[test]
fn we_inside_a_quotation_is_its_speaker() {
    let claims = sources(&[
        "Mayor Dana Whitfield defended the budget on Monday.",
        "\u{201C}We believe the city can afford two new libraries,\u{201D} Whitfield said.",
        "We believe the ferry should run all year.",
    ]);
    let libraries = claims
        .iter()
        .find(|c| c.0.contains("two new libraries") && c.1.as_deref() == Some("We"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(libraries.2.as_deref(), Some("Dana Whitfield"), "{claims:?}");
    let ferry = claims
        .iter()
        .find(|c| c.0.contains("ferry should run"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(ferry.2, None, "{claims:?}");
}

/// A dateline opening the sentence ("KELMONT \u{2014}") is no subject of a "..., saying" frame.
#[test]
fn a_dateline_is_not_the_subject_of_a_participle_frame() {
    let claims = sources(&[
        "KELMONT \u{2014} Mayor Dana Whitfield opened the new bridge on Monday, saying the tolls would stay low for a year.",
    ]);
    let tolls = claims
        .iter()
        .find(|c| c.0.contains("tolls would stay low"))
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(
        tolls.1.as_deref(),
        Some("Mayor Dana Whitfield"),
        "{claims:?}"
    );
}

/// An organisation before a role that speaks for it ("a Fox News spokeswoman") is the source;
/// before one it only describes ("the Fox News host", "a Fox News analyst"), it is not.
#[test]
fn an_organisation_is_the_source_only_through_its_spokespeople() {
    let claims = full_sources(&[
        "A Fox News spokeswoman said the network would appeal the ruling on Monday.",
        "The Fox News host said the bridge plan was a waste of money.",
        "A Fox News analyst said that the toll increase would hurt commuters.",
    ]);
    assert_eq!(
        source_of(&claims, "would appeal").2.as_deref(),
        Some("Fox News"),
        "{claims:?}"
    );
    for content in ["was a waste of money", "would hurt commuters"] {
        assert_ne!(
            source_of(&claims, content).2.as_deref(),
            Some("Fox News"),
            "{claims:?}"
        );
    }
}

/// A role noun goes to the person given that title at any earlier mention ("President X" ... "Mr.
/// X" ... "the president"), never to a vice president; a party noun with a place ("the Idaho
/// Republican") to the person whose party tag or description says so.
#[test]
fn a_role_or_party_noun_goes_to_its_earlier_holder() {
    let claims = full_sources(&[
        "President Mark Odell arrived in Ohio on Monday. Vice President Carl Brandt stayed in Washington.",
        "Mr. Odell met with farmers at a county fair.",
        "Later, the president said the tariffs on soybeans would end soon.",
        "Rep. Ada Marsh (R-Idaho) and Rep. Tom Reyes (D-N.Y.) spoke to reporters.",
        "The Idaho Republican said the farm bill vote was close.",
        "The New York Democrat said the farm bill was dead.",
        "The Democrats said they had enough votes to block it.",
    ]);
    let source = |content: &str| source_of(&claims, content).2.as_deref();
    assert_eq!(
        source("tariffs on soybeans"),
        Some("Mark Odell"),
        "{claims:?}"
    );
    assert_eq!(source("vote was close"), Some("Ada Marsh"), "{claims:?}");
    assert_eq!(
        source("farm bill was dead"),
        Some("Tom Reyes"),
        "{claims:?}"
    );
    assert_ne!(source("enough votes"), Some("Tom Reyes"), "{claims:?}");
}

/// A person named before a relation noun ("Sanders supporters", "Trump aides") or a possessive
/// pronoun before one ("Their father") is someone else: no entity, unless an appositive names them.
#[test]
fn people_known_by_their_tie_to_a_named_person_are_someone_else() {
    let claims = full_sources(&[
        "Senator Bernard Sand held a rally in Toledo on Sunday.",
        "Many diehard Sand supporters said they would stay home in November.",
        "Mary Pell wrote that she loves her sister. Their father, former Vice President Dick Pell, supports the new marriage law.",
        "Her brother, who met Tom Reyes last year, said the law was a mistake.",
    ]);
    let source = |content: &str| source_of(&claims, content).2.as_deref();
    assert_eq!(source("stay home"), None, "{claims:?}");
    assert_eq!(source("new marriage law"), Some("Dick Pell"), "{claims:?}");
    assert_eq!(source("was a mistake"), None, "{claims:?}");
}

/// The source phrase walk crosses a generational suffix's period ("Jr."), a hyphenated adjective in
/// "-ed" ("self-described") and a plural possessive ("the dockers' union"); in a contact clause
/// ("the savings she said ...") the pronoun alone is the source.
#[test]
fn source_phrases_with_suffixes_compounds_and_contact_clauses() {
    let claims = sources(&[
        "Vice President Orrin T. Vale Jr. said on Monday that the bridge at Kessel would be rebuilt.",
        "The self-described democratic socialist said the new tax would pay for the clinics.",
        "The dockers' union said the strike at the port would go on through Friday.",
        "Mayor Ines Ortega praised the savings she said the new contract had produced this year.",
        "The chalkboard, a prop that she uses on her top-rated show, brought the audience to its feet.",
    ]);
    // A compound adjective is no head ("her top-rated" is no source of "show").
    assert!(
        claims
            .iter()
            .all(|c| c.1.as_deref() != Some("her top-rated")),
        "{claims:?}"
    );
    let contact: Vec<Option<String>> = claims
        .iter()
        .filter(|c| c.0.starts_with("the new contract"))
        .map(|c| c.1.clone())
        .collect();
    let source_of = |needle: &str| {
        claims
            .iter()
            .find(|c| c.0.contains(needle))
            .unwrap_or_else(|| panic!("no claim with {needle:?}: {claims:?}"))
            .1
            .clone()
    };
    assert_eq!(
        source_of("bridge at Kessel").as_deref(),
        Some("Vice President Orrin T. Vale Jr.")
    );
    assert_eq!(
        source_of("new tax").as_deref(),
        Some("The self-described democratic socialist")
    );
    assert_eq!(
        source_of("strike at the port").as_deref(),
        Some("The dockers' union")
    );
    assert_eq!(contact, vec![Some("she".to_string())], "{claims:?}");
}

/// A role set off by commas before "who" describes the name before it: "Tomas Reyes, a former
/// senator, who has told aides ..." is Reyes's claim.
#[test]
fn who_after_an_appositive_refers_to_the_name_before_it() {
    let claims = full_sources(&[
        "The port reopened on Monday.",
        "The plan has an ally in Tomas Reyes, a former senator, who has told aides that the harbour fees will fall next year.",
    ]);
    let fees = source_of(&claims, "harbour fees");
    assert_eq!(fees.1.as_deref(), Some("who"), "{claims:?}");
    assert_eq!(fees.2.as_deref(), Some("Tomas Reyes"), "{claims:?}");
}

/// Plural spokespeople speak too ("Harbour spokesmen said"): the claim is attributed, not the
/// outlet's own.
#[test]
fn plural_spokesmen_are_a_source() {
    let claims =
        full_sources(&["Port Authority spokesmen said the ferry would run again by spring."]);
    let (_, written, _) = source_of(&claims, "would run again");
    assert_eq!(
        written.as_deref(),
        Some("Port Authority spokesmen"),
        "{claims:?}"
    );
}
