//! Sheets checked as a statistics office publishes them, with only command-line flags
//! (`--column FIELD=HEADER`, `--target-id`; src/column_map.rs): a yearbook table of one
//! indicator by region (`地区 | 2022年 | 2023年`) under title rows, with a units row,
//! notes and missing marks, written with rust_xlsxwriter and checked by the real binary.
//!
//! Expected outcomes, worked out by hand before the binary was run: every target is
//! `at-least` with its deadline 2023-12-31, so a 2023 figure (dated 2023-12-31 by its
//! header) is final: met when it reaches the goal, missed when not; a missing mark is no
//! figure (`no-data`).
//!   - clinics (per district, goal 10; 东城区 has its own goal 12): 东城区 13 ≥ 12 met,
//!     西城区 `..` no-data, 朝阳区 8 < 10 missed;
//!   - beds (goal 5000): 5200 met; forest (goal 30 %): `—` no-data; gdp (goal 1,000,000
//!     万元): 98 亿元 = 980,000 万元 < 1,000,000 missed.

mod common;
use common::sheets::row;
use common::{progress, refused_with, target_in};
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use serde_json::Value;

const SPEC: &str = r#"version = 1

[[target]]
id = "clinics"
name = "Community clinics"
unit = "家"
measure = "level"
rule = "at-least"
value = 10
start = 2020-01-01
deadline = 2023-12-31
per = "district"
entities = "districts.csv"

[[target]]
id = "beds"
name = "Hospital beds"
unit = "张"
measure = "level"
rule = "at-least"
value = 5000
start = 2020-01-01
deadline = 2023-12-31

[[target]]
id = "forest"
name = "Forest cover"
unit = "%"
measure = "level"
rule = "at-least"
value = 30
start = 2020-01-01
deadline = 2023-12-31

[[target]]
id = "gdp"
name = "GDP"
unit = "万元"
measure = "level"
rule = "at-least"
value = 1000000
start = 2020-01-01
deadline = 2023-12-31
"#;

/// The districts, by the names the yearbook uses; 东城区 has a goal of its own.
const DISTRICTS: &str = "id,name,value\n东城区,东城区,12\n西城区,西城区,\n朝阳区,朝阳区,\n";

fn case() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("spec.toml"), SPEC).unwrap();
    std::fs::write(dir.path().join("districts.csv"), DISTRICTS).unwrap();
    dir
}

fn book(dir: &tempfile::TempDir, name: &str, fill: impl FnOnce(&mut Worksheet)) {
    let mut book = Workbook::new();
    let s = book.add_worksheet();
    s.set_name("表2").unwrap();
    fill(s);
    book.save(dir.path().join(name)).unwrap();
}

/// A yearbook table of one indicator by region: a merged title, the header
/// `地区 | 2022年 | 2023年`, a units row labelled `单位`, figures as numbers, a missing
/// mark, a blank row and two rows of notes.
fn by_region(s: &mut Worksheet) {
    s.merge_range(0, 0, 0, 2, "表2 各区社区卫生服务机构数", &Format::new())
        .unwrap();
    row(s, 2, &["地区", "2022年", "2023年"]);
    row(s, 3, &["单位", "家", "家"]);
    row(s, 4, &["东城区"]);
    s.write_number(4, 1, 11).unwrap();
    s.write_number(4, 2, 13).unwrap();
    row(s, 5, &["西城区", "", ".."]);
    s.write_number(5, 1, 9).unwrap();
    row(s, 6, &["朝阳区"]);
    s.write_number(6, 1, 7).unwrap();
    s.write_number(6, 2, 8).unwrap();
    row(s, 8, &["注：2023年为初步数。"]);
    row(s, 9, &["资料来源：区统计年鉴。"]);
}

fn check(dir: &tempfile::TempDir, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = progress();
    cmd.current_dir(dir.path())
        .args(["check", "--spec", "spec.toml"])
        .args(args);
    cmd
}

fn json(dir: &tempfile::TempDir, args: &[&str]) -> Value {
    let out = check(dir, &["-f", "json", "--fail-on", "never"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stderr:\n{stderr}");
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e}); stderr:\n{stderr}"))
}

fn entity_statuses(report: &Value) -> Vec<(String, String)> {
    let clinics = target_in(report, "clinics");
    let entities = clinics["panel"]["entities"]
        .as_array()
        .unwrap_or_else(|| panic!("entities listed: {clinics}"));
    entities
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_string(),
                e["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_yearbook_sheet_by_region_is_checked_with_flags_only() {
    let dir = case();
    book(&dir, "yearbook.xlsx", by_region);
    let report = json(
        &dir,
        &[
            "yearbook.xlsx",
            "--target-id",
            "clinics",
            "--column",
            "entity=地区",
            "--column",
            "value=2023年",
        ],
    );
    let mut got = entity_statuses(&report);
    got.sort();
    let want = [
        ("东城区", "met"),
        ("朝阳区", "missed"),
        ("西城区", "no-data"),
    ];
    let mut want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    want.sort();
    assert_eq!(got, want, "{report}");
    // The figures are the 2023 column's, dated by its header: the file's date.
    assert_eq!(report["as_of"], "2023-12-31");
    // Without the flags the sheet is refused, as before: its header names no column.
    refused_with(&mut check(&dir, &["yearbook.xlsx"]), &["yearbook.xlsx"]);
}

#[test]
fn the_same_table_as_csv_is_read_as_a_sheet() {
    let dir = case();
    std::fs::write(
        dir.path().join("clinics.csv"),
        // As a statistics database exports it: title lines, the header, a source note.
        "数据库：分区年度数据\n指标：社区卫生服务机构数(家)\n\n地区,2022年,2023年\n\
         东城区,11,13\n西城区,9,..\n朝阳区,7,8\n数据来源：区统计局\n",
    )
    .unwrap();
    let report = json(
        &dir,
        &[
            "clinics.csv",
            "--target-id",
            "clinics",
            "--column",
            "entity=地区",
            "--column",
            "value=2023年",
        ],
    );
    assert_eq!(report["as_of"], "2023-12-31");
    let mut got = entity_statuses(&report);
    got.sort();
    assert_eq!(
        got,
        [
            ("东城区".to_string(), "met".to_string()),
            ("朝阳区".into(), "missed".into()),
            ("西城区".into(), "no-data".into())
        ]
    );
    // A mapped header the file does not have: at its header row, named as a spreadsheet
    // program names the sheet of a CSV file (the file's stem).
    refused_with(
        &mut check(
            &dir,
            &[
                "clinics.csv",
                "--target-id",
                "clinics",
                "--column",
                "entity=地区",
                "--column",
                "value=2024年",
            ],
        ),
        &[
            "clinics.csv: clinics!A4: no column",
            "no column `2024年` (mapped to `value`) in the header row",
            "did you mean `2023年`?",
        ],
    );
}

#[test]
fn a_sheet_of_one_target_a_row_is_checked_with_its_id_column_named() {
    let dir = case();
    // Each figure's unit is in a column the map names (gdp's is 亿元, not the spec's 万元).
    book(&dir, "indicators.xlsx", |s| {
        row(s, 0, &["表1 主要指标"]);
        row(s, 1, &["指标", "名称", "计量单位", "2022年", "2023年"]);
        row(s, 2, &["beds", "医院床位", "张", "4800", "5200"]);
        row(s, 3, &["forest", "森林覆盖率", "%", "29.5", "—"]);
        row(s, 4, &["gdp", "地区生产总值", "亿元", "", "98"]);
        row(s, 6, &["资料来源：统计年鉴 2024。"]);
    });
    let report = json(
        &dir,
        &[
            "indicators.xlsx",
            "--column",
            "id=指标",
            "--column",
            "unit=计量单位",
            "--column",
            "value=2023年",
        ],
    );
    assert_eq!(target_in(&report, "beds")["status"], "met");
    assert_eq!(target_in(&report, "beds")["actual"].to_string(), "5200");
    assert_eq!(target_in(&report, "forest")["status"], "no-data");
    assert_eq!(target_in(&report, "gdp")["actual"].to_string(), "980000");
    assert_eq!(target_in(&report, "gdp")["status"], "missed");
    assert_eq!(target_in(&report, "clinics")["status"], "no-data");
}

#[test]
fn a_mapped_header_the_sheet_does_not_have_is_named_with_its_headers() {
    let dir = case();
    book(&dir, "yearbook.xlsx", by_region);
    refused_with(
        &mut check(
            &dir,
            &[
                "yearbook.xlsx",
                "--target-id",
                "clinics",
                "--column",
                "entity=地区",
                "--column",
                "value=2024年",
            ],
        ),
        &[
            "yearbook.xlsx: 表2!A3: no column `2024年` (mapped to `value`) in the header row",
            "did you mean `2023年`?",
            "`地区`, `2022年`, `2023年`",
        ],
    );
}

#[test]
fn a_field_mapped_twice_or_unknown_is_a_usage_error() {
    let dir = case();
    book(&dir, "yearbook.xlsx", by_region);
    refused_with(
        &mut check(
            &dir,
            &[
                "yearbook.xlsx",
                "--column",
                "value=2022年",
                "--column",
                "value=2023年",
            ],
        ),
        &["the field `value` is mapped twice"],
    );
    refused_with(
        &mut check(&dir, &["yearbook.xlsx", "--column", "region=地区"]),
        &[
            "--column",
            "unknown field `region`",
            "`id`, `entity`, `value`, `unit`, `as_of`, `source`, `note`, `by`",
        ],
    );
    refused_with(
        &mut check(
            &dir,
            &[
                "yearbook.xlsx",
                "--target-id",
                "clinic",
                "--column",
                "entity=地区",
            ],
        ),
        &["--target-id `clinic`", "did you mean `clinics`?"],
    );
    // validate reads the sheet the same way.
    let mut cmd = progress();
    cmd.current_dir(dir.path())
        .args(["validate", "--spec", "spec.toml", "yearbook.xlsx"])
        .args(["--target-id", "clinics", "--column", "entity=地区"])
        .args(["--column", "value=2023年"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("as of 2023-12-31"));
    // explain too: 朝阳区's 8 is below its goal of 10, so the panel (`all`) is missed.
    let mut cmd = progress();
    let out = cmd
        .current_dir(dir.path())
        .args(["explain", "clinics", "--spec", "spec.toml", "yearbook.xlsx"])
        .args(["--target-id", "clinics", "--column", "entity=地区"])
        .args(["--column", "value=2023年"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("status      missed"), "{stdout}");
}
