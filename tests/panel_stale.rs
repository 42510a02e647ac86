//! Stale entity figures (docs/status-model.md, "Stale values"): an entity whose latest
//! figure is older than the report's date is marked as a target's would be, by the same
//! rule, in the JSON (`"stale": true`, only when true), the CSV row of the entity, the
//! table's panel line and the HTML entity list. The fixture's spec and tables are
//! tests/data/panel; the actuals are written here with one district a year behind.

mod common;

use common::progress;
use std::path::Path;

const SPEC: &str = "tests/data/panel/spec.toml";

/// d03's latest clinic figure is of 2020 (the others of mid-2021), so it is stale in a
/// report as of 2021-06-30.
const ACTUALS: &str = "id,entity,value,as_of\n\
clinics,d01,7,2021-06-30\n\
clinics,d02,5,2021-06-30\n\
clinics,d03,6,2020-12-31\n\
clinics,d04,9,2021-06-30\n\
waiting-days,d01,12,2021-06-30\n";

fn render(dir: &Path, format: &str, extra: &[&str]) -> String {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join(SPEC);
    let out = progress()
        .current_dir(dir)
        .arg("check")
        .arg("actuals.csv")
        .arg("--spec")
        .arg(spec)
        .args(["--format", format, "--color", "never", "--fail-on", "never"])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn case() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("actuals.csv"), ACTUALS).unwrap();
    dir
}

#[test]
fn an_old_entity_figure_is_stale_in_json_only_where_it_is() {
    let dir = case();
    let v: serde_json::Value = serde_json::from_str(&render(dir.path(), "json", &[])).unwrap();
    assert_eq!(v["as_of"], "2021-06-30");
    let entities = v["targets"][0]["panel"]["entities"].as_array().unwrap();
    let stale: Vec<&str> = entities
        .iter()
        .filter(|e| e.get("stale") == Some(&serde_json::Value::Bool(true)))
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(stale, ["d03"]);
    // Compact: no `stale: false` on the others.
    assert!(
        entities
            .iter()
            .all(|e| e.get("stale") != Some(&false.into()))
    );
    // The entity drilled down is a target whose `stale` is the same decision.
    let v: serde_json::Value =
        serde_json::from_str(&render(dir.path(), "json", &["--entity", "d03"])).unwrap();
    let d03 = v["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "clinics/d03")
        .unwrap_or_else(|| panic!("no clinics/d03 in {v}"));
    assert_eq!(d03["stale"], true);
    // With a later evaluation date every figure is stale.
    let v: serde_json::Value =
        serde_json::from_str(&render(dir.path(), "json", &["--as-of", "2021-12-31"])).unwrap();
    let entities = v["targets"][0]["panel"]["entities"].as_array().unwrap();
    let with_figures: Vec<_> = entities
        .iter()
        .filter(|e| e.get("actual").is_some())
        .collect();
    assert_eq!(with_figures.len(), 4);
    assert!(with_figures.iter().all(|e| e["stale"] == true));
}

#[test]
fn csv_table_and_html_show_the_stale_entity() {
    let dir = case();
    let csv = render(dir.path(), "csv", &[]);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (id, stale) = (col("id"), col("stale"));
    let marks: Vec<(String, String)> = rows
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[id].to_string(), r[stale].to_string())
        })
        .filter(|(id, _)| id.starts_with("clinics/"))
        .collect();
    let expect = |e: &str, s: &str| (format!("clinics/{e}"), s.to_string());
    assert_eq!(
        marks,
        [
            expect("d01", "false"),
            expect("d02", "false"),
            expect("d03", "true"),
            expect("d04", "false"),
            expect("d05", "false"),
        ]
    );

    let table = render(dir.path(), "table", &[]);
    assert!(table.contains("· 1 stale"), "{table}");
    assert!(
        table.contains("East district −4 家 (2020-12-31)"),
        "{table}"
    );

    let html = render(dir.path(), "html", &[]);
    assert!(html.contains("6 (2020-12-31)"), "{html}");
}
