//! A subject stated in the clause before its figure (`货物进出口总额稳中提质，力争增长4%`,
//! `外贸稳中有进，增长3%`): the clause names the indicator and its course in words, the next
//! gives the figure with no name of its own. The figure is that indicator's, not the target
//! drafted before it in the sentence (docs/extract.md, "Round 11: work points and meeting
//! releases").

use super::clauses::{Clause, Sentence};
use super::lexicon;
use super::numbers;

/// The course in words that ends such a clause.
const COURSES: &[&str] = &[
    "稳中提质",
    "稳中有进",
    "稳中向好",
    "稳中有升",
    "稳中求进",
    "量质齐升",
    "提质增效",
];

/// The longest subject clause looked at, in characters.
const MAX_SUBJECT: usize = 24;

/// For the clause at `clause_start`: the clause right before it in the sentence, after a
/// `，`, with no figure, ending with a course word — `(its start, the end of its subject)`.
pub(super) fn stated_subject(
    n: &[char],
    s: &Sentence,
    clause_start: usize,
) -> Option<(usize, usize)> {
    let i = s.clauses.partition_point(|c| c.start < clause_start);
    let prev: &Clause = s.clauses.get(i.checked_sub(1)?)?;
    if n.get(prev.end) != Some(&'，') || prev.end - prev.start > MAX_SUBJECT {
        return None;
    }
    let cl = &n[prev.start..prev.end];
    let w = COURSES
        .iter()
        .find(|w| lexicon::ends_with_at(cl, cl.len(), w))?;
    let subject_end = prev.end - w.chars().count();
    let figure = numbers::scan_mentions(n, prev.start, prev.end)
        .iter()
        .any(|m| !m.window && !m.embedded);
    (subject_end >= prev.start + 2 && !figure).then_some((prev.start, subject_end))
}
