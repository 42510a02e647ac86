use std::io::IsTerminal;
use std::process::ExitCode;

use progress::error::Error;
use progress::{app, diagnostic};

fn main() -> ExitCode {
    let cli = progress::cli::parse();
    let color = cli.color().enabled(std::io::stderr().is_terminal());
    match app::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => {
            let text = match &e {
                Error::Input(diags) => diagnostic::render_all(diags, color),
                other => format!("error: {other}\n"),
            };
            let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
            ExitCode::from(e.exit_code())
        }
    }
}
