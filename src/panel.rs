//! Panel targets: one target applied to each of a set of entities (counties, districts,
//! countries). The target is written once; a table beside the spec lists the entities,
//! each with its own name and, optionally, its own baseline, goal and owner
//! (docs/format.md, "Panel targets"). Entities share the target's definition: what is
//! kept per entity is only what the table gives (a few bytes each), never a copy of the
//! target.
//!
//! This file holds the types and reads the panel keys of a `[[target]]`; the entity table
//! is read by `panel_load.rs`, the figures by `actuals_panel.rs`, and each entity is
//! evaluated by `evaluate.rs` exactly as a target is.

use std::collections::HashMap;
use std::ops::Range;

use crate::decimal::Decimal;
use crate::diagnostic::{Kind, SourceFile};
use crate::load::Reader;

/// The columns an entity table may have; `id` and `name` are required.
pub const TABLE_COLUMNS: [&str; 5] = ["id", "name", "baseline", "value", "owner"];

/// How a panel's indicator is judged from its entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rollup {
    /// The entities' figures add up to the whole, which is judged against the target's
    /// goal as a target of its own ("全市 = Σ 各区").
    Sum,
    /// The indicator is met when every entity is (the default).
    All,
}

impl Rollup {
    pub fn as_str(self) -> &'static str {
        match self {
            Rollup::Sum => "sum",
            Rollup::All => "all",
        }
    }
}

/// What the spec says of a panel: the dimension, where its table is, how it rolls up.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelDecl {
    /// The dimension, e.g. `county`.
    pub per: String,
    /// The table's path as written (relative to the spec's folder).
    pub entities: String,
    /// Where `entities = "…"` is written in the spec, for problems with the table.
    pub entities_span: Range<usize>,
    pub rollup: Rollup,
}

/// The entities of a panel, read from its table: one slot per entity in each column.
#[derive(Debug, Clone)]
pub struct EntityTable {
    /// The table as read, for problems that point into it.
    pub file: SourceFile,
    pub ids: Vec<String>,
    pub names: Vec<String>,
    pub owners: Vec<Option<String>>,
    pub baselines: Vec<Option<Decimal>>,
    /// Each entity's own goal (`value`), replacing the target's.
    pub values: Vec<Option<Decimal>>,
    /// Where each entity's `value` and `baseline` cells are (empty without the column).
    pub value_spans: Vec<Range<usize>>,
    pub baseline_spans: Vec<Range<usize>>,
    /// The header cells of the optional columns, by name.
    pub column_spans: HashMap<&'static str, Range<usize>>,
    index: HashMap<String, u32>,
}

/// Two tables are the same when they list the same entities from the same file.
impl PartialEq for EntityTable {
    fn eq(&self, other: &Self) -> bool {
        self.file.name == other.file.name
            && self.ids == other.ids
            && self.names == other.names
            && self.owners == other.owners
            && self.baselines == other.baselines
            && self.values == other.values
    }
}

impl EntityTable {
    /// An empty table read from `file`.
    pub fn new(file: SourceFile) -> EntityTable {
        EntityTable {
            file,
            ids: Vec::new(),
            names: Vec::new(),
            owners: Vec::new(),
            baselines: Vec::new(),
            values: Vec::new(),
            value_spans: Vec::new(),
            baseline_spans: Vec::new(),
            column_spans: HashMap::new(),
            index: HashMap::new(),
        }
    }

    /// Adds an entity; `Err(first)` with the first one's position if the id is taken.
    #[allow(clippy::too_many_arguments)]
    pub fn push(
        &mut self,
        id: String,
        name: String,
        owner: Option<String>,
        baseline: Option<(Decimal, Range<usize>)>,
        value: Option<(Decimal, Range<usize>)>,
    ) -> Result<(), u32> {
        let n = self.ids.len() as u32;
        if let Some(&first) = self.index.get(&id) {
            return Err(first);
        }
        self.index.insert(id.clone(), n);
        self.ids.push(id);
        self.names.push(name);
        self.owners.push(owner);
        let (b, bs) = baseline.map_or((None, 0..0), |(v, s)| (Some(v), s));
        let (v, vs) = value.map_or((None, 0..0), |(v, s)| (Some(v), s));
        self.baselines.push(b);
        self.baseline_spans.push(bs);
        self.values.push(v);
        self.value_spans.push(vs);
        Ok(())
    }

    /// The entity with this id.
    pub fn find(&self, id: &str) -> Option<u32> {
        self.index.get(id).copied()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// A panel as the spec has it: its declaration and, once read, its table (shared by every
/// target that names the same file).
#[derive(Debug, Clone)]
pub struct Panel {
    pub decl: PanelDecl,
    pub table: Option<std::sync::Arc<EntityTable>>,
}

/// The unit facts a panel needs of its target.
#[derive(Debug, Clone, Copy)]
pub struct TargetShape {
    pub milestone: bool,
    pub growth: bool,
    pub percent: bool,
}

/// Reads `per`, `entities` and `rollup` of one `[[target]]`: both of the first two or
/// neither; `rollup` only with them, and `sum` only where figures add up.
pub fn read_decl(
    r: &mut Reader<'_>,
    table: &crate::load::Fields<'_, '_>,
    shape: Option<TargetShape>,
) -> Option<PanelDecl> {
    let per = r.field::<String>(table, "per", "a string");
    let entities = r.field::<String>(table, "entities", "a string");
    let rollup = r.field::<Rollup>(table, "rollup", "`sum` or `all`");
    if per.is_none() && entities.is_none() {
        if let Some(sp) = table.key_span("rollup") {
            let d = r.error_of(Kind::NotTaken, sp, "`rollup` goes with a panel target");
            d.help = Some(
                "a panel names its dimension and table: `per = \"county\"`, \
                 `entities = \"counties.csv\"`"
                    .into(),
            );
        }
        return None;
    }
    let (per, entities) = match (per, entities) {
        (Some(p), Some(e)) => (p, e),
        (Some(p), None) => {
            if table.get("entities").is_none() {
                let d = r.error(
                    p.span(),
                    "a panel needs `entities`, the table of its entities",
                );
                d.help = Some(
                    "name the table beside the spec: `entities = \"counties.csv\"` (columns \
                     `id`, `name`, and optionally `baseline`, `value`, `owner`)"
                        .into(),
                );
            }
            return None;
        }
        (None, Some(e)) => {
            if table.get("per").is_none() {
                let d = r.error(e.span(), "a panel needs `per`, the name of its dimension");
                d.help = Some("say what the entities are: `per = \"county\"`".into());
            }
            return None;
        }
        (None, None) => return None,
    };
    if !valid_dimension(per.get_ref()) {
        let d = r.error_of(
            Kind::InvalidId,
            per.span(),
            format!("invalid dimension `{}`", per.get_ref()),
        );
        d.help = Some("a dimension is a word of a-z, 0-9, `-` and `_`: `county`".into());
    }
    if entities.get_ref().trim().is_empty() {
        r.error(entities.span(), "`entities` is empty").help =
            Some("name the table's file, e.g. `entities = \"counties.csv\"`".into());
    }
    let rollup_v = rollup.as_ref().map_or(Rollup::All, |r| *r.get_ref());
    if rollup_v == Rollup::Sum {
        let why = match shape {
            Some(s) if s.milestone => {
                Some("a milestone happens or not: its entities do not add up")
            }
            Some(s) if s.growth => Some("growth rates do not add up"),
            Some(s) if s.percent => Some("shares in `%` do not add up"),
            _ => None,
        };
        if let (Some(why), Some(sp)) = (why, rollup.as_ref().map(|r| r.span())) {
            let d = r.error_of(Kind::NotTaken, sp, format!("`rollup = \"sum\"`: {why}"));
            d.help =
                Some("use `rollup = \"all\"`: the indicator is met when every entity is".into());
        }
    }
    Some(PanelDecl {
        per: per.get_ref().clone(),
        entities: entities.get_ref().clone(),
        entities_span: entities.span(),
        rollup: rollup_v,
    })
}

fn valid_dimension(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}
