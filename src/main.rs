use std::io::IsTerminal;
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
    let cli = progress::cli::parse();
    let color = cli.color().enabled(std::io::stderr().is_terminal());
    let code = match app::run(cli) {
        Ok(Outcome::Ok) => EXIT_OK,
        Ok(Outcome::Failing) => EXIT_FAILING,
        // Standard output went away (`progress check … | head`): a quiet end.
        Err(Error::BrokenPipe) => EXIT_OK,
        Err(e) => {
            let text = match &e {
                Error::Input(diags) => diagnostic::render_all(diags, color),
                other => format!("error: {other}\n"),
            };
            let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
            EXIT_BAD_INPUT
        }
    };
    ExitCode::from(code)
}
