//! `progress check` writing its report as it evaluates (docs/performance.md, "A million
//! targets"): a JSON report to one output, with no drill-down, owner filter or breakdown,
//! of targets none of which reads another target's figure, is written target by target: each
//! target's report is serialised as it is evaluated and then dropped, so the report is
//! never held whole, in memory or as text. The bytes are those of the whole report.

use std::path::Path;

use crate::cli::CheckArgs;
use crate::error::{Error, Outcome};
use crate::evaluate::{Focus, Settings, stream};
use crate::export::{ExportOptions, Format};
use crate::output;
use crate::spec::Spec;

/// Whether this check's report is written as it is evaluated.
pub fn applies(args: &CheckArgs, spec: &Spec, focus: &Focus, owners: bool) -> bool {
    args.format == Format::Json
        && args.export.is_empty()
        && !owners
        && args.by.is_none()
        && focus.is_none()
        && stream::independent(spec)
}

/// Evaluates and writes the report target by target; the outcome from the summary,
/// which is counted first (each target evaluated once for it, and again as it is
/// written).
pub fn run(
    args: &CheckArgs,
    spec: &Spec,
    actuals: &[crate::actuals::Actuals],
    settings: &Settings,
    focus: &Focus,
) -> Result<Outcome, Error> {
    let output = args.output.as_deref().filter(|p| !output::is_stdout(p));
    output::check_outputs(output, &super::check::inputs(args))?;
    let run = stream::Run::new(spec, actuals, settings, focus);
    let (header, targets) = run.streamed();
    let outcome = if header.failed() {
        Outcome::Failing
    } else {
        Outcome::Ok
    };
    let options = ExportOptions {
        lang: args.display.lang,
        color: false,
        width: None,
        order: args.order.into(),
    };
    let written = output::write_streamed(output.map(Path::new), |w| {
        crate::export::json::write(&header, targets, &options, w)
    });
    match written {
        // `progress check … | head`: quiet, but the gate's verdict stands.
        Err(Error::BrokenPipe) => Ok(outcome),
        other => other.map(|()| outcome),
    }
}
