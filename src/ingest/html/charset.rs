//! Bytes of a web page -> text, the way a browser picks the encoding.
//!
//! The order is the HTML standard's: a byte-order mark, then the charset the server sent in
//! `Content-Type`, then a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024
//! bytes (the "prescan"), then UTF-8 when the bytes are valid UTF-8, then a `<meta>` declaration
//! further down the page, else Windows-1252 (what browsers assume for Western pages without a
//! declaration).
//!
//! The late `<meta>` is the standard's "change the encoding while parsing": a browser that meets the
//! declaration after the prescan window re-reads the page in that encoding. Saved and archived pages
//! need it, as their heads grow scripts and styles before the charset (measured: a GB2312 page whose
//! declaration sits at byte 1232 came out as Latin-1 mojibake and lost its whole text).

use encoding_rs::Encoding;

/// How far into the page the `<meta>` prescan looks (the standard's limit).
const PRESCAN_BYTES: usize = 1024;
/// How far a page that is not valid UTF-8 is searched for a late `<meta>` charset: a page's head,
/// scripts and styles included, rarely runs longer.
const LATE_META_BYTES: usize = 64 * 1024;

/// Why a page's bytes cannot be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CharsetError {
    /// The server or the page named an encoding no browser knows.
    UnknownEncoding(String),
    /// More than 1% of the characters were invalid in the declared encoding.
    Invalid(&'static str),
}

impl std::fmt::Display for CharsetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CharsetError::UnknownEncoding(label) => {
                write!(f, "bad encoding: unknown character encoding {label:?}")
            }
            CharsetError::Invalid(name) => {
                write!(f, "bad encoding: the page is not valid {name} text")
            }
        }
    }
}

/// The decoded page, and the encoding when it was not UTF-8.
pub struct DecodedPage {
    pub text: String,
    pub encoding: Option<&'static str>,
}

/// Decodes a page; `transport` is the `charset` parameter of an HTTP `Content-Type`, if any.
pub fn decode(bytes: &[u8], transport: Option<&str>) -> Result<DecodedPage, CharsetError> {
    let declared = match transport {
        Some(label) => Some(
            label_encoding(label.as_bytes())
                .ok_or_else(|| CharsetError::UnknownEncoding(label.to_string()))?,
        ),
        None => prescan(bytes, PRESCAN_BYTES),
    };
    let encoding = match (Encoding::for_bom(bytes), declared) {
        (Some((bom, _)), _) => bom,
        (None, Some(declared)) => declared,
        (None, None) if std::str::from_utf8(bytes).is_ok() => encoding_rs::UTF_8,
        (None, None) => prescan(bytes, LATE_META_BYTES).unwrap_or(encoding_rs::WINDOWS_1252),
    };
    let (text, used, _) = encoding.decode(bytes);
    let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
    // A stray invalid byte is what browsers show as a replacement character; a page full of them
    // was declared in the wrong encoding and would store garbage.
    if replaced > 0 && replaced * 100 > text.chars().count() {
        return Err(CharsetError::Invalid(used.name()));
    }
    Ok(DecodedPage {
        encoding: (used != encoding_rs::UTF_8).then(|| used.name()),
        text: text.into_owned(),
    })
}

/// An encoding label as browsers read it; a UTF-16 label in an ASCII-compatible page means UTF-8.
fn label_encoding(label: &[u8]) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label)?;
    Some(
        if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            encoding
        },
    )
}

/// The encoding a `<meta>` tag in the first `limit` bytes declares: `<meta charset=X>` or
/// `<meta http-equiv=Content-Type content="text/html; charset=X">`.
fn prescan(bytes: &[u8], limit: usize) -> Option<&'static Encoding> {
    let head = bytes[..bytes.len().min(limit)].to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(start) = find(rest, b"<meta") {
        let tag = &rest[start..];
        let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
        if let Some(encoding) = meta_charset(&tag[..end]) {
            return Some(encoding);
        }
        rest = &tag[end..];
    }
    None
}

fn meta_charset(tag: &[u8]) -> Option<&'static Encoding> {
    let at = find(tag, b"charset")?;
    let value = tag[at + b"charset".len()..]
        .iter()
        .skip_while(|b| b.is_ascii_whitespace() || **b == b'=' || **b == b'"' || **b == b'\'');
    let label: Vec<u8> = value
        .take_while(|b| !(b.is_ascii_whitespace() || b"\"';/>".contains(b)))
        .copied()
        .collect();
    label_encoding(&label)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_and_http_equiv_pick_the_encoding() {
        let page = b"<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8</body>";
        let decoded = decode(page, None).unwrap();
        assert!(
            decoded.text.contains("\u{41f}\u{440}\u{438}"),
            "{}",
            decoded.text
        );
        assert_eq!(decoded.encoding, Some("windows-1251"));
        let page =
            b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>caf\xe9";
        assert!(decode(page, None).unwrap().text.ends_with("caf\u{e9}"));
    }

    #[test]
    fn bom_beats_the_server_and_the_server_beats_meta() {
        let page = b"\xEF\xBB\xBF<meta charset=windows-1252>caf\xC3\xA9";
        assert!(decode(page, Some("iso-8859-2"))
            .unwrap()
            .text
            .ends_with("caf\u{e9}"));
        let page = b"<meta charset=utf-8>caf\xe9";
        assert!(decode(page, Some("windows-1252"))
            .unwrap()
            .text
            .ends_with("caf\u{e9}"));
    }

    #[test]
    fn undeclared_pages_are_utf8_or_windows_1252() {
        assert_eq!(decode("caf\u{e9}".as_bytes(), None).unwrap().encoding, None);
        let decoded = decode(b"\x93quoted\x94", None).unwrap();
        assert_eq!(decoded.text, "\u{201C}quoted\u{201D}");
    }

    #[test]
    fn a_declaration_after_the_prescan_window_decodes_a_page_that_is_not_utf8() {
        let filler = format!("<script>{}</script>", "var a = 1;".repeat(150));
        let page = [
            b"<html><head>".as_slice(),
            filler.as_bytes(),
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"/>",
            b"</head><body>\xc4\xe3\xba\xc3</body>",
        ]
        .concat();
        let decoded = decode(&page, None).unwrap();
        assert_eq!(decoded.encoding, Some("GBK"));
        assert!(
            decoded.text.contains("\u{4f60}\u{597d}"),
            "{}",
            decoded.text
        );
        // A page that is valid UTF-8 stays UTF-8 whatever it declares late.
        let page = [filler.as_bytes(), b"<meta charset=windows-1252>caf\xC3\xA9"].concat();
        assert!(decode(&page, None).unwrap().text.ends_with("caf\u{e9}"));
    }

    #[test]
    fn unknown_and_wrong_encodings_are_errors() {
        assert_eq!(
            decode(b"x", Some("klingon-8")).err(),
            Some(CharsetError::UnknownEncoding("klingon-8".into()))
        );
        let garbage: Vec<u8> = b"<meta charset=utf-8>"
            .iter()
            .copied()
            .chain([0xFF; 50])
            .collect();
        assert_eq!(
            decode(&garbage, None).err(),
            Some(CharsetError::Invalid("UTF-8"))
        );
    }
}
