//! The integration tests' one harness: the real binary run with a clean environment
//! ([`progress`]), and helpers to build specs, actuals and reports. Every `tests/*.rs` that
//! runs the binary runs it through here.
#![allow(dead_code)]

pub mod formats;
pub mod sheets;

use progress::actuals;
use progress::diagnostic::SourceFile;
use progress::evaluate::{Settings, evaluate};
use progress::report::{Report, TargetReport};
use progress::spec::{self, Spec};

pub fn spec(text: &str) -> Spec {
    spec::load(&SourceFile::new("spec.toml", text)).unwrap_or_else(|d| {
        panic!(
            "spec should load: {}",
            progress::diagnostic::render_all(&d, false)
        )
    })
}

pub fn report(spec_text: &str, actuals_text: &str) -> Report {
    let spec = spec(spec_text);
    let a = actuals::load(&SourceFile::new("actuals.toml", actuals_text), &spec, None)
        .unwrap_or_else(|d| {
            panic!(
                "actuals should load: {}",
                progress::diagnostic::render_all(&d, false)
            )
        });
    evaluate(&spec, &[a], &Settings::default())
}

/// The one target of a one-target spec, evaluated.
pub fn one(spec_text: &str, actuals_text: &str) -> TargetReport {
    report(spec_text, actuals_text).targets.remove(0)
}

/// A spec with one target made of the given TOML lines (id = "t", start 2020-01-01).
pub fn target(lines: &str) -> String {
    format!("version = 1\n\n[[target]]\nid = \"t\"\nname = \"T\"\nstart = 2020-01-01\n{lines}\n")
}

pub fn actuals(as_of: &str, value: &str) -> String {
    format!("as_of = {as_of}\n\n[values]\nt = {value}\n")
}

/// Whether the variable `name` changes what the binary does (`PROGRESS_SPEC`, colour,
/// GitHub Actions' paths), or what a test expects (`CI`): none of them may leak from the
/// shell that runs the tests into the binary.
fn changes_behaviour(name: &str) -> bool {
    name.starts_with("PROGRESS_")
        || name.starts_with("GITHUB_")
        || name.starts_with("CLICOLOR")
        || matches!(
            name,
            "NO_COLOR" | "FORCE_COLOR" | "COLUMNS" | "LINES" | "CI"
        )
}

/// The real `progress` binary as a `std::process::Command` (for tests that spawn it with
/// pipes): run in the crate root, with every variable of [`changes_behaviour`] removed.
/// A test that wants one sets it on the command.
pub fn progress_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("progress"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    for (name, _) in std::env::vars_os() {
        if name.to_str().is_some_and(changes_behaviour) {
            cmd.env_remove(name);
        }
    }
    cmd
}

/// The real `progress` binary with a clean environment (see [`progress_process`]), run in
/// the crate root: what every test that runs the binary starts from.
pub fn progress() -> assert_cmd::Command {
    assert_cmd::Command::from_std(progress_process())
}

/// Runs `cmd`, which must be refused: exit 2, nothing on standard output, and every
/// needle in the messages. Returns the messages.
pub fn refused_with(cmd: &mut assert_cmd::Command, needles: &[&str]) -> String {
    let out = cmd.assert().code(2).stdout("");
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    for n in needles {
        assert!(stderr.contains(n), "missing {n:?} in:\n{stderr}");
    }
    stderr
}

/// Writes `text` to `name` in a fresh temporary folder and returns both.
pub fn temp_file(name: &str, text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// The names of the files in `dir`, sorted.
pub fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The target `id` of a JSON report.
pub fn target_in<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["targets"]
        .as_array()
        .expect("a report has targets")
        .iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("no target {id} in the report"))
}
