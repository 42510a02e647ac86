//! What a target's history says: a least-squares line through its past values, the
//! direction it moves relative to the goal, and the date it would reach the goal if it
//! kept moving that way (docs/history.md). Pure arithmetic, no I/O.

use chrono::NaiveDate;

use crate::report::{FittedLine as Line, FlatScale, Point, Trend};

/// A fitted change smaller than this share of the distance to the goal counts as flat.
pub const FLAT_TOLERANCE: f64 = 0.01;

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

impl Better {
    fn sign(self) -> f64 {
        match self {
            Better::Higher => 1.0,
            Better::Lower => -1.0,
        }
    }
}

/// The level a history has to cross, and from which side: for `at-least` the goal from
/// below (reached when value ≥ goal), for `less-than` from above (value < goal), …
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aim {
    pub better: Better,
    /// The goal, when it is known (it may need a baseline nobody supplied).
    pub level: Option<f64>,
    /// The rule is strict (`more-than`, `less-than`): reaching the level is not enough.
    pub strict: bool,
    /// Whether a crossing date means anything (not for bands, which are left as well as
    /// entered).
    pub projectable: bool,
}

fn days(from: NaiveDate, to: NaiveDate) -> f64 {
    (to - from).num_days() as f64
}

/// Ordinary least squares through the points, days counted from `origin`. `None` with
/// fewer than two distinct dates.
pub fn fit(points: &[Point], origin: NaiveDate) -> Option<Line> {
    let n = points.len() as f64;
    if points.len() < 2 {
        return None;
    }
    let mean_x = points.iter().map(|p| days(origin, p.as_of)).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.value).sum::<f64>() / n;
    let (mut sxx, mut sxy) = (0.0, 0.0);
    for p in points {
        let dx = days(origin, p.as_of) - mean_x;
        sxx += dx * dx;
        sxy += dx * (p.value - mean_y);
    }
    if sxx == 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    let line = Line {
        origin,
        intercept: mean_y - slope * mean_x,
        slope,
    };
    (line.slope.is_finite() && line.intercept.is_finite()).then_some(line)
}

/// The trend of a history: the sign of the fitted slope, turned so that `improving` means
/// towards the goal. Flat when the fitted change over the history's span is smaller than
/// [`FLAT_TOLERANCE`] of the distance from the first value to the goal (of the first value
/// itself when the goal is unknown or equal to it).
pub fn trend(points: &[Point], line: &Line, aim: &Aim) -> Option<Trend> {
    let (first, last) = (points.first()?, points.last()?);
    let change = line.slope * days(first.as_of, last.as_of);
    let scale = flat_scale(first.value, aim.level).size();
    if change.abs() <= FLAT_TOLERANCE * scale {
        return Some(Trend::Flat);
    }
    Some(if change * aim.better.sign() > 0.0 {
        Trend::Improving
    } else {
        Trend::Worsening
    })
}

/// What a trend's change is measured against to call it flat: the distance from the
/// first value to the goal, or the first value itself when the goal is unknown or the
/// distance is 0.
pub fn flat_scale(first: f64, level: Option<f64>) -> FlatScale {
    match level.map(|g| (g - first).abs()) {
        Some(d) if d > 0.0 => FlatScale::Distance(d),
        at => FlatScale::FirstValue {
            value: first,
            at_goal: at.is_some(),
        },
    }
}

/// The first day on which the line satisfies the aim: `None` when it never would (a slope
/// of zero or away from the goal), the goal is unknown, or the date is out of range.
pub fn projected(line: &Line, aim: &Aim) -> Option<NaiveDate> {
    let level = aim.level.filter(|_| aim.projectable)?;
    if line.slope * aim.better.sign() <= 0.0 {
        return None;
    }
    // Moving towards the level, the rule holds from the crossing day x* on: x ≥ x* (or
    // x > x* for a strict rule). The small allowance keeps float noise from moving an
    // exact crossing to the next day.
    let crossing = (level - line.intercept) / line.slope;
    let day = if aim.strict {
        (crossing + 1e-9).floor() + 1.0
    } else {
        (crossing - 1e-9).ceil()
    };
    if !day.is_finite() || day.abs() > 3_000_000.0 {
        return None;
    }
    let day = day as i64;
    if day >= 0 {
        line.origin.checked_add_days(chrono::Days::new(day as u64))
    } else {
        line.origin
            .checked_sub_days(chrono::Days::new(day.unsigned_abs()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn pts(list: &[(&str, f64)]) -> Vec<Point> {
        list.iter()
            .map(|&(as_of, value)| Point {
                as_of: d(as_of),
                value,
            })
            .collect()
    }

    fn floor(level: f64) -> Aim {
        Aim {
            better: Better::Higher,
            level: Some(level),
            strict: false,
            projectable: true,
        }
    }

    fn cap(level: f64) -> Aim {
        Aim {
            better: Better::Lower,
            ..floor(level)
        }
    }

    #[test]
    fn two_points_give_the_line_through_them() {
        // 0 on day 0, 100 on day 100: one a day.
        let p = pts(&[("2020-01-01", 0.0), ("2020-04-10", 100.0)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert!((line.slope - 1.0).abs() < 1e-12);
        assert!(line.intercept.abs() < 1e-9);
        // Goal 250 is reached on day 250 = 2020-09-07.
        assert_eq!(projected(&line, &floor(250.0)), Some(d("2020-09-07")));
    }

    #[test]
    fn least_squares_over_four_quarters() {
        // Days 0, 91, 182, 274 (2020-01-01 … 2020-10-01), values 10, 12, 15, 17.
        // mean x = 136.75, mean y = 13.5; Sxx = 41 678.75, Sxy = 1 095.5;
        // slope = Sxy / Sxx = 0.026 284 …/day, intercept = 13.5 − 136.75 × slope = 9.905 6…
        let p = pts(&[
            ("2020-01-01", 10.0),
            ("2020-04-01", 12.0),
            ("2020-07-01", 15.0),
            ("2020-10-01", 17.0),
        ]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert!((line.slope - 1095.5 / 41678.75).abs() < 1e-12, "{line:?}");
        assert!((line.intercept - (13.5 - 136.75 * 1095.5 / 41678.75)).abs() < 1e-9);
        // Goal 20: x* = (20 − 9.9056) / 0.026284 = 384.05 → day 385 = 2021-01-20.
        assert_eq!(projected(&line, &floor(20.0)), Some(d("2021-01-20")));
        // At the 2020-12-31 deadline (day 365): 9.9056 + 365 × 0.026284 = 19.499.
        let at_deadline = line.at(d("2020-12-31"));
        assert!((at_deadline - 19.4994).abs() < 1e-3, "{at_deadline}");
        assert_eq!(trend(&p, &line, &floor(20.0)), Some(Trend::Improving));
    }

    #[test]
    fn strict_rules_need_the_day_after_an_exact_crossing() {
        let p = pts(&[("2020-01-01", 0.0), ("2020-01-11", 10.0)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert_eq!(projected(&line, &floor(20.0)), Some(d("2020-01-21")));
        let strict = Aim {
            strict: true,
            ..floor(20.0)
        };
        assert_eq!(projected(&line, &strict), Some(d("2020-01-22")));
    }

    #[test]
    fn a_falling_value_improves_a_cap_and_worsens_a_floor() {
        let p = pts(&[
            ("2020-01-01", 100.0),
            ("2020-07-01", 90.0),
            ("2021-01-01", 80.0),
        ]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert_eq!(trend(&p, &line, &cap(50.0)), Some(Trend::Improving));
        assert_eq!(trend(&p, &line, &floor(150.0)), Some(Trend::Worsening));
        // Days 0, 182, 366: slope −0.054 644/day, intercept 99.981 7; the line reaches 50
        // at x* = 914.67, so day 915 from 2020-01-01 = 2022-07-04.
        assert_eq!(projected(&line, &cap(50.0)), Some(d("2022-07-04")));
        // A floor the line moves away from is never reached.
        assert_eq!(projected(&line, &floor(150.0)), None);
    }

    #[test]
    fn a_rising_value_worsens_a_cap() {
        let p = pts(&[("2020-01-01", 3.0), ("2020-12-31", 4.0)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert_eq!(trend(&p, &line, &cap(5.0)), Some(Trend::Worsening));
        assert_eq!(projected(&line, &cap(2.0)), None);
    }

    #[test]
    fn small_changes_are_flat() {
        // Distance to the goal 100; a fitted change of 0.5 is under 1 % of it.
        let p = pts(&[("2020-01-01", 100.0), ("2020-12-31", 100.5)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert_eq!(trend(&p, &line, &floor(200.0)), Some(Trend::Flat));
        assert_eq!(trend(&p, &line, &cap(0.0)), Some(Trend::Flat));
        // A change of 2 is not.
        let p = pts(&[("2020-01-01", 100.0), ("2020-12-31", 102.0)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert_eq!(trend(&p, &line, &floor(200.0)), Some(Trend::Improving));
        // A constant series is flat and never reaches a goal above it.
        let p = pts(&[("2020-01-01", 7.0), ("2020-12-31", 7.0)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert_eq!(trend(&p, &line, &floor(10.0)), Some(Trend::Flat));
        assert_eq!(projected(&line, &floor(10.0)), None);
    }

    #[test]
    fn one_point_or_one_date_gives_no_line() {
        assert_eq!(fit(&pts(&[("2020-01-01", 1.0)]), d("2020-01-01")), None);
        assert_eq!(fit(&[], d("2020-01-01")), None);
        let same_day = pts(&[("2020-03-01", 1.0), ("2020-03-01", 1.0)]);
        assert_eq!(fit(&same_day, d("2020-01-01")), None);
    }

    #[test]
    fn an_unknown_goal_or_a_band_has_no_projected_date() {
        let p = pts(&[("2020-01-01", 0.0), ("2020-12-31", 10.0)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        let unknown = Aim {
            level: None,
            ..floor(0.0)
        };
        assert_eq!(projected(&line, &unknown), None);
        // The trend is still known (scaled by the first value, 0 here: any change counts).
        assert_eq!(trend(&p, &line, &unknown), Some(Trend::Improving));
        let band = Aim {
            projectable: false,
            ..floor(20.0)
        };
        assert_eq!(projected(&line, &band), None);
    }

    #[test]
    fn a_goal_already_passed_projects_into_the_past() {
        // Rising one a day from 50 at start; goal 20 was crossed before the start.
        let p = pts(&[("2020-01-01", 50.0), ("2020-01-11", 60.0)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert_eq!(projected(&line, &floor(20.0)), Some(d("2019-12-02")));
    }

    #[test]
    fn a_far_away_crossing_is_not_a_date() {
        let p = pts(&[("2020-01-01", 0.0), ("2020-12-31", 1e-9)]);
        let line = fit(&p, d("2020-01-01")).unwrap();
        assert_eq!(projected(&line, &floor(1e9)), None);
    }
}
