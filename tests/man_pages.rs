//! The man pages (issue 15, problem 5): exit codes under EXIT STATUS (not clap's
//! "EXTRA"), a page for every command, and the documented install command writes them all.

mod common;

use std::path::Path;

use common::progress;

fn stdout(args: &[&str]) -> String {
    let out = progress().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn exit_codes_are_under_exit_status() {
    let page = stdout(&["man"]);
    assert!(!page.contains(".SH EXTRA"), "no EXTRA section");
    let status = &page[page.find(".SH \"EXIT STATUS\"\n").expect("EXIT STATUS")..];
    let status = &status[..status[1..].find("\n.SH ").unwrap()];
    for code in ["\\fB0\\fR", "\\fB1\\fR", "\\fB2\\fR"] {
        assert!(status.contains(code), "{code} in {status}");
    }
    assert!(page.contains(".SH ENVIRONMENT\n"));
    assert!(page.contains("PROGRESS_SPEC"));
}

/// The pages progress(1) names under SEE ALSO.
fn see_also(page: &str) -> Vec<String> {
    let start = page.find(".SH \"SEE ALSO\"\n").expect("SEE ALSO") + 15;
    page[start..]
        .lines()
        .take_while(|l| !l.starts_with('.'))
        .map(|p| p.replace("(1)", "").replace("\\-", "-"))
        .collect()
}

#[test]
fn the_documented_install_writes_a_page_for_every_command() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/authoring.md"))
            .unwrap();
    let line = doc
        .lines()
        .find(|l| l.starts_with("progress man --dir "))
        .expect("docs/authoring.md says how to install the man pages");
    let dir_arg = line.split_whitespace().nth(3).unwrap();
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join(dir_arg.trim_start_matches("~/"));
    progress().args(["man", "--dir"]).arg(&dir).assert().code(0);

    let top = std::fs::read_to_string(dir.join("progress.1")).unwrap();
    let pages = see_also(&top);
    let help = stdout(&["--help"]);
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.split_whitespace().next().unwrap())
        .filter(|c| *c != "help")
        .collect();
    assert_eq!(commands.len(), 9, "{help}");
    assert_eq!(pages.len(), commands.len(), "{pages:?}");
    for command in commands {
        let name = format!("progress-{command}");
        assert!(pages.contains(&name), "progress(1) lists {name}");
        let page = std::fs::read_to_string(dir.join(format!("{name}.1")))
            .unwrap_or_else(|e| panic!("{name}.1: {e}"));
        assert!(page.contains(".SH \"EXIT STATUS\"\n"), "{name}");
        assert!(!page.contains(".SH EXTRA"), "{name}");
        assert!(
            page.contains("SEE ALSO\"\nprogress(1)\n"),
            "{name} points back"
        );
    }
    let check = std::fs::read_to_string(dir.join("progress-check.1")).unwrap();
    assert!(check.contains(".SH EXAMPLES\n"));
    assert!(check.contains("at least one failing target"));
}
