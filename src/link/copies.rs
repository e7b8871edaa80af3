//! Copies: an article that is a repost, a wire copy or a light rewrite of another stored article.
//!
//! Each body becomes a set of word 5-shingles (words folded as quotes are, [`normalized_words`]). A
//! MinHash signature of [`HASHES`] values, cut into bands of [`ROWS`], gives band keys stored in
//! `article_shingle_bands`; a new article is compared only with the stored articles sharing a band key
//! (likely when their shingle sets overlap by a third or more), never with every body. A candidate is a
//! copy when at least [`COPY`] of the smaller article's shingles are in the other: `verbatim` from
//! [`VERBATIM`], else `rewrite`. The original is the earlier published article (then the one with the
//! smaller body key), so the link does not depend on which came first into the database.
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
/// The band key that only marks an article as compared (never looked up).
const COMPARED: i64 = 0;

fn fnv(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The shingle hashes of a body.
pub fn shingles(body: &str) -> HashSet<u64> {
    let words = normalized_words(body);
    words
        .windows(SHINGLE)
        .map(|w| fnv(w.join(" ").as_bytes(), 0))
        .collect()
}

/// The band keys of a shingle set (empty for a body shorter than a shingle).
pub fn band_keys(shingles: &HashSet<u64>) -> BTreeSet<i64> {
    if shingles.is_empty() {
        return BTreeSet::new();
    }
    let signature: Vec<u64> = (0..HASHES as u64)
        .map(|k| {
            shingles
                .iter()
                .map(|s| fnv(&s.to_le_bytes(), k.wrapping_mul(0x9e37_79b9_7f4a_7c15)))
                .min()
                .unwrap_or(0)
        })
        .collect();
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

/// Compares every article not compared yet with the stored articles sharing a band key.
pub fn link_copies(conn: &Connection) -> Result<()> {
    let new: Vec<i64> = conn
        .prepare(
            "SELECT article_id FROM articles a WHERE NOT EXISTS (
                 SELECT 1 FROM article_shingle_bands b WHERE b.article_id = a.article_id)",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO article_shingle_bands (band_key, article_id) VALUES (?1, ?2)",
    )?;
    let mut candidates = conn.prepare_cached(
        "SELECT DISTINCT article_id FROM article_shingle_bands WHERE band_key = ?1 AND article_id != ?2",
    )?;
    for id in new {
        let this = article(conn, id)?;
        let set = shingles(&this.body);
        let keys = band_keys(&set);
        let mut others: BTreeSet<i64> = BTreeSet::new();
        for key in &keys {
            let found: Vec<i64> = candidates
                .query_map(params![key, id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            others.extend(found);
        }
        for other in others {
            let that = article(conn, other)?;
            let similarity = containment(&set, &shingles(&that.body));
            if similarity >= COPY {
                record(conn, &this, &that, similarity)?;
            }
        }
        for key in keys.iter().chain(std::iter::once(&COMPARED)) {
            insert.execute(params![key, id])?;
        }
    }
    Ok(())
}

/// Records that the later of `a` and `b` copies the earlier.
fn record(conn: &Connection, a: &Article, b: &Article, similarity: f64) -> Result<()> {
    // Undated articles come after dated ones; then the smaller body key is the original.
    let order = |x: &Article| {
        (
            x.published.is_none(),
            x.published.clone(),
            x.body_key.clone(),
        )
    };
    let (original, copy) = if order(a) <= order(b) { (a, b) } else { (b, a) };
    let kind = if similarity >= VERBATIM {
        "verbatim"
    } else {
        "rewrite"
    };
    conn.prepare_cached(
        "INSERT OR REPLACE INTO article_copies (article_id, original_article_id, kind, similarity)
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
