//! Frames whose source sits in a small clause of its own rather than before the main verb:
//!
//! | frame                                   | source             | content                          |
//! |-----------------------------------------|--------------------|----------------------------------|
//! | `with SOURCE CUE-ing CONTENT`           | NP after "with"    | after the participle             |
//! | `As SOURCE CUE-ed, CONTENT`             | NP after "as"      | the main clause after the comma  |
//! | `CONTENT, as SOURCE CUE-ed.`            | NP after "as"      | unit start to the comma          |
//! | `SOURCE VERBed ... by CUE-ing CONTENT`  | the clause's subject | after the gerund               |
//! | `After CUE-ing CONTENT, SOURCE ...`     | NP after the comma | after the gerund, to the comma   |
//! | `NOUN CUE-ing CONTENT`                  | the noun before it | after the participle             |
//! | `CUE-ing CONTENT, SOURCE ...`           | NP after the comma | after the participle, to the comma |
//!
//! "with polls showing Clinton ahead" is an absolute phrase: its noun phrase is the participle's
//! subject, whatever the main clause is about. "As the paper reported, A" reports A: the "as"
//! clause is a comment on the main clause, unlike other subordinate clauses ("while the ministry
//! estimates that A, B"), whose content stays inside them.

use super::frames::{content_end, trim_quotes, Frame};
use super::lexicon::{
    is_time_word, ADVERBIAL_PREPOSITIONS, AUX_BEFORE_CUE, BE_FORMS, DETERMINERS, DO_FORMS,
    MODAL_AUXILIARIES, OBJECT_PREPOSITIONS, SOURCE_NOUNS, STOPWORDS, SUBORDINATORS,
};
use super::source_phrase::{first_noun_phrase, is_plural_noun, looks_like_verb, source_before};
use super::tokens::Token;
use super::verb_group::cue_of;
use crate::extract::cues;
use crate::extract::Span;

/// How many words may stand between an "as" clause's cue and its comma ("As he told CNN on
/// Sunday,").
const AS_CLAUSE_TAIL: usize = 4;

/// `with SOURCE CUE-ing CONTENT`, the participle at `c` (its cue ending at `ce`). The content ends at
/// the next clause comma, like a subordinate clause's.
pub(super) fn with_participle(
    tokens: &[Token],
    c: usize,
    ce: usize,
    lemma: &'static str,
) -> Option<Frame> {
    let (s, e, _) = source_before(tokens, c)?;
    // "with all precincts reporting, the race ...": a participle with nothing after it reports
    // nothing.
    if tokens.get(ce).is_none_or(|t| !t.is_word()) {
        return None;
    }
    if e != c || s == 0 || !(tokens[s - 1].is("with") && tokens[s - 1].is_lowercase_word()) {
        return None;
    }
    own_clause_frame(tokens, (c, ce), lemma, (s, e))
}

/// "As SOURCE CUE-ed, CONTENT" and "CONTENT, as SOURCE CUE-ed.": `tokens[s..e]` is the source of the
/// cue at `c..ce`, and `tokens[s - 1]` is "as". None when the cue is followed by its own content
/// ("as he said that ...") rather than by the comma or the end of the unit.
pub(super) fn as_clause(
    tokens: &[Token],
    (c, ce): (usize, usize),
    lemma: &'static str,
    (s, e): (usize, usize),
    negated: bool,
) -> Option<Frame> {
    if s == 0 || !tokens[s - 1].is("as") {
        return None;
    }
    // "as the crowd applauded", "As the crowd began to chant,": a stance, a question or an action
    // begun says nothing about the main clause; only reporting does ("as the paper reported").
    let flags = cues::flags(lemma);
    if flags.view || flags.non_asserting() || c > 0 && tokens[c - 1].is("to") {
        return None;
    }
    let as_at = s - 1;
    let unit_end = content_end(tokens, tokens.len());
    // The clause's tail after the cue: a few words (an object, a time) up to a comma or the end.
    let mut k = ce;
    while k < unit_end && k - ce < AS_CLAUSE_TAIL && tokens[k].is_word() && !tokens[k].is("that") {
        k += 1;
    }
    let content = if k < unit_end && tokens[k].is_punct(',') {
        // "As SOURCE said, CONTENT": only when the "as" clause opens the unit (after a conjunction
        // or an adverb at most), so the clause after the comma is the main one.
        let opens = tokens[..as_at]
            .iter()
            .all(|t| t.is_any(&["and", "but", "so", "yet", "now", "indeed"]) || t.is_punct(','));
        if !opens || k + 1 >= unit_end {
            return None;
        }
        Span::new(tokens[k + 1].span.start, tokens[unit_end - 1].span.end)
    } else if k >= unit_end && as_at > 1 && tokens[as_at - 1].is_punct(',') {
        Span::new(tokens[0].span.start, tokens[as_at - 2].span.end)
    } else {
        return None;
    };
    let (cue, cue_span) = cue_of(tokens, c, ce);
    Some(Frame {
        content: trim_quotes(tokens, content),
        source: Span::new(tokens[s].span.start, tokens[e - 1].span.end),
        cue,
        lemma,
        cue_span,
        frame_negated: negated,
        rest: None,
        refers_to: None,
    })
}

/// `As CUE-ed by SOURCE, CONTENT` and `CONTENT, as CUE-ed by SOURCE.`: the passive of an "as"
/// clause ("As reported by Western Journalism, A", "A, as first reported by the Post."), with "as"
/// at `i`. Reporting cues only, as in [`as_clause`].
pub(super) fn as_passive(tokens: &[Token], i: usize) -> Option<Frame> {
    if !tokens[i].is("as") {
        return None;
    }
    let mut c = i + 1;
    while c < tokens.len()
        && tokens[c].is_any(&["first", "previously", "originally", "earlier", "also"])
    {
        c += 1;
    }
    let cue = tokens.get(c)?;
    let lemma = cues::claim_verb_lemma(cue.text)?;
    let flags = cues::flags(lemma);
    if !cue.lower().ends_with("ed") || flags.view || flags.non_asserting() {
        return None;
    }
    if !tokens.get(c + 1)?.is("by") {
        return None;
    }
    let unit_end = content_end(tokens, tokens.len());
    let agent = c + 2;
    let agent_end = (agent..unit_end)
        .find(|&k| tokens[k].is_punct(','))
        .unwrap_or(unit_end);
    if agent_end <= agent
        || agent_end - agent > 10
        || !super::source_phrase::valid_source(&tokens[agent..agent_end], false)
    {
        return None;
    }
    let opens = tokens[..i]
        .iter()
        .all(|t| t.is_any(&["and", "but", "so", "yet", "now", "indeed"]) || t.is_punct(','));
    let content = if opens && agent_end + 1 < unit_end {
        Span::new(
            tokens[agent_end + 1].span.start,
            tokens[unit_end - 1].span.end,
        )
    } else if agent_end >= unit_end && i > 1 && tokens[i - 1].is_punct(',') {
        Span::new(tokens[0].span.start, tokens[i - 2].span.end)
    } else {
        return None;
    };
    Some(Frame {
        content: trim_quotes(tokens, content),
        source: Span::new(tokens[agent].span.start, tokens[agent_end - 1].span.end),
        cue: format!("as {} by", cue.lower()),
        lemma,
        cue_span: Span::new(tokens[i].span.start, tokens[c + 1].span.end),
        frame_negated: false,
        rest: None,
        refers_to: None,
    })
}

/// Prepositions of manner or time before a gerund cue whose subject is the clause's ("by
/// portraying", "before explaining", "after saying", "while denouncing"). "without" is left out:
/// what was not said is no claim.
pub(super) const GERUND_PREPOSITIONS: &[&str] =
    &["by", "before", "after", "while", "when", "since", "upon"];

/// `SOURCE VERBed ... by CUE-ing CONTENT` and `After CUE-ing CONTENT, SOURCE ...`: the gerund at `c`
/// (a preposition of [`GERUND_PREPOSITIONS`] before it) takes the subject of its clause; an
/// opening gerund phrase takes the subject after its comma. The content ends at the next clause
/// comma.
pub(super) fn preposition_participle(
    tokens: &[Token],
    c: usize,
    ce: usize,
    lemma: &'static str,
) -> Option<Frame> {
    let p = c - 1;
    if !(tokens[p].is_lowercase_word() || p == 0) {
        return None;
    }
    if tokens
        .get(ce)
        .is_none_or(|t| !t.is_word() && !t.is_quote_mark())
    {
        return None;
    }
    let (s, e) = if p == 0 {
        let comma = (ce..tokens.len()).find(|&k| tokens[k].is_punct(','))?;
        first_noun_phrase(tokens, comma + 1)?
    } else {
        let (s, e) = participle_subject(tokens, p)?;
        // "Even if Unruh fails to ...": a subordinate clause is no subject.
        if e > p || tokens[s].is_any(SUBORDINATORS) {
            return None;
        }
        (s, e)
    };
    own_clause_frame(tokens, (c, ce), lemma, (s, e))
}

/// `NOUN CUE-ing CONTENT`, a participle right after its noun ("a new poll showing A", "supporters
/// seeking to defeat X", "a fundraising email stressing A"): a reduced relative clause whose noun
/// is the source. Only a noun that can speak or stand for its author: a source noun, a group in
/// the plural, a document ("the day attacking" is no source).
pub(super) fn noun_participle(
    tokens: &[Token],
    c: usize,
    ce: usize,
    lemma: &'static str,
) -> Option<Frame> {
    if tokens
        .get(ce)
        .is_none_or(|t| !t.is_word() && !t.is_quote_mark())
    {
        return None;
    }
    let (s, e, _) = source_before(tokens, c)?;
    let head = &tokens[e - 1];
    let lower = head.lower();
    // Plural nouns only when they name people ("supporters", "donors"): "suits challenging the
    // laws", "speeches attacking free trade" describe things.
    // Bodies speak too, in the plural or by an acronym ("groups backing X", "a super PAC
    // supporting Y", "The super PACs supporting Z").
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    let speaks = head.is_lowercase_word()
        && (SOURCE_NOUNS.contains(&lower.as_str())
            || is_plural_noun(&lower) && is_people_plural(&lower)
            || crate::extract::refer::is_document_noun(&lower)
            || crate::extract::lang::lexicon::is_organisation_noun(singular))
        // An acronym needs a modifier of its own ("super PAC") and a determiner or a plural ("a
        // super PAC", "super PACs"): "on CNN talking about", "the FBI finding" name a channel and a
        // noun, "who left UKIP saying" a verb's object.
        || is_acronym(head.text)
            && tokens[s..e - 1]
                .iter()
                .any(|t| t.is_lowercase_word() && !t.is_any(DETERMINERS))
            && (tokens[s].is_any(DETERMINERS) || head.text.ends_with('s'));
    // "Like others defending X": a phrase opening with a preposition is an adverbial.
    if e != c || !speaks || tokens[s].is_any(&["like", "unlike", "as", "for", "among"]) {
        return None;
    }
    own_clause_frame(tokens, (c, ce), lemma, (s, e))
}

/// `CUE-ing CONTENT, SOURCE ...`: a participle opening the unit ("Noting that A, the mayor ...")
/// takes the subject after its comma; the content runs to that comma.
pub(super) fn opening_participle(
    tokens: &[Token],
    c: usize,
    ce: usize,
    lemma: &'static str,
) -> Option<Frame> {
    if c != 0
        || tokens
            .get(ce)
            .is_none_or(|t| !t.is_word() && !t.is_quote_mark())
    {
        return None;
    }
    // "Explaining his reason for quitting, Mr Harlan said: ...": a speech verb whose object is
    // the speaker's own noun phrase names what the main clause then reports; it says nothing itself.
    if crate::extract::cues::speech_verb_lemma(tokens[c].text).is_some()
        && tokens[ce].is_any(&["his", "her", "their", "its", "our", "my"])
    {
        return None;
    }
    let comma = (ce..tokens.len()).find(|&k| tokens[k].is_punct(','))?;
    let (s, e) = first_noun_phrase(tokens, comma + 1)?;
    own_clause_frame(tokens, (c, ce), lemma, (s, e))
}

/// An acronym, maybe in the plural ("PAC", "PACs", "NAACP"): a body's name.
fn is_acronym(word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase())
}

/// A plural that names people: a person suffix ("supporters", "donors", "voters", "activists",
/// "Republicans") or a role noun's plural.
fn is_people_plural(plural: &str) -> bool {
    let singular = plural.strip_suffix('s').unwrap_or(plural);
    ["er", "or", "ist", "ant", "ent", "an"]
        .iter()
        .any(|suffix| singular.ends_with(suffix))
        || crate::extract::lang::lexicon::ROLE_NOUNS.contains(singular)
}

/// A source-first frame whose content, like a subordinate clause's, ends at the next clause comma,
/// and whose rest is no claim of its own: the main clause lies elsewhere in the unit (before an
/// absolute phrase, after an opening participle).
fn own_clause_frame(
    tokens: &[Token],
    (c, ce): (usize, usize),
    lemma: &'static str,
    (s, e): (usize, usize),
) -> Option<Frame> {
    let mut frame = super::frames::finish_source_first(tokens, (c, ce), lemma, s, e, true, false)?;
    frame.rest = None;
    Some(frame)
}

/// Prepositions that open an adverbial before the subject ("By the end of the day, X ...", "Amid
/// the protests, X ..."), beside [`ADVERBIAL_PREPOSITIONS`], which also mark adverbials elsewhere.
const OPENING_PREPOSITIONS: &[&str] = &[
    "by",
    "for",
    "amid",
    "under",
    "over",
    "across",
    "throughout",
    "within",
    "among",
    "unlike",
    "like",
    "against",
    "as",
];

/// The subject of a participle cue at `c`: the unit's first noun phrase, or, when the unit opens with
/// an adverbial ("In May, a judge sided with them, saying ...", "Since then, she has ...,
/// criticizing ...", "Facing mounting criticism, Mr. Trump released a statement, describing ...",
/// "Even as he won, Mr. Trump seemed ..., revealing"), the noun phrase after the comma that closes
/// it; a comma inside a place ("At a conference in Aspen, Colo., the graduate ...") is stepped over.
pub(super) fn participle_subject(tokens: &[Token], c: usize) -> Option<(usize, usize)> {
    let opener = opening_adverbial(tokens);
    if opener != Opener::Participle {
        if let Some(found) = subject_from(tokens, 0).filter(|_| opener == Opener::None) {
            return Some(found);
        }
    }
    if opener == Opener::None {
        return None;
    }
    let limit = c.min(20);
    let found = (0..limit)
        .filter(|&k| tokens[k].is_punct(','))
        .filter(|&k| k + 1 < c)
        .find_map(|k| {
            subject_from(tokens, k + 1).filter(|&(s, e)| e < c && !is_place_part(tokens, k, s, e))
        });
    match (found, opener) {
        (Some(found), _) => Some(found),
        // No comma closes a prepositional opener: the old reading, its first noun phrase.
        (None, Opener::Preposition) => subject_from(tokens, 0),
        _ => None,
    }
}

/// Is the phrase `tokens[s..e]` after the comma at `k` the second part of a place ("Aspen, Colo.,",
/// "St. Clairsville, Ohio,"): one word between two commas, after a capitalised word?
fn is_place_part(tokens: &[Token], k: usize, s: usize, e: usize) -> bool {
    let words = tokens[s..e].iter().filter(|t| t.is_word()).count();
    words == 1
        && k > 0
        && tokens[k - 1].is_capitalised()
        && tokens.get(e).is_some_and(|t| t.is_punct(','))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    None,
    /// A preposition or subordinator ("In May,", "As he spoke,", "Even as he won,").
    Preposition,
    /// A participle ("Facing mounting criticism,", "Asked about the plan,").
    Participle,
}

/// What opens the unit before its subject (after a dateline in capitals: "MANCHESTER, N.H. -
/// With a snowstorm bearing down, ...").
fn opening_adverbial(tokens: &[Token]) -> Opener {
    let start = super::source_phrase::dateline_end(tokens, 0).unwrap_or(0);
    let Some(first) = tokens.get(start) else {
        return Opener::None;
    };
    let second = tokens.get(start + 1);
    if first.is_any(ADVERBIAL_PREPOSITIONS)
        || first.is_any(SUBORDINATORS)
        || first.is_any(OPENING_PREPOSITIONS)
        || first.is_any(&["even", "just", "shortly", "soon", "only"])
            && second.is_some_and(|t| t.is_any(SUBORDINATORS) || t.is_any(OPENING_PREPOSITIONS))
    {
        return Opener::Preposition;
    }
    let lower = first.lower();
    let participle = first.is_capitalised()
        && lower.len() > 5
        && (lower.ends_with("ing") || lower.ends_with("ed"))
        // (By characters: the first letter may take more than one byte, "Àadded".)
        && !first.text.chars().skip(1).any(char::is_uppercase)
        && second.is_some_and(|t| t.is_lowercase_word() || t.is_punct(','));
    if participle {
        Opener::Participle
    } else {
        Opener::None
    }
}

/// The first noun phrase from `from`, ending before its clause's verb: "The board met on Monday
/// and agreed", "Ortiz repeatedly invoked X and suggested", "Reyes took the stage ..., saying".
/// The phrase walk stops only at a verb in "-ed" or "-ing"; an irregular past ("met", "took"), an
/// auxiliary or an "-ly" adverb after the first word ends the subject too, when what is before it
/// can speak.
fn subject_from(tokens: &[Token], from: usize) -> Option<(usize, usize)> {
    let ends_subject = |t: &Token| {
        let lower = t.lower();
        t.is_lowercase_word()
            && (crate::extract::lang::lexicon::irregular_verb_lemma(&lower).is_some()
                || t.is_any(MODAL_AUXILIARIES)
                || t.is_any(DO_FORMS)
                || t.is_any(BE_FORMS)
                || t.is_any(&["further", "also", "never", "not"])
                || lower.len() > 5
                    && lower.ends_with("ly")
                    && !matches!(
                        lower.as_str(),
                        "family" | "assembly" | "monopoly" | "anomaly"
                    ))
    };
    // What is cut off must be a noun phrase, not an opening adverbial ("Hours later, ...",
    // "Years after X claimed ...", "Speaking in his real voice again, ...", "the only time X came
    // up"): no preposition, no time noun, no participle first, no comma right after.
    let adverbial = |s: usize, k: usize| {
        tokens[s].lower().ends_with("ing")
            || tokens.get(k + 1).is_some_and(|t| t.is_punct(','))
            || tokens[s..k].iter().any(|t| {
                t.is_lowercase_word() && (t.is_any(OBJECT_PREPOSITIONS) || t.is_any(SUBORDINATORS))
                    || is_time_word(t)
                    || t.is_any(&["time", "times", "hours", "days", "weeks", "months", "years"])
            })
    };
    let cut = (from + 1..tokens.len().min(from + 9)).find(|&k| ends_subject(&tokens[k]));
    cut.and_then(|k| first_noun_phrase(&tokens[..k], from))
        .filter(|&(s, e)| !adverbial(s, e))
        .or_else(|| first_noun_phrase(tokens, from))
}

/// Is `tokens[k]` a relative pronoun that is the subject of the cue right after it ("X, who said",
/// "those who believe", "the poll that shows")? "that" only after a noun: after a verb ("found
/// that reports show"), a form of "be", "so" or "now" it is a conjunction and what follows is a
/// clause with a subject of its own.
pub(super) fn is_relative_subject(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if !t.is_lowercase_word() {
        return false;
    }
    if t.is_any(&["who", "which"]) {
        return true;
    }
    let Some(before) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    t.is("that")
        && before.is_word()
        && !before.is_any(BE_FORMS)
        && !before.is_any(AUX_BEFORE_CUE)
        && !before.is_any(SUBORDINATORS)
        && !before.is_any(STOPWORDS)
        && !before.is_any(&["so", "now", "such", "given", "except", "assuming"])
        && !looks_like_verb(before.text)
        && cues::claim_verb_lemma(before.text).is_none()
        && cues::speech_verb_lemma(before.text).is_none()
}
