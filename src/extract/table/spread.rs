//! A header over two lines copied from a PDF at single spaces, whose first line names a
//! group of year columns once and whose second line holds the years alone:
//!
//! ```text
//! 序号 指标名称 单位 基期值 年度目标值 牵头单位
//! （2025年） 2026年 2027年 2028年
//! ```
//!
//! The copy keeps no position, so the years are given out by count: the first year goes to
//! the base column (基期 / 基数 / 现状) when the goal column follows it and the years are
//! one more than the goal years, and every other year is a goal column of its own, in place
//! of the one goal title (`2025年基期  2026年目标  2027年目标  2028年目标`). Tab copies keep
//! their cells in place and are read by `group`.

use super::{base_word, join_spaced_title, year_cell};

/// The two lines as one header's cells, when the first has no year, names a goal column
/// (目标, not 指标) and the second holds only years (at least two goal years), in order.
pub(super) fn merged(first: &str, second: &str) -> Option<Vec<String>> {
    if first.contains('\t') || second.contains('\t') {
        return None;
    }
    // (The years first: most lines fail there, at their first piece.)
    let years: Vec<i32> = second
        .split([' ', '\u{3000}'])
        .filter(|p| !p.is_empty())
        .map(year_cell)
        .collect::<Option<Vec<i32>>>()?;
    // A PDF copy's header cells are words with no space inside (a title spaced out
    // character by character is one cell again).
    let a = join_spaced_title(
        first
            .split([' ', '\u{3000}'])
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect(),
    );
    if a.len() < 3 || a.iter().any(|c| year_cell(c).is_some()) {
        return None;
    }
    let goal = a
        .iter()
        .position(|c| c.contains("目标") && !c.contains("指标"))?;
    let base = goal.checked_sub(1).filter(|&b| base_word(&a[b]));
    let (base_year, goal_years) = match base {
        Some(_) => (years.first().copied(), years.get(1..)?),
        None => (None, &years[..]),
    };
    if goal_years.len() < 2
        || goal_years.windows(2).any(|w| w[1] <= w[0])
        || base_year.is_some_and(|b| b >= goal_years[0])
    {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() + goal_years.len());
    for (k, c) in a.iter().enumerate() {
        if Some(k) == base {
            out.push(format!("{}年基期", base_year?));
        } else if k == goal {
            out.extend(goal_years.iter().map(|y| format!("{y}年目标")));
        } else {
            out.push(c.clone());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::merged;

    #[test]
    fn a_goal_title_over_years_at_single_spaces_is_one_column_a_year() {
        let cs = merged(
            "序号 指标名称 单位 基期值 年度目标值 牵头单位",
            "（2025年） 2026年 2027年 2028年",
        )
        .unwrap();
        assert_eq!(
            cs,
            [
                "序号",
                "指标名称",
                "单位",
                "2025年基期",
                "2026年目标",
                "2027年目标",
                "2028年目标",
                "牵头单位"
            ]
        );
    }

    #[test]
    fn one_goal_year_or_words_under_the_titles_are_no_spread() {
        assert!(merged("指标 单位 基期值 目标值 属性", "2025年 2030年").is_none());
        assert!(merged("指标 单位 基期值 目标值 属性", "（单位） 2025年 2030年").is_none());
        assert!(merged("指标 单位 2025年 目标值", "2026年 2027年").is_none());
        assert!(merged("指标\t单位\t基期值\t目标值", "2025年\t2026年\t2027年").is_none());
    }
}
