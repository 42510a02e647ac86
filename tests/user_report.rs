//! A new user's report, each case as a regression test run on the binary with its input
//! (docs/format.md, "Dates that look wrong"; docs/status-model.md; docs/authoring.md).

mod common;
use common::progress;
use predicates::prelude::*;
use predicates::str::contains;

const CPI_SPEC: &str = "version = 1\n[[target]]\nid = \"cpi\"\nname = \"CPI\"\nunit = \"%\"\n\
measure = \"level\"\nrule = \"at-most\"\nvalue = 3\ntolerance = 0.3\n\
start = 2026-01-01\ndeadline = 2026-12-31\n";

fn dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn run(dir: &tempfile::TempDir, args: &[&str]) -> assert_cmd::assert::Assert {
    progress().current_dir(dir.path()).args(args).assert()
}

#[test]
fn an_as_of_after_today_is_a_located_warning_in_check_and_validate() {
    let d = dir(&[
        ("spec.toml", CPI_SPEC),
        ("a.toml", "as_of = 2062-09-30\n[values]\ncpi = 3.2\n"),
    ]);
    for cmd in ["check", "validate"] {
        run(&d, &[cmd, "--spec", "spec.toml", "a.toml"])
            .stderr(contains("warning: the date 2062-09-30 is after today"))
            .stderr(contains("a.toml:1:9"));
    }
    // Otherwise unchanged: the file is still evaluated as of its own date.
    run(&d, &["check", "--spec", "spec.toml", "a.toml"]).stdout(contains("as of 2062-09-30"));
    // A date in the past says nothing of today.
    let d = dir(&[
        ("spec.toml", CPI_SPEC),
        ("a.toml", "as_of = 2026-06-30\n[values]\ncpi = 3.2\n"),
    ]);
    run(&d, &["check", "--spec", "spec.toml", "a.toml"])
        .success()
        .stderr(contains("after today").not());
}

#[test]
fn values_dated_before_their_targets_start_are_counted_in_a_warning() {
    let spec = format!(
        "{CPI_SPEC}\n[[target]]\nid = \"jobs\"\nname = \"Jobs\"\nunit = \"people\"\n\
         measure = \"level\"\nrule = \"at-least\"\nvalue = 100\n\
         start = 2026-01-01\ndeadline = 2026-12-31\n"
    );
    let d = dir(&[
        ("spec.toml", &spec),
        (
            "a.toml",
            "as_of = 2025-09-30\n[values]\ncpi = 3.2\njobs = 50\n",
        ),
        (
            "b.toml",
            "as_of = 2026-09-30\n[values]\ncpi = 3.2\njobs = 50\n",
        ),
    ]);
    for cmd in ["check", "validate"] {
        run(&d, &[cmd, "--spec", "spec.toml", "a.toml"]).stderr(contains(
            "warning: 2 targets have values dated before their start (first: `cpi`)",
        ));
        run(&d, &[cmd, "--spec", "spec.toml", "b.toml"])
            .stderr(contains("before their start").not())
            .stderr(contains("before its start").not());
    }
}

#[test]
fn a_value_within_tolerance_has_a_reason_that_says_so_in_every_format() {
    let d = dir(&[
        ("spec.toml", CPI_SPEC),
        ("a.toml", "as_of = 2026-06-30\n[values]\ncpi = 3.2\n"),
        ("b.toml", "as_of = 2026-06-30\n[values]\ncpi = 2.9\n"),
    ]);
    let said = "the current value is within the tolerance of the rule (≤ 3.3)";
    for format in ["json", "csv", "junit", "html"] {
        run(
            &d,
            &["check", "--spec", "spec.toml", "a.toml", "-f", format],
        )
        .success()
        // HTML writes the reason as a sentence, capitalised.
        .stdout(contains(&said[1..]))
        .stdout(contains("already satisfies the rule").not());
    }
    run(&d, &["explain", "cpi", "--spec", "spec.toml", "a.toml"]).stdout(contains(said));
    // A value inside the bound itself keeps its reason.
    run(
        &d,
        &["check", "--spec", "spec.toml", "b.toml", "-f", "json"],
    )
    .stdout(contains("the current value already satisfies the rule"));
}

#[test]
fn the_hint_for_a_missing_as_of_names_the_flag() {
    let d = dir(&[
        ("spec.toml", CPI_SPEC),
        ("a.toml", "[values]\ncpi = 3.2\n"),
        ("a.csv", "id,value\ncpi,3.2\n"),
    ]);
    for file in ["a.toml", "a.csv"] {
        run(&d, &["validate", "--spec", "spec.toml", file])
            .code(2)
            .stderr(contains("`--as-of DATE`"));
    }
    // And the flag does what the hint says.
    run(
        &d,
        &[
            "validate",
            "--spec",
            "spec.toml",
            "a.toml",
            "--as-of",
            "2026-06-30",
        ],
    )
    .success();
}

#[test]
fn a_mistyped_command_suggests_the_closest_first() {
    progress()
        .arg("chek")
        .assert()
        .code(2)
        .stderr(contains("'check', 'schema'"));
}

#[test]
fn only_check_and_explain_say_nothing_was_evaluated() {
    let d = dir(&[
        ("spec.toml", CPI_SPEC),
        ("bad.toml", "as_of = 2026-06-30\n[values]\nnope = 1\n"),
    ]);
    let ends = |args: &[&str], end: &str| {
        let out = progress()
            .current_dir(d.path())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.ends_with(end), "{stderr}");
    };
    ends(
        &["extract", "nosuch.txt"],
        "error: 1 problem found; no draft was written\n",
    );
    ends(
        &["init", "--spec", "nosuch.toml"],
        "error: 1 problem found; no file was written\n",
    );
    ends(
        &["validate", "--spec", "spec.toml", "bad.toml"],
        "error: 1 problem found\n",
    );
    ends(
        &["check", "--spec", "spec.toml", "bad.toml"],
        "error: 1 problem found; nothing was evaluated\n",
    );
    ends(
        &["explain", "cpi", "--spec", "spec.toml", "bad.toml"],
        "error: 1 problem found; nothing was evaluated\n",
    );
}

#[test]
fn hints_quote_the_users_own_figure() {
    let quoted = CPI_SPEC.replace("value = 3\n", "value = \"3.2\"\n");
    // `.5` in quotes is a number, but not one TOML reads unquoted: the hint writes `0.5`.
    let half = CPI_SPEC.replace("value = 3\n", "value = \".5\"\n");
    let d = dir(&[
        ("spec.toml", CPI_SPEC),
        ("quoted.toml", &quoted),
        ("half.toml", &half),
        ("p.csv", "id,value,as_of\ncpi,3.2%,2026-06-30\n"),
        ("c.csv", "id,value,as_of\ncpi,\"1,800\",2026-06-30\n"),
        ("s.toml", "as_of = 2026-06-30\n[values]\ncpi = \"5.1%\"\n"),
        ("a.toml", "as_of = 2026-06-30\n[values]\ncpi = 3.2\n"),
        ("d.csv", "id,value,as_of\ncpi,\"12,5\",2026-06-30\n"),
    ]);
    let hint = |args: &[&str], said: &str| {
        run(&d, args).code(2).stderr(contains(said));
    };
    hint(
        &["validate", "--spec", "spec.toml", "p.csv"],
        "write the number alone (3.2) and the unit",
    );
    hint(
        &["validate", "--spec", "spec.toml", "c.csv"],
        "without thousands separators: 1800, not 1,800",
    );
    hint(
        &["validate", "--spec", "spec.toml", "s.toml"],
        "write `cpi = 5.1`, or `{ value = 5.1, unit = \"…\" }`",
    );
    hint(
        &["validate", "--spec", "quoted.toml", "a.toml"],
        "remove the quotes: `value = 3.2`",
    );
    run(&d, &["validate", "--spec", "half.toml", "a.toml"])
        .code(2)
        .stderr(contains("remove the quotes: `value = 0.5`").and(contains("`value = .5`").not()));
    // A decimal comma is not read as thousands: the general example stays.
    hint(
        &["validate", "--spec", "spec.toml", "d.csv"],
        "1846, not 1,846",
    );
}
