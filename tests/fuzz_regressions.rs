//! Inputs the fuzzers found (fuzz/, docs/fuzzing.md), kept as regression tests: each is
//! run through the real binary and must be refused cleanly, never crash.

mod common;

use std::path::Path;

use predicates::prelude::*;

/// Runs `check` with `spec` (a file in tests/fuzz-cases) and the example actuals.
fn check_spec(case: &str) -> assert_cmd::assert::Assert {
    common::progress()
        .args([
            "check",
            "examples/actuals-2020.toml",
            "--color",
            "never",
            "--spec",
        ])
        .arg(Path::new("tests/fuzz-cases").join(case))
        .assert()
}

/// Found by `spec_load` (run 1): a mangled copy of the built-in spec with 412 syntax
/// errors. Each error's snippet re-read the whole file, so rendering took seconds under
/// the fuzzer (libFuzzer timeout); snippets are now cut from indexed lines.
#[test]
fn hundreds_of_syntax_errors_are_each_reported_once() {
    check_spec("spec-timeout-93d85d5e.toml")
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("panicked").not())
        .stderr(predicate::str::ends_with(
            "error: 412 problems found; nothing was evaluated\n",
        ))
        .stderr(predicate::str::contains(
            "error: invalid TOML: missing comma between array elements, expected `,`",
        ));
}

/// Found by `spec_load` (run 1) as a slow unit, for the same reason.
#[test]
fn a_mangled_spec_is_refused_with_every_problem() {
    check_spec("spec-slow-40809f5d.toml")
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("panicked").not())
        .stderr(predicate::str::ends_with(
            "error: 99 problems found; nothing was evaluated\n",
        ))
        .stderr(predicate::str::contains(
            "--> tests/fuzz-cases/spec-slow-40809f5d.toml:",
        ));
}
