//! Copies: an article that is a repost, a wire copy or a light rewrite of another stored article.
//!
//! Each body becomes a set of word 5-shingles (words folded as quotes are, [`normalized_words`]). A
//! MinHash signature of [`HASHES`] values, cut into bands of [`ROWS`], gives band keys stored in
//! `article_shingle_bands` for *originals* only; a new article is compared only with the originals
//! sharing a band key (likely when their shingle sets overlap by a third or more), never with every
//! body nor with every reprint of one. It is a copy of the earliest such original (earlier published,
//! then smaller body key) holding at least [`COPY`] of its shingles: `verbatim` from [`VERBATIM`],
//! else `rewrite`; else it is an original itself. Articles are decided in that order, so the links do
//! not depend on which came first into the database (see [`link_copies`]).
//!
//! Corroboration counts a copy with its original: `quote_groups.outlets` and `claim_groups.outlets`
//! count independent sources.

use super::quote_groups::normalized_words;
use crate::store::Result;
use rusqlite::{params, Connection};
use std::collections::{BTreeSet, HashSet};

/// MinHash values per body.
const HASHES: usize = 32;
/// Values per band: two values per band make a shared band likely from about a third of shared shingles.
const ROWS: usize = 2;
/// Words per shingle.
const SHINGLE: usize = 5;
/// Share of the smaller article's shingles found in the other for a copy...
pub const COPY: f64 = 0.6;
/// ... and for a verbatim copy.
pub const VERBATIM: f64 = 0.95;
/// The band key that marks an original as compared (never looked up).
const COMPARED: i64 = 0;
/// The band key that marks a copy as compared: a copy keeps no band keys, so a new article is compared
/// with originals only (one per family of copies, however many reprints it has).
const COPY_MARK: i64 = 2;

fn fnv(bytes: &[u8], seed: u64) -> u64 {
    fnv_more(0xcbf2_9ce4_8422_2325u64 ^ seed, bytes)
}

/// Continues the FNV-1a hash `h` with `bytes`.
fn fnv_more(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The shingle hashes of a body: each run of [`SHINGLE`] words hashed as if joined by spaces (fed to
/// the hash word by word, not copied into a string per window).
pub fn shingles(body: &str) -> HashSet<u64> {
    let words = normalized_words(body);
    words
        .windows(SHINGLE)
        .map(|w| {
            let mut h = fnv(w[0].as_bytes(), 0);
            for word in &w[1..] {
                h = fnv_more(fnv_more(h, b" "), word.as_bytes());
            }
            h
        })
        .collect()
}

/// The band keys of a shingle set (empty for a body shorter than a shingle).
pub fn band_keys(shingles: &HashSet<u64>) -> BTreeSet<i64> {
    if shingles.is_empty() {
        return BTreeSet::new();
    }
    // The minimum of each of the HASHES hashes over the shingles, in one pass over the set.
    let seeds: [u64; HASHES] =
        std::array::from_fn(|k| (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let mut signature = [u64::MAX; HASHES];
    for s in shingles {
        let bytes = s.to_le_bytes();
        for (min, &seed) in signature.iter_mut().zip(&seeds) {
            *min = (*min).min(fnv(&bytes, seed));
        }
    }
    signature
        .chunks(ROWS)
        .enumerate()
        .map(|(band, rows)| {
            let bytes: Vec<u8> = rows.iter().flat_map(|r| r.to_le_bytes()).collect();
            (fnv(&bytes, band as u64) as i64) | 1 // never COMPARED
        })
        .collect()
}

/// How much of the smaller set is in the other (0..1).
pub fn containment(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

struct Article {
    id: i64,
    published: Option<String>,
    body_key: String,
    body: String,
}

impl Article {
    /// The order that decides which of two articles is the original: the earlier published, undated
    /// ones after dated ones, then the smaller body key (never the order they were imported in).
    fn order(&self) -> (bool, Option<&str>, &str) {
        (
            self.published.is_none(),
            self.published.as_deref(),
            &self.body_key,
        )
    }
}

fn article(conn: &Connection, id: i64) -> Result<Article> {
    Ok(conn
        .prepare_cached(
            "SELECT article_id, published, body_key, body FROM articles WHERE article_id = ?1",
        )?
        .query_row([id], |r| {
            Ok(Article {
                id: r.get(0)?,
                published: r.get(1)?,
                body_key: r.get(2)?,
                body: r.get(3)?,
            })
        })?)
}

/// Articles waiting for a decision, in the order that decides originals.
type Queue = BTreeSet<((bool, Option<String>, String), i64)>;

fn enqueue(queue: &mut Queue, a: &Article) {
    let (undated, published, key) = a.order();
    queue.insert((
        (undated, published.map(str::to_string), key.to_string()),
        a.id,
    ));
}

fn ids(conn: &Connection, sql: &str, param: Option<i64>) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = match param {
        Some(p) => stmt
            .query_map([p], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
        None => stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
    };
    Ok(rows)
}

/// Decides every article not compared yet, and every copy whose original was deleted.
///
/// Each article is a copy of the earliest original (see [`Article::order`]) sharing a band key with it
/// and holding [`COPY`] of its shingles, else an original. Articles are decided in that order, so a
/// new article that turns out earlier than a stored original is decided first and the stored one is
/// decided again (it may become its copy, and its copies are then decided again too). A new article is
/// compared only with originals, never with every reprint of one: a line carried by 10,000 reprints
/// costs one comparison per reprint, not 50 million.
pub fn link_copies(conn: &Connection) -> Result<()> {
    let mut queue = Queue::new();
    let fresh = ids(
        conn,
        "SELECT article_id FROM articles a WHERE NOT EXISTS (
             SELECT 1 FROM article_shingle_bands b WHERE b.article_id = a.article_id)",
        None,
    )?;
    let orphans = ids(
        conn,
        "SELECT article_id FROM article_shingle_bands b WHERE band_key = ?1 AND NOT EXISTS (
             SELECT 1 FROM article_copies c WHERE c.article_id = b.article_id)",
        Some(COPY_MARK),
    )?;
    for id in fresh.into_iter().chain(orphans) {
        enqueue(&mut queue, &article(conn, id)?);
    }
    while let Some((_, id)) = queue.pop_first() {
        decide(conn, &article(conn, id)?, &mut queue)?;
    }
    Ok(())
}

/// Decides whether `this` is a copy (of the earliest original that it copies) or an original, writes
/// it, and queues the articles whose decision that may change.
fn decide(conn: &Connection, this: &Article, queue: &mut Queue) -> Result<()> {
    let set = shingles(&this.body);
    let keys = band_keys(&set);
    let mut candidates: BTreeSet<i64> = BTreeSet::new();
    for key in &keys {
        candidates.extend(ids(
            conn,
            "SELECT article_id FROM article_shingle_bands WHERE band_key = ?1",
            Some(*key),
        )?);
    }
    candidates.remove(&this.id);
    let mut others = candidates
        .into_iter()
        .map(|id| article(conn, id))
        .collect::<Result<Vec<_>>>()?;
    others.sort_by(|a, b| a.order().cmp(&b.order()));
    let original = others
        .iter()
        .take_while(|o| o.order() < this.order())
        .map(|o| (o, containment(&set, &shingles(&o.body))))
        .find(|(_, similarity)| *similarity >= COPY);
    let was_original = !ids(
        conn,
        "SELECT band_key FROM article_shingle_bands WHERE article_id = ?1 AND band_key = 0",
        Some(this.id),
    )?
    .is_empty();
    conn.prepare_cached("DELETE FROM article_shingle_bands WHERE article_id = ?1")?
        .execute([this.id])?;
    conn.prepare_cached("DELETE FROM article_copies WHERE article_id = ?1")?
        .execute([this.id])?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO article_shingle_bands (band_key, article_id) VALUES (?1, ?2)",
    )?;
    match original {
        Some((original, similarity)) => {
            record(conn, this, original, similarity)?;
            insert.execute(params![COPY_MARK, this.id])?;
            if was_original {
                // Its copies now need another original.
                let copies = ids(
                    conn,
                    "SELECT article_id FROM article_copies WHERE original_article_id = ?1",
                    Some(this.id),
                )?;
                for id in copies {
                    enqueue(queue, &article(conn, id)?);
                }
            }
        }
        None => {
            for key in keys.iter().chain(std::iter::once(&COMPARED)) {
                insert.execute(params![key, this.id])?;
            }
            // Later originals sharing a band may be copies of this one.
            for later in others.iter().filter(|o| o.order() > this.order()) {
                enqueue(queue, later);
            }
        }
    }
    Ok(())
}

/// Records that `copy` copies `original`.
fn record(conn: &Connection, copy: &Article, original: &Article, similarity: f64) -> Result<()> {
    let kind = if similarity >= VERBATIM {
        "verbatim"
    } else {
        "rewrite"
    };
    conn.prepare_cached(
        "INSERT INTO article_copies (article_id, original_article_id, kind, similarity)
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        copy.id,
        original.id,
        kind,
        (similarity * 1000.0).round() / 1000.0
    ])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "The harbour of Vardholm will stay open through the winter, the mayor said on \
        Sunday, after a week in which forty ships waited outside the breakwater for the ice to clear. \
        Pilots said the channel was not frozen and that the ferry company would resume crossings as \
        soon as the wind dropped, while fishermen asked the council for help with fuel costs.";

    #[test]
    fn a_shingle_is_the_hash_of_its_words_joined_by_spaces() {
        let words = normalized_words(STORY);
        let joined: HashSet<u64> = words
            .windows(SHINGLE)
            .map(|w| fnv(w.join(" ").as_bytes(), 0))
            .collect();
        assert_eq!(shingles(STORY), joined);
        assert!(joined.len() > 40);
    }

    #[test]
    fn a_reprint_shares_bands_and_is_a_copy_and_another_story_is_not() {
        let reprint = format!("{STORY} Reporting by the Northern Wire.");
        let other =
            "The council of Lillestad voted on Tuesday to close two schools and merge their \
            classes, after a year of falling pupil numbers and rising heating bills in the valley.";
        let (a, b, c) = (shingles(STORY), shingles(&reprint), shingles(other));
        assert!(containment(&a, &b) >= VERBATIM);
        assert!(band_keys(&a).intersection(&band_keys(&b)).next().is_some());
        assert!(containment(&a, &c) < COPY);
        assert!(band_keys(&a).intersection(&band_keys(&c)).next().is_none());
    }
}
