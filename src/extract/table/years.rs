//! A table's goal columns read year by year, and the base-year column as a baseline.
//!
//! An action plan's breakdown by year (`指标  单位  2025年基数  2026年  2027年  2028年
//! 牵头单位`), or an annual plan's table (`2024年预计  2025年目标`), gives each indicator one
//! figure per year: each column is that year's own figure. A stock or a rate (基站数, 覆盖率,
//! a 累计… count) is a level the year must reach; a flow (增加值, 营业收入, 零售额, 新增…: a
//! year's output, sales or additions) is what that year produces, counted from 0 on 1 January
//! of the column's year: `ytd` over that year. A table whose goal years are milestones apart
//! (`2023年基数  2025年目标  2027年目标`, `2020年  2025年  2035年`) keeps the plan's window, and
//! a flow there is the goal year's flow, as in prose (`deadline_flow`: a year's flow reached
//! by a distant deadline is `ytd` within that year).

use super::super::{Date, Field, Measure, fmt_num};
use super::{Figure, Header, cell_at, figure};
use crate::extract::draft::Proposal;
use crate::extract::lexicon;

/// Do the header's goal columns run year by year from the year after the base year (every
/// year of the window has its column, and the first is the base year's next)?
/// (No base column when the plan's first year is a goal column, `plan_start_is_a_goal`:
/// the years run on from the year before the first.)
pub(super) fn by_year(h: &Header) -> bool {
    let first = || h.more_goals.first().map(|&(_, y)| y - 1);
    let (Some(by), Some((_, Some(last)))) = (h.base.map_or_else(first, |b| b.1), h.goal) else {
        return false;
    };
    let mut ys: Vec<i32> = h.more_goals.iter().map(|&(_, y)| y).collect();
    ys.push(last);
    ys.sort_unstable();
    ys.iter().zip(1..).all(|(&y, k): (&i32, i32)| y == by + k)
}

pub(super) use crate::extract::deadline_flow::year_flow_name;

/// Is a unit one of things counted (not a rate or share, %, ‰, nor a dimensionless label, 倍,
/// 点): only such a figure may be read as additions or a running total.
pub(super) fn counted(unit: Option<&str>) -> bool {
    !unit.is_some_and(|u| matches!(u, "%" | "倍" | "点") || lexicon::rate_unit(u))
}

pub(super) use crate::extract::deadline_flow::plain_level;

/// A level goal of a flow in a year-by-year table, made that year's flow: `ytd` from 1
/// January of `year` to its end.
pub(super) fn as_year_flow(p: &mut Proposal, year: i32) {
    let plain = plain_level(p);
    let flow = yearly(&p.name_zh, p.unit.as_deref());
    if !plain || !flow {
        return;
    }
    p.measure = Measure::Ytd;
    p.baseline = None;
    p.start = Date::new(year, 1, 1);
    p.deadline = Date::new(year, 12, 31);
    p.review(
        Field::Measure,
        format!(
            "one column per year: {year}'s figure of a flow, read as what {year} produces (ytd from {year}-01-01)"
        ),
    );
}

/// A row's name and unit that make each year's figure that year's flow or work.
pub(super) fn yearly(name: &str, unit: Option<&str>) -> bool {
    year_flow_name(name, unit) || year_work(name, unit)
}

/// Verbs opening a row's name that count what a year does (`实施智能化技术改造项目  个  120  130
/// 150`, `培育…企业`, `培训…人才`, `新建5G基站`): in a by-year table each figure is that year's
/// work, as annotators read such rows (新建 21 ytd, 培育 and 实施 all ytd over the sets).
/// 建成 (a stock reached: `累计建成`) is not one.
const YEAR_WORK: &[&str] = &["实施", "培育", "培训", "完成", "建设", "举办", "开展"];

/// A count of what a year does: a name opening with a verb of additions, works or
/// [`YEAR_WORK`], in a unit of things counted, and no running total (累计, 总数, 总量).
fn year_work(name: &str, unit: Option<&str>) -> bool {
    use crate::extract::lexicon::{ADDITION_VERBS, WORKS_VERBS};
    let opens = ADDITION_VERBS
        .iter()
        .chain(WORKS_VERBS)
        .chain(YEAR_WORK)
        .any(|w| *w != "建成" && name.starts_with(w));
    opens && counted(unit) && !["累计", "总数", "总量"].iter().any(|w| name.contains(w))
}

/// The baseline of a level goal: the base-year column's figure when it is a plain one (no
/// sign, not 〔〕, not negative, at most 100 in %); a ＊ there (an estimate) is flagged.
pub(super) fn baseline(
    base: Option<&Figure>,
    cell: Option<&str>,
    unit: Option<&str>,
) -> Option<(f64, Option<String>)> {
    let b = base?;
    let ok = b.rule.is_none()
        && !b.cumulative
        && b.stretch.is_none()
        && b.value >= 0.0
        && (unit != Some("%") || b.value <= 100.0);
    if !ok {
        return None;
    }
    let estimate = cell.is_some_and(|c| c.contains(['＊', '*']));
    let note = estimate.then(|| {
        format!(
            "baseline {} is marked ＊ in the base-year column (an estimate); check",
            fmt_num(b.value)
        )
    });
    Some((b.value, note))
}

/// Does the row's name cell say its figures are running totals in a parenthesis after the
/// name (`制定修订标准（累计）`, `示范工厂（2028年起累计新创建）`)?
pub(super) fn running_name(cell: Option<&String>) -> bool {
    cell.and_then(|c| c.find('（').map(|i| &c[i..]))
        .is_some_and(|p| p.contains("累计"))
}

/// A running total in a year-by-year table (`累计完成数字化改造项目  —  800  1800  3000`):
/// each year's figure counts from 1 January of the first goal year (the table's start, as
/// such tables' notes say: `“累计”类指标为自2026年1月1日起的累计数`) to that year's end: `ytd`,
/// not a level. Only when the base-year cell holds no count (`—`, `0`): a running total with a
/// base figure (`累计建成5G基站  8650  10000`) counts from before and is the level reached
/// (heldout5 d3, t17). A rate or share (in % or ‰) stays a level.
pub(super) fn as_running_total(
    p: &mut Proposal,
    base: Option<&Figure>,
    first: i32,
    year: i32,
    running: bool,
) {
    if base.is_some_and(|b| b.value != 0.0) {
        return;
    }
    let plain = plain_level(p);
    let counted = counted(p.unit.as_deref());
    if !plain || !counted || !(running || p.name_zh.starts_with("累计")) || year < first {
        return;
    }
    p.measure = Measure::Ytd;
    p.baseline = None;
    p.start = Date::new(first, 1, 1);
    p.deadline = Date::new(year, 12, 31);
    p.review(
        Field::Measure,
        format!(
            "one column per year, a running total (累计): counted from {first}-01-01 to the end of {year}"
        ),
    );
}

/// A column titled a total of the table's years (`三年累计`, `累计`, `合计`, `2027—2029年累计`),
/// not an average rate (年均, 增长) nor the 〔累计〕 of a five-year plan's rate column.
pub(super) fn total_title(c: &str) -> bool {
    (c.contains("累计") || c.contains("合计"))
        && !["年均", "增长", "增速", "〔", "["]
            .iter()
            .any(|w| c.contains(w))
}

/// The total column's figure of a row whose year columns are each that year's flow (`新增省级
/// 智能工厂  家  8  10  12  30` under `2027年  2028年  2029年  三年累计`): what the years add,
/// summed — `ytd` from 1 January of the first year to the end of the last — when it is a
/// plain figure above every year's (a sum, not the last year's level repeated). A row of
/// stocks or rates (its years read as levels) has no such target: its `—` or figure is left.
pub(super) fn total(
    h: &Header,
    cs: &[String],
    row: &str,
    plan: Option<(i32, i32)>,
    years: &[Proposal],
) -> Option<Proposal> {
    let w = h.window.filter(|_| h.window_total)?;
    let fig = figure(cell_at(h, cs, w)?)?;
    let flows = years.len() >= 2
        && years.iter().all(|p| {
            p.measure == Measure::Ytd
                && p.start
                    .zip(p.deadline)
                    .is_some_and(|(s, d)| s.year == d.year)
        });
    let most = years
        .iter()
        .filter_map(|p| match p.goal {
            Some(crate::extract::Goal::Value(v)) => Some(v),
            _ => None,
        })
        .fold(f64::MIN, f64::max);
    if !flows || fig.cumulative || fig.value <= most {
        return None;
    }
    let first = years.iter().filter_map(|p| p.start).min()?;
    let last = years.iter().filter_map(|p| p.deadline).max()?;
    let mut one = h.clone();
    one.goal = Some((w, Some(last.year)));
    one.more_goals.clear();
    one.window = None;
    one.window_total = false;
    let mut p = super::row_proposal(&one, cs, row, plan)?;
    if !(plain_level(&p) || p.measure == Measure::Ytd) {
        return None;
    }
    p.measure = Measure::Ytd;
    p.baseline = None;
    p.start = Some(first);
    p.deadline = Some(last);
    p.id_year = None;
    p.owners = years[0].owners.clone();
    p.review(
        Field::Measure,
        format!(
            "the total column: the sum of the yearly figures, counted from {} to {}",
            first, last
        ),
    );
    Some(p)
}
