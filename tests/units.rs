//! Units beyond currency (docs/format.md, "Units"): magnitude prefixes for every unit,
//! units declared in a spec's `[units]` table, and signed units. Each case runs the
//! binary on real files.

mod common;
use common::{progress, refused_with, target_in};

/// Writes `spec.toml` and `a.toml` in a fresh folder.
fn files(spec: &str, actuals: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
    std::fs::write(dir.path().join("a.toml"), actuals).unwrap();
    dir
}

/// `check --format json` on the folder's files: the report.
fn json(dir: &tempfile::TempDir) -> serde_json::Value {
    let out = progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "--spec", "spec.toml", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn refused(dir: &tempfile::TempDir, needles: &[&str]) -> String {
    refused_with(
        progress()
            .current_dir(dir.path())
            .args(["check", "a.toml", "--spec", "spec.toml"]),
        needles,
    )
}

const GRAIN: &str = r#"version = 1

[units]
"万亿斤" = { in = "吨", factor = 5e8 }
NPS = { signed = true }

[[target]]
id = "coal"
name = "Coal output"
unit = "亿吨"
measure = "level"
rule = "at-least"
value = 41
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "grain"
name = "Grain output"
unit = "吨"
measure = "level"
rule = "at-least"
value = 650000000
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "households"
name = "Households connected"
unit = "户"
measure = "level"
rule = "at-least"
value = 1000000
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "exports"
name = "Exports"
unit = "亿美元"
measure = "level"
rule = "at-least"
value = 30000
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "nps"
name = "Net promoter score"
unit = "NPS"
measure = "level"
rule = "at-least"
value = 10
baseline = -5
start = 2021-01-01
deadline = 2025-12-31

[[target]]
id = "gap"
name = "Urbanisation gap"
unit = "个百分点"
measure = "level"
rule = "at-most"
value = -1
start = 2021-01-01
deadline = 2025-12-31
"#;

#[test]
fn prefixes_and_declared_units_convert_exactly() {
    // The issue's case: 万吨 against a target in 亿吨.
    let dir = files(
        GRAIN,
        r#"as_of = 2023-12-31
[values]
coal = { value = 471000, unit = "万吨" }
grain = { value = 1.3908, unit = "万亿斤" }
households = { value = 123.45, unit = "万户" }
exports = { value = 3379000000000, unit = "美元" }
nps = -3
gap = -1.5
"#,
    );
    let report = json(&dir);
    assert_eq!(target_in(&report, "coal")["actual"], 47.1);
    assert_eq!(target_in(&report, "coal")["status"], "met");
    // 1.3908 万亿斤 = 1.3908 × 5×10⁸ 吨 = 695,400,000 吨, exactly.
    assert_eq!(target_in(&report, "grain")["actual"], 695400000);
    assert_eq!(target_in(&report, "households")["actual"], 1234500);
    assert_eq!(target_in(&report, "exports")["actual"], 33790);
    assert_eq!(target_in(&report, "nps")["actual"], -3);
    assert_eq!(target_in(&report, "gap")["actual"], -1.5);
    assert_eq!(target_in(&report, "gap")["status"], "on-track");
}

#[test]
fn declared_units_chain_with_prefixes() {
    let spec = r#"version = 1
[units]
"斤" = { in = "吨", factor = 0.0005 }
"担" = { in = "万斤", factor = 0.0001 }

[[target]]
id = "t"
name = "T"
unit = "万吨"
measure = "level"
rule = "at-least"
value = 1
start = 2021-01-01
deadline = 2025-12-31
"#;
    // 1 担 = 10⁻⁴ 万斤 = 1 斤 = 0.0005 吨; 20,000,000 担 = 10,000 吨 = 1 万吨.
    let dir = files(
        spec,
        "as_of = 2022-12-31\n[values]\nt = { value = 20000000, unit = \"担\" }\n",
    );
    assert_eq!(target_in(&json(&dir), "t")["actual"], 1);
}

#[test]
fn a_declared_name_wins_over_its_prefix_reading() {
    // Declared `万亿斤` is 5×10⁸ 吨: it does not read as 10¹² 斤, so it does not convert
    // into 斤 (a separate base).
    let spec = GRAIN.replace("unit = \"吨\"", "unit = \"斤\"");
    let dir = files(
        &spec,
        "as_of = 2022-12-31\n[values]\ngrain = { value = 1.3, unit = \"万亿斤\" }\n",
    );
    refused(
        &dir,
        &[
            "unit `万亿斤` does not match the target's unit `斤`",
            "a.toml:3:",
        ],
    );
}

#[test]
fn currencies_other_than_yuan_never_convert_into_yuan() {
    let dir = files(
        GRAIN,
        "as_of = 2022-12-31\n[values]\nexports = { value = 3, unit = \"万亿元\" }\n",
    );
    refused(&dir, &["a currency unit", "亿美元", "a.toml:3:"]);
}

#[test]
fn negative_in_an_unsigned_label_unit_is_refused_where_written() {
    let dir = files(GRAIN, "as_of = 2022-12-31\n[values]\nhouseholds = -3\n");
    refused(
        &dir,
        &[
            "-3 is negative, but `households` counts 户",
            "a.toml:3:14",
            "signed = true",
        ],
    );
    // In CSV too.
    let dir = files(
        GRAIN,
        "id,value,as_of\nhouseholds,-3,2022-12-31\nnps,-4,2022-12-31\n",
    );
    std::fs::rename(dir.path().join("a.toml"), dir.path().join("a.csv")).unwrap();
    refused_with(
        progress()
            .current_dir(dir.path())
            .args(["check", "a.csv", "--spec", "spec.toml"]),
        &["a.csv:2:12", "negative, but `households` counts 户"],
    );
}

#[test]
fn negative_goal_in_an_unsigned_label_unit_is_refused_in_the_spec() {
    let spec = GRAIN.replace("value = 1000000", "value = -1");
    let dir = files(&spec, "as_of = 2022-12-31\n[values]\n");
    refused(
        &dir,
        &[
            "`value` = -1 is negative, but `户` counts things",
            "spec.toml:",
        ],
    );
}

/// A spec whose `[units]` table is `units` (and one plain target).
fn spec_with_units(units: &str) -> String {
    format!(
        "version = 1\n[units]\n{units}\n\n[[target]]\nid = \"t\"\nname = \"T\"\nunit = \"吨\"\n\
         measure = \"level\"\nrule = \"at-least\"\nvalue = 1\nstart = 2021-01-01\ndeadline = 2025-12-31\n"
    )
}

#[test]
fn bad_unit_declarations_are_refused_where_written() {
    let cases: &[(&str, &[&str])] = &[
        (
            "\"A\" = { in = \"B\", factor = 2 }\n\"B\" = { in = \"A\", factor = 3 }",
            &[
                "the conversions of `A` go round in a cycle of `in`",
                "spec.toml:3:1",
            ],
        ),
        (
            "\"斤\" = { in = \"万斤\", factor = 1 }",
            &["cycle of `in`", "spec.toml:3:1"],
        ),
        (
            "\"斤\" = { in = \"吨\", factor = 0 }",
            &["`factor` must be above 0, found 0", "spec.toml:3:28"],
        ),
        (
            "\"斤\" = { in = \"吨\", factor = -2 }",
            &["`factor` must be above 0", "spec.toml:3:28"],
        ),
        (
            "\"斤\" = { in = \"吨\", factor = nan }",
            &["`factor` must be a finite number", "spec.toml:3:28"],
        ),
        (
            "\"斤\" = { in = \"吨\", factor = inf }",
            &["`factor` must be a finite number"],
        ),
        (
            "\"%\" = { signed = true }",
            &["`%` cannot be declared: it is built in", "spec.toml:3:1"],
        ),
        (
            "\"亿元\" = { in = \"美元\", factor = 7 }",
            &["`亿元` cannot be declared", "元 family"],
        ),
        ("\"元\" = { signed = true }", &["`元` cannot be declared"]),
        (
            "\"美金\" = { in = \"元\", factor = 7 }",
            &["the conversion of `美金` cannot be followed: it leads into `元`"],
        ),
        (
            "\"点\" = { in = \"%\", factor = 1 }",
            &["cannot be followed: it leads into `%`"],
        ),
        (
            "\"斤\" = { in = \"吨\" }",
            &["`斤` converts into `吨` but has no `factor`"],
        ),
        (
            "\"斤\" = { factor = 2 }",
            &["`斤` has a `factor` but no unit to convert into"],
        ),
        (
            "\"斤\" = { in = \"吨\", factor = 2, sign = true }",
            &[
                "unknown key `sign` in the unit `斤`",
                "did you mean `signed`",
            ],
        ),
        (
            "\"A\" = { in = \"B\", factor = 1e27 }\n\"B\" = { in = \"吨\", factor = 1e27 }",
            &["the conversion of `A` cannot be followed: its factors multiplied are out of range"],
        ),
    ];
    for (units, needles) in cases {
        let dir = files(&spec_with_units(units), "as_of = 2022-12-31\n[values]\n");
        let out = refused(&dir, needles);
        assert!(!out.contains("panicked"), "{out}");
        // validate says the same.
        refused_with(
            progress()
                .current_dir(dir.path())
                .args(["validate", "--spec", "spec.toml"]),
            needles,
        );
    }
}

mod laws {
    use progress::decimal::Decimal;
    use progress::units::{Unit, Units};
    use proptest::prelude::*;

    proptest! {
        /// Prefix conversion is exact: there and back gives the figure again, and going
        /// through the base unit gives the same as going directly.
        #[test]
        fn prefixes_convert_there_and_back_exactly(
            mantissa in -1_000_000_000i64..1_000_000_000,
            scale in 0u32..6,
            from in 0usize..4,
            to in 0usize..4,
        ) {
            let names = ["吨", "万吨", "亿吨", "万亿吨"];
            let units = Units::default();
            let v = Decimal::new(mantissa, scale);
            let (a, b, base) = (Unit::parse(names[from]), Unit::parse(names[to]), Unit::parse("吨"));
            let there = units.convert(v, &a, &b).unwrap();
            prop_assert_eq!(units.convert(there, &b, &a).unwrap(), v);
            let via_base = units.convert(units.convert(v, &a, &base).unwrap(), &base, &b).unwrap();
            prop_assert_eq!(via_base, there);
        }
    }
}

/// A rise of a rate (提高6.1个百分点: `increase` on a target in `%`) and the gap between two
/// rates are percentage points, written `个百分点` as the spec writes that unit, never `%`
/// (6.1% of the baseline would be another goal). The CSV report's unit column stays the
/// spec's `%`.
#[test]
fn an_increase_or_gap_of_a_rate_is_in_percentage_points_in_every_format() {
    let spec = "version = 1\n\
        [[target]]\nid = \"air\"\nname = \"Good air days\"\nunit = \"%\"\nmeasure = \"level\"\n\
        rule = \"at-least\"\nincrease = 6.1\nstart = 2021-01-01\ndeadline = 2025-12-31\n\
        [[target]]\nid = \"jobs\"\nname = \"Unemployment\"\nunit = \"%\"\nmeasure = \"level\"\n\
        rule = \"less-than\"\nvalue = 5.5\nstart = 2021-01-01\ndeadline = 2025-12-31\n";
    let dir = files(spec, "as_of = 2023-12-31\n[values]\njobs = 5.6\n");
    let run = |args: &[&str]| {
        let out = progress()
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap();
        assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let check = |format: &str| run(&["check", "a.toml", "--spec", "spec.toml", "--format", format]);
    for format in ["table", "markdown", "html"] {
        let out = check(format);
        assert!(out.contains("≥ baseline + 6.1 个百分点"), "{format}: {out}");
        assert!(!out.contains("6.1%"), "{format}: {out}");
    }
    let csv = check("csv");
    let air = csv.lines().find(|l| l.starts_with("air,")).unwrap();
    assert!(air.contains(",at-least,%,"), "{csv}");
    let explain = run(&["explain", "air", "--spec", "spec.toml"]);
    assert!(
        explain.contains("goal        baseline + 6.1 个百分点"),
        "{explain}"
    );
    let explain = run(&["explain", "jobs", "a.toml", "--spec", "spec.toml"]);
    assert!(
        explain.contains("gap         actual − goal = 5.6 − 5.5 = +0.1 个百分点"),
        "{explain}"
    );
}
