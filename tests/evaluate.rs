//! Worked examples of the evaluation rules of docs/status-model.md, one per combination
//! that occurs in real specs.

mod common;
use common::{actuals, one, report, target};
use progress::decimal::{Decimal, Figure};
use progress::report::Status;
use progress::spec::PaceModel;

fn close(a: Option<impl Figure>, b: f64) -> bool {
    a.is_some_and(|a| (a.to_f64() - b).abs() < 1e-3)
}

/// A figure as the decimal it is written as.
fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

const HIGH_TECH: &str = r#"unit = "亿元"
measure = "ytd"
rule = "more-than"
value = 2200
deadline = 2020-12-31"#;

#[test]
fn more_than_at_the_boundary_is_not_met() {
    let t = one(&target(HIGH_TECH), &actuals("2020-12-31", "2200"));
    assert_eq!(
        t.status,
        Status::Missed,
        "突破 2200 needs strictly more than 2200"
    );
    assert_eq!(t.gap, Some(d("0")));
    let t = one(&target(HIGH_TECH), &actuals("2020-12-31", "2200.01"));
    assert_eq!(t.status, Status::Met);
}

#[test]
fn at_least_includes_the_number() {
    let spec = target(
        "unit = \"家\"\nmeasure = \"level\"\nrule = \"at-least\"\nbaseline = 0\nvalue = 333\ndeadline = 2020-12-31",
    );
    let t = one(&spec, &actuals("2020-12-31", "333"));
    assert_eq!(
        t.status,
        Status::Met,
        "以上 includes the number (Civil Code art. 1259)"
    );
    let t = one(&spec, &actuals("2020-12-31", "332"));
    assert_eq!(t.status, Status::Missed);
}

#[test]
fn published_high_tech_output_is_missed_with_its_gap() {
    let t = one(&target(HIGH_TECH), &actuals("2020-12-31", "1846"));
    assert_eq!(t.status, Status::Missed);
    assert!(t.failing);
    assert_eq!(t.gap, Some(d("-354")));
    assert!(close(t.progress, 0.839));
}

const GROWTH: &str = r#"unit = "%"
measure = "growth"
rule = "at-least"
value = 11
deadline = 2020-12-31"#;

#[test]
fn growth_is_computed_from_previous_and_current() {
    let t = one(
        &target(GROWTH),
        &actuals("2020-12-31", "{ previous = 820, current = 905 }"),
    );
    assert!(
        close(t.actual, (905.0 / 820.0 - 1.0) * 100.0),
        "{:?}",
        t.actual
    );
    assert!(close(t.actual, 10.366));
    assert_eq!(t.growth_from, Some((d("820"), d("905"))));
    assert_eq!(t.status, Status::Missed);
}

#[test]
fn a_growth_target_cannot_be_met_before_its_deadline() {
    let t = one(&target(GROWTH), &actuals("2020-06-30", "12.5"));
    assert_eq!(t.status, Status::OnTrack, "only the final figure decides");
    assert_eq!(t.pace, None);
    let t = one(&target(GROWTH), &actuals("2020-06-30", "9"));
    assert_eq!(t.status, Status::Behind);
    let t = one(&target(GROWTH), &actuals("2020-12-31", "12.5"));
    assert_eq!(t.status, Status::Met);
}

#[test]
fn a_ytd_flow_is_paced_from_zero() {
    // Half-way through 2020 (182 of 365 days), 1000 of 2200: π = (1000/2200) / (182/365).
    let t = one(&target(HIGH_TECH), &actuals("2020-07-01", "1000"));
    let f = 182.0 / 365.0;
    assert!(close(t.elapsed, f));
    assert!(close(t.progress, 1000.0 / 2200.0));
    assert!(close(t.pace, (1000.0 / 2200.0) / f));
    assert_eq!(t.pace_model, Some(PaceModel::Linear));
    assert_eq!(t.status, Status::Behind);
    let t = one(&target(HIGH_TECH), &actuals("2020-07-01", "1100"));
    assert_eq!(t.status, Status::OnTrack, "π = {:?}", t.pace);
}

#[test]
fn a_ytd_cap_already_broken_is_missed() {
    let spec = target(
        "unit = \"万吨\"\nmeasure = \"ytd\"\nrule = \"at-most\"\nvalue = 100\ndeadline = 2020-12-31",
    );
    let t = one(&spec, &actuals("2020-06-30", "101"));
    assert_eq!(t.status, Status::Missed);
    let t = one(&spec, &actuals("2020-06-30", "40"));
    assert_eq!(t.status, Status::OnTrack);
}

#[test]
fn a_ytd_cap_is_paced_on_its_budget() {
    // 100 万吨 for the year. By 2020-06-30, 181 of 365 days: the time share is 49.6.
    let spec = target(
        "unit = \"万吨\"\nmeasure = \"ytd\"\nrule = \"at-most\"\nvalue = 100\ndeadline = 2020-12-31",
    );
    let f = 181.0 / 365.0;
    // Used 40: under its share, π = 100 × f / 40 ≈ 1.24.
    let t = one(&spec, &actuals("2020-06-30", "40"));
    assert_eq!(t.status, Status::OnTrack);
    assert!(close(t.pace, 100.0 * f / 40.0), "{:?}", t.pace);
    assert_eq!(t.pace_model, Some(PaceModel::Linear));
    // Used 99 by mid-year: within the cap, but spent twice as fast as time: behind.
    let t = one(&spec, &actuals("2020-06-30", "99"));
    assert_eq!(t.status, Status::Behind, "π = {:?}", t.pace);
    assert!(close(t.pace, 100.0 * f / 99.0), "{:?}", t.pace);
    assert!(t.reason.contains("cap"), "{}", t.reason);
    // At the deadline the rule alone decides.
    let t = one(&spec, &actuals("2020-12-31", "99"));
    assert_eq!((t.status, t.pace), (Status::Met, None));
}

const DOUBLING: &str = r#"unit = "亿元"
measure = "level"
rule = "at-least"
multiply = 2
deadline = 2022-12-31"#;

#[test]
fn a_multiply_goal_is_paced_compound_with_a_baseline_from_actuals() {
    let t = one(
        &target(DOUBLING),
        &actuals("2020-12-31", "{ value = 1200, baseline = 1000 }"),
    );
    assert_eq!(t.goal, Some(d("2000")));
    assert_eq!(t.baseline, Some(d("1000")));
    assert_eq!(t.pace_model, Some(PaceModel::Compound));
    // CAGR so far (1.2^(1/t) − 1) over CAGR needed (2^(1/T) − 1), t ≈ 1, T ≈ 3.
    let years = |days: f64| days / 365.25;
    let expected = (1.2f64.powf(1.0 / years(365.0)) - 1.0) / (2f64.powf(1.0 / years(1095.0)) - 1.0);
    assert!(close(t.pace, expected), "{:?} vs {expected}", t.pace);
    assert_eq!(t.status, Status::Behind);
}

#[test]
fn without_a_baseline_a_multiply_goal_is_pending() {
    let t = one(&target(DOUBLING), &actuals("2020-12-31", "1200"));
    assert_eq!(t.goal, None);
    assert_eq!(t.status, Status::Pending);
}

#[test]
fn an_increase_goal_is_paced_linear() {
    let spec = target(
        "unit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\nbaseline = 1812\nincrease = 10000\ndeadline = 2022-12-31",
    );
    let t = one(&spec, &actuals("2021-08-31", "4717"));
    assert_eq!(t.goal, Some(d("11812")));
    assert_eq!(t.pace_model, Some(PaceModel::Linear));
    assert!(close(t.pace, 0.2905 / (608.0 / 1095.0)));
    assert_eq!(t.status, Status::Behind);
    assert_eq!(t.gap, Some(d("-7095")));
}

#[test]
fn a_stretch_goal_is_reported_when_reached() {
    let spec = target(
        "unit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\nbaseline = 0\nvalue = 6\nstretch = 8\ndeadline = 2020-12-31",
    );
    let t = one(&spec, &actuals("2020-12-31", "7"));
    assert_eq!((t.status, t.stretch_met), (Status::Met, Some(false)));
    let t = one(&spec, &actuals("2020-12-31", "8"));
    assert_eq!((t.status, t.stretch_met), (Status::Met, Some(true)));
    let t = one(&spec, &actuals("2020-12-31", "5"));
    assert_eq!(t.status, Status::Missed);
}

const MILESTONE: &str = "measure = \"milestone\"\nrule = \"done\"\ndeadline = 2020-12-31";

#[test]
fn milestones_before_and_after_the_deadline() {
    let s = target(MILESTONE);
    assert_eq!(
        one(&s, &actuals("2020-06-30", "false")).status,
        Status::Pending
    );
    assert_eq!(one(&s, &actuals("2020-06-30", "true")).status, Status::Met);
    assert_eq!(
        one(&s, &actuals("2020-12-31", "false")).status,
        Status::Missed
    );
    let done = one(
        &s,
        &actuals("2021-03-01", "{ done = true, date = 2020-09-15 }"),
    );
    assert_eq!(done.status, Status::Met);
    assert_eq!(
        done.done_on.map(|d| d.to_string()).as_deref(),
        Some("2020-09-15")
    );
    let late = one(
        &s,
        &actuals("2021-03-01", "{ done = true, date = 2021-02-01 }"),
    );
    assert_eq!(
        late.status,
        Status::Missed,
        "done after the deadline is late"
    );
}

#[test]
fn a_value_own_as_of_overrides_the_file() {
    // The file is as of 2021 (final), but the value describes mid-2020: still paced.
    let t = one(
        &target(HIGH_TECH),
        &actuals("2021-08-31", "{ value = 1100, as_of = 2020-07-01 }"),
    );
    assert_eq!(
        t.as_of.map(|d| d.to_string()).as_deref(),
        Some("2020-07-01")
    );
    assert!(!t.is_final);
    assert_eq!(t.status, Status::OnTrack);
}

#[test]
fn currency_units_convert_into_the_target_unit() {
    let spec = target(
        "unit = \"亿元\"\nmeasure = \"ytd\"\nrule = \"at-least\"\nvalue = 50\ndeadline = 2020-12-31",
    );
    let t = one(
        &spec,
        &actuals("2020-12-31", "{ value = 480000, unit = \"万元\" }"),
    );
    assert_eq!(t.actual, Some(d("48")));
    assert_eq!(t.status, Status::Missed);
}

#[test]
fn rates_without_a_baseline_are_pending_until_met() {
    let spec = target(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 80\ndeadline = 2022-12-31",
    );
    assert_eq!(
        one(&spec, &actuals("2020-12-31", "64")).status,
        Status::Pending
    );
    assert_eq!(one(&spec, &actuals("2020-12-31", "81")).status, Status::Met);
    assert_eq!(
        one(&spec, &actuals("2022-12-31", "64")).status,
        Status::Missed
    );
}

#[test]
fn bands_and_about() {
    let band = target(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"between\"\nvalue = [3, 5]\ndeadline = 2020-12-31",
    );
    assert_eq!(one(&band, &actuals("2020-12-31", "4")).status, Status::Met);
    let t = one(&band, &actuals("2020-12-31", "5.5"));
    assert_eq!((t.status, t.gap), (Status::Missed, Some(d("0.5"))));
    let about = target(
        "unit = \"%\"\nmeasure = \"level\"\nrule = \"about\"\nvalue = 5.5\ntolerance = 0.2\ndeadline = 2020-12-31",
    );
    assert_eq!(
        one(&about, &actuals("2020-12-31", "5.6")).status,
        Status::Met
    );
    assert_eq!(
        one(&about, &actuals("2020-12-31", "5.8")).status,
        Status::Missed
    );
}

#[test]
fn warn_targets_never_fail_the_run() {
    let spec = target(&format!("{HIGH_TECH}\nseverity = \"warn\""));
    let r = report(&spec, &actuals("2020-12-31", "1846"));
    assert_eq!(r.targets[0].status, Status::Missed);
    assert!(!r.targets[0].failing && r.targets[0].warning);
    assert!(!r.failed());
}

#[test]
fn the_shipped_example_gives_the_contract_summary() {
    let spec = progress::spec::Spec::builtin().expect("built-in spec loads");
    assert_eq!(spec.targets().len(), 21);
    let text = std::fs::read_to_string("examples/actuals-2020.toml").unwrap();
    let file = progress::diagnostic::SourceFile::new("examples/actuals-2020.toml", text);
    let a = progress::actuals::load(&file, &spec, None).unwrap();
    let r = progress::evaluate::evaluate(&spec, &[a], &Default::default());
    let s = &r.summary;
    assert_eq!(
        (
            s.total, s.met, s.on_track, s.behind, s.missed, s.pending, s.no_data, s.failing
        ),
        (21, 8, 2, 3, 4, 1, 3, 4)
    );
}

/// A spec is built whole and read through accessors, so its index by id always matches
/// its targets (it could once be edited into returning `None` for a target it held).
#[test]
fn every_target_is_found_by_its_id_and_the_built_in_spec_knows_it() {
    let spec = progress::spec::Spec::builtin().expect("built-in spec loads");
    assert!(spec.is_builtin());
    for t in spec.targets() {
        assert_eq!(spec.target(&t.id).map(|found| &found.id), Some(&t.id));
    }
    assert!(spec.target("no-such-target").is_none());
    let from_file = progress::spec::load(&progress::diagnostic::SourceFile::new(
        "targets/2020.toml",
        progress::spec::BUILTIN_SPEC,
    ))
    .expect("the same text loads from a file");
    assert!(!from_file.is_builtin());
    assert_eq!(from_file.file_name(), "targets/2020.toml");
}
