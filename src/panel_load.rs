//! Reads the entity tables of a spec's panels (`crate::panel`) and checks them against
//! their targets: columns `id` and `name` required, `baseline`, `value`, `owner`
//! optional, no other; ids unique; figures numbers that fit the target (a `%` level within
//! [0, 100], a count never negative, no goal for a milestone or a band). A table named by
//! several targets is read once. The table's rows come from [`crate::sheet::read_rows`].

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::decimal::{self, Decimal};
use crate::diagnostic::{Diagnostic, Kind, Related, SourceFile};
use crate::load::Reader;
use crate::panel::{EntityTable, TABLE_COLUMNS};
use crate::sheet::{self, Cell, Sheet};
use crate::spec::{Measure, Rule, Spec, Target};
use crate::suggest;

/// Reads the table of every panel of `spec` (paths relative to the folder of the spec,
/// `spec_path`; `spec_file` is the spec as read, for problems that point at its
/// `entities = "…"`), and attaches them. All problems of all tables at once.
pub fn attach(
    spec: &mut Spec,
    spec_file: &SourceFile,
    spec_path: &Path,
) -> Result<(), Vec<Diagnostic>> {
    let base = spec_path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut read: HashMap<PathBuf, Option<Arc<EntityTable>>> = HashMap::new();
    let mut problems = Vec::new();
    let mut attached = Vec::new();
    for (position, panel) in spec.panels() {
        let path = base.join(&panel.decl.entities);
        let key = path.canonicalize().unwrap_or_else(|_| path.clone());
        let table = match read.get(&key) {
            Some(t) => t.clone(),
            None => {
                let t = match sheet::read_rows(&path, &path.display().to_string()) {
                    Ok(sheet) => match table_of(sheet) {
                        Ok(t) => Some(Arc::new(t)),
                        Err(d) => {
                            problems.extend(d);
                            None
                        }
                    },
                    Err(d) => {
                        problems.extend(d.into_iter().map(|d| unreadable(d, spec_file, panel)));
                        None
                    }
                };
                read.insert(key, t.clone());
                t
            }
        };
        if let Some(table) = table {
            problems.extend(check_against(&table, &spec.targets()[position]));
            attached.push((position, table));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (position, table) in attached {
        spec.set_panel_table(position, table);
    }
    Ok(())
}

/// A table that cannot be read is told at the spec's `entities = "…"`, with the reason.
fn unreadable(d: Diagnostic, spec_file: &SourceFile, panel: &crate::panel::Panel) -> Diagnostic {
    if d.kind != Kind::Unreadable {
        return d;
    }
    Diagnostic::new(
        spec_file,
        Some(panel.decl.entities_span.clone()),
        format!(
            "cannot read the entity table `{}`: {}",
            crate::text::sanitize(&panel.decl.entities),
            d.message
        ),
    )
    .kind(Kind::Unreadable)
    .label("this table")
    .help(Some(
        "the path is relative to the spec's folder; the table is a CSV file with the columns \
         `id`, `name` (and optionally `baseline`, `value`, `owner`)"
            .into(),
    ))
}

/// The entities of a table: header, then one entity a row.
pub fn table_of(sheet: Sheet) -> Result<EntityTable, Vec<Diagnostic>> {
    let Sheet { file, rows } = sheet;
    let mut r = Reader::new(&file);
    let mut table = EntityTable::new(file.clone());
    let Some((header, rows)) = rows.split_first() else {
        let d = r.error(0..0, "the entity table is empty");
        d.help =
            Some("start with the header row `id,name` (optionally `baseline,value,owner`)".into());
        return Err(r.diags);
    };
    let mut index: HashMap<&'static str, usize> = HashMap::new();
    for (i, cell) in header.iter().enumerate() {
        let name = cell
            .text
            .trim_start_matches('\u{feff}')
            .to_ascii_lowercase();
        match TABLE_COLUMNS.iter().find(|c| **c == name) {
            Some(c) if index.contains_key(c) => {
                r.error(cell.span.clone(), format!("column `{c}` appears twice"))
                    .help = Some("keep one column of each name".into());
            }
            Some(c) => {
                index.insert(c, i);
                table.column_spans.insert(c, cell.span.clone());
            }
            None => {
                let help = suggest::did_you_mean(&name, TABLE_COLUMNS, true);
                let d = r.error_of(
                    Kind::UnknownKey,
                    cell.span.clone(),
                    format!("unknown column `{name}` in an entity table"),
                );
                d.label = Some("not a column of an entity table".into());
                d.help = help;
            }
        }
    }
    let at = header.first().map_or(0..0, |c| c.span.start..c.span.start);
    for required in ["id", "name"] {
        if !index.contains_key(required) {
            let d = r.error_of(
                Kind::MissingKey,
                at.clone(),
                format!("the entity table has no `{required}` column"),
            );
            d.label = Some("this header".into());
            d.help = Some("an entity table's header names `id` and `name` (and optionally `baseline`, `value`, `owner`)".into());
        }
    }
    if r.count() > 0 {
        return Err(r.diags);
    }
    let mut first_rows: Vec<Range<usize>> = Vec::new();
    for (k, row) in rows.iter().enumerate() {
        if row.iter().all(|c| c.text.is_empty()) {
            continue;
        }
        let row_no = k + 2;
        let start = row.first().map_or(0, |c| c.span.start);
        if row.len() != header.len() {
            let d = r.error(
                start..start,
                format!(
                    "row {row_no} has {} cells, but the header has {}",
                    row.len(),
                    header.len()
                ),
            );
            d.help = Some(
                "each row has one cell per header column; quote a cell that contains a comma"
                    .into(),
            );
            continue;
        }
        let cell = |name: &str| index.get(name).map(|&i| &row[i]);
        let id = cell("id").expect("checked above");
        let name = cell("name").expect("checked above");
        if id.text.is_empty() {
            r.error(id.span.clone(), "the entity's id is empty").help =
                Some("give each entity an id, e.g. a statistical code".into());
            continue;
        }
        if name.text.is_empty() {
            r.error(
                name.span.clone(),
                format!("entity `{}` has no name", id.text),
            )
            .help = Some("give each entity its name, as reports show it".into());
        }
        let baseline = cell("baseline").and_then(|c| number(&mut r, c, "baseline"));
        let value = cell("value").and_then(|c| number(&mut r, c, "value"));
        let owner = cell("owner")
            .filter(|c| !c.text.is_empty())
            .map(|c| c.text.clone());
        match table.push(id.text.clone(), name.text.clone(), owner, baseline, value) {
            Ok(()) => first_rows.push(id.span.clone()),
            Err(first) => {
                let d = r.error_of(
                    Kind::DuplicateTarget,
                    id.span.clone(),
                    format!("duplicate entity `{}`", id.text),
                );
                d.label = Some("second row of this entity".into());
                d.related.push(Related {
                    file: file.clone(),
                    span: first_rows[first as usize].clone(),
                    label: "first row".into(),
                });
                d.help = Some("each entity has one row; remove or rename one of them".into());
            }
        }
    }
    if table.is_empty() && r.count() == 0 {
        let d = r.error(at, "the entity table lists no entities");
        d.help = Some("add a row per entity under the header".into());
    }
    if r.count() > 0 {
        return Err(r.diags);
    }
    Ok(table)
}

/// A figure cell: empty is none; anything else must be a finite number in range.
fn number(r: &mut Reader<'_>, cell: &Cell, column: &str) -> Option<(Decimal, Range<usize>)> {
    if cell.text.is_empty() || crate::cell_text::is_missing_mark(&cell.text) {
        return None; // no figure (`..`, `-` …): the target's, as for an empty cell
    }
    match decimal::parse(&crate::cell_text::plain_number(&cell.text)) {
        Ok(n) => Some((n, cell.span.clone())),
        Err(_) => {
            let d = r.error_of(
                Kind::WrongType,
                cell.span.clone(),
                format!("`{column}` must be a number, found `{}`", cell.text),
            );
            d.help = Some("write a plain number, e.g. 12.5, or leave the cell empty".into());
            None
        }
    }
}

/// The table's figures against the target that uses it.
fn check_against(table: &EntityTable, target: &Target) -> Vec<Diagnostic> {
    let mut r = Reader::new(&table.file);
    let id = crate::text::sanitize(&target.id);
    for column in ["value", "baseline"] {
        let Some(span) = table.column_spans.get(column) else {
            continue;
        };
        let meaningless = match (target.measure, target.rule, column) {
            (Measure::Milestone, _, _) => Some("a milestone has no goal or baseline figure"),
            (_, Rule::Between, "value") => {
                Some("a band's goal is the target's `value = [low, high]`")
            }
            (Measure::Growth, _, "baseline") => Some("a growth target has no baseline"),
            _ => None,
        };
        if let Some(why) = meaningless {
            let d = r.error_of(
                Kind::NotTaken,
                span.clone(),
                format!("target `{id}` takes no `{column}` column: {why}"),
            );
            d.help = Some(format!(
                "remove the `{column}` column, or give `{id}` a table of its own"
            ));
        }
    }
    let unit = target.unit.as_ref();
    for i in 0..table.len() {
        for (column, figure, span) in [
            ("value", table.values[i], &table.value_spans[i]),
            ("baseline", table.baselines[i], &table.baseline_spans[i]),
        ] {
            let Some(n) = figure else { continue };
            if let Some(u) = unit {
                if target.measure == Measure::Level
                    && u.is_percent()
                    && !(Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&n)
                {
                    r.error_of(
                        Kind::OutOfBounds,
                        span.clone(),
                        format!(
                            "`{column}` = {} is not a percentage between 0 and 100",
                            n.normalize()
                        ),
                    )
                    .help = Some(format!("`{id}` is a level in `%`: it lies in [0, 100]"));
                } else if u.is_count() && n < Decimal::ZERO {
                    r.error_of(
                        Kind::OutOfBounds,
                        span.clone(),
                        format!(
                            "`{column}` = {} is negative, but `{u}` counts things",
                            n.normalize()
                        ),
                    )
                    .help = Some("a count is never negative".into());
                }
            }
        }
        if let (Some(b), None) = (table.baselines[i], table.values[i]) {
            if let Err(problem) = target.goal.check_baseline(b) {
                let d = r.error(table.baseline_spans[i].clone(), problem.message);
                d.help = Some(problem.help);
            }
        }
        if let (Some(v), Some(stretch)) = (table.values[i], target.stretch) {
            if v >= stretch && target.rule.is_floor() {
                let d = r.error(
                    table.value_spans[i].clone(),
                    format!(
                        "the goal {} is not below `{id}`'s stretch goal {}",
                        v.normalize(),
                        stretch.normalize()
                    ),
                );
                d.help = Some("an entity's goal stays below the target's stretch goal".into());
            }
        }
    }
    r.diags
}
