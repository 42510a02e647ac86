//! Laws of figures built from annual rates (proptest), through the library's own loading
//! and evaluation: chaining rates equals the ratio of the end and start levels, and an
//! `average` of equal rates is that rate.

mod common;
use common::spec;
use progress::actuals;
use progress::diagnostic::SourceFile;
use progress::evaluate::{Settings, evaluate};
use proptest::prelude::*;

fn window(aggregate: &str, years: usize) -> String {
    format!(
        "version = 1\n[[target]]\nid = \"t\"\nname = \"T\"\nunit = \"%\"\nmeasure = \"growth\"\n\
         rule = \"at-least\"\nvalue = 0\nover = \"window\"\naggregate = \"{aggregate}\"\n\
         start = 2021-01-01\ndeadline = {}-12-31\n",
        2020 + years
    )
}

/// One file per year, each rate given as it is published: from the level a year earlier
/// and the level now (`previous`, `current`), or as a rate.
fn evaluate_rates(spec_text: &str, values: &[String]) -> progress::report::TargetReport {
    let spec = spec(spec_text);
    let files: Vec<_> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let text = format!("as_of = {}-12-31\n[values]\nt = {v}\n", 2021 + i);
            actuals::load(&SourceFile::new(format!("{i}.toml"), text), &spec, None)
                .unwrap_or_else(|d| panic!("{}", progress::diagnostic::render_all(&d, false)))
        })
        .collect();
    evaluate(&spec, &files, &Settings::default())
        .targets
        .remove(0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn chaining_rates_is_the_ratio_of_the_end_and_start_levels(
        levels in prop::collection::vec(1u32..1_000_000, 2..7),
    ) {
        let years = levels.len() - 1;
        let values: Vec<String> = levels
            .windows(2)
            .map(|w| format!("{{ previous = {}, current = {} }}", w[0], w[1]))
            .collect();
        let t = evaluate_rates(&window("cumulative", years), &values);
        let figure = progress::decimal::to_f64(t.actual.expect("every year has its rate"));
        let ratio = (f64::from(levels[years]) / f64::from(levels[0]) - 1.0) * 100.0;
        // The rates are decimals of 28 digits, the chain is floating point, the figure is
        // kept to 10 decimals.
        prop_assert!(
            (figure - ratio).abs() <= 1e-9 * ratio.abs().max(1.0) + 1e-9,
            "{figure} against {ratio}"
        );
        prop_assert_eq!(t.years.as_ref().map(Vec::len), Some(years));
    }

    #[test]
    fn an_average_of_equal_rates_is_that_rate(
        tenths in -500i32..2000,
        years in 1usize..8,
    ) {
        let rate = f64::from(tenths) / 10.0;
        let values = vec![format!("{rate}"); years];
        let t = evaluate_rates(&window("average", years), &values);
        let figure = t.actual.expect("every year has its rate");
        // Exactly the rate: the figure's float noise is rounded away, so a rule at the
        // rate itself holds.
        prop_assert_eq!(figure.normalize().to_string(), format!("{}", rate));
    }
}
