//! The language layer: what factdb knows about English words, in one place.
//!
//! - [`lexicon`]: every word list (titles, abbreviations, particles, role nouns, organisation and place
//!   words, stopwords, given names, common words), loaded from `data/lexicon/*.txt`, one file per kind
//!   of word, and the questions asked of single words ([`lexicon::title_at`],
//!   [`lexicon::is_abbreviation`], [`lexicon::is_common_word`], ...);
//! - [`tokens`]: the tokenizer, words and punctuation with byte spans into the body (initials,
//!   dotted acronyms, abbreviations, particles and possessives handled once for everyone).
//!
//! Sentence splitting ([`super::sentences`]), entity recognition ([`super::entities`]), quotes and
//! claims all tokenize with [`tokens`]: quotes and claims read the same tokens through small views of
//! their own ([`tokens::tokenize_joined`], compounds kept whole, under the quote rules' `Tok` and the
//! claim rules' `Token`), so a word is cut the same way everywhere.

pub mod lexicon;
pub mod tokens;
