//! Actuals from `.xlsx` workbooks (src/sheet.rs): the CSV layout read from a sheet, numbers
//! and dates as the cells hold them, every problem named by sheet, cell and column. Each
//! workbook is written here with rust_xlsxwriter (the encrypted one is committed, see
//! tests/data/xlsx/make_encrypted.py) and the real binary runs on it.

mod common;
use common::{progress, refused_with, target_in};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};
use serde_json::Value;
use std::path::{Path, PathBuf};

const SPEC: &str = r#"version = 1

[[target]]
id = "gdp"
name = "GDP"
unit = "亿元"
measure = "level"
rule = "at-least"
value = 10.3
start = 2020-01-01
deadline = 2025-12-31

[[target]]
id = "forest"
name = "Forest cover"
unit = "%"
measure = "level"
rule = "at-least"
value = 0.3
start = 2020-01-01
deadline = 2025-12-31

[[target]]
id = "law"
name = "Law passed"
measure = "milestone"
rule = "done"
start = 2020-01-01
deadline = 2025-12-31
"#;

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("spec.toml"), SPEC).unwrap();
        Case { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Saves a workbook whose sheets `fill` writes.
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

    fn json(&self, args: &[&str]) -> (Option<i32>, Value) {
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
        let json = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("no JSON ({e}); stderr:\n{stderr}"));
        (out.status.code(), json)
    }
}

fn header(sheet: &mut Worksheet, names: &[&str]) {
    for (i, n) in names.iter().enumerate() {
        sheet.write_string(0, i as u16, *n).unwrap();
    }
}

fn date_format() -> Format {
    Format::new().set_num_format("yyyy-mm-dd")
}

fn day(y: u16, m: u8, d: u8) -> ExcelDateTime {
    ExcelDateTime::from_ymd(y, m, d).unwrap()
}

/// The usual sheet: numbers typed as numbers, a date cell, a date as text, a milestone.
fn figures(sheet: &mut Worksheet) {
    let date = date_format();
    header(sheet, &["id", "value", "unit", "as_of", "source"]);
    sheet.write_string(1, 0, "gdp").unwrap();
    sheet.write_number(1, 1, 10.1).unwrap();
    sheet.write_string(1, 2, "亿元").unwrap();
    sheet
        .write_datetime_with_format(1, 3, day(2023, 12, 31), &date)
        .unwrap();
    sheet.write_string(1, 4, "Statistical yearbook").unwrap();
    sheet.write_string(2, 0, "forest").unwrap();
    sheet.write_number(2, 1, 0.1).unwrap();
    sheet.write_string(2, 3, "2023-12-31").unwrap();
    sheet.write_string(3, 0, "law").unwrap();
    sheet
        .write_datetime_with_format(3, 1, day(2023, 6, 30), &date)
        .unwrap();
    sheet
        .write_datetime_with_format(3, 3, day(2023, 12, 31), &date)
        .unwrap();
}

#[test]
fn a_sheet_reads_as_its_csv_would_numbers_exactly_dates_as_dates() {
    let case = Case::new();
    case.book("figures.xlsx", |b| figures(b.add_worksheet()));
    std::fs::write(
        case.path("figures.csv"),
        "id,value,unit,as_of,source\ngdp,10.1,亿元,2023-12-31,Statistical yearbook\n\
         forest,0.1,,2023-12-31,\nlaw,2023-06-30,,2023-12-31,\n",
    )
    .unwrap();
    let (code, from_xlsx) = case.json(&["figures.xlsx"]);
    assert_eq!(code, Some(0));
    let gdp = target_in(&from_xlsx, "gdp");
    // 10.1 − 10.3 is −0.2 exactly: the cell's float is read as the 10.1 typed.
    assert_eq!(gdp["actual"].to_string(), "10.1");
    assert_eq!(gdp["gap"].to_string(), "-0.2");
    assert_eq!(gdp["as_of"], "2023-12-31");
    assert_eq!(gdp["source"], "Statistical yearbook");
    assert_eq!(target_in(&from_xlsx, "forest")["actual"].to_string(), "0.1");
    let law = target_in(&from_xlsx, "law");
    assert_eq!(law["done"], true);
    assert_eq!(law["done_on"], "2023-06-30");
    // The same figures as CSV give the same targets.
    let (_, from_csv) = case.json(&["figures.csv"]);
    assert_eq!(from_xlsx["targets"], from_csv["targets"]);
    case.run(&["validate", "--spec", "spec.toml", "figures.xlsx"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("figures.xlsx"));
}

#[test]
fn a_sheet_is_chosen_by_name_and_rows_on_several_dates_are_a_history() {
    let case = Case::new();
    case.book("book.xlsx", |b| {
        let notes = b.add_worksheet();
        notes.set_name("Notes").unwrap();
        notes.write_string(0, 0, "read me").unwrap();
        let data = b.add_worksheet();
        data.set_name("Data 2023").unwrap();
        // The table need not start at A1.
        let date = date_format();
        for (c, n) in ["id", "value", "as_of"].iter().enumerate() {
            data.write_string(2, 1 + c as u16, *n).unwrap();
        }
        let rows = [(2021, 9.0), (2022, 9.6), (2023, 10.0)];
        for (i, (year, v)) in rows.iter().enumerate() {
            let r = 3 + i as u32;
            data.write_string(r, 1, "gdp").unwrap();
            data.write_number(r, 2, *v).unwrap();
            data.write_datetime_with_format(r, 3, day(*year, 12, 31), &date)
                .unwrap();
        }
    });
    let (code, report) = case.json(&["book.xlsx#Data 2023"]);
    assert_eq!(code, Some(0));
    let gdp = target_in(&report, "gdp");
    let history: Vec<String> = gdp["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| format!("{} {}", p["as_of"].as_str().unwrap(), p["actual"]))
        .collect();
    assert_eq!(
        history,
        ["2021-12-31 9", "2022-12-31 9.6", "2023-12-31 10"].map(String::from)
    );
    assert!(gdp["trend"].is_string());
}

#[test]
fn a_folder_contributes_its_workbooks() {
    let case = Case::new();
    std::fs::create_dir(case.path("snaps")).unwrap();
    case.book("snaps/2023.xlsx", |b| figures(b.add_worksheet()));
    std::fs::write(
        case.path("snaps/2022.csv"),
        "id,value,as_of\ngdp,9.5,2022-12-31\n",
    )
    .unwrap();
    let (_, report) = case.json(&["snaps"]);
    let gdp = target_in(&report, "gdp");
    assert_eq!(gdp["history"].as_array().unwrap().len(), 2);
    assert_eq!(gdp["actual"].to_string(), "10.1");
    case.run(&["explain", "gdp", "--spec", "spec.toml", "snaps"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("2023.xlsx"));
}

#[test]
fn problems_are_named_by_sheet_cell_and_column() {
    let case = Case::new();
    case.book("bad.xlsx", |b| {
        let s = b.add_worksheet();
        header(s, &["id", "value", "as_of"]);
        s.write_string(1, 0, "gdp").unwrap();
        s.write_string(1, 1, "12,5").unwrap();
        s.write_string(1, 2, "2023-12-31").unwrap();
        s.write_string(2, 0, "gdpp").unwrap();
        s.write_number(2, 1, 3).unwrap();
        s.write_string(2, 2, "2023-12-31").unwrap();
        s.write_string(3, 0, "forest").unwrap();
        s.write_number(3, 1, 0.2).unwrap();
        s.write_string(3, 2, "June").unwrap();
    });
    let err = refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "bad.xlsx"]),
        &[
            "error: bad.xlsx: Sheet1!B2 (column `value`): the value of `gdp` must be a number, found `12,5`",
            "without thousands separators",
            "error: bad.xlsx: Sheet1!A3 (column `id`): unknown target id `gdpp`",
            "did you mean `gdp`",
            "error: bad.xlsx: Sheet1!C4 (column `as_of`): `June` is not a date",
            "3 problems found; nothing was evaluated",
        ],
    );
    // No snippet of a text that is not the file.
    assert!(!err.contains("-->"), "{err}");
}

#[test]
fn a_second_row_for_a_date_names_the_first() {
    let case = Case::new();
    case.book("twice.xlsx", |b| {
        let s = b.add_worksheet();
        header(s, &["id", "value", "as_of"]);
        for r in 1..3 {
            s.write_string(r, 0, "gdp").unwrap();
            s.write_number(r, 1, r as f64).unwrap();
            s.write_string(r, 2, "2023-12-31").unwrap();
        }
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "twice.xlsx"]),
        &[
            "Sheet1!A3 (column `id`): a second row for `gdp` as of 2023-12-31",
            "first row: twice.xlsx Sheet1!A2",
        ],
    );
}

#[test]
fn two_files_that_disagree_are_named_by_cell() {
    let case = Case::new();
    case.book("a.xlsx", |b| figures(b.add_worksheet()));
    std::fs::write(
        case.path("b.csv"),
        "id,value,unit,as_of\ngdp,10.2,亿元,2023-12-31\n",
    )
    .unwrap();
    let err = refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "a.xlsx", "b.csv"]),
        &[
            "`gdp` has two different values for 2023-12-31",
            "a.xlsx Sheet1!A2",
        ],
    );
    assert!(!err.contains('\0'), "{err:?}");
}

#[test]
fn formula_errors_and_values_outside_the_header_are_refused() {
    let case = Case::new();
    case.book("f.xlsx", |b| {
        let s = b.add_worksheet();
        s.set_name("Q4 figures").unwrap();
        header(s, &["id", "value", "as_of"]);
        s.write_string(1, 0, "gdp").unwrap();
        s.write_formula(1, 1, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
        s.write_string(1, 2, "2023-12-31").unwrap();
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "f.xlsx"]),
        &[
            "'Q4 figures'!B2: the cell holds the error #DIV/0!",
            "fix the formula",
        ],
    );
    case.book("g.xlsx", |b| {
        let s = b.add_worksheet();
        header(s, &["id", "value", "as_of"]);
        s.write_string(1, 0, "gdp").unwrap();
        s.write_number(1, 1, 10).unwrap();
        s.write_string(1, 2, "2023-12-31").unwrap();
        s.write_string(1, 4, "stray").unwrap();
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "g.xlsx"]),
        &["Sheet1!E2: a value in column E, which has no header"],
    );
}

#[test]
fn a_missing_sheet_lists_the_sheets() {
    let case = Case::new();
    case.book("book.xlsx", |b| {
        b.add_worksheet().set_name("Data").unwrap();
        b.add_worksheet().set_name("Notes").unwrap();
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "book.xlsx#Dats"]),
        &[
            "book.xlsx#Dats: the workbook has no sheet `Dats`",
            "did you mean `Data`",
            "the workbook's sheets are `Data`, `Notes`",
        ],
    );
}

#[test]
fn an_empty_sheet_and_a_header_without_columns_are_refused() {
    let case = Case::new();
    case.book("empty.xlsx", |b| {
        b.add_worksheet();
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "empty.xlsx"]),
        &["the sheet `Sheet1` is empty", "header row"],
    );
    case.book("nohead.xlsx", |b| {
        let s = b.add_worksheet();
        s.write_string(0, 0, "gdp").unwrap();
        s.write_number(0, 1, 3).unwrap();
    });
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "nohead.xlsx"]),
        &["Sheet1!A1: the sheet `Sheet1` has no header row"],
    );
}

#[test]
fn what_is_not_a_workbook_is_refused() {
    let case = Case::new();
    std::fs::write(case.path("text.xlsx"), "id,value\ngdp,3\n").unwrap();
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "text.xlsx"]),
        &["text.xlsx: not an .xlsx workbook (not a zip archive)"],
    );
    let mut old = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    old.resize(2048, 0);
    std::fs::write(case.path("old.xlsx"), old).unwrap();
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "old.xlsx"]),
        &["old.xlsx: not an .xlsx workbook: this looks like an Excel 97-2003 (.xls) file"],
    );
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "missing.xlsx"]),
        &["missing.xlsx: cannot read the file"],
    );
}

#[test]
fn a_password_protected_workbook_is_refused() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/xlsx/encrypted.xlsx");
    let err = refused_with(
        progress().args(["check", path.to_str().unwrap()]),
        &[
            "the workbook is password-protected (encrypted)",
            "remove the password",
        ],
    );
    assert!(err.contains("encrypted.xlsx"), "{err}");
}

#[test]
fn a_workbook_that_unpacks_beyond_the_limit_is_refused_unread() {
    // A zip part that declares 1.1 GiB unpacked: refused by its declared size, before any
    // of it is unpacked.
    let case = Case::new();
    std::fs::write(case.path("bomb.xlsx"), zip_declaring(1100 << 20)).unwrap();
    refused_with(
        &mut case.run(&["check", "--spec", "spec.toml", "bomb.xlsx"]),
        &["bomb.xlsx: the workbook unpacks to 1100 MiB, the limit is 1024 MiB"],
    );
}

/// A zip archive of one part, `xl/sharedStrings.xml`, an empty deflate stream whose
/// headers declare `size` bytes unpacked (what a "zip bomb" declares; the bytes
/// themselves are not needed to be refused).
fn zip_declaring(size: u32) -> Vec<u8> {
    let name = b"xl/sharedStrings.xml";
    let data = [0x03u8, 0x00]; // deflate: one empty final block
    let mut out = Vec::new();
    let le16 = |v: &mut Vec<u8>, x: u16| v.extend_from_slice(&x.to_le_bytes());
    let le32 = |v: &mut Vec<u8>, x: u32| v.extend_from_slice(&x.to_le_bytes());
    le32(&mut out, 0x0403_4b50);
    for x in [20, 0, 8, 0, 0] {
        le16(&mut out, x);
    }
    le32(&mut out, 0);
    le32(&mut out, data.len() as u32);
    le32(&mut out, size);
    le16(&mut out, name.len() as u16);
    le16(&mut out, 0);
    out.extend_from_slice(name);
    out.extend_from_slice(&data);
    let central = out.len() as u32;
    le32(&mut out, 0x0201_4b50);
    for x in [20, 20, 0, 8, 0, 0] {
        le16(&mut out, x);
    }
    le32(&mut out, 0);
    le32(&mut out, data.len() as u32);
    le32(&mut out, size);
    for x in [name.len() as u16, 0, 0, 0, 0] {
        le16(&mut out, x);
    }
    le32(&mut out, 0);
    le32(&mut out, 0);
    out.extend_from_slice(name);
    let central_len = out.len() as u32 - central;
    le32(&mut out, 0x0605_4b50);
    for x in [0, 0, 1, 1] {
        le16(&mut out, x);
    }
    le32(&mut out, central_len);
    le32(&mut out, central);
    le16(&mut out, 0);
    out
}

#[test]
fn a_malformed_part_that_made_calamine_panic_is_refused() {
    // Found by the actuals_xlsx fuzz target: a sheet whose dimension is reversed made
    // calamine subtract with overflow (a panic where overflow is checked, as in tests).
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-cases/xlsx-reversed-dimension-782af097.xlsx");
    let out = progress()
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(matches!(out.status.code(), Some(1..=2)), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_date_after_today_in_a_workbook_is_named_by_its_cell() {
    // The warning for a future date (a typo) points at the sheet's cell, as the workbook's
    // other problems do, not into the text the sheet was read into.
    let case = Case::new();
    case.book("future.xlsx", |b| {
        let sheet = b.add_worksheet();
        header(sheet, &["id", "value", "as_of"]);
        sheet.write_string(1, 0, "gdp").unwrap();
        sheet.write_number(1, 1, 10.1).unwrap();
        sheet.write_string(1, 2, "2062-09-30").unwrap();
    });
    case.run(&["check", "--spec", "spec.toml", "future.xlsx"])
        .assert()
        .stderr(predicates::str::contains("is after today"))
        .stderr(predicates::str::contains("Sheet1!C2"))
        .stderr(predicates::prelude::PredicateBooleanExt::not(
            predicates::str::contains("-->"),
        ));
}
