//! The result of an evaluation: one row per target and a summary. Plain data, built by
//! `evaluate` and read by the exporters; nothing here does I/O or formatting.

use chrono::NaiveDate;
use serde::Serialize;

use crate::actuals::Entered;
use crate::decimal::Decimal;
use crate::spec::{Goal, Measure, Name, PaceModel, Rule, Severity};
/// The status lives with its decision (`status.rs`); the report carries it.
pub use crate::status::Status;
use crate::trend::{Point, Trend};

/// One target's evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetReport {
    pub id: String,
    pub name: Name,
    pub group: Option<String>,
    pub status: Status,
    pub severity: Severity,
    /// Counts against the run (severity `error` and a status that `--fail-on` names).
    pub failing: bool,
    /// Would fail, but the target's severity is `warn`.
    pub warning: bool,
    pub rule: Rule,
    pub measure: Measure,
    pub unit: Option<String>,
    /// The goal as a number (`None` for milestones, bands, and goals that need a baseline
    /// nobody supplied). Figures from the files and exact arithmetic on them are
    /// decimals (`crate::decimal`); pace, progress and projections are floats.
    pub goal: Option<Decimal>,
    pub band: Option<(Decimal, Decimal)>,
    /// The goal as the spec writes it (`multiply = 2` …), for showing an unresolved goal.
    pub spec_goal: Goal,
    pub tolerance: Option<Decimal>,
    pub stretch: Option<Decimal>,
    pub stretch_met: Option<bool>,
    pub baseline: Option<Decimal>,
    /// The actual, in the target's unit (for growth: the rate in %).
    pub actual: Option<Decimal>,
    /// For a growth computed from two levels: (previous, current).
    pub growth_from: Option<(Decimal, Decimal)>,
    /// For a milestone: whether it happened, and when.
    pub done: Option<bool>,
    pub done_on: Option<NaiveDate>,
    /// actual − goal (for a band: the distance outside it, 0 inside), exact.
    pub gap: Option<Decimal>,
    /// Share of the way from baseline to goal.
    pub progress: Option<f64>,
    /// Share of the window gone by the actual's date.
    pub elapsed: Option<f64>,
    /// Pace index π: 1.0 is exactly on schedule.
    pub pace: Option<f64>,
    /// Where the pace model says the actual should be by `as_of` (before the deadline).
    pub expected: Option<f64>,
    /// The path the pace model lays from the origin at `start` to the goal at the deadline,
    /// whether or not a pace index could be computed (for charts).
    pub schedule: Option<Schedule>,
    pub pace_model: Option<PaceModel>,
    pub start: NaiveDate,
    pub deadline: NaiveDate,
    /// The date the actual describes.
    pub as_of: Option<NaiveDate>,
    /// `as_of` is on or after the deadline.
    pub is_final: bool,
    /// Why the status is what it is, in a sentence.
    pub reason: String,
    /// Where the actual came from, if the actuals file says.
    pub actual_source: Option<String>,
    /// The actual as written, when it was given in another unit than the target's.
    pub actual_entered: Option<Entered>,
    pub quote: Option<String>,
    /// Every numeric value in date order, the latest included (empty for milestones).
    pub history: Vec<Point>,
    /// Which way the history moves relative to the goal; `None` under two dates.
    pub trend: Option<Trend>,
    /// The day the least-squares line through the history reaches the goal; `None` when it
    /// never would or cannot be told.
    pub projected: Option<NaiveDate>,
    /// The line's value at the deadline.
    pub projected_at_deadline: Option<f64>,
    /// On track by pace, but the line misses the goal at the deadline.
    pub at_risk: bool,
    /// The latest value moved away from the goal compared with the snapshot before.
    pub regressed: bool,
    /// 1-based line of the target in the spec file.
    pub line: usize,
    pub column: usize,
}

/// The schedule a single-goal target follows: from `origin` (the baseline; 0 for a `ytd`
/// flow) at its start to `goal` at its deadline, straight or at a constant growth rate.
/// Floats: a schedule is drawn and compounded, never compared with a figure exactly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Schedule {
    pub model: PaceModel,
    pub origin: f64,
    pub goal: f64,
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
        let mut s = Summary {
            total: targets.len(),
            ..Summary::default()
        };
        for t in targets {
            *match t.status {
                Status::Met => &mut s.met,
                Status::OnTrack => &mut s.on_track,
                Status::Behind => &mut s.behind,
                Status::Missed => &mut s.missed,
                Status::Pending => &mut s.pending,
                Status::NoData => &mut s.no_data,
            } += 1;
            s.failing += usize::from(t.failing);
            s.warnings += usize::from(t.warning);
        }
        s
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub title: Option<String>,
    /// The spec file, as named in messages (for annotations that point into it).
    pub spec_file: String,
    /// The spec is the built-in one: no file of the user's to point at.
    pub builtin_spec: bool,
    /// The spec file relative to the repository being checked, when the CLI knows it
    /// (`$GITHUB_WORKSPACE`): GitHub attaches an annotation to a file only by that path.
    pub spec_in_repo: Option<String>,
    /// The evaluation date: the latest `as_of` of the actuals files.
    pub as_of: Option<NaiveDate>,
    /// The on-track threshold the statuses were decided with.
    pub threshold: f64,
    pub summary: Summary,
    pub targets: Vec<TargetReport>,
}

impl Report {
    pub fn failed(&self) -> bool {
        self.summary.failing > 0
    }
}
