//! Laws of evaluation over random targets and actuals (proptest): status is monotone in
//! the actual, the deadline decides by the rule alone, pace is 1.0 exactly on schedule,
//! currency conversion round-trips exactly, a value written equal to its goal (in any
//! magnitude of its unit) satisfies the inclusive rules and fails the strict ones, and
//! nothing panics.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use progress::actuals::{self, Actual, Actuals, Observed};
use progress::decimal::Decimal;
use progress::diagnostic::SourceFile;
use progress::evaluate::{Settings, evaluate, rule_holds};
use progress::export::{ExportOptions, Format};
use progress::pace;
use progress::report::{Status, TargetReport};
use progress::spec::{self, Goal, Lang, Measure, Name, PaceModel, Rule, Severity, Spec, Target};
use progress::units::Unit;
use proptest::prelude::*;

/// The decimal nearest a generated float (strategies draw floats; figures are decimals).
fn dec(v: f64) -> Decimal {
    Decimal::try_from(v).expect("a generated figure is within the decimal range")
}

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
                        low: dec(n),
                        high: dec(n + tolerance + 1.0),
                    },
                    (Measure::Level, _, 1) if baseline.is_some() => Goal::Increase(dec(n)),
                    (Measure::Level, _, 2) if baseline.is_some() => {
                        Goal::Multiply(dec(1.0 + n / 100.0))
                    }
                    _ => Goal::Value(dec(n)),
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
                            baseline.map(dec)
                        } else {
                            None
                        },
                        start,
                        deadline: start + Duration::days(days),
                        pace,
                        tolerance: (rule == Rule::About).then_some(dec(tolerance)),
                        hold: None,
                        profile: None,
                        severity: if error {
                            Severity::Error
                        } else {
                            Severity::Warn
                        },
                        class: None,
                        owners: Vec::new(),
                        source: None,
                        quote: Some("确保\"完成\"".into()),
                        note: None,
                        window: None,
                        of: None,
                        series: false,
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
                by: None,
                entered: None,
                span: 0..0,
            },
        )]),
        entities: Vec::new(),
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
        // A flow's value dated before its window decides nothing (no-data): no order.
        prop_assume!(t.measure != Measure::Ytd || as_of >= t.start);
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let s_low = report(t, Observed::Number(dec(low)), as_of).status;
        let s_high = report(t, Observed::Number(dec(high)), as_of).status;
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
            let actual = dec(actual);
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
                goal: Goal::Value(dec(goal)), stretch: None, baseline: Some(dec(baseline)),
                start, deadline, pace: Some(model), tolerance: None, hold: None, profile: None,
                severity: Severity::Error, class: None, owners: Vec::new(),
                source: None, quote: None, note: None,
                window: None, of: None, series: false,
                line: 1, column: 1,
            };
            let r = report(&target, Observed::Number(dec(actual)), as_of);
            let p = r.pace.unwrap();
            prop_assert!((p - 1.0).abs() < 1e-9, "{model:?} pace {p}");
            prop_assert_eq!(r.status, Status::OnTrack);
        }
    }

    /// Converting between currency units and back gives the value back, exactly.
    #[test]
    fn currency_conversion_round_trips(
        mantissa in -1_000_000_000_000i64..1_000_000_000_000,
        scale in 0u32..6,
        from in 0usize..4,
        to in 0usize..4,
    ) {
        let value = Decimal::new(mantissa, scale);
        let units = ["元", "万元", "亿元", "万亿元"].map(Unit::parse);
        let there = units[from].convert(value, &units[to]).unwrap();
        let back = units[to].convert(there, &units[from]).unwrap();
        prop_assert_eq!(back, value, "{} → {} → {}", value, there, back);
        // And conversion preserves sign.
        prop_assert_eq!(there.is_sign_negative() && !there.is_zero(), value.is_sign_negative() && !value.is_zero());
    }

    /// A value written equal to its goal, in the target's unit or (for currency) in any
    /// other magnitude of it, or as a growth from two levels, satisfies the inclusive
    /// rules (at-least, at-most, about with any tolerance, between at either bound) and
    /// fails the strict ones (more-than, less-than): through the real loaders, from text.
    #[test]
    fn a_value_equal_to_the_goal_is_judged_by_the_rule_alone(
        int in 0u64..10_000_000,
        frac in 0u32..10_000,
        places in 0usize..5,
        negative in any::<bool>(),
        kind in 0usize..6,
        target_unit in 0usize..4,
        actual_unit in 0usize..4,
        rule in 0usize..6,
        tolerance in prop_oneof![Just("0".to_string()), (0u32..1000, 0usize..4).prop_map(|(t, p)| decimal_text(t as u64 / 10, t % 1000, p))],
        extra in 1u32..1000,
        upper in any::<bool>(),
        previous_exponent in 2u32..6,
    ) {
        const CURRENCY: [(&str, u32); 4] = [("元", 0), ("万元", 4), ("亿元", 8), ("万亿元", 12)];
        // kinds: 0–3 a level in currency, 4 a level in a label unit, 5 growth from two levels.
        let growth = kind == 5;
        let (unit, goal_text) = match kind {
            4 => ("个".to_string(), decimal_text(int, frac, places)),
            5 => ("%".to_string(), decimal_text(int % 1000, frac, places.min(2))),
            _ => (
                CURRENCY[target_unit].0.to_string(),
                format!("{}{}", if negative { "-" } else { "" }, decimal_text(int, frac, places)),
            ),
        };
        let goal: Decimal = goal_text.parse().unwrap();
        let rule = [Rule::AtLeast, Rule::AtMost, Rule::About, Rule::Between, Rule::MoreThan, Rule::LessThan][rule];
        let extra = Decimal::new(extra.into(), 1);
        // For `between`, the value sits on the low bound or on the high one.
        let (goal_line, on) = match rule {
            Rule::Between if upper => (format!("value = [{}, {goal_text}]", goal - extra), goal),
            Rule::Between => (format!("value = [{goal_text}, {}]", goal + extra), goal),
            Rule::About => (format!("value = {goal_text}\ntolerance = {tolerance}"), goal),
            _ => (format!("value = {goal_text}"), goal),
        };
        let spec_text = format!(
            "version = 1\n[[target]]\nid = \"t\"\nname = \"t\"\nunit = \"{unit}\"\n\
             measure = \"{}\"\nrule = \"{}\"\n{goal_line}\nstart = 2020-01-01\ndeadline = 2020-12-31\n",
            if growth { "growth" } else { "level" },
            rule.as_str(),
        );
        // The actual: the same figure, in another magnitude of a currency, or as two levels.
        let value_text = if growth {
            let previous = Decimal::from(10i64.pow(previous_exponent));
            let current = previous + previous * on / Decimal::ONE_HUNDRED;
            format!("{{ previous = {previous}, current = {} }}", plain(current))
        } else if kind < 4 {
            let shift = CURRENCY[target_unit].1 as i32 - CURRENCY[actual_unit].1 as i32;
            let factor = Decimal::from(10i64.pow(shift.unsigned_abs()));
            let there = if shift >= 0 { on * factor } else { on / factor };
            format!("{{ value = {}, unit = \"{}\" }}", plain(there), CURRENCY[actual_unit].0)
        } else {
            plain(on)
        };
        let actuals_text = format!("as_of = 2020-12-31\n[values]\nt = {value_text}\n");
        let spec = spec::load(&SourceFile::new("s.toml", spec_text.clone()))
            .unwrap_or_else(|e| panic!("{spec_text}\n{e:?}"));
        let actuals = actuals::load(&SourceFile::new("a.toml", actuals_text.clone()), &spec, None)
            .unwrap_or_else(|e| panic!("{actuals_text}\n{e:?}"));
        let report = evaluate(&spec, &[actuals], &Settings::default());
        let t = &report.targets[0];
        let inclusive = !matches!(rule, Rule::MoreThan | Rule::LessThan);
        let expected = if inclusive { Status::Met } else { Status::Missed };
        prop_assert_eq!(t.status, expected, "{}\n{}", spec_text, actuals_text);
        prop_assert_eq!(t.actual, Some(on), "the actual is the goal, exactly");
        if rule != Rule::Between {
            prop_assert_eq!(t.gap, Some(Decimal::ZERO));
        }
    }

    /// Any target, any actual (however extreme, to the ends of the decimal range), any
    /// date: evaluation and every exporter return without panicking, and every status is
    /// explained.
    #[test]
    fn evaluation_never_panics(
        case in target_strategy(),
        actual in prop_oneof![
            (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
            (-1e12f64..1e12).prop_map(dec),
            Just(Decimal::ZERO),
            Just(Decimal::MAX),
            Just(Decimal::MIN),
            Just(Decimal::new(1, 28)),
        ],
        previous in prop_oneof![Just(Decimal::new(1, 28)), (1i64..i64::MAX, 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)), Just(Decimal::MAX)],
        day in -100_000i64..100_000,
        form in 0u8..3,
        with_actual in any::<bool>(),
    ) {
        let t = &case.target;
        let as_of = t.start + Duration::days(day);
        let observed = match (t.measure, form) {
            (Measure::Milestone, _) => Observed::Done { done: form == 0, date: Some(as_of) },
            (Measure::Growth, 1) => {
                // The loader refuses a pair whose rate is out of range.
                let rate = actual.checked_div(previous).and_then(|q| q.checked_sub(Decimal::ONE)).and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED));
                prop_assume!(rate.is_some());
                Observed::Growth { previous, current: actual, rate: rate.unwrap() }
            }
            _ => Observed::Number(actual),
        };
        let spec = spec_of(t);
        let values = if with_actual {
            BTreeMap::from([(t.id.clone(), Actual {
                observed, as_of, source: Some("来源".into()), baseline: None, note: None, by: None,
                entered: None, span: 0..0,
            })])
        } else {
            BTreeMap::new()
        };
        let actuals = Actuals {
            file_name: "a.toml".into(), file: SourceFile::new("a.toml", ""), as_of, source: None, values, entities: Vec::new(),
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

/// "1234.5678" from digits: `int`, then the first `places` digits of `frac` (4 digits).
fn decimal_text(int: u64, frac: u32, places: usize) -> String {
    let frac = format!("{frac:04}");
    match places.min(4) {
        0 => int.to_string(),
        p => format!("{int}.{}", &frac[..p]),
    }
}

/// A decimal as TOML writes it: no exponent, no trailing zeros; an integer beyond 64 bits
/// as a float (`…0.0`), which is still read as the decimal it writes.
fn plain(d: Decimal) -> String {
    let text = d.normalize().to_string();
    if !text.contains('.') && text.parse::<i64>().is_err() {
        format!("{text}.0")
    } else {
        text
    }
}
