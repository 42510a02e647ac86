//! Precision in reports that weigh work against its goals (round 17 B: a township's year-end
//! summary, a 人大常委会's 执法检查报告): a clause stating how far a goal is from being met
//! (`离今年年底前完成整治的要求差距较大`, `距目标还差7.2个百分点`) is a finding, no goal; an
//! item's heading (`（六）维护和谐稳定。深化网格化管理，…`) names the topic of the work that
//! follows it, no goal in words.

use super::clauses::Sentence;
use super::lexicon::contains_any;

/// Words stating a shortfall against a goal or a requirement. (Not `差距` alone: `城乡区域
/// 发展差距显著缩小` is a goal.) Over every annotated set, the clauses holding them were never
/// annotated a target (7 none, 12 left out; the one target holding 差距 is `…差距显著缩小`).
const SHORTFALL: &[&str] = &[
    "差距较大",
    "差距明显",
    "差距很大",
    "存在差距",
    "有差距",
    "有较大差距",
    "还差",
    "尚差",
    "仍差",
    // What is still undone, said in a speech (`全年要改造的80个小区，还有34个没有开工`, round 24
    // A): 没有 states a fact; a goal names the undone with 未 / 尚未 (`尚未开工的项目…全部开工`).
    "没有开工",
    "没有动工",
    "没有完工",
    "没有完成",
    "没有落地",
];

/// Does the clause `cl` state a shortfall against a goal?
pub(super) fn states_shortfall(cl: &[char]) -> bool {
    contains_any(cl, SHORTFALL)
}

/// The longest item heading, in characters after its mark (`（五）安全环保形势总体平稳`: 10).
const MAX_HEADING: usize = 12;

/// Is the sentence `s` an item's heading: one clause opening with a list mark (`（六）`,
/// `六、`, `6．`), a few words, its full stop, and the item's text following on the same
/// line? (A one-sentence item standing on its own line, `5．安全生产形势持续稳定。`, is the
/// goal itself.)
pub(super) fn item_heading(n: &[char], s: &Sentence) -> bool {
    let [c] = s.clauses.as_slice() else {
        return false;
    };
    let cl = &n[c.start..c.end];
    let mark = list_mark_len(cl);
    if mark == 0 || cl.len() - mark > MAX_HEADING {
        return false;
    }
    let mut k = c.end;
    while n.get(k).is_some_and(|ch| matches!(ch, '。' | ' ' | '　')) {
        k += 1;
    }
    k > c.end && n.get(k).is_some_and(|ch| *ch != '\n' && *ch != '\r')
}

/// The length of a list mark opening `cl`: `（六）`, `(6)`, `六、`, or an item's number.
pub(crate) fn list_mark_len(cl: &[char]) -> usize {
    let numeral = |ch: char| "一二三四五六七八九十".contains(ch) || ch.is_ascii_digit();
    if matches!(cl.first(), Some('（' | '(')) {
        return super::items::bracketed_number_len(cl, numeral);
    }
    let k = cl.iter().take_while(|&&ch| numeral(ch)).count();
    if k > 0 && k <= 3 && cl.get(k) == Some(&'、') {
        return k + 1;
    }
    super::items::item_number_len(cl)
}
