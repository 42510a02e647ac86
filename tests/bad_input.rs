//! Every bad input of the contract (§6) is rejected with exit code 2 and a message that
//! names the file, line and column, says what was expected, and suggests a fix.

mod common;
use common::{progress, temp_file};
use predicates::prelude::*;
use predicates::str::contains;

const GOOD_TARGET: &str = r#"[[target]]
id = "signups"
name = "Sign-ups"
unit = "users"
measure = "level"
rule = "at-least"
baseline = 0
value = 100
start = 2024-01-01
deadline = 2024-12-31
"#;

/// Runs `check` on a spec; asserts exit 2 and that stderr holds every `needle`.
fn spec_rejected(spec: &str, needles: &[&str]) -> String {
    let (dir, path) = temp_file("spec.toml", spec);
    let out = progress()
        .current_dir(dir.path())
        .args(["check", "--spec", "spec.toml"])
        .assert()
        .code(2)
        .stdout("");
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    for n in needles {
        assert!(stderr.contains(n), "missing {n:?} in:\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    drop(path);
    stderr
}

/// Runs `check` on an actuals file against the built-in spec.
fn actuals_rejected(actuals: &str, needles: &[&str]) -> String {
    file_rejected("a.toml", actuals, needles)
}

/// Bad actuals files for the built-in spec, one a row: the case's name, the file, and
/// what stderr must say (exit 2, nothing on stdout).
const BAD_ACTUALS: &[(&str, &str, &[&str])] = &[
    (
        "negative_count",
        "as_of = 2020-12-31\n[values]\nsmart-factories = -1\n",
        &[
            "-1 is negative, but `smart-factories` counts 个",
            "a.toml:3:19",
            "never negative",
        ],
    ),
    (
        "number_for_a_milestone",
        "as_of = 2020-12-31\n[values]\nxinen-in-production = 1\n",
        &[
            "`xinen-in-production` is a milestone, but a number was given",
            "a.toml:3:23",
            "xinen-in-production = true",
        ],
    ),
    (
        "a_milestone_date_with_a_time_is_not_a_day",
        "as_of = 2020-12-31\n[values]\nxinen-in-production = 2020-09-15T10:00:00\n",
        &[
            "`xinen-in-production` must be a date",
            "a.toml:3:23",
            "2020-12-31",
        ],
    ),
    (
        "a_date_on_a_figure_points_to_as_of",
        "as_of = 2020-12-31\n[values]\nsmart-factories = { value = 3, date = 2020-06-01 }\n",
        &[
            "`date` is for milestones, and `smart-factories` is not one",
            "a.toml:3:32",
            "`as_of = 2020-06-30`",
        ],
    ),
    (
        "unknown_target_id_gets_a_suggestion",
        "as_of = 2020-12-31\n[values]\n5g-base-station = 5000\n",
        &[
            "unknown target id `5g-base-station`",
            "a.toml:3:1",
            "did you mean `5g-base-stations`?",
        ],
    ),
    (
        "missing_as_of",
        "[values]\nsmart-factories = 1\n",
        &["missing `as_of`", "a.toml:1:1", "evaluation date"],
    ),
    (
        "invalid_toml_syntax",
        "as_of = 2020-12-31\n[values\n",
        &["invalid TOML", "a.toml:2:"],
    ),
    (
        "a_value_dated_after_its_file_is_refused",
        "as_of = 2020-06-30\n[values]\n5g-base-stations = { value = 5000, as_of = 2030-01-01 }\n",
        &[
            "dated 2030-01-01, after the file's `as_of` 2020-06-30",
            "a.toml:3:44",
            "correct the date",
        ],
    ),
    (
        "a_milestone_not_done_takes_no_date",
        "as_of = 2020-12-31\n[values]\nxinen-in-production = { done = false, date = 2020-05-01 }\n",
        &["is not done, but a date is given", "a.toml:3:39"],
    ),
    (
        "numbers_out_of_range",
        "as_of = 2020-12-31\n[values]\nhigh-tech-output = 1e400\nsmart-factories = 99999999999999999999\n",
        &[
            "`high-tech-output` = 1e400 is out of range",
            "a.toml:3:20",
            "`smart-factories` = 99999999999999999999 is out of range",
            "1.2e20",
        ],
    ),
    (
        "unknown_ids_against_the_built_in_spec_say_so",
        "as_of = 2020-12-31\n[values]\nsignups = 5\n",
        &[
            "unknown target id `signups`",
            "built-in 2020 spec",
            "name your own spec file",
        ],
    ),
];

#[test]
fn bad_actuals_are_refused_with_a_located_message() {
    let failed: Vec<&str> = BAD_ACTUALS
        .iter()
        .filter(|(_, actuals, needles)| {
            std::panic::catch_unwind(|| actuals_rejected(actuals, needles)).is_err()
        })
        .map(|(name, ..)| *name)
        .collect();
    assert!(failed.is_empty(), "cases failed: {failed:?}");
}

#[test]
fn unknown_key_in_a_target_gets_a_suggestion() {
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("deadline", "dealine")
    );
    spec_rejected(
        &spec,
        &[
            "unknown key `dealine`",
            "spec.toml:11:1",
            "did you mean `deadline`?",
            "^^^^^^^",
        ],
    );
}

#[test]
fn unknown_top_level_key() {
    spec_rejected(
        &format!("version = 1\ntitel = \"x\"\n{GOOD_TARGET}"),
        &[
            "unknown key `titel`",
            "spec.toml:2:1",
            "did you mean `title`?",
        ],
    );
}

#[test]
fn an_abbreviated_or_capitalised_value_gets_did_you_mean_at_the_value() {
    // Review: `measure = "lvl"` listed the measures without naming `level`.
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("\"level\"", "\"lvl\"")
    );
    let err = spec_rejected(
        &spec,
        &[
            "`measure` must be one of `level`",
            "spec.toml:6:11",
            "help: did you mean `level`?",
        ],
    );
    assert!(!err.contains("help: expected one of"), "{err}");
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("\"level\"", "\"YTD\"")
    );
    spec_rejected(&spec, &["spec.toml:6:11", "help: did you mean `ytd`?"]);
    // The three of the review at once: each located at its value.
    let spec = format!(
        "version = 1\n{}over = \"windw\"\n",
        GOOD_TARGET
            .replace("\"level\"", "\"lvl\"")
            .replace("at-least", "atleast")
    );
    spec_rejected(
        &spec,
        &[
            "spec.toml:6:11",
            "did you mean `level`?",
            "spec.toml:7:8",
            "did you mean `at-least`?",
            "spec.toml:12:8",
            "did you mean `window`?",
        ],
    );
}

#[test]
fn unknown_rule_lists_or_suggests_the_valid_values() {
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("at-least", "atleast")
    );
    spec_rejected(
        &spec,
        &[
            "`rule` must be one of `at-least`",
            "spec.toml:7:8",
            "did you mean `at-least`?",
        ],
    );
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("\"level\"", "\"stock\"")
    );
    spec_rejected(
        &spec,
        &[
            "`measure` must be one of `level`, `ytd`, `growth`, `milestone`",
            "spec.toml:6:11",
        ],
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let spec = format!("version = 1\n{GOOD_TARGET}\n{GOOD_TARGET}");
    spec_rejected(
        &spec,
        &[
            "duplicate target id `signups`",
            "spec.toml:14:6",
            "first used here",
            "second use of this id",
            " 3 | id = \"signups\"",
        ],
    );
}

#[test]
fn deadline_before_start() {
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("deadline = 2024-12-31", "deadline = 2023-12-31")
    );
    spec_rejected(
        &spec,
        &[
            "the deadline 2023-12-31 is before the start 2024-01-01",
            "spec.toml:11:12",
            "help:",
        ],
    );
}

#[test]
fn nan_and_infinite_numbers() {
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("value = 100", "value = nan")
    );
    spec_rejected(&spec, &["`value` must be a finite number", "spec.toml:9:9"]);
    actuals_rejected(
        "as_of = 2020-12-31\n[values]\nhigh-tech-output = inf\n",
        &["must be a finite number", "a.toml:3:20"],
    );
}

#[test]
fn a_growth_rate_out_of_range() {
    // Both levels are within the decimal range; their ratio is not.
    actuals_rejected(
        "as_of = 2020-12-31\n[values]\nindustrial-value-added-growth = { previous = 1e-20, current = 7e28 }\n",
        &[
            "a.toml:3:33",
            "the growth rate from `previous` to `current` is out of range",
            "rate out of range",
            "help: check the two levels",
        ],
    );
}

#[test]
fn percentage_level_outside_0_100() {
    actuals_rejected(
        "as_of = 2020-12-31\n[values]\nmachine-networking-rate = 101\n",
        &[
            "101 is not a percentage between 0 and 100",
            "a.toml:3:27",
            "lies in [0, 100]",
        ],
    );
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET
            .replace("\"users\"", "\"%\"")
            .replace("value = 100", "value = 120")
    );
    spec_rejected(
        &spec,
        &["`value` = 120 is not a percentage between 0 and 100"],
    );
}

#[test]
fn a_milestone_done_after_the_date_its_value_describes() {
    for value in ["2020-09-15", "{ done = true, date = 2020-09-15 }"] {
        actuals_rejected(
            &format!("as_of = 2020-06-30\n[values]\nxinen-in-production = {value}\n"),
            &[
                "a.toml:3:23",
                "`xinen-in-production` is done on 2020-09-15, after 2020-06-30",
                "date the value later",
            ],
        );
    }
}

#[test]
fn a_missing_as_of_is_the_only_problem_of_a_dated_milestone() {
    let stderr = actuals_rejected(
        "[values]\nxinen-in-production = { done = true, date = 2020-09-15 }\n",
        &["missing `as_of`", "1 problem found"],
    );
    assert!(!stderr.contains("1970"), "{stderr}");
}

#[test]
fn a_value_above_values_is_sent_below_it() {
    actuals_rejected(
        "as_of = 2020-12-31\nsmart-factories = 3\ndate = 2020-01-01\n[values]\n",
        &[
            "a.toml:2:1",
            "unknown key `smart-factories` in an actuals file",
            "`smart-factories` is a target: put its value under `[values]`",
            "a.toml:3:1",
            "the file's date is `as_of = 2020-12-31`",
        ],
    );
    // The same key quoted.
    actuals_rejected(
        "as_of = 2020-12-31\n\"smart-factories\" = 3\n[values]\n",
        &["`smart-factories` is a target: put its value under `[values]`"],
    );
}

#[test]
fn examples_in_help_use_the_specs_own_ids() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("spec.toml"),
        format!("version = 1\n{GOOD_TARGET}"),
    )
    .unwrap();
    std::fs::write(dir.path().join("a.toml"), "as_of = 2024-06-30\n").unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "--spec", "spec.toml"])
        .assert()
        .code(2)
        .stderr(contains("e.g. `signups = 100`"));
}

#[test]
fn unit_of_the_wrong_family() {
    actuals_rejected(
        "as_of = 2020-12-31\n[values]\nhigh-tech-output = { value = 5, unit = \"%\" }\n",
        &[
            "unit `%` is a percentage unit, but the target is measured in `亿元`",
            "a.toml:3:40",
            "元, 万元, 亿元 and 万亿元",
        ],
    );
    actuals_rejected(
        "as_of = 2020-12-31\n[values]\nsmart-factories = { value = 5, unit = \"家\" }\n",
        &["unit `家` does not match the target's unit `个`"],
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let stderr = actuals_rejected(
        "as_of = 2020-12-31\nsauce = 1\n[values]\nsmart-factories = -1\nnope = 2\nxinen-in-production = 3\n",
        &[
            "unknown key `sauce`",
            "negative",
            "unknown target id `nope`",
            "is a milestone",
            "4 problems found",
        ],
    );
    // Sorted by position.
    let first = stderr.find("sauce").unwrap();
    let last = stderr.find("milestone").unwrap();
    assert!(first < last);
}

#[test]
fn problems_in_several_files_are_reported_together() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.toml"),
        "as_of = 2020-12-31\n[values]\nnope = 1\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.toml"),
        "as_of = 2020-12-31\n[values]\nsmart-factories = -2\n",
    )
    .unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "b.toml"])
        .assert()
        .code(2)
        .stderr(
            contains("a.toml:3:1")
                .and(contains("b.toml:3:19"))
                .and(contains("2 problems")),
        );
}

#[test]
fn unreadable_paths() {
    let dir = tempfile::tempdir().unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", "missing.toml"])
        .assert()
        .code(2)
        .stderr(
            contains("missing.toml: cannot read the file").and(contains("help: check the path")),
        );
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", "folder"])
        .assert()
        .code(2)
        .stderr(contains("folder: is a directory"));
    std::fs::write(
        dir.path().join("latin1.toml"),
        b"as_of = 2020-12-31\n# caf\xe9\n",
    )
    .unwrap();
    progress()
        .current_dir(dir.path())
        .args(["check", "latin1.toml"])
        .assert()
        .code(2)
        .stderr(
            contains("not valid UTF-8")
                .and(contains("latin1.toml:2:6"))
                .and(contains("save the file as UTF-8")),
        );
}

#[test]
fn unsupported_spec_version() {
    spec_rejected(
        &format!("version = 2\n{GOOD_TARGET}"),
        &[
            "unsupported spec version 2",
            "spec.toml:1:11",
            "version = 1",
        ],
    );
    spec_rejected(GOOD_TARGET, &["missing `version`"]);
}

#[test]
fn goal_shape_problems() {
    let two_goals = GOOD_TARGET.replace("value = 100", "value = 100\nincrease = 5");
    spec_rejected(
        &format!("version = 1\n{two_goals}"),
        &["exactly one of `value`, `increase` and `multiply`"],
    );
    let no_goal = GOOD_TARGET.replace("value = 100\n", "");
    spec_rejected(
        &format!("version = 1\n{no_goal}"),
        &["missing `value` in a target"],
    );
    let about = GOOD_TARGET.replace("at-least", "about");
    spec_rejected(&format!("version = 1\n{about}"), &["missing `tolerance`"]);
    let band = GOOD_TARGET
        .replace("at-least", "between")
        .replace("value = 100", "value = [5, 3]");
    spec_rejected(
        &format!("version = 1\n{band}"),
        &["low bound 5 is above its high bound 3"],
    );
    let unknown_source = GOOD_TARGET.replace("value = 100", "value = 100\nsource = \"xie\"");
    spec_rejected(
        &format!("version = 1\n[sources.xie-2020]\nspeaker = \"x\"\n{unknown_source}"),
        &["unknown source `xie`", "did you mean `xie-2020`?"],
    );
    let bad_id = GOOD_TARGET.replace("\"signups\"", "\"Sign Ups\"");
    spec_rejected(
        &format!("version = 1\n{bad_id}"),
        &["invalid target id `Sign Ups`", "try `sign-ups`"],
    );
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace(
            "id = \"signups\"",
            "id = \"sign\u{1b}[2Jups\"\nbogus\u{7} = 1"
        )
    );
    let (dir, _p) = temp_file("spec.toml", &spec);
    let out = progress()
        .current_dir(dir.path())
        .args(["check", "--spec", "spec.toml"])
        .assert()
        .code(2);
    let stderr = &out.get_output().stderr;
    assert!(
        !stderr.contains(&0x1b) && !stderr.contains(&0x07),
        "{}",
        String::from_utf8_lossy(stderr)
    );
}

#[test]
fn check_without_actuals_is_not_a_silent_pass() {
    progress()
        .arg("check")
        .assert()
        .code(2)
        .stderr(contains("no actuals files given").and(contains("progress init")));
}

#[test]
fn an_empty_name_is_refused() {
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("name = \"Sign-ups\"", "name = \"  \"")
    );
    spec_rejected(&spec, &["a target's name is empty", "spec.toml:4:8"]);
}

#[test]
fn a_spec_given_as_actuals_gets_a_hint() {
    let (dir, _p) = temp_file("s.toml", &format!("version = 1\n{GOOD_TARGET}"));
    progress()
        .current_dir(dir.path())
        .args(["check", "s.toml"])
        .assert()
        .code(2)
        .stderr(
            contains("this looks like a spec, not an actuals file")
                .and(contains("name `s.toml` as the spec")),
        );
}

#[test]
fn csv_with_windows_line_ends_points_at_the_right_cell() {
    let (dir, _p) = temp_file(
        "h.csv",
        "id,value,as_of\r\n5g-base-stations,\"4,717\",2021-08-31\r\n",
    );
    let out = progress()
        .current_dir(dir.path())
        .args(["check", "h.csv"])
        .assert()
        .code(2);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("h.csv:2:18") && stderr.contains("column B"),
        "{stderr}"
    );
    assert!(
        !stderr.contains('\r') && !stderr.contains("2021-08-31?"),
        "{stderr:?}"
    );
}

#[test]
fn extract_of_a_text_without_promises_prints_an_empty_draft() {
    // Issue 14: no promises is not bad input: an empty draft with a note, exit 0.
    let (dir, _p) = temp_file("en.txt", "We will do our best next year.\n");
    progress()
        .current_dir(dir.path())
        .args(["extract", "en.txt"])
        .assert()
        .code(0)
        .stdout(contains("version = 1").and(contains("# No quantified promises found")))
        .stdout(contains("[[target]]").not())
        .stderr(contains("no quantified promises found"));
}

#[test]
fn validate_reports_a_bad_spec_and_bad_actuals_together() {
    let dir = tempfile::tempdir().unwrap();
    let spec = format!(
        "version = 1\n{}",
        GOOD_TARGET.replace("value = 100", "value = 100\nseverity = \"fatal\"")
    );
    std::fs::write(dir.path().join("spec.toml"), spec).unwrap();
    std::fs::write(
        dir.path().join("a.toml"),
        "as_of = 2020-12-31\nsauce = 1\n[values]\nsignups = { valu = 3 }\n",
    )
    .unwrap();
    progress()
        .current_dir(dir.path())
        .args(["validate", "--spec", "spec.toml", "a.toml"])
        .assert()
        .code(2)
        .stderr(
            contains("spec.toml:10:12")
                .and(contains("expected one of `error`, `warn`"))
                .and(contains("a.toml:2:1"))
                .and(contains("unknown key `valu`"))
                .and(contains("3 problems found")),
        );
}

#[test]
fn a_spec_path_from_the_environment_is_named_as_such() {
    progress()
        .env("PROGRESS_SPEC", "/no/such/spec.toml")
        .arg("list")
        .assert()
        .code(2)
        .stderr(
            contains("/no/such/spec.toml: cannot read the file")
                .and(contains("comes from $PROGRESS_SPEC")),
        );
}

/// Runs `check` on actuals given as raw bytes; returns stderr (exit 2 asserted).
fn raw_actuals_rejected(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    let out = progress()
        .current_dir(dir.path())
        .args(["check", name])
        .assert()
        .code(2)
        .stdout("");
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

#[test]
fn a_byte_order_mark_is_not_a_column() {
    let err = raw_actuals_rejected(
        "a.toml",
        b"\xEF\xBB\xBFsauce = 1\nas_of = 2020-12-31\n[values]\n",
    );
    assert!(err.contains("a.toml:1:1"), "{err}");
    assert!(err.contains("unknown key `sauce`"), "{err}");
}

#[test]
fn files_in_other_encodings_are_named() {
    // "id,value,as_of" then a row, in UTF-16 (little-endian, with its mark).
    let text = "id,value,as_of\nsmart-factories,3,2020-12-31\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let err = raw_actuals_rejected("a.csv", &utf16);
    assert!(
        err.contains("not UTF-8") && err.contains("it is UTF-16"),
        "{err}"
    );
    // 智能工厂 in GBK: D6C7 C4DC B9A4 B3A7.
    let gbk = b"id,value,as_of\n\xD6\xC7\xC4\xDC\xB9\xA4\xB3\xA7,3,2020-12-31\n";
    let err = raw_actuals_rejected("a.csv", gbk);
    assert!(err.contains("it looks like GBK/GB18030"), "{err}");
    // Without its mark: the NULs tell.
    let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let err = raw_actuals_rejected("a.csv", &bare);
    assert!(err.contains("it is UTF-16"), "{err}");
    // UTF-8 with a cut-off character, and Latin-1: not taken for GBK.
    let cut = b"as_of = 2020-12-31 # \xE4\xB8\xAD\xE6\x96\x87\xE4\xB8";
    let err = raw_actuals_rejected("a.toml", cut);
    assert!(
        err.contains("save the file as UTF-8") && !err.contains("GBK"),
        "{err}"
    );
    let err = raw_actuals_rejected("a.csv", b"id,value\nZ\xFCrich,1\n");
    assert!(
        err.contains("save the file as UTF-8") && !err.contains("GBK"),
        "{err}"
    );
    // Bytes that are neither: no guess.
    let err = raw_actuals_rejected("a.csv", b"id,value\n\xFF\x00\x01,1\n");
    assert!(
        err.contains("save the file as UTF-8\n") || !err.contains("looks like"),
        "{err}"
    );
}

/// Runs `check` on one actuals file named `name` against the built-in spec; returns
/// stderr (exit 2, nothing on stdout), which must contain every needle.
fn file_rejected(name: &str, text: &str, needles: &[&str]) -> String {
    let (dir, _path) = temp_file(name, text);
    common::refused_with(
        progress()
            .current_dir(dir.path())
            .args(["check", name, "--color", "never"]),
        needles,
    )
}

#[test]
fn a_csv_line_over_1_mib_is_refused_with_its_place() {
    let note = "x".repeat(1024 * 1024 + 10);
    let stderr = file_rejected(
        "a.csv",
        &format!("id,value,as_of,note\n5g-base-stations,6500,2020-12-31,{note}\n"),
        &[
            "error: line too long: 1025 KiB, the limit is 1024 KiB",
            "--> a.csv:2:1",
        ],
    );
    assert!(stderr.lines().all(|l| l.chars().count() <= 200), "{stderr}");
}

#[test]
fn csv_with_line_ends_of_cr_alone_is_read_with_its_lines_numbered() {
    // Classic Mac OS spreadsheets end lines with CR alone: row 3 is line 3.
    let text = "id,value,as_of\r5g-base-stations,6500,2020-12-31\rsmart-factories,12a,2020-12-31\r";
    let stderr = file_rejected("mac.csv", text, &["--> mac.csv:3:17", "row 3, column B"]);
    assert!(!stderr.contains('\r'), "{stderr:?}");
    // And a good file of them is read whole.
    let (dir, _p) = temp_file("mac.csv", &text.replace(",12a,", ",3,"));
    progress()
        .current_dir(dir.path())
        .args(["check", "mac.csv", "--format", "csv"])
        .assert()
        .code(predicate::in_iter([0, 1]))
        .stdout(contains("smart-factories,").and(contains("5g-base-stations,")));
}

#[test]
fn integers_beyond_64_bits_are_refused() {
    // 2^64 − 1: not a TOML integer, and would be rounded as a float.
    file_rejected(
        "a.toml",
        "as_of = 2020-12-31\n[values]\n5g-base-stations = 18446744073709551615\n",
        &[
            "`5g-base-stations` = 18446744073709551615 is out of range",
            "--> a.toml:3:20",
            "up to about 9.2e18",
        ],
    );
    file_rejected(
        "a.csv",
        "id,value,as_of\n5g-base-stations,18446744073709551615,2020-12-31\n",
        &[
            "row 2, column B (`value`): the value of `5g-base-stations` is out of range",
            "--> a.csv:2:18",
            "up to about 9.2e18",
        ],
    );
    spec_rejected(
        &format!(
            "version = 1\n{}",
            GOOD_TARGET.replace("value = 100", "value = 0xFFFFFFFFFFFFFFFF")
        ),
        &["`value` = ", "is out of range", "spec.toml:9:9"],
    );
    // The largest 64-bit integer, and a large float, are figures.
    let (dir, _p) = temp_file(
        "a.csv",
        "id,value,as_of\n5g-base-stations,9223372036854775807,2020-12-31\nsmart-factories,1.8e19,2020-12-31\n",
    );
    progress()
        .current_dir(dir.path())
        .args(["check", "a.csv"])
        .assert()
        .code(predicate::in_iter([0, 1]));
}

#[test]
fn dates_with_a_leading_space_a_sign_or_a_long_year_are_refused() {
    for date in [
        " 2020-12-31",
        "-2020-12-31",
        "+2020-12-31",
        "02020-12-31",
        "2020-1-31",
    ] {
        file_rejected(
            "a.toml",
            &format!("as_of = \"{date}\"\n[values]\n5g-base-stations = 6500\n"),
            &["`as_of` must be a date", "--> a.toml:1:9"],
        );
        progress()
            .arg("check")
            .arg(format!("--as-of={date}"))
            .assert()
            .code(2)
            .stderr(contains("is not a date; write it as YYYY-MM-DD"));
    }
    for date in ["-2020-12-31", "+2020-12-31", "20201-12-31"] {
        file_rejected(
            "a.csv",
            &format!("id,value,as_of\n5g-base-stations,6500,{date}\n"),
            &[
                &format!("row 2, column C (`as_of`): `{date}` is not a date"),
                "--> a.csv:2:23",
            ],
        );
    }
}

#[test]
fn utf32_files_are_named_utf32() {
    let text = "id,value,as_of\nsmart-factories,3,2020-12-31\n";
    let le: Vec<u8> = text
        .chars()
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect();
    let be: Vec<u8> = text
        .chars()
        .flat_map(|c| (c as u32).to_be_bytes())
        .collect();
    for (what, bytes) in [
        (
            "LE with its mark",
            [vec![0xFF, 0xFE, 0, 0], le.clone()].concat(),
        ),
        (
            "BE with its mark",
            [vec![0, 0, 0xFE, 0xFF], be.clone()].concat(),
        ),
        ("LE", le),
        ("BE", be),
    ] {
        let err = raw_actuals_rejected("a.csv", &bytes);
        assert!(
            err.contains("not UTF-8") && err.contains("it is UTF-32") && !err.contains("UTF-16"),
            "{what}: {err}"
        );
    }
    // Chinese text in UTF-32 without a mark, and UTF-16 still called UTF-16.
    let zh: Vec<u8> = "id,value\n智能工厂,3\n"
        .chars()
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect();
    assert!(raw_actuals_rejected("a.csv", &zh).contains("it is UTF-32"));
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(raw_actuals_rejected("a.csv", &utf16).contains("it is UTF-16"));
}

/// With a bad spec, `check` reported the spec's problems only, although `validate`
/// reports the actuals files' own problems too (syntax, keys, shape): now both do, and
/// say the same.
#[test]
fn check_with_a_bad_spec_reports_the_actuals_problems_as_validate_does() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("spec.toml"),
        format!("version = 1\ntitel = \"x\"\n{GOOD_TARGET}"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("actuals.toml"),
        "as_of = 2024-06-30\nbogus = 1\n[values]\nsignups = 10\n",
    )
    .unwrap();
    let stderr = |command: &str| {
        let out = progress()
            .current_dir(dir.path())
            .args([command, "actuals.toml", "--spec", "spec.toml"])
            .assert()
            .code(2)
            .stdout("");
        String::from_utf8(out.get_output().stderr.clone()).unwrap()
    };
    let check = stderr("check");
    assert!(check.contains("unknown key `titel` in the spec"), "{check}");
    assert!(check.contains("unknown key `bogus`"), "{check}");
    assert!(check.contains(" --> actuals.toml:2:1\n"), "{check}");
    assert!(
        check.ends_with("error: 2 problems found; nothing was evaluated\n"),
        "{check}"
    );
    // The same problems; only the last line differs: validate evaluates nothing anyway.
    assert_eq!(
        check.replace("found; nothing was evaluated\n", "found\n"),
        stderr("validate")
    );
}
