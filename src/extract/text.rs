//! Small text utilities every extraction stage shares: code-point offsets, and the folding used to
//! compare text written by different outlets.

use unicode_normalization::UnicodeNormalization;

/// Converts byte offsets in one string to Unicode code-point offsets, the unit of every span factdb
/// stores or prints. Built once per body: `O(n)` to build, `O(log n)` per lookup.
pub struct CharOffsets {
    /// Byte offset of every non-ASCII char; code points before a byte offset = byte offset minus the
    /// extra bytes of the non-ASCII chars before it. Bodies are mostly ASCII, so this stays small.
    multibyte: Vec<(usize, usize)>,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let mut multibyte = Vec::new();
        let mut extra = 0;
        for (i, c) in text.char_indices() {
            let len = c.len_utf8();
            if len > 1 {
                extra += len - 1;
                // Record the offset just after this char and the extra bytes seen up to there.
                multibyte.push((i + len, extra));
            }
        }
        CharOffsets { multibyte }
    }

    /// The code-point offset of byte offset `byte` (which must lie on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let idx = self.multibyte.partition_point(|&(end, _)| end <= byte);
        let extra = if idx == 0 {
            0
        } else {
            self.multibyte[idx - 1].1
        };
        byte - extra
    }
}

/// Is this char a double quotation mark of any style?
pub fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2033}'
    )
}

/// Is this char a single quotation mark or apostrophe of any style?
pub fn is_single_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}' | '`'
    )
}

/// Folds runs of white space to one space and trims.
pub fn fold_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The key under which text from different outlets is compared: NFKC, lower case, curly quotes and
/// dashes made plain, white space folded. Used for article de-duplication and name keys.
pub fn fold_for_match(text: &str) -> String {
    // NFKC leaves ASCII as it is: most texts skip the normalizer's buffering.
    if text.is_ascii() {
        fold_chars(text.chars(), text.len())
    } else {
        fold_chars(text.nfkc(), text.len())
    }
}

fn fold_chars(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut space = false;
    for c in chars {
        // Most text is ASCII: an ASCII character is only lower-cased (a backquote is an apostrophe).
        if c.is_ascii() && !c.is_whitespace() {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        let c = if is_double_quote(c) {
            '"'
        } else if is_single_quote(c) {
            '\''
        } else if matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}') {
            '-'
        } else {
            c
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "a\u{2019}b \u{201C}c\u{201D} é";
        let offsets = CharOffsets::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte), chars);
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn folding_ignores_quote_style_case_and_spacing() {
        assert_eq!(
            fold_for_match("  We\u{2019}re  \u{201C}Here\u{201D}\n"),
            "we're \"here\""
        );
        assert_eq!(fold_whitespace(" a \n\n b "), "a b");
    }
}
