//! A table whose goal column is the year's goal with no year in its title (`序号  指标  单位
//! 年度目标  1—9月完成  完成进度（%）`, `全年目标`, `年度计划`): a progress report's or a
//! department's table of one year. Its goals are that year's — the year of the text (the plan
//! period's end) — so the window is that one year, and a count or an amount in it (not a rate,
//! a share or an average) is the work the year does, `ytd` from 1 January, as a count in a
//! one-year work list is in prose. The columns beside it (1—9月完成, 完成进度, 完成率) are
//! results: only the goal column is read.

use super::super::{Date, Field, Measure};
use super::years::plain_level;
use crate::extract::draft::Proposal;
use crate::extract::lexicon;

/// Does a goal column's title (with no year in it) name the year's goal: 年度目标, 全年目标,
/// 本年目标, 年度计划, 全年任务?
pub(super) fn is_annual_title(c: &str) -> bool {
    ["年度", "全年", "本年", "今年"]
        .iter()
        .any(|w| c.contains(w))
        && ["目标", "计划", "任务"].iter().any(|w| c.contains(w))
}

/// Does a column title name how far the year has got (`1—6月完成`, `1-9月`, `完成进度（%）`,
/// `上半年完成`, `实际完成`): a mid-year progress report's column beside the year's goal?
pub(super) fn is_progress_title(c: &str) -> bool {
    let months = c.contains('月')
        && c.chars()
            .next()
            .is_some_and(|ch| ch.is_ascii_digit() || ('１'..='９').contains(&ch))
        && c.contains(['—', '-', '－', '～', '~']);
    // (Not a 完成时限 / 完成时间 column: when a task is due.)
    let due = ["时限", "时间", "期限", "时段"]
        .iter()
        .any(|w| c.contains(w));
    !due && (months || c.contains("完成") || c.contains("进度"))
}

/// A goal column with a year and no base beside columns of the year's progress (`2027年目标
/// 1—6月完成  完成进度（%）`): the year's goal, as 全年目标 is.
pub(super) fn dated_year_goal(
    cs: &[String],
    base: Option<(usize, Option<i32>)>,
    goal: Option<(usize, Option<i32>)>,
    more_goals: bool,
) -> bool {
    base.is_none()
        && !more_goals
        && goal.is_some_and(|(_, y)| y.is_some())
        && cs.iter().any(|c| is_progress_title(c))
}

/// The one-year window of an annual goal column: the column's year if it writes one, else
/// the end of the plan period the text gives.
pub(super) fn window(
    goal_year: Option<i32>,
    plan: Option<(i32, i32)>,
) -> Option<(Option<Date>, Option<Date>)> {
    let y = goal_year.or(plan.map(|(_, e)| e))?;
    Some((Date::new(y, 1, 1), Date::new(y, 12, 31)))
}

/// Words that make a row a rate, a share, an average or a whole stock named as such, not a
/// count of the year's work: for both readers of a year's goal column (`as_year_work` here,
/// `due::apply` for a timed row), each with its own further words (`more`).
const RATE_OR_STOCK: &[&str] = &[
    "比重",
    "占比",
    "比例",
    "率",
    "人均",
    "每",
    "强度",
    "密度",
    // A concentration (`PM2.5浓度  微克/立方米  29.5` in a year's table of places): a state
    // the air or water is in, never the year's work (94 of 94 annotated a level, round 26 D).
    "浓度",
    "指数",
    "增速",
    "增长",
    "平均",
    "累计",
    "均",
    "总数",
    "保有量",
    // The area sown in the year (`粮食播种面积  万亩  ≥236`): a state the year holds, annotated
    // a level 18 of 18 over all sets (round 19 B), never the year's work.
    "播种面积",
];

/// Does the row's `name` hold a word of `RATE_OR_STOCK` or of `more`?
pub(super) fn not_a_count(name: &str, more: &[&str]) -> bool {
    RATE_OR_STOCK.iter().chain(more).any(|w| name.contains(w))
}

/// An installed capacity (`新型储能装机规模  MW  800`, `…装机容量`, `独立储能装机`) or a
/// production capacity (`粮食综合生产能力  万吨  120以上`, `污水处理能力`: every annotation of a
/// 能力 with a unit but % took it as a level, 50 of 50, round 22 B): a stock the year's end
/// reaches, unless the name counts what is added (`新增光伏装机`, `新建…`).
fn capacity(name: &str) -> bool {
    (name.contains("装机") || name.contains("能力"))
        && !name.contains("新增")
        && !super::added(name)
}

/// A plain level goal of a count or an amount in an annual goal column made the year's work:
/// `ytd` over the year of its deadline.
pub(super) fn as_year_work(p: &mut Proposal) {
    let count = p.unit.as_deref().is_some_and(|u| {
        !(u.is_empty() || u == "%" || lexicon::rate_unit(u) || u.contains("百分点"))
    }) && !not_a_count(&p.name_zh, &["总量", "存量"])
        && !capacity(&p.name_zh);
    if !plain_level(p) || !count {
        return;
    }
    let Some(end) = p.deadline else { return };
    p.measure = Measure::Ytd;
    p.baseline = None;
    p.start = Date::new(end.year, 1, 1);
    p.reviews.retain(|r| r.field != Field::Baseline);
    p.review(Field::Measure, year_work_note(end.year));
}

/// The note of a row made the year's work by [`as_year_work`].
fn year_work_note(year: i32) -> String {
    format!(
        "a row of the year's goal column (年度目标): the work {year} does, ytd from {year}-01-01"
    )
}

/// Move a row of an annual goal column read in the plan's end year to the year `y` (the
/// text's): its one-year window and, if it was made the year's work, that note.
pub(super) fn move_to_year(p: &mut Proposal, y: i32) {
    let Some(end) = p.deadline else { return };
    if end.year == y || p.start.is_some_and(|s| s.year != end.year) {
        return;
    }
    let old = year_work_note(end.year);
    let work = p.reviews.iter().any(|r| *r.note == *old);
    p.reviews.retain(|r| *r.note != *old);
    p.start = p.start.and(Date::new(y, 1, 1));
    p.deadline = Date::new(y, end.month, end.day);
    if work {
        p.review(Field::Measure, year_work_note(y));
    }
}
