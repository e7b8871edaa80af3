//! Where a claim's subject stands: the words that name who does what its main verb says. The
//! grouping resolves them to entities through the article's own mentions (names, surnames, and the
//! pronouns and roles the resolver of `src/extract/refer/` tied to a name); this file only finds the
//! words, by place: the noun phrase right before the main verb's chain, back to the start of its
//! clause.

use super::IN_CHAIN;
use crate::extract::claims::lexicon::{OBJECT_PREPOSITIONS, SUBORDINATORS};
use crate::extract::claims::tokens::Token;
use crate::extract::Span;

/// The subject of a claim's main verb, as found in its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubjectWords {
    /// The head word of each conjunct ("Lorvania and Esterra" -> both names; "the two governments"
    /// -> "governments"; "the senator from Ohio" -> "senator"), as byte spans of the text.
    pub heads: Vec<Span>,
    /// The subject is a personal pronoun ("he did not send"): only the article can say who.
    pub pronoun: bool,
    /// The verb is a passive ("Sestak was offered a post"): its subject is what is done to, and the
    /// same news told in the active voice has another ("the White House offered Sestak a post").
    pub passive: bool,
    /// The claim opens with its verb's infinitive ("to let 300 trucks cross"): the subject is left
    /// out, and is the claim's source ("Lorvania and Esterra agreed | to let ...").
    pub elided: bool,
}

/// Pronouns that stand for a person or a group named elsewhere ("it" is left out: as often "it was
/// a possibility" as a thing named before).
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you"];

/// Words a subject does not run back over: what opens its clause.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "and", "but", "or", "so", "than",
];

/// The subject of the verb chain starting at `t[chain]` (see [`SubjectWords`]).
pub(super) fn subject_words(t: &[Token], chain: usize, verb: usize) -> SubjectWords {
    // "was offered", not "is taking" (a progressive keeps its subject).
    let w = t[verb].lower();
    let passive = t[chain..verb].iter().any(|x| super::is_be(&x.lower()))
        && super::is_participle(&w)
        && !w.ends_with("ing");
    // "efforts by the campaign and WikiLeaks to damage her": an infinitive inside a noun phrase has
    // no subject of its own; one opening the claim after a name has ("Brewer to veto the bill").
    let infinitive = chain == verb
        && verb > 0
        && t[..verb]
            .iter()
            .rev()
            .find(|x| !x.is_quote_mark())
            .is_some_and(|x| x.is("to"));
    let (found, start) = heads(t, chain);
    if infinitive && found.heads.is_empty() && start > 0 && verb_like(&t[start - 1]) {
        // "Okafor pledged to cut the levy", "he was told to lie" (the speech verb stepped over):
        // the subject (and voice) of the verb that takes the infinitive.
        let governing = start - 1;
        let mut chain = governing;
        while chain > 0 && t[chain - 1].is_lowercase_word() && in_chain(&t[chain - 1].lower()) {
            chain -= 1;
        }
        return subject_words(t, chain, governing);
    }
    if infinitive && !found.elided && start > first_word(t) {
        return SubjectWords::default();
    }
    SubjectWords { passive, ..found }
}

/// The subject's words before the chain at `t[chain]`, and the index where its phrase starts.
fn heads(t: &[Token], chain: usize) -> (SubjectWords, usize) {
    let opens_with_infinitive = t[..chain]
        .iter()
        .filter(|x| !x.is_quote_mark())
        .map(|x| x.is("to"))
        .eq([true]);
    if opens_with_infinitive {
        let elided = SubjectWords {
            elided: true,
            ..SubjectWords::default()
        };
        return (elided, 0);
    }
    let mut end = chain;
    while end > 0
        && (t[end - 1].is_quote_mark()
            || t[end - 1].is_lowercase_word() && in_chain(&t[end - 1].lower()))
    {
        end -= 1;
    }
    let start = phrase_start(t, end);
    // "the senator from Ohio", "the leader of the opposition": the head stands before the
    // preposition.
    let head_end = (start..end)
        .find(|&k| t[k].is_lowercase_word() && t[k].is_any(OBJECT_PREPOSITIONS))
        .unwrap_or(end);
    let phrase = &t[start..head_end];
    if phrase.len() == 1 && phrase[0].is_any(PRONOUNS) {
        let pronoun = SubjectWords {
            heads: vec![phrase[0].span],
            pronoun: true,
            ..SubjectWords::default()
        };
        return (pronoun, start);
    }
    // "Lorvania and Esterra", "Mr. Obama and Mr. Romney": the head of each conjunct, its last word.
    let heads = phrase
        .split(|x| x.is("and") || x.is_punct('&'))
        .filter_map(|conjunct| conjunct.iter().rev().find(|x| x.is_word()))
        .map(|x| x.span)
        .collect();
    let words = SubjectWords {
        heads,
        ..SubjectWords::default()
    };
    (words, start)
}

/// May the word stand in a verb chain before its verb ("will not", "has long", "was")?
fn in_chain(w: &str) -> bool {
    IN_CHAIN.contains(&w) || super::AUX.contains(&w) || super::is_be(w)
}

/// The index of the first word of the tokens.
fn first_word(t: &[Token]) -> usize {
    t.iter().position(Token::is_word).unwrap_or(t.len())
}

/// Where the noun phrase ending before `t[end]` starts: after a mark (an abbreviation's full stop
/// and quote marks aside), a clause opener, a subordinator or a lower-case verb form ("said",
/// "believes"); "and" between two capitalised words joins two names of one subject.
fn phrase_start(t: &[Token], end: usize) -> usize {
    let mut k = end;
    while k > 0 {
        let x = &t[k - 1];
        let joins_names = x.is("and")
            && k >= 2
            && t[k - 2].is_capitalised()
            && t.get(k).is_some_and(Token::is_capitalised);
        let inside = x.is_quote_mark()
            || x.is_punct('.') && k >= 2 && t[k - 2].is_capitalised()
            || x.is_word()
                && !x.is_any(CLAUSE_OPENERS)
                && !x.is_any(SUBORDINATORS)
                && !verb_like(x)
            || joins_names;
        if !inside {
            break;
        }
        k -= 1;
    }
    k
}

/// A lower-case word that may be a verb of an earlier clause ("officials said the council will"):
/// a past form or a speech verb. A subject does not reach back over it.
fn verb_like(x: &Token) -> bool {
    let w = x.lower();
    x.is_lowercase_word()
        && (w.ends_with("ed") && w.len() >= 5
            || crate::extract::cues::speech_verb_lemma(&w).is_some()
            || crate::extract::lang::lexicon::irregular_verb_lemma(&w).is_some())
}
