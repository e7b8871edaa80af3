//! What grouping compares of a claim: its folded words, its content words (stemmed, synonyms of
//! `data/linking/claim_synonyms.tsv` folded), its entity keys, the years it names, and whether it is
//! page furniture or a fragment with nothing to assert.
//!
//! Speech verbs ("said", "asked": attribution left in the content) are not content words. Words
//! written capitalised inside the claim (names, titles: "President Donald Trump", "White House Press
//! Secretary") are content words but are also kept apart as `names`: two claims must share words
//! other than names and titles, so two claims about one person do not match through his name alone,
//! and a claim with fewer than [`MIN_CONTENT`] other words (an attribution left over, a headline in
//! title case) is a fragment, grouped only with the same words.

use super::decide::MIN_IDENTICAL;
use super::predicate::{cue_predicate, predicate, SubjectWords};
use crate::extract::claims::lexicon::STOPWORDS;
use crate::extract::lang::lexicon::irregular_verb_lemma;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

/// The synonym rows of `data/linking/claim_synonyms.tsv`, indexed for [`canonical`]: every row word
/// with the first row holding it, and the words of five letters or more again as prefixes (so a
/// stem costs a few hash lookups, not a scan of every row).
struct Synonyms {
    canonical: Vec<String>,
    /// Row word -> first row holding it.
    exact: HashMap<String, usize>,
    /// Row word of five letters or more -> first row holding it ("cooper" covers "cooperation").
    prefix: HashMap<String, usize>,
    /// The longest word of `prefix`, in bytes: no longer prefix of a stem can match.
    longest: usize,
}

static SYNONYMS: LazyLock<Synonyms> = LazyLock::new(|| {
    let mut synonyms = Synonyms {
        canonical: Vec::new(),
        exact: HashMap::new(),
        prefix: HashMap::new(),
        longest: 0,
    };
    let rows = include_str!("../../../data/linking/claim_synonyms.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'));
    for (row, (canonical, words)) in rows.enumerate() {
        synonyms.canonical.push(canonical.trim().to_string());
        for w in words.split_whitespace() {
            synonyms.exact.entry(w.to_string()).or_insert(row);
            if w.len() >= PREFIX_LETTERS {
                synonyms.prefix.entry(w.to_string()).or_insert(row);
                synonyms.longest = synonyms.longest.max(w.len());
            }
        }
    }
    synonyms
});

/// A synonym row entry this long or longer also matches the stems it starts.
const PREFIX_LETTERS: usize = 5;

/// The stopwords as a set: every word of every claim is looked up (a scan of the list was a tenth of
/// regrouping a large database).
static STOPWORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOPWORDS.iter().copied().collect());

pub use crate::extract::claims::lexicon::is_furniture;

/// The canonical word for a stem: the first synonym row holding it gives its first word (a row
/// entry of five letters or more also matches longer stems: "cooper" covers "cooperation").
fn canonical(stem: String) -> String {
    let synonyms = &*SYNONYMS;
    let exact = synonyms.exact.get(&stem).copied();
    let prefixes = (PREFIX_LETTERS..stem.len().min(synonyms.longest + 1))
        .filter(|&end| stem.is_char_boundary(end))
        .filter_map(|end| synonyms.prefix.get(&stem[..end]).copied());
    match exact.into_iter().chain(prefixes).min() {
        Some(row) => synonyms.canonical[row].clone(),
        None => stem,
    }
}

/// The folded words of a claim (for identity) and its content words (stemmed, synonyms folded; speech
/// verbs left out, see the module docs).
pub(super) fn words(text: &str) -> (Vec<String>, BTreeSet<String>) {
    let folded: Vec<String> = crate::link::quote_groups::normalized_words(text);
    let content = folded
        .iter()
        .filter(|w| {
            !STOPWORD_SET.contains(w.as_str())
                && w.chars().count() >= 3
                && !w.chars().any(|c| c.is_ascii_digit())
                && !NOT_SUBJECTS.contains(&w.as_str())
                && !is_speech_verb(w)
        })
        .map(|w| word_key(w))
        .collect();
    (folded, content)
}

/// A word as claims are compared: an irregular verb form as its lemma ("met" -> "meet"), stemmed, its
/// synonyms folded.
pub(super) fn word_key(word: &str) -> String {
    canonical(stem(irregular_verb_lemma(word).unwrap_or(word)))
}

/// A speech verb in a form that is no noun: "said", "asked", "saying", but not "states", "claims" or
/// "report" (nouns as often as verbs).
fn is_speech_verb(word: &str) -> bool {
    crate::extract::cues::speech_verb_lemma(word).is_some_and(|lemma| {
        word != lemma && word.strip_suffix('s') != Some(lemma) && !word.ends_with("ment")
    })
}

/// The content words (stemmed, synonyms folded) written capitalised after a claim's first word:
/// names and titles. The first word is left alone: a capital there may only open the sentence.
fn name_words(text: &str) -> BTreeSet<String> {
    text.split_whitespace()
        .skip(1)
        .filter(|t| {
            t.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase)
        })
        .flat_map(crate::link::quote_groups::normalized_words)
        .map(|w| canonical(stem(&w)))
        .collect()
}

/// The years a claim names ("in 2012", "the 2016 nomination"): four-digit numbers from 1900 to 2099.
pub(super) fn years(folded: &[String]) -> Vec<u16> {
    let mut years: Vec<u16> = folded
        .iter()
        .filter_map(|w| {
            let digits = w.strip_suffix('s').unwrap_or(w);
            (digits.len() == 4).then(|| digits.parse::<u16>().ok())?
        })
        .filter(|y| (1900..=2099).contains(y))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

pub fn stem(word: &str) -> String {
    let mut w = word
        .to_lowercase()
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .to_string();
    if w.ends_with("ies") && w.len() > 4 {
        w.truncate(w.len() - 3);
        w.push('y');
        return w;
    }
    for suffix in ["ing", "ed", "es", "s"] {
        if w.ends_with(suffix)
            && w.len() - suffix.len() >= 3
            && !w.ends_with("ss")
            && !w.ends_with("us")
        {
            w.truncate(w.len() - suffix.len());
            // "running", "stopped": the doubled consonant of the base ("add", "fall" keep theirs).
            let b = w.as_bytes();
            let n = b.len();
            if suffix.len() >= 2 && n >= 4 && b[n - 1] == b[n - 2] && b"bgmnprt".contains(&b[n - 1])
            {
                w.pop();
            }
            break;
        }
    }
    if w.ends_with('e') && w.len() > 3 {
        w.pop();
    }
    w
}
/// Words that say nothing of what a claim asserts: contractions of "I" and courtesy titles.
const NOT_SUBJECTS: &[&str] = &[
    "i'm",
    "i\u{2019}m",
    "i've",
    "i'd",
    "i'll",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// What grouping compares of a claim, kept small: a database's claims are all in memory at once (lists
/// as boxed slices: no spare capacity, 8 bytes less each than a vector).
pub struct Features {
    /// Hash of the folded words, for claims of at least [`MIN_IDENTICAL`] words.
    pub(super) identity: Option<u64>,
    /// How many folded words.
    pub(super) len: usize,
    /// Content words (stemmed, synonyms folded) as ids of an [`Interner`], ascending.
    pub(super) content: Box<[u32]>,
    /// Entity keys, ascending.
    pub(super) entities: Box<[i64]>,
    /// The content words written capitalised (names, titles), ascending.
    pub(super) names: Box<[u32]>,
    /// Years the claim names, ascending: claims naming different years are different claims.
    pub(super) years: Box<[u16]>,
    /// The main predicate's words ([`super::predicate`]: the verb, an infinitive after it, a copula's
    /// complement) as content-word ids, ascending; empty when no verb was found.
    pub(super) predicate: Predicate,
    /// The head of the main verb's object and what it is "of" ("offered him the job of harbour
    /// master": job, harbour, master), as content-word ids (at most [`PREDICATE_WORDS`]).
    pub(super) object: Predicate,
    /// The main verb itself (or a copula's complement), as a content-word id.
    pub(super) main_verb: Option<u32>,
    /// What the claim's cue asserts of its content ([`super::predicate::cue_predicate`]: "[called
    /// for] a ban"), as a word id: the predicate of a claim with no verb of its own, and a predicate
    /// it asserts whatever verb the predicate reader found in its text.
    pub(super) cue_verb: Option<u32>,
    /// Where the main clause carries a negation.
    pub(super) negation: Negation,
    /// Which content words (bit k for `content[k]`; words past the 64th count as in it) stand in the
    /// main clause: what the claim asserts, not what a side clause adds ("Farenthold, who used
    /// taxpayer funds to settle a lawsuit, resigned").
    pub(super) main_mask: u64,
    /// For a claim carrying two statements ("S1, but S2"; "S1; S2"; "S1, adding S2"; two
    /// sentences), which content words (bits as in `main_mask`) stand in the first and which in the
    /// second: both all ones when it is one statement. See [`super::decide::through_part`].
    pub(super) parts: [u64; 2],
    /// A name's possession with no verb ("Iran's nuclear program"): it asserts nothing by itself.
    pub(super) possession: bool,
    /// Who the main verb's subject is, as the article tells it.
    pub(super) subject: Subject,
    /// The main verb is a passive: its subject is what is done to ("Sestak was offered a post").
    pub(super) passive: bool,
    /// Page furniture: never grouped.
    pub(super) furniture: bool,
    /// Fewer than [`MIN_CONTENT`] content words besides names (an attribution left over, "said White
    /// House Press Secretary Josh Earnest"; a headline in title case; "He is not welcome to Mexico"):
    /// grouped only with the same words.
    pub(super) fragment: bool,
}

/// The words of a claim's main predicate as content-word ids, ascending: at most
/// [`PREDICATE_WORDS`], kept inline (a database's claims are all in memory at once).
#[derive(Debug, Clone, Copy, Default)]
pub struct Predicate {
    ids: [u32; PREDICATE_WORDS],
    len: u8,
}

/// A verb, an infinitive after it, a light verb's or copula's second word.
pub const PREDICATE_WORDS: usize = 3;

impl Predicate {
    fn push(&mut self, id: u32) {
        let len = usize::from(self.len);
        if len < PREDICATE_WORDS && !self.ids[..len].contains(&id) {
            self.ids[len] = id;
            self.len += 1;
            self.ids[..=len].sort_unstable();
        }
    }
    pub fn as_slice(&self) -> &[u32] {
        &self.ids[..usize::from(self.len)]
    }
}

/// Where a claim's main clause is negated: what tells a denial of another claim's proposition from a
/// negation of something else ("no one was hurt when the dam failed").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Negation {
    /// No negation word in the main clause (a claim may still be negated by its cue: "denied that").
    None,
    /// In the main verb's chain: "will not pay", "never offered".
    OnVerb,
    /// Elsewhere in the main clause.
    Elsewhere,
}

/// Who a claim's main verb is said of, as far as the article tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// No subject found, or a noun no mention covers ("officials", "the plan").
    Unknown,
    /// A personal pronoun the article's resolver tied to no entity ("he did not send the photo"):
    /// it may be anyone of the story.
    Pronoun,
    /// The entity keys of the subject's heads, ascending: a name, a surname, a pronoun or a role the
    /// resolver tied to one ("he", "the senator"), each conjunct's ("Lorvania and Esterra"), or the
    /// claim's source when the claim opens with its verb's infinitive ("agreed | to let ..."). `named`
    /// when no head is a pronoun and the subject is in the claim's text: a pronoun's resolution is a guess good enough to join two claims
    /// on, not to keep them apart ("I knew you'd say that" is the speaker's quoting of another man).
    Entities {
        keys: Box<[i64]>,
        named: bool,
        /// The words of the entities' names (ids, ascending): two subjects sharing one may be one
        /// ("Peña" / "Peña Nieto", left two entities by the linking), so only subjects sharing no
        /// name word are different.
        words: Box<[i64]>,
    },
}

/// An entity mention inside a claim: where it stands (in characters from the claim's start) and its
/// entity key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: i64,
    /// A pronoun the resolver tied to the entity ("he", "I").
    pub pronoun: bool,
}

/// What the article says around a claim: the mentions inside the claim, its source's entities (the
/// subject of a claim that opens with its verb's infinitive) and its cue.
#[derive(Debug, Clone, Copy, Default)]
pub struct Who<'a> {
    pub mentions: &'a [Mention],
    pub source: &'a [i64],
    /// The words of each entity key's name (ids); an entity missing here is its own only word.
    pub name_words: Option<&'a HashMap<i64, Vec<i64>>>,
    /// The claim's cue ("opposes", "called for"): what a claim with no verb of its own asserts
    /// ([`super::predicate::cue_predicate`]).
    pub cue: Option<&'a str>,
}

/// The subject of a claim's main verb resolved through the article's mentions (see [`Subject`]).
/// Every head of the subject must be covered by a mention; a pronoun no mention covers is
/// [`Subject::Pronoun`].
pub(super) fn resolve_subject(text: &str, words: &SubjectWords, who: Who) -> Subject {
    // A source may be a pronoun ("he agreed | to ..."): its entity joins, never parts.
    let (mut keys, named) = if words.elided {
        (who.source.to_vec(), false)
    } else {
        let covering = |span: &crate::extract::Span| {
            let start = text[..span.start].chars().count();
            let end = start + text[span.start..span.end].chars().count();
            (who.mentions.iter()).find(|m| m.start <= start && end <= m.end)
        };
        let Some(found) = words.heads.iter().map(covering).collect::<Option<Vec<_>>>() else {
            return if words.pronoun {
                Subject::Pronoun
            } else {
                Subject::Unknown
            };
        };
        let named = found.iter().all(|m| !m.pronoun);
        (found.iter().map(|m| m.entity).collect(), named)
    };
    keys.sort_unstable();
    keys.dedup();
    let mut words: Vec<i64> = (keys.iter())
        .flat_map(|k| match who.name_words.and_then(|n| n.get(k)) {
            Some(words) => words.clone(),
            None => vec![*k],
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    if keys.is_empty() {
        Subject::Unknown
    } else {
        Subject::Entities {
            keys: keys.into(),
            named,
            words: words.into(),
        }
    }
}

/// Content words besides names a claim needs to say something of its entities.
pub const MIN_CONTENT: usize = 2;

/// Numbers standing for content words, so each distinct word is stored once.
#[derive(Default)]
pub struct Interner(HashMap<String, u32>);

impl Interner {
    fn id(&mut self, word: String) -> u32 {
        let next = self.0.len() as u32;
        *self.0.entry(word).or_insert(next)
    }
}

impl Features {
    pub fn new(text: &str, entities: &[i64], who: Who, words_ids: &mut Interner) -> Features {
        let (folded, content) = words(text);
        let name_words = name_words(text);
        let mut names = Vec::new();
        let mut content: Vec<u32> = content
            .into_iter()
            .map(|w| {
                let named = name_words.contains(&w);
                let id = words_ids.id(w);
                if named {
                    names.push(id);
                }
                id
            })
            .collect();
        content.sort_unstable();
        names.sort_unstable();
        let p = predicate(text);
        let main_verb = p.verb.as_ref().map(|w| words_ids.id(word_key(w)));
        let mut predicate = Predicate::default();
        // Only content words: a verb no claim counts among its words ("go", "be") would make every
        // other predicate look unsaid.
        for w in p.verb.iter().chain(&p.more) {
            // Folded as the claim's words are ("re-elected" is one word there).
            for key in crate::link::quote_groups::normalized_words(w) {
                let id = words_ids.id(word_key(&key));
                if content.binary_search(&id).is_ok() {
                    predicate.push(id);
                }
            }
        }
        // A noun phrase ("Democratic presidential nominee Hillary Clinton") asserts what its cue
        // says of it ("endorsed"): its cue's verb is its predicate, though no word of its text.
        let cue_verb = who
            .cue
            .and_then(cue_predicate)
            .map(|v| words_ids.id(word_key(v)));
        if predicate.len == 0 {
            if let Some(verb) = cue_verb {
                predicate.push(verb);
            }
        }
        let mut object = Predicate::default();
        for w in &p.direct_object {
            for key in crate::link::quote_groups::normalized_words(w) {
                let id = words_ids.id(word_key(&key));
                if content.binary_search(&id).is_ok() {
                    object.push(id);
                }
            }
        }
        let negation = match (p.negated, p.clause_negated) {
            (true, _) => Negation::OnVerb,
            (false, true) => Negation::Elsewhere,
            (false, false) => Negation::None,
        };
        let (_, main) = words(&p.main_words.join(" "));
        // The ids of the main clause's words, looked up once (not once per content word).
        let main: Vec<u32> = (main.iter())
            .filter_map(|w| words_ids.0.get(w).copied())
            .collect();
        let main_mask = mask_of(&content, |id| main.contains(id));
        let parts = match second_statement(text) {
            Some(k) => [&text[..k], &text[k..]].map(|part| {
                let (_, words) = words(part);
                let ids: Vec<u32> = (words.iter())
                    .filter_map(|w| words_ids.0.get(w).copied())
                    .collect();
                mask_of(&content, |id| ids.contains(id))
            }),
            None => [u64::MAX; 2],
        };
        let subject = resolve_subject(text, &p.subject_words, who);
        let mut entities = entities.to_vec();
        entities.sort_unstable();
        entities.dedup();
        Features {
            identity: (folded.len() >= MIN_IDENTICAL).then(|| hash(&folded.join(" "))),
            len: folded.len(),
            furniture: is_furniture(text),
            fragment: content.len() - names.len() < MIN_CONTENT,
            years: years(&folded).into(),
            main_verb,
            cue_verb,
            predicate,
            object,
            negation,
            main_mask,
            possession: p.possession,
            parts,
            subject,
            passive: p.subject_words.passive,
            names: names.into(),
            content: content.into(),
            entities: entities.into(),
        }
    }
}

/// Bit k set for `content[k]` (the first 64) when `has` holds of it.
fn mask_of(content: &[u32], has: impl Fn(&u32) -> bool) -> u64 {
    (content.iter().take(64).enumerate()).fold(0u64, |m, (k, id)| m | u64::from(has(id)) << k)
}

/// Where the second statement of a claim carrying two starts (a byte offset): after "; ", ", but",
/// ", adding", or a sentence's full stop ("... before he left. He denied it": a lower-case word of
/// three letters or more before the stop, a capital after it; "Mr. Trump" is no end). None when
/// it is one statement.
pub(super) fn second_statement(text: &str) -> Option<usize> {
    let marks = ["; ", ", but ", " but ", ", adding "];
    let mark = marks.iter().filter_map(|m| text.find(m)).min();
    let stop = text.match_indices(". ").map(|(k, _)| k).find(|&k| {
        let word = text[..k]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let next = text[k + 2..].chars().next();
        word.chars().count() >= 3
            && word.chars().all(char::is_lowercase)
            && next.is_some_and(char::is_uppercase)
    });
    [mark, stop].into_iter().flatten().min().filter(|&k| k > 0)
}

fn hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// How many values two ascending lists share.
pub(super) fn sorted_common<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

impl Features {
    /// Does the claim's main clause say the word `id`? (The claim carries it and not only in a side
    /// clause.)
    pub(super) fn says_in_main(&self, id: u32) -> bool {
        self.content
            .binary_search(&id)
            .is_ok_and(|k| k >= 64 || self.main_mask >> k & 1 == 1)
    }
}

impl Features {
    /// Is `id` a word of the claim's predicate (its cue's verb for a claim with none in its text)?
    pub(super) fn is_predicate(&self, id: u32) -> bool {
        self.predicate.as_slice().contains(&id)
    }

    /// Does the claim assert the word `id`: in its main clause, as its predicate or through its cue?
    pub(super) fn asserts(&self, id: u32) -> bool {
        self.says_in_main(id) || self.is_predicate(id) || self.cue_verb == Some(id)
    }
}

pub(super) fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * sorted_common(a, b) as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod synonym_tests {
    use super::*;

    /// The first row of the table holding the stem (or a five-letter-or-longer entry it starts with),
    /// read by scanning every row: what the index must answer.
    fn scanned(stem: &str) -> String {
        let table = include_str!("../../../data/linking/claim_synonyms.tsv");
        for (canonical, words) in (table.lines())
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
        {
            let hit = (words.split_whitespace())
                .any(|w| w == stem || (w.len() >= PREFIX_LETTERS && stem.starts_with(w)));
            if hit {
                return canonical.trim().to_string();
            }
        }
        stem.to_string()
    }

    #[test]
    fn the_synonym_index_answers_as_a_scan_of_the_rows() {
        let table = include_str!("../../../data/linking/claim_synonyms.tsv");
        let mut stems: Vec<String> = ["", "a", "harbour", "cooperat", "coordinat", "dealer"]
            .map(str::to_string)
            .to_vec();
        for w in table.lines().flat_map(str::split_whitespace) {
            stems.extend([w.to_string(), format!("{w}ion"), format!("{w}s")]);
            stems.push(w.chars().take(4).collect());
            stems.push(w.chars().take(6).collect());
        }
        assert!(stems.len() > 100);
        for stem in stems {
            assert_eq!(canonical(stem.clone()), scanned(&stem), "{stem}");
        }
    }
}
