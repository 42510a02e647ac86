//! A year's goals labelled in a sentence of their own (`（一）2027年目标。政务服务事项一网通办率
//! 达到92%以上；企业开办时间压缩至0.5个工作日以内；…`, then `（二）2029年目标。…`): the label
//! names the year the rest of its paragraph is due by, as `到2027年，` opening the paragraph
//! would; without it those figures took the plan's last year (round 18 C: heldout18b, 4 of 4
//! such figures annotated with the label's year).

use super::{WinKind, Window};

/// The words a label may end with after its year.
const GOAL_WORDS: &[&str] = &[
    "目标",
    "主要目标",
    "工作目标",
    "发展目标",
    "阶段目标",
    "预期目标",
];

/// The year of a sentence `n[start..end]` that is only a goal label: an optional ordinal
/// (`（一）`, `1．`), one window naming a year, a goal word, closing punctuation.
pub(super) fn label_year(n: &[char], start: usize, end: usize, wins: &[Window]) -> Option<i32> {
    let [w] = wins else { return None };
    let y = match w.kind {
        WinKind::Year(y) | WinKind::By(y) => y,
        _ => return None,
    };
    let ordinal = |c: &char| {
        c.is_whitespace() || c.is_ascii_digit() || "（）()、.．一二三四五六七八九十到".contains(*c)
    };
    let before = n.get(start..w.pos)?;
    if before.len() > 6 || !before.iter().all(ordinal) {
        return None;
    }
    let mut rest: &[char] = n.get(w.end..end)?;
    while let Some((last, head)) = rest.split_last() {
        if last.is_whitespace() || "。：:；".contains(*last) {
            rest = head;
        } else {
            break;
        }
    }
    let rest: String = rest.iter().collect();
    GOAL_WORDS.contains(&rest.as_str()).then_some(y)
}
