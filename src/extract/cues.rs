//! The vocabulary of attribution: verbs and phrases that introduce what someone said or asserted.
//! Shared by [`super::quotes`] and [`super::claims`] so both recognise the same cues. The words live
//! in `data/lexicon/cues.txt` (its header documents the format), embedded at build time and parsed
//! once.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::lang::lexicon::with_lowercase;
use super::Stance;

const CUES_TXT: &str = include_str!("../../data/lexicon/cues.txt");

/// How a cue's content relates to what the source asserts (the flags of `cues.txt`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueFlags {
    /// What the source does with the content when it is not asserting it (questions, requests,
    /// promises, naming): the stance of a claim with this cue.
    pub act: Stance,
    /// The source asserts the content only tentatively.
    pub hedging: bool,
    /// The source asserts the opposite of the content.
    pub denying: bool,
    /// A person object comes before the content ("told reporters that").
    pub object: bool,
    /// The content may be an infinitive ("declined to comment").
    pub infinitive: bool,
    /// A view, wish, judgement or finding, not speech: a claim frame, never a quote's attribution.
    pub view: bool,
    /// The accused comes between the verb and its preposition ("accused X of Y", "blamed X for Y",
    /// "charged X with Y"): right before that preposition the verb is a passive participle ("the
    /// group accused of shelling the crossing"), and the noun before it is not a source.
    pub accusing: bool,
    /// A form is more often a noun ("secretary of state"): a claim cue only before "that" or
    /// punctuation ("the report states that").
    pub nounlike: bool,
    /// An adjective ("skeptical", "eager"): a cue only after a form of "be" and before its
    /// complement ("is skeptical of", "was eager to").
    pub predicate: bool,
}

impl CueFlags {
    /// Questions, requests, promises, naming: the source raises the content without asserting it.
    pub fn non_asserting(&self) -> bool {
        self.act != Stance::Asserted
    }
}

/// The parsed `cues.txt`.
#[derive(Debug, Default)]
pub struct Cues {
    /// Lower-case form ("pointed out") -> its lemma ("point out").
    forms: HashMap<&'static str, &'static str>,
    /// Two-word forms, kept apart so a one-word lookup never matches half of one.
    two_word: HashMap<String, &'static str>,
    /// The first words of the two-word forms ("pointed"), so that a word opening none is not joined
    /// to the next into a string at every token of an article.
    two_word_firsts: HashSet<&'static str>,
    flags: HashMap<&'static str, CueFlags>,
    /// Noun forms ("claims") -> lemma ("claim"): nominal attributions ("his claim that ...").
    nouns: HashMap<&'static str, &'static str>,
    /// "according to", "in the words of": the source comes after the phrase.
    pub source_first: Vec<&'static str>,
}

impl Cues {
    /// Parses the cue list; an error names the line.
    pub fn parse(text: &'static str) -> Result<Cues, String> {
        let mut cues = Cues::default();
        let mut section = "";
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            let err = |why: &str| format!("data/lexicon/cues.txt:{}: {why}: {raw}", n + 1);
            match section {
                "verbs" => cues.add_verb(line, false).map_err(err)?,
                "nouns" => cues.add_verb(line, true).map_err(err)?,
                "source-first" => cues.source_first.push(line),
                _ => return Err(err("outside [verbs], [nouns] or [source-first]")),
            }
        }
        Ok(cues)
    }

    /// Parses a `LEMMA (FLAGS): FORM ...` line into the verb forms, or the noun forms (`noun`).
    fn add_verb(&mut self, line: &'static str, noun: bool) -> Result<(), &'static str> {
        let (head, forms) = line.split_once(':').ok_or("expected LEMMA: FORMS")?;
        let (lemma, flags) = match head.split_once('(') {
            Some((l, f)) => (l.trim(), f.strip_suffix(')').ok_or("unclosed flags")?),
            None => (head.trim(), ""),
        };
        let lemma: &'static str = leak_spaced(lemma);
        let mut parsed = self.flags.get(lemma).copied().unwrap_or_default();
        for flag in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            match flag {
                "question" => parsed.act = Stance::Question,
                "request" => parsed.act = Stance::Request,
                "promise" => parsed.act = Stance::Promise,
                "naming" => parsed.act = Stance::Naming,
                "wish" => parsed.act = Stance::Wish,
                "hedging" => parsed.hedging = true,
                "denying" => parsed.denying = true,
                "object" => parsed.object = true,
                "infinitive" => parsed.infinitive = true,
                "view" => parsed.view = true,
                "accusing" => parsed.accusing = true,
                "nounlike" => parsed.nounlike = true,
                "predicate" => parsed.predicate = true,
                _ => return Err("unknown flag"),
            }
        }
        self.flags.insert(lemma, parsed);
        let mut any = false;
        for form in forms.split_whitespace() {
            any = true;
            if noun {
                self.nouns.entry(form).or_insert(lemma);
            } else if form.contains('_') {
                self.two_word.entry(form.replace('_', " ")).or_insert(lemma);
                let first = form.split('_').next().unwrap_or(form);
                self.two_word_firsts.insert(first);
            } else {
                self.forms.entry(form).or_insert(lemma);
            }
        }
        if any {
            Ok(())
        } else {
            Err("a verb without forms")
        }
    }

    /// The lemma of the two-word form `first second` ("pointed out"), any case.
    pub fn two_word_lemma(&self, first: &str, second: &str) -> Option<&'static str> {
        // The forms are lower-case ASCII: only an ASCII word can open one.
        let opens = first.is_ascii() && with_lowercase(first, |l| self.two_word_firsts.contains(l));
        if !opens {
            return None;
        }
        self.lemma(&format!("{first} {second}"))
    }

    /// The lemma of a one- or two-word form, any case.
    pub fn lemma(&self, word: &str) -> Option<&'static str> {
        with_lowercase(word, |lower| {
            if lower.contains(' ') {
                return self.two_word.get(lower).copied();
            }
            self.forms.get(lower).copied()
        })
    }

    /// The lemma of a noun form that attributes ("claims", "criticism"), any case.
    pub fn noun_lemma(&self, word: &str) -> Option<&'static str> {
        with_lowercase(word, |lower| self.nouns.get(lower).copied())
    }

    pub fn flags(&self, lemma: &str) -> CueFlags {
        self.flags.get(lemma).copied().unwrap_or_default()
    }
}

/// "point_out" -> "point out", as a `'static` string (lemmas with a space are few and parsed once).
fn leak_spaced(lemma: &'static str) -> &'static str {
    if lemma.contains('_') {
        Box::leak(lemma.replace('_', " ").into_boxed_str())
    } else {
        lemma
    }
}

/// The embedded cue list.
pub static CUES: LazyLock<Cues> =
    LazyLock::new(|| Cues::parse(CUES_TXT).unwrap_or_else(|e| panic!("{e}")));

/// Returns the lemma of a speech verb form, if `word` (any case; one word or two: "pointed out") is
/// one. Stance verbs ("believes", "criticized") are not speech: see [`claim_verb_lemma`].
pub fn speech_verb_lemma(word: &str) -> Option<&'static str> {
    CUES.lemma(word).filter(|l| !CUES.flags(l).view)
}

/// The lemma of the two-word form `first second` ("pointed out"), stance verbs included.
pub fn two_word_lemma(first: &str, second: &str) -> Option<&'static str> {
    CUES.two_word_lemma(first, second)
}

/// Returns the lemma of any verb that frames a claim: speech verbs and stance verbs.
pub fn claim_verb_lemma(word: &str) -> Option<&'static str> {
    CUES.lemma(word)
}

/// Returns the lemma of a noun that attributes what its possessor said or holds ("Trump's claim
/// that", "his support for").
pub fn attribution_noun_lemma(word: &str) -> Option<&'static str> {
    CUES.noun_lemma(word)
}

/// The flags of a cue lemma (all false for an unknown lemma).
pub fn flags(lemma: &str) -> CueFlags {
    CUES.flags(lemma)
}

/// Multi-word cues that put the source after them: "according to X".
pub fn source_first_phrases() -> &'static [&'static str] {
    &CUES.source_first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_word_forms_are_found_in_any_case_and_only_as_listed() {
        assert_eq!(two_word_lemma("pointed", "out"), Some("point out"));
        assert_eq!(two_word_lemma("Pointed", "Out"), Some("point out"));
        assert_eq!(two_word_lemma("said", "out"), None);
        assert_eq!(two_word_lemma("pointed", "at"), None);
    }

    #[test]
    fn forms_map_to_lemmas() {
        assert_eq!(speech_verb_lemma("Told"), Some("tell"));
        assert_eq!(speech_verb_lemma("insisted"), Some("insist"));
        assert_eq!(speech_verb_lemma("pointed out"), Some("point out"));
        assert_eq!(speech_verb_lemma("table"), None);
        assert_eq!(speech_verb_lemma("pointed"), None);
    }

    #[test]
    fn flags_come_from_the_file() {
        assert!(flags("tell").object);
        assert!(flags("deny").denying);
        assert_eq!(flags("ask").act, Stance::Question);
        assert_eq!(flags("say").act, Stance::Asserted);
        assert!(!flags("say").hedging);
        assert!(source_first_phrases().contains(&"according to"));
        assert!(flags("decline").infinitive);
        assert_eq!(speech_verb_lemma("criticized"), None);
        assert_eq!(claim_verb_lemma("criticized"), Some("criticize"));
        assert_eq!(claim_verb_lemma("called for"), Some("call for"));
        assert_eq!(flags("call for").act, Stance::Request);
        assert_eq!(flags("promise").act, Stance::Promise);
        assert_eq!(flags("want").act, Stance::Wish);
        assert_eq!(attribution_noun_lemma("Claims"), Some("claim"));
        assert_eq!(attribution_noun_lemma("said"), None);
        assert!(flags("criticism").view);
    }

    #[test]
    fn a_bad_line_is_named() {
        let err = Cues::parse("[verbs]\nsay said\n").unwrap_err();
        assert!(err.contains("cues.txt:2"), "{err}");
        let err = Cues::parse("[verbs]\nsay (loud): said\n").unwrap_err();
        assert!(err.contains("unknown flag"), "{err}");
    }
}
