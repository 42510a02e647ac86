//! Writing reports: to standard output, or to files the user named.
//!
//! What a run guarantees about the files it writes (docs/limits.md, "Files `progress`
//! writes"):
//!
//! - Every output path is checked before any is written ([`check_outputs`]): a folder, a
//!   path ending in `/`, a file in a folder that does not exist, two outputs that are one
//!   file, and an output that is one of the run's input files are refused, and nothing is
//!   written. "One file" is decided by the file a path resolves to (through `..`, symbolic
//!   and hard links: the device and inode of an existing file on Unix), not its spelling.
//! - A regular file is replaced atomically: the text goes to a temporary file created
//!   exclusively, with an unpredictable name, in the same folder (the `tempfile` crate),
//!   is synced, and is then renamed over the file (through a symbolic link: over its
//!   target, so the link stays). A failed run leaves an existing file as it was and no
//!   temporary file behind.
//! - Anything else that exists (a device such as `/dev/null`, a pipe, one of this
//!   process's descriptors such as `/dev/stdout` or `/proc/self/fd/1`, whatever file it
//!   is redirected to) is opened and written in place, never renamed over; standard
//!   output and error are written through the descriptors the shell gave, so `>>` appends.

use std::ffi::OsStr;
use std::fs::OpenOptions;
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

/// Like [`write_atomic`], but never replaces an existing regular file: the finished
/// temporary file is moved into place only if nothing is there (even if a file appeared
/// meanwhile). An existing `path` gives an error of kind `AlreadyExists`. A device, pipe
/// or descriptor is written in place, as by [`write_atomic`]: nothing is replaced.
pub fn write_new_atomic(path: &Path, text: &str) -> Result<(), Error> {
    let out = resolve(path)?;
    match &out.kind {
        Kind::InPlace => write_in_place(path, text),
        Kind::File(_) if out.exists => Err(write_error(
            path,
            std::io::Error::new(std::io::ErrorKind::AlreadyExists, "it exists"),
        )),
        Kind::File(real) => {
            let tmp = stage(real, text).map_err(|e| write_error(path, e))?;
            // The temporary file is removed if this fails.
            tmp.persist_noclobber(real)
                .map(drop)
                .map_err(|e| write_error(path, e.error))
        }
    }
}

/// Writes several files as one step, as far as a file system allows. Every path is
/// checked first (see [`check_outputs`]; no inputs here). Then every regular file's report
/// goes to a temporary file beside it; then devices, pipes and descriptors are written in
/// place; only when all of that succeeded are the temporary files renamed into place. If
/// anything fails, the temporary files are removed and every existing regular file is
/// left as it was.
pub fn write_all_atomic(files: &[(&Path, String)]) -> Result<(), Error> {
    let resolved = resolve_all(files.iter().map(|(p, _)| *p), &[])?;
    let mut staged: Vec<(tempfile::NamedTempFile, &Path, &Path)> = Vec::new();
    let mut in_place: Vec<(&Path, &str)> = Vec::new();
    for (out, (path, text)) in resolved.iter().zip(files) {
        match &out.kind {
            // Dropping `staged` on an early return removes every temporary file.
            Kind::File(real) => staged.push((
                stage(real, text).map_err(|e| write_error(path, e))?,
                real,
                path,
            )),
            Kind::InPlace => in_place.push((path, text)),
        }
    }
    // Devices and pipes first: if one cannot be written, no file has been replaced yet.
    for (path, text) in in_place {
        write_in_place(path, text)?;
    }
    for (tmp, real, path) in staged {
        tmp.persist(real).map_err(|e| write_error(path, e.error))?;
    }
    Ok(())
}

/// Writes one report as `write` produces it, never holding it whole: to standard output
/// (`None`) directly; to a regular file as [`write_all_atomic`] does (into a temporary
/// file beside it, renamed over the file only once all of it is written and synced: a
/// failed run leaves no file and an existing one as it was); to a device, pipe or
/// descriptor in place. The path is to be checked first ([`check_outputs`]).
pub fn write_streamed(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    let buffered = |w: &mut dyn Write| {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
        write(&mut w)?;
        w.flush()
    };
    let Some(path) = path else {
        return buffered(&mut std::io::stdout().lock()).map_err(Error::stdout);
    };
    let err = |e| write_error(path, e);
    match resolve(path)?.kind {
        Kind::File(real) => {
            let mut tmp = temp_beside(&real).map_err(err)?;
            // Dropping `tmp` on an early return removes it.
            buffered(tmp.as_file_mut()).map_err(err)?;
            tmp.as_file().sync_all().map_err(err)?;
            tmp.persist(&real).map(drop).map_err(|e| err(e.error))
        }
        Kind::InPlace => match std_stream(path) {
            Some(mut f) => buffered(&mut f),
            None => OpenOptions::new()
                .append(true)
                .open(path)
                .and_then(|mut f| buffered(&mut f)),
        }
        .map_err(err),
    }
}

/// A spool for a report whose head is written after its body (`commands::check_stream`):
/// an anonymous temporary file (removed when closed, never seen in a folder), beside the
/// report's file when the report goes to a regular file (the same file system, no
/// dependence on the temporary folder), else in the temporary folder. With the path a
/// failure to write the spool is told at: the report's, or the temporary folder.
pub fn spool(path: Option<&Path>) -> Result<(std::fs::File, PathBuf), Error> {
    let (dir, named) = match path.map(resolve).transpose()? {
        Some(Output {
            kind: Kind::File(real),
            ..
        }) => (parent_of(&real).to_path_buf(), path.map(Path::to_path_buf)),
        _ => (std::env::temp_dir(), None),
    };
    let named = named.unwrap_or_else(|| dir.clone());
    match tempfile::tempfile_in(&dir) {
        Ok(file) => Ok((file, named)),
        Err(e) => Err(write_error(&named, e)),
    }
}

/// Checks every output path of a run before anything is written, and refuses (a usage
/// error, exit 2) a path that names a folder (or ends in `/`), a file in a folder that
/// does not exist, two outputs that are one file however they are spelled (`r.txt`,
/// `./sub/../r.txt`, an absolute path, a symbolic or hard link), and an output that is
/// one of `inputs` (files read by the run; a missing input or `-` is skipped).
pub fn check_outputs<'a>(
    outputs: impl IntoIterator<Item = &'a Path>,
    inputs: &[PathBuf],
) -> Result<(), Error> {
    resolve_all(outputs, inputs).map(drop)
}

/// What kind of file an output is.
#[derive(Debug)]
enum Kind {
    /// A regular file, existing or not, by its real path (symbolic links followed):
    /// replaced atomically.
    File(PathBuf),
    /// Something else that exists (a device, a pipe, a descriptor): written in place.
    InPlace,
}

/// An output path, resolved.
#[derive(Debug)]
struct Output {
    kind: Kind,
    exists: bool,
    id: FileId,
}

/// Which file a path names: two paths with equal ids are one file.
#[derive(Debug, PartialEq, Eq)]
enum FileId {
    /// An existing file: its device and inode (on Unix; elsewhere its canonical path).
    #[cfg(unix)]
    Inode(u64, u64),
    /// A file not made yet, or any file where there are no inodes: its canonical folder
    /// and its name.
    Path(PathBuf),
}

fn resolve_all<'a>(
    outputs: impl IntoIterator<Item = &'a Path>,
    inputs: &[PathBuf],
) -> Result<Vec<Output>, Error> {
    let input_ids: Vec<(&Path, FileId)> = inputs
        .iter()
        .filter(|p| !is_stdout(p))
        .filter_map(|p| Some((p.as_path(), existing_id(p)?)))
        .collect();
    let mut seen: Vec<(&Path, Output)> = Vec::new();
    for path in outputs {
        let out = resolve(path)?;
        if let Some((input, _)) = input_ids.iter().find(|(_, id)| *id == out.id) {
            let also = if *input == path {
                String::new()
            } else {
                format!(" (as `{}`)", crate::text::path(input))
            };
            return Err(Error::Usage {
                message: format!(
                    "refusing to write `{}`: it is an input of this run{also}, and writing \
                     there would replace it; nothing was written",
                    crate::text::path(path)
                ),
                help: Some("write to another file".into()),
            });
        }
        if let Some((first, _)) = seen.iter().find(|(_, o)| o.id == out.id) {
            let message = if *first == path {
                format!(
                    "two reports would be written to `{}`",
                    crate::text::path(path)
                )
            } else {
                format!(
                    "two reports would be written to one file, `{}` and `{}`",
                    crate::text::path(first),
                    crate::text::path(path)
                )
            };
            return Err(Error::Usage {
                message,
                help: Some("give each --output and --export its own file".into()),
            });
        }
        seen.push((path, out));
    }
    Ok(seen.into_iter().map(|(_, o)| o).collect())
}

/// Finds out what `path` names, refusing what cannot be written as a report.
fn resolve(path: &Path) -> Result<Output, Error> {
    let err = |e| write_error(path, e);
    names_a_folder(path)?;
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(folder_error(path)),
        Ok(m) => {
            let id = existing_id(path)
                .ok_or_else(|| err(std::io::Error::other("cannot find out which file this is")))?;
            let kind = if m.is_file() && !through_descriptor(path) {
                Kind::File(std::fs::canonicalize(path).map_err(err)?)
            } else {
                Kind::InPlace
            };
            Ok(Output {
                kind,
                exists: true,
                id,
            })
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let real = new_file(path)?;
            Ok(Output {
                id: FileId::Path(real.clone()),
                kind: Kind::File(real),
                exists: false,
            })
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => Err(err(std::io::Error::other(
            "a part of the path before the file name is a file, not a folder",
        ))),
        Err(e) => Err(err(e)),
    }
}

/// A path that ends in `/` (or `/.`, `..`) names a folder, not a file; so does one that
/// is empty.
fn names_a_folder(path: &Path) -> Result<(), Error> {
    let bytes = path.as_os_str().as_encoded_bytes();
    let sep = |b: &u8| std::path::is_separator(char::from(*b));
    let ends_in_sep = bytes.last().is_some_and(sep);
    let last = bytes.rsplit(sep).next().unwrap_or_default();
    if bytes.is_empty() {
        return Err(Error::Usage {
            message: "an output path is empty".into(),
            help: Some("name a file, e.g. `-o report.txt`".into()),
        });
    }
    if ends_in_sep || last == b"." || last == b".." {
        return Err(folder_error(path));
    }
    Ok(())
}

fn folder_error(path: &Path) -> Error {
    Error::Usage {
        message: format!(
            "`{}` is a folder, not a file; -o names the file to write",
            crate::text::path(path)
        ),
        help: Some("name a file inside it, e.g. `-o out/result.txt`".into()),
    }
}

/// The real path of a file not made yet: a dangling symbolic link is followed to the file
/// it would create, and the folder must exist.
fn new_file(path: &Path) -> Result<PathBuf, Error> {
    let mut real = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::read_link(&real) {
            Ok(target) => real = parent_of(&real).join(target),
            Err(_) => break,
        }
    }
    names_a_folder(&real)?;
    let folder = parent_of(&real);
    let name = real.file_name().unwrap_or(OsStr::new(""));
    match std::fs::canonicalize(folder) {
        Ok(dir) if dir.is_dir() => Ok(dir.join(name)),
        Ok(_) => Err(write_error(
            path,
            std::io::Error::other(format!("`{}` is not a folder", crate::text::path(folder))),
        )),
        Err(_) => Err(write_error(
            path,
            std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("the folder `{}` does not exist", crate::text::path(folder)),
            ),
        )),
    }
}

/// Which existing file `path` names (following links); `None` if it does not exist.
fn existing_id(path: &Path) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        Some(FileId::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(path).ok().map(FileId::Path)
    }
}

/// Whether `path` reaches its file through one of this process's descriptors: a symbolic
/// link on the way lies in `/proc` (`/proc/self/fd/1`, `/dev/fd/1`, which is
/// `/proc/self/fd`) or directly in `/dev` (`/dev/stdout`). Such a path is a redirection
/// the shell made (`-o /dev/stdout >> build.log`): the file behind it is written in place.
fn through_descriptor(path: &Path) -> bool {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        let Ok(m) = std::fs::symlink_metadata(&p) else {
            return false;
        };
        if !m.file_type().is_symlink() {
            return false;
        }
        let folder = parent_of(&p);
        if let Ok(dir) = std::fs::canonicalize(folder)
            && (dir.starts_with("/proc") || dir == Path::new("/dev"))
        {
            return true;
        }
        let Ok(target) = std::fs::read_link(&p) else {
            return false;
        };
        p = folder.join(target);
    }
    false
}

/// Writes into an existing file that is not replaced: a device, a pipe, a descriptor.
/// Standard output and error (however named) are written through the descriptors this
/// process was given, so a shell's `>>` appends; anything else is opened for appending.
fn write_in_place(path: &Path, text: &str) -> Result<(), Error> {
    let written = match std_stream(path) {
        Some(mut f) => f.write_all(text.as_bytes()).and_then(|()| f.flush()),
        None => OpenOptions::new()
            .append(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.flush())),
    };
    written.map_err(|e| write_error(path, e))
}

/// Standard output or error, as a file of its own (a duplicate of the descriptor), if
/// `path` is the same file.
#[cfg(unix)]
fn std_stream(path: &Path) -> Option<std::fs::File> {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let target = std::fs::metadata(path).ok()?;
    let same = |f: &std::fs::File| {
        f.metadata()
            .is_ok_and(|m| m.dev() == target.dev() && m.ino() == target.ino())
    };
    let out = std::io::stdout().as_fd().try_clone_to_owned().ok();
    let err = std::io::stderr().as_fd().try_clone_to_owned().ok();
    [out, err]
        .into_iter()
        .flatten()
        .map(std::fs::File::from)
        .find(same)
}

#[cfg(not(unix))]
fn std_stream(_path: &Path) -> Option<std::fs::File> {
    None
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn write_error(path: &Path, source: std::io::Error) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source,
    }
}

/// A new temporary file in the folder of `real` (created exclusively, never through a
/// link, with an unpredictable name `.NAME.XXXXXX.tmp`). It is removed when dropped
/// unless persisted.
fn temp_beside(real: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let name = real.file_name().unwrap_or(OsStr::new("report"));
    // Short enough that the temporary name stays within a file system's 255 bytes.
    let name: String = name.to_string_lossy().chars().take(100).collect();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // As a file created the usual way: 0666 less the umask (tempfile's default is 0600).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(parent_of(real))
}

/// Writes `text` to a new temporary file beside `real` ([`temp_beside`]), synced.
fn stage(real: &Path, text: &str) -> std::io::Result<tempfile::NamedTempFile> {
    let mut tmp = temp_beside(real)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Writes a file the user named: atomically, and over an existing one only with `force`
/// (otherwise a usage error that says how to proceed). `inputs` are the files the command
/// read: writing over one is refused even with `force`.
pub fn write_file(path: &Path, text: &str, force: bool, inputs: &[PathBuf]) -> Result<(), Error> {
    check_outputs([path], inputs)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_slash_or_dot_names_a_folder() {
        for p in ["foo/", "a/b/", "foo/.", "foo/..", ".", "..", "/"] {
            assert!(names_a_folder(Path::new(p)).is_err(), "{p}");
        }
        for p in ["foo", "a/b", ".foo", "..foo", "foo.."] {
            assert!(names_a_folder(Path::new(p)).is_ok(), "{p}");
        }
    }

    #[test]
    fn temporary_names_are_unpredictable_and_removed_unless_persisted() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("report.txt");
        let (a, b) = (stage(&real, "a").unwrap(), stage(&real, "b").unwrap());
        assert_ne!(a.path(), b.path());
        for t in [&a, &b] {
            let name = t.path().file_name().unwrap().to_string_lossy().into_owned();
            assert!(
                name.starts_with(".report.txt.") && name.ends_with(".tmp"),
                "{name}"
            );
            assert!(name.len() > ".report.txt..tmp".len() + 5, "{name}");
        }
        drop((a, b));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        // A very long name still gives a temporary name a file system takes.
        let long = dir.path().join("x".repeat(250));
        stage(&long, "c").unwrap().persist(&long).unwrap();
        assert_eq!(std::fs::read_to_string(&long).unwrap(), "c");
    }
}
