//! A table laid out with runs of spaces (an OCR'd or PDF copy) whose rows leave cells out
//! where they are blank, so that a row has fewer cells than the header and its figures do not
//! all stand at its right end:
//!
//! ```text
//! 类 别   指    标                   2025年     2030年     年均增长     属 性
//! 经济    人均GDP万元                 7.62       10.3                     预期性
//! 创新    研发经费投入强度（%）                   2.2                     预期性
//! ```
//!
//! Read from the right, `10.3` would fall under 年均增长 and `7.62` under 2030年. Each figure
//! of such a row is placed under the header cell its screen columns overlap (or start within
//! a few columns of, `columns::under`), in order, one figure per column; the cells before
//! them (类别, name) end at the name's column; a figure overlapping two header cells (one
//! cell spanning the year columns) leaves the row to the reading from the right. The header's
//! spaced-out one-character titles
//! (`指    标`) are one cell, as `join_spaced_title` reads them. A row whose figures do not
//! each find a column of their own after the name's is left to the reading from the right.

use super::Header;
use super::columns::{spans, under};

/// A cell at its screen columns: start, end, text.
pub(super) type Span = (usize, usize, String);

/// Columns a figure may start before its column's title and still be read under the name's.
const SLACK: usize = 3;

/// The header's cells at their screen columns, when a line of the header (laid out with
/// spaces) gives one cell per column.
pub(super) fn grid(h: &Header, lines: &[&str], head: std::ops::Range<usize>) -> Option<Vec<Span>> {
    head.filter_map(|k| lines.get(k))
        .filter(|l| !l.contains('\t'))
        .map(|l| merged(spans(l)))
        .find(|s| s.len() == h.cols)
}

/// Adjacent one-character Chinese titles (`指`, `标`) made one cell.
fn merged(ss: Vec<Span>) -> Vec<Span> {
    let single = |s: &str| {
        let mut it = s.chars();
        matches!((it.next(), it.next()), (Some(ch), None) if ('\u{4e00}'..='\u{9fff}').contains(&ch))
    };
    let mut out: Vec<Span> = Vec::with_capacity(ss.len());
    let mut last_single = false;
    for s in ss {
        let one = single(&s.2);
        match out.last_mut() {
            Some(last) if one && last_single => {
                last.1 = s.1;
                last.2.push_str(&s.2);
            }
            _ => out.push(s),
        }
        last_single = one;
    }
    out
}

/// The cells `cs` of a row whose figures stand on `line` (its last line), one per header
/// column, blank where the row leaves a cell out; `None` when the row is no such row.
pub(super) fn placed(h: &Header, grid: &[Span], line: &str, cs: &[String]) -> Option<Vec<String>> {
    let name = h.name?;
    if grid.len() != h.cols || cs.len() >= h.cols || line.contains('\t') {
        return None;
    }
    let first_value = grid.get(name + 1)?.0.saturating_sub(SLACK);
    let pieces = spans(line);
    let values: Vec<&Span> = pieces.iter().filter(|p| p.0 >= first_value).collect();
    let lead = cs.len().checked_sub(values.len())?;
    if values.is_empty() || lead == 0 || lead > name + 1 {
        return None;
    }
    // (The figures' pieces must be the row's last cells as read: else the line is no row of
    // this layout.)
    if values
        .iter()
        .zip(&cs[lead..])
        .any(|(p, c)| p.2.trim() != c.as_str())
    {
        return None;
    }
    let mut out = vec![String::new(); h.cols];
    for (k, c) in cs[..lead].iter().enumerate() {
        out[name + 1 + k - lead] = c.clone();
    }
    let mut last = name;
    for p in values {
        // (A cell spanning several columns, `〔25以上〕` under 2029年–2031年, is no cell of one
        // column: the row is read from the right.)
        if grid.iter().filter(|g| p.1.min(g.1) > p.0.max(g.0)).count() > 1 {
            return None;
        }
        let k = under(grid, p.0, p.1)?;
        if k <= last {
            return None;
        }
        out[k] = p.2.trim().to_string();
        last = k;
    }
    Some(out)
}
