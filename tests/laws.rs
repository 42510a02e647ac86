//! Laws of the status model, checked over random figures (proptest).

mod common;
use common::{actuals, one, target};
use proptest::prelude::*;

fn rank(spec: &str, as_of: &str, v: f64) -> u8 {
    one(spec, &actuals(as_of, &format!("{v:.3}")))
        .status
        .rank()
        .unwrap()
}

const FLOOR: &str = "unit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\nbaseline = 100\nvalue = 1100\ndeadline = 2022-12-31";
const FLOW: &str =
    "unit = \"亿元\"\nmeasure = \"ytd\"\nrule = \"more-than\"\nvalue = 2200\ndeadline = 2020-12-31";
const CAP: &str = "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-most\"\nbaseline = 9\nvalue = 5\ndeadline = 2022-12-31";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn raising_the_actual_of_a_floor_never_makes_it_worse(a in 0.0f64..3000.0, b in 0.0f64..3000.0, day in 1u32..28, month in 1u32..13, year in 2020i32..2024) {
        let as_of = format!("{year}-{month:02}-{day:02}");
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        for spec in [target(FLOOR), target(FLOW)] {
            prop_assert!(rank(&spec, &as_of, lo) <= rank(&spec, &as_of, hi), "{spec} at {as_of}: {lo} vs {hi}");
        }
    }

    #[test]
    fn lowering_the_actual_of_a_cap_never_makes_it_worse(a in 0.0f64..100.0, b in 0.0f64..100.0, month in 1u32..13, year in 2020i32..2024) {
        let as_of = format!("{year}-{month:02}-15");
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let spec = target(CAP);
        prop_assert!(rank(&spec, &as_of, hi) <= rank(&spec, &as_of, lo));
    }

    #[test]
    fn at_the_deadline_the_status_is_the_rule(v in 0.0f64..3000.0) {
        let t = one(&target(FLOW), &actuals("2020-12-31", &format!("{v:.3}")));
        let v: f64 = format!("{v:.3}").parse().unwrap();
        let expected = if v > 2200.0 { "met" } else { "missed" };
        prop_assert_eq!(t.status.as_str(), expected);
    }
}

/// A floor or a cap with its goal, tolerance and baseline, in tenths (2020–2025).
fn bound(rule: &str, goal: i64, tolerance: Option<i64>, baseline: i64, extra: &str) -> String {
    let tolerance = tolerance.map_or_else(String::new, |t| format!("tolerance = {}\n", tenths(t)));
    target(&format!(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"{rule}\"\nvalue = {}\n{tolerance}baseline = {}\n\
         {extra}deadline = 2025-12-31",
        tenths(goal),
        tenths(baseline)
    ))
}

fn tenths(v: i64) -> String {
    format!(
        "{}{}.{}",
        if v < 0 { "-" } else { "" },
        v.abs() / 10,
        v.abs() % 10
    )
}

const RULES: [&str; 4] = ["at-least", "more-than", "at-most", "less-than"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Real plans §1: a value that breaks its bound beyond its tolerance is never
    /// `on-track` or `met` before the deadline when the baseline satisfied the bound,
    /// whatever that baseline; and never `met` before the deadline whatever the baseline.
    #[test]
    fn a_value_that_breaks_its_bound_is_never_on_track_or_met_early(
        rule in 0usize..4,
        goal in 200i64..800,
        tolerance in prop_oneof![Just(None), (0i64..30).prop_map(Some)],
        inside in 1i64..100,
        beyond in 1i64..100,
        any_baseline in 0i64..1000,
        month in 1u32..13,
        year in 2021i32..2025,
    ) {
        let rule_name = RULES[rule];
        let floor = rule < 2;
        let slack = tolerance.unwrap_or(0);
        // A baseline inside the bound, a value beyond the bound and its tolerance.
        let (kept, broken) = if floor {
            (goal + inside, goal - slack - beyond)
        } else {
            (goal - inside, goal + slack + beyond)
        };
        let as_of = format!("{year}-{month:02}-15");
        let t = one(&bound(rule_name, goal, tolerance, kept, ""), &actuals(&as_of, &tenths(broken)));
        prop_assert!(t.maintaining);
        prop_assert!(
            !matches!(t.status.as_str(), "on-track" | "met"),
            "{rule_name} {goal} tol {tolerance:?} from {kept}: {broken} is {}", t.status.as_str()
        );
        let t = one(&bound(rule_name, goal, tolerance, any_baseline, ""), &actuals(&as_of, &tenths(broken)));
        prop_assert_ne!(t.status.as_str(), "met");
    }

    /// Real plans §2: a `hold = "deadline"` target is never `met` before its deadline.
    #[test]
    fn hold_deadline_is_never_met_before_the_deadline(
        rule in 0usize..4,
        goal in 100i64..900,
        tolerance in prop_oneof![Just(None), (0i64..30).prop_map(Some)],
        baseline in 0i64..1000,
        value in 0i64..1000,
        month in 1u32..13,
        year in 2021i32..2025,
    ) {
        let spec = bound(RULES[rule], goal, tolerance, baseline, "hold = \"deadline\"\n");
        let t = one(&spec, &actuals(&format!("{year}-{month:02}-15"), &tenths(value)));
        prop_assert_ne!(t.status.as_str(), "met");
    }

    /// Real plans §3: a tolerance of 0 changes nothing (the same report as none, but for
    /// the `tolerance` key itself).
    #[test]
    fn a_tolerance_of_zero_changes_nothing(
        rule in 0usize..4,
        goal in 100i64..900,
        baseline in 0i64..1000,
        value in 0i64..1000,
        month in 1u32..13,
        year in 2021i32..2027,
    ) {
        let as_of = format!("{year}-{month:02}-15");
        let json = |tolerance| {
            let t = one(&bound(RULES[rule], goal, tolerance, baseline, ""), &actuals(&as_of, &tenths(value)));
            let mut v = serde_json::to_value(&t).unwrap();
            v.as_object_mut().unwrap().remove("tolerance");
            v
        };
        prop_assert_eq!(json(Some(0)), json(None));
    }
}
