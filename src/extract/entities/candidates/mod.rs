//! Finding name candidates sentence by sentence: runs of capitalised words, with their titles, roles and
//! kinds, and the aliases the text declares for them. What refers to what is decided later, in
//! [`super::resolve`].
//!
//! A run is a maximal sequence of capitalised words, initials ("R.") and dotted acronyms, joined by name
//! particles ("al-", "bin", "van") and, after an organisation or title word, by "of"/"for" ("Ministry of
//! Defence", "Secretary of State"). A possessive ends a run ("Iraq's"). Each run is then:
//! 1. trimmed of a leading "The" and, at the start of a sentence (or after an opening quote, a colon or a
//!    dash), of common English words ("Asked", "Even", "Virtually") unless the article also writes the
//!    word capitalised mid-sentence;
//! 2. split at a title or honorific ("Russian Foreign Minister Sergei Lavrov"): the words up to and with
//!    the title become the mention's role, the rest is a person's name;
//! 3. matched against the gazetteer: a run that is exactly a gazetteer name is that entity; a gazetteer
//!    name inside a longer run stays part of it only when the run is an organisation or place by its cue
//!    words ("Iraqi Joint Operations Command"), and splits the run otherwise ("US Kerry");
//! 4. classified (see [`classify`]).
//!
//! Weekdays, months and "I" never start or continue a run. In a sentence written in headline case every
//! candidate is weak: it is kept only if it joins a name the article also writes in ordinary prose.

mod cases;
mod classify;
mod context;
mod institutions;
mod lists;
mod plain;
mod run;
mod sentence;
mod title_case;

pub(super) use classify::adjective_shaped;
pub(super) use plain::POST_NOMINALS;

use sentence::{
    and_inside_name, common_words_of, describes_name_after, elided, is_name_word,
    name_after_particles, of_the_inside, prepare, surname_of, takes_of, takes_on, Sentence,
};

use super::gazetteer::{Hit, GAZETTEER};
use crate::extract::lang::lexicon::{
    is_common_word, is_english_word, is_never_name, title_at, DOCUMENT_WORDS, GIVEN_NAMES,
    LOCATION_CUES, ORG_CUES, PARTICLES,
};
use crate::extract::lang::tokens::is_capitalised;
use crate::extract::{Article, Cancel, Cancelled, EntityKind, MentionKind, Span};
pub use classify::{classify, cue_kind};
use std::collections::{HashMap, HashSet};

/// A possible mention, before resolution.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub sentence: usize,
    /// The name as written, without title or possessive.
    pub span: Span,
    pub kind: EntityKind,
    pub role: Option<String>,
    /// The gazetteer entry and how this form mentions it.
    pub gazetteer: Option<(usize, MentionKind)>,
    /// Kept only if it joins a name found elsewhere in the article (headline case, sentence starts).
    pub weak: bool,
    /// Written with a title or honorific ("Mr Kerry").
    pub titled: bool,
    /// Followed by a lower-case word, as an attributive compound is ("the Kerry-Lavrov meeting").
    pub attributive: bool,
    /// Starts a sentence (its capital says nothing).
    pub sentence_start: bool,
}

/// An alias the text declares: "Islamic State, also known as ISIS or ISIL", "Joint Operations Command
/// (JOC)", "Daesh, using the Arabic acronym for the IS group".
#[derive(Debug, Clone)]
pub struct Declaration {
    /// Index of the candidate the alias belongs to.
    pub target: usize,
    pub alias: String,
    /// Written in parentheses right after the name ("Joint Operations Command (JOC)"), where a
    /// team sheet also writes a player's club ("J Moss (Leeds)").
    pub bracketed: bool,
}

/// Finds every candidate and declared alias of an article.
pub fn find(
    article: &Article,
    cancel: Cancel,
) -> Result<(Vec<Candidate>, Vec<Declaration>), Cancelled> {
    let body = &article.body;
    let sentences = prepare(article);
    let hits = GAZETTEER.find(body);

    // Words the article writes capitalised mid-sentence: their capital means something.
    let mut mid_sentence: HashSet<String> = HashSet::new();
    for s in &sentences {
        if s.headline {
            continue;
        }
        // Only words standing alone count: "State" in "Islamic State" says nothing about "State" alone.
        let capital_word = |i: usize| {
            s.tokens.get(i).is_some_and(|t| {
                t.word && is_capitalised(t.text(body)) && title_at(&[t.text(body)]).is_none()
            })
        };
        for (i, t) in s.tokens.iter().enumerate() {
            if t.word
                && !s.start_like[i]
                && is_capitalised(t.text(body))
                && !(i > 0 && capital_word(i - 1))
                && !capital_word(i + 1)
            {
                mid_sentence.insert(t.text(body).to_lowercase());
            }
        }
    }

    let mut finder = Finder {
        body,
        mid_sentence: &mid_sentence,
        candidates: Vec::new(),
        declarations: Vec::new(),
    };
    let mut next_hit = 0;
    for (index, (sentence, s)) in article.sentences.iter().zip(&sentences).enumerate() {
        cancel.check()?;
        while next_hit < hits.len() && hits[next_hit].start < sentence.span.start {
            next_hit += 1;
        }
        let mut sentence_hits = Vec::new();
        let mut h = next_hit;
        while h < hits.len() && hits[h].end <= sentence.span.end {
            sentence_hits.push(hits[h]);
            h += 1;
        }
        finder.sentence(index, s, &sentence_hits);
    }
    Ok((finder.candidates, finder.declarations))
}

struct Finder<'a> {
    body: &'a str,
    mid_sentence: &'a HashSet<String>,
    candidates: Vec<Candidate>,
    declarations: Vec<Declaration>,
}

/// The hits (sorted, not overlapping) that start in tokens `a..b`, as an index range.
fn hits_starting_in(hits: &[TokenHit], a: usize, b: usize) -> (usize, usize) {
    (
        hits.partition_point(|h| h.first < a),
        hits.partition_point(|h| h.first < b),
    )
}

/// The end of run `a..b` with the gazetteer names that start in it and go on past it ("Islamic
/// State group", "Centers for Disease Control" from the run "Centers").
/// (Hits are sorted and do not overlap: only the last one starting in the run can go past it.)
fn past_hits(hits: &[TokenHit], a: usize, mut b: usize) -> usize {
    loop {
        let (_, hi) = hits_starting_in(hits, a, b);
        match hi.checked_sub(1).map(|k| &hits[k]) {
            Some(h) if h.first >= a && h.end > b => b = h.end,
            _ => return b,
        }
    }
}

/// The hit covering token `i`, if any.
fn hit_covering(hits: &[TokenHit], i: usize) -> Option<usize> {
    let k = hits.partition_point(|h| h.first <= i).checked_sub(1)?;
    (i < hits[k].end).then_some(k)
}

/// The hit ending just before token `k`, if any.
fn hit_ending_at(hits: &[TokenHit], k: usize) -> Option<usize> {
    let h = hits.partition_point(|h| h.end < k);
    (h < hits.len() && hits[h].end == k).then_some(h)
}

/// A gazetteer hit aligned with tokens `first..last+1`.
#[derive(Clone, Copy)]
struct TokenHit {
    first: usize,
    end: usize,
    hit: Hit,
}

impl Finder<'_> {
    fn word(&self, s: &Sentence, i: usize) -> &str {
        s.tokens[i].text(self.body)
    }

    fn sentence(&mut self, index: usize, s: &Sentence, hits: &[Hit]) {
        let starts: HashMap<usize, usize> = s
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.start, i))
            .collect();
        let ends: HashMap<usize, usize> = s
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.end, i))
            .collect();
        let token_hits: Vec<TokenHit> = hits
            .iter()
            .filter_map(|&hit| {
                let first = *starts.get(&hit.start)?;
                let last = *ends.get(&hit.end)?;
                Some(TokenHit {
                    first,
                    end: last + 1,
                    hit,
                })
            })
            .collect();
        let mut used = vec![false; token_hits.len()];
        let first = self.candidates.len();
        let body = self.body;
        let words: Vec<&str> = s.tokens.iter().map(|t| t.text(body)).collect();

        let n = s.tokens.len();
        // "Gov. Jan Brewer": a month's abbreviation that is also a first name, right before a name.
        let first_name = |k: usize| {
            is_never_name(words[k])
                && GIVEN_NAMES.contains(words[k])
                && k + 1 < n
                && s.tokens[k + 1].word
                && s.tokens[k + 1].start == s.tokens[k].end + 1
                && is_capitalised(words[k + 1])
                && is_name_word(words[k + 1])
        };
        // "@MittRomney", "#MAGA": an account or a hashtag is no name as written.
        let tagged = |k: usize| {
            k > 0 && matches!(words[k - 1], "@" | "#") && s.tokens[k - 1].end == s.tokens[k].start
        };
        let mut i = 0;
        while i < n {
            let t = s.tokens[i];
            if !t.word
                || !(is_name_word(self.word(s, i)) || first_name(i))
                || tagged(i)
                || elided(body, &s.tokens, i)
            {
                i += 1;
                continue;
            }
            // Extend the run.
            let mut j = i + 1;
            // (Capitalised only because it opens the sentence: "Dozens of ...", not "The ...".)
            let opens = words[i] != "The" && !s.tokens[..i].iter().any(|t| t.word);
            if !t.possessive {
                while j < n {
                    let tj = s.tokens[j];
                    let ampersand = self.word(s, j) == "&" && !s.tokens[j - 1].possessive;
                    if !tj.word && !ampersand {
                        break;
                    }
                    // Two words with no space between ("TrumpGOP", split by the tokenizer) are two
                    // names.
                    if tj.word && tj.start == s.tokens[j - 1].end && s.tokens[j - 1].word {
                        break;
                    }
                    let w = self.word(s, j);
                    let next_is_name =
                        j + 1 < n && s.tokens[j + 1].word && is_name_word(self.word(s, j + 1));
                    let ok = is_name_word(w)
                        || first_name(j)
                        || (PARTICLES.contains(w) && name_after_particles(&words, j))
                        || ((w == "of" || w == "for")
                            && next_is_name
                            && ((takes_of(self.word(s, j - 1)) && !surname_of(&words, i, j))
                                || self.names_a_document_from(s, j + 1)
                                || (hit_covering(&token_hits, j + 1).is_none()
                                    && common_words_of(&words, i, j, j + 1, opens))))
                        || of_the_inside(&words, &s.tokens, (i, j), opens, |k| {
                            hit_covering(&token_hits, k).is_some()
                        })
                        // "Gay & Lesbian Alliance": an ampersand inside a name.
                        || (w == "&" && next_is_name)
                        // "Coalition to Stop Gun Violence", "Committee to Protect Journalists".
                        || (w == "to"
                            && next_is_name
                            && sentence::takes_to(self.word(s, j - 1))
                            && is_english_word(self.word(s, j + 1))
                            && hit_covering(&token_hits, j + 1).is_none())
                        // "Bush v. Gore": a case's name (see `cases`).
                        || (cases::is_versus(w) && next_is_name)
                        // "Council on Foreign Relations", "Office of Management and Budget", unless
                        // a known name starts after the joiner ("... and the FBI").
                        || (next_is_name
                            && hit_covering(&token_hits, j + 1).is_none()
                            && ((w == "on"
                                && takes_on(self.word(s, j - 1))
                                && self.word(s, j + 1) != "May")
                                || (w == "and" && and_inside_name(&words, i, j))));
                    if !ok {
                        break;
                    }
                    j += 1;
                    if tj.possessive {
                        break;
                    }
                }
            }
            // (The words a gazetteer name carries the run over are its: "Centers for Disease
            // Control" is not read again from "Disease".)
            let j = past_hits(&token_hits, i, j);
            self.run(index, s, i, j, &token_hits, &words, &mut used);
            i = j;
        }
        // Gazetteer names outside any run ("al-Qaeda" after a lower-case word is in a run; this catches
        // the rest).
        for (k, th) in token_hits.iter().enumerate() {
            if !used[k] {
                self.push_hit(index, s, th);
            }
        }
        lists::agree_in_lists(self.body, &mut self.candidates[first..]);
        lists::places_on_routes(self.body, &mut self.candidates[first..]);
    }

    fn push_hit(&mut self, sentence: usize, s: &Sentence, th: &TokenHit) -> usize {
        let entry = &GAZETTEER.entries[th.hit.entry];
        self.candidates.push(Candidate {
            sentence,
            span: Span::new(th.hit.start, th.hit.end),
            kind: entry.kind,
            role: None,
            gazetteer: Some((th.hit.entry, th.hit.kind)),
            weak: false,
            titled: false,
            attributive: false,
            sentence_start: s.start_like[th.first],
        });
        let index = self.candidates.len() - 1;
        self.declarations_after(index, s, th.end);
        self.institution_after(sentence, s, th);
        index
    }

    fn text(&self, s: &Sentence, a: usize, b: usize) -> String {
        self.body[s.tokens[a].start..s.tokens[b - 1].end].to_string()
    }
}

/// "18th", "1st", "22nd", "3rd": a number written as an ordinal.
fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th")
}
