//! A result verb followed by the perfective 了 (`改厕完成了1260户`, `18个村全部达标了`,
//! `增长了5.8%`): a thing done, reported, never a goal. Over every annotated set no target's
//! clause holds a 了 at all, while the `none` lists quote 24 pieces with such a verb and 了
//! (达到了, 完成了, 增长了, 突破了, 提高了, 建成了, 达标了 …; round 18 A).

/// Verbs whose 了 reports a result.
const RESULT_VERBS: &[&str] = &[
    "完成", "达到", "实现", "达标", "增长", "提高", "突破", "建成", "新增", "超过", "下降", "减少",
    "增加", "提升", "降低", "开通", "新建", "改造", "投产", "竣工", "开工", "引进", "签约", "培育",
    "创建", "扩大", "到位", "压减", "装",
];

/// The position of the first 了 in `n[start..end]` right after a result verb: what the
/// sentence says from there on, it reports as done.
pub(super) fn first_result_done(n: &[char], start: usize, end: usize) -> Option<usize> {
    let end = end.min(n.len());
    (start..end).find(|&k| {
        n[k] == '了'
            && RESULT_VERBS.iter().any(|v| {
                let len = v.chars().count();
                k >= start + len && v.chars().eq(n[k - len..k].iter().copied())
            })
    })
}
