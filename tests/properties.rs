//! Laws of evaluation over random targets and actuals (proptest): status is monotone in
//! the actual, the deadline decides by the rule alone, pace is 1.0 exactly on schedule,
//! currency conversion round-trips, and nothing panics.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use progress::actuals::{Actual, Actuals, Observed};
use progress::diagnostic::SourceFile;
use progress::evaluate::{Settings, evaluate, rule_holds};
use progress::export::{ExportOptions, Format};
use progress::pace;
use progress::report::{Status, TargetReport};
use progress::spec::{Goal, Lang, Measure, Name, PaceModel, Rule, Severity, Spec, Target};
use progress::units::Unit;
use proptest::prelude::*;

fn day0() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
}

/// A target the loader would accept: the goal has the shape its rule needs, the pace
/// model suits the measure, growth is in %, levels in % lie in [0, 100].
#[derive(Debug, Clone)]
struct Case {
    target: Target,
}

fn rule_for(measure: Measure) -> BoxedStrategy<Rule> {
    let floors_caps = prop_oneof![
        Just(Rule::AtLeast),
        Just(Rule::MoreThan),
        Just(Rule::AtMost),
        Just(Rule::LessThan),
    ];
    match measure {
        Measure::Milestone => Just(Rule::Done).boxed(),
        Measure::Level => prop_oneof![
            4 => floors_caps,
            1 => Just(Rule::Between),
            1 => Just(Rule::About),
        ]
        .boxed(),
        _ => floors_caps.boxed(),
    }
}

fn target_strategy() -> impl Strategy<Value = Case> {
    let measure = prop_oneof![
        Just(Measure::Level),
        Just(Measure::Ytd),
        Just(Measure::Growth),
        Just(Measure::Milestone),
    ];
    measure
        .prop_flat_map(|m| (Just(m), rule_for(m)))
        .prop_flat_map(|(measure, rule)| {
            (
                Just(measure),
                Just(rule),
                0u8..3,                           // goal form: value, increase, multiply
                0.0f64..1000.0,                   // goal number
                prop::option::of(1.0f64..1000.0), // baseline
                prop::option::of(0u8..3),         // pace: linear, compound, none
                1i64..1500,                       // window length in days
                0.0f64..5.0,                      // tolerance
                any::<bool>(),                    // severity error / warn
            )
        })
        .prop_map(
            |(measure, rule, form, n, baseline, pace, days, tolerance, error)| {
                let unit = match measure {
                    Measure::Milestone => None,
                    Measure::Growth => Some(Unit::Percent),
                    _ => Some(Unit::Label("个".into())),
                };
                let goal = match (measure, rule, form) {
                    (Measure::Milestone, ..) => Goal::Done,
                    (_, Rule::Between, _) => Goal::Band {
                        low: n,
                        high: n + tolerance + 1.0,
                    },
                    (Measure::Level, _, 1) if baseline.is_some() => Goal::Increase(n),
                    (Measure::Level, _, 2) if baseline.is_some() => Goal::Multiply(1.0 + n / 100.0),
                    _ => Goal::Value(n),
                };
                let pace = match (measure, pace) {
                    (Measure::Level, Some(0)) | (Measure::Ytd, Some(0)) => Some(PaceModel::Linear),
                    (Measure::Level, Some(1)) => Some(PaceModel::Compound),
                    (_, Some(_)) => Some(PaceModel::None),
                    (_, None) => None,
                };
                let start = day0();
                Case {
                    target: Target {
                        id: "t".into(),
                        name: Name {
                            zh: Some("指标".into()),
                            en: Some("target".into()),
                        },
                        group: None,
                        unit,
                        measure,
                        rule,
                        goal,
                        stretch: None,
                        baseline: if measure == Measure::Level {
                            baseline
                        } else {
                            None
                        },
                        start,
                        deadline: start + Duration::days(days),
                        pace,
                        tolerance: (rule == Rule::About).then_some(tolerance),
                        severity: if error {
                            Severity::Error
                        } else {
                            Severity::Warn
                        },
                        source: None,
                        quote: Some("确保\"完成\"".into()),
                        note: None,
                        line: 1,
                        column: 1,
                    },
                }
            },
        )
}

fn spec_of(target: &Target) -> Spec {
    Spec::new(
        "prop.toml".into(),
        None,
        BTreeMap::new(),
        vec![target.clone()],
    )
}

fn report(target: &Target, observed: Observed, as_of: NaiveDate) -> TargetReport {
    let actuals = Actuals {
        file_name: "actuals.toml".into(),
        file: SourceFile::new("actuals.toml", ""),
        as_of,
        source: None,
        values: BTreeMap::from([(
            target.id.clone(),
            Actual {
                observed,
                as_of,
                source: None,
                baseline: None,
                note: None,
                entered: None,
                span: 0..0,
            },
        )]),
    };
    let mut r = evaluate(&spec_of(target), &[actuals], &Settings::default());
    r.targets.remove(0)
}

fn rank(s: Status) -> u8 {
    s.rank()
        .expect("an actual was given, so the status is not no-data")
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        max_global_rejects: 100_000,
        ..ProptestConfig::default()
    })]

    /// Raising the actual never makes a floor target (at-least, more-than) worse, and
    /// lowering it never makes a cap target (at-most, less-than) worse.
    #[test]
    fn status_is_monotone_in_the_actual(
        case in target_strategy(),
        a in prop_oneof![1 => Just(0.0), 9 => 0.0f64..2000.0],
        b in prop_oneof![1 => Just(0.0), 9 => 0.0f64..2000.0],
        day in -100i64..2000,
    ) {
        let t = &case.target;
        prop_assume!(t.rule.is_floor() || t.rule.is_cap());
        let as_of = t.start + Duration::days(day);
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let s_low = report(t, Observed::Number(low), as_of).status;
        let s_high = report(t, Observed::Number(high), as_of).status;
        if t.rule.is_floor() {
            prop_assert!(rank(s_low) <= rank(s_high),
                "{:?}: {low} → {s_low:?} but {high} → {s_high:?}", t.rule);
        } else {
            prop_assert!(rank(s_high) <= rank(s_low),
                "{:?}: {low} → {s_low:?} but {high} → {s_high:?}", t.rule);
        }
    }

    /// At or after the deadline only the rule counts: met if it holds, missed if not.
    #[test]
    fn at_the_deadline_the_status_agrees_with_the_rule(
        case in target_strategy(),
        actual in 0.0f64..2000.0,
        done in any::<bool>(),
        late in 0i64..400,
    ) {
        let t = &case.target;
        let as_of = t.deadline + Duration::days(late);
        let (observed, holds) = if t.measure == Measure::Milestone {
            (Observed::Done { done, date: None }, Some(done))
        } else {
            (Observed::Number(actual), rule_holds(t, t.goal.resolve(t.baseline), actual))
        };
        let r = report(t, observed, as_of);
        prop_assert!(r.is_final);
        let expected = match holds {
            Some(true) => Status::Met,
            Some(false) => Status::Missed,
            // A goal that needs a baseline nobody gave cannot be judged.
            None => Status::Pending,
        };
        prop_assert_eq!(r.status, expected);
    }

    /// An actual exactly on the schedule's line has pace 1.0, for both models, and is
    /// on track.
    #[test]
    fn pace_is_one_on_schedule(
        baseline in 1.0f64..1e6,
        ratio in prop_oneof![0.2f64..0.95, 1.05f64..5.0],
        days in 30i64..2000,
        gone in 0.05f64..0.95,
    ) {
        let goal = baseline * ratio;
        let start = day0();
        let deadline = start + Duration::days(days);
        let gone_days = ((days as f64 * gone).round() as i64).clamp(1, days - 1);
        let as_of = start + Duration::days(gone_days);
        let f = pace::elapsed_fraction(start, deadline, as_of);

        let on_line = baseline + (goal - baseline) * f;
        let linear = pace::linear(baseline, goal, on_line, f).unwrap();
        prop_assert!((linear - 1.0).abs() < 1e-9, "linear pace {linear}");

        let on_curve = baseline * (goal / baseline).powf(f);
        let compound = pace::compound(baseline, goal, on_curve, start, deadline, as_of).unwrap();
        prop_assert!((compound - 1.0).abs() < 1e-9, "compound pace {compound}");

        // Through the whole evaluation: an at-least target for growth, at-most for decline.
        for (model, actual) in [(PaceModel::Linear, on_line), (PaceModel::Compound, on_curve)] {
            let rule = if goal > baseline { Rule::AtLeast } else { Rule::AtMost };
            let target = Target {
                id: "t".into(), name: Name::default(), group: None,
                unit: Some(Unit::Label("个".into())), measure: Measure::Level, rule,
                goal: Goal::Value(goal), stretch: None, baseline: Some(baseline),
                start, deadline, pace: Some(model), tolerance: None,
                severity: Severity::Error, source: None, quote: None, note: None,
                line: 1, column: 1,
            };
            let r = report(&target, Observed::Number(actual), as_of);
            let p = r.pace.unwrap();
            prop_assert!((p - 1.0).abs() < 1e-9, "{model:?} pace {p}");
            prop_assert_eq!(r.status, Status::OnTrack);
        }
    }

    /// Converting between currency units and back gives the value back.
    #[test]
    fn currency_conversion_round_trips(
        value in prop_oneof![-1e12f64..1e12, 0.0f64..1.0],
        from in 0usize..4,
        to in 0usize..4,
    ) {
        let units = ["元", "万元", "亿元", "万亿元"].map(Unit::parse);
        let there = units[from].convert(value, &units[to]).unwrap();
        let back = units[to].convert(there, &units[from]).unwrap();
        let tolerance = value.abs() * 1e-15;
        prop_assert!((back - value).abs() <= tolerance, "{value} → {there} → {back}");
        // And conversion preserves order and sign.
        prop_assert_eq!(there.signum(), value.signum());
    }

    /// Any target, any actual (however extreme), any date: evaluation and every
    /// exporter return without panicking, and every status is explained.
    #[test]
    fn evaluation_never_panics(
        case in target_strategy(),
        actual in prop_oneof![
            any::<f64>().prop_filter("finite", |v| v.is_finite()),
            -1e300f64..1e300,
            Just(0.0),
            Just(-0.0),
            Just(f64::MIN_POSITIVE),
        ],
        previous in prop_oneof![Just(0.0), 1e-300f64..1e300],
        day in -100_000i64..100_000,
        form in 0u8..3,
        with_actual in any::<bool>(),
    ) {
        let t = &case.target;
        let as_of = t.start + Duration::days(day);
        let observed = match (t.measure, form) {
            (Measure::Milestone, _) => Observed::Done { done: form == 0, date: Some(as_of) },
            (Measure::Growth, 1) => Observed::Growth {
                previous, current: actual, rate: (actual / previous - 1.0) * 100.0,
            },
            _ => Observed::Number(actual),
        };
        let spec = spec_of(t);
        let values = if with_actual {
            BTreeMap::from([(t.id.clone(), Actual {
                observed, as_of, source: Some("来源".into()), baseline: None, note: None, entered: None,
                span: 0..0,
            })])
        } else {
            BTreeMap::new()
        };
        let actuals = Actuals {
            file_name: "a.toml".into(), file: SourceFile::new("a.toml", ""), as_of, source: None, values,
        };
        let report = evaluate(&spec, &[actuals], &Settings::default());
        prop_assert_eq!(report.targets.len(), 1);
        prop_assert!(!report.targets[0].reason.is_empty());
        for format in Format::ALL {
            for lang in [Lang::En, Lang::Zh] {
                let options = ExportOptions { lang, color: true, width: Some(40), ..ExportOptions::default() };
                let text = format.exporter().render(&report, &options);
                prop_assert!(!text.is_empty());
            }
        }
    }
}
