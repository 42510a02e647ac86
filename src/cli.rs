//! The command line (clap derive). Parsing only; `app` carries the commands out.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::evaluate::FailOn;
use crate::export::Format;
use crate::spec::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "progress",
    version,
    about = "Check headline targets against actual figures",
    long_about = "Check headline targets against actual figures.\n\n\
        A spec (TOML) declares the targets; an actuals file (TOML) says what happened. \
        `progress check` prints a gap table and exits 1 when a target is missed, so it can \
        gate a CI pipeline. Without --spec, the built-in 2020 targets of Qingdao West Coast \
        New Area are used.",
    after_help = "Exit codes: 0 nothing failing, 1 at least one failing target, 2 bad input or usage."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The colour choice of the command line, for error messages too.
    pub fn color(&self) -> ColorChoice {
        match &self.command {
            Command::Check(args) => args.display.color,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Evaluate targets against actuals and print the gap table.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct SpecArg {
    /// The spec file [default: the built-in 2020 spec]
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress check examples/published.toml\n  \
    progress check actuals.toml --format json --output report.json\n  \
    progress check actuals.toml --export junit=report.xml --export html=report.html\n  \
    progress check actuals.toml --spec my-okrs.toml --fail-on behind")]
pub struct CheckArgs {
    /// Actuals files (TOML)
    #[arg(value_name = "ACTUALS")]
    pub actuals: Vec<PathBuf>,

    #[command(flatten)]
    pub spec: SpecArg,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Write the report to FILE instead of standard output (atomically)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Also write the report in FORMAT to PATH; repeatable (e.g. --export junit=report.xml)
    #[arg(long, value_name = "FORMAT=PATH", value_parser = parse_export)]
    pub export: Vec<Export>,

    /// Which statuses fail the run (targets of severity `error` only)
    #[arg(long, value_enum, default_value_t = FailOnArg::Missed)]
    pub fail_on: FailOnArg,

    /// Evaluate as of DATE (YYYY-MM-DD), replacing the actuals files' own `as_of`
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    #[command(flatten)]
    pub display: DisplayArgs,
}

#[derive(Debug, Args)]
pub struct DisplayArgs {
    /// Language of target names
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,

    /// When to use colour (NO_COLOR in the environment turns `auto` off)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    /// Fail on missed targets
    Missed,
    /// Fail on missed and behind targets
    Behind,
    /// Never fail; report only
    Never,
}

impl From<FailOnArg> for FailOn {
    fn from(a: FailOnArg) -> FailOn {
        match a {
            FailOnArg::Missed => FailOn::MISSED,
            FailOnArg::Behind => FailOn::BEHIND,
            FailOnArg::Never => FailOn::NEVER,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream that is (or is not) a terminal.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// One `--export FORMAT=PATH`: a further report written to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub format: Format,
    pub path: PathBuf,
}

fn parse_export(s: &str) -> Result<Export, String> {
    let formats = || {
        Format::value_variants()
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some((format, path)) = s.split_once('=') else {
        return Err(format!(
            "expected FORMAT=PATH, e.g. junit=report.xml (formats: {})",
            formats()
        ));
    };
    let format = Format::from_str(format.trim(), true).map_err(|_| {
        format!(
            "`{format}` is not a format; use one of: {} (e.g. junit=report.xml)",
            formats()
        )
    })?;
    if path.is_empty() {
        return Err(format!(
            "no path after `=`; write e.g. {}=report.{}",
            format.name(),
            format.extension()
        ));
    }
    Ok(Export {
        format,
        path: PathBuf::from(path),
    })
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2020-12-31"))
}
