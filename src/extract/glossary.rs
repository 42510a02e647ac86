//! A glossary closing a report (`附：名词解释`, `名词解释：`, `附件2：名词解释`): its entries
//! define terms (`债务率：指政府债务余额与综合财力的比率…警戒线为120%`) and set no goal, so the
//! prose after its label is not read (round 19 E: a budget report's appendix).

use super::clauses::{BOUNDARY, Text};
use super::lexicon::find;

/// The labels a glossary opens with, alone on their line after an optional `附` / `附件N`.
const LABELS: &[&str] = &["名词解释", "名词注释", "名词术语解释"];

/// Where the glossary closing `t` starts (its label's line start), if any: the last line
/// holding only `附：` / `附件N：` (or nothing) before a label and only a colon after it,
/// followed by no heading (a label in a 目录 or a numbered `一、名词解释` section in the middle
/// is followed by the body's headings) and by an entry (`术语：指…`, `…是指…`) on its next
/// line (round 21, review 19 item 1: the first label anywhere cut whole plans).
pub(super) fn start(t: &Text) -> Option<usize> {
    let n = &t.norm;
    let mut last: Option<(usize, usize)> = None;
    for w in LABELS {
        let mut from = 0;
        while let Some(at) = find(n, w, from) {
            from = at + 1;
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
            if lead_ok && tail_ok && last.is_none_or(|(l, _)| line > l) {
                last = Some((line, k));
            }
        }
    }
    let (line, k) = last?;
    // No heading of the body after the label's line.
    let after = t.headings.partition_point(|h| h.pos <= line);
    if after < t.headings.len() {
        return None;
    }
    // The next line reads as an entry: `指` / `即` / a colon among its first characters.
    let next = t.line_starts.partition_point(|&p| p <= line);
    let from = t.line_starts.get(next).copied().unwrap_or(n.len()).max(k);
    let head = n.get(from..n.len().min(from + 24)).unwrap_or(&[]);
    let head = head.split(|&c| c == '\n').next().unwrap_or(&[]);
    head.iter().any(|&c| "指即：:".contains(c)).then_some(line)
}
