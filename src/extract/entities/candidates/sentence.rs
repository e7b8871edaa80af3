//! Sentences as recognition sees them (tokens, sentence-start positions, headline case) and the word
//! tests that decide where names begin and end.

use super::classify::{adjective_shaped, COMPASS};
use super::title_case::title_case_tokens;
use super::{hit_covering, TokenHit};
use crate::extract::lang::lexicon::{
    is_english_word, is_never_name, title_at, DOCUMENT_WORDS, GIVEN_NAMES, ORG_CUES, PARTICLES,
};
use crate::extract::lang::tokens::{is_all_caps, is_capitalised, tokenize, Token};
use crate::extract::text::is_single_quote;
use crate::extract::Article;
use crate::extract::MentionKind;

/// One tokenised sentence with the facts about it recognition needs.
pub(super) struct Sentence {
    pub(super) tokens: Vec<Token>,
    /// Token starts a sentence, or follows an opening quote, a colon or a dash.
    pub(super) start_like: Vec<bool>,
    pub(super) headline: bool,
    /// Token is inside a title written in headline case within prose (see [`super::title_case`]).
    pub(super) title_case: Vec<bool>,
}

/// Nouns after which a hyphenated pair of names is two names ("the Kerry-Lavrov meeting",
/// "the Tehran-Damascus axis").
pub(super) const COMPOUND_HEADS: &[&str] = &[
    "meeting",
    "meetings",
    "talks",
    "deal",
    "summit",
    "pact",
    "axis",
    "alliance",
    "partnership",
    "agreement",
    "relations",
    "relationship",
    "border",
    "accord",
    "war",
    "conflict",
    "match",
    "game",
    "fight",
    "race",
    "rivalry",
    "call",
    "visit",
    "plan",
    "ties",
    "dispute",
    "negotiations",
    "channel",
    "corridor",
    "pipeline",
    "route",
    "flight",
    "merger",
    "line",
    "treaty",
    "showdown",
    "duel",
    "debate",
];

pub(super) fn is_closing_quote(text: &str) -> bool {
    matches!(text, "\"" | "\u{201D}" | "\u{2019}" | "'" | "\u{00BB}")
}

/// The words headline case leaves in lower case.
pub(super) const HEADLINE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "on", "at", "to", "by", "of",
    "in", "up", "as", "vs", "via", "with", "from", "into", "over", "per",
];

/// Punctuation after which a capital says nothing about the word.
pub(super) fn opens_sentence(c: &str) -> bool {
    matches!(
        c,
        "." | "!"
            | "?"
            | ":"
            | ";"
            | "•"
            | "—"
            | "–"
            | "|"
            | "\""
            | "\u{201C}"
            | "\u{2018}"
            | "\u{201E}"
            | "*"
            | "·"
            | "…"
            | "\u{00AB}"
            | ">"
            | "#"
            | "("
            | "["
    )
}

pub(super) fn prepare(article: &Article) -> Vec<Sentence> {
    let body = &article.body;
    article
        .sentences
        .iter()
        .map(|s| {
            let tokens = tokenize(body, s.span.start, s.span.end);
            let start_like: Vec<bool> = (0..tokens.len())
                .map(|i| {
                    i == 0
                        || (!tokens[i - 1].word && opens_sentence(tokens[i - 1].text(body)))
                        // `." He` : a closing quote after the end of a sentence.
                        || (i >= 2
                            && !tokens[i - 1].word
                            && is_closing_quote(tokens[i - 1].text(body))
                            && matches!(tokens[i - 2].text(body), "." | "!" | "?" | ","))
                })
                .collect();
            // Headline case: every word is capitalised but for short function words ("Putin Sees Path
            // to Diplomacy Through Syria"). Prose always has some other lower-case word.
            let mut alphabetic = 0;
            let mut prose = false;
            for t in tokens.iter().filter(|t| t.word) {
                let w = t.text(body);
                if !w.chars().next().is_some_and(char::is_alphabetic) {
                    continue;
                }
                alphabetic += 1;
                if !is_capitalised(w) && !HEADLINE_LOWER.contains(&w) {
                    prose = true;
                }
            }
            let headline = alphabetic >= 3 && !prose;
            let title_case = title_case_tokens(body, &tokens, &start_like);
            Sentence {
                tokens,
                start_like,
                headline,
                title_case,
            }
        })
        .collect()
}

/// Does this token begin or continue a name?
pub(super) fn is_name_word(text: &str) -> bool {
    if is_never_name(text) || is_contraction(text) {
        return false;
    }
    if is_capitalised(text) {
        return true;
    }
    // "al-Assad", "bin-Laden": a particle joined to a capitalised name.
    text.split_once('-')
        .is_some_and(|(particle, rest)| PARTICLES.contains(particle) && is_capitalised(rest))
}

/// "You've", "We’re", "I’m", "Don't": pronouns and verbs, never names.
pub(super) fn is_contraction(text: &str) -> bool {
    // Every contraction has an apostrophe: most words need no lower-case copy.
    if !text.contains(['\'', '\u{2019}']) {
        return false;
    }
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    ["'ve", "'re", "'m", "'ll", "'d", "n't"]
        .iter()
        .any(|suffix| lower.ends_with(suffix))
}

/// "International Federation of the Phonographic Industry", "Church of the Nazarene": "of the" after
/// a body's word continues its name when a name follows that is no gazetteer name (`known`: "the
/// Council of the European Union" stays two). So does it between two ordinary words with capitals,
/// as [`common_words_of`] joins them ("Phantom of the Opera", "Navigator of the Seas"), unless a
/// body's name follows, which is a name of its own ("Members of the Armed Services Committee").
/// `j` is the token of "of" or of "the"; the run starts at `start`.
pub(super) fn of_the_inside(
    words: &[&str],
    tokens: &[Token],
    (start, j): (usize, usize),
    sentence_start: bool,
    known: impl Fn(usize) -> bool,
) -> bool {
    let name_at =
        |k: usize| tokens.get(k).is_some_and(|t| t.word) && is_name_word(words[k]) && !known(k);
    // `of_at` is the token of "of", `k` the first word of the name after "the".
    let joins = |of_at: usize, k: usize| {
        name_at(k)
            && (ORG_CUES.contains(words[of_at - 1])
                // (Not after a title's word, which opens a person's name: "Lord of the Rings".)
                || (common_words_of(words, start, of_at, k, sentence_start)
                    && title_at(&words[of_at - 1..of_at]).is_none()
                    && !(k..words.len())
                        .take_while(|&i| tokens[i].word && is_name_word(words[i]))
                        .any(|i| ORG_CUES.contains(words[i]))))
    };
    match words.get(j) {
        Some(&"of") => j >= 1 && words.get(j + 1) == Some(&"the") && joins(j, j + 2),
        Some(&"the") => j >= 2 && words[j - 1] == "of" && joins(j - 1, j + 1),
        _ => false,
    }
}

/// Words after which "of" / "for" continue a name ("Ministry of Defence", "Secretary of State",
/// "Code of Conduct": a document's word too).
pub(super) fn takes_of(word: &str) -> bool {
    ORG_CUES.contains(word)
        || DOCUMENT_WORDS.contains(word)
        || matches!(
            word,
            "Secretary"
                | "Minister"
                | "President"
                | "Governor"
                | "King"
                | "Queen"
                | "Prince"
                | "Republic"
                | "Kingdom"
                | "Department"
                | "House"
                | "Chamber"
                | "Commissioner"
                | "Director"
                | "Chief"
                | "Head"
                | "Emirate"
                | "State"
                | "Islamic"
                | "Bank"
                | "Secretary-General"
                | "Observatory"
                // "Centers for Medicare and Medicaid Services": a plural body.
                | "Centers"
        )
}

/// "Veterans of Foreign Wars", "Joint Chiefs of Staff", "Robot Hall of Fame", "Absolute Return for
/// Kids": an ordinary word, capitalised, before the "of" / "for" at `j` and one at `after` (the
/// word after it, or after "of the") are one name.
/// Cut there, the name's first words were a row of their own ("Veterans") and its rest another.
/// Not from the first word of a sentence ("Dozens of Democrats": its capital says nothing), nor after
/// a first name ("John Smith of Apple": a person and where he works) or an acronym ("the CEO of The
/// Humane Society"), nor into "The"; the caller keeps a known name after the joiner apart ("East End
/// of London").
pub(super) fn common_words_of(
    words: &[&str],
    start: usize,
    j: usize,
    after: usize,
    sentence_start: bool,
) -> bool {
    let (Some(&before), Some(&after)) = (words.get(j.wrapping_sub(1)), words.get(after)) else {
        return false;
    };
    !sentence_start
        && j > start
        && is_capitalised(before)
        && !is_all_caps(before)
        && is_english_word(before)
        && is_capitalised(after)
        && is_english_word(after)
        && !is_never_name(after)
        && !HEADLINE_LOWER.contains(&after.to_lowercase().as_str())
        && !words[start..j].iter().any(|w| GIVEN_NAMES.contains(w))
}

/// Bodies after which "on" continues a name ("Council on Foreign Relations", "Joint Committee on
/// Taxation", "Commission on Civil Rights").
pub(super) fn takes_on(word: &str) -> bool {
    matches!(
        word,
        "Council"
            | "Committee"
            | "Subcommittee"
            | "Commission"
            | "Conference"
            | "Panel"
            // "Center on Budget and Policy Priorities", "National Alliance on Mental Illness",
            // "Task Force on ...", "Institute on Taxation and Economic Policy".
            | "Center"
            | "Centre"
            | "Institute"
            | "Force"
            | "Board"
            | "Forum"
            | "Coalition"
            | "Caucus"
            | "Alliance"
    )
}

/// Bodies after which "to" and a verb continue a name ("Coalition to Stop Gun Violence", "Committee to
/// Protect Journalists", "Campaign to Defend the Constitution").
pub(super) fn takes_to(word: &str) -> bool {
    matches!(
        word,
        "Coalition"
            | "Committee"
            | "Campaign"
            | "Alliance"
            | "Council"
            | "Foundation"
            | "Fund"
            | "Movement"
            | "Project"
            | "Partnership"
            | "Network"
            | "Initiative"
    )
}

/// A company's legal suffix alone ("Granny Sayz, L.L.C."): the comma cut it from the name it belongs
/// to, and alone it names nothing.
pub(super) fn is_legal_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').replace('.', "").as_str(),
        "LLC" | "Inc" | "Corp" | "Co" | "Ltd" | "PLC" | "LP" | "LLP" | "Jr" | "Sr"
    )
}

/// Does the "and" at `and_at` continue the name that started at `start`? Inside what an
/// organisation's "of" or "for" names ("Office of Management and Budget", "Department of Housing and
/// Urban Development"), when one to three capitalised words follow that are not a body, an acronym or
/// a person of their own ("the Department of Justice and FBI", "... and Defense Secretary Jim Mattis").
pub(super) fn and_inside_name(words: &[&str], start: usize, and_at: usize) -> bool {
    let inside_of = (start + 1..and_at).any(|k| {
        (matches!(words[k], "of" | "for") && ORG_CUES.contains(words[k - 1]))
            || (words[k] == "on" && takes_on(words[k - 1]))
    });
    if !inside_of {
        return false;
    }
    let rest: Vec<&str> = words[and_at + 1..]
        .iter()
        .take_while(|w| is_name_word(w))
        .copied()
        .collect();
    (1..=3).contains(&rest.len())
        && !GIVEN_NAMES.contains(rest[0])
        && !rest
            .iter()
            .any(|w| ORG_CUES.contains(w) || is_all_caps(w) || title_at(&[w]).is_some())
}

/// "Presumptive GOP nominee", "Fellow St. Louis Tea Party organizer": at a sentence's start, an
/// ordinary word or an adjective right before a name the gazetteer knows (token `a + 1`) describes
/// that name; it is no part of it. Not a given name ("Bill Clinton"), a compass word ("Southern
/// California") or a word before an adjective ("Free Syrian Army").
pub(super) fn describes_name_after(word: &str, a: usize, hits: &[TokenHit]) -> bool {
    let known_after = hit_covering(hits, a + 1)
        .is_some_and(|k| hits[k].first == a + 1 && hits[k].hit.kind != MentionKind::Adjectival);
    known_after
        && !GIVEN_NAMES.contains(word)
        && !COMPASS.contains(&word)
        && (is_english_word(word) || adjective_shaped(word))
}

/// "Sen. Angus King of Maine", "Ada Prince of Tulsa": the title's word before the "of" at `of_at` is a
/// surname after a first name, so "of" says where the person is from, not whose king (a body's word
/// still takes it: "Lyndon B. Johnson School of Public Affairs").
pub(super) fn surname_of(words: &[&str], start: usize, of_at: usize) -> bool {
    if of_at < start + 2 {
        return false;
    }
    let before = words[of_at - 1];
    // (A first name we know, or a title that opens the run with a word between: "Sen. Angus King".)
    let person_before = GIVEN_NAMES.contains(words[of_at - 2])
        || title_at(&words[start..of_at - 1]).is_some_and(|n| start + n < of_at - 1);
    person_before && !ORG_CUES.contains(before) && !DOCUMENT_WORDS.contains(before)
}

/// "Alex van der Zwaan", "Ludwig van Beethoven": after the particle at `k` (and any particles right
/// after it), a capitalised name word goes on.
pub(super) fn name_after_particles(words: &[&str], k: usize) -> bool {
    (k + 1..words.len())
        .find(|&i| !PARTICLES.contains(words[i]))
        .is_some_and(|i| is_name_word(words[i]))
}

/// "Lyin' Ted", "Crooked" aside: a word whose last letter an apostrophe stands for ("Lyin'",
/// "Nothin'") is a spoken word, not a name. Not a closing single quote after a name ('meet Putin'):
/// then an opening single quote stands earlier in the sentence.
pub(super) fn elided(body: &str, tokens: &[Token], k: usize) -> bool {
    let Some(mark) = tokens.get(k + 1) else {
        return false;
    };
    if !tokens[k].text(body).ends_with("in")
        || mark.start != tokens[k].end
        || !is_single_quote_text(mark.text(body))
        || tokens.get(k + 2).is_some_and(|t| t.start == mark.end)
    {
        return false;
    }
    let opened = tokens[..k].iter().enumerate().any(|(i, t)| {
        is_single_quote_text(t.text(body)) && (i == 0 || tokens[i - 1].end < t.start)
    });
    !opened
}

fn is_single_quote_text(text: &str) -> bool {
    text.chars().count() == 1 && text.chars().all(is_single_quote)
}
