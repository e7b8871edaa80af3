//! The one place imported text is made safe to store and to print, whatever the input format.
//!
//! Every [`Document`] [`super::read`] returns has been through [`document`]: its text and every given
//! field (title, url, outlet, authors), from a text file, JSON or the command line alike.
//!
//! - A NUL character (U+0000) refuses the document, as a NUL byte refuses a text file: it is what
//!   binary data has, not article text, and SQLite's C interface and many tools stop a string at it.
//!   (Refused rather than removed, so text files, UTF-16 files and JSON `\u0000` escapes agree.)
//! - Line breaks are `\n`: `\r\n` and a lone `\r` (old Mac files; also what rewrites a terminal
//!   line), vertical tab, form feed and NEL (U+0085) become `\n`.
//! - Other control characters are removed: C0 (except tab and line feed) and DEL, C1 (U+0080-U+009F,
//!   which includes the 8-bit ESC sequences), and the bidirectional overrides and isolates
//!   (U+202A-U+202E, U+2066-U+2069), which reorder what a terminal or a browser shows. Removing them
//!   here means an article cannot clear a screen, rewrite a report's rows or set the clipboard
//!   (ESC/OSC sequences) once stored; `report::output::terminal` escapes what older imports stored.
//!
//! This runs before extraction, so every span is computed on the cleaned text.

use super::{Document, IngestError};
use std::borrow::Cow;

/// Why a document with a NUL character is refused (the same words as for a text file with NUL bytes).
pub fn nul_reason(field: &str) -> String {
    format!("not a text file: its {field} contains NUL characters (binary data)")
}

/// `doc` with every text field cleaned, or the reason it is refused.
pub fn document(mut doc: Document) -> Result<Document, IngestError> {
    let given = &doc.given;
    let fields = [
        ("text", Some(&doc.text)),
        ("title", given.title.as_ref()),
        ("url", given.url.as_ref()),
        ("outlet", given.outlet.as_ref()),
    ];
    let nul = fields
        .iter()
        .find(|(_, value)| value.is_some_and(|v| v.contains('\0')))
        .map(|(field, _)| *field)
        .or_else(|| {
            given
                .authors
                .iter()
                .any(|a| a.contains('\0'))
                .then_some("author")
        });
    if let Some(field) = nul {
        return Err(IngestError::rejected(&doc.source, nul_reason(field)));
    }
    if let Cow::Owned(text) = text(&doc.text) {
        doc.text = text;
    }
    let given = &mut doc.given;
    for field in [&mut given.title, &mut given.url, &mut given.outlet]
        .into_iter()
        .flatten()
    {
        *field = one_line(field);
    }
    for author in &mut given.authors {
        *author = one_line(author);
    }
    // A field that was only control characters is not known.
    for field in [&mut given.title, &mut given.url, &mut given.outlet] {
        if field.as_ref().is_some_and(|f| f.is_empty()) {
            *field = None;
        }
    }
    given.authors.retain(|a| !a.is_empty());
    Ok(doc)
}

/// What a character becomes: kept, a line break, or removed.
enum Clean {
    Keep,
    Newline,
    Remove,
}

fn classify(c: char) -> Clean {
    match c {
        '\t' | '\n' => Clean::Keep,
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' => Clean::Newline,
        '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Clean::Remove,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Clean::Remove,
        _ => Clean::Keep,
    }
}

/// Whether `c` is one of the characters [`text`] replaces or removes (tab and line feed are not).
pub fn is_unsafe(c: char) -> bool {
    !matches!(classify(c), Clean::Keep)
}

/// Text with line breaks made `\n` and control characters removed; borrowed when nothing changes.
pub fn text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match classify(c) {
            Clean::Keep => out.push(c),
            Clean::Remove => {}
            Clean::Newline => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
        }
    }
    Cow::Owned(out)
}

/// A one-line field (title, outlet, author): cleaned, line breaks and tabs made spaces, trimmed.
fn one_line(value: &str) -> String {
    let cleaned = text(value);
    cleaned
        .split(['\n', '\t'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::GivenMeta;

    #[test]
    fn removes_escape_sequences_and_bidi_overrides() {
        assert_eq!(
            text("a\u{1b}[2J\u{1b}]52;c;aGk=\u{7}b\u{9b}31mc"),
            "a[2J]52;c;aGk=b31mc"
        );
        assert_eq!(text("evil\u{202E}txt.exe\u{2066}x\u{2069}"), "eviltxt.exex");
        assert_eq!(text("one\r\ntwo\rthree\u{0C}four"), "one\ntwo\nthree\nfour");
        assert!(matches!(text("plain\ttext\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn cleans_every_field_and_refuses_nul() {
        let doc = Document {
            source: "a.json".into(),
            text: "Body\u{1b}[1A text.".into(),
            given: GivenMeta {
                title: Some("Title\r\u{1b}[2K Fake".into()),
                outlet: Some("\u{202E}".into()),
                authors: vec!["A\u{85}B".into()],
                ..GivenMeta::default()
            },
            ..Document::default()
        };
        let clean = document(doc.clone()).unwrap();
        assert_eq!(clean.text, "Body[1A text.");
        assert_eq!(clean.given.title.as_deref(), Some("Title [2K Fake"));
        assert_eq!(clean.given.outlet, None);
        assert_eq!(clean.given.authors, ["A B"]);
        let mut nul = doc;
        nul.text = "Body\0text".into();
        let error = document(nul).unwrap_err().to_string();
        assert_eq!(
            error,
            "a.json: not a text file: its text contains NUL characters (binary data)"
        );
    }
}
