//! GitHub Actions workflow commands: an `::error` per failing target and a `::warning`
//! per other `missed` or `behind` target, each pointing at the target's line in the spec
//! file, then a `::notice` with the summary. GitHub shows them on the run and in the
//! pull request's diff.

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
        let mut out = String::new();
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
            out.push_str(&command(level, &properties, &message));
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
