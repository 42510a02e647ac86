//! A goal stated twice in the same words: a plan's 主要目标 paragraph and, further on, its
//! 指标说明 section repeating a sentence of it (`地区生产总值年均增长6%左右，主要考虑…`). The
//! second is the same target: only the first proposal is kept. Same words means the same
//! quote, measure, rule, goal, unit and deadline; a figure restated with other words (a
//! table row, another sentence) is left to `twice`, which notes both.

use std::collections::HashSet;

use super::draft::Proposal;

/// Drops each prose proposal that repeats an earlier one word for word (a set of keys:
/// linear in the number of proposals).
pub(super) fn drop_repeats(props: &mut Vec<Proposal>) {
    let mut seen = HashSet::new();
    props.retain(|p| {
        seen.insert((
            p.quote.clone(),
            p.measure.as_str(),
            format!(
                "{:?} {:?} {:?} {:?} {:?} {:?} {}",
                p.rule, p.goal, p.unit, p.aggregate, p.start, p.deadline, p.assessed
            ),
        ))
    });
}
