use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use progress::error::{Error, Outcome};
use progress::{app, diagnostic};

/// Exit code: nothing failing.
const EXIT_OK: u8 = 0;
/// Exit code: at least one failing target.
const EXIT_FAILING: u8 = 1;
/// Exit code: bad input or usage.
const EXIT_BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = match progress::cli::parse() {
        Ok(cli) => cli,
        Err(e) => return clap_message(&e),
    };
    let color = cli.color().enabled(std::io::stderr().is_terminal());
    let not_done = cli.not_done();
    let code = match app::run(cli) {
        Ok(Outcome::Ok) => EXIT_OK,
        Ok(Outcome::Failing) => EXIT_FAILING,
        // Standard output went away (`progress check … | head`): a quiet end.
        Err(Error::BrokenPipe) => EXIT_OK,
        Err(e) => {
            // Problems are streamed, one at a time, to a buffered standard error.
            let mut stderr = std::io::BufWriter::new(std::io::stderr().lock());
            let _ = match &e {
                Error::Input(diags) => {
                    diagnostic::write_all_ending(diags, color, &mut stderr, not_done)
                }
                other => writeln!(stderr, "error: {other}"),
            };
            let _ = stderr.flush();
            EXIT_BAD_INPUT
        }
    };
    ExitCode::from(code)
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
