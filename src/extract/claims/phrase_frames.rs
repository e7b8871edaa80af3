//! Frames anchored on a fixed phrase or a colon rather than on a cue verb: "according to SOURCE,
//! CONTENT" (and the content-first order), "In a new poll, CONTENT" and "CONTENT in the latest poll"
//! (the poll is the source), and "Name: CONTENT" opening a headline or a transcript line.

use super::frames::{content_end, is_clause_punct, is_initial_period, trim_quotes, Frame};
use super::lexicon::{BE_FORMS, MODAL_AUXILIARIES, OBJECT_PREPOSITIONS, SUBORDINATORS};
use super::tokens::{Token, TokenKind};
use crate::extract::cues::source_first_phrases;
use crate::extract::Span;
/// Capitalised words before a colon that label a section, not a speaker ("Update: ...").
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "update", "updated", "related", "note", "editor", "editors", "photo", "photos", "watch",
    "video", "read", "breaking", "exclusive", "analysis", "opinion", "correction", "source",
    "sources", "q", "a", "live", "more", "see", "also", "listen", "warning", "advertisement",
];

/// "Paul Ryan: FBI decision defies explanation": a name and a colon opening the unit (headlines and
/// transcripts); the content is what follows the colon.
pub(super) fn name_colon(tokens: &[Token]) -> Option<Frame> {
    let colon = tokens.iter().take(7).position(|t| t.is_punct(':'))?;
    let name = &tokens[..colon];
    let is_name = !name.is_empty()
        && name
            .iter()
            .enumerate()
            .all(|(k, t)| t.is_capitalised() || is_initial_period(tokens, k))
        && (name.len() != 1 || !name[0].is_any(LABELS))
        && !name
            .iter()
            .any(|t| t.text.chars().all(|c| c.is_uppercase()) && t.text.len() > 3);
    let end = content_end(tokens, tokens.len()).max(colon + 1);
    let words = tokens[colon + 1..end]
        .iter()
        .filter(|t| t.is_word())
        .count();
    if !is_name || words < 3 {
        return None;
    }
    Some(Frame {
        content: trim_quotes(
            tokens,
            Span::new(tokens[colon + 1].span.start, tokens[end - 1].span.end),
        ),
        source: Span::new(name[0].span.start, name[colon - 1].span.end),
        cue: ":".to_string(),
        lemma: "say",
        cue_span: tokens[colon].span,
        frame_negated: false,
        rest: None,
        refers_to: None,
    })
}

/// Findings reported by their study: "In a Quinnipiac poll, Clinton led by 6 points".
#[rustfmt::skip]
const STUDY_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "report", "analysis", "census", "tally",
];

/// "In a new poll, CONTENT": the poll is the source of what follows the comma.
pub(super) fn in_a_poll(tokens: &[Token]) -> Option<Frame> {
    if !tokens.first()?.is("in") {
        return None;
    }
    let comma = tokens.iter().take(16).position(|t| t.is_punct(','))?;
    let end = content_end(tokens, tokens.len());
    // The study noun ends the phrase, or only who made it and when follow ("In the latest CNN
    // poll released Wednesday,", "In a survey by the council,").
    let noun = tokens[..comma]
        .iter()
        .rposition(|t| t.is_any(STUDY_NOUNS))?;
    let after_noun_ok = tokens.get(noun + 1).map_or(true, |t| {
        noun + 1 == comma
            || t.is_any(&[
                "released",
                "conducted",
                "published",
                "taken",
                "out",
                "by",
                "from",
                "of",
                "for",
            ])
    });
    if comma < 2 || noun == 0 || !after_noun_ok {
        return None;
    }
    // "In an online poll of 800 voters, conducted from Feb. 11 to Feb. 16, A": the poll's phrase
    // goes on to the next comma; the finding follows it.
    let goes_on = tokens[comma + 1].is_lowercase_word()
        && super::source_phrase::looks_like_verb(tokens[comma + 1].text);
    let comma = if goes_on {
        (comma + 1..end).find(|&k| tokens[k].is_punct(','))?
    } else {
        comma
    };
    if end <= comma + 3 {
        return None;
    }
    Some(Frame {
        content: trim_quotes(
            tokens,
            Span::new(tokens[comma + 1].span.start, tokens[end - 1].span.end),
        ),
        source: Span::new(tokens[1].span.start, tokens[comma - 1].span.end),
        cue: "in".to_string(),
        lemma: "according to",
        cue_span: tokens[0].span,
        frame_negated: false,
        rest: None,
        refers_to: None,
    })
}

/// How many words may stand between "in" and the poll noun ("in a new CNN/ORC national poll").
const MAX_POLL_MODIFIERS: usize = 6;

/// "Clinton stays well ahead of Sanders in latest poll", "Rubio moved to second in a survey from
/// Florida Southern College": a finding, then the poll that found it. The source runs from after
/// "in" to the end of the poll's phrase (its clause punctuation or a conjunction); the content is
/// the unit before "in". Polls and surveys only: "in a report" is as often where a thing was said.
pub(super) fn poll_after(tokens: &[Token]) -> Option<Frame> {
    let poll = |t: &Token| t.is_any(&["poll", "polls", "survey", "surveys"]);
    // Only the poll's own modifiers between "in" and the noun: "in a new CNN poll", not "in
    // campaign tools including polls".
    // A preposition or a relative inside the phrase makes it something else ("in three of nine
    // primaries where exit polls", "in Florida to take advantage of his falling poll numbers").
    let modifier = |t: &Token| {
        t.is_word()
            && !t.is_any(SUBORDINATORS)
            && !t.is_any(&["including", "and", "or", "where", "which", "that", "who"])
            && !(t.is_lowercase_word() && t.is_any(OBJECT_PREPOSITIONS))
            && !t.is("to")
            || t.kind == TokenKind::Number
            || t.text == "-"
    };
    // "an NBC News/Wall Street Journal/Marist poll": pollsters joined by slashes, which do not
    // count against the modifiers, nor do the capitalised words of their names.
    // "in the RealClearPolitics average of recent polls": an average of polls is one.
    let reaches_poll = |from: usize| {
        let mut lower = 0;
        for (j, t) in tokens.iter().enumerate().skip(from) {
            if poll(t) {
                return true;
            }
            if t.text == "/" || t.is_capitalised() || t.is("of") && tokens[j - 1].is("average") {
                continue;
            }
            lower += 1;
            if !modifier(t) || lower > MAX_POLL_MODIFIERS {
                return false;
            }
        }
        false
    };
    let k = (3..tokens.len()).find(|&k| tokens[k].is("in") && reaches_poll(k + 1))?;
    // "as he rises in the polls": the finding is the subordinate clause, not the whole unit; "as X
    // starts a swing, he remains popular in a poll": the main clause after its comma.
    let start = (0..k)
        .rev()
        .find(|&j| tokens[j].is_lowercase_word() && tokens[j].is_any(SUBORDINATORS))
        .map_or(0, |j| {
            (j + 1..k)
                .rev()
                .find(|&m| tokens[m].is_punct(','))
                .map_or(j + 1, |m| m + 1)
        });
    let words_before = tokens[start..k].iter().filter(|t| t.is_word()).count();
    if words_before < 3 {
        return None;
    }
    // The source ends at the poll noun, or runs on through who made it ("a survey from Kessa
    // College", "a poll by CNN"); "in the polls behind his rivals" is no part of it.
    let noun = (k + 1..tokens.len()).find(|&j| poll(&tokens[j]))?;
    let mut end = noun + 1;
    if tokens
        .get(end)
        .is_some_and(|t| t.is_any(&["of", "from", "by", "conducted", "released"]))
    {
        while end < tokens.len()
            && end - k <= 12
            && !is_clause_punct(&tokens[end])
            && !tokens[end].is_any(&["and", "but", "while", "as", "which", "that", "where"])
            && !tokens[end].is_any(BE_FORMS)
            && !tokens[end].is_any(MODAL_AUXILIARIES)
        {
            end += 1;
        }
    }
    let mut content_stop = k;
    while content_stop > 0 && is_clause_punct(&tokens[content_stop - 1]) {
        content_stop -= 1;
    }
    Some(Frame {
        content: trim_quotes(
            tokens,
            Span::new(tokens[start].span.start, tokens[content_stop - 1].span.end),
        ),
        source: Span::new(tokens[k + 1].span.start, tokens[end - 1].span.end),
        cue: "in".to_string(),
        lemma: "according to",
        cue_span: tokens[k].span,
        frame_negated: false,
        rest: None,
        refers_to: None,
    })
}

/// "according to SOURCE, CONTENT" and "CONTENT, according to SOURCE".
pub(super) fn according_to(tokens: &[Token], i: usize) -> Option<Frame> {
    let phrase = source_first_phrases().iter().find(|p| {
        p.split(' ')
            .enumerate()
            .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.is(w)))
    })?;
    let n = phrase.split(' ').count();
    let src_start = i + n;
    let mut src_end = src_start;
    while src_end < tokens.len() && !is_clause_punct(&tokens[src_end]) && src_end - src_start < 12 {
        src_end += 1;
    }
    if src_end == src_start {
        return None;
    }
    let source = Span::new(tokens[src_start].span.start, tokens[src_end - 1].span.end);
    let cue_span = Span::new(tokens[i].span.start, tokens[i + n - 1].span.end);
    let unit_end = content_end(tokens, tokens.len());
    // Content before the phrase when there is some (at least four tokens), else after the source.
    let before_words = tokens[..i]
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count();
    // "Notably absent, according to members, was any mention of ...", "In Iowa, Trump is in first,
    // according to the polls, although Carson keeps it close": the sentence goes on after the
    // source; the content is all of it.
    let goes_on = src_end < unit_end
        && super::content_first::continues_content(tokens, src_end + 1, unit_end);
    let content = if goes_on && before_words >= 1 {
        Span::new(tokens[0].span.start, tokens[unit_end - 1].span.end)
    } else if before_words >= 4 {
        let mut end = i;
        while end > 0 && is_clause_punct(&tokens[end - 1]) {
            end -= 1;
        }
        Span::new(tokens[0].span.start, tokens[end - 1].span.end)
    } else {
        let mut start = src_end;
        while start < tokens.len() && is_clause_punct(&tokens[start]) {
            start += 1;
        }
        if start >= unit_end {
            return None;
        }
        Span::new(tokens[start].span.start, tokens[unit_end - 1].span.end)
    };
    Some(Frame {
        content: trim_quotes(tokens, content),
        source,
        cue: phrase.to_string(),
        lemma: "according to",
        cue_span,
        frame_negated: false,
        rest: None,
        refers_to: None,
    })
}
