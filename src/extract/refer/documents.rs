//! Documents that speak for their author: whom "the statement" or "the letter" stands for when a
//! quote or claim gives it as the source ("...," the statement said). The article named the
//! document shortly before, with its author: "Ryan Zinke, the interior secretary, said in a
//! statement ...", "Trump said in a statement released by his campaign", "A Congressional Research
//! Service report found ...", "the ministry's statement". Without such a mention ("In a letter
//! signed by every Republican on the committee, the lawmakers ...", "Pelosi and Schumer released a
//! joint statement") the document has no author entity.

use super::is_document_noun;
use crate::extract::mention_index::MentionIndex;
use crate::extract::{Entity, EntityKind, Mention, MentionKind, Span};

/// How far back (bytes, a few paragraphs) "the statement" looks for the document it names.
const DOCUMENT_WINDOW: usize = 1500;

/// How far before the document's noun its author may be named ("X, the interior secretary, said
/// in a statement"): about one clause.
const AUTHOR_WINDOW: usize = 120;

/// The document noun a definite source phrase refers back with ("the statement", "The joint
/// letter", "that memo"): its head, lower case, or `None` for any other phrase.
fn definite_document(phrase: &str) -> Option<String> {
    let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
    let (first, head) = (words.first()?, words.last()?);
    (words.len() <= 3
        && matches!(first.as_str(), "the" | "this" | "that")
        && is_document_noun(head))
    .then(|| head.clone())
}

/// Earlier uses of the noun `head` (lower case, as a whole word) before byte `before`, within
/// [`DOCUMENT_WINDOW`], nearest first.
fn earlier_uses(body: &str, head: &str, before: usize) -> Vec<Span> {
    let mut from = before.saturating_sub(DOCUMENT_WINDOW);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let window = body[from..before].to_ascii_lowercase();
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut uses: Vec<Span> = window
        .match_indices(head)
        .filter(|&(i, _)| {
            !is_letter(window[..i].chars().next_back())
                && !is_letter(window[i + head.len()..].chars().next())
        })
        .map(|(i, _)| Span::new(from + i, from + i + head.len()))
        .collect();
    uses.reverse();
    uses
}

/// The author of the document a definite document noun ("the statement" at `phrase`) refers back
/// to, when the article named it with its author shortly before: the nearest few uses of the
/// noun are tried ("said in a statement ... the statement said ... the statement continued").
pub fn author_of(
    body: &str,
    phrase: Span,
    index: &MentionIndex,
    mentions: &[Mention],
    entities: &[Entity],
) -> Option<usize> {
    let head = definite_document(phrase.text(body))?;
    for doc in earlier_uses(body, &head, phrase.start).into_iter().take(3) {
        let from = doc.start.saturating_sub(AUTHOR_WINDOW);
        let before = index
            .ending_before(from, doc.start, mentions)
            .map(|i| &mentions[i]);
        if let Some(author) = document_author(body, doc, before, entities) {
            return Some(author);
        }
        // A document introduced without an author ("released a joint statement") ends the
        // search; only a definite use ("the statement said") refers further back.
        let determiner = body[..doc.start]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        if !matches!(determiner.to_lowercase().as_str(), "the" | "this" | "that") {
            return None;
        }
    }
    None
}

/// The author a document phrase names after "from" or "by" ("a statement from the Justice
/// Department", "the press release from the U.S. Attorney's Office", "the letter signed by Ada
/// Marsh"): `None` when the phrase is no such document; `Some(None)` when it is one but its author
/// is no recognised person or organisation ("a statement from the Democratic committee"), so that
/// nobody else's role is taken for it.
pub fn named_author(
    body: &str,
    phrase: Span,
    index: &MentionIndex,
    mentions: &[Mention],
    entities: &[Entity],
) -> Option<Option<usize>> {
    let text = phrase.text(body);
    let lower = text.to_lowercase();
    let (at, preposition) = [" from ", " by "]
        .iter()
        .filter_map(|p| lower.find(p).map(|i| (i, *p)))
        .min()?;
    // The document noun ends the words before the preposition, or comes right before a
    // participle ("the statement released by").
    let before: Vec<&str> = lower[..at].split_whitespace().rev().take(2).collect();
    let document =
        |w: &str| is_document_noun(w.strip_suffix('s').unwrap_or(w)) || is_document_noun(w);
    let is_document = before.first().is_some_and(|w| document(w))
        || (before.first().is_some_and(|w| w.ends_with("ed"))
            && before.get(1).is_some_and(|w| document(w)));
    if !is_document {
        return None;
    }
    let rest = Span::new(phrase.start + at + preposition.len(), phrase.end);
    let author = index
        .overlapping(rest, mentions)
        .map(|i| &mentions[i])
        .filter(|m| m.kind != MentionKind::Adjectival)
        .map(|m| m.entity)
        .find(|&e| {
            matches!(
                entities.get(e).map(|e| e.kind),
                Some(EntityKind::Person | EntityKind::Organisation)
            )
        });
    Some(author)
}

/// The author of the document whose noun is at `doc`, from the mentions ending before it (nearest
/// first): a person or organisation right before the noun ("The White House report", "the
/// ministry's new statement"), or the subject of the clause that names it as an indefinite
/// document ("Zinke, the interior secretary, said in a statement", "X issued a statement"), not
/// when that subject is one of two ("Pelosi and Schumer released a joint statement").
fn document_author<'a>(
    body: &str,
    doc: Span,
    mut before: impl Iterator<Item = &'a Mention>,
    entities: &[Entity],
) -> Option<usize> {
    let m = before.find(|m| {
        m.kind != MentionKind::Adjectival
            && matches!(
                entities.get(m.entity).map(|e| e.kind),
                Some(EntityKind::Person | EntityKind::Organisation)
            )
    })?;
    let between = body.get(m.span.end..doc.start)?;
    // "The White House report", "the ministry's new statement".
    let attributive = between
        .strip_prefix("'s")
        .or_else(|| between.strip_prefix("\u{2019}s"))
        .unwrap_or(between)
        .split_whitespace()
        .collect::<Vec<_>>();
    let lower_word = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    if between.starts_with([' ', '\'', '\u{2019}'])
        && attributive.len() <= 1
        && attributive.iter().all(lower_word)
    {
        return Some(m.entity);
    }
    if between.len() > AUTHOR_WINDOW || between.contains(['.', '!', '?', '\n', ';', '(']) {
        return None;
    }
    if between
        .chars()
        .any(|c| matches!(c, '"' | '\u{201C}' | '\u{201D}'))
    {
        return None;
    }
    // The mention is the clause's subject: after it, an appositive set off by commas at most,
    // then the verb ("said in a", "issued a").
    let core = match between.strip_prefix(',') {
        Some(rest) => rest.split_once(',')?.1,
        None => between,
    };
    let words: Vec<&str> = core.split_whitespace().collect();
    let verb_first = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    let indefinite = words.iter().rev().take(2).any(|w| matches!(*w, "a" | "an"));
    // "Pelosi and Schumer released a joint statement": two authors, no one entity.
    let mut lead = m.span.start.saturating_sub(40);
    while !body.is_char_boundary(lead) {
        lead -= 1;
    }
    let coordinated =
        body[lead..m.span.start].contains(" and ") || core.trim_start().starts_with("and ");
    (verb_first && indefinite && !core.contains(',') && !coordinated).then_some(m.entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, kind: EntityKind) -> Entity {
        Entity {
            name: name.to_string(),
            kind,
            aliases: vec![],
            gazetteer_id: None,
        }
    }

    /// The author of the nearest earlier "statement"/"report"/"letter" before the end of `body`.
    fn author(body: &str, names: &[(&str, EntityKind)], head: &str) -> Option<String> {
        let entities: Vec<Entity> = names.iter().map(|(n, k)| entity(n, *k)).collect();
        let mentions: Vec<Mention> = names
            .iter()
            .enumerate()
            .filter_map(|(i, (n, _))| {
                let start = body.find(n)?;
                Some(Mention {
                    entity: i,
                    span: Span::new(start, start + n.len()),
                    kind: MentionKind::Name,
                    role: None,
                    sentence: 0,
                })
            })
            .collect();
        let doc = *earlier_uses(body, head, body.len()).first()?;
        let mut before: Vec<&Mention> = mentions
            .iter()
            .filter(|m| m.span.end <= doc.start)
            .collect();
        before.sort_by_key(|m| std::cmp::Reverse(m.span.start));
        document_author(body, doc, before.into_iter(), &entities).map(|e| entities[e].name.clone())
    }

    #[test]
    fn a_document_speaks_for_the_author_named_with_it() {
        use EntityKind::*;
        assert_eq!(
            definite_document("the statement").as_deref(),
            Some("statement")
        );
        assert_eq!(
            definite_document("The joint letter").as_deref(),
            Some("letter")
        );
        assert_eq!(definite_document("a statement"), None);
        assert_eq!(definite_document("the spokesman"), None);
        let said = "Tomas Reyes, the harbour minister, said in a statement on Friday that ";
        assert_eq!(
            author(said, &[("Tomas Reyes", Person)], "statement").as_deref(),
            Some("Tomas Reyes")
        );
        let issued = "The Valdora Port Authority issued a brief statement. ";
        assert_eq!(
            author(
                issued,
                &[("Valdora Port Authority", Organisation)],
                "statement"
            )
            .as_deref(),
            Some("Valdora Port Authority")
        );
        let report = "A new Harbour Council report found that ";
        assert_eq!(
            author(report, &[("Harbour Council", Organisation)], "report").as_deref(),
            Some("Harbour Council")
        );
        // Two authors, a subject other than the mention, a place, or a document named before
        // its author: no author.
        let two = "Ada Marsh and Cal Ruiz released a joint statement. ";
        let names = [("Ada Marsh", Person), ("Cal Ruiz", Person)];
        assert_eq!(author(two, &names, "statement"), None);
        let other = "In reply to Ada Marsh, the ministry said in a statement that ";
        assert_eq!(author(other, &[("Ada Marsh", Person)], "statement"), None);
        let place = "In Kessel the union said in a letter that ";
        assert_eq!(author(place, &[("Kessel", Location)], "letter"), None);
        let first = "In a letter signed by Ada Marsh, the lawmakers wrote that ";
        assert_eq!(author(first, &[("Ada Marsh", Person)], "letter"), None);
        // A word that only contains the noun is no use of it.
        assert!(earlier_uses("the statements and misstatement", "statement", 31).is_empty());
    }
}
