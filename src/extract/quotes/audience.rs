//! The audience or occasion of an attribution: who was told ("told CNN television") or where it was
//! said ("at the start of a meeting in New York", "in a statement"), read after the cue.

use super::words::*;
use crate::extract::Span;

/// Words that end an audience or occasion phrase.
fn ends_audience(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "that"
            | "when"
            | "with"
            | "while"
            | "as"
            | "after"
            | "who"
            | "which"
            | "and"
            | "but"
            | "because"
            | "if"
            | "since"
            | "though"
            | "although"
            | "adding"
            | "saying"
            | "referring"
            | "noting"
            | "using"
    )
}

/// The audience or occasion after a cue: the object of "told" / "asked" ("told CNN television"), or a
/// prepositional phrase ("at the start of a meeting in New York", "in a statement").
pub fn audience(
    body: &str,
    toks: &[Tok],
    from: usize,
    limit: usize,
    cue: Span,
) -> (Option<Span>, usize) {
    let verb = cue.text(body).to_lowercase();
    let object = matches!(
        verb.as_str(),
        "told" | "tell" | "tells" | "telling" | "asked" | "asks"
    );
    let first = match toks.get(from).filter(|_| from < limit) {
        Some(t) if t.is_word() => t.span.text(body).to_lowercase(),
        _ => return (None, from),
    };
    let preposition = matches!(
        first.as_str(),
        "at" | "in" | "during" | "to" | "before" | "on" | "while" | "from" | "via" | "through"
    );
    if !object && !preposition {
        return (None, from);
    }
    if object && (first == "that" || pronoun(&first).is_some() && first != "it") && !preposition {
        return (None, from);
    }
    let max = if object && !preposition { 6 } else { 10 };
    let mut end = from;
    while end < limit && end - from < max && toks[end].is_word() {
        if end > from && ends_audience(toks[end].span.text(body)) {
            break;
        }
        end += 1;
    }
    if end == from {
        return (None, from);
    }
    let span = Span::new(toks[from].span.start, toks[end - 1].span.end);
    // "on Sunday": a time, not an occasion.
    if end - from == 2 && first == "on" {
        return (None, from);
    }
    (Some(span), end)
}
