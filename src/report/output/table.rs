//! The aligned terminal table (comfy-table) and the Markdown table.

use super::{text, OutputOptions, Sink};
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
        self.columns = columns.to_vec();
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        let max = self.options.max_cell_chars.max(2);
        self.rows
            .push(values.iter().map(|v| cut(&text(v), max)).collect());
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
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
        // Keep short columns (ids, counts, dates) and headers whole; let long text take the wrapping.
        let natural: Vec<usize> = (0..self.columns.len())
            .map(|i| {
                self.rows
                    .iter()
                    .map(|r| widest_line(&r[i]))
                    .fold(0, usize::max)
            })
            .collect();
        for row in self.rows.drain(..) {
            table.add_row(row);
        }
        if let Some(width) = self.options.width {
            // First choice: no header is broken. When that cannot fit, at least short values stay whole.
            let borders = 3 * self.columns.len() + 1;
            let want: Vec<usize> = (0..self.columns.len())
                .map(|i| self.columns[i].chars().count().max(natural[i].min(10)))
                .collect();
            let fits = want.iter().sum::<usize>() + borders <= width as usize;
            for (i, column) in table.column_iter_mut().enumerate() {
                let constraint = if fits {
                    ColumnConstraint::LowerBoundary(Width::Fixed(want[i] as u16 + 2))
                } else if natural[i] <= 10 {
                    // Too narrow for whole headers: short columns get their values' width (headers
                    // wrap), and the long text columns share the rest.
                    let header = self.columns[i].chars().count().min(5);
                    ColumnConstraint::Absolute(Width::Fixed(
                        natural[i].max(header).max(1) as u16 + 2,
                    ))
                } else {
                    continue;
                };
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
                &cell
                    .replace('\r', "")
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
