//! A base clause (`在2026年新增1130家的基础上，…`, `在巩固提升现有成果的基础上，…`): what a
//! goal builds on. Its figures are results, not goals, and a year it names is no window of the
//! clauses after it (docs/extract.md, "Round 11: work points and meeting releases").

use super::clauses::{Clause, Sentence};
use super::lexicon;

/// The longest base clause looked at, in characters: a longer clause is read as usual.
const MAX_BASE: usize = 60;

/// Is the clause `在…（的）基础上`?
pub(super) fn base_clause(n: &[char], c: &Clause) -> bool {
    let cl = &n[c.start.min(n.len())..c.end.min(n.len())];
    let cl = trim(cl);
    cl.len() <= MAX_BASE
        && cl.first() == Some(&'在')
        && lexicon::ends_with_at(cl, cl.len(), "基础上")
}

/// The sentence's base clauses, as `(start, end)` spans in order (one pass over its clauses).
pub(super) fn base_spans(n: &[char], s: &Sentence) -> Vec<(usize, usize)> {
    s.clauses
        .iter()
        .filter(|c| base_clause(n, c))
        .map(|c| (c.start, c.end))
        .collect()
}

/// Is position `p` inside one of `spans` (sorted, disjoint)?
pub(super) fn inside(spans: &[(usize, usize)], p: usize) -> bool {
    let i = spans.partition_point(|&(a, _)| a <= p);
    i.checked_sub(1).is_some_and(|i| p < spans[i].1)
}

fn trim(cl: &[char]) -> &[char] {
    let a = cl
        .iter()
        .position(|c| !c.is_whitespace() && *c != '\u{3000}')
        .unwrap_or(cl.len());
    let b = cl
        .iter()
        .rposition(|c| !c.is_whitespace() && *c != '\u{3000}')
        .map_or(a, |b| b + 1);
    &cl[a..b.max(a)]
}

/// Verbs of a change measured from a base year (`单位库容能耗比2026年下降10%`).
const CHANGE_VERBS: &[&str] = &["下降", "降低", "减少", "提高", "增长"];

/// Does `n[a..b]` state a change from a base year (`比2026年下降10%`)? Such a rate runs from
/// its base year to the plan's end: a deadline carried from an earlier sentence of the
/// passage (`到2028年底，完成…。…单位库容能耗比2026年下降10%。`) is not its own (round 12:
/// both annotated cases took the plan's end).
pub(super) fn base_year_change(n: &[char], a: usize, b: usize) -> bool {
    let b = b.min(n.len());
    (a..b).any(|k| {
        n[k] == '比'
            && k + 6 <= b
            && n[k + 1..k + 5].iter().all(|c| c.is_ascii_digit())
            && n[k + 5] == '年'
            && CHANGE_VERBS
                .iter()
                .any(|w| lexicon::ends_with_at(&n[..b], (k + 6 + w.chars().count()).min(b), w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::test_chars as chars;

    #[test]
    fn a_base_clause_opens_with_zai_and_ends_with_jichushang() {
        let n = chars("在2026年新增1130家的基础上");
        assert!(base_clause(
            &n,
            &Clause {
                start: 0,
                end: n.len()
            }
        ));
        let n = chars("在全省率先实现全覆盖");
        assert!(!base_clause(
            &n,
            &Clause {
                start: 0,
                end: n.len()
            }
        ));
        assert!(inside(&[(2, 5), (9, 12)], 10));
        assert!(!inside(&[(2, 5), (9, 12)], 6));
    }

    #[test]
    fn a_change_from_a_base_year() {
        let n = chars("单位库容能耗比2026年下降10%。");
        assert!(base_year_change(&n, 0, n.len()));
        let n = chars("比2026年");
        assert!(!base_year_change(&n, 0, n.len()));
        let n = chars("比上年下降2%，到2028年完成改造。");
        assert!(!base_year_change(&n, 0, n.len()));
    }
}
