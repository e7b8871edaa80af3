//! Direct quotes and who said them.

use super::{Article, Entity, Mention, Quote};

/// Finds the quotes of an article and attributes them to speakers.
pub fn extract(article: &Article, entities: &[Entity], mentions: &[Mention]) -> Vec<Quote> {
    let _ = (article, entities, mentions);
    Vec::new()
}
