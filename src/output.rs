//! Writing reports: to standard output, or to a file atomically (a temporary file in the
//! same folder, then a rename), so a reader never sees half a report and a failed run
//! leaves an existing file as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Whether an output path is `-`, which means standard output.
pub fn is_stdout(path: &Path) -> bool {
    path == Path::new("-")
}

/// Writes a message for the user to standard error; a closed stderr is ignored.
pub fn write_stderr(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// A line on standard error that is not an error: `note: …`.
pub fn note(text: &str) {
    write_stderr(&format!("note: {text}\n"));
}

pub fn write_stdout(text: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).map_err(Error::stdout)?;
    out.flush().map_err(Error::stdout)
}

pub fn write_atomic(path: &Path, text: &str) -> Result<(), Error> {
    write_all_atomic(&[(path, text.to_string())])
}

/// Like [`write_atomic`], but never replaces an existing file: the finished temporary file
/// is hard-linked into place, which fails if `path` exists (even if it appeared meanwhile).
/// An existing `path` gives an error of kind `AlreadyExists`.
pub fn write_new_atomic(path: &Path, text: &str) -> Result<(), Error> {
    let tmp = stage(path, text)?;
    let result = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    result.map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes several files as one step, as far as a file system allows: every report goes to
/// a temporary file beside its destination first, and only when all of them are written
/// and synced are they renamed into place. If any cannot be written, the temporary files
/// are removed and every existing destination is left as it was.
pub fn write_all_atomic(files: &[(&Path, String)]) -> Result<(), Error> {
    // Where each report really goes: through a symbolic link to its target; straight into
    // a device or pipe (`/dev/stdout`, a FIFO), which cannot be replaced by a rename.
    let mut regular: Vec<(PathBuf, &Path, &str)> = Vec::new();
    let mut special: Vec<(&Path, &str)> = Vec::new();
    for (path, text) in files {
        match destination(path)? {
            Destination::File(real) => regular.push((real, path, text)),
            Destination::Special => special.push((path, text)),
        }
    }
    let mut staged: Vec<(PathBuf, &Path, &Path)> = Vec::new();
    let cleanup = |staged: &[(PathBuf, &Path, &Path)]| {
        for (tmp, ..) in staged {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for (real, path, text) in &regular {
        match stage(real, text) {
            Ok(tmp) => staged.push((tmp, real, path)),
            Err(e) => {
                cleanup(&staged);
                return Err(with_name(e, path));
            }
        }
    }
    // Devices and pipes first: if one cannot be written, no file has been replaced yet.
    for (path, text) in special {
        let written = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes()));
        if let Err(source) = written {
            cleanup(&staged);
            return Err(Error::Write {
                path: path.to_path_buf(),
                source,
            });
        }
    }
    for (i, (tmp, real, path)) in staged.iter().enumerate() {
        if let Err(source) = std::fs::rename(tmp, real) {
            cleanup(&staged[i..]);
            return Err(Error::Write {
                path: path.to_path_buf(),
                source,
            });
        }
    }
    Ok(())
}

enum Destination {
    /// A regular file (existing or not), by its real path.
    File(PathBuf),
    /// A device or pipe: written in place.
    Special,
}

fn destination(path: &Path) -> Result<Destination, Error> {
    let err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "it is a directory",
        ))),
        Ok(m) if m.is_file() => Ok(Destination::File(std::fs::canonicalize(path).map_err(err)?)),
        Ok(_) => Ok(Destination::Special),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A link to a file not made yet is followed; otherwise the folder must exist.
            let real = match std::fs::read_link(path) {
                Ok(target) => parent_of(path).join(target),
                Err(_) => path.to_path_buf(),
            };
            let folder = parent_of(&real);
            if !folder.is_dir() {
                return Err(err(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!("the folder `{}` does not exist", crate::text::path(folder)),
                )));
            }
            Ok(Destination::File(real))
        }
        Err(e) => Err(err(e)),
    }
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// An error about a resolved path, named by the path the user gave.
fn with_name(e: Error, path: &Path) -> Error {
    match e {
        Error::Write { source, .. } => Error::Write {
            path: path.to_path_buf(),
            source,
        },
        other => other,
    }
}

/// Writes `text` to a temporary file in the folder of `path`, synced; returns its name.
fn stage(path: &Path, text: &str) -> Result<PathBuf, Error> {
    let err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path.file_name().ok_or_else(|| {
        err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file name",
        ))
    })?;
    if path.is_dir() {
        return Err(err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(err(e))
        }
    }
}

/// Writes a file the user named: atomically, and over an existing one only with `force`
/// (otherwise a usage error that says how to proceed).
pub fn write_file(path: &Path, text: &str, force: bool) -> Result<(), Error> {
    let written = if force {
        write_atomic(path, text)
    } else {
        write_new_atomic(path, text)
    };
    match written {
        Err(Error::Write { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(Error::Usage {
                message: format!(
                    "`{}` already exists; it was left as it was",
                    crate::text::path(path)
                ),
                help: Some("pass `--force` to replace it, or `-o FILE` to write elsewhere".into()),
            })
        }
        other => other,
    }
}
