//! The result of an evaluation: one row per target and a summary. Plain data, built by
//! `evaluate` and read by the exporters; nothing here does I/O or formatting.

use chrono::NaiveDate;
use serde::Serialize;

use crate::actuals::Entered;
use crate::decimal::Decimal;
use crate::spec::{Aggregate, Class, Goal, Hold, Measure, Name, PaceModel, Rule, Severity};
/// The status lives with its decision (`status.rs`); the report carries it.
pub use crate::status::Status;

pub mod panel;
mod serial;

pub use panel::{EntityReport, Focus, PanelReport};

/// One target's evaluation. Serialised, it is a target of the JSON report
/// (docs/json-report.md) without its `id` and `name`, which the exporter writes first,
/// the name in the language asked for; what the documented keys do not include is skipped.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetReport {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub name: Name,
    pub group: Option<String>,
    pub status: Status,
    pub severity: Severity,
    /// `binding` or `expected`, if the spec says (JSON `class`, `null` otherwise).
    pub class: Option<Class>,
    /// Who answers for the target, the lead unit first (JSON `owners`, `[]` when none).
    pub owners: Vec<String>,
    /// Counts against the run (severity `error` and a status that `--fail-on` names).
    pub failing: bool,
    /// Would fail, but the target's severity is `warn`.
    pub warning: bool,
    /// `null` in JSON for an assessed target, which has no rule.
    #[serde(serialize_with = "serial::rule")]
    pub rule: Rule,
    pub measure: Measure,
    /// Who judged an assessed target, and why (JSON `assessed: { by, note }`); `None`
    /// for computed targets and for an assessed target with no judgement yet.
    pub assessed: Option<Assessment>,
    pub unit: Option<String>,
    /// The goal as a number (`None` for milestones, bands, and goals that need a baseline
    /// nobody supplied). Figures from the files and exact arithmetic on them are
    /// decimals (`crate::decimal`); pace, progress and projections are floats.
    #[serde(serialize_with = "serial::opt_figure")]
    pub goal: Option<Decimal>,
    #[serde(serialize_with = "serial::opt_pair")]
    pub band: Option<(Decimal, Decimal)>,
    /// The goal as the spec writes it (`multiply = 2` …), for showing an unresolved goal.
    #[serde(skip)]
    pub spec_goal: Goal,
    #[serde(serialize_with = "serial::opt_figure")]
    pub tolerance: Option<Decimal>,
    /// The rule holds only thanks to the tolerance of a floor or a cap (always false for
    /// `about`, whose tolerance is its band, and without a figure).
    pub within_tolerance: bool,
    /// The effective `hold`, the target's own or its default (`crate::hold::effective`);
    /// `None` where it has no effect (a milestone, a `ytd` cap).
    pub hold: Option<Hold>,
    /// The baseline already satisfies the rule: a bound to maintain, no progress, no pace.
    pub maintaining: bool,
    /// A bound that must hold is broken (`crate::status::Decision::breached`, decided with
    /// the status by `crate::hold::decide`): a maintaining target's
    /// rule fails before the deadline, or a completed year of an `every-year` target broke
    /// it. The reason says how; the table shows it below its grid. Not serialised: the JSON
    /// report has the reason itself.
    #[serde(skip)]
    pub breached: bool,
    /// For `hold = "every-year"`: each completed year of the window with its latest value
    /// and whether the rule holds for it; `None` for other holds.
    pub hold_years: Option<Vec<HoldYear>>,
    #[serde(serialize_with = "serial::opt_figure")]
    pub stretch: Option<Decimal>,
    pub stretch_met: Option<bool>,
    #[serde(serialize_with = "serial::opt_figure")]
    pub baseline: Option<Decimal>,
    /// The actual, in the target's unit (for growth: the rate in %).
    #[serde(serialize_with = "serial::opt_figure")]
    pub actual: Option<Decimal>,
    /// For a growth computed from two levels: (previous, current).
    #[serde(skip)]
    pub growth_from: Option<(Decimal, Decimal)>,
    /// For a milestone: whether it happened, and when.
    pub done: Option<bool>,
    #[serde(serialize_with = "serial::opt_date")]
    pub done_on: Option<NaiveDate>,
    /// actual − goal (for a band: the distance outside it, 0 inside), exact.
    #[serde(serialize_with = "serial::opt_figure")]
    pub gap: Option<Decimal>,
    /// Share of the way from baseline to goal.
    #[serde(serialize_with = "serial::opt_progress")]
    pub progress: Option<f64>,
    /// Share of the window gone by the actual's date.
    #[serde(serialize_with = "serial::opt_ratio")]
    pub elapsed: Option<f64>,
    /// Where the pace model says the actual should be by `as_of` (before the deadline).
    #[serde(serialize_with = "serial::opt_figure")]
    pub expected: Option<f64>,
    /// Pace index π: 1.0 is exactly on schedule.
    #[serde(serialize_with = "serial::opt_ratio")]
    pub pace: Option<f64>,
    /// The path the pace model lays from the origin at `start` to the goal at the deadline,
    /// whether or not a pace index could be computed (for charts).
    #[serde(skip)]
    pub schedule: Option<Schedule>,
    /// A seasonal flow's profile, with the share of the goal it expects by `as_of`.
    pub profile: Option<ProfileReport>,
    /// The value is dated before the earlier of the report's `as_of` and the deadline
    /// (`crate::stale`).
    pub stale: bool,
    /// The values the rule accepts, for `between` (the band) and `about` (goal ±
    /// tolerance); `None` for other rules, or when the goal is unknown.
    #[serde(skip)]
    pub accepted: Option<(Decimal, Decimal)>,
    pub pace_model: Option<PaceModel>,
    #[serde(serialize_with = "serial::date")]
    pub start: NaiveDate,
    #[serde(serialize_with = "serial::date")]
    pub deadline: NaiveDate,
    /// The date the actual describes.
    #[serde(serialize_with = "serial::opt_date")]
    pub as_of: Option<NaiveDate>,
    /// `as_of` is on or after the deadline.
    #[serde(rename = "final")]
    pub is_final: bool,
    /// Why the status is what it is, in a sentence.
    pub reason: String,
    /// Where the actual came from, if the actuals file says.
    #[serde(rename = "source")]
    pub actual_source: Option<String>,
    /// The file the deciding value came from (as named in messages), for `explain`.
    #[serde(skip)]
    pub actual_file: Option<String>,
    /// The actual as written, when it was given in another unit than the target's.
    #[serde(skip)]
    pub actual_entered: Option<Entered>,
    #[serde(skip)]
    pub quote: Option<String>,
    /// Every numeric value in date order, the latest included (empty for milestones).
    pub history: Vec<Point>,
    /// Which way the history moves relative to the goal; `None` under two dates.
    pub trend: Option<Trend>,
    /// The least-squares line through the history, fitted once here for every reader;
    /// `None` under two dates.
    #[serde(skip)]
    pub trend_line: Option<TrendLine>,
    /// Whether and when the trend line reaches the goal.
    #[serde(rename = "projected", serialize_with = "serial::projected")]
    pub projection: Projection,
    /// The line's value at the deadline.
    #[serde(serialize_with = "serial::opt_figure")]
    pub projected_at_deadline: Option<f64>,
    /// On track by pace, but the line misses the goal at the deadline.
    pub at_risk: bool,
    /// The latest value moved away from the goal compared with the snapshot before.
    #[serde(rename = "regressed", serialize_with = "serial::regressed")]
    pub regression: Option<Regression>,
    /// `over = "window"`: how the annual rates are chained (`null` otherwise).
    pub aggregate: Option<Aggregate>,
    /// `over = "window"`: the window's years from the first up to the current one, each
    /// with its rate (`null` for other targets).
    pub years: Option<Vec<YearRate>>,
    /// A goal stated against another figure: which, and its figure (`null` otherwise).
    #[serde(rename = "goal_of")]
    pub relative: Option<RelativeGoal>,
    /// The arithmetic behind the status, step by step (what `explain` words).
    #[serde(skip)]
    pub trace: Trace,
    /// A panel target's entities (`report/panel.rs`); `None` for an ordinary target.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panel: Option<Box<PanelReport>>,
    /// 1-based line of the target in the spec file.
    #[serde(skip)]
    pub line: usize,
    #[serde(skip)]
    pub column: usize,
}

/// An assessed target's judgement: who made it and why (the status is the target's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub by: String,
    pub note: Option<String>,
}

impl TargetReport {
    /// The rule as reports name it: `None` for an assessed target, which has none (JSON
    /// `rule: null`, an empty CSV cell).
    pub fn rule_shown(&self) -> Option<Rule> {
        (self.rule != Rule::Assessed).then_some(self.rule)
    }

    /// The day the trend line reaches the goal, when it does.
    pub fn projected(&self) -> Option<NaiveDate> {
        self.projection.date()
    }

    /// The latest value moved away from the goal.
    pub fn regressed(&self) -> bool {
        self.regression.is_some()
    }
}

/// One year of a window (`over = "window"`): its rate, if one is dated in it, and whether
/// that rate stands in provisionally for a year not yet over.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct YearRate {
    pub year: i32,
    #[serde(serialize_with = "serial::opt_figure")]
    pub rate: Option<Decimal>,
    pub provisional: bool,
}

/// A goal stated against another figure (`value = { of = ID, plus = X }`): the figure it
/// names, as of the judged figure's date, converted into the judged target's unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelativeGoal {
    /// The target or series named.
    pub id: String,
    #[serde(skip)]
    pub name: Name,
    /// It is a series (no goal of its own).
    pub series: bool,
    /// Its figure for the judged figure's date (its rate of the same year, its value of
    /// the same day, its chained figure at that date); `None` when it has none.
    #[serde(rename = "actual", serialize_with = "serial::opt_figure")]
    pub figure: Option<Decimal>,
    #[serde(serialize_with = "serial::figure")]
    pub plus: Decimal,
    /// What is missing when `figure` is `None`, in words ("its rate for 2023").
    #[serde(skip)]
    pub missing: Option<String>,
}

/// A series (`[[series]]`): a figure tracked without a goal, reported apart from the
/// targets (docs/json-report.md, `series`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesReport {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub name: Name,
    #[serde(skip)]
    pub group: Option<String>,
    pub unit: Option<String>,
    pub measure: Measure,
    pub aggregate: Option<Aggregate>,
    /// Its latest value (its chained figure, over a window).
    #[serde(serialize_with = "serial::opt_figure")]
    pub actual: Option<Decimal>,
    #[serde(serialize_with = "serial::opt_date")]
    pub as_of: Option<NaiveDate>,
    pub history: Vec<Point>,
    pub years: Option<Vec<YearRate>>,
    /// Why a window series has no figure (a year missing), in words.
    #[serde(skip)]
    pub reason: Option<String>,
    #[serde(skip)]
    pub quote: Option<String>,
}

/// The schedule a single-goal target follows: from `origin` (the baseline; 0 for a `ytd`
/// flow) at its start to `goal` at its deadline, straight or at a constant growth rate.
/// Floats: a schedule is drawn and compounded, never compared with a figure exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub model: PaceModel,
    pub origin: f64,
    pub goal: f64,
    /// The schedule sampled as (share of the window gone, expected value): its two ends
    /// when straight, a curve when compound; empty when it cannot be drawn.
    pub path: Vec<(f64, f64)>,
}

/// A completed calendar year of an `every-year` target (serialised as `{ "year", "as_of",
/// "actual", "holds" }`): its latest value dated in the year, and whether the rule holds
/// for it (`None` without a value, or when the goal is unknown).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HoldYear {
    pub year: i32,
    #[serde(serialize_with = "serial::opt_date")]
    pub as_of: Option<NaiveDate>,
    #[serde(serialize_with = "serial::opt_figure")]
    pub actual: Option<Decimal>,
    pub holds: Option<bool>,
}

/// A seasonal flow's profile as the report carries it (JSON `profile`): the twelve
/// cumulative monthly shares, and the share of the goal expected by `as_of`, which
/// replaces the elapsed fraction `f` in the expected value and the pace.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ProfileReport {
    #[serde(serialize_with = "serial::shares")]
    pub shares: [f64; 12],
    /// `None` at or after the deadline, or without a value.
    #[serde(serialize_with = "serial::opt_ratio")]
    pub expected_share: Option<f64>,
    /// The terms of the expected share, for `explain`.
    #[serde(skip)]
    pub terms: Option<crate::profile::ShareTerms>,
}

/// One past value of a target: the date it describes and the figure (serialised as
/// `{ "as_of", "actual" }`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    #[serde(serialize_with = "serial::date")]
    pub as_of: NaiveDate,
    #[serde(rename = "actual", serialize_with = "serial::figure")]
    pub value: f64,
}

/// Which way a history moves, relative to the goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    Improving,
    Flat,
    Worsening,
}

impl Trend {
    pub fn as_str(self) -> &'static str {
        match self {
            Trend::Improving => "improving",
            Trend::Flat => "flat",
            Trend::Worsening => "worsening",
        }
    }
}

/// `value = intercept + slope × day`, with `day` counted from an origin date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FittedLine {
    pub origin: NaiveDate,
    pub intercept: f64,
    /// Change per day.
    pub slope: f64,
}

impl FittedLine {
    /// The line's value on `date`.
    pub fn at(&self, date: NaiveDate) -> f64 {
        self.intercept + self.slope * (date - self.origin).num_days() as f64
    }
}

/// The least-squares line through a target's history (docs/history.md), days counted
/// from the target's start, with the values readers show of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrendLine {
    pub line: FittedLine,
    /// The fitted change from the first value's date to the latest's.
    pub change: f64,
    /// The line from the first value's date …
    pub from: Point,
    /// … to the deadline, or to the latest value when that is later (for charts).
    pub to: Point,
    /// What a flat trend was measured against; `None` without a direction to aim at.
    pub flat_scale: Option<FlatScale>,
}

/// What the fitted change is compared with to call a trend flat (`trend::FLAT_TOLERANCE`
/// of it): the distance from the first value to the goal, or, when the goal is unknown or
/// the first value is at it (a distance of 0), the first value itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FlatScale {
    Distance(f64),
    FirstValue { value: f64, at_goal: bool },
}

impl FlatScale {
    pub fn size(self) -> f64 {
        match self {
            FlatScale::Distance(d) => d,
            FlatScale::FirstValue { value, .. } => value.abs(),
        }
    }
}

/// Whether the trend line reaches the goal, decided by evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Projection {
    /// Under two dates: no line.
    NoLine,
    /// The line satisfies the rule from this day on.
    On(NaiveDate),
    /// The line does not move towards a goal not yet met.
    Never,
    /// The line does not move towards the goal, which is met already.
    NotNeeded,
    /// A band or an `about` goal: a line enters it and leaves it again.
    NotSingleGoal,
    /// The goal needs a baseline nobody supplied.
    UnknownGoal,
}

impl Projection {
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Projection::On(d) => Some(d),
            _ => None,
        }
    }
}

/// How the latest value moved away from the goal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Regression {
    /// The value before and the latest one; `None` for a milestone undone (no numbers).
    pub values: Option<(Point, Point)>,
}

/// The arithmetic behind a target's status, as evaluation did it, for `explain` to word.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trace {
    /// The rule tested on the actual; `None` without a numeric actual.
    pub rule_test: Option<RuleTest>,
    /// Whether the rule holds (for a milestone: done by the deadline).
    pub holds: Option<bool>,
    /// The share of the window gone, with its day counts.
    pub elapsed: Option<ElapsedTrace>,
    /// Progress from the origin to the goal.
    pub progress: Option<ProgressTrace>,
    /// The pace index, its formula, or why there is none.
    pub pace: Option<PaceTrace>,
    /// The status is pending only for want of a baseline: one would give it a pace.
    pub wants_baseline: bool,
    /// `over = "window"`: the chain's arithmetic.
    pub window: Option<WindowTrace>,
}

/// How a window's rates were chained, and its pace (`cumulative` only).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowTrace {
    pub aggregate: Aggregate,
    /// ∏(1 + rᵢ/100).
    pub product: f64,
    /// Rates chained (a provisional one counts).
    pub t: usize,
    /// Years in the window.
    pub years_in_window: usize,
    /// `(1 + C/100)^(1/t) − 1`, `(1 + G/100)^(1/T) − 1`: `cumulative` with a pace only.
    pub achieved: Option<f64>,
    pub required: Option<f64>,
}

/// The rule tested on the actual, with its operands (decimals, exactly as decided).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RuleTest {
    /// `low ≤ actual ≤ high`.
    Between {
        low: Decimal,
        actual: Decimal,
        high: Decimal,
        holds: bool,
    },
    /// `|actual − goal| ≤ tolerance`; `difference` is `None` beyond the decimal range.
    About {
        actual: Decimal,
        goal: Decimal,
        difference: Option<Decimal>,
        tolerance: Decimal,
        holds: bool,
    },
    /// `actual <rule> goal`, or within `tolerance` of it (a floor or a cap with slack).
    Compare {
        actual: Decimal,
        rule: Rule,
        goal: Decimal,
        /// The floor's or the cap's tolerance, when the spec gives one.
        tolerance: Option<Decimal>,
        holds: bool,
        /// It holds only thanks to the tolerance.
        within_tolerance: bool,
    },
    /// The goal needs a baseline, and none was given.
    NoGoal,
}

impl RuleTest {
    /// Whether the rule holds; `None` when the goal is unknown.
    pub fn holds(self) -> Option<bool> {
        match self {
            RuleTest::Between { holds, .. }
            | RuleTest::About { holds, .. }
            | RuleTest::Compare { holds, .. } => Some(holds),
            RuleTest::NoGoal => None,
        }
    }
}

/// `f = (as_of − start) / (deadline − start)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ElapsedTrace {
    pub days_gone: i64,
    pub days_in_window: i64,
    /// The ratio was clamped to [0, 1].
    pub clamped: bool,
    pub elapsed: f64,
}

/// `(actual − origin) / (goal − origin)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProgressTrace {
    pub actual: Decimal,
    pub origin: Decimal,
    /// The origin is 0 because the target is a flow (`ytd`), not a baseline.
    pub flow: bool,
    pub goal: Decimal,
    pub progress: f64,
}

/// The pace index with its formula, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PaceTrace {
    Index {
        formula: PaceFormula,
        pace: f64,
        /// `pace ≥` the on-track threshold.
        on_track: bool,
        threshold: f64,
    },
    None(NoPace),
}

/// How a pace index was computed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PaceFormula {
    /// `π = progress / f`.
    Linear { progress: f64, elapsed: f64 },
    /// A flow under a cap: `π = goal × f / actual`.
    Cap {
        goal: Decimal,
        elapsed: f64,
        actual: Decimal,
    },
    /// `π = CAGR achieved / CAGR required`.
    Compound(CompoundTerms),
    /// A cumulative figure over a window: `π = achieved / required`, the annual rates
    /// `(1 + C/100)^(1/t) − 1` and `(1 + G/100)^(1/T) − 1` (the terms in `Trace::window`).
    Window { achieved: f64, required: f64 },
}

/// The terms of the compound pace (Eurostat): `achieved = (actual / baseline)^(1/t) − 1`
/// (−1 when the actual is 0 or less: everything lost, the formula's limit), `required =
/// (goal / baseline)^(1/T) − 1`, `pace = achieved / required`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CompoundTerms {
    pub actual: f64,
    pub baseline: f64,
    pub goal: f64,
    pub years_gone: f64,
    pub years_in_window: f64,
    /// The actual is 0 or less: `achieved` is −1 (−100 %), not computed by the root.
    pub lost_everything: bool,
    pub achieved: f64,
    pub required: f64,
    pub pace: f64,
}

/// Why a target has no pace index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoPace {
    /// At the deadline the rule alone decides.
    Final,
    /// The rule already holds.
    RuleHolds,
    /// A bound to maintain: the baseline already satisfies the rule, no distance to travel.
    Maintaining,
    /// A growth rate is compared with the goal directly.
    Growth,
    /// A milestone happens or does not.
    Milestone,
    /// A person judges an assessed target.
    Assessed,
    /// A goal stated against another figure, a direction (`falls`, `rises`) or an
    /// `average` over a window: the rule is tested directly.
    RuleOnly,
    /// A band or an `about` goal is tested directly.
    NotSingleGoal,
    /// Without a baseline there is no path from the start to the goal.
    NoBaseline,
    /// No time has gone by, or the path is flat.
    NoPath,
    /// A seasonal flow whose profile expects nothing yet (share 0).
    NothingDue,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub total: usize,
    pub met: usize,
    #[serde(rename = "on-track")]
    pub on_track: usize,
    pub behind: usize,
    pub missed: usize,
    pub pending: usize,
    #[serde(rename = "no-data")]
    pub no_data: usize,
    pub failing: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn count(&self, status: Status) -> usize {
        match status {
            Status::Met => self.met,
            Status::OnTrack => self.on_track,
            Status::Behind => self.behind,
            Status::Missed => self.missed,
            Status::Pending => self.pending,
            Status::NoData => self.no_data,
        }
    }

    pub fn from_targets(targets: &[TargetReport]) -> Summary {
        Summary::from_statuses(targets.iter().map(|t| (t.status, t.failing, t.warning)))
    }

    /// Counts (status, failing, warning) triples: targets, or a panel's entities.
    pub fn from_statuses(items: impl Iterator<Item = (Status, bool, bool)>) -> Summary {
        let mut s = Summary::default();
        for (status, failing, warning) in items {
            s.total += 1;
            *match status {
                Status::Met => &mut s.met,
                Status::OnTrack => &mut s.on_track,
                Status::Behind => &mut s.behind,
                Status::Missed => &mut s.missed,
                Status::Pending => &mut s.pending,
                Status::NoData => &mut s.no_data,
            } += 1;
            s.failing += usize::from(failing);
            s.warnings += usize::from(warning);
        }
        s
    }

    /// Counts one more target.
    pub fn add(&mut self, t: &TargetReport) {
        self.total += 1;
        *match t.status {
            Status::Met => &mut self.met,
            Status::OnTrack => &mut self.on_track,
            Status::Behind => &mut self.behind,
            Status::Missed => &mut self.missed,
            Status::Pending => &mut self.pending,
            Status::NoData => &mut self.no_data,
        } += 1;
        self.failing += usize::from(t.failing);
        self.warnings += usize::from(t.warning);
    }
}

/// The report. Serialised, it is the head of the JSON report (docs/json-report.md):
/// the exporter writes `version` before it and `targets` after it, each target with its
/// name in the language asked for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub title: Option<String>,
    /// The spec file, as named in messages (for annotations that point into it).
    #[serde(rename = "spec")]
    pub spec_file: String,
    /// The spec is the built-in one: no file of the user's to point at.
    #[serde(skip)]
    pub builtin_spec: bool,
    /// The spec file relative to the repository being checked, when the CLI knows it
    /// (`$GITHUB_WORKSPACE`): GitHub attaches an annotation to a file only by that path.
    #[serde(skip)]
    pub spec_in_repo: Option<String>,
    /// The evaluation date: the latest `as_of` of the actuals files.
    #[serde(serialize_with = "serial::opt_date")]
    pub as_of: Option<NaiveDate>,
    /// The on-track threshold the statuses were decided with.
    #[serde(rename = "on_track_threshold")]
    pub threshold: f64,
    pub summary: Summary,
    /// The summary by owner, group or class (`check --by`), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breakdown: Option<Breakdown>,
    #[serde(skip)]
    pub targets: Vec<TargetReport>,
    /// The `[[series]]`, in spec order (the JSON exporter writes them after the targets).
    #[serde(skip)]
    pub series: Vec<SeriesReport>,
}

/// What the summary is broken down by (`check --by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BreakdownBy {
    Owner,
    Group,
    Class,
}

impl BreakdownBy {
    /// Every key, in the order the command line lists them.
    pub const ALL: [BreakdownBy; 3] = [BreakdownBy::Owner, BreakdownBy::Group, BreakdownBy::Class];

    pub fn name(self) -> &'static str {
        match self {
            BreakdownBy::Owner => "owner",
            BreakdownBy::Group => "group",
            BreakdownBy::Class => "class",
        }
    }
}

/// The summary once per key (docs/json-report.md, `breakdown`): a target with several
/// owners counts under each; one without the key counts under `None` (JSON `null`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    pub by: BreakdownBy,
    pub rows: Vec<BreakdownRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BreakdownRow {
    pub key: Option<String>,
    pub summary: Summary,
}

impl Report {
    pub fn failed(&self) -> bool {
        self.summary.failing > 0
    }
}
