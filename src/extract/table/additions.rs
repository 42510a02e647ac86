//! A count of additions (新增上云企业, 新建…) in a goal column whose window spans several
//! years (`2024年基数  2025年目标  2027年目标`, or a plan's one goal column): what the years
//! add, summed over the window — `ytd` over it — not the level of a stock. Annotators
//! read such a row so whether or not the figure is bracketed (`〔〕`) and whether or not a
//! note says the column holds a total (`第7项2027年目标为2025—2027年累计数`); a column of one
//! year (an annual plan, the first column after the base year) is that year's additions,
//! as before. A share (%) or a rate is not a count and keeps its reading.

use super::super::{Field, Measure};
use super::added as opens_with_addition;
use super::years::plain_level;
use crate::extract::draft::Proposal;

/// A plain level goal of a 新增… count made the sum over its window.
pub(super) fn as_window_sum(p: &mut Proposal) {
    let counted = !p.unit.as_deref().is_some_and(|u| u == "%" || u == "‰");
    if !plain_level(p) || !counted || !opens_with_addition(&p.name_zh) {
        return;
    }
    let (Some(start), Some(end)) = (p.start, p.deadline) else {
        return;
    };
    p.measure = Measure::Ytd;
    p.baseline = None;
    p.review(
        Field::Measure,
        format!(
            "新增… over {}–{}: what those years add, summed (ytd over the window); if the column is the last year's additions only, start it on {}-01-01",
            start.year, end.year, end.year
        ),
    );
}
