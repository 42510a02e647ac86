//! A project table's sum rows (round 25 B): a category row carrying the sums of its projects'
//! money columns (`一、产业项目（5个）  74.7  20.6  23.7`) and a 合计 / 小计 / 总计 row. They
//! total the rows' goals and name no project: no target (t135's 小计 / 合计, t138's category
//! sums are annotated so).
//!
//! Read only in a table with a 建设内容 / 规模 column (a project list, `work_cell`): an
//! indicator table's category rows hold no figures, and its `合计` may be a goal of its own.

use super::{Header, cell_at};

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
    let total: String = first
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect();
    if super::total_cell(&total) {
        return Some(total != "小计");
    }
    (!owner && category_opening(first)).then_some(false)
}

/// A year's planned investment summed on a 合计 row with no other sum above it in its
/// table (`合计  30.1` under `2027年计划投资（亿元）`, the only sum of the list): the year's
/// total, a target of its own, no owner's (heldout22a ag1's and t159's annotations; where
/// categories carry their own sums above it, t138, the 合计 is one more sum: none).
pub(super) fn year_total(h: &Header, cs: &[String], sums_above: bool) -> bool {
    !sums_above && (h.goal_year_plan || h.works_invest.is_some()) && sum_row(h, cs) == Some(true)
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
