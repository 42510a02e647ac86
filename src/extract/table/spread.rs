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
    // (The years first: most lines fail there, at their first piece.) A short word in
    // brackets under another column (`（基期）` under `2025年`, `（%）` under `年均增长`) is
    // passed over.
    let years: Vec<i32> = second
        .split([' ', '\u{3000}'])
        .filter(|p| !p.is_empty() && !bracketed_word(p))
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
    if a.len() < 3 {
        return None;
    }
    let goal = a
        .iter()
        .position(|c| c.contains("目标") && !c.contains("指标"))?;
    // The one year the first line may hold is the base column's, right before the goal
    // title (`2025年  目标值` over `（基期）  2027年  2030年`): every year below is a goal.
    // (Only with a note under that base before the years, `（基期）`: a bare line of years
    // under `2025年  目标值` is left to the other readers, as before.)
    let noted = second
        .split([' ', '\u{3000}'])
        .find(|p| !p.is_empty())
        .is_some_and(bracketed_word);
    let titled_base = goal
        .checked_sub(1)
        .filter(|_| noted)
        .and_then(|b| year_cell(&a[b]).map(|y| (b, y)));
    if a.iter()
        .enumerate()
        .any(|(k, c)| year_cell(c).is_some() && titled_base.is_none_or(|(b, _)| b != k))
    {
        return None;
    }
    let base = titled_base
        .map(|(b, _)| b)
        .or_else(|| goal.checked_sub(1).filter(|&b| base_word(&a[b])));
    let (base_year, goal_years) = match (titled_base, base) {
        (Some((_, y)), _) => (Some(y), &years[..]),
        (None, Some(_)) => (years.first().copied(), years.get(1..)?),
        (None, None) => (None, &years[..]),
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

/// A short word in brackets with no figure (`（基期）`, `（%）`, `〔累计〕`): a note under a
/// column title, no year.
fn bracketed_word(p: &str) -> bool {
    p.starts_with(['（', '(', '〔', '['])
        && p.ends_with(['）', ')', '〕', ']'])
        && p.chars().count() <= 6
        && !p.chars().any(|c| c.is_ascii_digit())
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
    fn a_base_year_before_the_goal_title_keeps_its_year_and_notes_below_are_passed_over() {
        let cs = merged(
            "序号 指标名称 单位 2025年 目标值 年均增长 属性",
            "（基期） 2027年 2030年 （%）",
        )
        .unwrap();
        assert_eq!(
            cs,
            [
                "序号",
                "指标名称",
                "单位",
                "2025年基期",
                "2027年目标",
                "2030年目标",
                "年均增长",
                "属性"
            ]
        );
        assert!(merged("指标 2025年 2026年 目标值", "2027年 2030年").is_none());
    }

    #[test]
    fn one_goal_year_or_words_under_the_titles_are_no_spread() {
        assert!(merged("指标 单位 基期值 目标值 属性", "2025年 2030年").is_none());
        assert!(merged("指标 单位 基期值 目标值 属性", "（单位） 2025年 2030年").is_none());
        assert!(merged("指标 单位 2025年 目标值", "2026年 2027年").is_none());
        assert!(merged("指标\t单位\t基期值\t目标值", "2025年\t2026年\t2027年").is_none());
    }
}
