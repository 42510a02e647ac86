//! The CSV report: a header and one row per target (RFC 4180 quoting by the csv crate).
//! Figures are plain numbers a spreadsheet can compute with; text cells that a spreadsheet
//! would run as a formula are neutralised as OWASP recommends (a leading `'`).

use crate::decimal::Figure;
use crate::export::rows::{self, Row};
use crate::export::{ExportOptions, Exporter};
use crate::report::Report;
use crate::text::sanitize;
use crate::wording::{plain, progress_ratio};

pub struct CsvExporter;

/// The columns, in order (docs/report-formats.md describes each).
pub const COLUMNS: [&str; 43] = [
    "id",
    "name",
    "group",
    "status",
    "failing",
    "warning",
    "severity",
    "measure",
    "rule",
    "unit",
    "goal",
    "goal_low",
    "goal_high",
    "tolerance",
    "stretch",
    "baseline",
    "actual",
    "done",
    "done_on",
    "gap",
    "progress",
    "expected",
    "pace",
    "pace_model",
    "start",
    "deadline",
    "as_of",
    "stale",
    "final",
    "trend",
    "projected",
    "at_risk",
    "regressed",
    "reason",
    "hold",
    "maintaining",
    "within_tolerance",
    "class",
    "owners",
    "assessed_by",
    "assessed_note",
    "aggregate",
    "goal_of",
];

impl Exporter for CsvExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        writer
            .write_record(COLUMNS)
            .expect("writing to memory cannot fail");
        for row in rows::rows(report, options) {
            writer
                .write_record(record(&row))
                .expect("writing to memory cannot fail");
            // A panel target: one row per entity after the indicator's.
            if let Some(panel) = row.target.panel.as_deref() {
                for e in &panel.entities {
                    writer
                        .write_record(entity_record(&row, panel, e))
                        .expect("writing to memory cannot fail");
                }
            }
        }
        let bytes = writer.into_inner().expect("writing to memory cannot fail");
        String::from_utf8(bytes).expect("every cell is a Rust string")
    }
}

fn record(row: &Row) -> [String; COLUMNS.len()] {
    let f = row.target;
    fn figure(v: Option<impl Figure>) -> String {
        v.map(|v| plain(v, 6)).unwrap_or_default()
    }
    let ratio = |v: Option<f64>| v.map(|v| plain(v, 3)).unwrap_or_default();
    let flag = |b: Option<bool>| b.map(|b| b.to_string()).unwrap_or_default();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        text(&row.id),
        text(&row.cells.name),
        text(row.group.as_deref().unwrap_or("")),
        row.cells.status.as_str().into(),
        row.cells.failing.to_string(),
        row.target.warning.to_string(),
        row.target.severity.as_str().into(),
        row.target.measure.as_str().into(),
        row.target
            .rule_shown()
            .map(|r| r.as_str().into())
            .unwrap_or_default(),
        text(&row.unit),
        figure(f.goal),
        figure(f.band.map(|b| b.0)),
        figure(f.band.map(|b| b.1)),
        figure(f.tolerance),
        figure(f.stretch),
        figure(f.baseline),
        figure(f.actual),
        flag(f.done),
        date(f.done_on),
        figure(f.gap),
        f.progress
            .map(|p| progress_ratio(p).to_string())
            .unwrap_or_default(),
        figure(f.expected),
        ratio(f.pace),
        f.pace_model.map(|m| m.as_str().into()).unwrap_or_default(),
        f.start.to_string(),
        f.deadline.to_string(),
        date(f.as_of),
        f.stale.to_string(),
        f.is_final.to_string(),
        row.trend.clone(),
        date(f.projected()),
        f.at_risk.to_string(),
        f.regressed().to_string(),
        text(&row.reason),
        f.hold.map(|h| h.as_str().into()).unwrap_or_default(),
        f.maintaining.to_string(),
        f.within_tolerance.to_string(),
        f.class.map(|c| c.as_str().into()).unwrap_or_default(),
        text(&rows::owners_text(f)),
        text(
            &f.assessed
                .as_ref()
                .map(|a| sanitize(&a.by).into_owned())
                .unwrap_or_default(),
        ),
        text(
            &f.assessed
                .as_ref()
                .and_then(|a| a.note.as_deref())
                .map(|n| sanitize(n).into_owned())
                .unwrap_or_default(),
        ),
        f.aggregate.map(|a| a.as_str().into()).unwrap_or_default(),
        f.relative
            .as_ref()
            .map(|r| text(&crate::text::sanitize(&r.id)))
            .unwrap_or_default(),
    ]
}

/// An entity's row: `indicator/entity`, "indicator · entity", its own figures and status;
/// the columns it shares with its indicator (rule, unit, dates …) repeated, so that each
/// row stands alone in a spreadsheet; no reason (the indicator's row has its own).
fn entity_record(
    row: &Row,
    panel: &crate::report::PanelReport,
    e: &crate::report::EntityReport,
) -> [String; COLUMNS.len()] {
    let f = row.target;
    fn figure(v: Option<impl Figure>) -> String {
        v.map(|v| plain(v, 6)).unwrap_or_default()
    }
    let name = crate::text::sanitize(panel.name(e));
    [
        text(&format!(
            "{}/{}",
            row.id,
            crate::text::sanitize(panel.id(e))
        )),
        text(&format!("{} · {name}", row.cells.name)),
        text(row.group.as_deref().unwrap_or("")),
        e.status.as_str().into(),
        e.failing.to_string(),
        e.warning.to_string(),
        f.severity.as_str().into(),
        f.measure.as_str().into(),
        f.rule.as_str().into(),
        text(&row.unit),
        figure(e.goal),
        figure(f.band.map(|b| b.0)),
        figure(f.band.map(|b| b.1)),
        figure(f.tolerance),
        figure(f.stretch),
        figure(e.baseline),
        figure(e.actual),
        String::new(),
        String::new(),
        figure(e.gap),
        e.progress
            .map(|p| progress_ratio(p).to_string())
            .unwrap_or_default(),
        figure(e.expected),
        e.pace.map(|v| plain(v, 3)).unwrap_or_default(),
        String::new(),
        f.start.to_string(),
        f.deadline.to_string(),
        e.as_of.map(|d| d.to_string()).unwrap_or_default(),
        e.stale.to_string(),
        e.is_final.to_string(),
        e.trend.map(|t| t.as_str().to_string()).unwrap_or_default(),
        String::new(),
        e.at_risk.to_string(),
        e.regressed.to_string(),
        String::new(),
        f.hold.map(|h| h.as_str().into()).unwrap_or_default(),
        String::new(),
        String::new(),
        f.class.map(|c| c.as_str().into()).unwrap_or_default(),
        text(&rows::owners_text(f)),
        String::new(),
        String::new(),
        f.aggregate.map(|a| a.as_str().into()).unwrap_or_default(),
        String::new(),
    ]
}

/// A text cell made inert for spreadsheets: one that starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return, and is not a plain number, gets a leading `'` (OWASP, "CSV
/// Injection"). Quoting the cell is left to the csv writer.
pub fn text(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_number(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// A decimal number a spreadsheet reads as a value: `-354`, `+3.5`, `1e3`; not `-inf`.
fn is_number(cell: &str) -> bool {
    cell.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '+' | '-' | 'e' | 'E'))
        && cell.parse::<f64>().is_ok_and(f64::is_finite)
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        assert_eq!(text("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(text("+1+2"), "'+1+2");
        assert_eq!(text("-2+3"), "'-2+3");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("\t=1"), "'\t=1");
        assert_eq!(text("\r=1"), "'\r=1");
        assert_eq!(text("-354"), "-354");
        assert_eq!(text("+3.5"), "+3.5");
        assert_eq!(text("5G base stations"), "5G base stations");
        assert_eq!(text("a=b"), "a=b");
        assert_eq!(text("-inf"), "'-inf");
        assert_eq!(text("-1e3"), "-1e3");
    }
}
