//! Shared helpers for the integration tests.
#![allow(dead_code)]

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

/// The real `progress` binary, run in the crate root with colour off.
pub fn progress() -> assert_cmd::Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("progress");
    cmd.env("NO_COLOR", "1").env_remove("PROGRESS_SPEC");
    cmd
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
