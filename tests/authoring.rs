//! The authoring commands as a user runs them: validate, list, explain, init, CSV actuals,
//! schema, completions, man, and the settings (`--lang`, `PROGRESS_SPEC`). Each case runs
//! the real binary on files in tests/fixtures/authoring.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use assert_cmd::Command;
use common::files_in;
use predicates::prelude::*;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authoring")
}

/// The binary, run in the fixtures folder so that file names in messages are short.
fn progress() -> Command {
    let mut cmd = common::progress();
    cmd.current_dir(fixtures());
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn stderr_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    String::from_utf8(out.stderr).unwrap()
}

// ---------------------------------------------------------------- help

#[test]
fn every_subcommand_has_help() {
    for sub in [
        "check",
        "validate",
        "list",
        "explain",
        "init",
        "schema",
        "completions",
        "man",
    ] {
        progress()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("Usage: progress {sub}")));
    }
    let top = stdout_of(progress().arg("--help"));
    for sub in [
        "validate",
        "list",
        "explain",
        "init",
        "schema",
        "completions",
        "man",
    ] {
        assert!(top.contains(sub), "top-level help lists `{sub}`:\n{top}");
    }
}

// ---------------------------------------------------------------- validate

#[test]
fn validate_accepts_good_files() {
    progress()
        .args(["validate", "--spec", "spec.toml", "actuals.toml", "actuals.csv"])
        .assert()
        .code(0)
        .stdout("ok: spec.toml (7 targets)\nok: actuals.toml (7 values, as of 2020-06-30)\nok: actuals.csv (7 values, as of 2020-06-30)\n");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // One at a time: named together they are one series, and these two (invented and
    // published) disagree on 2020-12-31, as `check` would say.
    for example in ["examples/actuals-2020.toml", "examples/published.toml"] {
        progress()
            .current_dir(root)
            .args(["validate", example])
            .assert()
            .code(0)
            .stdout(predicate::str::contains(
                "ok: <built-in>/targets/2020.toml (21 targets)",
            ));
    }
    progress()
        .current_dir(root)
        .args([
            "validate",
            "examples/actuals-2020.toml",
            "examples/published.toml",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("two different values"));
}

#[test]
fn validate_warns_of_review_notes_left_in_a_draft_and_exits_0() {
    // Review: a draft from `progress extract` validated with a bare `ok:`, its
    // `# review:` decisions unmentioned.
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("speech.txt");
    std::fs::write(
        &text,
        "新区已建成5G基站1812个，3年内要再建设1万个。到2020年，智能工厂达到5个左右。\n",
    )
    .unwrap();
    common::progress()
        .current_dir(dir.path())
        .args([
            "extract",
            "speech.txt",
            "--year",
            "2020",
            "-o",
            "draft.toml",
        ])
        .assert()
        .success();
    let draft = std::fs::read_to_string(dir.path().join("draft.toml")).unwrap();
    let notes: Vec<usize> = draft
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("# review:"))
        .map(|(i, _)| i + 1)
        .collect();
    assert!(!notes.is_empty(), "{draft}");
    let out = common::progress()
        .current_dir(dir.path())
        .args(["validate", "--spec", "draft.toml"])
        .assert();
    // The draft may still lack a field (`missing …`): then it is refused, and the
    // warning is not the point. This one is complete.
    let out = out.code(0);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stdout.starts_with("ok: draft.toml"), "{stdout}");
    let n = notes.len();
    let s = if n == 1 { "" } else { "s" };
    assert!(
        stderr.starts_with(&format!("warning: {n} review note{s} left")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("--> draft.toml:{}:1", notes[0])),
        "{stderr}"
    );
    // Once every note is dealt with (here: deleted), nothing is said.
    let reviewed: String = draft
        .lines()
        .filter(|l| !l.trim_start().starts_with("# review:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.path().join("draft.toml"), reviewed).unwrap();
    common::progress()
        .current_dir(dir.path())
        .args(["validate", "--spec", "draft.toml"])
        .assert()
        .code(0)
        .stderr("");
}

#[test]
fn validate_reports_every_spec_problem_at_once() {
    let assert = progress()
        .args(["validate", "--spec", "bad-spec.toml"])
        .assert()
        .code(2)
        .stdout("");
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for expected in [
        "unknown key `titel` in the spec",
        "did you mean `title`?",
        "`value` = 120 is not a percentage between 0 and 100",
        "the deadline 2019-12-31 is before the start 2020-01-01",
        "`severity` must be `error` or `warn`, found the string \"fatal\"",
        "duplicate target id `rate`",
        "first used here",
        "second use of this id",
        "did you mean `level`?",
        "did you mean `more-than`?",
        "unknown key `dealine` in a target",
        "did you mean `deadline`?",
        "`value` = -5 is negative, but `个` counts things",
        "bad-spec.toml:12:12",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    insta::assert_snapshot!("validate_bad_spec", err);
}

#[test]
fn validate_reports_every_actuals_problem_at_once() {
    let err = stderr_of(progress().args([
        "validate",
        "--spec",
        "spec.toml",
        "bad-actuals.toml",
        "no-as-of.toml",
    ]));
    insta::assert_snapshot!("validate_bad_actuals", err);
    assert!(err.contains("error: 7 problems found"), "{err}");
}

#[test]
fn validate_rejects_unreadable_paths() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.toml");
    std::fs::write(&latin1, b"as_of = 2020-12-31\n[values]\n# caf\xe9\n").unwrap();
    // A folder stands for its actuals files (docs/history.md); an empty one is a problem.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    progress()
        .arg("validate")
        .arg(&latin1)
        .arg(&empty)
        .arg("missing.toml")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the file is not valid UTF-8"))
        .stderr(predicate::str::contains(
            "is a directory with no actuals files",
        ))
        .stderr(predicate::str::contains("cannot read the file"))
        .stderr(predicate::str::contains("3 problems found"));
}

// ---------------------------------------------------------------- list

#[test]
fn list_groups_targets_with_rule_goal_unit_deadline_severity() {
    let out = stdout_of(progress().args(["list", "--spec", "spec.toml"]));
    insta::assert_snapshot!("list_fixture", out);
    let zh = stdout_of(progress().args(["list", "--spec", "spec.toml", "--lang", "zh"]));
    assert!(zh.contains("基站") && zh.contains("产值"), "{zh}");
    assert!(!zh.contains("base stations"), "{zh}");
}

#[test]
fn list_shows_every_builtin_target() {
    let out = stdout_of(progress().arg("list"));
    let spec =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("targets/2020.toml"))
            .unwrap();
    let ids: Vec<&str> = spec
        .lines()
        .filter_map(|l| l.strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    assert_eq!(ids.len(), 21);
    for id in ids {
        assert!(out.contains(id), "{id} missing from:\n{out}");
    }
}

// ---------------------------------------------------------------- explain

#[test]
fn explain_shows_the_arithmetic() {
    let out =
        stdout_of(progress().args(["explain", "--spec", "spec.toml", "stations", "actuals.toml"]));
    insta::assert_snapshot!("explain_stations", out);
    // The numbers are the evaluation's: 181 of 1095 days, (450 − 100) / (1000 − 100).
    assert!(out.contains("= 181 / 1,095 = 0.1653"), "{out}");
    assert!(
        out.contains("(450 − 100) / (1,000 − 100) = 0.3889"),
        "{out}"
    );
    assert!(
        out.contains("π = progress / f = 0.3889 / 0.1653 = 2.3527"),
        "{out}"
    );
    assert!(out.contains("status      on-track"), "{out}");

    let compound =
        stdout_of(progress().args(["explain", "--spec", "spec.toml", "doubling", "actuals.csv"]));
    assert!(
        compound.contains("compound: π = CAGR achieved / CAGR required"),
        "{compound}"
    );
    assert!(compound.contains("= 1.2526"), "{compound}");
}

/// Regression: for a compound target whose actual is 0 or less, `explain` computed the
/// achieved growth rate again as (actual / baseline)^(1/t) − 1, a NaN for −50, shown as
/// "0 / 0.2601 = −3.8444". It now shows the evaluation's own terms: −100 %, the limit.
#[test]
fn explain_words_a_compound_pace_of_a_negative_actual() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("spec.toml"),
        "version = 1\n\n[[target]]\nid = \"exports\"\nname = \"exports\"\nunit = \"亿元\"\n\
         measure = \"level\"\nrule = \"at-least\"\nmultiply = 2\nbaseline = 1000\n\
         start = 2020-01-01\ndeadline = 2022-12-31\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.toml"),
        "as_of = 2021-06-30\n[values]\nexports = -50\n",
    )
    .unwrap();
    let out = stdout_of(progress().current_dir(dir.path()).args([
        "explain",
        "--spec",
        "spec.toml",
        "exports",
        "a.toml",
    ]));
    let pace = out
        .lines()
        .find(|l| l.starts_with("  pace        "))
        .unwrap_or_else(|| panic!("no pace line:\n{out}"));
    assert!(!pace.contains("= 0 / "), "{pace}");
    assert!(!pace.contains("NaN"), "{pace}");
    assert!(
        pace.contains("CAGR achieved = −1 (−100 %, the formula's limit)"),
        "{pace}"
    );
    // (2000 / 1000)^(1/2.9979) − 1 = 0.2601; π = −1 / 0.2601 = −3.8444, as `check` says.
    assert!(pace.contains("π = −1 / 0.2601 = −3.8444"), "{pace}");
    assert!(out.contains("status      behind"), "{out}");
    let json = stdout_of(progress().current_dir(dir.path()).args([
        "check",
        "--spec",
        "spec.toml",
        "a.toml",
        "--format",
        "json",
    ]));
    assert!(json.contains("\"pace\": -3.844"), "{json}");
}

#[test]
fn explain_puts_the_rule_in_words() {
    let out = stdout_of(progress().args(["explain", "--spec", "spec.toml", "output"]));
    assert!(out.contains("more-than: actual > goal, strictly"), "{out}");
    assert!(out.contains("突破, 超过"), "{out}");
    assert!(out.contains("「产值突破200亿元」"), "{out}");
    assert!(!out.contains("Status"), "no actuals, no arithmetic:\n{out}");
    let builtin = stdout_of(progress().args(["explain", "5g-base-stations"]));
    assert!(
        // Plain English: the legal source of the inclusive bound is for `--lang zh`.
        builtin.contains("以上, 达到, 不低于 (at least: the number itself counts)"),
        "{builtin}"
    );
    assert!(builtin.contains("谢龙目"), "{builtin}");
    let zh =
        stdout_of(progress().args(["explain", "--spec", "spec.toml", "stations", "--lang", "zh"]));
    assert!(zh.starts_with("stations: 基站\n"), "{zh}");
}

#[test]
fn explain_shows_a_converted_actual_as_it_was_given() {
    // 1,200,000 万元 for a target in 亿元, from a TOML file and from its CSV twin.
    for file in ["actuals.toml", "actuals.csv"] {
        let out = stdout_of(progress().args(["explain", "--spec", "spec.toml", "output", file]));
        assert!(
            out.contains("actual      120 亿元 (given as 1,200,000 万元, converted)"),
            "{file}: {out}"
        );
        assert!(out.contains("120 > 200"), "{file}: {out}");
    }
    // A figure given in the target's own unit says nothing more.
    let out =
        stdout_of(progress().args(["explain", "--spec", "spec.toml", "stations", "actuals.toml"]));
    assert!(!out.contains("given as"), "{out}");
}

#[test]
fn explain_says_how_a_pending_level_gets_a_pace() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("spec.toml"),
        "version = 1\n\n[[target]]\nid = \"churn\"\nname = \"churn\"\nunit = \"%\"\n\
         measure = \"level\"\nrule = \"at-most\"\nvalue = 5\nstart = 2020-01-01\n\
         deadline = 2020-12-31\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.toml"),
        "as_of = 2020-06-30\n[values]\nchurn = 9\n",
    )
    .unwrap();
    let out = stdout_of(progress().current_dir(dir.path()).args([
        "explain",
        "--spec",
        "spec.toml",
        "churn",
        "a.toml",
    ]));
    assert!(
        out.contains("status      pending: no pace can be computed"),
        "{out}"
    );
    assert!(
        out.contains("a `baseline`, the level at the start"),
        "{out}"
    );
    // Unless the spec says it takes no pace.
    let spec = std::fs::read_to_string(dir.path().join("spec.toml")).unwrap();
    std::fs::write(dir.path().join("spec.toml"), spec + "pace = \"none\"\n").unwrap();
    let out = stdout_of(progress().current_dir(dir.path()).args([
        "explain",
        "--spec",
        "spec.toml",
        "churn",
        "a.toml",
    ]));
    assert!(out.contains("status      pending"), "{out}");
    assert!(!out.contains("a `baseline`"), "{out}");
}

#[test]
fn init_lists_each_group_once() {
    // Groups a, b, a in the spec: one heading each, as `list` shows them.
    let target = |id: &str, group: &str| {
        format!(
            "[[target]]\nid = \"{id}\"\nname = \"{id}\"\ngroup = \"{group}\"\nunit = \"个\"\n\
             measure = \"level\"\nrule = \"at-least\"\nbaseline = 0\nvalue = 10\n\
             start = 2020-01-01\ndeadline = 2020-12-31\n\n"
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let spec = format!(
        "version = 1\n\n{}{}{}{}",
        target("one", "a"),
        target("two", "b"),
        target("three", "a"),
        target("four", "").replace("group = \"\"\n", "")
    );
    std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
    let out = stdout_of(progress().current_dir(dir.path()).args([
        "init",
        "--spec",
        "spec.toml",
        "-o",
        "-",
    ]));
    assert_eq!(out.matches("# ── a ──").count(), 1, "{out}");
    let (a, b) = (
        out.find("# ── a ──").unwrap(),
        out.find("# ── b ──").unwrap(),
    );
    let three = out.find("# three = 0").unwrap();
    assert!(a < three && three < b, "`three` under group a:\n{out}");
    // Ungrouped targets last, under their own heading, as `list` shows them.
    let rest = out.find("# ── (no group) ──").unwrap();
    assert!(b < rest && rest < out.find("# four = 0").unwrap(), "{out}");
}

#[test]
fn explain_unknown_id_suggests_one() {
    progress()
        .args(["explain", "--spec", "spec.toml", "station"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: unknown target id `station`\n  = help: did you mean `stations`?\n");
    progress()
        .args(["explain", "--spec", "spec.toml", "zzz\u{1b}[2J"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\u{1b}").not())
        .stderr(predicate::str::contains("`progress list` shows"));
}

#[test]
fn explain_escapes_untrusted_text() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("evil.toml");
    std::fs::write(
        &spec,
        "version = 1\n[[target]]\nid = \"x\"\nname = \"bad\\u001b[31mname\"\nquote = \"q\\u0007\\u202e\"\n\
         unit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 1\nstart = 2020-01-01\ndeadline = 2020-12-31\n",
    )
    .unwrap();
    let out = stdout_of(progress().arg("explain").arg("--spec").arg(&spec).arg("x"));
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{202e}'),
        "{out:?}"
    );
    assert!(out.contains("bad\\u{1b}[31mname"), "{out}");
}

// ---------------------------------------------------------------- init

#[test]
fn init_writes_a_template_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("actuals.toml");
    progress()
        .args(["init", "--spec", "spec.toml", "--as-of", "2020-06-30", "-o"])
        .arg(&path)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("(7 targets, as of 2020-06-30)"));
    let text = std::fs::read_to_string(&path).unwrap();
    insta::assert_snapshot!("init_template", text);

    // Untouched, it passes `check`: every target no-data, nothing failing.
    let json = stdout_of(
        progress()
            .args(["check", "--spec", "spec.toml", "--format", "json"])
            .arg(&path),
    );
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["summary"]["total"], 7);
    assert_eq!(report["summary"]["no-data"], 7);
    assert_eq!(report["as_of"], "2020-06-30");

    // Uncommenting a line is all it takes to report a figure.
    let filled = text.replacen("# stations = 0", "stations = 450", 1);
    std::fs::write(&path, filled).unwrap();
    let json = stdout_of(
        progress()
            .args(["check", "--spec", "spec.toml", "--format", "json"])
            .arg(&path),
    );
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["summary"]["on-track"], 1, "{json}");
}

#[test]
fn init_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.toml");
    std::fs::write(&path, "precious").unwrap();
    progress()
        .args(["init", "--as-of", "2020-12-31", "-o"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "already exists; it was left as it was",
        ))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious");
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");

    progress()
        .args(["init", "--as-of", "2020-12-31", "--force", "-o"])
        .arg(&path)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("# 5g-base-stations = 0"), "{text}");
    assert!(text.contains("as_of = 2020-12-31"), "{text}");
}

#[test]
fn init_defaults_to_today_and_prints_with_dash() {
    let today = chrono::Local::now().date_naive().to_string();
    let out = stdout_of(progress().args(["init", "-o", "-", "--lang", "zh"]));
    assert!(out.contains(&format!("\nas_of = {today}\n")), "{out}");
    assert!(out.contains("5G基站"), "{out}");
}

#[test]
fn init_keeps_hostile_names_inside_comments() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("evil.toml");
    std::fs::write(
        &spec,
        "version = 1\n[[target]]\nid = \"x\"\nname = \"line\\nx = 1\\u001b\"\nunit = \"个\"\n\
         measure = \"level\"\nrule = \"at-least\"\nvalue = 1\nstart = 2020-01-01\ndeadline = 2020-12-31\n",
    )
    .unwrap();
    let out = dir.path().join("a.toml");
    progress()
        .args(["init", "--as-of", "2020-06-30", "--spec"])
        .arg(&spec)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains('\u{1b}'), "{text:?}");
    progress()
        .args(["check", "--spec"])
        .arg(&spec)
        .arg(&out)
        .assert()
        .code(0);
}

// ---------------------------------------------------------------- CSV actuals

#[test]
fn csv_and_toml_give_the_same_report() {
    let run = |file: &str| {
        stdout_of(progress().args(["check", "--spec", "spec.toml", "--format", "json", file]))
    };
    let toml = run("actuals.toml");
    let csv = run("actuals.csv");
    assert!(toml.contains("\"status\""), "{toml}");
    assert_eq!(toml, csv);
    // And the figures are the converted ones: 1,200,000 万元 = 120 亿元.
    let report: serde_json::Value = serde_json::from_str(&csv).unwrap();
    let output = report["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "output")
        .unwrap();
    assert_eq!(output["actual"], 120.0);
}

#[test]
fn csv_problems_name_row_and_column() {
    let err = stderr_of(progress().args(["validate", "--spec", "spec.toml", "bad-rows.csv"]));
    insta::assert_snapshot!("csv_bad_rows", err);
    assert!(err.contains("error: 9 problems found"), "{err}");
}

#[test]
fn csv_header_is_checked() {
    progress()
        .args(["check", "--spec", "spec.toml", "bad-header.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown column `valu`"))
        .stderr(predicate::str::contains("did you mean `value`?"))
        .stderr(predicate::str::contains("unknown column `comment`"))
        .stderr(predicate::str::contains("bad-header.csv:1:20"))
        .stderr(predicate::str::contains("missing column `value`"));
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    progress()
        .args(["check", "--spec", "spec.toml"])
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the CSV file is empty"));
    let headless = dir.path().join("headless.csv");
    std::fs::write(&headless, "stations,450,,2020-06-30,\n").unwrap();
    progress()
        .args(["check", "--spec", "spec.toml"])
        .arg(&headless)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the CSV file has no header row"))
        .stderr(predicate::str::contains("id,value,unit,as_of,source"));
    // A byte-order mark and capitals, as spreadsheets write them, are fine.
    let excel = dir.path().join("excel.csv");
    std::fs::write(
        &excel,
        "\u{feff}ID,Value,As_Of\r\nstations,450,2020-06-30\r\n",
    )
    .unwrap();
    progress()
        .args(["validate", "--spec", "spec.toml"])
        .arg(&excel)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("(1 value, as of 2020-06-30)"));
    // A `note` column, as TOML values have `note`.
    let noted = dir.path().join("noted.csv");
    std::fs::write(
        &noted,
        "id,value,as_of,note\nstations,450,2020-06-30,provisional\n",
    )
    .unwrap();
    progress()
        .args(["validate", "--spec", "spec.toml"])
        .arg(&noted)
        .assert()
        .code(0);
    // Semicolons, as some spreadsheet programs export: said so.
    let semi = dir.path().join("semi.csv");
    std::fs::write(&semi, "id;value;as_of\nstations;450;2020-06-30\n").unwrap();
    progress()
        .args(["check", "--spec", "spec.toml"])
        .arg(&semi)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("separated by `;`"));
}

#[test]
fn csv_dates_come_from_rows_or_as_of() {
    progress()
        .args(["check", "--spec", "spec.toml", "no-dates.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no `as_of` for `stations`"));
    let json = stdout_of(progress().args([
        "check",
        "--spec",
        "spec.toml",
        "--format",
        "json",
        "--as-of",
        "2020-06-30",
        "no-dates.csv",
    ]));
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["as_of"], "2020-06-30");
    // A row with an empty value reports nothing: no-data.
    let json = stdout_of(progress().args([
        "check",
        "--spec",
        "spec.toml",
        "--format",
        "json",
        "blank-value.csv",
    ]));
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["summary"]["no-data"], 6, "{json}");
}

// ---------------------------------------------------------------- schema

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn shipped_schemas_are_current() {
    for kind in ["spec", "actuals"] {
        let generated = stdout_of(progress().args(["schema", kind]));
        let shipped =
            std::fs::read_to_string(root().join(format!("docs/schema/{kind}.schema.json")))
                .unwrap();
        assert_eq!(
            generated, shipped,
            "docs/schema/{kind}.schema.json is stale: run `progress schema {kind} > docs/schema/{kind}.schema.json`"
        );
        let v: serde_json::Value = serde_json::from_str(&generated).unwrap();
        assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(v["additionalProperties"], false);
    }
}

/// Runs the independent validator (Python's jsonschema) on `files`.
fn python_validate(schema: &str, files: &[PathBuf]) -> (bool, String) {
    let out = StdCommand::new("python3")
        .arg(root().join("tests/schema/validate.py"))
        .arg(root().join("docs/schema").join(schema))
        .args(files)
        .output()
        .expect("python3 runs (.ci/run installs jsonschema)");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn shipped_files_fit_the_schemas_and_wrong_files_do_not() {
    let (ok, text) = python_validate(
        "spec.schema.json",
        &[
            root().join("targets/2020.toml"),
            fixtures().join("spec.toml"),
        ],
    );
    assert!(ok, "{text}");
    assert_eq!(text.matches("ok ").count(), 2, "{text}");

    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template.toml");
    progress()
        .args(["init", "--as-of", "2020-12-31", "-o"])
        .arg(&template)
        .assert()
        .code(0);
    let (ok, text) = python_validate(
        "actuals.schema.json",
        &[
            root().join("examples/actuals-2020.toml"),
            root().join("examples/published.toml"),
            fixtures().join("actuals.toml"),
            template,
        ],
    );
    assert!(ok, "{text}");
    assert_eq!(text.matches("ok ").count(), 4, "{text}");

    let (ok, text) = python_validate("spec.schema.json", &[fixtures().join("bad-spec.toml")]);
    assert!(!ok, "{text}");
    assert!(text.contains("'titel' was unexpected"), "{text}");
    let (ok, text) = python_validate(
        "actuals.schema.json",
        &[fixtures().join("bad-actuals.toml")],
    );
    assert!(!ok, "{text}");
    assert!(text.contains("invalid"), "{text}");
    // A milestone given a goal, and a target with no goal, are caught by the schema too.
    let wrong = dir.path().join("wrong.toml");
    std::fs::write(
        &wrong,
        "version = 1\n[[target]]\nid = \"m\"\nname = \"m\"\nmeasure = \"milestone\"\nrule = \"done\"\n\
         value = 3\nstart = 2020-01-01\ndeadline = 2020-12-31\n",
    )
    .unwrap();
    let (ok, text) = python_validate("spec.schema.json", &[wrong]);
    assert!(!ok, "{text}");
}

#[test]
fn shipped_files_carry_schema_directives() {
    let spec = std::fs::read_to_string(root().join("targets/2020.toml")).unwrap();
    assert!(spec.starts_with("#:schema ../docs/schema/spec.schema.json\n"));
    for f in ["examples/actuals-2020.toml", "examples/published.toml"] {
        let text = std::fs::read_to_string(root().join(f)).unwrap();
        assert!(
            text.starts_with("#:schema ../docs/schema/actuals.schema.json\n"),
            "{f}"
        );
    }
}

// ---------------------------------------------------------------- completions, man

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = stdout_of(progress().args(["completions", shell]));
        assert!(out.contains("progress"), "{shell}");
        assert!(
            out.contains("explain") && out.contains("validate"),
            "{shell}"
        );
    }
    progress()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values"));
}

#[test]
fn man_page_is_roff() {
    let out = stdout_of(progress().arg("man"));
    assert!(out.starts_with(".ie"), "{}", &out[..out.len().min(200)]);
    assert!(out.contains(".TH progress 1"), "{out}");
    assert!(out.contains("explain"), "{out}");
}

#[test]
fn man_dir_writes_every_page_the_main_page_names() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man");
    let out = progress()
        .args(["man", "--dir"])
        .arg(&pages)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let main = std::fs::read_to_string(pages.join("progress.1")).unwrap();
    assert_eq!(
        main,
        stdout_of(progress().arg("man")),
        "--dir writes what is printed"
    );
    // The SUBCOMMANDS section names `progress\-check(1)` …: each has its page.
    let named: Vec<String> = main
        .lines()
        .filter_map(|l| l.strip_suffix("(1)"))
        .map(|name| name.replace("\\-", "-"))
        .collect();
    // SUBCOMMANDS and SEE ALSO both name them.
    let mut named = named;
    named.sort();
    named.dedup();
    assert!(named.len() >= 9, "{named:?}");
    assert!(!named.iter().any(|n| n == "progress-help"), "{named:?}");
    for name in &named {
        let page = std::fs::read_to_string(pages.join(format!("{name}.1")))
            .unwrap_or_else(|e| panic!("{name}.1: {e}"));
        let title = format!(".TH {name} 1  \"progress {}\"", env!("CARGO_PKG_VERSION"));
        assert!(page.contains(&title), "{name}: {page}");
    }
    let check = std::fs::read_to_string(pages.join("progress-check.1")).unwrap();
    assert!(check.contains("fail\\-on"), "{check}");
    let mut files = files_in(&pages);
    files.retain(|f| f != "progress.1");
    let mut expected: Vec<String> = named.iter().map(|n| format!("{n}.1")).collect();
    expected.sort();
    assert_eq!(files, expected, "no stray or temporary files");
    // Run again: the pages are replaced, not refused.
    progress()
        .args(["man", "--dir"])
        .arg(&pages)
        .assert()
        .success();
}

#[test]
fn man_dir_that_cannot_be_made_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let out = progress()
        .args(["man", "--dir"])
        .arg(file.join("man"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("plain-file"), "{err}");
}

// ---------------------------------------------------------------- settings

#[test]
fn progress_spec_sets_the_default_and_the_flag_wins() {
    let out = stdout_of(progress().arg("list").env("PROGRESS_SPEC", "spec.toml"));
    assert!(
        out.starts_with("“Authoring fixture” — 7 targets in spec.toml"),
        "{out}"
    );
    let root_spec = root().join("targets/2020.toml");
    let out = stdout_of(
        progress()
            .arg("list")
            .arg("--spec")
            .arg(&root_spec)
            .env("PROGRESS_SPEC", "spec.toml"),
    );
    assert!(out.contains("21 targets"), "{out}");
    let out = stdout_of(progress().arg("list"));
    assert!(out.contains("<built-in>/targets/2020.toml"), "{out}");
    let out = stdout_of(progress().arg("list").env("PROGRESS_SPEC", ""));
    assert!(
        out.contains("<built-in>/targets/2020.toml"),
        "empty means unset: {out}"
    );
    progress()
        .arg("list")
        .env("PROGRESS_SPEC", "nowhere.toml")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nowhere.toml"));
}

#[test]
fn lang_applies_to_check() {
    let zh = stdout_of(progress().args([
        "check",
        "--spec",
        "spec.toml",
        "actuals.toml",
        "--lang",
        "zh",
        "--color",
        "never",
    ]));
    assert!(zh.contains("基站") && zh.contains("产值"), "{zh}");
    let en = stdout_of(progress().args([
        "check",
        "--spec",
        "spec.toml",
        "actuals.toml",
        "--color",
        "never",
    ]));
    assert!(en.contains("base stations"), "{en}");
}
