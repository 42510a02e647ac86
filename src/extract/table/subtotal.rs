//! A project table's sum rows (round 25 B): a category row carrying the sums of its projects'
//! money columns (`一、产业项目（5个）  74.7  20.6  23.7`) and a 合计 / 小计 / 总计 row. They
//! total the rows' goals and name no project: no target (t135's 小计 / 合计, t138's category
//! sums are annotated so).
//!
//! Read only in a table with a 建设内容 / 规模 column (a project list, `work_cell`): an
//! indicator table's category rows hold no figures, and its `合计` may be a goal of its own.

use super::super::draft::Proposal;
use super::{Header, cell_at, figure};

/// Is the row `cs` a sum of the project rows under or above it, and which: a total (`合计`,
/// `总计`: `Some(true)`) or a category's or a group's (`小计`, `一、产业项目（5个）  74.7`:
/// `Some(false)`).
pub(super) fn sum_row(h: &Header, cs: &[String]) -> Option<bool> {
    h.scope?;
    let first = cs.iter().map(|c| c.trim()).find(|c| !c.is_empty())?;
    let owner = h
        .owner
        .and_then(|o| cell_at(h, cs, o))
        .is_some_and(|c| c.chars().any(char::is_alphabetic));
    let total = label(cs)?;
    if super::total_cell(&total) {
        return Some(total != "小计");
    }
    (!owner && category_opening(first)).then_some(false)
}

/// A year's planned investment summed on a 合计 row with no other sum above it in its
/// table (`合计  30.1` under `2027年计划投资（亿元）`, the only sum of the list): the year's
/// total, a target of its own, no owner's (heldout22a ag1's and t159's annotations; where
/// categories carry their own sums above it, t138, the 合计 is one more sum: none).
/// `sum` is the row's `sum_row`, asked once by the caller.
pub(super) fn year_total(h: &Header, sum: Option<bool>, sums_above: bool) -> bool {
    !sums_above && total_column(h).is_some() && sum == Some(true)
}

/// The column a year's total is read from: the goal column of a planned-investment table
/// (`2027年计划投资`), or the planned-investment column beside a works-progress goal.
fn total_column(h: &Header) -> Option<usize> {
    h.works_invest
        .or(h.goal.filter(|_| h.goal_year_plan).map(|(g, _)| g))
}

/// The row's label, its first cell with no blank (`合  计`: `合计`).
fn label(cs: &[String]) -> Option<String> {
    let first = cs.iter().map(|c| c.trim()).find(|c| !c.is_empty())?;
    Some(
        first
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
            .collect(),
    )
}

/// Is the row `cs` the total (`合计`, `总计`; not a group's 小计) of a table whose rows give
/// a year's planned investment (`total_column`)? It is read under that column and named by
/// it (`placed_total`, `name_total`).
pub(super) fn year_column_total(h: &Header, cs: &[String]) -> bool {
    total_column(h).is_some() && label(cs).is_some_and(|l| super::total_cell(&l) && l != "小计")
}

/// Add a project row's figure in the year-total column to `sum` (the figures' sum, their
/// count).
pub(super) fn add_row(h: &Header, cs: &[String], sum: &mut (f64, usize)) {
    if let Some(f) = total_column(h)
        .and_then(|c| cell_at(h, cs, c))
        .and_then(|c| figure(c))
    {
        sum.0 += f.value;
        sum.1 += 1;
    }
}

/// A year's total on a row short of the header's cells and not placed under its columns
/// (`合计  18  5  5.5` under `序号  项目名称  总投资  2026年完成投资  2027年计划投资  责任单位`):
/// read from the right, as a short row is, its figures stand one column or two to the right
/// of their own (5, the 2026 column's, read as the year's). The row as the header's cells:
/// its label under the name column and, under the year's column, the one figure that sums
/// the project rows above (`sum`, 3.5 + 2.0 = 5.5; within 1% or half a tenth, for rounding);
/// `None` when no figure does (or no project row stands above), and then no target.
pub(super) fn placed_total(h: &Header, cs: &[String], sum: (f64, usize)) -> Option<Vec<String>> {
    let col = total_column(h)?;
    let name = h.name?;
    let (total, rows) = sum;
    if rows == 0 || col == name || col >= h.cols || name >= h.cols {
        return None;
    }
    let label = label(cs)?;
    let close = |v: f64| (v - total).abs() <= (total.abs() * 0.01).max(0.051);
    let fig = cs
        .iter()
        .skip_while(|c| c.trim().is_empty())
        .skip(1)
        .find(|c| figure(c).is_some_and(|f| close(f.value)))?;
    let mut out = vec![String::new(); h.cols];
    out[name] = label;
    out[col] = fig.clone();
    Some(out)
}

/// A year's total as a target: named by its column's title and the row's label
/// (`2027年计划投资合计`: `合计` alone names nothing a reviewer can check), quoted from the
/// label on (a quote cut at the goal cell, `—  6.8  —`, is not found beside 合计).
pub(super) fn name_total(h: &Header, cs: &[String], row: &str, p: &mut Proposal) {
    let Some(label) = label(cs) else {
        return;
    };
    if let Some(title) = h.total_title.as_deref().filter(|t| !t.is_empty()) {
        p.name_zh = format!("{title}{label}");
    }
    if !p.quote.contains(label.as_str()) {
        p.quote = row.trim().to_string();
    }
}

/// A category's heading (`一、产业项目（5个）`, `（二）基础设施`): a Chinese numeral and 、,
/// or one in brackets.
pub(super) fn category_opening(c: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let c = c.trim_start_matches(['（', '(']);
    let n = c.chars().take_while(|ch| NUMERALS.contains(*ch)).count();
    n > 0
        && c.chars()
            .nth(n)
            .is_some_and(|ch| matches!(ch, '、' | '）' | ')' | '.' | '．'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_category_heading_opens_with_a_numeral() {
        assert!(category_opening("一、产业项目（5个）"));
        assert!(category_opening("（二）基础设施"));
        assert!(!category_opening("一期工程"));
        assert!(!category_opening("沅桥冷链物流中心"));
    }
}
