//! A pipe-separated table (no outer pipes, no rules) whose cells were wrapped at a fixed
//! width, so that one row runs over several lines, each holding the tail of one cell and
//! the heads of the next ones (a task-division table copied out of a Word document):
//!
//! ```text
//! 序号 | 重点任务 | 具体目标 | 牵头单位 | 配合单位 | 完成时限
//! 1 | 开展企业数字化
//! 转型诊断 | 每年完成规上工业企业免
//! 费诊断100家以上 | 市工业和信息化局 | 各县（市、区）政府 | 2027年12月
//! 底前
//! 2 | 推进智能工厂建设 | 新增省级智能工厂3家 | 市工业和信息化局 | 市科技局 | 2027年12月底前
//! ```
//!
//! The header is a line of four cells or more, words alone. A row opens with its 序号 (one
//! to three digits) before a pipe; each later line's first piece is glued to the row's last
//! cell (the line was cut inside it) and its other pieces are the next cells, until the row
//! holds the header's cells. A short line with no pipe after a full row (`底前`) is the tail
//! of its last cell when a row or the table's end follows it. The table is read so only if
//! every row comes out with the header's cells and at least one was wrapped; each row is
//! written as one tab-separated line where it opens, its other lines left blank.

use super::{figure, year_cell};

/// The most lines a wrapped pipe table is read over.
const MAX_LINES: usize = 800;

/// A row: the line it opens on and its cells.
pub(super) type Row = (usize, Vec<String>);

/// A vertical bar inside a line: `|` or `｜`.
fn is_bar(c: char) -> bool {
    matches!(c, '|' | '｜')
}

fn trimmed(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .to_string()
}

fn pieces(line: &str) -> Vec<String> {
    line.split(is_bar).map(trimmed).collect()
}

/// A header: four cells or more, no outer pipes, each a short word with no figure.
fn header(line: &str) -> Option<usize> {
    // (Asked of every line of the text: one without three bars is no header, and is turned
    // away before anything is allocated.)
    if line.chars().filter(|&c| is_bar(c)).take(3).count() < 3 {
        return None;
    }
    let t = trimmed(line);
    if t.starts_with(is_bar) || t.ends_with(is_bar) {
        return None;
    }
    let cs = pieces(&t);
    let word = |c: &String| {
        !c.is_empty()
            && c.chars().count() <= 8
            && (year_cell(c).is_some() || figure(c).is_none())
            && !c.chars().any(|ch| "。，；：".contains(ch))
    };
    (cs.len() >= 4 && cs.iter().all(word)).then_some(cs.len())
}

/// A row's first line: its 序号 (one to three digits) before a pipe.
fn opens_row(line: &str) -> bool {
    let t = trimmed(line);
    t.split_once(is_bar).is_some_and(|(n, _)| {
        let n = n.trim();
        !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit())
    })
}

fn blank(line: &str) -> bool {
    trimmed(line).is_empty()
}

/// The rows of a wrapped pipe table whose header is `lines[at]`: each row's first line and
/// its cells, and the end of the table's lines (see the module's doc).
pub(super) fn rows(lines: &[&str], at: usize) -> Option<(Vec<Row>, usize)> {
    let cols = header(lines.get(at)?)?;
    let mut out: Vec<Row> = vec![(at, pieces(lines[at]))];
    let mut wrapped = false;
    let mut j = at + 1;
    // (Bounded, so that a text of header-like lines is never rescanned at length.)
    while j < lines.len().min(at + MAX_LINES) {
        let line = lines[j];
        let full = out.len() > 1 && out.last().is_some_and(|(_, r)| r.len() == cols);
        if full || out.len() == 1 {
            if opens_row(line) {
                out.push((j, pieces(line)));
                j += 1;
                continue;
            }
            // The tail of a full row's last cell: short, no pipe, a row or the end after it.
            let after = lines.get(j + 1).copied().unwrap_or("");
            let tail = full
                && !blank(line)
                && !line.contains(is_bar)
                && trimmed(line).chars().count() <= 8
                && !line.contains(['。', '，', '；', '：'])
                && (blank(after) || opens_row(after));
            if !tail {
                break;
            }
        } else if blank(line) {
            return None;
        }
        // A line inside the row: its first piece ends the last cell, the rest follow.
        let ps = pieces(line);
        let (_, row) = out.last_mut()?;
        if let (Some(last), Some(first)) = (row.last_mut(), ps.first()) {
            last.push_str(first);
        }
        row.extend(ps.into_iter().skip(1));
        if row.len() > cols {
            return None;
        }
        wrapped = true;
        j += 1;
    }
    let complete = out.iter().all(|(_, r)| r.len() == cols);
    (wrapped && complete && out.len() >= 3).then_some((out, j))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_row_is_one_row() {
        let lines = [
            "序号 | 重点任务 | 具体目标 | 牵头单位 | 完成时限",
            "1 | 开展企业数字化",
            "转型诊断 | 每年完成企业免",
            "费诊断100家以上 | 市工业和信",
            "息化局 | 2027年12月",
            "底前",
            "2 | 培育平台 | 培育平台6个 | 市工业和信息化局 | 2028年12月底前",
            "",
            "五、保障措施",
        ];
        let (rs, end) = rows(&lines, 0).unwrap();
        assert_eq!(end, 7);
        assert_eq!(rs[1].0, 1);
        assert_eq!(
            rs[1].1,
            [
                "1",
                "开展企业数字化转型诊断",
                "每年完成企业免费诊断100家以上",
                "市工业和信息化局",
                "2027年12月底前"
            ]
        );
        assert_eq!(rs[2].0, 6);
    }

    #[test]
    fn unwrapped_rows_or_a_row_left_short_are_not_read_here() {
        let plain = [
            "序号 | 任务 | 目标 | 单位",
            "1 | 甲 | 新建3个 | 市局",
            "2 | 乙 | 新建4个 | 市局",
        ];
        assert!(rows(&plain, 0).is_none());
        let short = [
            "序号 | 任务 | 目标 | 单位",
            "1 | 甲 | 新建3个",
            "",
            "2 | 乙 | 新建4个 | 市局",
        ];
        assert!(rows(&short, 0).is_none());
    }
}
