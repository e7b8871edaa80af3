//! Numbers in claims: "roughly 10,000 ISIS fighters", "some 1,000 new recruits", "about a third of Iraq",
//! "four people", "1.5 million", "30 percent".
//!
//! A quantity is an optional approximator, a number (digits, number words, a fraction, or a vague
//! plural such as "thousands of"), an optional scale ("million") and what is counted: "percent", or the
//! noun phrase right after the number. Years ("2015") and days of a month ("Sept. 27") are not
//! quantities.

use super::lexicon::{STOPWORDS, TIME_WORDS};
use super::tokens::{Token, TokenKind};
use crate::extract::calendar::{self, is_month_or_abbreviation};
use crate::extract::{Quantity, Span};

/// Phrases before a number that make it approximate, longest first so "more than" wins over "than".
const APPROXIMATORS: &[&str] = &[
    "an estimated",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "at least",
    "at most",
    "as many as",
    "as much as",
    "as few as",
    "close to",
    "in excess of",
    "upwards of",
    "roughly",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "approximately",
    "over",
    "under",
    "estimated",
    "approx",
    "circa",
    "perhaps",
    "maybe",
];

/// Number words and their values.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("thousand", 1000.0),
    ("dozen", 12.0),
    ("million", 1e6),
    ("billion", 1e9),
];

/// Scale words after a number.
const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1000.0),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
];

/// Vague plurals: "thousands of refugees" is at least a thousand, approximately.
const VAGUE_PLURALS: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1000.0),
    ("millions", 1e6),
    ("billions", 1e9),
];

/// Fractions: "a third", "two-thirds", "half".
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("third", 1.0 / 3.0),
    ("quarter", 0.25),
    ("fifth", 0.2),
    ("tenth", 0.1),
    ("one-third", 1.0 / 3.0),
    ("two-thirds", 2.0 / 3.0),
    ("one-quarter", 0.25),
    ("three-quarters", 0.75),
    ("one-half", 0.5),
    ("one-fifth", 0.2),
];

const CURRENCIES: &[(&str, &str)] = &[("$", "dollars"), ("£", "pounds"), ("€", "euros")];

/// Is `t` a number word ("five", "dozen")? "one in five said" counts people as a number does.
pub(super) fn is_number_word(t: &Token) -> bool {
    t.is_any(&["one", "half"]) || lookup(NUMBER_WORDS, t).is_some()
}

fn lookup(table: &[(&str, f64)], t: &Token) -> Option<f64> {
    if t.kind != TokenKind::Word {
        return None;
    }
    let lower = t.lower();
    table.iter().find(|(w, _)| *w == lower).map(|(_, v)| *v)
}

/// Finds the quantities among `tokens` (the tokens of one claim's content).
pub fn find(tokens: &[Token]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match quantity_at(tokens, i) {
            Some((q, next)) => {
                out.push(q);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// Does a quantity as written open with a vague plural ("dozens of groups", "tens of thousands")? It
/// gives an order of magnitude, not a figure to compare.
pub fn is_vague(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    VAGUE_PLURALS.iter().any(|(w, _)| *w == first)
}

/// The approximator ending just before token `i`: (its first token index).
fn approximator_before(tokens: &[Token], i: usize) -> Option<usize> {
    APPROXIMATORS.iter().find_map(|phrase| {
        let words: Vec<&str> = phrase.split(' ').collect();
        let start = i.checked_sub(words.len())?;
        words
            .iter()
            .enumerate()
            .all(|(k, w)| tokens[start + k].is(w))
            .then_some(start)
    })
}

fn parse_digits(text: &str) -> Option<f64> {
    text.replace(',', "").parse().ok()
}

/// The quantity starting at token `i`, with the index of the token after it.
fn quantity_at(tokens: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let t = tokens[i];
    let lead = if let Some(unit) = currency_sign(&t) {
        let n = tokens.get(i + 1).filter(|n| n.kind == TokenKind::Number)?;
        Lead {
            start: i,
            next: i + 2,
            value: parse_digits(n.text)?,
            unit: Some(unit.to_string()),
        }
    } else if t.kind == TokenKind::Number {
        digits_at(tokens, i)?
    } else if let Some(v) = lookup(VAGUE_PLURALS, &t) {
        return vague_plural_at(tokens, i, v);
    } else if let Some(v) = fraction_at(tokens, i) {
        return Some(fraction_quantity(tokens, i, v));
    } else if let Some(v) = lookup(NUMBER_WORDS, &t) {
        number_word_at(tokens, i, v)?
    } else {
        return None;
    };
    Some(finish(tokens, i, lead))
}

/// The first tokens of a number (a currency sign, digits, a number word): where it starts, the token
/// after it, its value and the unit the sign gives. Its scale, "percent" and what it counts follow.
struct Lead {
    start: usize,
    next: usize,
    value: f64,
    unit: Option<String>,
}

/// The currency a sign token names ("$": "dollars").
fn currency_sign(t: &Token) -> Option<&'static str> {
    (t.kind == TokenKind::Punct)
        .then(|| CURRENCIES.iter().find(|(c, _)| t.text == *c))
        .flatten()
        .map(|&(_, name)| name)
}

/// Digits at `i`, unless they are a year ("2015"), a day of a month ("Sept. 27"), a time ("10:30")
/// or the amount after a currency sign (read from the sign).
fn digits_at(tokens: &[Token], i: usize) -> Option<Lead> {
    let t = tokens[i];
    if tokens
        .get(i.wrapping_sub(1))
        .is_some_and(|p| CURRENCIES.iter().any(|(c, _)| p.text == *c))
    {
        return None;
    }
    let value = parse_digits(t.text)?;
    let next = tokens.get(i + 1);
    let prev = i.checked_sub(1).map(|p| tokens[p]);
    let is_year = t.text.len() == 4 && !t.text.contains(',') && (1800.0..=2100.0).contains(&value);
    let month_before = |p: Option<&Token>| p.is_some_and(|p| is_month_or_abbreviation(&p.lower()));
    let is_day = month_before(prev.as_ref())
        || prev.is_some_and(|p| p.text == ".")
            && month_before(i.checked_sub(2).map(|p| &tokens[p]))
        || prev.is_some_and(|p| p.text == ":")
        || next.is_some_and(|n| is_month_or_abbreviation(&n.lower()) && n.is_capitalised());
    let scaled_or_percent =
        next.is_some_and(|n| n.text == "%" || lookup(SCALES, n).is_some() || n.is("percent"));
    if (is_year || is_day) && !scaled_or_percent || next.is_some_and(|n| n.text == ":") {
        return None;
    }
    Some(Lead {
        start: i,
        next: i + 1,
        value,
        unit: None,
    })
}

/// A number word at `i` ("four"); a scale word needs "a" before it ("a dozen", "a hundred"). A
/// capitalised number word after the first token is read as part of a name ("Five Guys").
fn number_word_at(tokens: &[Token], i: usize, value: f64) -> Option<Lead> {
    let t = tokens[i];
    if !t.is_lowercase_word() && i > 0 {
        return None;
    }
    let mut start = i;
    if matches!(
        t.lower().as_str(),
        "hundred" | "thousand" | "dozen" | "million" | "billion"
    ) {
        if tokens.get(i.wrapping_sub(1)).is_some_and(|p| p.is("a")) {
            start = i - 1;
        } else {
            return None;
        }
    }
    Some(Lead {
        start,
        next: i + 1,
        value,
        unit: None,
    })
}

/// "tens of thousands of", "thousands of": approximate, counting the phrase after "of".
fn vague_plural_at(tokens: &[Token], i: usize, v: f64) -> Option<(Quantity, usize)> {
    let t = tokens[i];
    if !tokens.get(i + 1).is_some_and(|n| n.is("of")) {
        return None;
    }
    let mut value = v;
    let mut j = i + 2;
    if t.is("tens") || t.is("hundreds") {
        if let Some(v2) = tokens.get(i + 2).and_then(|n| lookup(VAGUE_PLURALS, n)) {
            value = v2 * if t.is("tens") { 10.0 } else { 100.0 };
            j = i + 4;
        }
    }
    let (counted, next) = counted_phrase(tokens, j);
    let end = tokens[next.max(j).min(tokens.len()) - 1].span.end;
    let start = approximator_before(tokens, i).unwrap_or(i);
    Some((
        Quantity {
            span: Span::new(tokens[start].span.start, end),
            value,
            unit: counted,
            approximate: true,
        },
        next.max(j),
    ))
}

/// "a third of Iraq", "two-thirds of the budget", "half of": the unit names what it is a part of.
fn fraction_quantity(tokens: &[Token], i: usize, value: f64) -> (Quantity, usize) {
    let mut start = if tokens
        .get(i.wrapping_sub(1))
        .is_some_and(|p| p.is_any(&["a", "one"]))
    {
        i - 1
    } else {
        i
    };
    let j = i + 1;
    let (of_what, next) = if tokens.get(j).is_some_and(|n| n.is("of")) {
        of_phrase(tokens, j + 1)
    } else {
        (None, j)
    };
    let unit = Some(match of_what {
        Some(w) => format!("fraction of {w}"),
        None => "fraction".to_string(),
    });
    let mut approximate = false;
    if let Some(a) = approximator_before(tokens, start) {
        start = a;
        approximate = true;
    }
    let end = tokens[next.max(j) - 1].span.end;
    (
        Quantity {
            span: Span::new(tokens[start].span.start, end),
            value,
            unit,
            approximate,
        },
        next.max(j),
    )
}

/// The rest of a number after its first tokens: a scale ("1.5 million", "two hundred"), "percent"
/// or "per cent", else the counted noun phrase (also after a currency: "$5 million in aid"), and an
/// approximator before it.
fn finish(tokens: &[Token], i: usize, lead: Lead) -> (Quantity, usize) {
    let Lead {
        mut start,
        next: mut j,
        mut value,
        mut unit,
    } = lead;
    while let Some(s) = tokens.get(j).and_then(|n| lookup(SCALES, n)) {
        if tokens[j].text == "m" && tokens[j].span.start != tokens[j - 1].span.end {
            break;
        }
        value *= s;
        j += 1;
    }
    if tokens
        .get(j)
        .is_some_and(|n| n.text == "%" || n.is("percent"))
    {
        unit = Some("percent".into());
        j += 1;
    } else if tokens.get(j).is_some_and(|n| n.is("per"))
        && tokens.get(j + 1).is_some_and(|n| n.is("cent"))
    {
        unit = Some("percent".into());
        j += 2;
    }
    let mut end_idx = j;
    if unit.is_none() || unit.as_deref() == Some("dollars") {
        let skip_of = tokens.get(j).is_some_and(|n| n.is("of")) && value >= 100.0;
        let from = if skip_of { j + 1 } else { j };
        let (counted, next) = counted_phrase(tokens, from);
        if let Some(c) = counted {
            if unit.is_none() {
                unit = Some(c);
            }
            end_idx = next;
        }
    }
    let mut approximate = false;
    if let Some(a) = approximator_before(tokens, start) {
        start = a;
        approximate = true;
    }
    (
        Quantity {
            span: Span::new(tokens[start].span.start, tokens[end_idx - 1].span.end),
            value,
            unit,
            approximate,
        },
        end_idx.max(i + 1),
    )
}

fn fraction_at(tokens: &[Token], i: usize) -> Option<f64> {
    let t = tokens[i];
    let v = lookup(FRACTIONS, &t)?;
    let lower = t.lower();
    if lower.contains('-') {
        return Some(v);
    }
    // A bare "third"/"quarter" needs "a"/"one" before it and "of" after it ("a third of").
    let preceded = tokens
        .get(i.wrapping_sub(1))
        .is_some_and(|p| p.is_any(&["a", "one"]));
    let followed = tokens.get(i + 1).is_some_and(|n| n.is("of"));
    (followed && (preceded || lower == "half")).then_some(v)
}

/// What a fraction is of: a short noun phrase that may start with "the" and join names with "and"
/// ("the province", "Iraq and Syria").
fn of_phrase(tokens: &[Token], from: usize) -> (Option<String>, usize) {
    let mut end = from;
    if tokens
        .get(end)
        .is_some_and(|t| t.is_any(&["the", "its", "their"]))
    {
        end += 1;
    }
    let body_start = end;
    while end < tokens.len() && end - from < 6 {
        let t = &tokens[end];
        if t.is_capitalised() {
            end += 1;
        } else if t.is("and")
            && end > body_start
            && tokens.get(end + 1).is_some_and(|n| n.is_capitalised())
        {
            end += 1;
        } else if t.is_lowercase_word()
            && !STOPWORDS.contains(&t.lower().as_str())
            && end == body_start
        {
            end += 1;
        } else {
            break;
        }
    }
    if end == body_start {
        return (None, from);
    }
    let text = tokens[from..end]
        .iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ");
    (Some(text), end)
}

/// Adjectives that belong to the thing counted although they are stop words elsewhere.
const COUNTED_ADJECTIVES: &[&str] = &["new", "more", "other", "own"];

/// Common irregular past tenses: a verb right after the counted noun is not part of it.
const IRREGULAR_PAST: &[&str] = &[
    "left", "fled", "took", "went", "came", "made", "fell", "rose", "won", "lost", "told", "got",
    "gave", "saw", "held", "ran", "met", "hit", "cut", "put", "set", "led", "fought", "sent",
    "spent", "brought", "began", "became", "built", "paid", "kept", "stood", "sought", "fled",
];

/// The thing counted: up to four content words after the number ("ISIS fighters", "new recruits").
/// Returns the phrase and the index after it.
fn counted_phrase(tokens: &[Token], from: usize) -> (Option<String>, usize) {
    let mut end = from;
    while end < tokens.len() && end - from < 4 {
        let t = &tokens[end];
        if t.kind != TokenKind::Word {
            break;
        }
        let lower = t.lower();
        if t.is_lowercase_word()
            && (STOPWORDS.contains(&lower.as_str())
                && !COUNTED_ADJECTIVES.contains(&lower.as_str())
                || IRREGULAR_PAST.contains(&lower.as_str())
                || TIME_WORDS.contains(&lower.as_str())
                || calendar::is_weekday(&lower)
                || is_month_or_abbreviation(&lower)
                || (lower.ends_with("ing") && lower.len() > 5)
                || (lower.ends_with("ed") && lower.len() > 4 && end > from))
        {
            break;
        }
        if lookup(NUMBER_WORDS, t).is_some() && end == from {
            break;
        }
        end += 1;
        // A plural noun ends the phrase: "2,400 nurses | left", "new recruits | joined".
        if t.is_lowercase_word()
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && !lower.ends_with("is")
        {
            break;
        }
    }
    if end == from {
        return (None, from);
    }
    let text: Vec<&str> = tokens[from..end].iter().map(|t| t.text).collect();
    (Some(text.join(" ")), end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims::tokens::tokenize;

    fn quantities(text: &str) -> Vec<(String, f64, Option<String>, bool)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find(&tokens)
            .into_iter()
            .map(|q| {
                (
                    q.span.text(text).to_string(),
                    q.value,
                    q.unit,
                    q.approximate,
                )
            })
            .collect()
    }

    #[test]
    fn digits_with_approximators_and_counted_things() {
        assert_eq!(
            quantities("raids killed roughly 12,500 rebel fighters last spring"),
            vec![(
                "roughly 12,500 rebel fighters".into(),
                12500.0,
                Some("rebel fighters".into()),
                true
            )]
        );
        assert_eq!(
            quantities("with some 700 fresh volunteers arriving each week"),
            vec![(
                "some 700 fresh volunteers".into(),
                700.0,
                Some("fresh volunteers".into()),
                true
            )]
        );
        assert_eq!(
            quantities("a blast that killed six people"),
            vec![("six people".into(), 6.0, Some("people".into()), false)]
        );
    }

    #[test]
    fn scales_percent_fractions_and_vague_plurals() {
        let q = quantities("up to 2.5 million people and 40 percent of voters and 12% more");
        assert_eq!(
            q[0],
            (
                "up to 2.5 million people".into(),
                2_500_000.0,
                Some("people".into()),
                true
            )
        );
        assert_eq!(q[1].1, 40.0);
        assert_eq!(q[1].2.as_deref(), Some("percent"));
        assert_eq!(q[2].2.as_deref(), Some("percent"));
        let q = quantities("rebels hold about a third of the province");
        assert_eq!(q.len(), 1);
        assert!((q[0].1 - 0.333).abs() < 0.001);
        assert_eq!(q[0].2.as_deref(), Some("fraction of the province"));
        assert!(q[0].3);
        let q = quantities("tens of thousands of migrants crossed");
        assert_eq!(q[0].1, 10000.0);
        assert_eq!(q[0].2.as_deref(), Some("migrants"));
        assert!(q[0].3);
    }

    #[test]
    fn years_and_dates_are_not_quantities() {
        assert!(quantities("in 2014 and on Sept. 27 and at 10:30").is_empty());
        assert_eq!(quantities("$4 billion in aid")[0].1, 4e9);
    }
}
