//! Shared scoring: match proposals to expected targets by rule + measure + unit + goal.
#![allow(dead_code)]

use progress::extract::{Draft, Goal, Proposal};
use progress::units::Unit;

/// One expected target (id-independent).
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    pub label: String,
    pub measure: String,
    pub rule: String,
    pub unit: Option<String>,
    /// ("value" | "increase" | "multiply", number); None for milestones.
    pub goal: Option<(String, f64)>,
    pub stretch: Option<f64>,
    /// `of = "…"` in an expected file: the goal is another figure (`value = { of = … }`).
    pub of: bool,
    /// A `level` counting new things made in the window from none (the 2020 catalogue's
    /// baseline 0): the same promise as a `ytd` count over that window, so either matches.
    pub from_zero: bool,
}

pub fn exp(
    label: &str,
    measure: &str,
    rule: &str,
    unit: Option<&str>,
    goal: Option<(&str, f64)>,
    stretch: Option<f64>,
) -> Expected {
    Expected {
        label: label.into(),
        measure: measure.into(),
        rule: rule.into(),
        unit: unit.map(Into::into),
        goal: goal.map(|(k, v)| (k.into(), v)),
        stretch,
        of: false,
        from_zero: false,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// `x` written in `from`, in `to`, when the contract converts one into the other exactly
/// (a magnitude prefix: 1.2 万家 is 12000 家); `None` when they do not convert.
fn in_unit(x: f64, from: Option<&str>, to: Option<&str>) -> Option<f64> {
    match (from, to) {
        (a, b) if a == b => Some(x),
        (Some(a), Some(b)) => {
            let d: rust_decimal::Decimal = format!("{x}").parse().ok()?;
            let y = Unit::parse(a).convert(d, &Unit::parse(b)).ok()?;
            y.to_string().parse().ok()
        }
        _ => None,
    }
}

pub fn matches(p: &Proposal, e: &Expected) -> bool {
    // A target no number decides: only its kind is compared.
    if p.assessed || e.measure == "assessed" {
        return p.assessed && e.measure == "assessed";
    }
    let same_measure = p.measure.as_str() == e.measure
        || (e.from_zero && e.measure == "level" && p.measure.as_str() == "ytd");
    if !same_measure || p.rule.as_str() != e.rule {
        return false;
    }
    if e.measure == "milestone" {
        return true;
    }
    // A goal stated against another figure: its measure, rule and unit are compared.
    if e.of || p.of.is_some() || p.of_name.is_some() {
        return e.of
            && (p.of.is_some() || p.of_name.is_some())
            && p.unit.as_deref() == e.unit.as_deref();
    }
    // The same quantity in another magnitude of its unit (contract part two §8: 万X ↔ X
    // exactly) is the same goal: 1.2 万家 answers 12000 家.
    let conv = |x: f64| in_unit(x, p.unit.as_deref(), e.unit.as_deref());
    let same = |v: f64, x: f64| conv(v).is_some_and(|y| close(y, x));
    let goal_ok = match (&p.goal, &e.goal) {
        (Some(Goal::Value(v)), Some((k, x))) => k == "value" && same(*v, *x),
        (Some(Goal::Increase(v)), Some((k, x))) => k == "increase" && same(*v, *x),
        (Some(Goal::Multiply(v)), Some((k, x))) => {
            k == "multiply" && close(*v, *x) && conv(1.0).is_some()
        }
        // A direction with no figure (`falls`, `rises`).
        (None, None) => matches!(e.rule.as_str(), "falls" | "rises") && conv(1.0).is_some(),
        _ => false,
    };
    let stretch_ok = match (p.stretch, e.stretch) {
        (None, None) => true,
        (Some(a), Some(b)) => same(a, b),
        _ => false,
    };
    goal_ok && stretch_ok
}

/// Score: (found expected labels, missed expected labels, false proposals' names).
pub struct Score {
    pub found: Vec<String>,
    pub missed: Vec<String>,
    pub false_props: Vec<String>,
}

pub fn score(d: &Draft, expected: &[Expected]) -> Score {
    let mut used = vec![false; d.targets.len()];
    let mut found = Vec::new();
    let mut missed = Vec::new();
    for e in expected {
        match (0..d.targets.len()).find(|&i| !used[i] && matches(&d.targets[i], e)) {
            Some(i) => {
                used[i] = true;
                found.push(e.label.clone());
            }
            None => missed.push(e.label.clone()),
        }
    }
    let false_props = d
        .targets
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| {
            format!(
                "{} [{} {} {:?} {:?}]",
                p.name_zh,
                p.measure.as_str(),
                p.rule.as_str(),
                p.goal,
                p.unit
            )
        })
        .collect();
    Score {
        found,
        missed,
        false_props,
    }
}

/// Read an expected-answer TOML file ([[target]] with measure, rule, unit, value|increase|multiply, stretch).
pub fn read_expected(text: &str) -> Vec<Expected> {
    let v: toml::Table = toml::from_str(text).expect("expected file parses");
    let mut out = Vec::new();
    let Some(toml::Value::Array(ts)) = v.get("target") else {
        return out;
    };
    for (i, t) in ts.iter().enumerate() {
        let g = |k: &str| {
            t.get(k)
                .and_then(|x| x.as_float().or_else(|| x.as_integer().map(|i| i as f64)))
        };
        let s = |k: &str| t.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let goal = ["value", "increase", "multiply"]
            .iter()
            .find_map(|k| g(k).map(|x| (k.to_string(), x)));
        out.push(Expected {
            label: format!(
                "#{} {} {} {:?} {:?}",
                i + 1,
                s("measure").unwrap_or_default(),
                s("rule").unwrap_or_default(),
                goal,
                s("unit")
            ),
            measure: s("measure").unwrap_or_default(),
            rule: s("rule").unwrap_or_default(),
            unit: s("unit"),
            goal,
            stretch: g("stretch"),
            of: t.get("of").is_some(),
            from_zero: false,
        });
    }
    out
}

/// Every draft must be a valid TOML document with a [[target]] per proposal.
pub fn assert_valid_toml(d: &Draft) {
    let s = d.to_toml();
    let v: toml::Table =
        toml::from_str(&s).unwrap_or_else(|e| panic!("draft is not TOML: {e}\n{s}"));
    assert_eq!(v.get("version").and_then(|x| x.as_integer()), Some(1));
    let n = v
        .get("target")
        .and_then(|x| x.as_array())
        .map_or(0, |a| a.len());
    assert_eq!(n, d.targets.len());
    let mut ids = std::collections::HashSet::new();
    for p in &d.targets {
        assert!(ids.insert(p.id.clone()), "duplicate id {}", p.id);
        let ok =
            p.id.chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                && p.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        assert!(ok, "bad id {:?}", p.id);
    }
}
