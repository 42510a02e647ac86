//! Figures built from annual rates (`over = "window"`, docs/status-model.md "Figures built
//! from annual rates"): the years of a window, each year's rate from a target's history,
//! the chained figure (`cumulative` or `average`), and the pace of a cumulative figure.
//!
//! Pure arithmetic on dated values; evaluation calls it once per target (and once more for
//! a goal stated against the figure at another date).

use chrono::{Datelike, NaiveDate};

use crate::decimal::{Decimal, from_f64, to_f64};
use crate::report::YearRate;
use crate::spec::Aggregate;

/// The chained figure, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum Chained {
    /// The figure in %, with `t`, the number of rates chained (a provisional one counts).
    Figure {
        value: Decimal,
        t: usize,
        /// ∏(1 + rᵢ/100), for `explain`.
        product: f64,
    },
    /// Completed years of the window without a rate: never chained over a gap.
    MissingYears(Vec<i32>),
    /// No rate dated in the window yet.
    NoRate,
    /// A rate of −100% or below: nothing left to chain from.
    Unchainable(i32),
}

/// A window's chain at one date: the years from the first up to the current one, and the
/// figure they give.
#[derive(Debug, Clone, PartialEq)]
pub struct Chain {
    pub years: Vec<YearRate>,
    pub chained: Chained,
}

impl Chain {
    pub fn figure(&self) -> Option<Decimal> {
        match self.chained {
            Chained::Figure { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The number of rates chained.
    pub fn t(&self) -> Option<usize> {
        match self.chained {
            Chained::Figure { t, .. } => Some(t),
            _ => None,
        }
    }
}

fn dec31(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The calendar years whose 31 December lies in `(start, deadline]`, as `first..=last`
/// (empty when none does).
pub fn window_years(start: NaiveDate, deadline: NaiveDate) -> (i32, i32) {
    let first = if dec31(start.year()) > start {
        start.year()
    } else {
        start.year() + 1
    };
    let last = if dec31(deadline.year()) <= deadline {
        deadline.year()
    } else {
        deadline.year() - 1
    };
    (first, last)
}

/// How many years the window has (`T`).
pub fn years_in_window(start: NaiveDate, deadline: NaiveDate) -> usize {
    let (first, last) = window_years(start, deadline);
    usize::try_from(last - first + 1).unwrap_or(0)
}

/// The chain at `as_of` from `rates` (each a value dated in its year, in date order; the
/// latest dated in a year is that year's rate; values after `as_of` are left out).
pub fn chain(
    start: NaiveDate,
    deadline: NaiveDate,
    aggregate: Aggregate,
    rates: &[(NaiveDate, Decimal)],
    as_of: NaiveDate,
) -> Chain {
    let (first, last) = window_years(start, deadline);
    let current = as_of.year().min(last);
    let mut years = Vec::new();
    let mut missing = Vec::new();
    let mut product = 1.0_f64;
    let mut t = 0usize;
    let mut unchainable = None;
    for year in first..=current {
        let rate = rates
            .iter()
            .rev()
            .find(|(d, _)| d.year() == year && *d <= as_of)
            .map(|(_, r)| *r);
        let completed = dec31(year) <= as_of;
        years.push(YearRate {
            year,
            rate,
            provisional: !completed && rate.is_some(),
        });
        match rate {
            None if completed => missing.push(year),
            None => {}
            Some(r) => {
                let factor = 1.0 + to_f64(r) / 100.0;
                if factor <= 0.0 && unchainable.is_none() {
                    unchainable = Some(year);
                }
                product *= factor;
                t += 1;
            }
        }
    }
    let chained = if !missing.is_empty() {
        Chained::MissingYears(missing)
    } else if let Some(year) = unchainable {
        Chained::Unchainable(year)
    } else if t == 0 {
        Chained::NoRate
    } else {
        let value = match aggregate {
            Aggregate::Cumulative => (product - 1.0) * 100.0,
            Aggregate::Average => (product.powf(1.0 / t as f64) - 1.0) * 100.0,
        };
        // Rounded to 10 decimals: float noise (5.000000000000004 for an average of equal
        // rates of 5) must not decide a rule that the figure meets exactly.
        match from_f64(value).map(|d| d.round_dp(10)) {
            Some(value) => Chained::Figure { value, t, product },
            None => Chained::Unchainable(current),
        }
    };
    Chain { years, chained }
}

/// The cumulative figure required after `t` of `big_t` years on the constant-rate path to
/// `goal` (in %): `((1 + G/100)^(t/T) − 1) × 100`.
pub fn required_cumulative(goal: f64, t: usize, big_t: usize) -> Option<f64> {
    let base = 1.0 + goal / 100.0;
    if base <= 0.0 || big_t == 0 {
        return None;
    }
    Some((base.powf(t as f64 / big_t as f64) - 1.0) * 100.0)
}

/// The terms of a cumulative figure's pace: `achieved = (1 + C/100)^(1/t) − 1`,
/// `required = (1 + G/100)^(1/T) − 1`, `π = achieved / required`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowPace {
    pub achieved: f64,
    pub required: f64,
    pub pace: f64,
}

/// π of a cumulative figure `c` after `t` years against the goal `g` over `big_t` years;
/// `None` when the goal asks for no change (or cannot be reached by rates at all).
pub fn cumulative_pace(c: f64, t: usize, g: f64, big_t: usize) -> Option<WindowPace> {
    let (base_c, base_g) = (1.0 + c / 100.0, 1.0 + g / 100.0);
    if t == 0 || big_t == 0 || base_g <= 0.0 || base_c < 0.0 {
        return None;
    }
    let achieved = base_c.powf(1.0 / t as f64) - 1.0;
    let required = base_g.powf(1.0 / big_t as f64) - 1.0;
    if required == 0.0 || !required.is_finite() {
        return None;
    }
    let pace = achieved / required;
    pace.is_finite().then_some(WindowPace {
        achieved,
        required,
        pace,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }
    fn day(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn years_of_a_window() {
        assert_eq!(
            window_years(day(2020, 12, 31), day(2025, 12, 31)),
            (2021, 2025)
        );
        assert_eq!(
            window_years(day(2021, 1, 1), day(2025, 12, 31)),
            (2021, 2025)
        );
        assert_eq!(
            window_years(day(2021, 1, 1), day(2025, 6, 30)),
            (2021, 2024)
        );
        assert_eq!(years_in_window(day(2021, 1, 1), day(2025, 12, 31)), 5);
    }

    #[test]
    fn energy_intensity_of_the_14th_plan() {
        let rates = [
            (day(2021, 12, 31), d("-2.7")),
            (day(2022, 12, 31), d("-0.1")),
            (day(2023, 12, 31), d("0.5")),
        ];
        let c = chain(
            day(2021, 1, 1),
            day(2025, 12, 31),
            Aggregate::Cumulative,
            &rates,
            day(2023, 12, 31),
        );
        let figure = to_f64(c.figure().unwrap());
        assert!((figure - -2.3112865).abs() < 1e-6, "{figure}");
        assert_eq!(c.t(), Some(3));
        let expected = required_cumulative(-13.5, 3, 5).unwrap();
        assert!((expected - -8.33).abs() < 0.005, "{expected}");
        let pace = cumulative_pace(figure, 3, -13.5, 5).unwrap().pace;
        assert!((pace - 0.27).abs() < 0.005, "{pace}");
    }

    #[test]
    fn a_gap_is_never_chained_over() {
        let rates = [
            (day(2021, 12, 31), d("-2.7")),
            (day(2023, 12, 31), d("0.5")),
        ];
        let c = chain(
            day(2021, 1, 1),
            day(2025, 12, 31),
            Aggregate::Cumulative,
            &rates,
            day(2023, 12, 31),
        );
        assert_eq!(c.chained, Chained::MissingYears(vec![2022]));
    }

    #[test]
    fn a_year_to_date_rate_is_provisional() {
        let rates = [(day(2021, 12, 31), d("5")), (day(2022, 6, 30), d("3"))];
        let c = chain(
            day(2021, 1, 1),
            day(2025, 12, 31),
            Aggregate::Average,
            &rates,
            day(2022, 6, 30),
        );
        assert_eq!(c.t(), Some(2));
        assert!(c.years[1].provisional && !c.years[0].provisional);
    }
}
