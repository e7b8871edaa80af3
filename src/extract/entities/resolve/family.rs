//! People within an article: a middle name written or left out is one person, and which family
//! member a bare surname means.

use super::Resolver;
use crate::extract::entities::names::person_words;
use crate::extract::{EntityKind, Mention};
use std::collections::HashMap;

/// A middle name written or left out ("Hillary Rodham Clinton", "Hillary Clinton"): a person of two
/// words joins the one longer person with the same first and last words. Indexed by (first, last)
/// words, and mentions redirected in one pass, so the cost stays linear in the article.
pub(super) fn merge_middle_names(r: &mut Resolver, of_candidate: &mut [Option<usize>]) {
    let persons: Vec<(usize, Vec<String>)> = (0..r.drafts.len())
        .filter(|&d| {
            let draft = &r.drafts[d];
            draft.gazetteer_id.is_none()
                && (draft.kind == EntityKind::Person
                    || (draft.kind == EntityKind::Other && draft.name_words <= 4))
        })
        .map(|d| (d, person_words(&r.drafts[d].name)))
        .collect();
    let mut longer: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (d, words) in &persons {
        if words.len() > 2 && !has_initials_inside(words) {
            let key = (words[0].as_str(), words[words.len() - 1].as_str());
            longer.entry(key).or_default().push(*d);
        }
    }
    let mut redirect: Vec<usize> = (0..r.drafts.len()).collect();
    for (short, words) in &persons {
        if words.len() != 2 {
            continue;
        }
        let Some(&[into]) = longer
            .get(&(words[0].as_str(), words[1].as_str()))
            .map(Vec::as_slice)
        else {
            continue;
        };
        if r.drafts[*short].kind == EntityKind::Person {
            r.drafts[into].kind = EntityKind::Person;
        }
        let forms = std::mem::take(&mut r.drafts[*short].forms);
        for f in forms {
            if !r.drafts[into].forms.contains(&f) {
                r.drafts[into].forms.push(f);
            }
        }
        redirect[*short] = into;
    }
    for m in &mut r.mentions {
        m.entity = redirect[m.entity];
    }
    for c in of_candidate.iter_mut().flatten() {
        *c = redirect[*c];
    }
}

/// Does a person's name carry grouped initials in its middle ("George H.W. Bush")? Those tell two
/// people apart ("George W. Bush" is another man), so such a name is never the longer form of a name
/// without them.
pub(crate) fn has_initials_inside(words: &[String]) -> bool {
    words.len() > 2 && words[1..words.len() - 1].iter().any(|w| w.contains('.'))
}

/// The start of every mention of each draft, in text order, to find the mention of a draft last
/// before a position in `O(log n)` ("Mr Feld" ... "Feld": which of the two Felds was named last).
pub(super) struct LastSeen {
    /// (start, sentence) of each mention, per draft, in text order.
    pub(super) starts: Vec<Vec<(usize, usize)>>,
}

impl LastSeen {
    pub(super) fn new(drafts: usize, mentions: &[Mention]) -> LastSeen {
        let mut starts = vec![Vec::new(); drafts];
        for m in mentions {
            starts[m.entity].push((m.span.start, m.sentence));
        }
        for s in &mut starts {
            s.sort_unstable();
        }
        LastSeen { starts }
    }

    /// Records a mention (one-word names arrive in text order, so this is nearly always a push).
    pub(super) fn add(&mut self, draft: usize, start: usize, sentence: usize) {
        if draft >= self.starts.len() {
            self.starts.resize(draft + 1, Vec::new());
        }
        let s = &mut self.starts[draft];
        let at = s.partition_point(|&(x, _)| x <= start);
        s.insert(at, (start, sentence));
    }

    /// How many mentions the draft has before `position`, and the (start, sentence) of the last.
    fn before(&self, draft: usize, position: usize) -> (usize, Option<(usize, usize)>) {
        let Some(s) = self.starts.get(draft) else {
            return (0, None);
        };
        let at = s.partition_point(|&(x, _)| x < position);
        (at, at.checked_sub(1).map(|i| s[i]))
    }
}

/// Which of several people sharing a surname a bare surname means: the one named in this sentence or
/// the one before when only one was ("Tomas Reyes left. Reyes said"); otherwise the family member
/// the article is about, the one mentioned most so far ("Michelle Obama" once in a story about
/// President Obama); the one named last breaks ties.
pub(super) fn family_member(
    r: &Resolver,
    found: &[usize],
    position: usize,
    sentence: usize,
) -> usize {
    // (draft, mentions so far, (start, sentence) of the last one)
    type Seen = (usize, usize, Option<(usize, usize)>);
    let seen: Vec<Seen> = found
        .iter()
        .map(|&d| {
            let (count, last) = r.seen.before(d, position);
            (d, count, last)
        })
        .collect();
    let recent: Vec<usize> = seen
        .iter()
        .filter(|(_, _, last)| last.is_some_and(|(_, s)| s + 1 >= sentence))
        .map(|&(d, _, _)| d)
        .collect();
    if let [only] = recent[..] {
        return only;
    }
    seen.iter()
        .max_by_key(|&&(_, count, last)| (count, last.map(|(start, _)| start)))
        .map_or(found[0], |&(d, _, _)| d)
}
