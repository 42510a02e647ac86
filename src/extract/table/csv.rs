//! Tables pasted from a spreadsheet or a web page as CSV: cells split by ASCII commas, a
//! cell holding a comma in double quotes (`"1,350"`, `"区科技局,区市场监管局"`), an empty
//! cell as `,,`, a header cell wrapped inside its quotes over two lines (`"2027年` / `目标值"`).
//! A quote opens a quoted cell only at a cell's start, as in [`super::tsv_quoted`] (one
//! splitter, [`super::quoted`]): a stray quote inside a cell (`17"以上屏幕产量`) is text.
//! Each record becomes one tab-separated line where it opens (the other lines of a record
//! blank), so the table reader reads it as a table pasted with tabs.
//!
//! A run is a CSV table when its first record has three cells or more, at least two more
//! records follow with the same number of cells, and two of the first six records after the
//! header hold a figure after their first cell. Chinese prose separates with `，`, so an
//! ASCII comma between words is rare; a figure with thousands (`1,284亿元`) gives two cells.
//! The run ends at the first record of another width; each line is read at most a bounded
//! number of times (the decision is taken within the first records).

use super::ocr;
use super::pipe_wrap::Row;
use super::quoted;

/// Lines one quoted cell may span.
const MAX_RECORD_LINES: usize = 3;
/// Records after the header in which two must hold a figure.
const FIGURE_WINDOW: usize = 6;

/// The cells of the record opening at `lines[at]`, and the line after it; `None` when the
/// record holds fewer than two ASCII commas outside quotes (three cells) or a quote is left
/// open. A quote opens a quoted cell only at a cell's start ([`quoted::record`]), so a stray
/// quote inside a cell (`17"以上屏幕产量`) is text.
fn record(lines: &[&str], at: usize) -> Option<(Vec<String>, usize)> {
    let (cells, next) = quoted::record(lines, at, ',', MAX_RECORD_LINES)?;
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    (cells.len() >= 3).then_some((cells, next))
}

/// A cell (trimmed by [`quoted::record`]); a comma between two words (two units,
/// `区科技局,区市场监管局`) becomes `、`, as a Chinese list writes it; a comma between digits
/// (thousands) is kept for the figure reader.
fn cell(c: &str) -> String {
    let chars: Vec<char> = c.chars().collect();
    let mut out = String::with_capacity(c.len());
    for (k, &ch) in chars.iter().enumerate() {
        let digit_around = k > 0
            && chars[k - 1].is_ascii_digit()
            && chars.get(k + 1).is_some_and(char::is_ascii_digit);
        if ch == ',' && !digit_around {
            out.push('、');
        } else {
            out.push(ch);
        }
    }
    out
}

/// A record holding a figure after its first cell.
fn has_figure(cells: &[String]) -> bool {
    cells
        .iter()
        .skip(1)
        .any(|c| !c.is_empty() && ocr::is_value(c))
}

/// The records of a CSV table whose header opens at `lines[at]`, each with the line it opens
/// on, and the line after the table (see the module's doc).
pub(super) fn rows(lines: &[&str], at: usize) -> Option<(Vec<Row>, usize)> {
    let (header, mut j) = record(lines, at)?;
    let width = header.len();
    let mut out: Vec<Row> = vec![(at, header)];
    let mut figures = 0;
    while let Some((cells, next)) = record(lines, j).filter(|(cs, _)| cs.len() == width) {
        if out.len() <= FIGURE_WINDOW && has_figure(&cells) {
            figures += 1;
        }
        out.push((j, cells));
        j = next;
        if out.len() == FIGURE_WINDOW + 1 && figures < 2 {
            return None;
        }
    }
    (out.len() >= 3 && figures >= 2).then_some((out, j))
}
