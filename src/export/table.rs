//! The gap table for a terminal: one row per target, failing rows marked, a summary line
//! below.
//!
//! Given a width (`--width`, `COLUMNS`, or the terminal's), the table is first fitted to
//! it by `fit`: columns left out in a stated order, text cut with an ellipsis, never a
//! cell wrapped; without one it is the full table. comfy-table then draws it with
//! colours. A table of [`PLAIN_FROM_ROWS`] rows or more without colour
//! (piped, saved, `--color never`, `NO_COLOR`) has nothing to lay out but padding, and
//! comfy-table's per-cell work was 285 M of the 1,324 M instructions of a 10,000-target
//! check: two thirds of what `check` costs beyond `validate` (docs/performance.md). Such
//! a table is written by [`plain_grid`] instead: comfy-table's own border characters, the
//! same widths from the same unicode-width crate, and the same bytes
//! (tests/large_table.rs compares the two on a real 1,500-target check, and a property
//! test here on arbitrary text).

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table, TableStyle};
use unicode_width::UnicodeWidthStr;

use crate::export::rows::{self, Cells};
use crate::export::{ExportOptions, Exporter};
use crate::report::{Report, Status};
use crate::text::sanitize;

mod fit;

pub struct TableExporter;

const STYLE: TableStyle = UTF8_FULL_CONDENSED;
// [`plain_grid`] draws no line between rows, as this preset does not, and every other
// line in full (left and right borders, junctions).
const _: () = {
    let between = STYLE.row_separator;
    assert!(between.left.is_none() && between.fill.is_none());
    assert!(between.junction.is_none() && between.right.is_none());
    let content = STYLE.content_lines;
    assert!(content.left.is_some() && content.junction.is_some() && content.right.is_some());
};
const HEADER: [&str; 8] = [
    "Target", "Goal", "Actual", "Gap", "Progress", "Pace", "Deadline", "Status",
];
const RIGHT_ALIGNED: [usize; 4] = [2, 3, 4, 5];
/// With a history, "Trend" (a sparkline) and "Projected" go after "Pace".
const HISTORY_HEADER: [&str; 2] = ["Trend", "Projected"];
const HISTORY_AT: usize = 6;

/// From how many rows a table without colour is written by [`plain_grid`].
pub const PLAIN_FROM_ROWS: usize = 1_000;

/// Who draws the grid: the same text either way when there is no colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Comfy,
    Plain,
}

impl Layout {
    /// comfy-table unless the table is large and comfy-table would not style it (see
    /// [`comfy_lays_out`]).
    pub fn choose(rows: usize, options: &ExportOptions) -> Layout {
        if rows >= PLAIN_FROM_ROWS && !comfy_lays_out(options) {
            Layout::Plain
        } else {
            Layout::Comfy
        }
    }
}

impl Exporter for TableExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        render_with(
            report,
            options,
            Layout::choose(report.targets.len(), options),
        )
    }
}

/// The table drawn by the given layout ([`TableExporter`] chooses one by size).
pub fn render_with(report: &Report, options: &ExportOptions, layout: Layout) -> String {
    let history = rows::has_history(report);
    let mut header: Vec<&str> = HEADER.to_vec();
    if history {
        header.splice(HISTORY_AT..HISTORY_AT, HISTORY_HEADER);
    }
    let right: Vec<bool> = (0..header.len())
        .map(|i| RIGHT_ALIGNED.contains(&i))
        .collect();
    let rows: Vec<Cells> = report
        .targets
        .iter()
        .map(|t| rows::cells(t, options))
        .collect();
    let body: Vec<Vec<&str>> = rows.iter().map(|r| texts(r, history)).collect();
    // Fitted to a width: the columns that stay, cut to fit, and what was left out.
    let fitted = options.width.map(|w| {
        let columns: Vec<fit::Column> = header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let cells = body.iter().map(|r| r[i].to_string()).collect();
                fit::Column::new(h, cells, right[i])
            })
            .collect();
        fit::fit(&columns, usize::from(w))
    });
    let (header, body, right): (Vec<&str>, Vec<Vec<&str>>, Vec<bool>) = match &fitted {
        Some(f) => (
            f.columns.iter().map(|c| c.header.as_str()).collect(),
            (0..rows.len())
                .map(|r| f.columns.iter().map(|c| c.cells[r].as_str()).collect())
                .collect(),
            f.columns.iter().map(|c| c.right).collect(),
        ),
        None => (header, body, right),
    };
    let grid = match layout {
        Layout::Plain => plain_grid(&header, &body, &right),
        Layout::Comfy => None,
    }
    .unwrap_or_else(|| {
        let cells = rows
            .iter()
            .zip(&body)
            .map(|(row, texts)| styled(row, texts, options.color));
        comfy_grid(&header, cells, &right, options)
    });

    // Lines of prose: wrapped at spaces to the width, when there is one.
    let mut out = String::with_capacity(grid.len() + 256);
    let line = |out: &mut String, text: &str| match options.width {
        Some(w) => {
            for l in fit::wrap(text, usize::from(w)) {
                out.push_str(&l);
                out.push('\n');
            }
        }
        None => {
            out.push_str(text);
            out.push('\n');
        }
    };
    let mut first = String::new();
    if let Some(title) = &report.title {
        // Quoted: no line starts with text from the input (`crate::text`).
        first.push('“');
        first.push_str(&sanitize(title));
        first.push_str("” — ");
    }
    first.push_str(&rows::as_of_text(report.as_of));
    line(&mut out, &first);
    out.push_str(&grid);
    out.push('\n');
    line(&mut out, &rows::summary_line(report));
    for l in rows::breakdown_lines(report) {
        line(&mut out, &l);
    }
    for t in &report.targets {
        if let Some(panel) = rows::panel_line(t, options) {
            line(&mut out, &format!("panel: {panel}"));
        }
    }
    // Series (figures without a goal) after the targets, in a table of their own.
    let series = rows::series_rows(report, options);
    if !series.is_empty() {
        let header = ["Series", "Actual", "As of", "Note"];
        let body: Vec<Vec<&str>> = series
            .iter()
            .map(|s| vec![s.name.as_str(), &s.actual, &s.as_of, &s.note])
            .collect();
        let right = [false, true, false, false];
        let grid = plain_grid(&header, &body, &right).unwrap_or_default();
        out.push_str(&grid);
        out.push('\n');
    }
    if let Some(note) = fitted.as_ref().and_then(|f| f.note.as_deref()) {
        line(&mut out, note);
    }
    for t in &report.targets {
        if let Some(breach) = rows::breach_text(t, options) {
            line(&mut out, &format!("breached: {breach}"));
        }
    }
    for t in &report.targets {
        if let Some(risk) = rows::risk_text(t, options) {
            line(&mut out, &format!("at risk: {risk}"));
        }
    }
    out
}

/// A row's cells in column order.
fn texts(row: &Cells, history: bool) -> Vec<&str> {
    let mut cells = vec![
        row.name.as_str(),
        &row.goal,
        &row.actual,
        &row.gap,
        &row.progress,
        &row.pace,
        &row.deadline,
        &row.status_text,
    ];
    if history {
        cells.splice(
            HISTORY_AT..HISTORY_AT,
            [row.sparkline.as_str(), &row.projected],
        );
    }
    cells
}

/// Whether comfy-table does more than pad: styling. Fitting to a width is done before
/// (`fit`), for both. Without styling it draws exactly what [`plain_grid`] draws;
/// [`comfy_grid`] keeps it that way.
fn comfy_lays_out(options: &ExportOptions) -> bool {
    options.color
}

fn comfy_grid(
    header: &[&str],
    body: impl IntoIterator<Item = Vec<Cell>>,
    right: &[bool],
    options: &ExportOptions,
) -> String {
    let mut table = Table::new();
    table.load_style(STYLE);
    // The table is fitted before it gets here (`fit`); comfy-table only pads and styles.
    table.set_content_arrangement(ContentArrangement::Disabled);
    if options.color {
        table.enforce_styling();
    } else {
        // No terminal: no styling and no measuring of its width. [`Layout::choose`]
        // relies on this: uncoloured, unfitted tables are padding only.
        table.force_no_tty();
    }
    table.set_header(header.iter().map(|h| header_cell(h, options.color)));
    for cells in body {
        table.add_row(cells);
    }
    for (i, _) in right.iter().enumerate().filter(|(_, r)| **r) {
        if let Some(c) = table.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    table.to_string()
}

/// A row's cells for comfy-table: with colour, a failing target's name and every status
/// in the status's colour.
fn styled(row: &Cells, texts: &[&str], color: bool) -> Vec<Cell> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let cell = Cell::new(text);
            match color {
                true if i == 0 => name_style(cell, row),
                true if i + 1 == texts.len() => status_style(cell, row),
                _ => cell,
            }
        })
        .collect()
}

/// The grid comfy-table draws with [`STYLE`] when it neither styles nor wraps: columns
/// as wide as their widest cell (at least 1) plus one space each side, cells padded on
/// the right, or on the left in right-aligned columns; no lines between rows. `None` for
/// a cell over 60,000 columns wide, left to comfy-table: it caps widths at 65,535 and
/// wraps beyond, which this does not copy. Every row has a cell per header cell.
fn plain_grid(header: &[&str], body: &[Vec<&str>], right: &[bool]) -> Option<String> {
    const WIDEST: usize = 60_000;
    let columns = header.len();
    debug_assert_eq!(right.len(), columns);
    debug_assert!(body.iter().all(|row| row.len() == columns));
    let mut widths = vec![1usize; columns];
    let mut cell_widths: Vec<usize> = Vec::with_capacity((body.len() + 1) * columns);
    let (mut text_bytes, mut text_columns) = (0, 0);
    for line in std::iter::once(header).chain(body.iter().map(Vec::as_slice)) {
        for (i, text) in line.iter().enumerate() {
            let w = text.width();
            if w > WIDEST {
                return None;
            }
            widths[i] = widths[i].max(w);
            cell_widths.push(w);
            text_bytes += text.len();
            text_columns += w;
        }
    }
    // The exact size: text, the spaces that pad it, a border character around and between
    // cells (at most 4 bytes each), three border lines, and the line breaks.
    let lines = body.len() + 1;
    let inner: usize = widths.iter().map(|w| w + 2).sum();
    let capacity = text_bytes
        + (lines * inner - text_columns)
        + lines * (columns + 1) * 4
        + 3 * (inner + columns + 1) * 4
        + lines
        + 3;
    let mut out = String::with_capacity(capacity);

    let border = |out: &mut String, style: &comfy_table::LineStyle| {
        let fill = style.fill.unwrap_or(' ');
        out.push(style.left.unwrap_or(' '));
        for (i, w) in widths.iter().enumerate() {
            if i > 0 {
                out.push(style.junction.unwrap_or(' '));
            }
            out.extend(std::iter::repeat_n(fill, w + 2));
        }
        out.push(style.right.unwrap_or(' '));
    };
    let mut cell_width = cell_widths.into_iter();
    let mut content = |out: &mut String, line: &[&str], style: &comfy_table::ContentLineStyle| {
        out.push(style.left.unwrap_or(' '));
        for (i, text) in line.iter().enumerate() {
            if i > 0 {
                out.push(style.junction.unwrap_or(' '));
            }
            let pad = widths[i] - cell_width.next().unwrap_or(widths[i]);
            let (before, after) = if right[i] { (pad + 1, 1) } else { (1, pad + 1) };
            out.extend(std::iter::repeat_n(' ', before));
            out.push_str(text);
            out.extend(std::iter::repeat_n(' ', after));
        }
        out.push(style.right.unwrap_or(' '));
    };

    border(&mut out, &STYLE.top_border);
    out.push('\n');
    content(&mut out, header, &STYLE.header_lines);
    out.push('\n');
    border(&mut out, &STYLE.header_separator);
    for line in body {
        out.push('\n');
        content(&mut out, line, &STYLE.content_lines);
    }
    out.push('\n');
    border(&mut out, &STYLE.bottom_border);
    debug_assert!(out.len() <= capacity, "{} > {capacity}", out.len());
    Some(out)
}

fn header_cell(text: &str, color: bool) -> Cell {
    let cell = Cell::new(text);
    if color {
        cell.add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

fn name_style(cell: Cell, row: &Cells) -> Cell {
    if row.failing {
        cell.fg(status_color(row.status))
            .add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

fn status_style(cell: Cell, row: &Cells) -> Cell {
    let cell = if status_dim(row.status) {
        cell.add_attribute(Attribute::Dim)
    } else {
        cell.fg(status_color(row.status))
    };
    if row.failing {
        cell.add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

/// The terminal's standard palette (SGR 38;5;0–7), never the bright variants, which
/// are faint on light backgrounds; the meaning is the HTML report's: red missed, amber
/// behind, green met, blue on track, magenta (purple) pending. No data has no colour of
/// its own: it is dimmed ([`status_dim`]), grey on dark and light backgrounds alike.
pub fn status_color(status: Status) -> Color {
    match status {
        Status::Met => Color::DarkGreen,
        Status::OnTrack => Color::DarkBlue,
        Status::Behind => Color::DarkYellow,
        Status::Missed => Color::DarkRed,
        Status::Pending => Color::DarkMagenta,
        Status::NoData => Color::Reset,
    }
}

/// Whether a status is shown dimmed rather than coloured (no data).
pub fn status_dim(status: Status) -> bool {
    status == Status::NoData
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Cell text as the table gets it: sanitised, so no line breaks or controls; wide,
    /// zero-width and combining characters included.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            "[a-z0-9 ,.%−≥]{1,12}",
            "[基站亿元个数字化车间]{1,6}",
            any::<String>().prop_map(|s| sanitize(&s).into_owned()),
            "[e\u{301}\u{200b}\u{ff21}😀 ]{1,5}",
        ]
    }

    proptest! {
        #[test]
        fn plain_grid_draws_what_comfy_table_draws(
            (header, body, right) in (1usize..6).prop_flat_map(|n| (
                prop::collection::vec(text(), n),
                prop::collection::vec(prop::collection::vec(text(), n), 0..8),
                prop::collection::vec(any::<bool>(), n),
            ))
        ) {
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            let body: Vec<Vec<&str>> =
                body.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
            let plain = plain_grid(&header, &body, &right).unwrap();
            let cells = body.iter().map(|r| r.iter().map(Cell::new).collect());
            let comfy = comfy_grid(&header, cells, &right, &ExportOptions::default());
            prop_assert_eq!(plain, comfy);
        }
    }
}
