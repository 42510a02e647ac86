//! A figure that picks out the group a measure applies to (round 20 E): `对群众满意度低于
//! 90%的项目，由牵头单位…作出书面说明`, `对营业收入首次突破50亿元、100亿元的企业给予梯度奖励`,
//! `对指标完成率低于80%的区进行约谈`. A clause opening with 对 whose figure is followed by 的
//! (a describer of the noun after it) sets a threshold for a reward, a talk or a report, never
//! a goal. Over every annotated set, the 7 such clauses hold no target (one in `none`).

/// Characters that may stand between a figure and its 的: a unit, a magnitude, a rule word.
const BETWEEN: &str = "%万亿元以上下内千百个家人户";

/// Does clause `cl` (folded text) open with 对 and hold a figure described by 的 after it?
pub(super) fn group_threshold(cl: &[char]) -> bool {
    if cl.first() != Some(&'对') {
        return false;
    }
    cl.iter().enumerate().any(|(k, &c)| {
        c == '的'
            && cl[k.saturating_sub(6)..k]
                .iter()
                .rev()
                .find(|c| !BETWEEN.contains(**c))
                .is_some_and(char::is_ascii_digit)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_clause_picking_out_a_group_by_a_figure_is_a_threshold() {
        assert!(group_threshold(&chars("对群众满意度低于90%的项目")));
        assert!(group_threshold(&chars(
            "对营业收入首次突破50亿元、100亿元的企业给予梯度奖励"
        )));
        assert!(!group_threshold(&chars("对标先进地区，新建幼儿园25所")));
        assert!(!group_threshold(&chars("群众满意度达到95%以上的目标")));
    }
}
