//! A goal in a unit of time on a time taken (`审批时间压减至70个工作日以内`, `进口整体通关时间控
//! 制在30小时以内`, a table's `应收账款周转天数  天  96  ≤90`): the length of one act (a
//! duration, an average), a level the year's end must show, never a count of the year's work
//! summed from 1 January (`ytd`), whichever reader drafted it (a count in a one-year work list,
//! a row of an annual table). Every such goal in the annotated sets (13 of 13: 个工作日, 小时,
//! 分钟, 天) is a level.

use super::draft::Proposal;
use super::{Field, Measure};
use crate::extract::lexicon::is_digit;

/// Units of time.
/// (`h`: an hour in a technical table's 单位 column, `单罐制备周期  h  ≤24`; round 29 A.)
const TIME_UNITS: &[&str] = &["小时", "h", "个工作日", "工作日", "分钟", "秒", "天", "日"];

/// Units that only ever measure a time limit (a working day is never counted up over a year):
/// 24 of 24 annotated goals in 个工作日 are levels, also when no word names the time taken
/// (`社会投资简易低风险项目从立项到取得施工许可证不超过15个工作日`, round 19, t104).
const LIMIT_UNITS: &[&str] = &["个工作日", "工作日"];

/// Words naming a time taken (办理时间, 通关时间, 平均时限, 周转天数, 用时).
/// (周期, a cycle's length, `制备周期`, `审批周期`: 4 of 4 annotated a level; round 29 A.)
const TIME_TAKEN: &[&str] = &["时间", "时限", "时长", "周转", "用时", "耗时", "周期"];

/// Units of a service time written `N…内` (`5个工作日内办结`, `在30分钟内到达现场`, `1天内办结`).
const WITHIN_UNITS: &[&str] = &["小时", "个工作日", "工作日", "分钟", "秒", "天"];

/// A service time's at-most written with a bare 内 right after the unit (`原则上5个工作日内办结`,
/// `确保预警信息在15分钟内传递到村`, `企业开办实现1天内办结`): annotated level at-most 7 of 7 (t94,
/// t104, t129 ×5). Not after an event the time counts from (`每季度结束后10个工作日内报送`,
/// `每季度末前5个工作日内`, `在变化后5个工作日内更新`): a procedure's deadline, never annotated a
/// target (10 of 10). 日 is not read before a bare 内 (`10日内报送`, a date's neighbour).
pub(crate) fn within_at(t: &[char], start: usize, unit: Option<&str>, at: usize) -> bool {
    unit.is_some_and(|u| WITHIN_UNITS.contains(&u))
        && t.get(at) == Some(&'内')
        && !start
            .checked_sub(1)
            .and_then(|i| t.get(i))
            .is_some_and(|c| matches!(c, '后' | '前'))
}

/// A reporting duty's time limit (`遇有重大食品安全事件，要按规定在2小时内向市局报告`,
/// `24小时内上报`, `3个工作日内报送`): a time in a unit of [`WITHIN_UNITS`] with a bare 内 right
/// after it, then a report (报 / 上报 / 报送 / 报告 / 通报 / 汇报, or 向 … 报 within the clause).
/// A procedure's time limit, annotated as a none text, never a service time to meet (twenty-second
/// set, F3); the service times read by [`within_at`] are acts done for the public (办结, 回复,
/// 到达现场, 传递到村).
pub(crate) fn reported_within(t: &[char], unit: Option<&str>, at: usize) -> bool {
    if !unit.is_some_and(|u| WITHIN_UNITS.contains(&u)) || t.get(at) != Some(&'内') {
        return false;
    }
    // (The rest of the clause, at most 14 characters after the 内: a slice, no copy.)
    let rest = t.get(at + 1..).unwrap_or(&[]);
    let rest = &rest[..rest.len().min(14)];
    let rest = rest
        .iter()
        .position(|c| "，,。；;：:、！？\n".contains(*c))
        .map_or(rest, |k| &rest[..k]);
    let head = |w: &str| rest.iter().copied().take(w.chars().count()).eq(w.chars());
    ["报", "上报", "通报", "汇报"].iter().any(|w| head(w)) || (head("向") && rest.contains(&'报'))
}

/// A `ytd` goal in a unit of time whose name (or quote) names a time taken, or in working days
/// ([`LIMIT_UNITS`]), and no running total (累计), becomes a level, noted for review.
pub(crate) fn as_level(p: &mut Proposal) {
    if p.measure != Measure::Ytd {
        return;
    }
    let Some(unit) = p.unit.as_deref() else {
        return;
    };
    if !TIME_UNITS.contains(&unit) {
        return;
    }
    let named = |w: &&str| p.name_zh.contains(w) || p.quote.contains(w);
    let limit = LIMIT_UNITS.contains(&unit) || within_clause(&p.quote, unit);
    if !(limit || TIME_TAKEN.iter().any(named)) || named(&"累计") {
        return;
    }
    p.measure = Measure::Level;
    p.review(
        Field::Measure,
        "a time taken (a duration in a unit of time) is a level, not a count summed over the year"
            .into(),
    );
}

/// Does a clause of `quote` holding a figure in `unit` (a digit right before the unit:
/// `5个工作日`, `30分钟`) also bound it with 内 after the unit (`30分钟内到达`)? Only the
/// figure's own clause is read, not the whole quote: another clause's `当天内` bounds no
/// figure of this one.
fn within_clause(quote: &str, unit: &str) -> bool {
    quote.split(['，', '；', '。', ',', ';']).any(|c| {
        let mut figure = false;
        let mut within = false;
        for (i, _) in c.match_indices(unit) {
            figure |= c[..i]
                .chars()
                .next_back()
                .is_some_and(|d| is_digit(d) || "一二三四五六七八九十两半".contains(d));
            within |= c[i + unit.len()..].starts_with('内');
        }
        figure && within
    })
}

#[cfg(test)]
mod tests {
    use super::within_clause;

    #[test]
    fn only_the_figures_own_clause_bounds_it_with_nei() {
        assert!(within_clause("确保预警信息在15分钟内传递到村", "分钟"));
        assert!(within_clause("企业开办实现1天内办结", "天"));
        // (Another clause's 天内 bounds no figure of this one.)
        assert!(!within_clause("平均办理时间压减至3天，当天内答复", "天"));
        assert!(!within_clause("全年接待游客30天", "天"));
    }
}
