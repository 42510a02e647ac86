//! `progress check` writing its report as it evaluates (docs/performance.md, "A million
//! targets"): a JSON report to one output, with no drill-down, owner filter or breakdown,
//! of targets none of which reads another target's figure, is written target by target: each
//! target is evaluated once, its report serialised as it is evaluated (into a temporary
//! file, since the summary comes first) and then dropped, so the report is never held
//! whole in memory. The bytes are those of the whole report.

use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::Path;

use crate::cli::CheckArgs;
use crate::error::{Error, Outcome};
use crate::evaluate::{Focus, Settings, stream};
use crate::export::{ExportOptions, Format};
use crate::output;
use crate::report::Summary;
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

/// Evaluates each target once and writes the report. The summary comes before the targets
/// in the report and is known only once every target is evaluated, so each target is
/// serialised as it is evaluated into a spool (`output::spool`, an anonymous temporary
/// file: the report is never held in memory) and counted; then the report's head with the summary is written,
/// and the spool after its own head. The outcome is the summary's.
pub fn run(
    args: &CheckArgs,
    spec: &Spec,
    actuals: &[crate::actuals::Actuals],
    settings: &Settings,
    focus: &Focus,
) -> Result<Outcome, Error> {
    let output = args.output.as_deref().filter(|p| !output::is_stdout(p));
    output::check_outputs(output, &super::check::inputs(args))?;
    let options = ExportOptions {
        lang: args.display.lang,
        color: false,
        width: None,
        order: args.order.into(),
    };
    let mut run = stream::Run::new(spec, actuals, settings, focus);
    // The head the spool starts with: the report's, with a summary yet to be counted.
    let unsummed = run.header(Summary::default());
    let mut summary = Summary::default();
    let (mut spool, spool_path) = output::spool(output.map(Path::new))?;
    let spool_error = |source| Error::Write {
        path: spool_path.clone(),
        source,
    };
    let mut spooled = BufWriter::with_capacity(1 << 16, &mut spool);
    let targets = run.targets().inspect(|t| summary.add(t));
    crate::export::json::write(&unsummed, targets, &options, &mut spooled)
        .and_then(|()| spooled.flush())
        .map_err(spool_error)?;
    drop(spooled);
    let header = run.header(summary);
    let outcome = if header.failed() {
        Outcome::Failing
    } else {
        Outcome::Ok
    };
    let skip = crate::export::json::head(&unsummed, &options).len() as u64;
    spool.seek(SeekFrom::Start(skip)).map_err(spool_error)?;
    let head = crate::export::json::head(&header, &options);
    let written = output::write_streamed(output.map(Path::new), |w| {
        w.write_all(&head)?;
        std::io::copy(&mut spool, w).map(drop)
    });
    match written {
        // `progress check … | head`: quiet, but the gate's verdict stands.
        Err(Error::BrokenPipe) => Ok(outcome),
        other => other.map(|()| outcome),
    }
}
