//! 去年 inside a clause (`东岚整车基地二期去年10月正式投产`, `…市人社局表示，去年全市共引进…
//! 326名`): what the clause tells was done last year, never a goal. Over every annotated set,
//! the 22 clauses holding 去年 (not as a base) hold no target (round 16).

use super::lexicon;

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
