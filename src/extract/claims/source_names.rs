//! The names inside a source phrase: runs of capitalised words, titles stripped, classified as a
//! person, an organisation or a name of unknown kind (see [`super::sources`], step 3).

use super::lexicon::*;
use super::tokens::{tokenize, Token, TokenKind};
use crate::extract::lang::lexicon::{self, is_organisation_noun};
use crate::extract::{refer, EntityKind, Span};
use std::collections::HashMap;

/// Place words that make a capitalised run a place, not a person ("Middle East", "United States").
const PLACE_WORDS: &[&str] = &[
    "east",
    "west",
    "north",
    "south",
    "republic",
    "kingdom",
    "states",
    "islands",
    "city",
    "province",
    "region",
    "sea",
    "gulf",
    "river",
    "street",
    "county",
    "valley",
    "mountains",
    "arabia",
    "africa",
    "america",
    "europe",
    "asia",
    "korea",
    "emirates",
    "coast",
    "strip",
    "bank",
    "island",
    "district",
    "square",
    "airport",
    "road",
    "avenue",
];

/// Capitalised words that never start or continue a name: pronouns, prepositions and conjunctions
/// capitalised at the start of a sentence.
const RUN_BREAKERS: &[&str] = &[
    "i", "it", "he", "she", "they", "we", "you", "in", "on", "at", "for", "of", "to", "as", "by",
    "with", "from", "after", "before", "is", "was", "are", "were", "has", "have", "had", "not",
    "no", "yes", "or", "if", "what", "who", "how", "why", "where", "which", "said", "says",
];

/// A name found inside a source phrase.
#[derive(Debug, Clone)]
pub struct Named {
    pub span: Span,
    pub kind: EntityKind,
    /// The title or description written before a person's name ("US secretary of state").
    pub role: Option<String>,
}

/// Runs of capitalised tokens, allowing "of"/"for"/"and"/"the" between capitalised words ("Department
/// of Defense") and skipping a capitalised first word that is only a function word ("The").
pub(super) fn capitalised_runs<'a>(tokens: &[Token<'a>]) -> Vec<Vec<Token<'a>>> {
    let mut runs: Vec<Vec<Token>> = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let lower = t.lower();
        // Not STOPWORDS: "New" (York) and "United" (States) start names.
        let function_word = RUN_BREAKERS.contains(&lower.as_str())
            || DETERMINERS.contains(&lower.as_str())
            || LEADING_DROPPABLE.contains(&lower.as_str())
            || SUBORDINATORS.contains(&lower.as_str());
        if t.is_capitalised() && !function_word {
            current.push(t);
        } else if t.text == "."
            && current
                .last()
                .is_some_and(|p| p.text.chars().count() == 1 && p.span.end == t.span.start)
        {
            // The period of an initial: "Michael R. Gordon".
            current.push(t);
        } else if !current.is_empty()
            && t.is_any(&["of", "for", "and"])
            && t.is_lowercase_word()
            && tokens.get(i + 1).is_some_and(|n| n.is_capitalised())
        {
            current.push(t);
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
        i += 1;
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

fn has_org_word(run: &[Token]) -> bool {
    run.iter()
        .any(|t| ORGANISATION_WORDS.contains(&t.lower().trim_end_matches("'s")))
}

/// Strips leading titles and demonyms from a person name run ("Russian President Vladimir Putin").
pub(super) fn strip_titles<'a, 'b>(run: &'b [Token<'a>]) -> &'b [Token<'a>] {
    let mut s = 0;
    while s + 1 < run.len() && (run[s].is_any(TITLES) || is_demonym(run[s].text)) {
        s += 1;
    }
    &run[s..]
}

pub(super) fn person_like(run: &[Token]) -> bool {
    let stripped = strip_titles(run);
    let words = stripped.iter().filter(|t| t.is_capitalised()).count();
    words >= 2
        && stripped.last().is_some_and(|t| t.is_capitalised())
        && words <= 4
        && !has_org_word(stripped)
        && !stripped.iter().any(|t| {
            PLACE_WORDS.contains(&t.lower().as_str())
                || is_demonym(t.text)
                || t.is_any(&["of", "and", "for"])
        })
}

/// The name part of a source phrase (see the module docs, step 3).
pub fn named_part(body: &str, tokens: &[Token]) -> Option<Named> {
    let head = tokens.iter().rev().find(|t| t.kind == TokenKind::Word)?;
    // "the Iraqi military statement", "a Pentagon report": the document stands for its author.
    if head.is_lowercase_word() && refer::is_document_noun(head.text) && tokens.len() > 2 {
        let without = &tokens[..tokens.len() - 1];
        if without.last().is_some_and(|t| t.is_word()) {
            return named_part(body, without);
        }
    }
    let runs = capitalised_runs(tokens);
    let span_of = |r: &[Token]| Span::new(r[0].span.start, r.last().unwrap().span.end);
    if head.is_capitalised() {
        let run = runs
            .iter()
            .find(|r| r.last().is_some_and(|t| t.span == head.span))?;
        if has_org_word(strip_titles(run)) {
            return Some(Named {
                span: span_of(run),
                kind: EntityKind::Organisation,
                role: None,
            });
        }
        let mut stripped = strip_titles(run);
        if stripped.iter().all(|t| is_demonym(t.text)) {
            return None;
        }
        // "Senator Jo Lee of Utah": the person, not the place ("Bank of Spain" has an
        // organisation word and was taken above).
        if let Some(k) = stripped
            .iter()
            .position(|t| t.is_lowercase_word() && t.is("of"))
        {
            let had_title =
                stripped.len() < run.len() || stripped[0].span.start > tokens[0].span.start;
            let names = stripped[..k].iter().filter(|t| t.is_capitalised()).count();
            if names >= 2 || (names == 1 && had_title) {
                stripped = &stripped[..k];
            }
        }
        let role_end = stripped[0].span.start;
        let role_text = body[tokens[0].span.start..role_end].trim();
        let role = (!role_text.is_empty()).then(|| role_text.to_string());
        let had_title = stripped.len() < run.len() || role.is_some();
        let kind = if stripped.len() >= 2 || had_title {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        return Some(Named {
            span: span_of(stripped),
            kind,
            role,
        });
    }
    // A lower-case head: an official of a named organisation, or a name with an institution noun
    // ("the Valdoran navy", "the Kalvia fire service", "the Iraqi military").
    let head_lower = head.lower();
    if is_organisation_noun(&head_lower) || ORGANISATION_WORDS.contains(&head_lower.as_str()) {
        let run = runs.iter().rev().find(|r| {
            let end = r.last().unwrap().span.end;
            // Only lower-case words between the name and the head.
            tokens
                .iter()
                .filter(|t| t.span.start >= end && t.span.end <= head.span.start)
                .all(|t| t.is_lowercase_word() && !t.is_any(STOPWORDS))
                && !r.last().unwrap().text.ends_with("'s")
        });
        if let Some(run) = run {
            let start = run[0].span.start;
            return Some(Named {
                span: Span::new(start, head.span.end),
                kind: EntityKind::Organisation,
                role: None,
            });
        }
    }
    if let Some(run) = runs.iter().rev().find(|r| {
        !r.iter().all(|t| is_demonym(t.text) || t.is_any(TITLES))
            && !r
                .last()
                .is_some_and(|t| t.text.ends_with("'s") || t.text.ends_with("\u{2019}s"))
    }) {
        let kind = if has_org_word(run) {
            EntityKind::Organisation
        } else {
            EntityKind::Other
        };
        return Some(Named {
            span: span_of(run),
            kind,
            role: None,
        });
    }
    if is_organisation_noun(&head_lower) {
        if let Some(run) = runs.last() {
            if run.iter().all(|t| is_demonym(t.text)) {
                return Some(Named {
                    span: Span::new(run[0].span.start, head.span.end),
                    kind: EntityKind::Organisation,
                    role: None,
                });
            }
        }
    }
    None
}

/// Whether the phrase is "NAME and NAME" with no organisation word or "of" in it ("Health and
/// Human Services" is one name; "Lorvania and Esterra" is two).
pub(super) fn joins_two_names(tokens: &[Token]) -> bool {
    let Some(and) = tokens
        .iter()
        .position(|t| t.is("and") && t.is_lowercase_word())
    else {
        return false;
    };
    and > 0
        && tokens[and - 1].is_capitalised()
        && tokens.get(and + 1).is_some_and(|t| t.is_capitalised())
        && !tokens.iter().any(|t| t.is("of"))
        && !has_org_word(tokens)
}

/// Every person-like name of `body` with two to four words, titles stripped, by its last word: the
/// fullest (longest; the last of equals) name ending with each word ("Putin" -> "Vladimir Putin").
pub(super) fn full_names_by_last_word(body: &str) -> HashMap<String, String> {
    let tokens = tokenize(body, Span::new(0, body.len()));
    let mut full: HashMap<String, String> = HashMap::new();
    for run in capitalised_runs(&tokens) {
        let stripped = strip_titles(&run);
        if stripped.len() < 2 || stripped.len() > 4 || !person_like(stripped) {
            continue;
        }
        let name = &body[stripped[0].span.start..stripped.last().unwrap().span.end];
        let Some(last) = name.rsplit(' ').next() else {
            continue;
        };
        let longer = full.get(last).is_none_or(|f| name.len() >= f.len());
        if longer {
            full.insert(last.to_string(), name.to_string());
        }
    }
    full
}

/// Prepositions after which a named place only says where the people of a source phrase are or
/// come from ("observers in Arizona", "the mayor of Mesa", "Senator Lee of Utah").
const PLACE_PREPOSITIONS: &[&str] = &["of", "in", "from", "along", "near", "across", "at"];

/// Prepositions after which a named body is where the people of a source phrase sit
/// ("conservatives in the House"); "a spokesman for the F.B.I." and "officials of the agency" speak
/// for it, so "for" and "of" are not here.
const BODY_PREPOSITIONS: &[&str] = &["in", "inside", "within"];

/// Is the place or organisation named at `span` inside the source phrase `tokens` a modifier of
/// the people the phrase is about, not the source itself? A place after a preposition ("Sen.
/// Lee of Utah", "prosecutors in New York") or before a lower-case head or a party noun ("U.S.
/// officials", "The Arizona Republican") is where they are from; a country's institution ("the
/// government of Israel", "the U.S. military") still speaks for it. An organisation after "in"
/// ("Republicans in Congress") or before a role that does not speak for it ("the Fox News host",
/// "House Republican leaders"; [`refer::is_speaking_role`]).
pub(super) fn names_a_modifier(tokens: &[Token], span: Span, kind: EntityKind) -> bool {
    let is_institution = |t: &Token| lexicon::INSTITUTIONS.contains(t.lower().as_str());
    let Some(mut p) = tokens.iter().position(|t| t.span.end > span.start) else {
        return false;
    };
    while p > 0 && tokens[p - 1].is_any(DETERMINERS) {
        p -= 1;
    }
    let prepositions = match kind {
        EntityKind::Location => PLACE_PREPOSITIONS,
        EntityKind::Organisation => BODY_PREPOSITIONS,
        _ => return false,
    };
    if p >= 2
        && tokens[p - 1].is_lowercase_word()
        && tokens[p - 1].is_any(prepositions)
        && tokens[p - 2].is_word()
    {
        // "a report in Fox News": a document speaks for the outlet it is in.
        let head = &tokens[p - 2];
        return !is_institution(head) && !refer::is_document_noun(&head.lower());
    }
    let after: Vec<&Token> = tokens.iter().filter(|t| t.span.start >= span.end).collect();
    if kind == EntityKind::Organisation {
        // "the Fox News host", "a GOP operative": a person the organisation only describes;
        // "a White House official" speaks for it.
        return after.last().is_some_and(|head| {
            after
                .iter()
                .all(|t| t.is_lowercase_word() || refer::is_party_member(t.text))
                && refer::is_tie_noun(head.text)
                && !refer::is_speaking_role(head.text)
        });
    }
    after.last().is_some_and(|last| {
        after
            .iter()
            .all(|t| t.is_lowercase_word() || refer::is_party_member(t.text))
            && !is_institution(last)
    })
}
