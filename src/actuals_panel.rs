//! CSV actuals in the long layout of panels: a header with an `entity` column
//! (`id,entity,value,as_of`, plus any of `unit,source,note`), one row per target, entity
//! and date. A row of a panel target names one of the entities its table lists; a row of
//! an ordinary target leaves `entity` empty and is read as `actuals_csv.rs` reads it.
//!
//! Built for a million rows: records are read one at a time (never all held as cells),
//! each panel row keeps only its figure, date and place (`EntityActual`), and two rows of
//! one entity on one date are found by sorting, not by a map of every key.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::actuals::{self, Actual, Actuals, EntityActual};
use crate::actuals_csv::{self, Columns, History, read_header, read_row};
use crate::diagnostic::{Diagnostic, Kind, Related, SourceFile};
use crate::load::{Reader, parse_day};
use crate::sheet::{Cell, each_record};
use crate::suggest;

/// The columns of the long layout.
pub const COLUMNS: [&str; 7] = ["id", "entity", "value", "unit", "as_of", "source", "note"];

/// Whether a CSV text is in the long layout: its first record names an `entity` column.
pub fn is_long(text: &str) -> bool {
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    first.split(',').any(|c| {
        c.trim()
            .trim_start_matches('\u{feff}')
            .trim_matches('"')
            .eq_ignore_ascii_case("entity")
    })
}

/// Unknown entities get a "did you mean" for this many of them per file.
const MAX_SUGGESTIONS: usize = 20;

/// Reads and checks a long-layout CSV actuals file against `spec`; all problems at once.
pub fn load(
    file: &SourceFile,
    spec: &crate::spec::Spec,
    as_of: Option<NaiveDate>,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    let mut r = Reader::new(file);
    if r.refuse_long_line("no row needs a line this long; check that this is a CSV file") {
        return Err(r.diags);
    }
    load_records(
        r,
        |f| each_record(&file.text, f),
        spec,
        as_of,
        actuals_csv::Origin::Csv,
    )
}

/// Reads and checks one sheet of a workbook in the long layout (`workbook::table` gives
/// its cells, each at its own place in `table.file`): the same rows and checks as
/// [`load`]. Problems are at the cells' ranges; `workbook::relocate` names them.
pub fn load_table(
    table: &crate::workbook::Table,
    sheet: &str,
    spec: &crate::spec::Spec,
    as_of: Option<NaiveDate>,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    let cells = crate::sheet::cells;
    let rows = |f: &mut dyn FnMut(Vec<Cell>)| {
        f(cells(&table.header));
        for (_, row) in &table.rows {
            f(cells(row));
        }
        Ok(())
    };
    load_records(
        Reader::new(&table.file),
        rows,
        spec,
        as_of,
        actuals_csv::Origin::Sheet(sheet),
    )
}

/// The records (the header first) read one at a time and checked.
fn load_records(
    mut r: Reader<'_>,
    records: impl FnOnce(&mut dyn FnMut(Vec<Cell>)) -> Result<(), (String, usize)>,
    spec: &crate::spec::Spec,
    as_of: Option<NaiveDate>,
    origin: actuals_csv::Origin<'_>,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    let mut header: Option<(Vec<Cell>, BTreeMap<&'static str, usize>)> = None;
    let mut header_failed = false;
    let mut history = History::default();
    let mut entities: Vec<EntityActual> = Vec::new();
    let mut unknown = 0usize;
    let mut row_no = 0usize;
    let mut last_date: Option<(String, NaiveDate)> = None;
    let mut panel_columns = PanelColumns { at: [None; 6] };
    let read = records(&mut |row: Vec<Cell>| {
        row_no += 1;
        if header_failed {
            return;
        }
        let Some((head, index)) = &header else {
            match read_header(&mut r, &row, &COLUMNS, origin) {
                Some(index) => {
                    panel_columns = PanelColumns::of(&index);
                    header = Some((row, index));
                }
                None => header_failed = true,
            }
            return;
        };
        if row.iter().all(|c| c.text.is_empty()) {
            return;
        }
        let before = r.count();
        let columns = Columns {
            index,
            header_len: head.len(),
        };
        let entity_cell = index.get("entity").map(|&i| row.get(i));
        let id = index.get("id").and_then(|&i| row.get(i));
        let position = id.and_then(|c| spec.position(&c.text));
        let panel = position.and_then(|p| spec.panel(p).map(|panel| (p, panel)));
        match (panel, entity_cell.flatten()) {
            (Some((p, panel)), Some(_)) if row.len() == head.len() => {
                if let Some((e, actual, row_date)) = panel_row(
                    &mut r,
                    spec,
                    p,
                    panel,
                    &panel_columns,
                    &row,
                    as_of,
                    &mut unknown,
                    &mut last_date,
                ) {
                    history.dates.extend(row_date);
                    entities.push(EntityActual {
                        target: p as u32,
                        entity: e,
                        actual,
                    });
                }
            }
            (None, Some(entity)) if !entity.text.is_empty() && position.is_some() => {
                let id = crate::text::sanitize(id.map(|c| c.text.as_str()).unwrap_or_default())
                    .into_owned();
                let d = r.error_of(
                    Kind::NotTaken,
                    entity.span.clone(),
                    format!("`{id}` is not a panel target: its rows name no entity"),
                );
                d.help = Some(format!(
                    "leave `entity` empty on the rows of `{id}`, or make it a panel in the spec \
                     (`per = …`, `entities = …`)"
                ));
            }
            _ => {
                let read = read_row(
                    &mut r,
                    spec,
                    as_of,
                    &columns,
                    &row,
                    row_no,
                    &mut history.seen,
                );
                if let Some((id, actual, row_date)) = read {
                    history.add(id, actual, row_date);
                }
            }
        }
        if origin == actuals_csv::Origin::Csv {
            actuals_csv::name_cells(r.since(before), &row, row_no, index);
        }
    });
    if let Err((message, at)) = read {
        r.error_of(Kind::InvalidCsv, at..at, format!("invalid CSV: {message}"))
            .label = Some("here".into());
        return Err(r.diags);
    }
    if header.is_none() && !header_failed {
        let d = r.error(0..0, "the CSV file is empty");
        d.help = Some(format!("start with the header row `{}`", COLUMNS.join(",")));
    }
    twice_on_a_date(&mut r, spec, &mut entities);
    let mut snapshots = history.into_snapshots(r, as_of, origin)?;
    if let Some(first) = snapshots.first_mut() {
        first.entities = entities;
    }
    Ok(snapshots)
}

/// Where the columns a panel row reads are: entity, value, unit, as_of, source, note.
struct PanelColumns {
    at: [Option<usize>; 6],
}

impl PanelColumns {
    fn of(index: &BTreeMap<&'static str, usize>) -> PanelColumns {
        let get = |name: &str| index.get(name).copied();
        PanelColumns {
            at: [
                get("entity"),
                get("value"),
                get("unit"),
                get("as_of"),
                get("source"),
                get("note"),
            ],
        }
    }
}

/// One row of a panel target: its entity, its figure (checked as any figure of the target
/// is) and its date.
#[allow(clippy::too_many_arguments)]
fn panel_row(
    r: &mut Reader<'_>,
    spec: &crate::spec::Spec,
    position: usize,
    panel: &crate::panel::Panel,
    columns: &PanelColumns,
    row: &[Cell],
    as_of: Option<NaiveDate>,
    unknown: &mut usize,
    last_date: &mut Option<(String, NaiveDate)>,
) -> Option<(u32, Actual, Option<NaiveDate>)> {
    // Each column found once per file, not looked up by name in every row.
    let at = columns.at;
    let cell = |name: &str| {
        let i = match name {
            "entity" => at[0],
            "value" => at[1],
            "unit" => at[2],
            "as_of" => at[3],
            "source" => at[4],
            "note" => at[5],
            _ => None,
        };
        i.map(|i| &row[i])
    };
    let target = &spec.targets()[position];
    let table = panel.table.as_ref()?;
    let entity_cell = cell("entity")?;
    // Only a problem names the target: no copy of its id for each of a million rows.
    let id = || crate::text::sanitize(&target.id);
    if entity_cell.text.is_empty() {
        let d = r.error(
            entity_cell.span.clone(),
            format!(
                "`{}` is a panel target: each of its rows names an entity",
                id()
            ),
        );
        d.label = Some("no entity".into());
        d.help = Some(format!(
            "give the id of one of the {} entities its table lists (per {})",
            table.len(),
            crate::text::sanitize(&panel.decl.per)
        ));
        return None;
    }
    let Some(entity) = table.find(&entity_cell.text) else {
        *unknown += 1;
        let shown = crate::text::sanitize(&entity_cell.text).into_owned();
        let d = r.error_of(
            Kind::UnknownTarget,
            entity_cell.span.clone(),
            format!(
                "unknown {} `{shown}`: the panel `{}` does not list it",
                crate::text::sanitize(&panel.decl.per),
                id()
            ),
        );
        d.label = Some("not in the entity table".into());
        let help = if *unknown <= MAX_SUGGESTIONS {
            suggest::did_you_mean(
                &entity_cell.text,
                table.ids.iter().map(String::as_str),
                false,
            )
        } else {
            None
        };
        d.help = Some(help.unwrap_or_else(|| {
            format!(
                "the entities of `{}` are the ids of `{}`",
                id(),
                crate::text::sanitize(&panel.decl.entities)
            )
        }));
        return None;
    };
    let value = cell("value")?;
    if value.text.is_empty() || crate::cell_text::is_missing_mark(&value.text) {
        return None; // no figure (an empty cell, `..`, `-` …): no-data, as for any target
    }
    let row_date = cell("as_of").filter(|c| !c.text.is_empty()).and_then(|c| {
        // Rows mostly share a date: the last one read is reused when its text recurs.
        let d = match last_date {
            Some((text, date)) if *text == c.text => Some(*date),
            _ => {
                let d = parse_day(&c.text);
                if let Some(d) = d {
                    *last_date = Some((c.text.clone(), d));
                }
                d
            }
        };
        if d.is_none() {
            actuals_csv::not_a_date(r, c);
        }
        d
    });
    let date = row_date.or(as_of);
    if date.is_none() && cell("as_of").is_none_or(|c| c.text.is_empty()) {
        let sp = cell("as_of").map_or(entity_cell.span.clone(), |c| c.span.clone());
        let d = r.error(
            sp,
            format!("no `as_of` for `{}` of `{}`", id(), entity_cell.text),
        );
        d.label = Some("this row needs a date".into());
        d.help = Some(
            "fill in `as_of` (2020-12-31) on every row with a value, or give the evaluation date of rows without one with `--as-of DATE`".into(),
        );
    }
    let observed = actuals_csv::observe(r, target, value, cell("unit"), spec.units());
    let plain = crate::cell_text::plain_number(&value.text);
    let entered = match (&observed, &target.unit, crate::decimal::parse(&plain)) {
        (Some(actuals::Observed::Number(_)), Some(unit), Ok(raw)) => {
            actuals::entered(raw, cell("unit").map(|c| c.text.as_str()), unit)
        }
        _ => None,
    };
    let (observed, date) = (observed?, date?);
    let text_of = |name: &str| {
        cell(name)
            .filter(|c| !c.text.is_empty())
            .map(|c| c.text.clone())
    };
    let row_start = row.first().map_or(0, |c| c.span.start);
    let actual = Actual {
        observed,
        as_of: date,
        source: text_of("source"),
        baseline: None,
        note: text_of("note"),
        by: None,
        entered,
        span: row_start..row.last().map_or(row_start, |c| c.span.end),
    };
    actuals::done_later(r, &target.id, value.span.clone(), &actual);
    Some((entity, actual, row_date))
}

/// Two rows of one entity of one target on one date: sorted so that they sit side by
/// side (and so that evaluation finds each entity's rows together, in date order).
fn twice_on_a_date(r: &mut Reader<'_>, spec: &crate::spec::Spec, rows: &mut [EntityActual]) {
    rows.sort_unstable_by_key(|e| (e.target, e.entity, e.actual.as_of, e.actual.span.start));
    let file = r.file;
    for pair in rows.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if (a.target, a.entity, a.actual.as_of) != (b.target, b.entity, b.actual.as_of) {
            continue;
        }
        let target = &spec.targets()[a.target as usize];
        let entity = spec
            .panel(a.target as usize)
            .and_then(|p| p.table.as_ref())
            .map(|t| t.ids[a.entity as usize].as_str())
            .unwrap_or_default();
        let d = r.error_of(
            Kind::Conflict,
            b.actual.span.clone(),
            format!(
                "a second row for `{}` of `{}` as of {}",
                crate::text::sanitize(&target.id),
                crate::text::sanitize(entity),
                b.actual.as_of
            ),
        );
        d.label = Some("second row".into());
        d.related.push(Related {
            file: file.clone(),
            span: a.actual.span.clone(),
            label: "first row".into(),
        });
        d.help = Some(
            "give an entity one row a date; keep the right figure (rows on different dates \
             are its history)"
                .into(),
        );
    }
}

/// Two files giving one entity of one target different figures for one date: a problem
/// at the later-named file's row, the other as a related place (as `snapshots::conflicts`
/// does for targets). The same figure twice is fine: snapshots may overlap.
pub fn conflicts(files: &[Actuals]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if files.iter().filter(|f| !f.entities.is_empty()).count() < 2 {
        return problems;
    }
    let mut all: Vec<(&EntityActual, &Actuals)> = files
        .iter()
        .flat_map(|f| f.entities.iter().map(move |e| (e, f)))
        .collect();
    all.sort_by(|(a, fa), (b, fb)| {
        (a.target, a.entity, a.actual.as_of, fa.file_name.as_str()).cmp(&(
            b.target,
            b.entity,
            b.actual.as_of,
            fb.file_name.as_str(),
        ))
    });
    for pair in all.windows(2) {
        let ((a, fa), (b, fb)) = (pair[0], pair[1]);
        if (a.target, a.entity, a.actual.as_of) != (b.target, b.entity, b.actual.as_of)
            || a.actual.observed.same_as(&b.actual.observed)
        {
            continue;
        }
        problems.push(
            Diagnostic::new(
                &fb.file,
                Some(b.actual.span.clone()),
                format!(
                    "two different figures for one entity as of {} in `{}` and `{}`",
                    b.actual.as_of,
                    crate::text::sanitize(&fa.file_name),
                    crate::text::sanitize(&fb.file_name),
                ),
            )
            .kind(Kind::Conflict)
            .label("this row")
            .related(&fa.file, a.actual.span.clone(), "differs from this row")
            .help(Some(
                "each date can have one figure per entity: correct one of them".into(),
            )),
        );
    }
    problems
}
