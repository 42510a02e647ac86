//! `progress completions SHELL` and `progress man`: generated from the clap definitions,
//! so they always match the command line.

use clap::CommandFactory;

use std::path::{Path, PathBuf};

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::error::{Error, Outcome};
use crate::output;

pub fn run(args: &CompletionsArgs) -> Result<Outcome, Error> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "progress", &mut buf);
    output::write_stdout(&String::from_utf8_lossy(&buf))?;
    Ok(Outcome::Ok)
}

/// `progress(1)` on standard output, or every page into `--dir`.
pub fn man(args: &ManArgs) -> Result<Outcome, Error> {
    let Some(dir) = &args.dir else {
        output::write_stdout(&man_page())?;
        return Ok(Outcome::Ok);
    };
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.clone(),
        source,
    })?;
    let (names, texts): (Vec<String>, Vec<String>) = man_pages().into_iter().unzip();
    let paths: Vec<PathBuf> = names.iter().map(|name| dir.join(name)).collect();
    let files: Vec<(&Path, String)> = paths.iter().map(PathBuf::as_path).zip(texts).collect();
    output::write_all_atomic(&files)?;
    output::note(&format!(
        "wrote {} man pages into {} (progress.1, progress-check.1, …)",
        files.len(),
        crate::text::path(dir)
    ));
    Ok(Outcome::Ok)
}

/// The man page, `progress(1)`, in roff.
pub fn man_page() -> String {
    let cmd = command();
    render(&cmd, &cmd)
}

/// `progress.1` and one page per command, `progress-check.1` …: the pages the
/// SUBCOMMANDS section of `progress(1)` refers to. File names and roff texts.
pub fn man_pages() -> Vec<(String, String)> {
    let cmd = command();
    let mut pages = vec![(man_file(&cmd), render(&cmd, &cmd))];
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        pages.push((man_file(sub), render(sub, &cmd)));
    }
    pages
}

/// The command line as the man pages describe it: built, so that each command knows its
/// full name (`progress-check`), and without a `help` command, which has no page.
fn command() -> clap::Command {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

fn mangen(cmd: &clap::Command) -> clap_mangen::Man {
    // The footer's source: "progress 0.1.0" on every page (subcommands have no version).
    clap_mangen::Man::new(cmd.clone()).source(format!("progress {}", env!("CARGO_PKG_VERSION")))
}

fn man_file(cmd: &clap::Command) -> String {
    mangen(cmd).get_filename()
}

/// A page as clap_mangen renders it, with the sections a man page has: clap's "EXTRA"
/// (the `after_help` text) becomes EXAMPLES on a command's page, and on `progress(1)`
/// gives way to EXIT STATUS and ENVIRONMENT; every page gets EXIT STATUS and SEE ALSO.
fn render(cmd: &clap::Command, top: &clap::Command) -> String {
    let mut buf = Vec::new();
    mangen(cmd)
        .render(&mut buf)
        .expect("rendering into memory cannot fail");
    let page = String::from_utf8_lossy(&buf).into_owned();
    let is_top = cmd.get_name() == top.get_name();
    // The page split at its sections: before EXTRA, EXTRA, and VERSION on.
    let (head, rest) = match page.find("\n.SH EXTRA\n") {
        Some(at) => (&page[..at + 1], &page[at + 1..]),
        None => match page.find("\n.SH VERSION\n") {
            Some(at) => (&page[..at + 1], &page[at + 1..]),
            None => (page.as_str(), ""),
        },
    };
    let (extra, tail) = match rest.strip_prefix(".SH EXTRA\n") {
        Some(extra) => match extra.find("\n.SH ") {
            Some(end) => (&extra[..end + 1], &extra[end + 1..]),
            None => (extra, ""),
        },
        None => ("", rest),
    };
    let mut out = head.to_string();
    if !is_top && !extra.is_empty() {
        out.push_str(if extra.starts_with("Examples:") {
            ".SH EXAMPLES\n"
        } else {
            ".SH NOTES\n"
        });
        out.push_str(extra);
    }
    out.push_str(&exit_status(cmd.get_name(), is_top));
    if is_top {
        out.push_str(ENVIRONMENT);
    }
    out.push_str(&see_also(cmd, top, is_top));
    out.push_str(tail);
    out
}

/// EXIT STATUS: what each code means for this command.
fn exit_status(name: &str, is_top: bool) -> String {
    let mut s = String::from(".SH \"EXIT STATUS\"\n");
    let mut code = |n: u8, text: &str| {
        s.push_str(&format!(".TP\n\\fB{n}\\fR\n{text}\n"));
    };
    match (is_top, name) {
        (true, _) | (false, "check") => {
            code(0, "Success; for \\fBcheck\\fR, no failing target.");
            code(
                1,
                "\\fBcheck\\fR only: at least one failing target (see \\fB\\-\\-fail\\-on\\fR).",
            );
        }
        _ => code(0, "Success."),
    }
    code(
        2,
        "Bad input or usage: every problem is reported, with file, line and column where \
         there is one; nothing is written.",
    );
    s
}

const ENVIRONMENT: &str = ".SH ENVIRONMENT\n\
.TP\n\\fBPROGRESS_SPEC\\fR\nThe default spec file (\\fB\\-\\-spec\\fR wins over it).\n\
.TP\n\\fBNO_COLOR\\fR\nWhen set and not empty, no colour with \\fB\\-\\-color auto\\fR.\n\
.TP\n\\fBCOLUMNS\\fR\nThe width \\fBcheck\\fR fits its table to when \\fB\\-\\-width\\fR is not given.\n";

/// SEE ALSO: from `progress(1)` every command's page; from a command's page, `progress(1)`.
fn see_also(cmd: &clap::Command, top: &clap::Command, is_top: bool) -> String {
    let pages: Vec<String> = if is_top {
        top.get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| {
                let name = s.get_display_name().unwrap_or(s.get_name());
                format!("{}(1)", name.replace('-', "\\-"))
            })
            .collect()
    } else {
        let _ = cmd;
        vec!["progress(1)".to_string()]
    };
    // One a line, as in SUBCOMMANDS: roff runs them together.
    format!(".SH \"SEE ALSO\"\n{}\n", pages.join("\n"))
}
