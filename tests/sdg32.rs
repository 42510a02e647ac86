//! The shipped SDG 3.2 example (targets/sdg32.toml, examples/sdg32/): real UN IGME
//! estimates for 199 countries and areas, checked by the binary, and its sources file
//! (docs/sources/sdg32.md), which must account for every figure.
//!
//! Expected outcomes, worked out from the two CSV files before the binary was run on them
//! (as of 2022-12-31, elapsed f = 2557 / 5479 days = 0.4667 of 2015-12-31 .. 2030-12-31;
//! goal at most 25 per 1,000; a cap that holds before its deadline is on track, never met):
//!   - 2022 figure ≤ 25: on track, no pace — 133 countries (121 already ≤ 25 in 2015, and 12
//!     that crossed below 25 since: AZE BOL BTN DZA FSM GTM IDN IRQ KHM NIU SYR TUV);
//!   - 2015 ≤ 25 but 2022 > 25: a bound to maintain, breached: behind, no pace — Fiji only
//!     (21.30 → 28.21);
//!   - 2015 and 2022 > 25 (65 countries): paced, π = ((b − a) / (b − 25)) / f: 14 at π ≥ 0.95 on track
//!     (11 ahead, π ≥ 1; 3 near: Eritrea 0.982, Gabon 0.987, Laos 0.972), 51 slow, behind;
//!   - so 133 + 14 = 147 on track, 1 + 51 = 52 behind, 133 + 1 = 134 without a pace, 0 met/missed/pending/no-data; 147 / 199 = 73.9 % on track;
//!   - worst by gap: Niger +92.34, Nigeria +82.17, Somalia +81.13, Chad +77.86, Sierra Leone
//!     +75.85;
//!   - the indicator (`rollup = "all"`) is behind; nothing is missed, so with the default
//!     `--fail-on missed` nothing fails: exit 0.

mod common;

use common::progress;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

const SPEC: &str = "targets/sdg32.toml";
const ACTUALS: &str = "examples/sdg32/actuals.csv";
const COUNTRIES: &str = "examples/sdg32/countries.csv";
const SOURCES: &str = "docs/sources/sdg32.md";

fn json() -> serde_json::Value {
    let out = progress()
        .args(["check", ACTUALS, "--spec", SPEC, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn the_panel_reads_as_worked_out_by_hand() {
    let v = json();
    let u5mr = &v["targets"][0];
    assert_eq!(u5mr["id"], "u5mr");
    assert_eq!(u5mr["status"], "behind");
    assert_eq!(
        u5mr["reason"],
        "52 of 199 countries behind (met when every country is met)"
    );
    let panel = &u5mr["panel"];
    assert_eq!(panel["per"], "country");
    let counts = &panel["counts"];
    assert_eq!(counts["total"], 199);
    assert_eq!(counts["on-track"], 147);
    assert_eq!(counts["behind"], 52);
    for s in ["met", "missed", "pending", "no-data", "failing"] {
        assert_eq!(counts[s], 0, "{s}");
    }
    let paces = &panel["pace_counts"];
    assert_eq!(
        [
            &paces["ahead"],
            &paces["near"],
            &paces["slow"],
            &paces["none"]
        ],
        [11, 3, 51, 134]
    );
    assert_eq!(panel["on_track_share"], 0.739);
    assert_eq!(
        panel["worst"],
        serde_json::json!(["NER", "NGA", "SOM", "TCD", "SLE"])
    );

    let entities: BTreeMap<String, &serde_json::Value> = panel["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["id"].as_str().unwrap().to_string(), e))
        .collect();
    // Fiji: 21.29581 in 2015 (inside the goal), 28.211474 in 2022: the bound is breached.
    assert_eq!(entities["FJI"]["status"], "behind");
    assert!(entities["FJI"].get("pace").is_none());
    // India: 43.589144 → 29.064739, 78.1 % of the way in 46.7 % of the time.
    assert_eq!(entities["IND"]["status"], "on-track");
    assert_eq!(entities["IND"]["pace"], 1.674);
    // Syria crossed below 25 (43.92097 → 21.439219): on track, not met before 2030.
    assert_eq!(entities["SYR"]["status"], "on-track");
    // Eritrea just above the threshold (π 0.982), Afghanistan well below it (0.674).
    assert_eq!(entities["ERI"]["status"], "on-track");
    assert_eq!(entities["AFG"]["status"], "behind");
    assert_eq!(entities["AFG"]["pace"], 0.674);
}

#[test]
fn the_table_has_one_line_and_names_the_worst_countries() {
    let out = progress()
        .args(["check", ACTUALS, "--spec", SPEC, "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("— as of 2022-12-31"), "{text}");
    assert!(
        text.contains(
            "per country (199, rollup all): 147 on-track, 52 behind · 74% on track · worst: \
         Niger +92.34 ‰, Nigeria +82.17 ‰, Somalia +81.13 ‰, Chad +77.86 ‰, Sierra Leone +75.85 ‰"
        ),
        "{text}"
    );
    // With --fail-on behind the 52 behind fail the run, and JUnit and GitHub name them.
    progress()
        .args(["check", ACTUALS, "--spec", SPEC, "--fail-on", "behind"])
        .assert()
        .code(1);
    for format in ["junit", "github"] {
        let out = progress()
            .args([
                "check",
                ACTUALS,
                "--spec",
                SPEC,
                "--fail-on",
                "behind",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        // Regression: "failing countrys".
        assert!(
            text.contains("failing countries: Afghanistan (AFG), Angola (AGO)"),
            "{format}: {text}"
        );
        assert!(!text.contains("countrys"), "{format}");
    }
}

#[test]
fn the_html_report_names_the_dimension_in_the_plural() {
    let out = progress()
        .args(["check", ACTUALS, "--spec", SPEC, "--format", "html"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    // Regression: the dimension was pluralised by adding an s ("countrys").
    assert!(!html.contains("countrys"));
    assert!(html.contains("Worst countries by gap"));
    assert!(html.contains("Filter countries by id, name, owner or status"));
    assert!(html.contains("52 of 199 countries behind"));
}

/// `id → figure` from a CSV file's two columns.
fn column(path: &str, key: &str, value: &str) -> BTreeMap<String, String> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let h = r.headers().unwrap().clone();
    let (k, v) = (
        h.iter().position(|c| c == key).unwrap(),
        h.iter().position(|c| c == value).unwrap(),
    );
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            (rec[k].to_string(), rec[v].to_string())
        })
        .collect()
}

#[test]
fn the_sources_file_accounts_for_every_figure() {
    let baselines = column(COUNTRIES, "id", "baseline");
    let names = column(COUNTRIES, "id", "name");
    let actuals = column(ACTUALS, "entity", "value");
    let cited = column(ACTUALS, "entity", "source");
    assert_eq!(baselines.len(), 199);
    assert_eq!(
        baselines.keys().collect::<Vec<_>>(),
        actuals.keys().collect::<Vec<_>>(),
        "the entity table and the actuals name the same countries"
    );
    let doc = std::fs::read_to_string(SOURCES).unwrap();
    // The source every row of the table cites, named once above it.
    assert!(doc.contains("tnavarrete-iedib/bigdata-24-25"));
    assert!(doc.contains("e56d55ce3c7cf6dab66ebebe6fd39cd6d29f48bb"));
    let mut rows = BTreeMap::new();
    for line in doc
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| code"))
    {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        assert_eq!(cells.len(), 8, "{line}");
        assert!(
            rows.insert(cells[0].to_string(), cells).is_none(),
            "{line}: a country listed twice"
        );
    }
    assert_eq!(
        rows.keys().collect::<Vec<_>>(),
        baselines.keys().collect::<Vec<_>>(),
        "the sources file lists exactly the countries of the example"
    );
    let ten = Decimal::from(10);
    let d = |s: &str| Decimal::from_str(s).unwrap_or_else(|_| panic!("{s}: not a number"));
    for (id, cells) in &rows {
        assert_eq!(cells[1], names[id], "{id}: name");
        // The figures of the example are the source's, per 100, times 10, exactly.
        assert_eq!(d(cells[4]), d(&baselines[id]), "{id}: 2015");
        assert_eq!(
            d(cells[3]) * ten,
            d(cells[4]),
            "{id}: 2015 per 100 → per 1,000"
        );
        assert_eq!(d(cells[7]), d(&actuals[id]), "{id}: 2022");
        assert_eq!(
            d(cells[6]) * ten,
            d(cells[7]),
            "{id}: 2022 per 100 → per 1,000"
        );
        // Each figure has its line in the source file, the 2022 row seven after 2015's.
        let (l15, l22): (usize, usize) = (cells[2].parse().unwrap(), cells[5].parse().unwrap());
        assert_eq!(l22, l15 + 7, "{id}: lines");
        // The actuals row names the same line of the same copy.
        assert!(
            cited[id].contains(&format!("child-mortality-igme.csv line {l22},"))
                && cited[id].ends_with("tnavarrete-iedib/bigdata-24-25@e56d55c"),
            "{id}: {}",
            cited[id]
        );
    }
}

#[test]
fn explain_tells_the_indicator_by_its_entities_and_an_entitys_baseline_as_its_own() {
    // Regression: the indicator of an `all` panel was explained as "no-data: no actuals
    // file gives a value", though 199 countries had one.
    let out = progress()
        .args(["explain", "u5mr", ACTUALS, "--spec", SPEC])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("status      behind: 52 of 199 countries behind"),
        "{text}"
    );
    assert!(
        text.contains("entities    147 on-track, 52 behind of 199; `progress explain u5mr/ID`"),
        "{text}"
    );
    assert!(!text.contains("no-data"), "{text}");
    // Regression: an entity's baseline from the entity table was said to come "from the
    // actuals", which hold only its 2022 figure.
    let out = progress()
        .args(["explain", "u5mr/FJI", ACTUALS, "--spec", SPEC])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("entity      Fiji (FJI)"), "{text}");
    assert!(
        text.contains("baseline    21.2958 ‰ (the entity's own, from its table)"),
        "{text}"
    );
    assert!(!text.contains("from the actuals"), "{text}");
    assert!(
        text.contains("status      behind: the bound to maintain is breached now"),
        "{text}"
    );
}
