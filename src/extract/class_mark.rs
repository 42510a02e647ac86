//! A prose goal marked with its class in parentheses right after it, as environmental and
//! energy plans write them (`PM2.5平均浓度控制在29.5微克/立方米以下（约束性）`, round 26 D):
//! the class a table's 属性 column would give (`binding` / `expected`). Every annotation of
//! a prose goal whose text names 约束性 took it binding (10 of 10: t142's 8, and
//! `完成国家下达的约束性任务` in t46 and heldout8a p1).

use super::draft::Proposal;
use super::lexicon::GOAL_CLASSES;

/// The class a quote's closing mark gives, if it ends with one (trailing punctuation aside):
/// a class word in brackets of either width (`（约束性）`, `(预期性)`).
fn closing_class(quote: &str) -> Option<&'static str> {
    let q = quote.trim_end_matches(['。', '；', '，', ';', ',', ' ']);
    let inner = q.strip_suffix(['）', ')'])?;
    GOAL_CLASSES.iter().find_map(|(word, class)| {
        let rest = inner.strip_suffix(word)?;
        rest.ends_with(['（', '(']).then_some(*class)
    })
}

/// Give each prose proposal without a class the one its quote's closing mark names.
pub(super) fn apply(props: &mut [Proposal]) {
    for p in props.iter_mut().filter(|p| p.class.is_none()) {
        p.class = closing_class(&p.quote);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_class_mark_names_the_class() {
        assert_eq!(
            closing_class("优良天数比率达到88%以上（约束性）"),
            Some("binding")
        );
        assert_eq!(closing_class("增长6%左右（预期性）。"), Some("expected"));
        assert_eq!(closing_class("完成国家下达的约束性任务"), None);
        assert_eq!(closing_class("达到88%以上（不含约束性）"), None);
        // Either bracket width, either class (review 22, finding 4).
        assert_eq!(
            closing_class("优良天数比率达到88%以上(约束性)"),
            Some("binding")
        );
        assert_eq!(
            closing_class("PM2.5浓度控制在29.5微克/立方米以下(预期性)"),
            Some("expected")
        );
        // 指导性 / 引导性: the non-binding class under other words (round 31 D).
        assert_eq!(
            closing_class("农膜回收率达到87%以上（指导性）"),
            Some("expected")
        );
        assert_eq!(closing_class("普及率达到90%（引导性）"), Some("expected"));
    }
}
