//! Pace: how fast a target moves against its schedule, as an index where 1.0 is exactly
//! on schedule (see docs/status-model.md).
//!
//! - linear: `π = progress / f`, `progress = (actual − baseline) / (goal − baseline)`;
//! - compound (Eurostat's SDG method): `π = CAGR_actual / CAGR_required`.

use chrono::NaiveDate;

use crate::report::CompoundTerms;

/// Days in an average year, to turn day counts into years for growth rates.
const DAYS_PER_YEAR: f64 = 365.25;

/// `f = (as_of − start) / (deadline − start)` in days, clamped to [0, 1]. A window of no
/// length is all elapsed from its deadline on.
pub fn elapsed_fraction(start: NaiveDate, deadline: NaiveDate, as_of: NaiveDate) -> f64 {
    let window = (deadline - start).num_days();
    if window <= 0 {
        return if as_of >= deadline { 1.0 } else { 0.0 };
    }
    let gone = (as_of - start).num_days() as f64;
    (gone / window as f64).clamp(0.0, 1.0)
}

/// Share of the way from baseline to goal: 0 at the baseline, 1 at the goal. `None`
/// when baseline and goal coincide (there is no way to go).
pub fn progress(baseline: f64, goal: f64, actual: f64) -> Option<f64> {
    let way = goal - baseline;
    (way != 0.0)
        .then(|| (actual - baseline) / way)
        .filter(|p| p.is_finite())
}

/// Linear pace: the share of the way covered over the share of time gone.
pub fn linear(baseline: f64, goal: f64, actual: f64, elapsed: f64) -> Option<f64> {
    if elapsed <= 0.0 {
        return None;
    }
    progress(baseline, goal, actual)
        .map(|p| p / elapsed)
        .filter(|p| p.is_finite())
}

/// Compound pace (Eurostat): the growth rate achieved so far over the rate needed across
/// the whole window. Needs a positive baseline and goal, and time gone.
pub fn compound(
    baseline: f64,
    goal: f64,
    actual: f64,
    start: NaiveDate,
    deadline: NaiveDate,
    as_of: NaiveDate,
) -> Option<f64> {
    compound_terms(baseline, goal, actual, start, deadline, as_of).map(|t| t.pace)
}

/// [`compound`] with its terms, for showing the arithmetic.
pub fn compound_terms(
    baseline: f64,
    goal: f64,
    actual: f64,
    start: NaiveDate,
    deadline: NaiveDate,
    as_of: NaiveDate,
) -> Option<CompoundTerms> {
    let years_gone = (as_of - start).num_days() as f64 / DAYS_PER_YEAR;
    let years_all = (deadline - start).num_days() as f64 / DAYS_PER_YEAR;
    if baseline <= 0.0 || goal <= 0.0 || years_gone <= 0.0 || years_all <= 0.0 {
        return None;
    }
    // An actual of 0 has lost everything: CAGR = 0^(1/t) − 1 = −100 %. Below 0 the formula
    // has no value; −100 % is its limit, so the pace stays monotone in the actual (a
    // property test found 0 reported `pending` while 1 was `behind`).
    let lost_everything = actual <= 0.0;
    let achieved = if lost_everything {
        -1.0
    } else {
        (actual / baseline).powf(1.0 / years_gone) - 1.0
    };
    let required = (goal / baseline).powf(1.0 / years_all) - 1.0;
    if required == 0.0 {
        return None;
    }
    let pace = achieved / required;
    pace.is_finite().then_some(CompoundTerms {
        actual,
        baseline,
        goal,
        years_gone,
        years_in_window: years_all,
        lost_everything,
        achieved,
        required,
        pace,
    })
}

/// Pace of a cumulative cap (a `ytd` flow that must stay at most `cap`): the budget that
/// time allows so far over what was used. Above 1.0 the flow is under its time share.
pub fn cap_budget(cap: f64, actual: f64, elapsed: f64) -> Option<f64> {
    if actual <= 0.0 || elapsed <= 0.0 {
        return None;
    }
    Some(cap * elapsed / actual).filter(|p| p.is_finite())
}

/// Where the schedule says the value should be once `elapsed` of the window has gone:
/// `origin + elapsed × (goal − origin)` on a straight line (a `ytd` flow starts from 0),
/// `origin × (goal / origin)^elapsed` on a constant growth rate. `None` without a pace.
pub fn expected(
    model: crate::spec::PaceModel,
    origin: f64,
    goal: f64,
    elapsed: f64,
) -> Option<f64> {
    use crate::spec::PaceModel;
    let value = match model {
        PaceModel::Linear => origin + elapsed * (goal - origin),
        PaceModel::Compound if origin > 0.0 && goal > 0.0 => origin * (goal / origin).powf(elapsed),
        PaceModel::Compound | PaceModel::None => return None,
    };
    Some(value).filter(|v| v.is_finite())
}

/// Points along a compound schedule (a curve).
pub const CURVE_STEPS: usize = 24;

/// The schedule sampled as (share of the window gone, expected value): its two ends when
/// straight, [`CURVE_STEPS`] + 1 points when compound. Empty when it cannot be drawn.
pub fn schedule_path(model: crate::spec::PaceModel, origin: f64, goal: f64) -> Vec<(f64, f64)> {
    use crate::spec::PaceModel;
    let steps = match model {
        PaceModel::Linear => 1,
        PaceModel::Compound => CURVE_STEPS,
        PaceModel::None => return Vec::new(),
    };
    let values: Option<Vec<(f64, f64)>> = (0..=steps)
        .map(|i| {
            let f = i as f64 / steps as f64;
            expected(model, origin, goal, f).map(|v| (f, v))
        })
        .collect();
    values.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn elapsed_is_clamped() {
        let (s, e) = (d(2020, 1, 1), d(2022, 12, 31));
        assert_eq!(elapsed_fraction(s, e, d(2019, 6, 1)), 0.0);
        assert_eq!(elapsed_fraction(s, e, d(2023, 6, 1)), 1.0);
        let f = elapsed_fraction(s, e, d(2020, 12, 31));
        assert!((f - 365.0 / 1095.0).abs() < 1e-12);
    }

    #[test]
    fn linear_worked_example_5g() {
        // 1812 built, 10000 more in three years; 4717 by 2021-08-31.
        let f = elapsed_fraction(d(2020, 1, 1), d(2022, 12, 31), d(2021, 8, 31));
        let pi = linear(1812.0, 11812.0, 4717.0, f).unwrap();
        assert!((f - 608.0 / 1095.0).abs() < 1e-12);
        assert!((pi - 0.2905 / (608.0 / 1095.0)).abs() < 1e-9, "{pi}");
        assert!((pi - 0.5232).abs() < 1e-3);
    }

    #[test]
    fn compound_is_one_on_the_exponential_path() {
        let (s, e, a) = (d(2020, 1, 1), d(2023, 1, 1), d(2021, 1, 1));
        let t = (a - s).num_days() as f64 / DAYS_PER_YEAR;
        let big_t = (e - s).num_days() as f64 / DAYS_PER_YEAR;
        let on_path = 1000.0 * 2f64.powf(t / big_t);
        let pi = compound(1000.0, 2000.0, on_path, s, e, a).unwrap();
        assert!((pi - 1.0).abs() < 1e-9, "{pi}");
        // Linear growth to 1200 in year one of three is behind a doubling: π ≈ 0.77.
        let pi = compound(1000.0, 2000.0, 1200.0, s, e, a).unwrap();
        assert!((pi - 0.7696).abs() < 2e-3, "{pi}");
    }

    #[test]
    fn degenerate_cases_have_no_pace() {
        assert_eq!(linear(5.0, 5.0, 6.0, 0.5), None);
        assert_eq!(linear(0.0, 5.0, 1.0, 0.0), None);
        let (s, e) = (d(2020, 1, 1), d(2023, 1, 1));
        assert_eq!(compound(0.0, 10.0, 5.0, s, e, d(2021, 1, 1)), None);
        assert_eq!(compound(10.0, 20.0, 15.0, s, e, s), None);
        assert_eq!(cap_budget(100.0, 0.0, 0.5), None);
    }

    #[test]
    fn compound_pace_of_nothing_left_is_the_lowest() {
        let (s, e, a) = (d(2020, 1, 1), d(2023, 1, 1), d(2021, 1, 1));
        let zero = compound(1000.0, 2000.0, 0.0, s, e, a).unwrap();
        let some = compound(1000.0, 2000.0, 1.0, s, e, a).unwrap();
        assert!(zero < some && zero < 0.0, "{zero} {some}");
        assert_eq!(compound(1000.0, 2000.0, -5.0, s, e, a), Some(zero));
    }

    #[test]
    fn expected_value_follows_the_schedule() {
        use crate::spec::PaceModel;
        // A third of the way through 1812 → 11812: 1812 + 10000 / 3.
        let e = expected(PaceModel::Linear, 1812.0, 11812.0, 1.0 / 3.0).unwrap();
        assert!((e - (1812.0 + 10000.0 / 3.0)).abs() < 1e-9);
        // A flow from 0: half the year, half the goal.
        assert_eq!(expected(PaceModel::Linear, 0.0, 2200.0, 0.5), Some(1100.0));
        // Doubling in three years: after one, 2^(1/3).
        let e = expected(PaceModel::Compound, 1000.0, 2000.0, 1.0 / 3.0).unwrap();
        assert!((e - 1000.0 * 2f64.powf(1.0 / 3.0)).abs() < 1e-9);
        assert_eq!(expected(PaceModel::Compound, 0.0, 10.0, 0.5), None);
        assert_eq!(expected(PaceModel::None, 0.0, 10.0, 0.5), None);
    }
}
