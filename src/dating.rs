//! Warnings about the dates of the figures for `check` and `validate` (docs/format.md,
//! "Dates that look wrong"). Pure: the command layer passes today's date. They warn only:
//! how a value dated before its target's window is judged is evaluation's decision.

use chrono::NaiveDate;

use crate::actuals::Actuals;
use crate::diagnostic::{Diagnostic, Severity};
use crate::spec::Spec;

/// One warning per actuals file whose newest date is after `today` (a typo such as
/// `as_of = 2062-09-30`), located at that date where the file writes it; none when that
/// newest date is not written in the file (a later `--as-of` given on the command line).
pub fn after_today(actuals: &[Actuals], today: NaiveDate) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for file in actuals.chunk_by(|a, b| a.file_name == b.file_name) {
        let newest = file
            .iter()
            .flat_map(|a| {
                std::iter::once(a.as_of)
                    .chain(a.values.values().map(|v| v.as_of))
                    .chain(a.entities.iter().map(|e| e.actual.as_of))
            })
            .max();
        let Some(date) = newest.filter(|d| *d > today) else {
            continue;
        };
        let source = &file[0].file;
        let written = date.to_string();
        // Only a date the file writes: one given by `--as-of` is the user's own choice.
        let Some(at) = source.text.find(&written) else {
            continue;
        };
        let mut d = Diagnostic::new(
            source,
            Some(at..at + written.len()),
            format!("the date {date} is after today ({today}): is it a typo?"),
        )
        .label("a date in the future")
        .help(Some(
            "figures dated after today make every target's deadline look passed; \
             write the date the figures describe"
                .into(),
        ));
        d.severity = Severity::Warning;
        out.push(d);
    }
    out
}

/// How many targets have a newest value dated before their own start (their window
/// opens later), and the first of them in spec order: such a value is shown as no
/// data or judged against a goal it was never meant for.
pub fn before_start(spec: &Spec, actuals: &[Actuals]) -> Option<(usize, String)> {
    let mut count = 0;
    let mut first = None;
    for target in spec.targets().iter().filter(|t| !t.series) {
        let newest = actuals
            .iter()
            .filter_map(|a| a.values.get(&target.id).map(|v| v.as_of))
            .max();
        if newest.is_some_and(|d| d < target.start) {
            count += 1;
            first.get_or_insert_with(|| target.id.clone());
        }
    }
    first.map(|id| (count, id))
}

/// The warning line for [`before_start`], without the `warning: ` prefix.
pub fn before_start_message(count: usize, first: &str) -> String {
    format!(
        "{count} target{} {} values dated before {} start (first: `{}`): such a value is \
         not progress within the target's window",
        if count == 1 { "" } else { "s" },
        if count == 1 { "has" } else { "have" },
        if count == 1 { "its" } else { "their" },
        crate::text::sanitize(first)
    )
}
