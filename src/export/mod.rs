//! Report formats: one exporter per format behind one trait. Text formats share the
//! display rows of [`rows`], so they cannot drift apart.

use crate::report::Report;
use crate::spec::Lang;

pub mod bullet;
pub mod csv;
pub mod github;
pub mod html;
pub mod html_panel;
pub mod json;
pub mod junit;
pub mod line_chart;
pub mod markdown;
pub mod rows;
pub mod table;

/// How a report is rendered, whatever the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    pub lang: Lang,
    /// ANSI colour (terminal formats only).
    pub color: bool,
    /// A width to fit the table to (`--width`, `COLUMNS`, or the terminal's); `None`
    /// for the full table (piped output, `--wide`, exported files).
    pub width: Option<u16>,
    /// The order of the HTML report's cards.
    pub order: Order,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            lang: Lang::En,
            color: false,
            width: None,
            order: Order::Status,
        }
    }
}

/// The order of the HTML report's cards (`--order`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Failing targets first, then those behind, then the rest by group
    #[default]
    Status,
    /// The spec's order, by group
    Spec,
}

/// One output format.
pub trait Exporter {
    /// The whole report in this format.
    fn render(&self, report: &Report, options: &ExportOptions) -> String;
}

/// An output format. The command line offers [`Format::ALL`] by [`Format::name`], with
/// [`Format::about`] as help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A gap table for people at a terminal.
    Table,
    /// The JSON report of docs/json-report.md, for programs.
    Json,
    /// One row per target, for spreadsheets.
    Csv,
    /// A GitHub-flavoured Markdown table, for job summaries and pull-request comments.
    Markdown,
    /// JUnit XML, for CI test reports.
    Junit,
    /// GitHub Actions workflow commands (annotations on the spec file).
    Github,
    /// A self-contained HTML dashboard.
    Html,
}

impl Format {
    /// Every format, in the order the command line lists them.
    pub const ALL: [Format; 7] = [
        Format::Table,
        Format::Json,
        Format::Csv,
        Format::Markdown,
        Format::Junit,
        Format::Github,
        Format::Html,
    ];

    /// The format named `name` or one of its [aliases](Format::aliases), in any case.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| {
            f.name().eq_ignore_ascii_case(name)
                || f.aliases().iter().any(|a| a.eq_ignore_ascii_case(name))
        })
    }

    /// Other names the format answers to.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Format::Markdown => &["md"],
            Format::Junit => &["xml"],
            _ => &[],
        }
    }

    /// What the format is for, in a line.
    pub fn about(self) -> &'static str {
        match self {
            Format::Table => "A gap table for people at a terminal",
            Format::Json => "The JSON report of docs/json-report.md, for programs",
            Format::Csv => "One row per target, for spreadsheets",
            Format::Markdown => {
                "A GitHub-flavoured Markdown table, for job summaries and pull-request comments"
            }
            Format::Junit => "JUnit XML, for CI test reports",
            Format::Github => "GitHub Actions workflow commands (annotations on the spec file)",
            Format::Html => "A self-contained HTML dashboard",
        }
    }

    pub fn exporter(self) -> Box<dyn Exporter> {
        match self {
            Format::Table => Box::new(table::TableExporter),
            Format::Json => Box::new(json::JsonExporter),
            Format::Csv => Box::new(csv::CsvExporter),
            Format::Markdown => Box::new(markdown::MarkdownExporter),
            Format::Junit => Box::new(junit::JunitExporter),
            Format::Github => Box::new(github::GithubExporter),
            Format::Html => Box::new(html::HtmlExporter),
        }
    }

    /// The usual file extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Table => "txt",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Junit => "xml",
            Format::Github => "txt",
            Format::Html => "html",
        }
    }

    /// The format's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::Junit => "junit",
            Format::Github => "github",
            Format::Html => "html",
        }
    }
}
