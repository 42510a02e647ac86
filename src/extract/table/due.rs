//! A task table's 完成时限 column (`序号  工作任务  单位  年度目标  完成时限  责任科室`): each
//! row's deadline is its own cell (`10月底` → the 31 October of the table's year, `上半年`,
//! `3月底前`, `全年`, `2027年6月底`), read by [`within::due_cell`]. The year is the one the
//! cell writes, else the header's one goal year (`2026年目标`), else the text's (given by the
//! caller once the date line is read: `apply`). A table timed row by row is one year's work
//! list: a count or an amount in it (not a rate or share) is the work done by the row's
//! deadline, `ytd` from 1 January, as a count in a one-year work list is in prose.

use super::super::within::{self, Part};
use super::super::{Date, Field, Goal, Measure};
use super::Header;
use crate::extract::draft::Proposal;
use crate::extract::lexicon;

/// Does a column title name a row's deadline (完成时限, 时限要求, 完成时间, 时间节点)?
pub(super) fn is_due_title(c: &str) -> bool {
    c.contains("时限")
        // The goal year of each row (`指标  基准年  目标年  目标值`, an ESG report's goal
        // table): its cell (`2030年`) is the row's deadline (round 26 D).
        || ["目标年", "目标年份", "完成年份"].contains(&c)
        || [
            "完成时间",
            "时间节点",
            "完成期限",
            "完成时间节点",
            "时间要求",
            "完成时段",
            // An OKR sheet's deadline column (`截止日期  权重`, nineteenth set).
            "截止日期",
            "截止时间",
            // A check plan's months (`实施时间  3-6月`: round 29 A2).
            "实施时间",
            // An incentive plan's 业绩考核 table (`解除限售期  考核年度  考核指标  目标值`):
            // each row's 考核年度 cell (`2028年`) is its deadline (twentieth set, B).
            "考核年度",
            "考核年份",
        ]
        .contains(&c)
}

/// A due column whose year cell is merged over the rows below it (`考核年度`, an incentive
/// plan's 业绩考核 table: `2028年` beside 营业收入增长率 and blank beside the two indicators
/// under it): a row with no year of its own there keeps the row above's.
pub(super) fn spans_rows(c: &str) -> bool {
    matches!(c, "考核年度" | "考核年份")
}

/// A title naming a row's year, not a figure (`基准年`, `目标年`): never a base or goal
/// value column.
pub(super) fn names_year(c: &str) -> bool {
    ["基准年", "基准年份", "基期年", "基期年份", "基年"].contains(&c)
        || is_due_title(c) && c.contains('年')
}

/// A row whose 完成时限 cell says the work is done (`已完成`, `已完工`, `已建成`): a result
/// listed in the task table, not a goal (round 21, t116).
pub(super) fn is_done(cell: Option<&String>) -> bool {
    cell.is_some_and(|c| matches!(c.trim(), "已完成" | "已完工" | "已建成" | "已竣工"))
}

/// A row whose last cell is a status saying the work is done (`进展` / `完成情况` column:
/// `查处问题21起  已完成`, a rectification list's done items beside the ones `推进中`): a
/// result, not a goal (twentieth set, fixed after the run, A). Only the last cell: a status
/// column closes such a list, and no row of the annotated sets ends so but a result's.
pub(super) fn is_done_row(cs: &[String]) -> bool {
    cs.len() > 2 && is_done(cs.last())
}

/// The deadline a row's 完成时限 cell gives, with the header's goal year when it has one and
/// the cell none.
pub(super) fn row_due(h: &Header, cell: Option<&String>) -> Option<Part> {
    let mut p = within::due_cell(cell?)?;
    if p.year.is_none() {
        // One goal year (`2025年完成  2026年目标`, or `2026年目标` alone): the rows' year.
        p.year = match (h.base.and_then(|b| b.1), h.goal.and_then(|g| g.1)) {
            (Some(b), Some(g)) if g == b + 1 => Some(g),
            (None, Some(g)) => Some(g),
            _ => None,
        };
    }
    Some(p)
}

/// A row of a timed table whose cell names no date (`长期坚持`, `持续推进`, empty): it keeps
/// the table's window, or, where the table gives no year, the text's year.
pub(crate) const UNDATED: Part = Part {
    year: None,
    next: false,
    first: 1,
    last: 12,
    day: None,
    guess: Some(UNDATED_NOTE),
    by: false,
};

const UNDATED_NOTE: &str = "the row's 完成时限 cell names no date: the end of the text's year";

/// A row of an annual goal column (`全年目标`, `年度目标`) in a table whose title and header
/// name no year, in a text that names no plan period: its goal is for the text's year.
pub(crate) const ANNUAL: Part = Part {
    year: None,
    next: false,
    first: 1,
    last: 12,
    day: None,
    guess: Some(ANNUAL_NOTE),
    by: false,
};

const ANNUAL_NOTE: &str =
    "an annual goal column (全年目标) in a table naming no year: the end of the text's year";

/// A row of an annual goal column (`年度目标`) in a table whose title and header name no
/// year, read in the end year of the plan period the text names (`十五五`): the year's goal
/// is the text's year when the text has one (a notice on 2031年度目标责任考核 that says
/// 2031年是“十五五”规划实施的第二年), else the plan's end year it was given.
pub(crate) const ANNUAL_PLAN: Part = Part {
    year: None,
    next: false,
    first: 1,
    last: 12,
    day: None,
    guess: Some(ANNUAL_PLAN_NOTE),
    by: false,
};

const ANNUAL_PLAN_NOTE: &str =
    "an annual goal column (年度目标) in a table naming no year: the text's year";

/// A timed row's words that make it no count of the year's work, besides those of
/// `annual::not_a_count`: a capacity reached (`日处理能力达到5万吨`) and a whole stock named as
/// such (`算力总规模`; 总数 41 of 41, 总规模 8 of 8, 保有量 3 of 3 annotated level in every set).
/// (容积, a vessel's or a reservoir's volume, `储罐有效容积  m³  ≥3`: 3 of 3 annotated a level,
/// round 29 A.) (So is a building's 总建筑面积, the project's size: twenty-third set, fixed
/// after the run.)
const NOT_A_COUNT: &[&str] = &["能力", "总规模", "总建筑面积", "容积"];

/// Give each timed row (`due`: its index in `props` and the part of the year its cell names)
/// its deadline, in `year` (the text's) when the cell and the header gave none; a row's
/// count is then the year's work (`ytd`).
pub(crate) fn apply(props: &mut [Proposal], due: &[(usize, Part)], year: Option<i32>) {
    for &(i, part) in due {
        let Some(p) = props.get_mut(i) else { continue };
        if part.guess == Some(ANNUAL_PLAN_NOTE) {
            if let Some(y) = year {
                super::annual::move_to_year(p, y);
            }
            continue;
        }
        let annual = part.guess == Some(ANNUAL_NOTE);
        if (part.guess == Some(UNDATED_NOTE) || annual) && p.deadline.is_some() {
            continue;
        }
        let mut notes = Vec::new();
        let (_, Some(deadline)) = within::resolve(part, year, &mut notes) else {
            continue;
        };
        // The start: the window's, unless it is missing or after the deadline; else
        // 1 January of the text's year (a row due in the next year starts this one).
        let from = year.unwrap_or(deadline.year).min(deadline.year);
        if p.start
            .is_none_or(|s| s > deadline || s.year < deadline.year - 1)
        {
            p.start = Date::new(from, 1, 1);
        }
        p.deadline = Some(deadline);
        p.reviews
            .retain(|r| !matches!(r.field, Field::Deadline | Field::Start));
        for (f, note) in notes {
            p.review(f, note);
        }
        if annual {
            // (The year's goal column: a count or an amount is the year's work.)
            super::annual::as_year_work(p);
            continue;
        }
        if part.guess != Some(UNDATED_NOTE) {
            p.review(
                Field::Deadline,
                format!("the row's 完成时限 cell: due {deadline}"),
            );
        }
        let plain = !p.assessed
            && p.measure == Measure::Level
            && matches!(p.goal, Some(Goal::Value(_)))
            && p.aggregate.is_none()
            && p.of.is_none()
            && p.of_name.is_none();
        let count = !p
            .unit
            .as_deref()
            .is_some_and(|u| u == "%" || lexicon::rate_unit(u) || u.is_empty())
            && p.unit.is_some()
            && !super::annual::not_a_count(&p.name_zh, NOT_A_COUNT);
        // (Once per proposal: the name is not changed below; review 21, finding 11.)
        let size_class = sized(p);
        if size_class && p.measure == Measure::Ytd && deadline.year > from {
            // (The cell's own reading knows no window: a one-year text's flow.)
            p.measure = Measure::Level;
            p.reviews.retain(|r| r.field != Field::Measure);
            p.review(
                Field::Measure,
                "a count of what stands above a size, due in a later year: how many by then".into(),
            );
        }
        if plain && count && !reached(p) && !size_class {
            p.measure = Measure::Ytd;
            p.baseline = None;
            p.reviews.retain(|r| r.field != Field::Baseline);
            p.review(
                Field::Measure,
                format!(
                    "a row of a work list timed by its 完成时限: the work done by then, ytd from {}",
                    p.start.map_or_else(String::new, |s| s.to_string())
                ),
            );
        }
    }
}

/// A timed row counting what stands above a size (`培育营收超百亿元企业5家`, `培育营业收入超
/// 百亿元数字经济企业15家以上`) due in a later year than the text's: how many such firms there
/// are by the deadline, a level (annotated so in each such task row of the annotated sets:
/// heldout15b x1, heldout16a y2; round 24 D), as a plan's prose reads such a count
/// (`created::over_window`); in the text's own year the year's flow, as a one-year text's
/// prose reads it.
fn sized(p: &Proposal) -> bool {
    crate::extract::created::size_class(&p.name_zh.chars().collect::<Vec<_>>())
}

/// A timed row whose goal is a stock reached (`储能电池产能达到300吉瓦时`, `高新技术企业总数达到
/// 95家`): `达到` right before the goal's figure. Annotated a level in each such task row of
/// the annotated sets (t102, heldout16a y2 twice), never the work done by the deadline
/// (round 22 A).
fn reached(p: &Proposal) -> bool {
    let Some(Goal::Value(v)) = p.goal else {
        return false;
    };
    let row: String = p.quote.chars().map(super::fold).collect();
    row.contains(&format!("达到{}", crate::extract::fmt_num(v)))
}
