//! The CI examples work where people use them (issue 15, problem 3): the binary cached,
//! JUnit published only where the token may write checks and never failing the job, one
//! job summary; a GitLab job with JUnit as a report and the Markdown table in the log.
//! Both command lines run as written on real files.

mod common;

use std::path::Path;

use common::formats::{ACTUALS, SPEC};

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The `progress check …` command of a CI file: from its first mention to a blank line.
fn command(recipe: &str) -> Vec<String> {
    let start = recipe.find("progress check ").expect("runs progress check");
    recipe[start..]
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .flat_map(|l| l.split_whitespace())
        .map(String::from)
        .collect()
}

/// Runs the command in a folder holding the fixture as actuals.toml and targets.toml.
fn run(command: &[String]) -> tempfile::TempDir {
    assert_eq!(
        command[..4],
        ["progress", "check", "actuals.toml", "--spec"]
    );
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join(ACTUALS), dir.path().join("actuals.toml")).unwrap();
    std::fs::copy(root.join(SPEC), dir.path().join("targets.toml")).unwrap();
    common::progress()
        .current_dir(dir.path())
        .args(&command[1..])
        .assert()
        .code(1);
    dir
}

/// The lines of the step named `name`, up to the next step.
fn step<'a>(recipe: &'a str, name: &str) -> &'a str {
    let start = recipe
        .find(&format!("- name: {name}"))
        .unwrap_or_else(|| panic!("no step {name}"));
    let rest = &recipe[start + 2..];
    &rest[..rest.find("\n      - ").map_or(rest.len(), |e| e + 1)]
}

#[test]
fn github_installs_a_cached_binary() {
    let recipe = read("examples/ci/github-actions.yml");
    assert!(recipe.contains("uses: actions/cache@v4"));
    let install = step(&recipe, "Install progress");
    assert!(
        install.contains("if: steps.cache.outputs.cache-hit != 'true'"),
        "{install}"
    );
    assert!(install.contains("cargo install --locked"), "{install}");
    // No Rust toolchain set up on every run: the cached binary needs none.
    assert!(!recipe.contains("rust-toolchain"));
}

#[test]
fn github_publishes_junit_only_where_the_token_allows_and_never_fails_for_it() {
    let recipe = read("examples/ci/github-actions.yml");
    let publish = step(&recipe, "Publish the JUnit report");
    assert!(
        publish.contains("github.event.pull_request.head.repo.fork == false"),
        "{publish}"
    );
    assert!(
        publish.contains("github.actor != 'dependabot[bot]'"),
        "{publish}"
    );
    assert!(publish.contains("continue-on-error: true"), "{publish}");
    // The action writes a job summary of its own unless told not to: one summary.
    assert!(publish.contains("job_summary: false"), "{publish}");
    assert_eq!(recipe.matches("GITHUB_STEP_SUMMARY").count(), 1);
}

#[test]
fn github_command_line_writes_what_the_later_steps_use() {
    let recipe = read("examples/ci/github-actions.yml");
    let dir = run(&command(&recipe));
    for file in [
        "progress-annotations.txt",
        "progress-summary.md",
        "progress-junit.xml",
        "progress-report.html",
    ] {
        assert!(
            recipe.matches(file).count() >= 2,
            "{file} is written and used"
        );
        assert!(dir.path().join(file).is_file(), "{file}");
    }
}

#[test]
fn gitlab_reports_junit_and_prints_the_markdown_table() {
    let recipe = read("examples/ci/gitlab-ci.yml");
    let dir = run(&command(&recipe));
    assert!(
        recipe.contains("reports:\n      junit: progress-junit.xml"),
        "{recipe}"
    );
    assert!(recipe.contains("when: always"));
    let after = &recipe[recipe.find("after_script:").unwrap()..];
    assert!(after.contains("cat progress-summary.md"), "{after}");
    assert!(recipe.contains("cargo install --locked"));
    assert!(recipe.contains("cache:"));
    for file in [
        "progress-summary.md",
        "progress-junit.xml",
        "progress-report.html",
    ] {
        assert!(dir.path().join(file).is_file(), "{file}");
    }
    let junit = std::fs::read_to_string(dir.path().join("progress-junit.xml")).unwrap();
    assert!(junit.contains("<testsuites"));
}
