//! Seasonal flows: `profile = [s₁, …, s₁₂]`, the cumulative share of a year-to-date flow
//! expected by the end of each calendar month (docs/status-model.md, "Seasonal flows").
//!
//! The share on day d of month m is `s₍ₘ₋₁₎ + (sₘ − s₍ₘ₋₁₎) × d / days_in_month` (s₀ = 0);
//! for a window from `start` to `deadline` within one calendar year, the share expected by
//! `as_of` is `(S(as_of) − S(start_eve)) / (S(deadline) − S(start_eve))`, S(start_eve)
//! being the share on the day before `start` (0 for 1 January). Evaluation uses it in
//! place of the elapsed fraction `f` for the expected value and the pace; this module is
//! the arithmetic, once, and the checks of the key in a spec.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};
use toml::de::DeValue;

use crate::decimal::{Decimal, to_f64};
use crate::diagnostic::Kind;
use crate::load::{self, Reader};

/// Months in a profile.
pub const MONTHS: usize = 12;

/// A checked profile: twelve non-decreasing shares in [0, 1], the last 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile {
    pub shares: [f64; MONTHS],
}

/// `share = (now − eve) / (end − eve)`: S(as_of), S(start_eve), S(deadline).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShareTerms {
    pub now: f64,
    pub eve: f64,
    pub end: f64,
    pub share: f64,
}

/// The number of days in a month (also the last day of a month in `extract::within`).
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).map_or(30, |d| d.day())
}

impl Profile {
    /// S(d): the cumulative share expected by the end of day `d` of its year.
    pub fn share_on(&self, d: NaiveDate) -> f64 {
        let m = d.month() as usize;
        let before = if m == 1 { 0.0 } else { self.shares[m - 2] };
        let this = self.shares[m - 1];
        before
            + (this - before) * f64::from(d.day()) / f64::from(days_in_month(d.year(), d.month()))
    }

    /// S(start_eve): the share on the day before `start`, 0 when `start` is 1 January.
    fn share_before(&self, start: NaiveDate) -> f64 {
        if start.month() == 1 && start.day() == 1 {
            return 0.0;
        }
        start.pred_opt().map_or(0.0, |eve| self.share_on(eve))
    }

    /// The share of the window's goal expected by `as_of`, in [0, 1]:
    /// `(S(as_of) − S(start_eve)) / (S(deadline) − S(start_eve))`, `as_of` held within the
    /// window. A window the profile expects nothing of is all due from its deadline on.
    pub fn expected_share(&self, start: NaiveDate, deadline: NaiveDate, as_of: NaiveDate) -> f64 {
        self.terms(start, deadline, as_of).share
    }

    /// [`Profile::expected_share`] with its terms, for showing the arithmetic.
    pub fn terms(&self, start: NaiveDate, deadline: NaiveDate, as_of: NaiveDate) -> ShareTerms {
        let eve = self.share_before(start);
        let end = self.share_on(deadline);
        let now = if as_of < start {
            eve
        } else {
            self.share_on(as_of.min(deadline))
        };
        let whole = end - eve;
        let share = if whole <= 0.0 {
            if as_of >= deadline { 1.0 } else { 0.0 }
        } else {
            ((now - eve) / whole).clamp(0.0, 1.0)
        };
        ShareTerms {
            now,
            eve,
            end,
            share,
        }
    }

    /// The schedule's path as (share of the window's days gone, expected share): the
    /// start, every month's end inside the window, and the deadline.
    pub fn path(&self, start: NaiveDate, deadline: NaiveDate) -> Vec<(f64, f64)> {
        let days = (deadline - start).num_days();
        let x = |d: NaiveDate| {
            if days <= 0 {
                1.0
            } else {
                (d - start).num_days() as f64 / days as f64
            }
        };
        let mut points = vec![(0.0, 0.0)];
        let mut month = start.month();
        while month < 12 {
            let Some(end) =
                NaiveDate::from_ymd_opt(start.year(), month + 1, 1).and_then(|n| n.pred_opt())
            else {
                break;
            };
            if end >= deadline {
                break;
            }
            if end >= start {
                points.push((x(end), self.expected_share(start, deadline, end)));
            }
            month += 1;
        }
        points.push((1.0, 1.0));
        points
    }
}

/// Reads and checks `profile` in a target: twelve numbers, non-decreasing, in [0, 1],
/// ending at 1, on a `ytd` target whose window lies within one calendar year. Every
/// problem is recorded at the key or the number it is about; `None` when the key is
/// absent or wrong. `other_measure` is the target's measure when it is not `ytd`.
pub fn read(
    r: &mut Reader<'_>,
    table: &crate::load::Fields<'_, '_>,
    other_measure: Option<&str>,
    window: Option<(NaiveDate, NaiveDate)>,
) -> Option<Profile> {
    let value = table.get("profile")?;
    let key: Range<usize> = table.key_span("profile").unwrap_or(value.span());
    let before = r.count();
    let DeValue::Array(items) = value.get_ref() else {
        let d = r.error_of(
            Kind::WrongType,
            value.span(),
            format!(
                "`profile` must be an array of 12 numbers, found {}",
                load::describe(value.get_ref())
            ),
        );
        d.label = Some("expected 12 monthly shares".into());
        d.help = Some(PROFILE_HELP.into());
        return None;
    };
    if items.len() != MONTHS {
        let d = r.error(
            value.span(),
            format!(
                "`profile` gives the share expected by the end of each of the 12 months, found {} number{}",
                items.len(),
                if items.len() == 1 { "" } else { "s" }
            ),
        );
        d.label = Some("needs 12 numbers".into());
        d.help = Some(PROFILE_HELP.into());
    }
    let mut shares: Vec<(Decimal, Range<usize>)> = Vec::new();
    for item in items.iter() {
        if let Some(n) = r.number_value("profile", item) {
            shares.push((*n.get_ref(), n.span()));
        }
    }
    let mut previous: Option<Decimal> = None;
    for (i, (share, span)) in shares.iter().enumerate() {
        if *share < Decimal::ZERO || *share > Decimal::ONE {
            let d = r.error_of(
                Kind::OutOfBounds,
                span.clone(),
                format!(
                    "`profile` shares are between 0 and 1: month {} has {}",
                    i + 1,
                    share.normalize()
                ),
            );
            d.label = Some("outside [0, 1]".into());
            d.help = Some("write shares of the year's total: 0.25 for a quarter".into());
        } else if let Some(p) = previous.filter(|p| share < p) {
            let d = r.error(
                span.clone(),
                format!(
                    "`profile` is cumulative and cannot fall: month {} has {} after {}",
                    i + 1,
                    share.normalize(),
                    p.normalize()
                ),
            );
            d.label = Some("below the month before".into());
            d.help = Some(
                "each number is the share expected by that month's end, counted from 1 January"
                    .into(),
            );
        }
        previous = Some(*share);
    }
    if let (Some((last, span)), true) = (shares.last(), items.len() == MONTHS) {
        if *last != Decimal::ONE && shares.len() == MONTHS {
            let d = r.error(
                span.clone(),
                format!(
                    "`profile` must end at 1 (the whole year by 31 December), found {}",
                    last.normalize()
                ),
            );
            d.label = Some("the December share".into());
            d.help = Some("the last number is the whole year's share: write 1".into());
        }
    }
    if let Some(m) = other_measure {
        let d = r.error_of(
            Kind::NotTaken,
            key.clone(),
            format!("`profile` goes with `measure = \"ytd\"` only, not `{m}`"),
        );
        d.label = Some("needs a year-to-date flow".into());
        d.help = Some(
            "a profile says how a flow accrues over the year; remove it, or use `measure = \"ytd\"`"
                .into(),
        );
    }
    if let Some((start, deadline)) = window.filter(|(s, d)| s.year() != d.year()) {
        let d = r.error(
            key,
            format!(
                "`profile` needs a window within one calendar year: {start} to {deadline} is not"
            ),
        );
        d.label = Some("the window crosses a year's end".into());
        d.help = Some(
            "split the target into one per calendar year, or remove `profile` (linear pace)".into(),
        );
    }
    if r.count() > before || shares.len() != MONTHS {
        return None;
    }
    let mut out = [0.0; MONTHS];
    for (o, (s, _)) in out.iter_mut().zip(&shares) {
        *o = to_f64(*s);
    }
    Some(Profile { shares: out })
}

const PROFILE_HELP: &str = "write the cumulative share expected by each month's end, January to December, ending at 1: \
     `profile = [0.02, 0.04, 0.06, 0.08, 0.1, 0.3, 0.4, 0.45, 0.6, 0.85, 0.95, 1]`";

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const EVEN: Profile = Profile {
        shares: [
            1.0 / 12.0,
            2.0 / 12.0,
            3.0 / 12.0,
            4.0 / 12.0,
            5.0 / 12.0,
            6.0 / 12.0,
            7.0 / 12.0,
            8.0 / 12.0,
            9.0 / 12.0,
            10.0 / 12.0,
            11.0 / 12.0,
            1.0,
        ],
    };

    #[test]
    fn a_month_end_has_its_share_and_a_month_is_linear_by_day() {
        let p = Profile {
            shares: [0.1, 0.1, 0.1, 0.1, 0.1, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 1.0],
        };
        assert_eq!(p.share_on(d(2023, 1, 31)), 0.1);
        assert_eq!(p.share_on(d(2023, 6, 30)), 0.4);
        // 15 June: 0.1 + 0.3 × 15 / 30.
        assert!((p.share_on(d(2023, 6, 15)) - 0.25).abs() < 1e-12);
        assert_eq!(p.share_on(d(2023, 12, 31)), 1.0);
        // February in a leap year has 29 days.
        assert!((p.share_on(d(2024, 2, 29)) - 0.1).abs() < 1e-12);
    }

    #[test]
    fn the_share_is_rescaled_to_the_window() {
        let p = Profile {
            shares: [0.1, 0.1, 0.1, 0.1, 0.1, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 1.0],
        };
        // Whole year: S(as_of) itself.
        assert_eq!(
            p.expected_share(d(2023, 1, 1), d(2023, 12, 31), d(2023, 6, 30)),
            0.4
        );
        // From 1 July: S(start_eve) = 0.4, so by 31 July nothing more was due.
        assert_eq!(
            p.expected_share(d(2023, 7, 1), d(2023, 12, 31), d(2023, 7, 31)),
            0.0
        );
        // Before the start nothing, at or after the deadline everything.
        assert_eq!(
            p.expected_share(d(2023, 7, 1), d(2023, 12, 31), d(2023, 3, 1)),
            0.0
        );
        assert_eq!(
            p.expected_share(d(2023, 7, 1), d(2023, 12, 31), d(2024, 3, 1)),
            1.0
        );
        // Even shares give (nearly) the linear fraction at month ends.
        let f = EVEN.expected_share(d(2023, 1, 1), d(2023, 12, 31), d(2023, 3, 31));
        assert!((f - 0.25).abs() < 1e-12, "{f}");
    }

    #[test]
    fn the_path_steps_through_each_month_end_in_the_window() {
        let path = EVEN.path(d(2023, 1, 1), d(2023, 12, 31));
        assert_eq!(path.len(), 13);
        assert_eq!(path[0], (0.0, 0.0));
        assert_eq!(path[12], (1.0, 1.0));
        let path = EVEN.path(d(2023, 4, 1), d(2023, 6, 30));
        assert_eq!(path.len(), 4, "{path:?}");
    }
}
