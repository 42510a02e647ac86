//! 今后五年 in a report to a Party congress (round 11: speeches and party-congress reports).
//!
//! A congress held in the autumn of 2026 sets goals for 今后五年, the five years of its term,
//! 2027–2031: its list of goals names `到2031年` once, and its section of tasks
//! (`三、今后五年的主要任务`, then `（一）…` paragraphs with no window of their own) counts
//! on the same five years. Two readings:
//! - the text's own count of 今后N年 (`Horizon`): once an item of a list headed by 今后N年
//!   names the year N after the text's year, every 今后N年 of the text runs from the year
//!   after it (a report naming `到2030年` there keeps N years from its own year);
//! - a heading naming 今后N年 / 未来N年 and no single year (`三、今后五年的主要任务`) holds
//!   that window over its section, sub-headings included, for a figure with no window of
//!   its own (`SectionSpan`), as a heading naming 明年 holds its year (`sections`).
//!
//! One look per heading (its first 30 characters): linear in the text.

use super::{WinKind, find_windows};
use crate::extract::lexicon::contains_any;

/// The window of the current level-1 section's heading, for its sub-headings.
pub(super) type SectionSpan = super::sections::Section<WinKind>;

/// The window of several years a heading `h` (folded, at most 30 characters) names for its
/// section: 今后N年 / 未来N年 / N年内 (N > 1), and no year or part of one (a heading naming
/// 明年 or 2027年 as well dates its section by that year: `sections::heading_year`).
pub(super) fn heading_span(h: &[char]) -> Option<WinKind> {
    if contains_any(h, &["明年", "今年", "全年", "本年", "年度", "半年"]) {
        return None;
    }
    let wins = find_windows(h, 0, h.len());
    let mut kinds = wins.iter().map(|w| w.kind);
    match (kinds.next(), kinds.next()) {
        (Some(WinKind::Years(k)), None) if k > 1 => Some(WinKind::Years(k)),
        _ => None,
    }
}

/// The window of several years a section's first sentence states as its only window
/// (`三、意见和建议` then `…力争用两年时间实现全市水环境质量根本好转。`): the horizon of the
/// section's recommendations, held over the section as a heading naming it would be (round 30
/// B). `wins` are the sentence's windows.
pub(super) fn opening_span(n: &[char], wins: &[super::Window]) -> Option<WinKind> {
    match wins {
        [w] => match w.kind {
            WinKind::Years(k) if k > 1 && states_time(n, w) => Some(w.kind),
            _ => None,
        },
        _ => None,
    }
}

/// Does the window state the time the work takes (`用两年时间`, `力争三年内`, `通过三年努力`,
/// `经过五年`), not a period the sentence speaks of (`今后五年是…关键时期`)?
fn states_time(n: &[char], w: &super::Window) -> bool {
    let around: String = n[w.pos.saturating_sub(2)..(w.end + 2).min(n.len())]
        .iter()
        .collect();
    ["用", "通过", "经过", "时间", "年内", "努力"]
        .iter()
        .any(|x| around.contains(x))
}

/// The first year of the text's 今后N年, when the text counts it itself: an item of a list
/// headed by 今后`k`年 in a text of `year` names `by`, the list's end. `by` = `year + k`
/// (`到2031年` in a text of 2026 under 今后五年): the k years after the text's year.
pub(super) fn counted_from(k: i32, by: i32, year: i32) -> Option<i32> {
    (by == year.saturating_add(k)).then_some(year.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::test_chars as chars;

    #[test]
    fn a_heading_of_the_next_five_years_holds_its_window() {
        assert_eq!(
            heading_span(&chars("三、今后五年的主要任务")),
            Some(WinKind::Years(5))
        );
        assert_eq!(heading_span(&chars("二、今后五年目标和明年工作")), None);
        assert_eq!(heading_span(&chars("三、主要任务")), None);
    }

    #[test]
    fn a_section_s_first_sentence_may_state_its_horizon() {
        let span = |s: &str| {
            let n = chars(s);
            opening_span(&n, &super::super::find_windows(&n, 0, n.len()))
        };
        // (A period the sentence speaks of, not the time its work takes: review 25.)
        assert_eq!(span("今后五年是全面建设现代化的关键时期。"), None);
        assert_eq!(
            span("执法检查组建议，有关部门要依法治污，力争用两年时间实现全市水环境质量根本好转。"),
            Some(WinKind::Years(2))
        );
        assert_eq!(
            span("用三年左右时间基本完成改造。"),
            Some(WinKind::Years(3))
        );
        // (A year of its own beside it, or no horizon: none.)
        assert_eq!(span("力争用两年时间，到2028年实现根本好转。"), None);
        assert_eq!(span("各部门要依法治污。"), None);
    }

    #[test]
    fn a_sub_heading_keeps_its_section_s_window() {
        let mut s = SectionSpan::default();
        assert_eq!(s.at(1, Some(WinKind::Years(5))), Some(WinKind::Years(5)));
        assert_eq!(s.at(2, None), Some(WinKind::Years(5)));
        assert_eq!(s.at(1, None), None);
        assert_eq!(s.at(2, None), None);
    }

    #[test]
    fn the_text_counts_its_five_years_from_the_next_year() {
        assert_eq!(counted_from(5, 2031, 2026), Some(2027));
        assert_eq!(counted_from(5, 2030, 2026), None);
    }

    #[test]
    fn a_title_period_may_run_from_a_first_day_to_a_last_day() {
        let period = |s: &str| crate::extract::title_period(&chars(s));
        assert_eq!(
            period("项目任务书\n项目起止年限：2027年1月1日至2029年12月31日\n"),
            Some((2027, 2029))
        );
        assert_eq!(period("实施期限：2027年1月—2029年12月"), Some((2027, 2029)));
        assert_eq!(period("三年行动方案（2025—2027年）"), Some((2025, 2027)));
        // (Ending mid-year, or within one year: no period of whole years.)
        assert_eq!(period("项目起止年限：2027年1月1日至2029年6月30日"), None);
        assert_eq!(period("时间范围：2027年1月1日至2027年12月31日"), None);
    }
}
