//! Workbooks as statistics offices publish them (src/sheet_shape.rs, src/cell_text.rs):
//! title rows above the header, a units row or a unit in the title, blank rows, notes
//! below the figures, missing-value marks, numbers stored as text with thousands
//! separators. Each workbook is written here with rust_xlsxwriter, laid out as a yearbook
//! table is, and the real binary checks it; a genuinely bad cell is still a located error.

mod common;
use common::sheets::row;
use common::{progress, refused_with, target_in};
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use serde_json::Value;
use std::path::PathBuf;

const SPEC: &str = r#"version = 1

[[target]]
id = "gdp"
name = "GDP"
unit = "万元"
measure = "level"
rule = "at-least"
value = 1000000
start = 2020-01-01
deadline = 2025-12-31

[[target]]
id = "forest"
name = "Forest cover"
unit = "%"
measure = "level"
rule = "at-least"
value = 30
start = 2020-01-01
deadline = 2025-12-31

[[target]]
id = "beds"
name = "Hospital beds"
unit = "张"
measure = "level"
rule = "at-least"
value = 5000
start = 2020-01-01
deadline = 2025-12-31

[[target]]
id = "clinics"
name = "Clinics per district"
unit = "家"
measure = "level"
rule = "at-least"
value = 10
start = 2020-01-01
deadline = 2025-12-31
per = "district"
entities = "districts.xlsx#区"
rollup = "sum"
"#;

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("spec.toml"), SPEC).unwrap();
        let case = Case { dir };
        case.book("districts.xlsx", |b| {
            let s = sheet(b, "区");
            s.merge_range(0, 0, 0, 2, "表3 各区社区诊所目标", &Format::new())
                .unwrap();
            row(s, 2, &["id", "name", "value"]);
            row(s, 3, &["d01", "东城区", ""]);
            s.write_number(3, 2, 12).unwrap();
            row(s, 4, &["d02", "西城区", "…"]);
            row(s, 6, &["注：目标值空缺者取全市目标。"]);
        });
        case
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn book(&self, name: &str, fill: impl FnOnce(&mut Workbook)) -> PathBuf {
        let mut book = Workbook::new();
        fill(&mut book);
        let path = self.path(name);
        book.save(&path).unwrap();
        path
    }

    fn run(&self, args: &[&str]) -> assert_cmd::Command {
        let mut cmd = progress();
        cmd.current_dir(self.dir.path()).args(args);
        cmd
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self
            .run(&[
                "check",
                "--spec",
                "spec.toml",
                "-f",
                "json",
                "--fail-on",
                "never",
            ])
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "stderr:\n{stderr}");
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("no JSON ({e}); stderr:\n{stderr}"))
    }
}

fn sheet<'a>(book: &'a mut Workbook, name: &str) -> &'a mut Worksheet {
    let s = book.add_worksheet();
    s.set_name(name).unwrap();
    s
}

/// A yearbook table: two title rows (one merged across the table, one a year), the
/// header, a units row, figures as numbers and as text with separators, a blank row, a
/// missing mark, and two rows of notes.
fn yearbook(s: &mut Worksheet) {
    s.merge_range(0, 0, 0, 3, "表1 主要指标 2023年", &Format::new())
        .unwrap();
    row(s, 1, &["2023年"]);
    row(s, 2, &["id", "指标", "value", "as_of"]);
    row(s, 3, &["", "", "（亿元）", ""]);
    row(s, 4, &["gdp", "地区生产总值", "1,234.5", "2023-12-31"]);
    row(s, 6, &["beds", "医院床位", "..", "2023-12-31"]);
    row(s, 7, &["forest", "森林覆盖率", "—", "2023-12-31"]);
    row(s, 9, &["注：地区生产总值按当年价格计算。"]);
    row(s, 10, &["资料来源：统计年鉴 2024。"]);
}

#[test]
fn a_yearbook_sheet_is_checked_as_published() {
    let case = Case::new();
    case.book("yearbook.xlsx", |b| {
        // The `指标` column is not one progress reads: the sheet names it `note`.
        let s = sheet(b, "表1");
        yearbook(s);
        s.write_string(2, 1, "note").unwrap();
    });
    let report = case.json(&["yearbook.xlsx"]);
    let gdp = target_in(&report, "gdp");
    // 1,234.5 亿元 (the units row) is 12,345,000 万元, the spec's unit.
    assert_eq!(gdp["actual"].to_string(), "12345000");
    assert_eq!(gdp["status"], "met");
    // `..` and `—` are no figure: not an error, not a zero.
    for id in ["beds", "forest"] {
        assert_eq!(target_in(&report, id)["status"], "no-data", "{id}");
        assert!(target_in(&report, id)["actual"].is_null(), "{id}");
    }
    // The table output shows the same figure.
    case.run(&[
        "check",
        "--spec",
        "spec.toml",
        "--fail-on",
        "never",
        "yearbook.xlsx",
    ])
    .assert()
    .code(0)
    .stdout(predicates::str::contains("12,345,000"));
}

#[test]
fn a_units_row_that_does_not_fit_a_target_is_named_by_its_cell() {
    let case = Case::new();
    case.book("yearbook.xlsx", |b| {
        let s = sheet(b, "表1");
        yearbook(s);
        s.write_string(2, 1, "note").unwrap();
        // The forest figure carries its own unit, so only its cell decides.
        s.write_string(2, 4, "unit").unwrap();
        s.write_number(7, 2, 31.5).unwrap();
        s.write_string(7, 4, "%").unwrap();
        // beds: a count in 张, under a units row of 亿元.
        s.write_number(6, 2, 5200).unwrap();
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "yearbook.xlsx"]),
        &[
            "yearbook.xlsx: 表1!C4 (the table's unit)",
            "亿元",
            "1 problem found; nothing was evaluated",
        ],
    );
}

#[test]
fn a_unit_stated_in_the_title_is_the_figures_unit() {
    let case = Case::new();
    case.book("gdp.xlsx", |b| {
        let s = sheet(b, "Sheet1");
        row(
            s,
            0,
            &["Table 2. Gross domestic product by year (Unit: 亿元)"],
        );
        row(s, 2, &["id", "value", "as_of"]);
        row(s, 3, &["gdp", "98.5", "2022-12-31"]);
        s.write_number(4, 1, 101.25).unwrap();
        row(s, 4, &["gdp", "", "2023-12-31"]);
        row(s, 5, &["Source: national statistics office."]);
        row(s, 6, &["Note: figures for 2023 are preliminary."]);
    });
    let report = case.json(&["gdp.xlsx"]);
    let gdp = target_in(&report, "gdp");
    assert_eq!(gdp["actual"].to_string(), "1012500");
    assert_eq!(gdp["history"].as_array().unwrap().len(), 2);
}

#[test]
fn a_bad_cell_in_a_yearbook_sheet_is_still_a_located_error() {
    let case = Case::new();
    case.book("yearbook.xlsx", |b| {
        let s = sheet(b, "表1");
        yearbook(s);
        s.write_string(2, 1, "note").unwrap();
        // A decimal comma: 12,5 could be 125 or 12.5; and 1,234 could be 1.234.
        s.write_string(4, 2, "12,5").unwrap();
        s.write_string(6, 2, "1,234").unwrap();
        // A row of figures under the notes would be lost if the notes ended the sheet.
        row(s, 11, &["beds", "医院床位", "5000", "2023-12-31"]);
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "yearbook.xlsx"]),
        &[
            "error: yearbook.xlsx: 表1!A12: a row of the table below its notes (they start at row 10)",
            "move the notes",
            "1 problem found",
        ],
    );
    case.book("yearbook.xlsx", |b| {
        let s = sheet(b, "表1");
        yearbook(s);
        s.write_string(2, 1, "note").unwrap();
        s.write_string(4, 2, "12,5").unwrap();
        s.write_string(6, 2, "1,234").unwrap();
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "yearbook.xlsx"]),
        &[
            "error: yearbook.xlsx: 表1!C5 (column `value`): the value of `gdp` must be a number, found `12,5`",
            "error: yearbook.xlsx: 表1!C7 (column `value`): the value of `beds` must be a number, found `1,234`",
            "cannot be a decimal comma",
            "2 problems found; nothing was evaluated",
        ],
    );
}

#[test]
fn csv_reads_missing_marks_and_separators_as_the_workbook_does() {
    let case = Case::new();
    std::fs::write(
        case.path("figures.csv"),
        "id,value,unit,as_of\ngdp,\"1,234.5\",亿元,2023-12-31\nbeds,..,,2023-12-31\nforest,—,,2023-12-31\n",
    )
    .unwrap();
    let report = case.json(&["figures.csv"]);
    assert_eq!(target_in(&report, "gdp")["actual"].to_string(), "12345000");
    for id in ["beds", "forest"] {
        assert_eq!(target_in(&report, id)["status"], "no-data", "{id}");
    }
    std::fs::write(
        case.path("bad.csv"),
        "id,value,as_of\ngdp,\"1,234\",2023-12-31\n",
    )
    .unwrap();
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "bad.csv"]),
        &["the value of `gdp` must be a number, found `1,234`"],
    );
}

#[test]
fn panel_figures_and_entity_tables_come_from_yearbook_sheets() {
    let case = Case::new();
    case.book("clinics.xlsx", |b| {
        let s = sheet(b, "Sheet1");
        row(s, 0, &["各区社区诊所数"]);
        row(s, 1, &["id", "entity", "value", "as_of"]);
        row(s, 2, &["", "", "单位：家", ""]);
        row(s, 3, &["clinics", "d01", "", "2023-12-31"]);
        s.write_number(3, 2, 13).unwrap();
        row(s, 4, &["clinics", "d02", "x", "2023-12-31"]);
        row(s, 6, &["数据来源：区卫生健康委"]);
    });
    let report = case.json(&["clinics.xlsx"]);
    let clinics = target_in(&report, "clinics");
    // d01 has its own goal 12 (the table's C4), d02's `…` is no goal: the target's 10.
    let entities = clinics["panel"]["entities"]
        .as_array()
        .unwrap_or_else(|| panic!("entities listed: {clinics}"));
    let d01 = entities.iter().find(|e| e["id"] == "d01").unwrap();
    assert_eq!(d01["actual"].to_string(), "13");
    assert_eq!(d01["status"], "met");
    assert_eq!(d01["goal"].to_string(), "12");
    let d02 = entities.iter().find(|e| e["id"] == "d02").unwrap();
    assert_eq!(d02["status"], "no-data");
}

#[test]
fn a_year_across_the_header_is_told_how_to_lay_out() {
    let case = Case::new();
    case.book("years.xlsx", |b| {
        let s = sheet(b, "Sheet1");
        row(s, 0, &["id", "value", "2023年"]);
        row(s, 1, &["gdp", "1", "2"]);
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "years.xlsx"]),
        &[
            "years.xlsx: Sheet1!C1: unknown column `2023年`",
            "give each row its date in `as_of` (e.g. 2023-12-31)",
        ],
    );
}

#[test]
fn a_table_without_the_columns_names_its_first_row() {
    let case = Case::new();
    case.book("plain.xlsx", |b| {
        let s = sheet(b, "Sheet1");
        row(s, 0, &["表1 地区生产总值"]);
        row(s, 1, &["地区", "2022", "2023年"]);
        row(s, 2, &["gdp", "1", "2"]);
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "plain.xlsx"]),
        &["plain.xlsx", "has no header row", "`id`"],
    );
}

#[test]
fn a_bad_figure_in_an_entity_sheet_is_named_by_its_cell() {
    let case = Case::new();
    case.book("districts.xlsx", |b| {
        let s = sheet(b, "区");
        row(s, 0, &["表3 各区社区诊所目标"]);
        row(s, 1, &["id", "name", "value"]);
        row(s, 2, &["d01", "东城区", "12,5"]);
        row(s, 3, &["注：…"]);
    });
    std::fs::write(case.path("a.csv"), "id,value,as_of\ngdp,1,2023-12-31\n").unwrap();
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "a.csv"]),
        &["区!C3 (column `value`): `value` must be a number, found `12,5`"],
    );
}
