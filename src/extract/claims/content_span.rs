//! The content span of a verb frame: where it starts after the cue ("said in a statement on Sunday
//! that ..."), an adverbial that opens it and is no content ("In a speech last July, ..."), and where
//! a frame inside a quotation ends (at the closing mark).

use super::frames::{is_clause_punct, trim_quotes, Frame};
use super::lexicon::*;
use super::tokens::Token;
use crate::extract::cues;
use crate::extract::text::is_double_quote;
use crate::extract::Span;

/// A frame inside a quotation ('"We never planned to close the line," she said') reports speech
/// within the quoted words: its content ends where the quotation closes.
/// Only double marks count ('"' or "''"): a lone single mark is as often an apostrophe ("Sanders'").
pub(super) fn end_at_closing_quote(tokens: &[Token], f: &Frame) -> Span {
    let double = |t: &Token| {
        t.is_quote_mark() && (t.text.chars().count() > 1 || t.text.starts_with(is_double_quote))
    };
    let before: Vec<&Token> = tokens
        .iter()
        .filter(|t| double(t) && t.span.end <= f.cue_span.start)
        .collect();
    // A curly mark says which way it faces; straight ones are counted.
    let close_at = tokens
        .iter()
        .position(|t| double(t) && t.span.start >= f.cue_span.end);
    let close = close_at.map(|k| &tokens[k]);
    // No mark before in this unit: a quotation opened in an earlier sentence may close after the
    // cue ("... . He spoke about it because ...," Burton said.): a right curly mark, or a straight
    // one right after the quotation's own comma or stop.
    // (A straight mark closes when it touches the comma before it and not the word after it:
    // `this," Burton said`, not `said, "We`.)
    let closes = |k: usize| {
        tokens[k].text == "\u{201d}"
            || k > 0
                && [',', '.', '?', '!']
                    .iter()
                    .any(|&c| tokens[k - 1].is_punct(c))
                && tokens[k - 1].span.end == tokens[k].span.start
                && tokens
                    .get(k + 1)
                    .is_none_or(|n| n.span.start > tokens[k].span.end)
    };
    let inside = match before.last().map(|t| t.text) {
        Some("\u{201c}") => true,
        Some("\u{201d}") => false,
        Some(_) => before.len() % 2 == 1,
        None => close_at.is_some_and(closes),
    };
    match close {
        Some(q) if inside && q.span.start < f.content.end => trim_quotes(
            tokens,
            Span::new(f.content.start, q.span.start.max(f.content.start)),
        ),
        _ => f.content,
    }
}

/// Cues whose object follows a preposition of their own, unlike "said in a statement": the
/// preposition's object is what was answered, believed or insisted on.
const PREPOSITIONAL_OBJECTS: &[(&str, &str)] = &[
    ("respond", "to"),
    ("reply", "to"),
    ("believe", "in"),
    ("insist", "on"),
    ("comment", "on"),
];

/// Prepositions that start an adverbial, not a clause: content starting with one ("in an interview
/// with X", "of Trump") is the frame's circumstance, not what the source said.
pub(super) const CONTENT_PREPOSITIONS: &[&str] = &[
    "in", "on", "of", "about", "at", "during", "with", "for", "to", "from", "after", "before",
    "under", "over", "via", "through", "amid", "like",
];

/// Content that starts with an adverbial: the clause after its comma, or nothing when there is no
/// clause ("In a speech last July, he said" leaves no content before "he").
pub(super) fn drop_leading_adverbial(tokens: &[Token], content: Span) -> Span {
    let inside: Vec<&Token> = tokens.iter().filter(|t| content.contains(t.span)).collect();
    let Some(first) = inside.first() else {
        return content;
    };
    if !first.is_any(CONTENT_PREPOSITIONS) && !is_time_clause(&inside) {
        return content;
    }
    let comma = inside.iter().position(|t| t.is_punct(','));
    let words = inside.iter().filter(|t| t.is_word()).count();
    match comma {
        // ('said when asked about the standards, which were developed ...': a relative clause
        // after the adverbial is no content either.)
        Some(k)
            if k <= 8
                && inside[k + 1..]
                    .first()
                    .is_some_and(|t| t.is_any(&["which", "who"])) =>
        {
            Span::new(content.start, content.start)
        }
        Some(k) if inside.len() - k > 3 && k <= 8 => {
            Span::new(inside[k + 1].span.start, content.end)
        }
        // A long content without a comma, or with its first comma far on, is a clause that happens
        // to start with a phrase ("said that over the last five days he has begun ..., whom").
        None if words > 8 => content,
        // ("said for years that they would ...": the phrase ends at its "that").
        Some(k) if k > 8 => match inside[..8].iter().position(|t| t.is("that")) {
            Some(t) if t + 1 < k => Span::new(inside[t + 1].span.start, content.end),
            _ => content,
        },
        _ => Span::new(content.start, content.start),
    }
}

/// Does the content open with a clause of time or manner about the speaking ('"...," she said when
/// asked about X', '"...," he said as he kept walking')? A participle or a pronoun after "when",
/// "while", "after", "before" (or a pronoun after "as") makes it one; like an adverbial phrase, it
/// is no content.
fn is_time_clause(inside: &[&Token]) -> bool {
    let [first, second, ..] = inside else {
        return false;
    };
    let pronoun = second.is_any(&["he", "she", "they", "i", "we", "it"]);
    let participle = second.is_lowercase_word()
        && (second.text.ends_with("ed") || second.text.ends_with("ing") || second.is("asked"));
    first.is_lowercase_word()
        && (first.is_any(&["when", "while", "after", "before"]) && (pronoun || participle)
            || first.is("as") && pronoun)
}

/// Where the content starts after a cue at `from`: skips "that", a colon, the object of "tell", and
/// adverbials ("in a statement", "on Sunday") that end with "that" or a comma.
pub(super) fn content_start(tokens: &[Token], from: usize, lemma: &str) -> Option<usize> {
    let mut i = from;
    let n = tokens.len();
    if cues::flags(lemma).infinitive && tokens.get(i).is_some_and(|t| t.is("to")) {
        return Some(i);
    }
    // "agreed in Geneva to let ...", "vowed on Tuesday to fight": a short place or time phrase
    // between the cue and its infinitive says where or when; the content is the infinitive.
    let adverbial = |t: &Token| t.is_lowercase_word() && t.is_any(&["in", "on", "at", "during"]);
    if cues::flags(lemma).infinitive && tokens.get(i).is_some_and(adverbial) {
        let to = (i + 1..n.min(i + 6))
            .take_while(|&k| {
                let t = &tokens[k];
                // "agreed on creating a commission to examine": a verb of its own is the content.
                !is_clause_punct(t)
                    && !t.is("that")
                    && !(t.is_lowercase_word() && super::frames::looks_like_verb(t.text))
            })
            .find(|&k| tokens[k].is("to"));
        if let Some(k) = to {
            return Some(k);
        }
    }
    if cues::flags(lemma).object {
        // The object: a pronoun, or a short noun phrase ("reporters", "CNN television", "the BBC").
        let start = i;
        while i < n && i - start < 4 {
            let t = &tokens[i];
            if t.is("that") || is_clause_punct(t) || t.is_any(ADVERBIAL_PREPOSITIONS) {
                break;
            }
            if i > start
                && (t.is_any(&["he", "she", "they", "it", "we", "i", "there"])
                    || t.is_any(DETERMINERS) && !tokens[i - 1].is_any(DETERMINERS))
            {
                break;
            }
            i += 1;
            if tokens[i - 1].is_any(&["me", "him", "her", "us", "them", "reporters", "journalists"])
            {
                break;
            }
        }
    }
    // Time words right after the cue: "said Sunday", "said late Tuesday".
    while i < n && is_time_word(&tokens[i]) {
        i += 1;
    }
    // "complained about X", "warned of X", "argued against X": the object of the preposition is the
    // content. ("said of X" is an adverbial: what was said comes elsewhere.)
    // A phrasal cue's own preposition too: "lashed out at X", "took issue with X".
    let phrasal_object =
        lemma.contains(' ') && tokens.get(i).is_some_and(|t| t.is_any(&["at", "with"]));
    // "did not respond to a request for comment", "replied to the letter": what was answered.
    // "believes in X", "insisted on X", "commented on X" likewise.
    // (Not a stranded preposition: "the ideas he believes in - or", "what I believe in and".)
    let answered = tokens.get(i).is_some_and(|t| {
        PREPOSITIONAL_OBJECTS
            .iter()
            .any(|&(l, p)| l == lemma && t.is_lowercase_word() && t.is(p))
    }) && tokens
        .get(i + 1)
        .is_some_and(|t| t.is_word() && !t.is_any(&["and", "or", "but"]));
    if i < n
        && (tokens[i].is_any(&["about", "of", "against"]) || phrasal_object || answered)
        && lemma != "say"
    {
        return (i + 1 < n).then_some(i + 1);
    }
    if i < n && tokens[i].is_any(ADVERBIAL_PREPOSITIONS) && !tokens[i].is("that") {
        // "on Sunday" / "in a statement ... that" / "in an interview, ...".
        if tokens.get(i + 1).is_some_and(|t| is_time_word(t)) {
            i += 2;
        } else {
            let window = &tokens[i..n.min(i + 16)];
            let that = window.iter().position(|t| t.is("that"));
            let comma = window
                .iter()
                .position(|t| t.is_punct(',') || t.is_punct(':'));
            match (that, comma) {
                (Some(t), Some(cm)) if cm < t => i += cm + 1,
                (Some(t), _) => i += t,
                (None, Some(cm)) if cm <= 12 => i += cm + 1,
                _ => {}
            }
        }
    }
    while i < n && (tokens[i].is("that") || tokens[i].is_punct(',') || tokens[i].is_punct(':')) {
        i += 1;
    }
    (i < n).then_some(i)
}

/// If the comma at `k` opens an insertion inside a clause ("that John Kasich, the governor there,
/// has a small lead", "that the Islamic State, or ISIS, has used", "that groups like ISIS, which
/// claimed the attacks, are slipping"), the index of the comma that closes it: the clause goes on
/// after it with its verb. A comma followed by a clause of its own ("A, and B said") is none.
pub(super) fn insertion_close(tokens: &[Token], k: usize, end: usize) -> Option<usize> {
    if !tokens[k].is_punct(',') || k == 0 || !tokens[k - 1].is_word() {
        return None;
    }
    // An insertion opens with a noun phrase, "or", a relative or a participle, not a conjunction
    // that starts a clause.
    let first = tokens.get(k + 1)?;
    if first.is_any(&[
        "and", "but", "so", "while", "because", "although", "though", "as", "if",
    ]) || first.is_any(PERSON_PRONOUNS)
        || first.is_any(&["i", "we", "they", "it", "there"])
    {
        return None;
    }
    let close = (k + 2..end.min(k + 16))
        .take_while(|&m| !is_clause_punct(&tokens[m]) || tokens[m].is_punct(','))
        .find(|&m| tokens[m].is_punct(','))?;
    // What follows the closing comma is the clause's verb: an auxiliary, "be", a modal or a
    // past form.
    let verb = tokens.get(close + 1)?;
    let finite = verb.is_lowercase_word()
        && (verb.is_any(BE_FORMS)
            || verb.is_any(MODAL_AUXILIARIES)
            || verb.is_any(&["has", "have", "had", "ca", "wo", "does", "do", "did"])
            || super::frames::looks_like_verb(verb.text) && !verb.text.ends_with("ing"));
    finite.then_some(close)
}
