//! A goal stated twice in the same words in two sections: a plan's 主要目标 paragraph and,
//! under a later heading, its 指标说明 section repeating a sentence of it (`地区生产总值年均
//! 增长6%左右，主要考虑…`). The second is the same target: only the first proposal is kept.
//! Same words means the same quote (but for a list number opening it, `16.技术合同成交额突破
//! 1500亿元` restating the 主要目标's `技术合同成交额突破1500亿元`), rule, goal, unit and window,
//! whatever measure the second section's context gave it (`全年…，高新技术企业数量达到1.8万家`
//! read as the year's flow; round 22 D: the two such restatements of all annotated sets,
//! heldout15b x3, are annotated once each); a figure restated
//! with other words (a table row, another sentence) is left to `twice`, which notes both. A
//! sentence repeated within one section (a list of the same item twice, a pasted run) keeps
//! every copy: only a later section restates.

use std::collections::HashMap;

use super::Goal;
use super::draft::Proposal;

/// Drops each prose proposal that repeats word for word one of an earlier section
/// (`section[i]`: the section of `props[i]`, counted by the headings passed). A map of keys
/// to the first section: linear in the number of proposals.
pub(super) fn drop_repeats(props: &mut Vec<Proposal>, section: &[usize]) {
    // (Only a quote that occurs twice can repeat: the key of a proposal whose quote is its
    // own is never built.)
    let mut quotes: HashMap<&str, u32> = HashMap::with_capacity(props.len());
    for p in props.iter() {
        *quotes.entry(unnumbered(&p.quote)).or_default() += 1;
    }
    let keep: Vec<bool> = {
        let mut first: HashMap<_, usize> = HashMap::new();
        props
            .iter()
            .enumerate()
            .map(|(k, p)| {
                let quote = unnumbered(&p.quote);
                if quotes.get(quote).copied().unwrap_or(0) < 2 {
                    return true;
                }
                let here = section.get(k).copied().unwrap_or(0);
                let key = (
                    (quote, p.rule as u8),
                    goal_key(p.goal),
                    (p.unit.as_deref(), p.aggregate, p.start, p.deadline),
                    p.assessed,
                );
                *first.entry(key).or_insert(here) == here
            })
            .collect()
    };
    drop(quotes);
    let mut k = 0;
    props.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// A quote without the list number opening it (`16.`, `16．`, `16、`, `（16）`:
/// `clauses::after_list_number`).
fn unnumbered(quote: &str) -> &str {
    super::clauses::after_list_number(quote).unwrap_or(quote)
}

/// A goal as a key: its kind and its figures' bits (every NaN one NaN). Two goals have the
/// same key exactly when their `{:?}` is the same (the key was that text, formatted for every
/// proposal whose quote occurs twice: 3 % of a document's instructions when it repeats;
/// round 22 E).
fn goal_key(g: Option<Goal>) -> (u8, u64, u64) {
    let bits = |x: f64| {
        if x.is_nan() {
            f64::NAN.to_bits()
        } else {
            x.to_bits()
        }
    };
    match g {
        None => (0, 0, 0),
        Some(Goal::Value(x)) => (1, bits(x), 0),
        Some(Goal::Between(a, b)) => (2, bits(a), bits(b)),
        Some(Goal::Increase(x)) => (3, bits(x), 0),
        Some(Goal::Multiply(x)) => (4, bits(x), 0),
    }
}

#[cfg(test)]
mod tests {
    use super::unnumbered;

    #[test]
    fn a_list_number_is_no_part_of_the_words() {
        assert_eq!(
            unnumbered("16.技术合同成交额突破1500亿元"),
            "技术合同成交额突破1500亿元"
        );
        assert_eq!(unnumbered("（3）新建学校5所"), "新建学校5所");
        assert_eq!(unnumbered("2030年达到5所"), "2030年达到5所");
        assert_eq!(unnumbered("5所学校"), "5所学校");
        assert_eq!(unnumbered("5.5%左右"), "5.5%左右");
    }
}
