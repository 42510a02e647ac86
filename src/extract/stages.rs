//! A plan's horizon read from the stages of its goals (round 15).
//!
//! A province's or a city's 实施方案 often names no period in its title (`青峦省碳达峰实施
//! 方案`): its 主要目标 section sets stages (`到2027年，…。到2030年，…，确保2030年前实现碳达
//! 峰。`) and its task chapters then state figures with no date of their own. Those figures are
//! goals of the plan, due at its last stage (the convention of every annotated plan: a figure
//! with no window takes the plan's end), not of the year the text is dated in. The latest
//! `到YYYY年` opening a sentence of a goals section is that end.

use super::clauses::{Sentence, Text};
use super::lexicon::contains_any;
use super::{SeenWindows, WinKind, heading_chars};

/// Headings of a plan's goals.
const GOAL_HEADINGS: &[&str] = &[
    "主要目标",
    "发展目标",
    "总体目标",
    "工作目标",
    "规划目标",
    // (An 实施意见's `二、总体要求` holds its `（三）主要目标。到2030年，…` run into a
    // paragraph, no heading of its own: round 18 B.)
    "总体要求",
];

/// The long-range year of China's plans (`到2035年，基本实现…`): after an earlier stage it is
/// the plan's vision, not its end (t64: `展望到2035年`, every figure with no date annotated
/// 2030; t95: 到2030年 / 到2035年, the tasks 2030).
const VISION_YEAR: i32 = 2035;

/// Titles of a plan (a text that sets goals over years, not a report).
const PLAN_TITLES: &[&str] = &["方案", "规划", "计划", "纲要", "意见"];

/// Does the title name one year (`青峦市2026年数字经济工作计划`)? Then it is that year's plan,
/// whatever stages its goals look ahead to: no plan over years.
fn names_year(title: &[char]) -> bool {
    title.windows(5).enumerate().any(|(k, w)| {
        w[..4].iter().all(|c| c.is_ascii_digit())
            && w[4] == '年'
            && (k == 0 || !title[k - 1].is_ascii_digit())
    })
}

/// The last stage of a plan whose title is `title` (a plan's kind, no period, no year): the latest
/// `到YYYY年` (or `YYYY年前`) opening a sentence under a heading naming its goals. Each
/// sentence is looked at once, and only those under such a heading have their windows read.
pub(super) fn last_stage(
    t: &Text,
    sents: &[Sentence],
    seen: &mut SeenWindows,
    title: &[char],
) -> Option<i32> {
    if !contains_any(title, PLAN_TITLES) || names_year(title) {
        return None;
    }
    let n = &t.norm;
    let mut best: Option<i32> = None;
    let mut earlier: Option<i32> = None;
    for (si, s) in sents.iter().enumerate() {
        let hi = t.headings.partition_point(|h| h.pos <= s.start);
        let Some(h) = hi.checked_sub(1).and_then(|k| t.headings.get(k)) else {
            continue;
        };
        if h.results || h.pos >= s.start || !contains_any(heading_chars(n, h.pos), GOAL_HEADINGS) {
            continue;
        }
        for w in seen.of(n, si, s) {
            if let (WinKind::By(y), true) = (w.kind, w.pos <= s.start + 1) {
                best = Some(best.map_or(y, |b| b.max(y)));
                if y < VISION_YEAR {
                    earlier = Some(earlier.map_or(y, |b: i32| b.max(y)));
                }
            }
        }
    }
    // (The vision year only when no earlier stage is set.)
    match (best, earlier) {
        (Some(VISION_YEAR), Some(e)) => Some(e),
        _ => best,
    }
}
