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
