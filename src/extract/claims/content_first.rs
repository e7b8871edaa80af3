//! Content-first frames: the content comes before the attribution, which ends the unit.
//!
//! `CONTENT, SOURCE CUE [adverbials].` ("Two bridges collapsed, a spokesman said on Tuesday.") and the
//! inverted `CONTENT, CUE SOURCE [, appositive].` ("..., said Jo Roe, a farmer."). What follows the cue
//! must be an adverbial (a time, a place, an audience), never a clause of its own: "Putin said he has
//! spoken with Turkey" is a source-first frame.

use super::frames::{
    content_end, is_clause_punct, is_initial_period, looks_like_verb, skip_parenthesis,
    trim_quotes, valid_source, Frame,
};
use super::lexicon::*;
use super::tokens::{Token, TokenKind};
use super::verb_group::{cue_of, skip_to_source};
use crate::extract::Span;

/// `CONTENT, SOURCE CUE [adverbials].` and `CONTENT, CUE SOURCE [adverbials].`
pub(super) fn content_first(
    tokens: &[Token],
    c: usize,
    ce: usize,
    lemma: &'static str,
) -> Option<Frame> {
    let (cue, cue_span) = cue_of(tokens, c, ce);
    let unit_end = content_end(tokens, tokens.len());
    // What follows the cue up to the next comma: a participle after that comma ("..., adding that")
    // or an appositive ("said Jo Roe, a farmer") belongs to the frame, not to a new clause.
    let tail_end = |from: usize| {
        (from..unit_end)
            .find(|&k| tokens[k].is_punct(','))
            .unwrap_or(unit_end)
    };
    // After the cue only a short adverbial may follow: no "that", no colon.
    let trailing_ok =
        |tail: &[Token]| tail.len() <= 20 && !tail.iter().any(|t| t.is("that") || t.is_punct(':'));
    // Inverted: ", said the minister." / ", said one adviser to the mayor, ..."; never with a
    // request or a naming (", called the plan" has its object after it, not its source).
    let inverts = !crate::extract::cues::flags(lemma).non_asserting();
    if inverts && c > 0 && (tokens[c - 1].is_punct(',') || is_closing_quote_before(tokens, c)) {
        let comma = c - 1;
        let mut e = ce;
        while e < unit_end
            && e - c <= 12
            && (!is_clause_punct(&tokens[e]) || is_initial_period(tokens, e))
            && !tokens[e].is_any(INVERTED_SOURCE_ENDS)
            && !is_time_word(&tokens[e])
        {
            e += 1;
        }
        let phrase = &tokens[ce..e];
        // "Merkel, who has adopted ..., warned against the forces of hate": a preposition after the
        // cue opens its object ("warned against", "spoke of"), never an inverted source.
        let prepositional = phrase
            .first()
            .is_some_and(|t| t.is_lowercase_word() && t.is_any(OBJECT_PREPOSITIONS));
        // The head: the last word before an inner preposition ("adviser" in "adviser to X").
        let head_end = phrase
            .iter()
            .position(|t| {
                t.is_lowercase_word() && t.is_any(&["of", "for", "at", "to", "in", "with"])
            })
            .unwrap_or(phrase.len());
        let head_ok = head_end > 0
            && phrase[..head_end].last().is_some_and(|h| {
                h.is_capitalised() || h.is_any(SOURCE_NOUNS) || h.is_any(PERSON_PRONOUNS)
            });
        let no_verb = !phrase[..head_end].iter().any(|t| {
            t.is_lowercase_word()
                && (looks_like_verb(t.text)
                    || t.text.ends_with('s')
                        && !t.is_any(SOURCE_NOUNS)
                        && !t.text.ends_with("ss")
                        && !t.text.contains(['\'', '\u{2019}']))
        });
        // "Jo Roe, a spokesman, said the Clintons and the foundation had ...": a clause after the
        // cue makes it source-first, whatever noun phrase opens the clause.
        let clause_after = has_clause(&tokens[ce..tail_end(e)]);
        if e > ce
            && !prepositional
            && head_ok
            && no_verb
            && !clause_after
            && valid_source(&phrase[..head_end], false)
            && trailing_ok(&tokens[e..tail_end(e)])
        {
            // "Any interpretation of his actions, said Mr. Kofman, an expert on Russia, would read
            // this as ...": the sentence goes on after the frame and its appositive.
            let after = tail_end(e + 1);
            // Only a finite verb after the appositive tells the subject's predicate from a
            // longer appositive ("said Jo Roe, a farmer, who ...", "..., author of X, Y and Z").
            let whole = tokens.get(e).is_some_and(|t| t.is_punct(','))
                && tokens
                    .get(e + 1)
                    .is_some_and(|t| t.is_any(&["a", "an", "the"]))
                && after + 1 < unit_end
                && tokens[after].is_punct(',')
                && tokens[after + 1].is_lowercase_word()
                && (tokens[after + 1].is_any(MODAL_AUXILIARIES)
                    || tokens[after + 1].is_any(BE_FORMS)
                    || tokens[after + 1].is_any(&["has", "have", "had", "does", "did"]));
            let content = if whole {
                trim_quotes(
                    tokens,
                    Span::new(tokens[0].span.start, tokens[unit_end - 1].span.end),
                )
            } else {
                content_before(tokens, comma)?
            };
            // "Jo Roe at The Daily Post", "officials in Baghdad": the source is the person or group
            // before the affiliation; "the director of the FBI" keeps its "of".
            let source_end = if head_end < phrase.len() && !phrase[head_end].is_any(&["of", "for"])
            {
                ce + head_end
            } else {
                e
            };
            return Some(Frame {
                content,
                source: Span::new(tokens[ce].span.start, tokens[source_end - 1].span.end),
                cue,
                lemma,
                cue_span,
                frame_negated: false,
                rest: None,
                refers_to: None,
            });
        }
    }
    let tail = &tokens[ce..tail_end(ce)];
    if !trailing_ok(tail) || !adverbial_tail(tail, lemma) {
        return None;
    }
    // ", SOURCE [aux] CUE": the source sits between a comma (or closing quote) and the cue.
    let (mut end, negated) = skip_to_source(tokens, c);
    let src_end = end;
    end = skip_parenthesis(tokens, end);
    // "..., Jo Roe, a doctor, said": an appositive between the name and the cue.
    if end > 2 && tokens[end - 1].is_punct(',') {
        let open = (end.saturating_sub(10)..end - 1)
            .rev()
            .find(|&k| tokens[k].is_punct(','))?;
        let appositive = tokens
            .get(open + 1)
            .is_some_and(|t| t.is_any(&["a", "an", "the"]) || t.kind == TokenKind::Number);
        let name = name_before_comma(tokens, open).filter(|_| appositive)?;
        let content = content_before(tokens, name - 1)?;
        return Some(Frame {
            content,
            source: Span::new(tokens[name].span.start, tokens[open - 1].span.end),
            cue: cue.clone(),
            lemma,
            cue_span,
            frame_negated: negated,
            rest: None,
            refers_to: None,
        });
    }
    let mut s = end;
    while s > 0
        && (!is_clause_punct(&tokens[s - 1]) || is_initial_period(tokens, s - 1))
        && end - s < 10
    {
        s -= 1;
    }
    if s == 0 || s == end || !valid_source(&tokens[s..end], false) {
        return None;
    }
    if !(tokens[s - 1].is_punct(',') || tokens[s - 1].is_quote_mark()) {
        return None;
    }
    // "Cruz said he would win, and Trump vowed to ...": a clause joined by a conjunction has its
    // own subject and content; it reports nothing of the clause before it.
    if tokens[s].is_lowercase_word() && tokens[s].is_any(&["and", "but", "or"]) {
        return None;
    }
    // "..., Jo Roe, a doctor, said": the name before an appositive is the source.
    if tokens[s].is_any(&["a", "an", "the"]) && tokens[s - 1].is_punct(',') {
        if let Some(name) = name_before_comma(tokens, s - 1) {
            s = name;
        }
    }
    // "He is leaning toward Kasich, he said, because he prizes electability", "By eliminating the
    // line, Ms. Tchen said, the White House ...": a frame in the middle of the sentence; the content
    // is the whole sentence around it.
    let after_tail = tail_end(ce);
    let continues = after_tail < unit_end && continues_content(tokens, after_tail + 1, unit_end);
    let content = if continues && s > 1 {
        trim_quotes(
            tokens,
            Span::new(tokens[0].span.start, tokens[unit_end - 1].span.end),
        )
    } else {
        content_before(tokens, s - 1)?
    };
    Some(Frame {
        content,
        source: Span::new(tokens[s].span.start, tokens[src_end - 1].span.end),
        cue,
        lemma,
        cue_span,
        frame_negated: negated,
        rest: None,
        refers_to: None,
    })
}

/// Does the sentence go on as the reported content at `k`, right after the comma that closes a frame
/// in its middle ("A, he said, the board would ...", "A, they said, and B", "A, X said, because
/// B")? Not when a participle ("..., adding"), a relative clause, a time or an adverbial of the
/// speaking ("..., he said, in a speech") follows, nor for a last word or two.
pub(super) fn continues_content(tokens: &[Token], k: usize, unit_end: usize) -> bool {
    let Some(next) = tokens.get(k).filter(|_| k > 0 && k + 2 < unit_end) else {
        return false;
    };
    if !tokens[k - 1].is_punct(',') {
        return false;
    }
    if next.is_quote_mark() {
        return true;
    }
    // ", her first here as a candidate.", ", a political publication in Washington.": a noun
    // phrase with no verb of its own after the frame describes the source or the occasion; the
    // sentence does not go on.
    let verbless = !tokens[k..unit_end].iter().any(|t| {
        t.is_lowercase_word()
            && (t.is_any(BE_FORMS)
                || t.is_any(MODAL_AUXILIARIES)
                || t.is_any(&["has", "have", "had", "does", "do", "did"])
                || looks_like_verb(t.text)
                || crate::extract::cues::claim_verb_lemma(t.text).is_some())
    });
    if next.is_any(&["a", "an", "the", "her", "his", "its", "their"]) && verbless {
        return false;
    }
    next.is_word()
        && !(next.is_lowercase_word() && next.text.ends_with("ing"))
        && !next.is_any(&[
            "who",
            "which",
            "whose",
            "where",
            "when",
            "as",
            "according",
            "including",
            "adding",
            "then",
            "if",
            "unless",
            "whether",
            "than",
        ])
        && !next.is_any(&[
            "in",
            "on",
            "at",
            "during",
            "after",
            "before",
            "following",
            "via",
            "while",
        ])
        && !is_time_word(next)
}

/// Words that end an inverted source ("said the minister | on Sunday").
const INVERTED_SOURCE_ENDS: &[&str] = &[
    "on",
    "during",
    "after",
    "before",
    "while",
    "via",
    "through",
    "following",
    "when",
    "as",
    "and",
    "but",
    "who",
    "which",
    "that",
    "because",
    "if",
];

/// Is what follows a final cue only an adverbial ("on Sunday", "in a statement", "told reporters")
/// rather than a clause of its own ("Putin said he has spoken ...")?
fn adverbial_tail(tail: &[Token], lemma: &str) -> bool {
    if tail.is_empty() {
        return true;
    }
    let mut rest = tail;
    if crate::extract::cues::flags(lemma).object {
        // "told reporters", "told CNN television": skip the object.
        let object = tail
            .iter()
            .take(4)
            .position(|t| t.kind == TokenKind::Punct || t.is_any(ADVERBIAL_PREPOSITIONS))
            .unwrap_or(tail.len().min(4));
        rest = &tail[object..];
    }
    let Some(first) = rest.first() else {
        return true;
    };
    // "he vowed to campaign and govern ...": an infinitive cue's "to" opens its content, quoted
    // or not ("vowed to "bomb the hell" out of ISIS").
    if crate::extract::cues::flags(lemma).infinitive
        && first.is("to")
        && rest[1..]
            .iter()
            .find(|t| !t.is_quote_mark())
            .is_some_and(|t| t.is_lowercase_word() && !t.is_any(DETERMINERS))
    {
        return false;
    }
    // "said of Cruz", "says directly to the camera" are adverbials too.
    let starts_adverbial = is_time_word(first)
        || first.is_any(ADVERBIAL_PREPOSITIONS)
        || first.is_any(&["of", "about"])
        || first.is_lowercase_word() && first.text.ends_with("ly")
        || first.is_punct(',');
    starts_adverbial && !has_clause(rest)
}

/// Does `tail` hold a clause of its own (a subject pronoun or a finite auxiliary)?
fn has_clause(tail: &[Token]) -> bool {
    tail.iter().any(|t| {
        t.is_any(&[
            "he", "she", "they", "it", "we", "i", "is", "are", "was", "were", "has", "have", "had",
            "will", "would",
        ])
    })
}

/// The start of a name ending right before the comma at `comma` ("Jo Roe" in "..., Jo Roe, a doctor,"),
/// when a comma or quote mark precedes the name.
fn name_before_comma(tokens: &[Token], comma: usize) -> Option<usize> {
    let mut k = comma;
    while k > 0
        && comma - k < 6
        && (tokens[k - 1].is_capitalised() || is_initial_period(tokens, k - 1))
    {
        k -= 1;
    }
    (k < comma && k > 0 && (tokens[k - 1].is_punct(',') || tokens[k - 1].is_quote_mark()))
        .then_some(k)
}

fn is_closing_quote_before(tokens: &[Token], c: usize) -> bool {
    c > 0 && tokens[c - 1].is_quote_mark()
}

/// The content of a content-first frame: the unit up to token `stop` (a comma or quote mark), with at
/// least three words.
fn content_before(tokens: &[Token], stop: usize) -> Option<Span> {
    let words = tokens[..stop]
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count();
    if words < 3 {
        return None;
    }
    // A subordinate clause alone before the comma is not what the source said; followed by its main
    // clause ("Even if the department closed, its work would go on, said X") it is.
    let leads = tokens[0].is_any(SUBORDINATORS)
        || tokens[0].is("even") && tokens.get(1).is_some_and(|t| t.is_any(SUBORDINATORS));
    if leads && !tokens[0].is("as") && !tokens[1..stop].iter().any(|t| t.is_punct(',')) {
        return None;
    }
    let span = Span::new(tokens[0].span.start, tokens[stop].span.end);
    let trimmed = trim_quotes(tokens, span);
    (!trimmed.is_empty()).then_some(trimmed)
}
