//! A project list laid out as a table that no reader could read as rows (`序号  项目名称  建设内容及
//! 规模  总投资 …`, its cells wrapped over two lines, some rows tab-separated, category lines
//! between them): its lines are still a table's, never prose. Read as prose, each 建设内容
//! cell became a target (`新建双线高速铁路146公里`, `新建床位1500张`), though a project's scope
//! is what the project is, never a goal of the plan (`work_cell`), and the glued cells made
//! quotes of whole rows. The block runs from its header to the first blank line, note
//! (`注：…`) or paragraph (a line with no column gap ending a sentence), at most
//! [`MAX_LINES`] lines.

use super::{cells, strict_cells, work_cell};

/// The most lines one such block covers (a table of 60 wrapped rows).
const MAX_LINES: usize = 160;

/// Mark as table lines the blocks of project tables with a scope column that no reader
/// marked. Linear: each line is looked at once as a header and at most once as a row.
pub(super) fn mark(lines: &[&str], table_line: &mut [bool]) {
    let mut i = 0;
    while i < lines.len() {
        if table_line[i] || !header(lines[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len() && j - i <= MAX_LINES && !ends(lines[j]) {
            j += 1;
        }
        table_line[i..j].iter_mut().for_each(|t| *t = true);
        i = j.max(i + 1);
    }
}

/// A header naming the project and its scope, with at least four column titles, all short (at most 20 characters).
fn header(line: &str) -> bool {
    if !(line.contains("项目名称") && (line.contains("建设内容") || line.contains("建设规模")))
    {
        return false;
    }
    let cs = cells(line);
    let filled: Vec<&String> = cs.iter().filter(|c| !c.is_empty()).collect();
    filled.len() >= 4
        && filled.iter().all(|c| c.chars().count() <= 20)
        && filled.iter().any(|c| c.contains("项目名称"))
        && filled.iter().any(|c| work_cell::is_scope_title(c))
}

/// Does `line` end the block: blank, a note under the table, or a paragraph of prose (no
/// column gap, a sentence's end)?
fn ends(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if t.is_empty() {
        return true;
    }
    if super::starts_note_loosely(t) || t.starts_with("备注") {
        return true;
    }
    strict_cells(line).iter().filter(|c| !c.is_empty()).count() < 2
        && (t.ends_with('。') || t.chars().count() > 40)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_table_with_wrapped_cells_is_marked_to_its_note() {
        let lines = [
            "序号  项目名称        建设内容及规模            总投资    年度计划投资  责任单位",
            "一、交通",
            "1     东环快速路      新建道路12公里，设互通    520000    90000         市交通局、",
            "      一期            立交3座                                        区政府",
            "注：表中为计划数。",
            "全年完成投资100亿元。",
        ];
        let mut t = vec![false; lines.len()];
        mark(&lines, &mut t);
        assert_eq!(t, [true, true, true, true, false, false]);
    }

    #[test]
    fn a_header_read_by_a_reader_or_prose_is_left_alone() {
        let lines = ["项目名称和建设内容要在申报表中写明，总投资不低于1亿元。"];
        let mut t = vec![false; 1];
        mark(&lines, &mut t);
        assert_eq!(t, [false]);
        let lines = [
            "序号\t项目名称\t建设内容\t年度目标\t责任单位",
            "1\t甲\t乙\t丙\t丁",
        ];
        let mut t = vec![true, false];
        mark(&lines, &mut t);
        assert_eq!(t, [true, false]);
    }
}
