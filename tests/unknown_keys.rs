//! Unknown keys (docs/architecture.md, "Unknown keys"): a key is known when the loader of
//! its table reads it, so a misspelt key in any table is refused at its place with a
//! suggestion, a key read only on some paths (a panel's, a window's, a judgement's) is
//! still accepted, and a table with another problem gets no spurious unknown keys.

mod common;

use common::progress;

/// Runs `validate` on `spec` (and `actuals` when given) in a fresh folder; returns the
/// exit code and stderr.
fn validate(spec: &str, actuals: Option<&str>) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
    let mut cmd = progress();
    cmd.current_dir(dir.path())
        .args(["validate", "--spec", "spec.toml"]);
    if let Some(a) = actuals {
        std::fs::write(dir.path().join("a.toml"), a).unwrap();
        cmd.arg("a.toml");
    }
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code().unwrap(), stderr)
}

const TARGET: &str = "[[target]]
id = \"jobs\"
name = \"Jobs\"
unit = \"万人\"
measure = \"level\"
rule = \"at-least\"
value = 1100
start = 2021-01-01
deadline = 2025-12-31
";

const ASSESSED: &str = "[[target]]
id = \"balance\"
name = \"Balance\"
measure = \"assessed\"
start = 2021-01-01
deadline = 2025-12-31
";

const SERIES: &str = "[[series]]
id = \"gdp\"
name = \"GDP growth\"
unit = \"%\"
measure = \"growth\"
";

/// A misspelt key in each kind of table: the spec (or, with actuals, the actuals file)
/// and what stderr must hold, the place first.
#[test]
fn an_unknown_key_in_every_kind_of_table_is_refused_at_its_place() {
    let spec = |body: &str| format!("version = 1\n{body}");
    let cases: Vec<(&str, String, Option<String>, Vec<&str>)> = vec![
        (
            "top",
            spec(&format!("titel = \"x\"\n{TARGET}")),
            None,
            vec!["unknown key `titel` in the spec", "spec.toml:2:1", "did you mean `title`?"],
        ),
        (
            "source",
            spec(&format!("[sources.gov]\nspeakr = \"x\"\n{TARGET}")),
            None,
            vec!["unknown key `speakr` in a source", "spec.toml:3:1", "did you mean `speaker`?"],
        ),
        (
            "target",
            spec(&TARGET.replace("deadline", "dealine")),
            None,
            vec!["unknown key `dealine` in a target", "spec.toml:10:1", "did you mean `deadline`?"],
        ),
        (
            "series",
            spec(&format!("{TARGET}{SERIES}agregate = \"average\"\n")),
            None,
            vec!["unknown key `agregate` in a series", "spec.toml:16:1", "did you mean `aggregate`?"],
        ),
        (
            "unit",
            spec(&format!(
                "[units]\n\"斤\" = {{ in = \"吨\", factor = 0.0005, sign = true }}\n{TARGET}"
            )),
            None,
            vec!["unknown key `sign` in the unit `斤`", "spec.toml:3:36", "did you mean `signed`?"],
        ),
        (
            "name",
            spec(&TARGET.replace("name = \"Jobs\"", "name = { zh = \"就业\", eng = \"Jobs\" }")),
            None,
            vec!["unknown key `eng` in a name", "spec.toml:4:21", "did you mean `en`?"],
        ),
        (
            "of goal",
            spec(&format!(
                "{SERIES}{}",
                TARGET
                    .replace("unit = \"万人\"", "unit = \"%\"")
                    .replace("measure = \"level\"", "measure = \"growth\"")
                    .replace("value = 1100", "value = { of = \"gdp\", pluss = 1 }")
            )),
            None,
            vec!["unknown key `pluss` in a goal", "spec.toml:13:23", "did you mean `plus`?"],
        ),
        (
            "actuals top",
            spec(TARGET),
            Some("as_of = 2021-06-30\nsorce = \"x\"\n[values]\njobs = 500\n".into()),
            vec!["unknown key `sorce` in an actuals file", "a.toml:2:1", "did you mean `source`?"],
        ),
        (
            "actuals value",
            spec(TARGET),
            Some("as_of = 2021-06-30\n[values]\njobs = { value = 500, untt = \"万人\" }\n".into()),
            vec!["unknown key `untt` in the value of `jobs`", "a.toml:3:23", "did you mean `unit`?"],
        ),
        (
            "judgement",
            spec(ASSESSED),
            Some(
                "as_of = 2021-06-30\n[values]\nbalance = { status = \"on-track\", by = \"x\", nte = \"y\" }\n"
                    .into(),
            ),
            vec!["unknown key `nte` in the value of `balance`", "a.toml:3:44", "did you mean `note`?"],
        ),
    ];
    let mut failed = Vec::new();
    for (name, spec, actuals, needles) in &cases {
        let (code, stderr) = validate(spec, actuals.as_deref());
        if code != 2 || !needles.iter().all(|n| stderr.contains(n)) {
            failed.push(format!(
                "{name}: exit {code}, wanted {needles:?} in:\n{stderr}"
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Nothing close: the help lists the names the target's loader asks for, those read only
/// on some paths included.
#[test]
fn with_nothing_close_the_help_lists_every_key_the_table_takes() {
    let (code, stderr) = validate(
        &format!(
            "version = 1\n{}",
            TARGET.replace("value = 1100", "value = 1100\nzzqqxx = 1")
        ),
        None,
    );
    assert_eq!(code, 2, "{stderr}");
    let help = stderr
        .lines()
        .find(|l| l.starts_with("help: expected one of"))
        .unwrap_or_else(|| panic!("no list in:\n{stderr}"));
    for k in [
        "`id`",
        "`value`",
        "`entities`",
        "`rollup`",
        "`aggregate`",
        "`class`",
        "`owner`",
        "`hold`",
        "`profile`",
    ] {
        assert!(help.contains(k), "{k} missing from {help}");
    }
    assert!(!help.contains("`zzqqxx`"), "{help}");
}

/// Keys read only on some paths of their loader are accepted: a panel's, a window's, a
/// seasonal flow's, those read once a target is otherwise good (`class`, `owner`), a goal
/// stated against a series, and in actuals a judgement's, a milestone's, a growth pair.
#[test]
fn keys_read_only_on_some_paths_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("districts.csv"),
        "id,name\nd1,One\nd2,Two\n",
    )
    .unwrap();
    let spec = format!(
        "version = 1
title = \"Every branch\"
[sources.gov]
speaker = \"x\"
[units]
\"斤\" = {{ in = \"吨\", factor = 0.0005, signed = false }}
{SERIES}over = \"year\"
[[target]]
id = \"clinics\"
name = {{ zh = \"诊所\", en = \"Clinics\" }}
unit = \"家\"
measure = \"level\"
rule = \"at-least\"
value = 40
baseline = 20
start = 2021-01-01
deadline = 2025-12-31
per = \"district\"
entities = \"districts.csv\"
rollup = \"sum\"
class = \"binding\"
owner = [\"卫健委\", \"财政部\"]
hold = \"deadline\"
severity = \"warn\"
source = \"gov\"
quote = \"q\"
note = \"n\"
group = \"g\"
pace = \"linear\"
[[target]]
id = \"energy\"
name = \"Energy\"
unit = \"%\"
measure = \"growth\"
rule = \"at-most\"
value = -13.5
over = \"window\"
aggregate = \"cumulative\"
start = 2021-01-01
deadline = 2025-12-31
[[target]]
id = \"above-gdp\"
name = \"Above GDP\"
unit = \"%\"
measure = \"growth\"
rule = \"at-least\"
value = {{ of = \"gdp\", plus = 0.5 }}
start = 2021-01-01
deadline = 2021-12-31
[[target]]
id = \"sales\"
name = \"Sales\"
unit = \"亿元\"
measure = \"ytd\"
rule = \"at-least\"
value = 120
start = 2021-01-01
deadline = 2021-12-31
profile = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1]
[[target]]
id = \"about\"
name = \"About\"
unit = \"%\"
measure = \"level\"
rule = \"about\"
value = 5
tolerance = 0.5
stretch = 6
start = 2021-01-01
deadline = 2025-12-31
[[target]]
id = \"opened\"
name = \"Opened\"
measure = \"milestone\"
rule = \"done\"
start = 2021-01-01
deadline = 2025-12-31
{ASSESSED}"
    )
    .replace("stretch = 6\n", "");
    std::fs::write(dir.path().join("spec.toml"), &spec).unwrap();
    std::fs::write(
        dir.path().join("a.toml"),
        "as_of = 2021-06-30
source = \"stats\"
[values]
gdp = { previous = 100, current = 105, unit = \"亿元\", as_of = 2021-06-30, source = \"s\", note = \"n\" }
energy = { value = -3, unit = \"%\" }
sales = 50
about = { value = 5.2, note = \"n\" }
opened = { done = true, date = 2021-03-01 }
balance = { status = \"on-track\", by = \"统计局\", note = \"n\", as_of = 2021-06-30, source = \"s\" }
",
    )
    .unwrap();
    let out = progress()
        .current_dir(dir.path())
        .args(["validate", "--spec", "spec.toml", "a.toml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

/// A table with another problem, left before all of its keys are read, reports its
/// unknown key and no key it would have read later.
#[test]
fn a_problem_elsewhere_adds_no_spurious_unknown_keys() {
    // A bad rule: the target is left before `class` and `owner` are read.
    let (code, stderr) = validate(
        &format!(
            "version = 1\n{}",
            TARGET.replace(
                "rule = \"at-least\"",
                "rule = \"most\"\nclass = \"binding\"\nowner = \"x\"\nbogus = 1"
            )
        ),
        None,
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("`rule` must be one of"), "{stderr}");
    assert_eq!(stderr.matches("unknown key").count(), 2, "{stderr}"); // message + label
    assert!(
        stderr.contains("unknown key `bogus` in a target"),
        "{stderr}"
    );

    // Actuals tables left early: no `value` (so `unit` is never converted), a pair on a
    // level, a milestone not done but dated.
    let spec = format!(
        "version = 1\n{TARGET}[[target]]\nid = \"opened\"\nname = \"Opened\"\nmeasure = \"milestone\"\n\
         rule = \"done\"\nstart = 2021-01-01\ndeadline = 2025-12-31\n"
    );
    for value in [
        "jobs = { unit = \"万人\", bogus = 1 }",
        "jobs = { previous = 1, current = 2, unit = \"万人\", bogus = 1 }",
        "opened = { done = false, date = 2021-03-01, bogus = 1 }",
    ] {
        let (code, stderr) = validate(
            &spec,
            Some(&format!("as_of = 2021-06-30\n[values]\n{value}\n")),
        );
        assert_eq!(code, 2, "{value}: {stderr}");
        assert_eq!(
            stderr.matches("error: unknown key").count(),
            1,
            "{value}: {stderr}"
        );
        assert!(stderr.contains("unknown key `bogus`"), "{value}: {stderr}");
    }
}

/// A large spec is read a target at a time; an unknown key there is refused the same way,
/// at its place in the whole file.
#[test]
fn an_unknown_key_in_a_large_spec_is_refused_at_its_place() {
    let mut spec = String::from("version = 1\n");
    for i in 0..1200 {
        spec.push_str(&TARGET.replace("\"jobs\"", &format!("\"jobs-{i}\"")));
    }
    // Target 700's deadline misspelt: its 10th line of 9 per target, after the version.
    let spec = spec.replacen(
        "id = \"jobs-700\"\nname = \"Jobs\"\nunit = \"万人\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 1100\nstart = 2021-01-01\ndeadline",
        "id = \"jobs-700\"\nname = \"Jobs\"\nunit = \"万人\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 1100\nstart = 2021-01-01\ndealine",
        1,
    );
    let (code, stderr) = validate(&spec, None);
    assert_eq!(code, 2, "{stderr}");
    let line = 1 + 700 * 9 + 9;
    assert!(
        stderr.contains("unknown key `dealine` in a target")
            && stderr.contains(&format!("--> spec.toml:{line}:1\n")),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `deadline`?"), "{stderr}");
}
