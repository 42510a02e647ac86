//! Report formats: one exporter per format behind one trait. Text formats share the
//! display rows of [`rows`], so they cannot drift apart.

use clap::ValueEnum;

use crate::report::Report;
use crate::spec::Lang;

pub mod json;
pub mod rows;
pub mod table;

/// How a report is rendered, whatever the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    pub lang: Lang,
    /// ANSI colour (terminal formats only).
    pub color: bool,
    /// The terminal width to fit, if known.
    pub width: Option<u16>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            lang: Lang::En,
            color: false,
            width: None,
        }
    }
}

/// One output format.
pub trait Exporter {
    /// The whole report in this format.
    fn render(&self, report: &Report, options: &ExportOptions) -> String;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A gap table for people at a terminal.
    Table,
    /// The report of docs/json-report.md, for programs.
    Json,
}

impl Format {
    pub fn exporter(self) -> Box<dyn Exporter> {
        match self {
            Format::Table => Box::new(table::TableExporter),
            Format::Json => Box::new(json::JsonExporter),
        }
    }
}
