use std::io::{IsTerminal, Write as _};
use std::process::ExitCode;

use clap::Parser;
use progress::error::Error;
use progress::{app, cli::Cli, diagnostic};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = cli.color().enabled(std::io::stderr().is_terminal());
    match app::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => {
            // Problems are streamed, one at a time, to a buffered standard error.
            let mut stderr = std::io::BufWriter::new(std::io::stderr().lock());
            let _ = match &e {
                Error::Input(diags) => diagnostic::write_all(diags, color, &mut stderr),
                other => writeln!(stderr, "error: {other}"),
            };
            let _ = stderr.flush();
            ExitCode::from(e.exit_code())
        }
    }
}
