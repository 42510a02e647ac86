//! A one-year task-breakdown table (年度目标任务分解表) with a column per part of the year
//! (`全年目标  一季度  二季度  三季度`, `上半年  全年`): each such column is a target of its
//! own, due at the end of its part of the year (`一季度` → 31 March), in the year the
//! table's title or the text gives (`due::apply`). A quarter's cell holds the figure to be
//! reached by the quarter's end (cumulative from 1 January, as these tables state in their
//! note: 1—3月, 1—6月, 1—9月); a count or an amount in such a table is the work done by then
//! (`ytd`), as in a table timed by a 完成时限 column. A period column whose cell is words
//! only (`确保不发生` repeated in every quarter) adds nothing to the year's own target.

use super::super::within::{self, Part};
use super::{Header, cell_at, row_proposal};
use crate::extract::draft::Proposal;

/// The part of the year a column title names (`一季度`, `第二季度`, `上半年`, `前三季度`,
/// `全年目标`, `年度目标`), or none. A title longer than a period word with 目标/目标值/累计
/// around it names no period (`2025年目标` has a year, not a part of one).
fn period_title(c: &str) -> Option<Part> {
    let t: String = c.chars().filter(|ch| !ch.is_whitespace()).collect();
    if let Some(p) = dated_stage(&t) {
        return Some(p);
    }
    let t = t
        .trim_end_matches("目标值")
        .trim_end_matches("目标")
        .trim_end_matches("（累计）")
        .trim_end_matches("(累计)")
        .trim_end_matches("累计");
    let t = t.strip_prefix("第").unwrap_or(t);
    // 年度 (the year's column), 下半年 (ends with the year): due on 31 December.
    if t == "年度" || t == "下半年" {
        return within::due_cell("全年");
    }
    let quarter = ["一季度", "二季度", "三季度", "四季度"].contains(&t);
    let half = ["上半年", "下半年", "前三季度", "全年"].contains(&t);
    if !(quarter || half) {
        return None;
    }
    // 二季度 ends 30 June (a cumulative column, or the quarter's own figure: due at its end
    // either way).
    within::due_cell(t)
}

/// A stage's goal column dated by a month in brackets, the date often on a wrapped second
/// header line (`中期指标（2028年6月）  结题指标（2029年12月）` in a project task book's
/// 考核指标 table, `阶段目标（2027年6月）`): the title ends in 指标 / 目标 / 目标值 before the
/// bracket, names no base or result (基期, 现状, 完成, 实际), and the bracket holds a year and
/// a month that `within::due_cell` reads whole. Each such column is a target due at the end
/// of its month (round 29 A).
fn dated_stage(t: &str) -> Option<Part> {
    let inner = t.strip_suffix('）').or_else(|| t.strip_suffix(')'))?;
    let open = inner.rfind(['（', '('])?;
    let (title, date) = (&inner[..open], &inner[open..]);
    let date = date.trim_start_matches(['（', '(']);
    let stage = ["指标", "目标", "目标值"]
        .iter()
        .any(|w| title.ends_with(w))
        && !["名称", "基期", "现状", "基数", "完成", "实际", "属性"]
            .iter()
            .any(|w| title.contains(w));
    if !stage || !date.contains('月') {
        return None;
    }
    within::due_cell(date).filter(|p| p.year.is_some())
}

/// The header's columns naming parts of one year: `(column, part)`, the 完成时限 column
/// left out. Fewer than one quarter or half-year column (a lone 年度目标): none.
pub(super) fn columns(cs: &[String], due: Option<usize>) -> Vec<(usize, Part)> {
    let found: Vec<(usize, Part)> = cs
        .iter()
        .enumerate()
        .filter(|&(i, _)| Some(i) != due)
        .filter_map(|(i, c)| period_title(c).map(|p| (i, p)))
        .collect();
    if found.iter().any(|(_, p)| p.last < 12) {
        found
    } else {
        Vec::new()
    }
}

/// The column with the latest end among the period columns (`全年` over `三季度`): the
/// year's goal when the header names no 目标 column.
pub(super) fn latest(periods: &[(usize, Part)]) -> Option<usize> {
    // (A dated stage's year counts first: `（2029年12月）` is later than `（2028年6月）`.)
    periods
        .iter()
        .max_by_key(|(_, p)| (p.year, p.last))
        .map(|&(c, _)| c)
}

/// The proposals of a row's period columns other than the goal column, each with the part
/// of the year it is due in (for `due`); a cell with no figure gives none.
pub(super) fn row(
    h: &Header,
    cs: &[String],
    row: &str,
    plan: Option<(i32, i32)>,
) -> Vec<(Proposal, Part)> {
    let goal = h.goal.map(|(c, _)| c);
    let mut out = Vec::new();
    for &(col, part) in &h.periods {
        if Some(col) == goal || cell_at(h, cs, col).is_none_or(|c| super::figure(c).is_none()) {
            continue;
        }
        let mut one = h.clone();
        one.goal = Some((col, None));
        one.more_goals.clear();
        one.window = None;
        one.base = None;
        if let Some(p) = row_proposal(&one, cs, row, plan).filter(|p| !p.assessed) {
            out.push((p, part));
        }
    }
    out
}

/// The part of the year the goal column names (`全年目标`), if the table has period columns.
pub(super) fn goal_part(h: &Header) -> Option<Part> {
    let g = h.goal?.0;
    h.periods.iter().find(|(c, _)| *c == g).map(|&(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_titles() {
        assert_eq!(period_title("一季度").map(|p| p.last), Some(3));
        assert_eq!(period_title("第二季度").map(|p| p.last), Some(6));
        assert_eq!(period_title("上半年").map(|p| p.last), Some(6));
        assert_eq!(period_title("前三季度").map(|p| p.last), Some(9));
        assert_eq!(period_title("全年目标").map(|p| p.last), Some(12));
        assert!(period_title("2025年目标").is_none());
        assert!(period_title("牵头单位").is_none());
        let cs: Vec<String> = ["指标", "全年目标", "牵头单位"].map(String::from).to_vec();
        assert!(columns(&cs, None).is_empty());
    }

    #[test]
    fn a_stage_column_dated_by_a_bracketed_month_is_due_then() {
        let p = period_title("中期指标（2028年6月）").expect("a dated stage");
        assert_eq!((p.year, p.last), (Some(2028), 6));
        let p = period_title("结题目标值(2029年12月)").expect("a dated stage");
        assert_eq!((p.year, p.last), (Some(2029), 12));
        for c in [
            "指标名称（2028年6月）",
            "现状指标（2025年6月）",
            "中期指标（2028年）",
            "中期检查",
        ] {
            assert!(period_title(c).is_none(), "{c}");
        }
        let cs: Vec<String> = [
            "序号",
            "指标名称",
            "单位",
            "中期指标（2028年6月）",
            "结题指标（2029年12月）",
            "考核方式",
        ]
        .map(String::from)
        .to_vec();
        let found = columns(&cs, None);
        assert_eq!(found.len(), 2);
        assert_eq!(latest(&found), Some(4));
    }
}
