//! When a bound must hold, decided once for every reader (docs/status-model.md,
//! "Maintaining targets", "When a bound must hold: `hold`", "Soft bounds: `tolerance`"):
//!
//! - a floor or cap with its `tolerance` ([`compare`]): whether the rule holds, and whether
//!   only thanks to the tolerance;
//! - whether a target is **maintaining** a bound its baseline already satisfies
//!   ([`is_maintaining`]): no distance to travel, so no progress and no pace;
//! - the effective `hold` of a target, its own or the default of its measure and rule
//!   ([`effective`]);
//! - for `hold = "every-year"`, each completed calendar year judged by its latest value
//!   ([`judge_years`]), and the status that follows ([`decide`]).
//!
//! `evaluate` calls these and `status::decide`; nothing else decides them again. The
//! decision, `breached` included, is made once, by [`decide`] (with `status::decide`).

use chrono::{Datelike, NaiveDate};

use crate::decimal::Decimal;
use crate::report::HoldYear;
use crate::snapshots::Entry;
use crate::spec::{Hold, Measure, Rule, Target, window_years};
use crate::status::{self, Decision, Facts, Status};

/// A floor or a cap tested with its tolerance, exactly: `(holds, within_tolerance)`.
/// The rule holds when the actual satisfies the bound, or fails it by no more than
/// `tolerance` (inclusive: `< 5.5` with tolerance 0.2 accepts 5.7 and refuses 5.7000001);
/// `within_tolerance` is true exactly when it holds only thanks to the tolerance. The
/// tolerated edge beyond the decimal range accepts every value on that side.
pub fn compare(
    rule: Rule,
    goal: Decimal,
    tolerance: Option<Decimal>,
    actual: Decimal,
) -> (bool, bool) {
    let strict = match rule {
        Rule::AtLeast => actual >= goal,
        Rule::MoreThan => actual > goal,
        Rule::AtMost => actual <= goal,
        _ => actual < goal,
    };
    if strict {
        return (true, false);
    }
    let tolerance = tolerance.unwrap_or(Decimal::ZERO);
    if tolerance <= Decimal::ZERO {
        return (false, false);
    }
    let tolerated = if rule.is_floor() {
        goal.checked_sub(tolerance)
            .is_none_or(|edge| actual >= edge)
    } else {
        goal.checked_add(tolerance)
            .is_none_or(|edge| actual <= edge)
    };
    (tolerated, tolerated)
}

/// The reason of a rule that holds only thanks to its tolerance, in place of one that
/// says the rule holds (`reason`, from [`decide`]): "the current value is within the
/// tolerance of the rule (≤ 3.3)". `None` when `reason` is not one that says the rule
/// holds, or the tolerated edge is out of the decimal range.
pub fn within_tolerance_reason(
    reason: &str,
    rule: Rule,
    goal: Decimal,
    tolerance: Decimal,
) -> Option<String> {
    use crate::status::{HOLDS_ALREADY, HOLDS_AT_DEADLINE, SATISFIED_NOW};
    let (what, rest) = [
        ("the value at the deadline", HOLDS_AT_DEADLINE),
        ("the current value", HOLDS_ALREADY),
        ("the current value", SATISFIED_NOW),
    ]
    .into_iter()
    .find_map(|(what, said)| reason.strip_prefix(said).map(|rest| (what, rest)))?;
    let (sign, edge) = if rule.is_floor() {
        ("≥", goal.checked_sub(tolerance)?)
    } else {
        ("≤", goal.checked_add(tolerance)?)
    };
    Some(format!(
        "{what} is within the tolerance of the rule ({sign} {}){rest}",
        edge.normalize()
    ))
}

/// Whether the target maintains a bound its baseline already satisfies, tolerance
/// included ("keep unemployment below 5.5%" from 5.2%). Only a `level` has a baseline to
/// travel from: a `ytd` flow starts from 0, a growth rate is judged on its own, a
/// milestone happens. `holds` tests the rule on a value as evaluation does.
pub fn is_maintaining(
    target: &Target,
    baseline: Option<Decimal>,
    holds: impl Fn(Decimal) -> Option<bool>,
) -> bool {
    target.measure == Measure::Level && baseline.is_some_and(|b| holds(b) == Some(true))
}

/// The `hold` that applies: the target's own, else the default of its measure and rule
/// (docs/status-model.md). `None` where `hold` has no effect: a milestone (done once by
/// nature) and a `ytd` cap (a flow cannot come back down: a cap exceeded is missed at
/// once, whatever `hold` says).
pub fn effective(target: &Target, maintaining: bool) -> Option<Hold> {
    match target.measure {
        Measure::Milestone | Measure::Assessed => return None,
        Measure::Ytd if target.rule.is_cap() => return None,
        _ => {}
    }
    if let Some(h) = target.hold {
        return Some(h);
    }
    // A goal stated against another figure, a direction and a figure over a window are
    // judged at the deadline (real plans §2's table).
    if target.of.is_some() || target.window.is_some() || target.rule.is_direction() {
        return Some(Hold::Deadline);
    }
    Some(default_hold(target.measure, target.rule, maintaining))
}

/// The default `hold` of a target that can have one: `once` for a floor that is still to
/// be reached (a `level` not maintaining, or a `ytd` flow), `deadline` for everything
/// else (caps, bands, `about`, growth rates, and every maintaining target).
///
/// Hooks for keys this build does not have yet (real plans §2, §4–§6): a goal stated
/// with `of`, `falls` / `rises`, and `over = "window"` growth default to `deadline` (the
/// catch-all arm below already gives it; `once` on an `of` goal is an error, checked in
/// `spec.rs` with the key); an `assessed` target has no hold (`effective` returns `None`
/// for it, as for a milestone).
pub fn default_hold(measure: Measure, rule: Rule, maintaining: bool) -> Hold {
    match measure {
        Measure::Level | Measure::Ytd if rule.is_floor() && !maintaining => Hold::Once,
        _ => Hold::Deadline,
    }
}

/// For `hold = "every-year"`: each calendar year of the window (its 31 December in
/// `(start, deadline]`) that is completed by `as_of`, with its latest value dated in that
/// year and whether the rule holds for it (`None`: no value dated in the year, or the
/// goal is unknown).
pub fn judge_years(
    target: &Target,
    entries: &[Entry<'_>],
    as_of: NaiveDate,
    holds: impl Fn(Decimal) -> Option<bool>,
) -> Vec<HoldYear> {
    window_years(target.start, target.deadline)
        .into_iter()
        .filter(|&y| NaiveDate::from_ymd_opt(y, 12, 31).is_some_and(|d| d <= as_of))
        .map(|year| {
            // Entries are in date order: the last one dated in the year is its value.
            let latest = entries
                .iter()
                .rev()
                .map(|e| e.actual)
                .filter(|a| a.as_of.year() == year)
                .find_map(|a| a.observed.number().map(|v| (a.as_of, v)));
            HoldYear {
                year,
                as_of: latest.map(|(d, _)| d),
                actual: latest.map(|(_, v)| v),
                holds: latest.and_then(|(_, v)| holds(v)),
            }
        })
        .collect()
}

/// The decision (status, reason, `breached`): a completed year that breaks the rule of
/// an `every-year` target makes it `missed` at once and breached, naming the year and its
/// value; otherwise the decision of `status::decide`, with a note naming the completed
/// years that have no value (they are not judged and do not fail).
pub fn decide(facts: &Facts, years: &[HoldYear], threshold: f64) -> Decision<String> {
    if facts.has_actual {
        if let Some(broken) = years.iter().find(|y| y.holds == Some(false)) {
            let value = broken.actual.map(|v| v.normalize().to_string());
            return Decision {
                status: Status::Missed,
                reason: format!(
                    "the rule must hold every year, and {} broke it with {} (dated {})",
                    broken.year,
                    value.unwrap_or_default(),
                    broken.as_of.map(|d| d.to_string()).unwrap_or_default()
                ),
                breached: true,
            };
        }
    }
    let Decision {
        status,
        reason,
        breached,
    } = status::decide(facts, threshold);
    let missing: Vec<String> = years
        .iter()
        .filter(|y| y.actual.is_none())
        .map(|y| y.year.to_string())
        .collect();
    let reason = if missing.is_empty() || !facts.has_actual {
        reason.to_string()
    } else {
        format!(
            "{reason} (no value dated in {}: not judged)",
            missing.join(", ")
        )
    };
    Decision {
        status,
        reason,
        breached,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        crate::decimal::parse(s).unwrap()
    }

    #[test]
    fn tolerance_is_inclusive_and_exact() {
        let t = Some(d("0.2"));
        assert_eq!(
            compare(Rule::LessThan, d("5.5"), t, d("5.4")),
            (true, false)
        );
        assert_eq!(compare(Rule::LessThan, d("5.5"), t, d("5.5")), (true, true));
        assert_eq!(compare(Rule::LessThan, d("5.5"), t, d("5.7")), (true, true));
        assert_eq!(
            compare(Rule::LessThan, d("5.5"), t, d("5.7000001")),
            (false, false)
        );
        assert_eq!(compare(Rule::AtLeast, d("6.5"), t, d("6.3")), (true, true));
        assert_eq!(
            compare(Rule::AtLeast, d("6.5"), t, d("6.29")),
            (false, false)
        );
        assert_eq!(
            compare(Rule::AtMost, d("3"), Some(Decimal::ZERO), d("3.1")),
            (false, false)
        );
        assert_eq!(compare(Rule::AtMost, d("3"), None, d("3")), (true, false));
    }

    #[test]
    fn defaults_follow_the_table() {
        assert_eq!(
            default_hold(Measure::Level, Rule::AtLeast, false),
            Hold::Once
        );
        assert_eq!(
            default_hold(Measure::Level, Rule::AtLeast, true),
            Hold::Deadline
        );
        assert_eq!(
            default_hold(Measure::Ytd, Rule::MoreThan, false),
            Hold::Once
        );
        assert_eq!(
            default_hold(Measure::Level, Rule::LessThan, false),
            Hold::Deadline
        );
        assert_eq!(
            default_hold(Measure::Level, Rule::About, false),
            Hold::Deadline
        );
        assert_eq!(
            default_hold(Measure::Ytd, Rule::Between, false),
            Hold::Deadline
        );
        assert_eq!(
            default_hold(Measure::Growth, Rule::AtLeast, false),
            Hold::Deadline
        );
    }
}
