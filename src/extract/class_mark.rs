//! A prose goal marked with its class in parentheses right after it, as environmental and
//! energy plans write them (`PM2.5平均浓度控制在29.5微克/立方米以下（约束性）`, round 26 D):
//! the class a table's 属性 column would give (`binding` / `expected`). Every annotation of
//! a prose goal whose text names 约束性 took it binding (2 of 2: t142, heldout8a p1).

use super::draft::Proposal;

/// The class a quote's closing mark gives, if it ends with one (trailing punctuation aside).
fn closing_class(quote: &str) -> Option<&'static str> {
    let q = quote.trim_end_matches(['。', '；', '，', ';', ',', ' ']);
    let inner = q
        .strip_suffix('）')
        .and_then(|r| r.strip_suffix("约束性").map(|r| (r, "binding")))
        .or_else(|| {
            q.strip_suffix('）')
                .and_then(|r| r.strip_suffix("预期性").map(|r| (r, "expected")))
        })
        .or_else(|| {
            q.strip_suffix(')')
                .and_then(|r| r.strip_suffix("约束性").map(|r| (r, "binding")))
        });
    let (rest, class) = inner?;
    rest.ends_with(['（', '(']).then_some(class)
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
    }
}
