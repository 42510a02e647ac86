//! A plan report's table of the year's main indicators with a growth column after the goal
//! column (`指标  单位  2026年预计  2027年目标  增长（%）`): the goal column holds the level a
//! quantity is to reach (GDP in 亿元, revenue, income in 元), the growth column the rate the
//! report sets for it (`5.5左右`). The rate is the target the report's prose list states
//! (地区生产总值增长5.5%左右), the level only that rate applied to the year's estimate (and at
//! current prices where the rate is at comparable ones): where the growth cell holds a figure,
//! the row's target is that growth. A row whose growth cell is `—` (a rate or a share, a
//! count such as 城镇新增就业) keeps its goal column.

use super::super::{Field, Goal, Measure, Rule, fmt_num};
use super::Figure;
use crate::extract::draft::Proposal;

/// Does a column title name a year's growth (`增长（%）`, `增速`, `比上年增长%`, `增幅`), not
/// a rate over several years (年均, 累计: the window column)?
fn is_growth_title(c: &str) -> bool {
    ["增长", "增速", "增幅"].iter().any(|w| c.contains(w))
        && !["年均", "累计", "指标", "名称"]
            .iter()
            .any(|w| c.contains(w))
        && c.chars().count() <= 12
}

/// Is the goal column itself titled a growth (`全年计划（增长）`, `2027年目标（增速）`, a plan
/// report's 增速指标 table with the 增长 wrapped under every title)? Its figures in % are the
/// rates the year is to grow by, not levels (nineteenth set's o1, round 29 A).
pub(super) fn goal_titled_growth(cs: &[String], goal: Option<(usize, Option<i32>)>) -> bool {
    goal.and_then(|(g, _)| cs.get(g))
        .is_some_and(|c| is_growth_title(c) && !is_actual_title(c))
}

/// Does a column title name a year's actual result (`2028年完成`, `2028年实际`, `上年快报`),
/// not an estimate (`2026年预计`, `预计完成`)?
fn is_actual_title(c: &str) -> bool {
    ["完成", "实际", "快报", "执行数"]
        .iter()
        .any(|w| c.contains(w))
        && !c.contains("预计")
        && c.chars().count() <= 12
}

/// The growth column right after the goal column, if the header has one. Not where the
/// column before the goal is the past year's actual result (an enterprise's 经营指标 table,
/// `2028年完成  2029年目标  增长%`): there the growth is only the goal over the actual, worked
/// out (its note says so), and the goal column's figure is the target.
pub(super) fn column(cs: &[String], goal: Option<(usize, Option<i32>)>) -> Option<usize> {
    let (g, _) = goal?;
    if g.checked_sub(1)
        .and_then(|b| cs.get(b))
        .is_some_and(|c| is_actual_title(c))
    {
        return None;
    }
    growth_after(cs, g)
}

/// The growth column right after column `g`, if its title says growth (`增长%`).
fn growth_after(cs: &[String], g: usize) -> Option<usize> {
    cs.get(g + 1).filter(|c| is_growth_title(c)).map(|_| g + 1)
}

/// The growth column right after a budget table's 预算数 column (`2026年执行数  2027年预算数
/// 增长%`). Unlike an enterprise's 完成 / 目标 table ([`column`]), a budget states both: the
/// report's prose sets each line's amount and its growth (税收收入14.22亿元，增长6%), and the
/// congress approves the two, so the rate is a second target of the row (round 31 A).
pub(super) fn budget_column(cs: &[String], goal: Option<(usize, Option<i32>)>) -> Option<usize> {
    growth_after(cs, goal?.0)
}

/// A budget row's growth beside its amount `p` (a ytd target): the rate the growth cell
/// holds, due when the amount is, bounded the way the amount is (a revenue line's floor, a
/// spending line's ceiling) unless the cell says otherwise.
pub(super) fn budget_growth(p: &Proposal, fig: &Figure) -> Proposal {
    let mut q = rate_proposal(format!("{}增长", p.name_zh), fig, p.quote.clone());
    if fig.rule.is_none() {
        q.rule = p.rule;
    }
    q.class = p.class;
    q.owners = p.owners.clone();
    q.place(
        (p.start, p.deadline),
        vec![(
            Field::Target,
            format!(
                "the budget's growth column ({}%): a second target of the row beside its amount",
                fmt_num(fig.value)
            ),
        )],
    );
    q
}

/// A growth rate in % named `name` with a rate cell's figure as its goal: the rule the cell
/// gives (at least by default), a range, a stretch on a floor.
pub(super) fn rate_proposal(name: String, fig: &Figure, quote: String) -> Proposal {
    let rule = fig.rule.unwrap_or(Rule::AtLeast);
    let mut p = Proposal::new(name, Measure::Growth, rule, quote);
    p.unit = Some("%".into());
    p.goal = Some(match (rule, fig.high) {
        (Rule::Between, Some(hi)) => Goal::Between(fig.value, hi),
        _ => Goal::Value(fig.value),
    });
    if matches!(rule, Rule::AtLeast | Rule::MoreThan) {
        p.stretch = fig.stretch;
    }
    p
}

/// The row's target when its growth cell holds a figure and the indicator is a quantity
/// (its unit is not `%`): the year's growth, in %. A row in `%` whose goal cell holds no
/// figure (`规模以上工业增加值  %  —  —  6.5以上`) is a quantity given by its growth alone,
/// unless its name is a ratio's (率, 比重, 强度 …: its change in points is no growth).
pub(super) fn growth_goal(
    name: &str,
    unit: Option<&str>,
    fig: &Figure,
    row: &str,
    goal_empty: bool,
) -> Option<Proposal> {
    let in_percent = unit.is_some_and(|u| u == "%" || u == "‰" || u.contains("百分点"));
    let growth_only = goal_empty && unit == Some("%") && !is_ratio_name(name);
    if (in_percent && !growth_only) || fig.cumulative {
        return None;
    }
    let mut p = rate_proposal(format!("{name}增长"), fig, row.trim().to_string());
    if !growth_only {
        p.review(
            Field::Target,
            format!(
                "the growth column's rate ({}%) is the row's target; the goal column's level is that rate applied to the base figure",
                fmt_num(fig.value)
            ),
        );
    }
    if fig.rule.is_none() {
        p.review(
            Field::Rule,
            "no rule word in the cell; read as at-least".into(),
        );
    }
    Some(p)
}

/// A ratio's name (a rate, a share, an intensity, an index, a price change): its figure in
/// `%` is a level, not a growth.
fn is_ratio_name(name: &str) -> bool {
    [
        "率", "比重", "占比", "比例", "强度", "指数", "系数", "价格", "涨幅", "增速", "增长", "占",
    ]
    .iter()
    .any(|w| name.contains(w))
}
