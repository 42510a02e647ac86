//! The second half's share of the year's goal (round 11: mid-year parts of reports).
//!
//! `下半年，还要新增规上工业企业80家以上、城镇新增就业1.8万人，确保全年新增规上工业企业150家、
//! 城镇新增就业3.96万人`: the second half's figures are what is left of the year's goals
//! stated in the same sentence, in the same units. The spec tracks the year's goal; the
//! half's figure is no goal of its own (as a balance after the goal is not:
//! `balance_of_goal` in `mod.rs`).

use std::collections::HashSet;

use super::draft::Proposal;
use super::{Date, Measure};

/// Is the window `start`..`deadline` the second half of a year (1 July to 31 December)?
fn second_half(start: Option<Date>, deadline: Option<Date>) -> Option<i32> {
    let (s, d) = (start?, deadline?);
    (s.year == d.year && (s.month, s.day) == (7, 1) && (d.month, d.day) == (12, 31))
        .then_some(s.year)
}

/// Is the window the whole year `y`?
fn whole_year(start: Option<Date>, deadline: Option<Date>, y: i32) -> bool {
    start == Date::new(y, 1, 1) && deadline == Date::new(y, 12, 31)
}

/// Drop, among the proposals of one sentence (`props[from..]`), a flow over the second half
/// of a year when the same sentence drafts a flow over that whole year in the same unit.
/// Linear in the sentence's proposals (the whole years are gathered first).
///
/// `marks` (a clause's start and the number of proposals before it) are moved back by the
/// proposals dropped before each, so they still count the proposals that are kept.
pub(super) fn drop_parts_of_the_year(
    props: &mut Vec<Proposal>,
    from: usize,
    marks: &mut [(usize, usize)],
) {
    let from = from.min(props.len());
    let sentence = &props[from..];
    if !sentence
        .iter()
        .any(|p| p.measure == Measure::Ytd && second_half(p.start, p.deadline).is_some())
    {
        return;
    }
    let wholes: HashSet<(i32, Option<&str>)> = sentence
        .iter()
        .filter(|q| q.measure == Measure::Ytd)
        .filter_map(|q| {
            let y = q.start?.year;
            whole_year(q.start, q.deadline, y).then_some((y, q.unit.as_deref()))
        })
        .collect();
    let part: Vec<bool> = sentence
        .iter()
        .map(|p| {
            // A breakdown of the year's figure (`…150家，其中下半年新增不少于90家`) is a
            // target of its own, a floor on the half inside the year (round 12).
            p.measure == Measure::Ytd
                && !p.quote.starts_with("其中")
                && second_half(p.start, p.deadline)
                    .is_some_and(|y| wholes.contains(&(y, p.unit.as_deref())))
        })
        .collect();
    for m in marks.iter_mut() {
        let before = m.1.saturating_sub(from).min(part.len());
        m.1 -= part[..before].iter().filter(|&&d| d).count();
    }
    let mut k = 0;
    props.retain(|_| {
        let i = k;
        k += 1;
        i < from || !part[i - from]
    });
}
