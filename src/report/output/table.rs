//! The aligned terminal table (comfy-table) and the Markdown table.

use super::{terminal_safe, text, OutputOptions, Sink};
use comfy_table::{presets, ColumnConstraint, ContentArrangement, Width};
use rusqlite::types::Value;
use std::io::{self, Write};

/// Buffers the rows, then writes one table sized to the rows and the width.
pub struct Table<'w> {
    out: &'w mut dyn Write,
    options: OutputOptions,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl<'w> Table<'w> {
    pub fn new(out: &'w mut dyn Write, options: OutputOptions) -> Self {
        Table {
            out,
            options,
            columns: Vec::new(),
            rows: Vec::new(),
        }
    }

    /// The width of the table if no cell were wrapped.
    fn natural_width(&self) -> usize {
        let widest = |i: usize| {
            let header = self.columns[i].chars().count();
            self.rows
                .iter()
                .map(|r| r[i].chars().count())
                .fold(header, usize::max)
        };
        (0..self.columns.len())
            .map(|i| widest(i) + 3)
            .sum::<usize>()
            + 1
    }
}

fn widest_line(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// The least width a long text column gets in a table; below that, records are shown as blocks.
const MIN_TEXT: usize = 12;

impl Table<'_> {
    /// The table's width when short columns (values up to 10 characters) show their values and up to
    /// `header_cap` characters of their header per line, and long text columns are MIN_TEXT wide.
    fn squeezed_width(&self, natural: &[usize], header_cap: usize) -> usize {
        (0..self.columns.len())
            .map(|i| match natural[i] {
                n if n <= 10 => n.max(self.columns[i].chars().count().min(header_cap)) + 3,
                _ => MIN_TEXT + 3,
            })
            .sum::<usize>()
            + 1
    }

    /// One block per record: `name │ value` lines, values wrapped to the width (like psql's \\x).
    fn write_expanded(&mut self, width: usize) -> io::Result<()> {
        let name_width = self
            .columns
            .iter()
            .map(|c| c.chars().count())
            .max()
            .unwrap_or(0);
        let value_width = width.saturating_sub(name_width + 3).max(20);
        let mut text = String::new();
        for (n, row) in self.rows.iter().enumerate() {
            let title = format!("─[ {} ]", n + 1);
            let rule = width.saturating_sub(title.chars().count()).min(60);
            text.push_str(&title);
            text.push_str(&"─".repeat(rule));
            text.push('\n');
            for (column, value) in self.columns.iter().zip(row) {
                let lines = wrap(value, value_width);
                for (i, line) in lines.iter().enumerate() {
                    let name = if i == 0 { column.as_str() } else { "" };
                    let pad = name_width - name.chars().count();
                    let line = format!("{name}{} │ {line}", " ".repeat(pad));
                    text.push_str(line.trim_end());
                    text.push('\n');
                }
            }
        }
        self.out.write_all(text.as_bytes())?;
        if self.options.row_count {
            let n = self.rows.len();
            writeln!(self.out, "({n} row{})", if n == 1 { "" } else { "s" })?;
        }
        self.out.flush()
    }
}

/// Splits text into lines of at most `width` characters, at spaces where possible.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut len = 0;
        for word in paragraph.split(' ') {
            let mut word: Vec<char> = word.chars().collect();
            // A word longer than the line is broken.
            while word.len() > width {
                if len > 0 {
                    lines.push(std::mem::take(&mut line));
                    len = 0;
                }
                lines.push(word.drain(..width).collect());
            }
            let word_len = word.len();
            if len > 0 && len + 1 + word_len > width {
                lines.push(std::mem::take(&mut line));
                len = 0;
            }
            if len > 0 {
                line.push(' ');
                len += 1;
            }
            line.extend(word);
            len += word_len;
        }
        lines.push(line);
    }
    lines
}

/// Cuts text longer than `max` characters, ending it with "…".
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

impl Sink for Table<'_> {
    fn begin(&mut self, columns: &[String]) -> io::Result<()> {
        self.columns = columns
            .iter()
            .map(|c| terminal_safe(c).into_owned())
            .collect();
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        let max = self.options.max_cell_chars.max(2);
        self.rows.push(
            values
                .iter()
                .map(|v| cut(&terminal_safe(&text(v)), max))
                .collect(),
        );
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        // Keep short columns (ids, counts, dates) and headers whole; let long text take the wrapping.
        let natural: Vec<usize> = (0..self.columns.len())
            .map(|i| {
                self.rows
                    .iter()
                    .map(|r| widest_line(&r[i]))
                    .fold(0, usize::max)
            })
            .collect();
        if let Some(width) = self.options.width {
            // The narrowest useful table: short columns whole, long ones at least MIN_TEXT wide. When
            // even that does not fit, one record per block reads better than a table of slivers.
            if self.squeezed_width(&natural, 5) > width as usize && !self.rows.is_empty() {
                return self.write_expanded(width as usize);
            }
        }
        let mut table = comfy_table::Table::new();
        let fits = self
            .options
            .width
            .map_or(true, |w| self.natural_width() <= w as usize);
        let multiline = self.rows.iter().flatten().any(|cell| cell.contains('\n'));
        // Rules between rows only when some row takes several lines: otherwise they only take space.
        table.load_preset(if fits && !multiline {
            presets::UTF8_FULL_CONDENSED
        } else {
            presets::UTF8_FULL
        });
        match self.options.width {
            Some(width) => {
                table.set_content_arrangement(ContentArrangement::Dynamic);
                table.set_width(width);
            }
            None => {
                table.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        table.set_header(&self.columns);
        let mut constraints: Vec<Option<ColumnConstraint>> = vec![None; self.columns.len()];
        if let Some(width) = self.options.width {
            // First choice: no header is broken. When that cannot fit, at least short values stay whole.
            let borders = 3 * self.columns.len() + 1;
            let want: Vec<usize> = (0..self.columns.len())
                .map(|i| self.columns[i].chars().count().max(natural[i].min(10)))
                .collect();
            let fits = want.iter().sum::<usize>() + borders <= width as usize;
            let longest_header = self
                .columns
                .iter()
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(5);
            let header_cap = (5..=longest_header.max(5))
                .rev()
                .find(|&cap| self.squeezed_width(&natural, cap) <= width as usize)
                .unwrap_or(5);
            let mut fixed = 0;
            for (i, constraint) in constraints.iter_mut().enumerate() {
                if fits {
                    *constraint = Some(ColumnConstraint::LowerBoundary(Width::Fixed(
                        want[i] as u16 + 2,
                    )));
                    if natural[i] <= 10 {
                        fixed += want[i];
                    }
                } else if natural[i] <= 10 {
                    // Too narrow for whole headers: short columns get their values' width and as
                    // much of their header as fits (longer headers wrap); long text shares the rest.
                    let header = self.columns[i].chars().count().min(header_cap);
                    let w = natural[i].max(header).max(1);
                    fixed += w;
                    *constraint = Some(ColumnConstraint::Absolute(Width::Fixed(w as u16 + 2)));
                }
            }
            // A long text in a narrow column makes a very tall row: cut it at about LINES lines.
            const LINES: usize = 6;
            let long: Vec<usize> = (0..self.columns.len())
                .filter(|&i| natural[i] > 10)
                .collect();
            if !long.is_empty() {
                let share = (width as usize).saturating_sub(borders + fixed) / long.len();
                let max = (share.max(10) * LINES).max(40);
                for row in &mut self.rows {
                    for &i in &long {
                        if row[i].chars().count() > max {
                            row[i] = cut(&row[i], max);
                        }
                    }
                }
            }
        }
        for row in self.rows.drain(..) {
            table.add_row(row);
        }
        for (column, constraint) in table.column_iter_mut().zip(constraints) {
            if let Some(constraint) = constraint {
                column.set_constraint(constraint);
            }
        }
        writeln!(self.out, "{table}")?;
        if self.options.row_count {
            let n = table.row_count();
            writeln!(self.out, "({n} row{})", if n == 1 { "" } else { "s" })?;
        }
        self.out.flush()
    }
}

/// A GitHub Markdown table, written row by row. `|` is escaped and line breaks become `<br>`.
pub struct Markdown<'w> {
    out: &'w mut dyn Write,
}

impl<'w> Markdown<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Markdown { out }
    }

    fn line<'a>(
        &mut self,
        cells: impl Iterator<Item = std::borrow::Cow<'a, str>>,
    ) -> io::Result<()> {
        let mut line = String::from("|");
        for cell in cells {
            line.push(' ');
            line.push_str(
                &terminal_safe(&cell.replace("\r\n", "\n"))
                    .replace('|', "\\|")
                    .replace('\n', "<br>"),
            );
            line.push_str(" |");
        }
        line.push('\n');
        self.out.write_all(line.as_bytes())
    }
}

impl Sink for Markdown<'_> {
    fn begin(&mut self, columns: &[String]) -> io::Result<()> {
        self.line(
            columns
                .iter()
                .map(|c| std::borrow::Cow::Borrowed(c.as_str())),
        )?;
        self.line(columns.iter().map(|_| std::borrow::Cow::Borrowed("---")))
    }
    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        self.line(values.iter().map(text))
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
