//! Owners named in the prose of minutes or a speech (sixteenth set, fixed after the run): a sentence handing the
//! work before it to units (`以上工作由市住房城乡建设局牵头，市财政局、各区政府配合。`,
//! `这个工作由市住建局牵头，各区政府负责具体实施，…配合。`) owns the figures of its paragraph;
//! a clause naming the unit that does what follows (`由市商务局负责，…`, `市应急管理局牵头，…`,
//! `市城管局于4月15日前出台…`, `市农业农村局要压实…责任，…`) owns the figures after it, to the
//! sentence's end or the next such clause.

use super::clauses::Sentence;
use super::items::{
    OWNER_VERBS, UNIT_ENDS, ends_with_owner_verb_closed, in_rank_order, unit_or_officer, verb_units,
};

/// How a sentence handing the work before it opens (`以上工作由…`).
const BEFORE_OPENERS: &[&str] = &[
    "以上工作由",
    "上述工作由",
    "这个工作由",
    "这项工作由",
    "以上任务由",
    "上述任务由",
    "这项任务由",
];

/// A sentence that hands the work before it to units: its units, the lead first, and whether
/// the sentence says nothing else (a speaker's handing may go on to remarks of its own,
/// `这两个项目，我亲自包抓，…，每半个月向我报告一次进度`, read as any sentence is).
pub(crate) fn owners_of_before(
    n: &[char],
    s: &Sentence,
    speaker: Option<&str>,
) -> Option<(Vec<String>, bool)> {
    // (Asked of every sentence: the opener is looked for in place before the sentence is
    // copied out.)
    let first = (s.start..s.end).find(|&k| !n[k].is_whitespace())?;
    if let Some(handed) = spoken_handing(n, first, s.end, speaker) {
        return Some(handed);
    }
    let qualified = qualified_opener(n, first, s.end);
    if qualified.is_none()
        && !BEFORE_OPENERS
            .iter()
            .any(|o| super::lexicon::starts_with_at(n, first, o))
    {
        return None;
    }
    let text = super::lexicon::string_of(&n[qualified.unwrap_or(first)..s.end]);
    let text = text.trim().trim_end_matches(['。', '；']);
    let rest = match qualified {
        Some(_) => text,
        None => BEFORE_OPENERS.iter().find_map(|o| text.strip_prefix(o))?,
    };
    if rest.chars().count() > 80 {
        return None;
    }
    verb_units(rest).map(|units| (units, true))
}

/// The longest qualifier between `以上`/`上述` and `任务由`/`工作由` (`以上劳务协作任务由…`).
const QUALIFIER: usize = 8;

/// How a sentence pointing back over the lines before it opens (`以上…任务由…`, `上述…`).
const BACK_OPENERS: &[&str] = &["以上", "上述"];

/// Nineteenth set, fixed after the run: a handing naming the kind of work it hands back
/// (`以上劳务协作任务由乙方县人社局牵头，…配合。`): `以上` or `上述`, a few characters of a
/// name (no punctuation), then `任务由` or `工作由`; the position after its `由`.
fn qualified_opener(n: &[char], first: usize, end: usize) -> Option<usize> {
    if !BACK_OPENERS
        .iter()
        .any(|o| super::lexicon::starts_with_at(n, first, o))
    {
        return None;
    }
    let from = first + 2;
    (from + 1..(from + QUALIFIER + 1).min(end))
        .take_while(|&k| super::numbers::is_cjk(n[k - 1]))
        .find(|&k| {
            ["任务由", "工作由"]
                .iter()
                .any(|w| super::lexicon::starts_with_at(n, k, w))
        })
        .map(|k| k + 3)
}

/// Does a handing of the work before it point back over the items before it (`以上…`,
/// `上述…`), not only the item it closes?
pub(crate) fn hands_back_items(n: &[char], s: &Sentence) -> bool {
    (s.start..s.end)
        .find(|&k| !n[k].is_whitespace())
        .is_some_and(|k| {
            BACK_OPENERS
                .iter()
                .any(|o| super::lexicon::starts_with_at(n, k, o))
        })
}

/// How a speaker hands the work just spoken of (round 27 B): a topic pointing back (`这个事情，`,
/// `这件事`, `这两个项目，`), then units with their verbs (`由镇招商办牵头，经发办、各村配合`), the
/// speaker (`我亲自包抓`, `由我负责`) or a 第一责任人 (`各村书记是第一责任人`); the parts after the
/// last such part (`，招商任务已经分解到…`) are the speaker's remarks, read no further.
const SPOKEN_TOPICS: &[&str] = &[
    "这个事情",
    "这件事情",
    "这件事",
    "这项工作",
    "这个工作",
    "这些工作",
    "这项任务",
    "这个任务",
    "以上工作",
    "上述工作",
    "以上任务",
    "上述任务",
    "这个",
];

/// The longest a topic-only part may be (`这两个项目`, `这几件事`).
const TOPIC_PART: usize = 6;

/// The parts a speaker's handing may take, at most (a long sentence is no handing).
const HANDING_PARTS: usize = 6;

/// The units of a sentence in which a speaker hands the work before it (`SPOKEN_TOPICS`), the
/// lead first; `speaker` is the speaker's title from the byline (`speaker_title`).
fn spoken_handing(
    n: &[char],
    first: usize,
    end: usize,
    speaker: Option<&str>,
) -> Option<(Vec<String>, bool)> {
    // (A cheap look first: a pointing word, a unit or officer's verb or 第一责任人 in the first
    // part, or nothing is copied out.)
    let stop = (first..end.min(first + HEAD_REACH))
        .find(|&k| matches!(n[k], '，' | ',' | '。' | '；'))
        .unwrap_or(end.min(first + HEAD_REACH));
    let head = &n[first..stop];
    let points = matches!(n[first], '这' | '以' | '上');
    if !points
        && !OWNER_VERBS
            .iter()
            .any(|(v, _)| super::lexicon::ends_with_at(head, head.len(), v))
        && !head.ends_with(&['第', '一', '责', '任', '人'])
    {
        return None;
    }
    let text = super::lexicon::string_of(&n[first..end]);
    let text = text.trim().trim_end_matches(['。', '；', '！']);
    let mut parts = text.split(['，', ',']).peekable();
    let head = *parts.peek()?;
    // (`这两个项目，我亲自包抓，…`, `这个项目，…`: a short topic alone in its part.)
    let topic_part = head.starts_with('这')
        && head.chars().count() <= TOPIC_PART
        && spoken_part(head, speaker).is_none();
    let topic = SPOKEN_TOPICS
        .iter()
        .find_map(|w| head.strip_prefix(w))
        .filter(|_| !topic_part);
    match topic {
        // (`这个事情，由…`: the topic alone in its part.)
        Some("") => {
            parts.next();
        }
        Some(_) => {}
        None if topic_part => {
            parts.next();
        }
        None if head.ends_with("第一责任人") => {}
        // (No topic: a sentence of units and their verbs alone, `市场营销部牵头，各子公司配合。`.)
        None => {
            let all: Option<Vec<_>> = parts.map(|p| spoken_part(p, speaker)).collect();
            let all = all.filter(|a| a.len() <= HANDING_PARTS)?;
            return in_rank_order(all).map(|units| (units, true));
        }
    }
    let mut ranked: Vec<(usize, Vec<String>)> = Vec::new();
    let mut whole = true;
    for (k, part) in parts.enumerate() {
        let part = match (k, topic) {
            (0, Some(rest)) if !rest.is_empty() => rest,
            _ => part,
        };
        // (Said aloud, the units after the lead keep the order they are named in: `我亲自包抓，
        // 镇长配合，经发办具体负责` is [the speaker, 镇长, 经发办], as annotated.)
        match spoken_part(part, speaker) {
            Some((rank, units)) => ranked.push((rank.min(1), units)),
            None if k == 0 => return None,
            None => {
                whole = false;
                break;
            }
        }
        if k >= HANDING_PARTS {
            return None;
        }
    }
    in_rank_order(ranked).map(|units| (units, whole))
}

/// How far the first part of a sentence is looked at for a handing (`spoken_handing`).
const HEAD_REACH: usize = 40;

/// One part of a speaker's handing: its rank (lead 0, doer 1, partner 2; a 监督 part names no
/// owner) and its units.
fn spoken_part(part: &str, speaker: Option<&str>) -> Option<(usize, Vec<String>)> {
    let part = part.trim();
    let part = part.strip_prefix('由').unwrap_or(part);
    // (`我亲自包抓`, `我负责`: the speaker, named by the byline's title; with no byline, none.)
    if let Some(rest) = part.strip_prefix('我') {
        let rest = rest.strip_prefix("亲自").unwrap_or(rest);
        return ["包抓", "抓", "负责", "牵头", "挂帅"]
            .contains(&rest)
            .then(|| (0, speaker.map(String::from).into_iter().collect()));
    }
    if let Some(who) = part.strip_suffix("第一责任人") {
        let (names, _) = who.split_once('是')?;
        return Some((1, role_units(names)?));
    }
    if part.ends_with("监督") && part.chars().count() <= 14 {
        return Some((3, Vec::new()));
    }
    let units = verb_units(part)?;
    let rank = OWNER_VERBS
        .iter()
        .find(|(v, _)| part.ends_with(v))
        .map_or(1, |(_, r)| *r);
    Some((rank, units))
}

/// Names of units or officers split at `、`, each 2 to 20 characters ending as one does.
fn role_units(names: &str) -> Option<Vec<String>> {
    let units: Vec<String> = names.split('、').map(|x| x.trim().to_string()).collect();
    units.iter().all(|u| unit_or_officer(u)).then_some(units)
}

/// The speaker's title from a speech's byline in its first lines (`镇党委书记  周立新`, `董事长
/// 孙启明`): a title ending as an officer's does, spaces, then a name of 2 to 4 characters.
pub(crate) fn speaker_title(text: &str) -> Option<String> {
    text.lines().take(BYLINE_LINES).find_map(|line| {
        let line = line.trim();
        let (title, name) = line.split_once([' ', '　'])?;
        let name = name.trim_start_matches([' ', '　']);
        let cjk = |s: &str| s.chars().all(super::numbers::is_cjk);
        ((2..=4).contains(&name.chars().count())
            && cjk(name)
            && cjk(title)
            && (2..=12).contains(&title.chars().count())
            && super::lexicon::OFFICER_TITLES
                .iter()
                .any(|w| title.ends_with(w)))
        .then(|| title.to_string())
    })
}

/// How many lines of a text's head are looked at for a byline.
const BYLINE_LINES: usize = 15;

/// What may follow a unit opening a clause as its subject (`市城管局于4月15日前…`); a unit
/// taking on a field (`县科技局负责创新平台建设，年内…`) or leading partners
/// (`县城市管理局会同县住建局，10月底前…`: round 25 A) owns the figures after it as well.
const AFTER_SUBJECT: &[&str] = &[
    "要", "于", "在", "年内", "今年", "全年", "负责", "会同", "将", "还将",
];

/// The verbs right after a department's name that make it the clause's subject: the first
/// entries of `AFTER_SUBJECT` (要 / 于 / 在).
const DEPARTMENT_VERBS: &[&str] = AFTER_SUBJECT.split_at(3).0;

/// A clause naming the unit that does what follows: its units.
pub(crate) fn clause_owners(clause: &[char]) -> Option<Vec<String>> {
    // (Nineteenth set, fixed after the run: an item's mark opening the clause, `（二）县工业园区
    // 管委会要…`, `1.产品部牵头，…`, is no part of the unit's name.)
    let lead = clause.iter().take_while(|c| c.is_whitespace()).count();
    let clause = &clause[lead..];
    let clause = &clause[super::shortfall::list_mark_len(clause)..];
    // (Round 29 B: nor is the bracket of a note of units opening it, `（质量发展科牵头，各县（市、
    // 区）局配合）`, whose nested brackets the note reader leaves to the clauses.)
    let clause = match clause.first() {
        Some('（' | '(') => &clause[1..],
        _ => clause,
    };
    if !may_name_owner(clause) {
        return None;
    }
    let text = super::lexicon::string_of(clause);
    let text = text.trim().trim_end_matches(['，', '；', '。', ',', ';']);
    // A clause that is only units and a verb: `由市商务局负责`, `市应急管理局牵头`; after a short
    // topic it hands on (`加装电梯也由区住建局牵头`: round 24 A), the units after 由 alone.
    let whole = text.strip_prefix('由').unwrap_or(text);
    let whole = handed_on(whole).unwrap_or(whole);
    if whole.chars().count() <= 40 {
        if let Some(units) = verb_units(whole) {
            return Some(units);
        }
    }
    // A unit as the clause's subject: `市城管局要加快推进…`, `市交通运输局年内淘汰…`; or a
    // zone's committee, whatever its place name (`桐溪经济开发区管委会要在9月底前…`: round 24 A).
    let chars: Vec<char> = text.chars().collect();
    if let Some(unit) = department_subject(&chars) {
        return Some(vec![unit]);
    }
    if let Some(units) = each_unit_subject(&chars) {
        return Some(units);
    }
    let committee = |k: usize| chars[..k].ends_with(&['管', '委', '会']);
    if !text.starts_with(['市', '县', '区', '省']) && !(3..chars.len().min(17)).any(committee) {
        return None;
    }
    (3..chars.len().min(17)).find_map(|k| {
        if !UNIT_ENDS.contains(&chars[k - 1]) {
            return None;
        }
        if !text.starts_with(['市', '县', '区', '省']) && !committee(k) {
            return None;
        }
        let after: String = chars[k..].iter().take(3).collect();
        // (`市工业和信息化局负责人在会上表示`: the unit's official, not the unit taking on work.)
        if after == "负责人" {
            return None;
        }
        let unit: String = chars[..k].iter().collect();
        ((AFTER_SUBJECT.iter().any(|a| after.starts_with(a))
            || dated_office(&chars[..k], &chars[k..]))
            && !place_centre(&unit))
        .then(|| vec![unit])
    })
}

/// The longest unit's name read before a colon opening a sentence (`镇财政所：`).
const COLON_UNIT_MAX: usize = 12;

/// A unit's name alone in a clause closed by a full-width colon (`clause` includes the colon),
/// the tasks after it its own
/// (`镇财政所：一般公共预算收入完成1.2亿元，…。镇自然资源所：…`: a scheme listing each office's
/// tasks in one paragraph; round 30 D: t162). The name starts with the level of government
/// (市 / 县 / 区 / 省 / 镇 / 乡) and ends as a unit does (`UNIT_ENDS`), with no figure in it.
pub(crate) fn colon_unit(clause: &[char]) -> Option<Vec<String>> {
    let lead = clause.iter().take_while(|c| c.is_whitespace()).count();
    let clause = &clause[lead..];
    let colon = clause
        .iter()
        .take(COLON_UNIT_MAX + 1)
        .position(|&c| c == '：')?;
    let name = &clause[..colon];
    let unit = name.len() >= 3
        && name
            .first()
            .is_some_and(|c| matches!(c, '市' | '县' | '区' | '省' | '镇' | '乡'))
        && name.last().is_some_and(|c| UNIT_ENDS.contains(c))
        && name.iter().all(|&c| super::numbers::is_cjk(c));
    unit.then(|| vec![name.iter().collect()])
}

/// Can [`clause_owners`] read units in `clause` at all? Each of its readings needs a
/// character looked for here in place: an owner verb ending the clause (`…负责`, before its
/// closing marks), 部 or 中心 among its first eight characters (a department), 市 / 县 / 区 /
/// 省 opening it or 会 among its first sixteen (a unit or a zone's 管委会 as the subject).
/// Most clauses have none of them and are passed over before they are copied into a string
/// (round 27 E: the copies were a twentieth of a document's allocations).
fn may_name_owner(clause: &[char]) -> bool {
    let lead = clause.iter().take_while(|c| c.is_whitespace()).count();
    let body = &clause[lead..];
    ends_with_owner_verb_closed(body)
        || body
            .iter()
            .take(8)
            .skip(2)
            .any(|&c| matches!(c, '部' | '心'))
        || body
            .first()
            .is_some_and(|c| matches!(c, '市' | '县' | '区' | '省' | '各'))
        || body.iter().take(16).skip(2).any(|&c| c == '会')
}

/// The units part of `topic由units…` when the topic before the first 由 is short (2–8
/// characters) and names no figure: `加装电梯也由区住建局牵头` hands 加装电梯 to 区住建局. No
/// handing word (也, 则, 均) is required before 由 (`改造工程由区住建局牵头` hands on as well);
/// the units after it must still pass `verb_units` (review 21, finding 10).
fn handed_on(text: &str) -> Option<&str> {
    let (topic, rest) = text.split_once('由')?;
    let n = topic.chars().count();
    ((2..=8).contains(&n) && !topic.chars().any(|c| c.is_ascii_digit())).then_some(rest)
}

/// Words ending in 部 that name no department (`领导干部要带头`, `全部要`, `内部要`), a part
/// of a region (`中西部要…`, `东北部`: review 22, finding 2) or a club (`干部俱乐部要…`).
const NOT_DEPARTMENTS: &[&str] = &[
    "干部",
    "全部",
    "内部",
    "外部",
    "局部",
    "各部",
    "一部",
    "本部",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "俱乐部",
];

/// A 中心 named after a place (`市中心`, `城市中心`, `镇中心`, `区中心`): the middle of a town,
/// no department.
fn place_centre(name: &str) -> bool {
    name.strip_suffix("中心")
        .is_some_and(|stem| stem.ends_with(['市', '县', '镇', '区', '城', '乡', '村']))
}

/// A company's department as a clause's subject (`法务部要在3月底前完成…`, `财务部要牵头…`,
/// `信息中心要加快建设…`): a name of 3 to 8 characters, no digit, ending in 部 or 中心, right
/// before 要 / 于 / 在 (round 25 C: an operating report hands each department its tasks so;
/// the annotators of t121, t140 and heldout17b n2 named those departments as owners).
fn department_subject(chars: &[char]) -> Option<String> {
    (3..chars.len().min(9)).find_map(|k| {
        let name: String = chars[..k].iter().collect();
        let dept = name.ends_with('部') || name.ends_with("中心");
        if !dept
            || name.starts_with('各')
            // (Round 29 B: a name ending 安全部 is a security department, `信息安全部`, not 全部.)
            || (NOT_DEPARTMENTS.iter().any(|w| name.ends_with(w)) && !name.ends_with("安全部"))
            || place_centre(&name)
            || chars[..k]
                .iter()
                .any(|c| c.is_ascii_digit() || "，、：（".contains(*c))
        {
            return None;
        }
        let after: String = chars[k..].iter().take(1).collect();
        (DEPARTMENT_VERBS.contains(&after.as_str()) || dated_office(&chars[..k], &chars[k..]))
            .then_some(name)
    })
}

/// Round 29 B: every unit of a kind as the clause's subject (`各乡镇要抓好村集体经济，年底前…`,
/// `各科室于6月底前…`): 各, one to four characters ending as a unit does, then 要 / 于 / 在.
fn each_unit_subject(chars: &[char]) -> Option<Vec<String>> {
    if chars.first() != Some(&'各') {
        return None;
    }
    (3..chars.len().min(7)).find_map(|k| {
        let after: String = chars[k..].iter().take(1).collect();
        // (Review 24: 各单位 is the commonest such subject, though 位 ends no unit's name;
        // 各场所 / 各处所 are the places regulated, not units of the plan.)
        let kind = &chars[1..k];
        (((UNIT_ENDS.contains(&chars[k - 1])
            && !kind.ends_with(&['场', '所'])
            && !kind.ends_with(&['处', '所']))
            || kind == ['单', '位'])
            && chars[1..k].iter().all(|&c| super::numbers::is_cjk(c))
            && DEPARTMENT_VERBS.contains(&after.as_str()))
        .then(|| vec![chars[..k].iter().collect()])
    })
}

/// Review 24: [`dated_after`] for an office's name only (ending 局 / 委 / 办 / 部 / 科 / 处 /
/// 室 / 组 / 会): in a project list the name before a date is the project, a facility
/// (`县第二人民医院6月底前投入使用`, `县体育中心10月底前建成投用`), not the unit doing it.
fn dated_office(name: &[char], rest: &[char]) -> bool {
    name.last()
        .is_some_and(|c| "局委办部科处室组会".contains(*c))
        && dated_after(rest)
}

/// Round 29 B: a deadline right after a unit's name makes the unit the clause's subject as a
/// verb does (`国际业务部6月底前完成…`, `信息安全部6月30日前完成…`, `市场部Q2内举办…`): a month
/// in digits (`6月`, `10月`) or a quarter (`Q2`).
fn dated_after(rest: &[char]) -> bool {
    match rest {
        [d, '月', ..] | [_, d, '月', ..] if d.is_ascii_digit() && rest[0].is_ascii_digit() => {
            true
        }
        ['Q', d, ..] => d.is_ascii_digit(),
        _ => false,
    }
}

/// How far into a sentence's first clause a rate's name may end (`RATE_REACH`).
const RATE_REACH: usize = 16;

/// Round 29 B: does sentence `s` open with a rate and its goal alone (`会诊及时率达到95%以上，…`,
/// `手术安全核查执行率保持100%。`), no unit as its subject? Such a sentence, after one naming the
/// unit that does the paragraph's work (`医务科负责，…。`), is that unit's as a dated task is.
pub(crate) fn opens_with_rate(n: &[char], s: &Sentence) -> bool {
    let Some(c) = s.clauses.first() else {
        return false;
    };
    let first = (c.start..c.end)
        .find(|&k| !n[k].is_whitespace())
        .unwrap_or(c.end);
    let reach = c.end.min(first + RATE_REACH);
    let Some(at) = (first..reach).find(|&k| n[k] == '率') else {
        return false;
    };
    let after = if n.get(at + 1) == Some(&'要') {
        at + 2
    } else {
        at + 1
    };
    at >= first + 2
        && n[first..at].iter().all(|&c| super::numbers::is_cjk(c))
        // (An actor's modal before the rate, `县统计局要确保数据准确率…`: a subject of its own.)
        && !n[first..at].iter().any(|c| matches!(c, '要' | '将' | '须' | '保'))
        // (Review 24: a rate of the whole area, `全县森林覆盖率达到45%`, is no unit's task.)
        && !(n[first] == '全' && n.get(first + 1).is_some_and(|c| "县市省区国镇乡社".contains(*c)))
        && super::lexicon::PRE_WORDS.iter().any(|(w, _)| {
            super::lexicon::starts_with_at(n, after, w)
                && n.get(after + w.chars().count())
                    .is_some_and(|d| d.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Every clause the readings find units in passes the cheap test first.
    #[test]
    fn owner_clauses_pass_the_cheap_test() {
        for s in [
            "由市商务局负责，",
            "市应急管理局牵头",
            "加装电梯也由区住建局牵头",
            "  市财政局、市税务局按职责分工负责 ；",
            "市城管局于4月15日前出台",
            "县科技局负责创新平台建设",
            "桐溪经济开发区管委会要在9月底前",
            "法务部要在3月底前完成",
            "信息中心要加快建设",
        ] {
            let cs = chars(s);
            assert!(clause_owners(&cs).is_some(), "{s}");
            assert!(may_name_owner(&cs), "{s}");
        }
        for s in [
            "全年新增城镇就业1100万人以上",
            "力争达到8%",
            "确保完成年度目标",
        ] {
            assert!(!may_name_owner(&chars(s)), "{s}");
        }
    }

    /// An item's mark opening the clause is no part of the unit's name (nineteenth set).
    #[test]
    fn an_item_mark_is_no_part_of_a_unit() {
        for (s, unit) in [
            ("（二）县统计局要加强统计监测", "县统计局"),
            ("（二）县工业园区管委会要加快建设", "县工业园区管委会"),
            ("1.产品部牵头", "产品部"),
            ("（质量发展科牵头", "质量发展科"),
        ] {
            assert_eq!(
                clause_owners(&chars(s)),
                Some(vec![unit.to_string()]),
                "{s}"
            );
        }
    }

    /// `以上…任务由` names the kind of work it hands back (nineteenth set, fixed after the run).
    #[test]
    fn a_handing_may_name_its_work() {
        let n = chars("以上劳务协作任务由县人社局牵头，区人社局配合。");
        assert_eq!(qualified_opener(&n, 0, n.len()), Some(9));
        for s in [
            "以上工作由县人社局牵头",
            "以上，由县人社局牵头",
            "以上年度任务完成情况由",
        ] {
            let n = chars(s);
            assert_eq!(qualified_opener(&n, 0, n.len()), None, "{s}");
        }
    }

    /// A deadline right after a unit's name makes it the clause's subject; a name ending 安全部
    /// is a department (round 29 B).
    #[test]
    fn a_deadline_after_a_unit_names_it() {
        for (s, unit) in [
            ("3．国际业务部6月底前完成新加坡办事处注册", "国际业务部"),
            ("4．信息安全部6月30日前完成第一阶段审核", "信息安全部"),
            ("2．市场部Q2内举办行业客户大会不少于2场", "市场部"),
            ("县交通运输局10月底前建成通车", "县交通运输局"),
            ("县商务局还将在6月底前建成县级电商直播基地", "县商务局"),
            ("各乡镇要抓好村集体经济", "各乡镇"),
        ] {
            assert_eq!(
                clause_owners(&chars(s)),
                Some(vec![unit.to_string()]),
                "{s}"
            );
        }
        for s in [
            "工作全部6月底前完成",
            "东部6月底前完成",
            "全年6月底前",
            "各地要加快",
            "各项工作要",
        ] {
            assert_eq!(clause_owners(&chars(s)), None, "{s}");
        }
    }

    /// A sentence opening with a rate and its goal, no subject of its own (round 29 B).
    #[test]
    fn a_rate_sentence_has_no_subject_of_its_own() {
        let read = |s: &str| {
            let t = super::super::clauses::prepare(s);
            let sents = super::super::clauses::sentences(&t);
            sents.first().is_some_and(|f| opens_with_rate(&t.norm, f))
        };
        assert!(read(
            "会诊及时率达到95%以上，急会诊10分钟内到位率达到100%。"
        ));
        assert!(read("手术安全核查执行率保持100%。"));
        assert!(read("上半年重点项目开工率要达到70%。"));
        assert!(!read(
            "医院质量与安全管理委员会每季度召开1次会议，全年不少于4次。"
        ));
        assert!(!read("县统计局要确保数据准确率达到100%。"));
        assert!(!read("率达到100%。"));
    }
}
