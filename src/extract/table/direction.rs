//! A goal cell that is a direction and nothing else (`持续提高`, `稳步提升`, `持续下降`) on
//! a ratio, rate or share: the level must rise / fall from its base, with no figure.

use super::super::{Field, Measure, Rule, lexicon};
use crate::extract::draft::Proposal;

/// `rule = "rises"` / `"falls"` with no value, when the whole cell is a direction word.
pub(super) fn goal(name: &str, cell: &str, unit: Option<&str>, row: &str) -> Option<Proposal> {
    let t = cell.trim();
    // A ratio, rate or share (…率, 占比, 比重, 寿命 …) has a level to rise or fall from; a
    // count (`行车事故起数  持续下降`) stays a goal a person assesses.
    let name = name.trim();
    if !lexicon::LEVEL_INDICATOR_ENDS
        .iter()
        .any(|w| name.ends_with(w))
    {
        return None;
    }
    let rule = if lexicon::RISES_WORDS.contains(&t) {
        Rule::Rises
    } else if lexicon::FALLS_WORDS.contains(&t) && !t.contains("负增长") {
        Rule::Falls
    } else {
        return None;
    };
    let mut p = Proposal::new(
        name.trim().to_string(),
        Measure::Level,
        rule,
        row.trim().to_string(),
    );
    p.unit = unit.map(String::from);
    let way = if rule == Rule::Falls { "fall" } else { "rise" };
    p.review(
        Field::Goal,
        format!("a direction, no number ({t}): the level must {way} from its baseline"),
    );
    Some(p)
}
