//! A header over two lines of an OCR'd page whose second line puts words under the columns
//! of the first (`2020 年  2025 年  指标` over `现状值  目标值  属性`): each word is joined
//! to the title it stands under, on the screen, so `指标` + `属性` names the 属性 column.
//! The merged header only adds the columns the first line could not name (属性, 年均/累计,
//! 单位); its year columns must be the first line's, or nothing is taken from it.

use super::columns::{spans, under};
use super::{Header, header, join_spaced_title, split, strict_cells};

/// The first header line's cells with each piece of the second joined to the cell above it.
fn merged(first: &str, second: &str) -> Option<Vec<String>> {
    // A tab-separated copy keeps its columns: cell under cell.
    if first.contains('\t') && second.contains('\t') {
        let mut a = strict_cells(first);
        let b = strict_cells(second);
        if b.len() > a.len() {
            return None;
        }
        a.iter_mut().zip(b).for_each(|(x, y)| x.push_str(&y));
        return Some(a);
    }
    let mut cells = spans(first);
    let pieces = spans(second);
    if cells.len() < 3 || pieces.is_empty() {
        return None;
    }
    for (a, b, piece) in pieces {
        let k = under(&cells, a, b)?;
        cells[k].2.push_str(&piece);
    }
    // Spaces inside a title are the typesetting's (`2020 年现状值`, `指 标`).
    Some(
        cells
            .into_iter()
            .map(|c| {
                c.2.chars()
                    .filter(|c| *c != ' ' && *c != '\u{3000}')
                    .collect()
            })
            .collect(),
    )
}

/// Columns named only by the second header line (`属性` under `指标`), added to `h`.
pub(super) fn adopt(h: &mut Header, first: &str, second: &str) {
    let Some(cs) = merged(first, second) else {
        return;
    };
    // The same cells as the first line read alone (split at single spaces, spaced titles
    // joined), so column numbers agree.
    let cs = join_spaced_title(cs);
    if cs.len() != join_spaced_title(split(first).0).len() {
        return;
    }
    let Some(m) = header(&cs, false) else {
        return;
    };
    let col = |x: Option<(usize, Option<i32>)>| x.map(|c| c.0);
    if m.cols != h.cols || col(m.base) != col(h.base) || col(m.goal) != col(h.goal) {
        return;
    }
    h.class = h.class.or(m.class);
    h.window = h.window.or(m.window);
    h.unit = h.unit.or(m.unit);
    // (A unit under the goal's title, `2027年计划投资` over `（亿元）`: the column's unit,
    // `sheet_unit::of_title`; round 32 A.)
    h.sheet_unit = h.sheet_unit.take().or(m.sheet_unit);
}

/// One Chinese character standing alone on a second header line: the rest of a title spaced
/// out over the two lines (`属` over `性`). No row is one character.
pub(super) fn spaced_piece(c: &str) -> bool {
    let mut it = c.chars();
    matches!((it.next(), it.next()), (Some(ch), None) if ('\u{4e00}'..='\u{9fff}').contains(&ch))
}
