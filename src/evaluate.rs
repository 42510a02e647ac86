//! Evaluation: spec + actuals → report. Pure: no I/O, no clock; the evaluation date comes
//! from the actuals, so the same files always give the same report.

use std::collections::BTreeMap;

use crate::actuals::{Actual, Actuals, Observed};
use crate::pace;
use crate::report::{Report, Status, Summary, TargetReport};
use crate::spec::{Goal, Measure, PaceModel, Rule, Spec, Target};
use crate::status::{self, Facts};

/// Eurostat's "significant progress" bar: a pace index at or above it is on track.
pub const DEFAULT_ON_TRACK_THRESHOLD: f64 = 0.95;

/// Which statuses fail the run (for targets of severity `error`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailOn {
    pub missed: bool,
    pub behind: bool,
}

impl FailOn {
    pub const MISSED: FailOn = FailOn {
        missed: true,
        behind: false,
    };
    pub const BEHIND: FailOn = FailOn {
        missed: true,
        behind: true,
    };
    pub const NEVER: FailOn = FailOn {
        missed: false,
        behind: false,
    };

    pub fn fails(self, status: Status) -> bool {
        match status {
            Status::Missed => self.missed,
            Status::Behind => self.behind,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub on_track_threshold: f64,
    pub fail_on: FailOn,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            on_track_threshold: DEFAULT_ON_TRACK_THRESHOLD,
            fail_on: FailOn::MISSED,
        }
    }
}

/// Evaluates every target of `spec` against the actuals. Where several files give a value
/// for one target, the one with the latest `as_of` decides.
pub fn evaluate(spec: &Spec, actuals: &[Actuals], settings: &Settings) -> Report {
    let mut latest: BTreeMap<&str, &Actual> = BTreeMap::new();
    for file in actuals {
        for (id, actual) in &file.values {
            let entry = latest.entry(id.as_str()).or_insert(actual);
            if actual.as_of > entry.as_of {
                *entry = actual;
            }
        }
    }
    let targets: Vec<TargetReport> = spec
        .targets
        .iter()
        .map(|t| evaluate_target(t, latest.get(t.id.as_str()).copied(), settings))
        .collect();
    Report {
        title: spec.title.clone(),
        spec_file: spec.file_name.clone(),
        as_of: actuals.iter().map(|a| a.as_of).max(),
        threshold: settings.on_track_threshold,
        summary: Summary::from_targets(&targets),
        targets,
    }
}

/// Whether `actual` satisfies `rule` against `goal` (or the band / tolerance).
pub fn rule_holds(target: &Target, goal: Option<f64>, actual: f64) -> Option<bool> {
    Some(match (target.rule, target.goal) {
        (Rule::Between, Goal::Band { low, high }) => low <= actual && actual <= high,
        (Rule::About, _) => (actual - goal?).abs() <= target.tolerance.unwrap_or(0.0),
        (Rule::AtLeast, _) => actual >= goal?,
        (Rule::MoreThan, _) => actual > goal?,
        (Rule::AtMost, _) => actual <= goal?,
        (Rule::LessThan, _) => actual < goal?,
        (Rule::Between | Rule::Done, _) => return None,
    })
}

/// The pace model that applies: the target's own, else the default of its measure.
pub fn pace_model(target: &Target, baseline: Option<f64>) -> PaceModel {
    if let Some(p) = target.pace {
        return p;
    }
    let single_goal = !matches!(target.rule, Rule::Between | Rule::About);
    match target.measure {
        Measure::Level if single_goal && baseline.is_some() => match target.goal {
            Goal::Multiply(_) => PaceModel::Compound,
            _ => PaceModel::Linear,
        },
        Measure::Ytd if single_goal => PaceModel::Linear,
        _ => PaceModel::None,
    }
}

fn evaluate_target(target: &Target, actual: Option<&Actual>, settings: &Settings) -> TargetReport {
    let baseline = actual.and_then(|a| a.baseline).or(target.baseline);
    let goal = target.goal.resolve(baseline);
    let as_of = actual.map(|a| a.as_of);
    let is_final = as_of.is_some_and(|d| d >= target.deadline);
    let elapsed = as_of.map(|d| pace::elapsed_fraction(target.start, target.deadline, d));
    let value = actual.and_then(|a| a.observed.number());

    let (done, done_on) = match actual.map(|a| a.observed) {
        Some(Observed::Done { done, date }) => (Some(done), date),
        _ => (None, None),
    };
    let holds = match (done, value) {
        (Some(done), _) => Some(done && done_on.is_none_or(|d| d <= target.deadline)),
        (None, Some(v)) => rule_holds(target, goal, v),
        (None, None) => None,
    };

    // Progress: from the baseline (0 for flows, which start from nothing) to the goal.
    let origin = match target.measure {
        Measure::Ytd => Some(0.0),
        Measure::Level => baseline,
        _ => None,
    };
    let single_goal = !matches!(target.rule, Rule::Between | Rule::About);
    let progress = match (origin, goal, value) {
        (Some(o), Some(g), Some(v)) if single_goal => pace::progress(o, g, v),
        _ => None,
    };

    let mut model = pace_model(target, baseline);
    let pace_index = match (model, origin, goal, value, elapsed, as_of) {
        _ if is_final || holds == Some(true) => None,
        (PaceModel::Linear, Some(_), Some(g), Some(v), Some(f), _)
            if target.measure == Measure::Ytd && target.rule.is_cap() =>
        {
            pace::cap_budget(g, v, f)
        }
        (PaceModel::Linear, Some(o), Some(g), Some(v), Some(f), _) => pace::linear(o, g, v, f),
        (PaceModel::Compound, Some(o), Some(g), Some(v), _, Some(d)) => {
            pace::compound(o, g, v, target.start, target.deadline, d)
        }
        _ => None,
    };
    if pace_index.is_none() {
        model = PaceModel::None;
    }

    let facts = Facts {
        measure: target.measure,
        rule: target.rule,
        has_actual: actual.is_some(),
        holds,
        is_final,
        pace: pace_index,
    };
    let (status, reason) = status::decide(&facts, settings.on_track_threshold);
    let would_fail = settings.fail_on.fails(status);
    let severity_error = target.severity == crate::spec::Severity::Error;

    let gap = match (target.goal, value) {
        (Goal::Band { low, high }, Some(v)) => Some(if v < low {
            v - low
        } else if v > high {
            v - high
        } else {
            0.0
        }),
        (_, Some(v)) => goal.map(|g| v - g),
        _ => None,
    };
    let stretch_met = match (target.stretch, value) {
        (Some(s), Some(v)) => Some(if target.rule == Rule::MoreThan {
            v > s
        } else {
            v >= s
        }),
        _ => None,
    };

    TargetReport {
        id: target.id.clone(),
        name: target.name.clone(),
        group: target.group.clone(),
        status,
        severity: target.severity,
        failing: would_fail && severity_error,
        warning: would_fail && !severity_error,
        rule: target.rule,
        measure: target.measure,
        unit: target.unit.as_ref().map(ToString::to_string),
        goal,
        band: match target.goal {
            Goal::Band { low, high } => Some((low, high)),
            _ => None,
        },
        spec_goal: target.goal,
        tolerance: target.tolerance,
        stretch: target.stretch,
        stretch_met,
        baseline,
        actual: value,
        growth_from: match actual.map(|a| a.observed) {
            Some(Observed::Growth {
                previous, current, ..
            }) => Some((previous, current)),
            _ => None,
        },
        done,
        done_on,
        gap,
        progress,
        elapsed,
        pace: pace_index,
        pace_model: (model != PaceModel::None).then_some(model),
        start: target.start,
        deadline: target.deadline,
        as_of,
        is_final,
        reason: reason.to_string(),
        actual_source: actual.and_then(|a| a.source.clone()),
        quote: target.quote.clone(),
        line: target.line,
        column: target.column,
    }
}
