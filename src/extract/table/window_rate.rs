//! A plan's table with a 年均增长 column beside its goal-year column (`指标  单位  2025年
//! 2030年  年均增长（%）  属性`): a quantity's row (`地区生产总值  亿元  4860  6500  6左右`)
//! states two goals, the level its goal year is to reach and the average annual growth that
//! gets it there, as the plan's prose states both (`地区生产总值年均增长6%左右，到2030年达到
//! 6500亿元`). The goal column's level is read as before; the 年均 cell is a second target:
//! growth over the window, averaged. A rate or a share (unit %), a fall (…降低), a row whose
//! 年均 cell holds a sum (〔〕) or nothing, and a window of one year give no second target.

use super::super::{Field, Goal, Measure, Rule, fmt_num};
use super::{FALL, Figure, Header, cell_at, figure};
use crate::extract::Date;
use crate::extract::draft::Proposal;

/// Does a column title name an average annual rate (`年均增长（%）`, `年均增速`, `年均/累计`)?
pub(super) fn is_mean_title(c: &str) -> bool {
    c.contains("年均")
}

/// The row's second target from its 年均 cell, given the goal column's proposal `p`.
pub(super) fn also(h: &Header, cs: &[String], p: &Proposal) -> Option<Proposal> {
    let (w, (g, _)) = (h.window.filter(|_| h.window_mean)?, h.goal?);
    if w == g || cell_at(h, cs, g).and_then(|c| figure(c)).is_none() {
        return None;
    }
    let fig = figure(cell_at(h, cs, w)?)?;
    let quantity = quantity(p.unit.as_deref());
    let plain = p.measure == Measure::Level
        && p.aggregate.is_none()
        && matches!(p.goal, Some(Goal::Value(_)))
        && !p.assessed
        && p.of.is_none();
    let years = matches!((p.start, p.deadline), (Some(a), Some(d)) if a.year < d.year);
    if !quantity || !plain || !years || fig.cumulative || FALL.iter().any(|f| p.name_zh.contains(f))
    {
        return None;
    }
    let mut q = mean_growth(&p.name_zh, &fig, &p.quote, (p.start, p.deadline));
    q.class = p.class;
    q.owners = p.owners.clone();
    Some(q)
}

/// Is a unit a quantity's (亿元, 个), not a rate's or a share's (%, ‰, 百分点)?
fn quantity(unit: Option<&str>) -> bool {
    unit.is_some_and(|u| !(u.is_empty() || u == "%" || u == "‰" || u.contains("百分点")))
}

/// A quantity's row whose goal-year cell is empty or `—` and whose 年均 cell holds a rate
/// (`软件业务收入  亿元  2150  —  ＞12%`): the rate is the row's one goal, the average annual
/// growth over the window (never a level of 12 亿元), its `%` written in the cell or not
/// (`＞３` under `年均增长（％）`: the goal column is the level's). Only a cell with no
/// 〔〕 sum, a window of more than one year, and no fall in the name.
pub(super) fn only(
    h: &Header,
    cs: &[String],
    name: &str,
    unit: Option<&str>,
    quote: &str,
    window: (Option<Date>, Option<Date>),
) -> Option<Proposal> {
    let w = h.window.filter(|_| h.window_mean)?;
    if h.goal
        .is_some_and(|(g, _)| g == w || cell_at(h, cs, g).and_then(|c| figure(c)).is_some())
    {
        return None;
    }
    let cell = cell_at(h, cs, w)?;
    let fig = figure(cell)?;
    let years = matches!(window, (Some(a), Some(d)) if a.year < d.year);
    if fig.cumulative || !quantity(unit) || !years || FALL.iter().any(|f| name.contains(f)) {
        return None;
    }
    Some(mean_growth(name, &fig, quote, window))
}

/// The average annual growth over the window a 年均 cell's figure states, named after the row.
fn mean_growth(
    name: &str,
    fig: &Figure,
    quote: &str,
    window: (Option<Date>, Option<Date>),
) -> Proposal {
    let mut q = super::rate::rate_proposal(format!("{name}年均增长"), fig, quote.to_string());
    q.aggregate = Some("average");
    let mut notes = vec![(
        Field::Target,
        format!(
            "the 年均 column's {}%: the average annual growth over the window, a second target of the row beside its goal-year level",
            fmt_num(fig.value)
        ),
    )];
    if fig.rule.is_none() {
        notes.push((
            Field::Rule,
            "no rule word in the cell; read as at-least".into(),
        ));
    }
    if q.rule == Rule::About {
        notes.push((
            Field::Tolerance,
            "missing tolerance: required with about".into(),
        ));
    }
    q.place(window, notes);
    q
}
