//! Writing reports: to standard output, or to a file atomically (a temporary file in the
//! same folder, then a rename), so a reader never sees half a report and a failed run
//! leaves an existing file as it was.

use std::io::Write;
use std::path::Path;

use crate::error::Error;

pub fn write_stdout(text: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).map_err(Error::stdout)?;
    out.flush().map_err(Error::stdout)
}

pub fn write_atomic(path: &Path, text: &str) -> Result<(), Error> {
    write_atomic_with(path, text, false)
}

/// Like [`write_atomic`], but never replaces an existing file: the finished temporary file
/// is hard-linked into place, which fails if `path` exists (even if it appeared meanwhile).
/// An existing `path` gives an error of kind `AlreadyExists`.
pub fn write_new_atomic(path: &Path, text: &str) -> Result<(), Error> {
    write_atomic_with(path, text, true)
}

fn write_atomic_with(path: &Path, text: &str, no_clobber: bool) -> Result<(), Error> {
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
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        if no_clobber {
            std::fs::hard_link(&tmp, path)?;
            std::fs::remove_file(&tmp)
        } else {
            std::fs::rename(&tmp, path)
        }
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(err(e));
    }
    Ok(())
}
