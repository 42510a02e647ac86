//! A header whose column titles are each spaced out character by character, with wider
//! gaps between the titles (`序号      指  标  名  称              单  位       2026年`, as
//! typeset): each title's characters are glued back, so `指标名称` and `单位` stay two cells
//! (joining every run of one-character cells, `join_spaced_title`, made them one,
//! `指标名称单位`, and the table was never read; round 22 A).

/// The line with each letter-spaced title glued, when it has two titles or more spaced out
/// at a gap narrower than the gaps around them; else `None`. A gap is a run of spaces (a
/// full-width space counts two); a title is two or more one-character Chinese pieces at one
/// gap of two to three spaces.
pub(super) fn glued(line: &str) -> Option<String> {
    if line.contains('\t') {
        return None;
    }
    join(tokens(line))
}

/// The pieces of a line at runs of two or more spaces, each with the gap before it.
fn tokens(line: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut gap = 0;
    for ch in line.trim().chars() {
        if ch == ' ' || ch == '\u{3000}' {
            gap += if ch == ' ' { 1 } else { 2 };
            continue;
        }
        match out.last_mut() {
            Some(last) if gap < 2 => {
                if gap == 1 {
                    last.1.push(' ');
                }
                last.1.push(ch);
            }
            _ => out.push((gap, ch.to_string())),
        }
        gap = 0;
    }
    out
}

fn single(s: &str) -> bool {
    let mut it = s.chars();
    matches!((it.next(), it.next()), (Some(c), None) if ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The end of a run of two to four one-character pieces from k, at gaps of at most six
/// spaces, a wider gap after it, that spell a column word (`指    标`, `单  位`, `属    性`), the longest such run.
fn known_title(ts: &[(usize, String)], k: usize) -> Option<usize> {
    let mut word = ts[k].1.clone();
    let mut found = None;
    let mut inner = 0;
    for (end, t) in ts.iter().enumerate().skip(k + 1).take(3) {
        if !single(&t.1) || t.0 > 6 {
            break;
        }
        word.push_str(&t.1);
        inner = inner.max(t.0);
        // (Set apart on its right by a wider gap: titles at their letters' gap are left to
        // `join_spaced_title`.)
        let apart = ts.get(end + 1).is_none_or(|n| n.0 > inner);
        if apart && super::ocr::HEADER_WORDS.contains(&word.as_str()) {
            found = Some(end + 1);
        }
    }
    found
}

/// Glue each title: a run of one-character pieces at one narrow gap (2–3), the gaps around
/// the run wider. At least two titles glued, else `None` (the line is left as it was).
fn join(ts: Vec<(usize, String)>) -> Option<String> {
    let n = ts.len();
    let mut out = String::new();
    let mut titles = 0;
    let mut k = 0;
    while k < n {
        // The run of one-character pieces at k, at the gap of its second piece.
        let mut end = k + 1;
        if single(&ts[k].1) {
            let g = ts.get(k + 1).map(|t| t.0).unwrap_or(0);
            while end < n && single(&ts[end].1) && ts[end].0 == g && (2..=3).contains(&g) {
                end += 1;
            }
            let wider_after = ts.get(end).is_none_or(|t| t.0 > g);
            let wider_before = k == 0 || ts[k].0 > g;
            if end - k >= 2 && wider_after && wider_before {
                titles += 1;
            } else if let Some(e) = known_title(&ts, k) {
                // (A known title spread to fill its column, `指    标` at a gap as wide as
                // the one before it: glued whatever its gaps: twentieth set, fixed after the run.)
                end = e;
                titles += 1;
            } else {
                end = k + 1;
            }
        }
        if k > 0 {
            out.push_str("    ");
        }
        ts[k..end].iter().for_each(|t| out.push_str(&t.1));
        k = end;
    }
    (titles >= 2).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::glued;

    #[test]
    fn spaced_titles_are_glued_apart() {
        assert_eq!(
            glued("  序号      指  标  名  称              单  位       2026年      属  性")
                .as_deref(),
            Some("序号    指标名称    单位    2026年    属性")
        );
        // Titles at the same gap as their letters: left to `join_spaced_title`.
        assert_eq!(glued("指  标  单  位  2026年"), None);
        assert_eq!(glued("序号  指标  单位  2026年"), None);
        // Known titles spread wider than the gap before them: glued all the same.
        assert_eq!(
            glued("  序号   指    标                 单  位      2026年现状     属性").as_deref(),
            Some("序号    指标    单位    2026年现状    属性")
        );
    }
}
