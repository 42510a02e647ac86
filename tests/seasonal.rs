//! Seasonal flows (`profile`, docs/status-model.md "Seasonal flows"): a year-to-date flow
//! paced by the share its profile expects by now, not by the days gone.

mod common;
use common::progress;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

/// An illustrative grain profile (not an official series): the cumulative share of a
/// year's grain harvested by each month's end, shaped after the split of summer grain
/// (about a fifth, by June), early rice (July) and autumn grain (September to November).
const GRAIN_PROFILE: &str = "[0, 0, 0, 0, 0.03, 0.22, 0.25, 0.27, 0.45, 0.85, 0.97, 1]";

/// "粮食产量保持在1.3万亿斤以上" (2024): 65,000 万吨 over calendar 2024.
fn grain_spec(profile: Option<&str>) -> String {
    format!(
        "version = 1\n\n[[target]]\nid = \"grain\"\nname = \"grain output\"\nunit = \"万吨\"\n\
         measure = \"ytd\"\nrule = \"at-least\"\nvalue = 65000\nstart = 2024-01-01\n\
         deadline = 2024-12-31\n{}",
        profile
            .map(|p| format!("profile = {p}\n"))
            .unwrap_or_default()
    )
}

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

    fn json(&self, actuals: &str) -> Value {
        let out = self
            .cmd(&["check", "--spec", "spec.toml", actuals, "-f", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.code().is_some_and(|c| c < 2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

/// The summer grain figure (14,989 万吨 harvested by the end of June 2024).
const SUMMER: &str = "as_of = 2024-06-30\n[values]\ngrain = 14989\n";

#[test]
fn summer_grain_is_behind_paced_linearly_and_on_track_with_a_profile() {
    // Linear: progress 14,989 / 65,000 = 0.2306 over f = 181 / 365 = 0.4959: π 0.47.
    let linear = Dir::new(&grain_spec(None));
    let t = &linear.file("a.toml", SUMMER).json("a.toml")["targets"][0];
    assert_eq!(t["status"], "behind", "{t}");
    assert_eq!(t["pace"], 0.465, "{t}");
    assert_eq!(t["profile"], Value::Null);
    linear
        .cmd(&["check", "--spec", "spec.toml", "a.toml", "--color", "never"])
        .assert()
        .stdout(contains("0.47 linear"));

    // With the profile: 0.22 of the year is due by 30 June, so 14,300 万吨 expected and
    // π = 14,989 / 14,300 = 1.048.
    let seasonal = Dir::new(&grain_spec(Some(GRAIN_PROFILE)));
    let t = &seasonal.file("a.toml", SUMMER).json("a.toml")["targets"][0];
    assert_eq!(t["status"], "on-track", "{t}");
    assert_eq!(t["pace"], 1.048, "{t}");
    assert_eq!(t["expected"], 14300, "{t}");
    assert_eq!(t["profile"]["expected_share"], 0.22, "{t}");
    assert_eq!(t["profile"]["shares"][5], 0.22, "{t}");
    assert_eq!(t["profile"]["shares"][11], 1, "{t}");
    // f is the days gone, unchanged.
    assert_eq!(t["elapsed"], 0.496, "{t}");
    seasonal
        .cmd(&["check", "--spec", "spec.toml", "a.toml", "--color", "never"])
        .assert()
        .code(0)
        .stdout(contains("1.05 seasonal").and(contains("on-track")));
}

#[test]
fn within_a_month_the_share_is_linear_by_day() {
    // 15 June: 0.03 + (0.22 − 0.03) × 15 / 30 = 0.125; 65,000 × 0.125 = 8,125.
    let d = Dir::new(&grain_spec(Some(GRAIN_PROFILE)));
    let t = &d
        .file("a.toml", "as_of = 2024-06-15\n[values]\ngrain = 8125\n")
        .json("a.toml")["targets"][0];
    assert_eq!(t["expected"], 8125, "{t}");
    assert_eq!(t["pace"], 1, "{t}");
}

#[test]
fn while_nothing_is_due_there_is_no_pace_and_the_flow_is_on_track() {
    let d = Dir::new(&grain_spec(Some(GRAIN_PROFILE)));
    let t = &d
        .file("a.toml", "as_of = 2024-03-31\n[values]\ngrain = 0\n")
        .json("a.toml")["targets"][0];
    assert_eq!(t["status"], "on-track", "{t}");
    assert_eq!(t["pace"], Value::Null, "{t}");
    assert_eq!(t["expected"], 0, "{t}");
    assert_eq!(t["profile"]["expected_share"], 0, "{t}");
    d.cmd(&["explain", "--spec", "spec.toml", "grain", "a.toml"])
        .assert()
        .code(0)
        .stdout(
            contains("profile     s = (S(as_of) − S(start − 1 day)) / (S(deadline) − S(start − 1 day)) = (0 − 0) / (1 − 0) = 0: nothing is due yet")
                .and(contains("pace        none: the profile expects nothing of the flow yet"))
                .and(contains("on-track: the profile expects nothing of the flow by this date")),
        );
}

#[test]
fn a_window_inside_the_year_is_rescaled_from_the_day_before_its_start() {
    // Second half of 2024: S(30 June) = 0.22; by 30 September 0.45: (0.45 − 0.22) / (1 −
    // 0.22) = 0.2949 of 50,000 = 14,743.59.
    let spec = grain_spec(Some(GRAIN_PROFILE))
        .replace("value = 65000", "value = 50000")
        .replace("start = 2024-01-01", "start = 2024-07-01");
    let d = Dir::new(&spec);
    let t = &d
        .file("a.toml", "as_of = 2024-09-30\n[values]\ngrain = 14000\n")
        .json("a.toml")["targets"][0];
    assert_eq!(t["profile"]["expected_share"], 0.295, "{t}");
    let expected = t["expected"].as_f64().unwrap();
    assert!((expected - 50000.0 * 0.23 / 0.78).abs() < 1e-3, "{t}");
    d.cmd(&["explain", "--spec", "spec.toml", "grain", "a.toml"])
        .assert()
        .stdout(
            contains("= (0.45 − 0.22) / (1 − 0.22) = 0.2949")
                .and(contains("linear: π = progress / s = 0.28 / 0.2949")),
        );
}

#[test]
fn a_cap_budget_follows_the_profile_too() {
    // A budget of 1,000 spent mostly at year end: by 30 June 0.3 is due, so 280 spent is
    // under budget (π = 1,000 × 0.3 / 280 = 1.07); paced by days it would be 0.55.
    let spec = "version = 1\n\n[[target]]\nid = \"spend\"\nname = \"spending\"\nunit = \"万元\"\n\
         measure = \"ytd\"\nrule = \"at-most\"\nvalue = 1000\nstart = 2024-01-01\n\
         deadline = 2024-12-31\nprofile = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 1]\n";
    let d = Dir::new(spec);
    let t = &d
        .file("a.toml", "as_of = 2024-06-30\n[values]\nspend = 280\n")
        .json("a.toml")["targets"][0];
    assert_eq!(t["status"], "on-track", "{t}");
    assert_eq!(t["pace"], 1.071, "{t}");
    assert_eq!(t["expected"], 300, "{t}");
}

#[test]
fn the_chart_draws_the_profile_and_the_bullet_its_expected_value() {
    let d = Dir::new(&grain_spec(Some(GRAIN_PROFILE)));
    d.file("a.toml", "as_of = 2024-06-30\n[values]\ngrain = 10000\n")
        .file("b.toml", "as_of = 2024-09-30\n[values]\ngrain = 30000\n");
    let out = d
        .cmd(&[
            "check",
            "--spec",
            "spec.toml",
            "a.toml",
            "b.toml",
            "-f",
            "html",
        ])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    // The schedule: the start, the eleven month ends before December, the deadline.
    let pace = html
        .split("<polyline class=\"pace\" points=\"")
        .nth(1)
        .expect("a schedule line")
        .split('"')
        .next()
        .unwrap();
    assert_eq!(pace.split_whitespace().count(), 13, "{pace}");
    // The expected value by 30 September: 0.45 × 65,000.
    assert!(
        html.contains("29,250 万吨"),
        "Pace says by now: 29,250 万吨"
    );
    assert!(html.contains("A seasonal flow's marker is the share of the goal its profile expects"));
}

#[test]
fn list_and_explain_show_the_profile() {
    let d = Dir::new(&grain_spec(Some(GRAIN_PROFILE)));
    d.cmd(&["list", "--spec", "spec.toml"])
        .assert()
        .code(0)
        .stdout(contains("at-least (profile)"));
    d.cmd(&["explain", "--spec", "spec.toml", "grain"])
        .assert()
        .code(0)
        .stdout(contains(
            "profile     cumulative share expected by each month's end, Jan to Dec: 0, 0, 0, 0, 0.03, 0.22, 0.25, 0.27, 0.45, 0.85, 0.97, 1",
        ));
}

/// Each misuse of `profile`: exit 2, the message, and where.
#[test]
fn a_wrong_profile_is_refused_where_it_is_written() {
    let cases: [(&str, &str, &str, &str); 7] = [
        (
            "profile = [0.5, 1]",
            "",
            "found 2 numbers",
            "spec.toml:12:11",
        ),
        (
            "profile = [0, 0, 0, 0, 0.03, 0.22, 0.2, 0.27, 0.45, 0.85, 0.97, 1]",
            "",
            "cannot fall: month 7 has 0.2 after 0.22",
            "spec.toml:12:36",
        ),
        (
            "profile = [0, 0, 0, 0, 0.03, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1]",
            "",
            "between 0 and 1: month 6 has 1.2",
            "spec.toml:12:30",
        ),
        (
            "profile = [0, 0, 0, 0, 0.03, 0.22, 0.25, 0.27, 0.45, 0.85, 0.97, 0.99]",
            "",
            "must end at 1",
            "spec.toml:12:66",
        ),
        (
            "profile = \"autumn\"",
            "",
            "must be an array of 12 numbers",
            "spec.toml:12:11",
        ),
        (
            GRAIN_LINE,
            "measure = \"ytd\"|measure = \"level\"\nbaseline = 0",
            "goes with `measure = \"ytd\"` only",
            "spec.toml:",
        ),
        (
            GRAIN_LINE,
            "deadline = 2024-12-31|deadline = 2025-06-30",
            "needs a window within one calendar year: 2024-01-01 to 2025-06-30",
            "spec.toml:12:1",
        ),
    ];
    for (line, swap, message, place) in cases {
        let mut spec = grain_spec(None) + line + "\n";
        if let Some((from, to)) = swap.split_once('|') {
            spec = spec.replace(from, to);
        }
        let d = Dir::new(&spec);
        let out = d.cmd(&["validate", "--spec", "spec.toml"]).assert().code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(err.contains(message), "{message:?} in:\n{err}");
        assert!(err.contains(place), "{place:?} in:\n{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

const GRAIN_LINE: &str = "profile = [0, 0, 0, 0, 0.03, 0.22, 0.25, 0.27, 0.45, 0.85, 0.97, 1]";

mod laws {
    use chrono::{Days, NaiveDate};
    use progress::profile::Profile;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Whatever the profile and the window inside a year, the expected share stays in
        /// [0, 1], never falls as `as_of` moves on, is 0 before the start and 1 from the
        /// deadline on.
        #[test]
        fn the_expected_share_rises_from_0_to_1(
            steps in prop::collection::vec(0u32..100, 12),
            first in 0u64..365,
            length in 0u64..365,
        ) {
            let total: u32 = steps.iter().sum::<u32>().max(1);
            let mut shares = [0.0; 12];
            let mut acc = 0u32;
            for (s, step) in shares.iter_mut().zip(&steps) {
                acc += step;
                *s = f64::from(acc) / f64::from(total);
            }
            shares[11] = 1.0;
            let p = Profile { shares };
            let jan1 = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
            let start = jan1 + Days::new(first.min(365));
            let deadline = (start + Days::new(length)).min(NaiveDate::from_ymd_opt(2024, 12, 31).unwrap());
            let mut last = 0.0;
            let mut day = jan1;
            while day <= NaiveDate::from_ymd_opt(2025, 1, 10).unwrap() {
                let s = p.expected_share(start, deadline, day);
                prop_assert!((0.0..=1.0).contains(&s), "{s} on {day}");
                prop_assert!(s >= last - 1e-12, "{s} after {last} on {day}");
                if day < start { prop_assert_eq!(s, 0.0); }
                if day >= deadline { prop_assert_eq!(s, 1.0); }
                last = s;
                day = day + Days::new(7);
            }
        }
    }
}
