//! Figures are compared as the decimals they are written as (issue: "Exact at the
//! boundary"): a value equal to its goal meets an inclusive rule, unit conversion and
//! growth are exact, figures beyond the decimal range and goals that cannot be made from
//! their baseline are refused where they are written, and a flow's value dated before
//! its window decides nothing. Each case runs the real binary on real files.

mod common;
use common::{progress, target_in, temp_file};
use predicates::prelude::*;
use predicates::str::contains;

/// One target of a spec: id, unit, measure, rule and the goal lines.
fn target(id: &str, unit: &str, measure: &str, rule: &str, goal: &str) -> String {
    format!(
        "[[target]]\nid = \"{id}\"\nname = \"{id}\"\nunit = \"{unit}\"\nmeasure = \"{measure}\"\n\
         rule = \"{rule}\"\n{goal}\nstart = 2020-01-01\ndeadline = 2020-12-31\n\n"
    )
}

/// The three cases of the issue, each exactly at its goal.
fn boundary_spec() -> String {
    format!(
        "version = 1\n\n{}{}{}",
        target("cpi", "%", "level", "about", "value = 3\ntolerance = 0.1"),
        target("growth", "%", "growth", "at-least", "value = 20"),
        target("cost", "万元", "level", "at-least", "value = 5700"),
    )
}

const BOUNDARY_ACTUALS: &str = "as_of = 2020-12-31\n[values]\ncpi = 3.1\n\
    growth = { previous = 100, current = 120 }\ncost = { value = 0.57, unit = \"亿元\" }\n";

/// `check a.toml --spec spec.toml -f json` in `dir`: asserts the exit code, returns the report.
fn json_check(dir: &tempfile::TempDir, code: i32) -> serde_json::Value {
    let out = progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "--spec", "spec.toml", "-f", "json"])
        .assert()
        .code(code);
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

/// Writes `spec.toml` and `a.toml` in a fresh folder.
fn files(spec: &str, actuals: &str) -> tempfile::TempDir {
    let (dir, _) = temp_file("spec.toml", spec);
    std::fs::write(dir.path().join("a.toml"), actuals).unwrap();
    dir
}

#[test]
fn values_equal_to_the_goal_meet_inclusive_rules() {
    let dir = files(&boundary_spec(), BOUNDARY_ACTUALS);
    let v = json_check(&dir, 0);
    assert_eq!(v["summary"]["met"], 3, "{v}");
    assert_eq!(v["summary"]["failing"], 0);
    for (id, actual, gap) in [
        ("cpi", 3.1, 0.1),
        ("growth", 20.0, 0.0),
        ("cost", 5700.0, 0.0),
    ] {
        let t = target_in(&v, id);
        assert_eq!(t["status"], "met", "{id}: {t}");
        assert_eq!(t["actual"].as_f64(), Some(actual), "{id}");
        assert_eq!(t["gap"].as_f64(), Some(gap), "{id}");
    }
    // The table says the same, with no ✗.
    progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "--spec", "spec.toml"])
        .assert()
        .code(0)
        .stdout(contains("3 targets: 3 met · 0 failing").and(contains("✗").not()));
}

#[test]
fn at_the_goal_before_the_deadline_is_on_track_or_met() {
    // Before the deadline: `about` and growth are on track, the floor is already met.
    let dir = files(
        &boundary_spec(),
        &BOUNDARY_ACTUALS.replace("2020-12-31", "2020-06-30"),
    );
    let v = json_check(&dir, 0);
    assert_eq!(target_in(&v, "cpi")["status"], "on-track");
    assert_eq!(target_in(&v, "growth")["status"], "on-track");
    assert_eq!(target_in(&v, "cost")["status"], "met");
}

#[test]
fn explain_shows_the_exact_test_holding() {
    let dir = files(&boundary_spec(), BOUNDARY_ACTUALS);
    let explain = |id: &str| {
        let out = progress()
            .current_dir(dir.path())
            .args(["explain", id, "a.toml", "--spec", "spec.toml"])
            .assert()
            .code(0);
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let cpi = explain("cpi");
    assert!(cpi.contains("|3.1 − 3| = 0.1 ≤ 0.1: holds"), "{cpi}");
    let growth = explain("growth");
    assert!(
        growth.contains("(120 / 100 − 1) × 100 = 20%") && growth.contains("20 ≥ 20: holds"),
        "{growth}"
    );
    // The gap between two rates is in percentage points (deliberately changed from `%`).
    assert!(
        growth.contains("actual − goal = 20 − 20 = 0 个百分点"),
        "{growth}"
    );
    let cost = explain("cost");
    assert!(
        cost.contains("5,700 万元 (given as 0.57 亿元, converted)")
            && cost.contains("5,700 ≥ 5,700: holds")
            && cost.contains("= 0 万元"),
        "{cost}"
    );
}

#[test]
fn csv_actuals_are_exact_too() {
    let dir = files(
        &boundary_spec(),
        "id,value,unit,as_of\ncpi,3.1,,2020-12-31\ncost,0.57,亿元,2020-12-31\n",
    );
    std::fs::write(
        dir.path().join("a.csv"),
        "id,value,unit,as_of\ncpi,3.1,,2020-12-31\ncost,0.57,亿元,2020-12-31\ngrowth,20,,2020-12-31\n",
    )
    .unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", "a.csv", "--spec", "spec.toml"])
        .assert()
        .code(0)
        .stdout(contains("3 met · 0 failing"));
}

#[test]
fn strict_rules_fail_exactly_at_the_goal() {
    // 0.57 亿元 is exactly 5700 万元: not more than 5700, and not less than it.
    let spec = format!(
        "version = 1\n\n{}{}",
        target("more", "万元", "level", "more-than", "value = 5700"),
        target("less", "万元", "level", "less-than", "value = 5700"),
    );
    let dir = files(
        &spec,
        "as_of = 2020-12-31\n[values]\nmore = { value = 0.57, unit = \"亿元\" }\n\
         less = { value = 57000000, unit = \"元\" }\n",
    );
    let v = json_check(&dir, 1);
    for id in ["more", "less"] {
        let t = target_in(&v, id);
        assert_eq!(t["status"], "missed", "{id}: {t}");
        assert_eq!(t["gap"].as_f64(), Some(0.0), "{id}");
    }
}

#[test]
fn increase_and_multiply_goals_resolve_exactly() {
    // 0.1 + 0.2 is 0.3 and 1.1 × 3 is 3.3 as decimals (not 0.30000000000000004, 3.3000000000000003).
    let spec = format!(
        "version = 1\n\n{}{}",
        target(
            "inc",
            "亿元",
            "level",
            "at-most",
            "baseline = 0.1\nincrease = 0.2"
        ),
        target(
            "mul",
            "亿元",
            "level",
            "at-least",
            "baseline = 1.1\nmultiply = 3"
        ),
    );
    let dir = files(
        &spec,
        "as_of = 2020-12-31\n[values]\ninc = 0.3\nmul = 3.3\n",
    );
    let v = json_check(&dir, 0);
    for (id, goal) in [("inc", 0.3), ("mul", 3.3)] {
        let t = target_in(&v, id);
        assert_eq!(t["status"], "met", "{id}: {t}");
        assert_eq!(t["goal"].as_f64(), Some(goal), "{id}");
        assert_eq!(t["gap"].as_f64(), Some(0.0), "{id}");
    }
}

#[test]
fn between_holds_at_either_bound() {
    let spec = format!(
        "version = 1\n\n{}{}",
        target("low", "万元", "level", "between", "value = [5700, 6000.5]"),
        target("high", "万元", "level", "between", "value = [5000, 5700]"),
    );
    let dir = files(
        &spec,
        "as_of = 2020-12-31\n[values]\nlow = { value = 0.57, unit = \"亿元\" }\n\
         high = { value = 57000000, unit = \"元\" }\n",
    );
    progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "--spec", "spec.toml"])
        .assert()
        .code(0)
        .stdout(contains("2 met · 0 failing"));
}

/// Runs `check` and asserts exit 2, no report, and every needle in the messages.
fn refused(spec: &str, actuals: Option<&str>, needles: &[&str]) {
    let dir = files(spec, actuals.unwrap_or(""));
    let mut cmd = progress();
    cmd.current_dir(dir.path()).arg("check");
    if actuals.is_some() {
        cmd.arg("a.toml");
    }
    let stderr = common::refused_with(cmd.args(["--spec", "spec.toml"]), needles);
    assert!(
        !stderr.contains("inf") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn figures_beyond_the_decimal_range_are_refused_where_written() {
    let spec = format!(
        "version = 1\n\n{}",
        target("cost", "元", "level", "at-least", "value = 100")
    );
    // Out of range as written.
    refused(
        &spec,
        Some("as_of = 2020-12-31\n[values]\ncost = { value = 1e300, unit = \"万亿元\" }\n"),
        &["`value` = 1e300 is out of range", "a.toml:3:18", "7.9e28"],
    );
    // In range as written, out of range once converted into 元.
    refused(
        &spec,
        Some("as_of = 2020-12-31\n[values]\ncost = { value = 1e20, unit = \"万亿元\" }\n"),
        &[
            "100000000000000000000 万亿元 is out of range in 元",
            "a.toml:3:18",
        ],
    );
    // The same in a CSV file.
    let dir = files(&spec, "");
    std::fs::write(
        dir.path().join("a.csv"),
        "id,value,unit,as_of\ncost,1e20,万亿元,2020-12-31\n",
    )
    .unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", "a.csv", "--spec", "spec.toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("out of range in 元").and(contains("a.csv:2:6")));
}

#[test]
fn goals_beyond_the_decimal_range_are_refused() {
    refused(
        &format!(
            "version = 1\n\n{}",
            target(
                "big",
                "元",
                "level",
                "at-least",
                "baseline = 1e308\nmultiply = 10"
            )
        ),
        None,
        &["`baseline` = 1e308 is out of range", "spec.toml:9:12"],
    );
    refused(
        &format!(
            "version = 1\n\n{}",
            target(
                "big",
                "元",
                "level",
                "at-least",
                "baseline = 1e28\nmultiply = 10"
            )
        ),
        None,
        &[
            "the goal, baseline 10000000000000000000000000000 × 10, is out of range",
            "spec.toml:9:12",
        ],
    );
    // A baseline given with the actual: refused there.
    refused(
        &format!(
            "version = 1\n\n{}",
            target("big", "元", "level", "at-least", "increase = 5e28")
        ),
        Some("as_of = 2020-12-31\n[values]\nbig = { value = 1, baseline = 5e28 }\n"),
        &["is out of range", "a.toml:3:31"],
    );
}

#[test]
fn multiply_on_a_baseline_of_zero_or_below_is_refused() {
    // "Double the profit" from −20: no goal (it would be −40, met at −30).
    let double = target("profit", "亿元", "level", "at-least", "multiply = 2");
    refused(
        &format!(
            "version = 1\n\n{}",
            double.replace("multiply = 2", "multiply = 2\nbaseline = -20")
        ),
        None,
        &[
            "`multiply = 2` needs a baseline above 0, and the baseline is -20",
            "spec.toml:10:12",
        ],
    );
    refused(
        &format!("version = 1\n\n{double}"),
        Some("as_of = 2020-12-31\n[values]\nprofit = { value = -30, baseline = -20 }\n"),
        &[
            "`multiply = 2` needs a baseline above 0, and the baseline is -20",
            "a.toml:3:36",
        ],
    );
    refused(
        &format!("version = 1\n\n{double}"),
        Some("as_of = 2020-12-31\n[values]\nprofit = { value = 5, baseline = 0 }\n"),
        &[
            "needs a baseline above 0, and the baseline is 0",
            "a.toml:3:34",
        ],
    );
}

#[test]
fn a_flow_value_dated_before_its_window_decides_nothing() {
    // A `ytd` flow counts from its start: 150 as of 2019-12-31 belongs to another year.
    let spec = format!(
        "version = 1\n\n{}",
        target("output", "亿元", "ytd", "at-least", "value = 100")
    );
    let dir = files(
        &spec,
        "as_of = 2019-12-31\nsource = \"2019 report\"\n[values]\noutput = 150\n",
    );
    let v = json_check(&dir, 0);
    let t = target_in(&v, "output");
    assert_eq!(t["status"], "no-data", "{t}");
    assert!(t["actual"].is_null() && t["gap"].is_null(), "{t}");
    assert!(t["history"].as_array().unwrap().is_empty(), "{t}");
    assert!(t["source"].is_null() && t["as_of"].is_null(), "{t}");
    // With --fail-on no-data it fails like any target without a value.
    progress()
        .current_dir(dir.path())
        .args([
            "check",
            "a.toml",
            "--spec",
            "spec.toml",
            "--fail-on",
            "no-data",
        ])
        .assert()
        .code(1);
    progress()
        .current_dir(dir.path())
        .args(["explain", "output", "a.toml", "--spec", "spec.toml"])
        .assert()
        .code(0)
        .stdout(contains("dated before the target's start"));
    // A later snapshot inside the window decides as usual.
    std::fs::write(
        dir.path().join("b.toml"),
        "as_of = 2020-03-31\n[values]\noutput = 100\n",
    )
    .unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "b.toml", "--spec", "spec.toml"])
        .assert()
        .code(0)
        .stdout(contains("met"));
}

#[test]
fn a_difference_beyond_the_range_fails_about_and_leaves_the_gap_empty() {
    // Both figures are in range; their difference (1.4e29) is not.
    let spec = format!(
        "version = 1\n\n{}",
        target(
            "far",
            "元",
            "level",
            "about",
            "value = -7e28\ntolerance = 1"
        )
    );
    let dir = files(&spec, "as_of = 2020-12-31\n[values]\nfar = 7e28\n");
    let v = json_check(&dir, 1);
    let t = target_in(&v, "far");
    assert_eq!(t["status"], "missed", "{t}");
    assert!(t["gap"].is_null(), "{t}");
    progress()
        .current_dir(dir.path())
        .args(["explain", "far", "a.toml", "--spec", "spec.toml"])
        .assert()
        .code(0)
        .stdout(contains("is beyond the decimal range").and(contains("fails")));
}

/// A value just past a bound is written whole in the machine formats (not rounded to the
/// bound with a gap of 0 beside `missed`), and a figure from the files in a count unit
/// keeps its decimals in the table (3.4 个 outside 2.9–3.1 个 never reads "3 个").
#[test]
fn figures_just_past_a_bound_are_shown_as_written() {
    let spec = format!(
        "version = 1\n\n{}{}",
        target("cap", "%", "level", "at-most", "value = 3.1"),
        target("band", "个", "level", "between", "value = [2.9, 3.1]"),
    );
    let dir = files(
        &spec,
        "as_of = 2020-12-31\n[values]\ncap = 3.1000001\nband = 3.4\n",
    );
    let run = |format: &str| {
        let out = progress()
            .current_dir(dir.path())
            .args(["check", "a.toml", "--spec", "spec.toml", "--color", "never"])
            .args(["--format", format])
            .assert()
            .code(1);
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let cap = target_in(&json, "cap");
    assert_eq!(cap["status"], "missed");
    assert_eq!(cap["actual"].as_f64(), Some(3.1000001));
    assert!(cap["gap"].as_f64().unwrap() > 0.0, "{cap}");
    let csv = run("csv");
    assert!(csv.contains(",3.1000001,"), "{csv}");
    let table = run("table");
    let band_row = table.lines().find(|l| l.contains("band")).unwrap();
    assert!(band_row.contains("3.4 个"), "{table}");
}
