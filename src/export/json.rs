//! The JSON report of docs/json-report.md: stable keys, kebab-case statuses, numbers as
//! JSON numbers (rounded so float noise such as 48.00000000000001 never shows).

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::decimal::{Figure, to_f64};
use crate::export::rows::rounded as round;
use crate::export::{ExportOptions, Exporter};
use crate::report::{Report, Status, Summary, TargetReport, Trend};

pub struct JsonExporter;

/// Bumped when a key changes meaning or goes away (adding keys does not bump it).
pub const JSON_REPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    title: Option<&'a str>,
    spec: &'a str,
    as_of: Option<Date>,
    on_track_threshold: f64,
    summary: &'a Summary,
    targets: Vec<JsonTarget<'a>>,
}

#[derive(Serialize)]
struct JsonTarget<'a> {
    id: &'a str,
    name: &'a str,
    group: Option<&'a str>,
    status: Status,
    severity: &'static str,
    failing: bool,
    warning: bool,
    rule: &'static str,
    measure: &'static str,
    unit: Option<&'a str>,
    goal: Option<Num>,
    band: Option<[Num; 2]>,
    tolerance: Option<Num>,
    stretch: Option<Num>,
    stretch_met: Option<bool>,
    baseline: Option<Num>,
    actual: Option<Num>,
    done: Option<bool>,
    done_on: Option<Date>,
    gap: Option<Num>,
    progress: Option<Num>,
    elapsed: Option<Num>,
    expected: Option<Num>,
    pace: Option<Num>,
    pace_model: Option<&'static str>,
    start: Date,
    deadline: Date,
    as_of: Option<Date>,
    #[serde(rename = "final")]
    is_final: bool,
    reason: &'a str,
    source: Option<&'a str>,
    history: Vec<JsonPoint>,
    trend: Option<Trend>,
    projected: Option<Date>,
    projected_at_deadline: Option<Num>,
    at_risk: bool,
    regressed: bool,
}

#[derive(Serialize)]
struct JsonPoint {
    as_of: Date,
    actual: Num,
}

/// A number as JSON shows it: whole numbers without a fraction (`2200`, not `2200.0`).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 1e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// A date as JSON shows it, "2020-12-31", written from its numbers: chrono's own
/// `Serialize` formats through `collect_str`, which reaches serde_json's escaper one
/// piece at a time; that was 3 % of a large JSON check.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Date(NaiveDate);

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (year, month, day) = (self.0.year(), self.0.month(), self.0.day());
        let Ok(year @ 0..=9999) = u32::try_from(year) else {
            return self.0.serialize(s);
        };
        let mut text = *b"0000-00-00";
        for (at, value, digits) in [(0, year, 4), (5, month, 2), (8, day, 2)] {
            let mut v = value;
            for i in (at..at + digits).rev() {
                text[i] = b'0' + (v % 10) as u8;
                v /= 10;
            }
        }
        s.serialize_str(std::str::from_utf8(&text).expect("ASCII digits and dashes"))
    }
}

/// Rounds a figure to 6 decimals, and a ratio (progress, pace, elapsed) to 3.
/// A decimal from the files goes out as its nearest float, as every figure always did.
fn figure(v: Option<impl Figure>) -> Option<Num> {
    v.map(|v| Num(round(v.to_f64(), 6)))
}

fn ratio(v: Option<f64>) -> Option<Num> {
    v.map(|v| Num(round(v, 3)))
}

/// Progress as a ratio, like [`ratio`], but short of the goal never rounded up to 1.
fn progress_ratio(v: Option<f64>) -> Option<Num> {
    v.map(|v| Num(crate::export::rows::progress_ratio(v)))
}

fn target<'a>(t: &'a TargetReport, options: &ExportOptions) -> JsonTarget<'a> {
    JsonTarget {
        id: &t.id,
        name: t.name.get(options.lang),
        group: t.group.as_deref(),
        status: t.status,
        severity: t.severity.as_str(),
        failing: t.failing,
        warning: t.warning,
        rule: t.rule.as_str(),
        measure: t.measure.as_str(),
        unit: t.unit.as_deref(),
        goal: figure(t.goal),
        band: t
            .band
            .map(|(l, h)| [Num(round(to_f64(l), 6)), Num(round(to_f64(h), 6))]),
        tolerance: figure(t.tolerance),
        stretch: figure(t.stretch),
        stretch_met: t.stretch_met,
        baseline: figure(t.baseline),
        actual: figure(t.actual),
        done: t.done,
        done_on: t.done_on.map(Date),
        gap: figure(t.gap),
        progress: progress_ratio(t.progress),
        elapsed: ratio(t.elapsed),
        expected: figure(t.expected),
        pace: ratio(t.pace),
        pace_model: t.pace_model.map(|m| m.as_str()),
        start: Date(t.start),
        deadline: Date(t.deadline),
        as_of: t.as_of.map(Date),
        is_final: t.is_final,
        reason: &t.reason,
        source: t.actual_source.as_deref(),
        history: t
            .history
            .iter()
            .map(|p| JsonPoint {
                as_of: Date(p.as_of),
                actual: Num(round(p.value, 6)),
            })
            .collect(),
        trend: t.trend,
        projected: t.projected().map(Date),
        projected_at_deadline: figure(t.projected_at_deadline),
        at_risk: t.at_risk,
        regressed: t.regressed(),
    }
}

impl Exporter for JsonExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        let json = JsonReport {
            version: JSON_REPORT_VERSION,
            title: report.title.as_deref(),
            spec: &report.spec_file,
            as_of: report.as_of.map(Date),
            on_track_threshold: report.threshold,
            summary: &report.summary,
            targets: report.targets.iter().map(|t| target(t, options)).collect(),
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
    use chrono::{Datelike, NaiveDate};

    #[test]
    fn dates_read_as_chrono_writes_them() {
        // The first and last day of every year chrono writes with four digits, every day
        // of two years (one a leap year), and years beyond four digits on either side.
        let ends = (0..=9999).flat_map(|y| [(y, 1, 1), (y, 12, 31)]);
        let days = NaiveDate::from_ymd_opt(2019, 1, 1)
            .unwrap()
            .iter_days()
            .take(731)
            .map(|d| (d.year(), d.month(), d.day()));
        let beyond = [(10000, 1, 1), (-1, 6, 15), (262_000, 1, 1)];
        for (y, m, d) in ends.chain(days).chain(beyond) {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(
                serde_json::to_string(&super::Date(date)).unwrap(),
                serde_json::to_string(&date).unwrap(),
            );
        }
    }

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
