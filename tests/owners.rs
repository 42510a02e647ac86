//! Class and owner (docs/format.md, "Class and owner"): `class` sets the default severity,
//! `owner` names who answers for a target, `check --owner` keeps some owners' targets
//! and `check --by` breaks the summary down. Each case runs the binary on real files.

mod common;
use common::{progress, refused_with, target_in};

const PLAN: &str = r#"version = 1
title = "Plan"

[[target]]
id = "energy"
name = "Energy intensity"
group = "Green"
class = "binding"
owner = ["国家发展改革委", "国家统计局"]
unit = "%"
measure = "level"
rule = "at-most"
value = 10
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "rd"
name = "R&D spending"
group = "Innovation"
class = "expected"
owner = " 科技部 "
unit = "%"
measure = "level"
rule = "at-least"
value = 3
start = 2021-01-01
deadline = 2021-12-31

[[target]]
id = "forest"
name = "Forest cover"
group = "Green"
class = "expected"
severity = "error"
owner = "国家林草局"
unit = "%"
measure = "level"
rule = "at-least"
value = 24
start = 2021-01-01
deadline = 2021-12-31

[[target]]
id = "jobs"
name = "Urban jobs"
unit = "万人"
measure = "level"
rule = "at-least"
value = 1100
start = 2021-01-01
deadline = 2021-12-31
"#;

const ACTUALS: &str = r#"as_of = 2021-12-31
[values]
energy = 12
rd = 2.4
forest = 23
jobs = 1269
"#;

fn plan() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("spec.toml"), PLAN).unwrap();
    std::fs::write(dir.path().join("a.toml"), ACTUALS).unwrap();
    dir
}

fn check(dir: &tempfile::TempDir, extra: &[&str]) -> (i32, String) {
    let out = progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "--spec", "spec.toml"])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn class_sets_the_default_severity_and_an_explicit_one_wins() {
    let dir = plan();
    let (code, out) = check(&dir, &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(code, 1);
    let energy = target_in(&report, "energy");
    assert_eq!(energy["class"], "binding");
    assert_eq!(energy["severity"], "error");
    assert_eq!(
        energy["owners"],
        serde_json::json!(["国家发展改革委", "国家统计局"])
    );
    let rd = target_in(&report, "rd");
    assert_eq!(rd["class"], "expected");
    assert_eq!(rd["severity"], "warn");
    assert_eq!(rd["status"], "missed");
    assert_eq!(rd["failing"], false);
    assert_eq!(rd["warning"], true);
    // Owners are trimmed.
    assert_eq!(rd["owners"], serde_json::json!(["科技部"]));
    let forest = target_in(&report, "forest");
    assert_eq!(forest["severity"], "error");
    assert_eq!(forest["failing"], true);
    let jobs = target_in(&report, "jobs");
    assert_eq!(jobs["class"], serde_json::Value::Null);
    assert_eq!(jobs["owners"], serde_json::json!([]));
    assert!(
        report.get("breakdown").is_none(),
        "no breakdown unless asked"
    );
}

#[test]
fn owner_keeps_only_the_targets_it_leads_or_shares() {
    let dir = plan();
    // 科技部's one target misses, but its severity is warn: the run passes.
    let (code, out) = check(&dir, &["--owner", "科技部", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(code, 0);
    let ids: Vec<&str> = report["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["rd"]);
    assert_eq!(report["summary"]["total"], 1);
    assert_eq!(report["summary"]["missed"], 1);
    assert_eq!(report["summary"]["failing"], 0);
    // A unit that shares a target (not its lead) keeps it too; names are trimmed.
    let (code, out) = check(&dir, &["--owner", " 国家统计局 ", "--owner", "国家林草局"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("Energy intensity") && out.contains("Forest cover"),
        "{out}"
    );
    assert!(!out.contains("R&D") && !out.contains("Urban jobs"), "{out}");
    assert!(out.contains("2 targets:"), "{out}");
}

#[test]
fn an_unknown_owner_is_refused_with_the_owners_there_are() {
    let dir = plan();
    let err = refused_with(
        progress().current_dir(dir.path()).args([
            "check",
            "a.toml",
            "--spec",
            "spec.toml",
            "--owner",
            "国家统计",
        ]),
        &[
            "no target has the owner `国家统计`",
            "did you mean `国家统计局`",
            "`国家发展改革委`, `国家统计局`, `科技部`, `国家林草局`",
        ],
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn by_owner_breaks_the_summary_down_in_the_table_and_json() {
    let dir = plan();
    let (_, table) = check(&dir, &["--by", "owner"]);
    assert!(table.contains("by owner:"), "{table}");
    assert!(
        table.contains("  国家发展改革委 — 1 target: 1 pending · 0 failing"),
        "{table}"
    );
    assert!(
        table.contains("  国家统计局 — 1 target: 1 pending · 0 failing"),
        "{table}"
    );
    assert!(
        table.contains("  科技部 — 1 target: 1 missed · 0 failing, 1 warning"),
        "{table}"
    );
    assert!(
        table.contains("  (none) — 1 target: 1 met · 0 failing"),
        "{table}"
    );

    let (_, json) = check(&dir, &["--by", "owner", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let b = &report["breakdown"];
    assert_eq!(b["by"], "owner");
    let rows = b["rows"].as_array().unwrap();
    let keys: Vec<&serde_json::Value> = rows.iter().map(|r| &r["key"]).collect();
    assert_eq!(
        keys,
        [
            &serde_json::json!("国家发展改革委"),
            &serde_json::json!("国家统计局"),
            &serde_json::json!("科技部"),
            &serde_json::json!("国家林草局"),
            &serde_json::Value::Null,
        ]
    );
    // Each row's summary has the keys of the top-level one.
    let top: Vec<&String> = report["summary"].as_object().unwrap().keys().collect();
    for row in rows {
        let k: Vec<&String> = row["summary"].as_object().unwrap().keys().collect();
        assert_eq!(k, top);
    }
    assert_eq!(rows[0]["summary"]["pending"], 1);
    assert_eq!(rows[4]["summary"]["met"], 1);
}

#[test]
fn by_class_and_group_with_owner_filter() {
    let dir = plan();
    let (_, json) = check(&dir, &["--by", "class", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = report["breakdown"]["rows"].as_array().unwrap();
    assert_eq!(rows[0]["key"], "binding");
    assert_eq!(rows[0]["summary"]["total"], 1);
    assert_eq!(rows[1]["key"], "expected");
    assert_eq!(rows[1]["summary"]["total"], 2);
    assert_eq!(rows[1]["summary"]["failing"], 1);
    assert_eq!(rows[1]["summary"]["warnings"], 1);
    assert_eq!(rows[2]["key"], serde_json::Value::Null);

    let (_, table) = check(&dir, &["--by", "group", "--owner", "国家林草局"]);
    assert!(
        table.contains("by group:\n  Green — 1 target: 1 missed · 1 failing"),
        "{table}"
    );
    assert!(!table.contains("(none)"), "{table}");
}

#[test]
fn markdown_and_html_show_class_and_owner() {
    let dir = plan();
    let (_, md) = check(&dir, &["--format", "markdown", "--by", "class"]);
    assert!(
        md.contains("| Target | Group | Class | Owner | Goal |"),
        "{md}"
    );
    assert!(
        md.contains("| binding | 国家发展改革委, 国家统计局 |"),
        "{md}"
    );
    assert!(md.contains("by class:"), "{md}");
    let (_, html) = check(&dir, &["--format", "html", "--by", "owner"]);
    assert!(
        html.contains(" · binding · owner 国家发展改革委, 国家统计局"),
        "{html}"
    );
    assert!(html.contains("by owner:"), "{html}");
}

#[test]
fn bad_class_and_owner_are_refused_where_written() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "class = \"binding\"",
            "class = \"mandatory\"",
            &["`class` must be `binding` or `expected`", "spec.toml:8:9"],
        ),
        (
            "owner = \" 科技部 \"",
            "owner = \"  \"",
            &["an owner is empty", "spec.toml:22:9"],
        ),
        (
            "owner = \" 科技部 \"",
            "owner = [\"科技部\", \"科技部\"]",
            &["`科技部` is named twice as an owner"],
        ),
        (
            "owner = \" 科技部 \"",
            "owner = 3",
            &["`owner` must be a string or a list of strings"],
        ),
    ];
    for (from, to, needles) in cases {
        let dir = plan();
        std::fs::write(dir.path().join("spec.toml"), PLAN.replacen(from, to, 1)).unwrap();
        refused_with(
            progress()
                .current_dir(dir.path())
                .args(["validate", "--spec", "spec.toml"]),
            needles,
        );
    }
}

#[test]
fn by_takes_owner_group_or_class_only() {
    let dir = plan();
    progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "--spec", "spec.toml", "--by", "severity"])
        .assert()
        .code(2);
}

#[test]
fn explain_and_list_show_class_and_owners() {
    let dir = plan();
    let out = progress()
        .current_dir(dir.path())
        .args(["explain", "energy", "a.toml", "--spec", "spec.toml"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("class       binding (default severity error)"),
        "{text}"
    );
    assert!(
        text.contains("owner       国家发展改革委 (lead), 国家统计局"),
        "{text}"
    );
    let out = progress()
        .current_dir(dir.path())
        .args(["list", "--spec", "spec.toml"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("error (binding; 国家发展改革委, 国家统计局)"),
        "{text}"
    );
    assert!(text.contains("warn (expected; 科技部)"), "{text}");
    assert!(text.contains("error (expected; 国家林草局)"), "{text}");
}
