//! An acronym an article declares for a name of its own beats the gazetteer's entry for the same
//! letters: after "the Financial Services Authority (FSA)", every "FSA" of the article is that body,
//! not the Free Syrian Army the gazetteer knows by them.

use crate::extract::entities::candidates::{Candidate, Declaration};
use crate::extract::EntityKind;
use std::collections::HashSet;

/// The candidates with the gazetteer taken off every form of an acronym declared in parentheses
/// after a name the gazetteer does not know and whose initials it is, and those acronyms; `None`
/// when the article declares none.
pub(super) fn declared_acronyms(
    body: &str,
    candidates: &[Candidate],
    declarations: &[Declaration],
) -> Option<(Vec<Candidate>, HashSet<String>)> {
    let mut taken: HashSet<String> = HashSet::new();
    for d in declarations {
        let target = &candidates[d.target];
        let shaped =
            d.alias.chars().count() >= 2 && d.alias.chars().all(|c| c.is_ascii_uppercase());
        if !d.bracketed || target.gazetteer.is_some() || !shaped {
            continue;
        }
        let initials: String = target
            .span
            .text(body)
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect();
        if initials == d.alias {
            taken.insert(d.alias.clone());
        }
    }
    if taken.is_empty() {
        return None;
    }
    let mut out = candidates.to_vec();
    for c in &mut out {
        if c.gazetteer.is_some() && taken.contains(c.span.text(body)) {
            c.gazetteer = None;
            c.kind = EntityKind::Organisation;
        }
    }
    Some((out, taken))
}
