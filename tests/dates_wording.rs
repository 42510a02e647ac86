//! Dates and wording (docs/status-model.md, "Stale values", "Progress", and
//! docs/history.md): each case of the issue as a regression test with its figures.

mod common;
use common::progress;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

struct Dir(tempfile::TempDir);

impl Dir {
    fn new(spec: &str) -> Dir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
        Dir(dir)
    }

    fn file(&self, name: &str, text: &str) -> &Self {
        std::fs::write(self.0.path().join(name), text).unwrap();
        self
    }

    fn cmd(&self, args: &[&str]) -> assert_cmd::Command {
        let mut cmd = progress();
        cmd.current_dir(self.0.path()).args(args);
        cmd
    }

    fn out(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.code().is_some_and(|c| c < 2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn check(&self, files: &[&str], format: &str) -> String {
        let mut args = vec![
            "check",
            "--spec",
            "spec.toml",
            "--color",
            "never",
            "-f",
            format,
        ];
        args.extend_from_slice(files);
        self.out(&args)
    }

    fn json(&self, files: &[&str]) -> Value {
        serde_json::from_str(&self.check(files, "json")).unwrap()
    }

    fn explain(&self, id: &str, args: &[&str]) -> String {
        let mut all = vec!["explain", "--spec", "spec.toml", id];
        all.extend_from_slice(args);
        self.out(&all)
    }
}

fn level(id: &str, rule: &str, goal: &str, extra: &str) -> String {
    format!(
        "[[target]]\nid = \"{id}\"\nname = \"{id}\"\nunit = \"%\"\nmeasure = \"level\"\n\
         rule = \"{rule}\"\nvalue = {goal}\nstart = 2021-01-01\ndeadline = 2025-12-31\n{extra}\n"
    )
}

fn by_id<'a>(report: &'a Value, id: &str) -> &'a Value {
    common::target_in(report, id)
}

// ---------------------------------------------------------------- stale values

/// A 2022 value shown under "as of 2024-12-31" for a 2025 target, beside a current value
/// and a target without a figure.
fn stale_case() -> Dir {
    let spec = format!(
        "version = 1\n\n{}{}{}",
        level("jobs", "less-than", "5.5", ""),
        level("forest", "at-least", "24", ""),
        level("none", "at-least", "50", ""),
    );
    let d = Dir::new(&spec);
    d.file("2022.toml", "as_of = 2022-12-31\n[values]\njobs = 5.2\n")
        .file("2024.toml", "as_of = 2024-12-31\n[values]\nforest = 24.1\n");
    d
}

#[test]
fn a_2022_value_under_as_of_2024_is_marked_stale_wherever_it_is_shown() {
    let d = stale_case();
    let files = ["2022.toml", "2024.toml"];
    let json = d.json(&files);
    assert_eq!(json["as_of"], "2024-12-31");
    assert_eq!(by_id(&json, "jobs")["stale"], true);
    assert_eq!(by_id(&json, "forest")["stale"], false);
    // Never stale: a target without a figure.
    assert_eq!(by_id(&json, "none")["stale"], false);

    let table = d.check(&files, "table");
    assert!(table.contains("as of 2024-12-31"), "{table}");
    assert!(table.contains("5.2% (2022-12-31)"), "{table}");
    assert!(
        table.contains("24.1%") && !table.contains("24.1% ("),
        "{table}"
    );

    let csv = d.check(&files, "csv");
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let at = header
        .iter()
        .position(|c| *c == "stale")
        .expect("a stale column");
    let cell = |id: &str| -> String {
        let line = csv
            .lines()
            .find(|l| l.starts_with(&format!("{id},")))
            .unwrap();
        line.split(',').nth(at).unwrap().to_string()
    };
    assert_eq!(
        (cell("jobs"), cell("forest")),
        ("true".into(), "false".into())
    );

    for format in ["markdown", "html", "junit"] {
        let out = d.check(&files, format);
        assert!(out.contains("5.2% (2022-12-31)"), "{format}:\n{out}");
    }
    let out = d.explain("jobs", &files);
    assert!(
        out.contains(
            "stale       dated 2022-12-31, before the earlier of the evaluation date (2024-12-31) \
             and the deadline (2025-12-31): a newer figure is missing"
        ),
        "{out}"
    );
}

#[test]
fn a_value_of_the_report_date_or_the_deadline_is_not_stale() {
    // As of the deadline's own date, or with --as-of the value's date: current.
    let d = stale_case();
    let json = d.json(&["2022.toml"]);
    assert_eq!(by_id(&json, "jobs")["stale"], false);
}

// ---------------------------------------------------------------- explain --as-of

#[test]
fn explain_as_of_names_the_file_the_value_came_from() {
    let spec = format!("version = 1\n\n{}", level("forest", "at-least", "24", ""));
    let d = Dir::new(&spec);
    d.file(
        "a-2022.toml",
        "as_of = 2022-12-31\n[values]\nforest = 23.5\n",
    )
    .file(
        "b-2023.toml",
        "as_of = 2023-12-31\n[values]\nforest = 23.8\n",
    )
    .file(
        "c-2024.toml",
        "as_of = 2024-12-31\n[values]\nforest = 24.1\n",
    );
    let files = ["a-2022.toml", "b-2023.toml", "c-2024.toml"];
    let mut args = files.to_vec();
    args.extend(["--as-of", "2023-06-30"]);
    let out = d.explain("forest", &args);
    assert!(
        out.contains("Status as of 2022-12-31 (from a-2022.toml)"),
        "{out}"
    );
    assert!(out.contains("actual      23.5%"), "{out}");
    let out = d.explain("forest", &files);
    assert!(out.contains("(from c-2024.toml)"), "{out}");
}

// ---------------------------------------------------------------- window length

#[test]
fn the_window_is_told_in_the_days_the_pace_divides_by() {
    // Review: `explain` said "365 days" of a window whose elapsed fraction divides by 364.
    // The contract's `f = (as_of − start) / (deadline − start)` counts the days between the
    // dates: the window line says the same 364, and the calendar year beside it.
    let spec = "version = 1\n\n[[target]]\nid = \"y\"\nname = \"y\"\nunit = \"个\"\n\
                measure = \"ytd\"\nrule = \"at-least\"\nvalue = 10\nstart = 2023-01-01\n\
                deadline = 2023-12-31\n";
    let d = Dir::new(spec);
    d.file("a.toml", "as_of = 2023-07-02\n[values]\ny = 5\n");
    let out = d.explain("y", &["a.toml"]);
    assert!(
        out.contains(
            "window      2023-01-01 to 2023-12-31 (deadline − start = 364 days; 1 year counting \
             both ends)"
        ),
        "{out}"
    );
    assert!(!out.contains("365 days"), "{out}");
    assert!(out.contains("= 182 / 364 = 0.5"), "{out}");
}

// ---------------------------------------------------------------- projections

#[test]
fn a_projection_never_lies_before_the_window_start() {
    // A 2021–25 floor of 24 %, already above it and rising: the line crosses 24 % in 2014.
    let spec = format!("version = 1\n\n{}", level("forest", "at-least", "24", ""));
    let d = Dir::new(&spec);
    d.file("a.toml", "as_of = 2021-06-30\n[values]\nforest = 24.5\n")
        .file("b.toml", "as_of = 2021-12-31\n[values]\nforest = 24.6\n");
    let json = d.json(&["a.toml", "b.toml"]);
    let t = by_id(&json, "forest");
    let projected = t["projected"].as_str().unwrap();
    assert!(projected >= "2021-01-01", "{t}");
    assert_eq!(projected, "2021-01-01");
}

/// A cap kept comfortably: 3.0 % then 3.2 % under ≤ 5.5 %.
fn kept_cap() -> Dir {
    let spec = format!("version = 1\n\n{}", level("cap", "at-most", "5.5", ""));
    let d = Dir::new(&spec);
    d.file("a.toml", "as_of = 2022-12-31\n[values]\ncap = 3.0\n")
        .file("b.toml", "as_of = 2023-12-31\n[values]\ncap = 3.2\n");
    d
}

#[test]
fn a_rule_that_holds_now_and_on_the_line_is_never_projected_never() {
    let d = kept_cap();
    let table = d.check(&["a.toml", "b.toml"], "table");
    assert!(!table.contains("never"), "{table}");
    let out = d.explain("cap", &["a.toml", "b.toml"]);
    assert!(
        out.contains("projected   not needed: the rule holds now and on the line at the deadline"),
        "{out}"
    );
    // (The `hold` line may say "never met" of a deadline hold; no projection says never.)
    assert!(!out.contains("projected   never"), "{out}");
}

#[test]
fn a_value_comfortably_inside_its_cap_has_not_regressed_away_from_the_goal() {
    let d = kept_cap();
    let json = d.json(&["a.toml", "b.toml"]);
    assert_eq!(by_id(&json, "cap")["regressed"], false);
    let out = d.explain("cap", &["a.toml", "b.toml"]);
    assert!(!out.contains("away from the goal"), "{out}");
    // One that breaks its cap, and rose, has.
    d.file("c.toml", "as_of = 2024-12-31\n[values]\ncap = 5.8\n");
    let json = d.json(&["a.toml", "b.toml", "c.toml"]);
    assert_eq!(by_id(&json, "cap")["regressed"], true);
    let out = d.explain("cap", &["a.toml", "b.toml", "c.toml"]);
    assert!(
        out.contains("regressed   5.8% on 2024-12-31 after 3.2% on 2023-12-31: away from the goal"),
        "{out}"
    );
}

#[test]
fn a_flat_trend_is_never_explained_against_a_distance_of_0() {
    // The first value is the goal itself: the distance to it is 0.
    let spec = format!("version = 1\n\n{}", level("floor", "at-least", "24", ""));
    let d = Dir::new(&spec);
    d.file("a.toml", "as_of = 2022-12-31\n[values]\nfloor = 24\n")
        .file("b.toml", "as_of = 2023-12-31\n[values]\nfloor = 24.1\n");
    let out = d.explain("floor", &["a.toml", "b.toml"]);
    assert!(out.contains("trend       flat"), "{out}");
    assert!(
        out.contains("the first value is at the goal: a change within 1% of the first value, 24, would count as flat"),
        "{out}"
    );
    assert!(!out.contains("distance to the goal"), "{out}");
}

// ---------------------------------------------------------------- progress of caps

#[test]
fn a_cap_kept_from_its_baseline_shows_no_minus_300_or_433_percent() {
    // "Keep surveyed unemployment below 5.5 %" from 5.2 %: at 4.3 % the way from the
    // baseline gives −300 %, at 6.5 % 433 %; neither means anything for a bound kept.
    let spec = format!(
        "version = 1\n\n{}",
        level("jobs", "less-than", "5.5", "baseline = 5.2")
    );
    let d = Dir::new(&spec);
    for (value, bad) in [("4.3", "−300%"), ("6.5", "433%")] {
        d.file(
            "a.toml",
            &format!("as_of = 2023-12-31\n[values]\njobs = {value}\n"),
        );
        let table = d.check(&["a.toml"], "table");
        assert!(!table.contains(bad), "{table}");
        assert_eq!(d.json(&["a.toml"])["targets"][0]["progress"], Value::Null);
    }
    // A cap to reach from above its baseline keeps its progress: 10 → ≤ 5, at 7.5: 50 %.
    let spec = format!(
        "version = 1\n\n{}",
        level("cut", "at-most", "5", "baseline = 10")
    );
    let d = Dir::new(&spec);
    d.file("a.toml", "as_of = 2023-12-31\n[values]\ncut = 7.5\n");
    assert_eq!(d.json(&["a.toml"])["targets"][0]["progress"], 0.5);
}

// ---------------------------------------------------------------- signs

#[test]
fn a_signed_figure_is_never_printed_with_two_signs() {
    let spec = "version = 1\n\n[[target]]\nid = \"g\"\nname = \"g\"\nunit = \"%\"\n\
                measure = \"growth\"\nrule = \"at-least\"\nvalue = -2.86\nstart = 2023-01-01\n\
                deadline = 2023-12-31\n";
    let d = Dir::new(spec);
    d.file("a.toml", "as_of = 2023-06-30\n[values]\ng = -3.8\n");
    let out = d.explain("g", &["a.toml"]);
    // The gap between two rates is in percentage points (deliberately changed from `%`).
    assert!(out.contains("−3.8 − (−2.86) = −0.94 个百分点"), "{out}");
    assert!(!out.contains("− −"), "{out}");
}

// ---------------------------------------------------------------- help lines

#[test]
fn help_lines_close_their_parentheses() {
    let spec = "version = 1\n\n[[target]]\nid = \"t\"\nname = \"t\"\nunit = \"个\"\n\
                measure = \"level\"\nrule = \"at-least\"\nstart = 2023-01-01\n\
                deadline = 2023-12-31\n";
    let d = Dir::new(spec);
    let out = d.cmd(&["validate", "--spec", "spec.toml"]).assert().code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let help = err
        .lines()
        .find(|l| l.starts_with("help: add a line"))
        .unwrap();
    assert_eq!(
        help.matches('(').count(),
        help.matches(')').count(),
        "{help}"
    );
    assert_eq!(help.matches('`').count() % 2, 0, "{help}");
}

// ---------------------------------------------------------------- language

#[test]
fn english_output_carries_no_chinese_legal_wording() {
    let en = progress()
        .args(["explain", "5g-base-stations"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let en = String::from_utf8(en).unwrap();
    for legal in ["Civil Code", "art. 1259", "民法典", "包括本数"] {
        assert!(!en.contains(legal), "{legal:?} in:\n{en}");
    }
    assert!(en.contains("the number itself counts"), "{en}");
    progress()
        .args(["explain", "5g-base-stations", "--lang", "zh"])
        .assert()
        .code(0)
        .stdout(contains("民法典").and(contains("包括本数")));
}
