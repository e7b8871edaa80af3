//! `--help` of every command: paragraphs wrapped once, to the terminal (no word stranded on a line
//! of its own by a second wrap), every argument described, and examples that name real files.

mod common;

use std::path::Path;

const COMMANDS: &[&[&str]] = &[
    &[],
    &["import"],
    &["extract"],
    &["report"],
    &["sql"],
    &["search"],
    &["stats"],
    &["datasette-metadata"],
    &["eval"],
    &["eval", "quotes"],
    &["entity"],
    &["entity", "show"],
    &["entity", "merge"],
    &["entity", "split"],
    &["entity", "alias"],
    &["entity", "kind"],
    &["entity", "undo"],
    &["entity", "apply"],
    &["delete"],
];

fn help(command: &[&str], columns: usize) -> String {
    let out = common::factdb(Path::new("unused.db"))
        .args(command)
        .arg("--help")
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    assert!(out.status.success(), "{command:?} --help failed");
    String::from_utf8(out.stdout).unwrap()
}

/// A text wrapped twice leaves a short line whose paragraph goes on below it, starting in lower
/// case: "...the terminal's\nwidth\nand more words".
#[test]
fn help_paragraphs_are_wrapped_once() {
    for columns in [80, 120] {
        for command in COMMANDS {
            let text = help(command, columns);
            let lines: Vec<&str> = text.lines().collect();
            for pair in lines.windows(2) {
                let (line, next) = (pair[0], pair[1]);
                let indent = |l: &str| l.len() - l.trim_start().len();
                let stranded = !line.trim().is_empty()
                    && line.len() < columns / 2
                    && indent(line) == indent(next)
                    && next.trim_start().starts_with(|c: char| c.is_lowercase())
                    && !line.trim_end().ends_with([':', '.', ')'])
                    && !line.trim_start().starts_with(['-', '$'])
                    && !line.trim_start().starts_with("factdb")
                    // Examples are indented by two: lines of their own.
                    && indent(line) != 2;
                assert!(
                    !stranded,
                    "factdb {command:?} --help at {columns} columns wraps twice:\n{line}\n{next}"
                );
                assert!(
                    line.chars().count() <= columns,
                    "factdb {command:?} --help at {columns} columns: a line is too long:\n{line}"
                );
            }
        }
    }
}

/// Every argument and option says what it is.
#[test]
fn every_argument_is_described() {
    for command in COMMANDS {
        let text = help(command, 200);
        let lines: Vec<&str> = text.lines().collect();
        let mut section = "";
        for (i, line) in lines.iter().enumerate() {
            if line.ends_with(':') && !line.starts_with(' ') {
                section = line;
                continue;
            }
            let is_item = line.starts_with("  ") && !line.starts_with("      ");
            if matches!(section, "Arguments:" | "Options:") && is_item {
                let indent = |l: &str| l.len() - l.trim_start().len();
                let same_line = line.trim().split_once("  ").is_some();
                let below = lines
                    .get(i + 1)
                    .is_some_and(|n| !n.trim().is_empty() && indent(n) > indent(line));
                assert!(
                    same_line || below,
                    "factdb {command:?}: {section} item without a description: {line}"
                );
            }
        }
    }
}

/// Help examples name files that exist (in the project), and nothing only a source checkout has.
#[test]
fn help_examples_name_real_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for command in COMMANDS {
        let text = help(command, 200);
        for word in text.split_whitespace() {
            if word.starts_with("examples/") || word.starts_with("tests/fixtures/") {
                let path = word.trim_end_matches([',', ')', '.']);
                assert!(
                    root.join(path).exists(),
                    "factdb {command:?} --help names {path}"
                );
            }
        }
        assert!(
            !text.contains("migrations/"),
            "factdb {command:?} --help names a source file"
        );
    }
}
