//! Bytes -> text, or a clear reason why the bytes are not a text article.
//!
//! Saved web pages come in UTF-8 (most), UTF-8 with a byte-order mark, UTF-16 with a BOM (Windows
//! "Unicode" saves), and Windows-1252 (older saves). Anything with NUL bytes or a known binary
//! signature is rejected rather than decoded into garbage.

use super::IngestError;

pub struct Decoded {
    pub text: String,
    /// `Some(name)` when the text was not UTF-8 and was decoded from that encoding.
    pub encoding: Option<&'static str>,
}

/// File signatures of common binary formats that end up renamed to `.txt`.
const BINARY_SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"SQLite format 3\0", "an SQLite database"),
    (b"\x7FELF", "an executable"),
];

pub fn decode(source_name: &str, bytes: &[u8]) -> Result<Decoded, IngestError> {
    let reject = |reason: &str| Err(IngestError::rejected(source_name, reason));
    if bytes.is_empty() {
        return reject("file is empty");
    }
    for (signature, what) in BINARY_SIGNATURES {
        if bytes.starts_with(signature) {
            return reject(&format!("not a text file: it is {what}"));
        }
    }
    // UTF-16 with a byte-order mark: decode before the NUL check, since UTF-16 is full of NULs.
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        if encoding != encoding_rs::UTF_8 {
            let (text, had_errors) = encoding.decode_with_bom_removal(bytes);
            if had_errors {
                return reject(&format!("invalid {} text", encoding.name()));
            }
            return finish(source_name, text.into_owned(), Some(encoding.name()));
        }
    }
    if bytes.contains(&0) {
        return reject("not a text file: it contains NUL bytes (binary data)");
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            if mostly_control_characters(text) {
                return reject("not a text file: it is mostly control characters (binary data)");
            }
            finish(source_name, text.to_string(), None)
        }
        Err(_) => {
            // A page pasted together from several sources can be UTF-8 with a few stray bytes:
            // decoding all of it as Windows-1252 would turn every accented letter and curly quote
            // into mojibake ("â€œ"), so keep UTF-8 when its valid multi-byte characters clearly
            // outnumber the invalid bytes.
            let lossy = String::from_utf8_lossy(bytes);
            let (mut replaced, mut multibyte) = (0usize, 0usize);
            for c in lossy.chars() {
                match c {
                    '\u{FFFD}' => replaced += 1,
                    c if c.len_utf8() > 1 => multibyte += 1,
                    _ => {}
                }
            }
            if multibyte >= 4 * replaced && !mostly_control_characters(&lossy) {
                return finish(
                    source_name,
                    lossy.into_owned(),
                    Some(UTF8_WITH_REPLACEMENTS),
                );
            }
            // Not UTF-8: Windows-1252 is what saved pages are in when they are not, and it is a
            // superset of Latin-1 for printable text.
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            if mostly_control_characters(&text) {
                return reject("not a text file: neither UTF-8 nor Windows-1252 text");
            }
            finish(source_name, text.into_owned(), Some("windows-1252"))
        }
    }
}

/// The `encoding` recorded for UTF-8 text in which a few invalid bytes were replaced by U+FFFD.
pub const UTF8_WITH_REPLACEMENTS: &str = "utf-8 (invalid bytes replaced)";

/// More than 1% control characters other than white space: binary data that happens to decode
/// (text has almost none; an executable or a compressed file has about one byte in ten).
fn mostly_control_characters(text: &str) -> bool {
    let (mut controls, mut total) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        if c.is_control() && !c.is_whitespace() {
            controls += 1;
        }
    }
    controls * 100 > total
}

fn finish(
    source_name: &str,
    text: String,
    encoding: Option<&'static str>,
) -> Result<Decoded, IngestError> {
    if text.trim().is_empty() {
        return Err(IngestError::rejected(
            source_name,
            "file has no text (only white space)",
        ));
    }
    Ok(Decoded { text, encoding })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(bytes: &[u8]) -> String {
        decode("x", bytes)
            .err()
            .map(|e| e.reason())
            .unwrap_or_default()
    }

    #[test]
    fn rejects_what_is_not_text() {
        assert_eq!(reason(b""), "file is empty");
        assert!(reason(b" \n\t ").contains("white space"));
        assert!(reason(b"%PDF-1.4 ...").contains("PDF"));
        assert!(reason(b"abc\0def").contains("NUL"));
    }

    #[test]
    fn decodes_utf16_and_windows_1252() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "Hi \u{201C}x\u{201D}"
                    .encode_utf16()
                    .flat_map(|u| u.to_le_bytes()),
            )
            .collect();
        let decoded = decode("x", &utf16).unwrap();
        assert_eq!(decoded.text, "Hi \u{201C}x\u{201D}");
        assert_eq!(decoded.encoding, Some("UTF-16LE"));
        let cp1252 = b"caf\xE9 \x93quoted\x94";
        let decoded = decode("x", cp1252).unwrap();
        assert_eq!(decoded.text, "caf\u{e9} \u{201C}quoted\u{201D}");
        assert_eq!(decoded.encoding, Some("windows-1252"));
        assert_eq!(decode("x", b"\xEF\xBB\xBFplain").unwrap().text, "plain");
    }

    #[test]
    fn keeps_utf8_with_a_stray_byte() {
        let mut bytes = "\u{201C}Caf\u{e9}s\u{201D} and na\u{ef}ve r\u{e9}sum\u{e9}s "
            .as_bytes()
            .to_vec();
        bytes.push(0x93);
        let decoded = decode("x", &bytes).unwrap();
        assert!(decoded.text.starts_with("\u{201C}Caf\u{e9}s\u{201D}"));
        assert_eq!(decoded.encoding, Some(UTF8_WITH_REPLACEMENTS));
    }

    #[test]
    fn rejects_binary_without_nul_bytes() {
        // Valid UTF-8 made of control characters, and bytes that are neither UTF-8 nor text.
        let controls: Vec<u8> = (1u8..32)
            .filter(|b| !b"\t\n\r\x0b\x0c".contains(b))
            .cycle()
            .take(400)
            .collect();
        assert!(reason(&controls).contains("control characters"));
        let noise: Vec<u8> = (0..400u32)
            .map(|i| [0x81, 0x02, 0xC3, 0x8D, 0x1B][i as usize % 5])
            .collect();
        assert!(
            reason(&noise).contains("not a text file"),
            "{}",
            reason(&noise)
        );
    }
}
