//! Claim extraction on invented articles: each frame, sources, negation, hedging, numbers.

use super::extract;
use crate::extract::body::article_from_paragraphs;
use crate::extract::sentences;
use crate::extract::{
    Article, Claim, ClaimKind, Entity, EntityKind, Mention, MentionKind, Span, Stance,
};

fn article(paragraphs: &[&str]) -> Article {
    let mut a = article_from_paragraphs(paragraphs);
    a.sentences = sentences::split(&a.body, &a.paragraphs);
    a
}

pub(super) struct Out {
    body: String,
    entities: Vec<Entity>,
    pub(super) claims: Vec<Claim>,
}

impl Out {
    pub(super) fn text(&self, c: &Claim) -> String {
        c.span.text(&self.body).to_string()
    }
    pub(super) fn source_text(&self, c: &Claim) -> Option<String> {
        c.source_span.map(|s| s.text(&self.body).to_string())
    }
    fn source_name(&self, c: &Claim) -> Option<String> {
        c.source.map(|e| self.entities[e].name.clone())
    }
    /// The claim whose content contains `needle`.
    pub(super) fn find(&self, needle: &str) -> &Claim {
        self.claims
            .iter()
            .find(|c| self.text(c).contains(needle))
            .unwrap_or_else(|| {
                let all: Vec<String> = self.claims.iter().map(|c| self.text(c)).collect();
                panic!("no claim contains {needle:?}; claims: {all:#?}")
            })
    }
}

pub(super) fn run(paragraphs: &[&str]) -> Out {
    let a = article(paragraphs);
    let mut entities = Vec::new();
    let mut mentions = Vec::new();
    let claims = extract(&a, &mut entities, &mut mentions, &[]);
    Out {
        body: a.body,
        entities,
        claims,
    }
}

#[test]
fn said_that_with_a_titled_person() {
    let out = run(&["Norwegian fisheries minister Ingrid Dahl said that cod quotas in the Barents Sea would be cut by a fifth."]);
    let c = out.find("cod quotas");
    assert_eq!(
        out.text(c),
        "cod quotas in the Barents Sea would be cut by a fifth"
    );
    assert_eq!(c.kind, ClaimKind::Attributed);
    assert_eq!(c.cue.as_deref(), Some("said"));
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("Norwegian fisheries minister Ingrid Dahl")
    );
    assert_eq!(out.source_name(c).as_deref(), Some("Ingrid Dahl"));
    assert_eq!(out.entities[c.source.unwrap()].kind, EntityKind::Person);
}

#[test]
fn told_reporters_and_said_in_a_statement() {
    let out = run(&[
        "The harbour master told reporters the northern pier had reopened after repairs.",
        "The Port Authority of Valdora said in a statement that cargo traffic rose sharply in March.",
        "In a statement, the Valdoran navy said its patrol boats had left the bay.",
    ]);
    let c = out.find("northern pier");
    assert_eq!(out.text(c), "the northern pier had reopened after repairs");
    assert_eq!(c.cue.as_deref(), Some("told"));
    assert_eq!(out.source_text(c).as_deref(), Some("The harbour master"));
    assert_eq!(c.source, None, "an unnamed source keeps only its wording");
    let c = out.find("cargo traffic");
    assert_eq!(out.text(c), "cargo traffic rose sharply in March");
    assert_eq!(
        out.source_name(c).as_deref(),
        Some("Port Authority of Valdora")
    );
    let c = out.find("patrol boats");
    assert_eq!(out.source_text(c).as_deref(), Some("the Valdoran navy"));
    assert_eq!(out.source_name(c).as_deref(), Some("Valdoran navy"));
}

#[test]
fn according_to_before_and_after() {
    let out = run(&[
        "According to the Meteorological Office, the drought is the worst in forty years.",
        "The reservoir stands at 12 percent of capacity, according to regional water officials.",
    ]);
    let c = out.find("drought");
    assert_eq!(out.text(c), "the drought is the worst in forty years");
    assert_eq!(c.cue.as_deref(), Some("according to"));
    assert_eq!(out.source_name(c).as_deref(), Some("Meteorological Office"));
    let c = out.find("reservoir");
    assert_eq!(
        out.text(c),
        "The reservoir stands at 12 percent of capacity"
    );
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("regional water officials")
    );
    assert_eq!(c.quantities[0].value, 12.0);
    assert_eq!(c.quantities[0].unit.as_deref(), Some("percent"));
}

#[test]
fn content_first_frames_and_quoted_clauses() {
    let out = run(&[
        "Two bridges collapsed in the night, a spokesman for the Kalvia fire service said on Tuesday.",
        "\u{201C}We have never seen water rise this fast,\u{201D} said Tomas Berglund, the mayor of Kalvia.",
        "\u{201C}No,\u{201D} he said.",
    ]);
    let c = out.find("bridges");
    assert_eq!(out.text(c), "Two bridges collapsed in the night");
    assert_eq!(
        out.source_text(c).as_deref(),
        Some("a spokesman for the Kalvia fire service")
    );
    assert_eq!(out.source_name(c).as_deref(), Some("Kalvia fire service"));
    let c = out.find("water rise");
    assert_eq!(out.text(c), "We have never seen water rise this fast");
    assert_eq!(out.source_name(c).as_deref(), Some("Tomas Berglund"));
    assert!(c.negated);
    assert!(
        !out.claims.iter().any(|c| out.text(c) == "No"),
        "a one-word quote is not a claim"
    );
}

#[test]
fn estimates_denied_and_pronouns() {
    let out = run(&[
        "The Ministry of Health estimates that some 2,400 nurses left the country last year.",
        "Health minister Petra Lind denied that hospitals were closing wards.",
        "She said the government would hire 500 new doctors.",
    ]);
    let c = out.find("nurses");
    assert_eq!(c.cue.as_deref(), Some("estimates"));
    assert_eq!(out.source_name(c).as_deref(), Some("Ministry of Health"));
    let q = &c.quantities[0];
    assert_eq!(
        (q.value, q.unit.as_deref(), q.approximate),
        (2400.0, Some("nurses"), true)
    );
    let c = out.find("hospitals were closing");
    assert!(c.negated, "denying a statement asserts its negation");
    let c = out.find("hire 500");
    assert_eq!(out.source_text(c).as_deref(), Some("She"));
    assert_eq!(out.source_name(c).as_deref(), Some("Petra Lind"));
    assert_eq!(c.quantities[0].unit.as_deref(), Some("new doctors"));
}

#[test]
fn negation_and_hedging_flags() {
    let out = run(&[
        "Officials said the convoy did not reach the border.",
        "A police spokesman said the suspect may have fled to Ostrava.",
        "The agency reportedly said the vote had been postponed.",
    ]);
    let c = out.find("convoy");
    assert!(c.negated && !c.hedged);
    let c = out.find("suspect");
    assert!(c.hedged && !c.negated);
    let c = out.find("vote");
    assert!(c.hedged, "a hedge in the frame hedges the claim");
}

#[test]
fn subordinate_frame_leaves_the_main_clause_to_the_outlet() {
    let out = run(&["While the coalition estimates that its raids killed roughly 3,000 rebels, the Harnia rebel army keeps recruiting, with some 400 new fighters joining every month."]);
    let c = out.find("raids");
    assert_eq!(out.text(c), "its raids killed roughly 3,000 rebels");
    assert_eq!(c.quantities[0].value, 3000.0);
    let c = out.find("keeps recruiting");
    assert_eq!(c.kind, ClaimKind::Outlet);
    assert_eq!(c.source, None);
    let q = &c.quantities[0];
    assert_eq!(
        (q.value, q.unit.as_deref(), q.approximate),
        (400.0, Some("new fighters"), true)
    );
}

#[test]
fn outlet_claims_skip_questions_imperatives_and_fragments() {
    let out = run(&[
        "The Velka river burst its banks near Hradek on Sunday, flooding 300 homes.",
        "Will the dams on the Velka hold this winter?",
        "Subscribe to our newsletter for more Velka updates.",
        "Photo gallery.",
    ]);
    let outlet: Vec<String> = out
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Outlet)
        .map(|c| out.text(c))
        .collect();
    assert_eq!(
        outlet,
        vec!["The Velka river burst its banks near Hradek on Sunday, flooding 300 homes"]
    );
}

#[test]
fn definite_description_refers_back_to_a_named_organisation() {
    let out = run(&["When a senior Treasury Department official met bankers on Friday, the official said interest rates would not rise."]);
    let c = out.find("interest rates");
    assert_eq!(out.source_text(c).as_deref(), Some("the official"));
    assert_eq!(out.source_name(c).as_deref(), Some("Treasury Department"));
    assert!(c.negated);
}

#[test]
fn sources_map_to_recognised_mentions_and_content_entities_are_linked() {
    let a = article(&["Mayor Ana Ruiz said the Tagus bridge will close in June."]);
    let find = |needle: &str| {
        let s = a.body.find(needle).unwrap();
        Span::new(s, s + needle.len())
    };
    let mut entities = vec![
        Entity {
            name: "Ana Ruiz".into(),
            kind: EntityKind::Person,
            aliases: vec![],
            gazetteer_id: None,
        },
        Entity {
            name: "Tagus".into(),
            kind: EntityKind::Location,
            aliases: vec![],
            gazetteer_id: None,
        },
    ];
    let mut mentions = vec![
        Mention {
            entity: 0,
            span: find("Ana Ruiz"),
            kind: MentionKind::Name,
            role: None,
            sentence: 0,
        },
        Mention {
            entity: 1,
            span: find("Tagus"),
            kind: MentionKind::Name,
            role: None,
            sentence: 0,
        },
    ];
    let claims = extract(&a, &mut entities, &mut mentions, &[]);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].source, Some(0));
    assert_eq!(claims[0].entities, vec![1]);
    assert_eq!(
        entities.len(),
        2,
        "no entity added when a mention names the source"
    );
}

#[test]
fn pronouns_prefer_the_recent_subject_over_the_nearest_name() {
    let a = article(&[
        "Lena Holm rejected the claim that the port supported Karl Berg, but when asked about the ferries, she hesitated.",
        "The ferries carried 900 passengers a day last year, she said.",
    ]);
    let find = |needle: &str| {
        let s = a.body.find(needle).unwrap();
        Span::new(s, s + needle.len())
    };
    let person = |name: &str| Entity {
        name: name.into(),
        kind: EntityKind::Person,
        aliases: vec![],
        gazetteer_id: None,
    };
    let mut entities = vec![person("Lena Holm"), person("Karl Berg")];
    let mut mentions = vec![
        Mention {
            entity: 0,
            span: find("Lena Holm"),
            kind: MentionKind::Name,
            role: None,
            sentence: 0,
        },
        Mention {
            entity: 1,
            span: find("Karl Berg"),
            kind: MentionKind::Name,
            role: None,
            sentence: 0,
        },
    ];
    let claims = extract(&a, &mut entities, &mut mentions, &[]);
    let c = claims
        .iter()
        .find(|c| c.span.text(&a.body).contains("900 passengers"))
        .expect("the ferry claim");
    assert_eq!(
        c.source,
        Some(0),
        "she = Lena Holm, the subject, not Karl Berg, the nearest name"
    );
    assert!(mentions
        .iter()
        .any(|m| m.kind == MentionKind::Pronoun && m.entity == 0));
}

#[test]
fn reported_speech_after_the_content_is_never_the_outlets() {
    // Invented sentences: titled names, plural groups, an appositive, counted people.
    let out = run(&[
        "The ferry schedule was often wrong, Mr. Halvorsen said.",
        "The new pier has drawn more visitors to the old town, shopkeepers said.",
        "The bridge will reopen in May, Jo Roe, a structural engineer, said.",
        "About three in 10 said they would take the ferry again.",
    ]);
    let c = out.find("ferry schedule");
    assert_eq!(out.source_text(c).as_deref(), Some("Mr. Halvorsen"));
    assert_eq!(c.kind, ClaimKind::Attributed);
    let c = out.find("more visitors");
    assert_eq!(out.source_text(c).as_deref(), Some("shopkeepers"));
    let c = out.find("reopen in May");
    assert_eq!(out.text(c), "The bridge will reopen in May");
    assert_eq!(out.source_name(c).as_deref(), Some("Jo Roe"));
    assert!(out.claims.iter().all(|c| c.kind == ClaimKind::Attributed));
}

#[test]
fn a_frame_in_the_middle_takes_the_whole_sentence() {
    let out = run(&["The toll, Brandt said, would hurt the commuters who keep the town running."]);
    let c = out.find("would hurt");
    assert!(out.text(c).starts_with("The toll"), "{}", out.text(c));
    assert_eq!(out.source_name(c).as_deref(), Some("Brandt"));
}

#[test]
fn stance_verbs_polls_and_headline_colons_frame_claims() {
    let out = run(&[
        "Mayor Lena Ortiz criticized the harbour plan as too costly for the town.",
        "A survey by the Coastal Institute shows most residents oppose the new toll.",
        "The harbour union declined to comment on the closure.",
        "In a new poll, two thirds of voters back the ferry subsidy.",
    ]);
    assert_eq!(
        out.source_name(out.find("the harbour plan")).as_deref(),
        Some("Lena Ortiz")
    );
    assert!(out.find("residents oppose").source_span.is_some());
    assert_eq!(
        out.text(out.find("to comment")),
        "to comment on the closure"
    );
    assert_eq!(
        out.source_text(out.find("two thirds of voters")).as_deref(),
        Some("a new poll")
    );
}

#[test]
fn she_never_stands_for_a_man() {
    let out = run(&[
        "Judge Maria Castell heard the case on Monday.",
        "Senator Tom Wren arrived late. She said the ruling would come in June.",
    ]);
    let c = out.find("ruling would come");
    let name = out.source_name(c).unwrap();
    assert!(name.ends_with("Maria Castell"), "{name}");
}

#[test]
fn who_is_the_source_as_written_and_the_name_its_entity() {
    let out =
        run(&["The ferry was praised by Anton Vell, who said the crossing was the best in years."]);
    let c = out.find("the crossing was");
    assert_eq!(out.source_text(c).as_deref(), Some("who"));
    assert_eq!(out.source_name(c).as_deref(), Some("Anton Vell"));
}

#[test]
fn requests_questions_and_namings_are_attributed_with_their_stance() {
    let out = run(&[
        "Mayor Lena Ortiz urged the council to delay the vote on the harbour toll.",
        "Councillor Omar Reyes asked whether the ferry would run in winter.",
        "The mayor called for a ban on night flights over the old town.",
        "Donors gave money to a fund called the Harbour Recovery Trust last spring.",
    ]);
    let c = out.find("to delay the vote");
    assert_eq!(
        out.text(c),
        "the council to delay the vote on the harbour toll"
    );
    assert_eq!(out.source_name(c).as_deref(), Some("Lena Ortiz"));
    assert_eq!(
        c.stance,
        Stance::Request,
        "a request is not asserted as fact"
    );
    assert!(!c.hedged, "the stance is no hedge on the content");
    let c = out.find("the ferry would run");
    assert_eq!(c.stance, Stance::Question);
    assert!(!c.hedged);
    assert_eq!(out.source_text(c).as_deref(), Some("Councillor Omar Reyes"));
    let c = out.find("a ban on night flights");
    assert_eq!(c.cue.as_deref(), Some("called for"));
    assert_eq!(c.stance, Stance::Request);
    assert!(
        out.claims
            .iter()
            .all(|c| c.kind != ClaimKind::Attributed || !out.text(c).contains("Harbour Recovery")),
        "a naming participle after an indefinite noun is nobody's speech"
    );
}

#[test]
fn progressives_catenatives_and_adverbs_between_source_and_cue() {
    let out = run(&[
        "The ferry operator is arguing that fares will fall by a tenth next year.",
        "Councillor Omar Reyes continued to insist that the old bridge was safe.",
        "Ortiz went on to say that the tunnel would open in May.",
        "Reyes wrongly claimed that the tunnel had been closed twice.",
        "The council was backing down from a second ferry terminal at Hradek.",
    ]);
    let c = out.find("fares will fall");
    assert_eq!(out.source_text(c).as_deref(), Some("The ferry operator"));
    assert!(!c.hedged);
    let c = out.find("old bridge was safe");
    assert_eq!(out.text(c), "the old bridge was safe");
    assert!(out.source_name(c).unwrap().ends_with("Omar Reyes"));
    assert_eq!(
        out.source_text(out.find("tunnel would open")).as_deref(),
        Some("Ortiz")
    );
    let c = out.find("closed twice");
    assert_eq!(out.source_text(c).as_deref(), Some("Reyes"));
    assert!(c.hedged, "claimed hedges");
    assert!(
        out.claims
            .iter()
            .all(|c| !out.text(c).contains("second terminal") || c.kind == ClaimKind::Outlet),
        "\"backing down\" is not \"backing\""
    );
}

#[test]
fn two_word_cues_prepositional_content_and_quantifier_sources() {
    let out = run(&[
        "Ortiz pointed out that the harbour had flooded twice since March.",
        "Reyes complained about the noise from the new ferry terminal.",
        "Several said they would vote against the toll in June.",
    ]);
    let c = out.find("harbour had flooded");
    assert_eq!(c.cue.as_deref(), Some("pointed out"));
    assert_eq!(out.text(c), "the harbour had flooded twice since March");
    let c = out.find("the noise");
    assert_eq!(out.text(c), "the noise from the new ferry terminal");
    assert_eq!(out.source_text(c).as_deref(), Some("Reyes"));
    let c = out.find("vote against the toll");
    assert_eq!(out.source_text(c).as_deref(), Some("Several"));
}

#[test]
fn relative_clauses_headlines_and_adverbial_openings() {
    let out = run(&[
        "Mayor Ortiz Endorses Omar Reyes For Harbour Board",
        "The council sent forty emails, which Ortiz said were all her work emails, to the harbour board on Friday.",
        "Voters in Hradek turned to idealists who wanted a clean break from the old council.",
        "Under the new harbour plan, the port authority is arguing that two new piers are needed.",
    ]);
    let c = out.find("Omar Reyes For Harbour Board");
    assert_eq!(out.source_text(c).as_deref(), Some("Mayor Ortiz"));
    let c = out.find("work emails");
    assert_eq!(out.text(c), "which Ortiz said were all her work emails");
    assert_eq!(out.source_text(c).as_deref(), Some("Ortiz"));
    let c = out.find("a clean break");
    assert_eq!(out.source_text(c).as_deref(), Some("who"));
    let c = out.find("two new piers");
    assert_eq!(out.text(c), "two new piers are needed");
    assert_eq!(out.source_text(c).as_deref(), Some("the port authority"));
}

#[test]
fn an_appositive_with_a_quoted_comma_still_finds_its_source() {
    let out = run(&["Mr. Reyes, who has called the toll ''plainly unfair,'' described the harbour plan as a burden on fishermen."]);
    let c = out.find("the harbour plan as a burden");
    assert_eq!(out.source_text(c).as_deref(), Some("Mr. Reyes"));
}

#[test]
fn nominal_attributions_name_their_possessor() {
    let out = run(&[
        "Lena Ortiz's claim that the toll would pay for the new pier drew sharp replies from the union.",
        "Reyes never hid his strong support for the night ferry, which runs twice a week.",
        "The mayor gave her statement on Tuesday morning in the harbour hall.",
    ]);
    assert!(
        out.claims
            .iter()
            .all(|c| !out.text(c).starts_with("Tuesday")),
        "a time after the noun is not its content"
    );
    let c = out.find("the toll would pay");
    assert_eq!(out.source_text(c).as_deref(), Some("Lena Ortiz"));
    assert_eq!(c.cue.as_deref(), Some("claim that"));
    assert!(c.hedged, "a claim is hedged");
    let c = out.find("the night ferry");
    assert_eq!(out.text(c), "the night ferry");
    assert_eq!(out.source_text(c).as_deref(), Some("his"));
}

#[test]
fn a_statement_saying_frames_its_content() {
    let out =
        run(&["The port authority issued a statement saying the pier would reopen in April."]);
    let c = out.find("pier would reopen");
    assert_eq!(out.text(c), "the pier would reopen in April");
    assert_eq!(out.source_text(c).as_deref(), Some("The port authority"));
}

/// "accused of", "charged with" right after a noun describe the noun (a passive participle): the
/// sentence's own cue ("denied") frames the claim, with the whole noun phrase as its source.
#[test]
fn a_passive_accusing_participle_is_no_cue() {
    let out = run(&["The militia accused of burning the granary, the Valley Guard, denied any role in the fire."]);
    let c = out.find("any role");
    assert_eq!(out.text(c), "any role in the fire");
    assert!(c.negated, "a denial is stored negated");
    assert_eq!(out.source_text(c).as_deref(), Some("Valley Guard"));
    assert!(out
        .claims
        .iter()
        .all(|c| !out.text(c).starts_with("burning")));
    let active = run(&["The mayor accused the Valley Guard of burning the granary."]);
    assert!(active
        .claims
        .iter()
        .any(|c| active.text(c).contains("burning the granary")));
}

/// A time expression before the cue says when, not who: it is dropped from the source ("Okafor this
/// week said") or, standing alone ("a week ago asserted"), makes no source at all; nor does a
/// phrase opening with a preposition ("In court filings, ...").
#[test]
fn time_expressions_and_prepositional_phrases_are_no_sources() {
    let out = run(&["Minister Ada Okafor this week said that the port tax would be halved."]);
    let c = out.find("port tax");
    assert_eq!(out.source_text(c).as_deref(), Some("Minister Ada Okafor"));
    let out = run(&["The mayor, who a week ago asserted that the bridge was safe, resigned."]);
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("a week ago")));
    let out = run(&["In court filings the company argued that the fine was unlawful."]);
    assert!(out
        .claims
        .iter()
        .all(|c| out.source_text(c).as_deref() != Some("In court filings the company")));
}

/// "Critics said", "Officials said": a lone ordinary word capitalised at the sentence start is the
/// source as written but names no entity; a lone word that is no dictionary word ("Lindqvist") does.
#[test]
fn an_ordinary_word_opening_the_sentence_is_no_source_entity() {
    let out = run(&[
        "Critics said the ferry levy would hurt small farms.",
        "Lindqvist said the old bridge was safe.",
    ]);
    let c = out.find("levy would hurt");
    assert_eq!(out.source_text(c).as_deref(), Some("Critics"));
    assert_eq!(out.source_name(c), None);
    assert!(out.entities.iter().all(|e| e.name != "Critics"));
    let c = out.find("bridge was safe");
    assert_eq!(out.source_name(c).as_deref(), Some("Lindqvist"));
}
