//! Organisations named by a common noun: "the Iraqi military", "the US government" (a country's
//! adjective or short name before an institution noun), and "The Week" (a common word made a name by
//! its article).

use super::{Candidate, Finder, Sentence, TokenHit};
use crate::extract::entities::gazetteer::GAZETTEER;
use crate::extract::lang::lexicon::{ATTRIBUTIVE_HEADS, INSTITUTIONS};
use crate::extract::{EntityKind, Span};

impl Finder<'_> {
    /// "the Iraqi military", "the US government", "Russian security forces": a country's adjective or
    /// short name before an institution noun names that institution, an organisation of its own (the
    /// country is still mentioned too). Attribution needs it: "the Iraqi military said".
    pub(super) fn institution_after(&mut self, sentence: usize, s: &Sentence, th: &TokenHit) {
        let entry = &GAZETTEER.entries[th.hit.entry];
        if !entry.id.starts_with("country:") || s.tokens[th.end - 1].possessive {
            return;
        }
        let word = |i: usize| {
            s.tokens
                .get(i)
                .filter(|t| t.word)
                .map(|t| t.text(self.body))
        };
        let (Some(first), second) = (word(th.end), word(th.end + 1)) else {
            return;
        };
        let two = second.map(|w| format!("{first} {w}"));
        let len = if two.as_deref().is_some_and(|t| INSTITUTIONS.contains(&t)) {
            2
        } else if INSTITUTIONS.contains(&first) {
            1
        } else {
            return;
        };
        // "Russian military officers", "US government officials": the noun is an adjective there.
        let last = &s.tokens[th.end + len - 1];
        if !last.possessive && word(th.end + len).is_some_and(|w| ATTRIBUTIVE_HEADS.contains(&w)) {
            return;
        }
        self.push_organisation(sentence, s, Span::new(th.hit.start, last.end));
    }

    /// Pushes `span` as an organisation's name that no gazetteer entry spells out: "The Week" (a name
    /// starting with "The") or an institution named by a country before it ("the Iraqi military").
    /// Like every name first seen in a headline, it is weak there.
    pub(super) fn push_organisation(&mut self, sentence: usize, s: &Sentence, span: Span) {
        self.candidates.push(Candidate {
            sentence,
            span,
            kind: EntityKind::Organisation,
            role: None,
            gazetteer: None,
            weak: s.headline,
            titled: false,
            attributive: false,
            sentence_start: false,
        });
    }
}
