//! Reading the input files a command names: the spec (a file, or the built-in one) and
//! the actuals files (TOML or CSV, folders of them, standard input), each checked, with
//! every problem collected. Plain paths and dates in, checked types or [`Error`] out: the
//! command line decides where the paths come from.

use std::path::{Path, PathBuf};

use crate::actuals::{self, Actuals};
use crate::actuals_csv;
use crate::column_map::ColumnMap;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::error::Error;
use crate::load;
use crate::snapshots;
use crate::spec::{self, Spec};
use crate::workbook;

/// Standard input (`-`) can be read once: named twice (for the spec and an actuals file,
/// or two actuals files) is a usage error, found before anything is read.
pub fn stdin_once(spec: Option<&Path>, actuals: &[PathBuf]) -> Result<(), Error> {
    let dash = Path::new("-");
    let named = spec
        .into_iter()
        .chain(actuals.iter().map(PathBuf::as_path))
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

/// Loads the spec at `path`, or the built-in one. `read_note`, if given, is added to the
/// help when the file cannot be read (where the path came from, say).
pub fn load_spec(path: Option<&Path>, read_note: Option<&str>) -> Result<Spec, Error> {
    load_spec_file(path, read_note).map(|(spec, _)| spec)
}

/// As [`load_spec`], with the file the spec was read from (`None`: the built-in spec), for
/// a command that has more to say of its text (`validate`: review notes left in a draft).
pub fn load_spec_file(
    path: Option<&Path>,
    read_note: Option<&str>,
) -> Result<(Spec, Option<crate::diagnostic::SourceFile>), Error> {
    match path {
        None => Spec::builtin().map(|s| (s, None)).map_err(Error::Input),
        Some(path) => {
            let file = load::read_file(path).map_err(|mut d| {
                if let Some(note) = read_note {
                    d.help = Some(match d.help.take() {
                        Some(h) => format!("{h}; {note}"),
                        None => note.to_string(),
                    });
                }
                Error::Input(vec![*d])
            })?;
            let mut spec = spec::load(&file).map_err(Error::Input)?;
            crate::panel_load::attach(&mut spec, &file, path).map_err(|mut d| {
                // An entity table from a workbook: its problems named by sheet and cell.
                workbook::relocate(&mut d);
                Error::Input(d)
            })?;
            Ok((spec, Some(file)))
        }
    }
}

/// Loads every actuals file (a folder stands for the actuals files in it), collecting the
/// problems of all of them; each file is checked on its own. A file whose name ends in
/// `.csv` (any case) is read as CSV, any other as TOML.
///
/// The columns of CSV files and sheets are named by `map` (`--column`, `--target-id`;
/// `crate::column_map`) when it is not empty.
pub fn load_actuals_mapped(
    spec: &Spec,
    paths: &[PathBuf],
    as_of: Option<chrono::NaiveDate>,
    map: &ColumnMap,
) -> Result<Vec<Actuals>, Error> {
    map.check_target(spec)?;
    let mut all = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for path in expand_folders(paths, &mut problems) {
        if workbook::is_workbook(&path) {
            match load_sheet(&path, spec, as_of, map) {
                Ok(snapshots) => all.extend(snapshots),
                Err(d) => problems.extend(d),
            }
            continue;
        }
        match load::read_file(&path) {
            Ok(file) => match load_one(&file, &path, spec, as_of, map) {
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
        if workbook::is_workbook(&path) {
            continue; // needs the spec, as CSV does
        }
        match load::read_file(&path) {
            Ok(file) if !is_csv(&path, &file.text) => problems.extend(actuals::check_shape(&file)),
            Ok(_) => {}
            Err(d) => problems.push(*d),
        }
    }
    problems
}

/// Loads the actuals files as snapshots of one series, for commands that evaluate them:
/// as [`load_actuals_mapped`], and no two files may give different values for one target and
/// date.
pub fn load_snapshots_mapped(
    spec: &Spec,
    paths: &[PathBuf],
    as_of: Option<chrono::NaiveDate>,
    map: &ColumnMap,
) -> Result<Vec<Actuals>, Error> {
    let all = load_actuals_mapped(spec, paths, as_of, map)?;
    let mut conflicts = snapshots::conflicts(&all, as_of.is_some());
    conflicts.extend(crate::actuals_panel::conflicts(&all));
    workbook::relocate(&mut conflicts);
    if conflicts.is_empty() {
        Ok(all)
    } else {
        Err(Error::Input(conflicts))
    }
}

/// Extensions of the files a folder contributes (any case).
const ACTUALS_EXTENSIONS: [&str; 3] = ["toml", "csv", "xlsx"];

/// Files stay as given; a folder is replaced by its `*.toml`, `*.csv` and `*.xlsx` files (not
/// recursive), sorted by name. A folder without any is a problem.
pub(crate) fn expand_folders(paths: &[PathBuf], problems: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
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
                "is a directory with no actuals files (*.toml, *.csv, *.xlsx) in it".into(),
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
    file: &SourceFile,
    path: &Path,
    spec: &Spec,
    as_of: Option<chrono::NaiveDate>,
    map: &ColumnMap,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    if is_csv(path, &file.text) && !map.is_empty() {
        // Columns named by the map: the records as a sheet, read as a workbook's is.
        return mapped_table(crate::column_map::csv_sheet(file)?, spec, as_of, map);
    }
    if is_csv(path, &file.text) {
        // A CSV file with rows on several dates is a snapshot a date.
        if crate::actuals_panel::is_long(&file.text) {
            crate::actuals_panel::load(file, spec, as_of)
        } else {
            actuals_csv::load(file, spec, as_of)
        }
    } else {
        actuals::load(file, spec, as_of).map(|a| vec![a])
    }
}

/// The sheet a path names (`FILE.xlsx`, `FILE.xlsx#Sheet`), laid out and checked as CSV
/// actuals are; its problems named by sheet, cell and column.
fn load_sheet(
    path: &Path,
    spec: &Spec,
    as_of: Option<chrono::NaiveDate>,
    map: &ColumnMap,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    let sheet = workbook::read(path)?;
    if !map.is_empty() {
        return mapped_table(sheet, spec, as_of, map);
    }
    let table = workbook::table(&sheet, &actuals_csv::SHEET_LAYOUT)?;
    drop(sheet.rows);
    load_sheet_table(&table, &sheet.name, spec, as_of).map_err(|mut d| {
        workbook::relocate(&mut d);
        d
    })
}

/// A sheet (of a workbook, or a CSV file's records) whose columns `map` names: its header
/// row the first naming every mapped header, then read as actuals.
fn mapped_table(
    sheet: workbook::Sheet,
    spec: &Spec,
    as_of: Option<chrono::NaiveDate>,
    map: &ColumnMap,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    let required = map.required();
    let mut known = required.clone();
    known.extend(crate::column_map::FIELDS);
    let layout = workbook::Layout {
        required: &required,
        known: &known,
        units: Some(map.units()),
    };
    let relocated = |mut d: Vec<Diagnostic>| {
        workbook::relocate(&mut d);
        d
    };
    let table = workbook::table(&sheet, &layout).map_err(relocated)?;
    drop(sheet.rows);
    let table = map.apply(table).map_err(relocated)?;
    load_sheet_table(&table, &sheet.name, spec, as_of).map_err(relocated)
}

/// A sheet laid out (`workbook::table`) checked as actuals: in the long layout of panels
/// when its header names an `entity` column, as in CSV. Problems at the cells' ranges.
pub fn load_sheet_table(
    table: &workbook::Table,
    sheet: &str,
    spec: &Spec,
    as_of: Option<chrono::NaiveDate>,
) -> Result<Vec<Actuals>, Vec<Diagnostic>> {
    let long = table
        .header
        .iter()
        .any(|c| crate::sheet_shape::names(&c.text, "entity"));
    if long {
        crate::actuals_panel::load_table(table, sheet, spec, as_of)
    } else {
        actuals_csv::load_table(table, sheet, spec, as_of)
    }
}
