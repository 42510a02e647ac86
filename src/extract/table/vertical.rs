//! A header whose column titles are set as vertical text (a PDF's narrow columns: 类别,
//! 序号, 单位, `2030年`, 属性), copied with the page's layout: each title comes out one
//! character a line, in its column, over several lines (`2` / `0` / `3` / `0` / `年`), the
//! wider titles on one of them (`指 标 名 称`). The block is one header: each column's
//! characters read top to bottom, placed at the column's screen position, so the rows under
//! it keep their columns (round 23 B).

use super::columns::spans;

/// The most pieces a line of the block holds: a header has a few dozen columns at most.
const MAX_PIECES: usize = 40;

/// A line of the block: every piece one character (a piece spaced out at single spaces,
/// `指 标 名 称`, is one title), none a figure of a row.
fn piece_line(line: &str) -> Option<Vec<(usize, String)>> {
    if line.contains('\t') || line.trim().is_empty() {
        return None;
    }
    let ps = spans(line);
    // More pieces than a header has columns: not a line of titles (review 21, finding 3).
    if ps.len() > MAX_PIECES {
        return None;
    }
    let single = |t: &str| {
        let mut it = t.chars();
        matches!((it.next(), it.next()), (Some(c), None)
            if c.is_ascii_digit() || ('\u{4e00}'..='\u{9fff}').contains(&c))
    };
    let spaced = |t: &str| {
        t.split(' ').count() >= 2
            && t.split(' ')
                .all(|p| single(p) && !p.starts_with(|c: char| c.is_ascii_digit()))
    };
    ps.iter().all(|(_, _, t)| single(t) || spaced(t)).then(|| {
        ps.into_iter()
            .map(|(a, _, t)| (a, t.replace(' ', "")))
            .collect()
    })
}

/// The header line the block of vertical titles starting at line `i` stands for, and the
/// number of lines it takes: at least three lines, at least three columns, one of them
/// three characters tall or more; else `None`.
pub(super) fn merged(lines: &[&str], i: usize) -> Option<(String, usize)> {
    let first = piece_line(lines.get(i)?)?;
    if first.len() < 2 {
        return None;
    }
    // Columns: (screen position, characters top to bottom, lines holding one).
    let mut cols: Vec<(usize, String, usize)> = Vec::new();
    // Each column's index in `cols` by its screen position (positions of two columns are
    // two or more apart), so a piece finds its column without scanning them all.
    let mut at_pos: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut n = 0;
    for line in &lines[i..] {
        let Some(ps) = piece_line(line) else { break };
        if n >= 12 {
            return None;
        }
        for (a, t) in ps {
            // The first column made within one position of the piece.
            let near = at_pos
                .range(a.saturating_sub(1)..=a.saturating_add(1))
                .map(|(_, &k)| k)
                .min();
            match near.and_then(|k| cols.get_mut(k)) {
                Some(c) => {
                    c.1.push_str(&t);
                    c.2 += 1;
                }
                None => {
                    at_pos.insert(a, cols.len());
                    cols.push((a, t, 1));
                }
            }
        }
        n += 1;
    }
    if n < 3 || cols.len() < 3 || !cols.iter().any(|c| c.2 >= 3) {
        return None;
    }
    cols.sort_by_key(|c| c.0);
    let mut out = String::new();
    let mut at = 0;
    for (a, t, _) in cols {
        let pad = if out.is_empty() {
            a
        } else {
            a.saturating_sub(at).max(2)
        };
        out.extend(std::iter::repeat_n(' ', pad));
        at += pad;
        at += t
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum::<usize>();
        out.push_str(&t);
    }
    Some((out, n))
}

/// A line holding one Chinese character alone: a piece of a merged cell set as vertical
/// text (a 类别 column's `绿`), standing between a table's rows.
pub(super) fn category_char(line: &str) -> bool {
    let mut it = line.trim().chars();
    matches!((it.next(), it.next()), (Some(c), None) if ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_of_vertical_titles_is_one_header_line() {
        let lines = [
            "              2    2",
            "类    单      0    0    属",
            "别    位      2    3    性",
            "              5    0",
            "              年   年",
        ];
        let (h, n) = merged(&lines, 0).unwrap();
        assert_eq!(n, 5);
        let cs: Vec<&str> = h.split_whitespace().collect();
        assert_eq!(cs, ["类别", "单位", "2025年", "2030年", "属性"]);
    }

    #[test]
    fn a_row_or_two_lines_is_no_block() {
        assert!(merged(&["类  单  2", "别  位  0"], 0).is_none());
        assert!(merged(&["森林覆盖率  %  45", "a", "b"], 0).is_none());
    }
}
