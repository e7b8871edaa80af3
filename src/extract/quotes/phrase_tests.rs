//! Unit tests of the speaker phrase reader.

use super::*;

fn back(text: &str) -> Option<(String, SpeakerKind, Option<String>)> {
    let toks = tokenize(text, Span::new(0, text.len()));
    backward(text, &toks, 0, toks.len()).map(|w| {
        (
            w.span.text(text).to_string(),
            w.kind,
            w.role.map(|r| r.text(text).to_string()),
        )
    })
}

#[test]
fn names_lose_their_titles() {
    assert_eq!(
        back("On Sunday, US Secretary of State John Kerry"),
        Some((
            "John Kerry".into(),
            SpeakerKind::Person,
            Some("US Secretary of State".into())
        ))
    );
    assert_eq!(back("But Mr. Kerry also").unwrap().0, "Kerry");
    assert_eq!(
        back("reports Michael R. Gordon").unwrap().0,
        "Michael R. Gordon"
    );
}

#[test]
fn appositives_give_the_role() {
    assert_eq!(
        back("Ibrahim al-Jaafari, Iraq's foreign minister,"),
        Some((
            "Ibrahim al-Jaafari".into(),
            SpeakerKind::Person,
            Some("Iraq's foreign minister".into())
        ))
    );
    assert_eq!(
        back("Iranian President Hassan Rouhani, also in New York,")
            .unwrap()
            .0,
        "Hassan Rouhani"
    );
}

#[test]
fn pronouns_roles_and_organisations() {
    assert_eq!(back("he").unwrap().1, SpeakerKind::Pronoun(true));
    assert_eq!(
        back("Later, the Russian foreign minister").unwrap(),
        (
            "the Russian foreign minister".into(),
            SpeakerKind::Role,
            None
        )
    );
    assert_eq!(
        back("A statement issued by the Joint Operations Command").unwrap(),
        (
            "Joint Operations Command".into(),
            SpeakerKind::Organisation,
            None
        )
    );
    assert_eq!(
        back("The Iraqi military statement").unwrap(),
        ("Iraqi military".into(), SpeakerKind::Organisation, None)
    );
    assert_eq!(back("fighting near border towns"), None);
}
