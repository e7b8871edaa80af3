//! An article's mentions indexed by where they start, so that "which mentions overlap this span?" and
//! "which mentions come just before this point?" are range look-ups, not scans of every mention: an
//! article with thousands of mentions and thousands of sources stays near-linear.
//!
//! The index follows a growing `Vec<Mention>` (stages push mentions as they resolve speakers and
//! sources): [`MentionIndex::sync`] indexes what was pushed since the last call.

use crate::extract::{Mention, Span};
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct MentionIndex {
    /// Mention indexes by the byte where the mention starts, in the order they were pushed.
    by_start: BTreeMap<usize, Vec<usize>>,
    /// The longest mention, bounding how far before a span an overlapping mention can start.
    longest: usize,
    /// How many mentions of the vector are indexed.
    indexed: usize,
}

impl MentionIndex {
    pub fn new(mentions: &[Mention]) -> MentionIndex {
        let mut index = MentionIndex::default();
        index.sync(mentions);
        index
    }

    /// Indexes the mentions pushed since the last call.
    pub fn sync(&mut self, mentions: &[Mention]) {
        for (i, m) in mentions.iter().enumerate().skip(self.indexed) {
            self.by_start.entry(m.span.start).or_default().push(i);
            self.longest = self.longest.max(m.span.len());
        }
        self.indexed = mentions.len();
    }

    /// Indexes of the mentions overlapping `span`, by start (then in push order).
    pub fn overlapping<'a>(
        &'a self,
        span: Span,
        mentions: &'a [Mention],
    ) -> impl Iterator<Item = usize> + 'a {
        let from = span.start.saturating_sub(self.longest);
        self.by_start
            .range(from..span.end.max(from))
            .flat_map(|(_, ids)| ids.iter().copied())
            .filter(move |&i| mentions[i].span.overlaps(span))
    }

    /// Indexes of the mentions starting at exactly `start`, in push order.
    pub fn starting_at(&self, start: usize) -> &[usize] {
        self.by_start.get(&start).map_or(&[], Vec::as_slice)
    }

    /// Indexes of the mentions that end at or before `at`, the latest start first, down to the first
    /// mention that starts before `from` minus the longest mention (so every mention ending at or
    /// after `from` is included).
    pub fn ending_before<'a>(
        &'a self,
        from: usize,
        at: usize,
        mentions: &'a [Mention],
    ) -> impl Iterator<Item = usize> + 'a {
        let low = from.saturating_sub(self.longest);
        self.by_start
            .range(low..at)
            .rev()
            .flat_map(|(_, ids)| ids.iter().rev().copied())
            .filter(move |&i| mentions[i].span.end <= at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::MentionKind;

    fn mention(start: usize, end: usize) -> Mention {
        Mention {
            entity: 0,
            span: Span::new(start, end),
            kind: MentionKind::Name,
            role: None,
            sentence: 0,
        }
    }

    #[test]
    fn finds_overlaps_and_follows_pushes() {
        let mut mentions = vec![mention(0, 10), mention(20, 25), mention(30, 32)];
        let mut index = MentionIndex::new(&mentions);
        let found: Vec<usize> = index.overlapping(Span::new(5, 21), &mentions).collect();
        assert_eq!(found, vec![0, 1]);
        mentions.push(mention(8, 9));
        index.sync(&mentions);
        let found: Vec<usize> = index.overlapping(Span::new(5, 21), &mentions).collect();
        assert_eq!(found, vec![0, 3, 1]);
        let before: Vec<usize> = index.ending_before(12, 31, &mentions).collect();
        assert_eq!(before, vec![1, 3]);
        assert!(index
            .overlapping(Span::new(26, 29), &mentions)
            .next()
            .is_none());
    }
}
