//! Reading one sheet of an `.xlsx` workbook (calamine) into rows of cells that know where
//! they are (`Sheet1!C7`), for the loaders of tables that come from spreadsheets.
//!
//! `FILE.xlsx` names the first sheet, `FILE.xlsx#Sheet` the sheet of that name. Every
//! cell becomes text, as a CSV export would write it, so that loaders apply one set of
//! rules to CSV and spreadsheets alike:
//!
//! - a number is written in the shortest form that reads back as the same binary number
//!   (`0.1`, not `0.1000000000000000055511151231257827`): the decimal it was typed as;
//!   beyond 64-bit integers, in exponent form (`1.2e20`);
//! - a date cell is `YYYY-MM-DD` (with `THH:MM:SS` when it has a time of day);
//! - `TRUE`/`FALSE` are `true`/`false`; text is trimmed;
//! - a formula's cached value is read like any other value; an error value (`#DIV/0!`,
//!   `#N/A`, …) is a problem.
//!
//! Memory is bounded as for a CSV file (docs/limits.md): the workbook at most
//! [`MAX_FILE_BYTES`], its parts at most [`MAX_UNPACKED_BYTES`] unpacked (as their
//! sizes are declared), and the sheet's cells, written as CSV, at most [`MAX_FILE_BYTES`]
//! in all and [`MAX_LINE_BYTES`] a row.
//!
//! A loader that works on located text (byte ranges in a [`SourceFile`], as the CSV
//! loader does) takes [`Table`]: the sheet's header row and data rows with a range per
//! cell in a text made for the purpose; [`relocate`] then turns the problems found at
//! those ranges into problems named by sheet, cell and column.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::ops::Range;
use std::path::{Path, PathBuf};

use calamine::{DataRef, Reader as _, Xlsx, XlsxError};

use crate::diagnostic::{Diagnostic, Kind, SourceFile, push_bounded};
use crate::load::{MAX_FILE_BYTES, MAX_LINE_BYTES};
use crate::suggest;

/// The parts of a workbook (its XML files, inside the zip) together may not unpack to
/// more than this, by the sizes the zip declares: four times the file limit, room for a
/// sheet whose cells make a CSV file of the limit's size.
pub const MAX_UNPACKED_BYTES: u64 = 4 * MAX_FILE_BYTES;

pub use crate::sheet_shape::{CellKind, Layout, SheetCell, SheetRow};

/// A sheet read whole: its workbook's path as given, its name, its non-empty rows.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub file: String,
    pub name: String,
    pub rows: Vec<SheetRow>,
}

/// Whether a path names a workbook: `*.xlsx`, or `*.xlsx#Sheet` (any case).
pub fn is_workbook(path: &Path) -> bool {
    split(path)
        .0
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// The workbook's path and the sheet named after `#`, if any. A file whose own name
/// contains `.xlsx#` is taken whole.
pub fn split(path: &Path) -> (PathBuf, Option<String>) {
    let text = path.to_string_lossy();
    if !path.exists() {
        let lower = text.to_ascii_lowercase();
        if let Some(at) = lower.rfind(".xlsx#") {
            let cut = at + ".xlsx".len();
            return (
                PathBuf::from(&text[..cut]),
                Some(text[cut + 1..].to_string()),
            );
        }
    }
    (path.to_path_buf(), None)
}

/// "C7": the A1 name of a cell (row and column from 0).
pub fn cell_name(row: u32, col: u32) -> String {
    format!("{}{}", column_letter(col), row + 1)
}

/// "A", "B", …, "Z", "AA": the spreadsheet letter of a column (0 for A).
pub fn column_letter(col: u32) -> String {
    let mut i = col as usize;
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ASCII letters")
}

/// A problem with the workbook as a whole.
fn whole(name: &str, kind: Kind, message: String, help: &str) -> Box<Diagnostic> {
    Box::new(
        Diagnostic::new(&SourceFile::new(name, ""), None, message)
            .kind(kind)
            .help(Some(help.into())),
    )
}

/// A problem at one cell: "Sheet1!C7: …".
fn at_cell(name: &str, sheet: &str, row: u32, col: u32, message: String, help: &str) -> Diagnostic {
    Diagnostic::new(
        &SourceFile::new(name, ""),
        None,
        format!("{}!{}: {message}", sheet_label(sheet), cell_name(row, col)),
    )
    .kind(Kind::InvalidWorkbook)
    .help(Some(help.into()))
}

/// A sheet name as it appears before `!`: quoted when it is not a plain word, as
/// spreadsheet formulas write it (`'Q1 figures'!B2`). Control characters are made safe
/// when the message is shown.
fn sheet_label(sheet: &str) -> String {
    if !sheet.is_empty() && sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
        sheet.to_string()
    } else {
        format!("'{}'", sheet.replace('\'', "''"))
    }
}

/// Reads the sheet `path` names (`FILE.xlsx` or `FILE.xlsx#Sheet`); every problem found
/// on failure, located by sheet and cell.
pub fn read(path: &Path) -> Result<Sheet, Vec<Diagnostic>> {
    let name = path.display().to_string();
    let (file_path, wanted) = split(path);
    let file = open(&name, &file_path).map_err(|d| vec![*d])?;
    read_from(&name, BufReader::new(file), wanted.as_deref())
}

/// Reads a sheet (the first, or the one named `wanted`) from a workbook's bytes, named
/// `name` in messages: what [`read`] does once the file is open.
pub fn read_from<RS: Read + Seek>(
    name: &str,
    source: RS,
    wanted: Option<&str>,
) -> Result<Sheet, Vec<Diagnostic>> {
    // calamine can panic on a malformed part (a reversed `<dimension ref="B2:A1"/>`
    // overflows a subtraction where overflow is checked; found by fuzzing): such a file is
    // not a readable workbook, not a crash. The default hook would print the panic first.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_unguarded(name, source, wanted)
    }));
    std::panic::set_hook(hook);
    read.unwrap_or_else(|_| {
        Err(vec![*whole(
            name,
            Kind::InvalidWorkbook,
            "not a readable .xlsx workbook: a part of it is malformed".into(),
            "open it in a spreadsheet program and save it again as .xlsx, or save the sheet as CSV",
        )])
    })
}

fn read_unguarded<RS: Read + Seek>(
    name: &str,
    mut source: RS,
    wanted: Option<&str>,
) -> Result<Sheet, Vec<Diagnostic>> {
    let one = |d: Box<Diagnostic>| vec![*d];
    check_unpacked_size(name, &mut source).map_err(one)?;
    let mut magic = [0u8; 4];
    let old = source.rewind().is_ok()
        && source.read_exact(&mut magic).is_ok()
        && magic == [0xD0, 0xCF, 0x11, 0xE0];
    source.rewind().map_err(|e| {
        one(whole(
            name,
            Kind::Unreadable,
            format!("cannot read the file: {e}"),
            "check the path and its permissions",
        ))
    })?;
    let mut book: Xlsx<RS> = Xlsx::new(source).map_err(|e| one(workbook_error(name, old, e)))?;
    let names = book.sheet_names();
    let sheet = match wanted {
        Some(w) => match names.iter().find(|n| *n == w) {
            Some(n) => n.clone(),
            None => return Err(one(no_such_sheet(name, w, &names))),
        },
        None => match names.first() {
            Some(n) => n.clone(),
            None => {
                return Err(one(whole(
                    name,
                    Kind::InvalidWorkbook,
                    "the workbook has no sheets".into(),
                    "check that this is the right file",
                )));
            }
        },
    };
    let rows = read_cells(name, &sheet, &mut book)?;
    Ok(Sheet {
        file: name.to_string(),
        name: sheet,
        rows,
    })
}

fn open(name: &str, path: &Path) -> Result<File, Box<Diagnostic>> {
    if path.is_dir() {
        return Err(whole(
            name,
            Kind::Unreadable,
            "is a directory, not a file".into(),
            "name an .xlsx file",
        ));
    }
    let file = File::open(path).map_err(|e| {
        whole(
            name,
            Kind::Unreadable,
            format!("cannot read the file: {e}"),
            if path.is_absolute() {
                "check the path"
            } else {
                "check the path; it is relative to the current directory"
            },
        )
    })?;
    let size = file.metadata().map_or(0, |m| m.len());
    if size > MAX_FILE_BYTES {
        return Err(whole(
            name,
            Kind::TooLarge,
            format!(
                "the file is too large: {} MiB, the limit is {} MiB",
                size.div_ceil(1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            "split the workbook or check that it is the right one",
        ));
    }
    Ok(file)
}

/// Refuses a workbook whose parts declare more than [`MAX_UNPACKED_BYTES`] unpacked (a
/// "zip bomb" would otherwise be unpacked into memory). Not a zip file at all is left to
/// calamine, which says what it is.
fn check_unpacked_size<RS: Read + Seek>(
    name: &str,
    source: &mut RS,
) -> Result<(), Box<Diagnostic>> {
    let Ok(mut zip) = zip::ZipArchive::new(source) else {
        return Ok(());
    };
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        if let Ok(part) = zip.by_index_raw(i) {
            total = total.saturating_add(part.size());
        }
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(whole(
            name,
            Kind::TooLarge,
            format!(
                "the workbook unpacks to {} MiB, the limit is {} MiB",
                total.div_ceil(1024 * 1024),
                MAX_UNPACKED_BYTES / (1024 * 1024)
            ),
            "split the workbook, or save the sheet as CSV",
        ));
    }
    Ok(())
}

fn workbook_error(name: &str, old: bool, e: XlsxError) -> Box<Diagnostic> {
    match e {
        XlsxError::Password => whole(
            name,
            Kind::InvalidWorkbook,
            "the workbook is password-protected (encrypted)".into(),
            "open it in the spreadsheet program, remove the password and save it again, or save the sheet as CSV",
        ),
        XlsxError::Zip(_) => whole(
            name,
            Kind::InvalidWorkbook,
            if old {
                "not an .xlsx workbook: this looks like an Excel 97-2003 (.xls) file".into()
            } else {
                "not an .xlsx workbook (not a zip archive)".into()
            },
            "save it as an Excel Workbook (.xlsx), or as CSV",
        ),
        XlsxError::Io(e) => whole(
            name,
            Kind::Unreadable,
            format!("cannot read the file: {e}"),
            "check the path and its permissions",
        ),
        other => whole(
            name,
            Kind::InvalidWorkbook,
            format!("not a readable .xlsx workbook: {other}"),
            "open it in a spreadsheet program and save it again as .xlsx, or save the sheet as CSV",
        ),
    }
}

fn no_such_sheet(name: &str, wanted: &str, names: &[String]) -> Box<Diagnostic> {
    let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let mut help = format!("the workbook's sheets are {}", listed.join(", "));
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    if let Some(s) = suggest::did_you_mean(wanted, refs, false) {
        help = format!("{s}; {help}");
    }
    whole(
        name,
        Kind::InvalidWorkbook,
        format!("the workbook has no sheet `{wanted}`"),
        &help,
    )
}

/// The non-empty cells of `sheet`, row by row, within the limits.
fn read_cells<RS: Read + Seek>(
    name: &str,
    sheet: &str,
    book: &mut Xlsx<RS>,
) -> Result<Vec<SheetRow>, Vec<Diagnostic>> {
    let unreadable = |e: XlsxError| {
        vec![*whole(
            name,
            Kind::InvalidWorkbook,
            format!("the sheet `{sheet}` cannot be read: {e}"),
            "open it in a spreadsheet program and save it again as .xlsx, or save the sheet as CSV",
        )]
    };
    let mut reader = book.worksheet_cells_reader(sheet).map_err(unreadable)?;
    let mut cells: Vec<(u32, SheetCell)> = Vec::new();
    let mut errors = Vec::new();
    // What the cells would take as CSV: each cell's text and a separator.
    let mut total: u64 = 0;
    let mut rows_bytes: std::collections::HashMap<u32, u64> = std::collections::HashMap::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (row, col) = cell.get_position();
        let Some((text, kind)) = (match cell.get_value() {
            DataRef::Error(e) => {
                let d = at_cell(
                    name,
                    sheet,
                    row,
                    col,
                    format!("the cell holds the error {e}"),
                    "fix the formula or the value, or clear the cell",
                );
                push_bounded(&mut errors, d);
                None
            }
            other => as_text(other),
        }) else {
            continue;
        };
        let cost = text.len() as u64 + 1;
        total += cost;
        let in_row = rows_bytes.entry(row).or_default();
        *in_row += cost;
        if *in_row > MAX_LINE_BYTES as u64 {
            return Err(vec![
                at_cell(
                    name,
                    sheet,
                    row,
                    col,
                    format!(
                        "row {} is too long: over {} KiB of cells, the limit is {} KiB",
                        row + 1,
                        *in_row / 1024,
                        MAX_LINE_BYTES / 1024
                    ),
                    "no row of a table needs this much; check that this is the right sheet",
                )
                .kind(Kind::LineTooLong),
            ]);
        }
        if total > MAX_FILE_BYTES {
            return Err(vec![*whole(
                name,
                Kind::TooLarge,
                format!(
                    "the sheet `{sheet}` is too large: over {} MiB of cells, the limit is {} MiB",
                    MAX_FILE_BYTES / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
                "split the sheet or check that it is the right one",
            )]);
        }
        cells.push((row, SheetCell { col, text, kind }));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    cells.sort_by_key(|(row, c)| (*row, c.col));
    let mut rows: Vec<SheetRow> = Vec::new();
    for (row, cell) in cells {
        match rows.last_mut() {
            Some(last) if last.number == row + 1 => {
                // A cell written twice (a hostile file): the later one wins, as in Excel.
                if last.cells.last().is_some_and(|c| c.col == cell.col) {
                    last.cells.pop();
                }
                last.cells.push(cell);
            }
            _ => rows.push(SheetRow {
                number: row + 1,
                cells: vec![cell],
            }),
        }
    }
    Ok(rows)
}

/// A cell's value as text, `None` when it is empty.
fn as_text(value: &DataRef<'_>) -> Option<(String, CellKind)> {
    let text = |s: &str| {
        let t = s.trim();
        (!t.is_empty()).then(|| (t.to_string(), CellKind::Text))
    };
    match value {
        DataRef::Empty | DataRef::Error(_) => None,
        DataRef::String(s) => text(s),
        DataRef::SharedString(s) => text(s),
        DataRef::Int(i) => Some((i.to_string(), CellKind::Number)),
        DataRef::Float(f) => Some((number_text(*f), CellKind::Number)),
        DataRef::Bool(b) => Some((b.to_string(), CellKind::Bool)),
        DataRef::DateTime(d) => Some(match d.as_datetime() {
            Some(dt) if d.is_datetime() => {
                if dt.time() == chrono::NaiveTime::MIN {
                    (dt.date().format("%Y-%m-%d").to_string(), CellKind::Date)
                } else {
                    (dt.format("%Y-%m-%dT%H:%M:%S").to_string(), CellKind::Date)
                }
            }
            // A duration, or a serial number outside the calendar: the number itself.
            _ => (number_text(d.as_f64()), CellKind::Number),
        }),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            text(s).map(|(t, _)| (t, CellKind::Date))
        }
    }
}

/// The shortest decimal text that reads back as `f` (Rust's `Display` for `f64`, which
/// never rounds to fewer digits than the float needs nor prints more): the number as it
/// was typed into the cell, `0.1` for 0.1. An integer beyond 64 bits is written with an
/// exponent (`1.2e20`), as TOML would require.
pub fn number_text(f: f64) -> String {
    let plain = format!("{f}");
    let digits = plain.strip_prefix('-').unwrap_or(&plain);
    if digits.bytes().all(|b| b.is_ascii_digit()) && plain.parse::<i64>().is_err() {
        format!("{f:e}")
    } else {
        plain
    }
}

/// A cell placed in the text made for a loader: its text and the byte range it has there.
#[derive(Debug, Clone)]
pub struct LocatedCell {
    pub text: String,
    pub span: Range<usize>,
}

/// A sheet as a loader of located text reads it: the header row (its non-empty cells),
/// and each later row with one cell per header column (empty where the sheet has none),
/// each at its own range of `file`'s text.
#[derive(Debug)]
pub struct Table {
    pub file: SourceFile,
    pub header: Vec<LocatedCell>,
    pub rows: Vec<(u32, Vec<LocatedCell>)>,
}

/// Marks the start and the end of a cell's place in a [`Table`]'s text; XML (and so a
/// workbook) cannot hold it, so it cannot occur in a cell or a sheet name.
const MARK: char = '\0';

/// How the cell giving the table's unit (a units row's, a title's `单位：亿元`) is named
/// in messages: "Sheet1!C3 (the table's unit)".
const UNITS_ROW: &str = "units row";

/// Lays a sheet out for a loader of located text. The header is the first row that
/// names every required column (rows above it are a title: skipped; see
/// `crate::sheet_shape::header_row`), a units row right under it gives the unit of the
/// figures, and the first note row (`注：…`, `Source: …`) ends the table. A value in a
/// column without a header is a problem, and so is a row of figures below the notes. No
/// rows at all (an empty sheet) is an empty header.
pub fn table(sheet: &Sheet, layout: &Layout<'_>) -> Result<Table, Vec<Diagnostic>> {
    let mut text = String::new();
    let label = sheet_label(&sheet.name).replace(MARK, "");
    let place = |text: &mut String, row: u32, col: u32, column: Option<&str>, value: &str| {
        text.push(MARK);
        text.push_str(&label);
        text.push('!');
        text.push_str(&cell_name(row - 1, col));
        match column {
            Some(UNITS_ROW) => text.push_str(" (the table's unit)"),
            Some(c) => text.push_str(&format!(" (column `{c}`)")),
            None => {}
        }
        text.push(MARK);
        let start = text.len();
        text.push_str(value);
        LocatedCell {
            text: value.to_string(),
            span: start..text.len(),
        }
    };
    let Some(at) = crate::sheet_shape::header_row(&sheet.rows, layout) else {
        return Ok(Table {
            file: SourceFile::new(sheet.file.clone(), text),
            header: Vec::new(),
            rows: Vec::new(),
        });
    };
    let first = &sheet.rows[at];
    let mut rest = &sheet.rows[at + 1..];
    let mut header: Vec<LocatedCell> = first
        .cells
        .iter()
        .map(|c| place(&mut text, first.number, c.col, None, &c.text))
        .collect();
    let columns: Vec<(u32, &str)> = first
        .cells
        .iter()
        .map(|c| (c.col, c.text.as_str()))
        .collect();
    // A units row: the unit of the figures, for each row with a number and no unit.
    let mut units = None;
    if let Some((row, after)) = rest.split_first() {
        if let Some(u) = crate::sheet_shape::units_row(&columns, row, layout) {
            units = Some((row.number, u));
            rest = after;
        }
    }
    // Else a unit the title states ("单位：亿元"), when the layout takes one.
    if units.is_none() && layout.units.is_some() {
        units = crate::sheet_shape::title_unit(&sheet.rows[..at]);
    }
    let figure_at = |name: &str| {
        columns
            .iter()
            .position(|(_, c)| crate::sheet_shape::names(c, name))
    };
    let unit_at = layout.units.and_then(|(_, unit)| figure_at(unit));
    let value_at = layout.units.and_then(|(value, _)| figure_at(value));
    if let (Some((row, u)), None) = (&units, unit_at) {
        let (_, unit) = layout.units.expect("a units row needs a unit column");
        header.push(place(&mut text, *row, u.col, Some(UNITS_ROW), unit));
    }
    let (data, notes) = rest.split_at(
        rest.iter()
            .position(|r| crate::sheet_shape::is_note(r, columns.first().map_or(0, |c| c.0)))
            .unwrap_or(rest.len()),
    );
    let mut problems = Vec::new();
    for row in notes.iter().skip(1) {
        if !crate::sheet_shape::is_note_line(row, columns.first().map_or(0, |c| c.0)) {
            push_bounded(
                &mut problems,
                at_cell(
                    &sheet.file,
                    &sheet.name,
                    row.number - 1,
                    row.cells[0].col,
                    format!(
                        "a row of the table below its notes (they start at row {})",
                        notes[0].number
                    ),
                    "the table ends at its first note (`注：`, `Source:` …): move the notes \
                     below the last row, or clear this one",
                ),
            );
        }
    }
    let mut rows = Vec::with_capacity(data.len());
    for row in data {
        let mut cells = Vec::with_capacity(header.len());
        let mut k = 0;
        let mut number = false;
        for (i, &(col, name)) in columns.iter().enumerate() {
            while k < row.cells.len() && row.cells[k].col < col {
                push_bounded(&mut problems, outside(sheet, row.number, &row.cells[k]));
                k += 1;
            }
            let value = match row.cells.get(k) {
                Some(c) if c.col == col => {
                    k += 1;
                    if Some(i) == value_at {
                        number = crate::sheet_shape::is_number(c);
                    }
                    c.text.as_str()
                }
                _ => "",
            };
            cells.push(place(&mut text, row.number, col, Some(name), value));
        }
        for c in &row.cells[k..] {
            push_bounded(&mut problems, outside(sheet, row.number, c));
        }
        // The units row's unit, placed at its cell, for a figure without a unit of its own.
        if let Some((units_row, u)) = &units {
            let given = unit_at.map(|i| &mut cells[i]);
            match given {
                Some(c) if c.text.is_empty() && number => {
                    *c = place(&mut text, *units_row, u.col, Some(UNITS_ROW), &u.unit);
                }
                Some(_) => {}
                None if number => cells.push(place(
                    &mut text,
                    *units_row,
                    u.col,
                    Some(UNITS_ROW),
                    &u.unit,
                )),
                None => cells.push(place(&mut text, *units_row, u.col, Some(UNITS_ROW), "")),
            }
        }
        rows.push((row.number, cells));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Table {
        file: SourceFile::new(sheet.file.clone(), text),
        header,
        rows,
    })
}

fn outside(sheet: &Sheet, row: u32, cell: &SheetCell) -> Diagnostic {
    at_cell(
        &sheet.file,
        &sheet.name,
        row - 1,
        cell.col,
        format!(
            "a value in column {}, which has no header",
            column_letter(cell.col)
        ),
        "give the column a name in the header row, or clear it",
    )
}

/// Whether a file is a [`Table`]'s text (made by [`table`]), whose ranges [`relocate`]
/// turns into cell names.
fn is_table(file: &SourceFile) -> bool {
    file.text.starts_with(MARK)
}

/// The place ("Sheet1!C7 (column `value`)") of the cell whose range holds `at`.
fn place_of(file: &SourceFile, at: usize) -> Option<&str> {
    let text = &file.text;
    let at = at.min(text.len());
    let end = text[..at].rfind(MARK)?;
    let start = text[..end].rfind(MARK)?;
    Some(&text[start + 1..end])
}

/// Problems found in a [`Table`]'s text, named by sheet and cell instead: "Sheet1!C7
/// (column `value`): …", with no snippet (the text is not the file); a related place
/// (the first of two rows) is named in the help. Other problems are left as they are.
pub fn relocate(diags: &mut [Diagnostic]) {
    diags.sort_by_key(|d| {
        (
            is_table(&d.file),
            d.file.name.clone(),
            d.span.as_ref().map(|s| s.start),
        )
    });
    for d in diags.iter_mut() {
        let related = std::mem::take(&mut d.related);
        for r in related {
            if is_table(&r.file) {
                let place = place_of(&r.file, r.span.start).unwrap_or_default();
                let place = place.split(" (column").next().unwrap_or_default();
                let note = format!("{}: {} {place}", r.label, r.file.name);
                d.help = Some(match d.help.take() {
                    Some(h) => format!("{h} ({note})"),
                    None => note,
                });
            } else {
                d.related.push(r);
            }
        }
        if !is_table(&d.file) {
            continue;
        }
        // The label under a caret is not shown without a snippet: a suggestion in it
        // goes into the help.
        if let Some(label) = d.label.take().filter(|l| l.contains("did you mean")) {
            d.help = Some(match d.help.take() {
                Some(h) => format!("{label}; {h}"),
                None => label,
            });
        }
        if let Some(span) = d.span.take() {
            if d.tally.is_none() {
                if let Some(place) = place_of(&d.file, span.start) {
                    d.message = format!("{place}: {}", d.message);
                }
            }
        }
        d.file = SourceFile::new(d.file.name.clone(), "");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_typed() {
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_text(1846.0), "1846");
        assert_eq!(number_text(-3.25), "-3.25");
        assert_eq!(number_text(1.2e20), "1.2e20");
        assert_eq!(number_text(9.2e18), "9200000000000000000");
        assert_eq!(number_text(1e-7), "0.0000001");
    }

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(6, 2), "C7");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(column_letter(16383), "XFD");
    }

    #[test]
    fn sheet_names_are_quoted_unless_plain() {
        assert_eq!(sheet_label("Sheet1"), "Sheet1");
        assert_eq!(sheet_label("数据"), "数据");
        assert_eq!(sheet_label("Q1 figures"), "'Q1 figures'");
        assert_eq!(sheet_label("it's"), "'it''s'");
    }

    #[test]
    fn paths_with_a_sheet() {
        let (p, s) = split(Path::new("no/such/book.XLSX#Data 2"));
        assert_eq!(p, PathBuf::from("no/such/book.XLSX"));
        assert_eq!(s.as_deref(), Some("Data 2"));
        assert!(is_workbook(Path::new("no/such/book.xlsx#x")));
        assert!(!is_workbook(Path::new("a.csv")));
    }
}
