//! Whether a target's value is stale (docs/status-model.md, "Stale values"): dated before
//! the earlier of the report's `as_of` and the target's deadline. Decided here, once, for
//! every reader of the report.

use chrono::NaiveDate;

/// What a target's figure is, for staleness: only a dated value can be stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// No figure: never stale.
    None,
    /// A value (or a milestone's report) dated `as_of`.
    Dated(NaiveDate),
    // A window figure is given as `None` (never stale: a missing year makes it
    // `pending`); an assessed target's date is its judgement's.
}

impl Figure {
    /// A report's figure dated `as_of`; `window`: a figure over a window, never stale (a
    /// missing year makes it `pending`). An assessed target's date is its judgement's.
    pub fn of(as_of: Option<NaiveDate>, window: bool) -> Figure {
        match as_of {
            Some(_) if window => Figure::None,
            Some(d) => Figure::Dated(d),
            None => Figure::None,
        }
    }
}

/// A value is stale when its date is before the earlier of the report's `as_of` and the
/// target's deadline: a 2022 value shown under "as of 2024-12-31" for a 2025 target is,
/// and so is one dated before a deadline that has passed by the report's date.
pub fn is_stale(figure: Figure, report_as_of: Option<NaiveDate>, deadline: NaiveDate) -> bool {
    match figure {
        Figure::None => false,
        Figure::Dated(date) => {
            let due = report_as_of.map_or(deadline, |a| a.min(deadline));
            date < due
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_value_dated_before_the_report_or_the_deadline_is_stale() {
        let deadline = d("2025-12-31");
        let as_of = Some(d("2024-12-31"));
        assert!(is_stale(Figure::Dated(d("2022-12-31")), as_of, deadline));
        assert!(!is_stale(Figure::Dated(d("2024-12-31")), as_of, deadline));
        // A deadline passed: a value of the deadline's date is not stale.
        assert!(!is_stale(
            Figure::Dated(d("2020-12-31")),
            as_of,
            d("2020-12-31")
        ));
        assert!(is_stale(
            Figure::Dated(d("2020-06-30")),
            as_of,
            d("2020-12-31")
        ));
        assert!(!is_stale(Figure::None, as_of, deadline));
    }
}
