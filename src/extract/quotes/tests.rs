//! Quote detection and attribution on invented articles, one pattern per test.

use super::*;
use crate::extract::body::article_from_paragraphs;
use crate::extract::sentences;

#[derive(Debug)]
struct Found {
    text: String,
    kind: QuoteKind,
    speaker: Option<String>,
    written: Option<String>,
    cue: Option<String>,
    audience: Option<String>,
}

fn run(paragraphs: &[&str]) -> (Vec<Found>, Vec<Entity>, Vec<Mention>) {
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

fn quotes(paragraphs: &[&str]) -> Vec<Found> {
    run(paragraphs).0
}

fn speakers(found: &[Found]) -> Vec<Option<&str>> {
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

/// Runs the whole extraction (recogniser included) on a plain-text page and gives each quote's
/// first words with its speaker's entity name.
fn full(text: &str) -> Vec<(String, Option<String>)> {
    use crate::ingest::{plain_text::PlainText, Source};
    let doc = PlainText.documents("t.txt", text).pop().unwrap().unwrap();
    let facts = crate::extract::extract(&doc);
    let body = &facts.article.body;
    facts
        .quotes
        .iter()
        .map(|q| {
            let words: Vec<&str> = q.fragments[0]
                .text(body)
                .split_whitespace()
                .take(3)
                .collect();
            (
                words.join(" "),
                q.speaker.map(|e| facts.entities[e].name.clone()),
            )
        })
        .collect()
}

/// A party tag after the name ("Sen. Lin Odell, D-Ore., said") is not the end of a sentence: the
/// speaker before it is the quote's, with a cue before the quote or a colon.
#[test]
fn a_party_tag_keeps_its_speaker() {
    let found = full(
        "Votes\n\nThe vote came late on Tuesday.\n\nSen. Lin Odell, D-Ore., said a handshake with the envoy would be \u{201C}a moment of \
         real shame for all of us at home.\u{201D}\n\nRep. Dora Pike, R-Minn., added: \u{201C}We cannot let this stand.\u{201D}\n",
    );
    let speakers: Vec<Option<&str>> = found.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        speakers,
        vec![Some("Lin Odell"), Some("Dora Pike")],
        "{found:?}"
    );
    // A tag ending its sentence does end it: the next sentence's quote is not the senator's.
    let found = full(
        "Votes\n\nThe vote came late on Tuesday.\n\nTom Reed works for Sen. Lin Odell, D-Ore. The \
         aide also wrote that \u{201C}nobody in the office expected the vote this week at all.\u{201D}\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_ne!(found[0].1.as_deref(), Some("Lin Odell"), "{found:?}");
}

/// A titled name opening a sentence, possessive or not, is the subject a later "he" refers to,
/// and a person shown to be a woman by her title ("Ms. Varga") is never "he".
#[test]
fn he_goes_back_to_a_titled_possessive_subject() {
    let found = full(
        "Plans\n\nWASHINGTON \u{2014} Mr. Brandt\u{2019}s announcement came after a long week of talks.\n\n\
         But Ms. Varga, who has attacked the plan, has clearly gotten under his skin. \
         \u{201C}I hardly know her,\u{201D} he said.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Brandt"), "{found:?}");
}

/// "The governor" after "Gov. Tom Hale" is Hale; "the report read" is no cue with "the" for a
/// speaker.
#[test]
fn a_role_noun_goes_to_its_titled_holder() {
    let found = full(
        "Budget\n\nGov. Tom Hale signed the budget on Friday after a long fight in the capital.\n\n\
         \u{201C}This is a budget for every family in the state, and we kept our word,\u{201D} the \
         governor said.\n\n\u{201C}Spending rose by a tenth over two years,\u{201D} the report read.\n",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Tom Hale"), "{found:?}");
    assert_eq!(found[1].1, None, "{found:?}");
}

/// A lone ordinary word opening the sentence is no speaker, nor the antecedent of "he": "Critics
/// say" keeps its words as written with no entity, and no entity "Critics" or "Amplifying" is made.
#[test]
fn an_ordinary_word_opening_the_sentence_is_no_speaker_entity() {
    let (found, entities, _) = run(&[
        "Critics say \"the toll will empty the harbour by spring.\"",
        "Amplifying the warning, he said: \"Nobody will pay twice to cross a river.\"",
    ]);
    assert!(
        entities
            .iter()
            .all(|e| e.name != "Critics" && e.name != "Amplifying"),
        "{entities:?}"
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|f| f.speaker.is_none()), "{found:?}");
}

/// A party tag before a relative clause ("Sen. X, R-Texas, who ..., said") stands for the name
/// before it: the speaker is the senator, not an entity "R-Texas".
#[test]
fn a_party_tag_before_a_relative_clause_stands_for_the_name_before_it() {
    let (found, entities, _) =
        run(&["Sen. Omar Reyes, R-Texas, who chairs the panel, said: \"The toll stays.\""]);
    assert_eq!(speakers(&found), vec![Some("Omar Reyes")], "{found:?}");
    assert!(entities.iter().all(|e| e.name != "R-Texas"), "{entities:?}");
}

/// A bracketed party tag between the speaker after a quote and the cue is stepped over.
#[test]
fn a_bracketed_party_tag_after_the_speaker_is_stepped_over() {
    let found = quotes(&[
        "\"We will not fund the ferry,\" Rep. Lena Marsh (D-Ore.) told reporters.",
        "\"The toll stays,\" Sen. Omar Reyes (R-Texas) added on Tuesday.",
    ]);
    assert_eq!(
        speakers(&found),
        vec![Some("Lena Marsh"), Some("Omar Reyes")],
        "{found:?}"
    );
}

/// A clause opened by a pronoun has its subject: a name later in it ("praised Gov. Leo Brandt",
/// "between him and Tom Reyes") is an object, not whom the next "he" stands for.
#[test]
fn a_name_after_a_pronoun_subject_is_no_antecedent() {
    let found = quotes(&[
        "Senator Marcus Hale toured the docks on Friday.",
        "He also praised Governor Leo Brandt, who he said \u{201C}saved the harbour from ruin.\u{201D}",
        "He said there would be no gap between him and Tom Reyes on policy. \u{201C}We agree on the tolls,\u{201D} he said.",
    ]);
    assert_eq!(
        speakers(&found),
        vec![Some("Marcus Hale"), Some("Marcus Hale")],
        "{found:?}"
    );
}

/// "Coastline Energy's Dora Pike said": the speaker is the person after the possessive.
#[test]
fn the_name_after_a_possessive_is_the_speaker() {
    let found = quotes(&["\"The ferry will run,\" Coastline Energy's Dora Pike said on Monday."]);
    assert_eq!(speakers(&found), vec![Some("Dora Pike")], "{found:?}");
}

/// A document "reads" its words: "the editorial read", "a sign reads", "the tweets read".
#[test]
fn a_document_reads_its_words() {
    let found = quotes(&[
        "The Harbour Ledger took a side on Friday.",
        "\u{201C}The ferry must keep running,\u{201D} the editorial read.",
        "Dana Rowe read the report aloud. \u{201C}We will not wait,\u{201D} she said.",
    ]);
    let written: Vec<Option<&str>> = found.iter().map(|f| f.written.as_deref()).collect();
    assert_eq!(
        written,
        vec![Some("the editorial"), Some("she")],
        "{found:?}"
    );
}

/// A "he" whose nearest subject is a party, a place or a document ("the GOP memo", "Constitution")
/// goes on to the person named before it.
#[test]
fn he_steps_over_a_subject_that_is_no_person() {
    let found = full(
        "Talks\n\nThe president met party leaders on Tuesday. Sen. Tom Wren, D-Ore., the negotiator for \
         the Senate, said Wednesday he is not worried about the effect the GOP memo will have.\n\n\
         \u{201C}We will handle all of this very well and on time,\u{201D} he said.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Tom Wren"), "{found:?}");
}

/// A sentence opening with a phrase ("Like many officials in Dorset,", "Without notes,") has its
/// subject after the phrase's comma; with no comma ("Ahead of the vote Mr. Hale sent") the name
/// is the subject; a pronoun after the comma ("Amplifying the message, he said") is.
#[test]
fn the_subject_comes_after_an_opening_phrase() {
    let found = full(
        "Levy\n\nThe county clerk, Dana Ruiz, said on Monday that the appeal was \u{201C}without merit.\u{201D} \
         Like many officials in Dorset, Mr. Dunmore had opposed the levy. But on Thursday, he said \
         \u{201C}we will defend it in every court we must.\u{201D}\n\n\
         Without a script, Mr. Varn drifted into slogans at the rally. \u{201C}Hope wins in the end,\u{201D} he said.\n\n\
         Ahead of the vote Mr. Hale sent a letter to members praising Ms. Odell for her work. \
         \u{201C}We begin again today with a clean slate,\u{201D} he wrote.\n\n\
         In his interview, Karl Brandt also attacked Lena Marsh. Amplifying the party message for Marsh, \
         he said the plan was reckless and he also claimed \u{201C}the plan has become a trap for everyone.\u{201D}\n",
    );
    let speakers: Vec<Option<&str>> = found.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        speakers[1..],
        [
            Some("Dunmore"),
            Some("Varn"),
            Some("Hale"),
            Some("Karl Brandt")
        ],
        "{found:?}"
    );
}

/// A quote in the same sentence as the previous one continues its speaker ("said he had "no
/// regrets" and "would do it again""); a cue word after a possessive is a noun ("Varga's
/// comments"); a person "of" a place or body speaks, not the place.
#[test]
fn second_quote_of_a_sentence_and_possessive_nouns_and_people_of_places() {
    let found = quotes(&[
        "Mayor Ilse Varga defended the plan on Monday.",
        "Councillor Tom Brandt said he had \u{201C}no regrets\u{201D} about the vote and \u{201C}would do it all again\u{201D} if asked.",
        "He called Varga\u{2019}s comments \u{201C}reckless and unkind\u{201D} in a radio interview.",
        "Historian Alan Brinkley of Columbia University told reporters the vote was \u{201C}a bit of theater\u{201D} at most.",
    ]);
    // (Without the recogniser a title-like word stays in the name.)
    let got: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|f| {
            let speaker = f.speaker.as_deref();
            (
                f.text.as_str(),
                speaker.map(|s| s.trim_start_matches("Historian ")),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("no regrets", Some("Tom Brandt")),
            ("would do it all again", Some("Tom Brandt")),
            ("reckless and unkind", Some("Tom Brandt")),
            ("a bit of theater", Some("Alan Brinkley")),
        ],
        "{found:?}"
    );
    assert_eq!(found[1].kind, QuoteKind::Partial, "{found:?}");
}

/// After a quote: two appositives before the cue ("Ana Ruiz, a spokeswoman for Fair Roads, a
/// transit group, said"); a question answered by "X asked on Tuesday."; before a quote: an opening
/// participle phrase is no speaker ("Trying to calm the row, Hale issued a statement saying:").
#[test]
fn appositives_weekdays_and_opening_participles() {
    let found = quotes(&[
        "The fare rise was approved on Monday.",
        "\u{201C}The fare rise is a low priority next to the other measures on the table,\u{201D} Ana Ruiz, a spokeswoman for Fair Roads, a transit group, said.",
        "\u{201C}If the board cannot find the money now, could any board ever find it again?\u{201D} Councillor Tom Brandt asked on Tuesday.",
        "Trying to calm the row, Hale issued a statement saying: \u{201C}Nobody will pay more than they did last year.\u{201D}",
    ]);
    let got: Vec<Option<&str>> = found.iter().map(|f| f.written.as_deref()).collect();
    assert_eq!(
        got,
        vec![Some("Ana Ruiz"), Some("Tom Brandt"), Some("Hale")],
        "{found:?}"
    );
}

/// "As X reported, "..."": the clause "as" opens gives the speaker of the quote after it; "As the
/// vote neared, Hale said" is still the main clause's.
#[test]
fn a_quote_after_an_as_clause_with_a_cue() {
    let found = quotes(&[
        "The ferry vote drew a crowd on Monday.",
        "As the Harbour Ledger reported, \u{201C}nobody on the council expected the ferry to survive the winter.\u{201D}",
        "As Councillor Tom Brandt put it on Friday, the vote was close. As the vote neared, Ana Ruiz said: \u{201C}We will keep the ferry running all year.\u{201D}",
    ]);
    let got: Vec<Option<&str>> = found.iter().map(|f| f.written.as_deref()).collect();
    assert_eq!(
        got,
        vec![Some("Harbour Ledger"), Some("Ana Ruiz")],
        "{found:?}"
    );
}
