//! Generated sets of output paths, and the invariants any run writing them must keep.
//! Shared by the property test in `tests/output_paths.rs` (which runs the real binary) and
//! the fuzz target `fuzz/fuzz_targets/output_paths.rs` (which calls `progress::output`).
//!
//! A scenario is a folder holding a spec `s.toml`, an actuals file `a.toml`, an old report
//! `r.txt` and a folder `sub/` with `sub/x.txt`, plus links and folders made from the
//! bytes (symbolic links to any of those, dangling or not, hard links, folders). The run's
//! inputs are spellings of `s.toml` and `a.toml`; its outputs are one to four spellings
//! (relative, `./`, `sub/../`, absolute, with a trailing `/`) of any name in the folder,
//! of names not made yet, in a missing folder, or `/dev/null`.
//!
//! The invariants:
//! 1. A refused run changed nothing: every entry of the folder as it was (same kinds, same
//!    contents, same link targets), no temporary file.
//! 2. A run that succeeded wrote each output's own report to the file its path names (so
//!    no two outputs were one file), changed no input and no other file, left no
//!    temporary file, and left `/dev/null` a device.
//! 3. A run is refused exactly when an oracle, simpler than the code under test, says it
//!    must be: an output names a folder or lies in a missing folder, two outputs resolve
//!    to one file, or an output resolves to an input.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Names made in the scenario's folder (some only by the bytes).
const NAMES: [&str; 13] = [
    "s.toml",
    "a.toml",
    "r.txt",
    "sub/x.txt",
    "new.txt",
    "sub/new.txt",
    "l1",
    "l2",
    "sub/l3",
    "h1",
    "d1",
    "sub",
    "missing/f.txt",
];

/// What the bytes' symbolic links point at (relative to the link's folder, or absolute
/// when it starts with `@`, which stands for the scenario's folder).
const LINK_TARGETS: [&str; 9] = [
    "s.toml",
    "a.toml",
    "r.txt",
    "sub/x.txt",
    "new.txt",
    "sub",
    "@/r.txt",
    "@/a.toml",
    "missing/f.txt",
];

pub struct Scenario {
    pub dir: tempfile::TempDir,
    /// The spec's and the actuals file's spellings, relative to `dir` unless absolute.
    pub spec: PathBuf,
    pub actuals: PathBuf,
    pub outputs: Vec<PathBuf>,
    before: BTreeMap<PathBuf, Entry>,
    spec_text: String,
    actuals_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Entry {
    File(Vec<u8>),
    Link(PathBuf),
    Folder,
    Other,
}

/// Builds a scenario from bytes: the first bytes make links and folders, the rest choose
/// the spellings of the inputs and outputs.
pub fn build(bytes: &[u8], spec_text: &str, actuals_text: &str) -> Scenario {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path().canonicalize().unwrap();
    std::fs::write(root.join("s.toml"), spec_text).unwrap();
    std::fs::write(root.join("a.toml"), actuals_text).unwrap();
    std::fs::write(root.join("r.txt"), "old r\n").unwrap();
    std::fs::create_dir(root.join("sub")).unwrap();
    std::fs::write(root.join("sub/x.txt"), "old x\n").unwrap();
    let mut bytes = bytes.iter().copied();
    let mut next = || bytes.next().unwrap_or(0);
    // Up to four links or folders, at the names only bytes make.
    let made = ["l1", "l2", "sub/l3", "h1", "d1"];
    for _ in 0..(next() % 5) {
        let at = root.join(made[usize::from(next()) % made.len()]);
        let choice = next();
        if at.symlink_metadata().is_ok() {
            continue;
        }
        match choice % 3 {
            0 => {
                let t = LINK_TARGETS[usize::from(next()) % LINK_TARGETS.len()];
                let target = match t.strip_prefix('@') {
                    Some(rest) => PathBuf::from(format!("{}{rest}", root.display())),
                    // Relative to the link's folder: from `sub/`, go up first.
                    None if at.parent() != Some(&root) => Path::new("..").join(t),
                    None => PathBuf::from(t),
                };
                symlink(&target, &at);
            }
            1 => {
                let t = ["s.toml", "a.toml", "r.txt", "sub/x.txt"][usize::from(next()) % 4];
                std::fs::hard_link(root.join(t), &at).unwrap();
            }
            _ => std::fs::create_dir(&at).unwrap(),
        }
    }
    let spell = |b: u8, name: &str| -> PathBuf {
        match b % 6 {
            0 | 1 => PathBuf::from(name),
            2 => PathBuf::from(format!("./{name}")),
            3 => PathBuf::from(format!("sub/../{name}")),
            4 => root.join(name),
            _ => PathBuf::from(format!("{name}/")),
        }
    };
    // Each input by one of the names that are it (itself, or a link made above).
    let names_of = |file: &str| -> Vec<&str> {
        let it = id(&root.join(file));
        ["s.toml", "a.toml", "l1", "l2", "sub/l3", "h1"]
            .into_iter()
            .filter(|n| id(&root.join(n)) == it)
            .collect()
    };
    let (spec_names, actuals_names) = (names_of("s.toml"), names_of("a.toml"));
    let spec = spell(
        next() % 5,
        spec_names[usize::from(next()) % spec_names.len()],
    );
    let actuals = spell(
        next() % 5,
        actuals_names[usize::from(next()) % actuals_names.len()],
    );
    let count = 1 + usize::from(next() % 4);
    let mut outputs = Vec::new();
    for _ in 0..count {
        let pick = usize::from(next());
        if pick % 16 == 15 {
            outputs.push(PathBuf::from("/dev/null"));
        } else {
            outputs.push(spell(next(), NAMES[pick % NAMES.len()]));
        }
    }
    let before = snapshot(&root);
    Scenario {
        dir,
        spec,
        actuals,
        outputs,
        before,
        spec_text: spec_text.into(),
        actuals_text: actuals_text.into(),
    }
}

#[cfg(unix)]
fn symlink(target: &Path, at: &Path) {
    std::os::unix::fs::symlink(target, at).unwrap();
}

#[cfg(not(unix))]
fn symlink(_target: &Path, _at: &Path) {}

impl Scenario {
    pub fn root(&self) -> PathBuf {
        self.dir.path().canonicalize().unwrap()
    }

    /// A path as the run sees it (relative ones from the scenario's folder).
    fn abs(&self, p: &Path) -> PathBuf {
        self.root().join(p)
    }

    /// The oracle: whether a run writing `outputs` with these inputs must be refused.
    pub fn must_refuse(&self) -> bool {
        let mut seen = Vec::new();
        let inputs = [self.abs(&self.spec), self.abs(&self.actuals)];
        let input_ids: Vec<_> = inputs.iter().filter_map(|p| id(p)).collect();
        for out in &self.outputs {
            let text = out.to_string_lossy();
            if text.ends_with('/') {
                return true;
            }
            let path = self.abs(out);
            if path.is_dir() {
                return true;
            }
            let which = match id(&path) {
                Some(existing) => existing,
                None => {
                    // Not made yet: through a dangling link to where it would be made.
                    let real = follow(&path);
                    match real.parent().and_then(|p| p.canonicalize().ok()) {
                        Some(folder) => Id::New(folder.join(real.file_name().unwrap())),
                        None => return true,
                    }
                }
            };
            if input_ids.contains(&which) || seen.contains(&which) {
                return true;
            }
            seen.push(which);
        }
        false
    }

    /// Checks the invariants after a run; `refused` says whether it was refused, and
    /// `marks[i]` is text only output `i`'s report holds.
    pub fn check(&self, refused: bool, marks: &[&str]) {
        let root = self.root();
        let after = snapshot(&root);
        let must = self.must_refuse();
        assert_eq!(
            refused, must,
            "refused: {refused}, the oracle says {must}; {self:?}"
        );
        assert!(
            std::fs::metadata("/dev/null").is_ok_and(|m| !m.is_file()),
            "/dev/null stays a device"
        );
        let temporaries: Vec<_> = after
            .keys()
            .filter(|p| p.to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(temporaries.is_empty(), "left {temporaries:?}; {self:?}");
        if refused {
            assert_eq!(after, self.before, "a refused run changed files; {self:?}");
            return;
        }
        assert_eq!(
            std::fs::read_to_string(self.abs(&self.spec)).unwrap(),
            self.spec_text,
            "the spec was changed; {self:?}"
        );
        assert_eq!(
            std::fs::read_to_string(self.abs(&self.actuals)).unwrap(),
            self.actuals_text,
            "the actuals were changed; {self:?}"
        );
        let mut written = Vec::new();
        for (i, out) in self.outputs.iter().enumerate() {
            if out == Path::new("/dev/null") {
                continue;
            }
            let path = self.abs(out);
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.contains(marks[i]),
                "{} does not hold its own report: {text:?}; {self:?}",
                out.display()
            );
            for (j, mark) in marks.iter().enumerate() {
                assert!(
                    j == i || !text.contains(mark),
                    "{} holds the report for output {j}; {self:?}",
                    out.display()
                );
            }
            written.push(follow_all(&path));
        }
        // Every other entry is as it was; links stay links.
        for (name, entry) in &self.before {
            let now = after.get(name);
            let real = follow_all(&root.join(name));
            if matches!(entry, Entry::File(_)) && written.contains(&real) {
                continue;
            }
            if matches!(entry, Entry::File(_)) && written.iter().any(|w| same_file(w, &real)) {
                continue;
            }
            assert_eq!(now, Some(entry), "{} changed; {self:?}", name.display());
        }
    }
}

impl std::fmt::Debug for Scenario {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scenario")
            .field("spec", &self.spec)
            .field("actuals", &self.actuals)
            .field("outputs", &self.outputs)
            .field(
                "before",
                &self
                    .before
                    .iter()
                    .map(|(k, v)| (k, short(v)))
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

fn short(e: &Entry) -> String {
    match e {
        Entry::File(b) => format!("file of {} bytes", b.len()),
        Entry::Link(t) => format!("link to {}", t.display()),
        Entry::Folder => "folder".into(),
        Entry::Other => "other".into(),
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Id {
    Inode(u64, u64),
    New(PathBuf),
}

/// The device and inode of an existing file (links followed).
fn id(path: &Path) -> Option<Id> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        Some(Id::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        path.canonicalize().ok().map(Id::New)
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((id(a), id(b)), (Some(x), Some(y)) if x == y)
}

/// Follows symbolic links at the end of `path`, even dangling ones.
fn follow(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::read_link(&p) {
            Ok(t) => p = p.parent().unwrap().join(t),
            Err(_) => break,
        }
    }
    p
}

fn follow_all(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| follow(path))
}

/// Every entry under `root`, not following links, by its path relative to `root`.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            let m = std::fs::symlink_metadata(&path).unwrap();
            let entry = if m.file_type().is_symlink() {
                Entry::Link(std::fs::read_link(&path).unwrap())
            } else if m.is_dir() {
                stack.push(path.clone());
                Entry::Folder
            } else if m.is_file() {
                Entry::File(std::fs::read(&path).unwrap())
            } else {
                Entry::Other
            };
            out.insert(rel, entry);
        }
    }
    out
}
