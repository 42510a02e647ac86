//! A goal cell carrying its own unit (`2100亿元`, `5400万人次以上`, `83分以上`, `≥85%`).
//!
//! A table with no 单位 column and no unit in its header or in the indicator's name writes
//! each figure with its unit, as prose does: `社会消费品零售总额  1860亿元  2100亿元
//! 2500亿元以上`. The cell's unit is read as prose reads a figure's (a magnitude 万 / 亿 and a
//! unit or classifier, `numbers::unit_at`); only a unit ending the cell, or followed by a
//! bound word (左右, 以上, 以内, 以下), makes the cell a figure: `5G基站`, `5岁以下儿童死亡率`
//! stay names, and `1/10万` a 单位 cell. A year (`2025年`) is never a figure's unit here.

use crate::extract::numbers;

/// Scores (`消费者满意度  81.5分  83分以上`): a unit in a table's own cell only, where nothing
/// follows it (in prose 分 opens 分钟, 分类, 分别).
// (Sessions of training held, `操作培训期数  ≥20期`: 期 ends the cell, where in prose it opens
// 期间 or names a project's phase, `二期`; round 31 A.)
const CELL_ONLY: &[&str] = &["分", "期"];

/// The unit opening `tail` (what follows a cell's figure) and the rest of the cell after it.
pub(super) fn own(tail: &str) -> Option<(String, &str)> {
    let t: Vec<char> = tail.chars().take(12).collect();
    let (mult, at) = match numbers::multiplier_at(&t, 0) {
        Some((_, w, len)) => (Some(w), len),
        None => (None, 0),
    };
    let (unit, len) = match numbers::unit_at(&t, at) {
        Some((u, len, _)) => (u, len),
        None => {
            let u = CELL_ONLY.iter().find(|u| {
                t.get(at..)
                    .is_some_and(|r| r.starts_with(&u.chars().collect::<Vec<_>>()))
            })?;
            (u.to_string(), u.chars().count())
        }
    };
    // (`1/10万` is the 单位 cell of a rate per 100 000, not a figure of 1.)
    if unit == "年" || unit == "%" || unit.starts_with('/') {
        return None;
    }
    let unit = match mult {
        Some(w) => format!("{w}{unit}"),
        None => unit,
    };
    let used: usize = t[..at + len].iter().map(|c| c.len_utf8()).sum();
    Some((unit, &tail[used..]))
}
