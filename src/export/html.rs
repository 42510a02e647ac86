//! A self-contained HTML dashboard: a header with the summary, then one card per target,
//! grouped by `group`, each with a bullet chart (see [`bullet`]) and the source quote.
//!
//! No network: the CSS and the SVG charts are inline, there are no fonts, images or
//! scripts, and a Content-Security-Policy forbids loading anything. All text goes through
//! maud, which escapes every interpolated string.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::decimal::to_f64;
use crate::export::bullet::{self, Bullet, Mark, Span, WIDTH};
use crate::export::html_panel;
use crate::export::line_chart::{self, LineChart, Series, one_decimal, polyline};
use crate::export::rows::{self, Row, number};
use crate::export::{ExportOptions, Exporter, Order};
use crate::report::{Report, Status};
use crate::spec::Lang;
use crate::text::sanitize;

pub struct HtmlExporter;

/// Nothing may be loaded: styles are inline, and there is nothing else.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// Height of a chart in SVG user units.
const CHART_HEIGHT: f64 = 50.0;

impl Exporter for HtmlExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        let rows = rows::rows(report, options);
        let title = report
            .title
            .as_deref()
            .map_or_else(|| "Targets".to_string(), |t| sanitize(t).into_owned());
        let lang = match options.lang {
            Lang::En => "en",
            Lang::Zh => "zh",
        };
        let main = cards(&rows, options.order);
        let page = html! {
            (DOCTYPE)
            html lang=(lang) {
                head {
                    meta charset="utf-8";
                    @if html_panel::any(report) {
                        meta http-equiv="Content-Security-Policy"
                            content={ (CSP) "; script-src '" (html_panel::SCRIPT_HASH) "'" };
                    } @else {
                        meta http-equiv="Content-Security-Policy" content=(CSP);
                    }
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta name="generator" content={ "progress " (env!("CARGO_PKG_VERSION")) };
                    title { (title) " — " (rows::as_of_text(report.as_of)) }
                    style { (PreEscaped(CSS)) }
                }
                body {
                    (header(report, &title))
                    (main)
                    (html_panel::sections(report, options))
                    (series(report, options))
                    (legend(report, &main.0))
                    (html_panel::script(report))
                }
            }
        };
        let mut out = page.into_string();
        out.push('\n');
        out
    }
}

/// Where a target goes with `--order status`: failing first, then behind, then the rest.
fn attention(row: &Row) -> u8 {
    if row.cells.failing {
        0
    } else if row.cells.status == Status::Behind {
        1
    } else {
        2
    }
}

/// The cards: with [`Order::Status`], a section of the failing targets, one of those
/// behind, then the others by group; with [`Order::Spec`], all by group in spec order.
fn cards(rows: &[Row], order: Order) -> Markup {
    let by_status = order == Order::Status;
    let rest: Vec<Row> = rows
        .iter()
        .filter(|r| !by_status || attention(r) == 2)
        .cloned()
        .collect();
    html! {
        main {
            @if by_status {
                @for (level, heading) in [(0, "Failing"), (1, "Behind")] {
                    @let members: Vec<&Row> = rows.iter().filter(|r| attention(r) == level).collect();
                    @if !members.is_empty() {
                        section.group.attention {
                            h2 { (heading) " " small { (counted(members.len(), "target")) } }
                            div.cards { @for row in members { (card(row, true)) } }
                        }
                    }
                }
            }
            @for (group, members) in rows::grouped(&rest) {
                section.group {
                    h2 {
                        (group.unwrap_or("Other targets"))
                        " "
                        small { (counted(members.len(), "target")) }
                    }
                    div.cards {
                        @for row in members { (card(row, false)) }
                    }
                }
            }
        }
    }
}

fn header(report: &Report, title: &str) -> Markup {
    let summary = &report.summary;
    html! {
        header.top {
            div.heading {
                h1 { (title) }
                p.sub {
                    (rows::as_of_text(report.as_of))
                    " · spec " code { (sanitize(&report.spec_file)) }
                }
            }
            @if report.failed() {
                div.verdict.failing { "✗ " (summary.failing) " failing" }
            } @else {
                div.verdict.passing { "✓ nothing failing" }
            }
            div.stack role="img" aria-label=(rows::summary_line(report)) {
                @for status in Status::ALL {
                    @let n = summary.count(status);
                    @if n > 0 {
                        span class={ "s-" (status.as_str()) }
                            style={ "flex-grow: " (n) }
                            title={ (n) " " (status.as_str()) } {}
                    }
                }
            }
            ul.counts {
                @for status in Status::ALL {
                    li class={ "s-" (status.as_str()) } {
                        span.dot {} b { (summary.count(status)) } " " (status.as_str())
                    }
                }
                @if summary.warnings > 0 {
                    li.warnings { b { (summary.warnings) } " " (plural(summary.warnings, "warning")) }
                }
            }
            @let breakdown = rows::breakdown_lines(report);
            @if let Some((head, keys)) = breakdown.split_first() {
                div.breakdown {
                    p { (head) }
                    ul { @for k in keys { li { (k.trim_start()) } } }
                }
            }
        }
    }
}

/// A target's card, `id="t-ID"` so that `report.html#t-ID` links to it; `with_group`
/// names its group (in the failing and behind sections, which mix groups).
fn card(row: &Row, with_group: bool) -> Markup {
    let status = row.cells.status.as_str();
    let f = row.target;
    html! {
        article class={ "card s-" (status) @if row.cells.failing { " failing" } } id={ "t-" (row.id) } {
            div.card-head {
                h3 {
                    (row.cells.name) " "
                    a.anchor href={ "#t-" (row.id) } title="Link to this target" {
                        span aria-hidden="true" { "#" }
                        span.sr { "link to " (row.cells.name) }
                    }
                }
                span.badge { (row.cells.status_text) }
            }
            p.meta {
                code { (row.id) } " · " (row.target.measure.as_str())
                @if let Some(rule) = row.target.rule_shown() { " · " (rule.as_str()) }
                " · due " (row.cells.deadline)
                @if with_group { @if let Some(g) = &row.group { " · " (g) } }
                @if let Some(c) = row.target.class { " · " (c.as_str()) }
                @if !row.target.owners.is_empty() { " · owner " (rows::owners_text(row.target)) }
            }
            @if let Some(risk) = &row.risk {
                p.risk { span.risk-badge { "⚠ at risk" } " " (capitalised(risk)) "." }
            }
            @if let Some(chart) = bullet::bullet(f) { (svg(row, &chart)) }
            @else { p.nochart { "No chart: " (row.cells.goal) } }
            @if let Some(chart) = history_chart(row) { (line_svg(row, &chart)) }
            dl.figures {
                div { dt { "Goal" } dd { (row.cells.goal) } }
                div { dt { "Actual" } dd { (row.cells.actual) } }
                @if !row.cells.gap.is_empty() { div { dt { "Gap" } dd { (row.cells.gap) } } }
                @if !row.cells.progress.is_empty() { div { dt { "Progress" } dd { (row.cells.progress) } } }
                @if !row.expected.is_empty() { div { dt { "Pace says by now" } dd { (row.expected) } } }
                @if !row.cells.pace.is_empty() { div { dt { "Pace" } dd { (row.cells.pace) } } }
                @if !row.trend.is_empty() { div { dt { "Trend" } dd { (row.trend) } } }
                @if !row.cells.projected.is_empty() { div { dt { "Projected" } dd { (row.cells.projected) } } }
            }
            p.reason { (capitalised(&row.reason)) "." }
            @if row.quote.is_some() || row.actual_source.is_some() {
                details {
                    summary { "Source" }
                    @if let Some(q) = &row.quote { blockquote { (q) } }
                    @if let Some(s) = &row.actual_source { p.provenance { "Actual: " (s) } }
                    p.provenance { "Spec line " (row.target.line) }
                }
            }
        }
    }
}

fn svg(row: &Row, chart: &Bullet) -> Markup {
    let label = format!("{}: {}", row.cells.name, row.figures_line());
    html! {
        svg.bullet height=(CHART_HEIGHT) role="img" aria-label=(label) {
            @match chart {
                Bullet::Figure { good, bad, actual, actual_value, goals, stretch, expected, baseline, range } => {
                    rect.track x="0" y="8" width="100%" height="24" {}
                    @for s in bad { (rect("zone-bad", *s, 8.0, 24.0)) }
                    @for s in good { (rect("zone-good", *s, 8.0, 24.0)) }
                    @if let Some(b) = baseline {
                        line.baseline x1=(px(b.x)) x2=(px(b.x)) y1="26" y2="32" {
                            title { "baseline " (number(b.value, 2)) }
                        }
                    }
                    @if let (Some(a), Some(v)) = (actual, actual_value) {
                        rect.bar x=(px(a.from)) y="14" width=(px(a.width().max(0.4))) height="12" {
                            title { "actual " (number(*v, 2)) }
                        }
                    }
                    @for g in goals {
                        line.goal x1=(px(g.x)) x2=(px(g.x)) y1="6" y2="34" {
                            title { "goal " (number(g.value, 2)) }
                        }
                    }
                    @if let Some(s) = stretch {
                        line.stretch x1=(px(s.x)) x2=(px(s.x)) y1="6" y2="34" {
                            title { "stretch " (number(s.value, 2)) }
                        }
                    }
                    @if let Some(e) = expected {
                        // A nested svg places the marker at a percentage; its path is drawn
                        // around that point.
                        svg x=(px(e.x)) y="0" overflow="visible" {
                            path.expected d="M-6 0 L6 0 L0 9 Z" {
                                title { "where the pace says it should be by now: " (number(e.value, 2)) }
                            }
                        }
                    }
                    (axis_labels(*range, goals, stretch.as_ref()))
                }
                Bullet::Milestone { elapsed, done_at, deadline_x } => {
                    rect.track x="0" y="8" width="100%" height="24" {}
                    (rect("time", *elapsed, 14.0, 12.0))
                    line.goal x1=(px(*deadline_x)) x2=(px(*deadline_x)) y1="6" y2="34" {
                        title { "deadline " (row.cells.deadline) }
                    }
                    @if let Some(x) = done_at {
                        circle.done cx=(px(*x)) cy="20" r="7" {
                            title { "done" }
                        }
                    }
                    text.axis x="0" y="46" text-anchor="start" { (row.target.start) }
                    text.axis x=(px(*deadline_x)) y="46" text-anchor="end" { "deadline " (row.cells.deadline) }
                }
            }
        }
    }
}

/// The line chart of a target with two or more dated values.
fn history_chart(row: &Row) -> Option<LineChart> {
    let f = row.target;
    // Drawing is floating point: the decimals from the files as their nearest floats.
    line_chart::chart(&Series {
        history: &f.history,
        start: f.start,
        deadline: f.deadline,
        goal: f.goal.map(to_f64),
        band: f.accepted.map(|(low, high)| (to_f64(low), to_f64(high))),
        stretch: f.stretch.map(to_f64),
        schedule: f.schedule.as_ref().map_or(&[], |s| s.path.as_slice()),
        trend: f.trend_line.map(|t| (t.from, t.to)),
    })
}

fn line_svg(row: &Row, chart: &LineChart) -> Markup {
    use line_chart::{BOTTOM, HEIGHT, LEFT, RIGHT, WIDTH};
    let n = chart.dots.len();
    let (first, last) = (chart.dots[0].point, chart.dots[n - 1].point);
    let mut label = format!(
        "{}: {n} values from {} to {}, latest {}",
        row.cells.name,
        first.as_of,
        last.as_of,
        number(last.value, 2)
    );
    if !row.trend.is_empty() {
        label.push_str(&format!("; trend {}", row.trend));
    }
    if !row.cells.projected.is_empty() {
        label.push_str(&format!("; projected {}", row.cells.projected));
    }
    let c = |v: f64| one_decimal(v);
    // Labels in the right margin, skipped where they would overlap one above.
    let mut margin: Vec<(f64, String)> = Vec::new();
    let mut add = |y: f64, text: String| {
        if margin.iter().all(|(other, _)| (y - other).abs() > 13.0) {
            margin.push((y, text));
        }
    };
    if let Some(g) = chart.goal {
        add(g.y, format!("goal {}", number(g.value, 2)));
    }
    if let Some(s) = chart.stretch {
        add(s.y, format!("stretch {}", number(s.value, 2)));
    }
    if let (Some((top, bottom)), Some((low, high))) = (chart.band, row.target.band) {
        add(top, number(high, 2));
        add(bottom, number(low, 2));
    }
    // The value axis at the right edge of the plot: round figures across the range,
    // labelled where the goals leave room.
    let (low, high) = chart.range;
    let y_of = |v: f64| line_chart::BOTTOM - (v - low) / (high - low) * (BOTTOM - line_chart::TOP);
    let ticks: Vec<(f64, f64)> = nice_ticks(low, high)
        .into_iter()
        .map(|v| (v, y_of(v)))
        .collect();
    for (v, y) in &ticks {
        add(*y, number(*v, 2));
    }
    let latest = chart.dots[n - 1];
    let latest_label = number(
        latest.point.value,
        crate::units::display_decimals(&row.unit),
    );
    // Above its dot, or below when a goal line or the top is just above it.
    let crowded = |y: f64| {
        y < line_chart::TOP + 4.0
            || [chart.goal, chart.stretch]
                .iter()
                .flatten()
                .any(|l| (l.y - (y - 4.0)).abs() < 9.0)
    };
    let latest_y = if crowded(latest.at.y - 8.0) {
        latest.at.y + 16.0
    } else {
        latest.at.y - 8.0
    };
    html! {
        svg.line-chart viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } role="img" aria-label=(label) {
            @if let Some((top, bottom)) = chart.band {
                rect.zone-good x=(LEFT) y=(c(top)) width=(RIGHT - LEFT) height=(c(bottom - top)) {}
            }
            line.axis-line x1=(LEFT) x2=(RIGHT) y1=(BOTTOM) y2=(BOTTOM) {}
            @if chart.deadline_x < RIGHT - 0.5 {
                line.deadline-mark x1=(c(chart.deadline_x)) x2=(c(chart.deadline_x))
                    y1=(line_chart::TOP) y2=(BOTTOM) {
                    title { "deadline " (row.cells.deadline) }
                }
            }
            @if let Some(g) = chart.goal {
                line.goal-line x1=(LEFT) x2=(RIGHT) y1=(c(g.y)) y2=(c(g.y)) {
                    title { "goal " (number(g.value, 2)) }
                }
            }
            @if let Some(s) = chart.stretch {
                line.stretch-line x1=(LEFT) x2=(RIGHT) y1=(c(s.y)) y2=(c(s.y)) {
                    title { "stretch " (number(s.value, 2)) }
                }
            }
            @if chart.schedule.len() >= 2 {
                polyline.pace points=(polyline(chart.schedule.iter().copied())) {
                    title { "the pace line: where the schedule says the value should be" }
                }
            }
            @if let Some((a, b)) = chart.projection {
                line.projection x1=(c(a.x)) y1=(c(a.y)) x2=(c(b.x)) y2=(c(b.y)) {
                    title { "trend line (least squares), projected to the deadline" }
                }
            }
            polyline.history points=(polyline(chart.dots.iter().map(|d| d.at))) {}
            @for d in &chart.dots {
                circle.point cx=(c(d.at.x)) cy=(c(d.at.y)) r="3.5" {
                    title { (d.point.as_of) ": " (number(d.point.value, 2)) }
                }
            }
            line.value-axis x1=(RIGHT) x2=(RIGHT) y1=(line_chart::TOP) y2=(BOTTOM) {}
            @for (_, y) in &ticks {
                line.value-axis x1=(RIGHT) x2=(RIGHT + 4.0) y1=(c(*y)) y2=(c(*y)) {}
            }
            // The latest value, readable without hovering.
            text.value-label x=(c(latest.at.x)) y=(c(latest_y)) text-anchor="end" {
                (latest_label)
            }
            @for (y, text) in &margin {
                text.axis x=(RIGHT + 6.0) y=(c(y + 4.0)) { (text) }
            }
            text.axis x=(LEFT) y=(HEIGHT - 8.0) text-anchor="start" { (chart.from) }
            text.axis x=(RIGHT) y=(HEIGHT - 8.0) text-anchor="end" { (chart.to) }
        }
    }
}

fn rect(class: &str, s: Span, y: f64, height: f64) -> Markup {
    html! {
        rect class=(class) x=(px(s.from)) y=(y) width=(px(s.width())) height=(height) {}
    }
}

/// The scale's left end, and the goal (and stretch) under their ticks when there is room.
fn axis_labels(range: (f64, f64), goals: &[Mark], stretch: Option<&Mark>) -> Markup {
    let mut labels: Vec<(f64, String)> = vec![(0.0, number(range.0, 2))];
    for g in goals.iter().chain(stretch) {
        if labels.iter().all(|(x, _)| (g.x - x).abs() > 12.0) {
            labels.push((g.x, number(g.value, 2)));
        }
    }
    html! {
        @for (x, text) in labels {
            @let anchor = if x < 5.0 { "start" } else if x > WIDTH - 5.0 { "end" } else { "middle" };
            text.axis x=(px(x)) y="46" text-anchor=(anchor) { (text) }
        }
    }
}

/// One legend entry per kind of mark the cards draw (its SVG class), each shown only
/// when some card draws it: (class, sample, meaning).
fn legend_entries() -> [(&'static str, Markup, &'static str); 19] {
    [
        (
            "bar",
            html! { svg width="22" height="14" { rect.bar x="0" y="3" width="22" height="8" {} } },
            "actual, coloured by status",
        ),
        (
            "goal",
            html! { svg width="8" height="14" { line.goal x1="4" x2="4" y1="0" y2="14" {} } },
            "goal",
        ),
        (
            "stretch",
            html! { svg width="8" height="14" { line.stretch x1="4" x2="4" y1="0" y2="14" {} } },
            "stretch goal",
        ),
        (
            "zone-good",
            html! { svg width="22" height="14" { rect.zone-good x="0" y="0" width="22" height="14" {} } },
            "where the rule holds",
        ),
        (
            "zone-bad",
            html! { svg width="22" height="14" { rect.zone-bad x="0" y="0" width="22" height="14" {} } },
            "where the rule fails",
        ),
        (
            "expected",
            html! { svg width="14" height="14" { path.expected d="M1 2 L13 2 L7 11 Z" {} } },
            "where the pace says it should be by now",
        ),
        (
            "baseline",
            html! { svg width="8" height="14" { line.baseline x1="4" x2="4" y1="4" y2="14" {} } },
            "baseline",
        ),
        (
            "track",
            html! { svg width="22" height="14" { rect.track x="0" y="0" width="22" height="14" {} } },
            "the scale, from its left end to beyond the goal",
        ),
        (
            "time",
            html! { svg width="22" height="14" { rect.time x="0" y="3" width="22" height="8" {} } },
            "milestone: time gone by",
        ),
        (
            "done",
            html! { svg width="14" height="14" { circle.done cx="7" cy="7" r="6" {} } },
            "milestone: done",
        ),
        (
            "history",
            html! { svg width="30" height="14" { polyline.history points="2,11 14,6 28,3" {} } },
            "the values over time",
        ),
        (
            "point",
            html! { svg width="14" height="14" { circle.point cx="7" cy="7" r="4" {} } },
            "a value on its date",
        ),
        (
            "goal-line",
            html! { svg width="30" height="14" { line.goal-line x1="0" x2="30" y1="7" y2="7" {} } },
            "goal (line chart)",
        ),
        (
            "stretch-line",
            html! { svg width="30" height="14" { line.stretch-line x1="0" x2="30" y1="7" y2="7" {} } },
            "stretch goal (line chart)",
        ),
        (
            "pace",
            html! { svg width="30" height="14" { line.pace x1="0" x2="30" y1="12" y2="2" {} } },
            "pace line: the schedule from start to deadline",
        ),
        (
            "projection",
            html! { svg width="30" height="14" { line.projection x1="0" x2="30" y1="11" y2="4" {} } },
            "trend line, projected to the deadline",
        ),
        (
            "deadline-mark",
            html! { svg width="8" height="14" { line.deadline-mark x1="4" x2="4" y1="0" y2="14" {} } },
            "deadline (line chart)",
        ),
        (
            "axis-line",
            html! { svg width="30" height="14" { line.axis-line x1="0" x2="30" y1="12" y2="12" {} } },
            "time axis, start to deadline",
        ),
        (
            "value-axis",
            html! { svg width="8" height="14" { line.value-axis x1="2" x2="2" y1="0" y2="14" {} line.value-axis x1="2" x2="6" y1="7" y2="7" {} } },
            "value axis (figures at the right; the latest value by its dot)",
        ),
    ]
}

/// The legend: an entry for every kind of mark drawn in `main` (the cards' markup), and
/// none for marks not drawn.
/// The series (figures without a goal) after the targets: a plain table.
fn series(report: &Report, options: &ExportOptions) -> Markup {
    let series = rows::series_rows(report, options);
    html! {
        @if !series.is_empty() {
            section.series {
                h2 { "Series" }
                table {
                    thead { tr { th { "Series" } th { "Actual" } th { "As of" } th { "Note" } } }
                    tbody {
                        @for s in &series {
                            tr { td { (s.name) } td { (s.actual) } td { (s.as_of) } td { (s.note) } }
                        }
                    }
                }
            }
        }
    }
}

fn legend(report: &Report, main: &str) -> Markup {
    let drawn: Vec<_> = legend_entries()
        .into_iter()
        .filter(|(class, ..)| main.contains(&format!("class=\"{class}\"")))
        .collect();
    html! {
        footer {
            h2.legend-title { "Legend" }
            ul.legend.s-on-track {
                @for (_, sample, meaning) in drawn {
                    li { (sample) (meaning) }
                }
            }
            p {
                "The pace marker is baseline + elapsed × (goal − baseline) on a linear schedule, "
                "baseline × (goal ÷ baseline)" sup { "elapsed" } " on a compound one, and elapsed × goal "
                "for a year-to-date flow; elapsed is the share of the target's window gone by the "
                "actual's date. On track means a pace index of at least " (report.threshold) "."
                @if report.targets.iter().any(|t| t.profile.is_some()) {
                    " A seasonal flow's marker is the share of the goal its profile expects by then × goal."
                }
            }
            p.small { "Made by progress " (env!("CARGO_PKG_VERSION")) " from " code { (sanitize(&report.spec_file)) } "." }
        }
    }
}

/// Up to five round figures (1, 2 or 5 × a power of ten apart) between `low` and `high`:
/// the value axis of a line chart.
fn nice_ticks(low: f64, high: f64) -> Vec<f64> {
    let span = high - low;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let rough = span / 4.0;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| span / s <= 5.0)
        .unwrap_or(10.0 * power);
    let mut v = (low / step).ceil() * step;
    let mut ticks = Vec::new();
    while v <= high + step * 1e-9 && ticks.len() < 6 {
        // `+ 0.0` turns −0 into 0.
        ticks.push(crate::wording::rounded(v, 9) + 0.0);
        v += step;
    }
    ticks
}

/// A chart position as an SVG percentage, to two decimals.
fn px(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 {
        "0".into()
    } else {
        format!("{r}%")
    }
}

fn counted(n: usize, noun: &str) -> String {
    format!("{n} {}", plural(n, noun))
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        noun.into()
    } else {
        format!("{noun}s")
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Status colours from GitHub's Primer palette: `--c` marks (bars, borders), `--soft` a
/// badge's background and `--ink` its text, at least 4.5:1 on it (WCAG 2.1 AA; a unit
/// test below checks every pair, light and dark).
const CSS: &str = r#"
:root {
  --fg: #1f2328; --muted: #59636e; --bg: #f6f8fa; --card: #ffffff; --line: #d1d9e0;
  --track: #eef1f4; --good: #d2f4dc; --bad: #ffe1de; --tick: #1f2328; --time: #b6c2cf;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #151b23; --line: #3d444d;
    --track: #212830; --good: #1b3a26; --bad: #4a1f22; --tick: #e6edf3; --time: #3d444d;
  }
}
.s-met { --c: #1a7f37; --soft: #dafbe1; --ink: #116329; }
.s-on-track { --c: #0969da; --soft: #ddf4ff; --ink: #0550ae; }
.s-behind { --c: #bf8700; --soft: #fff8c5; --ink: #7d4e00; }
.s-missed { --c: #cf222e; --soft: #ffebe9; --ink: #a40e26; }
.s-pending { --c: #8250df; --soft: #fbefff; --ink: #6639ba; }
.s-no-data { --c: #818b98; --soft: #eff2f5; --ink: #59636e; }
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
    "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif;
}
code { font: 0.85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
header.top {
  background: var(--card); border-bottom: 1px solid var(--line);
  padding: 28px 40px 22px; display: grid; grid-template-columns: 1fr auto; gap: 12px 24px;
}
h1 { margin: 0; font-size: 26px; line-height: 1.25; }
.sub { margin: 4px 0 0; color: var(--muted); }
.verdict {
  align-self: start; font-weight: 600; padding: 8px 16px; border-radius: 999px; font-size: 17px;
}
.verdict.failing { background: #ffebe9; color: #a40e26; }
.verdict.passing { background: #dafbe1; color: #116329; }
.stack {
  grid-column: 1 / -1; display: flex; height: 12px; border-radius: 6px; overflow: hidden;
  gap: 2px; background: var(--track);
}
.stack span { background: var(--c); }
.counts { grid-column: 1 / -1; list-style: none; margin: 0; padding: 0; display: flex;
  flex-wrap: wrap; gap: 6px 22px; color: var(--muted); }
.counts b { color: var(--fg); font-size: 18px; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  background: var(--c); margin-right: 6px; }
main { padding: 8px 40px 16px; }
section.panel { padding: 0 40px 16px; }
.panel .stack { margin: 8px 0; }
.dist td, .dist th { padding: 2px 12px 2px 0; text-align: left; }
.dist caption { text-align: left; color: var(--muted); }
h2 { font-size: 18px; margin: 26px 0 12px; }
h2::first-letter { text-transform: uppercase; }
h2 small { font-weight: 400; color: var(--muted); font-size: 14px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 360px), 1fr));
  gap: 16px; }
.card {
  background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--c);
  border-radius: 8px; padding: 14px 18px 12px; min-width: 0;
}
.card.failing { box-shadow: 0 0 0 1px var(--c); }
.card-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px;
  justify-content: space-between; }
.anchor { color: var(--muted); text-decoration: none; font-weight: 400; }
.anchor:hover, .anchor:focus { text-decoration: underline; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.card:target { outline: 3px solid var(--c); outline-offset: 2px; }
h3 { margin: 0; font-size: 16px; line-height: 1.35; overflow-wrap: anywhere; }
.badge {
  flex: none; font-size: 13px; font-weight: 600; padding: 1px 10px; border-radius: 999px;
  color: var(--ink); background: var(--soft); border: 1px solid var(--c);
  overflow-wrap: anywhere;
}
.meta { margin: 2px 0 8px; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
svg.bullet { display: block; width: 100%; height: 50px; overflow: visible; }
.track { fill: var(--track); }
.zone-good { fill: var(--good); }
.zone-bad { fill: var(--bad); }
.bar { fill: var(--c); }
.time { fill: var(--time); }
.done { fill: var(--c); stroke: var(--card); stroke-width: 2; }
.goal { stroke: var(--tick); stroke-width: 3; }
.stretch { stroke: var(--tick); stroke-width: 2; stroke-dasharray: 4 3; }
.baseline { stroke: var(--muted); stroke-width: 2; }
.expected { fill: var(--muted); }
.axis { fill: var(--muted); font-size: 11px; }
svg.line-chart { display: block; width: 100%; height: auto; margin: 6px 0 2px; overflow: visible; }
.axis-line { stroke: var(--line); stroke-width: 1; }
.value-axis { stroke: var(--muted); stroke-width: 1; }
.value-label { fill: var(--fg); font-size: 11px; font-weight: 600; paint-order: stroke;
  stroke: var(--card); stroke-width: 3px; }
.deadline-mark { stroke: var(--line); stroke-width: 1; stroke-dasharray: 2 3; }
.goal-line { stroke: var(--tick); stroke-width: 1.5; }
.stretch-line { stroke: var(--tick); stroke-width: 1; stroke-dasharray: 4 3; }
.pace { fill: none; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 1 3;
  stroke-linecap: round; }
.projection { stroke: var(--c); stroke-width: 1.5; stroke-dasharray: 6 4; opacity: 0.75; }
.history { fill: none; stroke: var(--c); stroke-width: 2.5; stroke-linejoin: round; }
.point { fill: var(--c); stroke: var(--card); stroke-width: 1.5; }
.risk { margin: 2px 0 6px; font-size: 13px; color: var(--fg); }
.risk-badge { font-weight: 600; font-size: 12px; padding: 1px 8px; border-radius: 999px;
  background: #fff8c5; color: #7d4e00; border: 1px solid #d4a72c; white-space: nowrap; }
.figures { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 6px 0 4px; }
.figures div { min-width: 0; }
dt { font-size: 12px; color: var(--muted); }
dd { margin: 0; font-variant-numeric: tabular-nums; font-weight: 600; overflow-wrap: anywhere; }
.reason { margin: 6px 0 0; color: var(--muted); font-size: 13px; }
.nochart { color: var(--muted); font-style: italic; }
details { margin-top: 6px; font-size: 13px; }
summary { cursor: pointer; color: var(--muted); }
blockquote { margin: 6px 0; padding: 4px 12px; border-left: 3px solid var(--line);
  overflow-wrap: anywhere; }
.provenance { margin: 2px 0; color: var(--muted); overflow-wrap: anywhere; }
footer { padding: 8px 40px 32px; color: var(--muted); font-size: 13px; max-width: 980px; }
footer .small { font-size: 12px; }
.legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap;
  gap: 6px 22px; }
.legend li { display: flex; align-items: center; gap: 6px; }
.legend-title { font-size: 15px; margin: 16px 0 8px; color: var(--fg); }
@media (max-width: 600px) {
  header.top { padding: 16px 14px 14px; grid-template-columns: 1fr; }
  h1 { font-size: 21px; }
  main { padding: 4px 10px 12px; }
  section.panel { padding: 0 10px 12px; }
  footer { padding: 8px 14px 24px; }
  .card { padding: 12px 12px 10px; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.1 relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap()) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// The value of `--name` in the CSS rule that starts with `selector`.
    fn var(css: &str, selector: &str, name: &str) -> String {
        let rule = &css[css.find(selector).unwrap_or_else(|| panic!("{selector}"))..];
        let rule = &rule[..rule.find('}').unwrap()];
        let at = rule
            .find(&format!("--{name}:"))
            .unwrap_or_else(|| panic!("{selector} --{name}"));
        rule[at..]
            .split(':')
            .nth(1)
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .trim()
            .to_string()
    }

    #[test]
    fn value_axis_ticks_are_round_figures_in_the_range() {
        assert_eq!(nice_ticks(-12.0, 12.0), [-10.0, -5.0, 0.0, 5.0, 10.0]);
        assert_eq!(nice_ticks(-11.2, 13.9), [-10.0, 0.0, 10.0]);
        assert_eq!(nice_ticks(-170.0, 2376.0), [0.0, 1000.0, 2000.0]);
        assert_eq!(nice_ticks(0.42, 0.61), [0.45, 0.5, 0.55, 0.6]);
        assert!(nice_ticks(5.0, 5.0).is_empty());
        assert!(nice_ticks(0.0, f64::NAN).is_empty());
    }

    #[test]
    fn the_contrast_ratios_are_checked_right() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        // The two badges axe-core found failing before (issue 15): 2.9 and 3.07 to 1.
        assert!((contrast("#bf8700", "#fff8c5") - 2.9).abs() < 0.05);
        assert!((contrast("#818b98", "#eff2f5") - 3.07).abs() < 0.05);
    }

    /// Every status badge's text on its background, 4.5:1 or more (WCAG 2.1 AA, normal
    /// text); the badges look the same in light and dark mode.
    #[test]
    fn every_badge_has_aa_contrast() {
        for status in Status::ALL {
            let selector = format!(".s-{} {{", status.as_str());
            let (ink, soft) = (var(CSS, &selector, "ink"), var(CSS, &selector, "soft"));
            let ratio = contrast(&ink, &soft);
            assert!(ratio >= 4.5, "{status:?}: {ink} on {soft} is {ratio:.2}:1");
        }
    }

    /// Body and muted text on the page and on cards, in light and in dark mode.
    #[test]
    fn text_has_aa_contrast_in_light_and_dark_mode() {
        let dark = &CSS[CSS.find("prefers-color-scheme: dark").unwrap()..];
        for (mode, css) in [("light", CSS), ("dark", dark)] {
            for text in ["fg", "muted"] {
                for ground in ["bg", "card"] {
                    let (t, g) = (var(css, ":root {", text), var(css, ":root {", ground));
                    let ratio = contrast(&t, &g);
                    assert!(
                        ratio >= 4.5,
                        "{mode}: --{text} {t} on --{ground} {g}: {ratio:.2}"
                    );
                }
            }
        }
        // The verdicts and the at-risk badge, fixed colours in both modes.
        for (fg, bg) in [
            ("#a40e26", "#ffebe9"),
            ("#116329", "#dafbe1"),
            ("#7d4e00", "#fff8c5"),
        ] {
            assert!(CSS.contains(&format!("color: {fg}")), "{fg}");
            assert!(contrast(fg, bg) >= 4.5, "{fg} on {bg}");
        }
    }
}
