//! Where reports go, and what they may never destroy: a descriptor (`/dev/stdout` behind a
//! shell's `>>`) is written in place, outputs are compared by the file they resolve to,
//! an input is never written over, a folder is not a file, and help that cannot be
//! written is an error. Every test runs the real binary on real files (issue 17).

mod common;
mod output_paths_support;

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;
use proptest::prelude::*;

const SPEC: &str = "tests/fixtures/report.toml";
const ACTUALS: &str = "tests/fixtures/report-actuals.toml";

fn fixture(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

/// A folder with the spec `s.toml`, the actuals `a.toml` and an old report `r.txt`.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    std::fs::write(root.join("s.toml"), fixture(SPEC)).unwrap();
    std::fs::write(root.join("a.toml"), fixture(ACTUALS)).unwrap();
    std::fs::write(root.join("r.txt"), "old report\n").unwrap();
    (dir, root)
}

/// `progress` run in `root`.
fn progress_in(root: &Path) -> assert_cmd::Command {
    let mut cmd = common::progress();
    cmd.current_dir(root);
    cmd
}

/// `progress check a.toml --spec s.toml` run in `root`, with more arguments.
fn check_in(root: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    progress_in(root)
        .args(["check", "a.toml", "--spec", "s.toml"])
        .args(args)
        .assert()
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// Runs a shell command line in `root`, with `$P` the binary; returns its exit code.
#[cfg(unix)]
fn shell(root: &Path, line: &str) -> i32 {
    std::process::Command::new("sh")
        .arg("-c")
        .arg(line)
        .current_dir(root)
        .env("P", env!("CARGO_BIN_EXE_progress"))
        .env("NO_COLOR", "1")
        .env_remove("PROGRESS_SPEC")
        .status()
        .unwrap()
        .code()
        .unwrap()
}

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).unwrap())
}

// ── Descriptors: written in place, never renamed over ──────────────────────────────────

#[cfg(unix)]
#[test]
fn a_descriptor_behind_a_shell_append_is_appended_to_not_replaced() {
    let mut names = vec!["/dev/stdout", "/dev/fd/1"];
    if Path::new("/proc/self/fd/1").exists() {
        names.push("/proc/self/fd/1");
    }
    for name in names {
        let (_dir, root) = folder();
        let log = root.join("build.log");
        std::fs::write(&log, "previous log\n").unwrap();
        let before = inode(&log);
        let code = shell(
            &root,
            &format!("\"$P\" check a.toml --spec s.toml -o {name} >> build.log"),
        );
        assert_eq!(code, 1, "{name}: the fixture has failing targets");
        let text = read(&log);
        assert!(text.starts_with("previous log\n"), "{name}: {text:?}");
        assert_eq!(text.matches("Fixture plan 2024").count(), 1, "{name}");
        assert_eq!(inode(&log), before, "{name}: build.log was replaced");
        // Twice: the second report follows the first.
        shell(
            &root,
            &format!("\"$P\" check a.toml --spec s.toml -o {name} >> build.log"),
        );
        let text = read(&log);
        assert!(text.starts_with("previous log\n"), "{name}");
        assert_eq!(text.matches("Fixture plan 2024").count(), 2, "{name}");
        assert_eq!(
            common::files_in(&root),
            ["a.toml", "build.log", "r.txt", "s.toml"]
        );
    }
}

#[cfg(unix)]
#[test]
fn dev_stderr_appended_to_is_not_replaced() {
    let (_dir, root) = folder();
    let log = root.join("err.log");
    std::fs::write(&log, "previous log\n").unwrap();
    let before = inode(&log);
    let code = shell(
        &root,
        "\"$P\" check a.toml --spec s.toml -o /dev/stderr 2>> err.log",
    );
    assert_eq!(code, 1);
    let text = read(&log);
    assert!(text.starts_with("previous log\n"), "{text:?}");
    assert!(text.contains("Fixture plan 2024"));
    assert_eq!(inode(&log), before, "err.log was replaced");
}

#[cfg(unix)]
#[test]
fn a_descriptor_behind_a_truncating_redirect_holds_the_report() {
    let (_dir, root) = folder();
    std::fs::write(
        root.join("out.txt"),
        "something long that was there before\n".repeat(99),
    )
    .unwrap();
    shell(
        &root,
        "\"$P\" check a.toml --spec s.toml -o /dev/stdout > out.txt",
    );
    let text = read(root.join("out.txt"));
    assert!(text.starts_with("“Fixture plan 2024”"), "{text:?}");
    assert!(!text.contains("before"));
}

#[cfg(unix)]
#[test]
fn a_descriptor_that_is_a_pipe_gets_the_report() {
    let (_dir, root) = folder();
    shell(
        &root,
        "\"$P\" check a.toml --spec s.toml -o /dev/stdout --export json=/dev/null | cat > piped.txt",
    );
    assert!(read(root.join("piped.txt")).starts_with("“Fixture plan 2024”"));
}

#[cfg(unix)]
#[test]
fn init_writes_into_a_descriptor_without_force() {
    let (_dir, root) = folder();
    progress_in(&root)
        .args([
            "init",
            "--spec",
            "s.toml",
            "--as-of",
            "2024-12-31",
            "-o",
            "/dev/stdout",
        ])
        .assert()
        .success()
        .stdout(contains("written by `progress init`"));
}

// ── Two outputs that are one file ───────────────────────────────────────────────────────

#[test]
fn outputs_spelled_differently_that_are_one_file_are_refused_before_writing() {
    let (_dir, root) = folder();
    std::fs::create_dir(root.join("sub")).unwrap();
    let abs = root.join("r.txt").display().to_string();
    let new_abs = root.join("new.txt").display().to_string();
    let cases: Vec<(&str, String)> = vec![
        ("r.txt", format!("csv={abs}")),
        ("r.txt", "csv=sub/../r.txt".into()),
        ("./r.txt", "csv=r.txt".into()),
        // Not made yet: the same file all the same.
        ("new.txt", format!("csv={new_abs}")),
        ("sub/../new.txt", "json=./new.txt".into()),
    ];
    for (out, export) in cases {
        check_in(&root, &["-o", out, "--export", &export])
            .code(2)
            .stderr(contains("two reports would be written to"));
        assert_eq!(read(root.join("r.txt")), "old report\n", "{out} {export}");
        assert_eq!(
            common::files_in(&root),
            ["a.toml", "r.txt", "s.toml", "sub"],
            "{out} {export}: nothing written"
        );
    }
}

#[cfg(unix)]
#[test]
fn outputs_that_are_one_file_through_links_are_refused_before_writing() {
    let (_dir, root) = folder();
    std::os::unix::fs::symlink("r.txt", root.join("sym.txt")).unwrap();
    std::fs::hard_link(root.join("r.txt"), root.join("hard.txt")).unwrap();
    std::os::unix::fs::symlink("new.txt", root.join("dangling.txt")).unwrap();
    for (out, export) in [
        ("r.txt", "csv=sym.txt"),
        ("r.txt", "csv=hard.txt"),
        ("hard.txt", "json=sym.txt"),
        ("new.txt", "csv=dangling.txt"),
    ] {
        check_in(&root, &["-o", out, "--export", export])
            .code(2)
            .stderr(contains("two reports would be written to one file"));
        assert_eq!(read(root.join("r.txt")), "old report\n", "{out} {export}");
        assert!(!root.join("new.txt").exists(), "{out} {export}");
    }
    // A device named twice is one file too.
    check_in(&root, &["-o", "/dev/null", "--export", "csv=/dev/null"])
        .code(2)
        .stderr(contains("two reports would be written to"));
}

#[test]
fn distinct_outputs_are_all_written() {
    let (_dir, root) = folder();
    std::fs::create_dir(root.join("sub")).unwrap();
    check_in(
        &root,
        &[
            "-o",
            "r.txt",
            "--export",
            "csv=sub/../r.csv",
            "--export",
            "json=sub/r.json",
        ],
    )
    .code(1);
    assert!(read(root.join("r.txt")).starts_with("“Fixture plan 2024”"));
    assert!(read(root.join("r.csv")).starts_with("id,name,"));
    assert!(read(root.join("sub/r.json")).contains("\"as_of\":"));
}

// ── Inputs are never written over ───────────────────────────────────────────────────────

#[test]
fn check_refuses_to_write_over_an_input_however_it_is_named() {
    let (_dir, root) = folder();
    std::fs::create_dir(root.join("sub")).unwrap();
    let abs_spec = root.join("s.toml").display().to_string();
    let cases: Vec<Vec<String>> = vec![
        vec!["-o".into(), "a.toml".into()],
        vec!["-o".into(), "s.toml".into()],
        vec!["-o".into(), "./sub/../a.toml".into()],
        vec!["--export".into(), format!("json={abs_spec}")],
        vec!["--export".into(), "csv=sub/../s.toml".into()],
        vec![
            "-o".into(),
            "r.txt".into(),
            "--export".into(),
            "html=a.toml".into(),
        ],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        check_in(&root, &args)
            .code(2)
            .stdout("")
            .stderr(contains("is an input of this run").and(contains("nothing was written")));
        assert_eq!(read(root.join("a.toml")), fixture(ACTUALS), "{args:?}");
        assert_eq!(read(root.join("s.toml")), fixture(SPEC), "{args:?}");
        assert_eq!(read(root.join("r.txt")), "old report\n", "{args:?}");
        assert_eq!(
            common::files_in(&root),
            ["a.toml", "r.txt", "s.toml", "sub"]
        );
    }
}

#[test]
fn check_refuses_to_write_over_an_actuals_file_of_a_folder() {
    let (_dir, root) = folder();
    std::fs::create_dir(root.join("data")).unwrap();
    std::fs::rename(root.join("a.toml"), root.join("data/a.toml")).unwrap();
    progress_in(&root)
        .args(["check", "data", "--spec", "s.toml", "-o", "data/a.toml"])
        .assert()
        .code(2)
        .stderr(contains("is an input of this run"));
    assert_eq!(read(root.join("data/a.toml")), fixture(ACTUALS));
    // A report beside the actuals files is fine (and not read back as actuals).
    progress_in(&root)
        .args(["check", "data", "--spec", "s.toml", "-o", "data/report.md"])
        .assert()
        .code(1);
}

#[test]
fn the_spec_from_the_environment_is_an_input_too() {
    let (_dir, root) = folder();
    progress_in(&root)
        .env("PROGRESS_SPEC", "s.toml")
        .args(["check", "a.toml", "-o", "s.toml"])
        .assert()
        .code(2)
        .stderr(contains("is an input of this run"));
    assert_eq!(read(root.join("s.toml")), fixture(SPEC));
}

#[cfg(unix)]
#[test]
fn check_refuses_to_write_over_an_input_through_a_link() {
    let (_dir, root) = folder();
    std::os::unix::fs::symlink("a.toml", root.join("sym.toml")).unwrap();
    std::fs::hard_link(root.join("s.toml"), root.join("hard.toml")).unwrap();
    for (input_spelling, out) in [
        ("a.toml", "sym.toml"),
        ("sym.toml", "a.toml"),
        ("a.toml", "hard.toml"),
    ] {
        progress_in(&root)
            .args(["check", input_spelling, "--spec", "s.toml", "-o", out])
            .assert()
            .code(2)
            .stderr(contains("is an input of this run"));
        assert_eq!(read(root.join("a.toml")), fixture(ACTUALS));
        assert_eq!(read(root.join("s.toml")), fixture(SPEC));
        assert!(
            std::fs::symlink_metadata(root.join("sym.toml"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

#[test]
fn init_refuses_to_write_over_its_spec_even_with_force() {
    let (_dir, root) = folder();
    std::fs::create_dir(root.join("sub")).unwrap();
    for out in ["s.toml", "./sub/../s.toml"] {
        progress_in(&root)
            .args(["init", "--spec", "s.toml", "--force", "-o", out])
            .assert()
            .code(2)
            .stderr(contains("is an input of this run"));
        assert_eq!(read(root.join("s.toml")), fixture(SPEC));
    }
}

#[cfg(unix)]
#[test]
fn init_refuses_to_write_over_its_spec_through_a_link() {
    let (_dir, root) = folder();
    std::fs::hard_link(root.join("s.toml"), root.join("hard.toml")).unwrap();
    progress_in(&root)
        .args(["init", "--spec", "hard.toml", "--force", "-o", "s.toml"])
        .assert()
        .code(2)
        .stderr(contains("is an input of this run"));
    assert_eq!(read(root.join("s.toml")), fixture(SPEC));
}

#[test]
fn extract_refuses_to_write_over_its_text_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let text = fixture("docs/sources/speeches-2020.txt");
    std::fs::write(dir.path().join("t.txt"), &text).unwrap();
    for out in ["t.txt", "./t.txt"] {
        progress_in(dir.path())
            .args(["extract", "t.txt", "--force", "-o", out])
            .assert()
            .code(2)
            .stderr(contains("is an input of this run"));
        assert_eq!(read(dir.path().join("t.txt")), text);
    }
}

// ── Folders are not files ────────────────────────────────────────────────────────────────

#[test]
fn an_output_ending_in_a_slash_or_naming_a_folder_gets_a_clear_message() {
    let (_dir, root) = folder();
    std::fs::create_dir(root.join("sub")).unwrap();
    for out in ["foo/", "sub", "sub/", "sub/.", "."] {
        check_in(&root, &["-o", out]).code(2).stdout("").stderr(
            contains("is a folder, not a file")
                .and(contains("Not a directory").not())
                .and(contains("name a file")),
        );
        assert!(!root.join("foo").exists(), "{out}");
        assert_eq!(
            common::files_in(&root),
            ["a.toml", "r.txt", "s.toml", "sub"]
        );
        assert!(common::files_in(&root.join("sub")).is_empty(), "{out}");
    }
    check_in(&root, &["-o", "r.txt/report.txt"])
        .code(2)
        .stderr(contains("is a file, not a folder").and(contains("Not a directory").not()));
    progress_in(&root)
        .args(["init", "--spec", "s.toml", "-o", "foo/"])
        .assert()
        .code(2)
        .stderr(contains("`foo/` is a folder, not a file"));
    // extract writes a draft, not a report: the message names no report.
    std::fs::write(root.join("plan.txt"), "今年地区生产总值增长5%以上。\n").unwrap();
    progress_in(&root)
        .args(["extract", "plan.txt", "--year", "2026", "-o", "sub"])
        .assert()
        .code(2)
        .stderr(
            contains("`sub` is a folder, not a file; -o names the file to write")
                .and(contains("report").not()),
        );
}

// ── Temporary files ─────────────────────────────────────────────────────────────────────

#[cfg(unix)]
#[test]
fn a_replaced_report_gets_the_usual_permissions_and_no_temporary_is_left() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, root) = folder();
    // As an ordinary new file: 0666 less the umask (here 022), not a temporary file's 0600.
    let expected = {
        let probe = root.join("probe");
        std::fs::write(&probe, "").unwrap();
        let mode = std::fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
        std::fs::remove_file(probe).unwrap();
        mode
    };
    check_in(&root, &["-o", "r.txt", "--export", "json=new.json"]).code(1);
    for name in ["r.txt", "new.json"] {
        let mode = std::fs::metadata(root.join(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, expected, "{name}");
    }
    assert_eq!(
        common::files_in(&root),
        ["a.toml", "new.json", "r.txt", "s.toml"]
    );
}

#[cfg(unix)]
#[test]
fn a_planted_link_at_the_old_temporary_name_is_not_followed() {
    // The temporary file used to be `.NAME.PID.tmp`, opened following links: a link there
    // sent the report elsewhere. Links at every name that scheme could use for the next
    // few process ids are left alone now.
    let (_dir, root) = folder();
    let victim = root.join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    let pid = std::process::id();
    for p in pid..pid + 200 {
        std::os::unix::fs::symlink(&victim, root.join(format!(".r.txt.{p}.tmp"))).unwrap();
    }
    check_in(&root, &["-o", "r.txt"]).code(1);
    assert_eq!(read(&victim), "precious\n");
    assert!(read(root.join("r.txt")).starts_with("“Fixture plan 2024”"));
}

// ── Help that cannot be written ───────────────────────────────────────────────────────────

#[cfg(unix)]
#[test]
fn help_and_version_to_a_full_device_exit_2_with_a_message() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    for args in [
        &["--help"][..],
        &["--version"],
        &["-h"],
        &["check", "--help"],
        &["help"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_progress"))
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn help_and_version_still_exit_0() {
    common::progress()
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("Usage"));
    common::progress()
        .arg("--version")
        .assert()
        .success()
        .stdout(contains(env!("CARGO_PKG_VERSION")));
    common::progress()
        .arg("--bogus")
        .assert()
        .code(2)
        .stderr(contains("--bogus"));
}

// ── Generated path sets ──────────────────────────────────────────────────────────────────

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 160,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Any set of spellings, links and folders: a run is refused exactly when it must be,
    /// a refused run changes nothing, and a run that writes changes no input, writes each
    /// report to its own file and leaves nothing else changed (see output_paths_support).
    #[test]
    fn generated_output_paths_keep_every_invariant(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
        let s = output_paths_support::build(&bytes, &fixture(SPEC), &fixture(ACTUALS));
        let root = s.root();
        let formats = ["csv", "json", "junit"];
        let marks = ["“Fixture plan 2024” — as of", "id,name,", "\"as_of\":", "<testsuites"];
        let mut cmd = progress_in(&root);
        cmd.arg("check").arg(&s.actuals).arg("--spec").arg(&s.spec).arg("-o").arg(&s.outputs[0]);
        for (format, out) in formats.iter().zip(&s.outputs[1..]) {
            let mut arg = std::ffi::OsString::from(format!("{format}="));
            arg.push(out);
            cmd.arg("--export").arg(arg);
        }
        let out = cmd.output().unwrap();
        let code = out.status.code().unwrap();
        prop_assert!(code == 1 || code == 2, "exit {code}: {}", String::from_utf8_lossy(&out.stderr));
        if code == 2 {
            // Refused for its paths, never for anything else.
            let stderr = String::from_utf8_lossy(&out.stderr);
            prop_assert!(
                ["two reports", "is an input", "is a folder", "does not exist"]
                    .iter()
                    .any(|m| stderr.contains(m)),
                "{stderr}"
            );
        }
        s.check(code == 2, &marks[..s.outputs.len()]);
    }
}
