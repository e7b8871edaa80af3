//! Cue words used as something other than an attribution: the word is a cue form, but the
//! sentence around it says it is a score, an amount or part of a noun.
//!
//! - A quantity object of a verb of gain: "Van Gisbergen added 18 points", "the striker added two
//!   goals in the second half", "the party claimed 30 seats". "Add" and "claim" report a
//!   proposition; a number with its unit and nothing more is what was scored or won. A clause
//!   after the number keeps the frame ("added 20 percent of the budget would go"). Other cues
//!   report numbers as they are ("police reported 906 attacks", "announced 6,000 layoffs",
//!   "the poll shows 45 percent"), and "said one analyst" is an inverted source.
//!   A prize is a gain too ("claimed the 200m title", "added the relay crown").
//! - A noun coordinated with an attribution noun: "a question and answer session".
//! - A cue form that is also a noun, heading a subject: "the Mueller report was revealed" (a verb
//!   right after it), "the more rural states that make up much of the map" (a relative "that"
//!   with a plural verb after it).
//! - A past participle reducing a relative clause: "The package addressed to Mr. Reyes was found"
//!   (a preposition after the participle, then the main clause's verb).

use super::frames::{is_clause_punct, looks_like_verb};
use super::lexicon::*;
use super::quantities::is_number_word;
use super::tokens::{Token, TokenKind};
use crate::extract::cues;

/// Is the cue at `tokens[c..ce]` (lemma `lemma`) used as no attribution at all?
pub(super) fn not_an_attribution(tokens: &[Token], c: usize, ce: usize, lemma: &str) -> bool {
    let gain = matches!(lemma, "add" | "claim");
    // '"...," added one aide': after a comma or a quotation the cue's object is its source.
    let inverted =
        c > 0 && (tokens[c - 1].kind == TokenKind::Punct || tokens[c - 1].is_quote_mark());
    (gain && !inverted && (quantity_object(tokens, ce) || prize_object(tokens, ce)))
        || coordinated_noun(tokens, c, ce)
        || noun_heading_subject(tokens, c, ce, lemma)
        || light_verb_object(tokens, c, ce)
        || reduced_relative(tokens, c, ce)
}

/// "the Mueller report was revealed", "their claims would collapse", "the rural states that make
/// up the map": a cue form that is also a noun (an attribution noun, a source noun or a noun-like
/// cue), in its base or "-s" form, followed by a verb, or by a relative "that" whose verb agrees
/// with a plural, heads a noun phrase. After a pronoun it is a verb ("they report").
fn noun_heading_subject(tokens: &[Token], c: usize, ce: usize, lemma: &str) -> bool {
    if ce != c + 1
        || c == 0
        || tokens[c - 1].is_any(PERSONAL_SUBJECT_PRONOUNS)
        || tokens[c - 1].is("it")
    {
        return false;
    }
    let w = tokens[c].lower();
    let noun_form = cues::attribution_noun_lemma(&w).is_some()
        || SOURCE_NOUNS.contains(&w.as_str())
        || cues::flags(lemma).nounlike;
    if !noun_form || w.ends_with("ed") || w.ends_with("ing") || !determined(tokens, c) {
        return false;
    }
    let Some(next) = tokens.get(ce).filter(|t| t.is_lowercase_word()) else {
        return false;
    };
    // "the audit report states that", "the Brandt report said": another cue is the verb.
    let cue_verb = cues::claim_verb_lemma(next.text).is_some()
        && (next.text.ends_with('s')
            || next.text.ends_with("ed")
            || next.is_any(&["said", "told"]));
    if cue_verb
        || next.is_any(&["is", "are", "was", "were", "has", "have", "had"])
        || next.is_any(MODAL_AUXILIARIES)
    {
        return true;
    }
    // "states that make up", "claims that were": "that" is a relative pronoun when the verb after
    // it agrees with the plural before it ("he claims that was false" is a demonstrative).
    next.is("that")
        && w.ends_with('s')
        && tokens.get(ce + 1).is_some_and(|v| {
            v.is_lowercase_word()
                && (v.is_any(&["are", "were", "have"])
                    || crate::extract::lang::lexicon::VERB_FORMS
                        .values()
                        .any(|l| *l == v.lower()))
        })
}

/// "the concerns raises questions about X", "made claims": an attribution noun form right after a
/// light verb is its object (the pair, when a cue, is matched as one by the verb group).
fn light_verb_object(tokens: &[Token], c: usize, ce: usize) -> bool {
    ce == c + 1
        && c > 0
        && tokens[c - 1].is_lowercase_word()
        && tokens[c - 1].is_any(LIGHT_VERBS)
        && cues::attribution_noun_lemma(&tokens[c].lower()).is_some()
}

/// A determiner or possessive opens the phrase the word at `c` ends: right before it, or before
/// up to two modifiers ("the Mueller report", "the more rural states", "Trump's claims"). A name
/// alone before it is a subject ("Beck fears will"), and so is a phrase after "that", as often a
/// relative pronoun as a determiner ("a base that Beck fears will be used").
fn determined(tokens: &[Token], c: usize) -> bool {
    let opens = |t: &Token| {
        t.is_any(DETERMINERS) && !t.is("that")
            || t.text.ends_with("'s")
            || t.text.ends_with("\u{2019}s")
    };
    // "which its makers claim is": after a relative pronoun the phrase is a clause's subject.
    let relative =
        |k: usize| k > 0 && tokens[k - 1].is_any(&["which", "that", "what", "who", "whom"]);
    (c.saturating_sub(3)..c).any(|k| {
        opens(&tokens[k])
            && !relative(k)
            && tokens[k + 1..c]
                .iter()
                .all(|t| t.is_word() && !t.is_any(BE_FORMS))
    })
}

/// "The package addressed to Mr. Reyes was found", "a letter sent to the board is ...": a past
/// participle right after a lower-case noun, a preposition after it, and the main clause's "be"
/// before the next clause punctuation, or "by" and its agent: the participle describes the noun.
fn reduced_relative(tokens: &[Token], c: usize, ce: usize) -> bool {
    let participle = tokens[c].lower().ends_with("ed");
    let after_noun = c > 0
        && tokens[c - 1].is_lowercase_word()
        && !tokens[c - 1].is_any(PERSONAL_SUBJECT_PRONOUNS)
        && !tokens[c - 1].is_any(AUX_BEFORE_CUE)
        && !tokens[c - 1].is_any(BE_FORMS)
        && !tokens[c - 1].is_any(STOPWORDS)
        // ("were quickly derided by": an adverb, not a noun.)
        && !(tokens[c - 1].text.len() > 4 && tokens[c - 1].text.ends_with("ly"));
    // The preposition's object is a noun phrase ("to Mr. Reyes", "to the board"); "declined to
    // say whether it is" is an infinitive.
    let preposition = tokens.get(ce).is_some_and(|t| t.is_any(&["to", "by"]))
        && tokens.get(ce + 1).is_some_and(|t| {
            t.is_any(DETERMINERS) || t.is_capitalised() || t.kind == TokenKind::Number
        });
    if !(participle && after_noun && preposition) {
        return false;
    }
    // "on systems maintained by Sun.": a passive's agent after the noun's participle says who
    // did it to the noun, whatever follows.
    if tokens[ce].is("by") {
        return true;
    }
    tokens[ce + 1..]
        .iter()
        .take(10)
        .take_while(|t| !is_clause_punct(t) && !t.is_any(&["that", "which", "who", "and", "but"]))
        .any(|t| t.is_lowercase_word() && t.is_any(&["is", "are", "was", "were"]))
}

/// "claimed the individual titles", "added the Olympic relay crown", "claimed her first AAAs
/// title over the distance": a prize won, within four words of the cue, with no verb before it.
/// ("claimed victory" and "claimed responsibility" are statements and are not prizes.)
fn prize_object(tokens: &[Token], k: usize) -> bool {
    let verb = |t: &Token| {
        t.is_any(BE_FORMS)
            || t.is_any(MODAL_AUXILIARIES)
            || t.is_lowercase_word() && looks_like_verb(t.text)
    };
    let prize = (k..tokens.len().min(k + 5))
        .take_while(|&p| !is_clause_punct(&tokens[p]) && !tokens[p].is("that") && !verb(&tokens[p]))
        .find(|&p| tokens[p].is_lowercase_word() && tokens[p].is_any(PRIZE_NOUNS));
    // "added the seat would be contested": a verb after the noun makes it a clause's subject.
    prize.is_some_and(|p| !tokens.get(p + 1).is_some_and(|t| verb(t)))
}

/// The object starting at `k` is a number and its unit, ending the clause or followed by a
/// preposition, with no verb of its own.
fn quantity_object(tokens: &[Token], k: usize) -> bool {
    let mut k = k;
    if tokens
        .get(k)
        .is_some_and(|t| t.is_any(&["a", "an", "another"]))
    {
        k += 1;
    }
    let Some(n) = tokens.get(k) else {
        return false;
    };
    // "one" is as often a pronoun ("added one more thing: ...").
    if !(n.kind == TokenKind::Number || is_number_word(n)) || n.is("one") {
        return false;
    }
    for (j, t) in tokens.iter().enumerate().skip(k + 1).take(4) {
        if t.is_any(BE_FORMS)
            || t.is_any(MODAL_AUXILIARIES)
            || t.is_lowercase_word() && looks_like_verb(t.text)
        {
            return false;
        }
        // "of" continues the phrase ("20 percent of voters back him"); any other preposition
        // ends the object ("two goals in the second half", "3% to its forecast").
        let preposition = j > k + 1
            && t.is_lowercase_word()
            && !t.is("of")
            && (t.is_any(OBJECT_PREPOSITIONS) || t.is("to"));
        if preposition || is_clause_punct(t) && !t.is_quote_mark() {
            return true;
        }
    }
    tokens.len() <= k + 5 && tokens.len() > k
}

/// "a question and answer session", "claims and counterclaims": a base form right after "and"
/// or "or" that follows an attribution noun, with a noun after it, is a noun itself.
fn coordinated_noun(tokens: &[Token], c: usize, ce: usize) -> bool {
    if c < 2 || ce != c + 1 {
        return false;
    }
    let joined = tokens[c - 1].is_lowercase_word() && tokens[c - 1].is_any(&["and", "or"]);
    let noun_before = tokens[c - 2].is_lowercase_word()
        && cues::attribution_noun_lemma(tokens[c - 2].text).is_some();
    let base = !tokens[c].text.ends_with('s')
        && !tokens[c].text.ends_with("ed")
        && !tokens[c].text.ends_with("ing");
    let noun_after = tokens.get(ce).is_some_and(|t| {
        t.is_lowercase_word()
            && !t.is_any(DETERMINERS)
            && !t.is_any(&["that", "to", "whether", "if", "how", "why", "what"])
            && !t.is_any(&["him", "her", "them", "us", "me", "it"])
            && !t.is_any(OBJECT_PREPOSITIONS)
    });
    joined && noun_before && base && noun_after
}
