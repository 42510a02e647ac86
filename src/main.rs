use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use progress::error::{EXIT_BAD_INPUT, Error};
use progress::{app, cli::Cli, diagnostic};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_message(&e),
    };
    let color = cli.color().enabled(std::io::stderr().is_terminal());
    match app::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => {
            let text = match &e {
                Error::Input(diags) => diagnostic::render_all(diags, color),
                other => format!("error: {other}\n"),
            };
            let _ = std::io::stderr().write_all(text.as_bytes());
            ExitCode::from(e.exit_code())
        }
    }
}

/// What clap has to say instead of a command: `--help` and `--version` on standard output
/// (exit 0), a usage error on standard error (exit 2). Help that cannot be written (a
/// full disk, `/dev/full`) is an error, exit 2; a closed pipe (`progress --help | head`)
/// is not.
fn clap_message(e: &clap::Error) -> ExitCode {
    let printed = e.print().and_then(|()| std::io::stdout().flush());
    match printed {
        Err(err) if !e.use_stderr() && err.kind() != std::io::ErrorKind::BrokenPipe => {
            let _ = writeln!(std::io::stderr(), "error: {}", Error::Stdout(err));
            ExitCode::from(EXIT_BAD_INPUT)
        }
        _ => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_BAD_INPUT)),
    }
}
