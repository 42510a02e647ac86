//! The geometry of a bullet chart (Stephen Few's design): one horizontal scale per target
//! with the actual as a bar, the goal as a tick, the stretch goal as a dashed tick, the
//! zone that meets the rule shaded, and a marker where the pace model says the actual
//! should be by now. Pure arithmetic on a [`TargetReport`]'s figures; the HTML exporter draws it.

use crate::decimal::{Decimal, to_f64};
use crate::report::TargetReport;
use crate::spec::Rule;

/// Width of the chart: positions are percentages of the chart's width, so the chart
/// stretches with its box while its text and markers keep their shape.
pub const WIDTH: f64 = 100.0;

/// A stretch of the scale, in percent of the width from the left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub from: f64,
    pub to: f64,
}

impl Span {
    pub fn width(self) -> f64 {
        (self.to - self.from).max(0.0)
    }
}

/// A position on the scale, and the figure it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub x: f64,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Bullet {
    /// A figure against a goal.
    Figure {
        /// Where the rule holds (for a cap: below the goal).
        good: Vec<Span>,
        /// Where it fails, shaded too for caps (above the goal).
        bad: Vec<Span>,
        actual: Option<Span>,
        actual_value: Option<f64>,
        goals: Vec<Mark>,
        stretch: Option<Mark>,
        expected: Option<Mark>,
        baseline: Option<Mark>,
        /// The figure at the left end and at the right end.
        range: (f64, f64),
    },
    /// A milestone: the time gone in its window, and when it was done.
    Milestone {
        /// The share of the window gone, as a span from the left.
        elapsed: Span,
        /// Where in the window it was done (at the deadline end when no date was given).
        done_at: Option<f64>,
        deadline_x: f64,
    },
}

/// The chart for a target, or `None` when there is nothing to draw (a goal that needs a
/// baseline nobody gave).
pub fn bullet(f: &TargetReport) -> Option<Bullet> {
    let rule = f.rule;
    if rule == Rule::Done {
        return Some(milestone(f));
    }
    if rule == Rule::Assessed {
        return None; // a judgement has no figure to draw
    }
    // Drawing is floating point: the decimals from the files as their nearest floats.
    let float = |v: Option<Decimal>| v.map(to_f64);
    let (stretch, baseline, actual) = (float(f.stretch), float(f.baseline), float(f.actual));
    let goals: Vec<f64> = match (f.band, f.goal) {
        (Some((low, high)), _) => vec![to_f64(low), to_f64(high)],
        (None, Some(g)) => vec![to_f64(g)],
        (None, None) => return None,
    };
    // The values the rule accepts, as evaluation gives them (a band, or goal ± tolerance).
    let accepted = f.accepted.map(|(low, high)| (to_f64(low), to_f64(high)));
    let mut values = vec![0.0];
    values.extend(&goals);
    values.extend(
        [stretch, baseline, actual, f.expected]
            .into_iter()
            .flatten(),
    );
    if rule == Rule::About {
        values.extend(accepted.into_iter().flat_map(|(low, high)| [low, high]));
    }
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // Headroom on the side away from zero, so the largest mark is not on the edge.
    let room = (hi - lo).max(f64::MIN_POSITIVE) * 0.08;
    let (lo, hi) = (if lo < 0.0 { lo - room } else { lo }, hi + room);
    let scale = |v: f64| ((v - lo) / (hi - lo) * WIDTH).clamp(0.0, WIDTH);
    let span = |a: f64, b: f64| Span {
        from: scale(a.min(b)),
        to: scale(a.max(b)),
    };
    let mark = |v: f64| Mark {
        x: scale(v),
        value: v,
    };

    let (good, bad) = match rule {
        Rule::AtLeast | Rule::MoreThan | Rule::Rises => (vec![span(goals[0], hi)], vec![]),
        Rule::AtMost | Rule::LessThan | Rule::Falls => {
            (vec![span(lo, goals[0])], vec![span(goals[0], hi)])
        }
        Rule::Between => (vec![span(goals[0], goals[1])], vec![]),
        Rule::About => (
            accepted
                .map(|(low, high)| vec![span(low, high)])
                .unwrap_or_default(),
            vec![],
        ),
        Rule::Done | Rule::Assessed => unreachable!("milestones and assessed targets return above"),
    };
    Some(Bullet::Figure {
        good,
        bad,
        actual: actual.map(|a| span(0.0, a)),
        actual_value: actual,
        goals: goals.into_iter().map(mark).collect(),
        stretch: stretch.map(mark),
        expected: f.expected.map(mark),
        baseline: baseline.filter(|b| *b != 0.0).map(mark),
        range: (lo, hi),
    })
}

fn milestone(f: &TargetReport) -> Bullet {
    let window = (f.deadline - f.start).num_days().max(1) as f64;
    let at = |d: chrono::NaiveDate| ((d - f.start).num_days() as f64 / window).clamp(0.0, 1.0);
    let end = WIDTH * 0.96;
    Bullet::Milestone {
        elapsed: Span {
            from: 0.0,
            to: f.elapsed.unwrap_or(0.0) * end,
        },
        done_at: match f.done {
            Some(true) => Some(f.done_on.map_or(1.0, at) * end),
            _ => None,
        },
        deadline_x: end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    /// A target evaluated from a spec, with the figures the charts read cleared: goal
    /// unknown, half the window gone (start 2020-01-01, deadline 2020-12-31).
    fn figures() -> TargetReport {
        let spec = crate::spec::load(&crate::diagnostic::SourceFile::new(
            "spec.toml",
            "version = 1\n\n[[target]]\nid = \"t\"\nname = \"T\"\nmeasure = \"level\"\n\
             rule = \"at-least\"\nvalue = 1\nunit = \"个\"\nstart = 2020-01-01\n\
             deadline = 2020-12-31\n",
        ))
        .expect("the spec loads");
        let t = crate::evaluate::evaluate(&spec, &[], &crate::evaluate::Settings::default())
            .targets
            .remove(0);
        TargetReport {
            goal: None,
            band: None,
            tolerance: None,
            stretch: None,
            baseline: None,
            actual: None,
            done: None,
            done_on: None,
            elapsed: Some(0.5),
            expected: None,
            accepted: None,
            ..t
        }
    }

    #[test]
    fn floor_goal_actual_and_pace_marker_sit_in_order() {
        let f = TargetReport {
            goal: Some(Decimal::from(100)),
            stretch: Some(Decimal::from(120)),
            actual: Some(Decimal::from(40)),
            expected: Some(50.0),
            ..figures()
        };
        let Some(Bullet::Figure {
            good,
            actual,
            goals,
            stretch,
            expected,
            range,
            ..
        }) = bullet(&f)
        else {
            panic!("a figure chart")
        };
        assert_eq!(range.0, 0.0);
        assert!(range.1 > 120.0);
        let (a, e, g, s) = (
            actual.unwrap().to,
            expected.unwrap().x,
            goals[0].x,
            stretch.unwrap().x,
        );
        assert!(
            0.0 < a && a < e && e < g && g < s && s < WIDTH,
            "{a} {e} {g} {s}"
        );
        assert_eq!(good[0].from, g);
        // Proportional: the bar at 40 is 0.4 of the way to the goal at 100.
        assert!((a / g - 0.4).abs() < 1e-9);
    }

    #[test]
    fn negative_growth_extends_the_scale_left() {
        let f = TargetReport {
            goal: Some(Decimal::from(5)),
            actual: Some(Decimal::from(-3)),
            ..figures()
        };
        let Some(Bullet::Figure { actual, range, .. }) = bullet(&f) else {
            panic!()
        };
        assert!(range.0 < -3.0);
        let bar = actual.unwrap();
        assert!(bar.from < bar.to && bar.from > 0.0);
    }

    #[test]
    fn caps_shade_above_the_goal_and_bands_between() {
        let f = TargetReport {
            rule: Rule::AtMost,
            goal: Some(Decimal::from(10)),
            actual: Some(Decimal::from(12)),
            ..figures()
        };
        let Some(Bullet::Figure { good, bad, .. }) = bullet(&f) else {
            panic!()
        };
        assert_eq!(good[0].to, bad[0].from);
        let f = TargetReport {
            rule: Rule::Between,
            band: Some((Decimal::from(10), Decimal::from(12))),
            actual: Some(Decimal::from(11)),
            ..figures()
        };
        let Some(Bullet::Figure { good, goals, .. }) = bullet(&f) else {
            panic!()
        };
        assert_eq!(goals.len(), 2);
        assert_eq!((good[0].from, good[0].to), (goals[0].x, goals[1].x));
    }

    #[test]
    fn milestones_and_unknown_goals() {
        let f = TargetReport {
            rule: Rule::Done,
            done: Some(true),
            done_on: Some(NaiveDate::from_ymd_opt(2020, 7, 1).unwrap()),
            ..figures()
        };
        let Some(Bullet::Milestone {
            elapsed, done_at, ..
        }) = bullet(&f)
        else {
            panic!()
        };
        assert!(elapsed.to > 0.0);
        assert!((done_at.unwrap() / (WIDTH * 0.96) - 182.0 / 365.0).abs() < 1e-9);
        assert_eq!(bullet(&figures()), None);
    }
}
