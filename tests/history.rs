//! Several actuals files as snapshots (docs/history.md): order independence, conflicts,
//! folders, trend and projection on worked examples, at-risk, and every `--fail-on` member.
//! All through the real binary on real files.

mod common;
use common::{progress, target_in};
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;
use std::path::PathBuf;

/// A temporary folder holding a spec and some actuals files.
struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new(spec: &str) -> Case {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
        Case { dir }
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, text).unwrap();
        path
    }

    /// `progress check --spec spec.toml ARGS…`, run in the folder.
    fn check(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        progress()
            .current_dir(self.dir.path())
            .args(["check", "--spec", "spec.toml", "--color", "never"])
            .args(args)
            .assert()
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json", "--fail-on", "never"]);
        let out = self.check(&all).code(0).get_output().stdout.clone();
        serde_json::from_slice(&out).unwrap()
    }
}

/// A one-target spec: id `t`, start 2020-01-01, deadline 2022-12-31 (1095 days).
fn spec(lines: &str) -> String {
    format!(
        "version = 1\n\n[[target]]\nid = \"t\"\nname = \"T\"\nunit = \"个\"\nstart = 2020-01-01\n\
         deadline = 2022-12-31\n{lines}\n"
    )
}

fn snapshot(as_of: &str, value: &str) -> String {
    format!("as_of = {as_of}\n\n[values]\nt = {value}\n")
}

/// The one target of a one-target JSON report.
fn target(report: &Value) -> &Value {
    &report["targets"][0]
}

const FLOOR: &str = "measure = \"level\"\nrule = \"at-least\"\nbaseline = 0\nvalue = 100";

// ---------------------------------------------------------------- snapshots and order

#[test]
fn the_order_of_the_files_does_not_matter() {
    let files: Vec<PathBuf> = std::fs::read_dir("examples/history")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(files.len() >= 6, "{files:?}");
    let mut sorted = files.clone();
    sorted.sort();
    let mut reversed = sorted.clone();
    reversed.reverse();
    let run = |paths: &[PathBuf]| {
        let out = progress()
            .arg("check")
            .args(paths)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "two targets are missed");
        String::from_utf8(out.stdout).unwrap()
    };
    let forward = run(&sorted);
    assert_eq!(forward, run(&reversed));
    // And naming the folder is the same as naming its files.
    assert_eq!(forward, run(&[PathBuf::from("examples/history")]));

    let report: Value = serde_json::from_str(&forward).unwrap();
    assert_eq!(report["as_of"], "2021-08-31");
    let five_g = &report["targets"][0];
    assert_eq!(five_g["id"], "5g-base-stations");
    assert_eq!(five_g["actual"], 4717);
    assert_eq!(five_g["as_of"], "2021-08-31");
    let dates: Vec<&str> = five_g["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["as_of"].as_str().unwrap())
        .collect();
    let mut in_order = dates.clone();
    in_order.sort();
    assert_eq!(dates, in_order);
    assert_eq!(dates.len(), 7);
}

#[test]
fn the_latest_date_decides_whatever_the_file_order() {
    let case = Case::new(&spec(FLOOR));
    let late = case.file("a-late.toml", &snapshot("2020-07-19", "20"));
    let early = case.file("z-early.toml", &snapshot("2020-04-10", "10"));
    for order in [[&late, &early], [&early, &late]] {
        let args: Vec<&str> = order.iter().map(|p| p.to_str().unwrap()).collect();
        let report = case.json(&args);
        assert_eq!(target(&report)["actual"], 20);
        assert_eq!(target(&report)["as_of"], "2020-07-19");
    }
}

#[test]
fn equal_values_on_one_date_in_two_files_are_fine_and_order_free() {
    let case = Case::new(&spec(FLOOR));
    case.file(
        "a.toml",
        "as_of = 2020-07-19\n[values]\nt = { value = 20, source = \"first\" }\n",
    );
    case.file(
        "b.toml",
        "as_of = 2020-07-19\n[values]\nt = { value = 20, source = \"second\" }\n",
    );
    let ab = case.json(&["a.toml", "b.toml"]);
    let ba = case.json(&["b.toml", "a.toml"]);
    assert_eq!(ab, ba);
    assert_eq!(target(&ab)["history"].as_array().unwrap().len(), 1);
    // Ties go to the file whose name sorts last, whichever order they were named in.
    assert_eq!(target(&ab)["source"], "second");
}

#[test]
fn two_values_for_one_date_name_both_files() {
    let case = Case::new(&spec(FLOOR));
    case.file("q2.toml", &snapshot("2020-06-30", "20"));
    case.file("q2-revised.toml", &snapshot("2020-06-30", "25"));
    for order in [
        ["q2.toml", "q2-revised.toml"],
        ["q2-revised.toml", "q2.toml"],
    ] {
        case.check(&order).code(2).stderr(
            contains("`t` has two different values for 2020-06-30")
                .and(contains("q2.toml:4:1"))
                .and(contains("q2-revised.toml:4:1"))
                .and(contains("differs from this value"))
                .and(contains("help:")),
        );
    }
    // A value's own `as_of` can collide with another file's date too.
    case.file(
        "late.toml",
        "as_of = 2020-09-30\n[values]\nt = { value = 30, as_of = 2020-06-30 }\n",
    );
    case.check(&["q2.toml", "late.toml"])
        .code(2)
        .stderr(contains("late.toml").and(contains("q2.toml")));
}

#[test]
fn one_value_in_two_units_is_not_a_conflict() {
    let case = Case::new(&spec(FLOOR).replace("unit = \"个\"", "unit = \"亿元\""));
    case.file("a.toml", &snapshot("2020-06-30", "48"));
    case.file(
        "b.toml",
        &snapshot("2020-06-30", "{ value = 480000, unit = \"万元\" }"),
    );
    let report = case.json(&["a.toml", "b.toml"]);
    assert_eq!(target(&report)["actual"], 48);
    case.file(
        "c.toml",
        &snapshot("2020-06-30", "{ value = 480001, unit = \"万元\" }"),
    );
    case.check(&["a.toml", "c.toml"]).code(2);
}

#[test]
fn as_of_flag_evaluates_the_series_as_it_stood() {
    let case = Case::new(&spec(FLOOR));
    case.file("a.toml", &snapshot("2020-03-31", "10"));
    case.file("b.toml", &snapshot("2020-06-30", "20"));
    let late = case.json(&["a.toml", "b.toml", "--as-of", "2020-12-31"]);
    assert_eq!(target(&late)["actual"], 20);
    let early = case.json(&["a.toml", "b.toml", "--as-of", "2020-04-30"]);
    assert_eq!(target(&early)["actual"], 10);
    assert_eq!(target(&early)["history"].as_array().unwrap().len(), 1);
    case.check(&["a.toml", "b.toml", "--as-of", "2020-04-30"])
        .stderr(contains("1 value dated after 2020-04-30 left out"));
}

// ---------------------------------------------------------------- folders

#[test]
fn a_folder_stands_for_its_toml_files_only() {
    let case = Case::new(&spec(FLOOR));
    case.file("snaps/q1.toml", &snapshot("2020-04-10", "10"));
    case.file("snaps/q2.toml", &snapshot("2020-07-19", "20"));
    case.file("snaps/notes.txt", "not an actuals file");
    // Sub-folders are not searched: this broken file would fail the run.
    case.file("snaps/old/broken.toml", "as_of = ");
    let report = case.json(&["snaps"]);
    assert_eq!(target(&report)["history"].as_array().unwrap().len(), 2);
    assert_eq!(target(&report)["actual"], 20);
}

#[test]
fn csv_snapshots_join_the_series_and_conflict_by_row() {
    let case = Case::new(&spec(FLOOR));
    case.file("snaps/q1.csv", "id,value,as_of\nt,10,2020-04-10\n");
    case.file("snaps/q2.toml", &snapshot("2020-07-19", "20"));
    let report = case.json(&["snaps"]);
    assert_eq!(target(&report)["history"].as_array().unwrap().len(), 2);
    assert_eq!(target(&report)["projected"], "2022-09-27");
    case.file("snaps/q2-sheet.CSV", "id,value,as_of\nt,21,2020-07-19\n");
    case.check(&["snaps"]).code(2).stderr(
        contains("`t` has two different values for 2020-07-19")
            .and(contains("q2-sheet.CSV:2:1"))
            .and(contains("q2.toml:4:1")),
    );
    // `validate` refuses what `check` refuses.
    progress()
        .current_dir(case.dir.path())
        .args(["validate", "--spec", "spec.toml", "snaps"])
        .assert()
        .code(2)
        .stderr(contains("`t` has two different values for 2020-07-19"));
}

#[test]
fn an_empty_folder_is_an_error() {
    let case = Case::new(&spec(FLOOR));
    std::fs::create_dir(case.dir.path().join("empty")).unwrap();
    case.file("only-text/readme.txt", "hello");
    for folder in ["empty", "only-text"] {
        case.check(&[folder]).code(2).stderr(
            contains(format!("{folder}: is a directory with no actuals files"))
                .and(contains("help:")),
        );
    }
}

#[test]
fn a_broken_file_in_a_folder_is_reported_with_its_path() {
    let case = Case::new(&spec(FLOOR));
    case.file("snaps/q1.toml", &snapshot("2020-04-10", "10"));
    case.file("snaps/q2.toml", "as_of = 2020-07-19\n[values]\nt = -3\n");
    case.check(&["snaps"])
        .code(2)
        .stderr(contains("q2.toml:3:5").and(contains("negative")));
}

// ---------------------------------------------------------------- trend and projection

/// The JSON target for a one-target spec and a series of (date, value) snapshots.
fn series(rule_lines: &str, points: &[(&str, &str)]) -> Value {
    let case = Case::new(&spec(rule_lines));
    let mut names = Vec::new();
    for (i, (date, value)) in points.iter().enumerate() {
        let name = format!("s{i}.toml");
        case.file(&name, &snapshot(date, value));
        names.push(name);
    }
    let args: Vec<&str> = names.iter().map(String::as_str).collect();
    target(&case.json(&args)).clone()
}

#[test]
fn projection_worked_example_for_a_floor() {
    // 10 on day 100, 20 on day 200: the line is value = 0.1 × day. Goal 100 on day 1000
    // = 2022-09-27; at the deadline (day 1095) the line gives 109.5.
    let t = series(FLOOR, &[("2020-04-10", "10"), ("2020-07-19", "20")]);
    assert_eq!(t["trend"], "improving");
    assert_eq!(t["projected"], "2022-09-27");
    assert_eq!(t["projected_at_deadline"], 109.5);
    assert_eq!(t["at_risk"], false);
    assert_eq!(t["regressed"], false);
    assert_eq!(
        t["history"],
        serde_json::json!([
            { "as_of": "2020-04-10", "actual": 10 },
            { "as_of": "2020-07-19", "actual": 20 }
        ])
    );
    // `more-than` is not reached on the exact crossing day, only the day after.
    let strict = FLOOR.replace("at-least", "more-than");
    let t = series(&strict, &[("2020-04-10", "10"), ("2020-07-19", "20")]);
    assert_eq!(t["projected"], "2022-09-28");
}

#[test]
fn trend_follows_the_goal_direction() {
    let cap = "measure = \"level\"\nrule = \"at-most\"\nbaseline = 100\nvalue = 50";
    // Falling towards a cap: improving; 90 on day 100, 80 on day 200 → 50 on day 500.
    let t = series(cap, &[("2020-04-10", "90"), ("2020-07-19", "80")]);
    assert_eq!(t["trend"], "improving");
    assert_eq!(t["projected"], "2021-05-15");
    assert_eq!(t["projected_at_deadline"], -9.5);
    // Rising away from it: worsening, and never reached.
    let t = series(cap, &[("2020-04-10", "100"), ("2020-07-19", "110")]);
    assert_eq!(t["trend"], "worsening");
    assert_eq!(t["projected"], Value::Null);
    let less = cap.replace("at-most", "less-than");
    let t = series(&less, &[("2020-04-10", "100"), ("2020-07-19", "110")]);
    assert_eq!(t["trend"], "worsening");
    // Falling below a floor: worsening.
    let t = series(FLOOR, &[("2020-04-10", "20"), ("2020-07-19", "10")]);
    assert_eq!(t["trend"], "worsening");
    assert_eq!(t["projected"], Value::Null);
    let more = FLOOR.replace("at-least", "more-than");
    let t = series(&more, &[("2020-04-10", "10"), ("2020-07-19", "20")]);
    assert_eq!(t["trend"], "improving");
    // A change under 1 % of the distance to the goal is flat.
    let t = series(FLOOR, &[("2020-04-10", "10"), ("2020-07-19", "10.5")]);
    assert_eq!(t["trend"], "flat");
    // A band: improving when moving towards its middle, worsening away; no crossing date.
    let band = "measure = \"level\"\nrule = \"between\"\nvalue = [40, 60]";
    let t = series(band, &[("2020-04-10", "10"), ("2020-07-19", "20")]);
    assert_eq!(t["trend"], "improving");
    assert_eq!(t["projected"], Value::Null);
    let t = series(band, &[("2020-04-10", "90"), ("2020-07-19", "95")]);
    assert_eq!(t["trend"], "worsening");
    let about = "measure = \"level\"\nrule = \"about\"\nvalue = 50\ntolerance = 2";
    let t = series(about, &[("2020-04-10", "90"), ("2020-07-19", "70")]);
    assert_eq!(t["trend"], "improving");
}

#[test]
fn one_point_has_no_trend() {
    let t = series(FLOOR, &[("2020-04-10", "10")]);
    assert_eq!(t["trend"], Value::Null);
    assert_eq!(t["projected"], Value::Null);
    assert_eq!(t["projected_at_deadline"], Value::Null);
    assert_eq!(t["history"].as_array().unwrap().len(), 1);
}

#[test]
fn milestones_have_no_trend() {
    let milestone = "measure = \"milestone\"\nrule = \"done\"";
    let case = Case::new(&format!(
        "version = 1\n\n[[target]]\nid = \"t\"\nname = \"T\"\nstart = 2020-01-01\n\
         deadline = 2022-12-31\n{milestone}\n"
    ));
    case.file("a.toml", &snapshot("2020-03-31", "false"));
    case.file("b.toml", &snapshot("2020-06-30", "true"));
    let report = case.json(&["a.toml", "b.toml"]);
    let t = target(&report);
    assert_eq!(t["trend"], Value::Null);
    assert_eq!(t["history"], serde_json::json!([]));
    assert_eq!(t["status"], "met");
}

// ---------------------------------------------------------------- at risk

#[test]
fn on_track_by_pace_but_projected_late_is_at_risk() {
    // 15 on day 100, 20 on day 200: progress 0.2 at 18 % of the window, pace 1.1, on
    // track. But the line (10 + 0.05 × day) gives 64.75 at the deadline and reaches 100
    // only on day 1800 = 2024-12-05.
    let case = Case::new(&spec(FLOOR));
    case.file("a.toml", &snapshot("2020-04-10", "15"));
    case.file("b.toml", &snapshot("2020-07-19", "20"));
    let report = case.json(&["a.toml", "b.toml"]);
    let t = target(&report);
    assert_eq!(t["status"], "on-track");
    assert_eq!(t["at_risk"], true);
    assert_eq!(t["projected"], "2024-12-05");
    assert_eq!(t["projected_at_deadline"], 64.75);
    // The table says so too, with the sparkline and the projected date.
    case.check(&["a.toml", "b.toml"]).code(0).stdout(
        contains("on-track (at risk)")
            .and(contains("▁█"))
            .and(contains("2024-12-05"))
            .and(contains("Trend"))
            .and(contains("Projected")),
    );
    // One snapshot alone: no history columns at all.
    case.check(&["b.toml"])
        .code(0)
        .stdout(contains("Trend").not().and(contains("at risk").not()));
}

// ---------------------------------------------------------------- --fail-on

/// Four targets: `missed` (final, short), `behind`, `regress` (on track but fell back
/// since the snapshot before) and `nodata`.
fn fail_on_case() -> Case {
    let target = |id: &str, deadline: &str| {
        format!(
            "[[target]]\nid = \"{id}\"\nname = \"{id}\"\nunit = \"个\"\nmeasure = \"level\"\n\
             rule = \"at-least\"\nbaseline = 0\nvalue = 100\nstart = 2020-01-01\n\
             deadline = {deadline}\n\n"
        )
    };
    let spec = format!(
        "version = 1\n\n{}{}{}{}",
        target("missed", "2020-06-30"),
        target("behind", "2022-12-31"),
        target("regress", "2022-12-31"),
        target("nodata", "2022-12-31"),
    );
    let case = Case::new(&spec);
    case.file(
        "q1.toml",
        "as_of = 2020-03-31\n[values]\nmissed = 10\nbehind = 1\nregress = 70\n",
    );
    case.file(
        "q2.toml",
        "as_of = 2020-07-19\n[values]\nmissed = 50\nbehind = 2\nregress = 60\n",
    );
    case
}

/// The ids failing under `--fail-on WHEN`, and the exit code.
fn failing(case: &Case, when: &str) -> (Vec<String>, i32) {
    let out = case
        .check(&["q1.toml", "q2.toml", "--format", "json", "--fail-on", when])
        .get_output()
        .clone();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids = report["targets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["failing"] == true)
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    (ids, out.status.code().unwrap())
}

#[test]
fn the_fixture_has_one_target_of_each_kind() {
    let case = fail_on_case();
    let report = case.json(&["q1.toml", "q2.toml"]);
    let by_id = |id: &str| {
        report["targets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(by_id("missed")["status"], "missed");
    assert_eq!(by_id("behind")["status"], "behind");
    assert_eq!(by_id("regress")["status"], "on-track");
    assert_eq!(by_id("regress")["regressed"], true);
    assert_eq!(by_id("behind")["regressed"], false);
    assert_eq!(by_id("nodata")["status"], "no-data");
}

#[test]
fn each_fail_on_member() {
    let case = fail_on_case();
    let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(failing(&case, "missed"), (ids(&["missed"]), 1));
    // `behind` implies `missed`.
    assert_eq!(failing(&case, "behind"), (ids(&["missed", "behind"]), 1));
    assert_eq!(failing(&case, "regress"), (ids(&["regress"]), 1));
    assert_eq!(failing(&case, "no-data"), (ids(&["nodata"]), 1));
    assert_eq!(failing(&case, "never"), (ids(&[]), 0));
    assert_eq!(
        failing(&case, "missed,regress,no-data"),
        (ids(&["missed", "regress", "nodata"]), 1)
    );
    assert_eq!(
        failing(&case, "behind,regress"),
        (ids(&["missed", "behind", "regress"]), 1)
    );
}

#[test]
fn the_default_is_missed() {
    let case = fail_on_case();
    case.check(&["q2.toml"]).code(1);
    // Without the missed target's snapshot nothing fails by default, though one regressed.
    let case = fail_on_case();
    case.file(
        "q2.toml",
        "as_of = 2020-07-19\n[values]\nmissed = 100\nbehind = 2\nregress = 60\n",
    );
    case.check(&["q1.toml", "q2.toml"])
        .code(0)
        .stdout(contains("(at risk, regressed)"));
    case.check(&["q1.toml", "q2.toml", "--fail-on", "regress"])
        .code(1)
        .stdout(contains("✗ on-track (at risk, regressed)"));
    // CI reports say why an on-track target fails: the fall, with both values.
    let why = "regressed: 60 个 on 2020-07-19 after 70 个 on 2020-03-31";
    for format in ["junit", "github"] {
        case.check(&["q1.toml", "q2.toml", "--fail-on", "regress", "-f", format])
            .code(1)
            .stdout(contains(why));
    }
}

#[test]
fn bad_fail_on_sets_are_usage_errors() {
    let case = fail_on_case();
    case.check(&["q2.toml", "--fail-on", "never,missed"])
        .code(2)
        .stderr(contains("`never` cannot be combined"));
    case.check(&["q2.toml", "--fail-on", "regres"])
        .code(2)
        .stderr(contains("unknown member `regres`").and(contains("did you mean `regress`?")));
    case.check(&["q2.toml", "--fail-on", "missed,"])
        .code(2)
        .stderr(contains("empty member"));
    // Case does not matter: `MISSED` is `missed`.
    case.check(&["q2.toml", "--fail-on", "MISSED,Behind"])
        .code(1);
}

#[test]
fn help_lists_the_fail_on_members() {
    progress()
        .args(["check", "--help"])
        .assert()
        .code(0)
        .stdout(
            contains("regress")
                .and(contains("no-data"))
                .and(contains("never")),
        );
}

// ---------------------------------------------------------------- rendered reports

fn stdout(args: &[&str]) -> String {
    let out = progress().args(args).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn table_of_the_history_example() {
    insta::assert_snapshot!(stdout(&["check", "examples/history/", "--color", "never"]));
}

#[test]
fn json_of_the_history_example() {
    insta::assert_snapshot!(stdout(&["check", "examples/history/", "--format", "json"]));
}

#[test]
fn explain_says_why_a_target_is_at_risk_or_regressed() {
    progress()
        .args(["explain", "smart-factories", "examples/history/"])
        .assert()
        .code(0)
        .stdout(
            contains("history     2020-03-31 2 · 2020-06-30 2")
                .and(contains("trend       improving"))
                .and(contains("the line reaches ≥ 5 个 on 2023-06-03"))
                .and(contains("at the deadline 2022-12-31 it gives 4.6154 个"))
                .and(contains("at risk     on track by pace")),
        );
    progress()
        .args([
            "explain",
            "digital-rd-tool-penetration",
            "examples/history/",
        ])
        .assert()
        .code(0)
        .stdout(contains(
            "regressed   85% on 2021-06-30 after 86% on 2021-03-31: away from the goal",
        ));
    // One snapshot: no history section.
    progress()
        .args([
            "explain",
            "smart-factories",
            "examples/history/2021-q2.toml",
        ])
        .assert()
        .code(0)
        .stdout(contains("trend line").not());
}

#[test]
fn a_csv_file_with_rows_on_several_dates_is_a_history() {
    // The "long" layout spreadsheets keep: one row per target and date, in any order.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("long.csv"),
        "id,value,as_of\nsmart-factories,1,2020-06-30\nsmart-factories,3,2020-12-31\n\
         5g-base-stations,2000,2020-12-31\nsmart-factories,2,2020-09-30\n",
    )
    .unwrap();
    let out = progress()
        .current_dir(dir.path())
        .args(["check", "long.csv", "-f", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = target_in(&report, "smart-factories");
    let history: Vec<(String, f64)> = t["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["as_of"].as_str().unwrap().to_string(),
                p["actual"].as_f64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("2020-06-30", 1.0),
        ("2020-09-30", 2.0),
        ("2020-12-31", 3.0),
    ];
    assert_eq!(history, expected.map(|(d, v)| (d.to_string(), v)).to_vec());
    assert_eq!(t["actual"], 3);
    assert_eq!(t["trend"], "improving");
    // One line for the file in `validate`.
    progress()
        .current_dir(dir.path())
        .args(["validate", "long.csv"])
        .assert()
        .code(0)
        .stdout(contains("ok: long.csv (4 values, as of 2020-12-31)"));
}

#[test]
fn flows_regress_only_within_their_window_and_caps_not_by_rising() {
    let dir = tempfile::tempdir().unwrap();
    let target = |id: &str, rule: &str, value: u32| {
        format!(
            "[[target]]\nid = \"{id}\"\nname = \"{id}\"\nunit = \"万吨\"\nmeasure = \"ytd\"\n\
             rule = \"{rule}\"\nvalue = {value}\nstart = 2021-01-01\ndeadline = 2021-12-31\n\n"
        )
    };
    std::fs::write(
        dir.path().join("spec.toml"),
        format!(
            "version = 1\n\n{}{}",
            target("out", "at-least", 1000),
            target("energy", "at-most", 100)
        ),
    )
    .unwrap();
    // `out` restarts from 0 in its 2021 window; `energy` rises, as a flow does, on budget.
    std::fs::write(
        dir.path().join("a.csv"),
        "id,value,as_of\nout,900,2020-12-31\nout,300,2021-03-31\n\
         energy,20,2021-03-31\nenergy,45,2021-06-30\nenergy,70,2021-09-30\n",
    )
    .unwrap();
    let out = progress()
        .current_dir(dir.path())
        .args(["check", "a.csv", "--spec", "spec.toml", "-f", "json"])
        .args(["--fail-on", "missed,regress"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    for t in report["targets"].as_array().unwrap() {
        assert_eq!(t["regressed"], false, "{t}");
        assert_eq!(t["status"], "on-track", "{t}");
    }
    assert_eq!(out.status.code(), Some(0));
}
