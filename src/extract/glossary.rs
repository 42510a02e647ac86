//! A glossary closing a report (`附：名词解释`, `名词解释：`, `附件2：名词解释`): its entries
//! define terms (`债务率：指政府债务余额与综合财力的比率…警戒线为120%`) and set no goal, so the
//! prose after its label is not read (round 19 E: a budget report's appendix).

use super::clauses::{BOUNDARY, Text};
use super::lexicon::find;

/// The labels a glossary opens with, alone on their line after an optional `附` / `附件N`.
const LABELS: &[&str] = &["名词解释", "名词注释", "名词术语解释"];

/// Where the first glossary label of `t` starts (its line's start), if any: a line holding
/// only `附：` / `附件N：` (or nothing) before the label, and only a colon after it.
pub(super) fn start(t: &Text) -> Option<usize> {
    let n = &t.norm;
    LABELS
        .iter()
        .filter_map(|w| {
            let mut from = 0;
            while let Some(at) = find(n, w, from) {
                let i = t.line_starts.partition_point(|&p| p <= at);
                let line = i.checked_sub(1).map_or(0, |i| t.line_starts[i]);
                let end = at + w.chars().count();
                let lead = n.get(line..at).unwrap_or(&[]);
                let lead_ok = lead.len() <= 6
                    && lead.iter().all(|&c| {
                        "附件录：:0123456789一二三四、 \u{3000}".contains(c) || c == BOUNDARY
                    });
                // (At most two colons or spaces, then the line's end.)
                let mut k = end;
                while k < n.len() && k < end + 2 && "：: \u{3000}".contains(n[k]) {
                    k += 1;
                }
                let tail_ok = n.get(k).is_none_or(|&c| c == '\n' || c == BOUNDARY)
                    || t.line_starts.binary_search(&k).is_ok();
                if lead_ok && tail_ok {
                    return Some(line);
                }
                from = at + 1;
            }
            None
        })
        .min()
}
