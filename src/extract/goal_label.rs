//! A year's goals labelled in a sentence of their own (`（一）2027年目标。政务服务事项一网通办率
//! 达到92%以上；企业开办时间压缩至0.5个工作日以内；…`, then `（二）2029年目标。…`): the label
//! names the year the rest of its paragraph is due by, as `到2027年，` opening the paragraph
//! would; without it those figures took the plan's last year (round 18 C: heldout18b, 4 of 4
//! such figures annotated with the label's year).
//!
//! A three-year plan's 分年度目标 label each year with a motto instead (`2028年：夯实基础。全省
//! 高新技术企业数量达到9300家以上，…`, then `2029年：提质扩量。…`): the year, a colon and a few
//! words with no figure make the same label (round 30 D: t161).

use super::numbers::is_cjk;
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

/// The longest motto a year's label may carry after its colon (`2028年：夯实基础。`).
const MOTTO_MAX: usize = 8;

/// The year of a sentence `n[start..end]` that is only a goal label: an optional ordinal
/// (`（一）`, `1．`), one window naming a year, a goal word or a colon and a motto of at most
/// `MOTTO_MAX` Chinese characters, closing punctuation.
/// A motto labels a year of the plan: one at or after the text's own year `from` (not a
/// review of a past year, `2025年：受疫情影响。`, review 25).
pub(super) fn label_year(
    n: &[char],
    start: usize,
    end: usize,
    wins: &[Window],
    from: Option<i32>,
) -> Option<i32> {
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
    if let Some((colon, motto)) = rest.split_first()
        && "：:".contains(*colon)
    {
        let motto_only = (2..=MOTTO_MAX).contains(&motto.len())
            && motto.iter().all(|&c| is_cjk(c))
            && motto.first() != Some(&'受')
            && from.is_none_or(|d| y >= d);
        return motto_only.then_some(y);
    }
    let rest: String = rest.iter().collect();
    GOAL_WORDS.contains(&rest.as_str()).then_some(y)
}
