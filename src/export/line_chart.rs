//! The geometry of a target's line chart: its history over time against the goal, the
//! schedule the pace model lays from the start to the deadline, and the least-squares
//! line projected to the deadline (docs/history.md). Pure arithmetic on dates and figures;
//! the HTML exporter draws it.
//!
//! Coordinates are SVG user units in a [`WIDTH`] × [`HEIGHT`] box; `y` grows downwards.

use chrono::NaiveDate;

use crate::report::Point;

pub const WIDTH: f64 = 360.0;
pub const HEIGHT: f64 = 132.0;
/// The plot area inside the box: room on the right for the latest value's label, below
/// for the dates.
pub const LEFT: f64 = 6.0;
pub const RIGHT: f64 = 300.0;
pub const TOP: f64 = 14.0;
pub const BOTTOM: f64 = 108.0;
/// Share of the figures' span left free above and below them.
const PAD: f64 = 0.08;

/// What the chart shows, in the target's unit.
#[derive(Debug, Clone, Copy)]
pub struct Series<'a> {
    pub history: &'a [Point],
    pub start: NaiveDate,
    pub deadline: NaiveDate,
    pub goal: Option<f64>,
    /// `between` low and high, or an `about` goal ± its tolerance.
    pub band: Option<(f64, f64)>,
    pub stretch: Option<f64>,
    /// The pace schedule as evaluation sampled it: (share of the window, value).
    pub schedule: &'a [(f64, f64)],
    /// The trend line's ends, as evaluation fitted it (from the first value to the
    /// deadline, or to the latest value when later).
    pub trend: Option<(Point, Point)>,
}

/// A point of the chart, and the figure it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Xy {
    pub x: f64,
    pub y: f64,
}

/// A history value placed on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dot {
    pub at: Xy,
    pub point: Point,
}

/// A horizontal line at `y` for the figure `value`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Level {
    pub y: f64,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// The history, left to right.
    pub dots: Vec<Dot>,
    pub goal: Option<Level>,
    pub stretch: Option<Level>,
    /// The band's top and bottom `y`.
    pub band: Option<(f64, f64)>,
    /// The schedule from the start to the deadline (two points when straight).
    pub schedule: Vec<Xy>,
    /// The least-squares line from the first value to the deadline (or the latest value,
    /// when later), cut to the plot.
    pub projection: Option<(Xy, Xy)>,
    /// The start and the deadline on the time axis.
    pub start_x: f64,
    pub deadline_x: f64,
    /// The dates at the ends of the time axis.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The figures at the bottom and the top of the plot.
    pub range: (f64, f64),
}

/// The chart, or `None` under two history values (one value is no line).
pub fn chart(series: &Series) -> Option<LineChart> {
    let history = series.history;
    let (first, last) = (history.first()?, history.last()?);
    if history.len() < 2 || first.as_of == last.as_of {
        return None;
    }
    let from = series.start.min(first.as_of);
    let to = series.deadline.max(last.as_of);
    let days = (to - from).num_days() as f64;
    let x = |d: NaiveDate| LEFT + (d - from).num_days() as f64 / days * (RIGHT - LEFT);

    let schedule_values = series.schedule;
    let range = value_range(
        history
            .iter()
            .map(|p| p.value)
            .chain(series.goal)
            .chain(series.stretch)
            .chain(series.band.into_iter().flat_map(|(l, h)| [l, h]))
            .chain(schedule_values.iter().map(|(_, v)| *v)),
    )?;
    let y = |v: f64| BOTTOM - (v - range.0) / (range.1 - range.0) * (BOTTOM - TOP);
    let level = |v: f64| Level { y: y(v), value: v };

    let projection = series.trend.and_then(|(from, to)| {
        let a = Xy {
            x: x(from.as_of),
            y: y(from.value),
        };
        let b = Xy {
            x: x(to.as_of),
            y: y(to.value),
        };
        clip(a, b, TOP, BOTTOM)
    });

    Some(LineChart {
        dots: history
            .iter()
            .map(|&point| Dot {
                at: Xy {
                    x: x(point.as_of),
                    y: y(point.value),
                },
                point,
            })
            .collect(),
        goal: series.goal.map(level),
        stretch: series.stretch.map(level),
        band: series.band.map(|(low, high)| (y(high), y(low))),
        schedule: schedule_values
            .iter()
            .map(|&(f, v)| Xy {
                x: x(series.start) + f * (x(series.deadline) - x(series.start)),
                y: y(v),
            })
            .collect(),
        projection,
        start_x: x(series.start),
        deadline_x: x(series.deadline),
        from,
        to,
        range,
    })
}

/// From the lowest to the highest figure, with some room around; a flat series gets a
/// range around its value. `None` when a figure is not finite.
fn value_range(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values {
        if !v.is_finite() {
            return None;
        }
        low = low.min(v);
        high = high.max(v);
    }
    if low > high {
        return None;
    }
    let span = if high > low {
        high - low
    } else {
        low.abs().max(1.0) * 0.5
    };
    Some((low - span * PAD, high + span * PAD)).filter(|(l, h)| h > l && (h - l).is_finite())
}

/// The part of the segment from `a` to `b` between `top` and `bottom`; `None` when it lies
/// wholly outside.
pub fn clip(a: Xy, b: Xy, top: f64, bottom: f64) -> Option<(Xy, Xy)> {
    if !(a.y.is_finite() && b.y.is_finite()) {
        return None;
    }
    let at_y = |target: f64| {
        let t = (target - a.y) / (b.y - a.y);
        Xy {
            x: a.x + t * (b.x - a.x),
            y: target,
        }
    };
    let inside = |p: Xy| (top..=bottom).contains(&p.y);
    let cut = |p: Xy| {
        if p.y < top {
            at_y(top)
        } else if p.y > bottom {
            at_y(bottom)
        } else {
            p
        }
    };
    if !inside(a) && !inside(b) && (a.y < top) == (b.y < top) {
        return None;
    }
    Some((cut(a), cut(b)))
}

/// Points as an SVG `points` attribute: "x,y x,y …", one decimal.
pub fn polyline(points: impl IntoIterator<Item = Xy>) -> String {
    points
        .into_iter()
        .map(|p| format!("{},{}", one_decimal(p.x), one_decimal(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A coordinate to one decimal, never `-0`.
pub fn one_decimal(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 { "0".into() } else { r.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn p(as_of: NaiveDate, value: f64) -> Point {
        Point { as_of, value }
    }

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} ≠ {b}");
    }

    /// A straight schedule from 0 to 100.
    const STRAIGHT: [(f64, f64); 2] = [(0.0, 0.0), (1.0, 100.0)];

    /// The line through two history values, from the first to `end` (as evaluation gives
    /// it for two points).
    fn through(h: &[Point], end: NaiveDate) -> Option<(Point, Point)> {
        let (a, b) = (h.first()?, h.last()?);
        let slope = (b.value - a.value) / (b.as_of - a.as_of).num_days() as f64;
        let at_end = a.value + slope * (end - a.as_of).num_days() as f64;
        Some((*a, p(end, at_end)))
    }

    /// Start 2020-01-01, deadline 2022-12-31 (1095 days), goal 100 from 0.
    fn series(history: &[Point]) -> Series<'_> {
        let deadline = d(2022, 12, 31);
        let end = history.last().map_or(deadline, |l| l.as_of.max(deadline));
        Series {
            history,
            start: d(2020, 1, 1),
            deadline,
            goal: Some(100.0),
            band: None,
            stretch: None,
            schedule: &STRAIGHT,
            trend: through(history, end),
        }
    }

    #[test]
    fn fewer_than_two_dates_draw_nothing() {
        let one = [p(d(2020, 4, 10), 10.0)];
        assert_eq!(chart(&series(&one)), None);
        assert_eq!(chart(&series(&[])), None);
    }

    #[test]
    fn dates_and_values_scale_to_the_plot() {
        // Worked example of docs/history.md: 10 on day 100, 20 on day 200.
        let h = [p(d(2020, 4, 10), 10.0), p(d(2020, 7, 19), 20.0)];
        let c = chart(&series(&h)).unwrap();
        // Values 0 (the schedule's origin) to 100 (goal), 8 % room each side.
        close(c.range.0, -8.0);
        close(c.range.1, 108.0);
        let y = |v: f64| BOTTOM - (v + 8.0) / 116.0 * (BOTTOM - TOP);
        let x = |day: f64| LEFT + day / 1095.0 * (RIGHT - LEFT);
        close(c.start_x, LEFT);
        close(c.deadline_x, RIGHT);
        close(c.dots[0].at.x, x(100.0));
        close(c.dots[1].at.x, x(200.0));
        close(c.dots[0].at.y, y(10.0));
        close(c.goal.unwrap().y, y(100.0));
        // The straight schedule: origin at the start, the goal at the deadline.
        assert_eq!(c.schedule.len(), 2);
        close(c.schedule[0].y, y(0.0));
        close(c.schedule[1].x, RIGHT);
        close(c.schedule[1].y, y(100.0));
        // The line 0.1 × day runs from the first value to 109.5 at the deadline: above
        // the top of the plot (108), so it is cut where it leaves.
        let (a, b) = c.projection.unwrap();
        close(a.x, x(100.0));
        close(a.y, y(10.0));
        close(b.y, TOP);
        close(b.x, x(1080.0));
        assert_eq!((c.from, c.to), (d(2020, 1, 1), d(2022, 12, 31)));
    }

    #[test]
    fn a_compound_schedule_is_a_curve_below_the_straight_line() {
        let h = [p(d(2020, 6, 30), 120.0), p(d(2020, 12, 31), 140.0)];
        // A doubling from 100 to 200, sampled as evaluation samples it.
        const CURVE_STEPS: usize = 24;
        let curve: Vec<(f64, f64)> = (0..=CURVE_STEPS)
            .map(|i| {
                let f = i as f64 / CURVE_STEPS as f64;
                (f, 100.0 * 2f64.powf(f))
            })
            .collect();
        let mut s = series(&h);
        s.schedule = &curve;
        s.goal = Some(200.0);
        let c = chart(&s).unwrap();
        assert_eq!(c.schedule.len(), CURVE_STEPS + 1);
        let (first, mid, last) = (
            c.schedule[0],
            c.schedule[CURVE_STEPS / 2],
            c.schedule[CURVE_STEPS],
        );
        // Halfway through the window a doubling stands at 100 × √2, under the midpoint 150.
        let y = |v: f64| BOTTOM - (v - c.range.0) / (c.range.1 - c.range.0) * (BOTTOM - TOP);
        close(mid.y, y(100.0 * 2f64.sqrt()));
        assert!(mid.y > (first.y + last.y) / 2.0, "below the straight line");
        close(last.y, c.goal.unwrap().y);
    }

    #[test]
    fn the_time_axis_reaches_a_value_after_the_deadline() {
        let h = [p(d(2022, 6, 30), 60.0), p(d(2023, 6, 30), 90.0)];
        let c = chart(&series(&h)).unwrap();
        assert_eq!(c.to, d(2023, 6, 30));
        close(c.dots[1].at.x, RIGHT);
        assert!(c.deadline_x < RIGHT);
        // The schedule still ends at the deadline.
        close(c.schedule[1].x, c.deadline_x);
        // And the projection at the latest value.
        close(c.projection.unwrap().1.x, RIGHT);
    }

    #[test]
    fn bands_stretch_and_flat_series() {
        let h = [p(d(2020, 3, 31), 5.0), p(d(2020, 6, 30), 5.0)];
        let s = Series {
            history: &h,
            start: d(2020, 1, 1),
            deadline: d(2020, 12, 31),
            goal: None,
            band: None,
            stretch: None,
            schedule: &[],
            trend: None,
        };
        // A flat series alone gets room around its value.
        let c = chart(&s).unwrap();
        assert!(c.range.0 < 5.0 && c.range.1 > 5.0);
        close(c.dots[0].at.y, c.dots[1].at.y);
        assert!(c.schedule.is_empty() && c.goal.is_none());
        let c = chart(&Series {
            band: Some((6.0, 8.0)),
            stretch: Some(9.0),
            ..s
        })
        .unwrap();
        let (top, bottom) = c.band.unwrap();
        assert!(top < bottom, "the high end is drawn above");
        assert!(c.stretch.unwrap().y < top);
    }

    #[test]
    fn clipping_keeps_the_inside_part() {
        let inside = (Xy { x: 0.0, y: 20.0 }, Xy { x: 10.0, y: 30.0 });
        assert_eq!(clip(inside.0, inside.1, 10.0, 50.0), Some(inside));
        let (a, b) = clip(Xy { x: 0.0, y: 30.0 }, Xy { x: 10.0, y: 70.0 }, 10.0, 50.0).unwrap();
        assert_eq!(a, Xy { x: 0.0, y: 30.0 });
        assert_eq!(b, Xy { x: 5.0, y: 50.0 });
        // Across the whole plot: cut at both ends.
        let (a, b) = clip(Xy { x: 0.0, y: 0.0 }, Xy { x: 10.0, y: 100.0 }, 10.0, 50.0).unwrap();
        assert_eq!((a.x, a.y, b.x, b.y), (1.0, 10.0, 5.0, 50.0));
        assert_eq!(
            clip(Xy { x: 0.0, y: 0.0 }, Xy { x: 10.0, y: 5.0 }, 10.0, 50.0),
            None
        );
    }

    #[test]
    fn polylines_read_well() {
        let pts = [
            Xy { x: 6.0, y: 99.94 },
            Xy {
                x: 300.04,
                y: -0.01,
            },
        ];
        assert_eq!(polyline(pts), "6,99.9 300,0");
    }
}
