//! The predicate a claim's cue gives it when its own words have no verb.
//!
//! The claim rules cut a claim's content from its frame: in "AARP opposes the cuts", "Romney
//! reiterated his call for a ban on Muslims entering", "Bloomberg, who endorsed Hillary Clinton", the
//! content is a noun phrase ("the cuts", "a ban on Muslims entering the United States", "Democratic
//! presidential nominee Hillary Clinton") and what is asserted of it is the cue's verb. Read from the
//! text alone such a claim has no predicate, so nothing keeps it from another claim with the same
//! names and a few words ("worry he would siphon away votes from Democratic nominee Hillary Clinton").
//!
//! Only cues that say something of their content give it: a view, judgement or act ("opposes",
//! "endorsed", "criticized", "pointed to", "his opposition to") and a request ("urged", "called
//! for"). A verb of saying ("said", "told", "wrote") frames its content, which is the assertion; a
//! hedging view ("believes", "thinks") frames a proposition; a denial ("denied") negates its content
//! and is read by the negation rules; an infinitive cue ("decided to", "his decision to", "plans")
//! takes an act whose verb is the content's own ("reverse an Obama-era ban").

use crate::extract::cues::{attribution_noun_lemma, claim_verb_lemma, flags, two_word_lemma};
use crate::extract::Stance;

/// The lemma a claim's cue asserts of a verbless content ("opposes" -> "oppose", "called for" ->
/// "call", "his opposition to" -> "opposition"), or None for a cue that frames its content (see the
/// module docs) or no cue known to the cue list.
pub fn cue_predicate(cue: &str) -> Option<&'static str> {
    let words: Vec<&str> = cue.split_whitespace().collect();
    let lemma = (words.windows(2))
        .find_map(|w| two_word_lemma(w[0], w[1]))
        .or_else(|| words.iter().find_map(|w| claim_verb_lemma(w)))
        .or_else(|| words.iter().find_map(|w| attribution_noun_lemma(w)))?;
    let f = flags(lemma);
    // An infinitive cue's content is an act whose own verb is the predicate ("his decision to |
    // reverse the ban"), even where the text alone does not show it.
    let asserts = (f.view && !f.hedging && !f.denying || f.act == Stance::Request) && !f.infinitive;
    // A two-word lemma ("call_for", "point out") is asserted by its verb.
    let verb = lemma.split(['_', ' ']).next().unwrap_or(lemma);
    asserts.then_some(verb)
}

#[cfg(test)]
mod tests {
    use super::cue_predicate;

    #[test]
    fn a_view_or_a_request_is_what_a_verbless_claim_asserts() {
        assert_eq!(cue_predicate("opposes"), Some("oppose"));
        assert_eq!(cue_predicate("endorsed"), Some("endorse"));
        assert_eq!(cue_predicate("criticized"), Some("criticize"));
        assert_eq!(cue_predicate("urged"), Some("urge"));
        assert_eq!(cue_predicate("opposition to"), Some("opposition"));
    }

    #[test]
    fn saying_hedging_and_denying_cues_frame_their_content() {
        let framing = [
            "said",
            "told",
            "wrote",
            "according to",
            "believes",
            "thinks",
            "denied",
        ];
        for cue in framing
            .into_iter()
            .chain(["decision to", "plans", "decided", ""])
        {
            assert_eq!(cue_predicate(cue), None, "{cue}");
        }
        // Not a cue at all.
        assert_eq!(cue_predicate("reiterated"), None);
    }
}
