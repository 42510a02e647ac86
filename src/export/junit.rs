//! The JUnit XML report (quick-junit), the format CI systems show test results from.
//!
//! One `<testsuite>` per `group` (targets without one go to a suite named `targets`), one
//! `<testcase>` per target. A failing target is a `<failure>`; `no-data` and `pending`
//! are `<skipped>` (there is nothing to judge yet); every other target passes, including
//! a `behind` or `warn` target that does not fail the run. docs/report-formats.md has the table.

use quick_junit::{NonSuccessKind, Property, TestCase, TestCaseStatus, TestSuite};

use crate::export::rows::{self, Row};
use crate::export::{ExportOptions, Exporter};
use crate::report::{Report, Status};
use crate::text::sanitize;

pub struct JunitExporter;

/// The suite of targets without a `group`.
pub const UNGROUPED_SUITE: &str = "targets";

impl Exporter for JunitExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        let title = report.title.as_deref().map(sanitize);
        let mut junit = quick_junit::Report::new(title.as_deref().unwrap_or("progress"));
        let rows = rows::rows(report, options);
        for (group, members) in rows::grouped(&rows) {
            let name = group.unwrap_or(UNGROUPED_SUITE);
            let mut suite = TestSuite::new(name);
            suite.add_property(Property::new("spec", sanitize(&report.spec_file)));
            if let Some(as_of) = report.as_of {
                suite.add_property(Property::new("as_of", as_of.to_string()));
            }
            let spec = sanitize(&report.spec_file);
            suite.add_test_cases(members.iter().map(|row| test_case(row, name, &spec)));
            junit.add_test_suite(suite);
        }
        let mut xml = junit.to_string().expect("a report always serialises");
        if !xml.ends_with('\n') {
            xml.push('\n');
        }
        xml
    }
}

fn test_case(row: &Row, suite: &str, spec: &str) -> TestCase {
    let mut message = format!("{}: {}", row.cells.status.as_str(), row.reason);
    if let Some(regression) = &row.regression {
        message = format!("{message}; {regression}");
    }
    // A panel target is one test case; its failing entities are named in it.
    if let Some(failing) = rows::failing_entities(row.target, 20) {
        message = format!("{message}; {failing}");
    }
    let mut details = details(row, spec);
    if let Some(panel) = rows::panel_line(row.target, &crate::export::ExportOptions::default()) {
        details.push_str(&format!("panel: {panel}\n"));
    }
    let status = if row.cells.failing {
        let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
        s.set_message(message)
            .set_type(row.cells.status.as_str())
            .set_description(&details);
        s
    } else if matches!(row.cells.status, Status::NoData | Status::Pending) {
        let mut s = TestCaseStatus::skipped();
        s.set_message(message).set_type(row.cells.status.as_str());
        s
    } else {
        TestCaseStatus::success()
    };
    let mut case = TestCase::new(row.label(), status);
    case.set_classname(suite);
    if !row.cells.failing {
        case.set_system_out(details);
    }
    case
}

/// The figures, the status and where the target is written, one per line.
fn details(row: &Row, spec: &str) -> String {
    let mut out = format!(
        "{}\nstatus: {} ({})\nseverity: {}\nrule: {} ({})\n",
        row.figures_line(),
        row.cells.status_text,
        row.reason,
        row.target.severity.as_str(),
        row.target.rule.as_str(),
        row.target.measure.as_str(),
    );
    if let Some(quote) = &row.quote {
        out.push_str(&format!("quote: {quote}\n"));
    }
    if let Some(source) = &row.actual_source {
        out.push_str(&format!("actual from: {source}\n"));
    }
    out.push_str(&format!(
        "spec: {spec}:{}:{}\n",
        row.target.line, row.target.column
    ));
    out
}
