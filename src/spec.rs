//! The spec: which targets there are, what each promises and by when.
//!
//! Loading is two-phase: the TOML is read field by field with source positions
//! (`load::Reader`), then each target is checked as a whole and turned into a [`Target`],
//! whose types cannot hold a contradictory target (an enum per rule and measure, real
//! dates, a goal of the right shape for its rule). Every problem in the file is collected
//! and reported at once.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::decimal::Decimal;
use crate::diagnostic::{Diagnostic, Kind, SourceFile};
use crate::load::{self, Fields, Reader, Value};
use crate::panel::{EntityTable, Panel, PanelDecl};
use crate::suggest;
use crate::units::{Unit, Units};

/// `[[series]]` and `value = { of = … }`: the spec's figures without a goal, and goals
/// stated against another figure.
mod series;
pub use series::OfRef;

/// The spec format this build reads.
pub const SPEC_VERSION: i64 = 1;

/// The 2020 spec shipped in `targets/`, built into the binary.
pub const BUILTIN_SPEC: &str = include_str!("../targets/2020.toml");
pub const BUILTIN_SPEC_NAME: &str = "<built-in>/targets/2020.toml";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// A stock or rate at `as_of`.
    Level,
    /// A flow accumulated since `start`.
    Ytd,
    /// A % change on the same period a year earlier.
    Growth,
    /// Something that happens or does not.
    Milestone,
    /// No number decides: a person's judgement is the actual (`{ status, by, note }`).
    Assessed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// actual ≥ goal (以上, 达到, 不低于; 以上 includes the number).
    AtLeast,
    /// actual > goal (突破, 超过).
    MoreThan,
    /// actual ≤ goal (以内, 以下, 不超过).
    AtMost,
    /// actual < goal (低于, 不满).
    LessThan,
    /// low ≤ actual ≤ high, with `value = [low, high]`.
    Between,
    /// |actual − goal| ≤ tolerance (左右).
    About,
    /// The milestone happened (measure = milestone).
    Done,
    /// A person judges where the target stands (measure = assessed). Not written in a
    /// spec: an assessed target has no rule, and loading gives it this one.
    #[serde(skip_deserializing)]
    Assessed,
    /// The figure goes down: a rate below 0, a level below its baseline (继续下降); no goal.
    Falls,
    /// The figure goes up: a rate above 0, a level above its baseline; no goal.
    Rises,
}

impl Rule {
    /// Whether a higher actual is better (at-least, more-than).
    pub fn is_floor(self) -> bool {
        matches!(self, Rule::AtLeast | Rule::MoreThan)
    }

    /// Whether a lower actual is better (at-most, less-than).
    pub fn is_cap(self) -> bool {
        matches!(self, Rule::AtMost | Rule::LessThan)
    }

    /// Whether `tolerance` applies: the band of `about`, or the slack of a floor or a cap
    /// (a one-sided 左右).
    pub fn takes_tolerance(self) -> bool {
        matches!(
            self,
            Rule::About | Rule::AtLeast | Rule::MoreThan | Rule::AtMost | Rule::LessThan
        )
    }

    /// Whether the goal is one number to move towards (not a band, not "about"): only then
    /// do progress and pace mean anything.
    pub fn has_single_goal(self) -> bool {
        !matches!(
            self,
            Rule::Between | Rule::About | Rule::Falls | Rule::Rises
        )
    }

    /// Whether the rule states a direction only (`falls`, `rises`): no goal of its own.
    pub fn is_direction(self) -> bool {
        matches!(self, Rule::Falls | Rule::Rises)
    }

    /// The comparison sign shown in reports.
    pub fn symbol(self) -> &'static str {
        match self {
            Rule::AtLeast => "≥",
            Rule::MoreThan => ">",
            Rule::AtMost => "≤",
            Rule::LessThan => "<",
            Rule::Between => "in",
            Rule::About => "≈",
            Rule::Done => "done",
            Rule::Assessed => "assessed",
            Rule::Falls => "<",
            Rule::Rises => ">",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::AtLeast => "at-least",
            Rule::MoreThan => "more-than",
            Rule::AtMost => "at-most",
            Rule::LessThan => "less-than",
            Rule::Between => "between",
            Rule::About => "about",
            Rule::Done => "done",
            Rule::Assessed => "assessed",
            Rule::Falls => "falls",
            Rule::Rises => "rises",
        }
    }
}

/// How a `growth` target over a window (`over = "window"`) turns annual rates into one
/// figure (docs/format.md, "Figures built from annual rates").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Aggregate {
    /// `(∏(1 + rᵢ/100) − 1) × 100`: the change over the years chained.
    Cumulative,
    /// `((∏(1 + rᵢ/100))^(1/t) − 1) × 100`: the average annual rate.
    Average,
}

impl Aggregate {
    pub fn as_str(self) -> &'static str {
        match self {
            Aggregate::Cumulative => "cumulative",
            Aggregate::Average => "average",
        }
    }
}

/// What each value of a `growth` target stands for: one year's rate, or a rate of a year
/// of the window, chained (`over = "window"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Over {
    Year,
    Window,
}

impl Measure {
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Level => "level",
            Measure::Ytd => "ytd",
            Measure::Growth => "growth",
            Measure::Milestone => "milestone",
            Measure::Assessed => "assessed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// A failing target fails the run.
    #[default]
    Error,
    /// A failing target is reported as a warning only.
    Warn,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warn => "warn",
        }
    }
}

/// A plan's class of target (约束性 / 预期性): whether it binds, which sets the default
/// severity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// 约束性: binding; a failing target fails the run (default severity `error`).
    Binding,
    /// 预期性: expected; a failing target is a warning (default severity `warn`).
    Expected,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Binding => "binding",
            Class::Expected => "expected",
        }
    }

    /// The severity a target of this class has unless it says otherwise.
    pub fn default_severity(self) -> Severity {
        match self {
            Class::Binding => Severity::Error,
            Class::Expected => Severity::Warn,
        }
    }
}

/// How the expected value by `as_of` is drawn between `start` and `deadline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PaceModel {
    /// A straight line from the baseline to the goal.
    Linear,
    /// Constant growth rate from the baseline to the goal (Eurostat's CAGR ratio).
    Compound,
    /// No pace: before the deadline only "already met" or "pending".
    None,
}

impl PaceModel {
    pub fn as_str(self) -> &'static str {
        match self {
            PaceModel::Linear => "linear",
            PaceModel::Compound => "compound",
            PaceModel::None => "none",
        }
    }
}

/// When a bound must hold (docs/status-model.md, "When a bound must hold"): the effective
/// value of a target, default included, is decided in `crate::hold`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Hold {
    /// Met as soon as the latest value satisfies the rule.
    Once,
    /// Only the value at the deadline decides; before it, on-track at best.
    Deadline,
    /// Every calendar year of the window must satisfy the rule, then as `deadline`.
    EveryYear,
}

impl Hold {
    pub fn as_str(self) -> &'static str {
        match self {
            Hold::Once => "once",
            Hold::Deadline => "deadline",
            Hold::EveryYear => "every-year",
        }
    }
}

/// A target's name: one string, or one per language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Name {
    pub zh: Option<String>,
    pub en: Option<String>,
}

/// Which language names are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// Every language, in the order the command line lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The language's code: `en`, `zh`.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }
}

impl Name {
    /// The name in `lang`, falling back to the other language.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Zh => (&self.zh, &self.en),
            Lang::En => (&self.en, &self.zh),
        };
        first.as_deref().or(second.as_deref()).unwrap_or("")
    }
}

/// What a target promises. Every figure is the decimal the spec writes
/// (`crate::decimal`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Goal {
    /// A milestone: it happens.
    Done,
    /// An absolute goal.
    Value(Decimal),
    /// Goal = baseline + increase.
    Increase(Decimal),
    /// Goal = baseline × multiply.
    Multiply(Decimal),
    /// `between`: low ≤ actual ≤ high.
    Band { low: Decimal, high: Decimal },
    /// An assessed target: no number, a person's judgement decides.
    Assessed,
    /// `value = { of = ID, plus = X }`: another figure (the target's `of`) plus `plus`,
    /// resolved in evaluation (docs/status-model.md, "Goals stated against another figure").
    Of { plus: Decimal },
    /// `falls` / `rises`: no goal, a direction (against 0 for a rate, the baseline for a
    /// level).
    Direction,
    /// A series (`[[series]]`): a figure tracked without a goal.
    Series,
}

impl Goal {
    /// The goal as a number, given the baseline, computed exactly; `None` when it needs a
    /// baseline that is not known, and for milestones and bands. A result beyond the
    /// decimal range is `None` too, but never reaches here: [`Goal::check_baseline`]
    /// refuses such a baseline where it is written.
    pub fn resolve(self, baseline: Option<Decimal>) -> Option<Decimal> {
        match self {
            Goal::Value(v) => Some(v),
            Goal::Increase(d) => baseline?.checked_add(d),
            Goal::Multiply(m) => baseline?.checked_mul(m),
            Goal::Done | Goal::Band { .. } | Goal::Assessed | Goal::Of { .. } | Goal::Series => {
                None
            }
            // A direction is judged against 0 (a rate) or the baseline (a level): the
            // evaluation knows which (`evaluate::direction_origin`).
            Goal::Direction => None,
        }
    }

    /// Why `baseline` cannot make this goal, if it cannot: `multiply` scales a positive
    /// level only ("double the profit" from −20 is no goal), and the resolved goal must
    /// stay within the decimal range.
    pub fn check_baseline(self, baseline: Decimal) -> Result<(), BaselineProblem> {
        match self {
            Goal::Multiply(m) if baseline <= Decimal::ZERO => Err(BaselineProblem {
                message: format!(
                    "`multiply = {}` needs a baseline above 0, and the baseline is {}",
                    m.normalize(),
                    baseline.normalize()
                ),
                help: "a multiple of zero or of a negative level is no goal: give the goal \
                       itself as `value = …`, or the change as `increase = …`"
                    .into(),
            }),
            Goal::Increase(_) | Goal::Multiply(_) if self.resolve(Some(baseline)).is_none() => {
                let how = match self {
                    Goal::Increase(d) => format!("{} + {}", baseline.normalize(), d.normalize()),
                    Goal::Multiply(m) => format!("{} × {}", baseline.normalize(), m.normalize()),
                    _ => unreachable!("matched above"),
                };
                Err(BaselineProblem {
                    message: format!("the goal, baseline {how}, is out of range"),
                    help: crate::load::out_of_range_help().into(),
                })
            }
            _ => Ok(()),
        }
    }
}

/// A baseline that cannot make its target's goal (see [`Goal::check_baseline`]).
#[derive(Debug, Clone, PartialEq)]
pub struct BaselineProblem {
    pub message: String,
    pub help: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Source {
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub title: Option<String>,
    pub reporter: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub id: String,
    pub name: Name,
    pub group: Option<String>,
    /// `None` only for milestones.
    pub unit: Option<Unit>,
    pub measure: Measure,
    pub rule: Rule,
    pub goal: Goal,
    pub stretch: Option<Decimal>,
    pub baseline: Option<Decimal>,
    pub start: NaiveDate,
    pub deadline: NaiveDate,
    pub pace: Option<PaceModel>,
    pub tolerance: Option<Decimal>,
    /// `hold` as the spec writes it; `None` when absent (the default applies:
    /// `crate::hold::effective`).
    pub hold: Option<Hold>,
    /// A seasonal `ytd` flow's cumulative monthly shares (`crate::profile`).
    pub profile: Option<crate::profile::Profile>,
    pub severity: Severity,
    /// `binding` or `expected`, if the spec says.
    pub class: Option<Class>,
    /// Who answers for the target, the lead unit (牵头单位) first; trimmed, empty when
    /// the spec names none.
    pub owners: Vec<String>,
    pub source: Option<String>,
    pub quote: Option<String>,
    pub note: Option<String>,
    /// `over = "window"`: the values are annual rates chained over the window this way;
    /// `None` for `over = "year"` (the default) and every other measure.
    pub window: Option<Aggregate>,
    /// The id of the target or series a `value = { of = … }` goal names (`goal` is
    /// [`Goal::Of`] exactly when this is set).
    pub of: Option<String>,
    /// A `[[series]]`: no goal, no status, listed apart (`rule` and `goal` mean nothing).
    pub series: bool,
    /// Where the target is written (1-based line and column of its `id`), for annotations.
    pub line: usize,
    pub column: usize,
}

/// Where a spec came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecSource {
    /// The 2020 spec built into the binary ([`BUILTIN_SPEC`]): no file of the user's.
    Builtin,
    /// A file, as named in messages (a path, or `<stdin>`).
    File(String),
}

impl SpecSource {
    /// How the spec is named in messages and reports.
    pub fn name(&self) -> &str {
        match self {
            SpecSource::Builtin => BUILTIN_SPEC_NAME,
            SpecSource::File(name) => name,
        }
    }
}

/// A checked spec. Its fields are private so that the index by id always matches the
/// targets: a spec is built whole ([`Spec::new`], [`load`]) and read through accessors.
#[derive(Debug, Clone)]
pub struct Spec {
    source: SpecSource,
    title: Option<String>,
    sources: BTreeMap<String, Source>,
    targets: Vec<Target>,
    /// The `[[series]]`: figures tracked without a goal (each a [`Target`] with `series`).
    series: Vec<Target>,
    /// Position of each target in `targets` by id: an actuals file of 100,000 values
    /// looks each one up. A series is at `targets.len() + its position in series`.
    index: HashMap<String, usize>,
    /// The `[units]` table: declared units and conversions (`crate::units`).
    units: Units,
    /// The panel targets, by position in `targets` (`crate::panel`); their tables are
    /// attached by `panel_load::attach` once the spec's folder is known.
    panels: BTreeMap<usize, Panel>,
}

impl Spec {
    /// The targets by `group`, groups in order of first appearance, each group's targets
    /// in spec order, targets without a group last.
    pub fn grouped(&self) -> Vec<(Option<&str>, Vec<&Target>)> {
        grouped_by(&self.targets, |t| t.group.as_deref())
    }

    /// A spec read from the file named `file_name`.
    pub fn new(
        file_name: String,
        title: Option<String>,
        sources: BTreeMap<String, Source>,
        targets: Vec<Target>,
    ) -> Spec {
        Spec::with_series(file_name, title, sources, targets, Vec::new())
    }

    /// A spec with `[[series]]` beside its targets (ids share one namespace).
    pub fn with_series(
        file_name: String,
        title: Option<String>,
        sources: BTreeMap<String, Source>,
        targets: Vec<Target>,
        series: Vec<Target>,
    ) -> Spec {
        let index = targets
            .iter()
            .chain(&series)
            .enumerate()
            .map(|(i, t)| (t.id.clone(), i))
            .collect();
        Spec {
            source: SpecSource::File(file_name),
            title,
            sources,
            targets,
            series,
            index,
            units: Units::default(),
            panels: BTreeMap::new(),
        }
    }

    /// The position of the target with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The panel of the target at `position`, if it is one.
    pub fn panel(&self, position: usize) -> Option<&Panel> {
        self.panels.get(&position)
    }

    /// Every panel target: its position and its panel.
    pub fn panels(&self) -> impl Iterator<Item = (usize, &Panel)> {
        self.panels.iter().map(|(i, p)| (*i, p))
    }

    /// Attaches the entity table read for the panel at `position`.
    pub fn set_panel_table(&mut self, position: usize, table: Arc<EntityTable>) {
        if let Some(p) = self.panels.get_mut(&position) {
            p.table = Some(table);
        }
    }

    /// The same spec with the units of its `[units]` table.
    pub fn with_units(mut self, units: Units) -> Spec {
        self.units = units;
        self
    }

    /// The units the spec declares, and how every unit converts (`crate::units`).
    pub fn units(&self) -> &Units {
        &self.units
    }

    /// The target or series with this id (actuals give values to both).
    pub fn target(&self, id: &str) -> Option<&Target> {
        let &i = self.index.get(id)?;
        self.targets
            .get(i)
            .or_else(|| self.series.get(i - self.targets.len()))
    }

    /// The position of the target `id` in [`Spec::targets`] (`None` for a series).
    pub fn target_position(&self, id: &str) -> Option<usize> {
        self.index
            .get(id)
            .copied()
            .filter(|&i| i < self.targets.len())
    }

    /// The `[[series]]`, in spec order.
    pub fn series(&self) -> &[Target] {
        &self.series
    }

    /// The targets, in spec order.
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The `[sources.KEY]` tables, by key.
    pub fn sources(&self) -> &BTreeMap<String, Source> {
        &self.sources
    }

    pub fn source(&self) -> &SpecSource {
        &self.source
    }

    /// How the spec is named in messages and reports.
    pub fn file_name(&self) -> &str {
        self.source.name()
    }

    pub fn is_builtin(&self) -> bool {
        self.source == SpecSource::Builtin
    }

    /// The built-in 2020 spec.
    pub fn builtin() -> Result<Spec, Vec<Diagnostic>> {
        let mut spec = load(&SourceFile::new(BUILTIN_SPEC_NAME, BUILTIN_SPEC))?;
        spec.source = SpecSource::Builtin;
        Ok(spec)
    }
}

/// The keys a name table may have (`name = { zh = …, en = … }`).
#[cfg(test)]
pub(crate) fn name_keys() -> Vec<&'static str> {
    Reader::survey(|r| {
        let _ = name_value(r, &Spanned::new(0..0, DeValue::Table(DeTable::new())));
    })
}

/// The keys of a goal stated against another figure (`value = { of = …, plus = … }`).
#[cfg(test)]
pub(crate) fn of_goal_keys() -> Vec<&'static str> {
    Reader::survey(|r| {
        let _ = series::of_goal(r, &Spanned::new(0..0, DeValue::Table(DeTable::new())));
    })
}

/// The keys the spec's own table may have: those [`read_top`] asks for.
#[cfg(test)]
pub(crate) fn top_keys() -> Vec<&'static str> {
    Reader::survey(|r| {
        let _ = read_top(r, &DeTable::new());
    })
}

/// The keys of a `[sources.KEY]` table.
#[cfg(test)]
pub(crate) fn source_keys() -> Vec<&'static str> {
    Reader::survey(|r| {
        let _ = read_source(r, &DeTable::new());
    })
}

/// The keys of a `[[target]]` table: those [`load_target`] asks for, on every path.
#[cfg(test)]
pub(crate) fn target_keys() -> Vec<&'static str> {
    Reader::survey(|r| {
        let item = Spanned::new(0..0, DeValue::Table(DeTable::new()));
        let _ = load_target(
            r,
            &item,
            &BTreeMap::new(),
            &Units::default(),
            &mut Vec::new(),
        );
    })
}

/// The keys of a `[[series]]` table.
#[cfg(test)]
pub(crate) fn series_keys() -> Vec<&'static str> {
    Reader::survey(|r| {
        let item = Spanned::new(0..0, DeValue::Table(DeTable::new()));
        let _ = series::load_series(r, &item, &BTreeMap::new());
    })
}

/// Reads and checks a spec; all problems at once on failure.
///
/// A large spec is first read a `[[target]]` table at a time ([`load_by_target`]), which
/// keeps one target's parsed tree in memory instead of the whole document's; a spec that
/// has a problem, or is not laid out so that it can be read that way, is read whole, and
/// its problems are those of the whole reading (so they are the same either way).
pub fn load(file: &SourceFile) -> Result<Spec, Vec<Diagnostic>> {
    if let Some(spec) = load_by_target(file) {
        return Ok(spec);
    }
    load_whole(file)
}

/// Reads and checks a spec parsed whole; all problems at once on failure.
fn load_whole(file: &SourceFile) -> Result<Spec, Vec<Diagnostic>> {
    let mut r = Reader::new(file);
    let Some(doc) = r.parse() else {
        return Err(r.diags);
    };
    let doc_span = doc.span();
    let doc = doc.get_ref();
    let top = read_top(&mut r, doc);
    let (title, sources) = (top.title, top.sources);

    let units = top
        .units
        .map(|v| crate::units::read_table(&mut r, v))
        .unwrap_or_default();

    let mut targets = Vec::new();
    let mut panels = BTreeMap::new();
    // Ids of targets and series share one namespace.
    let mut seen: BTreeMap<String, Range<usize>> = BTreeMap::new();
    let mut refs = Vec::new();
    match top.target {
        None => {
            let d = r.error(doc_span.start..doc_span.start, "the spec has no targets");
            d.help = Some("add a `[[target]]` table for each target".into());
        }
        Some(value) => match value.get_ref() {
            DeValue::Array(items) => {
                for item in items.iter() {
                    // Duplicates are found even in targets that have other problems.
                    let duplicate = duplicate_id(&mut r, file, &mut seen, item);
                    if let Some((target, panel)) =
                        load_target(&mut r, item, &sources, &units, &mut refs)
                    {
                        if !duplicate {
                            if let Some(decl) = panel {
                                panels.insert(targets.len(), Panel { decl, table: None });
                            }
                            targets.push(target);
                        }
                    }
                }
            }
            _ => {
                let d = r.error(value.span(), "`target` must be an array of tables");
                d.help = Some("write each target as a `[[target]]` table".into());
            }
        },
    }
    let mut series = Vec::new();
    if let Some(value) = top.series {
        match value.get_ref() {
            DeValue::Array(items) => {
                for item in items.iter() {
                    let duplicate = duplicate_id(&mut r, file, &mut seen, item);
                    if let Some(s) = series::load_series(&mut r, item, &sources) {
                        if !duplicate {
                            series.push(s);
                        }
                    }
                }
            }
            _ => {
                let d = r.error(value.span(), "`series` must be an array of tables");
                d.help = Some("write each series as a `[[series]]` table".into());
            }
        }
    }
    series::check_refs(&mut r, &targets, &series, &refs, &seen);

    if r.diags.is_empty() {
        let mut spec =
            Spec::with_series(file.name.clone(), title, sources, targets, series).with_units(units);
        spec.panels = panels;
        Ok(spec)
    } else {
        Err(r.diags)
    }
}

/// Whether `item`'s id was used before (by a target or a series): reported at the second
/// use, with the first as a related place.
fn duplicate_id(
    r: &mut Reader<'_>,
    file: &SourceFile,
    seen: &mut BTreeMap<String, Range<usize>>,
    item: &Value<'_>,
) -> bool {
    let id = match item.get_ref() {
        DeValue::Table(t) => load::lookup(t, "id")
            .and_then(|v| v.get_ref().as_str().map(|s| (s.to_string(), v.span()))),
        _ => None,
    };
    let Some((id, span)) = id else {
        return false;
    };
    match seen.get(&id) {
        Some(first) => {
            let d = r.error_of(
                crate::diagnostic::Kind::DuplicateTarget,
                span,
                format!("duplicate target id `{id}`"),
            );
            d.label = Some("second use of this id".into());
            d.related.push(crate::diagnostic::Related {
                file: file.clone(),
                span: first.clone(),
                label: "first used here".into(),
            });
            d.help = Some("ids must be unique; rename one of them".into());
            true
        }
        None => {
            seen.insert(id, span);
            false
        }
    }
}

pub(crate) fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Suggests an id in the allowed alphabet.
pub(crate) fn slug(id: &str) -> String {
    let mut out = String::new();
    for c in id.trim().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

pub(crate) fn load_name(r: &mut Reader<'_>, value: &Value<'_>) -> Option<Name> {
    let name = name_value(r, value)?;
    let blank = |s: &Option<String>| s.as_deref().is_some_and(|s| s.trim().is_empty());
    if blank(&name.zh) || blank(&name.en) {
        let d = r.error(value.span(), "a target's name is empty");
        d.label = Some("empty name".into());
        d.help = Some(
            "name the target, e.g. `name = { zh = \"5G基站\", en = \"5G base stations\" }`".into(),
        );
        return None;
    }
    Some(name)
}

fn name_value(r: &mut Reader<'_>, value: &Value<'_>) -> Option<Name> {
    match value.get_ref() {
        DeValue::String(s) => Some(Name {
            zh: Some(s.to_string()),
            en: Some(s.to_string()),
        }),
        DeValue::Table(t) => {
            let t = &Fields::new(t);
            let zh = r
                .field::<String>(t, "zh", "a string")
                .map(|s| s.into_inner());
            let en = r
                .field::<String>(t, "en", "a string")
                .map(|s| s.into_inner());
            r.finish(t, "a name");
            if zh.is_none() && en.is_none() {
                let d = r.error(value.span(), "a name needs `zh` or `en`");
                d.help =
                    Some("write `name = { zh = \"5G基站\", en = \"5G base stations\" }`".into());
                return None;
            }
            Some(Name { zh, en })
        }
        other => {
            let d = r.error(
                value.span(),
                format!(
                    "`name` must be a string or a table, found {}",
                    load::describe(other)
                ),
            );
            d.help = Some("write `name = \"…\"` or `name = { zh = \"…\", en = \"…\" }`".into());
            None
        }
    }
}

/// The spec's own table as read: its title and sources, checked, and the values of the
/// keys read further on.
struct Top<'a, 'i> {
    title: Option<String>,
    sources: BTreeMap<String, Source>,
    units: Option<&'a Value<'i>>,
    target: Option<&'a Value<'i>>,
    series: Option<&'a Value<'i>>,
}

/// The spec's own keys (`version`, `title`, `sources`), checked; its unknown keys reported.
fn read_top<'a, 'i>(r: &mut Reader<'_>, doc: &'a DeTable<'i>) -> Top<'a, 'i> {
    let doc = &Fields::new(doc);
    match r.field::<i64>(doc, "version", "an integer") {
        None if !doc.has("version") => r.missing(0..0, "version", "the spec", "version = 1"),
        Some(v) if *v.get_ref() != SPEC_VERSION => {
            let d = r.error(
                v.span(),
                format!("unsupported spec version {}", v.get_ref()),
            );
            d.label = Some("unsupported version".into());
            d.help = Some(format!(
                "this build of progress reads `version = {SPEC_VERSION}`"
            ));
        }
        _ => {}
    }
    let title = r
        .field::<String>(doc, "title", "a string")
        .map(|s| s.into_inner());

    let mut sources = BTreeMap::new();
    if let Some(value) = doc.get("sources") {
        if let Some(table) = r.table("sources", value) {
            for (key, value) in table.iter() {
                let Some(t) = r.table("sources", value) else {
                    continue;
                };
                sources.insert(key.get_ref().to_string(), read_source(r, t));
            }
        }
    }
    let top = Top {
        title,
        sources,
        units: doc.get("units"),
        target: doc.get("target"),
        series: doc.get("series"),
    };
    r.finish(doc, "the spec");
    top
}

/// One `[sources.KEY]` table.
fn read_source(r: &mut Reader<'_>, t: &DeTable<'_>) -> Source {
    let t = &Fields::new(t);
    let mut s = |k: &'static str| r.field::<String>(t, k, "a string").map(|s| s.into_inner());
    let source = Source {
        speaker: s("speaker"),
        role: s("role"),
        title: s("title"),
        reporter: s("reporter"),
        url: s("url"),
    };
    r.finish(t, "a source");
    source
}

/// Below this many targets a spec is read whole: the saving is in large files.
const BY_TARGET_FROM: usize = 1000;

/// A valid spec read one `[[target]]` table at a time, or `None` to read it whole.
///
/// The text is cut before each line that is exactly `[[target]]`: the part before the
/// first (the spec's own keys) and each target's part are parsed on their own, and a
/// target's tree is dropped once the target is read. This reads what the whole document
/// holds only if every part parses, each target part holds `target` alone, an array of
/// one table (a sub-table header such as `[target.name]` inside it stays that target's),
/// and the first part defines no `target`: a cut inside a multi-line string leaves that part's string unclosed, so it
/// does not parse. Anything else, and any problem at all, gives `None`.
fn load_by_target(file: &SourceFile) -> Option<Spec> {
    let text: &str = &file.text;
    let starts = target_headers(text);
    if starts.len() < BY_TARGET_FROM {
        return None;
    }
    let mut r = Reader::new(file);
    if !r.within_limits() {
        return None;
    }
    let top = DeTable::parse(&text[..starts[0]]).ok()?;
    let top = read_top(&mut r, top.get_ref());
    // Declared units and series are read with the whole document (a target's units and
    // goals depend on them): such a spec is read whole.
    if r.count() > 0 || top.target.is_some() || top.units.is_some() || top.series.is_some() {
        return None;
    }
    let (title, sources) = (top.title, top.sources);
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut targets = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let part = DeTable::parse(&text[start..end]).ok()?;
        let part = part.get_ref();
        if part.len() != 1 {
            return None;
        }
        let DeValue::Array(items) = load::lookup(part, "target")?.get_ref() else {
            return None;
        };
        let [item] = &items[..] else {
            return None;
        };
        let DeValue::Table(table) = item.get_ref() else {
            return None;
        };
        let id_at = start + load::lookup(table, "id")?.span().start;
        let mut refs = Vec::new();
        let (mut target, panel) =
            load_target(&mut r, item, &sources, &Units::default(), &mut refs)?;
        // A panel, or a goal stated against another figure, is checked against the whole
        // spec: read whole.
        if r.count() > 0 || panel.is_some() || !refs.is_empty() || !seen.insert(target.id.clone()) {
            return None;
        }
        // Spans are the part's own: the place in the file is the part's start plus them.
        (target.line, target.column) = file.line_col(id_at);
        targets.push(target);
    }
    Some(Spec::new(file.name.clone(), title, sources, targets))
}

/// The start of each line that is `[[target]]` alone (trailing spaces, a CR or a comment
/// allowed).
fn target_headers(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("[[target]]") {
            let rest = rest.trim_start_matches([' ', '\t']);
            if rest.is_empty() || rest.starts_with(['\r', '\n', '#']) {
                out.push(at);
            }
        }
        at += line.len();
    }
    out
}

/// Reads one `[[target]]`; `None` when it has problems (recorded in `r`).
///
/// In stages: every field is read with its type ([`TargetFields::read`]); required keys
/// are checked ([`TargetFields::check_required`]), then each field on its own
/// ([`TargetFields::check_each`]); the goal is built from the rule and the goal keys
/// ([`TargetFields::goal`]); then the fields are checked against each other
/// ([`TargetFields::cross_check`], [`TargetFields::check_units`],
/// [`TargetFields::check_baseline`]).
fn load_target(
    r: &mut Reader<'_>,
    item: &Value<'_>,
    sources: &BTreeMap<String, Source>,
    units: &Units,
    refs: &mut Vec<series::OfRef>,
) -> Option<(Target, Option<PanelDecl>)> {
    let before = r.count();
    let span = item.span();
    let table = &Fields::new(r.table("target", item)?);

    let f = TargetFields::read(r, table);
    // Required fields, each reported where the target is.
    let header = span.start..span.start;
    let id_span = f.id.as_ref().map_or(header, |i| i.span());
    f.check_required(r, table, &id_span);
    f.check_each(r, sources);
    let goal = f.goal(r, table, &id_span);
    f.cross_check(r, goal);
    let unit = f.check_units(r, table, &id_span, units);
    f.check_baseline(r, goal);
    let window = f.start.as_ref().zip(f.deadline.as_ref());
    let window = window.map(|(s, d)| (*s.get_ref(), *d.get_ref()));
    let other_measure = f.measure().filter(|m| *m != Measure::Ytd);
    let profile = crate::profile::read(r, table, other_measure.map(Measure::as_str), window);
    let shape = f.measure().map(|m| crate::panel::TargetShape {
        milestone: m == Measure::Milestone,
        growth: m == Measure::Growth,
        percent: unit.as_ref().is_some_and(Unit::is_percent),
    });
    let panel = crate::panel::read_decl(r, table, shape);
    f.check_rates(r, goal, table, &id_span);
    f.check_hold_kinds(r, goal);
    let of = series::of_id(table);
    // Read once the target is otherwise good, but asked for now: every key is asked for
    // before the unknown ones are reported.
    let (class_v, owner_v) = (table.get("class"), table.get("owner"));
    r.finish(table, TARGET_CONTEXT);

    if r.count() > before {
        return None;
    }
    let class = class_v
        .and_then(|v| r.value::<Class>("class", v, "`binding` or `expected`"))
        .map(|c| c.into_inner());
    let owners = owner_v.map_or_else(Vec::new, |v| read_owners(r, v));
    if let (Some(of), Some(id)) = (&of, &f.id) {
        refs.push(series::OfRef {
            from: id.get_ref().clone(),
            of: of.get_ref().clone(),
            span: of.span(),
        });
    }
    if r.count() > before {
        return None;
    }
    let (line, column) = r.file.line_col(id_span.start);
    let measure = f.measure();
    let target = Target {
        id: f.id?.into_inner(),
        name: f.name?,
        group: f.group,
        unit,
        rule: match measure {
            Some(Measure::Assessed) => Rule::Assessed,
            _ => f.rule.as_ref().map(|r| *r.get_ref())?,
        },
        measure: f.measure?.into_inner(),
        goal: goal?,
        stretch: f.stretch.map(|s| s.into_inner()),
        baseline: f.baseline.map(|b| b.into_inner()),
        start: f.start?.into_inner(),
        deadline: f.deadline?.into_inner(),
        pace: f.pace.map(|p| p.into_inner()),
        tolerance: f.tolerance.map(|t| t.into_inner()),
        hold: f.hold.map(|h| h.into_inner()),
        profile,
        // An explicit severity wins over the class's default.
        severity: f
            .severity
            .map(|s| s.into_inner())
            .or(class.map(Class::default_severity))
            .unwrap_or_default(),
        class,
        owners,
        source: f.source.map(|s| s.into_inner()),
        quote: f.quote,
        note: f.note,
        window: f
            .over
            .filter(|o| *o.get_ref() == Over::Window)
            .and(f.aggregate.map(|a| a.into_inner())),
        of: of.map(|o| o.into_inner()),
        series: false,
        line,
        column,
    };
    Some((target, panel))
}

/// The fields of one `[[target]]` as read, each of its type, with where it is written;
/// `None` where a field is absent or of the wrong type (a problem recorded in the reader).
/// `value` is read with the goal, whose shape depends on the rule.
struct TargetFields {
    id: Option<Spanned<String>>,
    name: Option<Name>,
    group: Option<String>,
    unit: Option<Spanned<String>>,
    measure: Option<Spanned<Measure>>,
    rule: Option<Spanned<Rule>>,
    increase: Option<Spanned<Decimal>>,
    multiply: Option<Spanned<Decimal>>,
    stretch: Option<Spanned<Decimal>>,
    baseline: Option<Spanned<Decimal>>,
    tolerance: Option<Spanned<Decimal>>,
    start: Option<Spanned<NaiveDate>>,
    deadline: Option<Spanned<NaiveDate>>,
    pace: Option<Spanned<PaceModel>>,
    hold: Option<Spanned<Hold>>,
    severity: Option<Spanned<Severity>>,
    source: Option<Spanned<String>>,
    quote: Option<String>,
    note: Option<String>,
    over: Option<Spanned<Over>>,
    aggregate: Option<Spanned<Aggregate>>,
}

/// A target's problems are told as "… in a target".
const TARGET_CONTEXT: &str = "a target";

impl TargetFields {
    /// Reads every field with its type.
    fn read(r: &mut Reader<'_>, table: &Fields<'_, '_>) -> Self {
        let id = r.field::<String>(table, "id", "a string");
        let name = table.get("name").and_then(|v| load_name(r, v));
        let group = r
            .field::<String>(table, "group", "a string")
            .map(|s| s.into_inner());
        let unit = r.field::<String>(table, "unit", "a string");
        let measure = r.field::<Measure>(
            table,
            "measure",
            "one of `level`, `ytd`, `growth`, `milestone`, `assessed`",
        );
        let rule = r.field::<Rule>(
            table,
            "rule",
            "one of `at-least`, `more-than`, `at-most`, `less-than`, `between`, `about`, `done`, `falls`, `rises`",
        );
        let increase = r.number(table, "increase");
        let multiply = r.number(table, "multiply");
        let stretch = r.number(table, "stretch");
        let baseline = r.number(table, "baseline");
        let tolerance = r.number(table, "tolerance");
        let start = r.date(table, "start");
        let deadline = r.date(table, "deadline");
        let pace = r.field::<PaceModel>(table, "pace", "one of `linear`, `compound`, `none`");
        let hold = r.field::<Hold>(table, "hold", "one of `once`, `deadline`, `every-year`");
        let severity = r.field::<Severity>(table, "severity", "`error` or `warn`");
        let source = r.field::<String>(table, "source", "a string");
        let quote = r
            .field::<String>(table, "quote", "a string")
            .map(|s| s.into_inner());
        let note = r
            .field::<String>(table, "note", "a string")
            .map(|s| s.into_inner());
        let over = r.field::<Over>(table, "over", "`year` or `window`");
        let aggregate = r.field::<Aggregate>(table, "aggregate", "`cumulative` or `average`");
        TargetFields {
            over,
            aggregate,
            id,
            name,
            group,
            unit,
            measure,
            rule,
            increase,
            multiply,
            stretch,
            baseline,
            tolerance,
            start,
            deadline,
            pace,
            hold,
            severity,
            source,
            quote,
            note,
        }
    }

    fn rule(&self) -> Option<Rule> {
        self.rule.as_ref().map(|r| *r.get_ref())
    }

    fn measure(&self) -> Option<Measure> {
        self.measure.as_ref().map(|m| *m.get_ref())
    }

    /// The keys every target needs, each reported at the target's id.
    fn check_required(&self, r: &mut Reader<'_>, table: &Fields<'_, '_>, id_span: &Range<usize>) {
        let has = |key: &'static str| table.has(key);
        for (present, key, example) in [
            (
                self.id.is_some() || has("id"),
                "id",
                "id = \"5g-base-stations\"",
            ),
            (has("name"), "name", "name = { zh = \"…\", en = \"…\" }"),
            (has("measure"), "measure", "measure = \"level\""),
            (
                has("rule") || self.measure() == Some(Measure::Assessed),
                "rule",
                "rule = \"at-least\"",
            ),
            (has("start"), "start", "start = 2020-01-01"),
            (has("deadline"), "deadline", "deadline = 2020-12-31"),
        ] {
            if !present {
                r.missing(id_span.clone(), key, TARGET_CONTEXT, example);
            }
        }
    }

    /// The id's alphabet, the source's declaration, the order of the dates.
    fn check_each(&self, r: &mut Reader<'_>, sources: &BTreeMap<String, Source>) {
        if let Some(id) = &self.id {
            if !valid_id(id.get_ref()) {
                let d = r.error_of(
                    Kind::InvalidId,
                    id.span(),
                    format!("invalid target id `{}`", id.get_ref()),
                );
                d.label = Some("ids use a-z, 0-9 and `-`".into());
                let s = slug(id.get_ref());
                d.help = Some(if valid_id(&s) {
                    format!(
                        "ids start with a letter or digit and use only a-z, 0-9 and `-`: try `{s}`"
                    )
                } else {
                    "ids start with a letter or digit and use only a-z, 0-9 and `-`".into()
                });
            }
        }
        if let Some(src) = &self.source {
            if !sources.contains_key(src.get_ref()) {
                let help =
                    suggest::did_you_mean(src.get_ref(), sources.keys().map(String::as_str), true)
                        .or_else(|| Some("declare it under `[sources.NAME]` first".into()));
                let d = r.error(src.span(), format!("unknown source `{}`", src.get_ref()));
                d.label = Some("not a key of [sources]".into());
                d.help = help;
            }
        }
        check_date_order(r, self.start.as_ref(), self.deadline.as_ref());
    }

    /// The goal: exactly one of value / increase / multiply, of the shape the rule needs;
    /// a milestone's is `Done`. Also the keys the rule requires (`tolerance` for `about`,
    /// `unit` for any number).
    fn goal(
        &self,
        r: &mut Reader<'_>,
        table: &Fields<'_, '_>,
        id_span: &Range<usize>,
    ) -> Option<Goal> {
        let value_raw = table.get("value");
        let rule_v = self.rule();
        let measure_v = self.measure();
        let goal_keys: Vec<&'static str> = ["value", "increase", "multiply"]
            .into_iter()
            .filter(|k| table.has(k))
            .collect();
        let mut goal = None;
        if measure_v == Some(Measure::Assessed) {
            // No number decides an assessed target: none of the keys that make one.
            // `hold` (contract §6) plugs in here: add "hold" to this list when the key
            // exists.
            for k in [
                "rule",
                "unit",
                "value",
                "increase",
                "multiply",
                "stretch",
                "baseline",
                "tolerance",
                "pace",
            ] {
                if let Some(sp) = table.key_span(k) {
                    let d = r.error_of(
                        Kind::NotTaken,
                        sp,
                        format!("an assessed target has no `{k}`"),
                    );
                    d.label = Some("no number decides an assessed target".into());
                    d.help = Some(format!(
                        "remove `{k}`: a person's judgement is its actual, \
                         `{{ status = \"on-track\", by = \"…\", note = \"…\" }}`"
                    ));
                }
            }
            goal = Some(Goal::Assessed);
        } else if measure_v == Some(Measure::Milestone) || rule_v == Some(Rule::Done) {
            if measure_v.is_some()
                && rule_v.is_some()
                && (measure_v != Some(Measure::Milestone) || rule_v != Some(Rule::Done))
            {
                let at = self.rule.as_ref().map_or(id_span.clone(), |r| r.span());
                let d = r.error_of(
                    Kind::NotTaken,
                    at,
                    "`rule = \"done\"` goes with `measure = \"milestone\"`, and only with it",
                );
                d.help = Some(
                    "a milestone is written `measure = \"milestone\"` and `rule = \"done\"`".into(),
                );
            }
            for k in goal_keys
                .iter()
                .chain(["stretch", "baseline", "tolerance"].iter())
            {
                if let Some(sp) = table.key_span(k) {
                    let d = r.error_of(Kind::NotTaken, sp, format!("a milestone has no `{k}`"));
                    d.help = Some(format!("remove `{k}`; a milestone is met when it happens"));
                }
            }
            goal = Some(Goal::Done);
        } else if let Some(rule_v) = rule_v.filter(|r| r.is_direction()) {
            for k in &goal_keys {
                if let Some(sp) = table.key_span(k) {
                    let d = r.error_of(
                        Kind::NotTaken,
                        sp,
                        format!("`rule = \"{}\"` has no goal: remove `{k}`", rule_v.as_str()),
                    );
                    d.help = Some(
                        "a direction is judged against 0 for a rate and against the baseline \
                         for a level; for a number to reach use `at-most`, `at-least` …"
                            .into(),
                    );
                }
            }
            if self.unit.is_none() && table.get("unit").is_none() {
                r.missing(id_span.clone(), "unit", TARGET_CONTEXT, "unit = \"%\"");
            }
            goal = Some(Goal::Direction);
        } else if let Some(rule_v) = rule_v {
            match goal_keys.as_slice() {
                [] => r.missing(
                    id_span.clone(),
                    "value",
                    TARGET_CONTEXT,
                    "value = 100`, or `increase = …` or `multiply = …",
                ),
                [_] => {}
                [_, second, ..] => {
                    let sp = table.key_span(second).unwrap_or(id_span.clone());
                    let d = r.error_of(
                        Kind::NotTaken,
                        sp,
                        "a target takes exactly one of `value`, `increase` and `multiply`",
                    );
                    d.help = Some(format!("remove `{second}` or the other goal key"));
                }
            }
            if rule_v == Rule::Between {
                if let Some(v) = value_raw {
                    goal = band(r, v);
                } else if !goal_keys.is_empty() {
                    let sp = table.key_span(goal_keys[0]).unwrap_or(id_span.clone());
                    let d = r.error_of(Kind::NotTaken, sp, "`between` takes `value = [low, high]`");
                    d.help = Some("write the band as `value = [10, 12]`".into());
                }
            } else if let Some(v) = value_raw.filter(|v| matches!(v.get_ref(), DeValue::Table(_))) {
                goal = series::of_goal(r, v);
            } else if let Some(v) = value_raw {
                if matches!(v.get_ref(), DeValue::Array(_)) {
                    let d = r.error_of(
                        Kind::NotTaken,
                        v.span(),
                        "a range `[low, high]` goes with `rule = \"between\"`",
                    );
                    d.help = Some(format!("give one number for `{}`", rule_v.as_str()));
                } else {
                    goal = r
                        .number_value("value", v)
                        .map(|n| Goal::Value(n.into_inner()));
                }
            } else if let Some(n) = &self.increase {
                goal = Some(Goal::Increase(*n.get_ref()));
            } else if let Some(n) = &self.multiply {
                if *n.get_ref() <= Decimal::ZERO {
                    let d = r.error_of(
                        Kind::OutOfBounds,
                        n.span(),
                        "`multiply` must be greater than 0",
                    );
                    d.help = Some("`multiply = 2` doubles the baseline".into());
                } else {
                    goal = Some(Goal::Multiply(*n.get_ref()));
                }
            }
            if rule_v == Rule::About && self.tolerance.is_none() && table.get("tolerance").is_none()
            {
                r.missing(
                    id_span.clone(),
                    "tolerance",
                    "an `about` target",
                    "tolerance = 0.5",
                );
            }
            if self.unit.is_none() && table.get("unit").is_none() {
                r.missing(id_span.clone(), "unit", TARGET_CONTEXT, "unit = \"个\"");
            }
        }
        goal
    }

    /// `tolerance`, `stretch` and `pace` against the rule, the goal and the measure.
    fn cross_check(&self, r: &mut Reader<'_>, goal: Option<Goal>) {
        let rule_v = self.rule();
        if let Some(t) = &self.tolerance {
            if rule_v.is_some_and(|r| !r.takes_tolerance()) {
                let d = r.error_of(
                    Kind::NotTaken,
                    t.span(),
                    "`tolerance` goes with `about`, `at-least`, `more-than`, `at-most` and \
                     `less-than` only",
                );
                d.help = Some(
                    if rule_v.is_some_and(Rule::is_direction) {
                        "remove `tolerance`; a direction (`falls`, `rises`) has no goal to be near"
                    } else {
                        "remove `tolerance`; a band's bounds are its own, written in `value = [low, high]`"
                    }
                    .into(),
                );
            } else if *t.get_ref() < Decimal::ZERO {
                r.error_of(
                    Kind::OutOfBounds,
                    t.span(),
                    "`tolerance` cannot be negative",
                )
                .label = Some("negative".into());
            }
        }
        if let Some(s) = &self.stretch {
            if rule_v.is_some_and(|r| !r.is_floor()) {
                let d = r.error_of(
                    Kind::NotTaken,
                    s.span(),
                    "`stretch` goes with `at-least` and `more-than` only",
                );
                d.help = Some("a stretch goal is a second, higher bar".into());
            } else if let Some(Goal::Value(v)) = goal {
                if *s.get_ref() <= v {
                    let d = r.error(
                        s.span(),
                        format!(
                            "`stretch` ({}) must be above the goal ({})",
                            s.get_ref().normalize(),
                            v.normalize()
                        ),
                    );
                    d.help = Some(
                        "the stretch goal is the higher bar, e.g. `value = 6`, `stretch = 8`"
                            .into(),
                    );
                }
            }
        }
        if let (Some(p), Some(m)) = (&self.pace, self.measure()) {
            if matches!(m, Measure::Growth | Measure::Milestone) && *p.get_ref() != PaceModel::None
            {
                let d = r.error_of(
                    Kind::NotTaken,
                    p.span(),
                    format!("a `{}` target has no pace", m.as_str()),
                );
                d.help = Some("`pace` applies to `level` and `ytd` targets".into());
            }
            if m == Measure::Ytd && *p.get_ref() == PaceModel::Compound {
                let d = r.error_of(
                    Kind::NotTaken,
                    p.span(),
                    "a `ytd` flow starts from 0 and cannot grow at a compound rate",
                );
                d.help = Some("use `pace = \"linear\"` (the default for ytd) or `\"none\"`".into());
            }
        }
        self.check_hold(r);
    }

    /// `hold` against the measure and the window (docs/status-model.md). Hooks for keys
    /// this build does not have yet: `hold` is an error on an `assessed` target and
    /// `every-year` on an `over = "window"` target (real plans §2); add those checks here
    /// with the keys.
    fn check_hold(&self, r: &mut Reader<'_>) {
        let Some(h) = &self.hold else {
            return;
        };
        if self.measure() == Some(Measure::Milestone) {
            let d = r.error_of(Kind::NotTaken, h.span(), "a milestone has no `hold`");
            d.help = Some("remove `hold`; a milestone is done once, by nature".into());
            return;
        }
        if self.measure() == Some(Measure::Assessed) {
            let d = r.error_of(Kind::NotTaken, h.span(), "an assessed target has no `hold`");
            d.help = Some(
                "remove `hold`; a person's judgement says where an assessed target stands".into(),
            );
            return;
        }
        if *h.get_ref() == Hold::EveryYear {
            if let (Some(s), Some(d)) = (&self.start, &self.deadline) {
                if window_years(*s.get_ref(), *d.get_ref()).is_empty() {
                    let diag = r.error_of(
                        Kind::NotTaken,
                        h.span(),
                        format!(
                            "`hold = \"every-year\"` needs a 31 December after the start {} and \
                             on or before the deadline {}, and this window has none",
                            s.get_ref(),
                            d.get_ref()
                        ),
                    );
                    diag.label = Some("no calendar year to judge".into());
                    diag.help = Some(
                        "use `hold = \"deadline\"` for a window shorter than a calendar year"
                            .into(),
                    );
                }
            }
        }
    }

    /// The unit, and the ranges it allows the figures (a level in `%` within [0, 100], a
    /// count never negative); returns the unit as parsed.
    fn check_units(
        &self,
        r: &mut Reader<'_>,
        table: &Fields<'_, '_>,
        id_span: &Range<usize>,
        units: &Units,
    ) -> Option<Unit> {
        let unit_v = self.unit.as_ref().map(|u| Unit::parse(u.get_ref()));
        if let Some(u) = &self.unit {
            if u.get_ref().trim().is_empty() {
                let d = r.error(u.span(), "`unit` is empty");
                d.help = Some("name the unit: 个, 家, %, 亿元 …".into());
            }
        }
        if let (Some(u), Some(m)) = (&unit_v, self.measure()) {
            if m == Measure::Growth && !u.is_percent() {
                let sp = self.unit.as_ref().map_or(id_span.clone(), |u| u.span());
                let d = r.error(sp, "a `growth` target is measured in `%`");
                d.help = Some("write `unit = \"%\"` and the growth rate as the goal".into());
            }
            let check = |r: &mut Reader<'_>, key: &str, n: Decimal, sp: Range<usize>| {
                let n = n.normalize();
                if m == Measure::Level
                    && u.is_percent()
                    && !(Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&n)
                {
                    let d = r.error_of(
                        Kind::OutOfBounds,
                        sp,
                        format!("`{key}` = {n} is not a percentage between 0 and 100"),
                    );
                    d.label = Some("out of range".into());
                    d.help = Some("a level in `%` lies in [0, 100]".into());
                } else if units.is_unsigned_count(u) && n < Decimal::ZERO && key != "increase" {
                    let d = r.error_of(
                        Kind::OutOfBounds,
                        sp,
                        format!("`{key}` = {n} is negative, but `{u}` counts things"),
                    );
                    d.label = Some("negative count".into());
                    d.help = Some(crate::units::NEVER_NEGATIVE_HELP.into());
                }
            };
            for key in ["value", "baseline", "stretch"] {
                if let Some(v) = table.get(key) {
                    let items: Vec<&Value<'_>> = match v.get_ref() {
                        DeValue::Array(items) => items.iter().collect(),
                        _ => vec![v],
                    };
                    for it in items {
                        if let Ok(n) = load::number_of(it.get_ref()) {
                            check(r, key, n, it.span());
                        }
                    }
                }
            }
        }
        unit_v
    }

    /// The baseline must make a goal: positive under `multiply`, and a goal within range.
    fn check_baseline(&self, r: &mut Reader<'_>, goal: Option<Goal>) {
        if let (Some(g), Some(b)) = (goal, &self.baseline) {
            if let Err(problem) = g.check_baseline(*b.get_ref()) {
                let d = r.error(b.span(), problem.message);
                d.label = Some("this baseline".into());
                d.help = Some(problem.help);
            }
        }
    }
}

/// A target's `owner`: one string or a list of them, the first the lead unit. Each is
/// trimmed; an empty one, or the same one twice, is a problem at its place.
fn read_owners(r: &mut Reader<'_>, value: &Value<'_>) -> Vec<String> {
    let items: Vec<&Value<'_>> = match value.get_ref() {
        DeValue::Array(items) => items.iter().collect(),
        _ => vec![value],
    };
    let mut owners: Vec<String> = Vec::new();
    for item in items {
        let Some(name) = r.value::<String>("owner", item, "a string or a list of strings") else {
            continue;
        };
        let name = name.get_ref().trim().to_string();
        if name.is_empty() {
            let d = r.error(item.span(), "an owner is empty");
            d.label = Some("empty owner".into());
            d.help = Some(
                "name the unit that answers for the target: `owner = \"国家发展改革委\"`, or a \
                 list with the lead unit first"
                    .into(),
            );
        } else if owners.contains(&name) {
            let d = r.error_of(
                Kind::NotTaken,
                item.span(),
                format!("`{name}` is named twice as an owner"),
            );
            d.help = Some("name each owner once".into());
        } else {
            owners.push(name);
        }
    }
    owners
}

impl TargetFields {
    /// `hold` against the kinds of real plans: `once` is an error on a goal stated against
    /// another figure, `every-year` on a figure over a window (already judged over its
    /// years).
    fn check_hold_kinds(&self, r: &mut Reader<'_>, goal: Option<Goal>) {
        let Some(h) = &self.hold else { return };
        if *h.get_ref() == Hold::Once && matches!(goal, Some(Goal::Of { .. })) {
            let d = r.error_of(
                Kind::NotTaken,
                h.span(),
                "`hold = \"once\"` does not go with a goal stated against another figure",
            );
            d.help = Some(
                "the other figure moves too: such a goal is judged at the deadline; remove \
                 `hold` or use `hold = \"deadline\"`"
                    .into(),
            );
        }
        let window = self
            .over
            .as_ref()
            .is_some_and(|o| *o.get_ref() == Over::Window);
        if *h.get_ref() == Hold::EveryYear && window {
            let d = r.error_of(
                Kind::NotTaken,
                h.span(),
                "`hold = \"every-year\"` does not go with `over = \"window\"`",
            );
            d.help = Some(
                "a figure over a window is already judged over its years: remove `hold`".into(),
            );
        }
    }

    /// `over` and `aggregate` (growth over a window), a direction rule's measure, and the
    /// keys an `of` goal or a direction cannot take (docs/format.md).
    fn check_rates(
        &self,
        r: &mut Reader<'_>,
        goal: Option<Goal>,
        table: &Fields<'_, '_>,
        id_span: &Range<usize>,
    ) {
        let measure = self.measure();
        check_window_keys(
            r,
            self.over.as_ref(),
            self.aggregate.as_ref(),
            measure,
            table,
            id_span,
            "a target",
        );
        if let (Some(rule), Some(Measure::Ytd)) = (&self.rule, measure) {
            if rule.get_ref().is_direction() {
                let d = r.error_of(
                    Kind::NotTaken,
                    rule.span(),
                    format!(
                        "`rule = \"{}\"` does not go with a `ytd` flow",
                        rule.get_ref().as_str()
                    ),
                );
                d.help = Some(
                    "a flow counted from its start always rises; give the flow a goal, or use \
                     `measure = \"growth\"` for its rate"
                        .into(),
                );
            }
        }
        let relative = matches!(goal, Some(Goal::Of { .. }));
        let direction = self.rule().is_some_and(Rule::is_direction);
        if relative || direction {
            let what = if relative {
                "a goal stated against another figure (`of`)"
            } else {
                "a direction (`falls`, `rises`)"
            };
            let mut keys = vec!["pace"];
            if relative {
                keys.extend(["stretch", "baseline"]);
            }
            for k in keys {
                if let Some(sp) = table.key_span(k) {
                    if k == "pace"
                        && self
                            .pace
                            .as_ref()
                            .is_some_and(|p| *p.get_ref() == PaceModel::None)
                    {
                        continue;
                    }
                    let d = r.error_of(Kind::NotTaken, sp, format!("{what} takes no `{k}`"));
                    d.help = Some(format!(
                        "remove `{k}`: before the deadline such a target is on-track when its rule holds, behind when it does not"
                    ));
                }
            }
        }
    }
}

fn band(r: &mut Reader<'_>, v: &Value<'_>) -> Option<Goal> {
    let DeValue::Array(items) = v.get_ref() else {
        let d = r.error_of(
            Kind::WrongType,
            v.span(),
            "`between` takes `value = [low, high]`",
        );
        d.help = Some("write the band as `value = [10, 12]`".into());
        return None;
    };
    if items.len() != 2 {
        let d = r.error(
            v.span(),
            format!("a band has two bounds, found {}", items.len()),
        );
        d.help = Some("write the band as `value = [low, high]`".into());
        return None;
    }
    let low = r.number_value("value", &items[0])?.into_inner();
    let high = r.number_value("value", &items[1])?.into_inner();
    if low > high {
        let (low, high) = (low.normalize(), high.normalize());
        let d = r.error(
            v.span(),
            format!("the band's low bound {low} is above its high bound {high}"),
        );
        d.help = Some(format!("write `value = [{high}, {low}]`"));
        return None;
    }
    Some(Goal::Band { low, high })
}
/// The calendar years of a window: those whose 31 December lies in `(start, deadline]`
/// (a window from 2020-12-31 or 2021-01-01 to 2025-12-31 has the years 2021–2025).
pub fn window_years(start: NaiveDate, deadline: NaiveDate) -> Vec<i32> {
    use chrono::Datelike;
    let last_day = |y: i32| NaiveDate::from_ymd_opt(y, 12, 31);
    (start.year()..=deadline.year())
        .filter(|&y| last_day(y).is_some_and(|d| start < d && d <= deadline))
        .collect()
}

/// Items by group, groups in the order their first member appears and ungrouped items
/// last: the one grouping every listing and report uses (`list`, `init`, JUnit, HTML).
pub fn grouped_by<'a, T>(
    items: impl IntoIterator<Item = &'a T>,
    group: impl Fn(&'a T) -> Option<&'a str>,
) -> Vec<(Option<&'a str>, Vec<&'a T>)> {
    let mut groups: Vec<(Option<&str>, Vec<&T>)> = Vec::new();
    for item in items {
        let key = group(item);
        match groups.iter_mut().find(|(g, _)| *g == key) {
            Some((_, members)) => members.push(item),
            None => groups.push((key, vec![item])),
        }
    }
    groups.sort_by_key(|(g, _)| g.is_none());
    groups
}

/// `over` and `aggregate`, in a target or a series (`what`): `over` goes with `growth`
/// only, `aggregate` with `over = "window"` only, and `over = "window"` needs `aggregate`.
pub(crate) fn check_window_keys(
    r: &mut Reader<'_>,
    over: Option<&Spanned<Over>>,
    aggregate: Option<&Spanned<Aggregate>>,
    measure: Option<Measure>,
    table: &Fields<'_, '_>,
    id_span: &Range<usize>,
    what: &str,
) {
    if let (Some(o), Some(m)) = (over, measure) {
        if m != Measure::Growth {
            let d = r.error_of(
                Kind::NotTaken,
                o.span(),
                format!(
                    "`over` goes with `measure = \"growth\"` only, not `{}`",
                    m.as_str()
                ),
            );
            d.help = Some("remove `over`: only annual rates are chained over a window".into());
        }
    }
    let window = over.is_some_and(|o| *o.get_ref() == Over::Window);
    if let Some(a) = aggregate {
        if !window {
            let d = r.error_of(
                Kind::NotTaken,
                a.span(),
                "`aggregate` goes with `over = \"window\"` only",
            );
            d.help = Some(
                "add `over = \"window\"` to chain the annual rates over the window, or \
                 remove `aggregate`"
                    .into(),
            );
        }
    }
    if window
        && measure == Some(Measure::Growth)
        && aggregate.is_none()
        && table.get("aggregate").is_none()
    {
        let at = over.map_or(id_span.clone(), |o| o.span());
        r.missing(
            at,
            "aggregate",
            &format!("{what} `over = \"window\"`"),
            "aggregate = \"cumulative\"` (or `aggregate = \"average\"",
        );
    }
}

/// A deadline before its start, in a target or a series: one problem, at the deadline.
pub(crate) fn check_date_order(
    r: &mut Reader<'_>,
    start: Option<&Spanned<NaiveDate>>,
    deadline: Option<&Spanned<NaiveDate>>,
) {
    if let (Some(s), Some(d)) = (start, deadline) {
        if d.get_ref() < s.get_ref() {
            let diag = r.error_of(
                Kind::DateOrder,
                d.span(),
                format!(
                    "the deadline {} is before the start {}",
                    d.get_ref(),
                    s.get_ref()
                ),
            );
            diag.label = Some("deadline before start".into());
            diag.help = Some("swap the two dates, or correct the year".into());
        }
    }
}

#[cfg(test)]
mod by_target_tests {
    use super::*;

    /// A spec of `n` targets, every fifth a milestone, with sources and a quote.
    fn big(n: usize, extra: &str) -> String {
        let mut s =
            String::from("version = 1\ntitle = \"Big\"\n\n[sources.plan]\ntitle = \"Plan\"\n\n");
        for i in 0..n {
            if i % 5 == 0 {
                s.push_str(&format!(
                    "[[target]]\nid = \"m{i}\"\nname = {{ zh = \"里程碑{i}\", en = \"M {i}\" }}\n\
                     measure = \"milestone\"\nrule = \"done\"\nstart = 2021-01-01\n\
                     deadline = 2025-12-31\n\n"
                ));
            } else {
                s.push_str(&format!(
                    "[[target]] # number {i}\nid = \"t{i}\"\nname = \"T {i}\"\nunit = \"亿元\"\n\
                     measure = \"level\"\nrule = \"at-least\"\nvalue = {i}.5\nstart = 2021-01-01\n\
                     deadline = 2025-12-31\nsource = \"plan\"\nnote = \"\"\"\nline\n\"\"\"\n\n"
                ));
            }
            if i == n / 2 {
                s.push_str(extra);
            }
        }
        s
    }

    #[test]
    fn a_large_spec_read_by_target_is_the_spec_read_whole() {
        let file = SourceFile::new("big.toml", big(1500, ""));
        let by_target = load_by_target(&file).expect("read by target");
        let whole = load_whole(&file).expect("read whole");
        assert_eq!(by_target.targets().len(), 1500);
        assert_eq!(by_target.targets(), whole.targets());
        assert_eq!(by_target.title, whole.title);
        // The places targets are reported at are the file's, not the part's.
        let t = &by_target.targets()[1499];
        assert_eq!(
            file.line_col(file.text.rfind("id = \"t1499\"").unwrap() + 5),
            (t.line, t.column)
        );
    }

    #[test]
    fn what_cannot_be_read_by_target_is_read_whole_with_the_same_problems() {
        for extra in [
            // A problem: reported as the whole reading reports it.
            "[[target]]\nid = \"bad\"\nname = \"Bad\"\n\n",
            // A duplicate id.
            "[[target]]\nid = \"t1\"\nname = \"Dup\"\nmeasure = \"milestone\"\nrule = \"done\"\nstart = 2021-01-01\ndeadline = 2025-12-31\n\n",
            // A header inside a multi-line string: not a cut.
            "[[target]]\nid = \"s\"\nname = \"S\"\nmeasure = \"milestone\"\nrule = \"done\"\nstart = 2021-01-01\ndeadline = 2025-12-31\nnote = \"\"\"\n[[target]]\nid = 3\n\"\"\"\n\n",
            // A table header inside a target's part: its own sub-table, read either way.
            "[[target]]\nid = \"n\"\nmeasure = \"milestone\"\nrule = \"done\"\nstart = 2021-01-01\ndeadline = 2025-12-31\n[target.name]\nzh = \"名\"\n\n",
        ] {
            let file = SourceFile::new("big.toml", big(1200, extra));
            if !extra.contains("[target.name]") {
                assert!(load_by_target(&file).is_none(), "{extra}");
            }
            let whole = load_whole(&file);
            let loaded = load(&file);
            match (whole, loaded) {
                (Ok(a), Ok(b)) => assert_eq!(a.targets(), b.targets()),
                (Err(a), Err(b)) => assert_eq!(
                    crate::diagnostic::render_all(&a, false),
                    crate::diagnostic::render_all(&b, false)
                ),
                _ => panic!("the two readings differ for {extra}"),
            }
        }
    }
}
