//! Quote detection and attribution on invented articles, one pattern per test.

use super::*;
use crate::extract::body::article_from_paragraphs;
use crate::extract::sentences;

#[derive(Debug)]
pub(super) struct Found {
    pub(super) text: String,
    pub(super) kind: QuoteKind,
    pub(super) speaker: Option<String>,
    pub(super) written: Option<String>,
    pub(super) cue: Option<String>,
    pub(super) audience: Option<String>,
}

pub(super) fn run(paragraphs: &[&str]) -> (Vec<Found>, Vec<Entity>, Vec<Mention>) {
    let mut article = article_from_paragraphs(paragraphs);
    article.sentences = sentences::split(&article.body, &article.paragraphs);
    let (mut entities, mut mentions) = (Vec::new(), Vec::new());
    let quotes = extract(&article, &mut entities, &mut mentions);
    let body = &article.body;
    let found = quotes
        .iter()
        .map(|q| Found {
            text: q
                .fragments
                .iter()
                .map(|f| f.text(body))
                .collect::<Vec<_>>()
                .join(" ... "),
            kind: q.kind,
            speaker: q.speaker.map(|e| entities[e].name.clone()),
            written: q.speaker_span.map(|s| s.text(body).to_string()),
            cue: q.cue.clone(),
            audience: q.audience.clone(),
        })
        .collect();
    (found, entities, mentions)
}

pub(super) fn quotes(paragraphs: &[&str]) -> Vec<Found> {
    run(paragraphs).0
}

pub(super) fn speakers(found: &[Found]) -> Vec<Option<&str>> {
    found.iter().map(|f| f.speaker.as_deref()).collect()
}

#[test]
fn quote_then_speaker_then_verb() {
    let q = quotes(&["Senator Maria Okafor spoke first. \u{201C}We will not wait any longer,\u{201D} Ms Okafor said on Tuesday."]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "We will not wait any longer,");
    assert_eq!(q[0].kind, QuoteKind::Speech);
    assert_eq!(q[0].speaker.as_deref(), Some("Maria Okafor"));
    assert_eq!(q[0].written.as_deref(), Some("Okafor"));
    assert_eq!(q[0].cue.as_deref(), Some("said"));
}

#[test]
fn quote_then_verb_then_speaker() {
    let q = quotes(&[
        "\"The bridge will open in May,\" said Col. Daniel Brandt, the project's engineer.",
    ]);
    assert_eq!(speakers(&q), vec![Some("Daniel Brandt")]);
}

#[test]
fn speaker_then_colon_then_quote_with_audience() {
    let q = quotes(&["Finance Minister Lena Varga, also in Geneva, told Radio Danube: \u{201C}The budget is balanced for the first time.\u{201D}"]);
    assert_eq!(speakers(&q), vec![Some("Lena Varga")]);
    assert_eq!(q[0].cue.as_deref(), Some("told"));
    assert_eq!(q[0].audience.as_deref(), Some("Radio Danube"));
}

#[test]
fn appositive_between_speaker_and_verb_and_occasion() {
    let q = quotes(&[
        "\"We did not break any promise to our partners,\" Tomas Reyna, the country's trade minister, said at the start of a meeting in Lisbon with his counterparts.",
    ]);
    assert_eq!(speakers(&q), vec![Some("Tomas Reyna")]);
    assert_eq!(
        q[0].audience.as_deref(),
        Some("at the start of a meeting in Lisbon")
    );
}

#[test]
fn according_to_and_other_verbs() {
    let q = quotes(&[
        "\"Prices will fall by winter,\" according to Ana Pereira, an economist at the bank.",
        "\"It is far too early to say,\" Ben Adler wrote in a column.",
        "\"Nobody asked us,\" Carla Diaz insisted.",
        "\"Not a chance,\" Dev Rao replied.",
        "\"Great news for the town!\" tweeted Ellen Moss.",
    ]);
    assert_eq!(
        speakers(&q),
        vec![
            Some("Ana Pereira"),
            Some("Ben Adler"),
            Some("Carla Diaz"),
            Some("Dev Rao"),
            Some("Ellen Moss")
        ]
    );
    assert_eq!(q[1].audience.as_deref(), Some("in a column"));
}

#[test]
fn split_quote_is_one_quote_with_two_fragments() {
    let q = quotes(&[
        "\u{201C}We saw the trucks arrive at night,\u{201D} reports Hana Sato at the Coastal Herald, \u{201C}but nobody expected them to stay.\u{201D}",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].text,
        "We saw the trucks arrive at night, ... but nobody expected them to stay."
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Hana Sato"));
}

#[test]
fn pronoun_resolves_to_the_earlier_subject_not_the_nearer_object() {
    let q = quotes(&[
        "Mayor Paul Weiss, who met with Governor Iris Lund on the steps of City Hall on Friday, said the talks went well.",
        "\"We agreed on the schedule. Work starts next week,\" he told reporters, referring to the road repairs.",
    ]);
    assert_eq!(speakers(&q), vec![Some("Paul Weiss")]);
    assert_eq!(q[0].written.as_deref(), Some("he"));
    assert_eq!(q[0].audience.as_deref(), Some("reporters"));
}

#[test]
fn role_noun_resolves_to_who_was_given_the_role() {
    let (q, _, mentions) = run(&[
        "Officials met Olga Petrov, the Latvian foreign minister, in Riga.",
        "\"We expect an answer by Monday,\" the Latvian foreign minister said.",
    ]);
    assert_eq!(speakers(&q), vec![Some("Olga Petrov")]);
    assert_eq!(
        q[0].written.as_deref(),
        Some("the Latvian foreign minister")
    );
    assert!(mentions.iter().any(|m| m.kind == MentionKind::Role));
    let q = quotes(&[
        "Latvian Foreign Minister Olga Petrov arrived late.",
        "\"We expect an answer by Monday,\" the foreign minister said.",
    ]);
    assert_eq!(speakers(&q), vec![Some("Olga Petrov")]);
}

#[test]
fn statement_issued_by_an_organisation() {
    let q = quotes(&[
        "A statement issued by the National Water Authority said the dams will \"hold through the spring floods,\" despite the damage.",
    ]);
    assert_eq!(speakers(&q), vec![Some("National Water Authority")]);
    assert_eq!(q[0].kind, QuoteKind::Partial);
}

#[test]
fn partial_quote_inside_reported_speech() {
    let q = quotes(&[
        "Lina Haddad, when asked about the plan, said it was meant to \"bring the two sides together.\"",
    ]);
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(q[0].speaker.as_deref(), Some("Lina Haddad"));
}

#[test]
fn quote_only_paragraph_continues_the_previous_speaker() {
    let q = quotes(&[
        "\u{201C}The first phase is finished,\u{201D} Mr Osei said at the site.",
        "\u{201C}The second phase needs more money, and we are asking the council for it.\u{201D}",
        "A different paragraph with no quote at all.",
        "\u{201C}This quote has nobody to inherit from, so it stays without a speaker.\u{201D}",
    ]);
    assert_eq!(speakers(&q), vec![Some("Osei"), Some("Osei"), None]);
}

#[test]
fn next_sentence_quote_continues_the_speaker() {
    let q = quotes(&[
        "\"We recognise the concern,\" Rita Novak said, citing the report. \"We do not support the closure of the clinic.\"",
    ]);
    assert_eq!(speakers(&q), vec![Some("Rita Novak"), Some("Rita Novak")]);
}

#[test]
fn quote_over_paragraphs() {
    let q = quotes(&[
        "Jon Berg said: \"The first year was hard. We lost money on every order.",
        "\"The second year was better, and now we are growing.\"",
        "Sales rose 20 percent.",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].text,
        "The first year was hard. We lost money on every order. ... The second year was better, and now we are growing."
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Jon Berg"));
}

#[test]
fn scare_quotes_titles_and_nicknames_are_phrases() {
    let q = quotes(&[
        "The so-called \"peace dividend\" never came, and critics of the film \"Winter Harbour\" agreed.",
        "The striker, nicknamed \"the Hammer\", scored twice.",
    ]);
    assert_eq!(
        q.iter().map(|f| f.kind).collect::<Vec<_>>(),
        vec![QuoteKind::Phrase, QuoteKind::Phrase, QuoteKind::Phrase]
    );
    assert!(q.iter().all(|f| f.speaker.is_none()));
}

/// A name given with "calling a": a phrase, even when a verb before it ("agreed") could attribute it.
#[test]
fn a_quote_after_calling_a_is_a_phrase() {
    let q = quotes(&[
        "Lorvania and Esterra agreed to a truce, during what both sides are calling a \"humanitarian pause\".",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Phrase);
}

/// "X was told" makes X the audience, never the speaker.
#[test]
fn a_passive_cue_names_no_speaker() {
    let q = quotes(&[
        "Its spokesman insisted \"we have not fired on civilians.\" Diplomats were unconvinced, the Daily Planet was told.",
    ]);
    assert_eq!(q.len(), 1);
    assert_ne!(q[0].written.as_deref(), Some("the Daily Planet"), "{q:?}");
    assert_ne!(q[0].cue.as_deref(), Some("told"), "{q:?}");
}

#[test]
fn unbalanced_marks_do_not_swallow_the_article() {
    let (q, _, _) = run(&[
        "The union \"Workers First said it would \"never accept the cuts,\" its leader Maya Lind said.",
        "Nothing here is quoted, though a stray mark\" sits in it.",
        "\"A last quote that is properly closed,\" Maya Lind added.",
    ]);
    assert_eq!(
        q.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
        vec![
            "never accept the cuts,",
            "A last quote that is properly closed,"
        ]
    );
    assert_eq!(speakers(&q), vec![Some("Maya Lind"), Some("Maya Lind")]);
}

#[test]
fn unattributable_quote_has_no_speaker() {
    let q = quotes(&[
        "The sign on the door read \"Closed until further notice because of the storm damage to the roof.\"",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
}

#[test]
fn speakers_become_entities_with_their_fullest_name_and_mentions() {
    let (q, entities, mentions) = run(&[
        "Prime Minister Ruth Calder opened the session.",
        "\"The vote is on Thursday,\" Calder said.",
        "\"We have the numbers,\" she added.",
    ]);
    assert_eq!(speakers(&q), vec![Some("Ruth Calder"), Some("Ruth Calder")]);
    assert_eq!(entities.len(), 1);
    assert_eq!(entities[0].kind, EntityKind::Person);
    assert!(mentions.iter().any(|m| m.kind == MentionKind::Pronoun));
}

#[test]
fn existing_mentions_give_the_speaker_entity() {
    let mut article = article_from_paragraphs(&["\"We will see,\" Kerry said."]);
    article.sentences = sentences::split(&article.body, &article.paragraphs);
    let at = article.body.find("Kerry").unwrap();
    let mut entities = vec![Entity {
        name: "John Kerry".into(),
        kind: EntityKind::Person,
        aliases: vec![],
        gazetteer_id: None,
    }];
    let mut mentions = vec![Mention {
        entity: 0,
        span: Span::new(at, at + 5),
        kind: MentionKind::Short,
        role: None,
        sentence: 0,
    }];
    let quotes = extract(&article, &mut entities, &mut mentions);
    assert_eq!(quotes[0].speaker, Some(0));
    assert_eq!(entities.len(), 1);
    assert_eq!(mentions.len(), 1);
}

#[test]
fn a_party_tag_between_speaker_and_verb() {
    let found = quotes(&["\"We will keep the ferry running,\" Rep. Ilda Marsh, D-Minn., added."]);
    assert_eq!(speakers(&found), vec![Some("Ilda Marsh")]);
}

#[test]
fn double_apostrophes_are_quotation_marks() {
    let found = quotes(&["''The pier is safe again,'' Ms. Dunmore said."]);
    assert_eq!(found[0].text, "The pier is safe again,");
    assert_eq!(speakers(&found), vec![Some("Dunmore")]);
}

#[test]
fn a_participle_without_subject_continues_the_speaker() {
    let found = quotes(&[
        "Hours later, Anton Vell told the council the pier was \"safe for now,\" adding, \"We will check it again in spring.\"",
    ]);
    assert_eq!(found.len(), 2);
    assert_eq!(
        speakers(&found),
        vec![Some("Anton Vell"), Some("Anton Vell")]
    );
}

/// A name the recogniser knows as a place or thing ("inside the Capitol") is no antecedent of "he",
/// however person-like its shape: the quote keeps no speaker rather than a building. Runs the whole
/// extraction, so the recogniser's kinds are there.
#[test]
fn he_never_resolves_to_a_place_or_thing() {
    use crate::ingest::{plain_text::PlainText, Source};
    let text = "Game night\n\nAt the practice on Wednesday, Mr. Varn had raced to the pitch to help the injured.\n\n\
                He set out a goal for himself and his colleagues, uttered before inside the Capitol. \
                \u{201C}Tone down our own rhetoric,\u{201D} he said hopefully.\n";
    let doc = PlainText.documents("t.txt", text).pop().unwrap().unwrap();
    let facts = crate::extract::extract(&doc);
    let quote = facts
        .quotes
        .iter()
        .find(|q| q.fragments[0].text(&facts.article.body).starts_with("Tone"))
        .unwrap();
    if let Some(e) = quote.speaker {
        assert_eq!(
            facts.entities[e].kind,
            EntityKind::Person,
            "speaker {:?}",
            facts.entities[e].name
        );
    }
}

#[test]
fn the_person_told_is_no_speaker() {
    // After a quote, the phrase after "told" is the listener: a role with a relative clause before
    // it is the speaker, and with no subject there is none.
    let q = quotes(&[
        "\u{201C}The inspectors are under a lot of pressure,\u{201D} a source, who was not allowed to speak on the record, told Channel Nine.",
        "\u{201C}Nobody has checked the pipes in years,\u{201D} told Channel Nine on Monday.",
    ]);
    assert_eq!(q[0].written.as_deref(), Some("a source"));
    assert_eq!(q[1].written, None);
    assert_eq!(q[1].speaker, None);
}

#[test]
fn a_role_without_determiner_before_a_second_appositive() {
    // "X, founder of Y, a company that ..., called": X speaks, not the company X founded.
    let q = quotes(&["Dara Wilkes, founder of Lantern Safety Group, a company that trains harbour crews, called the rules \u{201C}a paper shield for the ferry owners and nobody else.\u{201D}"]);
    assert_eq!(speakers(&q), vec![Some("Dara Wilkes")]);
}
