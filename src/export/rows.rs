//! Display rows: each target's cells as text, shared by every text format. All text from
//! the input files passes through `text::sanitize` here.

use chrono::NaiveDate;

use crate::decimal::Figure;
use crate::export::ExportOptions;
use crate::report::{Projection, Report, Status, TargetReport};
use crate::spec::{Goal, Rule};
use crate::text::sanitize;
pub use crate::wording::{number, signed};
use crate::wording::{percent, plural_of, with_unit};

#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    /// What the gap table shows: name, goal, actual, gap, progress, pace, deadline,
    /// sparkline, projected date, status.
    pub cells: Cells,
    pub id: String,
    pub group: Option<String>,
    pub unit: String,
    /// Where the pace model says the actual should be by now, with its unit.
    pub expected: String,
    /// The trend ("improving" …), or empty under two dates.
    pub trend: String,
    /// Why the target is at risk, when it is (see [`risk_reason`]).
    pub risk: Option<String>,
    /// How the latest value moved away from the goal, when it did (see
    /// [`regression_text`]).
    pub regression: Option<String>,
    /// Why the status is what it is.
    pub reason: String,
    /// The sentence the target comes from, if the spec quotes one.
    pub quote: Option<String>,
    /// Where the actual came from, if the actuals file says.
    pub actual_source: Option<String>,
    /// The target the row shows, read directly for what needs no sanitising: its
    /// figures (CSV, charts), rule, measure, severity and place in the spec.
    pub target: &'a TargetReport,
}

/// A series (`[[series]]`) as text: name, latest figure, its date, and what it is made of
/// (a window's years, or why it has no figure).
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesRow {
    pub id: String,
    pub name: String,
    pub actual: String,
    pub as_of: String,
    pub note: String,
}

pub fn series_rows(report: &Report, options: &ExportOptions) -> Vec<SeriesRow> {
    report
        .series
        .iter()
        .map(|s| {
            let unit = s.unit.as_deref().map(sanitize).unwrap_or_default();
            let note = match (&s.reason, &s.years, s.aggregate) {
                (Some(reason), _, _) => sanitize(reason).into_owned(),
                (None, Some(years), Some(aggregate)) => {
                    let provisional = years.iter().any(|y| y.provisional);
                    format!(
                        "{} over {}–{}{}",
                        aggregate.as_str(),
                        years.first().map_or(0, |y| y.year),
                        years.last().map_or(0, |y| y.year),
                        if provisional {
                            " (last year provisional)"
                        } else {
                            ""
                        }
                    )
                }
                _ => String::new(),
            };
            SeriesRow {
                id: sanitize(&s.id).into_owned(),
                name: sanitize(s.name.get(options.lang)).into_owned(),
                actual: s.actual.map_or_else(|| "—".into(), |v| figure(v, &unit)),
                as_of: s.as_of.map(|d| d.to_string()).unwrap_or_default(),
                note,
            }
        })
        .collect()
}

pub fn rows<'a>(report: &'a Report, options: &ExportOptions) -> Vec<Row<'a>> {
    report.targets.iter().map(|t| row(t, options)).collect()
}

/// The cells of the gap table: what the terminal table shows of a target, and no more
/// (a large table builds only these, not whole [`Row`]s).
#[derive(Debug, Clone, PartialEq)]
pub struct Cells {
    pub name: String,
    pub goal: String,
    pub actual: String,
    pub gap: String,
    pub progress: String,
    pub pace: String,
    pub deadline: String,
    pub sparkline: String,
    pub projected: String,
    pub status_text: String,
    pub status: Status,
    pub failing: bool,
}

pub fn cells(t: &TargetReport, options: &ExportOptions) -> Cells {
    let unit = t.unit.as_deref().map(sanitize).unwrap_or_default();
    cells_in(t, options, &unit)
}

fn cells_in(t: &TargetReport, options: &ExportOptions, unit: &str) -> Cells {
    Cells {
        name: sanitize(t.name.get(options.lang)).into_owned(),
        goal: goal_text_in(t, unit, options.lang),
        actual: actual_text(t, unit),
        gap: t.gap.map(signed).unwrap_or_default(),
        progress: t.progress.map(percent).unwrap_or_default(),
        pace: match (t.pace, t.pace_model) {
            // A seasonal flow's pace follows its profile: "0.98 seasonal".
            (Some(p), Some(_)) if t.profile.is_some() => format!("{} seasonal", number(p, 2)),
            (Some(p), Some(m)) => format!("{} {}", number(p, 2), m.as_str()),
            _ => String::new(),
        },
        deadline: t.deadline.to_string(),
        sparkline: sparkline(&t.history.iter().map(|p| p.value).collect::<Vec<_>>()),
        projected: projected_text(t),
        status_text: status_text(t),
        status: t.status,
        failing: t.failing,
    }
}

pub fn row<'a>(t: &'a TargetReport, options: &ExportOptions) -> Row<'a> {
    let unit = t.unit.as_deref().map(sanitize).unwrap_or_default();
    let cells = cells_in(t, options, &unit);
    Row {
        cells,
        id: sanitize(&t.id).into_owned(),
        group: t.group.as_deref().map(|g| sanitize(g).into_owned()),
        expected: t.expected.map(|e| figure(e, &unit)).unwrap_or_default(),
        trend: t
            .trend
            .map(|tr| tr.as_str().to_string())
            .unwrap_or_default(),
        risk: risk_reason(t),
        regression: regression_text(t, &unit),
        unit: unit.into_owned(),
        reason: sanitize(&t.reason).into_owned(),
        quote: t.quote.as_deref().map(|q| sanitize(q).into_owned()),
        actual_source: t.actual_source.as_deref().map(|q| sanitize(q).into_owned()),
        target: t,
    }
}

impl Row<'_> {
    /// "5G base stations (5g-base-stations)": how annotations and test cases name a target.
    pub fn label(&self) -> String {
        format!("{} ({})", self.cells.name, self.id)
    }

    /// "goal ≥ 11,812 个, actual 6,500 个, gap −5,312, pace 0.6 linear": the figures in one line.
    pub fn figures_line(&self) -> String {
        let mut parts = vec![
            format!("goal {}", self.cells.goal),
            format!("actual {}", self.cells.actual),
        ];
        for (label, cell) in [
            ("gap", &self.cells.gap),
            ("progress", &self.cells.progress),
            ("pace", &self.cells.pace),
        ] {
            if !cell.is_empty() {
                parts.push(format!("{label} {cell}"));
            }
        }
        parts.push(format!("deadline {}", self.cells.deadline));
        parts.join(", ")
    }
}

/// Rows by `group`, groups in order of first appearance; ungrouped targets under `None`.
pub fn grouped<'r, 'a>(rows: &'r [Row<'a>]) -> Vec<(Option<&'r str>, Vec<&'r Row<'a>>)> {
    crate::spec::grouped_by(rows, |row| row.group.as_deref())
}

pub fn status_text(t: &TargetReport) -> String {
    let mut s = t.status.as_str().to_string();
    let mut notes = Vec::new();
    if t.assessed.is_some() {
        notes.push("assessed");
    }
    if t.stretch_met == Some(true) && t.status == Status::Met {
        notes.push("stretch");
    }
    if t.within_tolerance {
        notes.push("within tolerance");
    }
    if t.at_risk {
        notes.push("at risk");
    }
    if t.regressed() {
        notes.push("regressed");
    }
    if !notes.is_empty() {
        s = format!("{s} ({})", notes.join(", "));
    }
    if t.failing {
        format!("✗ {s}")
    } else if t.warning {
        format!("! {s} (warn)")
    } else {
        s
    }
}

/// How many of the latest points a sparkline shows, to keep the table narrow.
pub const SPARKLINE_POINTS: usize = 12;

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The last [`SPARKLINE_POINTS`] values as bars scaled from their minimum (▁) to their
/// maximum (█); a constant series is a row of middle bars; a single point shows nothing.
pub fn sparkline(values: &[f64]) -> String {
    if values.len() < 2 {
        return String::new();
    }
    let shown = &values[values.len().saturating_sub(SPARKLINE_POINTS)..];
    let min = shown.iter().copied().fold(f64::INFINITY, f64::min);
    let max = shown.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let top = (BARS.len() - 1) as f64;
    shown
        .iter()
        .map(|v| {
            if max > min {
                BARS[(((v - min) / (max - min)) * top).round() as usize]
            } else {
                BARS[3]
            }
        })
        .collect()
}

/// The day the trend reaches the goal; "never" when the line moves away from a goal not
/// yet met; empty when there is no line or no single goal to reach (evaluation decides).
pub fn projected_text(t: &TargetReport) -> String {
    match t.projection {
        Projection::On(d) => d.to_string(),
        Projection::Never => "never".into(),
        _ => String::new(),
    }
}

/// Why a target is at risk, in a sentence: "smart factories: on track by pace, but the
/// trend through 6 values gives 4.62 个 at the deadline 2022-12-31 (goal ≥ 5 个) and
/// reaches the goal only on 2023-06-03". `None` when it is not at risk.
pub fn risk_text(t: &TargetReport, options: &ExportOptions) -> Option<String> {
    let reason = risk_reason(t)?;
    Some(format!("{}: {reason}", sanitize(t.name.get(options.lang))))
}

/// Why a bound that must hold is broken, when the report says it is (`breached`):
/// "Unemployment: the bound to maintain is breached now". The reason is the report's,
/// sanitised. `None` otherwise.
pub fn breach_text(t: &TargetReport, options: &ExportOptions) -> Option<String> {
    t.breached.then(|| {
        format!(
            "{}: {}",
            sanitize(t.name.get(options.lang)),
            sanitize(&t.reason)
        )
    })
}

/// [`risk_text`] without the target's name: "on track by pace, but the trend …".
pub fn risk_reason(t: &TargetReport) -> Option<String> {
    if !t.at_risk {
        return None;
    }
    let unit = t.unit.as_deref().map(sanitize).unwrap_or_default();
    let at_deadline = t.projected_at_deadline?;
    let reach = match t.projected() {
        Some(d) => format!("reaches the goal only on {d}"),
        None => "never reaches the goal".into(),
    };
    Some(format!(
        "on track by pace, but the trend through {} values gives {} at the deadline {} \
         (goal {}) and {reach}",
        t.history.len(),
        with_unit(&number(at_deadline, 2), &unit),
        t.deadline,
        goal_text(t, &unit),
    ))
}

/// "regressed: 4.8% on 2024-09-30 after 4.2% on 2024-06-30", when the latest value moved
/// away from the goal (a milestone undone has no numbers to show). `None` otherwise.
pub fn regression_text(t: &TargetReport, unit: &str) -> Option<String> {
    let (before, latest) = match t.regression?.values {
        Some((b, l)) => (b, l),
        None => return Some("regressed: the latest value moved away from the goal".into()),
    };
    Some(format!(
        "regressed: {} on {} after {} on {}",
        figure(latest.value, unit),
        latest.as_of,
        figure(before.value, unit),
        before.as_of
    ))
}

/// Whether any target has a history to draw (two points or more).
pub fn has_history(report: &Report) -> bool {
    report.targets.iter().any(|t| t.history.len() >= 2)
}

/// "≥ 11,812 个", "> 2,200 亿元", "≥ 90%", "in 10–12 %", "≈ 5 ± 0.5 %", "done".
pub fn goal_text(t: &TargetReport, unit: &str) -> String {
    goal_text_in(t, unit, crate::spec::Lang::En)
}

/// [`goal_text`], naming the figure a relative goal is stated against in `lang`:
/// "> GDP growth (5.2%)", "≈ GDP growth + 0.5 (5.7%) ± 1"; a direction reads
/// "falls (< 0%)".
pub fn goal_text_in(t: &TargetReport, unit: &str, lang: crate::spec::Lang) -> String {
    if t.rule == Rule::Done {
        return format!("done by {}", t.deadline);
    }
    if t.rule == Rule::Assessed {
        return "assessed".into();
    }
    if let Some(rel) = &t.relative {
        let mut s = format!("{} {}", t.rule.symbol(), sanitize(rel.name.get(lang)));
        if !rel.plus.is_zero() {
            let sign = if rel.plus.is_sign_negative() {
                "−"
            } else {
                "+"
            };
            s.push_str(&format!(" {sign} {}", number(rel.plus.abs(), 2)));
        }
        match t.goal {
            Some(g) => s.push_str(&format!(" ({})", with_unit(&number(g, 2), unit))),
            None => s.push_str(" (no figure yet)"),
        }
        if let Some(tol) = t.tolerance.filter(|_| t.rule == Rule::About) {
            s.push_str(&format!(" ± {}", number(tol, 2)));
        }
        return s;
    }
    if t.rule.is_direction() {
        return match t.goal {
            Some(g) => format!(
                "{} ({} {})",
                t.rule.as_str(),
                t.rule.symbol(),
                with_unit(&number(g, 2), unit)
            ),
            None => format!("{} (needs a baseline)", t.rule.as_str()),
        };
    }
    let body = match (t.band, t.goal) {
        (Some((low, high)), _) => format!("{}–{}", number(low, 2), number(high, 2)),
        (None, Some(g)) => {
            let mut s = number(g, 2);
            if let Some(tol) = t.tolerance.filter(|_| t.rule == Rule::About) {
                s = format!("{s} ± {}", number(tol, 2));
            }
            s
        }
        (None, None) => match t.spec_goal {
            Goal::Multiply(m) => format!("{} × baseline", number(m, 2)),
            Goal::Increase(d) => format!("baseline + {}", number(d, 2)),
            _ => return "needs a baseline".into(),
        },
    };
    // "≥ baseline + 6.1 个百分点": an increase of a rate is in percentage points.
    let body_unit = match (t.band, t.goal, t.spec_goal) {
        (None, None, Goal::Increase(_)) => crate::wording::difference_unit(unit),
        _ => unit,
    };
    let mut s = format!("{} {}", t.rule.symbol(), with_unit(&body, body_unit));
    if let Some(tol) = t.tolerance.filter(|_| t.rule != Rule::About) {
        s.push_str(&format!(" (tolerance {})", number(tol, 2)));
    }
    if let Some(st) = t.stretch {
        s.push_str(&format!(" (stretch {})", number(st, 2)));
    }
    s
}

/// The actual in words; a stale value carries its date beside it: "5.2% (2022-12-31)".
pub fn actual_text(t: &TargetReport, unit: &str) -> String {
    if let Some(a) = &t.assessed {
        return format!("judged by {}", sanitize(&a.by));
    }
    let text = bare_actual_text(t, unit);
    match t.as_of.filter(|_| t.stale) {
        Some(d) => format!("{text} ({d})"),
        None => text,
    }
}

fn bare_actual_text(t: &TargetReport, unit: &str) -> String {
    match (t.done, t.actual) {
        (Some(true), _) => match t.done_on {
            Some(d) => format!("done {d}"),
            None => "done".into(),
        },
        (Some(false), _) => "not done".into(),
        (None, Some(v)) => figure(v, unit),
        (None, None) => "—".into(),
    }
}

/// A figure with its unit. A computed figure (an expected value) gets as many decimals as
/// the unit allows (a count none: `units::display_decimals`); a figure from the files keeps
/// up to two, as its goal does, so 3.4 个 against a goal of 2.9–3.1 个 never reads "3 个".
fn figure<F: Figure>(v: F, unit: &str) -> String {
    let decimals = if F::EXACT {
        2
    } else {
        crate::units::display_decimals(unit)
    };
    with_unit(&number(v, decimals), unit)
}

/// "21 targets: 6 met, 2 on-track, … · 4 failing".
pub fn summary_line(report: &Report) -> String {
    summary_text(&report.summary)
}

/// The summary line of any summary (the whole report's, or one key's of a breakdown).
pub fn summary_text(s: &crate::report::Summary) -> String {
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|st| s.count(**st) > 0)
        .map(|st| format!("{} {}", s.count(*st), st.as_str()))
        .collect();
    let mut line = format!(
        "{} target{}: {}",
        s.total,
        if s.total == 1 { "" } else { "s" },
        if parts.is_empty() {
            "none".to_string()
        } else {
            parts.join(", ")
        }
    );
    line.push_str(&format!(" · {} failing", s.failing));
    if s.warnings > 0 {
        line.push_str(&format!(
            ", {} warning{}",
            s.warnings,
            if s.warnings == 1 { "" } else { "s" }
        ));
    }
    line
}

/// One line per key of the report's breakdown (`check --by`), after a heading line:
/// "by owner:", then "  国家发展改革委 — 3 targets: 2 met, 1 behind · 1 failing"; a
/// target without the key counts under "(none)". Empty without a breakdown.
pub fn breakdown_lines(report: &Report) -> Vec<String> {
    let Some(b) = &report.breakdown else {
        return Vec::new();
    };
    let mut lines = vec![format!("by {}:", b.by.name())];
    for row in &b.rows {
        let key = row
            .key
            .as_deref()
            .map_or_else(|| "(none)".to_string(), |k| sanitize(k).into_owned());
        lines.push(format!("  {key} — {}", summary_text(&row.summary)));
    }
    lines
}

/// The owners, lead first, sanitised and joined: "国家发展改革委, 国家统计局".
pub fn owners_text(t: &TargetReport) -> String {
    t.owners
        .iter()
        .map(|o| sanitize(o).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn as_of_text(as_of: Option<NaiveDate>) -> String {
    as_of.map_or_else(|| "no actuals".into(), |d| format!("as of {d}"))
}

/// A panel target in one line: "Community clinics, per district (5): 1 on-track, 3
/// behind, 1 no-data · 20% on track · worst: South district −3 家, …"; `None` for an
/// ordinary target. Entity names are sanitised here.
pub fn panel_line(t: &TargetReport, options: &ExportOptions) -> Option<String> {
    let p = t.panel.as_deref()?;
    let c = &p.counts;
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|st| c.count(**st) > 0)
        .map(|st| format!("{} {}", c.count(*st), st.as_str()))
        .collect();
    let mut line = format!(
        "{}, per {} ({}, rollup {}): {}",
        sanitize(t.name.get(options.lang)),
        sanitize(&p.per),
        c.total,
        p.rollup.as_str(),
        if parts.is_empty() {
            "none".into()
        } else {
            parts.join(", ")
        }
    );
    if let Some(share) = p.on_track_share {
        line.push_str(&format!(" · {} on track", percent(share)));
    }
    if c.failing > 0 {
        line.push_str(&format!(" · {} failing", c.failing));
    }
    let stale = p.entities.iter().filter(|e| e.stale).count();
    if stale > 0 {
        line.push_str(&format!(" · {stale} stale"));
    }
    let unit = t.unit.as_deref().map(sanitize).unwrap_or_default();
    let worst: Vec<String> = p
        .worst()
        .map(|e| {
            let gap = e.gap.map(|g| {
                let unit = crate::wording::difference_unit(&unit);
                format!(" {}", with_unit(&signed(g), unit))
            });
            // A stale figure carries its date, as a target's does.
            let date = e.as_of.filter(|_| e.stale).map(|d| format!(" ({d})"));
            format!(
                "{}{}{}",
                sanitize(p.name(e)),
                gap.unwrap_or_default(),
                date.unwrap_or_default()
            )
        })
        .collect();
    if !worst.is_empty() {
        line.push_str(&format!(" · worst: {}", worst.join(", ")));
    }
    Some(line)
}

/// The failing entities of a panel target, named: "failing districts: South district
/// (d02), East district (d03) and 12 more"; `None` when none fails.
pub fn failing_entities(t: &TargetReport, shown: usize) -> Option<String> {
    let p = t.panel.as_deref()?;
    let total = p.failing().count();
    if total == 0 {
        return None;
    }
    let names: Vec<String> = p
        .failing()
        .take(shown)
        .map(|e| format!("{} ({})", sanitize(p.name(e)), sanitize(p.id(e))))
        .collect();
    let more = total.saturating_sub(shown);
    let mut line = format!(
        "failing {}: {}",
        plural_of(&sanitize(&p.per)),
        names.join(", ")
    );
    if more > 0 {
        line.push_str(&format!(" and {more} more"));
    }
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_scale_to_the_range() {
        assert_eq!(sparkline(&[]), "");
        assert_eq!(sparkline(&[5.0]), "");
        assert_eq!(sparkline(&[0.0, 7.0]), "▁█");
        assert_eq!(
            sparkline(&[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]),
            "▁▂▃▄▅▆▇█"
        );
        assert_eq!(sparkline(&[10.0, 5.0, 0.0]), "█▅▁");
        assert_eq!(sparkline(&[3.0, 3.0, 3.0]), "▄▄▄");
        let long: Vec<f64> = (0..20).map(f64::from).collect();
        assert_eq!(sparkline(&long).chars().count(), SPARKLINE_POINTS);
    }
}
