//! Which words of a claim make its main clause: asides, an opening participle phrase and what a
//! reported clause says are left out (see the parent module).

use super::verb_at;
use crate::extract::claims::lexicon::{STOPWORDS, SUBORDINATORS};
use crate::extract::claims::tokens::Token;

/// The tokens without asides between two dashes or in brackets ("Mr. Ryan's plan — broadly endorsed
/// by Mr. Romney — would end Medicare"): the aside's verb is not the claim's.
pub(super) fn without_asides<'a>(tokens: &[Token<'a>]) -> Vec<Token<'a>> {
    let is_dash = |t: &Token| matches!(t.text, "\u{2014}" | "\u{2013}" | "\u{2015}" | "--");
    let dashes = tokens.iter().filter(|t| is_dash(t)).count();
    let mut out = Vec::with_capacity(tokens.len());
    let (mut in_dashes, mut in_brackets) = (false, 0usize);
    for (k, t) in tokens.iter().enumerate() {
        if is_dash(t) && (in_dashes || dashes >= 2 && k + 1 < tokens.len()) {
            in_dashes = !in_dashes;
        } else if t.is_punct('(') {
            in_brackets += 1;
        } else if t.is_punct(')') {
            in_brackets = in_brackets.saturating_sub(1);
        } else if !in_dashes && in_brackets == 0 {
            out.push(*t);
        }
    }
    out
}

/// The words a claim asserts, lower-case: all but a relative clause set off by a comma ("Farenthold,
/// the Texas Republican who used taxpayer funds to settle a lawsuit, resigned"; "Yahoo was hacked,
/// which affected all accounts"), which adds to what the claim is about. A relative clause that
/// picks out its noun ("a farmer who never went to law school") and other side clauses ("if",
/// "when": often what was said) are kept.
pub(super) fn asserted_words(tokens: &[Token], verb_start: Option<usize>) -> Vec<String> {
    let (mut after_comma, mut relative) = (false, false);
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        if t.is_punct(',') {
            (after_comma, relative) = (true, false);
        } else if t.is_punct(';') || matches!(t.text, "\u{2014}" | "\u{2013}" | "--") {
            (after_comma, relative) = (false, false);
        } else if t.is_word() {
            relative |= after_comma && t.is_any(&["who", "whom", "which", "whose"]);
            let after_verb = verb_start.is_some_and(|v| t.span.start > v);
            if t.is("that") && after_verb && reporting_noun(&out) {
                // "lob charges that the plan ends Medicare", "after a video of him warning that
                // ...": what someone else said, not what this claim asserts.
                break;
            }
            if !relative {
                out.push(t.lower());
            }
        }
    }
    out
}

/// Is the last word of `words` a noun that reports what someone said before "that" ("allegations
/// that", "his warning that", "lob charges that")? An attribution noun of the cue list, or the "-s"
/// form of a claim verb after a word that cannot be its subject ("charges" after "lob"; "he claims
/// that" is a verb).
fn reporting_noun(words: &[String]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    if crate::extract::cues::attribution_noun_lemma(last).is_some() {
        return true;
    }
    let before = words.len().checked_sub(2).map(|k| words[k].as_str());
    last.ends_with('s')
        && crate::extract::cues::claim_verb_lemma(last).is_some()
        && before.is_some_and(|b| {
            !crate::extract::claims::lexicon::PERSONAL_SUBJECT_PRONOUNS.contains(&b)
                && !matches!(b, "it" | "who" | "which" | "that")
        })
}

/// The tokens without a participle phrase opening them up to its comma ("Beginning in August, the
/// officials held talks", "Batting down claims that the council dangled the post, the report said
/// ..."): it says when or how, and its verbs (a claim it reports) are not the clause's. Kept when
/// nothing after the comma can be a verb.
pub(super) fn without_opening_adjunct<'a>(tokens: &[Token<'a>]) -> Vec<Token<'a>> {
    let opens = tokens.first().is_some_and(|t| {
        let w = t.lower();
        t.is_word()
            && w.ends_with("ing")
            && w.chars().count() >= 6
            && !STOPWORDS.contains(&w.as_str())
    });
    if opens {
        if let Some(c) = tokens.iter().position(|t| t.is_punct(',')) {
            let rest = &tokens[c + 1..];
            // A clause of its own follows, not a side clause ("ending the levy, as promised").
            let clause = rest.first().is_some_and(|t| {
                !t.is_any(SUBORDINATORS) && !t.is_any(&["and", "but", "or", "which", "who"])
            });
            if clause && (0..rest.len()).any(|i| verb_at(rest, i).is_some()) {
                return rest.to_vec();
            }
        }
    }
    tokens.to_vec()
}
