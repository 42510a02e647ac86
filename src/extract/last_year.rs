//! 去年 inside a clause (`东岚整车基地二期去年10月正式投产`, `…市人社局表示，去年全市共引进…
//! 326名`): what the clause tells was done last year, never a goal. Over every annotated set,
//! the 22 clauses holding 去年 (not as a base) hold no target (round 16).

use super::lexicon;
use crate::extract::lexicon::is_digit;

/// Words before 去年 that make it a base or a peer (`比去年增长10%`, `较去年提前两个月`).
const BASE_BEFORE: &[&str] = &["比", "较", "与", "同", "于", "超过", "高于", "低于", "在"];

/// Does `before` (a clause up to its figure or verb) date what follows by last year?
pub fn dated_last_year(before: &[char]) -> bool {
    let mut from = 0;
    while let Some(p) = lexicon::find(before, "去年", from) {
        let base = BASE_BEFORE
            .iter()
            .any(|w| lexicon::ends_with_at(before, p, w));
        // (去年同期, 去年水平: a base named after it.)
        let after_base = ["同期", "水平", "基础"]
            .iter()
            .any(|w| lexicon::starts_with_at(before, p + 2, w));
        if !base && !after_base && !describes_object(before, p + 2) {
            return true;
        }
        from = p + 2;
    }
    false
}

/// Does 去年 at `from` open a describer of the object (`完成去年结转的保障性住房1200套`,
/// `去年开工的市体育中心项目建成投用`): a short phrase of its own (at most 5 characters, no
/// punctuation) closed by 的? Then the clause's goal is now, on a thing begun last year.
/// Not when a figure follows the 的 (`去年发放的6.5亿元创业担保贷款带动就业2.9万人`, a 民生实事
/// notice restating last year's): the figure is what last year did (round 20 E).
fn describes_object(before: &[char], from: usize) -> bool {
    let rest = before.get(from..).unwrap_or_default();
    rest.iter()
        .take(6)
        .take_while(|c| !"，,。；;、：:".contains(**c))
        .position(|&c| c == '的')
        .is_some_and(|k| rest.get(k + 1).is_some_and(|c| !c.is_ascii_digit()))
}

/// Openings of a clause comparing the figure before it with last year's (`…达到4.7万人，比去年
/// 增加3100人`, `…较上年提高0.3个百分点`).
const CHANGE_OPENINGS: &[&str] = &["比去年", "比上年", "较去年", "较上年"];

/// Verbs of change after such an opening (同期 may stand between).
const CHANGES: &[&str] = &[
    "增加", "增长", "提高", "减少", "下降", "降低", "上升", "多", "少", "缩小", "扩大",
];

/// Does the clause `n[from..at]` (up to its figure) open with a change from last year, right
/// after a clause of the same sentence holding a figure (`今年我市高校毕业生预计达到4.7万人，
/// 比去年增加3100人`)? It tells how far the figure before moved, a result or a forecast, never
/// a goal of its own: over every annotated set (round 22 D) the 22 such prose clauses hold no
/// target. (One inside its clause, `死亡人数较上年下降10%以上`, is a goal and not this.)
pub fn change_from_last_year(n: &[char], from: usize, at: usize) -> bool {
    let at = at.min(n.len());
    let Some(open) = (from..at).find(|&k| !n[k].is_whitespace()) else {
        return false;
    };
    let Some(w) = CHANGE_OPENINGS
        .iter()
        .find(|w| lexicon::starts_with_at(n, open, w))
    else {
        return false;
    };
    let mut verb = open + w.chars().count();
    if lexicon::starts_with_at(n, verb, "同期") {
        verb += 2;
    }
    let comma = open > 0 && matches!(n[open - 1], '，' | ',');
    // The clause before, back to its own opening (at most 60 characters looked at).
    let figure_before = n[open.saturating_sub(61)..open.saturating_sub(1)]
        .iter()
        .rev()
        .take_while(|c| !"，,。；;：:\n".contains(**c))
        .any(|c| is_digit(*c));
    comma && figure_before && CHANGES.iter().any(|c| lexicon::starts_with_at(n, verb, c))
}
