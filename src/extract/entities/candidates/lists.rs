//! Names in one list are things of one kind: "Microsoft, Yahoo, Google, PalTalk and Apple" are
//! companies, "Michael, Charlotte and Audrey" children. A name no rule placed takes the kind every
//! placed name of its list agrees on. Names on one route ("from Appleton to Green Bay", "the London
//! to Leeds express") are places when one of them is.

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

/// Lower-case nouns after the last name of a route: "the London to Leeds express".
const ROUTE_NOUNS: &[&str] = &[
    "express", "flight", "flights", "train", "trains", "route", "service", "line", "road",
    "railway", "rail", "highway", "journey", "trip", "drive", "ferry", "pipeline", "motorway",
];

/// Gives the `Other` candidates among `candidates` (one sentence's) that stand on a route with a
/// place the kind of a place: names joined by " to ", the first after "from" or the last before a
/// route's noun ("from Appleton to Green Bay to Janesville", "the London to Leeds express"). A
/// route of people or companies ("from Obama to Trump") has no place and changes nothing.
pub(super) fn places_on_routes(body: &str, candidates: &mut [Candidate]) {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| candidates[i].span.start);
    let mut chain: Vec<usize> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let joined = k > 0 && {
            let previous = &candidates[order[k - 1]];
            previous.span.end <= candidates[i].span.start
                && body.get(previous.span.end..candidates[i].span.start) == Some(" to ")
        };
        if !joined {
            settle_route(body, candidates, &chain);
            chain.clear();
        }
        chain.push(i);
    }
    settle_route(body, candidates, &chain);
}

/// One chain of names joined by " to ": a route when "from" opens it or a route's noun ends it.
fn settle_route(body: &str, candidates: &mut [Candidate], chain: &[usize]) {
    let (Some(&first), Some(&last)) = (chain.first(), chain.last()) else {
        return;
    };
    if chain.len() < 2 {
        return;
    }
    let before = &body[..candidates[first].span.start];
    let from = before.ends_with("from ") || before.ends_with("From ");
    let noun = body[candidates[last].span.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| ROUTE_NOUNS.contains(&w));
    let placed = chain
        .iter()
        .any(|&i| candidates[i].kind == EntityKind::Location);
    if !(from || noun) || !placed {
        return;
    }
    for &i in chain {
        if candidates[i].kind == EntityKind::Other {
            candidates[i].kind = EntityKind::Location;
        }
    }
}
