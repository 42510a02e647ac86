//! The figures one target's evaluation reads from others: a goal stated against another
//! target or series (`value = { of = … }`), taken as of the judged figure's date, and the
//! series themselves (docs/status-model.md, "Goals stated against another figure").
//!
//! Evaluation runs the targets in [`order`] (a target after the one its goal names), so
//! a referenced target's own figure is read from its report when the dates agree, and
//! computed once more only for another date.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::decimal::{Decimal, to_f64};
use crate::rates::{self, Chained};
use crate::report::{Point, RelativeGoal, SeriesReport, TargetReport};
use crate::snapshots::Entry;
use crate::spec::{Measure, Spec, Target};

/// The dated numeric values of a target, in date order: the rates a window chains.
pub fn rates(entries: &[Entry<'_>]) -> Vec<(NaiveDate, Decimal)> {
    entries
        .iter()
        .filter_map(|e| Some((e.actual.as_of, e.actual.observed.number()?)))
        .collect()
}

/// The order to evaluate the targets in: each target after the target its goal names.
/// The spec refuses cycles, so every target is in it once.
pub fn order(spec: &Spec) -> Vec<usize> {
    let targets = spec.targets();
    if targets.iter().all(|t| t.of.is_none()) {
        return (0..targets.len()).collect();
    }
    let position = |id: &str| spec.target_position(id);
    // Each target is placed once; `placed` is set as a chain is walked (the spec has no
    // cycle, and this stops even if it had one).
    let mut placed = vec![false; targets.len()];
    let mut out = Vec::with_capacity(targets.len());
    for i in 0..targets.len() {
        // The chain of `of` from i, placed from its far end.
        let mut chain = Vec::new();
        let mut at = Some(i);
        while let Some(j) = at.filter(|&j| !placed[j]) {
            placed[j] = true;
            chain.push(j);
            at = targets[j].of.as_deref().and_then(position);
        }
        out.extend(chain.into_iter().rev());
    }
    out
}

/// Why a window's figure is not computed, naming what is missing.
pub fn chain_reason(chained: &Chained) -> String {
    match chained {
        Chained::MissingYears(years) => {
            let years: Vec<String> = years.iter().map(ToString::to_string).collect();
            format!(
                "no rate for {}, a completed year of the window: the rates are never chained over a missing year",
                years.join(", ")
            )
        }
        Chained::NoRate => "no rate dated in the window yet".into(),
        Chained::Unchainable(year) => {
            format!("the rate for {year} is −100% or below: there is nothing left to chain from")
        }
        Chained::Figure { .. } => String::new(),
    }
}

/// What a relative goal reads: the spec, every target's values, and the figures computed
/// so far.
pub struct Refs<'s, 'a> {
    pub spec: &'s Spec,
    pub by_target: &'s BTreeMap<&'a str, Vec<Entry<'a>>>,
    pub targets: &'s [Option<TargetReport>],
    pub series: &'s [SeriesReport],
}

impl Refs<'_, '_> {
    /// The goal `of` names for `target`, as of `as_of` (the judged figure's date), in
    /// `target`'s unit.
    pub fn relative(&self, target: &Target, of: &str, as_of: Option<NaiveDate>) -> RelativeGoal {
        let plus = match target.goal {
            crate::spec::Goal::Of { plus } => plus,
            _ => Decimal::ZERO,
        };
        let referenced = self.spec.target(of);
        let mut goal = RelativeGoal {
            id: of.to_string(),
            name: referenced.map(|r| r.name.clone()).unwrap_or_default(),
            series: referenced.is_some_and(|r| r.series),
            figure: None,
            plus,
            missing: None,
        };
        let (Some(r), Some(date)) = (referenced, as_of) else {
            goal.missing = Some("the judged figure has no date yet".into());
            return goal;
        };
        let (figure, missing) = self.figure_at(r, date);
        goal.figure = figure.and_then(|f| match (&r.unit, &target.unit) {
            (Some(from), Some(to)) => from.convert(f, to).ok(),
            _ => Some(f),
        });
        goal.missing = missing;
        goal
    }

    /// `r`'s figure for `date`: its chained figure at that date (a window), its rate of the
    /// same year (a growth rate), its value of the same day (a level); or what is missing.
    fn figure_at(&self, r: &Target, date: NaiveDate) -> (Option<Decimal>, Option<String>) {
        // Computed already, for the same date: read it.
        let own = self
            .spec
            .target_position(&r.id)
            .and_then(|i| self.targets.get(i)?.as_ref())
            .map(|t| (t.as_of, t.actual))
            .or_else(|| {
                let i = self.spec.series().iter().position(|s| s.id == r.id)?;
                let s = self.series.get(i)?;
                Some((s.as_of, s.actual))
            });
        let entries = self
            .by_target
            .get(r.id.as_str())
            .map_or(&[][..], Vec::as_slice);
        if let Some(aggregate) = r.window {
            if let Some((Some(d), Some(v))) = own {
                if d == date {
                    return (Some(v), None);
                }
            }
            let chain = rates::chain(r.start, r.deadline, aggregate, &rates(entries), date);
            let missing = chain.figure().is_none().then(|| {
                format!(
                    "its chained figure at {date}: {}",
                    chain_reason(&chain.chained)
                )
            });
            return (chain.figure(), missing);
        }
        let values = rates(entries);
        if r.measure == Measure::Growth {
            let rate = values
                .iter()
                .rev()
                .find(|(d, _)| d.year() == date.year() && *d <= date)
                .map(|(_, v)| *v);
            let missing = rate
                .is_none()
                .then(|| format!("no rate dated in {}", date.year()));
            return (rate, missing);
        }
        let value = values
            .iter()
            .rev()
            .find(|(d, _)| *d == date)
            .map(|(_, v)| *v);
        let missing = value.is_none().then(|| format!("no value dated {date}"));
        (value, missing)
    }
}

/// A series' report: its latest value (its chained figure, over a window), its history.
pub fn series_report(s: &Target, entries: &[Entry<'_>]) -> SeriesReport {
    let latest = entries.last().map(|e| e.actual);
    let as_of = latest.map(|a| a.as_of);
    let values = rates(entries);
    let chain = s
        .window
        .zip(as_of)
        .map(|(aggregate, d)| rates::chain(s.start, s.deadline, aggregate, &values, d));
    let mut history: Vec<Point> = Vec::new();
    for (d, v) in &values {
        if history.last().is_some_and(|p| p.as_of == *d) {
            continue;
        }
        history.push(Point {
            as_of: *d,
            value: to_f64(*v),
        });
    }
    SeriesReport {
        id: s.id.clone(),
        name: s.name.clone(),
        group: s.group.clone(),
        unit: s.unit.as_ref().map(ToString::to_string),
        measure: s.measure,
        aggregate: s.window,
        actual: match &chain {
            Some(c) => c.figure(),
            None => latest.and_then(|a| a.observed.number()),
        },
        as_of,
        history,
        reason: chain
            .as_ref()
            .filter(|c| c.figure().is_none())
            .map(|c| chain_reason(&c.chained)),
        years: chain.map(|c| c.years),
        quote: s.quote.clone(),
    }
}
