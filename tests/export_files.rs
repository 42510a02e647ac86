//! Several reports in one run (`--export FORMAT=PATH`, repeatable), written atomically:
//! all rendered first, then every file written, or none.

mod common;

use common::files_in;

use std::path::Path;

use common::formats::{ACTUALS, SPEC, check, progress};
use predicates::prelude::*;

fn abs(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(rel)
        .display()
        .to_string()
}

#[test]
fn table_on_stdout_plus_junit_and_html_files() {
    let dir = tempfile::tempdir().unwrap();
    let junit = dir.path().join("report.xml");
    let html = dir.path().join("report.html");
    let out = progress()
        .args(["check", ACTUALS, "--spec", SPEC, "--color", "never"])
        .arg("--export")
        .arg(format!("junit={}", junit.display()))
        .arg("--export")
        .arg(format!("html={}", html.display()))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "the failing targets still fail the run"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("base stations") && stdout.contains("┆"),
        "the table on stdout"
    );
    // Each file is exactly what `--format` prints.
    assert_eq!(
        std::fs::read_to_string(&junit).unwrap(),
        check(SPEC, ACTUALS, "junit", &[]).0
    );
    assert_eq!(
        std::fs::read_to_string(&html).unwrap(),
        check(SPEC, ACTUALS, "html", &[]).0
    );
    // No temporary files left behind.
    assert_eq!(files_in(dir.path()), ["report.html", "report.xml"]);
}

#[test]
fn output_and_exports_together_and_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = progress();
    cmd.args([
        "check", ACTUALS, "--spec", SPEC, "--format", "json", "--output",
    ])
    .arg(dir.path().join("main.json"));
    for (format, file) in [
        ("table", "t.txt"),
        ("csv", "r.csv"),
        ("md", "r.md"),
        ("markdown", "r2.md"),
        ("github", "gh.txt"),
    ] {
        cmd.arg("--export")
            .arg(format!("{format}={}", dir.path().join(file).display()));
    }
    cmd.assert().code(1).stdout("");
    assert_eq!(
        files_in(dir.path()),
        ["gh.txt", "main.json", "r.csv", "r.md", "r2.md", "t.txt"]
    );
    let md = std::fs::read_to_string(dir.path().join("r.md")).unwrap();
    assert_eq!(
        md,
        std::fs::read_to_string(dir.path().join("r2.md")).unwrap()
    );
    let table = std::fs::read_to_string(dir.path().join("t.txt")).unwrap();
    assert!(!table.contains('\u{1b}'), "no colour in files unless asked");
}

#[test]
fn bad_input_writes_no_file_and_leaves_existing_ones_intact() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("report.xml");
    std::fs::write(&existing, "previous report").unwrap();
    let broken = dir.path().join("broken.toml");
    std::fs::write(
        &broken,
        "as_of = 2024-12-31\n[values]\nno-such-target = 1\n",
    )
    .unwrap();
    progress()
        .args(["check", "--spec", SPEC, "--color", "never"])
        .arg(&broken)
        .arg("--export")
        .arg(format!("junit={}", existing.display()))
        .arg("--export")
        .arg(format!("html={}", dir.path().join("new.html").display()))
        .arg("--output")
        .arg(dir.path().join("out.txt"))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no-such-target"));
    assert_eq!(
        std::fs::read_to_string(&existing).unwrap(),
        "previous report"
    );
    assert_eq!(files_in(dir.path()), ["broken.toml", "report.xml"]);
}

#[test]
fn an_unwritable_export_leaves_every_existing_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("report.json");
    std::fs::write(&existing, "previous report").unwrap();
    let missing_dir = dir.path().join("no-such-dir").join("report.html");
    progress()
        .args(["check", ACTUALS, "--spec", SPEC])
        .arg("--export")
        .arg(format!("json={}", existing.display()))
        .arg("--export")
        .arg(format!("html={}", missing_dir.display()))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("cannot write").and(predicate::str::contains("report.html")),
        );
    assert_eq!(
        std::fs::read_to_string(&existing).unwrap(),
        "previous report"
    );
    assert_eq!(
        files_in(dir.path()),
        ["report.json"],
        "no temporary file left"
    );
}

#[test]
fn two_reports_to_one_path_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("same.txt");
    progress()
        .args(["check", ACTUALS, "--spec", SPEC, "--output"])
        .arg(&path)
        .arg("--export")
        .arg(format!("csv={}", path.display()))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("two reports would be written to"));
    assert!(!path.exists());
}

#[test]
fn a_bad_export_argument_names_the_formats() {
    progress()
        .args(["check", &abs(ACTUALS), "--export", "xlsx=report.xlsx"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("`xlsx` is not a format").and(predicate::str::contains(
                "table, json, csv, markdown, junit, github, html",
            )),
        );
    // A bare path names its format by its extension, when only one format has it.
    progress()
        .args(["check", &abs(ACTUALS), "--export", "report.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "expected FORMAT=PATH, e.g. junit=report.xml",
        ));
    progress()
        .args(["check", &abs(ACTUALS), "--export", "junit="])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("junit=report.xml"));
}

#[test]
fn export_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let (xml, html) = (dir.path().join("r.xml"), dir.path().join("r.HTML"));
    progress()
        .args(["check", &abs(ACTUALS), "--spec", &abs(SPEC), "--export"])
        .arg(&xml)
        .arg("--export")
        .arg(&html)
        .assert()
        .code(1);
    let junit = std::fs::read_to_string(&xml).unwrap();
    assert!(
        junit.starts_with("<?xml") && junit.contains("<testsuites"),
        "{junit}"
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..80]);
    // An `=` in a path after a folder is part of the path.
    std::fs::create_dir(dir.path().join("runs")).unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", &abs(ACTUALS), "--spec", &abs(SPEC)])
        .args(["--export", "runs/id=3.json"])
        .assert()
        .code(1);
    let json = std::fs::read_to_string(dir.path().join("runs/id=3.json")).unwrap();
    assert!(json.starts_with('{'));
    // A mistyped format is still one, not a file name.
    progress()
        .current_dir(dir.path())
        .args(["check", &abs(ACTUALS), "--spec", &abs(SPEC)])
        .args(["--export", "jsno=r.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`jsno` is not a format"));
    assert!(!dir.path().join("jsno=r.json").exists());
}

#[test]
fn help_documents_export() {
    progress()
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("--export <FORMAT=PATH>")
                .and(predicate::str::contains(
                    "--export junit=report.xml --export html=report.html",
                ))
                .and(predicate::str::contains("markdown")),
        );
}

/// The command line of examples/ci/github-actions.yml works as written (on the fixture
/// files instead of the user's) and writes the four files the later steps publish.
#[test]
fn the_ci_recipe_command_line_works() {
    let recipe = std::fs::read_to_string(abs("examples/ci/github-actions.yml")).unwrap();
    let start = recipe
        .find("progress check ")
        .expect("the recipe runs progress check");
    let command: Vec<&str> = recipe[start..]
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .flat_map(|l| l.split_whitespace())
        .collect();
    assert_eq!(
        &command[..4],
        ["progress", "check", "actuals.toml", "--spec"]
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(abs(ACTUALS), dir.path().join("actuals.toml")).unwrap();
    std::fs::copy(abs(SPEC), dir.path().join("targets.toml")).unwrap();
    common::progress()
        .current_dir(dir.path())
        .args(&command[1..])
        .assert()
        .code(1);
    for file in [
        "progress-annotations.txt",
        "progress-summary.md",
        "progress-junit.xml",
        "progress-report.html",
    ] {
        assert!(
            recipe.matches(file).count() >= 2,
            "{file} is written and then used"
        );
        assert!(dir.path().join(file).is_file(), "{file} was written");
    }
    let annotations = std::fs::read_to_string(dir.path().join("progress-annotations.txt")).unwrap();
    assert!(annotations.contains("::error file=targets.toml,line="));
}
