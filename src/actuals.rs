//! The actuals file: what happened, by target id, as of a date.
//!
//! Checked against the spec as it is read: ids must exist, units must convert into the
//! target's unit, and each value must have the shape its target's measure needs. Values
//! are stored already converted into the target's unit.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::DeValue;

use crate::decimal::Decimal;
use crate::diagnostic::{Diagnostic, Kind, SourceFile};
use crate::load::{self, Fields, Reader, Value};
use crate::spec::{Measure, Spec, Target};
use crate::suggest;
use crate::units::{ConvertError, Unit, Units};

#[derive(Debug, Clone)]
pub struct Actuals {
    pub file_name: String,
    /// The file as read, so that a conflict between snapshots can show both places.
    pub file: SourceFile,
    /// The file's evaluation date (after `--as-of`, which replaces it).
    pub as_of: NaiveDate,
    pub source: Option<String>,
    pub values: BTreeMap<String, Actual>,
    /// The figures of panel targets, one per entity and date (`actuals_panel.rs`).
    pub entities: Vec<EntityActual>,
}

/// One figure of one entity of a panel target.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityActual {
    /// The target's position in the spec.
    pub target: u32,
    /// The entity's position in the panel's table.
    pub entity: u32,
    pub actual: Actual,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Actual {
    pub observed: Observed,
    /// The date this value describes: its own `as_of`, else the file's.
    pub as_of: NaiveDate,
    pub source: Option<String>,
    /// A baseline supplied here rather than in the spec, in the target's unit.
    pub baseline: Option<Decimal>,
    pub note: Option<String>,
    /// Who judged, for an assessed target's judgement (`by`).
    pub by: Option<String>,
    /// The figure as written, when its unit was not the target's (520,000 万元 for a
    /// target in 亿元): `explain` shows it beside the converted one.
    pub entered: Option<Entered>,
    /// Byte range of `id = value` in its file.
    pub span: Range<usize>,
}

/// A figure in the unit it was given in, before conversion into the target's unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Entered {
    pub value: Decimal,
    pub unit: Unit,
}

/// A target id of the spec to show in an example (the first one).
pub(crate) fn example_id(spec: &Spec) -> String {
    let id = spec
        .targets()
        .first()
        .map_or("5g-base-stations", |t| t.id.as_str());
    crate::text::sanitize(id).into_owned()
}

/// `value` as given in `unit`, if that is not the target's unit (else nothing to show).
pub(crate) fn entered(value: Decimal, unit: Option<&str>, target_unit: &Unit) -> Option<Entered> {
    let unit = Unit::parse(unit?);
    (unit != *target_unit).then_some(Entered { value, unit })
}

/// What a value says, its figures the decimals the file writes (`crate::decimal`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Observed {
    /// A figure in the target's unit (for a growth target: the rate in %).
    Number(Decimal),
    /// A growth rate computed from two levels: (current / previous − 1) × 100, in decimal
    /// arithmetic (exact where the quotient is: 120 on 100 is 20, not 19.999999999999996).
    Growth {
        previous: Decimal,
        current: Decimal,
        rate: Decimal,
    },
    /// A milestone, and the day it happened if known.
    Done { done: bool, date: Option<NaiveDate> },
    /// An assessed target: the status a person judged (who, and why, are the
    /// [`Actual`]'s `by` and `note`).
    Assessed(crate::status::Status),
}

impl Observed {
    /// The same observation. Unit conversion is exact, so 48 亿元 given once as 亿元 and
    /// once as 480,000 万元 is the same figure.
    pub fn same_as(&self, other: &Observed) -> bool {
        match (self, other) {
            (Observed::Done { done: a, date: da }, Observed::Done { done: b, date: db }) => {
                a == b && da == db
            }
            (Observed::Done { .. }, _) | (_, Observed::Done { .. }) => false,
            (Observed::Assessed(a), Observed::Assessed(b)) => a == b,
            (Observed::Assessed(_), _) | (_, Observed::Assessed(_)) => false,
            _ => match (self.number(), other.number()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The number the rule is tested on; `None` for milestones.
    pub fn number(&self) -> Option<Decimal> {
        match *self {
            Observed::Number(n) => Some(n),
            Observed::Growth { rate, .. } => Some(rate),
            Observed::Done { .. } | Observed::Assessed(_) => None,
        }
    }
}

/// The keys of an actuals file's own table: those [`check_shape`] (which reads them as
/// [`load`] does) asks for.
#[cfg(test)]
pub(crate) fn top_keys() -> Vec<&'static str> {
    Reader::survey(|r| {
        let empty = toml::de::DeTable::new();
        let doc = &Fields::new(&empty);
        let _ = top(r, doc);
        r.finish(doc, "an actuals file");
    })
}

/// The keys a value table may have: those its reader asks for, for a figure, a milestone
/// and a judgement alike (each kind asks for the others' keys, to refuse them by name).
pub(crate) fn value_keys() -> &'static [&'static str] {
    static KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        const KINDS: &str = "version = 1
[[target]]
id = \"level\"
name = \"level\"
unit = \"个\"
measure = \"level\"
rule = \"at-least\"
value = 1
start = 2020-01-01
deadline = 2020-12-31
[[target]]
id = \"growth\"
name = \"growth\"
unit = \"%\"
measure = \"growth\"
rule = \"at-least\"
value = 1
start = 2020-01-01
deadline = 2020-12-31
[[target]]
id = \"milestone\"
name = \"milestone\"
measure = \"milestone\"
rule = \"done\"
start = 2020-01-01
deadline = 2020-12-31
[[target]]
id = \"assessed\"
name = \"assessed\"
measure = \"assessed\"
start = 2020-01-01
deadline = 2020-12-31
";
        let Ok(spec) = crate::spec::load(&SourceFile::new("<kinds>", KINDS)) else {
            unreachable!("the spec of every kind of target is valid")
        };
        let empty = Spanned::new(0..0, DeValue::Table(toml::de::DeTable::new()));
        Reader::survey(|r| {
            for target in spec.targets() {
                let _ = load_value(r, target, &empty, None, spec.units());
            }
        })
    })
}

/// Unknown target ids get a "did you mean" for this many of them per file.
pub(crate) const MAX_SUGGESTIONS: usize = 20;

/// Reads and checks an actuals file against `spec`; all problems at once on failure.
/// `as_of` (from `--as-of`) is the date of a file that gives none of its own.
pub fn load(
    file: &SourceFile,
    spec: &Spec,
    as_of: Option<NaiveDate>,
) -> Result<Actuals, Vec<Diagnostic>> {
    let mut r = Reader::new(file);
    let Some(doc) = r.parse() else {
        return Err(r.diags);
    };
    let doc = doc.get_ref();
    if load::lookup(doc, "target").is_some() && load::lookup(doc, "values").is_none() {
        let d = r.error(
            load::key_span(doc, "target").unwrap_or(0..0),
            "this looks like a spec, not an actuals file",
        );
        d.label = Some("`[[target]]` tables belong in a spec".into());
        d.help = Some(format!(
            "name `{}` as the spec, and an actuals file (with `as_of` and `[values]`) as the figures",
            crate::text::sanitize(&file.name)
        ));
        return Err(r.diags);
    }
    let doc = &Fields::new(doc);
    let (file_as_of, source, values_v) = top(&mut r, doc);
    let before = r.count();
    r.finish(doc, "an actuals file");
    // A target's value above `[values]`: TOML puts it at the top, where it means nothing.
    for d in r.since(before) {
        let key = d
            .span
            .clone()
            .and_then(|s| file.text.get(s))
            .unwrap_or_default()
            // As written: `"5g-base-stations" = 1` is the same key.
            .trim_matches(|c| c == '"' || c == '\'');
        if spec.target(key).is_some() {
            d.help = Some(format!(
                "`{}` is a target: put its value under `[values]`",
                crate::text::sanitize(key)
            ));
        } else if key == "date" {
            d.help = Some("the file's date is `as_of = 2020-12-31`".into());
        }
    }
    let as_of = file_as_of.or(as_of);
    if as_of.is_none() && !doc.has("as_of") {
        let d = r.error(0..0, "missing `as_of`: the date the figures describe");
        d.label = Some("this file needs `as_of`".into());
        d.help = Some(
            "add `as_of = 2020-12-31` at the top, or give the evaluation date of files without one with `--as-of DATE`"
                .into(),
        );
    }

    let mut values = BTreeMap::new();
    match values_v {
        None => {
            let d = r.error(0..0, "the actuals file has no `[values]` table");
            d.help = Some(format!(
                "add `[values]` and one line per target, e.g. `{} = 100`",
                example_id(spec)
            ));
        }
        Some(v) => {
            if let Some(table) = r.table("values", v) {
                let mut unknown = 0;
                for (key, value) in table.iter() {
                    let id: &str = key.get_ref();
                    let Some(target) = spec.target(id) else {
                        unknown += 1;
                        unknown_id(&mut r, spec, id, key.span(), unknown <= MAX_SUGGESTIONS);
                        continue;
                    };
                    if spec.position(id).and_then(|p| spec.panel(p)).is_some() {
                        let d = r.error_of(
                            Kind::NotTaken,
                            key.span(),
                            format!(
                                "`{}` is a panel target: its figures come by entity",
                                crate::text::sanitize(id)
                            ),
                        );
                        d.help = Some(
                            "give a panel's figures in a CSV file with an `entity` column: \
                             `id,entity,value,as_of`"
                                .into(),
                        );
                        continue;
                    }
                    if let Some(mut actual) = load_value(&mut r, target, value, as_of, spec.units())
                    {
                        actual.span = key.span().start..value.span().end;
                        // Only against a date the file gives (a missing `as_of` is its
                        // own problem).
                        let own_date = matches!(value.get_ref(), DeValue::Table(t) if load::lookup(t, "as_of").is_some());
                        if as_of.is_some() || own_date {
                            done_later(&mut r, id, value.span(), &actual);
                        }
                        if let Some(own) = file_as_of.filter(|own| actual.as_of > *own) {
                            later_than_file(&mut r, id, value, actual.as_of, own);
                            continue;
                        }
                        values.insert(id.to_string(), actual);
                    }
                }
            }
        }
    }

    match (as_of, r.diags.is_empty()) {
        (Some(as_of), true) => Ok(Actuals {
            file_name: file.name.clone(),
            file: file.clone(),
            as_of,
            source,
            values,
            entities: Vec::new(),
        }),
        _ => Err(r.diags),
    }
}

/// The problems an actuals file has on its own, without a spec to check its ids, units
/// and values against (for `validate` when the spec itself has problems): TOML syntax,
/// unknown keys, the type of `as_of`, the shape of `[values]`.
pub fn check_shape(file: &SourceFile) -> Vec<Diagnostic> {
    let mut r = Reader::new(file);
    let Some(doc) = r.parse() else {
        return r.diags;
    };
    let doc = &Fields::new(doc.get_ref());
    let (_, _, values) = top(&mut r, doc);
    r.finish(doc, "an actuals file");
    if let Some(values) = values.and_then(|v| r.table("values", v)) {
        for (key, value) in values.iter() {
            if let DeValue::Table(t) = value.get_ref() {
                r.check_keys(
                    t,
                    value_keys(),
                    &format!("the value of `{}`", key.get_ref()),
                );
            }
        }
    }
    r.diags
}

/// The file's own keys: its date, its source, and its `[values]` (read by the caller).
fn top<'a, 'i>(
    r: &mut Reader<'_>,
    doc: &Fields<'a, 'i>,
) -> (Option<NaiveDate>, Option<String>, Option<&'a Value<'i>>) {
    let as_of = r.date(doc, "as_of").map(|d| d.into_inner());
    let source = r
        .field::<String>(doc, "source", "a string")
        .map(|s| s.into_inner());
    (as_of, source, doc.get("values"))
}

/// Reports an id the spec does not have. A suggestion compares the id with every target's,
/// so callers ask for one only for the first [`MAX_SUGGESTIONS`] unknown ids of a file: a
/// file written for another spec stays fast.
pub(crate) fn unknown_id(
    r: &mut Reader<'_>,
    spec: &Spec,
    id: &str,
    span: Range<usize>,
    suggest: bool,
) {
    let ids = spec
        .targets()
        .iter()
        .chain(spec.series())
        .map(|t| t.id.as_str());
    let help = suggest
        .then(|| suggest::did_you_mean(id, ids, false))
        .flatten()
        .or_else(|| {
            Some(if spec.is_builtin() {
                "these figures were checked against the built-in 2020 spec; name your own spec \
                 file, or see the built-in ids with `progress list`"
                    .into()
            } else {
                "`progress list` shows the spec's target ids".into()
            })
        });
    let d = r.error_of(
        crate::diagnostic::Kind::UnknownTarget,
        span,
        format!("unknown target id `{id}`"),
    );
    d.label = Some("not a target of the spec".into());
    d.help = help;
}

fn load_value(
    r: &mut Reader<'_>,
    target: &Target,
    value: &Value<'_>,
    file_as_of: Option<NaiveDate>,
    units: &Units,
) -> Option<Actual> {
    let id = target.id.as_str();
    let milestone = target.measure == Measure::Milestone;
    let plain = |observed| Actual {
        observed,
        as_of: file_as_of.unwrap_or_default(),
        source: None,
        baseline: None,
        note: None,
        by: None,
        entered: None,
        span: 0..0,
    };
    if target.measure == Measure::Assessed {
        return judgement(r, target, value, file_as_of);
    }
    match value.get_ref() {
        DeValue::Boolean(done) if milestone => Some(plain(Observed::Done {
            done: *done,
            date: None,
        })),
        DeValue::Integer(_) | DeValue::Float(_) if milestone => {
            let d = r.error_of(
                Kind::WrongType,
                value.span(),
                format!("`{id}` is a milestone, but a number was given"),
            );
            d.label = Some("expected true or false".into());
            d.help = Some(format!(
                "write `{id} = true`, or `{{ done = true, date = 2020-09-15 }}`"
            ));
            None
        }
        DeValue::Integer(_) | DeValue::Float(_) => {
            let n = r.number_value(id, value)?;
            let n = check_range(r, target, *n.get_ref(), value.span(), units)?;
            Some(plain(Observed::Number(n)))
        }
        DeValue::Table(t) => {
            let t = &Fields::new(t);
            let before = r.count();
            let (as_of, source, note) = provenance(r, t, file_as_of);
            let (status, by) = (t.key_span("status"), t.key_span("by"));
            if let Some(sp) = status.or(by) {
                crate::assessed::judgement_for_computed(r, id, target.measure.as_str(), sp);
            }
            let (observed, entered) = if milestone {
                (milestone_table(r, target, t, value), None)
            } else {
                number_table(r, target, t, value, units).unzip()
            };
            let baseline_v = t.get("baseline");
            // Every key has been asked for, on every path of the two readers above.
            r.finish(t, &format!("the value of `{id}`"));
            let baseline = match (baseline_v, &target.unit) {
                (Some(b), _) if milestone || target.measure != Measure::Level => {
                    let d = r.error_of(
                        Kind::NotTaken,
                        b.span(),
                        format!(
                            "`{id}` is a `{}` target and takes no baseline",
                            target.measure.as_str()
                        ),
                    );
                    d.help =
                        Some("a baseline is the level at the start, for `level` targets".into());
                    None
                }
                (Some(b), Some(unit)) => {
                    let n = r.number_value("baseline", b)?;
                    let n = convert(r, t, *n.get_ref(), unit, b.span(), units)?;
                    let n = check_range(r, target, n, b.span(), units)?;
                    // `multiply` needs a positive baseline, and the goal must stay in range.
                    if let Err(problem) = target.goal.check_baseline(n) {
                        let d = r.error(b.span(), problem.message);
                        d.label = Some("this baseline".into());
                        d.help = Some(problem.help);
                        return None;
                    }
                    Some(n)
                }
                _ => None,
            };
            if r.count() > before {
                return None;
            }
            Some(Actual {
                observed: observed?,
                as_of: as_of.unwrap_or_default(),
                source,
                baseline,
                note,
                by: None,
                entered: entered.flatten(),
                span: 0..0,
            })
        }
        // The day a milestone happened, as CSV takes it: done on that day (a TOML date,
        // or the same as a string, as `as_of` may be).
        DeValue::Datetime(_) | DeValue::String(_)
            if milestone
                && value
                    .get_ref()
                    .as_str()
                    .is_none_or(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()) =>
        {
            let day = r.date_value(id, value)?.into_inner();
            Some(plain(Observed::Done {
                done: true,
                date: Some(day),
            }))
        }
        other => {
            let expected = if milestone {
                "true, false, a date or a table"
            } else {
                "a number or a table"
            };
            let d = r.error(
                value.span(),
                format!(
                    "the value of `{id}` must be {expected}, found {}",
                    load::describe(other)
                ),
            );
            d.label = Some(format!("expected {expected}"));
            d.help = Some(if milestone {
                format!("write `{id} = true`, or the day it happened: `{id} = 2020-09-15`")
            } else {
                // The user's own figure when the value is one in quotes ("5.1%").
                let figure = match other {
                    DeValue::String(s) => crate::cell_text::bare_figure(s),
                    _ => None,
                }
                .unwrap_or_else(|| "123".into());
                format!("write `{id} = {figure}`, or `{{ value = {figure}, unit = \"…\" }}`")
            });
            None
        }
    }
}

/// What every value table may have: its date (else the file's), source and
/// note: what a figure and a judgement share.
fn provenance(
    r: &mut Reader<'_>,
    t: &Fields<'_, '_>,
    file_as_of: Option<NaiveDate>,
) -> (Option<NaiveDate>, Option<String>, Option<String>) {
    let as_of = r.date(t, "as_of").map(|d| d.into_inner()).or(file_as_of);
    let source = r
        .field::<String>(t, "source", "a string")
        .map(|s| s.into_inner());
    let note = r
        .field::<String>(t, "note", "a string")
        .map(|s| s.into_inner());
    (as_of, source, note)
}

/// The value of an assessed target: a judgement table, `{ status, by, note }` (with
/// `as_of` and `source` as any value); anything else is refused.
fn judgement(
    r: &mut Reader<'_>,
    target: &Target,
    value: &Value<'_>,
    file_as_of: Option<NaiveDate>,
) -> Option<Actual> {
    let id = target.id.as_str();
    let DeValue::Table(t) = value.get_ref() else {
        crate::assessed::not_a_judgement(r, id, value.span(), &load::describe(value.get_ref()));
        return None;
    };
    let t = &Fields::new(t);
    let before = r.count();
    let (as_of, source, note) = provenance(r, t, file_as_of);
    let judged = crate::assessed::read_table(r, id, t, value);
    r.finish(t, &format!("the value of `{id}`"));
    if r.count() > before {
        return None;
    }
    let judged = judged?;
    Some(Actual {
        observed: Observed::Assessed(judged.status),
        as_of: as_of.unwrap_or_default(),
        source,
        baseline: None,
        note,
        by: Some(judged.by),
        entered: None,
        span: 0..0,
    })
}

fn milestone_table(
    r: &mut Reader<'_>,
    target: &Target,
    t: &Fields<'_, '_>,
    whole: &Value<'_>,
) -> Option<Observed> {
    for key in ["value", "unit", "previous", "current"] {
        if let Some(sp) = t.key_span(key) {
            let d = r.error_of(
                Kind::NotTaken,
                sp,
                format!("`{}` is a milestone and takes no `{key}`", target.id),
            );
            d.help = Some("write `{ done = true, date = 2020-09-15 }`".into());
        }
    }
    let done = r.field::<bool>(t, "done", "true or false");
    let date = r.date(t, "date").map(|d| d.into_inner());
    if !t.has("done") {
        r.missing(whole.span(), "done", "a milestone's value", "done = true");
    }
    let done = done?.into_inner();
    if let (false, Some(sp)) = (done, t.key_span("date")) {
        let d = r.error(
            sp,
            format!("`{}` is not done, but a date is given", target.id),
        );
        d.help = Some(
            "a `date` says when the milestone happened: give `done = true`, or remove `date`"
                .into(),
        );
        return None;
    }
    Some(Observed::Done { done, date })
}

fn number_table(
    r: &mut Reader<'_>,
    target: &Target,
    t: &Fields<'_, '_>,
    whole: &Value<'_>,
    units: &Units,
) -> Option<(Observed, Option<Entered>)> {
    let id = target.id.as_str();
    // A figure's keys, asked for before any return on a problem.
    let (value_v, unit_v) = (t.get("value"), t.get("unit"));
    let (previous_v, current_v) = (t.key_span("previous"), t.key_span("current"));
    let unit = target.unit.as_ref()?;
    for key in ["done", "date"] {
        if let Some(sp) = t.key_span(key) {
            let d = r.error_of(
                Kind::NotTaken,
                sp,
                format!("`{key}` is for milestones, and `{id}` is not one"),
            );
            d.help = Some(if key == "date" {
                "the day a figure describes is its `as_of`: `as_of = 2020-06-30`".into()
            } else {
                "give the figure as `value = …`".into()
            });
        }
    }
    let has_value = value_v.is_some();
    let pair_at = previous_v.clone().or(current_v.clone());
    let has_pair = pair_at.is_some();
    if has_pair && target.measure != Measure::Growth {
        let sp = pair_at?;
        let d = r.error_of(
            Kind::NotTaken,
            sp,
            format!(
                "`previous`/`current` give a growth rate, and `{id}` is a `{}` target",
                target.measure.as_str()
            ),
        );
        d.help = Some("give the figure as `value = …`".into());
        return None;
    }
    if has_value && has_pair {
        let sp = pair_at?;
        let d = r.error_of(
            Kind::NotTaken,
            sp,
            "give either `value` or `previous` and `current`, not both",
        );
        d.help =
            Some("`value` is the rate in %; `previous` and `current` are the two levels".into());
        return None;
    }
    if has_pair {
        let previous = r.number(t, "previous");
        let current = r.number(t, "current");
        for (k, v) in [("previous", &previous), ("current", &current)] {
            if v.is_none() && !t.has(k) {
                r.missing(whole.span(), k, "a growth value", &format!("{k} = 100"));
            }
        }
        let (previous, current) = (previous?, current?);
        if *previous.get_ref() <= Decimal::ZERO {
            let d = r.error_of(
                Kind::OutOfBounds,
                previous.span(),
                "`previous` must be above 0 to compute a growth rate",
            );
            d.help = Some("give the rate itself as `value = …` (in %)".into());
            return None;
        }
        let (p, c) = (previous.into_inner(), current.into_inner());
        if let Some(u) = unit_v {
            // The unit belongs to the levels; it only has to be a unit.
            r.value::<String>("unit", u, "a string")?;
        }
        let rate = c
            .checked_div(p)
            .and_then(|q| q.checked_sub(Decimal::ONE))
            .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED));
        let Some(rate) = rate else {
            let d = r.error(
                whole.span(),
                "the growth rate from `previous` to `current` is out of range",
            );
            d.label = Some("rate out of range".into());
            d.help =
                Some("check the two levels, or give the rate itself as `value = …` (in %)".into());
            return None;
        };
        return Some((
            Observed::Growth {
                previous: p,
                current: c,
                rate,
            },
            None,
        ));
    }
    let Some(v) = value_v else {
        let example = if target.measure == Measure::Growth {
            "value = 10.5`, or `previous = …` and `current = …"
        } else {
            "value = 123"
        };
        r.missing(
            whole.span(),
            "value",
            &format!("the value of `{id}`"),
            example,
        );
        return None;
    };
    let raw = *r.number_value("value", v)?.get_ref();
    let n = convert(r, t, raw, unit, v.span(), units)?;
    let n = check_range(r, target, n, v.span(), units)?;
    let written = unit_v.and_then(|u| u.get_ref().as_str());
    Some((Observed::Number(n), entered(raw, written, unit)))
}

/// Converts `n` (written at `at`), in the value's own `unit` if it has one, into the
/// target's unit.
fn convert(
    r: &mut Reader<'_>,
    t: &Fields<'_, '_>,
    n: Decimal,
    target_unit: &Unit,
    at: Range<usize>,
    units: &Units,
) -> Option<Decimal> {
    let Some(u) = r.field::<String>(t, "unit", "a string") else {
        return Some(n);
    };
    convert_unit(r, &u, n, target_unit, at, units)
}

/// Converts `n` (written at `at`), given in `unit` (written at `unit`'s span), into the
/// target's unit, exactly; a result beyond the decimal range is a problem at `at`.
pub(crate) fn convert_unit(
    r: &mut Reader<'_>,
    unit: &Spanned<String>,
    n: Decimal,
    target_unit: &Unit,
    at: Range<usize>,
    units: &Units,
) -> Option<Decimal> {
    let from = Unit::parse(unit.get_ref());
    match units.convert(n, &from, target_unit) {
        Ok(n) => Some(n),
        Err(ConvertError::Mismatch(e)) => {
            let d = r.error_of(Kind::WrongUnit, unit.span(), e.message);
            d.label = Some("wrong unit".into());
            d.help = Some(e.help);
            None
        }
        Err(ConvertError::OutOfRange) => {
            let d = r.error(
                at,
                format!("{} {from} is out of range in {target_unit}", n.normalize()),
            );
            d.label = Some("out of range once converted".into());
            d.help = Some(crate::load::out_of_range_help().into());
            None
        }
    }
}

/// A level in `%` lies in [0, 100]; a count is never negative (a signed unit may be).
pub(crate) fn check_range(
    r: &mut Reader<'_>,
    target: &Target,
    n: Decimal,
    at: Range<usize>,
    units: &Units,
) -> Option<Decimal> {
    let unit = target.unit.as_ref()?;
    let shown = n.normalize();
    if target.measure == Measure::Level
        && unit.is_percent()
        && !(Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&n)
    {
        let d = r.error_of(
            Kind::OutOfBounds,
            at,
            format!("{shown} is not a percentage between 0 and 100"),
        );
        d.label = Some("out of range".into());
        d.help = Some(format!(
            "`{}` is a level in %, which lies in [0, 100]",
            target.id
        ));
        return None;
    }
    if units.is_unsigned_count(unit) && n < Decimal::ZERO {
        let d = r.error_of(
            Kind::OutOfBounds,
            at,
            format!("{shown} is negative, but `{}` counts {unit}", target.id),
        );
        d.label = Some("negative count".into());
        d.help = Some(crate::units::NEVER_NEGATIVE_HELP.into());
        return None;
    }
    Some(n)
}

/// A milestone done on a day after the date its value describes (`as_of`) claims what
/// the file could not know yet: a problem, as a value dated after its file is.
pub(crate) fn done_later(r: &mut Reader<'_>, id: &str, span: Range<usize>, actual: &Actual) {
    let Observed::Done {
        date: Some(day), ..
    } = actual.observed
    else {
        return;
    };
    if day > actual.as_of {
        let d = r.error_of(
            Kind::DateOrder,
            span,
            format!(
                "`{id}` is done on {day}, after {}, the date this value describes",
                actual.as_of
            ),
        );
        d.label = Some("a day still to come".into());
        d.help = Some(
            "correct the day, or date the value later: its `as_of` (the file's, the row's, \
             or the evaluation date)"
                .into(),
        );
    }
}

/// A value dated after its own file's `as_of` would decide a status the file's date does
/// not cover (often a mistyped year): a problem, not a silent pass or fail.
fn later_than_file(
    r: &mut Reader<'_>,
    id: &str,
    value: &Value<'_>,
    date: NaiveDate,
    file_as_of: NaiveDate,
) {
    let span = match value.get_ref() {
        DeValue::Table(t) => load::lookup(t, "as_of").map_or(value.span(), |v| v.span()),
        _ => value.span(),
    };
    let d = r.error_of(
        Kind::DateOrder,
        span,
        format!("the value of `{id}` is dated {date}, after the file's `as_of` {file_as_of}"),
    );
    d.label = Some("after the file's date".into());
    d.help = Some(format!(
        "correct the date, or move `as_of` at the top of the file to {date} or later"
    ));
}
