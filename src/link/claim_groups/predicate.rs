//! A claim's main predicate: what it says of its entities. Two claims about the same people in one
//! story often share their names and two or three words ("Steele is expected to announce a decision"
//! / "Steele said he will not seek a second term"); what tells them apart is the verb of their main
//! clause ("announce" / "seek").
//!
//! There is no part-of-speech tagger: the main verb is found by its shape and place, over the claim
//! rules' tokens ([`crate::extract::claims::tokens`]) of the main clause
//! ([`crate::extract::claims::hedges::main_clause`]; side clauses opened by "while", "which", "if" ...
//! say something else):
//! - the word after an auxiliary chain ("will not seek", "has long had", "was invited"); after a form
//!   of "be" a word that is no participle is a copula's complement ("is unconstitutional");
//! - else the first past form ("-ed" not after a determiner, or an irregular form of
//!   `data/lexicon/verb_forms.txt`), a present "-s" form right after a pronoun or a clause-opening
//!   name, an infinitive ("Brewer to veto the bill"), or a participle opening the claim ("ending
//!   Medicare as we know it").
//!
//! Speech verbs ("said", "asked") are stepped over: the predicate is what was said. A verb followed by
//! "to" and another verb gives both ("expected to announce", "pledged to end"); a light verb ("had
//! access", "took steps") gives the word it takes instead of itself.

use crate::extract::claims::hedges::{is_negation_word, main_clause};
use crate::extract::claims::lexicon::{OBJECT_PREPOSITIONS, STOPWORDS, SUBORDINATORS};
use crate::extract::claims::tokens::{tokenize, Token};
use crate::extract::lang::lexicon::irregular_verb_lemma;
use crate::extract::Span;
use clauses::{asserted_words, without_asides, without_opening_adjunct};
pub use cue::cue_predicate;
pub use subject::SubjectWords;

/// What [`predicate`] finds, as lower-case lemmas (irregular forms resolved, regular ones as written:
/// the caller stems them like content words).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Predicate {
    /// The main verb, or a copula's complement ("unconstitutional"), or a light verb's object.
    pub verb: Option<String>,
    /// Further words of the predicate: the infinitive after a verb ("expected to announce"), a light
    /// verb's or copula's second word.
    pub more: Vec<String>,
    /// The head of the main verb's object: "pay for the new harbour wall" -> "wall".
    pub object: Option<String>,
    /// The word right before the verb's chain, when it can be its subject's head: "the council never
    /// offered" -> "council". None for a pronoun ("he did not send": who "he" is, the claim does not
    /// say), a function word or a mark (an infinitive fragment, "to sue the ferry company").
    pub subject: Option<String>,
    /// The object's words: its head and the names or words it is "of" ("offered Brandt the job of
    /// harbour master" -> "job", "harbour", "master").
    pub object_words: Vec<String>,
    /// A negation word stands in the verb's own chain ("will not pay", "never offered").
    pub negated: bool,
    /// A negation word stands in the main clause, wherever ("no one was hurt" as well).
    pub clause_negated: bool,
    /// The words the claim asserts, lower-case: without asides and relative clauses set off by a
    /// comma ("Farenthold, who used taxpayer funds to settle a lawsuit, resigned").
    pub main_words: Vec<String>,
    /// The claim is a name's possession and nothing more: a possessive opening it and no verb at all
    /// ("Iran's nuclear program", "Mr. Trump's pick of Flynn as his adviser"). It names a thing and
    /// asserts nothing of it.
    pub possession: bool,
    /// Where the main verb (or the word that gave the predicate) starts, in bytes of the text.
    pub verb_start: Option<usize>,
    /// The main verb's direct object, as [`Predicate::object_words`] reads it, when one follows the
    /// verb without a preposition ("offered Sestak the job of secretary": "job", "secretary"), or
    /// follows the infinitive the verb takes ("offered to appoint him as secretary of the Navy":
    /// "secretary", "navy"). Empty after a preposition ("fired from the bureau"): that is no object.
    pub direct_object: Vec<String>,
    /// Where the main verb's subject stands in the text ([`subject::subject_words`]), for the
    /// grouping to resolve to entities.
    pub subject_words: SubjectWords,
}

/// Auxiliaries and modals (forms of "be" apart, [`BE`]).
#[rustfmt::skip]
const AUX: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must", "shall", "do", "does", "did",
    "has", "have", "had", "having", "'ll", "'d", "\u{2019}ll", "\u{2019}d", "cannot",
];
const BE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "'s",
    "'re",
    "\u{2019}s",
    "\u{2019}re",
];
/// Words that may stand inside a verb chain ("has long had", "will not", "did not even").
#[rustfmt::skip]
const IN_CHAIN: &[&str] = &[
    "not", "never", "also", "still", "just", "already", "ever", "even", "then", "now", "soon",
    "again", "long", "only", "always", "often", "to", "n't", "no", "longer", "all", "both", "yet",
];
/// Light verbs: they say little by themselves; the word they take is the predicate.
#[rustfmt::skip]
const LIGHT: &[&str] = &[
    "have", "has", "had", "having", "get", "gets", "got", "getting", "gotten", "make", "makes",
    "made", "making", "take", "takes", "took", "taken", "taking", "give", "gives", "gave", "given",
    "giving", "do", "does", "did", "done", "doing", "keep", "keeps", "kept", "put", "puts",
];
/// Words before which an "-ed" or "-ing" word is an adjective or a noun ("the alleged attack").
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "some", "any", "no", "every", "each", "more", "most", "less", "very", "well",
];
/// Words that are no object or complement: what follows them is.
#[rustfmt::skip]
const NOT_OBJECT: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "some", "any", "to", "for", "of", "in", "on", "at", "by", "with", "from", "about",
    "as", "into", "it", "him", "them", "us", "me", "you", "up", "out", "off", "back", "very", "more",
    "most", "so", "too", "also", "just", "all", "there", "here", "mr", "mrs", "ms",
];

/// The main predicate of a claim's text (see the module docs). Empty when no verb is found (a noun
/// phrase: "Iran's nuclear program").
pub fn predicate(text: &str) -> Predicate {
    let tokens = tokenize(text, Span::new(0, text.len()));
    // "whether the ferry may run": the proposition follows "whether" (as the claim rules read it).
    let start = usize::from(tokens.first().is_some_and(|t| t.is_any(&["whether", "if"])));
    let tokens = without_asides(&tokens[start..]);
    let tokens = without_opening_adjunct(&tokens);
    // The main clause's words, with the marks between them (a comma ends an object).
    let kept: Vec<Span> = main_clause(&tokens).into_iter().map(|t| t.span).collect();
    let main: Vec<Token> = tokens
        .iter()
        .filter(|t| {
            !t.is_word()
                || kept
                    .binary_search_by_key(&t.span.start, |s| s.start)
                    .is_ok()
        })
        .copied()
        .collect();
    let mut found = find(&main);
    if found.verb.is_none() {
        found = find(&tokens);
    }
    found.clause_negated = main
        .iter()
        .any(|t| t.is_word() && is_negation_word(&t.lower()));
    found.main_words = asserted_words(&tokens, found.verb_start);
    // An auxiliary or "be" is a verb even where nothing after it is read as one ("is roughly 35
    // percent").
    let aux = |t: &Token| {
        let w = t.lower();
        t.is_word() && (AUX.contains(&w.as_str()) || is_be(&w) || is_contracted_aux(&w))
    };
    found.possession = found.verb.is_none()
        && opens_with_possessive(&tokens)
        && !tokens.iter().any(aux)
        && !(0..tokens.len()).any(|i| verb_at(&tokens, i).is_some());
    found
}

/// Does a name with a possessive open the tokens ("Iran's", "Mr. Trump's", "AARP's")?
fn opens_with_possessive(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .take_while(|t| t.is_capitalised() || t.is_punct('.'))
        .any(|t| t.text.ends_with("'s") || t.text.ends_with("\u{2019}s"))
}

fn find(t: &[Token]) -> Predicate {
    let mut out = Predicate::default();
    let mut i = 0;
    let mut stepped = false;
    while i < t.len() {
        let Some((verb, copula, negated)) = verb_at(t, i) else {
            i += 1;
            continue;
        };
        let word = t[verb].lower();
        if !stepped && inside_subject(t, verb) {
            // "Mr. Trump's decision to withdraw the troops was a step too far": an infinitive before
            // the clause's own verb belongs to its subject.
            i = verb + 1;
            continue;
        }
        if is_speech_verb(&word) && !copula {
            stepped = true;
            // "asked Clinton to explore options", "warned that the dam ...": the predicate is what
            // was said. A speech verb with no content after it ("will announce her decision") is the
            // predicate, but one that other claims' content words leave out: unknown.
            if frames_content(t, verb) {
                i = verb + 1;
                continue;
            }
            break;
        }
        let lemma = irregular_verb_lemma(&word).unwrap_or(&word).to_string();
        out.subject = subject_before(t, i);
        out.subject_words = subject::subject_words(t, i, verb);
        // A copula's complement starts at `verb`; a verb's object after it.
        if copula || LIGHT.contains(&word.as_str()) {
            let mut taken = objects(t, if copula { verb } else { verb + 1 }).into_iter();
            out.verb = taken.next();
            out.more.extend(taken.take(1));
            out.negated = negated;
            if out.verb.is_none() {
                i = verb + 1;
                continue;
            }
        } else {
            out.verb = Some(lemma);
            out.object = head_at(t, verb + 1).map(|k| t[k].lower());
            out.object_words = object_words(t, verb + 1);
            out.direct_object = direct_object(t, verb);
            out.negated = negated;
        }
        out.verb_start = Some(t[verb].span.start);
        // "expected to announce a decision", "pledged to end the war": the infinitive too.
        if let Some(inf) = infinitive_after(t, verb + 1) {
            out.more.push(inf);
        }
        break;
    }
    out
}

/// Is the verb at `t[v]` an infinitive ("to withdraw") followed in its clause by an auxiliary or a
/// form of "be" (the clause's verb: "the decision to withdraw troops was ...")?
fn inside_subject(t: &[Token], v: usize) -> bool {
    if !(v > 0 && t[v - 1].is("to")) {
        return false;
    }
    t[v + 1..]
        .iter()
        .take_while(|x| !x.is_punct(',') && !x.is_punct(';'))
        .filter(|x| x.is_lowercase_word())
        .any(|x| {
            let w = x.lower();
            AUX.contains(&w.as_str()) || is_be(&w)
        })
}

/// Verbs that link their subject to what follows like "be" ("appears ready to block", "seemed
/// closely divided", "remain open"): the predicate is what follows.
const LINKING: &[&str] = &[
    "appear", "appears", "appeared", "seem", "seems", "seemed", "remain", "remains", "remained",
];

/// The complement of a linking verb at `t[i]`: `(index, copula, negated)` as [`verb_at`] gives it
/// ("appears ready": "ready", a complement; "appeared to back away": "back", a verb).
fn linking_at(t: &[Token], i: usize) -> Option<(usize, bool, bool)> {
    let mut j = i + 1;
    while t.get(j).is_some_and(|x| {
        let w = x.lower();
        x.is_lowercase_word()
            && (w.ends_with("ly") && w.len() > 4 || IN_CHAIN.contains(&w.as_str()) && w != "to")
    }) {
        j += 1;
    }
    let next = t.get(j).filter(|x| x.is_lowercase_word())?;
    if next.is("to") {
        let after = t.get(j + 1).filter(|x| x.is_lowercase_word())?;
        if is_be(&after.lower()) || AUX.contains(&after.lower().as_str()) {
            return verb_at(t, j + 1);
        }
        return Some((j + 1, false, false));
    }
    Some((j, true, false))
}

/// The subject's head of a verb chain starting at `t[i]`: the word before it, negations and adverbs of
/// the chain stepped over ("the council never offered" -> "council"). Pronouns and other function
/// words say nothing of who it is (see [`Predicate::subject`]).
fn subject_before(t: &[Token], i: usize) -> Option<String> {
    let mut j = i;
    while j > 0
        && (t[j - 1].is_quote_mark()
            || t[j - 1].is_lowercase_word() && IN_CHAIN.contains(&t[j - 1].lower().as_str()))
    {
        j -= 1;
    }
    let w = t.get(j.checked_sub(1)?).filter(|w| w.is_word())?.lower();
    (w.chars().count() >= 2 && !STOPWORDS.contains(&w.as_str()) && !is_negation_word(&w))
        .then_some(w)
}

/// If a main verb starts or ends at `t[i]`: the verb's index, whether it is a copula's complement
/// (after "be"), and whether a negation stands in its chain.
fn verb_at(t: &[Token], i: usize) -> Option<(usize, bool, bool)> {
    let w = t[i].lower();
    if !t[i].is_word() {
        return None;
    }
    if AUX.contains(&w.as_str()) || BE.contains(&w.as_str()) || is_contracted_aux(&w) || is_be(&w) {
        let (mut j, mut be, mut negated) = (i + 1, is_be(&w), w.ends_with("n't") || w == "cannot");
        while let Some(x) = t
            .get(j)
            .filter(|x| x.is_word() || x.is_quote_mark())
            .map(Token::lower)
        {
            if t[j].is_quote_mark()
                || IN_CHAIN.contains(&x.as_str())
                || x.ends_with("ly") && x.len() > 4
            {
                negated |= is_negation_word(&x);
            } else if is_be(&x) {
                be = true;
            } else if AUX.contains(&x.as_str()) {
                be = false;
            } else {
                break;
            }
            j += 1;
        }
        let next = t.get(j).filter(|x| x.is_lowercase_word())?;
        let x = next.lower();
        // "was invited" is a passive; "is unconstitutional", "is in Iowa" and "did it" take a
        // complement, the predicate.
        let copula = be && !is_participle(&x) || NOT_OBJECT.contains(&x.as_str());
        return Some((j, copula, negated));
    }
    if !t[i].is_lowercase_word() {
        return None;
    }
    if LINKING.contains(&w.as_str()) {
        return linking_at(t, i);
    }
    let prev = i.checked_sub(1).map(|p| t[p].lower());
    let after_determiner = prev.as_deref().is_some_and(|p| DETERMINERS.contains(&p));
    // "the levy, approved by the council in 1984, was ...": a participle opening an aside between
    // commas describes a noun; the clause's verb comes after it.
    let aside = i > 0 && t[i - 1].is_punct(',') && t.get(i + 1).is_some_and(|x| x.is("by"));
    let past = (w.ends_with("ed") && w.len() >= 5 || irregular_verb_lemma(&w).is_some())
        && !after_determiner
        && !aside
        && !reduced_relative(t, i);
    let present = w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && w.len() >= 4
        && !STOPWORDS.contains(&w.as_str())
        // "Colorado voters approved": the "-s" word is the subject's noun.
        && !t.get(i + 1).is_some_and(is_past_form)
        && match prev.as_deref() {
            Some("he" | "she" | "it" | "who" | "which") => true,
            // "AARP drops", "The Supreme Court appears": a name opening the clause ("The comments"
            // is no name).
            Some(p) => {
                opening_name(&t[..i])
                    && t[0].is_capitalised()
                    && !DETERMINERS.contains(&p)
                    && !t[i - 1].text.contains(['\'', '\u{2019}'])
            }
            None => false,
        };
    let opening_participle = i == 0 && w.ends_with("ing") && w.len() >= 6;
    // "to stop", "to \"stop\"": an outlet's quotation marks inside the infinitive.
    let before_marks = t[..i].iter().rev().find(|x| !x.is_quote_mark());
    let infinitive = before_marks.is_some_and(|x| x.is("to")) && !NOT_OBJECT.contains(&w.as_str());
    // "never offered", "also did not": a negation among the words just before the verb.
    let negated = t[..i]
        .iter()
        .rev()
        .take_while(|x| x.is_lowercase_word() && IN_CHAIN.contains(&x.lower().as_str()))
        .any(|x| is_negation_word(&x.lower()));
    (past || present || opening_participle || infinitive).then_some((i, false, negated))
}

/// Is the past form at `t[i]` a participle describing the noun before it, with the clause's own
/// verb chain after it ("Talks aimed at averting strikes will take place", "a man arrested in
/// Vardholm has been charged")? Read so when a preposition follows it (not "to": "promised to do
/// what he can") and an auxiliary or a form of "be" stands later in its clause, before a mark, a
/// relative word, a conjunction or a subordinator ("met with leaders who have ...").
fn reduced_relative(t: &[Token], i: usize) -> bool {
    let prev_noun = i > 0 && t[i - 1].is_word() && {
        let p = t[i - 1].lower();
        !STOPWORDS.contains(&p.as_str()) && !AUX.contains(&p.as_str()) && !is_be(&p)
    };
    let preposition = t.get(i + 1).is_some_and(|x| {
        x.is_lowercase_word() && OBJECT_PREPOSITIONS.contains(&x.lower().as_str())
    });
    if !(prev_noun && preposition) {
        return false;
    }
    const ENDS: &[&str] = &[
        "that", "which", "who", "whom", "whose", "where", "and", "but", "or", "nor",
    ];
    t[i + 2..]
        .iter()
        .take_while(|x| x.is_word() || x.is_quote_mark())
        .filter(|x| x.is_lowercase_word())
        .map(Token::lower)
        .take_while(|x| !ENDS.contains(&x.as_str()) && !SUBORDINATORS.contains(&x.as_str()))
        .any(|x| AUX.contains(&x.as_str()) || is_be(&x) || is_contracted_aux(&x))
}

/// Is the token a past form ("approved", "met")? Then an "-s" word before it is its subject's noun
/// ("Colorado voters approved"), not a verb.
fn is_past_form(t: &Token) -> bool {
    let w = t.lower();
    t.is_lowercase_word()
        && (w.ends_with("ed") && w.len() >= 5 || irregular_verb_lemma(&w).is_some())
}

/// Are these tokens a name opening the clause: capitalised words ("The Supreme Court"), after a
/// dateline ("WASHINGTON \u{2014}")?
fn opening_name(t: &[Token]) -> bool {
    t.iter()
        .all(|x| x.is_capitalised() || matches!(x.text, "\u{2014}" | "\u{2015}" | "--"))
}

fn is_be(w: &str) -> bool {
    BE.contains(&w)
        || matches!(
            w,
            "isn't" | "aren't" | "wasn't" | "weren't" | "isn\u{2019}t"
        )
        // "we're", "I’m".
        || w.chars().count() >= 3
            && ["'re", "\u{2019}re", "'m", "\u{2019}m"].iter().any(|s| w.ends_with(s))
}

/// "didn't", "won't", "hasn’t", "isn't"; "I’ll", "we've", "he'd".
fn is_contracted_aux(w: &str) -> bool {
    let aux = ["n't", "'ll", "'ve", "'d"];
    w.chars().count() > 3
        && aux
            .iter()
            .any(|a| w.ends_with(a) || w.ends_with(&a.replace('\'', "\u{2019}")))
}

/// A participle after "be" makes a passive or a progressive ("was invited", "is flowing"), not a
/// copula's complement.
fn is_participle(w: &str) -> bool {
    w.ends_with("ed")
        || w.ends_with("ing")
        || w.ends_with("en")
        || irregular_verb_lemma(w).is_some()
}

fn is_speech_verb(word: &str) -> bool {
    crate::extract::cues::speech_verb_lemma(word).is_some()
}

/// Does the speech verb at `t[v]` frame content after it: "said", "told", "asked" always; others
/// when "that", "whether", a quotation or a colon follows ("warned that", "announced: ...").
fn frames_content(t: &[Token], v: usize) -> bool {
    let lemma = crate::extract::cues::speech_verb_lemma(&t[v].lower());
    if matches!(lemma, Some("say" | "tell" | "ask" | "add")) {
        return true;
    }
    let opens = |n: &Token| {
        n.is_quote_mark()
            || n.is_punct(':')
            || n.is_punct(',')
            || n.is_any(&["that", "whether", "if", "how", "why", "what"])
    };
    if t.get(v + 1).is_none_or(opens) {
        return true;
    }
    // "vowed to stop him", "promised to end the war": what was vowed is the infinitive.
    if t.get(v + 1).is_some_and(|n| n.is("to"))
        && t[(v + 2).min(t.len())..]
            .iter()
            .find(|n| !n.is_quote_mark())
            .is_some_and(|n| n.is_lowercase_word() && !NOT_OBJECT.contains(&n.lower().as_str()))
    {
        return true;
    }
    // "reassured labor groups that ...", "warned Congress that ...": whom it was said to, then what.
    t[v + 1..]
        .iter()
        .take(4)
        .take_while(|n| n.is_word() || n.is_any(&["that", "whether"]))
        .any(|n| n.is_any(&["that", "whether"]))
}

/// Up to two content words after `from`, in its clause: a verb's object or a copula's complement.
/// Names are left out: every claim about a person says his name ("the messages are from WikiLeaks").
fn objects(t: &[Token], from: usize) -> Vec<String> {
    t[from.min(t.len())..]
        .iter()
        .take_while(|x| x.is_word() || x.is_quote_mark())
        .filter(|x| x.is_lowercase_word())
        .map(Token::lower)
        .filter(|x| {
            !NOT_OBJECT.contains(&x.as_str())
                && !STOPWORDS.contains(&x.as_str())
                && !is_negation_word(x)
                && x.len() >= 3
        })
        .take(2)
        .collect()
}

/// Where the head of the noun phrase after `from` is: its last word before a function word, a name
/// or a mark ("pay for the new harbour wall along the border" -> "wall").
fn head_at(t: &[Token], from: usize) -> Option<usize> {
    let mut head = None;
    for (k, x) in t.iter().enumerate().skip(from) {
        let w = x.lower();
        let function = NOT_OBJECT.contains(&w.as_str()) || STOPWORDS.contains(&w.as_str());
        // Before the head: marks, function words and a name ("offered Sestak the job").
        if x.is_quote_mark() || head.is_none() && (function || x.is_capitalised()) {
            continue;
        }
        if !x.is_lowercase_word() || function || is_negation_word(&w) {
            break;
        }
        head = Some(k);
    }
    head
}

/// The object's head and what it is "of" ("the job of Secretary of the Navy" -> "job",
/// "secretary", "navy"): what another claim must name for a denial to be about the same thing.
fn object_words(t: &[Token], from: usize) -> Vec<String> {
    let Some(h) = head_at(t, from) else {
        return Vec::new();
    };
    let mut words = vec![t[h].lower()];
    let mut k = h + 1;
    while t.get(k).is_some_and(|x| x.is("of")) && words.len() < 8 {
        k += 1;
        let function = |x: &Token| {
            let w = x.lower();
            NOT_OBJECT.contains(&w.as_str()) || STOPWORDS.contains(&w.as_str())
        };
        while t
            .get(k)
            .is_some_and(|x| x.is_quote_mark() || x.is_word() && function(x))
        {
            k += 1;
        }
        while let Some(x) = t.get(k).filter(|x| x.is_word() && !function(x)) {
            words.push(x.lower());
            k += 1;
        }
    }
    words
}

/// The direct object's words of the verb at `t[v]`, or of the infinitive it takes (see
/// [`Predicate::direct_object`]).
fn direct_object(t: &[Token], v: usize) -> Vec<String> {
    let v = infinitive_index(t, v + 1).unwrap_or(v);
    let first = t[v + 1..].iter().find(|x| !x.is_quote_mark());
    let preposition = first.is_some_and(|x| {
        let w = x.lower();
        x.is_lowercase_word()
            && (OBJECT_PREPOSITIONS.contains(&w.as_str()) || x.is_any(&["to", "as"]))
    });
    if preposition {
        return Vec::new();
    }
    object_words(t, v + 1)
}

/// Where the verb of "to VERB" right after a verb stands ("offered to appoint"), as
/// [`infinitive_after`] finds it.
fn infinitive_index(t: &[Token], from: usize) -> Option<usize> {
    infinitive_after(t, from)?;
    let to = (from..t.len()).find(|&k| t[k].is("to"))?;
    (to + 1..t.len()).find(|&k| !t[k].is_quote_mark())
}

/// The verb of "to VERB" right after a verb ("expected to announce"), adverbs stepped over.
fn infinitive_after(t: &[Token], from: usize) -> Option<String> {
    let mut j = from;
    while t.get(j)?.is_lowercase_word() && t[j].lower().ends_with("ly") {
        j += 1;
    }
    // "getting Vardholm to pay", "urged Okafor to veto": the one the verb acts on, then its infinitive.
    let names = t[j..].iter().take_while(|x| x.is_capitalised()).count();
    if names <= 3 && t.get(j + names).is_some_and(|x| x.is("to")) {
        j += names;
    }
    if !t.get(j)?.is("to") {
        return None;
    }
    let after = t[j + 1..].iter().find(|x| !x.is_quote_mark());
    let verb = after.filter(|x| x.is_lowercase_word())?.lower();
    (!NOT_OBJECT.contains(&verb.as_str()) && !LIGHT.contains(&verb.as_str()) && verb != "be")
        .then_some(verb)
}

mod clauses;
mod cue;
mod subject;
#[cfg(test)]
mod tests;
