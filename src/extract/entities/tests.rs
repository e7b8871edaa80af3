//! Recognition and within-article resolution on invented fixtures, one rule per test.

use super::recognize;
use crate::extract::{body, sentences, Article, Entity, EntityKind, Mention, MentionKind};

fn article(paragraphs: &[&str]) -> Article {
    let mut article = body::article_from_paragraphs(paragraphs);
    article.sentences = sentences::split(&article.body, &article.paragraphs);
    article
}

struct Found {
    article: Article,
    entities: Vec<Entity>,
    mentions: Vec<Mention>,
}

fn found(paragraphs: &[&str]) -> Found {
    let article = article(paragraphs);
    let (entities, mentions) = recognize(&article);
    Found {
        article,
        entities,
        mentions,
    }
}

impl Found {
    fn entity(&self, name: &str) -> &Entity {
        self.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no entity {name:?} in {:?}", self.names()))
    }
    fn index(&self, name: &str) -> usize {
        self.entities
            .iter()
            .position(|e| e.name == name)
            .unwrap_or_else(|| panic!("no entity {name:?} in {:?}", self.names()))
    }
    fn names(&self) -> Vec<&str> {
        self.entities.iter().map(|e| e.name.as_str()).collect()
    }
    /// (text, kind, role) of every mention of the entity.
    fn mentions_of(&self, name: &str) -> Vec<(&str, MentionKind, Option<&str>)> {
        let index = self.index(name);
        self.mentions
            .iter()
            .filter(|m| m.entity == index)
            .map(|m| (m.span.text(&self.article.body), m.kind, m.role.as_deref()))
            .collect()
    }
    fn has(&self, name: &str) -> bool {
        self.entities.iter().any(|e| e.name == name)
    }
}

#[test]
fn titles_are_roles_not_names() {
    let f = found(&["Secretary of State Martha Quill met Russian Foreign Minister Dmitry Valenko and Col. Ray Orbin on Tuesday."]);
    assert_eq!(
        f.mentions_of("Martha Quill"),
        vec![(
            "Martha Quill",
            MentionKind::Name,
            Some("Secretary of State")
        )]
    );
    assert_eq!(
        f.mentions_of("Dmitry Valenko"),
        vec![(
            "Dmitry Valenko",
            MentionKind::Name,
            Some("Russian Foreign Minister")
        )]
    );
    assert_eq!(f.mentions_of("Ray Orbin")[0].2, Some("Col."));
    assert_eq!(f.entity("Martha Quill").kind, EntityKind::Person);
    assert_eq!(
        f.mentions_of("Russia"),
        vec![("Russian", MentionKind::Adjectival, None)]
    );
    assert!(!f.has("Tuesday"));
}

#[test]
fn a_place_after_a_titled_name_belongs_to_the_title() {
    let f = found(&["It was a sign that President Arkady N. Polz of Belarus was moving ahead."]);
    assert_eq!(
        f.mentions_of("Arkady N. Polz")[0].2,
        Some("President of Belarus")
    );
    assert!(f.has("Belarus"));
}

#[test]
fn lower_case_roles_and_appositives_are_recorded() {
    let f = found(&[
        "\u{201C}We will not bend,\u{201D} Karim al-Dabbagh, Iraq\u{2019}s foreign minister, said on Monday.",
        "Later the US secretary of state Martha Quill agreed.",
    ]);
    assert_eq!(
        f.mentions_of("Karim al-Dabbagh")[0].2,
        Some("Iraq\u{2019}s foreign minister")
    );
    assert_eq!(f.entity("Karim al-Dabbagh").kind, EntityKind::Person);
    assert_eq!(
        f.mentions_of("Martha Quill")[0].2,
        Some("US secretary of state")
    );
    // The possessive is not part of the place's name.
    assert_eq!(f.mentions_of("Iraq")[0].0, "Iraq");
}

#[test]
fn initials_particles_and_hyphens_stay_in_names() {
    let f = found(&["Reporting by Helen T. Varga and Omar bin Talal, with Jean-Luc Brisard in Marseille-Provence."]);
    assert!(f.has("Helen T. Varga"), "{:?}", f.names());
    assert!(f.has("Omar bin Talal"), "{:?}", f.names());
    assert!(f.has("Jean-Luc Brisard"), "{:?}", f.names());
}

#[test]
fn sentence_initial_words_weekdays_and_boilerplate_are_not_entities() {
    let f = found(&[
        "Asked about the talks, the minister declined to comment.",
        "Virtually every delegate left on Sunday. Even so, nothing changed in March.",
        "Continue reading the main story",
        "Subscribe",
        "Related Coverage",
        "Meanwhile, Officials said Nothing.",
    ]);
    for word in [
        "Asked",
        "Virtually",
        "Sunday",
        "Even",
        "March",
        "Continue",
        "Subscribe",
        "Related",
        "Meanwhile",
        "Related Coverage",
    ] {
        assert!(!f.has(word), "{word} became an entity: {:?}", f.names());
    }
}

#[test]
fn a_sentence_initial_word_is_a_name_when_the_article_says_so() {
    let f = found(&[
        "Mr Hope arrived late.",
        "Hope said the vote would wait.",
        "Hope is not a plan.",
    ]);
    // "Hope" is written capitalised mid-sentence as a name, so it is one at sentence starts too.
    assert!(f.mentions_of("Hope").len() >= 2, "{:?}", f.names());
}

#[test]
fn headline_case_keeps_only_names_found_in_prose() {
    let f = found(&[
        "Polz Sees Path To Peace In Belarus",
        "President Arkady Polz said on Friday that talks would resume.",
    ]);
    assert_eq!(f.mentions_of("Arkady Polz").len(), 2);
    for word in ["Sees", "Path", "Peace", "Polz Sees Path"] {
        assert!(!f.has(word), "{word}: {:?}", f.names());
    }
    assert!(f.has("Belarus"));
}

#[test]
fn surnames_and_honorifics_join_the_full_name_before_or_after() {
    let f = found(&[
        "Valenko said the deal was close.",
        "Foreign Minister Dmitry V. Valenko spoke after Dmitry Valenko's aides left. Mr. Valenko smiled.",
    ]);
    let mentions = f.mentions_of("Dmitry V. Valenko");
    assert_eq!(mentions.len(), 4, "{mentions:?} {:?}", f.names());
    assert!(mentions.contains(&("Valenko", MentionKind::Short, Some("Mr."))));
    assert!(mentions.contains(&("Valenko", MentionKind::Short, None)));
    let mut aliases = f.entity("Dmitry V. Valenko").aliases.clone();
    aliases.sort();
    assert_eq!(
        aliases,
        vec!["Dmitry Valenko".to_string(), "Valenko".to_string()]
    );
}

#[test]
fn a_shared_surname_goes_to_the_person_named_last() {
    let f = found(&["Anna Reyes and her brother Tomas Reyes spoke. Tomas Reyes left first. Reyes said he was tired."]);
    assert_eq!(f.mentions_of("Tomas Reyes").len(), 3);
    assert_eq!(f.mentions_of("Anna Reyes").len(), 1);
}

/// "called" right after a name is the verb of calling someone something, not a declared name: the
/// surname it is followed by stays the person the article named in full.
#[test]
fn a_name_called_something_declares_no_alias() {
    let f = found(&[
        "Joe Maddox did everything his rival did not. Party spokesman Tim Miller called Maddox \u{201C}unhinged.\u{201D} Maddox laughed.",
    ]);
    assert!(
        f.entity("Tim Miller").aliases.is_empty(),
        "{:?}",
        f.entity("Tim Miller").aliases
    );
    assert_eq!(
        f.mentions_of("Joe Maddox").len(),
        3,
        "{:?}",
        f.mentions_of("Joe Maddox")
    );
}

#[test]
fn declared_aliases_join_their_entity() {
    let f = found(&[
        "Fighters of the Northern Liberation Front (NLF) advanced. The group, also known as the Northern Front, denied it.",
        "The Islamic State, also known as ISIS or ISIL, lost ground. NLF leaders met.",
        "Officials said they were fighting the \u{201C}terrorist Daesh group,\u{201D} using the Arabic acronym for the group.",
    ]);
    let nlf = f.mentions_of("Northern Liberation Front");
    assert_eq!(
        nlf.iter()
            .filter(|m| m.0 == "NLF" && m.1 == MentionKind::Alias)
            .count(),
        2,
        "{nlf:?}"
    );
    assert_eq!(
        f.entity("Northern Liberation Front").kind,
        EntityKind::Organisation
    );
    let is = f.mentions_of("Islamic State");
    assert_eq!(is.len(), 4, "{is:?}");
    assert_eq!(
        f.entity("Islamic State").gazetteer_id.as_deref(),
        Some("org:isis")
    );
}

#[test]
fn gazetteer_names_and_adjectives_map_to_one_entity() {
    let f = found(&["The Russian Federation and Iraqi officials met in Baghdad. Russia and the U.S. disagreed; American and Russian diplomats left. Iraqis watched."]);
    let russia = f.mentions_of("Russia");
    assert_eq!(
        russia,
        vec![
            ("Russian Federation", MentionKind::Alias, None),
            ("Russia", MentionKind::Name, None),
            ("Russian", MentionKind::Adjectival, None)
        ]
    );
    assert_eq!(f.mentions_of("Iraq").len(), 2);
    assert_eq!(f.mentions_of("United States").len(), 2);
    assert_eq!(f.entity("Baghdad").kind, EntityKind::Location);
}

#[test]
fn organisations_by_cue_words_and_acronyms() {
    let f = found(&["The Ministry of Defence and the Joint Operations Command said the Kelvar Group and KPLX News agreed."]);
    assert_eq!(
        f.entity("Ministry of Defence").kind,
        EntityKind::Organisation
    );
    assert_eq!(
        f.entity("Joint Operations Command").kind,
        EntityKind::Organisation
    );
    assert_eq!(f.entity("Kelvar Group").kind, EntityKind::Organisation);
    assert_eq!(f.entity("KPLX News").kind, EntityKind::Organisation);
}

#[test]
fn a_demonym_before_an_organisation_is_also_its_place() {
    let f = found(&["The Iraqi Joint Operations Command announced the accord."]);
    assert_eq!(
        f.entity("Iraqi Joint Operations Command").kind,
        EntityKind::Organisation
    );
    assert_eq!(
        f.mentions_of("Iraq"),
        vec![("Iraqi", MentionKind::Adjectival, None)]
    );
}

#[test]
fn hyphenated_pairs_of_names_are_split() {
    let f = found(&["After the Quill-Valenko meeting, Quill said little and Valenko said less."]);
    assert_eq!(f.mentions_of("Quill").len(), 2, "{:?}", f.names());
    assert_eq!(f.mentions_of("Valenko").len(), 2);
    assert!(!f.has("Quill-Valenko"));
    let f = found(&["Talks on the Tehran-Damascus-Moscow axis resumed."]);
    assert!(
        f.has("Tehran") && f.has("Damascus") && f.has("Moscow"),
        "{:?}",
        f.names()
    );
}

#[test]
fn kinds_from_shape_and_context() {
    let f = found(&["Sarah Lindqvist visited the village. Officials in Souffiyah said Ordway told them to leave."]);
    assert_eq!(f.entity("Sarah Lindqvist").kind, EntityKind::Person);
    assert_eq!(f.entity("Souffiyah").kind, EntityKind::Location);
    assert_eq!(f.entity("Ordway").kind, EntityKind::Person);
}

#[test]
fn shouted_capitals_are_not_acronyms() {
    let f = found(&["WAR NEWS: the UNITED NATIONS met again.", "IPFS hosted it."]);
    assert!(
        !f.has("WAR") && !f.has("NEWS") && !f.has("WAR NEWS"),
        "{:?}",
        f.names()
    );
    assert!(f.has("United Nations"));
}

#[test]
fn mention_spans_and_sentences_are_consistent() {
    let f = found(&[
        "Martha Quill met Dmitry Valenko.",
        "Quill left. Valenko stayed in Minsk.",
    ]);
    for m in &f.mentions {
        let s = f.article.sentences[m.sentence].span;
        assert!(s.contains(m.span), "{m:?} outside its sentence");
        assert!(!m.span.is_empty());
        assert!(m.entity < f.entities.len());
    }
}

#[test]
fn a_middle_name_written_or_left_out_is_one_person() {
    let f = found(&[
        "Helena Marisol Varga spoke first. Later Helena Varga left, and Varga said nothing.",
    ]);
    assert_eq!(
        f.mentions_of("Helena Marisol Varga").len(),
        3,
        "{:?}",
        f.names()
    );
    assert!(!f.has("Helena Varga"));
}

#[test]
fn pronouns_after_a_closing_quote_and_party_labels_are_not_names() {
    let f = found(&[
        "\u{201C}We will see.\u{201D} He left. \"Maybe.\" And then Rep. Tom Ledger (R-Ky.) arrived with Sen. Ana Cruz, D-Calif.",
    ]);
    for word in ["He", "And", "R-Ky", "D-Calif"] {
        assert!(!f.has(word), "{word}: {:?}", f.names());
    }
    assert_eq!(f.mentions_of("Tom Ledger")[0].2, Some("Rep."));
    assert!(f.has("Ana Cruz"));
}

#[test]
fn plural_acronyms_months_and_capitalised_common_words_alone_are_not_names() {
    let f =
        found(&["MPs voted in May. Analysts said DVDs sold well. Today the TV channel said so."]);
    for word in ["MPs", "May", "Analysts", "DVDs", "Today", "TV"] {
        assert!(!f.has(word), "{word}: {:?}", f.names());
    }
}

#[test]
fn a_country_adjective_before_an_institution_names_it() {
    let f = found(&["The Iraqi military said on Friday that US government officials and the Syrian army's commanders met. Russian military officers watched."]);
    assert_eq!(f.entity("Iraqi military").kind, EntityKind::Organisation);
    assert!(f.has("Syrian army"), "{:?}", f.names());
    assert!(
        !f.has("US government") && !f.has("Russian military"),
        "{:?}",
        f.names()
    );
    // The country is still mentioned.
    assert!(f
        .mentions_of("Iraq")
        .contains(&("Iraqi", MentionKind::Adjectival, None)));
}

#[test]
fn known_place_names_inside_longer_names_and_capitalised_roles() {
    let f = found(&["Fans of Real Madrid cheered at the French Open while AP Diplomatic Writer Matthew Lee watched."]);
    assert!(f.has("Real Madrid"), "{:?}", f.names());
    assert!(!f.has("Madrid") && !f.has("Real"), "{:?}", f.names());
    assert!(f.has("French Open"), "{:?}", f.names());
    assert_eq!(f.mentions_of("Matthew Lee")[0].2, Some("Diplomatic Writer"));
    assert!(f.has("Associated Press"));
}

/// An invented article of about `bytes` bytes: paragraphs of people sharing surnames, titles, bare
/// surnames and organisations.
fn long_article(bytes: usize) -> Vec<String> {
    let firsts = [
        "Omar", "Lena", "Tomas", "Ada", "Marcus", "Ines", "Pavel", "Rosa", "Karim",
    ];
    let surnames: Vec<String> = [
        "Brin", "Feld", "Quill", "Hask", "Morr", "Tand", "Vell", "Wick",
    ]
    .iter()
    .flat_map(|a| ["ley", "ow", "er", "ton", "ick"].map(|b| format!("{a}{b}")))
    .collect();
    let (mut paragraphs, mut size, mut i) = (Vec::new(), 0, 0usize);
    while size < bytes {
        let (f, l, l2) = (
            firsts[i % 9],
            &surnames[(i * 7) % 40],
            &surnames[(i * 7 + 1) % 40],
        );
        let p = format!(
            "{f} {l}, a spokesman for the Harbour Trust, said Dr. {l} met Sen. {} {l2} in Port \
             Amsel. {l} told reporters the vote was weeks away, and Ms. {l2} disagreed.",
            firsts[(i / 9) % 9]
        );
        size += p.len() + 2;
        paragraphs.push(p);
        i += 1;
    }
    paragraphs
}

/// Run with `cargo test --release --lib long_articles -- --ignored --nocapture`: the time of sentence
/// splitting and recognition per doubling of the article's size (near-linear: about 2x).
#[test]
#[ignore = "timing; run by hand"]
fn long_articles_take_near_linear_time() {
    let mut previous = None;
    for kb in [250, 500, 1000, 2000, 4000] {
        let paragraphs = long_article(kb * 1000);
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let started = std::time::Instant::now();
        let article = article(&refs);
        let (entities, _) = recognize(&article);
        let took = started.elapsed().as_secs_f64();
        let ratio = previous.map(|p: f64| took / p).unwrap_or(0.0);
        println!(
            "{kb} KB: {took:.3} s, x{ratio:.2}, {} entities",
            entities.len()
        );
        previous = Some(took);
    }
}

#[test]
fn a_shared_surname_follows_the_last_person_named_in_a_long_article() {
    // Many people share each surname; a bare surname after a sentence naming one of them goes to
    // that one (found through the position index, not a scan).
    let paragraphs = long_article(40_000);
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let f = found(&refs);
    for m in &f.mentions {
        let text = m.span.text(&f.article.body);
        if m.kind != MentionKind::Short || text.contains(' ') || m.role.is_some() {
            continue;
        }
        // The person named last before this mention with this surname.
        let expected = f
            .mentions
            .iter()
            .filter(|o| o.span.start < m.span.start && o.kind == MentionKind::Name)
            .filter(|o| o.span.text(&f.article.body).ends_with(&format!(" {text}")))
            .max_by_key(|o| o.span.start)
            .map(|o| o.entity);
        if let Some(expected) = expected {
            assert_eq!(
                m.entity,
                expected,
                "{text} at {}: {:?} {:?} in {:?}",
                m.span.start,
                f.entities[m.entity].name,
                f.entities[expected].name,
                &f.article.body[m.span.start.saturating_sub(300)..m.span.end]
            );
        }
    }
}

#[test]
fn a_titled_surname_goes_to_the_family_member_of_that_gender() {
    let f = found(&[
        "Gov. Robert Lark of Ohio signed the bill. Mrs. Lark, his wife, watched.",
        "Lark said the bill would pass. Ms. Lark did not comment.",
    ]);
    let governor: Vec<&str> = f.mentions_of("Robert Lark").iter().map(|m| m.0).collect();
    assert_eq!(governor, vec!["Robert Lark", "Lark"]);
    assert_eq!(f.mentions_of("Mrs. Lark").len(), 2);
    assert_eq!(f.entity("Mrs. Lark").kind, EntityKind::Person);
}

#[test]
fn a_bare_surname_goes_to_the_family_member_the_article_is_about() {
    let f = found(&[
        "President Barack Obama spoke in Denver on Monday. Obama said the plan would work.",
        "Michelle Obama, the first lady, was also there. The crowd cheered.",
        "Later, Obama returned to Washington.",
    ]);
    assert_eq!(f.mentions_of("Barack Obama").len(), 3);
    assert_eq!(f.mentions_of("Michelle Obama").len(), 1);
}

#[test]
fn widget_labels_and_glued_names_are_not_names() {
    let f = found(&["Donald John TrumpGOP senators met on Tuesday. Trump MORE said the deal was done. Trump Donald John Trump left."]);
    assert!(
        !f.names()
            .iter()
            .any(|n| n.contains("MORE") || n.contains("TrumpGOP")),
        "{:?}",
        f.names()
    );
    assert!(f.has("Donald John Trump"), "{:?}", f.names());
    assert!(!f.has("Trump Donald John Trump"), "{:?}", f.names());
}

#[test]
fn laws_keep_their_of_and_ampersands_join_names() {
    let f = found(&["The Defense of Marriage Act was struck down, the Gay & Lesbian Alliance Against Defamation said."]);
    assert!(f.has("Defense of Marriage Act"), "{:?}", f.names());
    assert!(
        !f.has("Defense") && !f.has("The Defense"),
        "{:?}",
        f.names()
    );
    assert!(
        f.has("Gay & Lesbian Alliance Against Defamation"),
        "{:?}",
        f.names()
    );
}

#[test]
fn ordinary_words_after_determiners_and_brackets_are_not_names() {
    let f = found(&["The bill passed under any Act of Congress, she said, to keep our Republic. (Federal officials disagreed.)"]);
    for junk in ["Act", "Republic", "Federal"] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
}

#[test]
fn states_cities_and_unknown_person_names_get_their_kinds() {
    let f = found(&["Sen. Ada Quill of Massachusetts met Ronan Farrow in San Diego and in the state of Vermont, then flew to Detroit."]);
    assert_eq!(f.entity("Massachusetts").kind, EntityKind::Location);
    assert_eq!(f.entity("San Diego").kind, EntityKind::Location);
    assert_eq!(f.entity("Vermont").kind, EntityKind::Location);
    assert_eq!(f.entity("Detroit").kind, EntityKind::Location);
    assert_eq!(f.entity("Ronan Farrow").kind, EntityKind::Person);
    assert_eq!(f.entity("Ada Quill").kind, EntityKind::Person);
}

#[test]
fn acronyms_and_full_names_of_known_organisations_are_one_entity() {
    let f = found(&["The Justice Department said on Monday that the DOJ would appeal. Al-Qaeda and Qaeda fighters were named."]);
    assert_eq!(f.mentions_of("Justice Department").len(), 2);
    assert_eq!(f.mentions_of("al-Qaeda").len(), 2);
}

#[test]
fn known_names_inside_an_organisation_or_law_name_stay_in_it() {
    let f = found(&["DANVILLE, Ky. - The House Republican Conference met about the North American Free Trade Agreement."]);
    assert!(f.has("House Republican Conference"), "{:?}", f.names());
    assert!(
        f.has("North American Free Trade Agreement"),
        "{:?}",
        f.names()
    );
    assert_eq!(f.entity("DANVILLE").kind, EntityKind::Location);
}

#[test]
fn joiners_shouted_words_plural_titles_and_state_abbreviations() {
    let f = found(&["Barr notified Congress of Quill's report. A former Marine, Reps. Ada Quill and AG Tom Barr met in Chicago, Ill., and the ENTIRE staff left."]);
    for junk in [
        "of Quill",
        "Marine",
        "ENTIRE",
        "Reps. Ada Quill",
        "AG Tom Barr",
        "Ill",
    ] {
        assert!(!f.has(junk), "{junk} in {:?}", f.names());
    }
    assert!(f.has("Ada Quill") && f.has("Tom Barr"), "{:?}", f.names());
    assert_eq!(f.mentions_of("Illinois").len(), 1);
}

mod companies;
mod context_kinds;
mod first_names;
mod fragments;
mod neighbours;
mod shapes;
mod sheets_and_employers;
mod titles_and_laws;
