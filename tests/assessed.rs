//! Assessed targets (docs/format.md, "Assessed targets"): no number decides them, a
//! person's judgement is the actual. Each case runs the binary on real files.

mod common;
use common::{progress, refused_with, target_in};

const SPEC: &str = r#"version = 1

[[target]]
id = "balance"
name = { zh = "国际收支基本平衡", en = "Balance of payments broadly in balance" }
measure = "assessed"
class = "expected"
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "ecology"
name = "Ecology keeps improving"
measure = "assessed"
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "growth-range"
name = "GDP growth within a reasonable range"
measure = "assessed"
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "jobs"
name = "Urban jobs"
unit = "万人"
measure = "level"
rule = "at-least"
value = 1100
start = 2021-01-01
deadline = 2025-12-31
"#;

const ACTUALS: &str = r#"as_of = 2023-12-31
[values]
balance = { status = "on-track", by = "国家外汇管理局", note = "current account surplus 1.4% of GDP" }
ecology = { status = "behind", by = "生态环境部" }
jobs = 1244
"#;

fn files(spec: &str, name: &str, actuals: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
    std::fs::write(dir.path().join(name), actuals).unwrap();
    dir
}

fn run(dir: &tempfile::TempDir, args: &[&str]) -> (i32, String) {
    let out = progress()
        .current_dir(dir.path())
        .args(args)
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
fn a_judgement_is_reported_counted_and_fails_like_any_status() {
    let dir = files(SPEC, "a.toml", ACTUALS);
    let (code, json) = run(
        &dir,
        &[
            "check",
            "a.toml",
            "--spec",
            "spec.toml",
            "--format",
            "json",
            "--fail-on",
            "behind",
        ],
    );
    // `ecology` is judged behind, and its severity is error: the run fails.
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let balance = target_in(&report, "balance");
    assert_eq!(balance["status"], "on-track");
    assert_eq!(balance["measure"], "assessed");
    assert_eq!(balance["rule"], serde_json::Value::Null);
    assert_eq!(balance["unit"], serde_json::Value::Null);
    assert_eq!(balance["goal"], serde_json::Value::Null);
    assert_eq!(
        balance["assessed"],
        serde_json::json!({ "by": "国家外汇管理局", "note": "current account surplus 1.4% of GDP" })
    );
    let ecology = target_in(&report, "ecology");
    assert_eq!(ecology["status"], "behind");
    assert_eq!(ecology["failing"], true);
    assert_eq!(
        ecology["assessed"],
        serde_json::json!({ "by": "生态环境部", "note": null })
    );
    // No judgement yet: no-data, and `assessed` is null.
    let range = target_in(&report, "growth-range");
    assert_eq!(range["status"], "no-data");
    assert_eq!(range["assessed"], serde_json::Value::Null);
    // A computed target: `assessed` is null.
    assert_eq!(
        target_in(&report, "jobs")["assessed"],
        serde_json::Value::Null
    );
    assert_eq!(report["summary"]["on-track"], 1);
    assert_eq!(report["summary"]["behind"], 1);
    assert_eq!(report["summary"]["no-data"], 1);
    assert_eq!(report["summary"]["failing"], 1);
    // With the default --fail-on missed, behind does not fail.
    let (code, _) = run(&dir, &["check", "a.toml", "--spec", "spec.toml"]);
    assert_eq!(code, 0);
}

#[test]
fn met_and_missed_are_accepted_at_any_date() {
    let dir = files(
        SPEC,
        "a.toml",
        "as_of = 2022-06-30\n[values]\necology = { status = \"missed\", by = \"审计署\" }\nbalance = { status = \"met\", by = \"国家外汇管理局\" }\n",
    );
    let (code, json) = run(
        &dir,
        &["check", "a.toml", "--spec", "spec.toml", "--format", "json"],
    );
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(target_in(&report, "ecology")["status"], "missed");
    assert_eq!(target_in(&report, "balance")["status"], "met");
}

#[test]
fn every_text_format_marks_the_target_as_assessed_with_by() {
    let dir = files(SPEC, "a.toml", ACTUALS);
    let base = [
        "check",
        "a.toml",
        "--spec",
        "spec.toml",
        "--wide",
        "--format",
    ];
    let (_, table) = run(&dir, &[&base[..], &["table"]].concat());
    assert!(table.contains("judged by 国家外汇管理局"), "{table}");
    assert!(table.contains("on-track (assessed)"), "{table}");
    let (_, md) = run(&dir, &[&base[..], &["markdown"]].concat());
    assert!(
        md.contains("| assessed | judged by 国家外汇管理局 |"),
        "{md}"
    );
    let (_, csv) = run(&dir, &[&base[..], &["csv"]].concat());
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains(",class,owners,assessed_by,assessed_note,"),
        "{csv}"
    );
    assert!(
        csv.contains(",expected,,国家外汇管理局,current account surplus 1.4% of GDP"),
        "{csv}"
    );
    // No rule: the `rule` cell is empty, as JSON's is null.
    let balance_row = csv.lines().find(|l| l.starts_with("balance,")).unwrap();
    assert!(balance_row.contains(",warn,assessed,,,"), "{balance_row}");
    let (_, junit) = run(&dir, &[&base[..], &["junit"]].concat());
    assert!(junit.contains("assessed by 生态环境部"), "{junit}");
    let (_, github) = run(&dir, &[&base[..], &["github"]].concat());
    assert!(
        github.contains("behind (assessed)") && github.contains("assessed by 生态环境部"),
        "{github}"
    );
    let (_, html) = run(&dir, &[&base[..], &["html"]].concat());
    assert!(html.contains("judged by 国家外汇管理局"), "{html}");
    assert!(
        html.contains("Assessed by 国家外汇管理局: current account surplus"),
        "{html}"
    );
}

#[test]
fn judgements_in_csv_actuals() {
    let dir = files(
        SPEC,
        "a.csv",
        "id,value,as_of,by,note\n\
         balance,on-track,2023-12-31,国家外汇管理局,surplus\n\
         ecology,missed,2023-12-31,生态环境部,\n\
         jobs,1244,2023-12-31,,\n",
    );
    let (code, json) = run(
        &dir,
        &["check", "a.csv", "--spec", "spec.toml", "--format", "json"],
    );
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        target_in(&report, "balance")["assessed"]["by"],
        "国家外汇管理局"
    );
    assert_eq!(target_in(&report, "balance")["assessed"]["note"], "surplus");
    assert_eq!(target_in(&report, "ecology")["status"], "missed");
    assert_eq!(target_in(&report, "jobs")["actual"], 1244);
}

#[test]
fn judgements_form_a_history_and_a_worse_one_regresses() {
    let dir = files(SPEC, "a.toml", ACTUALS);
    std::fs::write(
        dir.path().join("b.toml"),
        "as_of = 2024-12-31\n[values]\nbalance = { status = \"behind\", by = \"国家外汇管理局\", note = \"capital outflows\" }\n",
    )
    .unwrap();
    let (_, json) = run(
        &dir,
        &[
            "check",
            "a.toml",
            "b.toml",
            "--spec",
            "spec.toml",
            "--format",
            "json",
        ],
    );
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let balance = target_in(&report, "balance");
    assert_eq!(balance["status"], "behind");
    assert_eq!(balance["assessed"]["note"], "capital outflows");
    assert_ne!(balance["regressed"], serde_json::Value::Null, "{balance}");
    // Two different judgements on one date conflict, as two figures do.
    std::fs::write(
        dir.path().join("b.toml"),
        "as_of = 2023-12-31\n[values]\nbalance = { status = \"behind\", by = \"国家外汇管理局\" }\n",
    )
    .unwrap();
    refused_with(
        progress().current_dir(dir.path()).args([
            "check",
            "a.toml",
            "b.toml",
            "--spec",
            "spec.toml",
        ]),
        &["balance"],
    );
}

#[test]
fn explain_says_who_assessed_it_and_why() {
    let dir = files(SPEC, "a.toml", ACTUALS);
    let (_, out) = run(
        &dir,
        &["explain", "balance", "a.toml", "--spec", "spec.toml"],
    );
    assert!(
        out.contains("judgement   on-track (assessed: a person's judgement decides)"),
        "{out}"
    );
    assert!(out.contains("by          国家外汇管理局"), "{out}");
    assert!(
        out.contains("why         current account surplus 1.4% of GDP"),
        "{out}"
    );
}

#[test]
fn list_and_init_know_assessed_targets() {
    let dir = files(SPEC, "a.toml", ACTUALS);
    let (_, list) = run(&dir, &["list", "--spec", "spec.toml"]);
    assert!(list.contains("assessed"), "{list}");
    assert!(list.contains("warn (expected)"), "{list}");
    let (_, init) = run(
        &dir,
        &[
            "init",
            "--spec",
            "spec.toml",
            "--as-of",
            "2023-12-31",
            "-o",
            "-",
        ],
    );
    assert!(
        init.contains("# balance = { status = \"on-track\", by = \"…\", note = \"…\" }"),
        "{init}"
    );
    // The template, uncommented and filled in, is a valid actuals file.
    let filled = init
        .replace("# balance = ", "balance = ")
        .replace("\"…\"", "\"me\"");
    std::fs::write(dir.path().join("filled.toml"), filled).unwrap();
    let (code, _) = run(&dir, &["validate", "filled.toml", "--spec", "spec.toml"]);
    assert_eq!(code, 0);
}

#[test]
fn bad_assessed_targets_are_refused_where_written() {
    for (key, line) in [
        ("unit = \"%\"", "unit"),
        ("value = 5", "value"),
        ("rule = \"at-least\"", "rule"),
        ("pace = \"linear\"", "pace"),
        ("baseline = 1", "baseline"),
    ] {
        let spec = SPEC.replacen(
            "measure = \"assessed\"\nclass",
            &format!("measure = \"assessed\"\n{key}\nclass"),
            1,
        );
        let dir = files(&spec, "a.toml", ACTUALS);
        refused_with(
            progress()
                .current_dir(dir.path())
                .args(["validate", "--spec", "spec.toml"]),
            &[
                &format!("an assessed target has no `{line}`"),
                "spec.toml:7:1",
            ],
        );
    }
}

#[test]
fn bad_judgements_are_refused_where_written() {
    let cases: &[(&str, &[&str])] = &[
        (
            "balance = 3",
            &[
                "`balance` is assessed, and its value must be a judgement, found the integer 3",
                "a.toml:3:11",
            ],
        ),
        (
            "balance = \"on-track\"",
            &[
                "`balance` is assessed, and its value must be a judgement",
                "a.toml:3:11",
            ],
        ),
        (
            "balance = { status = \"ontrack\", by = \"x\" }",
            &[
                "`ontrack` is not a judgement",
                "did you mean `on-track`",
                "a.toml:3:22",
            ],
        ),
        (
            "balance = { status = \"pending\", by = \"x\" }",
            &[
                "`pending` is not a judgement",
                "met`, `on-track`, `behind`, `missed`",
            ],
        ),
        (
            "balance = { status = \"met\" }",
            &["missing `by` in a judgement", "a.toml:3:11"],
        ),
        (
            "balance = { status = \"met\", by = \" \" }",
            &["`by` is empty"],
        ),
        (
            "balance = { by = \"x\" }",
            &["missing `status` in a judgement"],
        ),
        (
            "balance = { status = \"met\", by = \"x\", value = 3 }",
            &["`balance` is assessed and takes no `value`"],
        ),
        (
            "jobs = { status = \"met\", by = \"x\" }",
            &[
                "`jobs` is a `level` target: its figure decides, not a judgement",
                "a.toml:3:10",
            ],
        ),
    ];
    for (line, needles) in cases {
        let dir = files(
            SPEC,
            "a.toml",
            &format!("as_of = 2023-12-31\n[values]\n{line}\n"),
        );
        refused_with(
            progress()
                .current_dir(dir.path())
                .args(["validate", "a.toml", "--spec", "spec.toml"]),
            needles,
        );
    }
    let csv_cases: &[(&str, &[&str])] = &[
        (
            "balance,3,,",
            &[
                "`balance` is assessed, and its value must be a judgement, found the number 3",
                "a.csv:2:9",
            ],
        ),
        (
            "balance,fine,x,",
            &["`fine` is not a judgement", "a.csv:2:9"],
        ),
        ("balance,met,,", &["no `by` for `balance`", "a.csv:2:1"]),
        (
            "balance,met,x,%",
            &["`balance` is assessed and takes no unit"],
        ),
        (
            "jobs,1244,x,",
            &[
                "`jobs` is a `level` target: its figure decides, not a judgement",
                "a.csv:2:11",
            ],
        ),
    ];
    for (row, needles) in csv_cases {
        let dir = files(SPEC, "a.csv", &format!("id,value,by,unit\n{row}\n"));
        refused_with(
            progress().current_dir(dir.path()).args([
                "validate",
                "a.csv",
                "--spec",
                "spec.toml",
                "--as-of",
                "2023-12-31",
            ]),
            needles,
        );
    }
}

/// Runs the independent JSON Schema validator (tests/schema/validate.py) on `files`.
fn schema_valid(schema: &str, files: &[&std::path::Path]) -> (bool, String) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("python3")
        .arg(root.join("tests/schema/validate.py"))
        .arg(root.join("docs/schema").join(schema))
        .args(files)
        .output()
        .expect("python3 runs (.ci/run installs jsonschema)");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn the_schemas_know_units_class_owner_and_judgements() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (ok, text) = schema_valid(
        "spec.schema.json",
        &[&root.join("tests/fixtures/plan/spec.toml")],
    );
    assert!(ok, "{text}");
    let (ok, text) = schema_valid(
        "actuals.schema.json",
        &[&root.join("tests/fixtures/plan/actuals.toml")],
    );
    assert!(ok, "{text}");
    // And the loader agrees: the fixture checks.
    progress()
        .args([
            "validate",
            "tests/fixtures/plan/actuals.toml",
            "--spec",
            "tests/fixtures/plan/spec.toml",
        ])
        .assert()
        .code(0);

    let dir = tempfile::tempdir().unwrap();
    let bad_spec = dir.path().join("spec.toml");
    std::fs::write(
        &bad_spec,
        SPEC.replacen(
            "measure = \"assessed\"",
            "measure = \"assessed\"\nunit = \"%\"",
            1,
        ),
    )
    .unwrap();
    let (ok, text) = schema_valid("spec.schema.json", &[&bad_spec]);
    assert!(!ok, "an assessed target with a unit: {text}");
    let bad_actuals = dir.path().join("a.toml");
    std::fs::write(
        &bad_actuals,
        "as_of = 2023-12-31\n[values]\nbalance = { status = \"met\" }\n",
    )
    .unwrap();
    let (ok, text) = schema_valid("actuals.schema.json", &[&bad_actuals]);
    assert!(!ok, "a judgement without `by`: {text}");
    std::fs::write(
        &bad_actuals,
        "as_of = 2023-12-31\n[values]\nbalance = { status = \"fine\", by = \"x\" }\n",
    )
    .unwrap();
    let (ok, text) = schema_valid("actuals.schema.json", &[&bad_actuals]);
    assert!(!ok, "not a judgement: {text}");
    std::fs::write(&bad_spec, "version = 1\n[units]\n\"斤\" = { factor = 0 }\n[[target]]\nid = \"t\"\nname = \"T\"\nmeasure = \"assessed\"\nstart = 2021-01-01\ndeadline = 2022-01-01\n").unwrap();
    let (ok, text) = schema_valid("spec.schema.json", &[&bad_spec]);
    assert!(!ok, "a factor of 0 without `in`: {text}");
}
