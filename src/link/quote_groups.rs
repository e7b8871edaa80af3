//! Quote groups: the same words carried by several articles, whoever each outlet names as the speaker
//! (or when it names nobody). Each quote keeps its own speaker; a group whose members name different
//! speakers is an attribution conflict (`quote-attribution-conflicts`), not two groups.
//!
//! | rule | why |
//! |------|-----|
//! | speech and partial quotes are grouped, with or without a speaker; phrases (scare quotes) are not | the words are what is quoted; who said them is what outlets may get wrong |
//! | words compare after folding case, quote and dash styles, hyphens, contractions and -ise/-ize, -our/-or spellings ([`normalized_words`]) | outlets edit spelling to their house style |
//! | two quotes are the same when they share a run of [`SAME_RUN`] words (unless their articles are days apart) | one outlet quotes part of what another quotes in full; stock phrases ("a very short period of time", "nothing could be further from the truth") are shorter |
//! | with both articles dated within [`MAX_DAYS`], also a whole sentence of one inside the other, a run of half the shorter one (at least [`MIN_HALF_RUN`] words, or all of it), or half its word trigrams | within one day's news, outlets trim and re-punctuate one utterance; without dates these weaker matches chain unrelated remarks |
//! | quotes of articles published more than [`MAX_DAYS`] apart are the same only when they share [`LONG_VERBATIM`] words in a row | the same short words years apart ("witch hunt") are not the same news |
//! | candidate pairs come from an index of word 4-grams (identical quotes first collapsed) | no quadratic scan |
//! | the group's text is its longest member; its speaker the entity most members name | a readable representative |
//! | `speakers` counts people: one person written two ways ("Vince Cable" / "Vincent Cable") is one ([`speakers`]) | two names of one man are no attribution conflict |
//!
//! Rebuilt over all quotes after each import; the rules read words and dates only, so the groups are
//! the same whatever order articles came in.

use crate::extract::text::fold_for_match;
use crate::link::group_rows::{group_number, move_members, numbered, GroupTable};
use crate::link::union_find::UnionFind;
use crate::store::Result;
use rusqlite::types::Value;
use rusqlite::Connection;
use std::collections::{BTreeMap, BTreeSet, HashMap};

mod speakers;
use speakers::{distinct_speakers, Speaker};

/// Two quotes sharing this many words in a row are the same quote (same news).
pub const SAME_RUN: usize = 8;
/// Candidate pairs share a run of at least this many words (the index's n-grams).
pub const MIN_RUN: usize = 4;
/// Articles published more than this many days apart are different news...
pub const MAX_DAYS: i64 = 3;
/// ... unless the quotes share this many words in a row.
pub const LONG_VERBATIM: usize = 12;
/// A run of half the shorter quote joins two quotes (weakly) from this many words, or from
/// [`MIN_RUN`] when it is the whole shorter quote: a shorter run is a stock phrase a short partial
/// quote may share with another speaker's remark ("people back to work").
const MIN_HALF_RUN: usize = 5;
/// Identical quotes shorter than this are grouped only with the same news (dates), never by words alone.
const MIN_IDENTICAL: usize = 3;
/// A 4-gram carried by more distinct quotes than this proposes no pairs (a slogan, a stock phrase).
const MAX_POSTINGS: usize = 400;

/// A whole sentence of one quote inside the other joins them when it has this many words: two outlets
/// split one utterance differently ("...coordinated. This is not yet coordinated." / "This is not yet
/// co-ordinated. I think ...").
const MIN_SENTENCE: usize = 5;

/// One quote as grouping sees it: its words, its sentences' words, and its article's day (days since
/// 1970), if known.
#[derive(Debug, Clone)]
pub struct QuoteIn {
    /// Its words ([`normalized_words`]), each as a hash ([`Word`]).
    pub words: Vec<Word>,
    /// The words with each name of several words as one ([`name_tokens`]): what runs are counted in.
    pub tokens: Vec<Word>,
    pub sentences: Vec<Vec<Word>>,
    pub day: Option<i64>,
    /// The article (an identity only: compared, never ordered).
    pub article: i64,
}

/// A word as grouping compares it: a hash of its folded form. Every quote of a database is in memory
/// at once, and eight bytes a word is a fraction of the string.
pub type Word = u64;

fn hashed(words: Vec<String>) -> Vec<Word> {
    use std::hash::{Hash, Hasher};
    words
        .iter()
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

impl QuoteIn {
    pub fn new(text: &str, day: Option<i64>, article: i64) -> QuoteIn {
        let text = &without_insertions(text);
        QuoteIn {
            article,
            words: hashed(normalized_words(text)),
            tokens: hashed(name_tokens(text)),
            sentences: text
                .split(['.', '!', '?', ';'])
                .map(|s| hashed(normalized_words(s)))
                .filter(|s| s.len() >= MIN_SENTENCE)
                .collect(),
            day,
        }
    }
}

/// The quote without an outlet's bracketed insertions ("[President Barack] Obama's war on
/// religion"): they are not the speaker's words, and each outlet inserts its own.
fn without_insertions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn contains(long: &[Word], short: &[Word]) -> bool {
    short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// How close two articles' days are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    /// Within [`MAX_DAYS`]: the same news may be meant.
    Near,
    /// At least one date unknown.
    Unknown,
    /// Days apart: different news unless long verbatim.
    Far,
}

fn when(a: Option<i64>, b: Option<i64>) -> When {
    match (a, b) {
        (Some(a), Some(b)) if (a - b).abs() <= MAX_DAYS => When::Near,
        (Some(_), Some(_)) => When::Far,
        _ => When::Unknown,
    }
}

/// Do the dates allow joining two quotes matched this well?
fn allowed(m: Match, w: When) -> bool {
    match m {
        Match::No => false,
        Match::Verbatim => true,
        Match::Strong => w != When::Far,
        Match::Weak => w == When::Near,
    }
}

/// The longest run of words the two lists share. (Not counting the function words at the run's ends
/// was tried: on basil, requiring 6 such words lost 3% of true pairs for 2 stock phrases.)
fn longest_run(a: &[Word], b: &[Word]) -> usize {
    let mut best = 0;
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

fn trigrams(words: &[Word]) -> BTreeSet<&[Word]> {
    words.windows(3).collect()
}

/// How well two distinct word lists match: not at all; weakly (a whole sentence, a run of half the
/// shorter quote, or half its trigrams: enough within one day's news, when both dates are known);
/// strongly (a run of [`SAME_RUN`] words: enough unless the dates say otherwise; stock phrases such as
/// "I'm not going to pay for" or "nothing could be further from the truth" are shorter); verbatim
/// (whatever the dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    No,
    Weak,
    Strong,
    Verbatim,
}

fn same_words(qa: &QuoteIn, qb: &QuoteIn) -> Match {
    let (a, b) = (&qa.words, &qb.words);
    // Runs that join quotes of different stories count a name of several words as one word: "to
    // serve as President of the United States" is 4, not 8 (two speeches sharing a title are not one
    // quote).
    let named_run = longest_run(&qa.tokens, &qb.tokens);
    if named_run >= LONG_VERBATIM {
        return Match::Verbatim;
    }
    if named_run >= SAME_RUN {
        return Match::Strong;
    }
    let run = longest_run(a, b);
    let short = a.len().min(b.len());
    let sentence_inside =
        qa.sentences.iter().any(|s| contains(b, s)) || qb.sentences.iter().any(|s| contains(a, s));
    // Four words of a short partial quote are a stock phrase unless they are the whole of it ("war
    // of Obama's choosing" / "a war of Obama's choosing."; not "not putting people back to work" /
    // "... help put the American people back to work").
    let half_run = run == short || run >= MIN_HALF_RUN;
    if sentence_inside || (run >= MIN_RUN && half_run && 2 * run >= short) {
        return Match::Weak;
    }
    let (ta, tb) = (trigrams(a), trigrams(b));
    let smaller = ta.len().min(tb.len());
    let shared = ta.intersection(&tb).count();
    if shared >= 3 && 2 * shared >= smaller {
        return Match::Weak;
    }
    Match::No
}

/// Joins quotes `a` and `b` (lists of quote indexes) when their dates allow it. A weak match of
/// undated quotes is kept in `pending`: it joins only when the two articles turn out to share a
/// strongly matched quote (the same story, see [`cluster`]).
fn join_rows(
    uf: &mut UnionFind,
    pending: &mut Vec<(usize, usize)>,
    quotes: &[QuoteIn],
    (a, b): (&[usize], &[usize]),
    m: Match,
) {
    match m {
        Match::No => {}
        Match::Verbatim => uf.union(a[0], b[0]),
        Match::Strong | Match::Weak => {
            for &i in a {
                let day = quotes[i].day;
                if let Some(&j) = b.iter().find(|&&j| allowed(m, when(day, quotes[j].day))) {
                    uf.union(i, j);
                } else if m == Match::Weak {
                    if let Some(&j) = b
                        .iter()
                        .find(|&&j| when(day, quotes[j].day) == When::Unknown)
                    {
                        pending.push((i, j));
                    }
                }
            }
        }
    }
}

/// Groups quotes (see the module docs): each group's members (indexes, ascending), groups in order of
/// their first member. Every quote is in exactly one group.
///
/// Two passes: first the matches the words and dates decide alone; then weak matches between undated
/// articles, which join when the two articles already share a group of the first pass (two outlets'
/// stories of one event quote one speech several times, trimmed differently).
pub fn cluster(quotes: &[QuoteIn]) -> Vec<Vec<usize>> {
    let mut uf = UnionFind::new(quotes.len());
    let mut pending: Vec<(usize, usize)> = Vec::new();
    // Identical quotes: one entry per word list, its quotes joined along the dates.
    let mut same: BTreeMap<&[Word], Vec<usize>> = BTreeMap::new();
    for (i, q) in quotes.iter().enumerate() {
        if !q.words.is_empty() {
            same.entry(q.words.as_slice()).or_default().push(i);
        }
    }
    let distinct: Vec<(&[Word], Vec<usize>)> = same.into_iter().collect();
    for (_, members) in &distinct {
        let mut by_day = members.clone();
        by_day.sort_by_key(|&i| (quotes[i].day, i));
        let m = match quotes[members[0]].tokens.len() {
            n if n >= LONG_VERBATIM => Match::Verbatim,
            n if n >= SAME_RUN => Match::Strong,
            n if n >= MIN_IDENTICAL => Match::Weak,
            _ => Match::No,
        };
        // Along the dates: each quote joins the one before it when the dates allow.
        for pair in by_day.windows(2) {
            join_rows(&mut uf, &mut pending, quotes, (&pair[..1], &pair[1..]), m);
        }
    }
    // Distinct word lists: candidates through shared 4-grams.
    let mut index: HashMap<&[Word], Vec<usize>> = HashMap::new();
    for (d, (words, _)) in distinct.iter().enumerate() {
        let grams: BTreeSet<&[Word]> = words.windows(MIN_RUN).collect();
        for g in grams {
            index.entry(g).or_default().push(d);
        }
    }
    let mut checked: std::collections::HashSet<(usize, usize)> = Default::default();
    for (d, (words, members)) in distinct.iter().enumerate() {
        let grams: BTreeSet<&[Word]> = words.windows(MIN_RUN).collect();
        for g in grams {
            let posting = &index[g];
            if posting.len() > MAX_POSTINGS {
                continue;
            }
            for &e in posting {
                if e <= d || !checked.insert((d, e)) {
                    continue;
                }
                let others = &distinct[e].1;
                let m = same_words(&quotes[members[0]], &quotes[others[0]]);
                join_rows(&mut uf, &mut pending, quotes, (members, others), m);
            }
        }
    }
    join_same_story(&mut uf, quotes, &pending);
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..quotes.len() {
        let root = uf.find(i);
        groups.entry(root).or_default().push(i);
    }
    groups.into_values().collect()
}

/// The second pass of [`cluster`]: a pending weak pair joins when its two articles share a group.
fn join_same_story(uf: &mut UnionFind, quotes: &[QuoteIn], pending: &[(usize, usize)]) {
    let mut articles_of: HashMap<usize, BTreeSet<i64>> = HashMap::new();
    for (i, q) in quotes.iter().enumerate() {
        let root = uf.find(i);
        articles_of.entry(root).or_default().insert(q.article);
    }
    let mut groups_of: HashMap<i64, BTreeSet<usize>> = HashMap::new();
    for (root, articles) in &articles_of {
        if articles.len() >= 2 {
            for a in articles {
                groups_of.entry(*a).or_default().insert(*root);
            }
        }
    }
    let shared = |a: i64, b: i64| match (groups_of.get(&a), groups_of.get(&b)) {
        (Some(x), Some(y)) => a != b && x.intersection(y).next().is_some(),
        _ => false,
    };
    let joins: Vec<(usize, usize)> = pending
        .iter()
        .copied()
        .filter(|&(i, j)| shared(quotes[i].article, quotes[j].article))
        .collect();
    for (i, j) in joins {
        uf.union(i, j);
    }
}

/// One stored quote with what the group rows need.
struct Stored {
    quote_id: i64,
    speaker: Option<i64>,
    /// Its group before this regrouping ([`group_number`]).
    old_group: u32,
    /// The article's outlet, or minus the article id when unknown; copies count as their original.
    source: i64,
}

/// Recomputes `quote_groups` and `quotes.quote_group_id`.
pub fn regroup(conn: &Connection) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT q.quote_id, q.speaker_entity_id, q.text, a.published,
                coalesce(o.outlet_id, -o.article_id), q.article_id, q.quote_group_id
         FROM quotes q JOIN articles a USING (article_id)
         LEFT JOIN (SELECT a2.article_id, a2.outlet_id FROM articles a2) o ON o.article_id =
              coalesce((SELECT min(original_article_id) FROM article_copies c WHERE c.article_id = a.article_id), a.article_id)
         WHERE q.kind IN ('speech', 'partial')
         ORDER BY q.quote_id",
    )?;
    let mut stored = Vec::new();
    let mut inputs = Vec::new();
    let rows = stmt.query_map([], |r| {
        Ok((
            Stored {
                quote_id: r.get(0)?,
                speaker: r.get(1)?,
                source: r.get(4)?,
                old_group: group_number(r.get(6)?),
            },
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, i64>(5)?,
        ))
    })?;
    for row in rows {
        let (s, text, published, article) = row?;
        inputs.push(QuoteIn::new(
            &text,
            published.as_deref().and_then(day_number),
            article,
        ));
        stored.push(s);
    }
    drop(stmt);
    let groups = cluster(&inputs);
    write(conn, &stored, &inputs, &groups)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date.
pub fn day_number(date: &str) -> Option<i64> {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(
        d.signed_duration_since(chrono::NaiveDate::default())
            .num_days(),
    )
}

/// The `YYYY-MM-DD` date of a [`day_number`].
fn date_of_day(day: i64) -> String {
    (chrono::NaiveDate::default() + chrono::Duration::days(day))
        .format("%Y-%m-%d")
        .to_string()
}

fn write(
    conn: &Connection,
    stored: &[Stored],
    inputs: &[QuoteIn],
    groups: &[Vec<usize>],
) -> Result<()> {
    // Quotes no longer grouped at all (not read above: only speech and partial quotes are).
    conn.execute(
        "UPDATE quotes SET quote_group_id = NULL
         WHERE quote_group_id IS NOT NULL AND kind NOT IN ('speech', 'partial')",
        [],
    )?;
    let mut text_of = conn.prepare("SELECT text FROM quotes WHERE quote_id = ?1")?;
    let names = speaker_names(conn)?;
    for (k, members) in groups.iter().enumerate() {
        // Texts are read again here, not kept for every quote while grouping.
        let texts = members
            .iter()
            .map(|&m| text_of.query_row([stored[m].quote_id], |r| r.get::<_, String>(0)))
            .collect::<rusqlite::Result<Vec<String>>>()?;
        let longest = (0..members.len())
            .max_by_key(|&k| (inputs[members[k]].words.len(), std::cmp::Reverse(&texts[k])))
            .expect("a group has members");
        let mut votes: BTreeMap<i64, usize> = BTreeMap::new();
        for &m in members {
            if let Some(s) = stored[m].speaker {
                *votes.entry(s).or_default() += 1;
            }
        }
        let speaker = votes
            .iter()
            .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
            .map(|(id, _)| *id);
        let outlets: BTreeSet<i64> = members.iter().map(|&m| stored[m].source).collect();
        let articles: BTreeSet<i64> = members.iter().map(|&m| inputs[m].article).collect();
        let first_day = members.iter().filter_map(|&m| inputs[m].day).min();
        // With the articles and first date `quote-spread` ranks by (migration V12), counted here
        // from the members, not at every query.
        let values = [
            speaker.map_or(Value::Null, Value::Integer),
            Value::Text(texts[longest].clone()),
            Value::Integer(distinct_speakers(&speakers_of(votes.keys(), &names)) as i64),
            Value::Integer(outlets.len() as i64),
            Value::Integer(articles.len() as i64),
            first_day.map_or(Value::Null, |d| Value::Text(date_of_day(d))),
        ];
        GROUPS.put(conn, k as i64 + 1, &values)?;
    }
    let new = numbered(stored.len(), groups);
    let moved = (stored.iter().zip(new)).map(|(s, new)| (s.quote_id, s.old_group, new));
    move_members(conn, ("quotes", "quote_id", "quote_group_id"), moved)?;
    GROUPS.truncate(conn, groups.len())
}

/// The name of every entity named as a quote's speaker, and whether it is a person.
fn speaker_names(conn: &Connection) -> Result<HashMap<i64, (String, bool)>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT e.entity_id, e.name, e.kind = 'person'
         FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The speakers a group's members name, as [`distinct_speakers`] counts them.
fn speakers_of<'a>(
    entities: impl Iterator<Item = &'a i64>,
    names: &'a HashMap<i64, (String, bool)>,
) -> Vec<Speaker<'a>> {
    entities
        .map(|&entity| {
            let (name, person) = names
                .get(&entity)
                .map_or(("", false), |(n, p)| (n.as_str(), *p));
            Speaker {
                entity,
                name,
                person,
            }
        })
        .collect()
}

/// The rows of quote groups.
const GROUPS: GroupTable = GroupTable {
    table: "quote_groups",
    id: "quote_group_id",
    columns: &[
        "speaker_entity_id",
        "text",
        "speakers",
        "outlets",
        "articles",
        "first_published",
    ],
};

/// The words of a quote as [`normalized_words`] folds them, except that a name of several words (words
/// starting with a capital followed by lower-case letters, with "of", "the", "and" between them:
/// "President of the United States", "George Herbert Walker Bush") is one token. A shared title or
/// name says little about whether two remarks are one quote; acronyms and "I" are not names here.
pub fn name_tokens(text: &str) -> Vec<String> {
    let capitalised = |w: &str| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase)
    };
    let raw: Vec<&str> = text.split_whitespace().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        // The longest name starting here: capitalised words, joined by connectors.
        let mut end = i;
        if capitalised(raw[i]) {
            let mut j = i + 1;
            while j < raw.len() {
                if capitalised(raw[j]) {
                    end = j;
                    j += 1;
                } else if matches!(raw[j], "of" | "the" | "and") {
                    j += 1;
                } else {
                    break;
                }
            }
            // A name ends where the sentence does ("... Ms Quill. Then ...").
            if let Some(stop) = (i..end).find(|&k| raw[k].ends_with(['.', ',', ';', ':', '?', '!']))
            {
                end = stop;
            }
        }
        let words: Vec<String> = raw[i..=end]
            .iter()
            .flat_map(|w| normalized_words(w))
            .collect();
        if end > i && !words.is_empty() {
            tokens.push(words.join("_"));
        } else {
            tokens.extend(words);
        }
        i = end + 1;
    }
    tokens
}

/// Contractions outlets spell out or not.
const CONTRACTIONS: &[(&str, &str)] = &[
    ("n't", " not"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'m", " am"),
    ("'d", " would"),
];

/// The words of a quote as compared across outlets: folded, contractions expanded, hyphens and
/// punctuation dropped, British spellings made American ("co-ordinated" -> "coordinated",
/// "we're" -> "we are", "recognise" -> "recognize", "colour" -> "color").
pub fn normalized_words(text: &str) -> Vec<String> {
    let mut folded = fold_for_match(text);
    // Every contraction has an apostrophe: most texts have none and need no copy.
    if folded.contains('\'') {
        folded = folded
            .replace("can't", "can not")
            .replace("won't", "will not");
        for (short, long) in CONTRACTIONS {
            folded = folded.replace(short, long);
        }
    }
    folded
        .split(|c: char| {
            c.is_whitespace()
                || (c.is_ascii_punctuation() && c != '-' && c != '\'')
                || c == '\u{2026}'
        })
        .filter(|w| w.chars().any(|c| c != '-' && c != '\''))
        .map(|w| match w.contains(['-', '\'']) {
            true => british_to_american(&w.replace(['-', '\''], "")),
            false => british_to_american(w),
        })
        .collect()
}

fn british_to_american(word: &str) -> String {
    for (uk, us) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("ises", "izes"),
    ] {
        if word.len() > uk.len() + 3 {
            if let Some(stem) = word.strip_suffix(uk) {
                return format!("{stem}{us}");
            }
        }
    }
    if word.len() > 5 {
        if let Some(stem) = word.strip_suffix("our") {
            return format!("{stem}or");
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests;
