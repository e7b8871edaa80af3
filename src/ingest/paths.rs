//! Expanding the paths a user names into inputs: files as given, directories walked recursively and
//! filtered by a glob, `-` for stdin.

use super::IngestError;
use globset::{Glob, GlobMatcher};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The default pattern for files found inside directories: every format factdb reads.
pub const DEFAULT_GLOB: &str = "*.{txt,json,jsonl,html,htm}";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
    /// A page fetched over HTTP(S) (or taken from the fetch cache).
    Fetched(std::sync::Arc<super::fetch::FetchedPage>),
}

impl Input {
    pub fn display_name(&self) -> String {
        match self {
            Input::File(path) => source_name(path),
            Input::Stdin => "<stdin>".to_string(),
            Input::Fetched(page) => page.url.clone(),
        }
    }

    /// Whether the file name says HTML (`.html`, `.htm`, `.xhtml`).
    pub fn is_html(&self) -> bool {
        match self {
            Input::File(path) => {
                matches!(extension(path).as_deref(), Some("html" | "htm" | "xhtml"))
            }
            Input::Stdin => false,
            Input::Fetched(_) => true,
        }
    }

    /// Reads the whole input, refusing more than `max_bytes`.
    pub fn read_bytes(&self, max_bytes: u64) -> Result<Vec<u8>, IngestError> {
        let too_large = |size: u64| {
            IngestError::rejected(
                self.display_name(),
                format!(
                    "file is too large ({size} bytes; the limit is {max_bytes}, see --max-bytes)"
                ),
            )
        };
        match self {
            Input::File(path) => {
                let io = |error| IngestError::Io {
                    path: path.clone(),
                    error,
                };
                let meta = std::fs::metadata(path).map_err(|error| link_error(path, error))?;
                if meta.is_dir() {
                    return Err(IngestError::rejected(self.display_name(), "is a directory"));
                }
                if !meta.is_file() {
                    // A FIFO or a device would block or never end.
                    return Err(IngestError::rejected(
                        self.display_name(),
                        "not a regular file (a pipe, socket or device)",
                    ));
                }
                if meta.len() > max_bytes {
                    return Err(too_large(meta.len()));
                }
                let file = std::fs::File::open(path).map_err(io)?;
                read_limited(file, max_bytes)
                    .map_err(io)?
                    .ok_or_else(|| too_large(max_bytes + 1))
            }
            Input::Fetched(page) => Ok(page.body.clone()),
            Input::Stdin => {
                let stdin = std::io::stdin().lock();
                read_limited(stdin, max_bytes)
                    .map_err(|error| IngestError::Io {
                        path: PathBuf::from("<stdin>"),
                        error,
                    })?
                    .ok_or_else(|| too_large(max_bytes + 1))
            }
        }
    }

    /// Whether to read this input as JSON: by extension for files, by first character for stdin.
    pub fn is_json(&self, text: &str) -> bool {
        match self {
            Input::File(path) => matches!(
                extension(path).as_deref(),
                Some("json" | "jsonl" | "ndjson")
            ),
            Input::Stdin => matches!(text.trim_start().chars().next(), Some('{' | '[')),
            Input::Fetched(_) => false,
        }
    }
}

/// A path as factdb stores it (`articles.source`, `import_failures.source`) and prints it: as written
/// when it is UTF-8 without control characters (almost always); otherwise with every byte that is not
/// UTF-8 written `\xNN`, every control character `\u{..}` and every backslash `\\`. So two names
/// that differ only in invalid bytes stay two sources (`Path::display` would make both U+FFFD), and a
/// file name cannot move the terminal's cursor when printed.
pub fn source_name(path: &Path) -> String {
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str());
    #[cfg(not(unix))]
    let lossy = path.to_string_lossy();
    #[cfg(not(unix))]
    let bytes = lossy.as_bytes();
    let plain = std::str::from_utf8(bytes).ok().filter(|text| {
        !text
            .chars()
            .any(|c| c.is_control() || super::clean::is_unsafe(c))
    });
    if let Some(text) = plain {
        return text.to_string();
    }
    let mut name = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => name.push_str("\\\\"),
                c if c.is_control() || super::clean::is_unsafe(c) => {
                    name.push_str(&format!("\\u{{{:x}}}", c as u32))
                }
                c => name.push(c),
            }
        }
        for b in chunk.invalid() {
            name.push_str(&format!("\\x{b:02X}"));
        }
    }
    name
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
}

/// The error for a path whose metadata cannot be read, telling a symbolic link that leads nowhere (or
/// round in a loop) from a path that does not exist.
fn link_error(path: &Path, error: std::io::Error) -> IngestError {
    let name = source_name(path);
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        if error.kind() == std::io::ErrorKind::NotFound {
            return IngestError::rejected(name, "no such file or directory");
        }
        return IngestError::Io {
            path: path.to_path_buf(),
            error,
        };
    }
    // ELOOP has no stable ErrorKind yet: "too many levels of symbolic links" is its message.
    let looped = error.raw_os_error() == Some(40) || error.to_string().contains("symbolic links");
    let reason = if looped {
        "symbolic link loop".to_string()
    } else if error.kind() == std::io::ErrorKind::NotFound {
        "broken symbolic link (its target does not exist)".to_string()
    } else {
        format!("cannot follow the symbolic link: {error}")
    };
    IngestError::rejected(name, reason)
}

/// Reads at most `max_bytes`; `None` when there is more.
fn read_limited(reader: impl Read, max_bytes: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(max_bytes + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max_bytes).then_some(bytes))
}

/// Expands user-given paths into inputs, in a stable order (directory entries sorted by name).
/// Paths that do not exist, and directory entries that cannot be walked, come back as errors so the
/// import can report them and go on with the rest.
pub fn expand(
    paths: &[PathBuf],
    glob: Option<&str>,
) -> Result<(Vec<Input>, Vec<IngestError>), globset::Error> {
    let matcher: GlobMatcher = Glob::new(glob.unwrap_or(DEFAULT_GLOB))?.compile_matcher();
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk(path, &matcher, &mut inputs, &mut errors);
        } else if path.exists() {
            // A file named explicitly is read whatever its name: the glob is for directory contents.
            inputs.push(Input::File(path.clone()));
        } else if let Err(error) = std::fs::metadata(path) {
            errors.push(link_error(path, error));
        } else {
            errors.push(IngestError::rejected(
                source_name(path),
                "no such file or directory",
            ));
        }
    }
    Ok((inputs, errors))
}

fn walk(
    root: &Path,
    matcher: &GlobMatcher,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<IngestError>,
) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(entry) => {
                if !entry.file_type().is_file() {
                    continue;
                }
                // Match the glob against the path relative to the root, and the file name alone, so
                // that both `*.txt` and `2015/**/*.txt` do what a user expects.
                let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
                if matcher.is_match(relative) || matcher.is_match(entry.file_name()) {
                    inputs.push(Input::File(entry.into_path()));
                }
            }
            Err(error) => {
                // A dangling link whose name the glob does not match is not something the user
                // asked for (`notes.md -> gone` in a folder of *.txt): not a failure.
                if let Some(path) = error.path() {
                    let dangling = error.loop_ancestor().is_none()
                        && std::fs::symlink_metadata(path)
                            .is_ok_and(|m| m.file_type().is_symlink());
                    let relative = path.strip_prefix(root).unwrap_or(path);
                    let wanted = matcher.is_match(relative)
                        || path.file_name().is_some_and(|n| matcher.is_match(n));
                    if dangling && !wanted {
                        continue;
                    }
                }
                let name = source_name(error.path().unwrap_or(root));
                let looped = error.loop_ancestor().is_some()
                    || error
                        .io_error()
                        .is_some_and(|e| e.raw_os_error() == Some(40));
                let reason = if looped {
                    "symbolic link loop".to_string()
                } else if error
                    .io_error()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
                {
                    "broken symbolic link (its target does not exist)".to_string()
                } else {
                    format!(
                        "cannot read: {}",
                        error.io_error().map(|e| e.to_string()).unwrap_or_default()
                    )
                };
                errors.push(IngestError::rejected(name, reason));
            }
        }
    }
}
