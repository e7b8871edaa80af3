//! Words around a quote: a small tokenizer and the word classes attribution needs (titles, role
//! nouns, pronouns, function words). Kept apart from the rules so each list can say why it exists.

use crate::extract::calendar;
use crate::extract::lang;
use crate::extract::Span;
use std::collections::HashSet;
use std::sync::LazyLock;

/// One word or punctuation mark of a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub span: Span,
    /// The punctuation char for a punctuation token, `None` for a word.
    pub punct: Option<char>,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
    pub fn is(&self, c: char) -> bool {
        self.punct == Some(c)
    }
}

/// The words and punctuation of `range` of `body`: the language layer's tokens
/// ([`lang::tokens::tokenize_joined`]) as this module's view. A full stop stays on an abbreviation
/// or initial ("R.", "Mr.", "U.S."); a possessive stays on its word ("Iraq's"); hyphenated words stay
/// whole ("al-Jaafari").
/// Words joined by a slash are one word here ("REUTERS/POOL", a credit line, is not a name).
pub fn tokenize(body: &str, range: Span) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    for t in lang::tokens::tokenize_joined(body, range.start, range.end) {
        let punct = (!t.word).then(|| body[t.start..].chars().next().unwrap_or(' '));
        if let [.., word, slash] = toks.as_slice() {
            let joined = t.word && word.is_word() && slash.is('/');
            if joined && word.span.end == slash.span.start && slash.span.end == t.start {
                toks.pop();
                toks.last_mut().expect("a word before the slash").span.end = t.end;
                continue;
            }
        }
        toks.push(Tok {
            span: Span::new(t.start, t.end),
            punct,
        });
    }
    toks
}

/// Subject pronouns that can carry a quote, with whether they name one person.
pub fn pronoun(word: &str) -> Option<bool> {
    match word.to_lowercase().as_str() {
        "he" | "she" => Some(true),
        "they" | "it" | "we" => Some(false),
        _ => None,
    }
}

/// Capitalised words that are titles or parts of titles, never the name itself: "Secretary of State
/// John Kerry" is named "John Kerry". Lower-cased, full stops removed.
const TITLES_TEXT: &str = "\
    mr mrs ms miss dr sir dame lord lady president vice secretary minister prime foreign defense \
    defence interior finance state senator sen rep representative congressman congresswoman gov \
    governor gen general col colonel lt lieutenant sgt sergeant capt captain maj major adm admiral \
    cmdr commander king queen prince princess sheikh pope judge justice chancellor ambassador mayor \
    chairman chairwoman chair chief deputy speaker leader director spokesman spokeswoman \
    spokesperson attorney officer rev reverend father prof professor premier emir ayatollah cardinal \
    bishop archbishop senate house supreme executive ceo candidate nominee former acting sec army \
    navy air force marine special envoy first pres majority minority whip press white homeland \
    security national adviser advisor councillor councilor councilman councilwoman alderman \
    assemblyman assemblywoman delegate commissioner inspector superintendent detective constable";
static TITLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| TITLES_TEXT.split_whitespace().collect());

pub fn is_title(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    TITLES.contains(w.as_str()) || w == "secretary-general"
}

/// Lower-case nouns that head a speaker noun phrase without a name ("the Russian foreign minister",
/// "a senior official", "the Iraqi military"), and the modifiers that come before them.
const ROLE_NOUNS_TEXT: &str = "\
    minister spokesman spokeswoman spokesperson official officials president secretary leader chief \
    commander general ambassador envoy diplomat analyst analysts expert experts source sources aide \
    aides adviser advisor director chairman chairwoman head governor senator lawmaker lawmakers \
    candidate mayor police military army government ministry statement officer researcher professor \
    economist lawyer attorney judge campaign administration witness witnesses resident residents \
    activist activists supporter supporters critic critics owner founder executive manager colonel \
    prosecutor prosecutors investigators agency department council committee group coalition command \
    court embassy office report release communique leadership regime authorities representative \
    nominee businessman billionaire mogul senators congressman congresswoman strategist pollster \
    host anchor correspondent reporter columnist writer author scientist doctor teacher student \
    worker chancellor king premier officers soldiers people voters member members figure team party \
    union firm company organization organisation board panel observatory agencies bureau service \
    services forces troops counterpart man woman men women commenter user users viewer fan fans \
    friend neighbor neighbour protesters protester crowd audience mother father wife husband son \
    daughter veteran voter president-elect frontrunner front-runner challenger rival opponent";
static ROLE_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ROLE_NOUNS_TEXT.split_whitespace().collect());

pub fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.contains(word.to_lowercase().as_str())
}

/// Lower-case words that may stand inside a speaker noun phrase before its head.
const MODIFIERS_TEXT: &str = "\
    the a an his her their its our another one two three both senior former top deputy vice prime \
    foreign defense defence state interior military government press security intelligence campaign \
    national white house official chief federal local regional other several many some \
    administration department justice party presidential republican democratic longtime veteran new \
    then acting retired u.s. us senior-level high-ranking economic finance trade health police army \
    navy opposition rebel independent conservative liberal political legal spokesman spokeswoman \
    election communications policy research commanding fellow close third second first last same \
    ministry";
static MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| MODIFIERS_TEXT.split_whitespace().collect());

pub fn is_modifier(word: &str) -> bool {
    MODIFIERS.contains(word.to_lowercase().as_str())
}

/// Determiners and possessives that start a noun phrase: the phrase stops after one of them when
/// read backwards.
pub fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "another"
    )
}

/// Capitalised words that start sentences or name times, never a person: they are skipped when a
/// name is looked for. Weekdays and months (with "May") come from [`calendar`].
const NOT_NAMES_TEXT: &str = "\
    the a an but and or in on at this that these those it he she they we i his her their our its as \
    if when while after before for with from by so yet still meanwhile however also even some many \
    most other one two both several few such there here what who why how where to of not no yes then now today yesterday last next since until though \
    although because asked speaking according said says my your you me us all every each any just \
    only over under about among during despite instead indeed thus later earlier once again mr mrs \
    ms dr sir";
static NOT_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    NOT_NAMES_TEXT
        .split_whitespace()
        .chain(calendar::WEEKDAYS.iter().copied())
        .chain(calendar::MONTHS.iter().copied())
        .collect()
});

pub fn is_not_name(word: &str) -> bool {
    let lower = word
        .trim_end_matches('.')
        .to_lowercase()
        .replace('\u{2019}', "'");
    // "We're", "It's", "I'm": a pronoun with a contraction.
    if let Some((head, _)) = lower.split_once('\'') {
        if NOT_NAMES.contains(head) || head == "i" {
            return true;
        }
    }
    NOT_NAMES.contains(lower.as_str())
}

/// Capitalised words that make a name an organisation's ("Joint Operations Command").
const ORG_WORDS_TEXT: &str = "\
    command ministry department council party army agency committee office commission association \
    union institute university bank fund group campaign times news post journal network corporation \
    company inc corp foundation center centre organization organisation observatory court police \
    house senate congress parliament government administration forces military navy coalition front \
    movement state board bureau service embassy reuters press cnn bbc tribune herald daily magazine \
    television radio assembly nations pentagon kremlin iaea authority authorities alliance \
    federation league society directorate secretariat tribunal cabinet guard corps";
static ORG_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ORG_WORDS_TEXT.split_whitespace().collect());

pub fn is_org_word(word: &str) -> bool {
    ORG_WORDS.contains(word.trim_end_matches('.').to_lowercase().as_str())
}

/// Is the word capitalised like a name (allowing "al-Jaafari", "bin", "de" inside a name)?
pub fn is_capitalised(word: &str) -> bool {
    let first = word.chars().next();
    if first.is_some_and(char::is_uppercase) {
        return true;
    }
    // "al-Jaafari", "el-Sisi", "bin-Laden": a lower-case particle joined to a capitalised name.
    if let Some((_, rest)) = word.split_once('-') {
        return rest.chars().next().is_some_and(char::is_uppercase) && word.len() < 30;
    }
    false
}

/// Lower-case particles inside names ("Ibrahim al Jaafari", "Ursula von der Leyen").
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "bin"
            | "ibn"
            | "de"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "du"
            | "da"
            | "el"
            | "di"
            | "dos"
            | "das"
            | "del"
            | "bint"
            | "abu"
    )
}

/// Prepositions: a name right after one is an object, never a clause's subject.
pub fn is_preposition(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "in" | "at"
            | "to"
            | "from"
            | "of"
            | "near"
            | "across"
            | "into"
            | "with"
            | "on"
            | "for"
            | "by"
            | "about"
            | "between"
            | "against"
            | "toward"
            | "towards"
            | "over"
            | "under"
            | "than"
            | "via"
            | "upon"
            | "like"
            | "among"
            | "through"
            | "without"
    )
}

/// Does the word end a sentence-like unit when it is a punctuation token?
pub fn ends_clause(tok: &Tok) -> bool {
    matches!(tok.punct, Some('.' | '!' | '?' | ';'))
}

/// Is token `k` the full stop of an abbreviation glued to a short capitalised word ("Minn." in a
/// party tag "D-Minn.", "Jr.")?
pub fn is_abbreviation_dot(body: &str, toks: &[Tok], k: usize) -> bool {
    k > 0
        && toks[k].is('.')
        && toks[k - 1].is_word()
        && toks[k - 1].span.end == toks[k].span.start
        && {
            let w = toks[k - 1].span.text(body);
            let w = w.rsplit('-').next().unwrap_or(w);
            w.len() <= 4 && is_capitalised(w)
        }
}

/// Is token `k` the full stop of an abbreviation inside its sentence: before a comma, a closing
/// bracket, a colon or a lower-case word ("in Orlando, Fla., an", "Rep. Ilhan Omar, D-Minn.,
/// added")? It ends no sentence, so the speaker before it stays in the quote's clause; an
/// abbreviation before a capitalised word ("works for Rep. Fincher, R-Tenn. The aide ...") does
/// end one.
pub fn is_inner_abbreviation_dot(body: &str, toks: &[Tok], k: usize) -> bool {
    let inside = toks.get(k + 1).is_some_and(|n| {
        n.is(',')
            || n.is(')')
            || n.is(':')
            || (n.is_word()
                && n.span
                    .text(body)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase))
    });
    inside && is_abbreviation_dot(body, toks, k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.span.text(text))
            .collect()
    }

    #[test]
    fn tokens_keep_abbreviations_and_split_punctuation() {
        assert_eq!(
            words("Michael R. Gordon, Mr. Kerry's aide, said. \"Yes\""),
            vec![
                "Michael", "R.", "Gordon", ",", "Mr.", "Kerry's", "aide", ",", "said", ".", "\"",
                "Yes", "\""
            ]
        );
        assert_eq!(words("the U.S. envoy"), vec!["the", "U.S.", "envoy"]);
        assert_eq!(
            words("al-Jaafari \u{2014} he"),
            vec!["al-Jaafari", "\u{2014}", "he"]
        );
    }
}
