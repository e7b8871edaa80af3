//! Names in one list are things of one kind: "Microsoft, Yahoo, Google, PalTalk and Apple" are
//! companies, "Michael, Charlotte and Audrey" children. A name no rule placed takes the kind every
//! placed name of its list agrees on.

use super::Candidate;
use crate::extract::EntityKind;

/// What may stand between two names of one list.
const SEPARATORS: &[&str] = &[", ", " and ", ", and ", " or ", ", or "];

/// Gives the `Other` candidates of each list among `candidates` (one sentence's) the kind the
/// list's other names agree on. A list is three names or more, each after the previous one's
/// separator, with commas and a last "and" or "or" (a comma alone is "Bentonville, Ark.", not a
/// list).
pub(super) fn agree_in_lists(body: &str, candidates: &mut [Candidate]) {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| candidates[i].span.start);
    let mut chain: Vec<usize> = Vec::new();
    let mut closed = false;
    let mut comma = false;
    for (k, &i) in order.iter().enumerate() {
        let joined = k > 0 && {
            let previous = &candidates[order[k - 1]];
            let gap = body.get(previous.span.end..candidates[i].span.start);
            gap.is_some_and(|g| SEPARATORS.contains(&g))
                && previous.span.end <= candidates[i].span.start
        };
        if joined {
            let gap = &body[candidates[order[k - 1]].span.end..candidates[i].span.start];
            closed |= gap.ends_with("and ") || gap.ends_with("or ");
            comma |= gap.starts_with(',');
        } else {
            settle(candidates, &chain, closed, comma);
            chain.clear();
            closed = false;
            comma = false;
        }
        chain.push(i);
    }
    settle(candidates, &chain, closed, comma);
}

/// One list: when every placed name has one kind, the unplaced ones take it.
fn settle(candidates: &mut [Candidate], chain: &[usize], closed: bool, comma: bool) {
    // Two names say too little: "Mr. Jones and Infowars" are a man and his website, and with a
    // comma between they are two clauses ("... to Congress, and Barr must testify").
    if chain.len() < 3 || !closed || !comma {
        return;
    }
    let mut kinds = chain
        .iter()
        .map(|&i| candidates[i].kind)
        .filter(|&k| k != EntityKind::Other);
    let Some(kind) = kinds.next() else {
        return;
    };
    if kinds.any(|k| k != kind) || kind == EntityKind::Group {
        return;
    }
    for &i in chain {
        if candidates[i].kind == EntityKind::Other {
            candidates[i].kind = kind;
        }
    }
}
