//! The year a section heading gives its section (round 10: speeches and meeting releases).
//!
//! A speech at a December 经济工作会议 reviews 今年 and sets 明年's goals under headings
//! such as `三、明年的主要目标和重点工作`; a plan report has `二、2027年重点工作`. The year the
//! heading names, absolute or relative (今年 / 明年 resolved against the text's date line),
//! is the year of every figure in its section that names none of its own, to the next
//! heading of the same or a higher level: a sub-heading with no year of its own keeps its
//! section's. One look at each heading (at most 30 characters): linear in the text.
//!
//! Also the small readings of the genre the same round added: a review of the year now
//! ending (`year_end_review`), 上半年 over at a July date (`first_half_over`), a plan a
//! result is measured against (`plan_referred_to`), a line of work named with 狠抓
//! (`line_of_work`), a list mark that is no name (`list_mark`).

use super::{WinKind, find_windows, section_year};
use crate::extract::clauses::Clause;
use crate::extract::lexicon::{contains_any, find};

/// What the current level-1 section's heading gives its sub-headings: its year
/// (`SectionYears`), or its window of several years (`horizon::SectionSpan`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Section<T> {
    top: Option<T>,
}

impl<T> Default for Section<T> {
    fn default() -> Self {
        Section { top: None }
    }
}

/// The year of the current level-1 section, for its sub-headings.
pub(super) type SectionYears = Section<i32>;

impl<T: Copy> Section<T> {
    /// At a heading of `level` whose own value is `own` (a year; a window): the section's
    /// (its own, else, for a sub-heading, its enclosing section's). None: the text's own.
    pub(super) fn at(&mut self, level: u8, own: Option<T>) -> Option<T> {
        if level <= 1 {
            self.top = own;
            own
        } else {
            own.or(self.top)
        }
    }

    /// A value the current level-1 section takes after its heading (the horizon its first
    /// sentence states: `horizon::opening_span`), for its sub-headings too.
    pub(super) fn hold(&mut self, level: u8, v: T) {
        if level <= 1 {
            self.top = Some(v);
        }
    }
}

/// The year a heading `h` (at most 30 characters, folded) names for its section:
/// - 明年 and not 今年 (`三、明年的主要目标和重点工作`), in a text with a date line: the year
///   after the date's;
/// - this year's work in a year-end text dated `dated`, the year before its goals
///   (`二、全力冲刺全年目标任务`): the date's year (`section_year`);
/// - this year's work (今年, 全年, 本年, 下半年 with a word of tasks: `二、下半年重点工作`):
///   the goal year;
/// - one plain year, not before the goal year `goal`, in a numbered heading
///   (`二、2027年重点工作`): that year (a year before it heads results: `past_year_heading`;
///   a title's `…二〇三五年远景目标纲要` names a horizon, not its text's year).
///
/// None otherwise: the goal year stays.
pub(super) fn heading_year(
    h: &[char],
    date: Option<i32>,
    dated: Option<i32>,
    goal: Option<i32>,
) -> Option<i32> {
    if let Some(y) = section_year(h, dated) {
        return Some(y);
    }
    if find(h, "明年", 0).is_some() && !contains_any(h, &["今年", "全年", "本年"]) {
        return date.map(|d| d + 1);
    }
    // This year's work (`三、确保全年目标任务圆满完成`, `二、下半年重点工作`): the goal year's.
    // (Not with 明年 beside it: `一、今年工作回顾和明年工作安排` keeps the goal year.)
    if contains_any(h, &["今年", "全年", "本年", "下半年"])
        && names_tasks(h)
        && find(h, "明年", 0).is_none()
    {
        return goal;
    }
    // (A numbered heading only: a title's `…和二〇三五年远景目标纲要` names a horizon.)
    let numbered = h
        .first()
        .is_some_and(|c| "一二三四五六七八九十（(第".contains(*c));
    if !numbered || find(h, "远景", 0).is_some() {
        return None;
    }
    let wins = find_windows(h, 0, h.len());
    let mut years = wins.iter().map(|w| match w.kind {
        WinKind::Year(y) => Some(y),
        _ => None,
    });
    let first = years.next()??;
    let one = years.all(|y| y == Some(first));
    (one && goal.is_some_and(|g| first >= g)).then_some(first)
}

/// Words of a heading that set work to do: a heading with none of them, about this year in a
/// year-end text, reviews it (`year_end_review`).
const TASK_WORDS: &[&str] = &[
    "目标", "任务", "冲刺", "确保", "力争", "争取", "抓好", "做好", "安排", "部署", "重点", "打算",
    "思路",
];

/// Does heading `h` review the year now ending in a year-end text dated `dated` (the year
/// before its goals: a December speech setting 明年's goals)? It names this year (今年, 本年,
/// 全年) and no work to do (`一、今年经济工作成效明显`, `一、今年工作简要回顾`): its section
/// reports results, to the next heading of its level. `二、全力冲刺全年目标任务` sets the
/// year's remaining goals and is no review.
pub(super) fn year_end_review(h: &[char], dated: Option<i32>) -> bool {
    dated.is_some()
        && contains_any(h, &["今年", "本年", "全年"])
        && find(h, "明年", 0).is_none()
        && !names_tasks(h)
}

/// Words of a heading that look back on work done (`一、今年工作回顾`, `一、今年工作成效`).
const REVIEW_WORDS: &[&str] = &["回顾", "成效", "成绩", "总结", "情况", "进展", "完成"];

/// Does heading `h` set work to do: a word of tasks (`TASK_WORDS`), or 工作 with no word of
/// review (`三、今年的工作，要紧紧抓住几个关键` in a speech; not `一、今年工作回顾`)?
fn names_tasks(h: &[char]) -> bool {
    contains_any(h, TASK_WORDS) || (find(h, "工作", 0).is_some() && !contains_any(h, REVIEW_WORDS))
}

/// Is `计划` at `p` of clause `cl` the plan a result is measured against (`超年度计划7个百分点`,
/// `占年度计划的52.1%`, `超计划完成`, `为年度计划的115%`, `完成年度计划的98%`), not a plan to
/// do something? It follows 超, 占, 为, 达 or 完成, with 年度 between or not.
pub(super) fn plan_referred_to(cl: &[char], p: usize) -> bool {
    let before = &cl[..p];
    // (`超过年初计划的41亿元`, a 民生实事 notice's last year: round 20 E.)
    let before = before
        .strip_suffix(&['年', '度'])
        .or_else(|| before.strip_suffix(&['年', '初']))
        .unwrap_or(before);
    before.last().is_some_and(|c| "超占为达".contains(*c))
        || before.ends_with(&['完', '成'])
        || before.ends_with(&['超', '过'])
}

/// Has the first half of the text's year `year` ended before its date line's month (a
/// release of July looking back on 上半年)? As a quarter already over is (`within`).
pub(super) fn first_half_over(year: Option<i32>, dated: Option<(i32, u32)>) -> bool {
    match (year, dated) {
        (Some(y), Some((dy, dm))) => y < dy || (y == dy && dm > 6),
        _ => false,
    }
}

/// Verbs a speaker names a line of work with (`二是狠抓竣工投产`, `抓好项目投产`): what
/// follows is an area to press on, not a thing finished by a date.
const PRESSING: &[&str] = &["狠抓", "抓好", "抓实", "抓牢", "紧抓"];

/// Is a milestone word right after a verb of pressing on with work (`PRESSING`), with at most
/// a list mark before it (`二是狠抓竣工投产`)? `before` is its clause's text before the word.
pub(super) fn line_of_work(before: &[char]) -> bool {
    PRESSING.iter().any(|w| {
        find(before, w, 0).is_some_and(|at| at <= 3 && at + w.chars().count() == before.len())
    }) || pushed_on(before)
}

/// Verbs of pushing work on (round 12: an item's heading `1．推进高速公路建成投用。`).
const PUSHING: &[&str] = &["推进", "推动", "加快"];

/// Does an item's heading (a list mark, then a verb of pushing work on) name the milestone,
/// with no figure or date after the verb (`1．推进高速公路建成投用`)? Then it names the work to
/// press on, not an event promised (`推动…项目6月底前建成投产` has its date). Without a list
/// mark the clause is a promise (`推动海洋装备科技创新中心升级为国家重点协同创新平台`, one of
/// the 2020 speeches' targets).
fn pushed_on(before: &[char]) -> bool {
    PUSHING.iter().any(|w| {
        find(before, w, 0).is_some_and(|at| {
            (1..=3).contains(&at)
                && before[..at]
                    .iter()
                    .all(|c| c.is_ascii_digit() || "．.、（）()一二三四五六七八九十".contains(*c))
                && !before[at..]
                    .iter()
                    .any(|c| c.is_ascii_digit() || "一二三四五六七八九十年月底前".contains(*c))
        })
    })
}

/// Is `name` only a list mark (`（四）`, `(2)`, `三、`, `1.`)? A goal in words needs the name of
/// what it judges before its words (`生态环境质量持续改善`); `（四）持续改善生态环境` heads a
/// task.
pub(super) fn list_mark(name: &str) -> bool {
    let inner = name
        .trim()
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')', '、', '.', '．']);
    !inner.is_empty()
        && inner.len() < name.trim().len()
        && inner
            .chars()
            .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
}

/// Words by which a 从…看 lead names the plan's schedule (`从时间节点看`, `从进度安排看`,
/// `从实施步骤看`), not a situation weighed: the sentence after it lists steps to finish.
/// (None of the 36 从…看 leads of the annotated sets holds one: review 27.)
const SCHEDULE_WORDS: &[&str] = &["节点", "进度", "安排", "步骤", "时序", "计划", "部署"];

/// Is the clause starting at `start` in sentence `s` led by a clause that names a vantage
/// point (`从我们自身看，高铁站建成投用、开发区扩区获批，发展的底气更足了`: 从 … 看, at most
/// ten characters)? A speech weighing its situation (形势) tells what has happened, not a
/// thing to finish: no milestone there (round 11).
/// The lead may also open the sentence, with no `；` between it and the clause (`从外部形势看，
/// 全市经济持续回升向好，临港石化、数据中心等一批大项目陆续投产，预计…`: round 32 C; every
/// sentence opened so in the annotated sets weighs a situation or reports results). Not a
/// lead naming a schedule (`从时间节点看，2027年6月底前完成…，12月底前全面投入使用`, review 27:
/// `SCHEDULE_WORDS`): the later clauses lay out the plan's own steps.
/// `semis` holds the sentence's `；` positions, sorted: the test is a binary search, not a scan
/// of the sentence from every clause (review 27: that made a long sentence quadratic).
pub(super) fn vantage_led(n: &[char], clauses: &[Clause], semis: &[usize], start: usize) -> bool {
    let i = clauses.partition_point(|c| c.start < start);
    let vantage = |c: &Clause| {
        let lead = &n[c.start..c.end];
        lead.len() <= 10 && lead.first() == Some(&'从') && lead.last() == Some(&'看')
    };
    i > 0
        && (vantage(&clauses[i - 1])
            || (vantage(&clauses[0])
                && !contains_any(&n[clauses[0].start..clauses[0].end], SCHEDULE_WORDS)
                && !super::semicolon_in(semis, clauses[0].end, start)))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::test_chars as chars;

    #[test]
    fn next_year_in_a_heading_is_the_year_after_the_date() {
        let h = chars("三、明年的主要目标和重点工作");
        assert_eq!(heading_year(&h, Some(2025), None, Some(2025)), Some(2026));
        assert_eq!(heading_year(&h, None, None, Some(2025)), None);
        let both = chars("一、今年工作回顾和明年工作安排");
        assert_eq!(heading_year(&both, Some(2025), None, Some(2025)), None);
    }

    #[test]
    fn a_plain_year_heading_not_before_the_goal_year_is_its_sections() {
        let h = chars("二、2027年重点工作");
        assert_eq!(heading_year(&h, None, None, Some(2026)), Some(2027));
        let past = chars("一、2025年工作回顾");
        assert_eq!(heading_year(&past, None, None, Some(2026)), None);
        let two = chars("二、2026年和2027年重点工作");
        assert_eq!(heading_year(&two, None, None, Some(2026)), None);
        let title = chars("某区第十五个五年规划和二〇三五年远景目标纲要");
        assert_eq!(heading_year(&title, None, None, Some(2026)), None);
        let none = chars("二、重点工作");
        assert_eq!(heading_year(&none, Some(2025), None, Some(2026)), None);
    }

    #[test]
    fn a_sub_heading_keeps_its_sections_year_unless_it_names_one() {
        let mut s = SectionYears::default();
        assert_eq!(s.at(1, Some(2026)), Some(2026));
        assert_eq!(s.at(2, None), Some(2026));
        assert_eq!(s.at(2, Some(2027)), Some(2027));
        assert_eq!(s.at(1, None), None);
        assert_eq!(s.at(2, None), None);
    }
    #[test]
    fn a_this_year_heading_without_tasks_reviews_the_year_in_a_year_end_text() {
        assert!(year_end_review(
            &chars("一、今年经济工作成效明显"),
            Some(2025)
        ));
        assert!(!year_end_review(&chars("一、今年经济工作成效明显"), None));
        assert!(!year_end_review(
            &chars("二、全力冲刺全年目标任务"),
            Some(2025)
        ));
        assert!(!year_end_review(
            &chars("三、明年的主要目标和重点工作"),
            Some(2025)
        ));
    }

    #[test]
    fn a_plan_measured_against_is_no_plan_to_do() {
        let cl = chars("超年度计划7个百分点");
        assert!(plan_referred_to(&cl, 3));
        let cl = chars("占年度计划的52.1%");
        assert!(plan_referred_to(&cl, 3));
        let cl = chars("为年度计划的115%");
        assert!(plan_referred_to(&cl, 3));
        let cl = chars("完成年度计划的98%");
        assert!(plan_referred_to(&cl, 4));
        let cl = chars("超过年初计划的41亿元");
        assert!(plan_referred_to(&cl, 4));
        let cl = chars("计划新建学校5所");
        assert!(!plan_referred_to(&cl, 0));
        let cl = chars("年度计划投资100亿元");
        assert!(!plan_referred_to(&cl, 2));
    }
    #[test]
    fn a_milestone_word_named_as_a_line_of_work_is_none() {
        assert!(line_of_work(&chars("二是狠抓")));
        assert!(line_of_work(&chars("抓好")));
        assert!(!line_of_work(&chars("确保")));
        assert!(!line_of_work(&chars("狠抓重点项目年内")));
    }

    #[test]
    fn a_list_mark_is_no_name() {
        for m in ["（四）", "(2)", "三、", "1.", "（十二）"] {
            assert!(list_mark(m), "{m}");
        }
        for m in ["生态环境质量", "四", "（四）生态", ""] {
            assert!(!list_mark(m), "{m}");
        }
    }

    #[test]
    fn the_first_half_is_over_in_july_not_in_june() {
        assert!(first_half_over(Some(2026), Some((2026, 7))));
        assert!(!first_half_over(Some(2026), Some((2026, 6))));
        assert!(!first_half_over(Some(2027), Some((2026, 12))));
        assert!(!first_half_over(Some(2026), None));
    }
}
