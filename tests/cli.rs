//! The command line as a user sees it: the real binary on the shipped files.

mod common;
use common::{progress, target_in, temp_file};
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn published_figures_show_high_tech_missed_and_5g_behind() {
    let out = progress()
        .args(["check", "examples/published.toml", "--color", "never"])
        .assert()
        .code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let line = |needle: &str| {
        stdout
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}:\n{stdout}"))
            .to_string()
    };
    assert!(
        line("high-tech industry output value").contains("✗ missed"),
        "{stdout}"
    );
    assert!(line("5G base stations").contains("behind"), "{stdout}");
    assert!(line("5G base stations").contains("0.52 linear"), "{stdout}");
    assert!(
        stdout.contains("21 targets: 1 behind, 1 missed, 19 no-data · 1 failing"),
        "{stdout}"
    );
}

#[test]
fn fail_on_decides_the_exit_code() {
    let run = |when: &str| {
        progress()
            .args(["check", "examples/published.toml", "--fail-on", when])
            .assert()
    };
    run("never").code(0);
    run("missed").code(1);
    run("behind").code(1);
    // Only the behind target: passes by default, fails with --fail-on behind.
    let (_d, path) = temp_file(
        "a.toml",
        "as_of = 2021-08-31\n[values]\n5g-base-stations = 4717\n",
    );
    progress().arg("check").arg(&path).assert().code(0);
    progress()
        .arg("check")
        .arg(&path)
        .args(["--fail-on", "behind"])
        .assert()
        .code(1);
}

#[test]
fn all_met_exits_zero() {
    let (_d, path) = temp_file(
        "a.toml",
        "as_of = 2020-12-31\n[values]\nhigh-tech-output = 2300\nkey-technology-projects = 100\n",
    );
    progress()
        .arg("check")
        .arg(&path)
        .assert()
        .code(0)
        .stdout(contains("2 met, 19 no-data · 0 failing"));
}

#[test]
fn lang_chooses_the_names() {
    progress()
        .args(["check", "examples/published.toml", "--lang", "zh"])
        .assert()
        .stdout(contains("高新技术产业产值").and(contains("high-tech industry").not()));
    progress()
        .args(["check", "examples/published.toml", "--lang", "en"])
        .assert()
        .stdout(contains("high-tech industry output value"));
}

#[test]
fn json_report_has_the_contract_keys() {
    let out = progress()
        .args(["check", "examples/actuals-2020.toml", "--format", "json"])
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["as_of"], "2020-12-31");
    let s = &v["summary"];
    for (k, n) in [
        ("total", 21),
        ("met", 8),
        ("on-track", 2),
        ("behind", 3),
        ("missed", 4),
        ("pending", 1),
        ("no-data", 3),
        ("failing", 4),
    ] {
        assert_eq!(s[k], n, "summary.{k}");
    }
    let t = target_in(&v, "high-tech-output");
    assert_eq!(t["status"], "missed");
    assert_eq!(t["failing"], true);
    assert_eq!(t["rule"], "more-than");
    assert_eq!(t["measure"], "ytd");
    assert_eq!(t["unit"], "亿元");
    assert_eq!(t["goal"], 2200.0);
    assert_eq!(t["actual"], 2080.0);
    assert_eq!(t["gap"], -120.0);
    assert_eq!(t["deadline"], "2020-12-31");
    let g = target_in(&v, "5g-base-stations");
    assert_eq!(g["pace_model"], "linear");
    assert!(g["pace"].as_f64().unwrap() > 1.0);
}

#[test]
fn output_file_is_written_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    progress()
        .args([
            "check",
            "examples/published.toml",
            "--format",
            "json",
            "--output",
        ])
        .arg(&path)
        .assert()
        .code(1)
        .stdout("");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(v["summary"]["missed"], 1);
    // No temporary file left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn bad_input_leaves_an_existing_output_file_alone() {
    let (dir, bad) = temp_file("bad.toml", "as_of = 2020-12-31\n[values]\nnope = 1\n");
    let out = dir.path().join("report.json");
    std::fs::write(&out, "previous report").unwrap();
    progress()
        .arg("check")
        .arg(&bad)
        .arg("--output")
        .arg(&out)
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous report");
}

#[test]
fn as_of_flag_replaces_the_file_date() {
    let (_d, path) = temp_file("a.toml", "[values]\nhigh-tech-output = 1100\n");
    progress()
        .arg("check")
        .arg(&path)
        .args(["--as-of", "2020-07-01", "--format", "json"])
        .assert()
        .code(0)
        .stdout(contains("\"status\": \"on-track\""));
    progress()
        .arg("check")
        .arg(&path)
        .args(["--as-of", "2020-13-01"])
        .assert()
        .code(2)
        .stderr(contains("not a date"));
}

#[test]
fn other_specs_are_used_with_spec() {
    let (dir, spec) = temp_file(
        "okrs.toml",
        "version = 1\ntitle = \"Team OKRs\"\n[[target]]\nid = \"signups\"\nname = \"Sign-ups\"\nunit = \"users\"\nmeasure = \"ytd\"\nrule = \"at-least\"\nvalue = 1000\nstart = 2024-01-01\ndeadline = 2024-12-31\n",
    );
    let actuals = dir.path().join("q2.toml");
    std::fs::write(&actuals, "as_of = 2024-06-30\n[values]\nsignups = 600\n").unwrap();
    progress()
        .arg("check")
        .arg(&actuals)
        .arg("--spec")
        .arg(&spec)
        .assert()
        .code(0)
        .stdout(
            contains("Team OKRs")
                .and(contains("on-track"))
                .and(contains("1 on-track")),
        );
}

#[test]
fn help_describes_the_commands_and_exit_codes() {
    progress()
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("check").and(contains("Exit codes")));
    progress()
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(
            contains("--fail-on")
                .and(contains("--as-of"))
                .and(contains("--spec")),
        );
    progress().arg("frobnicate").assert().code(2);
    progress()
        .args(["check", "--format", "yaml"])
        .assert()
        .code(2)
        .stderr(contains("json"));
}

#[test]
fn list_help_is_laid_out_as_the_other_commands_help() {
    // Review: `list --help` alone had no examples, so nothing there showed `--spec` in use.
    for command in ["check", "validate", "list", "explain", "init"] {
        let out = progress().args([command, "--help"]).assert().success();
        let help = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(help.contains("--spec <FILE>"), "{command}: {help}");
        let examples = help
            .split_once("\nExamples:\n")
            .unwrap_or_else(|| panic!("{command} has no examples: {help}"))
            .1;
        assert!(
            examples.contains(&format!("progress {command}")),
            "{command}: {examples}"
        );
    }
    progress()
        .args(["list", "--help"])
        .assert()
        .success()
        .stdout(contains("progress list --spec my-okrs.toml"));
}

#[test]
fn colour_only_when_asked() {
    let plain = progress()
        .args(["check", "examples/published.toml"])
        .assert();
    assert!(
        !plain.get_output().stdout.contains(&0x1b),
        "no colour when piped"
    );
    let coloured = progress()
        .args(["check", "examples/published.toml", "--color", "always"])
        .env_remove("NO_COLOR")
        .assert();
    assert!(
        coloured.get_output().stdout.contains(&0x1b),
        "--color always colours"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::fmt::Write as _;
    use std::io::Read;
    use std::process::Stdio;
    // A report far larger than a pipe's buffer, so the writer is still writing when the
    // reader goes away (as with `progress check … | head -1`).
    let mut spec = String::from("version = 1\n");
    let mut actuals = String::from("as_of = 2020-12-31\n[values]\n");
    for i in 0..3000 {
        let _ = write!(
            spec,
            "[[target]]\nid = \"t{i}\"\nname = \"target {i}\"\nunit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\nbaseline = 0\nvalue = 100\nstart = 2020-01-01\ndeadline = 2020-12-31\n"
        );
        let _ = writeln!(actuals, "t{i} = {}", i % 150);
    }
    let (dir, spec_path) = temp_file("big.toml", &spec);
    let actuals_path = dir.path().join("a.toml");
    std::fs::write(&actuals_path, actuals).unwrap();
    let mut child = common::progress_process()
        .arg("check")
        .arg(&actuals_path)
        .arg("--spec")
        .arg(&spec_path)
        .args(["--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "a closed pipe is not an error: {stderr}");
    // Quiet, but the gate's verdict stands: missed targets still exit 1 (for pipefail).
    assert_eq!(out.status.code(), Some(1), "{:?}", out.status);
}

#[test]
fn a_dash_means_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    progress()
        .current_dir(dir.path())
        .arg("check")
        .arg(std::fs::canonicalize("examples/published.toml").unwrap())
        .args(["-o", "-", "-f", "json"])
        .assert()
        .code(1)
        .stdout(contains("\"missed\": 1"));
    progress()
        .current_dir(dir.path())
        .arg("extract")
        .arg(std::fs::canonicalize("docs/sources/speeches-2020.txt").unwrap())
        .args(["-o", "-"])
        .assert()
        .success()
        .stdout(contains("[[target]]"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file named `-`"
    );
}

#[cfg(unix)]
#[test]
fn output_goes_through_links_and_into_devices() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.txt");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink("real.txt", &link).unwrap();
    progress()
        .args(["check", "examples/published.toml", "-o"])
        .arg(&link)
        .assert()
        .code(1);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("21 targets")
    );
    // A device is written into, never replaced.
    progress()
        .args(["check", "examples/published.toml", "-o", "/dev/null"])
        .assert()
        .code(1);
    assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
    // A missing folder is named.
    progress()
        .args(["check", "examples/published.toml", "-o"])
        .arg(dir.path().join("nowhere/r.txt"))
        .assert()
        .code(2)
        .stderr(contains("does not exist").and(contains("nowhere")));
}

#[test]
fn as_of_leaves_out_later_values() {
    // As of mid-2020 neither published figure (2020-12-31, 2021-08-31) was known yet.
    progress()
        .args([
            "check",
            "examples/published.toml",
            "--as-of",
            "2020-06-30",
            "-f",
            "json",
        ])
        .assert()
        .code(0)
        .stdout(contains("\"as_of\": \"2020-06-30\"").and(contains("\"no-data\": 21")))
        .stderr(contains("2 values dated after 2020-06-30 left out"));
    // A date after every value: said, since targets are judged as of their values' dates.
    progress()
        .args(["check", "examples/published.toml", "--as-of", "2030-01-01"])
        .assert()
        .code(1)
        .stderr(contains(
            "the newest value is dated 2021-08-31, before --as-of 2030-01-01",
        ));
    // As of 2021-01-31, the 2020 output decides high-tech; 5G's August figure is left out.
    let out = progress()
        .args([
            "check",
            "examples/published.toml",
            "--as-of",
            "2021-01-31",
            "-f",
            "json",
        ])
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["summary"]["missed"], 1);
    assert_eq!(v["summary"]["no-data"], 20);
}

#[test]
fn huge_numbers_stay_numbers() {
    // The largest figures the decimal type holds (about 7.9e28; 1e308 is refused:
    // tests/exact.rs).
    let (_d, path) = temp_file(
        "a.toml",
        "as_of = 2020-12-31\n[values]\nhigh-tech-output = 7e28\n",
    );
    let out = progress()
        .arg("check")
        .arg(&path)
        .args(["-f", "json"])
        .assert()
        .code(0);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let t = target_in(&v, "high-tech-output");
    assert_eq!(t["actual"].as_f64(), Some(7e28));
    assert!(t["gap"].is_number());
    progress()
        .arg("check")
        .arg(&path)
        .assert()
        .code(0)
        .stdout(contains("7.000e28"));
}

#[cfg(unix)]
#[test]
fn reports_replace_files_whole_never_write_into_them() {
    // A hard link shares the old file's contents: writing into the file would change both,
    // replacing it (temporary file, then rename) leaves the link's contents as they were.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let twin = dir.path().join("twin.json");
    std::fs::write(&out, "old report").unwrap();
    std::fs::hard_link(&out, &twin).unwrap();
    progress()
        .args(["check", "examples/published.toml", "-f", "json", "-o"])
        .arg(&out)
        .arg("--export")
        .arg(format!("csv={}", dir.path().join("r.csv").display()))
        .assert()
        .code(1);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("\"summary\"")
    );
    assert_eq!(std::fs::read_to_string(&twin).unwrap(), "old report");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "no temporary file left: {names:?}");
}

#[cfg(unix)]
#[test]
fn a_device_that_fails_replaces_no_file() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.xml");
    std::fs::write(&out, "old").unwrap();
    progress()
        .args(["check", "examples/published.toml", "--export"])
        .arg(format!("junit={}", out.display()))
        .args(["--export", "html=/dev/full"])
        .assert()
        .code(2)
        .stderr(contains("/dev/full"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
    assert!(
        !std::fs::metadata("/dev/full").unwrap().is_file(),
        "the device stays a device"
    );
}

#[test]
fn export_to_a_dash_is_refused() {
    progress()
        .args(["check", "examples/published.toml", "--export", "json=-"])
        .assert()
        .code(2)
        .stderr(contains("for standard output use `--format json`"));
}

#[test]
fn hidden_files_in_a_folder_are_not_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("q1.toml"),
        "as_of = 2020-03-31\n[values]\nsmart-factories = 1\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join(".q1.toml.swp.toml"),
        "as_of = 2020-03-31\n[values]\nsmart-factories = 4\n",
    )
    .unwrap();
    progress()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(contains("1 个"));
}

#[test]
fn at_risk_shows_in_csv_and_github_annotations() {
    let csv = progress()
        .args(["check", "examples/history/", "-f", "csv"])
        .assert()
        .code(1);
    let text = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at_risk = header.iter().position(|c| *c == "at_risk").unwrap();
    let row = lines.find(|l| l.starts_with("smart-factories,")).unwrap();
    assert_eq!(row.split(',').nth(at_risk), Some("true"), "{row}");
    progress()
        .args(["check", "examples/history/", "-f", "github"])
        .assert()
        .code(1)
        .stdout(
            contains("::warning title=smart factories (smart-factories) — on-track (at risk)::")
                .and(contains("at risk: on track by pace")),
        );
}

#[test]
fn a_milestone_may_be_given_as_the_day_it_happened() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.toml");
    // Done on 2020-09-15, as the CSV form and `{ done = true, date = … }` say it.
    std::fs::write(
        &file,
        "as_of = 2020-12-31\n[values]\nxinen-in-production = 2020-09-15\n\
         jinneng-in-production = \"2020-10-01\"\n",
    )
    .unwrap();
    let out = progress()
        .arg("check")
        .arg(&file)
        .args(["-f", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = target_in(&report, "xinen-in-production");
    assert_eq!(t["done"], true);
    assert_eq!(t["done_on"], "2020-09-15");
    assert_eq!(t["status"], "met");
    // The same as a string, as `as_of` may be written.
    let t = target_in(&report, "jinneng-in-production");
    assert_eq!(t["done_on"], "2020-10-01");
}

#[test]
fn progress_short_of_the_goal_is_never_shown_as_all_of_it() {
    // 突破 2,200: 2,199.99 is missed, and 99.99 % of the way, not 100 %.
    let (dir, _) = temp_file(
        "a.toml",
        "as_of = 2020-12-31\n[values]\nhigh-tech-output = 2199.99\n",
    );
    let json = progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "-f", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let t = target_in(&report, "high-tech-output");
    assert_eq!(
        (&t["status"], &t["progress"]),
        (&"missed".into(), &0.999.into())
    );
    progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "--color", "never"])
        .assert()
        .code(1)
        .stdout(contains("99.99%"));
    progress()
        .current_dir(dir.path())
        .args(["check", "a.toml", "-f", "csv"])
        .assert()
        .code(1)
        .stdout(contains(",0.999,"));
}

#[test]
fn standard_input_is_read_once_and_must_hold_something() {
    progress()
        .args(["check", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains("standard input is empty"));
    for args in [&["check", "-", "-"][..], &["check", "--spec", "-", "-"]] {
        progress()
            .args(args)
            .write_stdin("as_of = 2020-12-31\n[values]\n")
            .assert()
            .code(2)
            .stderr(contains("standard input (`-`) is named twice"));
    }
}

#[test]
fn actuals_can_come_from_standard_input() {
    // TOML, as `progress check examples/published.toml` reads it.
    let published = std::fs::read_to_string("examples/published.toml").unwrap();
    progress()
        .args(["check", "-", "--color", "never"])
        .write_stdin(published)
        .assert()
        .code(1)
        .stdout(contains("21 targets: 1 behind, 1 missed, 19 no-data"));
    // CSV: a header row, no `=`.
    let out = progress()
        .args(["check", "-", "-f", "json"])
        .write_stdin("id,value,as_of\nsmart-factories,5,2022-12-31\n")
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = target_in(&report, "smart-factories");
    assert_eq!((&t["actual"], &t["status"]), (&5.into(), &"met".into()));
    // Problems name it.
    progress()
        .args(["check", "-"])
        .write_stdin("as_of = 2020-12-31\n[values]\nnope = 1\n")
        .assert()
        .code(2)
        .stderr(contains("<stdin>:3:1"));
}
