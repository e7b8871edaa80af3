//! Attribution frames: the words right after a quote ("...," Kerry said / said Kerry / he told
//! reporters) and the words of its clause before it (Kerry said: "..." / Kerry said it was to
//! "..." / according to Kerry, "...").
//!
//! | frame | pattern | example |
//! |-------|---------|---------|
//! | after | [,] speaker [, appositive ,] [adverb] cue [audience] | "...," Ibrahim al-Jaafari, Iraq's foreign minister, said |
//! | after | [,] cue speaker [audience] | "...," said Col. Steve Warren / reports Michael R. Gordon at The New York Times |
//! | after | [,] according to speaker | "...," according to the ministry |
//! | before | speaker [, appositive ,] [adverb] cue ... mark | Rouhani, also in New York, told CNN television: "..." |
//! | before | according to speaker, ... mark | According to Kerry, "..." |
//! | before | cue without a subject next to it | "Kerry met Lavrov and warned that "..."": the clause's first name |
//!
//! A speaker right after a quote that ends a sentence ("... now." Kerry said the talks ...) starts a new
//! sentence about something else, so after a terminal mark the attribution must be short (the clause
//! ends soon after the cue).

use super::audience::audience;
use super::phrase::{self, SpeakerKind, Written};
use super::words::*;
use crate::extract::calendar::is_weekday;
use crate::extract::cues::{source_first_phrases, speech_verb_lemma};
use crate::extract::refer;
use crate::extract::Span;

pub use super::before::before;

/// Who said a quote, as the frame says it.
#[derive(Debug, Clone)]
pub struct Attribution {
    pub written: Written,
    /// The cue as written ("said", "according to").
    pub cue: Span,
    pub audience: Option<Span>,
    /// Token index just after the attribution (and its audience).
    pub end: usize,
}

/// Adjectives before "to" and a cue that make it an idiom ("hard to say", "fair to say").
#[rustfmt::skip]
const IDIOM_ADJECTIVES: &[&str] = &[
    "difficult", "hard", "fair", "safe", "early", "soon", "impossible", "easy", "needless",
];

/// A speech cue starting at token `i`: its span and the token index after it. Cues are lower-case
/// words ("State" in "Secretary of State" is not "state"), or "according to" and its kin.
pub fn cue_at(body: &str, toks: &[Tok], i: usize, limit: usize) -> Option<(Span, usize)> {
    let t = toks.get(i).filter(|_| i < limit)?;
    if !t.is_word() {
        return None;
    }
    let w = t.span.text(body);
    for phrase in source_first_phrases() {
        let parts: Vec<&str> = phrase.split(' ').collect();
        if i + parts.len() <= limit
            && parts.iter().enumerate().all(|(k, p)| {
                toks[i + k].is_word() && toks[i + k].span.text(body).eq_ignore_ascii_case(p)
            })
        {
            return Some((
                Span::new(t.span.start, toks[i + parts.len() - 1].span.end),
                i + parts.len(),
            ));
        }
    }
    if !w.chars().next().is_some_and(char::is_lowercase) {
        // "Said Dorothy Poynter, ...": a capitalised verb opening a clause, before a name.
        let opens = i == 0 || toks[i - 1].punct.is_some();
        let name_next = toks
            .get(i + 1)
            .is_some_and(|n| i + 1 < limit && n.is_word() && is_capitalised(n.span.text(body)));
        if !(opens && name_next && w.len() > 1) {
            return None;
        }
        let lower = w.to_lowercase();
        return speech_verb_lemma(&lower)
            .filter(|_| {
                lower.ends_with("ed") || lower == "said" || lower == "says" || lower == "wrote"
            })
            .map(|_| (t.span, i + 1));
    }
    // "Meridian Weekly was told", "it is said": a passive speech verb has no speaker for a subject.
    let after_be = i > 0
        && toks[i - 1].is_word()
        && matches!(
            toks[i - 1].span.text(body).to_lowercase().as_str(),
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        );
    // "He called Steele's comments "unacceptable"", "his remarks": after a possessive or an
    // article the word is a noun, not the verb of someone's speech.
    let after_possessive = i > 0 && toks[i - 1].is_word() && {
        let before = toks[i - 1].span.text(body);
        before.ends_with("'s")
            || before.ends_with("\u{2019}s")
            || matches!(
                before.to_lowercase().as_str(),
                "his" | "her" | "its" | "their" | "our" | "my" | "your"
            )
            // "a far cry from the comments he made": after an article too.
            || matches!(before, "the" | "a" | "an" | "The" | "A" | "An")
    };
    // "it was difficult to say how quickly", "needless to say": an idiom of the writer's or the
    // speaker's, not a report of anyone's words.
    let idiom = i >= 2
        && toks[i - 1].is_word()
        && toks[i - 1].span.text(body) == "to"
        && toks[i - 2].is_word()
        && IDIOM_ADJECTIVES.contains(&toks[i - 2].span.text(body).to_lowercase().as_str());
    if after_be || after_possessive || idiom {
        return None;
    }
    // Two-word forms ("pointed out", "went on").
    if let Some(next) = toks.get(i + 1).filter(|n| n.is_word() && i + 1 < limit) {
        let speech = crate::extract::cues::two_word_lemma(w, next.span.text(body))
            .filter(|&l| !crate::extract::cues::flags(l).view);
        if speech.is_some() {
            return Some((Span::new(t.span.start, next.span.end), i + 2));
        }
    }
    // "the editorial read", "a sign reads", "it read": a document's words, not a speech verb
    // anywhere else ("she read the report").
    let document_before = i > 0 && toks[i - 1].is_word() && {
        let before = toks[i - 1].span.text(body).to_lowercase();
        before == "it" || refer::is_document_noun(before.strip_suffix('s').unwrap_or(&before))
    };
    if matches!(w, "read" | "reads") && document_before {
        return Some((t.span, i + 1));
    }
    speech_verb_lemma(w).map(|_| (t.span, i + 1))
}

/// Does the cue take the person spoken to as its object ("told", "reminded": the `object` flag)?
fn takes_object(body: &str, cue: Span) -> bool {
    let word = cue.text(body).to_lowercase();
    speech_verb_lemma(&word).is_some_and(|lemma| crate::extract::cues::flags(lemma).object)
}

pub fn is_source_first(body: &str, cue: Span) -> bool {
    let text = cue.text(body).to_lowercase();
    source_first_phrases().contains(&text.as_str())
}

/// The attribution right after a quote: tokens `from..limit` follow the closing mark. `terminal`:
/// the quote ended with a full stop, question or exclamation mark.
pub fn after(
    body: &str,
    toks: &[Tok],
    from: usize,
    limit: usize,
    terminal: bool,
    short: bool,
) -> Option<Attribution> {
    let mut i = from;
    while i < limit && (toks[i].is(',') || toks[i].is('\u{2014}') || toks[i].is('\u{2013}')) {
        i += 1;
    }
    if i >= limit {
        return None;
    }
    // "...," calling his wall, a signature campaign promise, a matter of ...: a participle opening
    // what follows the quote goes on with the clause before it; nothing after it is the speaker.
    if cue_at(body, toks, i, limit)
        .is_some_and(|(c, _)| c.text(body).ends_with("ing") && !is_source_first(body, c))
    {
        return None;
    }
    let found = verb_first(body, toks, i, limit)
        .or_else(|| subject_first(body, toks, i, limit))
        .or_else(|| {
            // A short quote followed by more of its sentence is a phrase in it, not what the
            // clause's final "X said" reports.
            if short {
                None
            } else {
                clause_final(body, toks, i, limit)
            }
        })?;
    if terminal {
        // A new sentence that names someone ("... now." Kerry said the talks ...) is not an
        // attribution unless it ends right after the cue and its audience.
        let lower_start = toks[i]
            .span
            .text(body)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        // "... asked on Tuesday.": a weekday after the cue still ends the attribution.
        let end = after_time(body, toks, found.end);
        let short = end >= limit
            || toks[end].punct.is_some()
            || (end + 1 < limit && toks[end + 1].punct.is_some() && end - i < 8);
        if !lower_start && !short && !circumstance_follows(body, toks, end, &found) {
            return None;
        }
    }
    Some(found)
}

/// The token after a time phrase at `end`, or `end`: a weekday after the cue ("... asked on
/// Tuesday.", "tweeted early Tuesday.", "said Friday night.") still ends the attribution.
fn after_time(body: &str, toks: &[Tok], end: usize) -> usize {
    let word_at = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word())
            .map(|t| t.span.text(body))
    };
    let mut k = end;
    if word_at(k).is_some_and(|w| matches!(w, "on" | "early" | "late" | "last" | "this"))
        && word_at(k + 1).is_some_and(is_weekday)
    {
        k += 1;
    }
    if !word_at(k).is_some_and(is_weekday) {
        return end;
    }
    k += 1;
    if word_at(k).is_some_and(|w| matches!(w, "morning" | "afternoon" | "evening" | "night")) {
        k += 1;
    }
    k
}

/// After a quote that ends a sentence, does the frame `found` go on with where, when or of what it
/// was said ("Why?" Ward said about the plan. / "No!" Voss told Ortez in an interview for Fusion.)
/// rather than with what was said ("... now." Kerry said the talks ...)? A preposition or "while",
/// "when", "as" right after the cue (and its audience), or an audience that is itself such a phrase
/// and runs on, keeps the sentence about the quote.
fn circumstance_follows(body: &str, toks: &[Tok], end: usize, found: &Attribution) -> bool {
    let circumstance = |w: &str| {
        let lower = w.to_lowercase();
        (is_preposition(&lower) && lower != "than" && lower != "like")
            || matches!(
                lower.as_str(),
                "during" | "while" | "when" | "as" | "after" | "before"
            )
    };
    let next = toks
        .get(end)
        .filter(|t| t.is_word())
        .map(|t| t.span.text(body));
    let audience_phrase = found.audience.is_some_and(|a| {
        a.text(body)
            .split_whitespace()
            .skip(1)
            .any(|w| circumstance(w))
    });
    next.is_some_and(|w| circumstance(w) && w != "that") || (audience_phrase && next.is_some())
}

/// "..." before the incident, she said.": an attribution after the last comma of the clause that
/// follows the quote, reaching the clause end.
fn clause_final(body: &str, toks: &[Tok], i: usize, limit: usize) -> Option<Attribution> {
    let mut end = i;
    while end < limit && !ends_clause(&toks[end]) {
        end += 1;
    }
    if end - i > 25 {
        return None;
    }
    let comma = (i + 1..end).rev().find(|&k| toks[k].is(','))?;
    let found = verb_first(body, toks, comma + 1, end)
        .or_else(|| subject_first(body, toks, comma + 1, end))?;
    (found.end >= end || toks[found.end].punct.is_some()).then_some(found)
}

/// "said Kerry", "according to the ministry", "reports Michael R. Gordon at The New York Times".
fn verb_first(body: &str, toks: &[Tok], i: usize, limit: usize) -> Option<Attribution> {
    let (cue, after_cue) = cue_at(body, toks, i, limit)?;
    // "...," calling his wall a matter of ...: a participle after a quote goes on with its
    // clause's subject (before the quote); the phrase after it is its object, never the speaker.
    if cue.text(body).ends_with("ing") && !is_source_first(body, cue) {
        return None;
    }
    let (written, end) = phrase::forward(body, toks, after_cue, limit).or_else(|| {
        // "said the 46-year-old.": a determiner phrase up to the punctuation; "explained
        // newly-minted Speaker John Boehner to the Post": up to a preposition (not "of", which
        // may be part of a title) after a capitalised word: the audience or circumstance follows.
        let mut e = after_cue;
        while e < limit
            && toks[e].is_word()
            && !(e > after_cue
                && is_capitalised(toks[e - 1].span.text(body))
                && is_preposition(toks[e].span.text(body))
                && toks[e].span.text(body) != "of")
        {
            e += 1;
        }
        phrase::determiner_phrase(body, toks, after_cue, e)
            .or_else(|| described_name(body, toks, after_cue, e))
            .map(|w| (w, e))
    })?;
    if written.kind == SpeakerKind::Pronoun(false) && !is_source_first(body, cue) {
        // "said it was" / "said they would": a pronoun after the verb is the subject of a clause.
        return None;
    }
    // "...," an official, who was not authorized to speak, told Fox News: the phrase after a cue
    // that takes a person object ("told", "reminded") is the listener, never the speaker.
    if takes_object(body, cue) {
        return None;
    }
    let (audience, end) = audience(body, toks, end, limit, cue);
    Some(Attribution {
        written,
        cue,
        audience,
        end,
    })
}

/// "said Republican political consultant Chris Russell.": a description without a determiner
/// (capitalised and lower-case words) ending in a person's name, the whole run of words `start..end`
/// after a cue. The name at its end is the speaker, the words before it the role.
fn described_name(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<Written> {
    let lower = toks[start..end]
        .iter()
        .filter(|t| !is_capitalised(t.span.text(body)))
        .count();
    if end <= start + 2 || end - start > 9 || lower == 0 || lower > 4 {
        return None;
    }
    let mut w = phrase::backward(body, toks, start, end)?;
    let name = w.name?;
    let whole_name = w.kind == SpeakerKind::Person
        && name.end == toks[end - 1].span.end
        && name.text(body).contains(' ')
        && name.start > toks[start].span.start;
    let first = toks.partition_point(|t| t.span.start < name.start);
    (whole_name && first > start).then(|| {
        let role = Span::new(toks[start].span.start, toks[first - 1].span.end);
        w.role = w.role.or(Some(role));
        w
    })
}

/// "Kerry said", "he told reporters", "X, the foreign minister, said", "the minister also said".
fn subject_first(body: &str, toks: &[Tok], i: usize, limit: usize) -> Option<Attribution> {
    // "the paper's editorial board wrote": a determiner phrase right before a cue.
    let plain = (i + 1..(i + 12).min(limit))
        .take_while(|&k| !ends_clause(&toks[k - 1]))
        .find(|&k| cue_at(body, toks, k, limit).is_some());
    let (mut written, mut j) = match phrase::forward(body, toks, i, limit) {
        Some((w, j))
            if j < limit
                && (toks[j].is(',')
                    || cue_at(body, toks, j, limit).is_some()
                    || phrase::is_adverb(toks[j].span.text(body))) =>
        {
            (w, j)
        }
        other => match plain.and_then(|k| {
            // "Fight for $15 organizing director Kendall Fells told": the phrase right before the
            // first cue, or a determiner phrase ("the paper's editorial board wrote").
            let mut e = k;
            while e > i && toks[e - 1].is_word() && phrase::is_adverb(toks[e - 1].span.text(body)) {
                e -= 1;
            }
            // "Rev. X of Our Lady of Y, told HuffPost": a stray comma before a finite cue, after
            // a person's or body's name (not a role of an appositive, "X of California, the
            // Republican leader, asked", nor before a participle: "... at the summit, adding,").
            let finite = !toks[k].span.text(body).ends_with("ing");
            let stray_comma = || {
                (finite && e > i + 1 && toks[e - 1].is(','))
                    .then(|| phrase::backward(body, toks, i, e - 1))
                    .flatten()
                    .filter(|w| matches!(w.kind, SpeakerKind::Person | SpeakerKind::Organisation))
            };
            phrase::determiner_phrase(body, toks, i, e)
                .or_else(|| phrase::backward(body, toks, i, e))
                .or_else(stray_comma)
                .map(|w| (w, k))
        }) {
            Some(found) => found,
            None => other?,
        },
    };
    // An appositive or relative clause before the verb: skip to the next comma; twice more for
    // an appositive inside one ("Matt Bennett, a spokesman for Third Way, a left-leaning group,
    // said").
    let mut rounds = 0;
    while rounds < 3
        && j + 1 < limit
        && toks[j].is(',')
        && cue_at(body, toks, j + 1, limit).is_none()
        && (matches!(
            written.kind,
            SpeakerKind::Person | SpeakerKind::Organisation
        ) || (written.kind == SpeakerKind::Role && relative_at(body, toks, j + 1)))
    {
        rounds += 1;
        // "Jana Moller, from the Harbour Traders Guild told": where a person is from, its closing
        // comma missing, ends at the cue.
        let open_ended = written.kind == SpeakerKind::Person
            && toks[j + 1].is_word()
            && phrase::is_origin_preposition(toks[j + 1].span.text(body));
        let ends_at_cue =
            |k: usize| open_ended && k > j + 2 && cue_at(body, toks, k, limit).is_some();
        let mut k = j + 1;
        while k < limit
            && k - j < 30
            && !toks[k].is(',')
            && (!ends_clause(&toks[k]) || is_abbreviation_dot(body, toks, k))
            && !toks[k]
                .punct
                .is_some_and(crate::extract::text::is_double_quote)
            && !ends_at_cue(k)
        {
            k += 1;
        }
        if ends_at_cue(k) {
            written.role = written.role.or(Some(Span::new(
                toks[j + 1].span.start,
                toks[k - 1].span.end,
            )));
            j = k;
            break;
        }
        if k < limit && toks[k].is(',') && k > j + 1 {
            written.role = written.role.or(Some(Span::new(
                toks[j + 1].span.start,
                toks[k - 1].span.end,
            )));
            j = k;
        } else {
            break;
        }
    }
    // "one resident, Paul Oduya, said": the comma closing an appositive name.
    if j + 1 < limit && toks[j].is(',') && cue_at(body, toks, j + 1, limit).is_some() {
        j += 1;
    }
    while j < limit && toks[j].is_word() && phrase::is_adverb(toks[j].span.text(body)) {
        j += 1;
    }
    let (cue, after_cue) = cue_at(body, toks, j, limit)?;
    if is_source_first(body, cue) {
        return None;
    }
    let (audience, end) = audience(body, toks, after_cue, limit, cue);
    Some(Attribution {
        written,
        cue,
        audience,
        end,
    })
}

/// The frame of the last sentence of a paragraph (tokens `start..end`) of reported speech with no
/// quotation in it ("Hoyer said negotiation can go on once the government reopens."): whose words
/// a paragraph opening with an unattributed quote goes on with. A person or organisation named as
/// the subject, or a pronoun, only.
pub fn reported(
    body: &str,
    toks: &[Tok],
    in_quote: &[bool],
    start: usize,
    end: usize,
) -> Option<Attribution> {
    let quoted = |t: &Tok| t.punct.is_some_and(crate::extract::text::is_double_quote);
    if end <= start
        || in_quote[start..end].iter().any(|&q| q)
        || toks[start..end].iter().any(quoted)
    {
        return None;
    }
    let last = if ends_clause(&toks[end - 1]) {
        end - 1
    } else {
        end
    };
    let first = (start..last)
        .rev()
        .find(|&k| ends_clause(&toks[k]) && !is_abbreviation_dot(body, toks, k))
        .map_or(start, |k| k + 1);
    let found = before(body, toks, first, last)?;
    // A verb of saying with its content after it: not a colon ("X's opponent, Sen. Y:" is
    // handled as a frame of its own), not a two-word form ("went on to defeat"), not a cue that
    // asks, urges or promises, and not one followed by an infinitive ("vowed to").
    let cue = found.cue.text(body);
    let flags = speech_verb_lemma(&cue.to_lowercase()).map(crate::extract::cues::flags);
    // "According to X at Y, $1.1 million is the cost.": a source-first phrase reports too.
    let source_first = is_source_first(body, found.cue);
    let plain = source_first
        || flags.is_some_and(|f| f.act == crate::extract::Stance::Asserted && !f.denying);
    let next = toks.get(found.end).filter(|_| found.end < last);
    let infinitive = next.is_some_and(|t| t.is_word() && t.span.text(body) == "to");
    let speaker = matches!(
        found.written.kind,
        SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Pronoun(true)
    );
    let single = !cue.contains(' ') || source_first;
    (plain && single && !infinitive && speaker).then_some(found)
}

/// Does a relative clause open at token `k` ("an official, who was not authorized to speak,
/// said")? A role phrase is skipped over one as a name is over its appositive.
fn relative_at(body: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.is_word() && refer::is_relative_pronoun(t.span.text(body)))
}

/// "- Hillary Clinton." on the line after a quote: a dash and a name make the paragraph an
/// attribution line.
pub fn dash_line(body: &str, toks: &[Tok], start: usize, end: usize) -> Option<Attribution> {
    let first = toks.get(start).filter(|_| start < end)?;
    if !(first.is('-') || first.is('\u{2014}') || first.is('\u{2013}')) {
        return None;
    }
    let (written, after) = phrase::forward(body, toks, start + 1, end)?;
    if !matches!(
        written.kind,
        SpeakerKind::Person | SpeakerKind::Organisation
    ) {
        return None;
    }
    (after == end || toks[after].punct.is_some()).then_some(Attribution {
        written,
        cue: first.span,
        audience: None,
        end: after,
    })
}
