//! Finding quoted text: pairing quotation marks into spans, paragraph by paragraph.
//!
//! News text is messy: straight and curly marks mixed in one article, a curly *opening* mark used to
//! close ("...terrorists“."), stray marks left by copy and paste, and quotes that run over several
//! paragraphs (a paragraph opens a quote and does not close it, and the next paragraph starts with an
//! opening mark). The rules, in order:
//!
//! | rule | why |
//! |------|-----|
//! | a mark's role comes from its context first (space before and a word after: opening; a word or punctuation before and a space or punctuation after: closing), and from its shape only when the context says nothing | copy-pasted text loses or mangles the curly direction, but never the spacing |
//! | an opening-like mark inside an open quote restarts the quote there | the earlier mark was stray; the later one is the real quote, so one stray mark costs at most one quote |
//! | a closing-like mark outside a quote is ignored | a stray mark must not open a quote that swallows the rest of the paragraph |
//! | a quote never crosses a paragraph end, unless the next paragraph starts with an opening mark | the news convention for a quote over paragraphs; anything else is a stray mark |
//! | a quote left open at the end of its paragraph ends there | the paragraph caps what a stray mark can swallow |
//! | single marks are quotes only in paragraphs without double marks, with strict context | inside double quotes they are nested quotes (part of the outer quote); elsewhere most are apostrophes |
//! | a quote is at most [`MAX_QUOTE_BYTES`] long | a safety cap for pages with one huge paragraph |
//! | two apostrophes (`''`) are one double mark | archive and wire text (the New York Times among them) writes quotes that way |

use crate::extract::text::{is_double_quote, is_single_quote};
use crate::extract::Span;

/// Longest quote kept, in bytes: a bound on what one stray mark can swallow.
pub const MAX_QUOTE_BYTES: usize = 6000;

/// A quote as found by its marks, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// The quoted content without marks, one span per paragraph (or per part of a split quote, once
    /// [`super`] has merged split quotes).
    pub fragments: Vec<Span>,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark, or the end of the last fragment when the quote was
    /// left open.
    pub close: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// Paragraph index of the first and last fragment.
    pub first_paragraph: usize,
    pub last_paragraph: usize,
}

impl Marked {
    pub fn span(&self) -> Span {
        Span::new(
            self.fragments[0].start,
            self.fragments[self.fragments.len() - 1].end,
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// A quotation mark found in a paragraph.
#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    role: Role,
}

fn is_left_boundary(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '/')
        }
    }
}

fn is_right_boundary(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\u{2014}' | '\u{2013}'
                )
                || is_double_quote(c)
                || is_single_quote(c)
        }
    }
}

/// The role a mark's surroundings give it; `shape` is the role its glyph suggests, used only when the
/// surroundings are ambiguous.
fn role_of(before: Option<char>, after: Option<char>, shape: Role) -> Role {
    let left = is_left_boundary(before);
    let right = is_right_boundary(after);
    match (left, right) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => shape,
    }
}

fn double_marks(body: &str, paragraph: Span) -> Vec<Mark> {
    let text = paragraph.text(body);
    let mut marks = Vec::new();
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if c == '\'' && next == Some('\'') {
            // "''": two apostrophes as one double mark, as some wire and archive text writes quotes.
            iter.next();
            let after = iter.peek().map(|&(_, n)| n);
            marks.push(Mark {
                at: paragraph.start + i,
                len: 2,
                role: role_of(prev, after, Role::Either),
            });
            prev = Some(c);
            continue;
        }
        if is_double_quote(c) && c != '\u{2033}' {
            let shape = match c {
                '\u{201C}' | '\u{201E}' | '\u{00AB}' => Role::Open,
                '\u{201D}' | '\u{00BB}' => Role::Close,
                _ => Role::Either,
            };
            marks.push(Mark {
                at: paragraph.start + i,
                len: c.len_utf8(),
                role: role_of(prev, next, shape),
            });
        }
        prev = Some(c);
    }
    marks
}

/// Single marks that can delimit a quote (not apostrophes): an opening mark before a letter, after a
/// boundary, not an elision ("'90s", "'em"); a closing mark after a non-space, before a boundary, not
/// a plural possessive ("the players' union").
fn single_marks(body: &str, paragraph: Span) -> Vec<Mark> {
    let text = paragraph.text(body);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut marks = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_single_quote(c) || c == '`' {
            continue;
        }
        let before = k.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(k + 1).map(|&(_, n)| n);
        let after2 = chars.get(k + 2).map(|&(_, n)| n);
        let left = is_left_boundary(before);
        let right = is_right_boundary(after);
        if left && !right {
            let elision = after.is_some_and(|a| a.is_ascii_digit())
                || matches!(
                    (after, after2),
                    (Some('e'), Some('m')) | (Some('n'), Some(' ')) | (Some('t'), Some('i'))
                );
            if !elision && c != '\u{2019}' {
                marks.push(Mark {
                    at: paragraph.start + i,
                    len: c.len_utf8(),
                    role: Role::Open,
                });
            }
        } else if !left && right {
            // "players' union": a possessive, not a closing mark.
            let possessive = matches!(before, Some('s' | 'S'))
                && after == Some(' ')
                && after2.is_some_and(|a| a.is_lowercase());
            if !possessive && c != '\u{2018}' {
                marks.push(Mark {
                    at: paragraph.start + i,
                    len: c.len_utf8(),
                    role: Role::Close,
                });
            }
        }
    }
    marks
}

/// Trims white space off both ends of a span.
pub fn trim(body: &str, span: Span) -> Span {
    let text = span.text(body);
    let start = span.start + (text.len() - text.trim_start().len());
    let end = span.end - (text.len() - text.trim_end().len());
    if start >= end {
        Span::new(start, start)
    } else {
        Span::new(start, end)
    }
}

/// Finds every quote of a body. `paragraphs` are in order; the result is in text order.
pub fn find(body: &str, paragraphs: &[Span]) -> Vec<Marked> {
    let mut found: Vec<Marked> = Vec::new();
    // A quote left open at the end of the previous paragraph: (opening mark, fragments so far,
    // first paragraph).
    let mut pending: Option<Marked> = None;
    for (p, &paragraph) in paragraphs.iter().enumerate() {
        let mut marks = double_marks(body, paragraph);
        let doubles = !marks.is_empty();
        if !doubles && pending.is_none() {
            marks = single_marks(body, paragraph);
        }
        let mut open: Option<Mark> = None;
        let mut carried: Option<Marked> = None;
        let mut start_index = 0;
        if let Some(mut prev) = pending.take() {
            let first = marks.first().copied();
            let opens_paragraph = first.is_some_and(|m| {
                m.role != Role::Close && body[paragraph.start..m.at].trim().is_empty()
            });
            if opens_paragraph {
                let m = first.unwrap();
                open = Some(m);
                start_index = 1;
                prev.last_paragraph = p;
                carried = Some(prev);
            } else {
                finish_open(body, prev, &mut found);
            }
        }
        for &mark in &marks[start_index..] {
            match (open, mark.role) {
                (None, Role::Close) => {} // stray closing mark
                (None, _) => {
                    open = Some(mark);
                    carried = None;
                }
                (Some(o), Role::Open) => {
                    // The earlier quote lacks its closing mark: it ends here if it ended a sentence
                    // ("...services. "But this year..."), else its mark was stray. A quote carried
                    // from an earlier paragraph keeps what it had.
                    if let Some(prev) = carried.take() {
                        finish_open(body, prev, &mut found);
                    } else {
                        let content = trim(body, Span::new(o.at + o.len, mark.at));
                        let text = content.text(body);
                        if text.ends_with(['.', '!', '?']) && text.split_whitespace().count() >= 3 {
                            found.push(Marked {
                                fragments: vec![content],
                                open: o.at,
                                close: content.end,
                                closed: false,
                                first_paragraph: p,
                                last_paragraph: p,
                            });
                        }
                    }
                    open = Some(mark);
                }
                (Some(o), _) => {
                    let content = trim(body, Span::new(o.at + o.len, mark.at));
                    let mut quote = carried.take().unwrap_or(Marked {
                        fragments: Vec::new(),
                        open: o.at,
                        close: 0,
                        closed: true,
                        first_paragraph: p,
                        last_paragraph: p,
                    });
                    if !content.is_empty() {
                        quote.fragments.push(content);
                    }
                    quote.close = mark.at + mark.len;
                    quote.closed = true;
                    quote.last_paragraph = p;
                    if !quote.fragments.is_empty() {
                        found.push(quote);
                    }
                    open = None;
                }
            }
        }
        if let Some(o) = open {
            // Left open at the end of the paragraph: pending, to be continued by the next paragraph
            // or ended here.
            let content = trim(body, Span::new(o.at + o.len, paragraph.end));
            let mut quote = carried.take().unwrap_or(Marked {
                fragments: Vec::new(),
                open: o.at,
                close: 0,
                closed: false,
                first_paragraph: p,
                last_paragraph: p,
            });
            if !content.is_empty() {
                quote.fragments.push(content);
            }
            quote.close = content.end;
            quote.closed = false;
            quote.last_paragraph = p;
            pending = Some(quote);
        }
    }
    if let Some(prev) = pending {
        finish_open(body, prev, &mut found);
    }
    found.retain(|q| !q.fragments.is_empty() && q.span().len() <= MAX_QUOTE_BYTES);
    found
}

/// A quote that was never closed: it ends at the end of its paragraph (the last fragment already
/// does). Kept only when it opened like a quote (the opening mark was opening-like) and has words.
fn finish_open(body: &str, mut quote: Marked, found: &mut Vec<Marked>) {
    quote.fragments.retain(|f| !f.is_empty());
    if quote.fragments.is_empty() {
        return;
    }
    let words = quote
        .fragments
        .iter()
        .map(|f| f.text(body).split_whitespace().count())
        .sum::<usize>();
    if words >= 2 {
        quote.closed = false;
        found.push(quote);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::body::article_from_paragraphs;

    fn quotes(paragraphs: &[&str]) -> Vec<Vec<String>> {
        let a = article_from_paragraphs(paragraphs);
        find(&a.body, &a.paragraphs)
            .iter()
            .map(|q| {
                q.fragments
                    .iter()
                    .map(|f| f.text(&a.body).to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn straight_and_curly_marks_with_nested_single_quotes() {
        let q = quotes(&[
            "\u{201C}We call it \u{2018}the plan\u{2019},\u{201D} she said. \"It works,\" he said.",
        ]);
        assert_eq!(
            q,
            vec![
                vec!["We call it \u{2018}the plan\u{2019},".to_string()],
                vec!["It works,".to_string()]
            ]
        );
    }

    #[test]
    fn an_opening_glyph_used_to_close_is_read_by_its_context() {
        let q =
            quotes(&["He told CNN: \u{201C}We must remain so we can fight\u{201C}. Then he left."]);
        assert_eq!(q, vec![vec!["We must remain so we can fight".to_string()]]);
    }

    #[test]
    fn a_quote_runs_over_paragraphs_when_the_next_one_reopens_it() {
        let q = quotes(&[
            "\"The first part of it, which goes on.",
            "\"And the second part,\" the mayor said.",
            "Nothing quoted here.",
        ]);
        assert_eq!(
            q,
            vec![vec![
                "The first part of it, which goes on.".to_string(),
                "And the second part,".to_string()
            ]]
        );
    }

    #[test]
    fn an_odd_number_of_marks_never_swallows_the_next_paragraph() {
        let q = quotes(&[
            "The group \"Friends of the Park said it would \"never give up,\" its leader said.",
            "A second paragraph with \"a quote\" in it.",
            "An unclosed \"quote that runs to the end",
            "Plain text after it, \"and a real one.\"",
        ]);
        assert_eq!(
            q,
            vec![
                vec!["never give up,".to_string()],
                vec!["a quote".to_string()],
                vec!["quote that runs to the end".to_string()],
                vec!["and a real one.".to_string()],
            ]
        );
    }

    #[test]
    fn a_quote_missing_its_closing_mark_ends_at_the_next_opening_one() {
        let q = quotes(&["He said: \"We will act. \"But not this year,\" he added."]);
        assert_eq!(
            q,
            vec![
                vec!["We will act.".to_string()],
                vec!["But not this year,".to_string()]
            ]
        );
    }

    #[test]
    fn stray_closing_marks_are_ignored() {
        let q = quotes(&["It was 6\" tall\" and \"short words\" here."]);
        assert_eq!(q, vec![vec!["short words".to_string()]]);
    }

    #[test]
    fn single_quotes_in_paragraphs_without_double_quotes() {
        let q = quotes(&["Ministers said the deal was \u{2018}a good start\u{2019} in the players\u{2019} union and the \u{2019}90s."]);
        assert_eq!(q, vec![vec!["a good start".to_string()]]);
    }
}
