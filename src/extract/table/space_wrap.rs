//! A task-division table laid out with runs of spaces whose cells wrap onto the lines under
//! them, each cell's tail printed in its own column (a PDF copy):
//!
//! ```text
//! 1     推进规上工业企    规上工业企业数字化改造覆盖    市工信局      市发展改革委、    2029年12月
//!       业数字化改造      率达到90%以上                               市财政局，各区    底前
//!                                                                     （县）政府
//! ```
//!
//! The row's first line fills every column of the header, with its 序号 first; the lines
//! under it whose 序号 column is blank, each piece under one cell of the row (at most one
//! piece per cell on a line), are its tails: each piece joins the cell above it (glued, or
//! after `、` where an owners' column lists a further unit, `work_cell::owners_joint`), and
//! the row is given as tab-separated cells. Read only in tables with an owners' column (the
//! genre that wraps every cell); a page number, a running header (at the line's start), a
//! deadline of its own under the row's deadline, a 小计 / 合计 line end the row.
//!
//! A row's first line may leave a cell blank (an empty 备注, a cell printed only on the
//! lines under it): its pieces are then placed under the header's cells (`grid`, the
//! header line at its screen columns), and the blank cells take their tails, if any.

use super::columns::{spans, under};
use super::ocr;
use super::work_cell::owners_joint;
use super::{Header, serial_cell};
use crate::extract::clauses::fold;
use crate::extract::within;

/// At most this many lines under a row's first one.
const MAX_TAIL_LINES: usize = 4;

/// The row starting at `lines[j]` with its wrapped tails joined (tab-separated cells), and
/// the number of lines it takes, when the lines under it continue it.
pub(super) fn row(
    h: &Header,
    grid: Option<&[Span]>,
    lines: &[&str],
    j: usize,
) -> Option<(String, usize)> {
    wrapped(h, grid, lines, j, None)
}

/// A row printed centred on its wrapped name (a PDF copy): the name's and the content's
/// first pieces on the line `lines[j]` above the row's 序号 line, their tails on the lines
/// under it (`滨江大道南延  新建城市主干道…` over `6  （环城南路至  50米，…  14.8 …`, over
/// `沅山路）工程`). The line above has no 序号; each of its pieces stands under a cell of
/// words of the 序号 line (one piece a cell, one of them the name's), and the row has tails
/// below (a head alone with none is the last row's tail, read there). The row as one line and
/// the number of lines it covers from `j`.
pub(super) fn headed_row(
    h: &Header,
    grid: Option<&[Span]>,
    lines: &[&str],
    j: usize,
) -> Option<(String, usize)> {
    if h.owner.is_none() || h.cols < 4 {
        return None;
    }
    let head = spans(lines.get(j)?);
    if head.is_empty() || serial_cell(&head[0].2) {
        return None;
    }
    wrapped(h, grid, lines, j + 1, Some(head)).map(|(r, n)| (r, n + 1))
}

fn wrapped(
    h: &Header,
    grid: Option<&[Span]>,
    lines: &[&str],
    j: usize,
    head: Option<Vec<(usize, usize, String)>>,
) -> Option<(String, usize)> {
    if h.owner.is_none() || h.cols < 4 {
        return None;
    }
    let first = spans(lines.get(j)?);
    if first.is_empty() || !serial_cell(&first[0].2) {
        return None;
    }
    let first = if first.len() == h.cols {
        first
    } else {
        placed_under(grid?, first, h.cols)?
    };
    let mut cells: Vec<String> = first.iter().map(|s| s.2.clone()).collect();
    if let Some(head) = head {
        let mut placed: Vec<usize> = Vec::new();
        for (a, b, piece) in head {
            let k = under(&first, a, b).filter(|&k| k > 0)?;
            let words = !cells[k].is_empty() && !ocr::is_value(&cells[k]);
            // (A category's heading above the row, `一、基础设施（节选）`, is no part of it.)
            if placed.contains(&k)
                || !words
                || super::total_cell(&piece)
                || super::subtotal::category_opening(&piece)
            {
                return None;
            }
            placed.push(k);
            cells[k] = format!("{piece}{}", cells[k]);
        }
        if h.name.is_none_or(|n| !placed.contains(&n)) {
            return None;
        }
    }
    let serial_end = first[0].1;
    let mut used = 1;
    while used <= MAX_TAIL_LINES {
        let Some(line) = lines.get(j + used) else {
            break;
        };
        // (A note under the table's last row, `注：完成时限为…`, is no tail of its cells.)
        if line.trim().is_empty() || ocr::is_page_number(line) || super::note_line(line) {
            break;
        }
        let pieces = spans(line);
        // (A 小计 / 合计 line under the row is the sums' row of its group, no tail; nor is
        // the next category's heading, `二、产业转型升级（节选）`.)
        if pieces.first().is_none_or(|p| p.0 <= serial_end)
            || pieces
                .iter()
                .any(|p| super::total_cell(&p.2) || super::subtotal::category_opening(&p.2))
        {
            break;
        }
        let mut placed: Vec<(usize, &str)> = Vec::new();
        for (a, b, piece) in &pieces {
            let Some(k) = under(&first, *a, *b).filter(|&k| k > 0) else {
                return joined(cells, used);
            };
            let k = owners_rather(h, &first, k, *a, *b, piece);
            if placed.iter().any(|&(c, _)| c == k) {
                return joined(cells, used);
            }
            let own_due = h.due == Some(k)
                && within::due_cell(&first[k].2).is_some()
                && within::due_cell(piece).is_some();
            if own_due {
                return joined(cells, used);
            }
            placed.push((k, piece.as_str()));
        }
        for (k, piece) in placed {
            let joint = owners_joint(h, k, &cells[k], piece);
            cells[k] = format!("{}{joint}{piece}", cells[k].trim_end());
        }
        used += 1;
    }
    joined(cells, used)
}

/// A piece of words set under a whole figure or span of years (`２０２４—２０２９`, which no
/// words go on) right before the owners' cell, or reaching into it: the owners' tail
/// (`淮州市政府` under `省交通运输厅、`, a copy whose full-width digits shift the columns;
/// round 32 A).
fn owners_rather(h: &Header, first: &[Span], k: usize, a: usize, b: usize, piece: &str) -> usize {
    let Some(o) = h.owner.filter(|&o| o != k && o < first.len()) else {
        return k;
    };
    let (s, e, cell) = &first[o];
    let words = !piece.chars().any(|c| fold(c).is_ascii_digit());
    let beside = o == k + 1 || b.min(*e) > a.max(*s);
    if words && ocr::is_value(&first[k].2) && !cell.is_empty() && beside {
        o
    } else {
        k
    }
}

/// A cell's first and last screen column and its text.
pub(super) type Span = (usize, usize, String);

/// The header's cells at their screen columns: its line (of `head`) with one cell per
/// column, when the header is laid out with spaces.
pub(super) fn grid(h: &Header, lines: &[&str], head: std::ops::Range<usize>) -> Option<Vec<Span>> {
    h.owner?;
    head.filter_map(|k| lines.get(k))
        .map(|l| spans(l))
        .find(|s| s.len() == h.cols)
}

/// A first line short of some cells made a full row: each piece under the header cell it
/// overlaps (in order, one piece per cell, at least three), the others blank at the
/// header cell's columns. `None` when a piece is under no header cell or two share one.
fn placed_under(grid: &[Span], first: Vec<Span>, cols: usize) -> Option<Vec<Span>> {
    if grid.len() != cols || first.len() < 3 || first.len() > cols {
        return None;
    }
    let mut out: Vec<Span> = grid.iter().map(|g| (g.0, g.1, String::new())).collect();
    let mut last: Option<usize> = None;
    for piece in first {
        let k = under(grid, piece.0, piece.1)?;
        if last.is_some_and(|l| k <= l) {
            return None;
        }
        last = Some(k);
        out[k] = piece;
    }
    Some(out)
}

/// The row's cells tab-separated; a cell left blank is given as `—` (no figure), so that a
/// blank last cell is not trimmed away and the cells keep their columns.
fn joined(cells: Vec<String>, used: usize) -> Option<(String, usize)> {
    let cells: Vec<String> = cells
        .into_iter()
        .map(|c| if c.trim().is_empty() { "—".into() } else { c })
        .collect();
    (used > 1).then(|| (cells.join("\t"), used))
}
