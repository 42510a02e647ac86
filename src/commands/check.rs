//! `progress check`: load, evaluate, render every report, write them all or none.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::cli::CheckArgs;
use crate::commands;
use crate::error::{Error, Outcome};
use crate::evaluate::{self, Settings};
use crate::export::ExportOptions;
use crate::input;
use crate::output;
use crate::snapshots;

pub fn run(args: &CheckArgs) -> Result<Outcome, Error> {
    commands::stdin_once(&args.spec, &args.actuals)?;
    let spec = commands::load_spec_checking_actuals(&args.spec, &args.actuals)?;
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
    let actuals = input::load_snapshots(&spec, &args.actuals, args.as_of)?;
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
        report.spec_in_repo = path_in_repo(Path::new(spec.file_name()), Path::new(&workspace));
    }
    let outcome = if report.failed() {
        Outcome::Failing
    } else {
        Outcome::Ok
    };

    // Render every report before writing any, so a run writes all its files or none.
    let output = args.output.as_deref().filter(|p| !output::is_stdout(p));
    let to_terminal = output.is_none() && std::io::stdout().is_terminal();
    let options = |color: bool| ExportOptions {
        lang: args.display.lang,
        color,
        width: None,
        order: args.order.into(),
    };
    let main_text = args.format.exporter().render(
        &report,
        &ExportOptions {
            width: table_width(args, output.is_none(), to_terminal),
            ..options(args.display.color.enabled(to_terminal))
        },
    );
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
    // Every output checked before any is written: none onto an input, no two onto one file.
    let inputs: Vec<PathBuf> = (args.spec.path().into_iter())
        .chain(input::expand_folders(&args.actuals, &mut Vec::new()))
        // `book.xlsx#Sheet` is the file `book.xlsx`.
        .map(|p| crate::sheet::split(&p).0)
        .collect();
    output::check_outputs(files.iter().map(|(p, _)| *p), &inputs)?;
    output::write_all_atomic(&files)?;
    if output.is_none() {
        match output::write_stdout(&main_text) {
            // `progress check … | head`: quiet, but the gate's verdict stands.
            Err(Error::BrokenPipe) => return Ok(outcome),
            other => other?,
        }
    }
    commands::leave_to_exit((spec, actuals, report, main_text, files));
    Ok(outcome)
}

/// The width to fit the table to: `--width`; else, on standard output, `COLUMNS`, else
/// the terminal's; `None` (the whole table) with `--wide`, or piped without a width.
fn table_width(args: &CheckArgs, to_stdout: bool, to_terminal: bool) -> Option<u16> {
    if args.wide {
        return None;
    }
    if args.width.is_some() || !to_stdout {
        return args.width;
    }
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|c| *c > 0);
    // comfy-table's terminal measure (crossterm's), on standard output. A terminal
    // narrower than the narrowest table gets the narrowest table.
    columns
        .or_else(|| {
            to_terminal
                .then(|| comfy_table::Table::new().width())
                .flatten()
        })
        .map(|w| w.max(crate::cli::MIN_TABLE_WIDTH))
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
