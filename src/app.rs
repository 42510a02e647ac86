//! Carries out a parsed command line: load, evaluate, render, write. Returns the exit code.

use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};

use crate::actuals::{self, Actuals};
use crate::actuals_csv;
use crate::cli::{CheckArgs, Cli, Command, SpecArg};
use crate::commands;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::error::{EXIT_FAILING, EXIT_OK, Error};
use crate::evaluate::{self, Settings};
use crate::export::ExportOptions;
use crate::load;
use crate::output;
use crate::snapshots;
use crate::spec::{self, Spec};

pub fn run(cli: Cli) -> Result<u8, Error> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Validate(args) => commands::validate::run(&args),
        Command::List(args) => commands::list::run(&args),
        Command::Explain(args) => commands::explain::run(&args),
        Command::Init(args) => commands::init::run(&args),
        Command::Extract(args) => commands::extract::run(&args),
        Command::Schema(args) => commands::schema::run(&args),
        Command::Completions(args) => commands::completions::run(&args),
        Command::Man(args) => commands::completions::man(&args),
    }
}

/// Standard input (`-`) can be read once: named twice (for the spec and an actuals file,
/// or two actuals files) is a usage error, found before anything is read.
pub fn stdin_once(spec: &SpecArg, actuals: &[PathBuf]) -> Result<(), Error> {
    let dash = Path::new("-");
    let named = spec
        .path()
        .iter()
        .chain(actuals)
        .filter(|p| *p == dash)
        .count();
    if named > 1 {
        return Err(Error::Usage {
            message: "standard input (`-`) is named twice; it can be read once".into(),
            help: Some("name `-` once, for the spec or for one actuals file".into()),
        });
    }
    Ok(())
}

/// Loads the spec named by `--spec`, or the built-in one.
pub fn load_spec(arg: &SpecArg) -> Result<Spec, Error> {
    match arg.path() {
        None => Spec::builtin().map_err(Error::Input),
        Some(path) => {
            let file = load::read_file(&path).map_err(|mut d| {
                if arg.spec.is_none() {
                    // The path came from the environment: say so, or it is a mystery.
                    let from_env = format!("the spec path comes from ${}", crate::cli::SPEC_ENV);
                    d.help = Some(match d.help.take() {
                        Some(h) => format!("{h}; {from_env}"),
                        None => from_env,
                    });
                }
                Error::Input(vec![*d])
            })?;
            spec::load(&file).map_err(Error::Input)
        }
    }
}

/// Loads the spec, as [`load_spec`]; when it has problems, the problems the actuals files
/// have on their own ([`actuals_shape_problems`]) are reported with them, all at once.
pub fn load_spec_checking_actuals(arg: &SpecArg, actuals: &[PathBuf]) -> Result<Spec, Error> {
    match load_spec(arg) {
        Err(Error::Input(mut problems)) => {
            problems.extend(actuals_shape_problems(actuals));
            Err(Error::Input(problems))
        }
        other => other,
    }
}

/// Loads every actuals file (a folder stands for the actuals files in it), collecting the
/// problems of all of them; each file is checked on its own. A file whose name ends in
/// `.csv` (any case) is read as CSV, any other as TOML.
pub fn load_actuals(
    spec: &Spec,
    paths: &[PathBuf],
    as_of: Option<chrono::NaiveDate>,
) -> Result<Vec<Actuals>, Error> {
    let mut all = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for path in expand_folders(paths, &mut problems) {
        match load::read_file(&path) {
            Ok(file) => match load_one(&file, &path, spec, as_of) {
                Ok(snapshots) => all.extend(snapshots),
                Err(d) => problems.extend(d),
            },
            Err(d) => problems.push(*d),
        }
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(Error::Input(problems))
    }
}

/// The problems the actuals files have on their own (see [`actuals::check_shape`]), for
/// when there is no good spec to check them against. CSV files need the spec: skipped.
pub fn actuals_shape_problems(paths: &[PathBuf]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for path in expand_folders(paths, &mut problems) {
        match load::read_file(&path) {
            Ok(file) if !is_csv(&path, &file.text) => problems.extend(actuals::check_shape(&file)),
            Ok(_) => {}
            Err(d) => problems.push(*d),
        }
    }
    problems
}

/// Loads the actuals files as snapshots of one series, for commands that evaluate them:
/// as [`load_actuals`], and no two files may give different values for one target and
/// date.
pub fn load_snapshots(
    spec: &Spec,
    paths: &[PathBuf],
    as_of: Option<chrono::NaiveDate>,
) -> Result<Vec<Actuals>, Error> {
    let all = load_actuals(spec, paths, as_of)?;
    let conflicts = snapshots::conflicts(&all, as_of.is_some());
    if conflicts.is_empty() {
        Ok(all)
    } else {
        Err(Error::Input(conflicts))
    }
}

/// Extensions of the files a folder contributes (any case).
const ACTUALS_EXTENSIONS: [&str; 2] = ["toml", "csv"];

/// Files stay as given; a folder is replaced by its `*.toml` and `*.csv` files (not
/// recursive), sorted by name. A folder without any is a problem.
fn expand_folders(paths: &[PathBuf], problems: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            out.push(path.clone());
            continue;
        }
        let whole = |message: String, help: &str| {
            let file = SourceFile::new(path.display().to_string(), "");
            Diagnostic::new(&file, None, message).help(Some(help.into()))
        };
        let entries = match std::fs::read_dir(path) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(whole(
                    format!("cannot read the folder: {e}"),
                    "check the path and its permissions",
                ));
                continue;
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                // Hidden files (editor backups, `.report.json.123.tmp`) are not snapshots.
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                    && p.is_file()
                    && p.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                        ACTUALS_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(x))
                    })
            })
            .collect();
        if files.is_empty() {
            problems.push(whole(
                "is a directory with no actuals files (*.toml, *.csv) in it".into(),
                "name actuals files, or a folder that holds them (sub-folders are not searched)",
            ));
        }
        files.sort();
        out.extend(files);
    }
    out
}

/// An actuals file is CSV by its `.csv` extension (any case), TOML otherwise. Standard
/// input (`-`) has no name: it is CSV when its first line (not blank, not a `#` comment)
/// neither assigns (`as_of = …`) nor opens a table (`[values]`), as a header row does not.
fn is_csv(path: &Path, text: &str) -> bool {
    if path == Path::new("-") {
        return text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .is_some_and(|l| !l.contains('=') && !l.starts_with('['));
    }
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

fn load_one(
    file: &crate::diagnostic::SourceFile,
    path: &std::path::Path,
    spec: &Spec,
    as_of: Option<chrono::NaiveDate>,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    if is_csv(path, &file.text) {
        // A CSV file with rows on several dates is a snapshot a date.
        actuals_csv::load(file, spec, as_of)
    } else {
        actuals::load(file, spec, as_of).map(|a| vec![a])
    }
}

fn check(args: CheckArgs) -> Result<u8, Error> {
    stdin_once(&args.spec, &args.actuals)?;
    let spec = load_spec_checking_actuals(&args.spec, &args.actuals)?;
    if args.actuals.is_empty() {
        return Err(Error::Usage {
            message: "no actuals files given: nothing to check".into(),
            help: Some(
                "name actuals files or a folder of them, e.g. `progress check actuals.toml`; \
                 `progress init` writes a template"
                    .into(),
            ),
        });
    }
    let actuals = load_snapshots(&spec, &args.actuals, args.as_of)?;
    if let Some(date) = args.as_of {
        let later = snapshots::count_after(&actuals, date);
        if later > 0 {
            output::note(&format!(
                "{later} value{} dated after {date} left out (evaluating as of {date})",
                if later == 1 { "" } else { "s" }
            ));
        }
        let newest = actuals
            .iter()
            .flat_map(|a| a.values.values().map(|v| v.as_of))
            .max();
        if let Some(newest) = newest.filter(|n| *n < date) {
            output::note(&format!(
                "the newest value is dated {newest}, before --as-of {date}: each target is \
                 judged as of its own value's date, not as of {date}"
            ));
        }
    }
    let settings = Settings {
        fail_on: args.fail_on,
        as_of: args.as_of,
        ..Settings::default()
    };
    let mut report = evaluate::evaluate(&spec, &actuals, &settings);
    if let Some(workspace) = std::env::var_os("GITHUB_WORKSPACE") {
        report.spec_in_repo = path_in_repo(Path::new(&spec.file_name), Path::new(&workspace));
    }
    let code = if report.failed() {
        EXIT_FAILING
    } else {
        EXIT_OK
    };

    // Render every report before writing any, so a run writes all its files or none.
    let output = args.output.as_deref().filter(|p| !output::is_stdout(p));
    let to_terminal = output.is_none() && std::io::stdout().is_terminal();
    let options = |color: bool| ExportOptions {
        lang: args.display.lang,
        color,
        width: None,
    };
    let main_text = args
        .format
        .exporter()
        .render(&report, &options(args.display.color.enabled(to_terminal)));
    let mut files: Vec<(&Path, String)> = Vec::new();
    if let Some(path) = output {
        files.push((path, main_text.clone()));
    }
    for export in &args.export {
        let text = export
            .format
            .exporter()
            .render(&report, &options(args.display.color.enabled(false)));
        files.push((&export.path, text));
    }
    check_distinct(files.iter().map(|(p, _)| *p))?;
    output::write_all_atomic(&files)?;
    if output.is_none() {
        match output::write_stdout(&main_text) {
            // `progress check … | head`: quiet, but the gate's verdict stands.
            Err(Error::BrokenPipe) => return Ok(code),
            other => other?,
        }
    }
    leave_to_exit((spec, actuals, report, main_text, files));
    Ok(code)
}

/// `file` relative to the repository at `repo`, with `/` between its parts, if it lies
/// inside: how GitHub names a file in an annotation, wherever the job ran and however
/// the spec was named (`/home/runner/work/r/r/plans/okrs.toml`, or `okrs.toml` from a
/// step with `working-directory: plans`, both give `plans/okrs.toml`).
fn path_in_repo(file: &Path, repo: &Path) -> Option<String> {
    let (file, repo) = (file.canonicalize().ok()?, repo.canonicalize().ok()?);
    let parts: Vec<String> = file
        .strip_prefix(&repo)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Some(parts.join("/"))
}

/// Leaves what a command holds to the operating system instead of freeing it, for a
/// command about to return to `main`, which exits next: freeing a large spec's millions
/// of small allocations one by one took a tenth of a 100,000-target run
/// (docs/performance.md), and the OS takes the memory back at once. Not for code that
/// goes on running (the library's loaders and `evaluate` free as usual).
pub(crate) fn leave_to_exit<T>(held: T) {
    std::mem::forget(held);
}

/// Two reports written to one path would overwrite each other: refuse before writing.
fn check_distinct<'a>(paths: impl Iterator<Item = &'a Path>) -> Result<(), Error> {
    let mut seen: Vec<PathBuf> = Vec::new();
    for path in paths {
        let normal: PathBuf = path
            .components()
            .filter(|c| !matches!(c, Component::CurDir))
            .collect();
        if seen.contains(&normal) {
            return Err(Error::Usage {
                message: format!("two reports would be written to `{}`", path.display()),
                help: Some("give each --output and --export its own path".into()),
            });
        }
        seen.push(normal);
    }
    Ok(())
}
