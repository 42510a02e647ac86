//! A header over two tab-separated lines whose first line names a group of columns once
//! (`2025年  目标值  ⇥  ⇥  牵头单位`, a merged cell spanning the year columns) and whose
//! second line holds the years under it and a base label (`基数  2026年  2027年  2028年`):
//! the two lines read column by column as one header line (`2025年基数  2026年目标值
//! 2027年目标值  2028年目标值`).

use super::{strict_cells, year_cell};

/// The two lines merged cell by cell, when the second holds at least two year columns and
/// nothing but years and short column words, and the first names a group (a cell with no
/// year followed by empty cells) over at least one of those years.
pub(super) fn merged(first: &str, second: &str) -> Option<Vec<String>> {
    if !first.contains('\t') || !second.contains('\t') {
        return None;
    }
    let a = strict_cells(first);
    let b = strict_cells(second);
    if b.len() > a.len() || b.iter().filter(|c| year_cell(c).is_some()).count() < 2 {
        return None;
    }
    let short_word = |c: &str| c.chars().count() <= 6 && !c.chars().any(|ch| ch.is_ascii_digit());
    if !b
        .iter()
        .all(|c| c.is_empty() || year_cell(c).is_some() || short_word(c))
    {
        return None;
    }
    let get = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
    // The group name over column `i`: the nearest non-empty first-line cell at or left of it,
    // with no year of its own, every cell between empty.
    // (The nearest non-empty cell at or left of each column, found in one pass: a line of
    // many tabs costs no more than its length.)
    let mut last = None;
    let nearest: Vec<Option<usize>> = a
        .iter()
        .enumerate()
        .map(|(k, c)| {
            if !c.is_empty() {
                last = Some(k);
            }
            last
        })
        .collect();
    let group = |i: usize| -> Option<String> {
        let k = nearest[i]?;
        let g = get(&a, k);
        (year_cell(&g).is_none() && year_cell(&get(&b, k)).is_some()).then_some(g)
    };
    let mut spans = false;
    let cells = (0..a.len())
        .map(|i| {
            let (x, y) = (get(&a, i), get(&b, i));
            match (x.is_empty(), y.is_empty()) {
                (_, true) => x,
                (true, false) if year_cell(&y).is_some() => match group(i) {
                    Some(g) => {
                        spans = true;
                        format!("{y}{g}")
                    }
                    None => y,
                },
                (true, false) => y,
                (false, false) if year_cell(&y).is_some() && year_cell(&x).is_none() => {
                    format!("{y}{x}")
                }
                (false, false) => format!("{x}{y}"),
            }
        })
        .collect();
    spans.then_some(cells)
}
