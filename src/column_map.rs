//! Reading a table as it was published, whose header does not name its columns `id`,
//! `value`, `entity`…: a [`ColumnMap`] says which header cell names each field
//! (`entity` is `地区`, `value` is `2023年`), and may give every row one target
//! (`target_id`). The rules are in docs/format.md ("Checking a sheet as published").
//!
//! The map is applied to a [`Table`] (a sheet laid out by `workbook::table`; a CSV
//! file's records are such a sheet, [`csv_sheet`]) before the actuals loaders read it: mapped header cells take their
//! field's name, the columns no field names are left out, and the columns the map gives
//! (`id` from `target_id`, `as_of` from a year header) are added in front of each row.

use crate::diagnostic::{Diagnostic, Kind};
use crate::error::Error;
use crate::sheet_shape::names;
use crate::workbook::{LocatedCell, Table};

/// The fields a header cell can be mapped to: every column of CSV actuals, in the
/// ordinary and the long (panel) layout.
pub const FIELDS: [&str; 8] = [
    "id", "entity", "value", "unit", "as_of", "source", "note", "by",
];

/// Which header names each field, and the one target of every row, if given.
#[derive(Debug, Clone, Default)]
pub struct ColumnMap {
    /// (field, header), in the order given.
    columns: Vec<(&'static str, String)>,
    target_id: Option<String>,
}

/// `FIELD=HEADER`, checked for a known field: the field and the header.
pub fn parse_column(s: &str) -> Result<(&'static str, String), String> {
    let Some((field, header)) = s.split_once('=') else {
        return Err(format!(
            "expected FIELD=HEADER (e.g. value=2023年); the fields are {}",
            listed()
        ));
    };
    let field = field.trim();
    let Some(known) = FIELDS.iter().find(|f| f.eq_ignore_ascii_case(field)) else {
        let hint = crate::suggest::did_you_mean(field, FIELDS, false)
            .map(|s| format!("{s} "))
            .unwrap_or_default();
        return Err(format!(
            "unknown field `{}`: {hint}the fields are {}",
            crate::text::sanitize(field),
            listed()
        ));
    };
    let header = header.trim();
    if header.is_empty() {
        return Err(format!("no header after `{known}=`: name the header cell"));
    }
    Ok((known, header.to_string()))
}

fn listed() -> String {
    FIELDS
        .iter()
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ColumnMap {
    /// A map from `--column` pairs and `--target-id`; a field mapped twice, a header
    /// mapped to two fields, or `id` both mapped and given is a usage error.
    pub fn new(
        columns: Vec<(&'static str, String)>,
        target_id: Option<String>,
    ) -> Result<ColumnMap, Error> {
        for (i, (field, header)) in columns.iter().enumerate() {
            for (other, other_header) in &columns[..i] {
                if other == field {
                    return Err(usage(
                        format!("the field `{field}` is mapped twice (`--column {field}=…`)"),
                        "map each field to one header",
                    ));
                }
                if names(other_header, header) {
                    return Err(usage(
                        format!(
                            "the header `{}` is mapped to two fields, `{other}` and `{field}`",
                            crate::text::sanitize(header)
                        ),
                        "map each header to one field",
                    ));
                }
            }
        }
        if target_id.is_some() && columns.iter().any(|(f, _)| *f == "id") {
            return Err(usage(
                "both `--target-id` and `--column id=…` are given".into(),
                "give the target of every row (`--target-id`) or the column of ids, not both",
            ));
        }
        Ok(ColumnMap { columns, target_id })
    }

    /// Whether nothing is mapped: tables are read as their headers name them.
    pub fn is_empty(&self) -> bool {
        self.columns.is_empty() && self.target_id.is_none()
    }

    /// The header `field` is mapped to.
    fn header_of(&self, field: &str) -> Option<&str> {
        self.columns
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, h)| h.as_str())
    }

    /// The target every row is of, checked against the spec: unknown is a usage error.
    pub fn check_target(&self, spec: &crate::spec::Spec) -> Result<(), Error> {
        let Some(id) = &self.target_id else {
            return Ok(());
        };
        if spec.target(id).is_some() {
            return Ok(());
        }
        let ids: Vec<&str> = spec.targets().iter().map(|t| t.id.as_str()).collect();
        let hint = crate::suggest::did_you_mean(id, ids.iter().copied(), false)
            .unwrap_or_else(|| "`progress list` shows the spec's targets".into());
        Err(usage(
            format!(
                "--target-id `{}`: the spec has no such target",
                crate::text::sanitize(id)
            ),
            &hint,
        ))
    }

    /// The header cells the header row must name, the key column (id, else entity) first:
    /// how `workbook::table` finds the header row under a sheet's title rows.
    pub fn required(&self) -> Vec<&str> {
        let mut out = Vec::new();
        if self.target_id.is_none() {
            out.push(self.header_of("id").unwrap_or("id"));
        }
        out.extend(self.header_of("entity"));
        out.extend(self.header_of("as_of"));
        out.push(self.header_of("value").unwrap_or("value"));
        for (f, h) in &self.columns {
            if !["id", "entity", "as_of", "value"].contains(f) {
                out.push(h);
            }
        }
        out
    }

    /// The value column and the unit column, for a units row (`workbook::Layout::units`).
    pub fn units(&self) -> (&str, &str) {
        (
            self.header_of("value").unwrap_or("value"),
            self.header_of("unit").unwrap_or("unit"),
        )
    }

    /// The table with its columns named by field: mapped header cells renamed, columns
    /// no field names left out, `id` (from `target_id`) and `as_of` (from a year header
    /// used as `value`) added in front. A mapped header the table does not have is a
    /// problem at the header row, with the headers it has.
    pub fn apply(&self, table: Table) -> Result<Table, Vec<Diagnostic>> {
        let file = table.file;
        let header_at = table
            .header
            .first()
            .map_or(0..0, |c| c.span.start..c.span.start);
        let mut problems = Vec::new();
        // Which column of the table each kept field reads.
        let mut keep: Vec<(&'static str, usize)> = Vec::new();
        for (field, header) in &self.columns {
            match table.header.iter().position(|c| names(&c.text, header)) {
                Some(i) => keep.push((field, i)),
                None => {
                    let present: Vec<&str> = table
                        .header
                        .iter()
                        .map(|c| c.text.as_str())
                        .filter(|t| !t.is_empty())
                        .collect();
                    let mut help = format!(
                        "the header row has {}",
                        present
                            .iter()
                            .map(|h| format!("`{}`", crate::text::sanitize(h)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    );
                    if let Some(s) = crate::suggest::did_you_mean(header, present, false) {
                        help = format!("{s} {help}");
                    }
                    problems.push(
                        Diagnostic::new(
                            &file,
                            Some(header_at.clone()),
                            format!(
                                "no column `{}` (mapped to `{field}`) in the header row",
                                crate::text::sanitize(header)
                            ),
                        )
                        .kind(Kind::MissingKey)
                        .help(Some(help)),
                    );
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        // A column already named by a field nobody mapped (`unit` from a units row, a
        // `note` column) is read as such.
        for (i, c) in table.header.iter().enumerate() {
            if keep.iter().any(|(_, j)| *j == i) {
                continue;
            }
            let field = FIELDS.iter().find(|f| names(&c.text, f));
            if let Some(f) = field.filter(|f| self.header_of(f).is_none()) {
                if *f != "id" || self.target_id.is_none() {
                    keep.push((f, i));
                }
            }
        }
        // Columns the map gives every row: `id`, and `as_of` from a year header.
        let mut given: Vec<(&'static str, String, std::ops::Range<usize>)> = Vec::new();
        if let Some(id) = &self.target_id {
            given.push(("id", id.clone(), header_at.clone()));
        }
        if !keep.iter().any(|(f, _)| *f == "as_of") {
            let value = keep.iter().find(|(f, _)| *f == "value").map(|(_, i)| *i);
            if let Some(cell) = value.map(|i| &table.header[i]) {
                if let Some(year) = year_of(&cell.text) {
                    given.push(("as_of", format!("{year}-12-31"), cell.span.clone()));
                }
            }
        }
        let header = given
            .iter()
            .map(|(f, _, span)| LocatedCell {
                text: (*f).to_string(),
                span: span.clone(),
            })
            .chain(keep.iter().map(|(f, i)| LocatedCell {
                text: (*f).to_string(),
                span: table.header[*i].span.clone(),
            }))
            .collect();
        let rows = table
            .rows
            .into_iter()
            .map(|(n, row)| {
                let start = row.first().map_or(0, |c| c.span.start);
                let cells = given
                    .iter()
                    .map(|(f, text, span)| LocatedCell {
                        text: text.clone(),
                        // The id is placed at the row; the date at the year header.
                        span: if *f == "id" {
                            start..start
                        } else {
                            span.clone()
                        },
                    })
                    .chain(keep.iter().map(|(_, i)| {
                        row.get(*i).cloned().unwrap_or(LocatedCell {
                            text: String::new(),
                            span: start..start,
                        })
                    }))
                    .collect();
                (n, cells)
            })
            .collect();
        Ok(Table { file, header, rows })
    }
}

/// The year a header names (`2023`, `2023年`, `2023 年`): the date of a column of that
/// year's figures is its last day.
pub fn year_of(header: &str) -> Option<i32> {
    let t = header.trim();
    let digits = t.strip_suffix('年').unwrap_or(t).trim();
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

fn usage(message: String, help: &str) -> Error {
    Error::Usage {
        message,
        help: Some(help.to_string()),
    }
}

/// A CSV file's records as a sheet, laid out as a workbook's is (title rows, a units
/// row, notes: `workbook::table`): named after the file without its extension, as a
/// spreadsheet program names the one sheet of a CSV file it opens, each row numbered by
/// the line it starts on.
pub fn csv_sheet(
    file: &crate::diagnostic::SourceFile,
) -> Result<crate::workbook::Sheet, Vec<Diagnostic>> {
    use crate::sheet_shape::{CellKind, SheetCell, SheetRow};
    let sheet = crate::sheet::rows_of(file.clone())?;
    // Each record's row is the line it starts on (blank lines are rows too, as in a
    // spreadsheet program), counted as the records go.
    let text = file.text.as_bytes();
    let (mut at, mut line) = (0usize, 1usize);
    let rows = sheet
        .rows
        .into_iter()
        .filter_map(|row| {
            let start = row.first().map_or(at, |c| c.span.start).max(at);
            line += text[at..start].iter().filter(|b| **b == b'\n').count();
            at = start;
            let cells: Vec<SheetCell> = row
                .into_iter()
                .enumerate()
                .filter(|(_, c)| !c.text.is_empty())
                .map(|(col, c)| SheetCell {
                    col: u32::try_from(col).unwrap_or(u32::MAX),
                    text: c.text,
                    kind: CellKind::Text,
                })
                .collect();
            (!cells.is_empty()).then(|| SheetRow {
                number: u32::try_from(line).unwrap_or(u32::MAX),
                cells,
            })
        })
        .collect();
    let name = std::path::Path::new(&file.name)
        .file_stem()
        .map_or_else(|| file.name.clone(), |s| s.to_string_lossy().into_owned());
    Ok(crate::workbook::Sheet {
        file: file.name.clone(),
        name,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_headers() {
        assert_eq!(year_of("2023年"), Some(2023));
        assert_eq!(year_of(" 2022 年"), Some(2022));
        assert_eq!(year_of("2023"), Some(2023));
        assert_eq!(year_of("2023年末"), None);
        assert_eq!(year_of("value"), None);
    }

    #[test]
    fn fields_are_checked() {
        assert_eq!(
            parse_column("Entity=地区").unwrap(),
            ("entity", "地区".into())
        );
        assert!(
            parse_column("region=地区")
                .unwrap_err()
                .contains("`entity`")
        );
        assert!(parse_column("value").is_err());
        let twice = vec![("value", "2022年".into()), ("value", "2023年".into())];
        assert!(ColumnMap::new(twice, None).is_err());
    }
}
