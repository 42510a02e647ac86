//! `explain`'s words for figures built from annual rates and goals stated against another
//! figure: the chained figure year by year, and the referenced figure's value. Words only:
//! every number is the evaluation's (`TargetReport::years`, `Trace::window`,
//! `TargetReport::relative`).

use std::fmt::Write as _;

use crate::decimal::Figure;
use crate::report::TargetReport;
use crate::spec::{Aggregate, Lang};
use crate::text::sanitize;
use crate::wording::{number, with_unit};

fn n(v: impl Figure) -> String {
    number(v, 4)
}

fn field(out: &mut String, label: &str, value: &str) {
    let _ = writeln!(out, "  {label:<11} {value}");
}

/// The window's years with their rates, and the chain that makes the figure.
pub fn chained(out: &mut String, r: &TargetReport) {
    let Some(years) = &r.years else {
        return;
    };
    for y in years {
        let rate = match (y.rate, y.provisional) {
            (Some(rate), true) => format!("{}% (provisional: the year is not over)", n(rate)),
            (Some(rate), false) => format!("{}%", n(rate)),
            (None, _) if Some(y) == years.last() && r.trace.window.is_some() => {
                "no rate yet (the year is not over)".into()
            }
            (None, _) => "no rate".into(),
        };
        field(out, &y.year.to_string(), &rate);
    }
    let Some(w) = r.trace.window else {
        return;
    };
    let factors: Vec<String> = years
        .iter()
        .filter_map(|y| y.rate)
        .map(|rate| {
            let sign = if rate.is_sign_negative() { "−" } else { "+" };
            format!("(1 {sign} {}/100)", n(rate.abs()))
        })
        .collect();
    let figure = r.actual.map(n).unwrap_or_default();
    let s = match w.aggregate {
        Aggregate::Cumulative => format!(
            "cumulative = (∏(1 + r/100) − 1) × 100 = ({} − 1) × 100 = ({} − 1) × 100 = {figure}%, t = {} of T = {} years",
            factors.join(" × "),
            number(w.product, 6),
            w.t,
            w.years_in_window
        ),
        Aggregate::Average => format!(
            "average = ((∏(1 + r/100))^(1/t) − 1) × 100 = (({})^(1/{}) − 1) × 100 = {figure}%, t = {} of T = {} years",
            factors.join(" × "),
            w.t,
            w.t,
            w.years_in_window
        ),
    };
    field(out, "chained", &s);
    if let (Some(e), Some(g)) = (r.expected, r.goal) {
        field(
            out,
            "expected",
            &format!(
                "on the constant-rate path to {}%: ((1 + G/100)^(t/T) − 1) × 100 = ((1 {} {}/100)^({}/{}) − 1) × 100 = {}%",
                n(g),
                if g.is_sign_negative() { "−" } else { "+" },
                n(g.abs()),
                w.t,
                w.years_in_window,
                n(e)
            ),
        );
    }
}

/// The figure a relative goal names, and the goal it makes.
pub fn relative(out: &mut String, r: &TargetReport, unit: &str) {
    let Some(rel) = &r.relative else {
        return;
    };
    let what = if rel.series { "series" } else { "target" };
    let name = sanitize(rel.name.get(Lang::En)).into_owned();
    let id = sanitize(&rel.id).into_owned();
    let s = match rel.figure {
        Some(f) => {
            let mut s = format!(
                "{name} ({what} `{id}`): {} for the same date",
                with_unit(&n(f), unit)
            );
            if !rel.plus.is_zero() {
                if let Some(g) = r.goal {
                    s.push_str(&format!(
                        "; goal = {} + {} = {}",
                        n(f),
                        n(rel.plus),
                        with_unit(&n(g), unit)
                    ));
                }
            }
            s
        }
        None => format!(
            "{name} ({what} `{id}`): {}",
            sanitize(rel.missing.as_deref().unwrap_or("no figure for this date"))
        ),
    };
    field(out, "goal of", &s);
}

/// A series' figure, as `explain SERIES-ID` shows it.
pub fn series(out: &mut String, s: &crate::report::SeriesReport) {
    let unit = s.unit.as_deref().map(sanitize).unwrap_or_default();
    let Some(as_of) = s.as_of else {
        out.push_str("Figure\n");
        field(out, "actual", "none: no actuals file gives a value");
        return;
    };
    let _ = writeln!(out, "Figure as of {as_of}");
    match (s.actual, &s.reason) {
        (Some(v), _) => field(out, "actual", &with_unit(&n(v), &unit)),
        (None, Some(why)) => field(out, "actual", &format!("none: {}", sanitize(why))),
        (None, None) => {}
    }
    for y in s.years.iter().flatten() {
        let rate = match (y.rate, y.provisional) {
            (Some(rate), true) => format!("{}% (provisional: the year is not over)", n(rate)),
            (Some(rate), false) => format!("{}%", n(rate)),
            (None, _) => "no rate".into(),
        };
        field(out, &y.year.to_string(), &rate);
    }
    if s.history.len() >= 2 {
        let points: Vec<String> = s
            .history
            .iter()
            .map(|p| format!("{} {}", p.as_of, n(p.value)))
            .collect();
        field(out, "history", &points.join(" · "));
    }
    field(
        out,
        "status",
        "none: a series has no goal, is never judged and never fails",
    );
}
