//! The commands, one module each. Each returns an [`Outcome`](crate::error::Outcome) or
//! an [`Error`]; `main` turns either into an exit code.
//!
//! What the commands share is here: where the spec path comes from (`--spec`, else
//! `$PROGRESS_SPEC`, else the built-in spec), which only the command line knows.

use std::path::PathBuf;

use crate::cli::{SPEC_ENV, SpecArg};
use crate::error::Error;
use crate::input;
use crate::spec::Spec;

pub mod check;
mod check_stream;
pub mod completions;
pub mod explain;
pub mod explain_rates;
pub mod extract;
pub mod init;
pub mod list;
pub mod schema;
pub mod validate;

/// Loads the spec `--spec` or `$PROGRESS_SPEC` names, or the built-in one.
pub(crate) fn load_spec(arg: &SpecArg) -> Result<Spec, Error> {
    input::load_spec(arg.path().as_deref(), read_note(arg).as_deref())
}

/// A path from the environment is a mystery when it cannot be read: say where it came from.
fn read_note(arg: &SpecArg) -> Option<String> {
    arg.spec
        .is_none()
        .then(|| format!("the spec path comes from ${SPEC_ENV}"))
}

/// Loads the spec, as [`load_spec`]; when it has problems, the problems the actuals files
/// have on their own ([`input::actuals_shape_problems`]) are reported with them, all at
/// once (`check` and `validate` alike).
pub(crate) fn load_spec_checking_actuals(
    arg: &SpecArg,
    actuals: &[PathBuf],
) -> Result<Spec, Error> {
    load_spec_file_checking_actuals(arg, actuals).map(|(spec, _)| spec)
}

/// As [`load_spec_checking_actuals`], with the file the spec was read from (`None`: the
/// built-in spec).
pub(crate) fn load_spec_file_checking_actuals(
    arg: &SpecArg,
    actuals: &[PathBuf],
) -> Result<(Spec, Option<crate::diagnostic::SourceFile>), Error> {
    match input::load_spec_file(arg.path().as_deref(), read_note(arg).as_deref()) {
        Err(Error::Input(mut problems)) => {
            problems.extend(input::actuals_shape_problems(actuals));
            Err(Error::Input(problems))
        }
        other => other,
    }
}

/// Standard input named twice (for the spec and an actuals file) is a usage error.
pub(crate) fn stdin_once(spec: &SpecArg, actuals: &[PathBuf]) -> Result<(), Error> {
    input::stdin_once(spec.path().as_deref(), actuals)
}

/// Leaves what a command holds to the operating system instead of freeing it, for a
/// command about to return to `main`, which exits next: freeing a large spec's millions
/// of small allocations one by one took a tenth of a 100,000-target run
/// (docs/performance.md), and the OS takes the memory back at once. Not for code that
/// goes on running (the library's loaders and `evaluate` free as usual).
pub(crate) fn leave_to_exit<T>(held: T) {
    std::mem::forget(held);
}

/// Warnings on standard error about the figures' dates (`crate::dating`): a date after
/// today, values dated before their target's start. Today is read here, from the clock,
/// so that evaluation stays pure.
pub(crate) fn warn_dates(
    spec: &crate::spec::Spec,
    actuals: &[crate::actuals::Actuals],
    color: bool,
) {
    let today = chrono::Local::now().date_naive();
    // A workbook's or a `--columns` CSV's dates are named by sheet and cell, as its other
    // problems are (the text they were found in is not the file).
    let mut warnings = crate::dating::after_today(actuals, today);
    crate::workbook::relocate(&mut warnings);
    for warning in warnings {
        crate::output::write_stderr(&warning.render(color));
    }
    if let Some((count, first)) = crate::dating::before_start(spec, actuals) {
        crate::output::write_stderr(&format!(
            "warning: {}\n",
            crate::dating::before_start_message(count, &first)
        ));
    }
}
