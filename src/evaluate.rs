//! Evaluation: spec + actuals → report. Pure: no I/O, no clock; the evaluation date comes
//! from the actuals, so the same files always give the same report.

use crate::actuals::{Actuals, Observed};
use crate::decimal::{Decimal, to_f64};
use crate::hold;
use crate::pace;
pub use crate::report::Focus;
use crate::report::{
    Assessment, ElapsedTrace, NoPace, PaceFormula, PaceTrace, Point, ProfileReport, ProgressTrace,
    Projection, Regression, Report, RuleTest, Schedule, Status, TargetReport, Trace, Trend,
    TrendLine, WindowTrace,
};
use crate::snapshots::Entry;
use crate::spec::{Aggregate, Goal, Measure, PaceModel, Rule, Spec, Target};
use crate::status::{Facts, Judged};
use crate::trend::{self, Aim, Better};

mod panel;
pub mod stream;

/// Eurostat's "significant progress" bar: a pace index at or above it is on track.
pub const DEFAULT_ON_TRACK_THRESHOLD: f64 = 0.95;

/// Why a flow (`ytd`) whose latest value is dated before its start has no data.
pub const BEFORE_WINDOW: &str =
    "the latest value is dated before the target's start, and a flow counts from its start";

/// What fails the run (for targets of severity `error`): a set, from `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FailOn {
    pub missed: bool,
    pub behind: bool,
    /// The latest value moved away from the goal compared with the snapshot before.
    pub regress: bool,
    pub no_data: bool,
}

impl FailOn {
    pub const MISSED: FailOn = FailOn {
        missed: true,
        behind: false,
        regress: false,
        no_data: false,
    };
    /// `behind` implies `missed`: a gate strict about pace is strict about outcomes too.
    pub const BEHIND: FailOn = FailOn {
        missed: true,
        behind: true,
        regress: false,
        no_data: false,
    };
    pub const NEVER: FailOn = FailOn {
        missed: false,
        behind: false,
        regress: false,
        no_data: false,
    };

    /// Whether a target with this status (and regression) fails the run.
    pub fn fails(self, status: Status, regressed: bool) -> bool {
        let by_status = match status {
            Status::Missed => self.missed,
            Status::Behind => self.behind,
            Status::NoData => self.no_data,
            _ => false,
        };
        by_status || (self.regress && regressed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub on_track_threshold: f64,
    pub fail_on: FailOn,
    /// The evaluation date (`--as-of`): values dated after it are left out. `None`: the
    /// latest `as_of` of the files.
    pub as_of: Option<chrono::NaiveDate>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            on_track_threshold: DEFAULT_ON_TRACK_THRESHOLD,
            fail_on: FailOn::MISSED,
            as_of: None,
        }
    }
}

/// Evaluates every target of `spec` against the actuals. Where several files give values
/// for one target, the one with the latest `as_of` decides and all of them form its history
/// (see [`crate::snapshots`]; conflicting values are caught when the files are loaded).
pub fn evaluate(spec: &Spec, actuals: &[Actuals], settings: &Settings) -> Report {
    evaluate_focused(spec, actuals, settings, &Focus::default())
}

/// [`evaluate`], keeping whole target reports of the panel entities `focus` selects (for
/// [`Report::drilled_down`]).
pub fn evaluate_focused(
    spec: &Spec,
    actuals: &[Actuals],
    settings: &Settings,
    focus: &Focus,
) -> Report {
    let mut run = stream::Run::new(spec, actuals, settings, focus);
    // Targets in an order where a goal stated against another target comes after it
    // (`figures::order`): each figure is computed once, and a goal stated against it
    // reads it from here.
    let mut done: Vec<Option<TargetReport>> = vec![None; spec.targets().len()];
    for i in crate::figures::order(spec) {
        done[i] = Some(run.target(i, &done));
    }
    run.report(done.into_iter().flatten().collect())
}

/// Whether `actual` satisfies `rule` against `goal` (or the band / tolerance), compared
/// as the decimals they are: a value equal to the goal satisfies an inclusive rule.
pub fn rule_holds(target: &Target, goal: Option<Decimal>, actual: Decimal) -> Option<bool> {
    rule_test(target, goal, actual).and_then(RuleTest::holds)
}

/// [`rule_holds`] with its operands, for showing the test. `None` for a milestone.
pub fn rule_test(target: &Target, goal: Option<Decimal>, actual: Decimal) -> Option<RuleTest> {
    Some(match (target.rule, target.goal) {
        (Rule::Between, Goal::Band { low, high }) => RuleTest::Between {
            low,
            actual,
            high,
            holds: low <= actual && actual <= high,
        },
        (Rule::About, _) => {
            let Some(goal) = goal else {
                return Some(RuleTest::NoGoal);
            };
            let tolerance = target.tolerance.unwrap_or(Decimal::ZERO);
            // A difference beyond the decimal range is far outside any tolerance.
            let difference = actual.checked_sub(goal).map(|d| d.abs());
            RuleTest::About {
                actual,
                goal,
                difference,
                tolerance,
                holds: difference.is_some_and(|d| d <= tolerance),
            }
        }
        (rule @ (Rule::AtLeast | Rule::MoreThan | Rule::AtMost | Rule::LessThan), _) => {
            let Some(goal) = goal else {
                return Some(RuleTest::NoGoal);
            };
            let (holds, within_tolerance) = hold::compare(rule, goal, target.tolerance, actual);
            RuleTest::Compare {
                actual,
                rule,
                goal,
                tolerance: target.tolerance,
                holds,
                within_tolerance,
            }
        }
        (rule @ (Rule::Falls | Rule::Rises), _) => {
            let Some(goal) = goal else {
                return Some(RuleTest::NoGoal);
            };
            RuleTest::Compare {
                actual,
                rule,
                goal,
                tolerance: None,
                holds: if rule == Rule::Falls {
                    actual < goal
                } else {
                    actual > goal
                },
                within_tolerance: false,
            }
        }
        (Rule::Between | Rule::Done | Rule::Assessed, _) => return None,
    })
}

/// The values a `between` or `about` rule accepts: the band, or goal ± tolerance.
fn accepted(target: &Target, goal: Option<Decimal>) -> Option<(Decimal, Decimal)> {
    match (target.rule, target.goal) {
        (Rule::Between, Goal::Band { low, high }) => Some((low, high)),
        (Rule::About, _) => {
            let (goal, tolerance) = (goal?, target.tolerance?);
            Some((goal.checked_sub(tolerance)?, goal.checked_add(tolerance)?))
        }
        _ => None,
    }
}

/// [`rule_holds`] for a value computed in floating point (a trend line's value at the
/// deadline): compared in `f64` with the goal's nearest float.
fn rule_holds_approx(target: &Target, goal: Option<Decimal>, actual: f64) -> Option<bool> {
    let goal = goal.map(to_f64);
    let slack = target.tolerance.map_or(0.0, to_f64);
    Some(match (target.rule, target.goal) {
        (Rule::Between, Goal::Band { low, high }) => {
            to_f64(low) <= actual && actual <= to_f64(high)
        }
        (Rule::About, _) => (actual - goal?).abs() <= target.tolerance.map_or(0.0, to_f64),
        // A floor's or a cap's tolerance widens it (`hold::compare`, exactly).
        (Rule::AtLeast, _) => actual >= goal? - slack,
        (Rule::MoreThan, _) => actual > goal? || (slack > 0.0 && actual >= goal? - slack),
        (Rule::AtMost, _) => actual <= goal? + slack,
        (Rule::LessThan, _) => actual < goal? || (slack > 0.0 && actual <= goal? + slack),
        (Rule::Falls, _) => actual < goal?,
        (Rule::Rises, _) => actual > goal?,
        (Rule::Between | Rule::Done | Rule::Assessed, _) => return None,
    })
}

/// The pace model that applies: the target's own, else the default of its measure.
pub fn pace_model(target: &Target, baseline: Option<Decimal>) -> PaceModel {
    if let Some(p) = target.pace {
        return p;
    }
    // A goal stated against another figure, a direction and a window's chained figure
    // have no schedule from a baseline (a cumulative figure's pace is `rates`' own).
    if target.of.is_some() || target.rule.is_direction() || target.window.is_some() {
        return PaceModel::None;
    }
    let single_goal = target.rule.has_single_goal();
    match target.measure {
        Measure::Level if single_goal && baseline.is_some() => match target.goal {
            Goal::Multiply(_) => PaceModel::Compound,
            _ => PaceModel::Linear,
        },
        Measure::Ytd if single_goal => PaceModel::Linear,
        _ => PaceModel::None,
    }
}

/// A target tested by its rule alone, with no pace: a goal stated against another
/// figure (`of`), a direction (`falls`, `rises`), an `average` over a window.
pub(crate) fn rule_only(target: &Target) -> bool {
    target.of.is_some() || target.rule.is_direction() || target.window == Some(Aggregate::Average)
}

/// A `cumulative` figure over a window against a number of its own: paced by the annual
/// rate achieved against the rate required.
pub(crate) fn paced_over_window(target: &Target) -> bool {
    target.window == Some(Aggregate::Cumulative) && !rule_only(target)
}

pub(crate) fn evaluate_target(
    target: &Target,
    entries: &[Entry<'_>],
    settings: &Settings,
    refs: &crate::figures::Refs<'_, '_>,
) -> TargetReport {
    // A flow counts from its start: a value dated before the window belongs to another
    // window (as in its history), so it decides nothing: no data for this one.
    let before_window =
        |a: &&crate::actuals::Actual| target.measure == Measure::Ytd && a.as_of < target.start;
    let latest = entries.last().map(|e| e.actual);
    let actual = latest.filter(|a| !before_window(a));
    let baseline = actual.and_then(|a| a.baseline).or(target.baseline);
    let as_of = actual.map(|a| a.as_of);
    // Over a window, the figure is the rates chained (computed once, here).
    let chain = target.window.zip(as_of).map(|(aggregate, d)| {
        crate::rates::chain(
            target.start,
            target.deadline,
            aggregate,
            &crate::figures::rates(entries),
            settings.as_of.map_or(d, |r| r.max(d)),
        )
    });
    let relative = target
        .of
        .as_ref()
        .map(|of| refs.relative(target, of, as_of));
    let goal = match target.goal {
        Goal::Of { plus } => relative
            .as_ref()
            .and_then(|r| r.figure)
            .and_then(|f| f.checked_add(plus)),
        // A rate falls below 0 and rises above it; a level moves from its baseline.
        Goal::Direction if target.measure == Measure::Growth => Some(Decimal::ZERO),
        Goal::Direction => baseline,
        _ => target.goal.resolve(baseline),
    };
    let is_final = as_of.is_some_and(|d| d >= target.deadline);
    let elapsed = as_of.map(|d| pace::elapsed_fraction(target.start, target.deadline, d));
    // The share of the goal due by now: the profile's for a seasonal flow, else `f`.
    let due_share = as_of.and_then(|d| {
        target
            .profile
            .map(|p| p.expected_share(target.start, target.deadline, d))
    });
    let due_now = due_share.or(elapsed);
    let value = match &chain {
        Some(chain) => chain.figure(),
        None => actual.and_then(|a| a.observed.number()),
    };
    let rule_only = rule_only(target);
    let cumulative = paced_over_window(target);

    let (done, done_on) = match actual.map(|a| a.observed) {
        Some(Observed::Done { done, date }) => (Some(done), date),
        _ => (None, None),
    };
    let rule_test = value.and_then(|v| rule_test(target, goal, v));
    let holds = match (done, rule_test) {
        (Some(done), _) => Some(done && done_on.is_none_or(|d| d <= target.deadline)),
        (None, Some(test)) => test.holds(),
        (None, None) => None,
    };

    // A bound the baseline already satisfies is maintained, not travelled towards: no
    // origin, so no progress, schedule or pace (docs/status-model.md).
    let maintaining = hold::is_maintaining(target, baseline, |b| rule_holds(target, goal, b));
    let hold = hold::effective(target, maintaining);
    let within_tolerance = matches!(
        rule_test,
        Some(RuleTest::Compare {
            within_tolerance: true,
            ..
        })
    );

    // Progress: from the baseline (0 for flows, which start from nothing) to the goal.
    let origin = match target.measure {
        _ if maintaining || rule_only => None,
        Measure::Ytd => Some(Decimal::ZERO),
        Measure::Level => baseline,
        _ => None,
    };
    let single_goal = target.rule.has_single_goal();
    // Progress, pace, schedules and projections are floating point (ratios, roots, fits),
    // from the figures' nearest floats; whether the rule holds is decided exactly above.
    let (origin_f, goal_f, value_f) = (origin.map(to_f64), goal.map(to_f64), value.map(to_f64));
    // A floor or cap its baseline already keeps has no way to go from the baseline:
    // progress, a share of that way, is left out there rather than shown as −300 % or
    // 433 % (docs/status-model.md, "Progress").
    let kept_from_start = target.measure == Measure::Level
        && baseline.is_some_and(|b| rule_holds(target, goal, b) == Some(true));
    let progress = match (origin_f, goal_f, value_f) {
        (Some(o), Some(g), Some(v)) if single_goal && !kept_from_start => pace::progress(o, g, v),
        _ => None,
    };

    let mut model = pace_model(target, baseline);
    // A seasonal flow of which the profile expects nothing yet: no pace, and on track.
    let nothing_due = due_share == Some(0.0) && model == PaceModel::Linear && !is_final;
    let schedule = match (origin_f, goal_f) {
        (Some(origin), Some(goal)) if single_goal && model != PaceModel::None => Some(Schedule {
            model,
            origin,
            goal,
            path: match target.profile {
                Some(p) if model == PaceModel::Linear => p
                    .path(target.start, target.deadline)
                    .into_iter()
                    .map(|(f, share)| (f, origin + share * (goal - origin)))
                    .collect(),
                _ => pace::schedule_path(model, origin, goal),
            },
        }),
        _ => None,
    };
    // A cumulative figure over a window: the figure required after t of T years, and π
    // as the annual rate achieved against the annual rate required (docs/status-model.md).
    let years_in_window = crate::rates::years_in_window(target.start, target.deadline);
    let chained_t = chain.as_ref().and_then(crate::rates::Chain::t);
    let window_pace = match (goal_f, value_f, chained_t) {
        (Some(g), Some(c), Some(t)) if cumulative => {
            crate::rates::cumulative_pace(c, t, g, years_in_window)
        }
        _ => None,
    };
    let expected = match (origin_f, goal_f, due_now) {
        _ if cumulative => match (goal_f, chained_t) {
            (Some(g), Some(t)) if !is_final => {
                crate::rates::required_cumulative(g, t, years_in_window)
            }
            _ => None,
        },
        (Some(o), Some(g), Some(f)) if single_goal && !is_final => pace::expected(model, o, g, f),
        _ => None,
    };
    let paced: Option<(PaceFormula, f64)> =
        match (model, origin_f, goal_f, value_f, due_now, as_of) {
            _ if is_final => None,
            _ if cumulative => window_pace.filter(|_| holds == Some(false)).map(|w| {
                let formula = PaceFormula::Window {
                    achieved: w.achieved,
                    required: w.required,
                };
                (formula, w.pace)
            }),
            // A flow under a cap holds until the day it breaks it: its pace is how much of the
            // cap it has used against how much time has gone (docs/status-model.md).
            (PaceModel::Linear, Some(_), Some(g), Some(v), Some(f), _)
                if target.measure == Measure::Ytd && target.rule.is_cap() =>
            {
                pace::cap_budget(g, v, f)
                    .zip(goal.zip(value))
                    .map(|(pi, (goal, actual))| {
                        let formula = PaceFormula::Cap {
                            goal,
                            elapsed: f,
                            actual,
                        };
                        (formula, pi)
                    })
            }
            _ if holds == Some(true) => None,
            (PaceModel::Linear, Some(o), Some(g), Some(v), Some(f), _) => pace::linear(o, g, v, f)
                .map(|pi| {
                    let progress = pace::progress(o, g, v).unwrap_or(pi * f);
                    (
                        PaceFormula::Linear {
                            progress,
                            elapsed: f,
                        },
                        pi,
                    )
                }),
            (PaceModel::Compound, Some(o), Some(g), Some(v), _, Some(d)) => {
                pace::compound_terms(o, g, v, target.start, target.deadline, d)
                    .map(|terms| (PaceFormula::Compound(terms), terms.pace))
            }
            _ => None,
        };
    let pace_index = paced.map(|(_, pi)| pi);
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
        hold,
        maintaining,
        nothing_due,
        judged: if cumulative {
            Judged::ByPace
        } else if rule_only || maintaining {
            Judged::RuleOnly
        } else {
            Judged::ByMeasure
        },
    };
    let hold_years = match (hold, as_of) {
        (Some(crate::spec::Hold::EveryYear), Some(d)) => {
            Some(hold::judge_years(target, entries, d, |v| {
                rule_holds(target, goal, v)
            }))
        }
        (Some(crate::spec::Hold::EveryYear), None) => Some(Vec::new()),
        _ => None,
    };
    // An assessed target's status is the person's judgement, taken as it is.
    let judged = match actual.map(|a| a.observed) {
        Some(Observed::Assessed(s)) => Some(s),
        _ => None,
    };
    let crate::status::Decision {
        status,
        mut reason,
        mut breached,
    } = match judged {
        Some(s) => crate::status::Decision {
            status: s,
            reason: "a person's judgement".to_string(),
            breached: false,
        },
        None => hold::decide(
            &facts,
            hold_years.as_deref().unwrap_or_default(),
            settings.on_track_threshold,
        ),
    };
    // A rule that holds only thanks to its tolerance says so (docs/status-model.md).
    if let (true, Some(goal), Some(tolerance)) = (within_tolerance, goal, target.tolerance) {
        if let Some(r) = hold::within_tolerance_reason(&reason, target.rule, goal, tolerance) {
            reason = r;
        }
    }
    // A person's judgement, or a value dated before the window, has a reason of its own.
    if latest.is_some_and(|a| before_window(&a)) {
        reason = BEFORE_WINDOW.to_string();
        breached = false;
    }
    // Why a figure or a goal is unknown, naming what is missing.
    let pending_reason = match (&chain, &relative) {
        _ if status != Status::Pending => None,
        (Some(chain), _) if chain.figure().is_none() => {
            Some(crate::figures::chain_reason(&chain.chained))
        }
        (_, Some(rel)) if rel.figure.is_none() => Some(format!(
            "the goal is stated against `{}`, which has no figure for this date: {}",
            rel.id,
            rel.missing.as_deref().unwrap_or("none given")
        )),
        _ => None,
    };

    let history = history(target, entries);
    // A window's rates say nothing of where its chained figure heads: no line, no
    // regression against the goal.
    let outlook = if chain.is_some() {
        Outlook::default()
    } else {
        outlook(target, goal, &history)
    };
    let regressed = chain.is_none() && regressed(target, entries, goal);
    let regression = regressed.then_some(Regression {
        values: match history.as_slice() {
            [.., before, latest] => Some((*before, *latest)),
            _ => None,
        },
    });
    let projection = match (outlook.line, outlook.projected) {
        (None, _) => Projection::NoLine,
        // The line holds from before the window: from the window's start, then.
        (Some(_), Some(date)) => Projection::On(date.max(target.start)),
        _ if !single_goal => Projection::NotSingleGoal,
        _ if goal.is_none() => Projection::UnknownGoal,
        _ if status == Status::Met => Projection::NotNeeded,
        // The rule holds now and on the line at the deadline: nothing to reach.
        _ if holds == Some(true)
            && outlook
                .projected_at_deadline
                .and_then(|v| rule_holds_approx(target, goal, v))
                == Some(true) =>
        {
            Projection::NotNeeded
        }
        _ => Projection::Never,
    };
    let trace = Trace {
        rule_test,
        holds,
        elapsed: as_of.zip(elapsed).map(|(d, elapsed)| {
            let days_gone = (d - target.start).num_days();
            let days_in_window = (target.deadline - target.start).num_days();
            ElapsedTrace {
                days_gone,
                days_in_window,
                clamped: days_in_window > 0 && (days_gone < 0 || days_gone > days_in_window),
                elapsed,
            }
        }),
        progress: match (progress, origin, goal, value) {
            (Some(progress), Some(origin), Some(goal), Some(actual)) => Some(ProgressTrace {
                actual,
                origin,
                flow: target.measure == Measure::Ytd,
                goal,
                progress,
            }),
            _ => None,
        },
        pace: actual.map(|_| match paced {
            Some((formula, pace)) => PaceTrace::Index {
                formula,
                pace,
                on_track: pace >= settings.on_track_threshold,
                threshold: settings.on_track_threshold,
            },
            None => PaceTrace::None(match (target.measure, target.rule) {
                _ if is_final => NoPace::Final,
                _ if maintaining => NoPace::Maintaining,
                _ if holds == Some(true) => NoPace::RuleHolds,
                _ if nothing_due => NoPace::NothingDue,

                _ if rule_only => NoPace::RuleOnly,
                (Measure::Growth, _) if !cumulative => NoPace::Growth,
                (Measure::Milestone, _) => NoPace::Milestone,
                (Measure::Assessed, _) => NoPace::Assessed,
                (_, Rule::Between | Rule::About) => NoPace::NotSingleGoal,
                (Measure::Level, _) if baseline.is_none() => NoPace::NoBaseline,
                _ => NoPace::NoPath,
            }),
        }),
        wants_baseline: status == Status::Pending
            && target.measure == Measure::Level
            && target.pace != Some(PaceModel::None)
            && single_goal
            && baseline.is_none()
            && goal.is_some(),
        window: match (target.window, &chain) {
            (Some(aggregate), Some(chain)) => match chain.chained {
                crate::rates::Chained::Figure { product, t, .. } => Some(WindowTrace {
                    aggregate,
                    product,
                    t,
                    years_in_window,
                    achieved: window_pace.map(|w| w.achieved),
                    required: window_pace.map(|w| w.required),
                }),
                _ => None,
            },
            _ => None,
        },
    };
    // On track by pace, but the line through the history misses the goal at the deadline.
    let at_risk = status == Status::OnTrack
        && pace_index.is_some()
        && outlook
            .projected_at_deadline
            .and_then(|v| rule_holds_approx(target, goal, v))
            == Some(false);

    let assessment = actual
        .filter(|_| judged.is_some())
        .and_then(|a| a.by.clone())
        .map(|by| Assessment {
            by,
            note: actual.and_then(|a| a.note.clone()),
        });
    let would_fail = settings.fail_on.fails(status, regressed);
    let severity_error = target.severity == crate::spec::Severity::Error;

    // Exact; a difference beyond the decimal range is left out rather than shown wrong.
    let gap = match (target.goal, value) {
        (Goal::Band { low, high }, Some(v)) => {
            if v < low {
                v.checked_sub(low)
            } else if v > high {
                v.checked_sub(high)
            } else {
                Some(Decimal::ZERO)
            }
        }
        (_, Some(v)) => goal.and_then(|g| v.checked_sub(g)),
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
        class: target.class,
        owners: target.owners.clone(),
        failing: would_fail && severity_error,
        warning: would_fail && !severity_error,
        rule: target.rule,
        measure: target.measure,
        assessed: assessment.clone(),
        unit: target.unit.as_ref().map(ToString::to_string),
        goal,
        band: match target.goal {
            Goal::Band { low, high } => Some((low, high)),
            _ => None,
        },
        spec_goal: target.goal,
        tolerance: target.tolerance,
        within_tolerance,
        hold,
        maintaining,
        breached,
        hold_years,
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
        expected,
        schedule,
        profile: target.profile.map(|p| ProfileReport {
            shares: p.shares,
            expected_share: due_share.filter(|_| !is_final),
            terms: as_of
                .filter(|_| !is_final)
                .map(|d| p.terms(target.start, target.deadline, d)),
        }),
        stale: false,
        accepted: accepted(target, goal),
        pace_model: (model != PaceModel::None).then_some(model),
        start: target.start,
        deadline: target.deadline,
        as_of,
        is_final,
        reason: match &assessment {
            Some(a) => match &a.note {
                Some(note) => format!("assessed by {}: {note}", a.by),
                None => format!("assessed by {}", a.by),
            },
            None => pending_reason.unwrap_or(reason),
        },
        // A value's own `source`, else its file's.
        actual_source: entries
            .last()
            .filter(|_| actual.is_some())
            .and_then(|e| e.actual.source.clone().or_else(|| e.file.source.clone())),
        // The entry that decides: the latest dated by the evaluation date (`--as-of`).
        actual_file: entries
            .last()
            .filter(|_| actual.is_some())
            .map(|e| e.file.file_name.clone()),
        actual_entered: actual.and_then(|a| a.entered.clone()),
        quote: target.quote.clone(),
        history,
        trend: outlook.trend,
        trend_line: outlook.line,
        projection,
        projected_at_deadline: outlook.projected_at_deadline,
        at_risk,
        regression,
        aggregate: target.window,
        years: chain.map(|c| c.years),
        relative,
        trace,
        panel: None,
        line: target.line,
        column: target.column,
    }
}

/// The numeric values of a target in date order, one per date (equal values on one date
/// were checked to agree). A flow (`ytd`) counts from its start: earlier points belong to
/// another window. Milestones have no numeric history.
fn history(target: &Target, entries: &[Entry<'_>]) -> Vec<Point> {
    let mut points: Vec<Point> = Vec::new();
    for e in entries {
        let Some(value) = e.actual.observed.number() else {
            continue;
        };
        if target.measure == Measure::Ytd && e.actual.as_of < target.start {
            continue;
        }
        if points.last().is_some_and(|p| p.as_of == e.actual.as_of) {
            continue;
        }
        points.push(Point {
            as_of: e.actual.as_of,
            value: to_f64(value),
        });
    }
    points
}

/// Which way is better for the target, and the level to reach. For a band or an `about`
/// goal, better is towards its middle from where the latest value lies.
fn aim(target: &Target, goal: Option<Decimal>, latest: f64) -> Option<Aim> {
    let goal = goal.map(to_f64);
    let floor = |strict| Aim {
        better: Better::Higher,
        level: goal,
        strict,
        projectable: true,
    };
    let cap = |strict| Aim {
        better: Better::Lower,
        level: goal,
        strict,
        projectable: true,
    };
    let towards = |middle: f64| Aim {
        better: if latest <= middle {
            Better::Higher
        } else {
            Better::Lower
        },
        level: Some(middle),
        strict: false,
        projectable: false,
    };
    Some(match (target.rule, target.goal) {
        (Rule::AtLeast, _) => floor(false),
        (Rule::MoreThan, _) => floor(true),
        (Rule::AtMost, _) => cap(false),
        (Rule::LessThan | Rule::Falls, _) => cap(true),
        (Rule::Rises, _) => floor(true),
        (Rule::Between, Goal::Band { low, high }) => towards((to_f64(low) + to_f64(high)) / 2.0),
        (Rule::About, _) => towards(goal?),
        (Rule::Between | Rule::Done | Rule::Assessed, _) => return None,
    })
}

#[derive(Debug, Default)]
struct Outlook {
    line: Option<TrendLine>,
    trend: Option<Trend>,
    projected: Option<chrono::NaiveDate>,
    projected_at_deadline: Option<f64>,
}

/// Trend and projection from the least-squares line through the history, with days
/// counted from the target's start.
fn outlook(target: &Target, goal: Option<Decimal>, history: &[Point]) -> Outlook {
    let (Some(first), Some(latest), Some(line)) = (
        history.first(),
        history.last(),
        trend::fit(history, target.start),
    ) else {
        return Outlook::default();
    };
    let end = target.deadline.max(latest.as_of);
    let trend_line = TrendLine {
        line,
        change: line.slope * (latest.as_of - first.as_of).num_days() as f64,
        from: Point {
            as_of: first.as_of,
            value: line.at(first.as_of),
        },
        to: Point {
            as_of: end,
            value: line.at(end),
        },
        flat_scale: None,
    };
    let Some(aim) = aim(target, goal, latest.value) else {
        return Outlook {
            line: Some(trend_line),
            ..Outlook::default()
        };
    };
    Outlook {
        line: Some(TrendLine {
            flat_scale: Some(trend::flat_scale(first.value, aim.level)),
            ..trend_line
        }),
        trend: trend::trend(history, &line, &aim),
        projected: trend::projected(&line, &aim),
        projected_at_deadline: Some(line.at(target.deadline)).filter(|v| v.is_finite()),
    }
}

/// Whether the latest value moved away from the goal compared with the snapshot before:
/// down for a floor, up for a cap, further out of a band, or a milestone undone. A flow
/// (`ytd`) is compared within its window only, as its history is; a flow under a cap
/// rises by nature, and its budget pace already says whether it rises too fast.
fn regressed(target: &Target, entries: &[Entry<'_>], goal: Option<Decimal>) -> bool {
    let ytd = target.measure == Measure::Ytd;
    if ytd && target.rule.is_cap() {
        return false;
    }
    let in_window = |a: &&crate::actuals::Actual| !ytd || a.as_of >= target.start;
    let Some(latest) = entries.last().map(|e| e.actual).filter(in_window) else {
        return false;
    };
    let Some(before) = entries
        .iter()
        .rev()
        .map(|e| e.actual)
        .filter(in_window)
        .find(|a| a.as_of < latest.as_of)
    else {
        return false;
    };
    if let (Observed::Done { done: was, .. }, Observed::Done { done: is, .. }) =
        (before.observed, latest.observed)
    {
        return was && !is;
    }
    // A judgement regresses when it is worse than the one before.
    if let (Observed::Assessed(was), Observed::Assessed(is)) = (before.observed, latest.observed) {
        return is.rank() < was.rank();
    }
    let (Some(b), Some(l)) = (before.observed.number(), latest.observed.number()) else {
        return false;
    };
    // The distance outside a band or tolerance, exactly (`None` beyond the decimal range:
    // no regression is claimed then).
    let distance = |v: Decimal| -> Option<Decimal> {
        match (target.rule, target.goal) {
            (Rule::Between, Goal::Band { low, high }) => Some(
                low.checked_sub(v)?
                    .max(v.checked_sub(high)?)
                    .max(Decimal::ZERO),
            ),
            (Rule::About, _) => Some(
                (v.checked_sub(goal?)?.abs() - target.tolerance.unwrap_or(Decimal::ZERO))
                    .max(Decimal::ZERO),
            ),
            _ => None,
        }
    };
    match (target.rule, distance(b), distance(l)) {
        (_, Some(db), Some(dl)) => dl > db,
        (Rule::Between | Rule::About, _, _) => false,
        // A value that still keeps its floor or cap has not moved away from the goal
        // (3.0 → 3.2 under ≤ 5.5): only one that breaks it can have regressed.
        _ if rule_holds(target, goal, l) == Some(true) => false,
        _ => aim(target, goal, to_f64(l)).is_some_and(|a| match a.better {
            Better::Higher => l < b,
            Better::Lower => l > b,
        }),
    }
}
