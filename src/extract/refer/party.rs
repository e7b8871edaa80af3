//! Party tags and party descriptions after a name ("Rep. Peter King, R-N.Y.", "Jeff Flake,
//! Republican of Arizona"): they stand for the name before them and are never a speaker or a source
//! themselves.

use crate::extract::lang::lexicon;

/// Is this text a party tag ("R-N.Y.", "D-Ga", "R-Texas", "I-Vt.")?
pub fn is_party_tag(text: &str) -> bool {
    let text = text.trim_end_matches('.');
    let mut chars = text.chars();
    matches!(chars.next(), Some('D' | 'R' | 'I'))
        && chars.next() == Some('-')
        && chars.next().is_some_and(char::is_uppercase)
        && text.len() <= 16
        && !text.contains(' ')
}

/// Is this text a party written out with a place ("Republican of Arizona", "Democrat of New
/// York"), the appositive some outlets use instead of a tag? Like a tag, it stands for the name
/// before it.
pub fn is_party_description(text: &str) -> bool {
    let Some((party, place)) = text.split_once(" of ") else {
        return false;
    };
    is_party_member(party)
        && place.chars().next().is_some_and(char::is_uppercase)
        && place.split_whitespace().count() <= 3
}

/// Is `word` a party member written as a noun ("Republican", "Democrats")? "The Arizona
/// Republican" is a person from Arizona, not the state.
pub fn is_party_member(word: &str) -> bool {
    matches!(
        word.trim_end_matches('s'),
        "Republican" | "Democrat" | "Independent"
    )
}

/// The name a party tag (or description, [`is_party_description`]) belongs to: "Rep. Peter King, R-N.Y., who ..." and "Rep. Hank Johnson
/// (D-Ga.) told" -> the span of "Peter King" / "Hank Johnson" (capitalised words right before the
/// comma or bracket, titles left out). A party tag is never a speaker or a source itself.
pub fn party_tag_holder(body: &str, tag: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    if !is_party_tag(&body[tag.clone()]) && !is_party_description(&body[tag.clone()]) {
        return None;
    }
    let before = body[..tag.start].trim_end();
    let before = before.strip_suffix([',', '(']).unwrap_or(before).trim_end();
    let end = before.len();
    let mut start = end;
    for word in before.rsplit(' ').take(4) {
        let is_name_word = word.chars().next().is_some_and(char::is_uppercase)
            && lexicon::title_at(&[word]).is_none()
            && !word.ends_with([',', ';', ':', '"']);
        if !is_name_word {
            break;
        }
        start -= word.len() + usize::from(start != end);
    }
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_party_tag_belongs_to_the_name_before_it() {
        fn holder<'a>(body: &'a str, tag: &str) -> Option<&'a str> {
            let at = body.find(tag).unwrap();
            party_tag_holder(body, at..at + tag.len()).map(|r| &body[r])
        }
        assert_eq!(
            holder("Rep. Lena Marsh, R-N.Y., who chairs it, said", "R-N.Y."),
            Some("Lena Marsh")
        );
        assert_eq!(
            holder("Sen. Ada Okafor (D-Ga.) told", "D-Ga."),
            Some("Ada Okafor")
        );
        assert_eq!(holder("the plan, D-Ga. said", "D-Ga."), None);
        assert!(!is_party_tag("Dr.") && !is_party_tag("Mid-Atlantic"));
        assert_eq!(
            holder(
                "Senator Jeff Wren, Republican of Utah, said",
                "Republican of Utah"
            ),
            Some("Jeff Wren")
        );
        assert!(!is_party_description("Bank of America"));
    }
}
