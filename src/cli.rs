//! The command line (clap derive). Parsing only; `app` carries the commands out.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::builder::{PossibleValue, PossibleValuesParser, Styles, TypedValueParser};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::evaluate::FailOn;
use crate::export::Format;
use crate::spec::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "progress",
    version,
    about = "Check headline targets against actual figures",
    long_about = "Check headline targets against actual figures.\n\n\
        A spec (TOML) declares the targets; an actuals file (TOML, or CSV) says what happened. \
        `progress check` prints a gap table and exits 1 when a target is missed, so it can \
        gate a CI pipeline. Without --spec, the built-in 2020 targets of Qingdao West Coast \
        New Area are used.",
    after_help = "Exit codes: 0 nothing failing, 1 at least one failing target, 2 bad input or usage.\n\
        Environment: PROGRESS_SPEC names the default spec (--spec wins over it)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The narrowest table `--width` accepts: a shortened target name and its status.
pub const MIN_TABLE_WIDTH: u16 = 40;

/// The command line, parsed as `Cli::try_parse` does it, except that clap's message about a
/// mistaken argument shows the argument's unsafe characters (`crate::text`) as escapes:
/// clap quotes an argument as it was given, and an `--as-of` holding an escape sequence
/// would otherwise reach the terminal raw.
pub fn parse() -> Result<Cli, clap::Error> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let unsafe_arg = args.iter().any(|a| {
        let a = a.to_string_lossy();
        crate::text::sanitize(&a) != a
    });
    if unsafe_arg {
        // Without styles, the message holds no escape sequence of clap's own.
        let plain = Cli::command()
            .styles(Styles::plain())
            .try_get_matches_from(&args)
            .map_err(closest_first);
        match plain {
            Err(e) if e.use_stderr() => {
                let message = e.render().ansi().to_string();
                let mut shown = String::with_capacity(message.len());
                for line in message.split_inclusive('\n') {
                    let (text, end) = line
                        .strip_suffix('\n')
                        .map_or((line, ""), |text| (text, "\n"));
                    shown.push_str(&crate::text::sanitize(text));
                    shown.push_str(end);
                }
                crate::output::write_stderr(&shown);
                std::process::exit(e.exit_code());
            }
            _ => {}
        }
    }
    Cli::try_parse_from(args).map_err(closest_first)
}

/// Clap's "similar subcommands" tip lists its candidates least likely first (`progress
/// chek`: 'schema', 'check'); this puts the closest first, by the same measure as
/// [`crate::suggest::closest`].
fn closest_first(mut e: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue};
    let typed = match e.get(ContextKind::InvalidSubcommand) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => return e,
    };
    if let Some(ContextValue::Strings(names)) = e.get(ContextKind::SuggestedSubcommand) {
        let mut names = names.clone();
        names.sort_by(|a, b| {
            strsim::jaro_winkler(&typed, b).total_cmp(&strsim::jaro_winkler(&typed, a))
        });
        e.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::Strings(names),
        );
    }
    e
}

impl Cli {
    /// What a run stopped by bad input did not do, for the last line of its errors
    /// ("1 problem found; nothing was evaluated"); `None`: the count alone.
    pub fn not_done(&self) -> Option<&'static str> {
        match &self.command {
            Command::Check(_) | Command::Explain(_) => Some("nothing was evaluated"),
            Command::Init(_) => Some("no file was written"),
            Command::Extract(_) => Some("no draft was written"),
            Command::List(_) => Some("nothing was listed"),
            _ => None,
        }
    }

    /// The colour choice of the command line, for error messages too.
    pub fn color(&self) -> ColorChoice {
        match &self.command {
            Command::Check(args) => args.display.color,
            Command::Validate(args) => args.color,
            Command::List(args) => args.display.color,
            Command::Explain(args) => args.display.color,
            Command::Init(args) => args.color,
            Command::Extract(args) => args.color,
            Command::Schema(_) | Command::Completions(_) | Command::Man(_) => ColorChoice::Auto,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Evaluate targets against actuals and print the gap table.
    Check(CheckArgs),
    /// Check the spec and actuals files only; report every problem (exit 0 or 2).
    Validate(ValidateArgs),
    /// List the spec's targets, grouped, with rule, goal, unit, deadline and severity.
    List(ListArgs),
    /// Explain one target: its source and rule, and with actuals the arithmetic of its status.
    Explain(ExplainArgs),
    /// Write an actuals template listing every target of the spec.
    Init(InitArgs),
    /// Draft a spec from Chinese policy text (a speech, a work report, a plan).
    Extract(ExtractArgs),
    /// Print the JSON Schema of the spec or actuals file format.
    Schema(SchemaArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print the man page (roff), or write one per command into a folder.
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct SpecArg {
    /// The spec file [default: $PROGRESS_SPEC, else the built-in 2020 spec]
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
}

/// `--column FIELD=HEADER` and `--target-id`: which header cells of CSV files and sheets
/// name the actuals fields (`crate::column_map`).
#[derive(Debug, Args)]
pub struct ColumnArgs {
    /// Read the column headed HEADER as FIELD (id, entity, value, unit, as_of, source,
    /// note, by); repeatable, e.g. --column entity=地区 --column value=2023年. Other
    /// columns are left out; a year header used as value dates its figures 31 December
    #[arg(long = "column", value_name = "FIELD=HEADER", value_parser = parse_column)]
    pub columns: Vec<(&'static str, String)>,

    /// Every row of the CSV files and sheets is of target ID (for a table with no id
    /// column)
    #[arg(long, value_name = "ID")]
    pub target_id: Option<String>,
}

impl ColumnArgs {
    /// The map the input layer applies; a field mapped twice is a usage error.
    pub fn map(&self) -> Result<crate::column_map::ColumnMap, crate::error::Error> {
        crate::column_map::ColumnMap::new(self.columns.clone(), self.target_id.clone())
    }
}

fn parse_column(s: &str) -> Result<(&'static str, String), String> {
    crate::column_map::parse_column(s)
}

/// The environment variable naming the default spec.
pub const SPEC_ENV: &str = "PROGRESS_SPEC";

impl SpecArg {
    /// The spec to read: `--spec`, else `PROGRESS_SPEC` if set and not empty; `None` for
    /// the built-in spec.
    pub fn path(&self) -> Option<PathBuf> {
        self.spec.clone().or_else(|| {
            std::env::var_os(SPEC_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
    }
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress validate --spec my-okrs.toml\n  \
    progress validate examples/actuals-2020.toml actuals.csv")]
pub struct ValidateArgs {
    /// Actuals files to check against the spec (TOML, or CSV by the `.csv` extension; `-`
    /// for standard input)
    #[arg(value_name = "ACTUALS")]
    pub actuals: Vec<PathBuf>,

    #[command(flatten)]
    pub spec: SpecArg,

    #[command(flatten)]
    pub columns: ColumnArgs,

    /// The evaluation date for actuals files that give none (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// When to use colour in error messages (NO_COLOR in the environment turns `auto` off)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress list\n  \
    progress list --spec my-okrs.toml --lang zh")]
pub struct ListArgs {
    #[command(flatten)]
    pub spec: SpecArg,

    #[command(flatten)]
    pub display: DisplayArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress explain 5g-base-stations\n  \
    progress explain high-tech-output examples/published.toml")]
pub struct ExplainArgs {
    /// The target id (`progress list` shows them)
    #[arg(value_name = "ID")]
    pub id: String,

    /// Actuals files (TOML or CSV; `-` for standard input); with them, the arithmetic
    /// behind the status is shown
    #[arg(value_name = "ACTUALS")]
    pub actuals: Vec<PathBuf>,

    #[command(flatten)]
    pub spec: SpecArg,

    #[command(flatten)]
    pub columns: ColumnArgs,

    /// Evaluate as of DATE (YYYY-MM-DD): values dated later are left out; files without an
    /// `as_of` of their own take DATE
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    #[command(flatten)]
    pub display: DisplayArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress init -o actuals.toml\n  \
    progress init --spec my-okrs.toml --as-of 2024-06-30 -o -")]
pub struct InitArgs {
    #[command(flatten)]
    pub spec: SpecArg,

    /// Where to write the template (`-` for standard output)
    #[arg(long, short = 'o', value_name = "FILE", default_value = "actuals.toml")]
    pub output: PathBuf,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,

    /// The `as_of` date written into the template [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// Language of the target names in the comments
    #[arg(long, default_value = "en", value_parser = lang_parser())]
    pub lang: Lang,

    /// When to use colour in error messages (NO_COLOR in the environment turns `auto` off)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Args)]
#[command(
    after_help = "The draft is for a person to review: every field it had to guess carries a\n\
    `# review:` comment, and fields it cannot fill are left out, so `progress validate\n\
    --spec DRAFT` names what is left to decide.\n\n\
    Examples:\n  \
    progress extract docs/sources/speeches-2020.txt --year 2020\n  \
    progress extract report.txt -o draft.toml"
)]
pub struct ExtractArgs {
    /// The text to read (UTF-8; OCR line breaks and full-width punctuation are fine)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The year that 今年 / 全年 / 年内 refer to [default: the year the goals are for: a year naming them, the date line, the year after one under review, else the first year the text names]
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(1900..=2200))]
    pub year: Option<i32>,

    /// Write the draft to FILE instead of standard output (never over an existing file
    /// unless --force)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,

    /// When to use colour in error messages (NO_COLOR in the environment turns `auto` off)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress schema spec > spec.schema.json\n  \
    progress schema actuals > actuals.schema.json")]
pub struct SchemaArgs {
    /// Which file format
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// The spec (targets) file
    Spec,
    /// The actuals (TOML) file
    Actuals,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress completions bash > ~/.local/share/bash-completion/completions/progress\n  \
    progress completions zsh > ~/.zfunc/_progress\n  \
    progress completions fish > ~/.config/fish/completions/progress.fish")]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress man | man -l -\n  \
    progress man --dir target/man    (progress.1, progress-check.1, …)")]
pub struct ManArgs {
    /// Write progress.1 and a page for each command (progress-check.1, …) into DIR,
    /// created if missing, replacing pages already there; without it, print progress(1)
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    progress check examples/published.toml\n  \
    progress check actuals.toml --format json --output report.json\n  \
    progress check actuals.toml --export junit=report.xml --export html=report.html\n  \
    progress check actuals.toml --spec my-okrs.toml --fail-on behind\n  \
    progress check snapshots/ --fail-on missed,regress")]
pub struct CheckArgs {
    /// Actuals files (TOML, or CSV by the `.csv` extension), or folders of them: several
    /// are snapshots of one series; `-` reads standard input (TOML, or CSV by its header)
    #[arg(value_name = "ACTUALS")]
    pub actuals: Vec<PathBuf>,

    #[command(flatten)]
    pub spec: SpecArg,

    /// Output format
    #[arg(long, short = 'f', default_value = "table", value_parser = format_parser())]
    pub format: Format,

    /// Write the report to FILE instead of standard output (atomically)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Also write the report in FORMAT to PATH; repeatable (e.g. --export junit=report.xml;
    /// a path ending in .json, .csv, .md, .xml or .html names its format)
    #[arg(long, value_name = "FORMAT=PATH", value_parser = parse_export)]
    pub export: Vec<Export>,

    /// What fails the run (targets of severity `error` only): a comma-separated set of
    /// missed, behind (implies missed), regress, no-data; or never
    #[arg(
        long,
        value_name = "WHEN",
        default_value = "missed",
        value_parser = parse_fail_on
    )]
    pub fail_on: FailOn,

    /// Evaluate as of DATE (YYYY-MM-DD): values dated later are left out; files without an
    /// `as_of` of their own take DATE
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// Drill down into panel targets: show entity ID of every panel that lists it, one
    /// row each, as a target of its own (`indicator/ID`)
    #[arg(long, value_name = "ID")]
    pub entity: Option<String>,

    /// Drill down into panel targets: show every entity of the panels per DIMENSION
    /// (e.g. `county`), one row each
    #[arg(long, value_name = "DIMENSION")]
    pub per: Option<String>,

    #[command(flatten)]
    pub columns: ColumnArgs,

    #[command(flatten)]
    pub display: DisplayArgs,

    /// Fit the table to N columns [default: $COLUMNS, else the terminal's width; piped
    /// output gets the whole table]: columns are left out, least important first, and
    /// names shortened, so each target takes one line (40 or more: the target and its
    /// status need that much)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(i64::from(MIN_TABLE_WIDTH)..))]
    pub width: Option<u16>,

    /// The whole table, every column, however wide the terminal
    #[arg(long, conflicts_with = "width")]
    pub wide: bool,

    /// The order of the HTML report's cards
    #[arg(long, value_enum, default_value_t = OrderArg::Status)]
    pub order: OrderArg,

    /// Keep only the targets NAME leads or shares (its `owner`); repeatable. The report,
    /// the summary and the exit code consider only those
    #[arg(long, value_name = "NAME")]
    pub owner: Vec<String>,

    /// Break the summary down by owner, group or class: one summary line per key (JSON:
    /// `breakdown`)
    #[arg(long, value_name = "KEY", value_parser = breakdown_parser())]
    pub by: Option<crate::report::BreakdownBy>,
}

#[derive(Debug, Args)]
pub struct DisplayArgs {
    /// Language of target names
    #[arg(long, default_value = "en", value_parser = lang_parser())]
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
        // `MISSED` or `Missed` mean `missed`.
        match m.to_ascii_lowercase().as_str() {
            "missed" => set.missed = true,
            "behind" => {
                set.missed = true;
                set.behind = true;
            }
            "regress" => set.regress = true,
            "no-data" => set.no_data = true,
            "never" => never = true,
            "" => return Err("an empty member; write e.g. `--fail-on missed,regress`".into()),
            _ => {
                let other = *m;
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

/// `--format`: the library's formats, offered by name with their aliases and help.
fn format_parser() -> impl TypedValueParser<Value = Format> {
    let values = Format::ALL.map(|f| {
        PossibleValue::new(f.name())
            .help(f.about())
            .aliases(f.aliases().iter().copied())
    });
    PossibleValuesParser::new(values)
        .map(|name| Format::from_name(&name).expect("clap accepts only the formats' names"))
}

/// `--lang`: the library's languages, by code.
fn breakdown_parser() -> impl TypedValueParser<Value = crate::report::BreakdownBy> {
    use crate::report::BreakdownBy;
    PossibleValuesParser::new(BreakdownBy::ALL.map(|b| b.name())).map(|name| {
        BreakdownBy::ALL
            .into_iter()
            .find(|b| b.name() == name)
            .expect("clap accepts only the keys' names")
    })
}

fn lang_parser() -> impl TypedValueParser<Value = Lang> {
    PossibleValuesParser::new(Lang::ALL.map(|l| l.name())).map(|name| {
        Lang::ALL
            .into_iter()
            .find(|l| l.name() == name)
            .expect("clap accepts only the languages' codes")
    })
}

/// One `--export FORMAT=PATH`: a further report written to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub format: Format,
    pub path: PathBuf,
}

fn parse_export(s: &str) -> Result<Export, String> {
    let formats = || {
        Format::ALL
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let by_extension = |s: &str| {
        let ext = Path::new(s)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        let mut found = Format::ALL
            .iter()
            .filter(|f| f.extension().eq_ignore_ascii_case(ext));
        match (found.next(), found.next()) {
            (Some(format), None) => Some(Export {
                format: *format,
                path: PathBuf::from(s),
            }),
            _ => None,
        }
    };
    // `runs/id=3.json` is a path (a folder before the `=`); `jsno=r.json` is a typo.
    let split = s
        .split_once('=')
        .filter(|(f, _)| !((f.contains('/') || f.contains('\\')) && by_extension(s).is_some()));
    let Some((format, path)) = split else {
        // A bare path whose extension names one format: `report.html`, `runs/id=3.json` …
        if let Some(export) = by_extension(s) {
            return Ok(export);
        }
        return Err(format!(
            "expected FORMAT=PATH, e.g. junit=report.xml, or a path ending in .json, .csv, \
             .md, .xml or .html (formats: {})",
            formats()
        ));
    };
    let format = Format::from_name(format.trim()).ok_or_else(|| {
        format!(
            "`{}` is not a format; use one of: {} (e.g. junit=report.xml)",
            crate::text::sanitize(format),
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
    if path == "-" {
        return Err(format!(
            "`--export` writes files; for standard output use `--format {}` (and `-o -`)",
            format.name()
        ));
    }
    Ok(Export {
        format,
        path: PathBuf::from(path),
    })
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::load::parse_day(s).ok_or_else(|| {
        format!(
            "`{}` is not a date; write it as YYYY-MM-DD, e.g. 2020-12-31",
            crate::text::sanitize(s)
        )
    })
}

/// `--order`: the command line's face of [`crate::export::Order`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrderArg {
    /// Failing targets first, then those behind, then the rest by group
    Status,
    /// The spec's order, by group
    Spec,
}

impl From<OrderArg> for crate::export::Order {
    fn from(order: OrderArg) -> Self {
        match order {
            OrderArg::Status => crate::export::Order::Status,
            OrderArg::Spec => crate::export::Order::Spec,
        }
    }
}
