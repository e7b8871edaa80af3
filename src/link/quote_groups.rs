//! Quote groups: the same words from the same speaker in several articles.
//!
//! Rebuilt from scratch over the whole database after every import, so the result does not depend on
//! the order articles were imported in. Rules:
//!
//! | rule | why |
//! |------|-----|
//! | only speech and partial quotes with a speaker are grouped; phrases and unattributed quotes keep a NULL group | a group says "this person said this", which needs a person |
//! | every grouped quote gets a group, groups of one included | every attributed quote row says its group, so reports count outlets per group uniformly |
//! | quotes are compared only within a speaker bucket: the folded last word of the speaker entity's name ("kerry") | an outlet's "Kerry" and another's "John Kerry" may be two entities until cross-article linking merges them; the surname still says it is the same speaker |
//! | words are compared after folding case, quote and dash styles, hyphens ("co-ordinated" = "coordinated"), contractions ("we're" = "we are") and -ise/-ize, -our/-or spellings | outlets edit spelling to their house style |
//! | two quotes are the same when the shorter's word sequence is inside the longer, or when at least half of the shorter's word trigrams are in the longer | one outlet quotes part of what another quotes in full, or trims a word |
//! | candidate pairs come from a trigram index within the bucket | no quadratic scan over a prolific speaker's quotes |
//! | the group's text is its longest member; its speaker the entity most members name | a readable representative |

use crate::extract::text::fold_for_match;
use crate::store::Result;
use rusqlite::{params, Connection};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Two quotes share a group when at least this share of the shorter one's word trigrams occur in the
/// longer one.
const MIN_TRIGRAM_OVERLAP: f64 = 0.5;

/// Quotes shorter than this many words are grouped only when equal: a short quote ("We lost.") is
/// too common to tie articles together by containment.
const MIN_CONTAINED_WORDS: usize = 4;

struct Row {
    quote_id: i64,
    speaker: i64,
    words: Vec<String>,
    /// The sentences of the quote, as normalized words (those of at least [`MIN_CONTAINED_WORDS`]).
    sentences: Vec<Vec<String>>,
}

impl Row {
    fn new(quote_id: i64, speaker: i64, text: &str) -> Row {
        Row {
            quote_id,
            speaker,
            words: normalized_words(text),
            sentences: text
                .split(['.', '!', '?', ';'])
                .map(normalized_words)
                .filter(|s| s.len() >= MIN_CONTAINED_WORDS)
                .collect(),
        }
    }
}

/// Recomputes `quote_groups` and `quotes.quote_group_id`.
pub fn regroup(conn: &Connection) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT q.quote_id, q.speaker_entity_id, q.text, e.name
         FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id
         WHERE q.kind IN ('speech', 'partial')
         ORDER BY q.quote_id",
    )?;
    let mut buckets: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (quote_id, speaker, text, name) = row?;
        let key = fold_for_match(&name)
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_string();
        buckets
            .entry(key)
            .or_default()
            .push(Row::new(quote_id, speaker, &text));
    }
    drop(stmt);

    conn.execute(
        "UPDATE quotes SET quote_group_id = NULL WHERE quote_group_id IS NOT NULL",
        [],
    )?;
    conn.execute("DELETE FROM quote_groups", [])?;
    let mut insert_group =
        conn.prepare("INSERT INTO quote_groups (speaker_entity_id, text) VALUES (?1, ?2)")?;
    let mut set_group =
        conn.prepare("UPDATE quotes SET quote_group_id = ?1 WHERE quote_id = ?2")?;
    let mut text_of = conn.prepare("SELECT text FROM quotes WHERE quote_id = ?1")?;

    // Groups from every bucket, ordered by their first quote id, so ids are stable.
    let mut groups: Vec<Vec<&Row>> = Vec::new();
    for rows in buckets.values() {
        for members in cluster(rows) {
            groups.push(members.into_iter().map(|i| &rows[i]).collect());
        }
    }
    groups.sort_by_key(|g| g.iter().map(|r| r.quote_id).min());
    for members in groups {
        let longest = members
            .iter()
            .max_by_key(|r| (r.words.len(), std::cmp::Reverse(r.quote_id)))
            .expect("a group has members");
        let text: String = text_of.query_row([longest.quote_id], |r| r.get(0))?;
        let mut votes: BTreeMap<i64, usize> = BTreeMap::new();
        for r in &members {
            *votes.entry(r.speaker).or_default() += 1;
        }
        let speaker = votes
            .iter()
            .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
            .map(|(id, _)| *id);
        insert_group.execute(params![speaker, text])?;
        let group_id = conn.last_insert_rowid();
        for r in &members {
            set_group.execute(params![group_id, r.quote_id])?;
        }
    }
    Ok(())
}

/// Clusters one speaker's quotes: union-find over candidate pairs from a trigram index. Returns the
/// members (indexes into `rows`) of every cluster, each sorted.
fn cluster(rows: &[Row]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..rows.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Identical quotes (the same words: `same_quote` is true for them) join the group of the first one
    // directly, and only distinct quotes are compared pair by pair: a quote carried by thousands of
    // articles would otherwise cost millions of comparisons (quadratic).
    let mut first_with: HashMap<&[String], usize> = HashMap::new();
    let mut distinct: Vec<usize> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        match first_with.entry(row.words.as_slice()) {
            std::collections::hash_map::Entry::Occupied(first) => parent[i] = *first.get(),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(i);
                distinct.push(i);
            }
        }
    }
    let mut grams: Vec<HashSet<String>> = vec![HashSet::new(); rows.len()];
    for &i in &distinct {
        grams[i] = trigrams(&rows[i].words);
    }
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for &i in &distinct {
        for gram in &grams[i] {
            index.entry(gram.as_str()).or_default().push(i);
        }
    }
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    for &i in &distinct {
        for gram in &grams[i] {
            for &j in &index[gram.as_str()] {
                if j <= i || !seen.insert((i, j)) {
                    continue;
                }
                if same_quote(&rows[i], &grams[i], &rows[j], &grams[j]) {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    if a != b {
                        parent[a.max(b)] = a.min(b);
                    }
                }
            }
        }
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..rows.len() {
        let root = find(&mut parent, i);
        clusters.entry(root).or_default().push(i);
    }
    clusters.into_values().collect()
}

fn contains(long: &[String], short: &[String]) -> bool {
    short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

fn same_quote(ra: &Row, ga: &HashSet<String>, rb: &Row, gb: &HashSet<String>) -> bool {
    // One whole sentence of one quote inside the other: parts of the same utterance, split
    // differently by two outlets ("...coordinated. This is not yet coordinated." / "This is not yet
    // co-ordinated. I think ...").
    if ra.sentences.iter().any(|s| contains(&rb.words, s))
        || rb.sentences.iter().any(|s| contains(&ra.words, s))
    {
        return true;
    }
    let (a, b) = (&ra.words, &rb.words);
    let (short, long, gs, gl) = if a.len() <= b.len() {
        (a, b, ga, gb)
    } else {
        (b, a, gb, ga)
    };
    if short == long {
        return true;
    }
    if short.len() >= MIN_CONTAINED_WORDS && long.windows(short.len()).any(|w| w == short) {
        return true;
    }
    if short.len() < MIN_CONTAINED_WORDS || gs.is_empty() {
        return false;
    }
    let shared = gs.intersection(gl).count();
    shared as f64 >= MIN_TRIGRAM_OVERLAP * gs.len() as f64
}

fn trigrams(words: &[String]) -> HashSet<String> {
    if words.len() < 3 {
        return std::iter::once(words.join(" "))
            .filter(|g| !g.is_empty())
            .collect();
    }
    words.windows(3).map(|w| w.join(" ")).collect()
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
    folded = folded
        .replace("can't", "can not")
        .replace("won't", "will not");
    for (short, long) in CONTRACTIONS {
        folded = folded.replace(short, long);
    }
    folded
        .split(|c: char| {
            c.is_whitespace()
                || (c.is_ascii_punctuation() && c != '-' && c != '\'')
                || c == '\u{2026}'
        })
        .map(|w| w.replace(['-', '\''], ""))
        .filter(|w| !w.is_empty())
        .map(|w| british_to_american(&w))
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
mod tests {
    use super::*;

    #[test]
    fn spelling_and_contraction_variants_normalize_alike() {
        assert_eq!(
            normalized_words("This is not yet co-ordinated. We\u{2019}re meeting"),
            normalized_words("this is not yet coordinated; we are meeting")
        );
        assert_eq!(
            normalized_words("We recognise the colour"),
            vec!["we", "recognize", "the", "color"]
        );
    }

    fn rows(texts: &[&str]) -> Vec<Row> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Row::new(i as i64, 1, t))
            .collect()
    }

    #[test]
    fn part_of_a_quote_joins_the_full_quote_and_others_stay_apart() {
        let r = rows(&[
            "I think the critical thing is that all of the efforts need to be co-ordinated,",
            "all of the efforts need to be coordinated. This is not yet coordinated.",
            "We will never agree to that plan",
            "I think the critical thing is that all of the efforts need to be coordinated",
            "This is not yet co-ordinated. I think we have concerns about how to go on.",
            "We have concerns about the plan, but we will talk.",
        ]);
        assert_eq!(cluster(&r), vec![vec![0, 1, 3, 4], vec![2], vec![5]]);
    }

    #[test]
    fn regroup_writes_groups_in_the_database() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE entities (entity_id INTEGER PRIMARY KEY, name TEXT);
             CREATE TABLE quote_groups (quote_group_id INTEGER PRIMARY KEY, speaker_entity_id INTEGER, text TEXT NOT NULL);
             CREATE TABLE quotes (quote_id INTEGER PRIMARY KEY, speaker_entity_id INTEGER, text TEXT, kind TEXT, quote_group_id INTEGER);
             INSERT INTO entities VALUES (1, 'John Kerry'), (2, 'Kerry'), (3, 'Sergei Lavrov');
             INSERT INTO quotes VALUES (1, 1, 'This is not yet co-ordinated. I think we have concerns', 'speech', NULL);
             INSERT INTO quotes VALUES (2, 2, 'This is not yet coordinated.', 'partial', NULL);
             INSERT INTO quotes VALUES (3, 3, 'This is not yet coordinated.', 'speech', NULL);
             INSERT INTO quotes VALUES (4, 1, 'the deal', 'phrase', NULL);",
        )
        .unwrap();
        regroup(&conn).unwrap();
        regroup(&conn).unwrap(); // idempotent
        let groups: Vec<Option<i64>> = conn
            .prepare("SELECT quote_group_id FROM quotes ORDER BY quote_id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(groups[0], groups[1]);
        assert!(groups[0].is_some());
        assert_ne!(groups[0], groups[2]);
        assert_eq!(groups[3], None);
        let (speaker, text): (i64, String) = conn
            .query_row(
                "SELECT speaker_entity_id, text FROM quote_groups WHERE quote_group_id = ?1",
                [groups[0]],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(speaker, 1);
        assert!(text.starts_with("This is not yet co-ordinated. I think"));
    }
}
