//! `progress` checks headline targets against actual figures.
//!
//! The pipeline, one module per step (docs/architecture.md draws it):
//!
//! - [`load`] reads TOML with source positions; [`spec`] and [`actuals`] (and
//!   [`actuals_csv`], for spreadsheets) turn it into checked types, collecting every problem
//!   as a [`diagnostic::Diagnostic`]; `input` finds the files a command names (folders,
//!   standard input, the built-in spec) and hands them to those loaders;
//! - [`evaluate`] computes each target's figures (pure, no I/O), with [`pace`] for the
//!   pace index and `status` for the status decision, into a [`report::Report`];
//!   [`snapshots`] orders several actuals files into one history per target, and
//!   `trend` fits a line through it (trend, projected date, at-risk);
//! - [`export`] renders a report, one exporter per format; `wording` says numbers and
//!   goals in words for exporters and commands alike;
//! - [`cli`] parses the command line, [`app`] hands it to one of the `commands`, each of
//!   which returns an [`error::Outcome`] or an [`error::Error`]: `main.rs` alone turns them
//!   into exit codes. [`schema`] describes the file formats as JSON Schema; `output`
//!   writes files atomically.

pub mod actuals;
pub mod actuals_csv;
pub mod actuals_panel;
pub mod app;
pub mod assessed;
pub mod cell_text;
pub mod cli;
pub mod column_map;
pub(crate) mod commands;
pub(crate) mod dating;
pub mod decimal;
pub mod diagnostic;
pub mod error;
pub mod evaluate;
pub mod export;
pub mod extract;
pub mod figures;
pub(crate) mod hold;
pub(crate) mod input;
pub mod load;
// Public for the fuzz crate (fuzz/fuzz_targets/output_paths.rs).
pub mod output;
pub mod owners;
pub mod pace;
pub mod panel;
pub mod panel_load;
pub mod profile;
pub mod rates;
pub mod report;
pub mod review;
pub mod schema;
pub mod sheet;
pub mod sheet_shape;
pub mod snapshots;
pub mod spec;
pub mod stale;
pub(crate) mod status;
pub(crate) mod suggest;
pub(crate) mod text;
pub(crate) mod trend;
pub mod units;
pub(crate) mod wording;
pub mod workbook;
