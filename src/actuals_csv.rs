//! Actuals as CSV, the form spreadsheets export: a header row naming some of the columns
//! `id,value,unit,as_of,source,note,by` (`id` and `value` required, any order), then one row
//! per target. An assessed target's row has its judgement: the status word in `value`
//! (met, on-track, behind, missed), who judged in `by` (required), why in `note`. Each row gets the checks of a TOML value (`actuals.rs`): the id must exist,
//! the unit must convert, the number must be finite and in range, a milestone takes
//! `true`, `false` or the date it happened. Problems point at the cell, by line and
//! column of the file and by spreadsheet row and column.
//!
//! Dates: a row's `as_of` is the date of its value. With `--as-of`, rows without one use
//! it and it is the file's date; without `--as-of`, every row with a value needs its own
//! `as_of`, and the file's date is the latest of them. A row whose `value` is empty says
//! nothing (the target reports `no-data`), like a commented-out line in TOML.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;

use crate::actuals::{self, Actual, Actuals, Observed};
use crate::decimal::{self, ParseError};
use crate::diagnostic::{Diagnostic, Kind, Related, SourceFile};
use crate::load::{Reader, parse_day};
use crate::sheet::{Cell, records};
use crate::spec::{Measure, Spec, Target};
use crate::suggest;

/// The columns a CSV actuals file may have, in the usual order.
pub const COLUMNS: [&str; 7] = ["id", "value", "unit", "as_of", "source", "note", "by"];

/// How a sheet of actuals is found in a workbook (`workbook::table`): its header names
/// `id` and `value`, a units row gives the unit of `value`. Every column of the ordinary
/// and of the long layout (`actuals_panel::COLUMNS`) is known: the fields a header can be
/// mapped to (`column_map::FIELDS`).
pub const SHEET_LAYOUT: crate::workbook::Layout<'static> = crate::workbook::Layout {
    required: &["id", "value"],
    known: &crate::column_map::FIELDS,
    units: Some(("value", "unit")),
};

/// Reads and checks a CSV actuals file against `spec`; all problems at once on failure.
///
/// In stages: the records ([`read_records`]), the header ([`read_header`]), each row
/// ([`read_row`], checked as a TOML value would be), then the file's date and the
/// snapshots the rows make ([`History::into_snapshots`]).
pub fn load(
    file: &SourceFile,
    spec: &Spec,
    as_of: Option<NaiveDate>,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    // Line ends of CR alone (spreadsheets on classic Mac OS) become LF, one byte for one:
    // lines are numbered as an editor numbers them, and every offset stays valid.
    let lf;
    let file = match lone_carriage_returns_to_lf(&file.text) {
        Some(text) => {
            lf = SourceFile::new(file.name.clone(), text);
            &lf
        }
        None => file,
    };
    let mut r = Reader::new(file);
    let Some(records) = read_records(&mut r) else {
        return Err(r.diags);
    };
    let Some((header, rows)) = records.split_first() else {
        let d = r.error(0..0, "the CSV file is empty");
        d.help = Some(format!("start with the header row `{}`", COLUMNS.join(",")));
        return Err(r.diags);
    };
    // Spreadsheet numbering: the header is row 1.
    let rows = rows
        .iter()
        .enumerate()
        .map(|(k, row)| (k + 2, row.as_slice()));
    load_rows(r, header, rows, spec, as_of, Origin::Csv)
}

/// Where the rows come from: a CSV file, or a sheet of a workbook (`sheet.rs`), whose
/// problems `workbook::relocate` names by cell afterwards.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin<'a> {
    Csv,
    /// The sheet's name.
    Sheet(&'a str),
}

impl Origin<'_> {
    /// How messages name the whole: "the CSV file", "the sheet `Data`".
    fn what(self) -> String {
        match self {
            Origin::Csv => "the CSV file".into(),
            Origin::Sheet(name) => format!("the sheet `{name}`"),
        }
    }
}

/// Reads and checks one sheet of a workbook laid out as CSV actuals are (`workbook::table`
/// gives its cells, each at its own place in `table.file`): the same header, rows and
/// checks as [`load`]. Problems are at the cells' ranges; `workbook::relocate` names them.
pub fn load_table(
    table: &crate::workbook::Table,
    sheet: &str,
    spec: &Spec,
    as_of: Option<NaiveDate>,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    let cell = |c: &crate::workbook::LocatedCell| Cell {
        text: c.text.clone(),
        span: c.span.clone(),
    };
    let mut r = Reader::new(&table.file);
    if table.header.is_empty() {
        let d = r.error(0..0, format!("the sheet `{sheet}` is empty"));
        d.help = Some(format!(
            "start with a header row naming the columns `{}`",
            COLUMNS.join("`, `")
        ));
        return Err(r.diags);
    }
    let header: Vec<Cell> = table.header.iter().map(cell).collect();
    let rows: Vec<(usize, Vec<Cell>)> = table
        .rows
        .iter()
        .map(|(n, row)| (*n as usize, row.iter().map(cell).collect()))
        .collect();
    let rows = rows.iter().map(|(n, row)| (*n, row.as_slice()));
    load_rows(r, &header, rows, spec, as_of, Origin::Sheet(sheet))
}

/// The header and the rows (numbered as a spreadsheet numbers them), checked.
fn load_rows<'a>(
    mut r: Reader<'_>,
    header: &[Cell],
    rows: impl Iterator<Item = (usize, &'a [Cell])>,
    spec: &Spec,
    as_of: Option<NaiveDate>,
    origin: Origin<'_>,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    let Some(index) = read_header(&mut r, header, &COLUMNS, origin) else {
        return Err(r.diags);
    };

    let mut history = History::default();
    for (row_no, row) in rows {
        if row.iter().all(|c| c.text.is_empty()) {
            continue;
        }
        let before = r.count();
        let columns = Columns {
            index: &index,
            header_len: header.len(),
        };
        let read = read_row(
            &mut r,
            spec,
            as_of,
            &columns,
            row,
            row_no,
            &mut history.seen,
        );
        if origin == Origin::Csv {
            name_cells(r.since(before), row, row_no, &index);
        }
        if let Some((id, actual, row_date)) = read {
            history.add(id, actual, row_date);
        }
    }
    history.into_snapshots(r, as_of, origin)
}

/// The file's records, or `None` when a line is too long or the CSV syntax is broken
/// (recorded in `r`).
fn read_records(r: &mut Reader<'_>) -> Option<Vec<Vec<Cell>>> {
    let file = r.file;
    if r.refuse_long_line("no row needs a line this long; check that this is a CSV file") {
        return None;
    }
    match records(&file.text) {
        Ok(records) => Some(records),
        Err((message, at)) => {
            r.error_of(Kind::InvalidCsv, at..at, format!("invalid CSV: {message}"))
                .label = Some("here".into());
            None
        }
    }
}

/// The header: which column is which, by name. `None` when the header has problems
/// (recorded in `r`): no header at all, an unknown or repeated column, `id` or `value`
/// missing.
pub(crate) fn read_header(
    r: &mut Reader<'_>,
    header: &[Cell],
    columns: &[&'static str],
    origin: Origin<'_>,
) -> Option<BTreeMap<&'static str, usize>> {
    let file = r.file;
    let known = |c: &Cell| {
        let name = c.text.trim_start_matches('\u{feff}').to_ascii_lowercase();
        columns.contains(&name.as_str())
    };
    if !header.iter().any(known) {
        let at = header.first().map_or(0, |c| c.span.start);
        let first_line = file.text.lines().next().unwrap_or_default();
        let semicolons = origin == Origin::Csv
            && first_line
                .split(';')
                .any(|c| columns.contains(&c.trim().to_ascii_lowercase().as_str()));
        let d = r.error(at..at, format!("{} has no header row", origin.what()));
        d.label = Some("row 1 should name the columns".into());
        d.help = Some(if semicolons {
            "the columns are separated by `;` (as some spreadsheet programs export): \
             separate them by `,`, e.g. save as \"CSV UTF-8 (comma delimited)\""
                .into()
        } else {
            format!(
                "add the header row `{}` (`id` and `value` are required)",
                columns.join(",")
            )
        });
        return None;
    }
    let before = r.count();
    let mut index: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (i, cell) in header.iter().enumerate() {
        let name = cell
            .text
            .trim_start_matches('\u{feff}')
            .to_ascii_lowercase();
        match columns.iter().find(|c| **c == name) {
            Some(c) if index.contains_key(c) => {
                let d = r.error(cell.span.clone(), format!("column `{c}` appears twice"));
                d.label = Some("second copy".into());
                d.help = Some("keep one column of each name".into());
            }
            Some(c) => {
                index.insert(c, i);
            }
            None => {
                let help = suggest::did_you_mean(&name, columns.iter().copied(), false)
                    .or_else(|| year_column_help(&name))
                    .unwrap_or_else(|| {
                        format!(
                            "{} actuals have the columns {}; remove this one",
                            if origin == Origin::Csv {
                                "CSV"
                            } else {
                                "Spreadsheet"
                            },
                            columns
                                .iter()
                                .map(|c| format!("`{c}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    });
                let d = r.error(cell.span.clone(), format!("unknown column `{name}`"));
                d.label = Some("not a column of CSV actuals".into());
                d.help = Some(help);
            }
        }
    }
    let header_span = header.first().map_or(0..0, |c| c.span.start..c.span.start);
    for required in ["id", "value"] {
        if !index.contains_key(required) {
            let d = r.error(header_span.clone(), format!("missing column `{required}`"));
            d.label = Some("this header needs `id` and `value`".into());
            d.help = Some(format!(
                "the header row names the columns, e.g. `{}`",
                columns.join(",")
            ));
        }
    }
    (r.count() == before).then_some(index)
}

/// A header cell that is a year (`2023`, `2023年`): the figures of a year across the
/// header are not a layout actuals take; say how to lay them out.
fn year_column_help(name: &str) -> Option<String> {
    crate::column_map::year_of(name).map(|year| {
        format!(
            "a column of figures per year is not read: name the figure column `value` and \
             give each row its date in `as_of` (e.g. {year}-12-31), or read the sheet as \
             published: `--column value={name}` (and `--column id=…` or `--target-id`)"
        )
    })
}

/// The header's columns: where each named one is, and how many cells a row has.
pub(crate) struct Columns<'a> {
    pub(crate) index: &'a BTreeMap<&'static str, usize>,
    pub(crate) header_len: usize,
}

/// Where each target's row of each date is, and whether that row gave its own date.
pub(crate) type Seen = BTreeMap<(String, NaiveDate), (Range<usize>, bool)>;

/// One row, checked: its target id, its value and the date the row gives itself.
/// `None` when the row says nothing (an empty value) or has problems (recorded in `r`).
pub(crate) fn read_row(
    r: &mut Reader<'_>,
    spec: &Spec,
    as_of: Option<NaiveDate>,
    columns: &Columns<'_>,
    row: &[Cell],
    row_no: usize,
    seen: &mut Seen,
) -> Option<(String, Actual, Option<NaiveDate>)> {
    let file = r.file;
    let index = columns.index;
    let row_start = row.first().map_or(0, |c| c.span.start);
    if row.len() != columns.header_len {
        let d = r.error(
            row_start..row_start,
            format!(
                "row {row_no} has {} cells, but the header has {}",
                row.len(),
                columns.header_len
            ),
        );
        d.label = Some("this row".into());
        d.help = Some(
            "each row has one cell per header column; quote a cell that contains a comma".into(),
        );
        return None;
    }
    let cell = |name: &str| index.get(name).map(|&i| &row[i]);

    let id_cell = cell("id").expect("checked in read_header");
    if id_cell.text.is_empty() {
        let d = r.error(id_cell.span.clone(), "the id is empty");
        d.help = Some(format!(
            "give the target id, e.g. `{}`",
            actuals::example_id(spec)
        ));
        return None;
    }
    let id = id_cell.text.as_str();
    let Some(target) = spec.target(id) else {
        // Suggestions only while problems are few (see `actuals::unknown_id`).
        let suggest = r.diags.len() < actuals::MAX_SUGGESTIONS;
        actuals::unknown_id(r, spec, id, id_cell.span.clone(), suggest);
        return None;
    };

    let value_cell = cell("value").expect("checked in read_header");
    if value_cell.text.is_empty() || crate::cell_text::is_missing_mark(&value_cell.text) {
        return None; // no figure (an empty cell, `..`, `-` …): no-data
    }
    let row_date = cell("as_of").filter(|c| !c.text.is_empty()).and_then(|c| {
        let d = parse_day(&c.text);
        if d.is_none() {
            not_a_date(r, c);
        }
        d
    });
    let date = row_date.or(as_of);
    if date.is_none() && cell("as_of").is_none_or(|c| c.text.is_empty()) {
        let sp = cell("as_of").map_or(id_cell.span.clone(), |c| c.span.clone());
        let d = r.error(sp, format!("no `as_of` for `{id}`"));
        d.label = Some("this row needs a date".into());
        d.help = Some(if index.contains_key("as_of") {
            "fill in `as_of` (2020-12-31) on every row with a value, or give the evaluation date of rows without one with `--as-of DATE`".into()
        } else {
            "add an `as_of` column and fill it in, or give the evaluation date of rows without one with `--as-of DATE`"
                .into()
        });
    }
    if let Some(date) = date {
        if let Some((first, first_dated)) = seen.get(&(id.to_string(), date)) {
            let from_flag = if row_date.is_none() || !first_dated {
                " (the evaluation date, for a row without one of its own)"
            } else {
                ""
            };
            let d = r.error(
                id_cell.span.clone(),
                format!("a second row for `{id}` as of {date}{from_flag}"),
            );
            d.label = Some("second row".into());
            d.related.push(Related {
                file: file.clone(),
                span: first.clone(),
                label: "first row".into(),
            });
            d.help = Some(
                "give a target one row a date; keep the right figure (rows on \
                 different dates are its history)"
                    .into(),
            );
            return None;
        }
        seen.insert(
            (id.to_string(), date),
            (id_cell.span.clone(), row_date.is_some()),
        );
    }
    let by_cell = cell("by").filter(|c| !c.text.is_empty());
    let (observed, by) = if target.measure == Measure::Assessed {
        judged_row(r, target, value_cell, cell("unit"), by_cell, id_cell).unzip()
    } else {
        if let Some(b) = by_cell {
            crate::assessed::judgement_for_computed(r, id, target.measure.as_str(), b.span.clone());
        }
        (
            observe(r, target, value_cell, cell("unit"), spec.units()),
            None,
        )
    };
    let plain = crate::cell_text::plain_number(&value_cell.text);
    let entered = match (&observed, &target.unit, decimal::parse(&plain)) {
        (Some(Observed::Number(_)), Some(unit), Ok(raw)) => {
            actuals::entered(raw, cell("unit").map(|c| c.text.as_str()), unit)
        }
        _ => None,
    };
    let (Some(observed), Some(date)) = (observed, date) else {
        return None;
    };
    let text_of = |name: &str| {
        cell(name)
            .filter(|c| !c.text.is_empty())
            .map(|c| c.text.clone())
    };
    let (source, note) = (text_of("source"), text_of("note"));
    let actual = Actual {
        observed,
        as_of: date,
        source,
        baseline: None,
        note,
        by,
        entered,
        // The whole row, for a conflict with another snapshot.
        span: row_start..row.last().map_or(row_start, |c| c.span.end),
    };
    actuals::done_later(r, id, value_cell.span.clone(), &actual);
    Some((id.to_string(), actual, row_date))
}

/// The rows read so far, as snapshots. Rows of one target on several dates are its
/// history. A snapshot holds one value a target, so the first row of each target goes
/// into the first, its second row into the second, and so on; a file with a row a target
/// is one snapshot, as before.
#[derive(Default)]
pub(crate) struct History {
    layers: Vec<BTreeMap<String, Actual>>,
    rows_of: BTreeMap<String, usize>,
    pub(crate) seen: Seen,
    /// The dates rows give themselves.
    pub(crate) dates: Vec<NaiveDate>,
}

impl History {
    pub(crate) fn add(&mut self, id: String, actual: Actual, row_date: Option<NaiveDate>) {
        self.dates.extend(row_date);
        // The target's n-th row goes into the n-th snapshot.
        let n = self.rows_of.entry(id.clone()).or_default();
        if *n == self.layers.len() {
            self.layers.push(BTreeMap::new());
        }
        self.layers[*n].insert(id, actual);
        *n += 1;
    }

    /// The snapshots, dated `as_of` (from `--as-of`) or else the latest date a row gives;
    /// every problem of the file if it has any.
    pub(crate) fn into_snapshots(
        mut self,
        mut r: Reader<'_>,
        as_of: Option<NaiveDate>,
        origin: Origin<'_>,
    ) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
        let file = r.file;
        let file_as_of = as_of.or_else(|| self.dates.iter().max().copied());
        if file_as_of.is_none() && r.diags.is_empty() {
            let d = r.error(
                0..0,
                format!("{} gives no date: no row has an `as_of`", origin.what()),
            );
            d.label = Some("this file needs a date".into());
            d.help = Some(
                "fill in the `as_of` column, or give the evaluation date of rows without one with `--as-of DATE`"
                    .into(),
            );
        }
        match (file_as_of, r.diags.is_empty()) {
            (Some(as_of), true) => {
                if self.layers.is_empty() {
                    self.layers.push(BTreeMap::new());
                }
                Ok(self
                    .layers
                    .into_iter()
                    .map(|values| Actuals {
                        file_name: file.name.clone(),
                        file: file.clone(),
                        as_of,
                        source: None,
                        values,
                        entities: Vec::new(),
                    })
                    .collect())
            }
            _ => Err(r.diags),
        }
    }
}

/// An assessed target's row: the status word in `value`, who judged in `by` (required),
/// no unit.
fn judged_row(
    r: &mut Reader<'_>,
    target: &Target,
    value: &Cell,
    unit: Option<&Cell>,
    by: Option<&Cell>,
    id_cell: &Cell,
) -> Option<(Observed, String)> {
    let id = target.id.as_str();
    if let Some(u) = unit.filter(|u| !u.text.is_empty()) {
        let d = r.error_of(
            Kind::NotTaken,
            u.span.clone(),
            format!("`{id}` is assessed and takes no unit"),
        );
        d.help = Some("leave the unit cell empty; the value is a status word".into());
    }
    let status = if decimal::parse(&value.text).is_ok() {
        crate::assessed::not_a_judgement(
            r,
            id,
            value.span.clone(),
            &format!("the number {}", value.text),
        );
        None
    } else {
        crate::assessed::status_at(r, &value.text, value.span.clone())
    };
    let by = match by {
        Some(b) => crate::assessed::by_at(r, &b.text, b.span.clone()),
        None => {
            let d = r.error_of(
                Kind::MissingKey,
                id_cell.span.clone(),
                format!("no `by` for `{id}`: a judgement says who made it"),
            );
            d.label = Some("this row needs `by`".into());
            d.help =
                Some("add a `by` column and name who assessed the target; `note` says why".into());
            None
        }
    };
    Some((Observed::Assessed(status?), by?))
}

/// The value of one row, checked as a TOML value would be.
pub(crate) fn observe(
    r: &mut Reader<'_>,
    target: &Target,
    value: &Cell,
    unit: Option<&Cell>,
    units: &crate::units::Units,
) -> Option<Observed> {
    let text = value.text.as_str();
    let unit = unit.filter(|u| !u.text.is_empty());
    if target.measure == Measure::Milestone {
        if let Some(u) = unit {
            let d = r.error_of(
                Kind::NotTaken,
                u.span.clone(),
                format!("`{}` is a milestone and takes no unit", target.id),
            );
            d.help = Some("leave the unit cell empty".into());
            return None;
        }
        return match text.to_ascii_lowercase().as_str() {
            "true" => Some(Observed::Done {
                done: true,
                date: None,
            }),
            "false" => Some(Observed::Done {
                done: false,
                date: None,
            }),
            _ => match parse_day(text) {
                Some(d) => Some(Observed::Done {
                    done: true,
                    date: Some(d),
                }),
                None => {
                    let what = if text.parse::<f64>().is_ok() {
                        "a number was given"
                    } else {
                        "this is neither true, false nor a date"
                    };
                    let d = r.error(
                        value.span.clone(),
                        format!("`{}` is a milestone, but {what}", target.id),
                    );
                    d.label = Some("expected true, false or a date".into());
                    d.help =
                        Some("write `true`, `false`, or the day it happened (2020-09-15)".into());
                    None
                }
            },
        };
    }
    // Thousands separators where they cannot be misread (`1,234.5`): `cell_text`.
    let text = &*crate::cell_text::plain_number(text);
    // As in TOML, an integer is 64-bit: beyond, it would be a different kind of number
    // in the two formats.
    if beyond_i64(text) {
        let d = r.error(
            value.span.clone(),
            format!("the value of `{}` is out of range: {text}", target.id),
        );
        d.label = Some("out of range".into());
        d.help = Some(
            "integers must fit 64 bits (up to about 9.2e18): write large integers as \
             floats, e.g. 1.2e20"
                .into(),
        );
        return None;
    }
    let n = match decimal::parse(text) {
        Ok(n) => n,
        Err(ParseError::OutOfRange) => {
            let d = r.error(
                value.span.clone(),
                format!("the value of `{}` is out of range", target.id),
            );
            d.label = Some("out of range".into());
            d.help = Some(crate::load::out_of_range_help().into());
            return None;
        }
        Err(ParseError::NotFinite) => {
            let d = r.error(
                value.span.clone(),
                format!("`{}` must be a finite number", target.id),
            );
            d.label = Some("not a finite number".into());
            d.help = Some(
                "nan and inf are not figures; write the number, or leave the cell empty".into(),
            );
            return None;
        }
        Err(ParseError::NotANumber) => {
            let help = if text.ends_with('%') || text.ends_with('％') {
                let figure = crate::cell_text::bare_figure(text).unwrap_or_else(|| "92".into());
                format!("write the number alone ({figure}) and the unit in the `unit` column (%)")
            } else if text.contains(',') {
                let (figure, written) = match crate::cell_text::bare_figure(text) {
                    Some(f) => (f, text.trim().to_string()),
                    None => ("1846".into(), "1,846".into()),
                };
                format!(
                    "write the number without thousands separators: {figure}, not {written} \
                     (separators are taken only where they cannot be a decimal comma, as in \
                     1,846.5 or 1,846,000); the decimal mark is `.`"
                )
            } else if text.eq_ignore_ascii_case("true") || text.eq_ignore_ascii_case("false") {
                format!("`{}` is not a milestone; give its figure", target.id)
            } else {
                "write a plain number such as 1846 or 12.5".to_string()
            };
            let d = r.error(
                value.span.clone(),
                format!(
                    "the value of `{}` must be a number, found `{text}`",
                    target.id
                ),
            );
            d.label = Some("expected a number".into());
            d.help = Some(help);
            return None;
        }
    };
    let target_unit = target.unit.as_ref()?;
    let n = match unit {
        Some(u) => actuals::convert_unit(
            r,
            &Spanned::new(u.span.clone(), u.text.clone()),
            n,
            target_unit,
            value.span.clone(),
            units,
        )?,
        None => n,
    };
    let n = actuals::check_range(r, target, n, value.span.clone(), units)?;
    Some(Observed::Number(n))
}

/// An integer (digits, perhaps a sign) that does not fit 64 bits.
fn beyond_i64(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && text.parse::<i64>().is_err()
}

/// The text with each CR that is not followed by LF replaced by LF; `None` if it has none.
fn lone_carriage_returns_to_lf(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone) {
        return None;
    }
    let mut out = bytes.to_vec();
    for (i, b) in out.iter_mut().enumerate() {
        if lone(i) {
            *b = b'\n';
        }
    }
    // One ASCII byte for another: still UTF-8.
    Some(String::from_utf8(out).expect("ASCII replaced by ASCII"))
}

/// Puts "row 3, column B (`value`)" before each message, so the spreadsheet cell is named
/// as well as the file's line and column.
pub(crate) fn name_cells<'d>(
    diags: impl Iterator<Item = &'d mut Diagnostic>,
    row: &[Cell],
    row_no: usize,
    index: &BTreeMap<&str, usize>,
) {
    for d in diags {
        let at = d.span.as_ref().map_or(0, |s| s.start);
        let column = row
            .iter()
            .position(|c| c.span.start <= at && (at < c.span.end || at == c.span.start))
            .and_then(|i| index.iter().find(|(_, j)| **j == i).map(|(name, _)| *name));
        d.message = match column {
            Some(name) => format!(
                "row {row_no}, column {}: {}",
                column_name(index, name),
                d.message
            ),
            None => format!("row {row_no}: {}", d.message),
        };
    }
}

/// "B (`value`)": the spreadsheet letter of a column and its name.
fn column_name(index: &BTreeMap<&str, usize>, name: &str) -> String {
    match index.get(name) {
        Some(&i) => format!("{} (`{name}`)", column_letter(i)),
        None => format!("`{name}`"),
    }
}

/// The spreadsheet letter of column `i` (0 for A), as a workbook names it.
fn column_letter(i: usize) -> String {
    crate::workbook::column_letter(u32::try_from(i).unwrap_or(u32::MAX))
}

/// A cell that should hold a date (`as_of`) and does not: the one problem for CSV rows,
/// sheet rows and panel rows alike.
pub(crate) fn not_a_date(r: &mut Reader<'_>, c: &Cell) {
    let e = r.error_of(
        Kind::NotADate,
        c.span.clone(),
        format!("`{}` is not a date", c.text),
    );
    e.label = Some("expected a date".into());
    e.help = Some("write dates as year-month-day: 2020-12-31".into());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_located_through_quotes() {
        let text = "id,value\n\"a,b\",\"1\"\"2\"\nc,3\n";
        let recs = records(text).unwrap();
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[1][0].text, "a,b");
        assert_eq!(&text[recs[1][0].span.clone()], "\"a,b\"");
        assert_eq!(&text[recs[1][1].span.clone()], "\"1\"\"2\"");
        assert_eq!(&text[recs[2][1].span.clone()], "3");
    }

    #[test]
    fn lone_carriage_returns_become_line_feeds() {
        assert_eq!(lone_carriage_returns_to_lf("a\r\nb\n"), None);
        assert_eq!(
            lone_carriage_returns_to_lf("a\rb\r\nc\r").as_deref(),
            Some("a\nb\r\nc\n")
        );
    }

    #[test]
    fn integers_beyond_64_bits() {
        assert!(beyond_i64("18446744073709551615"));
        assert!(beyond_i64("-9223372036854775809"));
        assert!(!beyond_i64("9223372036854775807"));
        assert!(!beyond_i64("1.8e19"));
        assert!(!beyond_i64("18446744073709551615.0"));
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(4), "E");
        assert_eq!(column_letter(26), "AA");
    }
}
