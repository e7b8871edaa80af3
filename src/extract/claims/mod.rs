//! Claims: what sources assert, and what the outlet asserts in its own voice.

use super::{Article, Claim, Entity, Mention, Quote};

/// Finds the claims of an article.
pub fn extract(
    article: &Article,
    entities: &[Entity],
    mentions: &[Mention],
    quotes: &[Quote],
) -> Vec<Claim> {
    let _ = (article, entities, mentions, quotes);
    Vec::new()
}
