//! Named-entity recognition and within-article resolution: the people, organisations, places and groups
//! an article names, and every mention of them.
//!
//! Recognition is rule-based and fast (one Aho-Corasick scan for the gazetteer, then a linear pass per
//! sentence):
//! - [`crate::extract::lang`] splits a sentence into words (keeping "R.", "U.S.", "al-Assad",
//!   "Kerry-Lavrov" whole and setting possessives aside) and holds the word lists;
//! - [`gazetteer`] finds known countries, cities, regions, organisations and groups by any of their
//!   names or adjectives (`data/gazetteer/`);
//! - [`candidates`] turns runs of capitalised words into candidate names with their titles, roles and
//!   kinds, rejecting sentence-initial common words, weekdays, months and headline-case noise;
//! - [`resolve`] decides which candidates name the same entity within the article;
//! - [`review`] judges, after quotes and claims, the entities they added for sources recognition missed;
//! - [`names`] defines the keys names are compared by, here and across articles in `store::entities`.

pub mod candidates;
pub mod gazetteer;
pub mod names;
pub mod resolve;
pub mod review;

/// The word lists now live in the language layer; this path stays for callers outside extraction.
pub use super::lang::lexicon;

use super::{Article, Cancel, Cancelled, Entity, Mention};

/// Finds the people, organisations and places of an article and every mention of them.
pub fn recognize(article: &Article) -> (Vec<Entity>, Vec<Mention>) {
    match recognize_with(article, Cancel::NEVER) {
        Ok(found) => found,
        Err(Cancelled) => unreachable!("Cancel::NEVER never cancels"),
    }
}

/// [`recognize`], checking `cancel` per sentence and between steps.
pub fn recognize_with(
    article: &Article,
    cancel: Cancel,
) -> Result<(Vec<Entity>, Vec<Mention>), Cancelled> {
    let (candidates, declarations) = candidates::find(article, cancel)?;
    cancel.check()?;
    Ok(resolve::resolve(&article.body, &candidates, &declarations))
}

#[cfg(test)]
mod tests;
