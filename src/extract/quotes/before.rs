//! Attribution frames in the clause before a quote (Kerry said: "..." / Kerry said it was to "..." /
//! according to Kerry, "..." / As Politico reported, "..."): the `before` rows of the table in
//! [`super::attribute`], whose cue words and [`Attribution`] they share.

use super::attribute::{cue_at, is_source_first, Attribution};
use super::audience::audience;
use super::phrase::{self, SpeakerKind, Written};
use super::words::*;
use crate::extract::Span;

/// The attribution in the clause before a quote: tokens `floor..open` precede the opening mark.
pub fn before(body: &str, toks: &[Tok], floor: usize, open: usize) -> Option<Attribution> {
    // A colon right before the quote binds it to what precedes the colon ("Rubio fired back:"),
    // not to a cue earlier in the clause ("When Trump suggested ..., Rubio fired back:").
    colon_before(body, toks, floor, open, false)
        .or_else(|| cued_before(body, toks, floor, open))
        .or_else(|| colon_before(body, toks, floor, open, true))
}

/// Words that open a subordinate clause: a cue inside one ("When Trump suggested ..., Rubio said")
/// is not the main clause's.
fn is_subordinator(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "when"
            | "after"
            | "as"
            | "while"
            | "if"
            | "because"
            | "although"
            | "though"
            | "since"
            | "before"
            | "once"
            | "until"
            | "whereas"
            | "whenever"
    )
}

/// The first token after a leading subordinate clause or adverbial ("When X did Y, ...", "Hours
/// later, ...", "In Washington, ..."), or `floor`.
fn main_clause_start(body: &str, toks: &[Tok], floor: usize, k: usize) -> usize {
    if floor >= k || !toks[floor].is_word() {
        return floor;
    }
    let first = toks[floor].span.text(body);
    let second = toks
        .get(floor + 1)
        .filter(|t| t.is_word())
        .map(|t| t.span.text(body));
    // "Trying to quell the furor, Steele said": an opening participle phrase.
    let participle = first.len() > 4
        && first.ends_with("ing")
        && !first.eq_ignore_ascii_case("according")
        && first.chars().next().is_some_and(char::is_uppercase);
    let adverbial = is_subordinator(first)
        || participle
        || is_preposition(first)
        || matches!(
            first.to_lowercase().as_str(),
            "alongside" | "immediately" | "meanwhile"
        )
        || second.is_some_and(|s| matches!(s, "later" | "earlier" | "ago"));
    // A subordinate clause may be long; an adverbial phrase is short.
    let reach = if is_subordinator(first) || participle {
        k
    } else {
        (floor + 8).min(k)
    };
    if adverbial {
        if let Some(c) = (floor..reach).find(|&j| toks[j].is(',')) {
            return c + 1;
        }
    }
    floor
}

fn starts_lower(body: &str, t: Option<&Tok>) -> bool {
    t.is_some_and(|t| {
        t.is_word()
            && t.span
                .text(body)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    })
}

/// The subject of the clause `floor..k`: the nearest "he" or "she" followed by a verb; else the first
/// name (or a role opening the clause) followed by a verb, or by an appositive when it opens the
/// clause ("Senate Majority Leader Mitch McConnell, R-Ky., delivered").
pub fn clause_subject(body: &str, toks: &[Tok], floor: usize, k: usize) -> Option<Written> {
    let pronoun_subject = (floor..k).rev().find_map(|j| {
        let w = toks[j].span.text(body);
        (toks[j].is_word() && pronoun(w) == Some(true) && starts_lower(body, toks.get(j + 1)))
            .then(|| phrase::classify(body, &toks[j..j + 1]))
            .flatten()
    });
    if pronoun_subject.is_some() {
        return pronoun_subject;
    }
    let floor = main_clause_start(body, toks, floor, k);
    (floor..k).find_map(|j| {
        // ... or right after a cue ("X told The Examiner that ... and said", "said Y would"):
        // the listener or the reported clause's subject, not the speaker.
        let object = j > floor && toks[j - 1].is_word() && {
            let prev = toks[j - 1].span.text(body);
            is_preposition(prev)
                || (is_determiner(prev)
                    && j > floor + 1
                    && (is_preposition(toks[j - 2].span.text(body))
                        || cue_at(body, toks, j - 2, k).is_some()))
                || cue_at(body, toks, j - 1, k).is_some()
        };
        if object || (toks[j].is_word() && is_preposition(toks[j].span.text(body))) {
            return None;
        }
        let (w, after) = phrase::forward(body, toks, j, k)?;
        let verb_next = starts_lower(body, toks.get(after));
        let opens = j == floor || (j == floor + 1 && !toks[floor].is_word());
        let appositive_next = opens && toks.get(after).is_some_and(|t| t.is(','));
        ((verb_next || appositive_next)
            && (matches!(w.kind, SpeakerKind::Person | SpeakerKind::Organisation)
                || (w.kind == SpeakerKind::Role && opens)))
            .then_some(w)
    })
}

/// "As Politico reported, "..."", "As John Cornyn, the No. 2 Republican, told reporters: "..."": a
/// clause opened by "as" whose verb is a cue attributes the quote right after its comma or colon.
fn as_frame(
    body: &str,
    toks: &[Tok],
    floor: usize,
    k: usize,
    after_cue: usize,
    open: usize,
    cue: Span,
) -> Option<Attribution> {
    let opens_with_as =
        toks[floor].is_word() && toks[floor].span.text(body).eq_ignore_ascii_case("as");
    let rest = &toks[after_cue..open];
    let closes = rest.last().is_some_and(|t| t.is(',') || t.is(':'))
        && rest.len() <= 5
        && rest[..rest.len() - 1].iter().all(|t| t.is_word());
    if !opens_with_as || !closes || k <= floor + 1 {
        return None;
    }
    let written = phrase::backward(body, toks, floor + 1, k)?;
    matches!(
        written.kind,
        SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Role
    )
    .then_some(Attribution {
        written,
        cue,
        audience: None,
        end: open,
    })
}

/// "Carl Bialik: "..."", "The candidate reiterated: "..."": a colon introduces the quote; the
/// speaker is the phrase before the colon, or the subject of the verb before it. The cue is the verb,
/// or the colon itself.
fn colon_before(
    body: &str,
    toks: &[Tok],
    floor: usize,
    open: usize,
    fallback: bool,
) -> Option<Attribution> {
    if open == 0 || open <= floor || !toks[open - 1].is(':') {
        return None;
    }
    let colon = open - 1;
    if fallback {
        // "Rubio fired back forcefully:", "McConnell delivered a blunt message to Trump:".
        let written = clause_subject(body, toks, floor, colon)?;
        return Some(Attribution {
            written,
            cue: toks[colon].span,
            audience: None,
            end: open,
        });
    }
    // "Pollsters agree - Carl Bialik:": a name opening its clause (not the object of a verb, as in
    // "told Radio Danube:").
    if let Some(written) = phrase::backward(body, toks, floor, colon).filter(|w| {
        matches!(w.kind, SpeakerKind::Person | SpeakerKind::Organisation) && {
            let first = toks.partition_point(|t| t.span.start < w.span.start);
            let lead = (floor..first).rev().find(|&j| {
                !(toks[j].is_word() && {
                    let x = toks[j].span.text(body);
                    is_capitalised(x) || is_determiner(x) || is_title(x)
                })
            });
            lead.map_or(true, |j| toks[j].punct.is_some())
        }
    }) {
        return Some(Attribution {
            written,
            cue: toks[colon].span,
            audience: None,
            end: open,
        });
    }
    let mut verb = colon.checked_sub(1).filter(|&v| v >= floor)?;
    while verb > floor && toks[verb].is_word() && phrase::is_adverb(toks[verb].span.text(body)) {
        verb -= 1;
    }
    let w = toks[verb].span.text(body);
    let verb_like = toks[verb].is_word()
        && w.chars().next().is_some_and(char::is_lowercase)
        && (w.ends_with("ed") || w.ends_with('s'));
    if let Some(written) = phrase::backward(body, toks, floor, verb).filter(|_| verb_like) {
        return Some(Attribution {
            written,
            cue: toks[verb].span,
            audience: None,
            end: open,
        });
    }
    None
}

/// The subject right before the first finite cue of the clause `floor..k` ("Nefzi said, adding":
/// "Nefzi"), if that cue has one; a cue without a subject next to it, a participle or "according to"
/// gives none.
fn first_cue_subject(body: &str, toks: &[Tok], floor: usize, k: usize) -> Option<Written> {
    let start = main_clause_start(body, toks, floor, k);
    let (j, cue) = (start..k).find_map(|j| Some((j, cue_at(body, toks, j, k)?.0)))?;
    if cue.text(body).ends_with("ing") || is_source_first(body, cue) || j == start {
        return None;
    }
    // A name or a personal pronoun: a cue word after a noun phrase ("a draft note", "his 2016
    // campaign promises") is a noun more often than the clause's verb.
    // ... and not inside a noun phrase: "a former Republican state lawmaker" has no verb "state".
    let determined = |w: &Written| {
        let first = toks.partition_point(|t| t.span.start < w.span.start);
        (first.saturating_sub(2).max(start)..first)
            .any(|d| toks[d].is_word() && is_determiner(toks[d].span.text(body)))
    };
    phrase::backward(body, toks, start, j).filter(|w| {
        matches!(
            w.kind,
            SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Pronoun(true)
        ) && !determined(w)
    })
}

/// "The president over the weekend had tweeted": a phrase right after a preposition (`found`) is
/// a time or place, not the cue's subject; the phrase before the preposition is, when there is one.
fn subject_before_preposition(body: &str, toks: &[Tok], floor: usize, found: Written) -> Written {
    let first = toks.partition_point(|t| t.span.start < found.span.start);
    let mut p = first;
    // The determiner of "the weekend" belongs to the phrase.
    if p > floor && toks[p - 1].is_word() && is_determiner(toks[p - 1].span.text(body)) {
        p -= 1;
    }
    let preposition = p > floor + 1
        && toks[p - 1].is_word()
        && matches!(
            toks[p - 1].span.text(body).to_lowercase().as_str(),
            "over" | "on" | "in" | "at" | "during" | "since" | "after" | "before" | "throughout"
        )
        && toks[p - 2].is_word();
    if !preposition {
        return found;
    }
    phrase::backward(body, toks, floor, p - 1)
        .filter(|w| {
            matches!(
                w.kind,
                SpeakerKind::Person
                    | SpeakerKind::Organisation
                    | SpeakerKind::Role
                    | SpeakerKind::Pronoun(true)
            )
        })
        .unwrap_or(found)
}

/// "accused Obama of trying to "...", "accusing the agency of being "..."", "blamed X for "..."":
/// a verb of accusing (a view, no speech verb elsewhere) with its object and the preposition
/// before the quote; the quoted words are the accuser's. Right before its preposition the verb is a
/// passive participle ("the group accused of "..."") and frames nothing.
pub(super) fn accusing_cue_at(
    body: &str,
    toks: &[Tok],
    k: usize,
    open: usize,
) -> Option<(Span, usize)> {
    let t = toks.get(k).filter(|t| t.is_word() && k + 2 < open)?;
    let w = t.span.text(body);
    let lemma =
        crate::extract::cues::claim_verb_lemma(w).filter(|_| w.starts_with(char::is_lowercase))?;
    let flags = crate::extract::cues::flags(lemma);
    let word = |j: usize| toks[j].is_word().then(|| toks[j].span.text(body));
    let preposition = |j: usize| matches!(word(j), Some("of" | "for" | "with"));
    let passive = preposition(k + 1)
        || (k > 0
            && matches!(
                word(k - 1),
                Some("was" | "were" | "is" | "are" | "be" | "been")
            ));
    (flags.accusing && flags.view && !passive && (k + 2..open).any(preposition))
        .then_some((t.span, k + 1))
}

fn cued_before(body: &str, toks: &[Tok], floor: usize, open: usize) -> Option<Attribution> {
    let mut k = open;
    while k > floor {
        k -= 1;
        let Some((cue, after_cue)) =
            cue_at(body, toks, k, open).or_else(|| accusing_cue_at(body, toks, k, open))
        else {
            continue;
        };
        // "the interactions described by the White House": a participle with its agent after a
        // noun is no one's speech verb; the clause's cue is further back.
        if toks
            .get(after_cue)
            .is_some_and(|t| after_cue < open && t.is_word() && t.span.text(body) == "by")
        {
            continue;
        }
        if k < main_clause_start(body, toks, floor, open) {
            if let Some(a) = as_frame(body, toks, floor, k, after_cue, open, cue) {
                return Some(a);
            }
            continue;
        }
        // "But, said Solovey, "..."", "Said Dorothy Poynter, who grew up here, "..."": the verb
        // first, its speaker right up to the quote.
        let verb_first = k == floor
            || (toks[k - 1].punct.is_some() && phrase::backward(body, toks, floor, k).is_none());
        if let Some((written, after)) =
            phrase::forward(body, toks, after_cue, open).filter(|_| verb_first)
        {
            if matches!(
                written.kind,
                SpeakerKind::Person | SpeakerKind::Organisation
            ) {
                let rest = &toks[after..open];
                let reaches = rest.is_empty()
                    || (rest[0].is(',') || rest[0].is(':'))
                        && (rest.len() == 1
                            || (rest.len() <= 20
                                && rest[1].is_word()
                                && matches!(rest[1].span.text(body), "who" | "a" | "an" | "the")
                                && rest[rest.len() - 1].is(',')));
                if reaches {
                    return Some(Attribution {
                        written,
                        cue,
                        audience: None,
                        end: after,
                    });
                }
            }
        }
        if is_source_first(body, cue) {
            let (written, end) = phrase::forward(body, toks, after_cue, open)?;
            return Some(Attribution {
                written,
                cue,
                audience: None,
                end,
            });
        }
        // "called", "dubbed": naming verbs introduce a phrase, not speech, unless someone is the
        // subject right before them.
        let (audience, end) = audience(body, toks, after_cue, open, cue);
        // "she released a statement saying": a participle's subject is the clause's, never the
        // object right before it.
        let participle = cue.text(body).ends_with("ing");
        // "Nefzi said, adding, "..."", "a strategist said Clinton will have to choose, saying":
        // the participle's subject is the one of the clause's first cue, not a name in what that
        // cue reports.
        if let Some(written) = participle
            .then(|| first_cue_subject(body, toks, floor, k))
            .flatten()
        {
            return Some(Attribution {
                written,
                cue,
                audience,
                end,
            });
        }
        // "he laughed and said": the subject of the first verb.
        let mut subject_end = k;
        if k >= floor + 2
            && toks[k - 1].is_word()
            && toks[k - 1].span.text(body) == "and"
            && toks[k - 2].is_word()
            && toks[k - 2]
                .span
                .text(body)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            subject_end = k - 2;
        }
        // "The lawsuit, which was brought by ..., Scott Pruitt, accused": a name inside a
        // relative clause closed by a comma right before the cue is not the subject; the phrase
        // before ", which" is. (Not "the bill, which he said "..."": the relative's own subject,
        // with no comma before the cue.)
        let closed = subject_end > floor && toks[subject_end - 1].is(',');
        let in_relative = |w: &Written| {
            let first = toks.partition_point(|t| t.span.start < w.span.start);
            (floor + 1..first).rev().filter(|_| closed).find(|&r| {
                toks[r - 1].is(',')
                    && toks[r].is_word()
                    && matches!(toks[r].span.text(body), "who" | "which")
            })
        };
        let backward = phrase::backward(body, toks, floor, subject_end).filter(|_| !participle);
        if let Some(r) = backward.as_ref().and_then(in_relative) {
            let head = phrase::backward(body, toks, floor, r - 1)
                .or_else(|| phrase::determiner_phrase(body, toks, floor, r - 1));
            if let Some(written) = head {
                return Some(Attribution {
                    written,
                    cue,
                    audience,
                    end,
                });
            }
        }
        if let Some(written) = backward
            .filter(|w| in_relative(w).is_none())
            .map(|w| subject_before_preposition(body, toks, floor, w))
        {
            return Some(Attribution {
                written,
                cue,
                audience,
                end,
            });
        }
        // "a White House official who spoke anonymously said": the phrase before the relative
        // clause.
        if let Some(rel) = (floor..k)
            .rev()
            .take(15)
            .find(|&r| toks[r].is_word() && matches!(toks[r].span.text(body), "who" | "which"))
        {
            // "from Mike Lee, who declared": the name right before ", who".
            let before_rel = if rel > floor && toks[rel - 1].is(',') {
                rel - 1
            } else {
                rel
            };
            // "Scott Smith, the mayor of Mesa, who is a Mormon, said": the name before an
            // appositive role, not the place in it.
            let appositive = (before_rel < rel)
                .then(|| phrase::backward(body, toks, floor, rel))
                .flatten()
                .filter(|w| {
                    w.kind == SpeakerKind::Person
                        && w.role.is_some_and(|r| {
                            let r = r.text(body);
                            r.starts_with("the ") || r.starts_with("a ") || r.starts_with("an ")
                        })
                });
            if let Some(written) =
                appositive.or_else(|| phrase::backward(body, toks, floor, before_rel))
            {
                return Some(Attribution {
                    written,
                    cue,
                    audience,
                    end,
                });
            }
        }
        // "One man wrote", "the bespectacled, 71-year-old diplomat said".
        if let Some(written) =
            phrase::determiner_phrase(body, toks, floor, k).filter(|_| !participle)
        {
            return Some(Attribution {
                written,
                cue,
                audience,
                end,
            });
        }
        // "Kerry met Lavrov and warned that", "he sounded a rare note, saying": the subject of
        // the clause.
        let subject = clause_subject(body, toks, floor, k);
        return subject.map(|written| Attribution {
            written,
            cue,
            audience,
            end,
        });
    }
    None
}
