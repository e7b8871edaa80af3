//! The verb group of an attribution frame: the cue as written (one word, or two: "pointed out",
//! "called for") and what may stand between it and its source (auxiliaries, adverbs, a progressive's
//! "be", a catenative such as "continued to"). One place decides both, for source-first and
//! content-first frames alike.

use super::lexicon::*;
use super::tokens::Token;
use crate::extract::cues;
use crate::extract::Span;

/// The cue starting at `tokens[c]`: a two-word form ("pointed out", "called for") before a one-word
/// one. Returns its lemma and the index after it. Non-asserting cues ("asked", "urged") frame claims
/// too; [`super::extract`] gives their claims the cue's stance (question, request, ...).
/// In a title-case headline (`title_case`) a capitalised word after the first may be a cue.
pub(super) fn cue_at(
    tokens: &[Token],
    c: usize,
    title_case: bool,
) -> Option<(&'static str, usize)> {
    let t = &tokens[c];
    let cased = |t: &Token| t.is_lowercase_word() || title_case && t.is_word();
    // "Noting that A, the mayor ...": a participle opening the unit is written with a capital.
    let opening_participle = c == 0 && t.is_capitalised() && t.text.ends_with("ing");
    if !(t.is_lowercase_word() || title_case && c > 0 && t.is_capitalised() || opening_participle) {
        return None;
    }
    if let Some(found) = light_verb_cue(tokens, c) {
        return Some(found);
    }
    if let Some(next) = tokens.get(c + 1).filter(|n| cased(n)) {
        // "went on" alone continues a quote; in a claim it is "went on the offensive" ("went on to
        // say" is a catenative, see `catenative_before`).
        let two = cues::two_word_lemma(t.text, next.text);
        if let Some(lemma) = two.filter(|&l| l != "go on") {
            return Some((lemma, c + 2));
        }
    }
    cues::claim_verb_lemma(t.text)
        .or_else(|| base_form_lemma(tokens, c))
        .map(|lemma| (lemma, c + 1))
}

/// A light verb and its attribution noun as one cue ("made an unprompted call for", "voiced
/// support for", "issued a warning that"): the lemma is the noun's, the cue ends after the noun's
/// preposition ("for", "about", "of", "on", "against", "over"), before its "that" or, for a noun
/// taking an infinitive, its "to" ("made a promise to"). Up to three words stand between verb and
/// noun (a determiner, "no", adjectives), and "out" after "sent" or "put".
fn light_verb_cue(tokens: &[Token], c: usize) -> Option<(&'static str, usize)> {
    if !(tokens[c].is_lowercase_word() && tokens[c].is_any(LIGHT_VERBS)) {
        return None;
    }
    let mut k = c + 1;
    if tokens.get(k).is_some_and(|t| t.is("out")) {
        k += 1;
    }
    let first = k;
    while k < tokens.len() && k - first < 4 {
        let t = &tokens[k];
        if !t.is_lowercase_word() {
            return None;
        }
        if let Some(lemma) = cues::attribution_noun_lemma(t.text) {
            // Decisions and plans are acts, not statements: "made the decision to close".
            if matches!(
                lemma,
                "decision" | "plan" | "position" | "refusal" | "view" | "message"
            ) {
                return None;
            }
            // "the vote would raise questions about X": a thing raises questions as often as a
            // person asks them.
            if lemma == "question" && tokens[c].lower().starts_with("rais") {
                return None;
            }
            // "made his support for X clear", "made it a centerpiece": "make" with a stance noun
            // is mostly a small clause whose content ends where the rules cannot see.
            if cues::flags(lemma).view && tokens[c].lower().starts_with("ma") {
                return None;
            }
            return light_noun_end(tokens, k, lemma).map(|end| (lemma, end));
        }
        // Between the verb and the noun: a determiner, "no", or an adjective (not a clause word).
        if k > first && t.is_any(DETERMINERS)
            || t.is_any(SOURCE_BOUNDARIES)
            || t.is_any(BE_FORMS)
            || cues::claim_verb_lemma(t.text).is_some() && !t.text.ends_with("ed")
        {
            return None;
        }
        k += 1;
    }
    None
}

/// Where the cue of a light verb's noun at `n` ends: after its preposition, or before its "that"
/// (when no verb follows it: "a statement that said" is a relative clause) or its infinitive.
fn light_noun_end(tokens: &[Token], n: usize, lemma: &str) -> Option<usize> {
    let next = tokens.get(n + 1)?;
    // "posted comments on Facebook about X": "on" before a name is where, not what.
    let on_name = next.is("on") && tokens.get(n + 2).is_some_and(|t| t.is_capitalised());
    if next.is_any(&["for", "about", "of", "on", "against", "over"]) && !on_name {
        return Some(n + 2);
    }
    if next.is("that") {
        let after = tokens.get(n + 2)?;
        let verb = cues::claim_verb_lemma(after.text).is_some()
            || super::source_phrase::looks_like_verb(after.text)
            || after.is_any(AUX_BEFORE_CUE)
            || after.is_any(BE_FORMS);
        return (!verb).then_some(n + 1);
    }
    (next.is("to") && cues::flags(lemma).infinitive).then_some(n + 1)
}

/// The base form of a listed verb, read only where a base form must be a verb: after an auxiliary
/// ("did not back", "would welcome") or a catenative's "to" ("tried to attack"). `cues.txt` lists
/// the forms a verb takes on its own; the base form is found from the third person ("backs",
/// "criticizes", "denies"), since as often as not it is also a noun ("back", "attack").
fn base_form_lemma(tokens: &[Token], c: usize) -> Option<&'static str> {
    let prev = tokens.get(c.checked_sub(1)?)?;
    let after_aux = prev.is_lowercase_word() && prev.is_any(AUX_BEFORE_CUE);
    if !(after_aux || prev.is("to") && catenative_before(tokens, c - 1).is_some()) {
        return None;
    }
    let w = tokens[c].lower();
    let third = match w.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ if w.ends_with(['s', 'x', 'z']) || w.ends_with("ch") || w.ends_with("sh") => {
            format!("{w}es")
        }
        _ => format!("{w}s"),
    };
    cues::claim_verb_lemma(&third)
}

/// The cue `tokens[c..ce]` as written, lower case, and its span.
pub(super) fn cue_of(tokens: &[Token], c: usize, ce: usize) -> (String, Span) {
    let text = tokens[c..ce]
        .iter()
        .map(|t| t.lower())
        .collect::<Vec<_>>()
        .join(" ");
    (
        text,
        Span::new(tokens[c].span.start, tokens[ce - 1].span.end),
    )
}

/// If `tokens[to]` is the "to" of a catenative ("continued to", "went on to"), the index of the
/// catenative's first word.
pub(super) fn catenative_before(tokens: &[Token], to: usize) -> Option<usize> {
    let verb = to.checked_sub(1)?;
    if tokens[verb].is_lowercase_word() && tokens[verb].is_any(CATENATIVES) {
        return Some(verb);
    }
    // "were more likely to say", "are less likely to back", "are inclined to believe": how often a
    // group holds a view, as polls report it (a bare "is likely to" is a forecast, not a view).
    if tokens[verb].is_any(&["likely", "inclined"]) {
        let mut k = verb;
        let mut compared = tokens[verb].is("inclined");
        while k > 0
            && tokens[k - 1].is_any(&[
                "more",
                "less",
                "slightly",
                "somewhat",
                "much",
                "far",
                "generally",
                "also",
                "as",
            ])
        {
            compared |= tokens[k - 1].is_any(&["more", "less", "as"]);
            k -= 1;
        }
        return (compared && k > 0 && tokens[k - 1].is_any(BE_FORMS)).then_some(k - 1);
    }
    let go = verb.checked_sub(1)?;
    (tokens[verb].is("on") && tokens[go].is_any(&["went", "go", "goes", "going"])).then_some(go)
}

/// Walks back from the cue at `c` over what may stand between a source and its cue: auxiliaries and
/// adverbs ("has also said", "wrongly claimed"), a progressive's "be" ("is promising"), a catenative
/// ("continued to assert"). Returns where the source ends and whether a negation was stepped over.
pub(super) fn skip_to_source(tokens: &[Token], c: usize) -> (usize, bool) {
    // "is promising", and "is skeptical": a progressive's or a stance adjective's "be".
    let progressive = tokens[c].lower().ends_with("ing") || is_predicate(&tokens[c]);
    let mut end = c;
    let mut negated = false;
    loop {
        if end > 0 && tokens[end - 1].is("to") {
            match catenative_before(tokens, end - 1) {
                Some(k) => end = k,
                None => break,
            }
        } else if end > 0
            && (tokens[end - 1].is_any(AUX_BEFORE_CUE)
                || progressive && tokens[end - 1].is_any(BE_FORMS)
                || progressive && tokens[end - 1].is_any(DEGREE_ADVERBS)
                || is_manner_adverb(tokens, end - 1)
                || end > 1
                    && tokens[end - 1].is_lowercase_word()
                    && tokens[end - 1].is_any(FLOATING_BEFORE_CUE)
                    && tokens[end - 2].is_word()
                    && !tokens[end - 2].is_any(FLOATING_BEFORE_CUE)
                    && !(tokens[end - 2].is_lowercase_word()
                        && tokens[end - 2].is_any(SOURCE_BOUNDARIES)))
        {
            negated |= tokens[end - 1].is_any(&["not", "never", "n't"]);
            end -= 1;
        } else {
            break;
        }
    }
    (end, negated)
}

/// Degree words between "be" and a stance adjective ("is very eager to", "are more skeptical of").
const DEGREE_ADVERBS: &[&str] = &["very", "more", "less", "so", "too", "most", "equally"];

/// Is `t` a stance adjective of `cues.txt` ("skeptical", "eager")?
pub(super) fn is_predicate(t: &Token) -> bool {
    cues::claim_verb_lemma(t.text).is_some_and(|l| cues::flags(l).predicate)
}

/// A stance adjective at `c` ("skeptical" in "is deeply skeptical of"): a cue only after a form of
/// "be" (adverbs between) and before its complement.
pub(super) fn predicate_frame_ok(tokens: &[Token], c: usize, ce: usize) -> bool {
    let complement = tokens
        .get(ce)
        .is_some_and(|t| t.is_any(&["of", "about", "that", "to"]));
    let mut k = c;
    while k > 0
        && (tokens[k - 1].is_any(DEGREE_ADVERBS)
            || tokens[k - 1].is_any(AUX_BEFORE_CUE)
            || is_manner_adverb(tokens, k - 1))
    {
        k -= 1;
    }
    complement && k > 0 && tokens[k - 1].is_any(BE_FORMS)
}

/// "wrongly", "barely", "especially": a lower-case adverb in "-ly" between a source and its cue (not
/// a noun such as "family" or "ally", and not right after a determiner).
fn is_manner_adverb(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.is_lowercase_word()
        && t.text.len() >= 5
        && t.text.ends_with("ly")
        && !t.is_any(&[
            "family", "assembly", "supply", "rally", "ally", "monopoly", "anomaly",
        ])
        && !t.is_any(SOURCE_NOUNS)
        && !(k > 0 && tokens[k - 1].is_any(DETERMINERS))
}

/// If `t` is a personal pronoun with a contracted "be", "have" or "had" joined to it ("He's",
/// "they're", "we've", "I'm", "she'd"), the byte length of the contraction: the pronoun before it
/// is a source and the contraction an auxiliary. Names are left out: "Trump's proposed ban" is a
/// possessive before an adjective.
pub(super) fn contracted_auxiliary(t: &Token) -> Option<usize> {
    if !t.is_word() {
        return None;
    }
    let (stem, clitic) = t.text.rsplit_once(['\'', '\u{2019}'])?;
    let aux = matches!(
        clitic.to_ascii_lowercase().as_str(),
        "s" | "re" | "ve" | "m" | "d"
    );
    (aux && PERSONAL_SUBJECT_PRONOUNS
        .iter()
        .any(|p| stem.eq_ignore_ascii_case(p)))
    .then(|| t.text.len() - stem.len())
}
