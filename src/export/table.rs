//! The gap table for a terminal (comfy-table): one row per target, failing rows marked,
//! a summary line below.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table};

use crate::export::rows::{self, Row};
use crate::export::{ExportOptions, Exporter};
use crate::report::{Report, Status};
use crate::text::sanitize;

pub struct TableExporter;

const HEADER: [&str; 8] = [
    "Target", "Goal", "Actual", "Gap", "Progress", "Pace", "Deadline", "Status",
];
const RIGHT_ALIGNED: [usize; 4] = [2, 3, 4, 5];
/// With a history, "Trend" (a sparkline) and "Projected" go after "Pace".
const HISTORY_HEADER: [&str; 2] = ["Trend", "Projected"];
const HISTORY_AT: usize = 6;

impl Exporter for TableExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        if options.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        if let Some(w) = options.width {
            table.set_width(w);
        }
        let history = rows::has_history(report);
        let mut header: Vec<&str> = HEADER.to_vec();
        if history {
            header.splice(HISTORY_AT..HISTORY_AT, HISTORY_HEADER);
        }
        table.set_header(header.iter().map(|h| header_cell(h, options.color)));
        for row in rows::rows(report, options) {
            let mut cells = cells(&row, options.color);
            if history {
                cells.splice(
                    HISTORY_AT..HISTORY_AT,
                    [Cell::new(&row.sparkline), Cell::new(&row.projected)],
                );
            }
            table.add_row(cells);
        }
        for i in RIGHT_ALIGNED {
            if let Some(c) = table.column_mut(i) {
                c.set_cell_alignment(CellAlignment::Right);
            }
        }

        let mut out = String::new();
        if let Some(title) = &report.title {
            out.push_str(&sanitize(title));
            out.push_str(" — ");
        }
        out.push_str(&rows::as_of_text(report.as_of));
        out.push('\n');
        out.push_str(&table.to_string());
        out.push('\n');
        out.push_str(&rows::summary_line(report));
        out.push('\n');
        for t in &report.targets {
            if let Some(risk) = rows::risk_text(t, options) {
                out.push_str("at risk: ");
                out.push_str(&risk);
                out.push('\n');
            }
        }
        out
    }
}

fn header_cell(text: &str, color: bool) -> Cell {
    let cell = Cell::new(text);
    if color {
        cell.add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

fn cells(row: &Row, color: bool) -> Vec<Cell> {
    let mut name = Cell::new(&row.name);
    let mut status = Cell::new(&row.status_text);
    if color {
        let c = status_color(row.status);
        status = status.fg(c);
        if row.failing {
            status = status.add_attribute(Attribute::Bold);
            name = name.fg(c).add_attribute(Attribute::Bold);
        }
    }
    vec![
        name,
        Cell::new(&row.goal),
        Cell::new(&row.actual),
        Cell::new(&row.gap),
        Cell::new(&row.progress),
        Cell::new(&row.pace),
        Cell::new(&row.deadline),
        status,
    ]
}

pub fn status_color(status: Status) -> Color {
    match status {
        Status::Met => Color::Green,
        Status::OnTrack => Color::Cyan,
        Status::Behind => Color::Yellow,
        Status::Missed => Color::Red,
        Status::Pending => Color::Blue,
        Status::NoData => Color::DarkGrey,
    }
}
