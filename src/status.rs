//! Where each target's status is decided: the table of docs/status-model.md, first row
//! that applies wins.

use serde::Serialize;

use crate::spec::{Hold, Measure, Rule};

/// Where a target stands; `decide` (below) says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Met,
    OnTrack,
    Pending,
    NoData,
    Behind,
    Missed,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Met,
        Status::OnTrack,
        Status::Behind,
        Status::Missed,
        Status::Pending,
        Status::NoData,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::OnTrack => "on-track",
            Status::Behind => "behind",
            Status::Missed => "missed",
            Status::Pending => "pending",
            Status::NoData => "no-data",
        }
    }

    /// How good the status is, for "never worse" laws: missed < behind < pending <
    /// on-track < met. `no-data` is outside the order.
    pub fn rank(self) -> Option<u8> {
        match self {
            Status::Missed => Some(0),
            Status::Behind => Some(1),
            Status::Pending => Some(2),
            Status::OnTrack => Some(3),
            Status::Met => Some(4),
            Status::NoData => None,
        }
    }
}

/// Everything the decision needs, already computed.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    pub measure: Measure,
    pub rule: Rule,
    pub has_actual: bool,
    /// Whether the rule holds for the actual (`None` when the goal is unknown: it needs a
    /// baseline nobody supplied).
    pub holds: Option<bool>,
    /// `as_of` on or after the deadline.
    pub is_final: bool,
    /// The pace index, when a pace model applies and could be computed.
    pub pace: Option<f64>,
    /// The effective `hold` (`crate::hold::effective`); `None` where it has no effect (a
    /// milestone, a `ytd` cap).
    pub hold: Option<Hold>,
    /// The baseline already satisfies the rule (`crate::hold::is_maintaining`): a bound to
    /// maintain, with no distance to travel and no pace.
    pub maintaining: bool,
    /// A seasonal flow whose profile expects nothing yet (share 0): nothing was due.
    pub nothing_due: bool,
    /// How a target whose rule does not hold yet is judged before its deadline.
    pub judged: Judged,
}

/// How a target is judged before its deadline when its rule does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Judged {
    /// As its measure says (the rows of docs/status-model.md).
    #[default]
    ByMeasure,
    /// By the pace index, whatever the measure: a `cumulative` figure over a window.
    ByPace,
    /// By the rule alone, no pace: a maintaining target (a bound the baseline already
    /// kept), a goal stated against another figure (`of`), a direction (`falls`, `rises`),
    /// an `average` over a window. A rule that holds is `on-track` (never `met` early under
    /// their default `hold = "deadline"`), one that does not `behind`.
    RuleOnly,
}

/// The decision on a target, made once: its status, a sentence saying why, and whether a
/// bound that must hold is broken (`breached`): a maintaining target whose rule fails
/// before its deadline (here), or an `every-year` target a completed year broke
/// (`crate::hold::decide`). Readers take all three as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision<R = &'static str> {
    pub status: Status,
    pub reason: R,
    pub breached: bool,
}

/// A decision that breaks no bound.
fn plain(status: Status, reason: &'static str) -> Decision {
    Decision {
        status,
        reason,
        breached: false,
    }
}

/// The reasons of a rule that holds, which [`crate::hold::within_tolerance_reason`]
/// rewrites when it holds only thanks to its tolerance: one wording, here.
pub const HOLDS_AT_DEADLINE: &str = "the rule holds at the deadline";
/// See [`HOLDS_AT_DEADLINE`].
pub const HOLDS_ALREADY: &str = "the rule already holds";
/// See [`HOLDS_AT_DEADLINE`].
pub const SATISFIED_NOW: &str = "the current value already satisfies the rule";

/// The status, a sentence saying why, and whether a bound to maintain is breached.
pub fn decide(f: &Facts, threshold: f64) -> Decision {
    if !f.has_actual {
        return plain(Status::NoData, "no actual for this target");
    }
    let Some(holds) = f.holds else {
        return plain(
            Status::Pending,
            "the goal needs a baseline, and none was given",
        );
    };
    let early = can_be_met_early(f.hold, f.measure);
    if holds && (f.is_final || early) {
        return plain(
            Status::Met,
            if f.is_final {
                HOLDS_AT_DEADLINE
            } else {
                HOLDS_ALREADY
            },
        );
    }
    if f.is_final {
        return plain(
            Status::Missed,
            "the deadline has passed and the rule does not hold",
        );
    }
    if f.measure == Measure::Ytd && f.rule.is_cap() && !holds {
        return plain(Status::Missed, "the cumulative cap is already exceeded");
    }
    let ytd_cap = f.measure == Measure::Ytd && f.rule.is_cap();
    if holds && !(ytd_cap && f.pace.is_some()) {
        return plain(
            Status::OnTrack,
            if f.maintaining {
                "the bound to maintain holds now, and must still hold at the deadline"
            } else {
                SATISFIED_NOW
            },
        );
    }
    if f.nothing_due {
        return plain(
            Status::OnTrack,
            "the profile expects nothing of the flow by this date",
        );
    }
    // No pace to weigh: a bound the baseline satisfied is breached now (never on track,
    // whatever a pace from the baseline would say), or the rule fails now.
    if f.judged == Judged::RuleOnly {
        if f.maintaining {
            return Decision {
                status: Status::Behind,
                reason: "the bound to maintain is breached now",
                breached: true,
            };
        }
        return plain(Status::Behind, "the rule does not hold now");
    }
    if f.measure == Measure::Growth && f.judged != Judged::ByPace {
        return plain(
            Status::Behind,
            "the year-to-date rate does not satisfy the rule",
        );
    }
    match f.pace {
        Some(p) if p >= threshold => plain(
            Status::OnTrack,
            "pace is at or above the on-track threshold",
        ),
        Some(_) if ytd_cap => plain(
            Status::Behind,
            "more of the cap is used than the time gone allows (pace below the on-track threshold)",
        ),
        Some(_) => plain(Status::Behind, "pace is below the on-track threshold"),
        None if f.measure == Measure::Milestone => {
            plain(Status::Pending, "the milestone has not happened yet")
        }
        None => plain(
            Status::Pending,
            "no pace can be computed, and the rule does not hold yet",
        ),
    }
}

/// Whether meeting the rule before the deadline already counts as met: `hold = "once"`
/// (by default a floor still to be reached), and milestones, which are done once.
pub fn can_be_met_early(hold: Option<Hold>, measure: Measure) -> bool {
    match hold {
        Some(h) => h == Hold::Once,
        None => matches!(measure, Measure::Milestone | Measure::Assessed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(
        measure: Measure,
        rule: Rule,
        holds: bool,
        is_final: bool,
        pace: Option<f64>,
    ) -> Facts {
        Facts {
            measure,
            rule,
            has_actual: true,
            holds: Some(holds),
            is_final,
            pace,
            // The default table (`crate::hold` decides it; written out here for the test).
            hold: match measure {
                Measure::Milestone => None,
                Measure::Ytd if rule.is_cap() => None,
                Measure::Level | Measure::Ytd if rule.is_floor() => Some(Hold::Once),
                _ => Some(Hold::Deadline),
            },
            maintaining: false,
            nothing_due: false,
            judged: Judged::ByMeasure,
        }
    }

    #[test]
    fn first_row_that_applies_wins() {
        let t = 0.95;
        let none = Facts {
            has_actual: false,
            ..facts(Measure::Level, Rule::AtLeast, true, true, None)
        };
        assert_eq!(decide(&none, t).status, Status::NoData);
        assert_eq!(
            decide(&facts(Measure::Level, Rule::AtLeast, true, false, None), t).status,
            Status::Met
        );
        assert_eq!(
            decide(&facts(Measure::Growth, Rule::AtLeast, true, false, None), t).status,
            Status::OnTrack
        );
        assert_eq!(
            decide(
                &facts(Measure::Growth, Rule::AtLeast, false, false, None),
                t
            )
            .status,
            Status::Behind
        );
        assert_eq!(
            decide(&facts(Measure::Growth, Rule::AtLeast, true, true, None), t).status,
            Status::Met
        );
        assert_eq!(
            decide(&facts(Measure::Ytd, Rule::AtMost, false, false, None), t).status,
            Status::Missed
        );
        assert_eq!(
            decide(
                &facts(Measure::Level, Rule::AtLeast, false, false, Some(0.95)),
                t
            )
            .status,
            Status::OnTrack
        );
        assert_eq!(
            decide(
                &facts(Measure::Level, Rule::AtLeast, false, false, Some(0.9499)),
                t
            )
            .status,
            Status::Behind
        );
        assert_eq!(
            decide(&facts(Measure::Level, Rule::AtLeast, false, false, None), t).status,
            Status::Pending
        );
        assert_eq!(
            decide(&facts(Measure::Level, Rule::AtMost, true, false, None), t).status,
            Status::OnTrack
        );
        assert_eq!(
            decide(
                &facts(Measure::Milestone, Rule::Done, false, false, None),
                t
            )
            .status,
            Status::Pending
        );
        assert_eq!(
            decide(&facts(Measure::Milestone, Rule::Done, false, true, None), t).status,
            Status::Missed
        );
        // A seasonal flow of which nothing is due yet: on track, without a pace; a cap
        // broken is missed all the same.
        let nothing_due = |rule, holds| Facts {
            nothing_due: true,
            ..facts(Measure::Ytd, rule, holds, false, None)
        };
        assert_eq!(
            decide(&nothing_due(Rule::AtLeast, false), t).status,
            Status::OnTrack
        );
        assert_eq!(
            decide(&nothing_due(Rule::AtMost, false), t).status,
            Status::Missed
        );
    }

    #[test]
    fn breached_is_decided_with_the_status() {
        let t = 0.95;
        let ruled = |maintaining, holds| Facts {
            maintaining,
            judged: Judged::RuleOnly,
            hold: Some(Hold::Deadline),
            ..facts(Measure::Level, Rule::LessThan, holds, false, None)
        };
        let broken = decide(&ruled(true, false), t);
        assert_eq!(broken.status, Status::Behind);
        assert!(broken.breached);
        assert!(!decide(&ruled(true, true), t).breached);
        // A direction or an `of` goal judged by its rule alone is behind, not breached.
        let behind = decide(&ruled(false, false), t);
        assert_eq!(behind.status, Status::Behind);
        assert!(!behind.breached);
        // Past the deadline a broken bound is missed, which the table does not call breached.
        let late = Facts {
            is_final: true,
            ..ruled(true, false)
        };
        assert_eq!(decide(&late, t).status, Status::Missed);
        assert!(!decide(&late, t).breached);
    }
}
