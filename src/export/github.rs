//! GitHub Actions workflow commands: an `::error` per failing target and a `::warning`
//! per other `missed` or `behind` target, each pointing at the target's line in the spec
//! file, then a `::notice` with the summary. GitHub shows them on the run and in the
//! pull request's diff, but only [`SHOWN`] of each level per step: beyond that, the
//! ones with the largest gap come first and one last annotation says how many more
//! there are and where to find them.

use crate::decimal::Figure;
use crate::export::rows::{self, Row};
use crate::export::{ExportOptions, Exporter};
use crate::report::{Report, Status};
use crate::text::sanitize;

pub struct GithubExporter;

impl Exporter for GithubExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        // The built-in spec is not a file of the user's repository: no place to point at.
        let path = report.spec_in_repo.as_deref().unwrap_or(&report.spec_file);
        let file =
            (!report.builtin_spec).then(|| sanitize(path.trim_start_matches("./")).into_owned());
        let mut annotations: Vec<(&str, Row, String)> = Vec::new();
        for row in rows::rows(report, options) {
            let Some(level) = level(&row) else { continue };
            let mut properties = Vec::new();
            if let Some(file) = &file {
                properties.push(("file", file.clone()));
                properties.push(("line", row.target.line.to_string()));
                properties.push(("col", row.target.column.to_string()));
            }
            properties.push((
                "title",
                format!("{} — {}", row.label(), row.cells.status_text),
            ));
            let mut message = format!("{} — {}", row.reason, row.figures_line());
            if let Some(risk) = &row.risk {
                message = format!("{message} — at risk: {risk}");
            }
            if let Some(regression) = &row.regression {
                message = format!("{message} — {regression}");
            }
            if let Some(panel) = rows::panel_line(row.target, options) {
                message = format!("{message} — {panel}");
            }
            if let Some(failing) = rows::failing_entities(row.target, 10) {
                message = format!("{message} — {failing}");
            }
            let line = command(level, &properties, &message);
            annotations.push((level, row, line));
        }
        let mut out = String::new();
        let over = |level: &str| annotations.iter().filter(|a| a.0 == level).count() > SHOWN;
        if !over("error") && !over("warning") {
            for (_, _, line) in &annotations {
                out.push_str(line);
            }
        } else {
            for level in ["error", "warning"] {
                out.push_str(&capped(level, &annotations));
            }
        }
        let summary = format!(
            "{} ({})",
            rows::summary_line(report),
            rows::as_of_text(report.as_of)
        );
        out.push_str(&command(
            "notice",
            &[("title", "progress".into())],
            &summary,
        ));
        out
    }
}

/// How many annotations of one level GitHub shows for a step: 10 errors and 10 warnings
/// (and 10 notices); the rest are dropped without a word.
pub const SHOWN: usize = 10;

/// The annotations of `level`, all of them when GitHub shows them all; otherwise the
/// [`SHOWN`] − 1 with the largest gap (relative to the goal; targets without a gap last,
/// in spec order), then one saying how many more there are and where they are.
fn capped(level: &str, annotations: &[(&str, Row, String)]) -> String {
    let mut of_level: Vec<&(&str, Row, String)> =
        annotations.iter().filter(|a| a.0 == level).collect();
    let mut out = String::new();
    if of_level.len() <= SHOWN {
        for (_, _, line) in of_level {
            out.push_str(line);
        }
        return out;
    }
    // Stable: equal gaps keep the spec's order.
    of_level.sort_by(|a, b| relative_gap(&b.1).total_cmp(&relative_gap(&a.1)));
    let (shown, hidden) = of_level.split_at(SHOWN - 1);
    for (_, _, line) in shown {
        out.push_str(line);
    }
    let what = if level == "error" {
        "failing targets"
    } else {
        "targets with a warning"
    };
    const NAMED: usize = 20;
    let mut names: Vec<String> = hidden
        .iter()
        .take(NAMED)
        .map(|(_, row, _)| row.id.clone())
        .collect();
    if hidden.len() > NAMED {
        let others = hidden.len() - NAMED;
        names.push(format!(
            "and {others} other{}",
            if others == 1 { "" } else { "s" }
        ));
    }
    out.push_str(&command(
        level,
        &[("title", format!("{} more {what}", hidden.len()))],
        &format!(
            "GitHub shows {SHOWN} {level} annotations per step, so {} more {what} are not \
             annotated: {}. Every target is in the full report: the gap table in this \
             step's log, and the job summary or the reports the workflow keeps \
             (`progress check --export markdown=… --export html=…`).",
            hidden.len(),
            names.join(", ")
        ),
    ));
    out
}

/// How far a target is from its goal, as a share of the goal (the gap itself for a goal
/// of 0); −1 for a target without a gap (no data, a milestone), so those come last.
fn relative_gap(row: &Row) -> f64 {
    let f = row.target;
    // An order of display, not a verdict: floats are close enough.
    match (f.gap.map(Figure::to_f64), f.goal.map(Figure::to_f64)) {
        (Some(gap), Some(goal)) if goal != 0.0 => (gap / goal).abs(),
        (Some(gap), _) => gap.abs(),
        (None, _) => -1.0,
    }
}

/// `error` for a failing target; `warning` for one that is missed, behind, at risk or
/// regressed but does not fail the run (severity `warn`, or a `--fail-on` that spares it);
/// nothing otherwise.
pub fn level(row: &Row) -> Option<&'static str> {
    if row.cells.failing {
        Some("error")
    } else if row.target.warning
        || matches!(row.cells.status, Status::Missed | Status::Behind)
        || row.target.at_risk
        || row.target.regressed()
    {
        Some("warning")
    } else {
        None
    }
}

/// `::level key=value,…::message`, escaped as GitHub's toolkit does.
fn command(level: &str, properties: &[(&str, String)], message: &str) -> String {
    let props: Vec<String> = properties
        .iter()
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    let sep = if props.is_empty() { "" } else { " " };
    format!(
        "::{level}{sep}{}::{}\n",
        props.join(","),
        escape_data(message)
    )
}

/// A message: `%`, CR and LF are percent-encoded.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as a message, and also `:` and `,`, which would end it.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_toolkit_does() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(
            command("error", &[("file", "x,y.toml".into())], "m::n"),
            "::error file=x%2Cy.toml::m::n\n"
        );
        assert_eq!(command("notice", &[], "hi"), "::notice::hi\n");
    }
}
