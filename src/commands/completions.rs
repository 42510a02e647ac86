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
    render(&command())
}

/// `progress.1` and one page per command, `progress-check.1` …: the pages the
/// SUBCOMMANDS section of `progress(1)` refers to. File names and roff texts.
pub fn man_pages() -> Vec<(String, String)> {
    let cmd = command();
    let mut pages = vec![(man_file(&cmd), render(&cmd))];
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        pages.push((man_file(sub), render(sub)));
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

fn render(cmd: &clap::Command) -> String {
    let mut buf = Vec::new();
    mangen(cmd)
        .render(&mut buf)
        .expect("rendering into memory cannot fail");
    String::from_utf8_lossy(&buf).into_owned()
}
