//! Tables of 1,000 rows and more, without colour or a width to fit, are drawn by
//! `export::table::plain_grid` rather than comfy-table (docs/performance.md). These tests
//! run the real binary on a generated 1,500-target spec and compare its table, byte for
//! byte, with the one comfy-table draws for the same report in-process.

use std::path::Path;

mod common;

use progress::diagnostic::SourceFile;
use progress::evaluate::{Settings, evaluate};
use progress::export::ExportOptions;
use progress::export::table::{Layout, PLAIN_FROM_ROWS, render_with};
use progress::{actuals, spec};

#[path = "../examples/gen_spec.rs"]
#[allow(dead_code)]
mod gen_spec;

const N: usize = 1_500;

fn binary_table(dir: &Path, actual_files: &[&str]) -> String {
    let out = common::progress()
        .current_dir(dir)
        .arg("check")
        .args(actual_files)
        .args(["--spec", "spec.toml", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn comfy_table(dir: &Path, actual_files: &[&str]) -> String {
    let read = |name: &str| SourceFile::new(name, std::fs::read_to_string(dir.join(name)).unwrap());
    let spec = spec::load(&read("spec.toml")).unwrap();
    let snapshots: Vec<_> = actual_files
        .iter()
        .map(|f| actuals::load(&read(f), &spec, None).unwrap())
        .collect();
    let report = evaluate(&spec, &snapshots, &Settings::default());
    assert_eq!(
        Layout::choose(report.targets.len(), &ExportOptions::default()),
        Layout::Plain
    );
    render_with(&report, &ExportOptions::default(), Layout::Comfy)
}

fn generated(dir: &Path) {
    const { assert!(N >= PLAIN_FROM_ROWS) };
    let (spec, actuals) = gen_spec::generate(N);
    std::fs::write(dir.join("spec.toml"), spec).unwrap();
    std::fs::write(dir.join("actuals.toml"), &actuals).unwrap();
    // A second, earlier snapshot with every number a little lower: a history, so the
    // table gains its Trend and Projected columns.
    let earlier: String = actuals
        .replace("as_of = 2021-06-30", "as_of = 2021-03-31")
        .lines()
        .map(|l| match l.split_once(" = ") {
            Some((k, v)) if v.parse::<f64>().is_ok() && k.starts_with('t') => {
                format!("{k} = {}", v.parse::<f64>().unwrap() * 0.9)
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.join("earlier.toml"), earlier).unwrap();
}

#[test]
fn a_large_table_is_byte_for_byte_what_comfy_table_draws() {
    let dir = tempfile::tempdir().unwrap();
    generated(dir.path());
    let from_binary = binary_table(dir.path(), &["actuals.toml"]);
    let from_comfy = comfy_table(dir.path(), &["actuals.toml"]);
    assert_eq!(
        from_binary.lines().count(),
        N + 6 + 14,
        "title, 4 rules, header, rows, summary; then the generator's 10 series: 3 rules, header, rows"
    );
    assert!(from_binary.contains("│ Target "), "{}", &from_binary[..400]);
    assert_eq!(from_binary, from_comfy);
}

#[test]
fn with_a_history_too() {
    let dir = tempfile::tempdir().unwrap();
    generated(dir.path());
    let files = ["earlier.toml", "actuals.toml"];
    let from_binary = binary_table(dir.path(), &files);
    assert!(from_binary.contains("┆ Trend "), "{}", &from_binary[..600]);
    assert!(from_binary.contains('▁') && from_binary.contains('█'));
    assert_eq!(from_binary, comfy_table(dir.path(), &files));
}
