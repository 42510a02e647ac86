//! Every report format over one fixture report: a snapshot each, and checks that read the
//! output back with an independent parser and compare it with the JSON report.

mod common;

use std::path::Path;

use common::formats::{ACTUALS, FORMATS, SPEC, check, fixture, line_of_id, progress};
use serde_json::Value;

fn json() -> Value {
    serde_json::from_str(&fixture("json")).expect("the JSON report parses")
}

fn target<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("no target {id}"))
}

#[test]
fn snapshot_table() {
    insta::assert_snapshot!("table", fixture("table"));
}

#[test]
fn snapshot_json() {
    insta::assert_snapshot!("json", fixture("json"));
}

#[test]
fn snapshot_csv() {
    insta::assert_snapshot!("csv", fixture("csv"));
}

#[test]
fn snapshot_markdown() {
    insta::assert_snapshot!("markdown", fixture("markdown"));
}

#[test]
fn snapshot_junit() {
    insta::assert_snapshot!("junit", fixture("junit"));
}

#[test]
fn snapshot_github() {
    insta::assert_snapshot!("github", fixture("github"));
}

#[test]
fn snapshot_html() {
    // One element a line, so a change reads as a small diff.
    insta::assert_snapshot!("html", fixture("html").replace("><", ">\n<"));
}

#[test]
fn every_format_is_accepted_and_keeps_the_exit_code() {
    for format in FORMATS {
        let (_, code) = check(SPEC, ACTUALS, format, &[]);
        assert_eq!(code, 1, "{format}");
        let (_, code) = check(SPEC, ACTUALS, format, &["--fail-on", "never"]);
        assert_eq!(code, 0, "{format}");
    }
}

#[test]
fn junit_counts_match_the_summary() {
    let report = json();
    let xml = fixture("junit");
    let doc = roxmltree::Document::parse(&xml).expect("the JUnit report is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");

    let summary = &report["summary"];
    let count = |key: &str| summary[key].as_u64().unwrap() as usize;
    let attr = |node: roxmltree::Node, name: &str| -> usize {
        node.attribute(name).unwrap().parse().unwrap()
    };
    assert_eq!(attr(root, "tests"), count("total"));
    assert_eq!(attr(root, "failures"), count("failing"));
    assert_eq!(attr(root, "skipped"), count("no-data") + count("pending"));
    assert_eq!(attr(root, "errors"), 0);

    // Count the elements themselves, not only the attributes quick-junit wrote.
    let cases: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), count("total"));
    let failed: Vec<&str> = cases
        .iter()
        .filter(|c| c.children().any(|n| n.has_tag_name("failure")))
        .map(|c| c.attribute("name").unwrap())
        .collect();
    let skipped = cases
        .iter()
        .filter(|c| c.children().any(|n| n.has_tag_name("skipped")))
        .count();
    assert_eq!(failed.len(), count("failing"));
    assert_eq!(skipped, count("no-data") + count("pending"));
    for t in report["targets"].as_array().unwrap() {
        let id = t["id"].as_str().unwrap();
        let is_failure = failed.iter().any(|name| name.ends_with(&format!("({id})")));
        assert_eq!(is_failure, t["failing"] == true, "{id}");
    }

    // One suite per group, in order of first appearance; ungrouped targets last, in `targets`.
    let suites: Vec<(&str, usize)> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .map(|s| (s.attribute("name").unwrap(), attr(s, "tests")))
        .collect();
    assert_eq!(
        suites,
        [
            ("infrastructure", 2),
            ("economy", 3),
            ("projects", 2),
            ("targets", 3)
        ]
    );
}

#[test]
fn csv_has_a_header_and_one_row_per_target() {
    let report = json();
    let text = fixture("csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, progress::export::csv::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let targets = report["targets"].as_array().unwrap();
    assert_eq!(rows.len(), targets.len());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (row, t) in rows.iter().zip(targets) {
        assert_eq!(row[col("id")], *t["id"].as_str().unwrap());
        assert_eq!(row[col("status")], *t["status"].as_str().unwrap());
        assert_eq!(row[col("failing")], t["failing"].to_string());
        for key in ["goal", "actual", "gap", "expected", "baseline", "stretch"] {
            match t[key].as_f64() {
                Some(v) => {
                    let cell: f64 = row[col(key)].parse().unwrap_or_else(|_| {
                        panic!(
                            "{key} of {} is a plain number: {:?}",
                            t["id"],
                            &row[col(key)]
                        )
                    });
                    assert!((cell - v).abs() < 1e-6, "{key} of {}", t["id"]);
                }
                None => assert_eq!(&row[col(key)], "", "{key} of {}", t["id"]),
            }
        }
    }
    assert!(text.ends_with("\r\n"), "RFC 4180 line ends");
}

#[test]
fn markdown_rows_have_one_cell_per_column() {
    let text = fixture("markdown");
    let table: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 2 + 10, "header, alignment, one row per target");
    for line in &table {
        let unescaped_pipes = line
            .char_indices()
            .filter(|&(i, c)| c == '|' && (i == 0 || line.as_bytes()[i - 1] != b'\\'))
            .count();
        assert_eq!(unescaped_pipes, 10, "9 columns (with Group): {line}");
    }
    assert!(text.contains("10 targets: 2 met, 1 on-track, 1 behind, 3 missed, 2 pending, 1 no-data · 2 failing, 1 warning"));
}

#[test]
fn github_annotations_point_at_each_target_line() {
    let report = json();
    let text = fixture("github");
    let lines: Vec<&str> = text.lines().collect();
    let errors: Vec<&&str> = lines.iter().filter(|l| l.starts_with("::error ")).collect();
    let warnings: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("::warning "))
        .collect();
    assert_eq!(
        errors.len() as u64,
        report["summary"]["failing"].as_u64().unwrap()
    );
    // output-doubling is behind; unemployment is a warn target that missed.
    assert_eq!(warnings.len(), 2);
    assert!(
        lines
            .last()
            .unwrap()
            .starts_with("::notice title=progress::10 targets")
    );
    for (id, level) in [
        ("turnover", "error"),
        ("energy-use", "error"),
        ("output-doubling", "warning"),
        ("unemployment", "warning"),
    ] {
        let line = line_of_id(SPEC, id);
        // The column of the id's value, where the spec reader puts the target.
        let prefix = format!("::{level} file={SPEC},line={line},col=6,title=");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&prefix) && l.contains(&format!("({id})"))),
            "{id}: no `{prefix}` in\n{text}"
        );
    }
    // Nothing for targets that are fine or have nothing to judge.
    for id in ["stations", "growth", "parks", "lab-upgraded"] {
        assert!(!text.contains(&format!("({id})")), "{id}");
    }
}

#[test]
fn html_is_self_contained_with_a_chart_per_target() {
    let html = fixture("html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#));
    for forbidden in [
        "<script", "<link", "<img", "@import", "url(", "http://", "https://", "src=",
    ] {
        assert!(!html.contains(forbidden), "found {forbidden}");
    }
    assert_eq!(html.matches("<article class=\"card").count(), 10);
    // Every target has a chart (milestones a time line).
    assert_eq!(html.matches("<svg class=\"bullet\"").count(), 10);
    // Groups in order of first appearance, ungrouped targets last.
    let order: Vec<usize> = ["infrastructure", "economy", "projects", "Other targets"]
        .iter()
        .map(|g| {
            html.find(&format!("<h2>{g} "))
                .unwrap_or_else(|| panic!("{g}"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // The quote is on the card, in a details element.
    assert!(html.contains("<blockquote>三年内再建设3000个基站</blockquote>"));
}

#[test]
fn html_names_follow_the_language() {
    let (zh, _) = check(SPEC, ACTUALS, "html", &["--lang", "zh"]);
    assert!(zh.contains("<html lang=\"zh\">"));
    assert!(zh.contains("<h3>基站 <a class=\"anchor\""));
    let (en, _) = check(SPEC, ACTUALS, "html", &["--lang", "en"]);
    assert!(en.contains("<h3>base stations <a class=\"anchor\""));
}

/// The marker "where the pace says it should be by now": baseline + elapsed × (goal −
/// baseline) for linear, baseline × (goal / baseline)^elapsed for compound, elapsed ×
/// goal for a year-to-date flow.
#[test]
fn expected_value_follows_each_pace_model() {
    // The same figures, read as of mid-2024.
    let dir = tempfile::tempdir().unwrap();
    let mid_year = dir.path().join("mid-year.toml");
    let figures = std::fs::read_to_string(ACTUALS).unwrap();
    std::fs::write(
        &mid_year,
        figures
            .replace("as_of = 2024-12-31", "as_of = 2024-07-01")
            // Not yet done by then: a milestone cannot be done after its value's date.
            .replace("{ done = true, date = 2024-09-15 }", "false"),
    )
    .unwrap();
    let (text, _) = check(SPEC, mid_year.to_str().unwrap(), "json", &[]);
    let report: Value = serde_json::from_str(&text).unwrap();
    let elapsed_3y = 182.0 / 1095.0;
    let elapsed_1y = 182.0 / 365.0;
    let expected = |id: &str| target(&report, id)["expected"].as_f64().unwrap();
    assert!((expected("stations") - (1000.0 + elapsed_3y * 3000.0)).abs() < 1e-3);
    assert!((expected("output-doubling") - 500.0 * 2f64.powf(elapsed_3y)).abs() < 1e-3);
    assert!((expected("turnover") - 200.0 * elapsed_1y).abs() < 1e-3);
    // No pace for a growth band or a milestone.
    assert!(target(&report, "growth")["expected"].is_null());
    assert!(target(&report, "plant-opens")["expected"].is_null());
    // At the deadline there is nothing left to schedule.
    let final_report = json();
    assert!(target(&final_report, "turnover")["expected"].is_null());
}

/// The built-in spec is no file of the user's repository: its annotations name no file.
#[test]
fn github_annotations_name_the_spec_relative_to_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = tempfile::tempdir().unwrap();
    let plans = repo.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    std::fs::copy(root.join(SPEC), plans.join("okrs.toml")).unwrap();
    let actuals = root.join(ACTUALS);
    let annotations = |cwd: &Path, spec: &Path, workspace: Option<&Path>| {
        let mut cmd = progress();
        cmd.current_dir(cwd)
            .arg("check")
            .arg(&actuals)
            .arg("--spec")
            .arg(spec)
            .args(["--format", "github"]);
        match workspace {
            Some(w) => cmd.env("GITHUB_WORKSPACE", w),
            None => cmd.env_remove("GITHUB_WORKSPACE"),
        };
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        // `::warning file=plans/okrs.toml,line=…` → `plans/okrs.toml`
        let first = text.lines().next().unwrap_or_default();
        let file = first.split_once(" file=").map_or("", |(_, rest)| rest);
        file.split(",line=").next().unwrap_or_default().to_string()
    };
    let ws = Some(repo.path());
    // A step with `working-directory: plans`, the spec named from there.
    assert_eq!(
        annotations(&plans, Path::new("okrs.toml"), ws),
        "plans/okrs.toml"
    );
    // The spec named by its absolute path.
    assert_eq!(
        annotations(root, &plans.join("okrs.toml"), ws),
        "plans/okrs.toml"
    );
    // Outside the repository, or not on GitHub: the path as given.
    let elsewhere = tempfile::tempdir().unwrap();
    assert_eq!(
        annotations(&plans, Path::new("okrs.toml"), Some(elsewhere.path())),
        "okrs.toml"
    );
    assert_eq!(
        annotations(&plans, Path::new("okrs.toml"), None),
        "okrs.toml"
    );
}

/// A spec found without `--spec`, through `$PROGRESS_SPEC`, is a file all the same: its
/// annotations name it, relative to the repository.
#[test]
fn github_annotations_name_the_spec_found_through_progress_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join("plans")).unwrap();
    let spec = repo.path().join("plans/okrs.toml");
    std::fs::copy(root.join(SPEC), &spec).unwrap();
    let out = progress()
        .current_dir(repo.path())
        .arg("check")
        .arg(root.join(ACTUALS))
        .args(["--format", "github"])
        .env("PROGRESS_SPEC", &spec)
        .env("GITHUB_WORKSPACE", repo.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let targets: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("::notice"))
        .collect();
    assert!(!targets.is_empty(), "{text}");
    for l in targets {
        assert!(l.contains(" file=plans/okrs.toml,line="), "{l}");
    }
}

#[test]
fn github_annotations_of_the_built_in_spec_name_no_file() {
    let out = common::formats::progress()
        .args(["check", "examples/actuals-2020.toml", "--format", "github"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().any(|l| l.starts_with("::error title=")),
        "{text}"
    );
    assert!(!text.contains("file="), "{text}");
}

/// Three quarterly snapshots of the fixture spec: targets with two or more values.
const HISTORY: &str = "tests/fixtures/report-history/";

fn history_html() -> String {
    let (html, code) = check(SPEC, HISTORY, "html", &[]);
    assert_eq!(code, 0, "nothing fails in the history fixture");
    html
}

/// The `<article>` of one target.
fn card<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("id=\"t-{id}\""))
        .unwrap_or_else(|| panic!("no card {id}"));
    let end = html[start..].find("</article>").unwrap();
    &html[start..start + end]
}

#[test]
fn snapshot_html_with_history() {
    insta::assert_snapshot!("html_history", history_html().replace("><", ">\n<"));
}

#[test]
fn html_draws_a_line_chart_for_each_target_with_history() {
    let html = history_html();
    for id in [
        "stations",
        "output-doubling",
        "turnover",
        "energy-use",
        "unemployment",
    ] {
        let card = card(&html, id);
        assert_eq!(card.matches("<svg class=\"line-chart\"").count(), 1, "{id}");
        assert!(card.contains("<polyline class=\"history\""), "{id}");
        assert!(card.contains("<line class=\"projection\""), "{id}");
    }
    // One value, a milestone, or none: the card of a single report, no line chart.
    for id in ["growth", "plant-opens", "lab-upgraded", "coverage", "parks"] {
        assert!(!card(&html, id).contains("line-chart"), "{id}");
        assert_eq!(
            card(&html, id),
            card(&fixture_card_source(), id),
            "{id} keeps its card"
        );
    }
    // Three dots for three snapshots, each titled with its date and value.
    let stations = card(&html, "stations");
    assert_eq!(stations.matches("<circle class=\"point\"").count(), 3);
    assert!(stations.contains("<title>2024-06-30: 1,750</title>"));
    // A straight pace line for a linear target, a curve for a compound one; none for a
    // rule with a band.
    let points = |card: &str| {
        let at = card.find("<polyline class=\"pace\" points=\"").unwrap() + 31;
        card[at..].split('"').next().unwrap().split(' ').count()
    };
    assert_eq!(points(stations), 2);
    assert_eq!(points(card(&html, "output-doubling")), 25);
    assert!(!card(&html, "unemployment").contains("class=\"pace\""));
    // Goal and stretch lines; the at-risk badge with its reason.
    assert!(stations.contains("<line class=\"goal-line\""));
    assert!(stations.contains("<line class=\"stretch-line\""));
    assert!(stations.contains("⚠ at risk"));
    assert!(stations.contains("reaches the goal only on 2028-05-16"));
    assert!(!card(&html, "turnover").contains("at risk"));
    // The legend explains the lines only when there are some.
    assert!(html.contains("pace line: the schedule from start to deadline"));
    assert!(!fixture("html").contains("pace line: the schedule"));
}

/// The fixture's cards of targets without history, rendered from the same values in one
/// file: the same markup as in the history report.
fn fixture_card_source() -> String {
    let dir = tempfile::tempdir().unwrap();
    let latest = std::fs::read_to_string(format!("{HISTORY}2024-q3.toml")).unwrap();
    let path = dir.path().join("latest.toml");
    std::fs::write(&path, latest).unwrap();
    check(SPEC, path.to_str().unwrap(), "html", &[]).0
}

/// One grouping for every listing: with an ungrouped target first in the spec, `list`,
/// JUnit and HTML all put the named group first and the ungrouped targets last.
#[test]
fn ungrouped_targets_come_last_in_every_grouped_output() {
    let spec = "tests/fixtures/ungrouped-first.toml";
    let actuals = "tests/fixtures/ungrouped-first-actuals.toml";
    let (junit, _) = check(spec, actuals, "junit", &[]);
    let alpha = junit.find("testsuite name=\"Alpha\"").expect("Alpha suite");
    let rest = junit
        .find("testsuite name=\"targets\"")
        .expect("ungrouped suite");
    assert!(alpha < rest, "{junit}");
    // In spec order (`--order status`, the default, puts failing targets first).
    let (html, _) = check(spec, actuals, "html", &["--order", "spec"]);
    let alpha = html.find("<h2>Alpha").expect("Alpha heading");
    let rest = html.find("<h2>Other targets").expect("ungrouped heading");
    assert!(alpha < rest, "{html}");
    let out = progress().args(["list", "--spec", spec]).output().unwrap();
    let list = String::from_utf8(out.stdout).unwrap();
    let alpha = list.find("── Alpha ──").expect("Alpha heading");
    let rest = list.find("── (no group) ──").expect("ungrouped heading");
    assert!(alpha < rest, "{list}");
}
