//! Whole-page tests on invented pages, one rule each.

use super::*;

fn meta(text: &str) -> PageMeta {
    extract(&Page::new(text))
}
