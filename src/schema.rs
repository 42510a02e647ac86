//! The file formats as types, for JSON Schema (`progress schema spec|actuals`).
//!
//! These "file shape" types say which keys a spec or actuals file may have, which are
//! required, and what each holds; schemars turns them into JSON Schema (draft 2020-12)
//! for editors that check TOML as it is typed (Taplo, Even Better TOML). The loader
//! (`spec.rs`, `actuals.rs`) reads the same format field by field with source positions;
//! tests check that both agree on the keys and that the shipped files fit these types.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;

use crate::spec::{Aggregate, Class, Hold, Measure, Over, PaceModel, Rule, Severity};

/// A calendar date, `2020-12-31`: a TOML local date (or the same as a string).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Date {
    Toml(toml::value::Datetime),
    Text(String),
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A calendar date, year-month-day: 2020-12-31.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

/// A spec: the targets, what each promises and by when (docs/authoring.md).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "progress spec")]
pub struct SpecFile {
    /// The spec format version; this build reads `1`.
    #[schemars(range(min = 1, max = 1))]
    pub version: i64,
    /// A title shown above reports.
    pub title: Option<String>,
    /// Who said it, where: `[sources.NAME]`, referred to by a target's `source`.
    #[serde(default)]
    pub sources: BTreeMap<String, SourceShape>,
    /// Units of the spec's own (docs/format.md, "Units"): a conversion into another unit,
    /// or a unit whose figures may be negative. `%` and the 元 family cannot be declared.
    #[serde(default)]
    pub units: BTreeMap<String, UnitShape>,
    /// The targets, one `[[target]]` table each.
    #[schemars(length(min = 1))]
    pub target: Vec<TargetShape>,
    /// Figures tracked without a goal (GDP growth …), for goals stated against them:
    /// one `[[series]]` table each. Ids share one namespace with the targets.
    #[serde(default)]
    pub series: Vec<SeriesShape>,
}

/// A series: a figure tracked without a goal of its own. No rule, goal, pace or
/// severity; `start` and `deadline` are required with `over = "window"`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("allOf" = [
    {
        "if": { "properties": { "over": { "const": "window" } }, "required": ["over"] },
        "then": {
            "required": ["aggregate", "start", "deadline"],
            "properties": { "measure": { "const": "growth" } }
        }
    },
    {
        "if": { "required": ["aggregate"] },
        "then": { "required": ["over"], "properties": { "over": { "const": "window" } } }
    }
]))]
pub struct SeriesShape {
    /// Unique id among targets and series: lowercase letters, digits and `-`.
    #[schemars(pattern(r"^[a-z0-9][a-z0-9-]*$"))]
    pub id: String,
    pub name: NameShape,
    pub group: Option<String>,
    /// `%` for a growth series.
    pub unit: String,
    pub measure: SeriesMeasure,
    /// `growth` only: `year` (each value one year's rate, the default) or `window`.
    pub over: Option<Over>,
    /// With `over = "window"`: how the annual rates are chained.
    pub aggregate: Option<Aggregate>,
    pub start: Option<Date>,
    pub deadline: Option<Date>,
    /// A key of `[sources]`.
    pub source: Option<String>,
    pub quote: Option<String>,
    pub note: Option<String>,
}

/// What a series measures: a level, or a growth rate in %.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SeriesMeasure {
    Level,
    Growth,
}

/// A declared unit: `"万亿斤" = { in = "吨", factor = 5e8 }`, `NPS = { signed = true }`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("dependentRequired" = { "in": ["factor"], "factor": ["in"] }))]
pub struct UnitShape {
    /// The unit one of this is `factor` of (a label unit, not `%` or currency).
    #[serde(rename = "in")]
    pub into: Option<String>,
    /// How many of `in` one of this unit is: finite and above 0.
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub factor: Option<f64>,
    /// Figures in this unit may be negative (NPS, a difference).
    pub signed: Option<bool>,
}

/// Where a target was announced.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceShape {
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub title: Option<String>,
    pub reporter: Option<String>,
    pub url: Option<String>,
}

/// One target. Besides the keys marked required: `unit` and exactly one goal key
/// (`value`, `increase`, `multiply`) unless it is a milestone; `tolerance` with `about`
/// (and allowed on a floor or a cap); no `hold` on a milestone.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("allOf" = [
    {
        "if": { "properties": { "measure": { "enum": ["milestone", "assessed"] } }, "required": ["measure"] },
        "then": {
            "properties": { "rule": { "const": "done" } },
            "not": { "anyOf": [
                { "required": ["value"] }, { "required": ["increase"] },
                { "required": ["multiply"] }, { "required": ["stretch"] },
                { "required": ["baseline"] }, { "required": ["tolerance"] },
                { "required": ["hold"] }
            ] }
        },
        "else": {
            "required": ["unit"],
            "if": {
                "properties": { "rule": { "enum": ["falls", "rises"] } }, "required": ["rule"]
            },
            "then": { "not": { "anyOf": [
                { "required": ["value"] }, { "required": ["increase"] },
                { "required": ["multiply"] }, { "required": ["tolerance"] },
                { "required": ["stretch"] }
            ] } },
            "else": { "oneOf": [
                { "required": ["value"] }, { "required": ["increase"] }, { "required": ["multiply"] }
            ] }
        }
    },
    {
        "if": { "properties": { "over": { "const": "window" } }, "required": ["over"] },
        "then": {
            "required": ["aggregate"],
            "properties": { "measure": { "const": "growth" } }
        }
    },
    {
        "if": { "required": ["aggregate"] },
        "then": { "required": ["over"], "properties": { "over": { "const": "window" } } }
    },
    {
        "if": { "required": ["over"] },
        "then": { "properties": { "measure": { "const": "growth" } } }
    },
    {
        "if": { "properties": { "rule": { "const": "about" } }, "required": ["rule"] },
        "then": { "required": ["tolerance"] }
    },
    {
        "if": { "properties": { "rule": { "const": "between" } }, "required": ["rule"] },
        "then": { "not": { "required": ["tolerance"] } }
    },
    {
        "if": { "required": ["profile"] },
        "then": { "properties": { "measure": { "const": "ytd" } } }
    },
    {
        "if": { "properties": { "measure": { "const": "assessed" } }, "required": ["measure"] },
        "then": {
            "not": { "anyOf": [
                { "required": ["rule"] }, { "required": ["unit"] }, { "required": ["value"] },
                { "required": ["increase"] }, { "required": ["multiply"] },
                { "required": ["stretch"] }, { "required": ["baseline"] },
                { "required": ["tolerance"] }, { "required": ["pace"] }
            ] }
        },
        "else": { "required": ["rule"] }
    }
]))]
pub struct TargetShape {
    /// Unique id: lowercase letters, digits and `-`.
    #[schemars(pattern(r"^[a-z0-9][a-z0-9-]*$"))]
    pub id: String,
    pub name: NameShape,
    /// For grouping in reports.
    pub group: Option<String>,
    /// 个, 家, %, 亿元 …; currency units (元, 万元, 亿元, 万亿元) convert into one another.
    pub unit: Option<String>,
    pub measure: Measure,
    /// Required, except for an assessed target, which has none.
    pub rule: Option<Rule>,
    /// The absolute goal; `[low, high]` with `rule = "between"`.
    pub value: Option<GoalValue>,
    /// Goal = baseline + increase.
    pub increase: Option<f64>,
    /// Goal = baseline × multiply.
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub multiply: Option<f64>,
    /// A second, higher bar for `at-least` and `more-than`.
    pub stretch: Option<f64>,
    /// The value at `start`; may instead come from an actuals file.
    pub baseline: Option<f64>,
    pub start: Date,
    pub deadline: Date,
    /// Overrides the measure's default pace model.
    pub pace: Option<PaceModel>,
    /// How far from the goal an `about` target may be; on `at-least`, `more-than`,
    /// `at-most` and `less-than`, how far past its bound a value may be and still hold
    /// (a one-sided 左右, reported as within tolerance).
    #[schemars(range(min = 0))]
    pub tolerance: Option<f64>,
    /// When the bound must hold: `once` (met as soon as it holds), `deadline` (only the
    /// value at the deadline decides), `every-year` (each calendar year of the window
    /// too). The default depends on the measure and rule (docs/status-model.md).
    pub hold: Option<Hold>,
    /// A seasonal `ytd` flow whose window lies within one calendar year: the cumulative
    /// share of the year expected by the end of each month, January to December; 12
    /// numbers in [0, 1], never falling, the last 1.
    #[schemars(length(min = 12, max = 12), inner(range(min = 0, max = 1)))]
    pub profile: Option<Vec<f64>>,
    /// `error` fails the run; `warn` only reports. Default: `warn` for an `expected`
    /// target, `error` otherwise.
    pub severity: Option<Severity>,
    /// `binding` (约束性, default severity `error`) or `expected` (预期性, `warn`).
    pub class: Option<Class>,
    /// Who answers for the target: one name, or a list with the lead unit first.
    pub owner: Option<Owner>,
    /// A key of `[sources]`.
    pub source: Option<String>,
    /// The words the target comes from.
    pub quote: Option<String>,
    pub note: Option<String>,
    /// `growth` only: `year` (each value is one year's rate; the default) or `window`
    /// (the values are annual rates chained over the window's years).
    pub over: Option<Over>,
    /// With `over = "window"`: `cumulative` (the change over the years chained) or
    /// `average` (the average annual rate).
    pub aggregate: Option<Aggregate>,
    /// A panel target: the dimension its entities are (`county`), with `entities`.
    #[schemars(pattern(r"^[a-z0-9_-]+$"))]
    pub per: Option<String>,
    /// A panel's entity table: a CSV file (columns `id`, `name`, and optionally
    /// `baseline`, `value`, `owner`), relative to the spec's folder.
    pub entities: Option<String>,
    /// How a panel's indicator is judged: `all` (default; met when every entity is) or
    /// `sum` (the entities add up to the whole, judged against the target's goal).
    pub rollup: Option<RollupShape>,
}

/// A panel's rollup.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RollupShape {
    /// The entities' figures add up to the whole.
    Sum,
    /// Met when every entity is.
    All,
}

/// A target's owner: one name, or a list of them, the lead unit first.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Owner {
    One(#[schemars(length(min = 1))] String),
    Several(#[schemars(length(min = 1))] Vec<String>),
}

/// A name: one string, or one per language.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum NameShape {
    Plain(String),
    Languages(NameLanguages),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("minProperties" = 1))]
pub struct NameLanguages {
    pub zh: Option<String>,
    pub en: Option<String>,
}

/// A goal: one number, `[low, high]` for `between`, or `{ of = ID, plus = X }`: another
/// target's or series' figure for the same date, plus `plus`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum GoalValue {
    Number(f64),
    Band([f64; 2]),
    Of(OfGoal),
}

/// A goal stated against another figure ("劳动生产率增长高于GDP增长").
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OfGoal {
    /// The id of a target or series with a figure of the same kind (not a milestone).
    #[schemars(pattern(r"^[a-z0-9][a-z0-9-]*$"))]
    pub of: String,
    /// Added to that figure, in this target's unit (0 when left out).
    pub plus: Option<f64>,
}

/// An actuals file: what happened, by target id, as of a date (docs/authoring.md).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "progress actuals")]
pub struct ActualsFile {
    /// The date the figures describe. Required, unless `--as-of` is given.
    pub as_of: Option<Date>,
    /// Where the figures come from.
    pub source: Option<String>,
    /// One entry per target id.
    #[schemars(extend("propertyNames" = { "pattern": "^[a-z0-9][a-z0-9-]*$" }))]
    pub values: BTreeMap<String, ValueShape>,
}

/// A target's actual: a number in the target's unit, `true`/`false` or the day it
/// happened for a milestone, or a table (an assessed target's judgement is one).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ValueShape {
    Number(f64),
    Done(bool),
    DoneOn(Date),
    Table(ValueTable),
}

/// A value with more to say: another unit or date, its source, a baseline, a growth rate
/// from two levels, or a milestone's date.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("dependentRequired" = { "status": ["by"], "by": ["status"] }))]
pub struct ValueTable {
    /// The figure (for a growth target, the rate in %).
    pub value: Option<f64>,
    /// The figure's unit, if not the target's (currency converts).
    pub unit: Option<String>,
    /// This value's date, if not the file's.
    pub as_of: Option<Date>,
    pub source: Option<String>,
    /// The value at the target's start, for a `level` target without one in the spec.
    pub baseline: Option<f64>,
    /// Growth targets: the level a year earlier.
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub previous: Option<f64>,
    /// Growth targets: the level now.
    pub current: Option<f64>,
    /// Milestones: whether it happened.
    pub done: Option<bool>,
    /// Milestones: the day it happened.
    pub date: Option<Date>,
    /// Why; for an assessed target, the reason for the judgement.
    pub note: Option<String>,
    /// Assessed targets: the judgement.
    pub status: Option<Judgement>,
    /// Assessed targets: who judged (required with `status`).
    #[schemars(length(min = 1))]
    pub by: Option<String>,
}

/// A person's judgement of an assessed target.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Judgement {
    Met,
    OnTrack,
    Behind,
    Missed,
}

/// The JSON Schema of the spec format, pretty-printed.
pub fn spec_schema() -> String {
    to_text(schemars::schema_for!(SpecFile))
}

/// The JSON Schema of the actuals (TOML) format, pretty-printed.
pub fn actuals_schema() -> String {
    to_text(schemars::schema_for!(ActualsFile))
}

fn to_text(schema: Schema) -> String {
    let mut s = serde_json::to_string_pretty(&schema).expect("a schema is valid JSON");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The property names of the schema object at `pointer`, sorted.
    fn keys(schema: &serde_json::Value, pointer: &str) -> Vec<String> {
        let mut k: Vec<String> = schema
            .pointer(pointer)
            .and_then(|p| p.as_object())
            .unwrap_or_else(|| panic!("no properties at {pointer}"))
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    }

    fn sorted(list: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    }

    /// The schema and the loaders agree both ways. The loaders' side is no list kept by
    /// hand: each `*_keys()` runs the loader of its table (on an empty one, every path
    /// asking for every key it may read) and collects the names asked for through
    /// `load::Fields`, the very names whose absence from a file's table makes a key
    /// unknown. So a key a loader starts to read is in its list here at once: missing from
    /// the schema, the two sides differ and this test fails; a key in the schema that no
    /// loader reads fails it the other way.
    #[test]
    fn schema_keys_are_the_loaders_keys() {
        let spec: serde_json::Value = serde_json::from_str(&spec_schema()).unwrap();
        for (pointer, loader) in [
            ("/properties", crate::spec::top_keys()),
            ("/$defs/TargetShape/properties", crate::spec::target_keys()),
            ("/$defs/SeriesShape/properties", crate::spec::series_keys()),
            ("/$defs/SourceShape/properties", crate::spec::source_keys()),
            ("/$defs/UnitShape/properties", crate::units::unit_keys()),
            ("/$defs/NameLanguages/properties", crate::spec::name_keys()),
            ("/$defs/OfGoal/properties", crate::spec::of_goal_keys()),
        ] {
            assert_eq!(
                keys(&spec, pointer),
                sorted(&loader),
                "spec schema at {pointer}"
            );
        }
        let actuals: serde_json::Value = serde_json::from_str(&actuals_schema()).unwrap();
        for (pointer, loader) in [
            ("/properties", crate::actuals::top_keys()),
            (
                "/$defs/ValueTable/properties",
                crate::actuals::value_keys().to_vec(),
            ),
        ] {
            assert_eq!(
                keys(&actuals, pointer),
                sorted(&loader),
                "actuals schema at {pointer}"
            );
        }
    }

    /// The keys read only on some paths are still the loaders' keys: a panel's, a window's,
    /// those of a target read once it is otherwise good, a judgement's.
    #[test]
    fn branch_keys_are_surveyed() {
        let target = crate::spec::target_keys();
        for k in [
            "value",
            "per",
            "entities",
            "rollup",
            "over",
            "aggregate",
            "profile",
            "class",
            "owner",
            "hold",
        ] {
            assert!(target.contains(&k), "{k} in {target:?}");
        }
        let value = crate::actuals::value_keys();
        for k in [
            "status", "by", "done", "date", "previous", "current", "baseline",
        ] {
            assert!(value.contains(&k), "{k} in {value:?}");
        }
    }

    #[test]
    fn shipped_files_fit_the_shape_types() {
        let spec: SpecFile = toml::from_str(crate::spec::BUILTIN_SPEC).unwrap();
        assert_eq!(spec.target.len(), 21);
        for text in [
            include_str!("../examples/actuals-2020.toml"),
            include_str!("../examples/published.toml"),
        ] {
            let a: ActualsFile = toml::from_str(text).unwrap();
            assert!(!a.values.is_empty());
        }
        let unknown = toml::from_str::<ActualsFile>("as_of = 2020-12-31\nvalues = {}\nextra = 1\n");
        assert!(
            unknown.is_err(),
            "unknown keys are rejected, as the loader does"
        );
    }
}
