//! Court cases: "Bush v. Gore", "Shelby County v. Holder", "Citizens United vs. FEC". The parties'
//! names inside a case's name are no mention of them: "Bush" in "Bush v. Gore" is not the president
//! (nor a place after "in"), and "Shelby County v. Holder" is not the county. The whole name is one
//! entity of kind `other`, like a law's.

use super::{hits_starting_in, Candidate, Finder, Sentence, TokenHit};
use crate::extract::{EntityKind, Span};

/// "v.", "vs.": the word between a case's two parties.
pub(super) fn is_versus(word: &str) -> bool {
    matches!(word, "v." | "v" | "vs." | "vs")
}

impl Finder<'_> {
    /// Pushes tokens `a..b` as one case name when a "v." inside them joins two names; says whether
    /// it did. The gazetteer names inside are used up: they mention nothing.
    pub(super) fn case_name(
        &mut self,
        sentence: usize,
        s: &Sentence,
        a: usize,
        b: usize,
        hits: &[TokenHit],
        used: &mut [bool],
    ) -> bool {
        if b < a + 3 || !(a + 1..b - 1).any(|k| is_versus(self.word(s, k))) {
            return false;
        }
        let (lo, hi) = hits_starting_in(hits, a, b);
        for k in lo..hi {
            if hits[k].end <= b {
                used[k] = true;
            }
        }
        self.candidates.push(Candidate {
            sentence,
            span: Span::new(s.tokens[a].start, s.tokens[b - 1].end),
            kind: EntityKind::Other,
            role: None,
            gazetteer: None,
            weak: s.headline,
            titled: false,
            attributive: false,
            sentence_start: s.start_like[a],
        });
        true
    }
}
