//! A status sentence closing a paragraph of goals (`（二）…到2030年新建改造污水管网500公里。
//! 2025年，全市已完成河道综合整治120公里。⏎⏎（三）推进城市绿化美化。每年新建口袋公园20个以上`)
//! is an aside: the next numbered paragraph, after a blank line, is the next task, and goes
//! back to goals (round 18 E: t92, where the annotator took the next task's figures). A
//! paragraph that opened as a report carries its status on (a review's `这一年，我们…` or
//! `（一）…` paragraphs): only a paragraph of goals lets its closing status go.

use super::items::{bracketed_number_len, opens_numbered_item};

/// The Chinese numerals of a task's number (`（三）`, `（十二）`).
const NUMERALS: &str = "一二三四五六七八九十";

/// Does the paragraph starting at `start` open with a task's number: `（三）`, `(三)`, `3．`,
/// `3、`, `①`?
pub(crate) fn opens_numbered(n: &[char], start: usize) -> bool {
    let from = (start..n.len())
        .take(8)
        .find(|&k| !n[k].is_whitespace() && n[k] != super::clauses::BOUNDARY)
        .unwrap_or(start);
    let rest = n.get(from..n.len().min(from + 8)).unwrap_or(&[]);
    if matches!(rest.first(), Some('（' | '(')) {
        // One to three numerals between the brackets.
        let len = bracketed_number_len(rest, |c| NUMERALS.contains(c));
        return (3..=5).contains(&len);
    }
    opens_numbered_item(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn task_numbers() {
        assert!(opens_numbered(&ch("（三）推进城市绿化美化。"), 0));
        assert!(opens_numbered(&ch("  3．新建口袋公园"), 0));
        assert!(!opens_numbered(&ch("这一年，我们抓项目"), 0));
        assert!(!opens_numbered(&ch("（牵头单位：市住建局）"), 0));
    }
}
