//! Issue 12, real plans §1–3: maintaining targets, `hold`, and `tolerance` on floors and
//! caps, each case with the figures, through the real binary.

mod common;

use std::path::PathBuf;

use common::{progress, refused_with};
use serde_json::Value;

/// A spec of one target (the header added) and actuals files, in a fresh folder.
struct Case {
    dir: tempfile::TempDir,
    actuals: Vec<PathBuf>,
}

fn case(target: &str, actuals: &[&str]) -> Case {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("spec.toml"),
        format!("version = 1\n\n[[target]]\nid = \"t\"\nname = \"t\"\n{target}\n"),
    )
    .unwrap();
    let actuals = actuals
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = dir.path().join(format!("a{i}.toml"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    Case { dir, actuals }
}

impl Case {
    fn spec(&self) -> PathBuf {
        self.dir.path().join("spec.toml")
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        let mut cmd = progress();
        cmd.args(args).arg("--spec").arg(self.spec());
        for a in &self.actuals {
            cmd.arg(a);
        }
        cmd.output().unwrap()
    }

    /// The target of the JSON report.
    fn json(&self) -> Value {
        let out = self.run(&["check", "--format", "json"]);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        report["targets"][0].clone()
    }

    fn text(&self, args: &[&str]) -> String {
        let out = self.run(args);
        String::from_utf8(out.stdout).unwrap()
    }
}

fn values(as_of: &str, value: &str) -> String {
    format!("as_of = {as_of}\n\n[values]\nt = {value}\n")
}

const UNEMPLOYMENT: &str = "unit = \"%\"\nmeasure = \"level\"\nrule = \"less-than\"\n\
    value = 5.5\nbaseline = 5.2\nstart = 2024-01-01\ndeadline = 2024-12-31";

#[test]
fn a_breached_cap_from_a_baseline_inside_it_is_behind_not_on_track() {
    // Issue 12: "keep surveyed unemployment below 5.5%" from 5.2%: at 5.6% the table said
    // on-track with progress 133%.
    let c = case(UNEMPLOYMENT, &[&values("2024-06-30", "5.6")]);
    let t = c.json();
    assert_eq!(t["status"], "behind");
    assert_eq!(t["maintaining"], true);
    assert_eq!(t["hold"], "deadline");
    assert_eq!(t["progress"], Value::Null, "no 133%");
    assert_eq!(t["pace"], Value::Null);
    assert_eq!(t["expected"], Value::Null);
    assert!(
        t["reason"].as_str().unwrap().contains("breached now"),
        "{t}"
    );
    let table = c.text(&["check", "--color", "never", "--width", "160"]);
    assert!(!table.contains("133"), "{table}");
    assert!(table.contains("behind"), "{table}");
}

#[test]
fn a_worse_breach_is_behind_with_no_pace() {
    // At 6.5% it was on-track with π 10.84: the worse the breach, the faster the pace.
    let t = case(UNEMPLOYMENT, &[&values("2024-06-30", "6.5")]).json();
    assert_eq!(t["status"], "behind");
    assert_eq!(t["pace"], Value::Null, "not 10.84");
    assert_eq!(t["progress"], Value::Null, "not 433%");
}

#[test]
fn a_kept_cap_is_on_track_then_met_or_missed_at_the_deadline() {
    let t = case(UNEMPLOYMENT, &[&values("2024-06-30", "5.3")]).json();
    assert_eq!(t["status"], "on-track");
    assert_eq!(t["pace"], Value::Null);
    let t = case(UNEMPLOYMENT, &[&values("2024-12-31", "5.3")]).json();
    assert_eq!(t["status"], "met");
    // The final date decides by the rule: missed.
    let t = case(UNEMPLOYMENT, &[&values("2024-12-31", "5.6")]).json();
    assert_eq!(t["status"], "missed");
}

#[test]
fn a_floor_kept_from_above_breached_is_behind() {
    // "Grain capacity above 6.5亿吨" from 6.69: at 6.2 it was on-track.
    let c = case(
        "unit = \"亿吨\"\nmeasure = \"level\"\nrule = \"more-than\"\nvalue = 6.5\n\
         baseline = 6.69\nstart = 2021-01-01\ndeadline = 2025-12-31",
        &[&values("2023-12-31", "6.2")],
    );
    let t = c.json();
    assert_eq!(t["status"], "behind");
    assert_eq!(t["maintaining"], true);
    assert_eq!(t["pace"], Value::Null);
    // Kept, it is on-track, not met four years early (its default hold is `deadline`).
    let c = case(
        "unit = \"亿吨\"\nmeasure = \"level\"\nrule = \"more-than\"\nvalue = 6.5\n\
         baseline = 6.69\nstart = 2021-01-01\ndeadline = 2025-12-31",
        &[&values("2023-12-31", "6.9")],
    );
    assert_eq!(c.json()["status"], "on-track");
}

#[test]
fn a_baseline_from_the_actuals_makes_a_target_maintaining_too() {
    let c = case(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"less-than\"\nvalue = 5.5\n\
         start = 2024-01-01\ndeadline = 2024-12-31",
        &["as_of = 2024-06-30\n\n[values]\nt = { value = 5.6, baseline = 5.2 }\n"],
    );
    let t = c.json();
    assert_eq!(t["status"], "behind");
    assert_eq!(t["maintaining"], true);
}

#[test]
fn explain_words_a_bound_to_maintain() {
    let c = case(UNEMPLOYMENT, &[&values("2024-06-30", "5.6")]);
    let out = c.text(&["explain", "t"]);
    assert!(
        out.contains("a bound to maintain: 5.6% breaks < 5.5% now"),
        "{out}"
    );
    assert!(
        out.contains("hold        deadline (the default for a bound to maintain)"),
        "{out}"
    );
    assert!(
        out.contains("pace        none: a bound to maintain"),
        "{out}"
    );
}

#[test]
fn an_explicit_hold_once_makes_a_kept_bound_met() {
    let c = case(
        &format!("{UNEMPLOYMENT}\nhold = \"once\""),
        &[&values("2024-06-30", "5.3")],
    );
    let t = c.json();
    assert_eq!(t["status"], "met");
    assert_eq!(t["hold"], "once");
}

const AIR: &str = "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 87.5\n\
    baseline = 87\nstart = 2021-01-01\ndeadline = 2025-12-31";

#[test]
fn a_floor_that_must_still_hold_is_not_met_early() {
    // Issue 12: a good-air-days rate of 87.5% reached in 2021 was `met` four years early.
    let without = case(AIR, &[&values("2021-12-31", "87.5")]).json();
    assert_eq!(
        without["status"], "met",
        "the default hold of a floor is once"
    );
    assert_eq!(without["hold"], "once");
    let spec = format!("{AIR}\nhold = \"deadline\"");
    let c = case(&spec, &[&values("2021-12-31", "87.5")]);
    let t = c.json();
    assert_eq!(t["status"], "on-track");
    assert_eq!(t["hold"], "deadline");
    // … and it fell to 85.5% by 2023: behind.
    let c = case(
        &spec,
        &[&values("2021-12-31", "87.5"), &values("2023-12-31", "85.5")],
    );
    assert_eq!(c.json()["status"], "behind");
    // At the deadline it decides.
    let c = case(&spec, &[&values("2025-12-31", "87.6")]);
    assert_eq!(c.json()["status"], "met");
}

#[test]
fn an_availability_over_the_quarter_is_not_met_at_mid_quarter() {
    let c = case(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 99.9\n\
         hold = \"deadline\"\nstart = 2024-01-01\ndeadline = 2024-03-31",
        &[&values("2024-02-15", "99.95")],
    );
    let t = c.json();
    assert_eq!(t["status"], "on-track");
    assert_ne!(t["status"], "met");
}

#[test]
fn every_year_misses_on_a_broken_completed_year_naming_it() {
    let spec = "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 87.5\n\
        hold = \"every-year\"\nstart = 2021-01-01\ndeadline = 2025-12-31";
    // The CSV long layout gives one value per year.
    let c = case(spec, &[]);
    let csv = c.dir.path().join("air.csv");
    std::fs::write(
        &csv,
        "id,value,as_of\nt,87.6,2021-12-31\nt,88,2022-06-30\nt,85.5,2022-12-31\nt,88.1,2023-12-31\n",
    )
    .unwrap();
    let out = progress()
        .args(["check", "--format", "json", "--spec"])
        .arg(c.spec())
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "missed fails the run");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = &report["targets"][0];
    assert_eq!(t["status"], "missed");
    let reason = t["reason"].as_str().unwrap();
    assert!(
        reason.contains("2022") && reason.contains("85.5"),
        "{reason}"
    );
    let years = t["hold_years"].as_array().unwrap();
    assert_eq!(years.len(), 3);
    assert_eq!(years[1]["year"], 2022);
    assert_eq!(
        years[1]["actual"], 85.5,
        "the latest value dated in the year"
    );
    assert_eq!(years[1]["holds"], false);
    assert_eq!(years[2]["holds"], true);
}

#[test]
fn every_year_names_a_year_without_a_value_and_does_not_fail_it() {
    let spec = "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 87.5\n\
        baseline = 88\nhold = \"every-year\"\nstart = 2021-01-01\ndeadline = 2025-12-31";
    let c = case(
        spec,
        &[&values("2021-12-31", "88"), &values("2023-12-31", "88.2")],
    );
    let t = c.json();
    assert_eq!(t["status"], "on-track");
    assert_eq!(t["hold"], "every-year");
    let reason = t["reason"].as_str().unwrap();
    assert!(reason.contains("no value dated in 2022"), "{reason}");
    let years = t["hold_years"].as_array().unwrap();
    assert_eq!(years[1]["actual"], Value::Null);
    assert_eq!(years[1]["holds"], Value::Null);
    let explain = c.text(&["explain", "t"]);
    assert!(
        explain.contains(
            "years       2021 88%: holds · 2022: no value dated in the year, not judged · \
             2023 88.2%: holds"
        ),
        "{explain}"
    );
    assert!(
        explain.contains("hold        every-year (set in the spec)"),
        "{explain}"
    );
    // The current year, not completed, is not judged yet.
    let c = case(spec, &[&values("2024-06-30", "80")]);
    let t = c.json();
    assert_eq!(t["status"], "behind", "as `deadline` otherwise: {t}");
}

#[test]
fn a_ytd_cap_ignores_hold() {
    let c = case(
        "unit = \"万吨\"\nmeasure = \"ytd\"\nrule = \"at-most\"\nvalue = 100\n\
         hold = \"deadline\"\nstart = 2024-01-01\ndeadline = 2024-12-31",
        &[&values("2024-06-30", "101")],
    );
    let t = c.json();
    assert_eq!(t["status"], "missed", "a cap already exceeded");
    assert_eq!(t["hold"], Value::Null);
}

#[test]
fn misuse_of_hold_is_refused_at_the_key() {
    let c = case(
        "measure = \"milestone\"\nrule = \"done\"\nhold = \"deadline\"\n\
         start = 2024-01-01\ndeadline = 2024-12-31",
        &[],
    );
    refused_with(
        progress().arg("validate").arg("--spec").arg(c.spec()),
        &["a milestone has no `hold`", "spec.toml:8:8"],
    );
    let c = case(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 99.9\n\
         hold = \"every-year\"\nstart = 2024-01-01\ndeadline = 2024-03-31",
        &[],
    );
    refused_with(
        progress().arg("validate").arg("--spec").arg(c.spec()),
        &[
            "`hold = \"every-year\"` needs a 31 December",
            "spec.toml:10:8",
        ],
    );
    let c = case(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 99.9\n\
         hold = \"always\"\nstart = 2024-01-01\ndeadline = 2024-03-31",
        &[],
    );
    refused_with(
        progress().arg("validate").arg("--spec").arg(c.spec()),
        &["spec.toml:10:8", "every-year"],
    );
}

#[test]
fn a_window_ending_on_31_december_has_its_year() {
    // 2023-12-31 .. 2024-12-31 holds one year, 2024: accepted.
    let c = case(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 90\n\
         hold = \"every-year\"\nstart = 2023-12-31\ndeadline = 2024-12-31",
        &[],
    );
    progress()
        .arg("validate")
        .arg("--spec")
        .arg(c.spec())
        .assert()
        .success();
}

const CPI: &str = "unit = \"%\"\nmeasure = \"growth\"\nrule = \"at-most\"\nvalue = 3\n\
    tolerance = 0.5\nstart = 2023-01-01\ndeadline = 2023-12-31";

#[test]
fn cpi_about_3_as_a_soft_ceiling_is_met_at_0_2() {
    // Issue 12: "居民消费价格涨幅3%左右" read as `about` made 0.2% missed.
    let t = case(CPI, &[&values("2023-12-31", "0.2")]).json();
    assert_eq!(t["status"], "met");
    assert_eq!(t["within_tolerance"], false);
    let t = case(CPI, &[&values("2023-06-30", "0.2")]).json();
    assert_eq!(t["status"], "on-track");
    let t = case(CPI, &[&values("2023-12-31", "3.5")]).json();
    assert_eq!(t["status"], "met");
    assert_eq!(t["within_tolerance"], true);
    let t = case(CPI, &[&values("2023-12-31", "3.6")]).json();
    assert_eq!(t["status"], "missed");
    assert_eq!(t["within_tolerance"], false);
}

#[test]
fn tolerance_is_inclusive_and_exact() {
    let spec = "unit = \"%\"\nmeasure = \"level\"\nrule = \"less-than\"\nvalue = 5.5\n\
        tolerance = 0.2\nstart = 2024-01-01\ndeadline = 2024-12-31";
    let t = case(spec, &[&values("2024-12-31", "5.7")]).json();
    assert_eq!(t["status"], "met");
    assert_eq!(t["within_tolerance"], true);
    let t = case(spec, &[&values("2024-12-31", "5.7000001")]).json();
    assert_eq!(t["status"], "missed");
    assert_eq!(t["within_tolerance"], false);
    let t = case(spec, &[&values("2024-12-31", "5.4")]).json();
    assert_eq!(t["within_tolerance"], false, "holds without the tolerance");
}

#[test]
fn a_floor_within_tolerance_is_met_and_pace_aims_at_the_goal_itself() {
    let spec = "unit = \"万人\"\nmeasure = \"ytd\"\nrule = \"at-least\"\nvalue = 1200\n\
        tolerance = 50\nstart = 2024-01-01\ndeadline = 2024-12-31";
    let t = case(spec, &[&values("2024-11-30", "1160")]).json();
    assert_eq!(t["status"], "met");
    assert_eq!(t["within_tolerance"], true);
    assert_eq!(t["pace"], Value::Null, "no pace once the rule holds");
    // Short of the tolerated edge: paced towards 1200, not 1150.
    let t = case(spec, &[&values("2024-06-30", "575")]).json();
    let progress = t["progress"].as_f64().unwrap();
    assert!((progress - 575.0 / 1200.0).abs() < 1e-3, "{t}");
}

#[test]
fn every_format_says_within_tolerance() {
    let c = case(CPI, &[&values("2023-12-31", "3.4")]);
    for format in ["table", "markdown", "html", "junit"] {
        let out = c.text(&["check", "--format", format, "--color", "never"]);
        assert!(out.contains("within tolerance"), "{format}: {out}");
    }
    // GitHub annotates failing targets only: one whose latest value is within tolerance,
    // missed for an earlier year.
    let missed = case(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-most\"\nvalue = 3\ntolerance = 0.5\n\
         hold = \"every-year\"\nstart = 2022-01-01\ndeadline = 2025-12-31",
        &[&values("2022-12-31", "4"), &values("2023-12-31", "3.4")],
    );
    let out = missed.text(&["check", "--format", "github"]);
    assert!(out.contains("::error"), "{out}");
    assert!(out.contains("missed (within tolerance)"), "{out}");
    assert!(out.contains("2022 broke it with 4"), "{out}");
    let csv = c.text(&["check", "--format", "csv"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = |k: &str| row[header.iter().position(|h| *h == k).unwrap()];
    assert_eq!(at("within_tolerance"), "true");
    assert_eq!(at("hold"), "deadline");
    assert_eq!(at("maintaining"), "false");
    let explain = c.text(&["explain", "t"]);
    assert!(explain.contains("within tolerance"), "{explain}");
    assert!(
        explain.contains("tolerance   0.5: a soft bound"),
        "{explain}"
    );
}

#[test]
fn tolerance_zero_changes_nothing() {
    let with = "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-most\"\nvalue = 3\nbaseline = 4\n\
        tolerance = 0\nstart = 2024-01-01\ndeadline = 2024-12-31";
    let without = with.replace("tolerance = 0\n", "");
    for value in ["3.5", "3", "2.9", "4.2"] {
        let a = case(with, &[&values("2024-06-30", value)]).json();
        let b = case(&without, &[&values("2024-06-30", value)]).json();
        let strip = |mut v: Value| {
            v.as_object_mut().unwrap().remove("tolerance");
            v
        };
        assert_eq!(strip(a), strip(b), "{value}");
    }
}

#[test]
fn misuse_of_tolerance_is_refused_at_the_key() {
    let c = case(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-most\"\nvalue = 3\n\
         tolerance = -0.5\nstart = 2024-01-01\ndeadline = 2024-12-31",
        &[],
    );
    refused_with(
        progress().arg("validate").arg("--spec").arg(c.spec()),
        &["`tolerance` cannot be negative", "spec.toml:10:13"],
    );
    let c = case(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"between\"\nvalue = [1, 3]\n\
         tolerance = 0.5\nstart = 2024-01-01\ndeadline = 2024-12-31",
        &[],
    );
    refused_with(
        progress().arg("validate").arg("--spec").arg(c.spec()),
        &["`tolerance` goes with", "spec.toml:10:13"],
    );
}

#[test]
fn list_shows_tolerance_and_an_explicit_hold() {
    let c = case(&format!("{CPI}\nhold = \"once\""), &[]);
    let out = c.text(&["list"]);
    assert!(out.contains("at-most (hold once)"), "{out}");
    assert!(out.contains("≤ 3 (tolerance 0.5)"), "{out}");
}

#[test]
fn the_2020_statuses_are_unchanged_and_none_is_maintaining() {
    let out = progress()
        .args(["check", "examples/actuals-2020.toml", "--format", "json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    for t in report["targets"].as_array().unwrap() {
        assert_eq!(t["maintaining"], false, "{}", t["id"]);
        assert_eq!(t["within_tolerance"], false, "{}", t["id"]);
    }
}

#[test]
fn the_table_says_why_a_bound_to_hold_is_breached() {
    // Review: JSON, GitHub and JUnit gave the reason of a breached bound, the table only
    // "behind". A maintaining cap broken now, a soft cap broken beyond its tolerance, an
    // `every-year` floor broken in a completed year: each gets a line under the table with
    // the report's own reason; a kept bound gets none.
    let c = case(UNEMPLOYMENT, &[&values("2024-06-30", "5.6")]);
    let table = c.text(&["check", "--color", "never"]);
    assert!(
        table.contains("\nbreached: t: the bound to maintain is breached now\n"),
        "{table}"
    );
    let soft = "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-most\"\nvalue = 3\n\
        tolerance = 0.5\nbaseline = 2.5\nstart = 2024-01-01\ndeadline = 2024-12-31";
    let table = case(soft, &[&values("2024-06-30", "3.7")]).text(&["check", "--color", "never"]);
    assert!(
        table.contains("\nbreached: t: the bound to maintain is breached now\n"),
        "{table}"
    );
    // Within its tolerance it holds: no line.
    let table = case(soft, &[&values("2024-06-30", "3.4")]).text(&["check", "--color", "never"]);
    assert!(!table.contains("breached"), "{table}");
    let kept = case(UNEMPLOYMENT, &[&values("2024-06-30", "5.3")]);
    let table = kept.text(&["check", "--color", "never"]);
    assert!(!table.contains("breached"), "{table}");

    let spec = "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 87.5\n\
        hold = \"every-year\"\nstart = 2021-01-01\ndeadline = 2025-12-31";
    let c = case(spec, &[]);
    let csv = c.dir.path().join("air.csv");
    std::fs::write(
        &csv,
        "id,value,as_of\nt,87.6,2021-12-31\nt,85.5,2022-12-31\nt,88.1,2023-12-31\n",
    )
    .unwrap();
    let out = progress()
        .args(["check", "--color", "never", "--width", "200", "--spec"])
        .arg(c.spec())
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains(
            "\nbreached: t: the rule must hold every year, and 2022 broke it with 85.5 \
             (dated 2022-12-31)\n"
        ),
        "{table}"
    );
}
