//! Several actuals files read as snapshots of one series (docs/history.md): per target,
//! every value in date order, whatever order the files were named in; and the check that
//! two files do not give different values for the same target and date.

use std::collections::BTreeMap;

use crate::actuals::{Actual, Actuals};
use crate::diagnostic::Diagnostic;
use crate::text::sanitize;

/// One value of one target, with the file it came from.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub file: &'a Actuals,
    pub actual: &'a Actual,
}

/// Every value of every target, sorted by date and then by file name, so the order of the
/// files on the command line never matters. The last entry is the latest value.
pub fn by_target(files: &[Actuals]) -> BTreeMap<&str, Vec<Entry<'_>>> {
    let mut out: BTreeMap<&str, Vec<Entry<'_>>> = BTreeMap::new();
    for file in files {
        for (id, actual) in &file.values {
            out.entry(id.as_str())
                .or_default()
                .push(Entry { file, actual });
        }
    }
    for entries in out.values_mut() {
        entries.sort_by(|a, b| {
            (
                a.actual.as_of,
                a.file.file_name.as_str(),
                a.actual.span.start,
            )
                .cmp(&(
                    b.actual.as_of,
                    b.file.file_name.as_str(),
                    b.actual.span.start,
                ))
        });
    }
    out
}

/// How many values are dated after `date` (left out when evaluating as of `date`).
pub fn count_after(files: &[Actuals], date: chrono::NaiveDate) -> usize {
    files
        .iter()
        .flat_map(|f| f.values.values())
        .filter(|a| a.as_of > date)
        .count()
}

/// One problem per target and date given two different values, pointing at the value in
/// the later-named file (by name) with the earlier one as a related place. The same value
/// in two files is fine: snapshots may overlap.
pub fn conflicts(files: &[Actuals], as_of_flag: bool) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if files.len() < 2 {
        // One file holds one value per target (its values are keyed by id): nothing to
        // compare, and grouping 100,000 values to find that out costs 2 % of a check.
        return problems;
    }
    for (id, entries) in by_target(files) {
        for pair in entries.windows(2) {
            let (first, second) = (pair[0], pair[1]);
            if first.actual.as_of != second.actual.as_of
                || first.actual.observed.same_as(&second.actual.observed)
            {
                continue;
            }
            let help = if as_of_flag {
                "files without an `as_of` of their own take the evaluation date; give each \
                 snapshot its own `as_of` so the dates tell them apart"
                    .to_string()
            } else {
                "each date can have one value per target: correct one of them, or give the \
                 snapshots their own `as_of`"
                    .to_string()
            };
            problems.push(
                Diagnostic::new(
                    &second.file.file,
                    Some(second.actual.span.clone()),
                    format!(
                        "`{id}` has two different values for {} in `{}` and `{}`",
                        second.actual.as_of,
                        sanitize(&first.file.file_name),
                        sanitize(&second.file.file_name),
                    ),
                )
                .kind(crate::diagnostic::Kind::Conflict)
                .label(format!("this value for {}", second.actual.as_of))
                .related(
                    &first.file.file,
                    first.actual.span.clone(),
                    &format!("differs from this value for {}", first.actual.as_of),
                )
                .help(Some(help)),
            );
        }
    }
    problems
}
