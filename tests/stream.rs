//! A JSON report written as it is evaluated (docs/performance.md, "A million targets"):
//! the same bytes as the report built whole, whichever way the spec was read, and a
//! write that fails leaves no file behind. Real binary, real files.

mod common;

use std::path::Path;

#[path = "../examples/gen_spec.rs"]
#[allow(dead_code)]
mod gen_spec;

/// Above the spec loader's threshold for reading a target at a time (1,000).
const N: usize = 5_000;

/// A folder holding `spec.toml` and `actuals.toml` of `N` generated targets, the spec
/// starting with `head`.
fn folder(plain: bool, head: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (spec, actuals) = gen_spec::generate_with(N, plain);
    // The `[units]` table (or none) goes before the first `[[target]]`.
    let at = spec.find("[[target]]").unwrap();
    let spec = format!("{}{head}{}", &spec[..at], &spec[at..]);
    std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
    std::fs::write(dir.path().join("actuals.toml"), actuals).unwrap();
    dir
}

fn check(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    common::progress()
        .current_dir(dir)
        .args(["check", "actuals.toml", "--spec", "spec.toml"])
        .args(args)
        .assert()
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// `[units]` in a spec makes the loader read it whole (a target's units depend on it);
/// this one declares a unit no target uses, so it changes nothing in the report.
const UNITS: &str = "[units]\nNPS = { signed = true }\n\n";

#[test]
fn streamed_json_is_the_whole_report_whichever_way_the_spec_is_read() {
    // Read a target at a time, evaluated and written a target at a time: to a file and
    // to standard output.
    let by_target = folder(true, "");
    check(by_target.path(), &["--format", "json", "-o", "r.json"]).code(1);
    let streamed = read(by_target.path().join("r.json"));
    let out = check(by_target.path(), &["--format", "json"]).code(1);
    assert_eq!(
        String::from_utf8(out.get_output().stdout.clone()).unwrap(),
        streamed
    );
    // Read whole, evaluated whole (an exported report is rendered from the whole report).
    let whole = folder(true, UNITS);
    check(
        whole.path(),
        &["--format", "csv", "--export", "json=r.json"],
    )
    .code(1);
    let rendered = read(whole.path().join("r.json"));
    assert!(streamed.len() > 1_000_000, "{} bytes", streamed.len());
    assert!(streamed == rendered, "the streamed JSON report differs");
    let report: serde_json::Value = serde_json::from_str(&streamed).unwrap();
    assert_eq!(report["targets"].as_array().unwrap().len(), N);
    assert_eq!(report["summary"]["total"], N);
}

#[test]
fn streamed_json_with_series_and_goals_against_them_is_the_whole_report() {
    // Goals stated against a series: each target evaluated on its own reads the series'
    // figure as the whole evaluation does.
    let dir = folder(false, "");
    check(dir.path(), &["--format", "json", "-o", "s.json"]).code(1);
    check(dir.path(), &["--format", "csv", "--export", "json=w.json"]).code(1);
    let (streamed, whole) = (
        read(dir.path().join("s.json")),
        read(dir.path().join("w.json")),
    );
    assert!(
        streamed.contains("\"goal_of\": {"),
        "the spec has goals stated against a figure"
    );
    assert!(streamed == whole, "the streamed JSON report differs");
}

#[test]
fn a_report_into_a_missing_folder_is_refused_and_writes_nothing() {
    let dir = folder(true, "");
    check(dir.path(), &["--format", "json", "-o", "missing/r.json"])
        .code(2)
        .stderr(predicates::str::contains("does not exist"));
    assert_eq!(common::files_in(dir.path()), ["actuals.toml", "spec.toml"]);
}

/// A write that fails halfway (the file-size limit reached, with the signal ignored so
/// that `write` fails with EFBIG): exit 2, the old report untouched, no temporary file.
#[cfg(unix)]
#[test]
fn a_write_that_fails_halfway_leaves_the_old_report_and_no_file() {
    let dir = folder(true, "");
    std::fs::write(dir.path().join("r.json"), "old report\n").unwrap();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 256; exec \"$P\" check actuals.toml --spec spec.toml --format json -o r.json")
        .current_dir(dir.path())
        .env("P", env!("CARGO_BIN_EXE_progress"))
        .env_remove("PROGRESS_SPEC")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("r.json"), "{stderr}");
    assert_eq!(read(dir.path().join("r.json")), "old report\n");
    assert_eq!(
        common::files_in(dir.path()),
        ["actuals.toml", "r.json", "spec.toml"]
    );
    // And with no old report: no file at all.
    std::fs::remove_file(dir.path().join("r.json")).unwrap();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 256; exec \"$P\" check actuals.toml --spec spec.toml --format json -o r.json")
        .current_dir(dir.path())
        .env("P", env!("CARGO_BIN_EXE_progress"))
        .env_remove("PROGRESS_SPEC")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(common::files_in(dir.path()), ["actuals.toml", "spec.toml"]);
}

/// A device that refuses the report (a full disk): exit 2, said.
#[cfg(target_os = "linux")]
#[test]
fn a_report_to_a_full_device_is_an_error() {
    let dir = folder(true, "");
    check(dir.path(), &["--format", "json", "-o", "/dev/full"])
        .code(2)
        .stderr(predicates::str::contains("/dev/full"));
}

/// Review: the streamed report evaluated each target twice (once to count the summary,
/// which comes first, once to write it). Each target is now evaluated once and spooled:
/// the bytes stay those of the whole report, for panels (stale entities, failing
/// indicators) as for the generated specs above, to standard output and to a file, with the exit code of
/// the summary counted on the way.
#[test]
fn streamed_json_of_panels_is_the_whole_report_to_stdout_and_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["spec.toml", "clinics.csv", "districts.csv", "actuals.csv"] {
        std::fs::copy(Path::new("tests/data/panel").join(f), dir.path().join(f)).unwrap();
    }
    let run = |args: &[&str]| {
        common::progress()
            .current_dir(dir.path())
            .args([
                "check",
                "actuals.csv",
                "--spec",
                "spec.toml",
                "--as-of",
                "2023-01-31",
            ])
            .args(["--fail-on", "behind"])
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "behind fails the run");
    let streamed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        run(&["--format", "json", "-o", "s.json"]).status.code(),
        Some(1)
    );
    assert_eq!(read(dir.path().join("s.json")), streamed);
    // Built whole: an exported report is rendered from the whole report.
    assert_eq!(
        run(&["--format", "csv", "--export", "json=w.json"])
            .status
            .code(),
        Some(1)
    );
    assert!(
        read(dir.path().join("w.json")) == streamed,
        "the streamed JSON report differs"
    );
    let report: serde_json::Value = serde_json::from_str(&streamed).unwrap();
    assert_eq!(report["summary"]["failing"], 2, "{report}");
    assert!(streamed.contains("\"stale\": true"), "{streamed}");
    // The spool beside the report leaves nothing behind.
    let mut files = common::files_in(dir.path());
    files.sort();
    assert_eq!(
        files,
        [
            "actuals.csv",
            "clinics.csv",
            "districts.csv",
            "s.json",
            "spec.toml",
            "w.json"
        ]
    );
}

/// The spool of a report to standard output is in the temporary folder: one that cannot
/// be written is said (exit 2, the folder named), and nothing is printed.
#[test]
fn a_streamed_report_whose_spool_cannot_be_written_is_an_error() {
    let dir = folder(true, "");
    let missing = dir.path().join("no-such-folder");
    let out = common::progress()
        .current_dir(dir.path())
        .env("TMPDIR", &missing)
        .args([
            "check",
            "actuals.toml",
            "--spec",
            "spec.toml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no-such-folder"), "{stderr}");
    assert!(out.stdout.is_empty());
}
