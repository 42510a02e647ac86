//! A figure that picks out the group a measure applies to (round 20 E): `对群众满意度低于
//! 90%的项目，由牵头单位…作出书面说明`, `对营业收入首次突破50亿元、100亿元的企业给予梯度奖励`,
//! `对指标完成率低于80%的区进行约谈`. A clause opening with 对 whose figure is followed by 的
//! (a describer of the noun after it) sets a threshold for a reward, a talk or a report, never
//! a goal. Over every annotated set, the 7 such clauses hold no target (one in `none`).
//! The one test of such an opening for both callers (`group_threshold`, `reward_condition`,
//! round 21: review 19 item 4).

use super::lexicon::{find, starts_with_at};
use crate::extract::lexicon::is_digit;

/// Characters that may stand between a figure and its 的: a unit, a magnitude, a rule word.
const BETWEEN: &str = "%万亿元以上下内千百个家人户";

/// Words of comparison that make a figure a threshold (`低于90%`, `突破50亿元`): a figure
/// without one (`对全市5000家以上的规上企业开展数字化诊断`) counts the scope of a measure
/// (round 21: review 19 item 9). A cap after the figure (`1000万元以下的`) also compares.
const COMPARING: &[&str] = &[
    "低于", "高于", "突破", "超过", "达到", "不足", "不到", "少于", "多于", "大于", "小于",
];

/// How far from a figure its award is looked for (`reward_condition`), in characters.
const NEAR: usize = 40;

/// Where clause `n[from..end]` opens with 对, after a list mark at most (`2．对…`).
fn opens_with_dui(n: &[char], from: usize, end: usize) -> Option<usize> {
    let end = end.min(n.len());
    (from..end.min(from + 5))
        .find(|&k| {
            !matches!(
                n[k],
                '0'..='9'
                    | '．'
                    | '.'
                    | '、'
                    | '（'
                    | '）'
                    | '('
                    | ')'
                    | '一'
                    | '二'
                    | '三'
                    | '四'
                    | '五'
                    | '六'
                    | '七'
                    | '八'
                    | '九'
                    | '十'
            )
        })
        .filter(|&k| starts_with_at(n, k, "对"))
}

/// Does clause `n[from..end]` open with 对 and hold a figure described by 的 after it, the
/// figure compared (`COMPARING`)?
pub(super) fn group_threshold(n: &[char], from: usize, end: usize) -> bool {
    let Some(dui) = opens_with_dui(n, from, end) else {
        return false;
    };
    let cl = &n[dui..end.min(n.len())];
    cl.iter().enumerate().any(|(k, &c)| {
        if c != '的' {
            return false;
        }
        let near = &cl[k.saturating_sub(6)..k];
        let Some(d) = near.iter().rposition(|c| !BETWEEN.contains(*c)) else {
            return false;
        };
        if !near[d].is_ascii_digit() {
            return false;
        }
        let digit = k.saturating_sub(6) + d;
        let start = cl[..digit]
            .iter()
            .rposition(|c| !c.is_ascii_digit() && *c != '.')
            .map_or(0, |p| p + 1);
        let capped = near[d + 1..]
            .windows(2)
            .any(|w| w == ['以', '下'] || w == ['以', '内']);
        capped || COMPARING.iter().any(|w| find(&cl[..start], w, 0).is_some())
    })
}

/// Is the figure at `..at` a condition of a policy's award (`对营业收入首次突破50亿元、100亿元
/// 的企业给予梯度奖励`): the clause (`from..end`) opens with 对 and 给予 follows the figure in
/// it? What is rewarded is a threshold a firm passes, not a goal of the text (round 12).
pub(super) fn reward_condition(n: &[char], from: usize, at: usize, end: usize) -> bool {
    opens_with_dui(n, from, end).is_some()
        && at < end
        && find(&n[at..end.min(at + NEAR).min(n.len())], "给予", 0).is_some()
}

/// Strict words of comparison for `compared_class` (`超过`, `低于`; 不低于 ends in 低于): not
/// 达到 / 突破, which reach a goal (`达到95%的目标`).
const STRICTLY: &[&str] = &[
    "低于", "高于", "超过", "不足", "不到", "少于", "多于", "大于", "小于",
];

/// Nouns by which a text names the figure before them as its goal (`…达到95%的目标`).
const GOAL_NOUNS: &[&str] = &["目标", "任务", "指标", "水平"];

/// Is the figure `start..end` (its number, unit and qualifier) a threshold picking out a case
/// inside clause `from..to` (`数据偏差超过5%的须书面说明原因`, `完成比例低于60%的不得分`,
/// `完成率低于80%的部门，其负责人…`)? A name, then a strict word of comparison right before
/// the figure, 的 right after it, no goal noun after 的 and no other figure after it in the
/// clause (`年产量超过20万辆的整车企业3家` counts firms: the count is the goal). Over every
/// annotated set (round 22 D) the 10 such figures hold no target; a clause opening with the
/// word (`超过90%的村…`, a share reached) is not one.
pub(super) fn compared_class(n: &[char], from: usize, start: usize, end: usize, to: usize) -> bool {
    let to = to.min(n.len());
    if end >= to || n[end] != '的' {
        return false;
    }
    let Some(w) = STRICTLY
        .iter()
        .find(|w| super::lexicon::ends_with_at(n, start, w))
    else {
        return false;
    };
    let word_start = start - w.chars().count();
    if word_start <= from {
        return false;
    }
    // (A name stands before the word: the character before it opens no clause. Only that
    // character is read, not the clause back to its opening; review 20, finding 10.)
    let named = !matches!(n[word_start - 1], '，' | ',' | '；' | ';' | '：' | ':');
    named
        && !GOAL_NOUNS.iter().any(|g| starts_with_at(n, end + 1, g))
        && !n[end + 1..to].iter().any(|c| is_digit(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn threshold(s: &str) -> bool {
        let c = chars(s);
        group_threshold(&c, 0, c.len())
    }

    #[test]
    fn a_clause_picking_out_a_group_by_a_figure_is_a_threshold() {
        assert!(threshold("对群众满意度低于90%的项目"));
        assert!(threshold("2．对群众满意度低于90%的项目"));
        assert!(threshold(
            "对营业收入首次突破50亿元、100亿元的企业给予梯度奖励"
        ));
        assert!(threshold("对单户授信1000万元以下的小微企业贷款"));
        assert!(!threshold("对标先进地区，新建幼儿园25所"));
        assert!(!threshold("群众满意度达到95%以上的目标"));
        assert!(!threshold("对全市5000家以上的规上企业开展数字化诊断"));
    }

    fn compared(s: &str, fig: &str) -> bool {
        let c = chars(s);
        let at = s.find(fig).map_or(0, |b| s[..b].chars().count());
        compared_class(&c, 0, at, at + fig.chars().count(), c.len())
    }

    #[test]
    fn a_figure_compared_before_de_picks_out_a_case() {
        assert!(compared("数据偏差超过5%的须书面说明原因", "5%"));
        assert!(compared("完成比例低于60%的不得分", "60%"));
        assert!(compared("群众满意度测评不低于90分的方可认定为完成", "90分"));
        assert!(!compared("培育年产量超过20万辆的整车企业3家", "20万辆"));
        assert!(!compared("超过90%的村实现全覆盖", "90%"));
        assert!(!compared("处置率达到95%的目标", "95%"));
        assert!(!compared("智能算力占比超过60%", "60%"));
    }
}
