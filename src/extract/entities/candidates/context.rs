//! The words around a name: a lower-case role before it, an appositive after it, and aliases the text
//! declares for it.

use super::{hit_ending_at, Declaration, Finder, Sentence, TokenHit};
use crate::extract::entities::gazetteer::GAZETTEER;
use crate::extract::lang::lexicon::{ROLE_MODIFIERS, ROLE_NOUNS};
use crate::extract::lang::tokens::is_capitalised;

impl Finder<'_> {
    /// "foreign minister", "US secretary of state", "Iraq's foreign minister" right before token `a`.
    pub(super) fn role_before(&self, s: &Sentence, a: usize, hits: &[TokenHit]) -> Option<String> {
        let mut k = a;
        let mut has_noun = false;
        while k > 0 {
            let t = s.tokens[k - 1];
            if !t.word {
                break;
            }
            let w = t.text(self.body);
            let lower = w.to_lowercase();
            if w.chars().next().is_some_and(char::is_lowercase)
                && (ROLE_NOUNS.contains(lower.as_str()) || ROLE_MODIFIERS.contains(lower.as_str()))
            {
                has_noun |= ROLE_NOUNS.contains(lower.as_str());
                k -= 1;
                continue;
            }
            break;
        }
        if !has_noun || k == a {
            return None;
        }
        let adjacent = s.tokens[a - 1].text(self.body).to_lowercase();
        if !(ROLE_NOUNS.contains(adjacent.as_str()) || ROLE_MODIFIERS.contains(adjacent.as_str()))
            || adjacent == "of"
        {
            return None;
        }
        // Include a place or demonym right before: "US secretary of state", "Iraq's foreign minister".
        if let Some(h) = hit_ending_at(hits, k).filter(|_| k > 0) {
            k = hits[h].first;
        }
        Some(self.text(s, k, a))
    }

    /// ", Iraq's foreign minister," or ", a spokesman for the coalition," after token `b`.
    pub(super) fn appositive(&self, s: &Sentence, b: usize) -> Option<String> {
        let comma = s.tokens.get(b)?;
        if comma.word || comma.text(self.body) != "," {
            return None;
        }
        let first = b + 1;
        let mut k = first;
        let mut has_noun = false;
        while k < s.tokens.len() && k - first < 12 {
            let t = s.tokens[k];
            let w = t.text(self.body);
            if !t.word && matches!(w, "," | "." | ";" | ")" | ":" | "\u{201D}" | "\"") {
                break;
            }
            has_noun |=
                t.word && ROLE_NOUNS.contains(w.to_lowercase().as_str()) && !is_capitalised(w);
            k += 1;
        }
        if k == first || !has_noun {
            return None;
        }
        let w0 = s.tokens[first].text(self.body);
        let lower_start = w0.chars().next().is_some_and(char::is_lowercase);
        let possessive_start = s.tokens[first].possessive || GAZETTEER.lookup(w0).is_some();
        if !(lower_start || possessive_start) {
            return None;
        }
        // Must end at a comma or the sentence's end to be an appositive and not a clause.
        Some(self.text(s, first, k))
    }

    /// Aliases declared right after the candidate ending before token `b`.
    pub(super) fn declarations_after(&mut self, target: usize, s: &Sentence, b: usize) {
        let n = s.tokens.len();
        let w = |i: usize| -> &str {
            if i < n {
                s.tokens[i].text(self.body)
            } else {
                ""
            }
        };
        // "(ISIS)"
        if w(b) == "(" && w(b + 2) == ")" && is_capitalised(w(b + 1)) {
            self.declarations.push(Declaration {
                target,
                alias: w(b + 1).to_string(),
            });
            return;
        }
        // ", also known as ISIS or ISIL", "known as", "also called", "or Daesh"
        let mut k = b;
        if w(k) == "," {
            k += 1;
        }
        if w(k) == "also" || w(k) == "otherwise" {
            k += 1;
        }
        let declared = if w(k) == "known" && w(k + 1) == "as" {
            k += 2;
            true
        } else if w(k) == "called" {
            k += 1;
            true
        } else {
            false
        };
        if !declared {
            return;
        }
        while k < n && s.tokens[k].word && is_capitalised(w(k)) {
            let mut e = k + 1;
            while e < n && s.tokens[e].word && is_capitalised(w(e)) {
                e += 1;
            }
            self.declarations.push(Declaration {
                target,
                alias: self.text(s, k, e),
            });
            k = e;
            if w(k) == "," {
                k += 1;
            }
            if w(k) == "or" || w(k) == "and" {
                k += 1;
            }
        }
    }
}
