//! The spec's figures without a goal of their own, and goals stated against another figure
//! (docs/format.md, "Goals stated against another figure" and "Series"):
//! `[[series]]` tables, `value = { of = ID, plus = X }` goals, and the checks of the
//! references between them (unknown id, cycle, milestone, kind, unit).
//!
//! A series is read into a [`Target`] with `series = true` and [`Goal::Series`]: actuals
//! give it values exactly as they give a target's, and only evaluation tells them apart.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use super::{Aggregate, Goal, Measure, Over, Rule, Severity, Source, Target};
use crate::decimal::Decimal;
use crate::diagnostic::Kind;
use crate::load::{Fields, Reader, Value};
use crate::suggest;
use crate::units::Unit;

/// A target's `of`, where it is written: checked once every target and series is read.
#[derive(Debug, Clone)]
pub struct OfRef {
    pub from: String,
    pub of: String,
    pub span: Range<usize>,
}

/// The `of` of a `value = { of = … }` table, with its place.
pub(crate) fn of_id(table: &Fields<'_, '_>) -> Option<Spanned<String>> {
    let DeValue::Table(t) = table.get("value")?.get_ref() else {
        return None;
    };
    // The goal's own keys are checked by `of_goal`.
    let of = crate::load::lookup(t, "of")?;
    let id = of.get_ref().as_str()?;
    Some(Spanned::new(of.span(), id.to_string()))
}

/// Reads `value = { of = ID, plus = X }` (`plus` optional, in the target's unit).
pub(crate) fn of_goal(r: &mut Reader<'_>, v: &Value<'_>) -> Option<Goal> {
    let t = &Fields::new(r.table("value", v)?);
    let of = r.field::<String>(t, "of", "a target or series id");
    let plus = t.get("plus");
    r.finish(t, "a goal `value = { of = … }`");
    if of.is_none() && !t.has("of") {
        let d = r.error_of(
            Kind::MissingKey,
            v.span(),
            "a goal given as a table names the figure it is stated against: `of`",
        );
        d.help = Some("write `value = { of = \"gdp-growth\", plus = 0.5 }`".into());
        return None;
    }
    let plus = match plus {
        Some(p) => r.number_value("plus", p)?.into_inner(),
        None => Decimal::ZERO,
    };
    of.map(|_| Goal::Of { plus })
}

/// Reads one `[[series]]`; `None` when it has problems (recorded in `r`).
pub(crate) fn load_series(
    r: &mut Reader<'_>,
    item: &Value<'_>,
    sources: &BTreeMap<String, Source>,
) -> Option<Target> {
    let before = r.count();
    let span = item.span();
    let table = &Fields::new(r.table("series", item)?);
    let header = span.start..span.start;
    let id = r.field::<String>(table, "id", "a string");
    let id_span = id.as_ref().map_or(header, |i| i.span());
    let name = table.get("name").and_then(|v| super::load_name(r, v));
    let unit = r.field::<String>(table, "unit", "a string");
    let measure = r.field::<Measure>(table, "measure", "`level` or `growth`");
    let over = r.field::<Over>(table, "over", "`year` or `window`");
    let aggregate = r.field::<Aggregate>(table, "aggregate", "`cumulative` or `average`");
    let start = r.date(table, "start");
    let deadline = r.date(table, "deadline");
    let group = r.field::<String>(table, "group", "a string");
    let source = r.field::<String>(table, "source", "a string");
    let quote = r.field::<String>(table, "quote", "a string");
    let note = r.field::<String>(table, "note", "a string");
    const CONTEXT: &str = "a series";
    r.finish(table, CONTEXT);
    for (key, example) in [
        ("id", "id = \"gdp-growth\""),
        ("name", "name = \"GDP growth\""),
        ("unit", "unit = \"%\""),
        ("measure", "measure = \"growth\""),
    ] {
        if !table.has(key) {
            r.missing(id_span.clone(), key, CONTEXT, example);
        }
    }
    if let Some(id) = &id {
        if !super::valid_id(id.get_ref()) {
            let d = r.error_of(
                Kind::InvalidId,
                id.span(),
                format!("invalid series id `{}`", id.get_ref()),
            );
            d.label = Some("ids use a-z, 0-9 and `-`".into());
            d.help = Some(format!(
                "ids start with a letter or digit and use only a-z, 0-9 and `-`: try `{}`",
                super::slug(id.get_ref())
            ));
        }
    }
    let measure_v = measure.as_ref().map(|m| *m.get_ref());
    if let (Some(m), Some(Measure::Ytd | Measure::Milestone)) = (&measure, measure_v) {
        let d = r.error_of(
            Kind::NotTaken,
            m.span(),
            format!(
                "a series is a `level` or a `growth`, not a `{}`",
                m.get_ref().as_str()
            ),
        );
        d.help = Some("write `measure = \"level\"` or `measure = \"growth\"`".into());
    }
    let unit_v = unit.as_ref().map(|u| Unit::parse(u.get_ref()));
    if let (Some(u), Some(Measure::Growth)) = (&unit, measure_v) {
        if !Unit::parse(u.get_ref()).is_percent() {
            let d = r.error(u.span(), "a `growth` series is measured in `%`");
            d.help = Some("write `unit = \"%\"`".into());
        }
    }
    if let Some(u) = &unit {
        if u.get_ref().trim().is_empty() {
            let d = r.error(u.span(), "`unit` is empty");
            d.help = Some("name the unit: 个, 家, %, 亿元 …".into());
        }
    }
    super::check_window_keys(
        r,
        over.as_ref(),
        aggregate.as_ref(),
        measure_v,
        table,
        &id_span,
        "a series",
    );
    let window = over.as_ref().is_some_and(|o| *o.get_ref() == Over::Window);
    if window {
        for (present, key, example) in [
            (table.has("start"), "start", "start = 2021-01-01"),
            (table.has("deadline"), "deadline", "deadline = 2025-12-31"),
        ] {
            if !present {
                r.missing(
                    id_span.clone(),
                    key,
                    "a series `over = \"window\"`",
                    example,
                );
            }
        }
    }
    super::check_date_order(r, start.as_ref(), deadline.as_ref());
    if let Some(src) = &source {
        if !sources.contains_key(src.get_ref()) {
            let help =
                suggest::did_you_mean(src.get_ref(), sources.keys().map(String::as_str), true)
                    .or_else(|| Some("declare it under `[sources.NAME]` first".into()));
            let d = r.error(src.span(), format!("unknown source `{}`", src.get_ref()));
            d.label = Some("not a key of [sources]".into());
            d.help = help;
        }
    }
    if r.count() > before {
        return None;
    }
    let (line, column) = r.file.line_col(id_span.start);
    Some(Target {
        id: id?.into_inner(),
        name: name?,
        group: group.map(|g| g.into_inner()),
        unit: unit_v,
        measure: measure_v?,
        // A series has no rule: this one is never tested (`series` is set).
        rule: Rule::AtLeast,
        goal: Goal::Series,
        stretch: None,
        baseline: None,
        start: start.map_or(NaiveDate::MIN, |s| s.into_inner()),
        deadline: deadline.map_or(NaiveDate::MAX, |d| d.into_inner()),
        pace: None,
        tolerance: None,
        severity: Severity::Warn,
        source: source.map(|s| s.into_inner()),
        quote: quote.map(|q| q.into_inner()),
        note: note.map(|n| n.into_inner()),
        window: over
            .filter(|o| *o.get_ref() == Over::Window)
            .and(aggregate.map(|a| a.into_inner())),
        of: None,
        series: true,
        hold: None,
        profile: None,
        class: None,
        owners: Vec::new(),
        line,
        column,
    })
}

/// The references of `of` goals: each names a target or series that exists, has a figure
/// (not a milestone), is of the same kind and a unit that converts; and no chain of them
/// comes back to where it started.
pub(crate) fn check_refs(
    r: &mut Reader<'_>,
    targets: &[Target],
    series: &[Target],
    refs: &[OfRef],
    written: &BTreeMap<String, Range<usize>>,
) {
    let by_id: HashMap<&str, &Target> = targets
        .iter()
        .chain(series)
        .map(|t| (t.id.as_str(), t))
        .collect();
    let mut edges: HashMap<&str, &OfRef> = HashMap::new();
    for of in refs {
        let Some(from) = by_id.get(of.from.as_str()) else {
            continue;
        };
        // A target that has problems of its own is reported for them, not as unknown.
        if !by_id.contains_key(of.of.as_str()) && written.contains_key(&of.of) {
            continue;
        }
        let Some(to) = by_id.get(of.of.as_str()) else {
            let ids = targets
                .iter()
                .chain(series)
                .filter(|t| t.id != of.from)
                .map(|t| t.id.as_str());
            let help = suggest::did_you_mean(&of.of, ids, false).unwrap_or_else(|| {
                "`of` names the id of another target or of a `[[series]]`".into()
            });
            let d = r.error_of(
                Kind::UnknownTarget,
                of.span.clone(),
                format!("`of` names `{}`, which is no target or series", of.of),
            );
            d.label = Some("unknown id".into());
            d.help = Some(help);
            continue;
        };
        // A milestone and an assessed target have no figure to state a goal against.
        if matches!(to.measure, Measure::Milestone | Measure::Assessed) {
            let what = if to.measure == Measure::Milestone {
                "a milestone"
            } else {
                "an assessed target (a person's judgement)"
            };
            let d = r.error_of(
                Kind::NotTaken,
                of.span.clone(),
                format!(
                    "`{}` is {what}: it has no figure to state a goal against",
                    of.of
                ),
            );
            d.help = Some("`of` names a target or series with a figure".into());
            continue;
        }
        if to.measure != from.measure {
            let d = r.error_of(
                Kind::NotTaken,
                of.span.clone(),
                format!(
                    "`{}` is a `{}` figure, and this target is a `{}`: a goal is stated against a figure of the same kind",
                    of.of,
                    to.measure.as_str(),
                    from.measure.as_str()
                ),
            );
            d.help =
                Some("a growth rate is compared with a growth rate, a level with a level".into());
            continue;
        }
        if let (Some(tu), Some(fu)) = (&to.unit, &from.unit) {
            if tu.convert(Decimal::ONE, fu).is_err() {
                let d = r.error_of(
                    Kind::WrongUnit,
                    of.span.clone(),
                    format!(
                        "`{}` is measured in `{tu}`, which does not convert into this target's `{fu}`",
                        of.of
                    ),
                );
                d.help = Some(
                    "state the goal against a figure in the same or a convertible unit".into(),
                );
                continue;
            }
        }
        edges.insert(of.from.as_str(), of);
    }
    // Cycles: follow each chain of `of` (every target has at most one), reporting a cycle
    // once, at the reference that closes it.
    let mut done: HashMap<&str, bool> = HashMap::new();
    // In spec order, so that a cycle is told the same way every time.
    for start in refs
        .iter()
        .map(|o| o.from.as_str())
        .filter(|f| edges.contains_key(f))
    {
        let mut path: Vec<&str> = Vec::new();
        let mut at = start;
        loop {
            if done.contains_key(at) {
                break;
            }
            if let Some(pos) = path.iter().position(|p| *p == at) {
                let cycle = &path[pos..];
                let closing = edges[path[path.len() - 1]];
                let mut chain: Vec<String> = cycle.iter().map(|c| format!("`{c}`")).collect();
                chain.push(format!("`{at}`"));
                let d = r.error_of(
                    Kind::Invalid,
                    closing.span.clone(),
                    format!(
                        "goals stated against each other go round in a cycle: {}",
                        chain.join(" → ")
                    ),
                );
                d.label = Some("closes the cycle".into());
                d.help = Some(
                    "one of them needs a goal of its own (a number), or `of` a `[[series]]`".into(),
                );
                break;
            }
            path.push(at);
            match edges.get(at) {
                Some(of) => at = of.of.as_str(),
                None => break,
            }
        }
        for p in path {
            done.insert(p, true);
        }
    }
}
