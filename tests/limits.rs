//! Inputs beyond sane sizes are refused with a clear message and exit code 2, and files
//! `progress` writes are never left half-written. Large inputs are generated here, at
//! run time.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;

const ACTUALS: &str = "as_of = 2020-12-31\n[values]\n5g-base-stations = 6500\n";

/// `progress check ARGS… --color never` in `dir`.
fn check(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = common::progress();
    cmd.current_dir(dir)
        .arg("check")
        .args(args)
        .args(["--color", "never"]);
    cmd
}

fn write(dir: &TempDir, name: &str, text: &str) -> PathBuf {
    let path = dir.path().join(name);
    fs::write(&path, text).unwrap();
    path
}

/// Runs `check` with `spec` as the spec and plain actuals; returns stderr on exit 2.
fn refused_spec(spec_text: &str) -> String {
    let dir = TempDir::new().unwrap();
    write(&dir, "spec.toml", spec_text);
    write(&dir, "actuals.toml", ACTUALS);
    let out = check(dir.path(), &["actuals.toml", "--spec", "spec.toml"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(out.stdout.is_empty());
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_file_over_256_mib_is_refused_before_it_is_read() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("huge.toml");
    // A sparse file: 300 MiB long, taking no disk space.
    let f = fs::File::create(&path).unwrap();
    f.set_len(300 * 1024 * 1024).unwrap();
    drop(f);
    check(dir.path(), &["huge.toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "error: huge.toml: the file is too large: 300 MiB, the limit is 256 MiB",
        ))
        .stderr(predicate::str::contains("help: a spec of 100,000 targets"));
}

#[test]
fn a_spec_over_256_mib_is_refused_too() {
    let dir = TempDir::new().unwrap();
    let f = fs::File::create(dir.path().join("spec.toml")).unwrap();
    f.set_len(256 * 1024 * 1024 + 1).unwrap();
    drop(f);
    write(&dir, "actuals.toml", ACTUALS);
    check(dir.path(), &["actuals.toml", "--spec", "spec.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "spec.toml: the file is too large: 257 MiB, the limit is 256 MiB",
        ));
}

#[test]
fn a_line_over_1_mib_is_refused_with_its_place() {
    let dir = TempDir::new().unwrap();
    let long = "x".repeat(1024 * 1024 + 10);
    write(
        &dir,
        "actuals.toml",
        &format!("as_of = 2020-12-31\nsource = \"{long}\"\n[values]\n"),
    );
    let out = check(dir.path(), &["actuals.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "error: line too long: 1025 KiB, the limit is 1024 KiB",
        ))
        .stderr(predicate::str::contains("--> actuals.toml:2:1"))
        .get_output()
        .clone();
    // The offending line is shown cut to a readable width, not a megabyte of it.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.lines().all(|l| l.chars().count() <= 200), "{stderr}");
}

#[test]
fn nesting_100000_deep_is_refused_without_overflowing_the_stack() {
    let n = 100_000;
    let cases = [
        (
            "arrays",
            format!("a = {}{}\n", "[".repeat(n), "]".repeat(n)),
        ),
        ("unclosed arrays", format!("a = {}\n", "[".repeat(n))),
        (
            "inline tables",
            format!("a = {}1{}\n", "{b = ".repeat(n), "}".repeat(n)),
        ),
        ("dotted keys", format!("{} = 1\n", vec!["a"; n].join("."))),
        ("table header", format!("[{}]\n", vec!["a"; n].join("."))),
    ];
    for (what, text) in cases {
        let stderr = refused_spec(&text);
        assert!(
            stderr.contains(
                "error: nesting too deep: more than 32 levels of arrays, tables or dotted keys"
            ),
            "{what}: {stderr}"
        );
        assert!(stderr.contains("level 33 starts here"), "{what}: {stderr}");
        assert!(
            stderr.contains("error: 1 problem found"),
            "{what}: {stderr}"
        );
        assert!(
            stderr.lines().all(|l| l.chars().count() <= 200),
            "{what}: {stderr}"
        );
    }
}

#[test]
fn nesting_the_format_needs_is_accepted_and_brackets_in_strings_do_not_count() {
    let deep_text = "[".repeat(40);
    let dir = TempDir::new().unwrap();
    write(
        &dir,
        "actuals.toml",
        &format!(
            "as_of = 2020-12-31 # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n\
             source = \"{deep_text}\"\n[values]\n\
             5g-base-stations = {{ value = 6500, note = '{deep_text}' }}\n"
        ),
    );
    check(dir.path(), &["actuals.toml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("5G base stations"));
}

#[test]
fn error_snippets_of_long_lines_are_cut_around_the_caret() {
    let dir = TempDir::new().unwrap();
    let filler = "y".repeat(5000);
    write(
        &dir,
        "actuals.toml",
        &format!("as_of = 2020-12-31\n[values]\nsource = \"{filler}\" oops \"{filler}\"\n"),
    );
    let out = check(dir.path(), &["actuals.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--> actuals.toml:3:5013"))
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.lines().all(|l| l.chars().count() <= 200), "{stderr}");
    // The snippet still shows the text at the caret.
    assert!(stderr.contains("\" oops"), "{stderr}");
}

#[test]
fn thousands_of_problems_in_one_file_are_counted_and_the_first_fifty_shown() {
    // Rendering each problem must not rescan the whole file: 20,000 targets with an
    // unknown key each took minutes before snippets were cut to their lines. Only the
    // first 50 are shown in full now; the rest are counted by kind.
    let mut spec = String::from("version = 1\n");
    for i in 0..20_000 {
        spec.push_str(&format!("[[target]]\nid = \"t{i}\"\nbogus = 1\n"));
    }
    let stderr = refused_spec(&spec);
    assert_eq!(
        stderr.matches("\n\nerror: ").count() + 1,
        50 + 2,
        "{stderr}"
    );
    assert!(stderr.contains("error: unknown key `bogus` in a target\n --> spec.toml:4:1\n"));
    // The first fifty by position (problems are found in key order, not line order).
    assert!(stderr.contains("\n  --> spec.toml:25:1\n"), "{stderr}");
    assert!(!stderr.contains("--> spec.toml:28:"), "{stderr}");
    assert!(
        stderr.contains(
            "error: … and 119950 more problems not shown, by kind:\n\
             \x20 = 99958 × missing key [P0202], the first at spec.toml:27:6\n\
             \x20 = 19992 × unknown key [P0201], the first at spec.toml:28:1\n\n"
        ),
        "{}",
        &stderr[stderr.len().saturating_sub(500)..]
    );
    assert!(stderr.ends_with("error: 120000 problems found; nothing was evaluated\n"));
}

/// Runs `validate NAME` on `text` as an actuals file; returns stderr on exit 2.
fn refused_actuals(name: &str, text: &str) -> String {
    let dir = TempDir::new().unwrap();
    write(&dir, name, text);
    let out = Command::cargo_bin("progress")
        .unwrap()
        .current_dir(dir.path())
        .args(["validate", name, "--color", "never"])
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .clone();
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_flood_of_syntax_errors_is_reported_in_bounded_space() {
    // A 20 MB file of `?` lines took 4.6 GB and wrote 1.24 GB to stderr: every problem
    // was kept and rendered into one string. Now fifty are shown and the rest counted.
    let stderr = refused_actuals("q.toml", &"?\n".repeat(200_000));
    assert!(stderr.len() < 16 * 1024, "{} bytes of stderr", stderr.len());
    assert_eq!(
        stderr.matches("error: invalid TOML: ").count(),
        50,
        "{stderr}"
    );
    assert!(stderr.contains("\n --> q.toml:1:2\n"), "{stderr}");
    assert!(stderr.contains("\n  --> q.toml:50:2\n"), "{stderr}");
    assert!(
        stderr.ends_with(
            "error: … and 199950 more problems not shown, by kind:\n\
             \x20 = 199950 × invalid TOML [P0101], the first at q.toml:51:2\n\n\
             error: 200000 problems found\n"
        ),
        "{}",
        &stderr[stderr.len().saturating_sub(500)..]
    );
}

#[test]
fn a_long_line_of_unknown_keys_is_reported_in_bounded_space() {
    // One line just under 1 MiB with 100,000 unknown keys: each problem re-rendered the
    // whole line (87,000 keys: 666 s). Snippets are now cut from a window around their
    // column, and only fifty are rendered.
    let keys: Vec<String> = (0..100_000).map(|i| format!("k{i}=1")).collect();
    let line = format!("5g-base-stations = {{value = 1, {}}}", keys.join(", "));
    assert!(line.len() < 1024 * 1024);
    let stderr = refused_actuals(
        "keys.toml",
        &format!("as_of = 2020-12-31\n[values]\n{line}\n"),
    );
    assert!(stderr.len() < 32 * 1024, "{} bytes of stderr", stderr.len());
    assert!(stderr.lines().all(|l| l.chars().count() <= 200), "{stderr}");
    assert_eq!(stderr.matches("error: unknown key `k").count(), 50);
    // The columns are the line's own, far past the window a snippet shows.
    let col = |key: &str| line.find(&format!("{key}=")).unwrap() + 1;
    assert!(
        stderr.contains(&format!(
            "error: unknown key `k49` in the value of `5g-base-stations`\n --> keys.toml:3:{}\n",
            col("k49")
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(&format!(
            "error: … and 99950 more problems not shown, by kind:\n\
             \x20 = 99950 × unknown key [P0201], the first at keys.toml:3:{}\n\n\
             error: 100000 problems found\n",
            col("k50")
        )),
        "{}",
        &stderr[stderr.len().saturating_sub(500)..]
    );
}

#[test]
fn a_problem_far_along_a_long_line_shows_its_own_column() {
    // The snippet is cut to a window around the caret before rendering; the place is the
    // one in the file, not in the window.
    let filler = "x".repeat(600_000);
    let text = format!("as_of = 2020-12-31\nsource = \"{filler}\" oops\n[values]\n");
    let stderr = refused_actuals("far.toml", &text);
    assert!(stderr.contains(" --> far.toml:2:600013\n"), "{stderr}");
    assert!(stderr.contains("\" oops"), "{stderr}");
    assert!(stderr.lines().all(|l| l.chars().count() <= 200), "{stderr}");
}

#[test]
fn a_failed_run_leaves_an_existing_report_as_it_was() {
    let dir = TempDir::new().unwrap();
    write(&dir, "report.json", "previous report\n");
    write(
        &dir,
        "actuals.toml",
        "as_of = 2020-12-31\n[values]\nnope = 1\n",
    );
    check(
        dir.path(),
        &[
            "actuals.toml",
            "--format",
            "json",
            "--output",
            "report.json",
        ],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains("unknown target id `nope`"));
    assert_eq!(
        fs::read_to_string(dir.path().join("report.json")).unwrap(),
        "previous report\n"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_report_is_written_whole_and_replaces_the_old_one() {
    let dir = TempDir::new().unwrap();
    write(&dir, "report.json", "previous report\n");
    write(&dir, "actuals.toml", ACTUALS);
    check(
        dir.path(),
        &[
            "actuals.toml",
            "--format",
            "json",
            "--output",
            "report.json",
        ],
    )
    .assert()
    .success()
    .stdout("");
    let text = fs::read_to_string(dir.path().join("report.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(json.is_object());
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn an_unwritable_output_is_exit_2_and_leaves_no_temporary_file() {
    let dir = TempDir::new().unwrap();
    write(&dir, "actuals.toml", ACTUALS);
    check(
        dir.path(),
        &["actuals.toml", "--output", "missing-dir/report.txt"],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "cannot write `missing-dir/report.txt`",
    ));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn problems_beyond_the_first_fifty_are_counted_under_their_own_kinds() {
    // Each target has a deadline before its start (dates out of order), a tolerance
    // under a rule that takes none (a key its target does not take), a level in % above
    // 100 (a value out of bounds) and an id in capitals (an invalid id): four kinds with
    // codes of their own, not "invalid value".
    let mut spec = String::from("version = 1\n");
    for i in 0..30 {
        spec.push_str(&format!(
            "[[target]]\nid = \"T{i}\"\nname = \"t\"\nunit = \"%\"\nmeasure = \"level\"\n\
             rule = \"between\"\nvalue = [10, 120]\ntolerance = 1\n\
             start = 2020-06-01\ndeadline = 2020-01-01\n"
        ));
    }
    let stderr = refused_spec(&spec);
    assert!(
        stderr.contains("error: invalid target id `T0`\n --> spec.toml:3:6\n"),
        "{stderr}"
    );
    for (kind, code) in [
        ("invalid target id", "P0304"),
        ("key its target does not take", "P0207"),
        ("value out of bounds", "P0208"),
        ("dates out of order", "P0209"),
    ] {
        assert!(
            stderr.contains(&format!(" × {kind} [{code}], the first at spec.toml:")),
            "{kind}: {}",
            &stderr[stderr.len().saturating_sub(800)..]
        );
    }
    assert!(!stderr.contains("[P0901]"), "{stderr}");
    assert!(
        stderr.ends_with("error: 120 problems found; nothing was evaluated\n"),
        "{stderr}"
    );
}
