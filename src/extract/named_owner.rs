//! Owners named in the prose of minutes or a speech (sixteenth set, fixed after the run): a sentence handing the
//! work before it to units (`以上工作由市住房城乡建设局牵头，市财政局、各区政府配合。`,
//! `这个工作由市住建局牵头，各区政府负责具体实施，…配合。`) owns the figures of its paragraph;
//! a clause naming the unit that does what follows (`由市商务局负责，…`, `市应急管理局牵头，…`,
//! `市城管局于4月15日前出台…`, `市农业农村局要压实…责任，…`) owns the figures after it, to the
//! sentence's end or the next such clause.

use super::clauses::Sentence;
use super::items::{UNIT_ENDS, ends_with_owner_verb, verb_units};

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

/// A sentence that only hands the work before it to units: its units, the lead first.
pub(crate) fn owners_of_before(n: &[char], s: &Sentence) -> Option<Vec<String>> {
    // (Asked of every sentence: the opener is looked for in place before the sentence is
    // copied out.)
    let first = (s.start..s.end).find(|&k| !n[k].is_whitespace())?;
    if !BEFORE_OPENERS
        .iter()
        .any(|o| super::lexicon::starts_with_at(n, first, o))
    {
        return None;
    }
    let text = super::lexicon::string_of(&n[s.start..s.end]);
    let text = text.trim().trim_end_matches(['。', '；']);
    let rest = BEFORE_OPENERS.iter().find_map(|o| text.strip_prefix(o))?;
    if rest.chars().count() > 80 {
        return None;
    }
    verb_units(rest)
}

/// What may follow a unit opening a clause as its subject (`市城管局于4月15日前…`); a unit
/// taking on a field (`县科技局负责创新平台建设，年内…`) or leading partners
/// (`县城市管理局会同县住建局，10月底前…`: round 25 A) owns the figures after it as well.
const AFTER_SUBJECT: &[&str] = &["要", "于", "在", "年内", "今年", "全年", "负责", "会同"];

/// The verbs right after a department's name that make it the clause's subject: the first
/// entries of `AFTER_SUBJECT` (要 / 于 / 在).
const DEPARTMENT_VERBS: &[&str] = AFTER_SUBJECT.split_at(3).0;

/// A clause naming the unit that does what follows: its units.
pub(crate) fn clause_owners(clause: &[char]) -> Option<Vec<String>> {
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
        (AFTER_SUBJECT.iter().any(|a| after.starts_with(a)) && !place_centre(&unit))
            .then(|| vec![unit])
    })
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
    // (As `clause_owners` trims the text: spaces, then the closing marks, then the last
    // part's spaces.)
    let mut end = body.len();
    while end > 0 && body[end - 1].is_whitespace() {
        end -= 1;
    }
    while end > 0 && matches!(body[end - 1], '，' | '；' | '。' | ',' | ';') {
        end -= 1;
    }
    while end > 0 && body[end - 1].is_whitespace() {
        end -= 1;
    }
    ends_with_owner_verb(&body[..end])
        || body
            .iter()
            .take(8)
            .skip(2)
            .any(|&c| matches!(c, '部' | '心'))
        || body
            .first()
            .is_some_and(|c| matches!(c, '市' | '县' | '区' | '省'))
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
            || NOT_DEPARTMENTS.iter().any(|w| name.ends_with(w))
            || place_centre(&name)
            || chars[..k]
                .iter()
                .any(|c| c.is_ascii_digit() || "，、：（".contains(*c))
        {
            return None;
        }
        let after: String = chars[k..].iter().take(1).collect();
        DEPARTMENT_VERBS.contains(&after.as_str()).then_some(name)
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
}
