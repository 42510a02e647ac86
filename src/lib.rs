//! `progress` checks headline targets against actual figures.
//!
//! The pipeline, one module per step:
//!
//! - [`load`] reads TOML with source positions; [`spec`] and [`actuals`] turn it into
//!   checked types, collecting every problem as a [`diagnostic::Diagnostic`];
//! - [`evaluate`] computes each target's figures (pure, no I/O), with [`pace`] for the
//!   pace index and [`status`] for the status decision, into a [`report::Report`];
//!   [`snapshots`] orders several actuals files into one history per target, and
//!   [`trend`] fits a line through it (trend, projected date, at-risk);
//! - [`export`] renders a report, one exporter per format;
//! - [`actuals_csv`] reads actuals exported from a spreadsheet, with the same checks;
//! - [`cli`] and [`app`] are the command line, [`commands`] the commands besides `check`;
//!   [`schema`] describes the file formats as JSON Schema; [`output`] writes files atomically.

pub mod actuals;
pub mod actuals_csv;
pub mod app;
pub mod cli;
pub mod commands;
pub mod decimal;
pub mod diagnostic;
pub mod error;
pub mod evaluate;
pub mod export;
pub mod extract;
pub mod load;
pub mod output;
pub mod pace;
pub mod report;
pub mod schema;
pub mod snapshots;
pub mod spec;
pub mod status;
pub mod suggest;
pub mod text;
pub mod trend;
pub mod units;
