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
}
