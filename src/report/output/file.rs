//! Output files that cannot destroy data: every `-o FILE` of every command goes through [`OutputFile`].
//!
//! - A target that is the database (or its `-wal`, `-shm` or `-journal` file), or an input of the same
//!   command, is refused before anything is opened: one mistyped `-o facts.db` must not truncate every
//!   imported fact. "The same" is checked on the file itself (device and inode, so a hard link or a
//!   symbolic link to the database is caught) and, for files that do not exist yet, on the path.
//! - The output is written to a temporary file beside the target and renamed over it only when the
//!   command succeeded ([`OutputFile::commit`]); a command that fails part-way leaves the old file as
//!   it was and no temporary file behind.
//! - A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a pipe) is written
//!   directly: there is nothing to replace and renaming over a device would be wrong.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file a command reads or owns, which its output must not overwrite.
#[derive(Debug, Clone)]
pub struct Protected {
    path: PathBuf,
    what: String,
}

impl Protected {
    /// The database and the files SQLite keeps beside it.
    pub fn database(db: &Path) -> Vec<Protected> {
        let mut list = vec![Protected {
            path: db.to_path_buf(),
            what: "the database (--db)".into(),
        }];
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut name = db.as_os_str().to_owned();
            name.push(suffix);
            list.push(Protected {
                path: PathBuf::from(name),
                what: format!("the database's {suffix} file"),
            });
        }
        list
    }

    /// An input of the command (an SQL file, a report, a gold file).
    pub fn input(path: &Path, what: &str) -> Protected {
        Protected {
            path: path.to_path_buf(),
            what: what.into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OutputFileError {
    #[error("refusing to write the output to {path}: it is {what}. Choose another output file.")]
    Protected { path: String, what: String },
    #[error("refusing to write the output to {path}: it is a directory")]
    Directory { path: String },
    #[error("cannot write {path}: {source}")]
    Io { path: String, source: io::Error },
}

/// Refuses `target` when it is one of `protected`.
pub fn check_target(target: &Path, protected: &[Protected]) -> Result<(), OutputFileError> {
    if target.is_dir() {
        return Err(OutputFileError::Directory {
            path: target.display().to_string(),
        });
    }
    if let Some(p) = protected.iter().find(|p| same_file(target, &p.path)) {
        return Err(OutputFileError::Protected {
            path: target.display().to_string(),
            what: p.what.clone(),
        });
    }
    Ok(())
}

/// Whether two paths name the same file: the same device and inode when both exist, else the same
/// absolute path (a file that does not exist yet, like a database's `-wal`, is still the database's).
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
        #[cfg(not(unix))]
        {
            let _ = (ma, mb);
        }
    }
    match (normalized(a), normalized(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The absolute path with its folder resolved (links, `..`), the file name as written.
fn normalized(path: &Path) -> Option<PathBuf> {
    if let Ok(path) = path.canonicalize() {
        return Some(path);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Some(parent.canonicalize().ok()?.join(name))
}

/// An output file being written: a temporary file beside the target until [`OutputFile::commit`].
/// Dropped without a commit (an error, a panic), it removes the temporary file and leaves the target
/// untouched.
pub struct OutputFile {
    writer: Option<BufWriter<File>>,
    /// The temporary file and the final path it is renamed to; `None` when writing directly.
    rename: Option<(PathBuf, PathBuf)>,
    name: String,
}

impl OutputFile {
    /// Checks `target` against `protected`, then opens the temporary file beside it.
    pub fn create(target: &Path, protected: &[Protected]) -> Result<OutputFile, OutputFileError> {
        check_target(target, protected)?;
        let name = target.display().to_string();
        let io_error = |source| OutputFileError::Io {
            path: name.clone(),
            source,
        };
        let existing = std::fs::metadata(target).ok();
        if existing.as_ref().is_some_and(|m| !m.is_file()) {
            // A device or a pipe: write to it as it is.
            let file = OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(target)
                .map_err(io_error)?;
            return Ok(OutputFile {
                writer: Some(BufWriter::new(file)),
                rename: None,
                name,
            });
        }
        // Through a symbolic link, replace the file it points to, not the link.
        let final_path = match existing {
            Some(_) => target.canonicalize().map_err(io_error)?,
            None => target.to_path_buf(),
        };
        let (file, temp) = create_temp(&final_path).map_err(io_error)?;
        if let Some(meta) = &existing {
            // The replacement keeps the old file's permissions.
            let _ = file.set_permissions(meta.permissions());
        }
        Ok(OutputFile {
            writer: Some(BufWriter::new(file)),
            rename: Some((temp, final_path)),
            name,
        })
    }

    /// Flushes the output to disk and puts it in place of the target.
    pub fn commit(mut self) -> Result<(), OutputFileError> {
        let io_error = |source| OutputFileError::Io {
            path: self.name.clone(),
            source,
        };
        let writer = self.writer.take().expect("committed once");
        let file = writer.into_inner().map_err(|e| io_error(e.into_error()))?;
        if let Some((temp, target)) = self.rename.take() {
            // On disk before the rename, so a crash leaves the old file or the whole new one.
            let result = file
                .sync_all()
                .and_then(|()| std::fs::rename(&temp, &target));
            if let Err(error) = result {
                let _ = std::fs::remove_file(&temp);
                return Err(io_error(error));
            }
        }
        Ok(())
    }
}

/// Creates a new, empty file beside `target` with a name no other file has.
fn create_temp(target: &Path) -> io::Result<(File, PathBuf)> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let base = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    for attempt in 0..100u32 {
        let temp = dir.join(format!(".{base}.{}-{attempt}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((file, temp)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "cannot create a temporary file beside it",
    ))
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.as_mut().expect("not committed").write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.writer.as_mut().expect("not committed").flush()
    }
}

impl Drop for OutputFile {
    fn drop(&mut self) {
        if let Some((temp, _)) = self.rename.take() {
            self.writer = None;
            let _ = std::fs::remove_file(temp);
        }
    }
}

/// Where a command's output goes: standard output, or an [`OutputFile`]. Call [`Output::finish`] when
/// the command succeeded; an output dropped without it leaves any old file untouched.
pub enum Output {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    File(OutputFile),
}

impl Output {
    /// `path`, or standard output when `None`; either is checked against `protected`.
    pub fn open(path: Option<&Path>, protected: &[Protected]) -> Result<Output, OutputFileError> {
        match path {
            Some(path) => Ok(Output::File(OutputFile::create(path, protected)?)),
            None => {
                check_stdout(protected)?;
                Ok(Output::Stdout(BufWriter::new(io::stdout().lock())))
            }
        }
    }

    /// Flushes, and puts an output file in place.
    pub fn finish(self) -> Result<(), OutputFileError> {
        match self {
            Output::Stdout(mut out) => out.flush().map_err(|source| OutputFileError::Io {
                path: "standard output".into(),
                source,
            }),
            Output::File(file) => file.commit(),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(out) => out.write(buf),
            Output::File(out) => out.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(out) => out.flush(),
            Output::File(out) => out.flush(),
        }
    }
}

/// Refuses to print to standard output when it is the database itself (`factdb sql ... >> facts.db`
/// would append rows to the database file).
pub fn check_stdout(protected: &[Protected]) -> Result<(), OutputFileError> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
            return Ok(());
        };
        let Ok(out) = File::from(fd).metadata() else {
            return Ok(());
        };
        if !out.is_file() {
            return Ok(());
        }
        for p in protected {
            if let Ok(m) = std::fs::metadata(&p.path) {
                if m.dev() == out.dev() && m.ino() == out.ino() {
                    return Err(OutputFileError::Protected {
                        path: "standard output".into(),
                        what: p.what.clone(),
                    });
                }
            }
        }
    }
    let _ = protected;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_output_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        std::fs::write(&target, "old\n").unwrap();
        {
            let mut out = OutputFile::create(&target, &[]).unwrap();
            out.write_all(b"half of the new").unwrap();
            // dropped without commit: the command failed
        }
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let mut out = OutputFile::create(&target, &[]).unwrap();
        out.write_all(b"new\n").unwrap();
        out.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn the_database_and_its_side_files_are_refused_by_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("facts.db");
        std::fs::write(&db, "db").unwrap();
        let protected = Protected::database(&db);
        let link = dir.path().join("link.db");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&db, &link).unwrap();
        let hard = dir.path().join("hard.db");
        std::fs::hard_link(&db, &hard).unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        for target in [
            db.clone(),
            dir.path().join("facts.db-wal"),
            sub.join("../facts.db-shm"),
            hard,
            #[cfg(unix)]
            link,
        ] {
            let error = OutputFile::create(&target, &protected).err();
            assert!(
                matches!(error, Some(OutputFileError::Protected { .. })),
                "{target:?}: {error:?}"
            );
        }
        assert_eq!(std::fs::read(&db).unwrap(), b"db");
        assert!(OutputFile::create(&dir.path().join("other.csv"), &protected).is_ok());
    }
}
