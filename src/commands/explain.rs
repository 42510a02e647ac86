//! `progress explain ID [ACTUALS]...`: one target in full. Its names, source and quote;
//! the rule in words, with the Chinese wording it encodes; and, with actuals, the
//! arithmetic behind its status, with the numbers of the evaluation itself.

use std::fmt::Write as _;

use crate::cli::ExplainArgs;
use crate::commands;
use crate::decimal::Figure;
use crate::error::{Error, Outcome};
use crate::evaluate::{self, Settings};
use crate::input;
use crate::output;
use crate::report::{
    FlatScale, NoPace, PaceFormula, PaceTrace, Projection, Regression, RuleTest, TargetReport,
};
use crate::spec::{Goal, Hold, Lang, Measure, PaceModel, Rule, Spec, Target};
use crate::suggest;
use crate::text::sanitize;
use crate::trend::FLAT_TOLERANCE;
use crate::wording::goal_text;
use crate::wording::{number, operand, signed, window_length, with_unit};

pub fn run(args: &ExplainArgs) -> Result<Outcome, Error> {
    commands::stdin_once(&args.spec, &args.actuals)?;
    let spec = commands::load_spec(&args.spec)?;
    // `indicator/entity`: one entity of a panel target.
    let (id, entity) = match args.id.split_once('/') {
        Some((id, entity)) => (id, Some(entity)),
        None => (args.id.as_str(), None),
    };
    let Some(target) = spec.target(id) else {
        let ids = spec.targets().iter().map(|t| t.id.as_str());
        return Err(Error::Usage {
            message: format!("unknown target id `{}`", sanitize(id)),
            help: suggest::did_you_mean(id, ids, false)
                .or_else(|| Some("`progress list` shows the spec's target ids".into())),
        });
    };
    let actuals =
        input::load_snapshots_mapped(&spec, &args.actuals, args.as_of, &args.columns.map()?)?;
    let settings = Settings {
        as_of: args.as_of,
        ..Settings::default()
    };
    if target.series {
        let mut out = describe(&spec, target, args.display.lang);
        if !actuals.is_empty() {
            let report = evaluate::evaluate(&spec, &actuals, &settings);
            if let Some(s) = report.series.iter().find(|s| s.id == target.id) {
                out.push('\n');
                crate::commands::explain_rates::series(&mut out, s);
            }
        }
        output::write_stdout(&out)?;
        return Ok(Outcome::Ok);
    }
    let panel = spec
        .position(id)
        .and_then(|p| spec.panel(p))
        .and_then(|p| p.table.as_ref().map(|t| (p, t)));
    if let Some(entity) = entity {
        match panel {
            Some((_, table)) if table.find(entity).is_some() => {}
            Some((_, table)) => {
                return Err(Error::Usage {
                    message: format!("`{}` lists no entity `{}`", sanitize(id), sanitize(entity)),
                    help: suggest::did_you_mean(
                        entity,
                        table.ids.iter().map(String::as_str),
                        false,
                    ),
                });
            }
            None => {
                return Err(Error::Usage {
                    message: format!(
                        "`{}` is not a panel target: it has no entities",
                        sanitize(id)
                    ),
                    help: Some(format!(
                        "explain the target itself: `progress explain {}`",
                        sanitize(id)
                    )),
                });
            }
        }
    }
    let focus = evaluate::Focus {
        entity: entity.map(str::to_string),
        per: None,
    };
    let evaluated = (!actuals.is_empty()).then(|| {
        let report = evaluate::evaluate_focused(&spec, &actuals, &settings, &focus);
        let as_of = report.as_of;
        let t = report.targets.into_iter().find(|t| t.id == target.id);
        let t = match entity {
            Some(_) => t
                .and_then(|t| t.panel)
                .and_then(|p| p.detail.into_iter().find(|d| d.id == args.id)),
            None => t,
        };
        (t, as_of)
    });
    let mut out = describe(&spec, target, args.display.lang);
    if let Some((p, table)) = panel {
        let _ = writeln!(
            out,
            "  {:<11} per {}: {} entities from {}, rollup {} (docs/status-model.md, \"Panels\")",
            "panel",
            sanitize(&p.decl.per),
            table.len(),
            sanitize(&p.decl.entities),
            p.decl.rollup.as_str()
        );
        if let Some(e) = entity.and_then(|e| table.find(e)) {
            let e = e as usize;
            let _ = writeln!(
                out,
                "  {:<11} {} ({})",
                "entity",
                sanitize(&table.names[e]),
                sanitize(&table.ids[e])
            );
            if let Some(v) = table.values[e] {
                let _ = writeln!(out, "  {:<11} {} (the entity's own)", "goal", v.normalize());
            }
            if let Some(b) = table.baselines[e] {
                let _ = writeln!(
                    out,
                    "  {:<11} {} (the entity's own)",
                    "baseline",
                    b.normalize()
                );
            }
        }
    }
    if let Some((Some(report), as_of)) = evaluated {
        out.push('\n');
        // The file the deciding value came from, as evaluation picked it (by `--as-of`).
        // An entity's baseline from its table is its own, not the actuals'.
        let own_baseline = panel
            .zip(entity)
            .and_then(|((_, table), e)| table.find(e).map(|e| (table, e as usize)))
            .is_some_and(|(table, e)| table.baselines[e].is_some());
        out.push_str(&arithmetic(
            target,
            &report,
            report.actual_file.as_deref(),
            as_of,
            own_baseline,
        ));
    }
    output::write_stdout(&out)?;
    Ok(Outcome::Ok)
}

fn field(out: &mut String, label: &str, value: &str) {
    let _ = writeln!(out, "  {label:<11} {value}");
}

/// What the spec says about the target.
pub fn describe(spec: &Spec, t: &Target, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", t.id, sanitize(t.name.get(lang)));
    let (first, second) = match lang {
        Lang::Zh => (("zh", &t.name.zh), ("en", &t.name.en)),
        Lang::En => (("en", &t.name.en), ("zh", &t.name.zh)),
    };
    for (l, n) in [first, second] {
        if let Some(n) = n {
            field(&mut out, &format!("name ({l})"), &sanitize(n));
        }
    }
    if let Some(g) = &t.group {
        field(&mut out, "group", &sanitize(g));
    }
    if let Some(c) = t.class {
        field(
            &mut out,
            "class",
            &format!(
                "{} (default severity {})",
                c.as_str(),
                c.default_severity().as_str()
            ),
        );
    }
    if let Some((lead, partners)) = t.owners.split_first() {
        let mut s = format!("{} (lead)", sanitize(lead));
        for p in partners {
            s.push_str(&format!(", {}", sanitize(p)));
        }
        field(&mut out, "owner", &s);
    }
    field(
        &mut out,
        "spec",
        &format!("{}:{}:{}", sanitize(spec.file_name()), t.line, t.column),
    );
    if let Some(key) = &t.source {
        let mut s = sanitize(key).into_owned();
        if let Some(src) = spec.sources().get(key) {
            let mut parts = Vec::new();
            match (&src.speaker, &src.role) {
                (Some(sp), Some(r)) => parts.push(format!("{} ({})", sanitize(sp), sanitize(r))),
                (Some(sp), None) => parts.push(sanitize(sp).into_owned()),
                (None, Some(r)) => parts.push(sanitize(r).into_owned()),
                (None, None) => {}
            }
            if let Some(title) = &src.title {
                parts.push(format!("“{}”", sanitize(title)));
            }
            if let Some(rep) = &src.reporter {
                parts.push(format!("reported by {}", sanitize(rep)));
            }
            if let Some(url) = &src.url {
                parts.push(sanitize(url).into_owned());
            }
            if !parts.is_empty() {
                s = format!("{s}: {}", parts.join(", "));
            }
        }
        field(&mut out, "source", &s);
    }
    if let Some(q) = &t.quote {
        field(&mut out, "quote", &format!("「{}」", sanitize(q)));
    }
    if let Some(n) = &t.note {
        field(&mut out, "note", &sanitize(n));
    }

    if t.series {
        out.push_str("\nSeries\n");
        field(
            &mut out,
            "goal",
            "none: a figure tracked without a goal, for goals stated against it",
        );
        field(&mut out, "unit", &unit_text(t));
        field(
            &mut out,
            "measure",
            &format!("{}: {}", t.measure.as_str(), measure_words(t, None)),
        );
        return out;
    }
    out.push_str("\nRule\n");
    let (test, wording) = rule_words_in(t.rule, lang);
    field(&mut out, "rule", &format!("{}: {test}", t.rule.as_str()));
    field(&mut out, "wording", wording);
    let unit = unit_text(t);
    field(&mut out, "goal", &goal_words(t, &unit));
    let maintaining = crate::hold::is_maintaining(t, t.baseline, |b| {
        evaluate::rule_holds(t, t.goal.resolve(t.baseline), b)
    });
    field(
        &mut out,
        "window",
        &format!(
            "{} to {} ({})",
            t.start,
            t.deadline,
            window_length(t.start, t.deadline)
        ),
    );
    if let Some(p) = &t.profile {
        let shares: Vec<String> = p.shares.iter().map(|v| number(*v, 4)).collect();
        field(
            &mut out,
            "profile",
            &format!(
                "cumulative share expected by each month's end, Jan to Dec: {}; the pace \
                 follows it in place of the days gone",
                shares.join(", ")
            ),
        );
    }
    field(
        &mut out,
        "measure",
        &format!(
            "{}: {}",
            t.measure.as_str(),
            measure_words(t, crate::hold::effective(t, maintaining))
        ),
    );
    let model = evaluate::pace_model(t, t.baseline);
    let pace = match (t.pace, model) {
        _ if maintaining => "none: a bound to maintain has no distance to travel".into(),
        (Some(p), _) => format!("{} (set in the spec)", p.as_str()),
        _ if evaluate::paced_over_window(t) => {
            "annual rates: the rate achieved against the rate required (a cumulative figure over the window)".into()
        }
        _ if evaluate::rule_only(t) => {
            "none: the rule is tested directly (on-track while it holds, behind when it does not)".into()
        }
        (None, PaceModel::None)
            if t.measure == Measure::Level && t.baseline.is_none() && t.rule.has_single_goal() =>
        {
            "none until a baseline is known (then linear, or compound for `multiply`)".into()
        }
        (None, m) => format!("{} (the default for this target)", m.as_str()),
    };
    field(&mut out, "pace model", &pace);
    if let Some(tol) = t.tolerance.filter(|_| t.rule != Rule::About) {
        let goal = t.goal.resolve(t.baseline);
        let edge = goal.and_then(|g| {
            if t.rule.is_floor() {
                g.checked_sub(tol)
            } else {
                g.checked_add(tol)
            }
        });
        let example = match (goal, edge) {
            (Some(g), Some(e)) => format!(
                " ({} {} accepts {} {}, inclusive)",
                t.rule.symbol(),
                number(g, 4),
                if t.rule.is_floor() {
                    "down to"
                } else {
                    "up to"
                },
                with_unit(&number(e, 4), &unit)
            ),
            _ => String::new(),
        };
        field(
            &mut out,
            "tolerance",
            &format!(
                "{}: a soft bound (one-sided 左右): the rule also holds when the value fails it \
                 by no more than the tolerance{example}, reported as within tolerance; pace is \
                 measured towards the goal itself",
                number(tol, 4)
            ),
        );
    }
    if maintaining {
        field(
            &mut out,
            "bound",
            "a bound to maintain: the baseline already satisfies the rule, so there is no \
             distance to travel (no progress, no pace); breaking it before the deadline is behind",
        );
    }
    if let Some(h) = crate::hold::effective(t, maintaining) {
        field(&mut out, "hold", &hold_words(t, h, maintaining));
    } else if t.hold.is_some() {
        field(
            &mut out,
            "hold",
            "no effect on a `ytd` cap: a flow cannot come back down, so a cap exceeded is missed at once",
        );
    }
    field(
        &mut out,
        "severity",
        &format!(
            "{}: {}",
            t.severity.as_str(),
            match t.severity {
                crate::spec::Severity::Error => "a failing status fails the run",
                crate::spec::Severity::Warn => "a failing status is reported as a warning only",
            }
        ),
    );
    out
}

/// [`rule_words`] for the language asked for: English output words the inclusive bound
/// plainly; `--lang zh` keeps the legal source of it (民法典第一千二百五十九条).
pub fn rule_words_in(rule: Rule, lang: Lang) -> (&'static str, &'static str) {
    match (rule, lang) {
        (Rule::AtLeast, Lang::Zh) => (
            "actual ≥ goal; reaching the goal exactly counts",
            "以上, 达到, 不低于; 民法典第一千二百五十九条: “以上、以下、以内、届满，包括本数”",
        ),
        _ => rule_words(rule),
    }
}

/// The test a rule makes, and the Chinese wording it encodes (product.md §2), in plain
/// English.
pub fn rule_words(rule: Rule) -> (&'static str, &'static str) {
    match rule {
        Rule::AtLeast => (
            "actual ≥ goal; reaching the goal exactly counts",
            "以上, 达到, 不低于 (at least: the number itself counts)",
        ),
        Rule::MoreThan => (
            "actual > goal, strictly; reaching the goal exactly is not enough",
            "突破, 超过 (strictly more than)",
        ),
        Rule::AtMost => (
            "actual ≤ goal; the goal itself is allowed",
            "以内, 以下, 不超过 (at most: the number itself counts)",
        ),
        Rule::LessThan => ("actual < goal, strictly", "低于, 不满 (strictly less than)"),
        Rule::Between => (
            "low ≤ actual ≤ high; the band must not be left on either side",
            "a band, e.g. 保持在…之间",
        ),
        Rule::About => ("|actual − goal| ≤ tolerance", "左右 (about)"),
        Rule::Done => (
            "the milestone happens by the deadline",
            "年内投产, 升级为… (a milestone)",
        ),
        Rule::Assessed => (
            "no number decides: a person judges met, on-track, behind or missed",
            "基本平衡, 保持在合理区间, 稳定改善 (assessed)",
        ),
        Rule::Falls => (
            "the figure falls: a rate below 0, a level below its baseline; no goal",
            "继续下降, 持续降低 (keeps falling)",
        ),
        Rule::Rises => (
            "the figure rises: a rate above 0, a level above its baseline; no goal",
            "继续提高, 稳步增长 (keeps rising)",
        ),
    }
}

fn measure_words(t: &Target, hold: Option<Hold>) -> &'static str {
    match t.measure {
        Measure::Level if hold == Some(Hold::Once) => {
            "a stock or rate at `as_of`; the goal can be met before the deadline"
        }
        Measure::Level => "a stock or rate at `as_of`; only the deadline decides",
        Measure::Ytd if t.rule.is_cap() => {
            "a flow accumulated since the start; a cap already broken is missed"
        }
        Measure::Ytd if hold == Some(Hold::Once) => {
            "a flow accumulated since the start; the goal can be met before the deadline"
        }
        Measure::Ytd => "a flow accumulated since the start; only the deadline decides",
        Measure::Growth if t.window == Some(crate::spec::Aggregate::Cumulative) => {
            "annual rates in %, chained over the window's years into a cumulative change \
             (`over = \"window\"`, `aggregate = \"cumulative\"`); paced year by year"
        }
        Measure::Growth if t.window.is_some() => {
            "annual rates in %, chained over the window's years into an average annual rate \
             (`over = \"window\"`, `aggregate = \"average\"`); no pace"
        }
        Measure::Growth => {
            "a % change on the same period a year earlier; only the final figure decides"
        }
        Measure::Milestone => "true or false, or the date it happened",
        Measure::Assessed => {
            "a person's judgement: { status = \"on-track\", by = \"…\", note = \"…\" }"
        }
    }
}

fn unit_text(t: &Target) -> String {
    t.unit
        .as_ref()
        .map_or_else(String::new, |u| sanitize(&u.to_string()).into_owned())
}

/// The goal with how it is made: "11,812 个 = baseline 1,812 + increase 10,000".
fn goal_words(t: &Target, unit: &str) -> String {
    fn n(v: impl Figure) -> String {
        number(v, 4)
    }
    match t.goal {
        Goal::Done => format!("done by {}", t.deadline),
        Goal::Assessed => format!("judged by a person, by {}", t.deadline),
        Goal::Of { plus } => {
            let of = sanitize(t.of.as_deref().unwrap_or_default()).into_owned();
            if plus.is_zero() {
                format!("the figure of `{of}` for the same date")
            } else {
                format!(
                    "the figure of `{of}` for the same date {} {}",
                    if plus.is_sign_negative() { "−" } else { "+" },
                    with_unit(&n(plus.abs()), crate::wording::difference_unit(unit))
                )
            }
        }
        Goal::Direction if t.measure == Measure::Growth => "none: the rate against 0".into(),
        Goal::Direction => "none: the level against its baseline".into(),
        Goal::Series => "none: a series has no goal".into(),
        Goal::Band { low, high } => format!("{}–{}", n(low), with_unit(&n(high), unit)),
        Goal::Value(v) => {
            let mut s = with_unit(&n(v), unit);
            match t.tolerance {
                Some(tol) if t.rule == Rule::About => s.push_str(&format!(" ± {}", n(tol))),
                Some(tol) => s.push_str(&format!(" (tolerance {})", n(tol))),
                None => {}
            }
            if let Some(st) = t.stretch {
                s.push_str(&format!("; stretch goal {}", with_unit(&n(st), unit)));
            }
            s
        }
        Goal::Increase(d) => match (t.baseline, t.goal.resolve(t.baseline)) {
            (Some(b), Some(goal)) => format!(
                "{} = baseline {} + increase {}",
                with_unit(&n(goal), unit),
                n(b),
                points(n(d), unit)
            ),
            _ => format!(
                "baseline + {} (the baseline comes from the actuals)",
                points(n(d), unit)
            ),
        },
        Goal::Multiply(m) => match (t.baseline, t.goal.resolve(t.baseline)) {
            (Some(b), Some(goal)) => format!(
                "{} = baseline {} × {}",
                with_unit(&n(goal), unit),
                n(b),
                n(m)
            ),
            _ => format!("baseline × {} (the baseline comes from the actuals)", n(m)),
        },
    }
    .to_string()
        + &format!("; in symbols {}", goal_text(t))
}

/// How the status follows from the actual, with the evaluation's own numbers.
pub fn arithmetic(
    t: &Target,
    r: &TargetReport,
    file: Option<&str>,
    report_as_of: Option<chrono::NaiveDate>,
    own_baseline: bool,
) -> String {
    let mut out = String::new();
    fn n(v: impl Figure) -> String {
        number(v, 4)
    }
    let unit = unit_text(t);
    let Some(as_of) = r.as_of else {
        out.push_str("Status\n");
        // A panel judged by its entities (`rollup = "all"`) has no figure of its own: its
        // status is theirs, and each entity is explained on its own.
        if let Some(p) = r.panel.as_deref().filter(|p| p.counts.total > 0) {
            field(
                &mut out,
                "status",
                &format!("{}: {}", r.status.as_str(), r.reason),
            );
            let counts: Vec<String> = crate::report::Status::ALL
                .iter()
                .map(|s| (s, p.counts.count(*s)))
                .filter(|(_, k)| *k > 0)
                .map(|(s, k)| format!("{k} {}", s.as_str()))
                .collect();
            field(
                &mut out,
                "entities",
                &format!(
                    "{} of {}; `progress explain {}/ID` explains one",
                    counts.join(", "),
                    p.counts.total,
                    t.id
                ),
            );
            return out;
        }
        let why = if r.reason == evaluate::BEFORE_WINDOW {
            r.reason.as_str()
        } else {
            "no actuals file gives a value"
        };
        field(&mut out, "status", &format!("no-data: {why}"));
        return out;
    };
    let _ = writeln!(
        out,
        "Status as of {as_of}{}",
        file.map(|f| format!(" (from {})", sanitize(f)))
            .unwrap_or_default()
    );
    if let Some(src) = &r.actual_source {
        field(&mut out, "reported by", &sanitize(src));
    }

    // An assessed target: who judged it, and why.
    if let Some(a) = &r.assessed {
        field(
            &mut out,
            "judgement",
            &format!(
                "{} (assessed: a person's judgement decides)",
                r.status.as_str()
            ),
        );
        field(&mut out, "by", &sanitize(&a.by));
        field(
            &mut out,
            "why",
            &a.note
                .as_deref()
                .map_or_else(|| "(no note given)".into(), |n| sanitize(n).into_owned()),
        );
    }

    // The actual.
    match (r.done, r.actual, r.growth_from) {
        (Some(done), _, _) => {
            let s = match (done, r.done_on) {
                (true, Some(d)) if d > t.deadline => {
                    format!("done on {d}, after the deadline {}", t.deadline)
                }
                (true, Some(d)) => format!("done on {d} (deadline {})", t.deadline),
                (true, None) => "done".into(),
                (false, _) => "not done".into(),
            };
            field(&mut out, "actual", &s);
        }
        (None, Some(rate), Some((p, c))) => field(
            &mut out,
            "actual",
            &format!(
                "growth = (current / previous − 1) × 100 = ({} / {} − 1) × 100 = {}%",
                n(c),
                n(p),
                n(rate)
            ),
        ),
        (None, Some(v), None) => {
            let mut s = with_unit(&n(v), &unit);
            if let Some(e) = &r.actual_entered {
                let as_written = sanitize(&e.unit.to_string()).into_owned();
                s.push_str(&format!(
                    " (given as {}, converted)",
                    with_unit(&n(e.value), &as_written)
                ));
            }
            field(&mut out, "actual", &s);
        }
        (None, None, _) => {}
    }
    if r.stale {
        field(
            &mut out,
            "stale",
            &format!(
                "dated {as_of}, before the earlier of the evaluation date ({}) and the deadline ({}): \
                 a newer figure is missing",
                report_as_of.map_or_else(|| "?".into(), |d| d.to_string()),
                t.deadline
            ),
        );
    }
    crate::commands::explain_rates::chained(&mut out, r);
    crate::commands::explain_rates::relative(&mut out, r, &unit);
    if let (Some(b), None) = (r.baseline, t.baseline) {
        let from = if own_baseline {
            "the entity's own, from its table"
        } else {
            "from the actuals"
        };
        field(
            &mut out,
            "baseline",
            &format!("{} ({from})", with_unit(&n(b), &unit)),
        );
    }

    // The rule, tested (decimal arithmetic, as the evaluation's: |3.1 − 3| is 0.1).
    if let Some(test) = r.trace.rule_test {
        let (s, h) = match test {
            RuleTest::Between {
                low,
                actual,
                high,
                holds,
            } => (format!("{} ≤ {} ≤ {}", n(low), n(actual), n(high)), holds),
            RuleTest::About {
                actual,
                goal,
                difference: Some(d),
                tolerance,
                holds,
            } => (
                format!(
                    "|{} − {}| = {} ≤ {}",
                    n(actual),
                    operand(goal, 4),
                    n(d),
                    n(tolerance)
                ),
                holds,
            ),
            // Beyond the decimal range: far outside any tolerance.
            RuleTest::About {
                actual,
                goal,
                difference: None,
                tolerance,
                holds,
            } => (
                format!(
                    "|{} − {}| is beyond the decimal range, > {}",
                    n(actual),
                    operand(goal, 4),
                    n(tolerance)
                ),
                holds,
            ),
            RuleTest::Compare {
                actual,
                rule,
                goal,
                tolerance: Some(tol),
                holds,
                within_tolerance,
            } if tol > crate::decimal::Decimal::ZERO => {
                // The tolerated edge, as `hold::compare` tests it.
                let (edge, sign) = if rule.is_floor() {
                    (goal.checked_sub(tol), "≥")
                } else {
                    (goal.checked_add(tol), "≤")
                };
                let edge = edge.map_or_else(|| "the decimal range".into(), n);
                let s = if within_tolerance {
                    format!(
                        "{} {} {} fails, but {} {sign} {edge} (the tolerance {}): within tolerance",
                        n(actual),
                        rule.symbol(),
                        n(goal),
                        n(actual),
                        n(tol)
                    )
                } else {
                    format!(
                        "{} {} {}, or within the tolerance {} of it ({sign} {edge})",
                        n(actual),
                        rule.symbol(),
                        n(goal),
                        n(tol)
                    )
                };
                (s, holds)
            }
            RuleTest::Compare {
                actual,
                rule,
                goal,
                holds,
                ..
            } => (
                format!("{} {} {}", n(actual), rule.symbol(), n(goal)),
                holds,
            ),
            RuleTest::NoGoal => {
                field(
                    &mut out,
                    "test",
                    "cannot be tested: the goal needs a baseline, and none was given",
                );
                (String::new(), false)
            }
        };
        if test != RuleTest::NoGoal {
            field(
                &mut out,
                "test",
                &format!(
                    "{s}: {}",
                    match (h, r.is_final) {
                        (true, _) => "holds",
                        (false, true) => "fails",
                        (false, false) => "does not hold yet",
                    }
                ),
            );
        }
    }

    bound_words(&mut out, t, r, &unit);

    // Time gone.
    if let Some(e) = r.trace.elapsed {
        let mut s = format!(
            "f = (as_of − start) / (deadline − start) = ({as_of} − {}) / ({} − {}) = {} / {}",
            t.start,
            t.deadline,
            t.start,
            number(e.days_gone as f64, 0),
            number(e.days_in_window as f64, 0)
        );
        if e.clamped {
            s.push_str(", clamped to [0, 1]");
        }
        s.push_str(&format!(" = {}", n(e.elapsed)));
        if r.is_final {
            s.push_str(" (final: as_of is on or after the deadline)");
        }
        field(&mut out, "elapsed", &s);
    }

    // A seasonal flow: the share its profile expects by now, in place of f.
    if let Some(terms) = r.profile.and_then(|p| p.terms) {
        let mut s = format!(
            "s = (S(as_of) − S(start − 1 day)) / (S(deadline) − S(start − 1 day)) = ({} − {}) / ({} − {}) = {}",
            n(terms.now),
            n(terms.eve),
            n(terms.end),
            n(terms.eve),
            n(terms.share)
        );
        if terms.share == 0.0 {
            s.push_str(": nothing is due yet, so there is no pace and the flow is on track");
        }
        if let Some(e) = r.expected {
            s.push_str(&format!(
                "; expected by now = goal × s = {}",
                with_unit(&n(e), &unit)
            ));
        }
        field(&mut out, "profile", &s);
    }

    // Progress from the origin to the goal.
    if let Some(p) = r.trace.progress {
        let (label, why) = if p.flow {
            ("0", " (a flow starts from 0)")
        } else {
            ("baseline", "")
        };
        field(
            &mut out,
            "progress",
            &format!(
                "(actual − {label}) / (goal − {label}) = ({} − {}) / ({} − {}) = {}{why}",
                n(p.actual),
                operand(p.origin, 4),
                n(p.goal),
                operand(p.origin, 4),
                n(p.progress)
            ),
        );
    }

    // The pace index.
    if let Some(trace) = r.trace.pace {
        field(&mut out, "pace", &pace_words(trace, r.profile.is_some()));
    }

    if let (Some(gap), Some(v)) = (r.gap, r.actual) {
        let s = match (r.band, r.goal) {
            (Some((low, high)), _) => {
                format!("distance outside {}–{} = {}", n(low), n(high), signed(gap))
            }
            (None, Some(g)) => format!(
                "actual − goal = {} − {} = {}",
                n(v),
                operand(g, 4),
                signed(gap)
            ),
            _ => signed(gap),
        };
        field(
            &mut out,
            "gap",
            &with_unit(&s, crate::wording::difference_unit(&unit)),
        );
    }
    if let (Some(met), Some(st)) = (r.stretch_met, r.stretch) {
        field(
            &mut out,
            "stretch",
            &format!(
                "{} {}: {}",
                t.rule.symbol(),
                with_unit(&n(st), &unit),
                if met { "reached" } else { "not reached" }
            ),
        );
    }
    history(&mut out, t, r, &unit);
    let mut status = format!("{}: {}", r.status.as_str(), r.reason);
    if r.trace.wants_baseline {
        status.push_str(
            " (a `baseline`, the level at the start, in the spec or beside the value, would give it a pace: \
             docs/status-model.md)",
        );
    }
    if r.failing {
        status.push_str(" (failing: fails the run under the default `--fail-on missed`)");
    } else if r.warning {
        status.push_str(" (a warning: the target's severity is `warn`)");
    }
    field(&mut out, "status", &status);
    out
}

/// A bound to maintain ("a bound to maintain: 5.6% breaks < 5.5% now"), the `hold` that
/// applies and, for `every-year`, each completed year as evaluation judged it.
fn bound_words(out: &mut String, t: &Target, r: &TargetReport, unit: &str) {
    fn n(v: impl Figure) -> String {
        number(v, 4)
    }
    let bound = || match (r.band, r.goal) {
        (Some((low, high)), _) => format!(
            "{} {}–{}",
            r.rule.symbol(),
            n(low),
            with_unit(&n(high), unit)
        ),
        (None, Some(g)) => {
            let mut s = format!("{} {}", r.rule.symbol(), with_unit(&n(g), unit));
            if let (Rule::About, Some(tol)) = (r.rule, r.tolerance) {
                s.push_str(&format!(" ± {}", n(tol)));
            }
            s
        }
        (None, None) => "its rule".into(),
    };
    if r.maintaining {
        let baseline = r
            .baseline
            .map(|b| with_unit(&n(b), unit))
            .unwrap_or_default();
        let s = match (r.actual, r.trace.holds) {
            (Some(v), Some(false)) => format!(
                "a bound to maintain: {} breaks {} now (the baseline {baseline} satisfied it)",
                with_unit(&n(v), unit),
                bound()
            ),
            (Some(v), _) => format!(
                "a bound to maintain: the baseline {baseline} satisfies {}, and {} still does{}",
                bound(),
                with_unit(&n(v), unit),
                if r.within_tolerance {
                    " (within tolerance)"
                } else {
                    ""
                }
            ),
            (None, _) => format!(
                "a bound to maintain: the baseline {baseline} satisfies {}",
                bound()
            ),
        };
        field(out, "bound", &s);
    }
    // `describe` gave the hold from the spec's baseline; one from the actuals can change it.
    if let (Some(h), None, Some(_)) = (r.hold, t.baseline, r.baseline) {
        field(out, "hold", &hold_words(t, h, r.maintaining));
    }
    if let Some(years) = &r.hold_years {
        let parts: Vec<String> = years
            .iter()
            .map(|y| match (y.actual, y.holds) {
                (Some(v), Some(true)) => format!("{} {}: holds", y.year, with_unit(&n(v), unit)),
                (Some(v), Some(false)) => {
                    format!("{} {}: breaks it", y.year, with_unit(&n(v), unit))
                }
                (Some(v), None) => format!("{} {}", y.year, with_unit(&n(v), unit)),
                (None, _) => format!("{}: no value dated in the year, not judged", y.year),
            })
            .collect();
        let s = if parts.is_empty() {
            "no completed year yet".to_string()
        } else {
            parts.join(" · ")
        };
        field(out, "years", &s);
    }
}

/// What a `hold` means, and whether the spec sets it or it is the default.
fn hold_words(t: &Target, h: Hold, maintaining: bool) -> String {
    let why = match (t.hold, maintaining) {
        (Some(_), _) => "set in the spec",
        (None, true) => "the default for a bound to maintain",
        (None, false) => "the default for this target",
    };
    let meaning = match h {
        Hold::Once => {
            "met as soon as the latest value satisfies the rule; a later value that fails it un-mets it"
        }
        Hold::Deadline => {
            "only the value at the deadline decides; before it, a value that satisfies the rule is on-track, never met"
        }
        Hold::EveryYear => {
            "each calendar year of the window must satisfy the rule with its latest value; a completed year that breaks it is missed at once"
        }
    };
    format!("{} ({why}): {meaning}", h.as_str())
}

/// With two dated values or more: the history, the least-squares line through it, the
/// trend, the projected date, and why the target is at risk or regressed
/// (docs/history.md).
fn history(out: &mut String, t: &Target, r: &TargetReport, unit: &str) {
    fn n(v: impl Figure) -> String {
        number(v, 4)
    }
    if r.history.len() < 2 {
        return;
    }
    let points: Vec<String> = r
        .history
        .iter()
        .map(|p| format!("{} {}", p.as_of, n(p.value)))
        .collect();
    field(out, "history", &points.join(" · "));
    let Some(fitted) = r.trend_line else {
        return;
    };
    let line = fitted.line;
    field(
        out,
        "trend line",
        &format!(
            "least squares over the history, x = days since {}: value = {} {} {} × x",
            line.origin,
            n(line.intercept),
            if line.slope < 0.0 { "−" } else { "+" },
            number(line.slope.abs(), 6)
        ),
    );
    if let Some(tr) = r.trend {
        let (first, last) = (r.history[0], r.history[r.history.len() - 1]);
        let within = number(FLAT_TOLERANCE * 100.0, 2);
        // Against what evaluation measured it: never "a distance of 0".
        let flat = match fitted.flat_scale {
            Some(FlatScale::Distance(d)) => format!(
                "a change within {within}% of the distance to the goal, {}, would count as flat",
                n(d)
            ),
            Some(FlatScale::FirstValue { value: 0.0, .. }) => {
                "the first value is 0, so only no change at all would count as flat".into()
            }
            Some(FlatScale::FirstValue { value, at_goal }) => format!(
                "{}a change within {within}% of the first value, {}, would count as flat",
                if at_goal {
                    "the first value is at the goal: "
                } else {
                    "the goal is not known: "
                },
                n(value)
            ),
            None => format!("a change within {within}% would count as flat"),
        };
        field(
            out,
            "trend",
            &format!(
                "{}: fitted change {} from {} to {} ({flat})",
                tr.as_str(),
                signed(fitted.change),
                first.as_of,
                last.as_of,
            ),
        );
    }
    let projected = match (r.projection, r.goal) {
        (Projection::On(d), Some(g)) => format!(
            "the line reaches {} on {d}",
            with_unit(&format!("{} {}", t.rule.symbol(), n(g)), unit)
        ),
        (Projection::NotSingleGoal, _) => "none: a line enters a band and leaves it again".into(),
        (Projection::UnknownGoal, _) => "none: the goal is not known".into(),
        (Projection::NotNeeded, _) if r.status == crate::report::Status::Met => {
            "not needed: the goal is met".into()
        }
        (Projection::NotNeeded, _) => {
            "not needed: the rule holds now and on the line at the deadline".into()
        }
        _ => "never: the line does not move towards the goal".into(),
    };
    let at_deadline = r
        .projected_at_deadline
        .map(|v| {
            format!(
                "; at the deadline {} it gives {}",
                t.deadline,
                with_unit(&n(v), unit)
            )
        })
        .unwrap_or_default();
    field(out, "projected", &format!("{projected}{at_deadline}"));
    if r.at_risk {
        field(
            out,
            "at risk",
            "on track by pace, but the trend line does not satisfy the rule at the deadline: \
             at this rate the goal is reached late, or never",
        );
    }
    if let Some(Regression {
        values: Some((b, l)),
    }) = r.regression
    {
        field(
            out,
            "regressed",
            &format!(
                "{} on {} after {} on {}: away from the goal",
                with_unit(&n(l.value), unit),
                l.as_of,
                with_unit(&n(b.value), unit),
                b.as_of
            ),
        );
    }
}

/// The pace index with its formula and the evaluation's numbers, or why there is none.
/// `seasonal`: the share due is the profile's `s`, not the days gone `f`.
fn pace_words(trace: PaceTrace, seasonal: bool) -> String {
    let due = if seasonal { "s" } else { "f" };
    fn n(v: impl Figure) -> String {
        number(v, 4)
    }
    let (formula, pace, on_track, threshold) = match trace {
        PaceTrace::Index {
            formula,
            pace,
            on_track,
            threshold,
        } => (formula, pace, on_track, threshold),
        PaceTrace::None(why) => {
            return match why {
                NoPace::Final => "none: at the deadline the rule alone decides",
                NoPace::RuleHolds => "not needed: the rule already holds",
                NoPace::Maintaining => {
                    "none: a bound to maintain has no distance to travel (the baseline already \
                     satisfies the rule)"
                }
                NoPace::Growth => "none: a growth rate is compared with the goal directly",
                NoPace::Milestone => "none: a milestone happens or does not",
                NoPace::Assessed => "none: a person judges an assessed target",
                NoPace::RuleOnly => {
                    "none: a goal stated against another figure, a direction or an average over a window is tested directly (on-track while it holds, behind while it does not)"
                }
                NoPace::NotSingleGoal => "none: a band or an `about` goal is tested directly",
                NoPace::NoBaseline => {
                    "none: without a baseline there is no path from the start to the goal"
                }
                NoPace::NoPath => "none: no time has gone by, or the path is flat",
                NoPace::NothingDue => "none: the profile expects nothing of the flow yet",
            }
            .into();
        }
    };
    let mut s = match formula {
        PaceFormula::Compound(c) if c.lost_everything => format!(
            "compound: π = CAGR achieved / CAGR required; the actual {} is 0 or less, so \
             everything is lost: CAGR achieved = −1 (−100 %, the formula's limit); CAGR required \
             = (goal / baseline)^(1/T) − 1 = ({} / {})^(1/{}) − 1 = {}; π = {} / {} = {}",
            n(c.actual),
            n(c.goal),
            n(c.baseline),
            n(c.years_in_window),
            n(c.required),
            n(c.achieved),
            operand(c.required, 4),
            n(c.pace)
        ),
        PaceFormula::Compound(c) => format!(
            "compound: π = CAGR achieved / CAGR required = ((actual / baseline)^(1/t) − 1) / \
             ((goal / baseline)^(1/T) − 1) = (({} / {})^(1/{}) − 1) / (({} / {})^(1/{}) − 1) \
             = {} / {} = {}",
            n(c.actual),
            n(c.baseline),
            n(c.years_gone),
            n(c.goal),
            n(c.baseline),
            n(c.years_in_window),
            n(c.achieved),
            operand(c.required, 4),
            n(c.pace)
        ),
        PaceFormula::Cap {
            goal,
            elapsed,
            actual,
        } => format!(
            "linear, for a cap: π = goal × {due} / actual = {} × {} / {} = {}",
            n(goal),
            operand(elapsed, 4),
            operand(actual, 4),
            n(pace)
        ),
        PaceFormula::Window { achieved, required } => format!(
            "cumulative over the window: π = annual rate achieved / annual rate required = \
             ((1 + C/100)^(1/t) − 1) / ((1 + G/100)^(1/T) − 1) = {} / {} = {}",
            number(achieved, 6),
            number(required, 6),
            n(pace)
        ),
        PaceFormula::Linear { progress, elapsed } => format!(
            "linear: π = progress / {due} = {} / {} = {}",
            n(progress),
            operand(elapsed, 4),
            n(pace)
        ),
    };
    s.push_str(&format!(
        " ({} the on-track threshold {})",
        if on_track { "≥" } else { "<" },
        n(threshold)
    ));
    s
}

/// An increase as written in the goal's line: with `个百分点` when the goal is a rate in
/// `%` ("increase 1 个百分点"), bare otherwise (its unit is the goal's, shown beside it).
fn points(increase: String, unit: &str) -> String {
    if unit == "%" {
        with_unit(&increase, crate::wording::POINTS)
    } else {
        increase
    }
}
