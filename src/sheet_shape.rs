//! Finding the table in a sheet laid out for reading, as statistics offices publish them:
//! title rows above the header (`表1 各市地区生产总值`), a units row under it (`亿元`),
//! notes below the figures (`注：…`, `资料来源：…`, `Source: …`). Used by
//! `workbook::table`, which reads its rows into the types here; the rules are in
//! docs/format.md ("Sheets laid out for reading").

use crate::cell_text;

/// What a cell held, before it was written as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    Number,
    Date,
    Bool,
}

/// One non-empty cell: its column (0 for A) and its value as text.
#[derive(Debug, Clone)]
pub struct SheetCell {
    pub col: u32,
    pub text: String,
    pub kind: CellKind,
}

/// One row with at least one non-empty cell: its number (1 for the first row) and its
/// cells, left to right.
#[derive(Debug, Clone)]
pub struct SheetRow {
    pub number: u32,
    pub cells: Vec<SheetCell>,
}

/// What a loader's table looks like, for finding it in a sheet laid out for reading (a
/// title above it, a units row under its header, notes below it: `crate::sheet_shape`).
#[derive(Debug, Clone, Copy)]
pub struct Layout<'a> {
    /// The columns every header names; the header row is the first row naming them all.
    pub required: &'a [&'a str],
    /// Every column the table may have.
    pub known: &'a [&'a str],
    /// The figure column whose unit a units row under the header gives, and the column
    /// that takes a row's unit (added when the header has none). `None`: no units row.
    pub units: Option<(&'a str, &'a str)>,
}

/// Whether a header cell's text names the column `name` (any case, a byte-order mark
/// dropped).
pub fn names(cell: &str, name: &str) -> bool {
    cell.trim_start_matches('\u{feff}')
        .trim()
        .eq_ignore_ascii_case(name)
}

/// The header row: the first row naming every required column. When none does, the
/// first row naming any column of the layout (so a misspelt header is told as such),
/// else the first of the widest rows (a title is narrower than the table under it).
/// `None` for an empty sheet.
pub fn header_row(rows: &[SheetRow], layout: &Layout<'_>) -> Option<usize> {
    let has = |row: &SheetRow, name: &str| row.cells.iter().any(|c| names(&c.text, name));
    rows.iter()
        .position(|r| layout.required.iter().all(|n| has(r, n)))
        .or_else(|| {
            rows.iter()
                .position(|r| layout.known.iter().any(|n| has(r, n)))
        })
        .or_else(|| {
            let widest = rows.iter().map(|r| r.cells.len()).max()?;
            rows.iter().position(|r| r.cells.len() == widest)
        })
}

/// Whether a cell is only the label of a units row: `单位`, `单位：`, `Unit`, `Units:`.
fn is_units_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches([':', '：']).trim();
    ["单位", "unit", "units"]
        .iter()
        .any(|l| t.eq_ignore_ascii_case(l))
}

/// A units row's unit and the cell that gives it.
#[derive(Debug, Clone)]
pub struct Units {
    pub col: u32,
    pub unit: String,
}

/// Whether `row`, right under the header (`columns`: each column's place and name), is a
/// units row: nothing in the first required column (the id) but a label (`单位`), text
/// only, and a unit under the figure column (`亿元`, `(亿元)`, `单位：亿元`, `Unit: %`).
pub fn units_row(columns: &[(u32, &str)], row: &SheetRow, layout: &Layout<'_>) -> Option<Units> {
    let (figure, _) = layout.units?;
    let col_of = |name: &str| columns.iter().find(|(_, c)| names(c, name)).map(|c| c.0);
    let key = col_of(layout.required.first()?)?;
    let figure = col_of(figure)?;
    // The key column may hold the row's label (`单位`, `Unit:`), nothing else.
    if row
        .cells
        .iter()
        .any(|c| (c.col == key && !is_units_label(&c.text)) || c.kind != CellKind::Text)
    {
        return None;
    }
    let cell = row.cells.iter().find(|c| c.col == figure)?;
    let unit = unit_text(&cell.text);
    (!unit.is_empty()).then(|| Units {
        col: cell.col,
        unit: unit.to_string(),
    })
}

/// The unit a title row above the header states (`表1 地区生产总值 单位：亿元`,
/// `Unit: %`): the text after `单位：`/`Unit:` up to the next space. The last such title
/// row counts (the one nearest the header).
pub fn title_unit(above: &[SheetRow]) -> Option<(u32, Units)> {
    above.iter().rev().find_map(|row| {
        row.cells.iter().find_map(|c| {
            if c.kind != CellKind::Text {
                return None;
            }
            let lower = c.text.to_lowercase();
            let at = ["单位：", "单位:", "unit:", "units:"]
                .iter()
                .find_map(|l| lower.find(l).map(|i| i + l.len()))?;
            // Lower-casing keeps the byte length of these texts' ASCII and CJK letters;
            // a text where it does not is skipped.
            if lower.len() != c.text.len() || !c.text.is_char_boundary(at) {
                return None;
            }
            let unit = c.text[at..]
                .trim_start()
                .split([' ', '　', ',', '，', ';', '；', ')', '）'])
                .next()
                .unwrap_or_default();
            (!unit.is_empty()).then(|| {
                (
                    row.number,
                    Units {
                        col: c.col,
                        unit: unit.to_string(),
                    },
                )
            })
        })
    })
}

/// A unit as a units row writes it, without brackets or a `单位：`/`Unit:` label.
fn unit_text(text: &str) -> &str {
    let mut t = text.trim();
    for (open, close) in [("(", ")"), ("（", "）"), ("[", "]"), ("【", "】")] {
        if let Some(inner) = t.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            t = inner.trim();
        }
    }
    for label in [
        "单位：",
        "单位:",
        "单位",
        "unit:",
        "units:",
        "unit",
        "units",
    ] {
        if t.len() >= label.len()
            && t.is_char_boundary(label.len())
            && t[..label.len()].eq_ignore_ascii_case(label)
        {
            let rest = t[label.len()..].trim_start_matches([':', '：', ' ']);
            if rest.len() < t.len() - label.len() || label.ends_with([':', '：']) {
                return rest.trim();
            }
        }
    }
    t
}

/// Whether a cell holds a number: a number cell, or text a figure reads as one.
pub fn is_number(cell: &SheetCell) -> bool {
    cell.kind == CellKind::Number
        || (cell.kind == CellKind::Text
            && crate::decimal::parse(&cell_text::plain_number(&cell.text)).is_ok())
}

/// How notes begin: `注：`, `资料来源：`, `Source:`, `Note 1.` …
const NOTE_WORDS: [&str; 13] = [
    "注",
    "附注",
    "注释",
    "说明",
    "资料来源",
    "数据来源",
    "来源",
    "source",
    "sources",
    "note",
    "notes",
    "footnote",
    "footnotes",
];

/// Whether `row` begins the notes under a table (whose first column is `first_col`): its
/// one cell, at or left of the table's first column, starts with a note word followed by
/// a colon, a space, a number or nothing (`注：…`, `注1.…`, `Source: …`).
pub fn is_note(row: &SheetRow, first_col: u32) -> bool {
    let [cell] = row.cells.as_slice() else {
        return false;
    };
    if cell.col > first_col || cell.kind != CellKind::Text {
        return false;
    }
    let t = cell.text.as_str();
    NOTE_WORDS.iter().any(|w| {
        t.len() >= w.len()
            && t.is_char_boundary(w.len())
            && t[..w.len()].eq_ignore_ascii_case(w)
            && t[w.len()..].chars().next().is_none_or(|c| {
                matches!(c, ':' | '：' | ' ' | '　' | '.' | '(' | '（' | '①'..='⑳')
                    || c.is_ascii_digit()
            })
    })
}

/// Whether a row below the first note is more notes: one text cell, at or left of the
/// table's first column.
pub fn is_note_line(row: &SheetRow, first_col: u32) -> bool {
    matches!(row.cells.as_slice(), [c] if c.col <= first_col && c.kind == CellKind::Text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[(u32, &str)]) -> SheetRow {
        SheetRow {
            number: 9,
            cells: cells
                .iter()
                .map(|(col, t)| SheetCell {
                    col: *col,
                    text: t.to_string(),
                    kind: CellKind::Text,
                })
                .collect(),
        }
    }

    #[test]
    fn notes_are_told_from_ids() {
        for t in [
            "注：数据为初步核算数",
            "注1. 按当年价格计算",
            "资料来源：统计年鉴",
            "Source: ONS",
            "NOTES",
            "注",
        ] {
            assert!(is_note(&row(&[(0, t)]), 0), "{t}");
        }
        for t in ["注册企业", "Sourcefield", "Northern district", "来源地区"] {
            assert!(!is_note(&row(&[(0, t)]), 0), "{t}");
        }
        assert!(!is_note(&row(&[(0, "注：x"), (1, "3")]), 0));
        assert!(!is_note(&row(&[(2, "注：x")]), 0));
    }

    #[test]
    fn units_are_read_without_their_label() {
        assert_eq!(unit_text("（亿元）"), "亿元");
        assert_eq!(unit_text("单位：亿元"), "亿元");
        assert_eq!(unit_text("Unit: %"), "%");
        assert_eq!(unit_text("万人"), "万人");
        assert_eq!(unit_text("unitless"), "unitless");
    }

    #[test]
    fn a_units_row_may_be_labelled() {
        let layout = Layout {
            required: &["地区"],
            known: &[],
            units: Some(("2023年", "unit")),
        };
        let columns = [(0, "地区"), (1, "2022年"), (2, "2023年")];
        let u = units_row(
            &columns,
            &row(&[(0, "单位"), (1, "家"), (2, "家")]),
            &layout,
        );
        assert_eq!(u.unwrap().unit, "家");
        assert!(units_row(&columns, &row(&[(0, "东城区"), (2, "家")]), &layout).is_none());
    }

    #[test]
    fn a_title_may_state_the_unit() {
        let rows = [
            row(&[(0, "表1 各市地区生产总值 单位：亿元")]),
            row(&[(0, "2023年")]),
        ];
        let (_, u) = title_unit(&rows).unwrap();
        assert_eq!(u.unit, "亿元");
        let (_, u) = title_unit(&[row(&[(3, "(Unit: % of GDP)")])]).unwrap();
        assert_eq!((u.unit.as_str(), u.col), ("%", 3));
        assert!(title_unit(&[row(&[(0, "Table 3. GDP by region")])]).is_none());
    }
}
