//! Tables pasted from a spreadsheet (Excel, WPS) as tab-separated text, where a cell holding a
//! line break (Alt+Enter) is wrapped in double quotes and runs over two or three lines:
//!
//! ```text
//! <TAB>3<TAB>"固定资产投资
//! （不含农户）增长"<TAB>%<TAB>4.2<TAB>6<TAB>预期性<TAB>市发展改革委
//! ```
//!
//! A quote opens a quoted cell only at the cell's start; inside it `""` is a quote and a
//! quote before a tab or the line's end closes it. Each record becomes one tab-separated line
//! where it opens (its other lines blank), its cells without the quotes, the pieces of a
//! wrapped cell joined as Chinese text joins them (no space); empty cells (merged cells below
//! their first) are kept, the blank ones at a record's end included, save an owners' column's
//! (牵头单位, 责任单位): a merged cell there names the owner of every row it spans, so an empty
//! one takes the owner above it.
//!
//! A run is read so only when its first record (the header) has three tab-separated cells or
//! more and a record among its first [`WRAP_WINDOW`] spans lines; a record with more cells
//! than the header ends it. Each line is read a bounded number of times (a record spans at most
//! [`MAX_RECORD_LINES`] lines; the run is cut at the first line that opens no record; a run
//! refused is not tried again from a line inside it).

use super::pipe_wrap::Row;
use super::quoted;

/// Lines one quoted cell may span.
const MAX_RECORD_LINES: usize = 4;
/// Records after the header within which one must span lines.
const WRAP_WINDOW: usize = 40;

/// The cells of the record opening at `lines[at]` and the line after it; `None` when the line
/// holds no tab or a quote is left open over [`MAX_RECORD_LINES`] lines (see
/// [`quoted::record`]).
fn record(lines: &[&str], at: usize) -> Option<(Vec<String>, usize)> {
    quoted::record(lines, at, '\t', MAX_RECORD_LINES)
}

/// The records of a tab-separated table with quoted cells over several lines whose header
/// opens at `lines[at]`, each with the line it opens on, and the line after the table (see
/// the module's doc); on failure, the line before which no such table can open (a run of
/// plain tab rows is not tried again from a line inside it).
pub(super) fn rows(lines: &[&str], at: usize) -> Result<(Vec<Row>, usize), usize> {
    let (header, mut j) = record(lines, at).ok_or(at + 1)?;
    let width = header.len();
    // (A header holds words and years, no figure: a row of figures is tried no further.)
    let figure = |c: &String| c.chars().any(|ch| ch.is_ascii_digit()) && !c.contains('年');
    if width < 3
        || j != at + 1
        || header.iter().filter(|c| !c.is_empty()).count() < 3
        || header.iter().any(figure)
    {
        return Err(at + 1);
    }
    // The owners' column (牵头单位, 责任单位): a merged cell, empty below its first row,
    // names the owner of each row it spans.
    let owner = header
        .iter()
        .position(|c| super::OWNER_WORDS.iter().any(|w| c.contains(w)));
    let mut out: Vec<Row> = vec![(at, header)];
    let mut wrapped = false;
    let mut last_owner = String::new();
    while let Some((mut cells, next)) =
        record(lines, j).filter(|(cs, _)| cs.len() >= 2 && cs.len() <= width)
    {
        wrapped |= next > j + 1;
        // (A run of plain tab rows is left to the table reader, decided within its first
        // records: each line is read a bounded number of times.)
        if !wrapped && out.len() > WRAP_WINDOW {
            return Err(j);
        }
        cells.resize(width, String::new());
        if let Some(o) = owner {
            if cells[o].is_empty() {
                cells[o].clone_from(&last_owner);
            } else {
                last_owner.clone_from(&cells[o]);
            }
        }
        out.push((j, cells));
        j = next;
    }
    // (From a line inside a run without a wrap, a narrower header reads no further.)
    if wrapped && out.len() >= 3 {
        Ok((out, j))
    } else {
        Err(j.max(at + 1))
    }
}
