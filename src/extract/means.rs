//! What a plan spends and requires of each unit, not what it promises (docs/extract.md,
//! "Round 9: spoken and notice texts"): a 保障措施 section's figures are the plan's means
//! (`省级财政每年安排专项资金3亿元`, `单个项目最高不超过500万元`), and a figure required of
//! each unit (`支持每个县（市）至少建设1个…`) is a rule per unit, no total to track.

use super::clauses::Sentence;
use super::lexicon::{contains_any, find};

/// Headings of a plan's section on its means (`四、保障措施`, `第四节　保障措施`,
/// `五、组织实施`): the word opens the heading after its number.
const MEANS_HEADINGS: &[&str] = &[
    "保障措施",
    "保障机制",
    "组织保障",
    "组织实施",
    "实施保障",
    "政策保障",
    // A 目标责任书's scoring and its rewards and sanctions (`三、考核办法`, `四、奖惩`, round 20
    // C): how the targets above are scored, no target (t111, the only such headings of the
    // annotated sets).
    "考核办法",
    "考核奖惩",
    "奖惩",
];

/// Is `line` (a heading's line) the heading of a section on the plan's means? Its section
/// lasts to the next heading of its level or a higher one.
pub(super) fn means_heading(line: &str) -> bool {
    let rest = line.trim_start_matches(|c: char| {
        "一二三四五六七八九十（）()、．.0123456789０１２３４５６７８９第章节篇".contains(c)
            || c.is_whitespace()
            || c == '\u{3000}'
    });
    rest.len() < line.len() && MEANS_HEADINGS.iter().any(|w| rest.starts_with(w))
}

/// Does an attachment's label (`附件`, `附件：…`, `附件1`) start at `pos`? It ends a means
/// section.
pub(super) fn attachment_at(n: &[char], pos: usize) -> bool {
    super::lexicon::starts_with_at(n, pos, "附件")
}

/// Words naming each one of a set of units (`每个县`, `每一个乡镇`, `单个项目`, `每家企业`):
/// a figure after them is required of each unit, not a total.
const EACH_UNIT: &[&str] = &["每个", "每一个", "单个", "每家"];

/// Is the figure whose item text before it is `before` required of each unit? (Not a sum
/// per head, `每人每月260元`, nor each year of a window, `每年新增…`: those words are not in
/// `EACH_UNIT`.)
pub(super) fn per_unit(before: &[char]) -> bool {
    contains_any(before, EACH_UNIT) && find(before, "平均", 0).is_none()
}

/// Is a figure required of each unit a floor of people posted in each (`每个行政村配备专职网格员
/// 不少于2名`, `每个社区至少配备1名灾害信息员`, `每个村培养储备2名以上35岁以下后备干部`)? Staffing
/// every unit is the goal itself, not a rule of the plan's means: over all annotated sets
/// (round 32 B) such a count in 名 / 人 with a floor word (不少于, 不低于, 至少 in the clause
/// before it, or 以上 right after it) is a target 11 times (t89, t90, t94 twice, heldout17b n3
/// twice, heldout18a i3, heldout20a ac3, heldout21b af3, heldout22a ag2), left out once (t38).
/// `clause_before` is the clause's text before the figure, `after` the text after its unit.
/// The people must be held by each unit (review 27): a posting verb between the 每 word and
/// the figure (`POSTING_VERBS`), or the staff named right before it (`安全监管员每个不少于3名`,
/// t94). A floor with neither is a rule or a share of a flow (`每个项目至少带动就业100人以上`,
/// `每个零就业家庭至少有1人稳定就业`, `培训学员…其中每个乡镇不少于20人`), no staffing goal.
pub(super) fn people_floor_in_each(clause_before: &[char], after: &[char], unit: &str) -> bool {
    if !matches!(unit, "名" | "人")
        || !(contains_any(clause_before, super::lexicon::COUNT_FLOORS)
            || super::lexicon::starts_with_at(after, 0, "以上"))
    {
        return false;
    }
    let Some(each) = super::lexicon::first_of(clause_before, EACH_UNIT) else {
        return false;
    };
    contains_any(&clause_before[each..], POSTING_VERBS) || clause_before[..each].ends_with(&['员'])
}

/// Verbs by which a unit holds people (`配备`, `储备`, `培养`, `吸纳就业`): staff posted, kept
/// in reserve, trained up or taken on in each unit. (`带动就业` drives jobs elsewhere, `有1人`
/// is a state: neither is in the list.) Over all annotated sets (review 27) every staffing
/// floor per unit but one has one of them (the other names its staff before 每个).
const POSTING_VERBS: &[&str] = &[
    "配备", "配置", "储备", "培养", "选派", "吸纳", "招聘", "聘用",
];

/// Is a figure required of each unit one thing built in each (`每个县（市、区）至少建成1个公办
/// 示范性托育机构`)? That is coverage, every unit having one by the deadline: a milestone, not
/// a rule per unit. `before` is the clause's text before the figure. Over all annotated sets
/// (round 18 C) 每个…至少建成1 was annotated a milestone 3 of 3 (t70, t80, heldout13a p3);
/// 每个…至少配备 / 支持…至少建设 1 (t38, t42, t53) were never annotated and stay rules.
pub(super) fn each_unit_built_one(before: &[char], value: f64) -> bool {
    value == 1.0 && contains_any(before, EACH_UNIT) && before.ends_with(&['至', '少', '建', '成'])
}

/// An assessment's scoring rule, no target: a weight (`经济发展类指标权重为40%`, `权重不低于
/// 30%`: 权重 before the figure in its clause, `clause_before`) or a score the figure decides
/// (`完成比例低于60%的不得分`, `分别按100%、85%、70%的比例计分`, `…扣分`: in `after`, the
/// clause's text after the figure). Annotated sets (round 19 B): every such clause, 12 in
/// t97 and heldout14b v1, left out or in `none`; none a target. (计分 inside 合计分别,
/// 统计分析, 设计分… is no score.)
pub(super) fn scoring_rule(clause_before: &[char], after: &[char]) -> bool {
    let scored = (0..after.len().saturating_sub(1)).any(|k| {
        after[k] == '计'
            && after[k + 1] == '分'
            && (k == 0 || !"合累统总设估".contains(after[k - 1]))
            && after.get(k + 2).is_none_or(|c| !"别析类布配".contains(*c))
    });
    find(clause_before, "权重", 0).is_some()
        || scored
        || contains_any(after, &["不得分", "扣分"])
        || share_of_points(clause_before)
}

/// A share of a score (`目标值低于基准值的，完成目标值只得基本分的90%`, `…得满分的80%`): the
/// clause's text before the figure ends with a whole score and 的 (twenty-first set, fixed
/// after the run, F3).
fn share_of_points(clause_before: &[char]) -> bool {
    ["基本分的", "满分的", "总分的", "得分的"]
        .iter()
        .any(|w| super::lexicon::ends_with_at(clause_before, clause_before.len(), w))
}

/// A definition (`较大事故是指一次造成3人以上10人以下死亡，…或者1000万元以上5000万元以下直接
/// 经济损失的事故`): a figure after 是指 in its sentence (`sentence_before`, the sentence's text
/// before the figure, at most its last 100 characters: bounded work on a line of figures)
/// bounds a term, it is no goal (twenty-first set, fixed after the run, F3).
pub(super) fn definition(sentence_before: &[char]) -> bool {
    find(sentence_before, "是指", 0).is_some()
}

/// A grant the plan pays (`对新认定的省级智能工厂给予一次性奖励200万元`: a sum of money or a
/// share after 给予) or a threshold for sanctions (`对年度目标完成率低于80%的牵头单位进行约谈`: the sanction
/// named after the figure): a rule of the plan's means, no target. `before` is the item's text
/// before the figure, `after` the clause's text after it, `unit` the figure's unit. Annotated
/// sets: 10 clauses with 给予 and 9 with 约谈 / 问责 / 通报批评, none a target (round 16). A
/// count of people helped (`给予困难群众临时救助1.2万人次`) or of sanctions held
/// (`开展安全生产约谈100次以上`) is neither.
pub(super) fn grant_or_sanction(before: &[char], after: &[char], unit: &str) -> bool {
    // (A share paid, `给予设备投资额10%的补助`, is a grant too.)
    let money = in_money(unit) || unit == "%";
    (money && find(before, "给予", 0).is_some())
        || contains_any(after, &["约谈", "问责", "通报批评"])
}

/// Is `unit` a sum of money (`元`, `万元`, `亿美元`)?
fn in_money(unit: &str) -> bool {
    let base = super::numbers::unit_magnitude(unit).1;
    super::lexicon::CURRENCY.contains(&base) || super::lexicon::CURRENCY.contains(&unit)
}

/// A grant's ceiling, a term of the scheme, no goal (`…对加装电梯项目给予补助，单部补助标准由各区
/// 自行确定，原则上不超过20万元`): a sum of money under 不超过 (`clause_before`, the clause's text
/// before the figure) in a sentence paying a grant before it (`granted`: the sentence's first
/// 给予 is before the figure), and the grant named near the figure: a grant noun or a per-unit
/// word (`GRANT_WORDS`) in `clause_before` or in `prior` (the clause before, its last characters).
/// Over every annotated set (round 30 D) the four grant ceilings in money are in `none`, not
/// one a target; three were already left out (`最高`, `单个项目`), this one reads the fourth.
/// (Review 25: a 给予 of an unrelated clause, `给予支持，…三公经费支出不超过300万元`, is no grant
/// of the ceiling; the caller finds the sentence's 给予 once, not per figure.)
pub(super) fn grant_cap(granted: bool, clause_before: &[char], prior: &[char], unit: &str) -> bool {
    granted
        && in_money(unit)
        && find(clause_before, "不超过", 0).is_some()
        && (contains_any(clause_before, GRANT_WORDS) || contains_any(prior, GRANT_WORDS))
}

/// Words naming a grant or the unit it is paid per, near a grant's ceiling (`grant_cap`).
const GRANT_WORDS: &[&str] = &[
    "补助", "补贴", "奖励", "资助", "扶持", "奖补", "单部", "单个", "每户", "每家", "每个",
];

/// A policy's cap or a peak, no goal (`个人创业担保贷款最高额度由20万元提高到30万元`, `给予最高
/// 10万元的资金扶持`, `最高负荷率达到118%`): 最高 before the figure in its clause (`before`).
/// Over every annotated set (round 22 D) none of the 11 figures after 最高 is a target. (最高人民
/// 法院 / 最高检 name courts.)
pub(super) fn policy_cap(before: &[char]) -> bool {
    (0..before.len().saturating_sub(1)).any(|k| {
        before[k] == '最'
            && before[k + 1] == '高'
            && !matches!(before.get(k + 2), Some('人' | '检' | '法'))
    })
}

/// Periods a rule or procedure sets, never a goal (`公示期不少于10天`, `锁定期为12个月`).
const PROCEDURE_PERIODS: &[&str] = &[
    "公示期",
    "公告期",
    "异议期",
    "有效期",
    "限售期",
    "锁定期",
    "禁售期",
    "等待期",
    "试用期",
];

/// Words stating how a figure stands, not where it must go: 未超过 / 未超出 (`累计未超过公司
/// 股本总额的1%`, a cap complied with) and 约占 (`约占…股本总额的3.00%`, a share described).
const STATED_STANDING: &[&str] = &["未超过", "未超出", "约占"];

/// A term of a scheme's rules, no goal (an incentive plan's 特别提示 and procedure: twentieth
/// set, B): a procedure's period in days (`公示期不少于10天`), a price per share
/// (`授予价格为每股17.36元`), a cap stated as complied with or a share described
/// (`STATED_STANDING`). `before` is the clause's text before the figure. Over every annotated
/// set no figure so worded is a target (each in ad1's `none` or left out; the 期 of a course,
/// `每期不少于40人`, is no period and its unit no time).
pub(super) fn scheme_term(before: &[char], unit: &str) -> bool {
    let time = matches!(unit, "天" | "日" | "个工作日" | "工作日" | "年");
    (time && contains_any(before, PROCEDURE_PERIODS))
        || (unit == "元" && before.ends_with(&['每', '股']) && find(before, "价格", 0).is_some())
        || contains_any(before, STATED_STANDING)
}

/// The words that name a plan document's total budget (`方案计划总投资1.04亿元`): the document
/// is the subject, so the figure describes what was approved, no promise.
const DOCUMENT_BUDGETS: &[&str] = &[
    "方案计划总投资",
    "方案总投资",
    "规划计划总投资",
    "规划总投资",
];

/// A plan document's budget and its funding split (`方案计划总投资1.04亿元，其中中央和省级补助
/// 资金6240万元、县级配套资金4160万元`), round 29 C2: the item before the figure (`item`, from
/// the item's start) ends with one of `DOCUMENT_BUDGETS` (and 约), or the clause opens with 其中
/// right after such a clause and the item is a bare sum of 资金 (no verb: `其中市级财政安排9.3亿元`
/// stays). A list's own total (`共安排民生实事项目13件，计划总投资42.3亿元`) names no document and
/// stays a goal. `clause_start` is where the figure's clause opens, `n` the whole text.
pub(super) fn document_budget(n: &[char], clause_start: usize, item: &[char]) -> bool {
    let item = item.strip_suffix(&['约']).unwrap_or(item);
    // (Compared in place: no copy of each word per figure, round 31 E.)
    let ends_with = |t: &[char], w: &str| super::lexicon::ends_with_at(t, t.len(), w);
    if DOCUMENT_BUDGETS.iter().any(|w| ends_with(item, w)) {
        return true;
    }
    if !ends_with(item, "资金") || !super::lexicon::starts_with_at(n, clause_start, "其中") {
        return false;
    }
    // The clause before, up to 40 characters back to its own start.
    let Some(end) = clause_start.checked_sub(1) else {
        return false;
    };
    if n.get(end) != Some(&'，') {
        return false;
    }
    let from = end.saturating_sub(40);
    let start = n[from..end]
        .iter()
        .rposition(|c| "。；，\n".contains(*c))
        .map_or(from, |p| from + p + 1);
    contains_any(&n[start..end], DOCUMENT_BUDGETS)
}

/// The clauses of a means sentence that commit a fund with a floor (`市财政每年安排…专项资金
/// 不少于2亿元`, `三年累计安排不少于30亿元`, `…专项资金安排不少于6000万元`): a goal to track,
/// not a means (round 19 D: annotated 7 of 7 across the sets, in 保障措施 or not; a fund
/// without a floor, `每年安排…专项资金3亿元`, 2 of 8, stays a means). Each as a sentence.
pub(super) fn fund_floor_clauses(n: &[char], s: &Sentence) -> Vec<Sentence> {
    let Some(all) = n.get(s.start..s.end) else {
        return Vec::new();
    };
    if !contains_any(all, &["资金", "经费"]) {
        return Vec::new();
    }
    s.clauses
        .iter()
        .filter(|c| {
            n.get(c.start..c.end).is_some_and(|cl| {
                contains_any(cl, &["安排"])
                    && contains_any(cl, &["不少于", "不低于"])
                    && cl.contains(&'元')
            })
        })
        .map(|c| Sentence {
            start: c.start,
            end: c.end,
            clauses: vec![*c],
        })
        .collect()
}

/// The clauses of a means sentence that set a share or a rate with a floor (`福利彩票公益金
/// 用于支持养老服务的比例不低于55%`, `企业诉求按期办结率保持在98%以上`, `每年安排不少于5%的
/// 新增建设用地指标…`): a goal to track, not a means (seventeenth set D: annotated 5 of 5 across
/// the sets in 保障措施 sections; a threshold for sanctions, `完成率低于80%的…`, a grant's share,
/// `按…30%的比例给予补助`, and a cap, `不超过`, have no floor word and stay means). Each as a
/// sentence; a clause with a sum of money is `fund_floor_clauses`'s.
pub(super) fn share_floor_clauses(n: &[char], s: &Sentence) -> Vec<Sentence> {
    s.clauses
        .iter()
        .filter(|c| {
            n.get(c.start..c.end).is_some_and(|cl| {
                let floor = (0..cl.len()).any(|k| {
                    cl[k] == '%'
                        && k > 0
                        && cl[k - 1].is_ascii_digit()
                        && (cl[k + 1..].starts_with(&['以', '上'])
                            || contains_any(
                                &cl[..k],
                                &["不低于", "不少于", "达到", "保持在", "稳定在", "提高到"],
                            ))
                });
                floor
                    && !cl.contains(&'元')
                    && !contains_any(cl, &["给予", "补助", "奖励"])
                    && !has_bare_below(cl)
            })
        })
        .map(|c| Sentence {
            start: c.start,
            end: c.end,
            clauses: vec![*c],
        })
        .collect()
}

/// Does `cl` hold a bare 低于 (a sanction's threshold), not the floor 不低于?
fn has_bare_below(cl: &[char]) -> bool {
    (1..cl.len()).any(|k| cl[k - 1] == '低' && cl[k] == '于' && (k < 2 || cl[k - 2] != '不'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cs(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Twenty-first set, fixed after the run (F3): a share of a score and a definition.
    #[test]
    fn a_share_of_points_and_a_definition_are_no_goals() {
        assert!(scoring_rule(&cs("完成目标值只得基本分的"), &cs("90%")));
        assert!(!scoring_rule(&cs("完成全年计划的"), &cs("60%以上")));
        assert!(definition(&cs(
            "较大事故是指一次造成3人以上10人以下死亡，或者"
        )));
        assert!(!definition(&cs("全年生产安全事故死亡人数控制在")));
    }

    /// Round 32 B: a floor of people posted in each unit is a goal; money, things and a bare
    /// count per unit are not.
    #[test]
    fn a_floor_of_people_in_each_unit_is_a_goal() {
        assert!(people_floor_in_each(
            &cs("每个行政村配备专职网格员不少于"),
            &[],
            "名"
        ));
        assert!(people_floor_in_each(
            &cs("每个社区至少配备"),
            &cs("灾害信息员"),
            "名"
        ));
        assert!(people_floor_in_each(
            &cs("每个村培养储备"),
            &cs("以上35岁以下后备干部"),
            "名"
        ));
        assert!(!people_floor_in_each(
            &cs("每个项目另行奖励工作经费"),
            &[],
            "万元"
        ));
        assert!(!people_floor_in_each(
            &cs("每个重点产业链至少培育"),
            &cs("标杆企业"),
            "家"
        ));
        assert!(people_floor_in_each(
            &cs("乡镇（街道）安全监管员每个不少于"),
            &[],
            "名"
        ));
        // Review 27: no posting verb, no staff: a rule or a share of a flow.
        assert!(!people_floor_in_each(
            &cs("每个项目至少带动就业"),
            &cs("以上"),
            "人"
        ));
        assert!(!people_floor_in_each(
            &cs("确保每个零就业家庭至少有"),
            &cs("稳定就业"),
            "人"
        ));
        assert!(!people_floor_in_each(&cs("其中每个乡镇不少于"), &[], "人"));
        assert!(!people_floor_in_each(
            &cs("高新区将为每个签约项目配备"),
            &cs("“项目管家”"),
            "名"
        ));
    }
}
