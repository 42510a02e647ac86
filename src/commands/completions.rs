//! `progress completions SHELL` and `progress man`: generated from the clap definitions,
//! so they always match the command line.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::{EXIT_OK, Error};
use crate::output;

pub fn run(args: &CompletionsArgs) -> Result<u8, Error> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "progress", &mut buf);
    output::write_stdout(&String::from_utf8_lossy(&buf))?;
    Ok(EXIT_OK)
}

/// The man page, `progress(1)`, in roff.
pub fn man() -> Result<u8, Error> {
    output::write_stdout(&man_page())?;
    Ok(EXIT_OK)
}

pub fn man_page() -> String {
    let cmd = Cli::command();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut buf)
        .expect("rendering into memory cannot fail");
    String::from_utf8_lossy(&buf).into_owned()
}
