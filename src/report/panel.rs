//! A panel target's report: its entities' results, compact (what a target's report holds
//! that is the same for every entity is the indicator's, written once), the distribution
//! of their statuses and paces, and the worst of them. Also the drill-down (`Focus`):
//! which entities a report shows one by one.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::{Report, Status, Summary, TargetReport, Trend, serial};
use crate::decimal::Decimal;
use crate::panel::{EntityTable, Rollup};

/// How many of the worst entities a report names.
pub const WORST: usize = 5;

/// One entity's result: what differs from entity to entity, nothing else.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityReport {
    /// Position in the panel's table.
    pub entity: u32,
    pub status: Status,
    pub failing: bool,
    pub warning: bool,
    pub at_risk: bool,
    pub regressed: bool,
    pub trend: Option<Trend>,
    pub actual: Option<Decimal>,
    /// The entity's resolved goal (its own, or the target's).
    pub goal: Option<Decimal>,
    pub baseline: Option<Decimal>,
    pub gap: Option<Decimal>,
    pub progress: Option<f64>,
    pub pace: Option<f64>,
    pub expected: Option<f64>,
    pub as_of: Option<NaiveDate>,
    /// The entity's value is at or after the deadline (evaluation's `is_final`).
    pub is_final: bool,
    /// The entity's figure is older than the report's date or the deadline, as a
    /// target's can be (`crate::stale`; decided in `evaluate::panel::mark_stale`).
    pub stale: bool,
    /// How far short of the goal, in the unit (positive is short), for ranking the worst.
    pub shortfall: Option<f64>,
}

/// Entities by pace: how their pace index stands against 1 and the on-track threshold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PaceCounts {
    /// π ≥ 1: ahead of schedule or on it.
    pub ahead: usize,
    /// threshold ≤ π < 1.
    pub near: usize,
    /// π < threshold.
    pub slow: usize,
    /// No pace index (met, final, no data, no path).
    pub none: usize,
}

/// A panel target's results: beside the indicator's own `TargetReport`.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelReport {
    pub per: String,
    pub rollup: Rollup,
    /// The entity table: ids, names, owners.
    pub table: Arc<EntityTable>,
    /// The entities' statuses counted (`total` is the number of entities).
    pub counts: Summary,
    pub paces: PaceCounts,
    /// (met + on-track) / entities; `None` without entities.
    pub on_track_share: Option<f64>,
    /// Every entity, in the table's order.
    pub entities: Vec<EntityReport>,
    /// Positions in `entities` of the worst entities by shortfall, worst first (at most
    /// [`WORST`]; only entities neither met nor on track).
    pub worst: Vec<u32>,
    /// The entities asked for one by one (`Focus`), as whole target reports.
    pub detail: Vec<TargetReport>,
}

impl PanelReport {
    pub fn id(&self, e: &EntityReport) -> &str {
        &self.table.ids[e.entity as usize]
    }

    pub fn name(&self, e: &EntityReport) -> &str {
        &self.table.names[e.entity as usize]
    }

    pub fn owner(&self, e: &EntityReport) -> Option<&str> {
        self.table.owners[e.entity as usize].as_deref()
    }

    /// The worst entities, worst first.
    pub fn worst(&self) -> impl Iterator<Item = &EntityReport> {
        self.worst.iter().map(|&i| &self.entities[i as usize])
    }

    /// The entities that fail the run.
    pub fn failing(&self) -> impl Iterator<Item = &EntityReport> {
        self.entities.iter().filter(|e| e.failing)
    }
}

/// Which entities a report shows one by one (`check --entity`, `--per`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Focus {
    /// Only this entity (in every panel that lists it).
    pub entity: Option<String>,
    /// Every entity of the panels of this dimension.
    pub per: Option<String>,
}

impl Focus {
    pub fn is_none(&self) -> bool {
        self.entity.is_none() && self.per.is_none()
    }

    /// Whether an entity of a panel `per` is shown one by one.
    pub fn selects(&self, per: &str, entity: &str) -> bool {
        !self.is_none()
            && self.per.as_deref().is_none_or(|p| p == per)
            && self.entity.as_deref().is_none_or(|e| e == entity)
    }
}

impl Report {
    /// The report drilled down: the entities the evaluation detailed (see [`Focus`]), each
    /// as a target of its own, and nothing else. `None` when no entity was selected.
    pub fn drilled_down(mut self) -> Option<Report> {
        let targets: Vec<TargetReport> = self
            .targets
            .iter_mut()
            .filter_map(|t| t.panel.as_mut())
            .flat_map(|p| std::mem::take(&mut p.detail))
            .collect();
        if targets.is_empty() {
            return None;
        }
        self.summary = Summary::from_targets(&targets);
        self.targets = targets;
        Some(self)
    }

    /// Every entity id and dimension of the report's panels (for "did you mean").
    pub fn panel_names(&self) -> (Vec<&str>, Vec<&str>) {
        let mut ids = Vec::new();
        let mut pers = Vec::new();
        for p in self.targets.iter().filter_map(|t| t.panel.as_deref()) {
            if !pers.contains(&p.per.as_str()) {
                pers.push(p.per.as_str());
            }
            ids.extend(p.table.ids.iter().map(String::as_str));
        }
        (ids, pers)
    }
}

/// The panel serialised (docs/json-report.md, "Panels"): its dimension, rollup, counts,
/// worst entities, then every entity, compact: keys the entity shares with the indicator
/// (its goal and baseline when they are the indicator's) are left out, and so are nulls
/// and `false`.
impl Serialize for PanelReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("per", &self.per)?;
        m.serialize_entry("rollup", self.rollup.as_str())?;
        m.serialize_entry("counts", &self.counts)?;
        m.serialize_entry("pace_counts", &self.paces)?;
        m.serialize_entry("on_track_share", &Ratio(self.on_track_share))?;
        let worst: Vec<&str> = self.worst().map(|e| self.id(e)).collect();
        m.serialize_entry("worst", &worst)?;
        m.serialize_entry("entities", &Entities(self))?;
        m.end()
    }
}

struct Ratio(Option<f64>);

impl Serialize for Ratio {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serial::opt_ratio(&self.0, s)
    }
}

/// The entities, written one by one as the serializer asks (no copy of them is built).
struct Entities<'a>(&'a PanelReport);

impl Serialize for Entities<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.0;
        let shared_goal = p.entities.first().map(|_| p.shared_goal());
        let shared_baseline = p.shared_baseline();
        let mut seq = s.serialize_seq(Some(p.entities.len()))?;
        for e in &p.entities {
            seq.serialize_element(&Entity {
                panel: p,
                e,
                shared_goal: shared_goal.flatten(),
                shared_baseline,
            })?;
        }
        seq.end()
    }
}

impl PanelReport {
    /// The goal most entities share: the indicator's when no entity has its own.
    fn shared_goal(&self) -> Option<Decimal> {
        let own = |i: usize| self.table.values[i];
        let first = self
            .entities
            .iter()
            .find(|e| own(e.entity as usize).is_none())?;
        first.goal
    }

    fn shared_baseline(&self) -> Option<Decimal> {
        let first = self
            .entities
            .iter()
            .find(|e| self.table.baselines[e.entity as usize].is_none())?;
        first.baseline
    }
}

struct Entity<'a> {
    panel: &'a PanelReport,
    e: &'a EntityReport,
    shared_goal: Option<Decimal>,
    shared_baseline: Option<Decimal>,
}

struct Fig(Decimal);
impl Serialize for Fig {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serial::figure(&self.0, s)
    }
}

impl Serialize for Entity<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (p, e) = (self.panel, self.e);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", p.id(e))?;
        m.serialize_entry("status", &e.status)?;
        if e.failing {
            m.serialize_entry("failing", &true)?;
        }
        if e.warning {
            m.serialize_entry("warning", &true)?;
        }
        if let Some(v) = e.actual {
            m.serialize_entry("actual", &Fig(v))?;
        }
        if e.goal != self.shared_goal {
            if let Some(v) = e.goal {
                m.serialize_entry("goal", &Fig(v))?;
            }
        }
        if e.baseline != self.shared_baseline {
            if let Some(v) = e.baseline {
                m.serialize_entry("baseline", &Fig(v))?;
            }
        }
        if let Some(v) = e.gap {
            m.serialize_entry("gap", &Fig(v))?;
        }
        if e.progress.is_some() {
            m.serialize_entry("progress", &Progress(e.progress))?;
        }
        if e.pace.is_some() {
            m.serialize_entry("pace", &Ratio(e.pace))?;
        }
        if let Some(d) = e.as_of {
            m.serialize_entry("as_of", &DateOf(d))?;
        }
        if e.stale {
            m.serialize_entry("stale", &true)?;
        }
        if let Some(t) = e.trend {
            m.serialize_entry("trend", &t)?;
        }
        if e.at_risk {
            m.serialize_entry("at_risk", &true)?;
        }
        if e.regressed {
            m.serialize_entry("regressed", &true)?;
        }
        m.end()
    }
}

struct Progress(Option<f64>);
impl Serialize for Progress {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serial::opt_progress(&self.0, s)
    }
}

struct DateOf(NaiveDate);
impl Serialize for DateOf {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serial::date(&self.0, s)
    }
}
