//! The second half's share of the year's goal (round 11: mid-year parts of reports).
//!
//! `下半年，还要新增规上工业企业80家以上、城镇新增就业1.8万人，确保全年新增规上工业企业150家、
//! 城镇新增就业3.96万人`: the second half's figures are what is left of the year's goals
//! stated in the same sentence, in the same units. The spec tracks the year's goal; the
//! half's figure is no goal of its own (as a balance after the goal is not:
//! `balance_of_goal` in `mod.rs`).

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
/// Bounded by the sentence's proposals.
pub(super) fn drop_parts_of_the_year(props: &mut Vec<Proposal>, from: usize) {
    let from = from.min(props.len());
    let sentence = &props[from..];
    let part: Vec<bool> = sentence
        .iter()
        .map(|p| {
            p.measure == Measure::Ytd
                && second_half(p.start, p.deadline).is_some_and(|y| {
                    sentence.iter().any(|q| {
                        q.measure == Measure::Ytd
                            && q.unit == p.unit
                            && whole_year(q.start, q.deadline, y)
                    })
                })
        })
        .collect();
    if !part.contains(&true) {
        return;
    }
    let mut k = 0;
    props.retain(|_| {
        let i = k;
        k += 1;
        i < from || !part[i - from]
    });
}
