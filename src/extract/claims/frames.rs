//! Attribution frames: where a clause unit reports what a source says, and which part is the content.
//!
//! The frames recognised, over tokens of one clause unit (a sentence):
//!
//! | frame                                   | source             | content                          |
//! |-----------------------------------------|--------------------|----------------------------------|
//! | `SOURCE [aux] CUE [that] CONTENT`       | NP before the cue  | after the cue (and "that")       |
//! | `SOURCE told OBJECT [that] CONTENT`     | NP before the cue  | after the object                 |
//! | `SOURCE CUE in a statement ... that C`  | NP before the cue  | after the "that" ending the PP   |
//! | `CONTENT, SOURCE CUE [adverbials].`     | NP after the comma | unit start to the comma          |
//! | `CONTENT, CUE SOURCE [adverbials].`     | NP after the cue   | unit start to the comma          |
//! | `according to SOURCE, CONTENT`          | NP after "to"      | after the comma                  |
//! | `CONTENT, according to SOURCE.`         | NP after "to"      | unit start to the comma          |
//! | `SOURCE VERBed ..., saying (that) C`    | first NP of unit   | after "saying"                   |
//!
//! Cues come from [`crate::extract::cues`], one or two words, with what may stand between them and
//! the source ([`super::verb_group`]); a cue form after a determiner ("the report") or after "to"
//! ("declined to say", unless a catenative: "continued to say") or a form of "be" ("is said to",
//! unless progressive: "is arguing") is not a frame. A frame inside a
//! subordinate clause ("while the Pentagon estimates that A, B") ends its content at the clause's
//! comma and hands the rest of the unit back as `rest`, the main clause, which may be an outlet claim.
//! The content-first frames live in [`super::content_first`], the frames anchored on a phrase
//! ("according to", "In a poll,", "Name:") in [`super::phrase_frames`], the source phrase in
//! [`super::source_phrase`], the source-first frame in [`super::source_first`], the content span in [`super::content_span`]. Appositives ("X, a spokesman, said"),
//! relative clauses ("X, who ..., told"), parentheses ("Rubio (R-Fla.) said") and coordination ("X
//! praised Y and said") are stepped over to find the source.

use super::clause_frames::participle_subject;
use super::content_span::{content_start, drop_leading_adverbial, end_at_closing_quote};
use super::lexicon::*;
use super::phrase_frames::{according_to, in_a_poll, name_colon, poll_after};
use super::quantities::is_number_word;
use super::source_first::source_first;
pub(super) use super::source_first::{finish_source_first, is_initial_period, skip_parenthesis};
pub(super) use super::source_phrase::{looks_like_verb, valid_source};
use super::tokens::{Token, TokenKind};
use super::verb_group::{
    catenative_before, contracted_auxiliary, cue_at, cue_of, predicate_frame_ok,
};
use crate::extract::cues;
use crate::extract::Span;

/// One attribution found in a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The reported content (quotation marks trimmed).
    pub content: Span,
    /// The source as written ("a senior State Department official", "he").
    pub source: Span,
    /// The cue as written, lower case ("said", "according to").
    pub cue: String,
    /// The cue's lemma ("say", "according to").
    pub lemma: &'static str,
    pub cue_span: Span,
    /// A negation between source and cue ("did not say").
    pub frame_negated: bool,
    /// The main clause after a frame in a subordinate clause.
    pub rest: Option<Span>,
    /// What a relative-pronoun source stands for ("Jo Roe" when the source is the "who" of "Jo Roe,
    /// who said").
    pub refers_to: Option<Span>,
}

/// Finds the frames of one unit, in text order.
pub fn find(tokens: &[Token]) -> Vec<Frame> {
    let title_case = is_title_case(tokens);
    let mut frames = Vec::new();
    frames.extend(name_colon(tokens).or_else(|| in_a_poll(tokens)));
    let mut i = 0;
    while i < tokens.len() {
        if let Some(frame) = according_to(tokens, i) {
            frames.push(frame);
            i += 2;
            continue;
        }
        if let Some(frame) = super::clause_frames::as_passive(tokens, i) {
            frames.push(frame);
            i += 3;
            continue;
        }
        if let Some(frame) = super::support_frames::support_received(tokens, i) {
            frames.push(frame);
            i += 1;
            continue;
        }
        // In a title-case headline only the headline's own subject speaks ("Pence Endorses ..."),
        // not a capitalised phrase inside it.
        if let Some(mut frame) = verb_frame(tokens, i, title_case, frames.last())
            .filter(|f| !title_case || opens_unit(tokens, f.source.start))
            .filter(|f| super::agents::speaker_can_speak(tokens, f))
        {
            end_light_verb_object(tokens, i, &mut frame);
            frames.push(frame);
        }
        i += 1;
    }
    // A later frame joined by a comma or conjunction ends the content of the one before it
    // ("A said X, and B said Y"); a frame nested right at the start of another's content is reported
    // speech inside reported speech and leaves the outer content whole.
    for k in 1..frames.len() {
        let (before, after) = frames.split_at_mut(k);
        let next = &after[0];
        // ("A told B that he believes C, according to D": D's frame ends both contents.)
        let reach = if next.lemma == "according to" { 2 } else { 1 };
        for prev in before.iter_mut().rev().take(reach) {
            if next.source.start > prev.content.start && next.source.start < prev.content.end {
                let idx = tokens
                    .iter()
                    .position(|t| t.span.start >= next.source.start)
                    .unwrap_or(0);
                let mut j = idx;
                let mut joined = false;
                while j > 0 && tokens[j - 1].span.start >= prev.content.start {
                    let t = &tokens[j - 1];
                    if t.is_any(&["and", "but", "while", "whereas"])
                        || t.is_punct(',')
                        || t.is_punct(';')
                    {
                        joined = true;
                        j -= 1;
                    } else if t.is("to") && j >= 2 && tokens[j - 2].is("according") {
                        // "A said B, according to C": the source phrase's own words.
                        j -= 2;
                    } else {
                        break;
                    }
                }
                if joined && j > 0 && tokens[j - 1].span.end > prev.content.start {
                    prev.content.end = tokens[j - 1].span.end;
                }
            }
        }
    }
    for f in &mut frames {
        // "declined to comment": an infinitive content is not an adverbial.
        let infinitive = cues::flags(f.lemma).infinitive
            && tokens
                .iter()
                .find(|t| t.span.start >= f.content.start)
                .is_some_and(|t| t.is("to"));
        if !infinitive {
            f.content = drop_leading_adverbial(tokens, f.content);
        }
        f.content = end_at_closing_quote(tokens, f);
    }
    // "voiced his support for X": the light verb's frame names the subject; the nominal frame
    // of the same noun would repeat it with the possessive as its source.
    let light: Vec<Span> = frames
        .iter()
        .filter(|f| f.cue.contains(' '))
        .map(|f| f.cue_span)
        .collect();
    frames.extend(
        super::nominal::find(tokens)
            .into_iter()
            .filter(|n| !light.iter().any(|l| l.contains(n.cue_span))),
    );
    // "Clinton stays ahead in latest poll": a finding and its poll, when nothing else frames it.
    if frames.is_empty() {
        frames.extend(poll_after(tokens));
    }
    frames.retain(|f| f.content.len() > 2);
    frames
}

/// Does a statement or document noun end right before `n` ("issued a statement saying"), or
/// before a short phrase naming whom it went to ("sent a letter to the board saying")? `None` if
/// not; otherwise the verb that put it out, when there is one ("issued", "sent"): its subject is
/// the statement's author.
fn statement_before(tokens: &[Token], n: usize) -> Option<Option<usize>> {
    let statement_noun = |t: &Token| {
        t.is_lowercase_word()
            && (cues::attribution_noun_lemma(t.text).is_some()
                || crate::extract::refer::is_document_noun(
                    t.lower().strip_suffix('s').unwrap_or(&t.lower()),
                ))
    };
    // A document is the subject's own when the subject put it out ("sent a letter", "issued a
    // report"); "cites a memo saying" reports the memo's author.
    let issuing_verb = |noun: usize| {
        (noun.saturating_sub(4)..noun).rev().find(|&k| {
            tokens[k].is_lowercase_word()
                && (tokens[k].is_any(LIGHT_VERBS)
                    || tokens[k].is_any(&["posted", "published", "wrote", "signed", "carrying"]))
        })
    };
    let issued = |noun: usize| match issuing_verb(noun) {
        Some(v) => Some(Some(v)),
        None => cues::attribution_noun_lemma(tokens[noun].text).map(|_| None),
    };
    if statement_noun(&tokens[n - 1]) {
        return issued(n - 1);
    }
    (n.saturating_sub(6)..n.saturating_sub(1))
        .rev()
        .take_while(|&k| tokens[k + 1].kind != TokenKind::Punct)
        .find(|&k| {
            k > 0
                && tokens[k].is_lowercase_word()
                && tokens[k].is("to")
                && statement_noun(&tokens[k - 1])
                && !cues::attribution_noun_lemma(tokens[k - 1].text)
                    .is_some_and(|l| cues::flags(l).view)
        })
        .and_then(|k| issued(k - 1))
}

/// A light verb's noun with a preposition ("voiced support for X") reports on one thing: like
/// a nominal frame, its content ends at the next clause punctuation ("X, which runs ...").
fn end_light_verb_object(tokens: &[Token], c: usize, frame: &mut Frame) {
    let prepositional = tokens[c].is_any(LIGHT_VERBS)
        && frame
            .cue
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "for" | "about" | "of" | "on" | "against" | "over"));
    if !prepositional {
        return;
    }
    // "expressed concern about the letter and said it ...": a coordinated verb ends it too.
    let coordinated = |p: usize| {
        tokens[p].is_lowercase_word()
            && tokens[p].is_any(&["and", "but"])
            && tokens.get(p + 1).is_some_and(|v| {
                v.is_lowercase_word()
                    && (cues::claim_verb_lemma(v.text).is_some() || looks_like_verb(v.text))
            })
    };
    if let Some(p) = (0..tokens.len())
        .find(|&p| {
            tokens[p].span.start > frame.content.start
                && (is_clause_punct(&tokens[p]) || coordinated(p))
        })
        .filter(|&p| tokens[p].span.start < frame.content.end)
    {
        frame.content.end = tokens[p - 1].span.end;
    }
}

pub(super) fn is_clause_punct(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text, "," | ";" | ":" | "." | "?" | "!" | "(" | ")")
        || t.is_quote_mark()
        || t.kind == TokenKind::Punct && matches!(t.text, "\u{2013}" | "\u{2014}")
}

/// The index after the last content token of the unit: drops final punctuation.
pub(super) fn content_end(tokens: &[Token], end: usize) -> usize {
    let mut e = end;
    while e > 0 && tokens[e - 1].kind == TokenKind::Punct && !tokens[e - 1].is_quote_mark() {
        e -= 1;
    }
    e
}

/// Trims quotation marks and punctuation from both ends of a content span.
pub(super) fn trim_quotes(tokens: &[Token], span: Span) -> Span {
    let inside: Vec<&Token> = tokens.iter().filter(|t| span.contains(t.span)).collect();
    let mut a = 0;
    let mut b = inside.len();
    while a < b && inside[a].kind == TokenKind::Punct {
        a += 1;
    }
    while b > a && inside[b - 1].kind == TokenKind::Punct {
        b -= 1;
    }
    if a >= b {
        return Span::new(span.start, span.start);
    }
    Span::new(inside[a].span.start, inside[b - 1].span.end)
}

/// Does a phrase starting at byte `start` open the unit, or follow only a dash or colon
/// ("Crash Seems Likely — Jo Roe Says ...")?
fn opens_unit(tokens: &[Token], start: usize) -> bool {
    let Some(k) = tokens.iter().position(|t| t.span.start == start) else {
        return false;
    };
    k == 0
        || tokens[k - 1].kind == TokenKind::Punct
            && matches!(tokens[k - 1].text, ":" | "\u{2013}" | "\u{2014}" | "-")
}

/// A headline written in title case ("Pence Endorses Paul Ryan With Praise"): every word of four
/// letters or more capitalised, so a capitalised cue is still a cue.
fn is_title_case(tokens: &[Token]) -> bool {
    let long: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.is_word() && t.text.chars().count() >= 4)
        .collect();
    long.len() >= 3 && long.iter().all(|t| t.is_capitalised())
}

/// A frame anchored on a speech verb at `c`.
/// `prev` is the frame found last in the unit: the subject of a participle that follows it ("X said,
/// adding that ...").
fn verb_frame(
    tokens: &[Token],
    c: usize,
    title_case: bool,
    prev_frame: Option<&Frame>,
) -> Option<Frame> {
    let (lemma, ce) = cue_at(tokens, c, title_case)?;
    if super::cue_use::not_an_attribution(tokens, c, ce, lemma) {
        return None;
    }
    // "secretary of state", "swing states,": a noun-like form is a cue only before "that" or the
    // end of the sentence ("the report states that", ", the document states.").
    if cues::flags(lemma).nounlike
        && tokens.get(ce).is_some_and(|t| {
            !t.is("that") && !t.is_quote_mark() && !matches!(t.text, "." | "!" | "?")
        })
    {
        return None;
    }
    // "framed their remarks by portraying X as", "After saying A, X ...": a gerund after a
    // preposition of manner or time shares the subject of the clause.
    if tokens[c].lower().ends_with("ing")
        && c > 0
        && tokens[c - 1].is_any(super::clause_frames::GERUND_PREPOSITIONS)
    {
        // Inside the content of a frame before it, the gerund's subject is that content's, unknown here.
        if prev_frame.is_some_and(|f| f.content.contains(tokens[c].span)) {
            return None;
        }
        return super::clause_frames::preposition_participle(tokens, c, ce, lemma);
    }
    // "in hopes of", "for support": a form right after a preposition is a noun.
    if c > 0
        && tokens[c - 1].is_lowercase_word()
        && tokens[c - 1].is_any(&["in", "of", "for", "with", "at", "on", "from", "by"])
    {
        return None;
    }
    let prev = c.checked_sub(1).map(|p| tokens[p]);
    // "His 34% support among women", "more than 60% support:": after a share, an attribution noun
    // before a preposition or punctuation is the noun ("68% support the ban" is the verb).
    if prev.is_some_and(|p| p.text == "%")
        && cues::attribution_noun_lemma(&tokens[c].lower()).is_some()
        && tokens.get(ce).is_none_or(|t| {
            t.kind == TokenKind::Punct
                || t.is_any(&["among", "in", "from", "on", "at", "with", "for"])
        })
    {
        return None;
    }
    let ing = tokens[c].lower().ends_with("ing");
    // "is promising to", "have been urging": a progressive is active, unlike "is said to".
    let progressive = ing && {
        let mut k = c;
        while k > 0 && tokens[k - 1].is_any(AUX_BEFORE_CUE) {
            k -= 1;
        }
        k > 0 && (tokens[k - 1].is_any(BE_FORMS) || contracted_auxiliary(&tokens[k - 1]).is_some())
    };
    // "continued to assert", "went on to say": the cue is the verb after a catenative.
    let catenative = prev.is_some_and(|p| p.is("to")) && catenative_before(tokens, c - 1).is_some();
    // "Several said": a quantifier alone (opening the unit or a clause) is the source itself; a
    // clause may open with a conjunction or a subordinator ("But few believe", "although most
    // oppose it", "even though several oppose").
    let lone_quantifier = prev.is_some_and(|p| p.is_any(QUANTIFIER_SOURCES))
        && (c < 2
            || tokens[c - 2].kind == TokenKind::Punct
            || tokens[c - 2].is_any(QUANTIFIER_OPENERS));
    if let Some(frame) = super::passive::passive(tokens, c, ce, lemma)
        .or_else(|| super::passive::appositive_passive(tokens, c, ce, lemma))
    {
        return Some(frame);
    }
    // "is skeptical of", "was eager to": a stance adjective only after "be", before its complement.
    let predicate = cues::flags(lemma).predicate;
    if predicate && !predicate_frame_ok(tokens, c, ce) {
        return None;
    }
    // "one in five say": the number ends a count of people, it determines no noun.
    let count = c >= 2
        && tokens[c - 2].is("in")
        && prev.is_some_and(|p| p.kind == TokenKind::Number || is_number_word(&p));
    // "Richards and Menendez both stressed", "they all agree": a quantifier floating after its
    // noun phrase determines nothing.
    let floating = c >= 2
        && prev.is_some_and(|p| p.is_lowercase_word() && p.is_any(FLOATING_BEFORE_CUE))
        && tokens[c - 2].is_word()
        && !tokens[c - 2].is_any(DETERMINERS)
        && !tokens[c - 2].is_any(OBJECT_PREPOSITIONS)
        && !(tokens[c - 2].is_lowercase_word() && tokens[c - 2].is_any(SOURCE_BOUNDARIES));
    if prev.is_some_and(|p| {
        p.is_any(DETERMINERS)
            && !p.is_any(&["that", "one"])
            && !lone_quantifier
            && !count
            && !floating
            || p.is("to") && !catenative
            || p.is_any(BE_FORMS) && !progressive && !predicate
    }) {
        return None;
    }
    // "the group accused of shelling", "a man charged with fraud": with no accused between the
    // verb and its preposition, the verb is a passive participle describing the noun before it.
    if cues::flags(lemma).accusing
        && tokens
            .get(ce)
            .is_some_and(|t| t.is_any(&["of", "for", "with"]))
    {
        return None;
    }
    // "backed down from", "shot off": a particle makes another verb.
    if tokens
        .get(ce)
        .is_some_and(|t| t.is_any(&["down", "up", "off", "away", "out", "back", "over"]))
    {
        return None;
    }
    // "agreed to set up", "promised to help": an infinitive after the cue is an action, not speech.
    // "said to reporters" keeps its frame: "to" before an audience. A cue whose content may be an
    // infinitive ("declined to comment", "wants to run") keeps it.
    let flags = cues::flags(lemma);
    if !flags.infinitive
        && tokens.get(ce).is_some_and(|t| t.is("to"))
        && tokens.get(ce + 1).is_some_and(|t| {
            t.is_lowercase_word()
                && !t.is_any(DETERMINERS)
                && !t.is_any(&[
                    "reporters",
                    "journalists",
                    "me",
                    "him",
                    "her",
                    "us",
                    "them",
                    "lawmakers",
                ])
        })
    {
        return None;
    }
    // "..., saying (that) CONTENT": the source is the subject of the unit.
    if ing && !progressive {
        // "..., saying", or a statement noun before it: "issued a statement saying ...".
        // A time phrase may stand between them: "released a statement Thursday night condemning".
        let mut n = c;
        while n > 1 && (is_time_word(&tokens[n - 1]) || tokens[n - 1].is("on")) {
            n -= 1;
        }
        // Inside a relative clause ("the ACLU, which released a statement questioning") the
        // statement's author is the pronoun's phrase, not the unit's subject.
        let relative = (n.saturating_sub(8)..n)
            .any(|k| k > 0 && tokens[k].is_any(&["who", "which"]) && tokens[k - 1].is_punct(','));
        let statement = (n > 0 && !relative)
            .then(|| statement_before(tokens, n))
            .flatten();
        if !prev.is_some_and(|p| p.is_punct(',')) && statement.is_none() {
            // "with polls showing A": an absolute phrase has its own subject.
            return super::clause_frames::with_participle(tokens, c, ce, lemma)
                .or_else(|| super::clause_frames::noun_participle(tokens, c, ce, lemma))
                .or_else(|| super::clause_frames::opening_participle(tokens, c, ce, lemma));
        }
        let start = content_start(tokens, ce, lemma)?;
        let end = content_end(tokens, tokens.len());
        if start >= end {
            return None;
        }
        let (cue, cue_span) = cue_of(tokens, c, ce);
        // '"...," the aide said, adding that ...': the participle shares the subject of the
        // attribution before it in the unit; otherwise the subject is the unit's first noun phrase.
        // "the Pentagon issued a report Tuesday claiming", "Preston, the general counsel, sent an
        // e-mail warning": the subject of the verb that put the statement out.
        let issuer = statement
            .flatten()
            .map(|v| source_first(tokens, v, ce, lemma).map(|f| (f.source, f.refers_to)));
        let (source, refers_to) =
            match prev_frame.filter(|f| f.cue_span.end <= tokens[c].span.start) {
                _ if issuer.is_some() => issuer.flatten()?,
                Some(f) => (f.source, f.refers_to),
                None => {
                    let (s, e) = participle_subject(tokens, c)?;
                    (
                        Span::new(tokens[s].span.start, tokens[e - 1].span.end),
                        None,
                    )
                }
            };
        return Some(Frame {
            content: trim_quotes(
                tokens,
                Span::new(tokens[start].span.start, tokens[end - 1].span.end),
            ),
            source,
            cue,
            lemma,
            cue_span,
            frame_negated: false,
            rest: None,
            refers_to,
        });
    }
    if flags.view {
        // A stance seldom ends a sentence as an attribution (", he supported" is not one), but a
        // finding does (", a new poll has found."): content first only when the cue closes the unit.
        let closes = tokens[ce..content_end(tokens, tokens.len())]
            .iter()
            .all(|t| is_time_word(t));
        if closes {
            // ", as Sanders proposes.", ", and she also knew.", ", a nonprofit supporting ...": a
            // clause of its own, or a participle phrase, is no source.
            let plain = |f: &Frame| {
                let src: Vec<&Token> = tokens
                    .iter()
                    .filter(|t| f.source.contains(t.span))
                    .collect();
                src.first()
                    .is_some_and(|t| !t.is_any(SUBORDINATORS) && !t.is_any(&["and", "but", "or"]))
                    && !src
                        .iter()
                        .any(|t| t.is_lowercase_word() && looks_like_verb(t.text))
            };
            if let Some(frame) =
                super::content_first::content_first(tokens, c, ce, lemma).filter(|f| plain(f))
            {
                return Some(frame);
            }
        }
        return source_first(tokens, c, ce, lemma);
    }
    // A light verb's noun takes its content after it ("delivered a promise to ..."), never before.
    let light = ce > c + 1 && tokens[c].is_any(LIGHT_VERBS);
    if let Some(frame) =
        super::content_first::content_first(tokens, c, ce, lemma).filter(|_| !light)
    {
        // "Under the plan, China is promising to ...": an adverbial alone is no content; the
        // frame is source-first after all.
        if drop_leading_adverbial(tokens, frame.content).len() > 2 {
            return Some(frame);
        }
    }
    source_first(tokens, c, ce, lemma)
}
