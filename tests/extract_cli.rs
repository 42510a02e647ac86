//! `progress extract` as a user runs it: the real binary on the real speech.

mod common;
use common::{progress, temp_file};
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn the_draft_of_the_speeches_is_a_valid_spec() {
    let out = progress()
        .args([
            "extract",
            "docs/sources/speeches-2020.txt",
            "--year",
            "2020",
        ])
        .assert()
        .success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        draft.contains("increase = 10000") && draft.contains("baseline = 1812"),
        "{draft}"
    );
    assert!(draft.contains("# review:"));
    assert_eq!(draft.matches("[[target]]").count(), 21);
    let (dir, path) = temp_file("draft.toml", &draft);
    progress()
        .current_dir(dir.path())
        .args(["validate", "--spec"])
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("21 targets"));
}

#[test]
fn fields_it_cannot_fill_are_named_by_validate() {
    // No year in the text and no --year: the deadline is left for a person to decide.
    let (dir, text) = temp_file("t.txt", "全年城镇新增就业1100万人以上。\n");
    let out = progress().arg("extract").arg(&text).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(draft.contains("# review:"), "{draft}");
    let spec = dir.path().join("draft.toml");
    std::fs::write(&spec, &draft).unwrap();
    progress()
        .args(["validate", "--spec"])
        .arg(&spec)
        .assert()
        .code(2)
        .stderr(contains("missing `deadline`").or(contains("missing `start`")));
    // With --year, the same text is complete.
    let out = progress()
        .arg("extract")
        .arg(&text)
        .args(["--year", "2021"])
        .assert()
        .success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(draft.contains("deadline = 2021-12-31"), "{draft}");
}

#[test]
fn output_file_is_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("draft.toml");
    std::fs::write(&out, "mine").unwrap();
    progress()
        .args(["extract", "docs/sources/speeches-2020.txt", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(contains("already exists").and(contains("--force")));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    progress()
        .args(["extract", "docs/sources/speeches-2020.txt", "--force", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stderr(contains("21 proposed targets"));
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("[[target]]")
    );
}

#[test]
fn bad_inputs_exit_2() {
    progress()
        .args(["extract", "no-such.txt"])
        .assert()
        .code(2)
        .stderr(contains("cannot read"));
    progress()
        .args(["extract", "docs"])
        .assert()
        .code(2)
        .stderr(contains("is a directory"))
        // (Not "name a .toml file": extract reads text.)
        .stderr(contains("name a file inside it"));
    let (_d, bin) = temp_file("x.txt", "");
    std::fs::write(&bin, b"\xff\xfe bad").unwrap();
    progress()
        .arg("extract")
        .arg(&bin)
        .assert()
        .code(2)
        .stderr(contains("not valid UTF-8"));
    progress()
        .args(["extract", "docs/sources/speeches-2020.txt", "--year", "20"])
        .assert()
        .code(2);
    progress()
        .args(["extract", "--help"])
        .assert()
        .success()
        .stdout(contains("--year").and(contains("review")));
}

#[test]
fn hostile_text_stays_inside_toml_strings() {
    let (_d, text) = temp_file(
        "h.txt",
        "2020年，\u{1b}[31m高新技术\"产业\\产值突破2200亿元\u{7}。\n",
    );
    let out = progress().arg("extract").arg(&text).assert().success();
    let draft = out.get_output().stdout.clone();
    assert!(!draft.contains(&0x1b) && !draft.contains(&0x07));
    let parsed: toml::Value = toml::from_str(std::str::from_utf8(&draft).unwrap()).unwrap();
    assert_eq!(parsed["target"].as_array().unwrap().len(), 1);
}

/// Review: a 预期性 row was drafted `class = "expected"` with no word that, by the
/// contract, its miss then only warns (default severity `warn`). The draft now says so
/// above each such target, and only above those; the draft still validates, and the
/// missed expected target warns while the missed binding one fails the run.
#[test]
fn an_expected_target_is_drafted_with_a_note_that_its_miss_only_warns() {
    let (dir, text) = temp_file(
        "plan.txt",
        "主要指标\n指标\t2020年\t2025年\t属性\n森林覆盖率（%）\t23.2\t24.1\t约束性\n\
         每千人口拥有执业（助理）医师数（人）\t2.9\t3.2\t预期性\n",
    );
    let out = progress().arg("extract").arg(&text).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let note = "# review: 预期性, class = \"expected\": a miss only warns (its default \
                severity is `warn`) and does not fail the run; add `severity = \"error\"` if it must\n";
    assert_eq!(draft.matches(note).count(), 1, "{draft}");
    let targets: Vec<&str> = draft
        .split("\n\n")
        .filter(|b| b.contains("[[target]]"))
        .collect();
    assert_eq!(targets.len(), 2, "{draft}");
    for t in targets {
        let expected = t.contains("class = \"expected\"");
        assert_eq!(t.contains(note), expected, "{t}");
        assert!(expected || t.contains("class = \"binding\""), "{t}");
    }
    // What the note says is what `check` does with the draft.
    let spec = dir.path().join("draft.toml");
    std::fs::write(&spec, &draft).unwrap();
    let ids: Vec<String> = draft
        .lines()
        .filter_map(|l| l.strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect();
    let actuals = dir.path().join("a.toml");
    std::fs::write(
        &actuals,
        format!(
            "as_of = 2025-12-31\n\n[values]\n{} = 23\n{} = 3\n",
            ids[0], ids[1]
        ),
    )
    .unwrap();
    let out = progress()
        .args(["check", "--format", "json", "--spec"])
        .arg(&spec)
        .arg(&actuals)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let by_class = |class: &str| {
        report["targets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["class"] == class)
            .unwrap()
            .clone()
    };
    assert_eq!(by_class("expected")["status"], "missed");
    assert_eq!(by_class("expected")["warning"], true);
    assert_eq!(by_class("expected")["failing"], false);
    assert_eq!(by_class("binding")["failing"], true);
}

#[test]
fn a_two_sided_zuoyou_gets_a_tolerance_to_review_so_the_draft_validates_and_init_runs() {
    // A work report's commonest goal (`地区生产总值增长5.5%左右`) is `about`, which needs a
    // tolerance: the draft guesses a tenth of the goal and flags it, so `validate` exits 0
    // (with the review notes counted) and `init` can write the actuals skeleton.
    let (dir, text) = temp_file(
        "report.txt",
        "2026年政府工作报告\n今年主要预期目标是：地区生产总值增长5.5%左右，新增城镇就业1.2万人以上。\n",
    );
    let draft = dir.path().join("draft.toml");
    progress()
        .arg("extract")
        .arg(&text)
        .arg("-o")
        .arg(&draft)
        .assert()
        .success();
    let t = std::fs::read_to_string(&draft).unwrap();
    assert!(
        t.contains("rule = \"about\"\nvalue = 5.5\n") && t.contains("\ntolerance = 0.6\n"),
        "{t}"
    );
    assert!(
        t.contains("# review: 左右: drafted as about 5.5 with a tolerance of 0.6"),
        "{t}"
    );
    progress()
        .args(["validate", "--spec"])
        .arg(&draft)
        .assert()
        .success()
        .stderr(contains("1 review note left"));
    progress()
        .args(["init", "--spec"])
        .arg(&draft)
        .arg("-o")
        .arg(dir.path().join("actuals.toml"))
        .assert()
        .success();
}
