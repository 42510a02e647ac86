//! The JSON report of docs/json-report.md: stable keys, kebab-case statuses, numbers as
//! JSON numbers (rounded so float noise such as 48.00000000000001 never shows).

use std::fmt::Write as _;

use serde::Serialize;

use crate::export::{ExportOptions, Exporter};
use crate::report::{Report, TargetReport};

pub struct JsonExporter;

/// Bumped when a key changes meaning or goes away (adding keys does not bump it).
pub const JSON_REPORT_VERSION: u32 = 1;

/// The report serialised (its keys and rounding are the report model's own,
/// `report.rs`), with the format's version first and each target's name in the
/// language asked for.
#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    #[serde(flatten)]
    report: &'a Report,
    targets: Vec<Named<'a>>,
    /// The `[[series]]`: figures without a goal, after the targets.
    series: Vec<NamedSeries<'a>>,
}

/// A series serialised, after its id and its name in one language.
#[derive(Serialize)]
struct NamedSeries<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(flatten)]
    series: &'a crate::report::SeriesReport,
}

/// A target serialised, after its id and its name in one language.
#[derive(Serialize)]
struct Named<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(flatten)]
    target: &'a TargetReport,
}

impl Exporter for JsonExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        let json = JsonReport {
            version: JSON_REPORT_VERSION,
            report,
            targets: report
                .targets
                .iter()
                .map(|t| Named {
                    id: &t.id,
                    name: t.name.get(options.lang),
                    target: t,
                })
                .collect(),
            series: report
                .series
                .iter()
                .map(|s| NamedSeries {
                    id: &s.id,
                    name: s.name.get(options.lang),
                    series: s,
                })
                .collect(),
        };
        let text = serde_json::to_string_pretty(&json).expect("a report always serialises");
        let mut out = escape_unsafe(text);
        out.push('\n');
        out
    }
}

/// serde_json escapes C0 controls; this also escapes DEL, C1 controls, bidirectional
/// controls and invisible characters, which can only occur inside strings, so the output
/// stays valid JSON and means the same; and the `[` of `##[`, which a CI runner would take
/// for a workflow command (`crate::text`).
fn escape_unsafe(json: String) -> String {
    let json = if json.contains("##[") {
        json.replace("##[", "##\\u005b")
    } else {
        json
    };
    let found = || crate::text::unsafe_chars(&json).filter(|(_, c)| *c != '\n');
    if found().next().is_none() {
        // The usual case: no copy of a report that is ~100 MB at 100,000 targets.
        return json;
    }
    // Copies the runs between unsafe characters whole.
    let mut out = String::with_capacity(json.len() + 1);
    let mut copied = 0;
    for (i, c) in found() {
        out.push_str(&json[copied..i]);
        // Beyond the BMP (the tag characters) as a surrogate pair, as JSON writes it.
        let mut units = [0; 2];
        for unit in c.encode_utf16(&mut units) {
            let _ = write!(out, "\\u{:04x}", unit);
        }
        copied = i + c.len_utf8();
    }
    out.push_str(&json[copied..]);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_c1_and_bidi_inside_strings() {
        let s = super::escape_unsafe("{\"a\": \"x\u{9b}y\u{202e}\"}".into());
        assert_eq!(s, "{\"a\": \"x\\u009by\\u202e\"}");
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["a"], "x\u{9b}y\u{202e}");
        let s = super::escape_unsafe("{\"a\": \"##[error]\u{e0041}\"}".into());
        assert_eq!(s, "{\"a\": \"##\\u005berror]\\udb40\\udc41\"}");
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["a"], "##[error]\u{e0041}");
    }
}
