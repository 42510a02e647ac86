//! GitHub shows 10 error and 10 warning annotations per step and drops the rest without
//! a word (issue 15, problem 3). With more, the `github` format puts the failing targets
//! with the largest gap first and ends with one annotation saying how many more there are.

mod common;

use common::progress;

/// A spec of `errors` targets that will be missed by 1 %, 2 % … of their goal, and
/// `warnings` more of severity `warn`, missed too.
fn spec_and_actuals(errors: usize, warnings: usize) -> (String, String) {
    let mut spec = String::from("version = 1\n");
    let mut actuals = String::from("as_of = 2021-01-31\n\n[values]\n");
    for i in 1..=errors + warnings {
        let severity = if i > errors {
            "severity = \"warn\"\n"
        } else {
            ""
        };
        spec.push_str(&format!(
            "\n[[target]]\nid = \"t{i}\"\nname = \"T{i}\"\nunit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\n\
             value = 100\nstart = 2020-01-01\ndeadline = 2020-12-31\n{severity}"
        ));
        // A bigger gap for a later target: t30 misses by 30 %.
        actuals.push_str(&format!("t{i} = {}\n", 100 - (i % 60)));
    }
    (spec, actuals)
}

fn github(errors: usize, warnings: usize) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (spec, actuals) = spec_and_actuals(errors, warnings);
    std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
    std::fs::write(dir.path().join("actuals.toml"), actuals).unwrap();
    let out = progress()
        .current_dir(dir.path())
        .args([
            "check",
            "actuals.toml",
            "--spec",
            "spec.toml",
            "--format",
            "github",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(if errors > 0 { 1 } else { 0 }));
    String::from_utf8(out.stdout).unwrap()
}

fn lines<'a>(text: &'a str, level: &str) -> Vec<&'a str> {
    text.lines()
        .filter(|l| l.starts_with(&format!("::{level} ")))
        .collect()
}

#[test]
fn thirty_missed_targets_give_ten_errors_the_largest_gaps_first_and_a_count() {
    let text = github(30, 0);
    let errors = lines(&text, "error");
    assert_eq!(errors.len(), 10, "{text}");
    // The nine largest gaps: t30 (30 %) down to t22.
    for (error, id) in errors.iter().zip((22..=30).rev()) {
        assert!(error.contains(&format!("(t{id}) —")), "{error}");
    }
    let last = errors[9];
    assert!(last.contains("title=21 more failing targets::"), "{last}");
    assert!(
        last.contains("GitHub shows 10 error annotations per step"),
        "{last}"
    );
    assert!(
        last.contains(": t21, t20, t19"),
        "the hidden ones are named: {last}"
    );
    assert!(last.contains(", t2, and 1 other. "), "{last}");
    // The summary notice stays last.
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("::notice title=progress::30 targets")
    );
}

#[test]
fn warnings_are_capped_on_their_own() {
    let text = github(3, 14);
    assert_eq!(lines(&text, "error").len(), 3);
    let warnings = lines(&text, "warning");
    assert_eq!(warnings.len(), 10);
    assert!(
        warnings[0].contains("(t17) —"),
        "largest gap first: {}",
        warnings[0]
    );
    assert!(
        warnings[9].contains("5 more targets with a warning"),
        "{}",
        warnings[9]
    );
}

#[test]
fn ten_or_fewer_keep_the_spec_order_and_no_count() {
    let text = github(10, 0);
    let errors = lines(&text, "error");
    assert_eq!(errors.len(), 10);
    for (error, id) in errors.iter().zip(1..=10) {
        assert!(error.contains(&format!("(t{id}) —")), "{error}");
    }
    assert!(!text.contains("more failing targets"));
}
