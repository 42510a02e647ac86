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
    progress check actuals.toml --spec my-okrs.toml --fail-on behind\n  \
    progress check snapshots/ --fail-on missed,regress")]
pub struct CheckArgs {
    /// Actuals files (TOML), or folders of them: several are snapshots of one series
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

    /// What fails the run (targets of severity `error` only): a comma-separated set of
    /// missed, behind (implies missed), regress, no-data; or never
    #[arg(
        long,
        value_name = "WHEN",
        default_value = "missed",
        value_parser = parse_fail_on
    )]
    pub fail_on: FailOn,

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

/// The members `--fail-on` accepts.
pub const FAIL_ON_MEMBERS: [&str; 5] = ["missed", "behind", "regress", "no-data", "never"];

/// `--fail-on missed,regress`: a set of members; `behind` implies `missed`; `never` stands
/// alone.
pub fn parse_fail_on(s: &str) -> Result<FailOn, String> {
    let mut set = FailOn::NEVER;
    let mut never = false;
    let members: Vec<&str> = s.split(',').map(str::trim).collect();
    for m in &members {
        match *m {
            "missed" => set.missed = true,
            "behind" => {
                set.missed = true;
                set.behind = true;
            }
            "regress" => set.regress = true,
            "no-data" => set.no_data = true,
            "never" => never = true,
            "" => return Err("an empty member; write e.g. `--fail-on missed,regress`".into()),
            other => {
                let hint = crate::suggest::closest(other, FAIL_ON_MEMBERS.iter().copied())
                    .map(|c| format!("did you mean `{c}`? "))
                    .unwrap_or_default();
                return Err(format!(
                    "unknown member `{}`; {hint}expected a comma-separated set of {}",
                    crate::text::sanitize(other),
                    FAIL_ON_MEMBERS[..4].join(", ")
                ) + ", or `never` alone");
            }
        }
    }
    if never && members.len() > 1 {
        return Err("`never` cannot be combined with other members: it means nothing fails".into());
    }
    Ok(set)
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

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2020-12-31"))
}
