//! Figures built from annual rates (`over = "window"`), goals stated against another figure
//! (`value = { of = … }`), series, and direction rules (`falls`, `rises`): the real binary
//! on real files, to the figures of docs/status-model.md.

mod common;
use common::{progress, refused_with, target_in};
use serde_json::Value;

/// The 14th Five-Year Plan's energy intensity, a GDP-growth series, labour productivity
/// stated against it, and a direction.
const PLAN: &str = r#"version = 1
title = "14th FYP, a few rows"

[[series]]
id = "gdp-growth"
name = { zh = "国内生产总值增长", en = "GDP growth" }
unit = "%"
measure = "growth"

[[series]]
id = "gdp-average"
name = "GDP growth, average over the plan"
unit = "%"
measure = "growth"
over = "window"
aggregate = "average"
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "energy-intensity"
name = { zh = "单位国内生产总值能源消耗降低", en = "Energy use per unit of GDP" }
unit = "%"
measure = "growth"
rule = "at-most"
value = -13.5
over = "window"
aggregate = "cumulative"
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "labour-productivity"
name = { zh = "全员劳动生产率增长", en = "Labour productivity growth" }
unit = "%"
measure = "growth"
rule = "more-than"
value = { of = "gdp-growth" }
start = 2021-01-01
deadline = 2025-12-31
quote = "全员劳动生产率增长高于国内生产总值增长"

[[target]]
id = "income"
name = "Disposable income growth, average"
unit = "%"
measure = "growth"
rule = "about"
tolerance = 0.5
value = { of = "gdp-average" }
over = "window"
aggregate = "average"
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "energy-falls"
name = "Energy intensity keeps falling"
unit = "%"
measure = "growth"
rule = "falls"
start = 2021-01-01
deadline = 2025-12-31
"#;

fn year(as_of: &str, values: &str) -> String {
    format!("as_of = {as_of}\nsource = \"communiqué\"\n\n[values]\n{values}\n")
}

/// The plan's published rates for 2021–2023, one file per year.
fn plan_files() -> (tempfile::TempDir, Vec<std::path::PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, text) in [
        ("spec.toml", PLAN.to_string()),
        (
            "2021.toml",
            year(
                "2021-12-31",
                "energy-intensity = -2.7\ngdp-growth = 8.4\ngdp-average = 8.4\nlabour-productivity = 8.7\nincome = 8.1\nenergy-falls = -2.7",
            ),
        ),
        (
            "2022.toml",
            year(
                "2022-12-31",
                "energy-intensity = -0.1\ngdp-growth = 3.0\ngdp-average = 3.0\nlabour-productivity = 4.2\nincome = 2.9\nenergy-falls = -0.1",
            ),
        ),
        (
            "2023.toml",
            year(
                "2023-12-31",
                "energy-intensity = 0.5\ngdp-growth = 5.2\ngdp-average = 5.2\nlabour-productivity = 5.7\nincome = 6.1\nenergy-falls = 0.5",
            ),
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    (dir, paths)
}

fn json(args: &[&std::ffi::OsStr]) -> Value {
    let out = progress().args(args).output().unwrap();
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn check_json(paths: &[std::path::PathBuf], extra: &[&str]) -> Value {
    let mut args: Vec<&std::ffi::OsStr> =
        vec!["check".as_ref(), "--format".as_ref(), "json".as_ref()];
    args.push("--spec".as_ref());
    args.push(paths[0].as_os_str());
    for p in &paths[1..] {
        args.push(p.as_os_str());
    }
    for e in extra {
        args.push(e.as_ref());
    }
    json(&args)
}

fn close(v: &Value, expected: f64, tolerance: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is no number"));
    assert!(
        (got - expected).abs() <= tolerance,
        "{got} is not {expected} ± {tolerance}"
    );
}

#[test]
fn energy_intensity_to_the_contracts_figures() {
    let (_dir, paths) = plan_files();
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "energy-intensity");
    assert_eq!(t["status"], "behind");
    close(&t["actual"], -2.31, 0.005);
    close(&t["expected"], -8.33, 0.005);
    close(&t["pace"], 0.27, 0.005);
    assert_eq!(t["aggregate"], "cumulative");
    assert_eq!(t["goal"], -13.5);
    // The rates as given, and the years of the window up to the current one.
    let history: Vec<f64> = t["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["actual"].as_f64().unwrap())
        .collect();
    assert_eq!(history, [-2.7, -0.1, 0.5]);
    assert_eq!(
        t["years"],
        serde_json::json!([
            { "year": 2021, "rate": -2.7, "provisional": false },
            { "year": 2022, "rate": -0.1, "provisional": false },
            { "year": 2023, "rate": 0.5, "provisional": false },
        ])
    );
}

#[test]
fn typed_as_a_year_the_same_rates_read_on_track_but_the_window_is_behind() {
    // The issue's complaint: the last rate alone says nothing of the five-year fall.
    let (_dir, paths) = plan_files();
    let as_year = PLAN.replace(
        "over = \"window\"\naggregate = \"cumulative\"\nstart = 2021-01-01",
        "start = 2021-01-01",
    );
    std::fs::write(&paths[0], as_year).unwrap();
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "energy-intensity");
    assert_eq!(t["actual"], 0.5);
    assert_eq!(t["years"], Value::Null);
    assert_eq!(t["aggregate"], Value::Null);
}

#[test]
fn a_missing_year_is_pending_and_named() {
    let (_dir, mut paths) = plan_files();
    // 2022 has no energy-intensity rate.
    std::fs::write(
        &paths[2],
        year("2022-12-31", "gdp-growth = 3.0\nlabour-productivity = 4.2"),
    )
    .unwrap();
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "energy-intensity");
    assert_eq!(t["status"], "pending");
    assert!(
        t["reason"].as_str().unwrap().contains("2022"),
        "{}",
        t["reason"]
    );
    assert_eq!(t["actual"], Value::Null);
    assert_eq!(
        t["years"][1],
        serde_json::json!({ "year": 2022, "rate": null, "provisional": false })
    );
    // No rate in the window at all yet: pending too.
    paths.truncate(1);
    let only_2020 = paths[0].with_file_name("2020.toml");
    std::fs::write(&only_2020, year("2020-12-31", "energy-intensity = -0.1")).unwrap();
    paths.push(only_2020);
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "energy-intensity");
    assert_eq!(t["status"], "pending");
    assert!(
        t["reason"].as_str().unwrap().contains("no rate"),
        "{}",
        t["reason"]
    );
}

#[test]
fn a_year_to_date_rate_stands_in_provisionally() {
    let (_dir, mut paths) = plan_files();
    let h1 = paths[0].with_file_name("2024-h1.toml");
    std::fs::write(&h1, year("2024-06-30", "energy-intensity = -3.5")).unwrap();
    paths.push(h1);
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "energy-intensity");
    assert_eq!(t["as_of"], "2024-06-30");
    assert_eq!(
        t["years"][3],
        serde_json::json!({ "year": 2024, "rate": -3.5, "provisional": true })
    );
    // 0.973 × 0.999 × 1.005 × 0.965 − 1, t = 4
    close(
        &t["actual"],
        (0.973_f64 * 0.999 * 1.005 * 0.965 - 1.0) * 100.0,
        1e-6,
    );
    close(
        &t["expected"],
        (0.865_f64.powf(4.0 / 5.0) - 1.0) * 100.0,
        1e-5,
    );
}

#[test]
fn an_average_is_on_track_while_it_holds_and_final_by_the_rule() {
    let spec = r#"version = 1
[[target]]
id = "rd"
name = "R&D spending, average annual growth"
unit = "%"
measure = "growth"
rule = "more-than"
value = 7
over = "window"
aggregate = "average"
start = 2021-01-01
deadline = 2022-12-31
"#;
    let (dir, spec_path) = common::temp_file("spec.toml", spec);
    let a = dir.path().join("2021.toml");
    std::fs::write(&a, year("2021-12-31", "rd = 14.6")).unwrap();
    let report = check_json(&[spec_path.clone(), a.clone()], &[]);
    let t = target_in(&report, "rd");
    assert_eq!(t["status"], "on-track");
    assert_eq!(t["pace"], Value::Null);
    assert_eq!(t["expected"], Value::Null);
    // 2022 at −1: average ((1.146 × 0.99)^(1/2) − 1) × 100 = 6.51…: missed at the deadline.
    let b = dir.path().join("2022.toml");
    std::fs::write(&b, year("2022-12-31", "rd = -1")).unwrap();
    let report = check_json(&[spec_path, a, b], &[]);
    let t = target_in(&report, "rd");
    close(
        &t["actual"],
        ((1.146_f64 * 0.99).sqrt() - 1.0) * 100.0,
        1e-6,
    );
    assert_eq!(t["status"], "missed");
}

#[test]
fn relative_goals_across_dates() {
    let (_dir, paths) = plan_files();
    // Each year's productivity is judged against the same year's GDP growth.
    for (as_of, goal, status) in [
        ("2021-12-31", 8.4, "on-track"),
        ("2022-12-31", 3.0, "on-track"),
        ("2023-12-31", 5.2, "on-track"),
    ] {
        let report = check_json(&paths, &["--as-of", as_of]);
        let t = target_in(&report, "labour-productivity");
        assert_eq!(t["goal"], goal, "{as_of}");
        assert_eq!(t["status"], status, "{as_of}");
        assert_eq!(t["goal_of"]["id"], "gdp-growth");
        assert_eq!(t["goal_of"]["actual"], goal);
        assert_eq!(t["pace"], Value::Null);
    }
    // Window against window: each side chained to the same date.
    let report = check_json(&paths, &[]);
    let income = target_in(&report, "income");
    let gdp = ((1.084_f64 * 1.03 * 1.052).powf(1.0 / 3.0) - 1.0) * 100.0;
    let own = ((1.081_f64 * 1.029 * 1.061).powf(1.0 / 3.0) - 1.0) * 100.0;
    close(&income["goal"], gdp, 1e-6);
    close(&income["actual"], own, 1e-6);
    assert_eq!(income["status"], "on-track");
}

#[test]
fn a_referenced_figure_missing_for_the_date_leaves_the_goal_unknown() {
    let (_dir, mut paths) = plan_files();
    // Productivity for 2024, GDP growth not yet published for 2024.
    let late = paths[0].with_file_name("2024.toml");
    std::fs::write(&late, year("2024-12-31", "labour-productivity = 4.9")).unwrap();
    paths.push(late);
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "labour-productivity");
    assert_eq!(t["status"], "pending");
    let reason = t["reason"].as_str().unwrap();
    assert!(
        reason.contains("gdp-growth") && reason.contains("2024"),
        "{reason}"
    );
    assert_eq!(t["goal"], Value::Null);
    assert_eq!(t["goal_of"]["actual"], Value::Null);
}

#[test]
fn a_relative_level_takes_the_value_of_the_same_day_converted_with_plus() {
    let spec = r#"version = 1
[[series]]
id = "budget"
name = "Budget"
unit = "万元"
measure = "level"

[[target]]
id = "spend"
name = "Spending"
unit = "亿元"
measure = "level"
rule = "at-most"
value = { of = "budget", plus = 0.5 }
start = 2024-01-01
deadline = 2024-12-31
"#;
    let (dir, spec_path) = common::temp_file("spec.toml", spec);
    let a = dir.path().join("a.toml");
    std::fs::write(
        &a,
        "as_of = 2024-06-30\n[values]\nbudget = 20000\nspend = 2.4\n",
    )
    .unwrap();
    let report = check_json(&[spec_path.clone(), a.clone()], &[]);
    let t = target_in(&report, "spend");
    // 20,000 万元 = 2 亿元, + 0.5
    assert_eq!(t["goal"], 2.5);
    assert_eq!(t["goal_of"]["actual"], 2);
    assert_eq!(t["goal_of"]["plus"], 0.5);
    assert_eq!(t["status"], "on-track");
    // A later spending value without a budget value of that day: pending.
    let b = dir.path().join("b.toml");
    std::fs::write(&b, "as_of = 2024-09-30\n[values]\nspend = 2.6\n").unwrap();
    let report = check_json(&[spec_path, a, b], &[]);
    let t = target_in(&report, "spend");
    assert_eq!(t["status"], "pending");
    assert!(t["reason"].as_str().unwrap().contains("2024-09-30"));
}

#[test]
fn a_relative_goal_breached_is_behind_before_the_deadline_and_missed_after() {
    let (_dir, mut paths) = plan_files();
    let y = paths[0].with_file_name("2025.toml");
    std::fs::write(
        &y,
        year("2025-06-30", "gdp-growth = 5.3\nlabour-productivity = 5.0"),
    )
    .unwrap();
    paths.push(y.clone());
    let report = check_json(&paths, &[]);
    assert_eq!(
        target_in(&report, "labour-productivity")["status"],
        "behind"
    );
    std::fs::write(
        &y,
        year("2025-12-31", "gdp-growth = 5.3\nlabour-productivity = 5.0"),
    )
    .unwrap();
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "labour-productivity");
    assert_eq!(t["status"], "missed");
    assert_eq!(t["failing"], true);
}

#[test]
fn falls_and_rises() {
    let (_dir, paths) = plan_files();
    let report = check_json(&paths, &["--as-of", "2022-12-31"]);
    let t = target_in(&report, "energy-falls");
    assert_eq!(
        (t["status"].as_str(), t["goal"].as_f64()),
        (Some("on-track"), Some(0.0))
    );
    let report = check_json(&paths, &[]);
    assert_eq!(target_in(&report, "energy-falls")["status"], "behind");

    // A level: against its baseline; none given, pending.
    let spec = r#"version = 1
[[target]]
id = "forest"
name = "Forest cover"
unit = "%"
measure = "level"
rule = "rises"
start = 2021-01-01
deadline = 2025-12-31
"#;
    let (dir, spec_path) = common::temp_file("spec.toml", spec);
    let a = dir.path().join("a.toml");
    std::fs::write(&a, "as_of = 2023-12-31\n[values]\nforest = 24.02\n").unwrap();
    let report = check_json(&[spec_path.clone(), a.clone()], &[]);
    assert_eq!(target_in(&report, "forest")["status"], "pending");
    std::fs::write(
        &a,
        "as_of = 2023-12-31\n[values]\nforest = { value = 24.02, baseline = 23.04 }\n",
    )
    .unwrap();
    let report = check_json(&[spec_path.clone(), a.clone()], &[]);
    let t = target_in(&report, "forest");
    assert_eq!(t["status"], "on-track");
    assert_eq!(t["goal"], 23.04);
    assert_eq!(t["pace"], Value::Null);
    std::fs::write(
        &a,
        "as_of = 2025-12-31\n[values]\nforest = { value = 23.0, baseline = 23.04 }\n",
    )
    .unwrap();
    let report = check_json(&[spec_path, a], &[]);
    assert_eq!(target_in(&report, "forest")["status"], "missed");
}

#[test]
fn series_are_listed_apart_and_never_fail() {
    let (_dir, paths) = plan_files();
    let report = check_json(&paths, &[]);
    assert_eq!(report["summary"]["total"], 4);
    let series = report["series"].as_array().unwrap();
    assert_eq!(series.len(), 2);
    assert_eq!(series[0]["id"], "gdp-growth");
    assert_eq!(series[0]["actual"], 5.2);
    assert_eq!(series[0]["as_of"], "2023-12-31");
    assert_eq!(series[0]["years"], Value::Null);
    assert!(series[0].get("status").is_none());
    assert_eq!(series[1]["years"].as_array().unwrap().len(), 3);
    let mut args: Vec<&std::ffi::OsStr> =
        vec!["check".as_ref(), "--spec".as_ref(), paths[0].as_os_str()];
    for p in &paths[1..] {
        args.push(p.as_os_str());
    }
    let out = progress().args(&args).output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    let (targets, series) = table
        .split_once("Series")
        .expect("a series table after the targets");
    assert!(targets.contains("> GDP growth (5.2%)"), "{table}");
    assert!(
        series.contains("GDP growth") && series.contains("5.2%"),
        "{table}"
    );
    let md = progress()
        .args(&args)
        .args(["--format", "markdown"])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("| Series |") && md.contains("> GDP growth (5.2%)"),
        "{md}"
    );
    let csv = progress()
        .args(&args)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",aggregate,goal_of"));
    assert!(csv.contains("gdp-growth\r\n"), "{csv}");
}

#[test]
fn chinese_reports_name_the_other_figure_in_chinese() {
    let (_dir, paths) = plan_files();
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "check".as_ref(),
        "--lang".as_ref(),
        "zh".as_ref(),
        "--spec".as_ref(),
        paths[0].as_os_str(),
    ];
    for p in &paths[1..] {
        args.push(p.as_os_str());
    }
    let out = progress().args(&args).output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("> 国内生产总值增长 (5.2%)"), "{table}");
}

#[test]
fn explain_shows_the_chain_year_by_year_and_the_referenced_figure() {
    let (_dir, paths) = plan_files();
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "explain".as_ref(),
        "energy-intensity".as_ref(),
        "--spec".as_ref(),
        paths[0].as_os_str(),
    ];
    for p in &paths[1..] {
        args.push(p.as_os_str());
    }
    let out = progress().args(&args).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for needle in [
        "2021        −2.7%",
        "2022        −0.1%",
        "2023        0.5%",
        "(1 − 2.7/100) × (1 − 0.1/100) × (1 + 0.5/100)",
        "−2.3113%",
        "t = 3 of T = 5",
        "−8.3337%",
        "0.2716",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    args[1] = "labour-productivity".as_ref();
    let out = progress().args(&args).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("goal of     GDP growth (series `gdp-growth`): 5.2%"),
        "{text}"
    );
    args[1] = "gdp-growth".as_ref();
    let out = progress().args(&args).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("a series has no goal"), "{text}");
    assert!(text.contains("actual      5.2%"), "{text}");
}

#[test]
fn list_and_init_say_what_each_kind_expects() {
    let (_dir, paths) = plan_files();
    let out = progress()
        .args(["list", "--spec"])
        .arg(&paths[0])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("≤ −13.5 (cumulative 2021–2025)"), "{text}");
    assert!(text.contains("> gdp-growth"), "{text}");
    assert!(text.contains("── series (no goal) ──"), "{text}");
    let out = progress()
        .args(["init", "--as-of", "2024-12-31", "--output", "-", "--spec"])
        .arg(&paths[0])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("a year's rate in %, dated in its year (2021–2025, chained: cumulative)"),
        "{text}"
    );
    assert!(
        text.contains("more-than the figure of gdp-growth for the same date"),
        "{text}"
    );
    assert!(text.contains("# gdp-growth = 0"), "{text}");
    assert!(text.contains("(series: no goal)"), "{text}");
}

#[test]
fn csv_long_layout_gives_a_window_its_rates() {
    let (dir, paths) = plan_files();
    let csv = dir.path().join("rates.csv");
    std::fs::write(
        &csv,
        "id,value,as_of\nenergy-intensity,-2.7,2021-12-31\nenergy-intensity,-0.1,2022-12-31\nenergy-intensity,0.5,2023-12-31\n",
    )
    .unwrap();
    let report = check_json(&[paths[0].clone(), csv], &[]);
    let t = target_in(&report, "energy-intensity");
    close(&t["actual"], -2.31, 0.005);
    assert_eq!(t["status"], "behind");
}

fn refused_spec(spec: &str, needles: &[&str]) {
    let (_dir, path) = common::temp_file("spec.toml", spec);
    refused_with(progress().args(["validate", "--spec"]).arg(&path), needles);
}

fn growth(extra: &str) -> String {
    format!(
        "version = 1\n[[target]]\nid = \"t\"\nname = \"T\"\nunit = \"%\"\nmeasure = \"growth\"\nstart = 2021-01-01\ndeadline = 2025-12-31\n{extra}\n"
    )
}

#[test]
fn bad_windows_are_refused_where_they_are_written() {
    refused_spec(
        &growth("rule = \"at-most\"\nvalue = -13.5\naggregate = \"cumulative\""),
        &[
            "spec.toml:11:13",
            "`aggregate` goes with `over = \"window\"` only",
        ],
    );
    refused_spec(
        &growth("rule = \"at-most\"\nvalue = -13.5\nover = \"window\""),
        &["spec.toml:11:8", "missing `aggregate`"],
    );
    refused_spec(
        &growth("rule = \"at-most\"\nvalue = -13.5\nover = \"window\"")
            .replace("\"growth\"", "\"level\""),
        &[
            "spec.toml:11:8",
            "`over` goes with `measure = \"growth\"` only",
        ],
    );
    refused_spec(
        &growth("rule = \"at-most\"\nvalue = -13.5\nover = \"decade\""),
        &["spec.toml:11:8", "`year` or `window`"],
    );
}

#[test]
fn bad_references_are_refused_where_they_are_written() {
    let base = "version = 1\n[[series]]\nid = \"gdp-growth\"\nname = \"GDP\"\nunit = \"%\"\nmeasure = \"growth\"\n\n[[target]]\nid = \"m\"\nname = \"M\"\nmeasure = \"milestone\"\nrule = \"done\"\nstart = 2021-01-01\ndeadline = 2025-12-31\n";
    let with = |t: &str| {
        format!(
            "{base}\n[[target]]\nid = \"t\"\nname = \"T\"\nstart = 2021-01-01\ndeadline = 2025-12-31\n{t}\n"
        )
    };
    refused_spec(
        &with(
            "unit = \"%\"\nmeasure = \"growth\"\nrule = \"more-than\"\nvalue = { of = \"gdp-growht\" }",
        ),
        &[
            "spec.toml:24:16",
            "`of` names `gdp-growht`, which is no target or series",
            "did you mean `gdp-growth`?",
        ],
    );
    refused_spec(
        &with("unit = \"%\"\nmeasure = \"growth\"\nrule = \"more-than\"\nvalue = { of = \"m\" }"),
        &["spec.toml:24:16", "`m` is a milestone"],
    );
    // An assessed target has no figure either.
    refused_spec(
        &format!(
            "{base}\n[[target]]\nid = \"bop\"\nname = \"BoP\"\nmeasure = \"assessed\"\nstart = 2021-01-01\ndeadline = 2025-12-31\n\n[[target]]\nid = \"x\"\nname = \"X\"\nstart = 2021-01-01\ndeadline = 2025-12-31\nunit = \"%\"\nmeasure = \"growth\"\nrule = \"more-than\"\nvalue = {{ of = \"bop\" }}\n"
        ),
        &["`bop` is an assessed target (a person's judgement): it has no figure"],
    );
    refused_spec(
        &with(
            "unit = \"%\"\nmeasure = \"level\"\nrule = \"more-than\"\nvalue = { of = \"gdp-growth\" }",
        ),
        &[
            "spec.toml:24:16",
            "is a `growth` figure, and this target is a `level`",
        ],
    );
    refused_spec(
        &with(
            "unit = \"个\"\nmeasure = \"growth\"\nrule = \"more-than\"\nvalue = { of = \"gdp-growth\" }",
        ),
        &["a `growth` target is measured in `%`"],
    );
    refused_spec(
        &format!(
            "{base}\n[[series]]\nid = \"b\"\nname = \"B\"\nunit = \"个\"\nmeasure = \"level\"\n\n[[target]]\nid = \"t\"\nname = \"T\"\nstart = 2021-01-01\ndeadline = 2025-12-31\nunit = \"亿元\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = {{ of = \"b\" }}\n"
        ),
        &[
            "spec.toml:30:16",
            "`b` is measured in `个`, which does not convert into this target's `亿元`",
        ],
    );
    // A cycle.
    refused_spec(
        &format!(
            "{base}\n[[target]]\nid = \"a\"\nname = \"A\"\nstart = 2021-01-01\ndeadline = 2025-12-31\nunit = \"%\"\nmeasure = \"growth\"\nrule = \"at-least\"\nvalue = {{ of = \"b\" }}\n\n[[target]]\nid = \"b\"\nname = \"B\"\nstart = 2021-01-01\ndeadline = 2025-12-31\nunit = \"%\"\nmeasure = \"growth\"\nrule = \"at-least\"\nvalue = {{ of = \"a\", plus = 1 }}\n"
        ),
        &["go round in a cycle: `a` → `b` → `a`"],
    );
    // Series and targets share one namespace.
    refused_spec(
        &format!(
            "{base}\n[[target]]\nid = \"gdp-growth\"\nname = \"T\"\nstart = 2021-01-01\ndeadline = 2025-12-31\nunit = \"%\"\nmeasure = \"growth\"\nrule = \"at-least\"\nvalue = 5\n"
        ),
        &["duplicate target id `gdp-growth`"],
    );
    // A series takes no rule.
    refused_spec(
        &format!(
            "{base}\n[[series]]\nid = \"s\"\nname = \"S\"\nunit = \"%\"\nmeasure = \"growth\"\nrule = \"at-least\"\n"
        ),
        &["unknown key `rule`"],
    );
}

#[test]
fn bad_directions_are_refused_where_they_are_written() {
    refused_spec(
        &growth("rule = \"falls\"\nvalue = 0"),
        &["spec.toml:10:1", "`rule = \"falls\"` has no goal"],
    );
    refused_spec(
        &growth("rule = \"falls\"").replace("\"growth\"", "\"ytd\""),
        &["spec.toml:9:8", "does not go with a `ytd` flow"],
    );
    refused_spec(
        &growth("rule = \"rises\"\ntolerance = 1"),
        &["`tolerance` goes with `about`, `at-least`, `more-than`, `at-most` and `less-than` only"],
    );
    refused_spec(
        "version = 1\n[[target]]\nid = \"t\"\nname = \"T\"\nmeasure = \"milestone\"\nrule = \"falls\"\nstart = 2021-01-01\ndeadline = 2025-12-31\n",
        &["`rule = \"done\"` goes with `measure = \"milestone\"`"],
    );
}

#[test]
fn the_new_kinds_fit_the_shipped_schema() {
    let (_dir, paths) = plan_files();
    let out = std::process::Command::new("python3")
        .arg(root().join("tests/schema/validate.py"))
        .arg(root().join("docs/schema/spec.schema.json"))
        .arg(&paths[0])
        .output()
        .expect("python3 runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    let bad = paths[0].with_file_name("bad.toml");
    std::fs::write(
        &bad,
        growth("rule = \"at-most\"\nvalue = -13.5\naggregate = \"cumulative\""),
    )
    .unwrap();
    let out = std::process::Command::new("python3")
        .arg(root().join("tests/schema/validate.py"))
        .arg(root().join("docs/schema/spec.schema.json"))
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_window_that_must_fall_is_judged_by_its_figure_without_pace() {
    // 〔继续下降〕 over a window: the cumulative figure below 0.
    let spec = r#"version = 1
[[target]]
id = "co2"
name = "CO2 per unit of GDP keeps falling over the plan"
unit = "%"
measure = "growth"
rule = "falls"
over = "window"
aggregate = "cumulative"
start = 2021-01-01
deadline = 2025-12-31
"#;
    let (dir, spec_path) = common::temp_file("spec.toml", spec);
    let mut paths = vec![spec_path];
    for (y, rate) in [(2021, "-3.8"), (2022, "-0.8"), (2023, "4.2")] {
        let p = dir.path().join(format!("{y}.toml"));
        std::fs::write(&p, year(&format!("{y}-12-31"), &format!("co2 = {rate}"))).unwrap();
        paths.push(p);
    }
    let report = check_json(&paths[..3], &[]);
    let t = target_in(&report, "co2");
    assert_eq!(
        (t["status"].as_str(), t["pace"].as_f64()),
        (Some("on-track"), None)
    );
    // 0.962 × 0.992 × 1.042 − 1 = −0.56 %: still falling over the window.
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "co2");
    close(
        &t["actual"],
        (0.962_f64 * 0.992 * 1.042 - 1.0) * 100.0,
        1e-6,
    );
    assert_eq!(t["status"], "on-track");
    let worse = dir.path().join("2024.toml");
    std::fs::write(&worse, year("2024-12-31", "co2 = 1.5")).unwrap();
    paths.push(worse);
    let report = check_json(&paths, &[]);
    let t = target_in(&report, "co2");
    assert_eq!(t["status"], "behind");
    assert_eq!(t["pace"], Value::Null);
}

#[test]
fn actuals_suggest_series_ids_too() {
    let (_dir, paths) = plan_files();
    let typo = paths[0].with_file_name("typo.toml");
    std::fs::write(&typo, year("2023-12-31", "gdp-growht = 5.2")).unwrap();
    refused_with(
        progress()
            .args(["validate", "--spec"])
            .arg(&paths[0])
            .arg(&typo),
        &["gdp-growht", "did you mean `gdp-growth`?"],
    );
}

#[test]
fn a_series_name_is_untrusted_text_in_every_format() {
    let (_dir, paths) = plan_files();
    let hostile = PLAN.replace(
        "en = \"GDP growth\"",
        "en = \"GDP <b>growth</b> \\u202e =cmd\"",
    );
    std::fs::write(&paths[0], hostile).unwrap();
    let run = |format: &str| {
        let out = progress()
            .args(["check", "--format", format, "--spec"])
            .args(&paths)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    for format in [
        "table", "markdown", "html", "junit", "github", "csv", "json",
    ] {
        let text = run(format);
        assert!(
            !text.contains('\u{202e}'),
            "{format}: a bidi control got through"
        );
        if matches!(format, "html" | "markdown") {
            assert!(!text.contains(" <b>growth"), "{format}: markup got through");
        }
    }
    // Shown, made visible: in the goal a relative target states, and in the series table.
    let table = run("table");
    assert!(
        table.contains("> GDP <b>growth</b> \\u{202e} =cmd (5.2%)"),
        "{table}"
    );
    assert!(
        table.contains("│ GDP <b>growth</b> \\u{202e} =cmd"),
        "{table}"
    );
}
