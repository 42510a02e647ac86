//! How the report's figures are written when it is serialised (the JSON report of
//! docs/json-report.md): numbers as JSON numbers, whole numbers without a fraction,
//! figures rounded to 6 decimals and ratios to 3 so float noise such as
//! 48.00000000000001 never shows; dates as "2020-12-31". Used by the `serialize_with`
//! attributes of [`super::TargetReport`], [`super::Point`] and [`super::Report`].

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use super::{Projection, Regression};
use crate::decimal::Figure;
use crate::wording::{machine, progress_ratio, rounded};

/// A rule, or `null` for an assessed target (which has none).
pub fn rule<S: Serializer>(rule: &crate::spec::Rule, s: S) -> Result<S::Ok, S::Error> {
    match rule {
        crate::spec::Rule::Assessed => s.serialize_none(),
        rule => rule.serialize(s),
    }
}

/// A number as JSON shows it: whole numbers without a fraction (`2200`, not `2200.0`).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 1e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// A date as JSON shows it, "2020-12-31", written from its numbers: chrono's own
/// `Serialize` formats through `collect_str`, which reaches serde_json's escaper one
/// piece at a time; that was 3 % of a large JSON check.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Date(NaiveDate);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (year, month, day) = (self.0.year(), self.0.month(), self.0.day());
        let Ok(year @ 0..=9999) = u32::try_from(year) else {
            return self.0.serialize(s);
        };
        let mut text = *b"0000-00-00";
        for (at, value, digits) in [(0, year, 4), (5, month, 2), (8, day, 2)] {
            let mut v = value;
            for i in (at..at + digits).rev() {
                text[i] = b'0' + (v % 10) as u8;
                v /= 10;
            }
        }
        s.serialize_str(std::str::from_utf8(&text).expect("ASCII digits and dashes"))
    }
}

/// A figure: a decimal from the files whole, as its nearest float; a computed float
/// rounded to 6 decimals (`wording::machine`).
fn num(v: impl Figure) -> Num {
    Num(machine(v, 6))
}

pub fn figure<F: Figure + Copy, S: Serializer>(v: &F, s: S) -> Result<S::Ok, S::Error> {
    num(*v).serialize(s)
}

pub fn opt_figure<F: Figure + Copy, S: Serializer>(v: &Option<F>, s: S) -> Result<S::Ok, S::Error> {
    v.map(num).serialize(s)
}

/// `[low, high]`.
pub fn opt_pair<F: Figure + Copy, S: Serializer>(
    v: &Option<(F, F)>,
    s: S,
) -> Result<S::Ok, S::Error> {
    v.map(|(low, high)| [num(low), num(high)]).serialize(s)
}

/// A ratio (pace, elapsed) rounded to 3 decimals.
pub fn opt_ratio<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    v.map(|v| Num(rounded(v, 3))).serialize(s)
}

/// Progress as a ratio, like [`opt_ratio`], but short of the goal never rounded up to 1.
pub fn opt_progress<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    v.map(|v| Num(progress_ratio(v))).serialize(s)
}

/// A profile's shares, each as the figure it was written as (rounded to 6 decimals).
pub fn shares<S: Serializer>(v: &[f64; 12], s: S) -> Result<S::Ok, S::Error> {
    v.map(|x| Num(rounded(x, 6))).serialize(s)
}

pub fn date<S: Serializer>(v: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    Date(*v).serialize(s)
}

pub fn opt_date<S: Serializer>(v: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    v.map(Date).serialize(s)
}

/// The day the trend line reaches the goal, or null.
pub fn projected<S: Serializer>(v: &Projection, s: S) -> Result<S::Ok, S::Error> {
    v.date().map(Date).serialize(s)
}

/// Whether the latest value moved away from the goal.
pub fn regressed<S: Serializer>(v: &Option<Regression>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_bool(v.is_some())
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, NaiveDate};

    #[test]
    fn dates_read_as_chrono_writes_them() {
        // The first and last day of every year chrono writes with four digits, every day
        // of two years (one a leap year), and years beyond four digits on either side.
        let ends = (0..=9999).flat_map(|y| [(y, 1, 1), (y, 12, 31)]);
        let days = NaiveDate::from_ymd_opt(2019, 1, 1)
            .unwrap()
            .iter_days()
            .take(731)
            .map(|d| (d.year(), d.month(), d.day()));
        let beyond = [(10000, 1, 1), (-1, 6, 15), (262_000, 1, 1)];
        for (y, m, d) in ends.chain(days).chain(beyond) {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(
                serde_json::to_string(&super::Date(date)).unwrap(),
                serde_json::to_string(&date).unwrap(),
            );
        }
    }
}
