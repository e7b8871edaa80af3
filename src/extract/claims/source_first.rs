//! Source-first frames: `SOURCE [aux] CUE [that] CONTENT`, with what may stand between the source
//! and its cue (appositives, relative clauses, party tags, parentheses, a long subject's
//! postmodifier) and how the content runs after the cue.

use super::clause_frames::{is_relative_subject, participle_subject};
use super::content_span::{content_start, CONTENT_PREPOSITIONS};
use super::frames::{content_end, trim_quotes, Frame};
use super::lexicon::*;
use super::source_phrase::{source_before, valid_source};
use super::tokens::{Token, TokenKind};
use super::verb_group::{contracted_auxiliary, cue_of, skip_to_source};
use crate::extract::cues;
use crate::extract::Span;

/// `SOURCE [aux] CUE ... CONTENT`.
pub(super) fn source_first(
    tokens: &[Token],
    c: usize,
    ce: usize,
    lemma: &'static str,
) -> Option<Frame> {
    let (mut end, negated) = skip_to_source(tokens, c);
    if end > 0 && tokens[end - 1].is_any(BE_FORMS) {
        return None;
    }
    // "He's suggesting that A", "they've argued A": the pronoun is the source, the contraction an
    // auxiliary.
    if let Some(clitic) = end
        .checked_sub(1)
        .and_then(|k| contracted_auxiliary(&tokens[k]))
    {
        let mut frame = finish_source_first(tokens, (c, ce), lemma, end - 1, end, false, negated)?;
        frame.source.end -= clitic;
        return Some(frame);
    }
    // "X, who told reporters ...", "idealists who wanted ...", "the community, which largely
    // supports ...": the source is the phrase before the relative pronoun. The source as written is
    // the pronoun; it refers to the phrase.
    if end > 1 && is_relative_subject(tokens, end - 1) {
        let before = if tokens[end - 2].is_punct(',') || tokens[end - 2].is_any(&["and", "but"]) {
            end - 2
        } else {
            end - 1
        };
        // The relative clause ends at its comma ("X, who wrote A, has been ..."); what follows is
        // the rest of the main clause, not a clause of its own.
        let mut frame = finish_source_first(tokens, (c, ce), lemma, end - 1, end, true, negated)?;
        frame.rest = None;
        // "those who say", "a rare candidate who hopes", "and who hoped": the pronoun is the
        // source as written even when no source phrase stands before it to refer to.
        frame.refers_to = source_before(tokens, skip_parenthesis(tokens, before))
            .map(|(s, e, _)| Span::new(tokens[s].span.start, tokens[e - 1].span.end));
        return Some(frame);
    }
    // "X VERBed ... and said CONTENT": the source is the subject of the unit.
    if end > 0 && tokens[end - 1].is_any(&["and", "but"]) && tokens[end - 1].is_lowercase_word() {
        let (s, e) = participle_subject(tokens, c)?;
        // "Homeowners paid a premium, and suddenly a developer comes in and wants": a clause
        // joined by ", and" has a subject of its own.
        // (", but told city leaders", right before the cue, joins the cue itself.)
        // (Not a ", and" inside a quotation closed before the cue: "called the deal “a first
        // step, and only a first step,” and said".)
        let quoted =
            |k: usize| tokens[k..end].iter().filter(|t| t.is_quote_mark()).count() % 2 == 1;
        let new_clause = (e..end.saturating_sub(2)).any(|k| {
            tokens[k].is_punct(',') && tokens[k + 1].is_any(&["and", "but"]) && !quoted(k)
        });
        if e >= end
            || new_clause
            || e == s + 1
                && tokens[s].is("it")
                && tokens[e].is_any(BE_FORMS)
                && infinitive_conjunct(tokens, e, end - 1)
        {
            return None;
        }
        return finish_source_first(tokens, (c, ce), lemma, s, e, false, negated);
    }
    // "Sen. X (D-Calif.) last week said": a time phrase after the party tag says when.
    let mut untimed = end;
    while untimed > 1 && is_time_word(&tokens[untimed - 1]) {
        untimed -= 1;
    }
    if untimed < end && tokens[untimed - 1].is_punct(')') {
        end = untimed;
    }
    end = skip_parenthesis(tokens, skip_party_tag_comma(tokens, end));
    // An appositive ending in a quotation ("X, who called it ''unfair,'' said"): its comma sits
    // inside the closing quote marks.
    let mut unquoted = end;
    while unquoted > 1 && tokens[unquoted - 1].is_quote_mark() {
        unquoted -= 1;
    }
    if unquoted < end && tokens[unquoted - 1].is_punct(',') {
        end = unquoted;
    }
    // "X, an appositive or relative clause, said": the source is the phrase before the first comma.
    if end > 1 && tokens[end - 1].is_punct(',') {
        // A comma right before a closing quote mark is inside the quotation ("who called it
        // ''toxic,'' said"), not the one that opens the appositive.
        let mut open = (end.saturating_sub(30)..end - 1)
            .rev()
            .find(|&k| tokens[k].is_punct(',') && !tokens[k + 1].is_quote_mark())?;
        // "X, whose hometown, Miami, is projected ..., argues": a comma inside a relative
        // appositive; the appositive opens at the comma before its pronoun. (Not when what
        // stands between the last commas is a name: "a bloc of nine governments, whose
        // secretary-general, Pavel Hornik, said" is Hornik's.)
        let name_between = tokens[open + 1..end - 1]
            .iter()
            .filter(|t| t.is_word())
            .all(|t| t.is_capitalised());
        let relative = (open.saturating_sub(12)..open)
            .rev()
            .find(|&k| {
                tokens[k].is_punct(',')
                    && tokens
                        .get(k + 1)
                        .is_some_and(|t| t.is_any(&["who", "whose", "which"]))
            })
            .filter(|_| !name_between);
        if let Some(relative) = relative {
            if !tokens[relative + 1..open]
                .iter()
                .any(|t| t.kind == TokenKind::Punct && matches!(t.text, "." | ";" | ":"))
            {
                open = relative;
            }
        }
        // The part between the commas is the name itself ("the spokesman, Col. Jane Roe, said",
        // "the armed group, the Free Highlands Front, denied"), with its article left out.
        let named = open + 1 + usize::from(tokens[open + 1].is("the"));
        let inner = &tokens[named..end - 1];
        if inner.last().is_some_and(|t| t.is_capitalised())
            && inner.iter().all(|t| {
                t.is_capitalised() || t.kind == TokenKind::Punct || t.is_any(&["of", "al", "bin"])
            })
            && valid_source(inner, false)
        {
            return finish_source_first(tokens, (c, ce), lemma, named, end - 1, false, negated);
        }
        end = open;
        // "Sanders, meanwhile, who sits at zero endorsements, said": a discourse adverb between
        // commas stands between the name and its relative clause.
        if end > 2
            && tokens[end - 1].is_lowercase_word()
            && tokens[end - 1].is_any(LEADING_DROPPABLE)
            && tokens[end - 2].is_punct(',')
        {
            end -= 2;
        }
        // "Yin May, 60, a doctor, said": an age before the appositive.
        if end > 2 && tokens[end - 1].kind == TokenKind::Number && tokens[end - 2].is_punct(',') {
            end -= 2;
        }
        // "Rep. Jo Harlan (D-Md.), chair of the committee, said": a party tag (or any bracket)
        // closes the subject's name before its appositive.
        let open = skip_parenthesis(tokens, end);
        if open < end && names_subject(tokens, open) {
            end = open;
        }
    }
    // "Byrne, the agent \u{2014} who was posted at the door \u{2014} states that", "X - a co-host on
    // his channel - told": a phrase between dashes stands where an appositive's commas would.
    // Only before a verb and nothing else: "His strong - and unwavering - support among" is a noun.
    let plain_verb = super::long_subject::is_plain_verb_form(&tokens[c]);
    if plain_verb && end > 1 && is_spaced_dash(tokens, end - 1) {
        if let Some(open) = (end.saturating_sub(30)..end - 1)
            .rev()
            .find(|&k| is_spaced_dash(tokens, k))
        {
            end = open;
        }
    }
    // "A poll from X released Monday found": a subject whose postmodifier the phrase walk cannot
    // cross keeps its head as the source.
    // A phrase right after a preposition is its object, not a subject ("Officials briefed by the
    // ministry said"): the long subject's head, when there is one, is the source instead.
    // (The long subject is walked at most once: lazily, and kept for the branch that uses it.)
    let mut long = None;
    let mut long_subject =
        || *long.get_or_insert_with(|| super::long_subject::head_before(tokens, end, c));
    let short = source_before(tokens, end).filter(|&(s, _, _)| {
        s == 0
            || !(tokens[s - 1].is_lowercase_word() && tokens[s - 1].is_any(OBJECT_PREPOSITIONS))
            || long_subject().is_none()
    });
    let Some((s, e, subordinate)) = short else {
        let (s, e, appositive) = long_subject()?;
        if tokens.get(ce).is_some_and(|t| t.is_punct(',')) && cues::flags(lemma).non_asserting() {
            return None;
        }
        let mut frame = finish_source_first(tokens, (c, ce), lemma, s, e, appositive, negated)?;
        // The appositive's content ends at its comma; what follows continues the main clause.
        frame.rest = None;
        return Some(frame);
    };
    // "As the paper reported, A": the "as" clause comments on the main clause, its content.
    if subordinate {
        if let Some(frame) =
            super::clause_frames::as_clause(tokens, (c, ce), lemma, (s, e), negated)
        {
            return Some(frame);
        }
    }
    let flags = cues::flags(lemma);
    // An object relative ("emails, which she said were all her work emails", "what he calls
    // corruption"): what the source said is the relative clause, from its pronoun on.
    if s > 0 && tokens[s - 1].is_any(&["who", "whom", "which", "what"]) {
        let relative = tokens[s - 1];
        // "what he was saying was false", "what voters are saying": a free relative with a
        // progressive names the talk, and says nothing about what it was ("what he calls
        // corruption", "what she said was a new plan" do).
        if relative.is("what")
            && tokens[e..c].iter().any(|t| t.is_any(BE_FORMS))
            && flags.act != crate::extract::Stance::Naming
        {
            return None;
        }
        // "a year in which he could add": the pronoun is a preposition's object, not the content's.
        // Its frame reports what follows the cue ("an op-ed in which she called for X").
        let after_preposition = s > 1 && tokens[s - 2].is_any(CONTENT_PREPOSITIONS);
        if after_preposition && relative.is_lowercase_word() {
            let mut frame = finish_source_first(tokens, (c, ce), lemma, s, e, true, negated)?;
            frame.rest = None;
            return Some(frame);
        }
        if !relative.is_lowercase_word() && s > 1 {
            return None;
        }
        // Like a subordinate clause, it ends at its comma: the main clause goes on after it.
        let mut frame = finish_source_first(tokens, (c, ce), lemma, s, e, true, negated)?;
        frame.content = Span::new(relative.span.start, frame.content.end);
        frame.rest = None;
        return Some(frame);
    }
    // "a group called the Fund", "one PAC called X": a naming participle after an indefinite noun
    // names a thing; "a nervous call from", "One aim of" are nouns. A past tense of another
    // non-asserting cue is speech: "A reporter asked whether", "a group of rabbis called for".
    if flags.non_asserting()
        && e == c
        && tokens[s].is_any(&["a", "an", "one", "another"])
        && (flags.act == crate::extract::Stance::Naming || !tokens[c].lower().ends_with("ed"))
    {
        return None;
    }
    // "Trump asked, looking pleased", "As the crowd began to chant, Jo ...": a comma right after a
    // question or a subordinate clause's cue leaves that cue without content.
    if tokens.get(ce).is_some_and(|t| t.is_punct(',')) && (flags.non_asserting() || subordinate) {
        return None;
    }
    finish_source_first(tokens, (c, ce), lemma, s, e, subordinate, negated)
}

/// Builds a source-first frame once its source `tokens[s..e]` is known.
pub(super) fn finish_source_first(
    tokens: &[Token],
    (c, ce): (usize, usize),
    lemma: &'static str,
    s: usize,
    e: usize,
    subordinate: bool,
    negated: bool,
) -> Option<Frame> {
    let start = content_start(tokens, ce, lemma)?;
    let unit_end = content_end(tokens, tokens.len());
    if start >= unit_end {
        return None;
    }
    let mut content_end_idx = unit_end;
    let mut rest = None;
    if subordinate {
        // The content runs to the comma that closes the subordinate clause (outside quotation marks),
        // stepping over an insertion inside it ("that John Kasich, the governor there, has").
        let mut in_quote = false;
        let mut skip_to = start;
        // A relative clause ends at a comma followed by its main clause's verb ("X, who has not
        // backed Y, appeared"), unless the content is a clause of its own ("who suggested that
        // Mr. Jager, under fire, would do better").
        let relative = |t: &Token| t.is_any(&["who", "whom", "which", "that", "what"]);
        let relative_content = !(start > 0 && tokens[start - 1].is("that"))
            && (relative(&tokens[s]) || s > 0 && relative(&tokens[s - 1]));
        for k in start..unit_end {
            if tokens[k].is_quote_mark() {
                in_quote = !in_quote;
            }
            if k < skip_to {
                continue;
            }
            if let Some(close) = (!in_quote && !relative_content)
                .then(|| super::content_span::insertion_close(tokens, k, unit_end))
                .flatten()
            {
                skip_to = close + 1;
                continue;
            }
            if !in_quote && tokens[k].is_punct(',') && unit_end - k > 4 {
                content_end_idx = k;
                let last = tokens
                    .last()
                    .map_or(tokens[unit_end - 1].span.end, |t| t.span.end);
                rest = Some(Span::new(tokens[k + 1].span.start, last));
                break;
            }
        }
    }
    if content_end_idx <= start {
        return None;
    }
    let (cue, cue_span) = cue_of(tokens, c, ce);
    Some(Frame {
        content: trim_quotes(
            tokens,
            Span::new(
                tokens[start].span.start,
                tokens[content_end_idx - 1].span.end,
            ),
        ),
        source: Span::new(tokens[s].span.start, tokens[e - 1].span.end),
        cue,
        lemma,
        cue_span,
        frame_negated: negated,
        rest,
        refers_to: None,
    })
}

/// Is `tokens[k]` the period of an initial or a title ("R." in "Michael R. Gordon", "Mr. Sykes")?
pub(super) fn is_initial_period(tokens: &[Token], k: usize) -> bool {
    super::tokens::is_abbreviation_period(tokens, k)
}

/// If `tokens[..end]` ends with a parenthesis ("Marco Rubio (R-Fla.)"), the index of its "(".
/// "Sen. Jo Harlan (R-Ariz.), said": the comma after a bracketed party tag closes the name's phrase,
/// not an appositive, so there is no opening comma to look for. Returns the end just after the
/// bracket (which [`skip_parenthesis`] then steps over), or `end` unchanged. Only a party tag
/// (`refer::is_party_tag`) is stepped over: other brackets before a comma keep the appositive reading.
fn skip_party_tag_comma(tokens: &[Token], end: usize) -> usize {
    if end < 3 || !tokens[end - 1].is_punct(',') || !tokens[end - 2].is_punct(')') {
        return end;
    }
    let open = skip_parenthesis(tokens, end - 1);
    if open == end - 1 {
        return end;
    }
    let tag: String = tokens[open + 1..end - 2].iter().map(|t| t.text).collect();
    // The tag's holder must be the subject: the name opens the clause or follows a comma or "and"
    // ("..., and Sen. Jo Harlan (R-Ariz.), said"). After "the aide to Rep. Jo Harlan (R-Ariz.)," the
    // comma closes an appositive whose opening comma comes before "the aide".
    if names_subject(tokens, open) && crate::extract::refer::is_party_tag(&tag) {
        end - 1
    } else {
        end
    }
}

/// Is there a name right before the bracket at `open` that is its clause's subject: opening the
/// clause or after a comma or "and" ("..., and Sen. Jo Harlan (R-Ariz.), said"), not the object of
/// a verb or preposition ("who worked for Sen. Lamar Alexander (R-Tenn.), one of ..., called it")?
fn names_subject(tokens: &[Token], open: usize) -> bool {
    let mut name = open;
    while name > 0
        && open - name < 8
        && (tokens[name - 1].is_capitalised() || tokens[name - 1].is_punct('.'))
    {
        name -= 1;
    }
    let subject =
        name == 0 || tokens[name - 1].is_punct(',') || tokens[name - 1].is_any(&["and", "but"]);
    subject && name < open
}

pub(super) fn skip_parenthesis(tokens: &[Token], end: usize) -> usize {
    if end > 0 && tokens[end - 1].is_punct(')') {
        if let Some(open) = (end.saturating_sub(10)..end - 1)
            .rev()
            .find(|&k| tokens[k].is_punct('('))
        {
            return open;
        }
    }
    end
}

/// A dash between words: an em or en dash, "--", or a hyphen with spaces around it (not the
/// hyphen inside "57-year-old").
fn is_spaced_dash(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    match t.text {
        "\u{2014}" | "\u{2013}" | "--" => true,
        "-" => k > 0 && tokens[k - 1].span.end < t.span.start,
        _ => false,
    }
}

/// "It is important for me to go ahead and affirm A": the verb before the "and" at `and_at` is an
/// infinitive, so the coordinated cue is one too, and an "it" opening the clause is no subject of
/// it (after a person, "X was quick to offer condolences and affirm A", the subject stays). An
/// infinitive is "to" and a lower-case word that is no determiner, pronoun or plural ("went to the
/// rally and said" is no infinitive).
fn infinitive_conjunct(tokens: &[Token], subject_end: usize, and_at: usize) -> bool {
    (subject_end..and_at)
        .rev()
        .take_while(|&k| !super::frames::is_clause_punct(&tokens[k]))
        .any(|k| {
            tokens[k].is("to")
                && tokens.get(k + 1).is_some_and(|v| {
                    v.is_lowercase_word()
                        && !v.is_any(DETERMINERS)
                        && !v.is_any(&["him", "her", "them", "us", "me", "it", "his", "their"])
                        && !v.text.ends_with('s')
                        && cues::attribution_noun_lemma(v.text).is_none()
                })
        })
}
