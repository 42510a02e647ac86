//! `progress validate`: load the spec and the actuals files, report every problem, evaluate
//! nothing. Exit 0 when all files are good, 2 otherwise.

use std::fmt::Write as _;
use std::io::IsTerminal as _;

use crate::cli::ValidateArgs;
use crate::commands;
use crate::error::{Error, Outcome};
use crate::input;
use crate::output;
use crate::text::sanitize;

pub fn run(args: &ValidateArgs) -> Result<Outcome, Error> {
    commands::stdin_once(&args.spec, &args.actuals)?;
    // Without a good spec the actuals cannot be checked in full; their own problems
    // (syntax, keys, shape) are still reported with the spec's, all at once.
    let (spec, spec_file) = commands::load_spec_file_checking_actuals(&args.spec, &args.actuals)?;
    // As `check` reads them: snapshots that must not disagree on a target and date.
    let actuals =
        input::load_snapshots_mapped(&spec, &args.actuals, args.as_of, &args.columns.map()?)?;

    let mut out = String::new();
    let n = spec.targets().len();
    let _ = writeln!(
        out,
        "ok: {} ({n} target{})",
        sanitize(spec.file_name()),
        if n == 1 { "" } else { "s" }
    );
    // A CSV file with a history is several snapshots: one line for the file.
    for file in actuals.chunk_by(|a, b| a.file_name == b.file_name) {
        let n: usize = file.iter().map(|a| a.values.len() + a.entities.len()).sum();
        let _ = writeln!(
            out,
            "ok: {} ({n} value{}, as of {})",
            sanitize(&file[0].file_name),
            if n == 1 { "" } else { "s" },
            file[0].as_of
        );
    }
    output::write_stdout(&out)?;
    commands::warn_dates(
        &spec,
        &actuals,
        args.color.enabled(std::io::stderr().is_terminal()),
    );
    // A draft from `progress extract` is valid TOML, but its `# review:` notes are
    // decisions still to make: a warning on standard error, and still exit 0.
    if let Some(warning) = spec_file.as_ref().and_then(crate::review::warning) {
        let color = args.color.enabled(std::io::stderr().is_terminal());
        output::write_stderr(&warning.render(color));
    }
    // As `check` does, so that the two are also compared on equal terms.
    commands::leave_to_exit((spec, actuals));
    Ok(Outcome::Ok)
}
