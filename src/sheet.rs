//! Tables of cells read from a file, each cell with where it is: the form CSV actuals and
//! panel entity tables (`panel_load.rs`) are read in. [`read_rows`] is the one entry point
//! for an entity table: a reader of another kind of file (a spreadsheet workbook) plugs in
//! there, giving cells whose span points into a [`SourceFile`] that shows them.

use std::ops::Range;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Kind, SourceFile};
use crate::load::{self, Reader};

/// One cell: its text (unquoted, trimmed) and where it is in the file.
#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    pub span: Range<usize>,
}

/// A file read as rows of cells; the first row is the header.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The file the cells' spans point into (for messages).
    pub file: SourceFile,
    pub rows: Vec<Vec<Cell>>,
}

/// A workbook row's cells as sheet cells, each at its place.
pub fn cells(row: &[crate::workbook::LocatedCell]) -> Vec<Cell> {
    row.iter()
        .map(|c| Cell {
            text: c.text.clone(),
            span: c.span.clone(),
        })
        .collect()
}

/// Reads the table at `path` (named `shown_as` in messages) as rows of cells with their
/// places. CSV today (any extension but a workbook's); every problem located.
pub fn read_rows(path: &Path, shown_as: &str) -> Result<Sheet, Vec<Diagnostic>> {
    // A workbook (`table.xlsx`, `table.xlsx#Sheet`): its cells, each at its place in the
    // text the workbook reader lays out (`crate::workbook::relocate` names them by cell).
    if crate::workbook::is_workbook(path) {
        let book = crate::workbook::read(path)?;
        let layout = crate::workbook::Layout {
            required: &["id", "name"],
            known: &crate::panel::TABLE_COLUMNS,
            units: None,
        };
        let table = crate::workbook::table(&book, &layout)?;
        let mut rows = vec![cells(&table.header)];
        rows.extend(table.rows.iter().map(|(_, row)| cells(row)));
        return Ok(Sheet {
            file: table.file,
            rows,
        });
    }
    let mut file = load::read_file(path).map_err(|d| vec![*d])?;
    file.name = shown_as.to_string();
    rows_of(file)
}

/// The rows of a CSV text already read.
pub fn rows_of(file: SourceFile) -> Result<Sheet, Vec<Diagnostic>> {
    let mut r = Reader::new(&file);
    if r.refuse_long_line("no row needs a line this long; check that this is a CSV file") {
        return Err(r.diags);
    }
    match records(&file.text) {
        Ok(rows) => Ok(Sheet { file, rows }),
        Err((message, at)) => {
            r.error_of(Kind::InvalidCsv, at..at, format!("invalid CSV: {message}"))
                .label = Some("here".into());
            Err(r.diags)
        }
    }
}

/// Every record as cells with their byte ranges. The csv crate does the unquoting; the
/// ranges come from re-reading each record's raw text from its start position.
pub fn records(text: &str) -> Result<Vec<Vec<Cell>>, (String, usize)> {
    let mut out = Vec::new();
    each_record(text, |cells| out.push(cells))?;
    Ok(out)
}

/// [`records`] one at a time, none kept: a file of a million rows is never held as cells.
pub fn each_record(text: &str, mut f: impl FnMut(Vec<Cell>)) -> Result<(), (String, usize)> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    loop {
        let start = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let start = record.position().map_or(start, |p| p.byte() as usize);
                let spans = cell_spans(text, start);
                let cells = record
                    .iter()
                    .enumerate()
                    .map(|(i, t)| Cell {
                        text: t.trim().to_string(),
                        span: spans.get(i).cloned().unwrap_or(start..start),
                    })
                    .collect();
                f(cells);
            }
            Err(e) => {
                let at = e.position().map_or(start, |p| p.byte() as usize);
                return Err((e.to_string(), at));
            }
        }
    }
    Ok(())
}

/// The byte ranges of the cells of the record that starts at `start`: split at commas and
/// the end of the line, except inside quotes.
pub fn cell_spans(text: &str, start: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // With CRLF line ends a record's position can fall on the `\n` of the previous end.
    let mut start = start;
    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
        start += 1;
    }
    let mut spans = Vec::new();
    let mut cell_start = start;
    let mut quoted = false;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                spans.push(cell_start..i);
                cell_start = i + 1;
            }
            b'\n' | b'\r' if !quoted => break,
            _ => {}
        }
        i += 1;
    }
    spans.push(cell_start..i);
    spans
}
