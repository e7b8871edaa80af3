//! The source as a phrase: the noun phrase before a cue ("a senior State Department official
//! said"), the subject at the start of a unit ("..., saying"), and whether a phrase can be a
//! source at all (a pronoun, a name, or a phrase headed by a source noun).

use super::frames::is_initial_period;
use super::lexicon::*;
use super::quantities::is_number_word;
use super::tokens::{Token, TokenKind};
use crate::extract::cues::speech_verb_lemma;

/// The source noun phrase ending before token `end`, walking back to a clause boundary. Returns
/// (start, end, whether the phrase follows a subordinator).
pub(super) fn source_before(tokens: &[Token], end: usize) -> Option<(usize, usize, bool)> {
    if end == 0 {
        return None;
    }
    // "Trump on Tuesday dismissed", "the ministry on Friday night announced": a time phrase with its
    // preposition says when; the source ends before it.
    let mut when = end;
    while when > 0 && is_time_word(&tokens[when - 1]) {
        when -= 1;
    }
    // "The president over the weekend had tweeted": "the" before the time word, and "over" or
    // "during" as well as "on".
    if when < end && when > 1 && tokens[when - 1].is("the") && tokens[when - 1].is_lowercase_word()
    {
        when -= 1;
    }
    let end = if when < end
        && when > 1
        && tokens[when - 1].is_any(&["on", "over", "during"])
        && tokens[when - 1].is_lowercase_word()
    {
        when - 1
    } else {
        end
    };
    // "X, who ..." is not handled; a relative pronoun right before the cue names no source here.
    let mut s = end;
    let mut subordinate = false;
    while s > 0 && end - s < 10 {
        let t = &tokens[s - 1];
        if t.kind == TokenKind::Punct
            && !is_initial_period(tokens, s - 1)
            && !is_joining_hyphen(tokens, s - 1)
            && !is_plural_possessive(tokens, s - 1)
            && !is_percent_sign(tokens, s - 1)
        {
            break;
        }
        if t.is_any(SUBORDINATORS) && t.is_lowercase_word() || t.is_any(SUBORDINATORS) && s == 1 {
            subordinate = true;
            break;
        }
        if t.is_any(SOURCE_INNER_PREPOSITIONS) && t.is_lowercase_word() {
            // Allowed after a source noun: "a spokesman for the ministry".
            // ... and after a group or a count: "advocates for gun control", "half of voters".
            let before = s.checked_sub(2).map(|p| tokens[p]);
            if before.is_some_and(|b| {
                b.is_any(SOURCE_NOUNS)
                    || b.is_capitalised()
                    || b.is_any(TITLES)
                    // "of" and "for" only: "polls in these states", "changes in its economic
                    // forecast" read a noun as the cue.
                    || t.is_any(&["of", "for"])
                        && (b.is_lowercase_word() && is_plural_noun(&b.lower())
                            || b.is_any(QUANTIFIER_SOURCES))
                    || b.kind == TokenKind::Number
                    || is_number_word(&b)
                    || is_percent_sign(tokens, s - 2)
            }) {
                s -= 1;
                continue;
            }
            break;
        }
        if t.is_lowercase_word() && t.is_any(SOURCE_BOUNDARIES) {
            // "Lorvania and Esterra said": two names joined at the head of the clause are one source.
            if let Some(k) = coordinated_names_start(tokens, s - 1, end) {
                s = k;
            }
            break;
        }
        // ... but a compound adjective is no head: "his top-rated show", "an early-morning tweet".
        let modifier = is_compound_adjective(t.text) && s < end;
        if t.is_lowercase_word() && looks_like_verb(t.text) && !t.is_any(SOURCE_NOUNS) && !modifier
        {
            break;
        }
        // "... and said her government would not discuss": a speech verb ends the source phrase of
        // a later cue ("said" is a verb that looks like no past tense).
        // ("the audit report states": a source noun right before the cue is its head, no verb;
        // further back it may be one: "dismissed reports he told".)
        let head_noun = s == end && t.is_any(SOURCE_NOUNS);
        if t.is_lowercase_word() && speech_verb_lemma(t.text).is_some() && !head_noun {
            break;
        }
        s -= 1;
    }
    while s < end && tokens[s].is_any(LEADING_DROPPABLE) {
        s += 1;
    }
    // "Obama this year said", "the ministry a week ago denied": the time expression before the cue
    // says when; the source is what comes before it.
    let mut end = end;
    while end > s && (is_time_word(&tokens[end - 1]) || tokens[end - 1].is("ago")) {
        end -= 1;
    }
    if end > s + 1 && tokens[end - 1].is_any(&["a", "an", "one"]) {
        end -= 1;
    }
    if s == end || !valid_source(&tokens[s..end], s == 0) {
        return None;
    }
    // "the millions of dollars she said ...", "The only candidate he confirmed ...": in a contact
    // relative clause the pronoun is the subject of the cue; the noun before it is the content's.
    if end - s > 1
        && (tokens[end - 1].is_any(PERSON_PRONOUNS) || tokens[end - 1].is_any(&["they", "we", "i"]))
        && tokens[end - 2].is_lowercase_word()
        && !tokens[end - 2].is_any(SOURCE_BOUNDARIES)
    {
        s = end - 1;
    }
    Some((s, end, subordinate))
}

/// Is `word` a compound adjective in "-ed" or "-ing" ("self-described", "so-called",
/// "long-serving"), not a verb with a prefix ("re-elected", "co-founded")? Inside a source phrase
/// it modifies the head ("The self-described democratic socialist said").
fn is_compound_adjective(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, _)| {
        first.len() > 1 && !matches!(first, "re" | "co" | "pre" | "de" | "un")
    })
}

/// Is `tokens[k]` the apostrophe of a plural possessive inside a phrase ("the dockers' union")?
/// Written right after a word in "s" and followed by another word.
fn is_plural_possessive(tokens: &[Token], k: usize) -> bool {
    k > 0
        && matches!(tokens[k].text, "'" | "\u{2019}")
        && tokens[k - 1].span.end == tokens[k].span.start
        && tokens[k - 1].is_lowercase_word()
        && tokens[k - 1].text.ends_with('s')
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.is_word() && n.span.start > tokens[k].span.end)
}

/// Where "NAME and NAME" starts when the "and" at `and_at` joins two names that open their clause
/// ("Lorvania and Esterra said", "Sen. Smith and Rep. Jones said"). Not when the first name ends a
/// phrase of its own ("after the vote in Iowa and Trump said": "Trump" alone is the source).
fn coordinated_names_start(tokens: &[Token], and_at: usize, end: usize) -> Option<usize> {
    let after = tokens.get(and_at + 1)?;
    if !tokens[and_at].is("and") || and_at + 1 >= end || !after.is_capitalised() {
        return None;
    }
    let is_name_part = |t: &Token| {
        t.is_capitalised() || t.is_any(TITLES) || t.kind == TokenKind::Punct && t.is(".")
    };
    let mut k = and_at;
    while k > 0 && and_at - k < 5 && is_name_part(&tokens[k - 1]) {
        k -= 1;
    }
    let opens_clause = k == 0
        || tokens[k - 1].kind == TokenKind::Punct && !tokens[k - 1].is(".")
        || tokens[k - 1].is_lowercase_word() && tokens[k - 1].is_any(&["that", "but", "while"]);
    (k < and_at && opens_clause && tokens[k].is_capitalised()).then_some(k)
}

/// A "%" written right after a number ("42% say"): the count's unit, inside the phrase.
fn is_percent_sign(tokens: &[Token], k: usize) -> bool {
    tokens[k].text == "%"
        && k > 0
        && tokens[k - 1].kind == TokenKind::Number
        && tokens[k - 1].span.end == tokens[k].span.start
}

/// A hyphen joining two words without spaces ("57-year-old") is inside a word, not a boundary.
fn is_joining_hyphen(tokens: &[Token], k: usize) -> bool {
    tokens[k].text == "-"
        && k > 0
        && tokens[k - 1].span.end == tokens[k].span.start
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.span.start == tokens[k].span.end)
}

/// Past tenses and gerunds end a source phrase ("the group killed officials said" is not one source).
pub(super) fn looks_like_verb(word: &str) -> bool {
    let w = word.to_lowercase();
    (w.ends_with("ed") && w.len() > 4 && !matches!(w.as_str(), "united" | "armed" | "based"))
        || (w.ends_with("ing") && w.len() > 5)
}

/// The first noun phrase of the unit: the subject of a "..., saying" frame.
pub(super) fn first_noun_phrase(tokens: &[Token], from: usize) -> Option<(usize, usize)> {
    let mut s = from;
    while s < tokens.len()
        && (tokens[s].is_any(LEADING_DROPPABLE) || tokens[s].kind == TokenKind::Punct)
    {
        s += 1;
    }
    if let Some(after) = dateline_end(tokens, s) {
        s = after;
    }
    let mut e = s;
    while e < tokens.len() && e - s < 8 {
        let t = &tokens[e];
        // "Mr. Obama on Thursday said": a title's period is inside the name, as in `source_before`.
        if t.kind == TokenKind::Punct && !is_initial_period(tokens, e)
            || t.is_lowercase_word() && (t.is_any(SOURCE_BOUNDARIES) || looks_like_verb(t.text))
            || t.is_lowercase_word() && speech_verb_lemma(t.text).is_some()
        {
            break;
        }
        e += 1;
    }
    (e > s && valid_source(&tokens[s..e], s == 0)).then_some((s, e))
}

/// The token after a dateline opening the unit at `s` ("WASHINGTON \u{2014}", "BAGHDAD, Iraq
/// \u{2014}", "DENVER (AP) \u{2014}"): a place in capitals, a few more words or brackets, then a
/// dash. The sentence's subject comes after it.
pub(super) fn dateline_end(tokens: &[Token], s: usize) -> Option<usize> {
    let first = tokens.get(s)?;
    let capitals = first.is_word()
        && first.text.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !first.text.chars().any(char::is_lowercase);
    if !capitals {
        return None;
    }
    let is_dash = |t: &Token| {
        ['\u{2014}', '\u{2015}', '\u{2013}']
            .iter()
            .any(|&c| t.is_punct(c))
    };
    let dash = tokens[s + 1..].iter().take(6).position(is_dash)?;
    let between = &tokens[s + 1..s + 1 + dash];
    let ok = between
        .iter()
        .all(|t| t.is_capitalised() || [',', '(', ')', '.'].iter().any(|&c| t.is_punct(c)));
    let after = s + 2 + dash;
    (ok && after < tokens.len()).then_some(after)
}

/// Does this phrase look like a source: a pronoun, a name, or a phrase headed by a source noun?
pub(super) fn valid_source(phrase: &[Token], at_unit_start: bool) -> bool {
    // "Joseph R. Biden Jr.": a suffix's period closes the name, which is judged without it.
    let phrase = match phrase.len().checked_sub(1) {
        Some(last) if last > 0 && is_initial_period(phrase, last) => &phrase[..last],
        _ => phrase,
    };
    let Some(head) = phrase.last() else {
        return false;
    };
    // "three in 10 said", "at least 21,000 said", "one in five say": counted people, as polls
    // report them.
    if (head.kind == TokenKind::Number || is_number_word(head)) && phrase.len() <= 4 {
        return true;
    }
    // "42% say", "only 33% believe": a share of those polled, written with the sign.
    if phrase.len() <= 4 && is_percent_sign(phrase, phrase.len() - 1) {
        return true;
    }
    // "advocates for gun control", "half of voters in each state": the head comes before the
    // first inner preposition.
    if let Some(k) = phrase
        .iter()
        .position(|t| t.is_lowercase_word() && t.is_any(SOURCE_INNER_PREPOSITIONS))
        .filter(|&k| k > 0)
    {
        if valid_source(&phrase[..k], at_unit_start) {
            return true;
        }
    }
    if phrase.len() > 10 || head.kind != TokenKind::Word {
        return false;
    }
    // "a week ago asserted", "this year promising": a time expression says when, not who.
    if is_time_word(head) || head.is("ago") {
        return false;
    }
    // "In social media posts, he suggested", "Despite Mr. Trump's promises": a phrase opening with
    // a preposition is an adverbial, whatever noun ends it.
    if phrase.len() > 1
        && phrase[0].is_any(ADVERBIAL_PREPOSITIONS)
        && !phrase[1].is_any(&["least", "most"])
    {
        return false;
    }
    // A possessive ("Trump's") or a contraction ("I'll") is not a whole source.
    let head_lower = head.lower().replace('\u{2019}', "'");
    if ["'s", "'ll", "'re", "'ve", "'d", "'m", "s'"]
        .iter()
        .any(|x| head_lower.ends_with(x))
    {
        return false;
    }
    if phrase.len() == 1 && head.is_any(&["you", "this", "which", "who", "that", "there"]) {
        return false;
    }
    // "I think", "we know": the writer of an opinion piece or a speaker inside a quotation.
    // ("you" mostly addresses the reader: "if you ask me".)
    if phrase.len() == 1 && head.is_any(&["i", "we"]) {
        return true;
    }
    // "Several said", "Many believe": a quantifier standing for people already named.
    if phrase.len() == 1 && head.is_any(QUANTIFIER_SOURCES) {
        return true;
    }
    if phrase.len() == 1 && head.is_any(PERSON_PRONOUNS)
        || head.is_any(OTHER_PRONOUNS) && phrase.len() == 1
    {
        return true;
    }
    if SOURCE_NOUNS.contains(&head_lower.as_str()) {
        return true;
    }
    // A capitalised head is a name unless it is only capitalised because it starts the sentence.
    if head.is_capitalised()
        && !(phrase.len() == 1 && at_unit_start && is_function_word(&head_lower))
    {
        return true;
    }
    // "donors said", "abortion rights advocates said": a plural noun names a group of people.
    if head.is_lowercase_word() && is_plural_noun(&head_lower) {
        return true;
    }
    // "the company", "two witnesses": a determiner and a lower-case noun.
    phrase.len() >= 2 && phrase[0].is_any(DETERMINERS) && head.is_lowercase_word()
        || possessed_speaker(phrase, &head_lower)
}

/// "Trump's campaign manager", "Clinton's husband", "Rubio's press release": a name's or a noun's
/// possessive before a role, relation, body or document, which can speak ("Trump's recent", "It's
/// easy" cannot: an adjective, a contraction).
fn possessed_speaker(phrase: &[Token], head_lower: &str) -> bool {
    // "It's", "that's", "he's", "let's": a pronoun's contraction, not a possessive.
    let possessor = |t: &Token| {
        let w = t.lower().replace('\u{2019}', "'");
        t.is_possessive()
            && w.strip_suffix("'s").is_some_and(|stem| {
                !is_function_word(stem) && !matches!(stem, "he" | "she" | "let" | "it" | "who")
            })
    };
    phrase.len() >= 2
        && phrase[phrase.len() - 1].is_lowercase_word()
        && phrase[..phrase.len() - 1].iter().any(possessor)
        && (crate::extract::refer::is_tie_noun(head_lower)
            || crate::extract::refer::is_document_noun(head_lower)
            || crate::extract::lang::lexicon::is_organisation_noun(head_lower))
}

/// A lower-case word that reads as a plural noun ("donors", "advocates"), not a verb or function
/// word that happens to end in "s".
pub(super) fn is_plural_noun(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && !w.ends_with("ics")
        && !w.contains(['\'', '\u{2019}'])
        && !is_function_word(w)
        && !matches!(
            w,
            "always"
                | "perhaps"
                | "sometimes"
                | "this"
                | "thus"
                | "does"
                | "whereas"
                | "unless"
                | "besides"
                | "towards"
                | "afterwards"
                | "yours"
                | "ours"
                | "theirs"
                | "hers"
                | "nevertheless"
                | "regardless"
                | "news"
                | "was"
                | "has"
                | "is"
                | "says"
        )
        && speech_verb_lemma(w).is_none()
}

fn is_function_word(w: &str) -> bool {
    STOPWORDS.contains(&w) || DETERMINERS.contains(&w) || SUBORDINATORS.contains(&w)
}
