//! `progress check`: load, evaluate, render every report, write them all or none.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::cli::CheckArgs;
use crate::commands;
use crate::error::{Error, Outcome};
use crate::evaluate::{self, Focus, Settings};
use crate::export::ExportOptions;
use crate::input;
use crate::output;
use crate::owners;
use crate::report::Report;
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
    // Which owners to keep is decided on the spec, before anything is evaluated.
    let owners = if args.owner.is_empty() {
        None
    } else {
        Some(
            owners::check_owners(&spec, &args.owner).map_err(|e| Error::Usage {
                message: e.message,
                help: Some(e.help),
            })?,
        )
    };
    let actuals =
        input::load_snapshots_mapped(&spec, &args.actuals, args.as_of, &args.columns.map()?)?;
    commands::warn_dates(
        &spec,
        &actuals,
        args.display.color.enabled(std::io::stderr().is_terminal()),
    );
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
    let focus = Focus {
        entity: args.entity.clone(),
        per: args.per.clone(),
    };
    if super::check_stream::applies(args, &spec, &focus, owners.is_some()) {
        let outcome = super::check_stream::run(args, &spec, &actuals, &settings, &focus);
        commands::leave_to_exit((spec, actuals));
        return outcome;
    }
    let mut report = evaluate::evaluate_focused(&spec, &actuals, &settings, &focus);
    if !focus.is_none() {
        report = drill_down(report, &focus)?;
    }
    if let Some(owners) = &owners {
        owners::keep_owners(&mut report, owners);
    }
    if let Some(by) = args.by {
        owners::break_down(&mut report, by);
    }
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
    // Moved, not copied: a JSON report of a million entities is 100 MB or more.
    let mut stdout_text = None;
    match output {
        Some(path) => files.push((path, main_text)),
        None => stdout_text = Some(main_text),
    }
    for export in &args.export {
        let text = export
            .format
            .exporter()
            .render(&report, &options(args.display.color.enabled(false)));
        files.push((&export.path, text));
    }
    // Every output checked before any is written: none onto an input, no two onto one file.
    output::check_outputs(files.iter().map(|(p, _)| *p), &inputs(args))?;
    output::write_all_atomic(&files)?;
    if let Some(main_text) = &stdout_text {
        match output::write_stdout(main_text) {
            // `progress check … | head`: quiet, but the gate's verdict stands.
            Err(Error::BrokenPipe) => return Ok(outcome),
            other => other?,
        }
    }
    commands::leave_to_exit((spec, actuals, report, stdout_text, files));
    Ok(outcome)
}

/// The files a check reads: no report may be written onto one.
pub(super) fn inputs(args: &CheckArgs) -> Vec<PathBuf> {
    (args.spec.path().into_iter())
        .chain(input::expand_folders(&args.actuals, &mut Vec::new()))
        // `book.xlsx#Sheet` is the file `book.xlsx`.
        .map(|p| crate::workbook::split(&p).0)
        .collect()
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

/// The report of the entities `--entity` / `--per` select, or why there are none.
fn drill_down(report: Report, focus: &Focus) -> Result<Report, Error> {
    let (ids, pers) = report.panel_names();
    let help = if pers.is_empty() {
        Some("the spec has no panel targets (`per = …`, `entities = …`)".to_string())
    } else if let Some(per) = focus.per.as_deref().filter(|p| !pers.contains(p)) {
        crate::suggest::did_you_mean(per, pers.iter().copied(), true)
    } else if let Some(entity) = focus.entity.as_deref().filter(|e| !ids.contains(e)) {
        crate::suggest::did_you_mean(entity, ids.iter().copied(), false)
    } else {
        None
    };
    let what = match (&focus.entity, &focus.per) {
        (Some(e), Some(p)) => format!("no panel per `{p}` lists the entity `{e}`"),
        (Some(e), None) => format!("no panel lists the entity `{e}`"),
        (None, Some(p)) => format!("no panel is per `{p}`"),
        (None, None) => "nothing to drill down into".to_string(),
    };
    report.drilled_down().ok_or_else(|| Error::Usage {
        message: crate::text::sanitize(&what).into_owned(),
        help,
    })
}
