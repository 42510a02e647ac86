//! Two small tables placed side by side by a PDF (round 21): each line holds a row of the left
//! table and a row of the right table, space-aligned, under one header line whose cells repeat
//! (`指标  单位  2030年目标  指标  单位  2030年目标`). Read as they stand, every row joined a
//! right-table row to a left-table one (its name, its unit, its figure taken from the wrong
//! half). The block is written as the left table followed by the right table, each with its
//! own title and header, before any reader sees the text.
//!
//! The split column is where the header's second half starts, in display columns (a CJK or
//! full-width character is two, as a PDF copy aligns them). A cell of a row belongs to the right
//! table when it starts at that column or after it (two columns of slack). The block runs from
//! the header to a blank line not followed by another row holding a right half, to a 注 note, or
//! to a line one of whose cells crosses the split column (a paragraph), which ends it.
//! One pass over the lines: outside a block, a line is split into cells only when it holds
//! `单位` twice (a header candidate); inside one, each line is split once to find its halves,
//! and a line after a blank line once more to see whether it holds a right half.

use std::borrow::Cow;

/// Columns of slack between the header's split column and a right-table cell's start.
const SLACK: usize = 2;

/// The display width of a character: two for CJK and full-width forms.
fn width(c: char) -> usize {
    let u = c as u32;
    if (0x1100..=0x115F).contains(&u)
        || (0x2E80..=0xA4CF).contains(&u)
        || (0xAC00..=0xD7A3).contains(&u)
        || (0xF900..=0xFAFF).contains(&u)
        || (0xFE30..=0xFE4F).contains(&u)
        || (0xFF00..=0xFF60).contains(&u)
        || (0xFFE0..=0xFFE6).contains(&u)
    {
        2
    } else {
        1
    }
}

/// A cell of a line: its first byte, its end byte, its start and end display columns.
#[derive(Clone, Copy, Debug)]
struct Cell {
    start: usize,
    end: usize,
    col: usize,
    end_col: usize,
}

/// The cells of a line split at runs of two or more spaces (a full-width space counts two).
/// `None` for a line holding a tab (a tab's width is not known).
fn cells(line: &str) -> Option<Vec<Cell>> {
    if line.contains('\t') {
        return None;
    }
    let mut out: Vec<Cell> = Vec::new();
    let mut col = 0;
    let mut spaces = 0;
    let mut cur: Option<Cell> = None;
    for (i, ch) in line.char_indices() {
        let w = width(ch);
        if ch == ' ' || ch == '\u{3000}' {
            spaces += w;
            if spaces >= 2 {
                out.extend(cur.take());
            }
        } else {
            match cur.as_mut() {
                Some(c) => {
                    c.end = i + ch.len_utf8();
                    c.end_col = col + w;
                }
                None => {
                    cur = Some(Cell {
                        start: i,
                        end: i + ch.len_utf8(),
                        col,
                        end_col: col + w,
                    })
                }
            }
            spaces = 0;
        }
        col += w;
    }
    out.extend(cur);
    Some(out)
}

/// A header repeated side by side: an even number of cells (four or more), the second half
/// starting with the first half's first cell, `单位` in both halves. Its split column.
fn header_split(line: &str) -> Option<usize> {
    let first = line.find("单位")?;
    line[first + "单位".len()..].find("单位")?;
    let cs = cells(line)?;
    let n = cs.len();
    if n < 4 || n % 2 != 0 {
        return None;
    }
    let k = n / 2;
    let text = |c: &Cell| &line[c.start..c.end];
    let unit = |cs: &[Cell]| cs.iter().any(|c| text(c) == "单位");
    (text(&cs[0]) == text(&cs[k]) && unit(&cs[..k]) && unit(&cs[k..])).then_some(cs[k].col)
}

/// A line's left and right halves at the split column; `None` when a cell crosses it.
fn halves(line: &str, split: usize) -> Option<(String, String)> {
    let cs = cells(line)?;
    let from = split.saturating_sub(SLACK);
    let mut left_end = 0;
    let mut right: Option<Cell> = None;
    for c in &cs {
        if c.col >= from {
            right.get_or_insert(*c);
        } else if c.end_col > from || right.is_some() {
            return None;
        } else {
            left_end = c.end;
        }
    }
    let right = right.map_or(String::new(), |c| {
        " ".repeat(c.col.saturating_sub(split)) + line[c.start..].trim_end()
    });
    Some((line[..left_end].to_string(), right))
}

/// A table's note (`注：…`, `注1.…`), which ends the block.
fn note(line: &str) -> bool {
    let t = line.trim_start();
    t.strip_prefix('注')
        .is_some_and(|r| r.starts_with(['：', ':', ' ', '　', '1', '１', '①']))
}

/// Does the line hold a right half (a cell starting at the split column)?
fn has_right(line: &str, split: usize) -> bool {
    halves(line, split).is_some_and(|(_, r)| !r.is_empty())
}

/// The text with every side-by-side block written as its left table, a blank line, then its
/// right table; the text itself when it holds none.
pub fn unfold(text: &str) -> Cow<'_, str> {
    if !text.contains("单位") {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<Cow<str>> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let Some(split) = header_split(lines[i]) else {
            out.push(Cow::Borrowed(lines[i]));
            i += 1;
            continue;
        };
        let (mut left, mut right) = (Vec::new(), Vec::new());
        // The title line just above: its halves are the two tables' titles.
        if let Some(prev) = out.last() {
            if let Some((l, r)) = halves(prev, split)
                .filter(|(l, r)| !l.trim().is_empty() && !r.is_empty() && !note(prev))
            {
                let indent = l.len() - l.trim_start().len();
                left.push(l);
                right.push(format!("{}{}", &prev[..indent], r.trim_start()));
                out.pop();
            }
        }
        let mut j = i;
        while j < lines.len() {
            let line = lines[j];
            if line.trim().is_empty() {
                // A blank line inside the block: it goes on when a row with a right half
                // follows.
                // (Looked for among the next three lines only: a run of blank lines is no
                // rescan.)
                let next = lines[j + 1..]
                    .iter()
                    .take(3)
                    .position(|l| !l.trim().is_empty());
                if next.is_some_and(|n| has_right(lines[j + 1 + n], split)) {
                    j += 1;
                    continue;
                }
                break;
            }
            if note(line) {
                break;
            }
            let Some((l, r)) = halves(line, split) else {
                break;
            };
            if !l.trim().is_empty() {
                left.push(l);
            }
            if !r.is_empty() {
                right.push(r);
            }
            j += 1;
        }
        out.extend(left.into_iter().map(Cow::Owned));
        out.push(Cow::Borrowed(""));
        out.extend(right.into_iter().map(Cow::Owned));
        changed = true;
        i = j;
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    Cow::Owned(out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_tables_side_by_side_are_written_one_after_the_other() {
        let text = [
            "  表1  经济                    表2  民生",
            "指标          单位  目标值      指标          单位  目标值",
            "规上工业产值  亿元  120         城镇失业率    %     <5.5",
            "研发投入强度  %     2.6",
            "                                森林覆盖率    %     63",
            "注：2025年为5.1%。",
        ]
        .join("\n");
        let out = unfold(&text);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines,
            [
                "  表1  经济",
                "指标          单位  目标值",
                "规上工业产值  亿元  120",
                "研发投入强度  %     2.6",
                "",
                "  表2  民生",
                "指标          单位  目标值",
                "城镇失业率    %     <5.5",
                "森林覆盖率    %     63",
                "注：2025年为5.1%。",
            ]
        );
    }

    #[test]
    fn a_header_not_repeated_is_left_alone() {
        let text = "指标  单位  2027年  2030年  单位\n产值  亿元  1  2  万元";
        assert!(matches!(unfold(text), Cow::Borrowed(_)));
    }
}
