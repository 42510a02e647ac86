//! A month's deadline shared by a list of counts (`10月底前完成老旧小区改造1.8万户，新建改建城市
//! 公园15个，新增普惠性托位2000个，筹集保障性租赁住房3000套；`): the deadline opens a clause
//! that itself promises a count, and the bare counts after it, up to the `；`, are items of
//! the same list, each done by that date (heldout13b, 3 of 3 annotated so). A deadline of an
//! action without a figure (`10月底前完成…护理院主体工程，新增养老护理型床位600张`), or a list
//! that turns to a rate (`…12座，…在岗率保持100%`, `…10项，…下降30%以上`) keeps it to its
//! own clause (`mod::action_deadline_elsewhere`); a clause with a window of its own (`全年…`)
//! is governed by that window anyway.

/// The farthest a list item may stand from its deadline, in characters (a bound on the scan).
const REACH: usize = 120;

/// Does every clause from the deadline's end `from` up to `to` (the clause holding the
/// figure, ending before `to_end`) read as a count: a digit, no rate (%, 率, ‰), no `；`?
pub(crate) fn shared_by_list(n: &[char], from: usize, to_end: usize) -> bool {
    if to_end <= from || to_end - from > REACH || to_end > n.len() {
        return false;
    }
    let span = &n[from..to_end];
    if span
        .iter()
        .any(|c| matches!(c, '；' | ';' | '。' | '%' | '％' | '‰' | '率' | '：'))
    {
        return false;
    }
    // Each comma-separated clause holds a figure.
    span.split(|c| matches!(c, '，' | ','))
        .all(|cl| cl.iter().any(|c| c.is_ascii_digit()))
}

/// A rate of the deadline's own action in the very next clause (`9月底前建成前置审方系统，审方
/// 覆盖率达到100%`, `6月底前完成…绩效自评，自评覆盖率达到100%`, `9月底前完成第三轮教师交流轮岗，
/// 交流比例不低于…15%`): the rate's name ends (before 率 / 比例, past 覆盖) with a word of the
/// action, so it measures that action and is due with it. A rate of something else
/// (`…大检查，重大安全隐患整改率…`, `…扩容工程，县城生活污水集中收集率…`) keeps the year.
/// `from` is the deadline's end, `[start, end)` the rate's clause.
pub(crate) fn rate_of_the_action(n: &[char], from: usize, start: usize, end: usize) -> bool {
    if start <= from || start - from > REACH || end > n.len() || end <= start {
        return false;
    }
    // The clause right before `start` is the deadline's own: one comma between.
    let Some(comma) = (from..start).rev().find(|&k| !n[k].is_whitespace()) else {
        return false;
    };
    if !matches!(n[comma], '，' | ',')
        || n[from..comma]
            .iter()
            .any(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | '：'))
    {
        return false;
    }
    let cl = &n[start..end];
    let Some(r) =
        (0..cl.len()).find(|&k| cl[k] == '率' || (cl[k] == '比' && cl.get(k + 1) == Some(&'例')))
    else {
        return false;
    };
    let name = &cl[..r];
    let name = if name.ends_with(&['覆', '盖']) {
        &name[..name.len() - 2]
    } else {
        name
    };
    let Some(word) = name
        .get(name.len().saturating_sub(2)..)
        .filter(|w| w.len() == 2)
    else {
        return false;
    };
    if !word.iter().all(|c| ('\u{4e00}'..='\u{9fff}').contains(c)) {
        return false;
    }
    n[from..comma].windows(2).any(|w| w == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn counts_share_rates_do_not() {
        let n = ch("完成改造1.8万户，新建公园15个，新增托位2000个");
        assert!(shared_by_list(&n, 0, n.len()));
        let n = ch("完成护理院主体工程，新增床位600张");
        assert!(!shared_by_list(&n, 0, n.len()));
        let n = ch("完成除险加固12座，值班在岗率保持100");
        assert!(!shared_by_list(&n, 0, n.len()));
    }

    #[test]
    fn a_rate_of_the_action_is_due_with_it() {
        let n = ch("建成前置审方系统，审方覆盖率达到100");
        assert!(rate_of_the_action(&n, 0, 9, n.len()));
        let n = ch("完成第三轮教师交流轮岗，交流比例不低于15");
        assert!(rate_of_the_action(&n, 0, 12, n.len()));
        let n = ch("完成全部在建项目安全生产大检查，重大安全隐患整改率达到100");
        assert!(!rate_of_the_action(&n, 0, 16, n.len()));
        let n = ch("建成城北污水处理厂扩容工程，县城生活污水集中收集率达到75");
        assert!(!rate_of_the_action(&n, 0, 14, n.len()));
    }
}
