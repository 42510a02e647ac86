//! Laws of snapshots and trends over random series (proptest): the order of the files
//! never matters, and the trend follows the goal's direction.

mod common;
use common::{spec, target};
use progress::actuals::{self, Actuals};
use progress::diagnostic::SourceFile;
use progress::evaluate::{Settings, evaluate};
use progress::snapshots;
use proptest::prelude::*;

const FLOOR: &str = "unit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\nbaseline = 0\nvalue = 1000\ndeadline = 2022-12-31";
const CAP: &str = "unit = \"个\"\nmeasure = \"level\"\nrule = \"at-most\"\nbaseline = 1000\nvalue = 0\ndeadline = 2022-12-31";

/// One actuals file per (day offset, value), named f0.toml, f1.toml, …
fn files(spec_text: &str, points: &[(u32, u32)]) -> Vec<Actuals> {
    let spec = spec(spec_text);
    points
        .iter()
        .enumerate()
        .map(|(i, (day, value))| {
            let as_of = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
                + chrono::Days::new(u64::from(*day));
            let text = format!(
                "as_of = {as_of}\n[values]\nt = {{ value = {value}, source = \"f{i}\" }}\n"
            );
            actuals::load(&SourceFile::new(format!("f{i}.toml"), text), &spec, None).unwrap()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_order_of_the_files_never_matters(
        days in prop::collection::vec(0u32..6, 1..8),
        rotate in 0usize..8,
    ) {
        // Few distinct days, so that several files often share a date (with the same
        // value, told apart only by their `source`).
        let points: Vec<(u32, u32)> = days.iter().map(|d| (*d * 30, *d * 10)).collect();
        let spec_text = target(FLOOR);
        let s = spec(&spec_text);
        let forward = files(&spec_text, &points);
        prop_assert!(snapshots::conflicts(&forward, false).is_empty());
        let mut shuffled = forward.clone();
        shuffled.reverse();
        let len = shuffled.len();
        shuffled.rotate_left(rotate % len);
        let settings = Settings::default();
        prop_assert_eq!(evaluate(&s, &forward, &settings), evaluate(&s, &shuffled, &settings));
    }

    #[test]
    fn conflicts_do_not_depend_on_the_order(
        points in prop::collection::vec((0u32..4, 0u32..3), 2..6),
    ) {
        let spec_text = target(FLOOR);
        let forward = files(&spec_text, &points);
        let mut reversed = forward.clone();
        reversed.reverse();
        let render = |files: &[Actuals]| -> Vec<String> {
            snapshots::conflicts(files, false).iter().map(|d| d.render(false)).collect()
        };
        prop_assert_eq!(render(&forward), render(&reversed));
    }

    #[test]
    fn a_rising_series_improves_a_floor_and_worsens_a_cap(
        start in 0u32..400, step in 10u32..100, n in 2usize..6,
    ) {
        let points: Vec<(u32, u32)> = (0..n).map(|i| (i as u32 * 90, start + i as u32 * step)).collect();
        let floor = evaluate(&spec(&target(FLOOR)), &files(&target(FLOOR), &points), &Settings::default());
        let cap = evaluate(&spec(&target(CAP)), &files(&target(CAP), &points), &Settings::default());
        prop_assert_eq!(floor.targets[0].trend.map(|t| t.as_str()), Some("improving"));
        prop_assert_eq!(cap.targets[0].trend.map(|t| t.as_str()), Some("worsening"));
        prop_assert!(cap.targets[0].projected().is_none());
        prop_assert!(cap.targets[0].regressed() && !floor.targets[0].regressed());
    }
}
