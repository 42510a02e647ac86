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
