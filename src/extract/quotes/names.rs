//! The names of an article outside quotes, in text order, with whether each is its clause's
//! subject and the role words given to it: whom a "he", "she", "it" or a role noun in a quote's frame
//! may stand for ([`super::resolve`] maps them to entities).

use super::phrase::{self, SpeakerKind};
use super::words::*;
use crate::extract::refer;
use crate::extract::{EntityKind, Span};
use std::collections::HashMap;

/// A name found in the article outside quotes, with the role words given to it there.
#[derive(Debug, Clone)]
pub struct NameAt {
    pub name: Span,
    pub kind: SpeakerKind,
    /// Whether it is the first name of its clause (its likely subject).
    pub subject: bool,
    /// Lower-case words of its titles and appositive ("russian", "foreign", "minister").
    pub role_words: Vec<String>,
}

/// Where [`Names::build`] is after a lone capitalised word opening a sentence that may be no name
/// ("Like", "Trying", "Those"): in the phrase it opens (up to its comma), or after it, in the rest of
/// its clause, where the first name may be the subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WeakOpen {
    No,
    Phrase,
    Clause,
}

/// Every name of the article outside quotes, in text order: the candidates pronouns and roles are
/// resolved to. Built in one pass over the tokens.
pub struct Names {
    pub names: Vec<NameAt>,
    /// Last word of every person's name of two words or more -> the first such name ("Kerry" ->
    /// "John Kerry").
    full_by_last: HashMap<String, Span>,
}

impl Names {
    /// `toks` is the whole body's tokens; `in_quote[i]` says whether token i is inside a quote;
    /// `known_person` says whether the entity recogniser took a span for a person.
    pub fn build(
        body: &str,
        toks: &[Tok],
        in_quote: &[bool],
        known_person: impl Fn(Span) -> bool,
    ) -> Names {
        let mut names: Vec<NameAt> = Vec::new();
        let mut clause_has_subject = false;
        // Lone capitalised words opening a sentence that may be no name, each with the subjects
        // named after it in its clause (which are subjects only if it is no name).
        let mut weak: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut weak_open = WeakOpen::No;
        // The last person named after a preposition in the clause ("drew a sharp response from
        // Rev. Will Owens"): the clause's subject for a later "he" when no person is its subject.
        let mut object: Option<usize> = None;
        // (that name, the lone capitalised word opening its clause, if any): promoted once the
        // pass knows whether that word is the clause's subject ("Schiff, in response to his
        // critics, doubled down on ... close to Trump" keeps Schiff).
        let mut promoted: Vec<(usize, Option<usize>)> = Vec::new();
        let mut clause_weak: Option<usize> = None;
        // Where the last name after a preposition ends (its token index).
        let mut pp_end: Option<usize> = None;
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            let new_paragraph = i > 0 && body[toks[i - 1].span.end..t.span.start].contains('\n');
            if ends_clause(t) || new_paragraph {
                if let Some(o) = object.take().filter(|_| !clause_has_subject) {
                    promoted.push((o, clause_weak));
                }
                clause_weak = None;
                clause_has_subject = false;
                weak_open = WeakOpen::No;
            }
            if t.is(',') && weak_open == WeakOpen::Phrase {
                weak_open = WeakOpen::Clause;
                // "Amplifying the message, he said ...": the pronoun is the subject.
                let pronoun = toks.get(i + 1).is_some_and(|n| {
                    let w = n.span.text(body);
                    n.is_word()
                        && (matches!(pronoun(w), Some(true)) || matches!(w, "they" | "we" | "I"))
                });
                if pronoun {
                    clause_has_subject = true;
                    weak_open = WeakOpen::No;
                }
            }
            // "He also took aim at Harry Reid, who he said ...": a clause opened by a personal
            // pronoun has its subject; a name later in it is an object, not whom a later "he" means.
            if !in_quote[i] && pronoun_opens_clause(body, toks, i) {
                clause_has_subject = true;
                weak_open = WeakOpen::No;
            }
            if in_quote[i] || !t.is_word() || !is_capitalised(t.span.text(body)) {
                i += 1;
                continue;
            }
            // A run of name-like tokens (titles included: classify separates them).
            let start = i;
            let mut end = i;
            while end < toks.len() && !in_quote[end] && toks[end].is_word() {
                let w = toks[end].span.text(body);
                let ok = is_capitalised(w)
                    || (is_name_particle(w)
                        && end + 1 < toks.len()
                        && is_capitalised(toks[end + 1].span.text(body)))
                    || (w == "of"
                        && end > start
                        && is_title(toks[end - 1].span.text(body))
                        && end + 1 < toks.len()
                        && is_title(toks[end + 1].span.text(body)));
                if !ok {
                    break;
                }
                end += 1;
            }
            // "in Iraq and Afghanistan, Mr. Hunter was": a name joined by "and" or "or" to one
            // after a preposition is in the same prepositional phrase.
            let coordinated = start >= 2
                && pp_end == Some(start - 1)
                && toks[start - 1].is_word()
                && matches!(toks[start - 1].span.text(body), "and" | "or");
            let after_preposition = coordinated
                || (start > 0
                    && toks[start - 1].is_word()
                    && is_preposition(toks[start - 1].span.text(body)));
            if after_preposition {
                pp_end = Some(end);
            }
            // "Russian officials": a demonym before a lower-case noun is not a name.
            let demonym = end == start + 1
                && phrase::looks_demonym(toks[start].span.text(body))
                && toks.get(end).is_some_and(|n| {
                    n.is_word()
                        && n.span
                            .text(body)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                        && crate::extract::cues::speech_verb_lemma(n.span.text(body)).is_none()
                });
            // "WASHINGTON \u{2014} ...": a dateline in capitals is no subject.
            let dateline = sentence_initial_at(body, toks, start)
                && toks.get(end).is_some_and(|n| n.is('\u{2014}') || n.is('-'))
                && toks[start..end].iter().all(|t| {
                    let w = t.span.text(body);
                    w.len() > 1 && !w.chars().any(char::is_lowercase)
                });
            if demonym || dateline {
                i = end;
                continue;
            }
            if let Some(w) = phrase::classify(body, &toks[start..end]) {
                if let (Some(name), SpeakerKind::Person | SpeakerKind::Organisation) =
                    (w.name, w.kind)
                {
                    // "Mr. Trump's announcement": the name is "Trump".
                    let kept = without_possessive(name.text(body)).len();
                    let name = Span::new(name.start, name.start + kept);
                    let mut role_words: Vec<String> =
                        w.role.map(|r| words_of(r.text(body))).unwrap_or_default();
                    // "Lavrov, the Russian foreign minister," / "..., Iraq's foreign minister."
                    if end + 1 < toks.len() && toks[end].is(',') {
                        let mut j = end + 1;
                        while j < toks.len() && j - end <= 7 && toks[j].is_word() && !in_quote[j] {
                            j += 1;
                        }
                        let last = toks[j - 1].span.text(body);
                        if j > end + 1
                            && is_role_noun(last)
                            && (j == toks.len() || toks[j].punct.is_some())
                        {
                            let role = Span::new(toks[end + 1].span.start, toks[j - 1].span.end);
                            role_words.extend(words_of(role.text(body)));
                        }
                    }
                    // A lone capitalised word opening a sentence ("Dance classes ...") is a name
                    // only if the article also gives it in full, or it speaks ("Dance said").
                    let single = !name.text(body).contains(' ');
                    let sentence_initial = sentence_initial_at(body, toks, start);
                    let speaks = toks.get(end).is_some_and(|n| {
                        n.is_word()
                            && crate::extract::cues::speech_verb_lemma(n.span.text(body)).is_some()
                    });
                    // "Strzok's attorney, Aitan Goelman, said": a possessor before a role or
                    // relation noun is someone else than the subject, who may be named after it.
                    let possessor = toks[end - 1].span.text(body)
                        != without_possessive(toks[end - 1].span.text(body))
                        && toks.get(end).is_some_and(|n| {
                            n.is_word() && !in_quote[end] && refer::is_tie_noun(n.span.text(body))
                        });
                    let subject = !clause_has_subject
                        && !after_preposition
                        && !possessor
                        && w.kind == SpeakerKind::Person;
                    // A title makes it a name ("Mr. Trump's announcement"), first in its
                    // sentence or not.
                    // ... when the run opens with the title ("Mr. Trump", "But Ms. Coulter"),
                    // not with some other word ("Saying President Obama, he said").
                    let lead = toks[start].span.text(body);
                    let titled = is_title(refer::title_before(body, name.start))
                        && (is_title(lead) || is_not_name(lead));
                    // Names inside the phrase a weak word opens, before its comma ("Like many
                    // officials in Colorado, ..."), are not the clause's subject.
                    let subject = subject && weak_open != WeakOpen::Phrase;
                    if subject {
                        if let Some((_, after)) =
                            weak.last_mut().filter(|_| weak_open == WeakOpen::Clause)
                        {
                            after.push(names.len());
                        }
                    }
                    if single && !titled && sentence_initial && !speaks && subject {
                        // Whether it is a name is known only at the end: until then the first
                        // name after its phrase may be the subject ("Like many officials in
                        // Colorado, Mr. Suthers had opposed it").
                        weak.push((names.len(), Vec::new()));
                        clause_weak = Some(names.len());
                        // A phrase only if a comma closes it before the clause ends ("Ahead of
                        // the meeting Trump sent" has none: Trump may be the subject).
                        let comma = toks[end..]
                            .iter()
                            .take_while(|t| !ends_clause(t))
                            .any(|t| t.is(','));
                        weak_open = if comma {
                            WeakOpen::Phrase
                        } else {
                            WeakOpen::Clause
                        };
                    } else if subject {
                        clause_has_subject = true;
                    }
                    // The first one: "from Rev. Will Owens of the Coalition of African American
                    // Pastors" is Owens's.
                    if after_preposition && w.kind == SpeakerKind::Person && object.is_none() {
                        object = Some(names.len());
                    }
                    // The possessor opening its clause: the one the clause is about is named by
                    // the role alone, and a later "he" stops there (it is not the possessor, nor
                    // anyone before) unless a name follows ("..., Aitan Goelman,").
                    let tie = possessor
                        && !clause_has_subject
                        && !after_preposition
                        && sentence_initial_at(body, toks, start);
                    names.push(NameAt {
                        name,
                        kind: w.kind,
                        subject,
                        role_words,
                    });
                    if tie {
                        names.push(NameAt {
                            name: Span::new(name.start, toks[end].span.end),
                            kind: SpeakerKind::Role,
                            subject: true,
                            role_words: Vec::new(),
                        });
                    }
                }
            }
            i = end.max(i + 1);
        }
        let mut full_by_last = HashMap::new();
        for n in &names {
            let text = n.name.text(body);
            if n.kind == SpeakerKind::Person {
                if let Some((_, last)) = text.rsplit_once(' ') {
                    full_by_last
                        .entry(without_possessive(last).to_string())
                        .or_insert(n.name);
                }
            }
        }
        let mut built = Names {
            names,
            full_by_last,
        };
        for (w, after) in weak {
            let span = built.names[w].name;
            // "Perry has stepped up his attacks on Obama": a surname the recogniser knows as a
            // person's is a name even when the article never writes it in full outside quotes.
            // Only a word that opens its sentence itself: "Saying President Obama, he said"
            // opens with a participle, and Obama is the object; "The Obama-era program" is a
            // thing.
            let before = body[..span.start].trim_end();
            let first =
                before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '\u{201D}']);
            // "Wigan chairman Maurice Lindsay says", "Keane frontman Tom Chaplin": a word before a
            // role noun or another capitalised word modifies the name that follows (a place, a club,
            // a band the recogniser may have taken for a person), and is no subject.
            let next = body[span.end..].split_whitespace().next().unwrap_or("");
            let modifier = is_role_noun(next)
                || ["frontman", "frontwoman", "boss"].contains(&next)
                || next.starts_with(char::is_uppercase);
            let known = known_person(span) && first && !modifier;
            if built.fullest(body, span).is_none() && !known {
                built.names[w].subject = false;
            } else {
                for a in after {
                    built.names[a].subject = false;
                }
            }
        }
        for (o, weak) in promoted {
            if weak.map_or(true, |w| !built.names[w].subject) {
                built.names[o].subject = true;
            }
        }
        built
    }

    /// Whom a "he" or "she" (`pronoun`) may stand for: the subjects of the clauses before it, within
    /// `window` bytes, that agree with it in gender ([`refer`]), nearest first: the caller takes the first whose entity is a person ("the GOP letter" or
    /// "Constitution" may hold a clause's subject slot, but a "he" after them goes on to the
    /// person before).
    pub fn antecedents<'a>(
        &'a self,
        body: &'a str,
        pronoun: Span,
        window: usize,
    ) -> impl Iterator<Item = Span> + 'a {
        let at = pronoun.start;
        let word = pronoun.text(body);
        let idx = self.names.partition_point(|n| n.name.end <= at);
        self.names[..idx]
            .iter()
            .rev()
            .take_while(move |n| n.name.end + window >= at)
            // A subject named only by a role ("Strzok's attorney") is whom the pronoun means.
            .take_while(|n| !(n.subject && n.kind == SpeakerKind::Role))
            .filter(|n| n.subject && n.kind == SpeakerKind::Person)
            .filter(move |n| {
                refer::pronoun_can_mean(
                    word,
                    refer::title_before(body, n.name.start),
                    n.name.text(body),
                )
            })
            .map(|n| n.name)
    }

    /// The organisation an "it", "they" or "we" (`pronoun`) stands for: the nearest organisation
    /// opening a sentence before it within `window` bytes ([`refer::group_pronoun_can_mean`]).
    pub fn group_antecedent(&self, body: &str, pronoun: Span, window: usize) -> Option<Span> {
        let word = pronoun.text(body);
        let idx = self.names.partition_point(|n| n.name.end <= pronoun.start);
        self.names[..idx]
            .iter()
            .rev()
            .take_while(|n| n.name.end + window >= pronoun.start)
            .find(|n| {
                n.kind == SpeakerKind::Organisation
                    && refer::opens_sentence(body, n.name.start)
                    && refer::group_pronoun_can_mean(
                        word,
                        EntityKind::Organisation,
                        n.name.text(body),
                    )
            })
            .map(|n| n.name)
    }

    /// The person a role noun phrase at byte `at` was given to earlier ("the Russian foreign
    /// minister" -> the name titled "Russian Foreign Minister"). The head noun must match; more
    /// matching words win, then the nearest.
    pub fn role_holder(&self, role_words: &[String], at: usize) -> Option<Span> {
        let head = role_words.last()?;
        let idx = self.names.partition_point(|n| n.name.end <= at);
        let mut best: Option<(usize, Span)> = None;
        // A bounded look back: linear work even in an article with thousands of names.
        for n in self.names[..idx].iter().rev().take(2000) {
            if n.kind != SpeakerKind::Person || !n.role_words.iter().any(|w| w == head) {
                continue;
            }
            // "Vice President Joe Biden" is not "the president".
            let words: Vec<&str> = role_words.iter().map(String::as_str).collect();
            if !refer::same_rank(&n.role_words, &words) {
                continue;
            }
            let score = role_words
                .iter()
                .filter(|w| n.role_words.iter().any(|r| same_stem(r, w)))
                .count();
            if best.map_or(true, |(s, _)| score > s) {
                best = Some((score, n.name));
            }
        }
        best.map(|(_, span)| span)
    }

    /// The fullest name in the article that ends with this single-word name ("Kerry" -> "John
    /// Kerry").
    pub fn fullest(&self, body: &str, name: Span) -> Option<Span> {
        self.full_by_last
            .get(without_possessive(name.text(body)))
            .copied()
    }
}

/// Does token `start` open a sentence or a paragraph?
fn sentence_initial_at(body: &str, toks: &[Tok], start: usize) -> bool {
    let full_stop = |k: usize| toks[k].punct.is_some_and(|c| matches!(c, '.' | '!' | '?'));
    // ... "without merit." Like many ...: a sentence ending inside a quotation.
    let closing = |k: usize| toks[k].punct.is_some_and(|c| matches!(c, '"' | '\u{201D}'));
    start == 0
        || full_stop(start - 1)
        || (start >= 2 && closing(start - 1) && full_stop(start - 2))
        || body[toks[start - 1].span.end..toks[start].span.start].contains('\n')
}

/// Is token `i` a personal pronoun ("he", "she", "they", "we", "I"; not "it", often a dummy
/// subject: "It was Smith who ...") opening its sentence, or after a conjunction that does ("But he")?
fn pronoun_opens_clause(body: &str, toks: &[Tok], i: usize) -> bool {
    let word = toks[i].span.text(body);
    let personal =
        matches!(pronoun(word), Some(true)) || matches!(word, "They" | "they" | "We" | "we" | "I");
    let opens = |k: usize| toks[k].is_word() && sentence_initial_at(body, toks, k);
    toks[i].is_word()
        && personal
        && (opens(i)
            || (i > 0
                && opens(i - 1)
                && matches!(
                    toks[i - 1].span.text(body).to_lowercase().as_str(),
                    "but" | "and" | "so" | "yet" | "then"
                )))
}

/// "Trump's" -> "Trump".
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

fn words_of(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| without_possessive(w.trim_end_matches([',', '.'])).to_lowercase())
        .filter(|w| !w.is_empty() && !is_determiner(w))
        .collect()
}

/// "russian" ~ "russia", "iraqi" ~ "iraq": place words compared by their first five letters.
fn same_stem(a: &str, b: &str) -> bool {
    let a = a.trim_end_matches('s');
    let b = b.trim_end_matches('s');
    a == b || (a.len() >= 4 && b.len() >= 4 && a.chars().take(5).eq(b.chars().take(5)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::words::tokenize;

    /// The subjects a "he" at the end of `body` may stand for, nearest first, with every
    /// capitalised word known to the recogniser as a person.
    fn antecedents_of_last_he(body: &str) -> Vec<&str> {
        let toks = tokenize(body, Span::new(0, body.len()));
        let names = Names::build(body, &toks, &vec![false; toks.len()], |_| true);
        let at = body.rfind(" he ").expect("a 'he'") + 1;
        let pronoun = Span::new(at, at + 2);
        names
            .antecedents(body, pronoun, body.len())
            .map(|s| s.text(body))
            .collect()
    }

    #[test]
    fn a_lone_known_surname_opening_its_sentence_is_its_subject() {
        let body = "Brandt has stepped up his attacks on the mayor. Then he spoke.";
        assert_eq!(antecedents_of_last_he(body), ["Brandt"]);
    }

    #[test]
    fn a_word_before_a_role_noun_or_a_name_modifies_it() {
        // "Valdora" (a club the recogniser may take for a person) is no subject of its own.
        let body = "Valdora chairman Ivo Brandt says the deal is off. Then he spoke.";
        assert!(!antecedents_of_last_he(body).contains(&"Valdora"));
        let body = "Valdora Ivo Brandt says the deal is off. Then he spoke.";
        assert!(!antecedents_of_last_he(body).contains(&"Valdora"));
    }
}
