//! Items of a work list (工作要点, 重点工作任务分工方案): the note of units that closes an item
//! (`（牵头单位：县教育局；责任单位：县住建局）`), and the deadline written at an item's end
//! (`新建学校5所，新增学位2700个，8月底前投入使用`), which is the deadline of the item's
//! figures, not a milestone of its own.

use super::clauses::{Clause, Sentence};
use super::lexicon::{OFFICER_TITLES, find, starts_with_at};
use super::{WinKind, Window};
use crate::extract::lexicon::is_digit;

/// The titles of a note of units after an item, lead unit first, each with its rank (牵头
/// before 责任 before 配合).
pub(crate) const OWNER_TITLES: &[(&str, usize)] = &[
    ("牵头单位", 0),
    ("牵头部门", 0),
    ("责任单位", 1),
    ("责任部门", 1),
    ("配合单位", 2),
    ("配合部门", 2),
    // (Round 29 D: a department's own work points name its divisions, `（责任处室：待遇保障处、
    // 省医保信息中心）`, `（牵头处室：…；配合处室：…）`.)
    ("牵头处室", 0),
    ("责任处室", 1),
    ("配合处室", 2),
    // (Nineteenth set, fixed after the run: a plan or an OKR closing each key result with
    // `（负责：销售中心、客户成功部）`, `（负责部门：质控科）`. The bare `负责` is a title only with
    // its colon, and every name after it must end as a unit's or a team's does.)
    ("负责单位", 1),
    ("负责部门", 1),
    ("负责", 1),
    // (Twenty-second set, fixed after the run: a bureau's work points closing each item with
    // `（牵头：产业发展科；配合：各区县文化和旅游局）`, `（牵头：资源开发科）`. Bare as `负责` is:
    // a title only with its colon, every name after it ending as a unit's does.)
    ("牵头", 0),
    ("配合", 2),
];

/// Does an owner title open `n[at..]`: one of `OWNER_TITLES`, then `：` (after spaces) for the
/// bare `负责` (`（负责人：…`, `（负责同志…` are no note)?
fn owner_title_at(n: &[char], at: usize) -> bool {
    OWNER_TITLES.iter().any(|(t, _)| {
        starts_with_at(n, at, t)
            && (!BARE_TITLES.contains(t) || {
                let k = at + t.chars().count();
                let k = (k..n.len())
                    .find(|&j| !matches!(n[j], ' ' | '\u{3000}'))
                    .unwrap_or(n.len());
                n.get(k).is_some_and(|c| matches!(c, '：' | ':'))
            })
    })
}

/// The titles naming units with no word for their kind (`负责：…`, `牵头：…；配合：…`).
const BARE_TITLES: &[&str] = &["负责", "牵头", "配合"];

/// The units named by a note closing a line (`…。（牵头单位：县发展改革局；责任单位：各乡镇、
/// 街道）`), the lead unit first (牵头 before 责任 before 配合, as the titles rank); `None`
/// when the line does not end with such a note.
pub(crate) fn owner_note(line: &str) -> Option<Vec<String>> {
    owner_note_at(line).map(|(_, units)| units)
}

/// `owner_note`, with the byte offset in `line` where the note opens.
pub(crate) fn owner_note_at(line: &str) -> Option<(usize, Vec<String>)> {
    let line = before_editor_mark(line.trim_end());
    let body = line.strip_suffix('）').or_else(|| line.strip_suffix(')'))?;
    let open = note_open(body)?;
    let inner = &body[open..];
    let inner = inner
        .strip_prefix('（')
        .or_else(|| inner.strip_prefix('('))?;
    titled_units(inner)
        .or_else(|| verb_units(inner))
        .map(|units| (open, units))
}

/// `line` without an editor's mark closing it (`…（负责：国际业务部）【修订：原为20%】`): a
/// bracketed remark of at most 40 characters after the note, which closes no item of its own
/// (round 29 C). The line as it is when it ends otherwise.
fn before_editor_mark(line: &str) -> &str {
    line.strip_suffix('】')
        .and_then(|body| body.rfind('【'))
        .filter(|&open| line[open..].chars().count() <= EDITOR_MARK_MAX)
        .map_or(line, |open| line[..open].trim_end())
}

/// The longest editor's mark `before_editor_mark` passes over, brackets included.
const EDITOR_MARK_MAX: usize = 40;

/// Where the note closing `body` (its last `）` cut off) opens: the bracket matching it, so a
/// unit's name holding brackets stays in the note (`（责任单位：各县（市、区）交通运输局）`,
/// round 29 D).
fn note_open(body: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in body.char_indices().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' if depth == 0 => return Some(at),
            '（' | '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The units of a note whose parts open with a title (`牵头单位：县教育局；责任单位：…`).
fn titled_units(inner: &str) -> Option<Vec<String>> {
    let mut ranked: Vec<(usize, Vec<String>)> = Vec::new();
    for part in inner.split(['；', ';']) {
        let part = part.trim();
        let Some((title, rank)) = OWNER_TITLES.iter().find(|(t, _)| part.starts_with(*t)) else {
            // (Round 32 D: a part after a titled one naming a unit that oversees the work,
            // `（责任单位：各区人民政府；市城市管理局负责指导督促）`: that unit follows the titled
            // ones, as a partner does.)
            // (Review 27: another untitled part after a titled one, or an oversight part
            // too long to read, is passed over: the titled units stand.)
            if ranked.is_empty() {
                return None;
            }
            if let Some(units) = overseers(part) {
                ranked.push((2, units));
            }
            continue;
        };
        let rest = part[title.len()..].trim_start_matches([' ', '　']);
        let rest = rest.strip_prefix('：').or_else(|| rest.strip_prefix(':'))?;
        let bare = BARE_TITLES.contains(title);
        // (Round 23 C: a title's units may close with their verbs, `责任单位：市政务服务和数据
        // 管理局牵头，各区人民政府、市直各部门配合`: each `，` part ranked by its verb, the
        // title's rank without one; the verb is no part of a unit's name.)
        for group in split_top(rest, &['，', ',', '；', ';']) {
            let group = group.trim();
            let (names, verb_rank) = match OWNER_VERBS.iter().find(|(v, _)| group.ends_with(v)) {
                Some((v, r)) if group.len() > v.len() => {
                    (&group[..group.len() - v.len()], Some(*r))
                }
                _ => (group, None),
            };
            let names = names.trim_end();
            let names = match verb_rank {
                Some(_) => names.strip_suffix('等').unwrap_or(names),
                None => names,
            };
            let units = split_units(names)
                .into_iter()
                .map(|x| x.trim().to_string())
                .filter(|x| x.chars().count() >= 2)
                .collect::<Vec<String>>();
            // (`负责：` alone names units only when each name ends as a unit's does.)
            if bare && !units.iter().all(|u| unit_or_officer(u)) {
                return None;
            }
            ranked.push((verb_rank.unwrap_or(*rank), units));
        }
    }
    in_rank_order(ranked)
}

/// The units of an untitled part of a note that oversee the work (`市城市管理局负责指导督促`,
/// `市生态环境局负责监督`): names that each end as a unit's does, then 负责 and a short verb of
/// oversight. `None` otherwise.
fn overseers(part: &str) -> Option<Vec<String>> {
    let (names, role) = part.split_once("负责")?;
    if !OVERSIGHT_VERBS.iter().any(|v| role.starts_with(v)) || role.chars().count() > 6 {
        return None;
    }
    let units: Vec<String> = names.split('、').map(|u| u.trim().to_string()).collect();
    units.iter().all(|u| unit_or_officer(u)).then_some(units)
}

/// The verbs of a unit overseeing others' work (`负责指导督促`, `负责统筹协调`).
const OVERSIGHT_VERBS: &[&str] = &["指导", "督促", "督导", "监督", "统筹", "协调"];

/// `list` split at `seps` outside brackets (`各县〔市、区〕政府，…`).
fn split_top<'a>(list: &'a str, seps: &[char]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    for (at, c) in list.char_indices() {
        match c {
            '（' | '(' | '〔' | '[' | '【' => depth += 1,
            '）' | ')' | '〕' | ']' | '】' => depth = depth.saturating_sub(1),
            c if depth == 0 && seps.contains(&c) => {
                out.push(&list[from..at]);
                from = at + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&list[from..]);
    out
}

/// The units of a note's parts, lead first (by each part's rank); a unit named twice stays
/// where it is first named (`progress validate` rejects a repeat). `None` when none is named.
pub(crate) fn in_rank_order(mut ranked: Vec<(usize, Vec<String>)>) -> Option<Vec<String>> {
    ranked.sort_by_key(|(r, _)| *r);
    let mut units: Vec<String> = Vec::new();
    push_new(&mut units, ranked.into_iter().flat_map(|(_, u)| u));
    (!units.is_empty()).then_some(units)
}

/// Add to `held` each of `units` it does not hold yet, in order (a unit named twice stays
/// where it is first named).
pub(crate) fn push_new(held: &mut Vec<String>, units: impl IntoIterator<Item = String>) {
    for u in units {
        if !held.contains(&u) {
            held.push(u);
        }
    }
}

/// A list of units split at `、`, `，` outside brackets: `各县〔市、区〕政府` is one unit.
fn split_units(list: &str) -> Vec<&str> {
    split_top(list, &['、', '，', ','])
}

/// The verbs closing a part of a note of units named before them (`（市发展改革委牵头）`,
/// `（市财政局、市税务局按职责分工负责）`, `（市住建局牵头，市财政局配合）`), lead first.
pub(crate) const OWNER_VERBS: &[(&str, usize)] = &[
    ("牵头", 0),
    // (A speaker's wording, round 27 B: `由经发办牵头抓`, `由财务部牵头抓总`, `…抓好落实`,
    // `财政所保障资金`.)
    ("牵头抓总", 0),
    ("牵头抓", 0),
    ("抓好落实", 1),
    ("保障资金", 2),
    ("按职责分工负责", 1),
    ("负责具体实施", 1),
    ("具体负责", 1),
    ("按职责负责", 1),
    ("分别负责", 1),
    ("负责", 1),
    ("配合", 2),
    ("参与", 2),
];

/// The verbs a partner's part of a list of units closes with after the lead's (`归集管理科负责，
/// 各管理部落实`, `由市中院执行局负责，各基层法院配合落实`: twenty-third set, fixed after the run):
/// only where every part names units (`verb_units`), so a clause of work (`抓好落实`) stays one.
const PARTNER_VERBS: &[(&str, usize)] = &[("配合落实", 2), ("落实", 2)];

/// A unit (`县住建局`) or an officer or village named as one (`村党支部书记`, `妇女主任`, `镇长`,
/// `村会计`, `村文书`, `村水管员`, `各村`, `各组组长`: round 27 B, the owners a speech or a village's
/// report names): 2 to 20 characters ending as one does.
pub(crate) fn unit_or_officer(u: &str) -> bool {
    (2..=20).contains(&u.chars().count())
        && (u.ends_with(UNIT_ENDS)
            || (OFFICER_TITLES
                .iter()
                .chain(VILLAGE_ENDS)
                .chain(MEMBERS_END)
                .any(|w| u.ends_with(w))
                && !NO_OFFICERS.iter().any(|w| u.ends_with(w))))
}

/// Words ending as an officer's name does that name no one in charge: everyone (`全员参与`,
/// `相关人员`, `成员`) or a change (`增长`, `延长`, `成长`; review 23, finding 5).
const NO_OFFICERS: &[&str] = &["全员", "人员", "成员", "增长", "延长", "成长"];

/// How a village's or a village group's name ends (`各村`, `各组`), named as an owner as an
/// officer is (`unit_or_officer`).
const VILLAGE_ENDS: &[&str] = &["村", "组"];

/// How the members a handing names as a whole end (`县安委会各成员单位配合`, `相关单位配合`;
/// nineteenth set, fixed after the run), named as an owner as an officer is.
const MEMBERS_END: &[&str] = &["单位"];

pub(crate) use super::lexicon::UNIT_ENDS;

/// Does `cs` end with an owner verb once its closing spaces and marks (`，；。,;`) are set
/// aside (`法务部、各子公司配合，`)?
pub(crate) fn ends_with_owner_verb_closed(cs: &[char]) -> bool {
    let end = cs
        .iter()
        .rposition(|&c| !c.is_whitespace() && !matches!(c, '，' | ',' | '；' | ';' | '。'))
        .map_or(0, |k| k + 1);
    ends_with_owner_verb(&cs[..end])
}

/// Does `cs` end with one of the verbs a list of owners ends with (`负责`, `牵头`, …)?
pub(crate) fn ends_with_owner_verb(cs: &[char]) -> bool {
    OWNER_VERBS
        .iter()
        .any(|(v, _)| super::lexicon::ends_with_at(cs, cs.len(), v))
}

/// The units of a note whose parts name units and close with a verb (`市工业和信息化局牵头`,
/// `市财政局、市税务局按职责分工负责`, round 22 C: t125), the way State Council documents
/// close each measure: every part must be such, every name end as a unit's name ends (局, 委
/// …, after a trailing 等), so a bracketed aside (`（由企业负责）`, `（含…）`) is no note.
pub(crate) fn verb_units(inner: &str) -> Option<Vec<String>> {
    let mut ranked: Vec<(usize, Vec<String>)> = Vec::new();
    for part in inner.split(['；', ';', '，', ',']) {
        let part = part.trim();
        let (verb, rank) = OWNER_VERBS
            .iter()
            .chain(PARTNER_VERBS)
            .find(|(v, _)| part.ends_with(v))?;
        let names = part[..part.len() - verb.len()].trim_end();
        // (`企业自行负责`: whoever it is does it on its own; no unit is named.)
        if names.ends_with("自行") {
            return None;
        }
        let names = names.strip_suffix('等').unwrap_or(names);
        let units: Vec<String> = names.split('、').flat_map(joined_by_and).collect();
        if units.is_empty() || !units.iter().all(|u| unit_or_officer(u)) {
            return None;
        }
        ranked.push((*rank, units));
    }
    in_rank_order(ranked)
}

/// A name of a list of units, two units when 和 joins them (`县水利局和相关乡镇`: nineteenth set,
/// fixed after the run): each side must end as a unit's name does, so a name with 和 in it
/// (`县住房和城乡建设局`, `县人力资源和社会保障局`) stays whole.
fn joined_by_and(name: &str) -> Vec<String> {
    let name = name.trim();
    // (An agreement's party before its unit, `由乙方县人力资源和社会保障局牵头，甲方区…配合`: the
    // unit is named without it.)
    let name = ["甲方", "乙方"]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .filter(|u| unit_or_officer(u))
        .unwrap_or(name);
    for (at, _) in name.match_indices('和') {
        let (left, right) = (&name[..at], &name[at + '和'.len_utf8()..]);
        if unit_or_officer(left) && unit_or_officer(right) {
            return vec![left.to_string(), right.to_string()];
        }
    }
    vec![name.to_string()]
}

/// Does a note of units open at `at` (`（牵头单位：…`, `(责任单位：…`)?
pub(crate) fn opens_owner_note(n: &[char], at: usize) -> bool {
    if !n.get(at).is_some_and(|c| matches!(c, '（' | '(')) {
        return false;
    }
    if owner_title_at(n, at + 1) {
        return true;
    }
    // (A note naming its units first, `（市住建局牵头）`: up to its close, at most 60 characters.)
    let close = (at + 1..n.len().min(at + 62)).find(|&k| matches!(n[k], '）' | ')'));
    close.is_some_and(|e| verb_units(&n[at + 1..e].iter().collect::<String>()).is_some())
}

/// A note of units closing a sentence (`…以内（牵头单位：县人社局）`, or a sentence of its own,
/// `（牵头单位：县人社局）`, cut off its item by the sentence end pushed after it): its units,
/// and whether the sentence is only the note.
pub(crate) fn owner_note_sentence(n: &[char], s: &Sentence) -> Option<(Vec<String>, bool)> {
    let mut end = (s.start..s.end).rev().find(|&k| !n[k].is_whitespace())?;
    // (An editor's mark after the note, `（负责：国际业务部）【修订：原为20%】`, closes no
    // item of its own: the note before it is read (round 29 C).)
    if n[end] == '】' {
        // (At most `EDITOR_MARK_MAX` characters, brackets included, as `before_editor_mark`.)
        let open = (s.start.max(end.saturating_sub(EDITOR_MARK_MAX - 1))..end)
            .rev()
            .find(|&k| n[k] == '【')?;
        end = (s.start..open).rev().find(|&k| !n[k].is_whitespace())?;
    }
    if !matches!(n[end], '）' | ')') {
        return None;
    }
    let from = s.start.max(end.saturating_sub(120));
    let text: String = n[from..end].iter().collect();
    let open = from + text[..note_open(&text)?].chars().count();
    let text: String = n[open..=end].iter().collect();
    owner_note(&text).map(|units| (units, open == s.start))
}

/// Where the last of several numbered items of a sentence begins (`今年主要任务：1.新建…；
/// 2.新增…；3.改造老旧小区50个（牵头单位：市住建局）`: at `3.`): after the sentence's last `；`,
/// when a list mark (`3.`, `3、`, `（3）`, `③`) follows it: the position after the `；`.
/// `None` for a sentence of one item.
pub(crate) fn last_numbered_item(n: &[char], s: &Sentence) -> Option<usize> {
    let semi = (s.start..s.end)
        .rev()
        .find(|&k| matches!(n[k], '；' | ';'))?;
    let at = (semi + 1..s.end).find(|&k| !n[k].is_whitespace())?;
    list_mark_at(n, at).then_some(semi + 1)
}

/// Does a list mark open `n[at..]`: one or two digits and `.` / `、` / `．`, a number in
/// brackets (`（3）`, `(3)`), or a circled number (`③`)?
fn list_mark_at(n: &[char], at: usize) -> bool {
    let d = super::numbers::ascii_digits_at(n, at);
    if (1..=2).contains(&d) {
        return n.get(at + d).is_some_and(|c| ".、．".contains(*c));
    }
    if n.get(at).is_some_and(|c| matches!(c, '（' | '(')) {
        let d = super::numbers::ascii_digits_at(n, at + 1);
        return (1..=2).contains(&d) && n.get(at + 1 + d).is_some_and(|c| matches!(c, '）' | ')'));
    }
    n.get(at).is_some_and(|c| ('①'..='⑳').contains(c))
}

/// Words after an item-end deadline that say the counted things are done by then
/// (`8月底前投入使用`, `于9月底前完成`, `年底前全部建成`): nothing else may follow in the
/// clause.
const DONE_WORDS: &[&str] = &[
    "投入使用",
    "交付使用",
    "投入运营",
    "建成投用",
    "建成使用",
    "投用",
    "完成",
    "完工",
    "建成",
    "竣工",
    // Finished and accepted (`改造农村危房120户，10月底前全部竣工验收`, round 20 C: t111),
    // as 完工.
    "竣工验收",
    "交付",
    "到位",
    "办结",
    // (`新建改建城市口袋公园30个，6月底前全部开放`, `…，二季度投入运行`: round 12.)
    "开放",
    "投入运行",
    // A plant put on trial run (`新增处理能力200吨/日，10月底前投入试运行`, round 32 D: t167).
    "投入试运行",
    // An office opened (`新建劳务协作工作站2个，6月底前挂牌运行`, round 30 B: heldout19b ab1).
    "挂牌运行",
    // Water or traffic let through the works (`新打机井2眼，铺设供水管网3公里，6月底前通水`,
    // round 31 D: t147).
    "通水",
    "通车",
];

/// Words that may stand between the deadline and its verb (`年底前全部建成`). 主体: the works'
/// main structure finished (`…开工建设10万平方米，9月底前主体完工`, round 30 B: t111).
const DONE_ADVERBS: &[&str] = &["全部", "全面", "均", "基本", "如期", "并", "主体"];

/// Words that may open the deadline clause (`于9月底前完成`, `确保10月底前交付使用`).
const DEADLINE_LEADS: &[&str] = &["并于", "均于", "于", "确保", "力争", "并在", "在", "全部"];

/// An item-end deadline: its window governs the figures of the item's clauses
/// `[from, clause_start)` that have no window of their own.
pub(crate) struct ItemDeadline {
    pub from: usize,
    pub clause_start: usize,
    pub win: usize,
}

/// The item-end deadlines of a sentence: a clause that is only a deadline within the year and
/// a verb of completion (`8月底前投入使用`), last in its item (before `；`, `。` or the next
/// `①`), after at least one clause of the item. The item starts after the last `；`, `：` or
/// circled number before it. `wins` is the sentence's windows, sorted; `figure(a, b)` tells
/// whether `[a, b)` holds a figure. Linear in the sentence: the item's text before a deadline
/// is looked at once, from where the last look stopped (an item of thousands of clauses each
/// closed by a note, `…，8月底前完成（…），8月底前完成（…）`, was rescanned from its start at
/// each one).
pub(crate) fn item_deadlines(
    n: &[char],
    s: &Sentence,
    wins: &[Window],
    figure: impl Fn(usize, usize) -> bool,
) -> Vec<ItemDeadline> {
    let mut out = Vec::new();
    let mut item_from = s.start;
    // The item's text looked at so far, `[item_from, scanned)`, and whether it held a figure.
    let mut scanned = item_from;
    let mut has_figure = false;
    for (ci, c) in s.clauses.iter().enumerate() {
        // A circled number opens an item inside the clause (`：①新改建…`).
        if let Some(k) = (c.start..c.end).find(|&k| circled(n[k])) {
            item_from = k;
        }
        if scanned < item_from {
            (scanned, has_figure) = (item_from, false);
        }
        // (A note of units may close the item inside the sentence: `…投入使用（牵头单位：…）`.)
        let noted = (c.start..c.end).any(|k| matches!(n[k], '（' | '('));
        let last_of_item = noted
            || match s.clauses.get(ci + 1) {
                None => true,
                Some(next) => {
                    matches!(n.get(c.end), Some('；' | ';'))
                        || (next.start..next.end.min(next.start + 2)).any(|k| circled(n[k]))
                }
            };
        // (A clause after a dated step of its own is the works' next step, each step its own
        // task with its own deadline: `…首末站6月底前开工建设，年底前建成投用`; round 30 D.)
        let after_step = ci
            .checked_sub(1)
            .and_then(|pi| s.clauses.get(pi))
            .is_some_and(|prev| prev.start >= item_from && deadline_clause_in(prev, wins));
        if last_of_item && c.start > item_from && !after_step {
            if let Some(w) = deadline_clause(n, c, wins) {
                // (Clause starts split no figure: `[a, b)` then `[b, c)` reads as `[a, c)`.)
                if !has_figure {
                    has_figure = figure(scanned, c.start);
                }
                scanned = c.start;
                if has_figure && !figure(c.start, c.end) {
                    out.push(ItemDeadline {
                        from: item_from,
                        clause_start: c.start,
                        win: w,
                    });
                }
            }
        }
        if matches!(n.get(c.end), Some('；' | ';' | '：' | ':')) {
            item_from = c.end + 1;
        }
    }
    out
}

/// Does a clause open with an item's number (`13．`, `13.`, `3、`, `①`), the words right
/// after it?
pub(crate) fn opens_numbered_item(cl: &[char]) -> bool {
    item_number_len(cl) > 0
}

/// The length of the item's number opening `cl` (`13．` → 3, `①` → 1), 0 if none: a number
/// in digits (`digit_number_len`) or a circled one.
pub(crate) fn item_number_len(cl: &[char]) -> usize {
    match digit_number_len(cl) {
        0 if cl.first().is_some_and(|&c| circled(c)) => 1,
        len => len,
    }
}

/// The length of an item's number in digits opening `cl`, 0 if none: one to three digits
/// (ASCII or full width) and a mark (`13．`, `1. `, `2、`, `３．`, `4）`) with no digit after
/// it (`2.5级` is a figure). The one reading of such a number: an item's (above) and the one
/// kept out of a figure's name (`clean_name`, where a circled number still stays).
pub(crate) fn digit_number_len(cl: &[char]) -> usize {
    let digits = cl.iter().take_while(|c| is_digit(**c)).count();
    // (A `matches!`, not a substring search per character: asked of every clause; round 29 E.)
    let marked = cl
        .get(digits)
        .is_some_and(|c| matches!(c, '.' | '．' | '、' | ')' | '）'));
    if (1..=3).contains(&digits) && marked && !cl.get(digits + 1).is_some_and(|c| is_digit(*c)) {
        digits + 1
    } else {
        0
    }
}

/// The length of a bracketed number opening `cl` (`（三）`, `(6)`), both brackets counted, 0
/// if none; `numeral` says what may stand inside. The one reading of such a mark for a list's
/// heading (`shortfall`) and a task's paragraph (`task_paragraph`).
pub(crate) fn bracketed_number_len(cl: &[char], numeral: impl Fn(char) -> bool) -> usize {
    if !matches!(cl.first(), Some('（' | '(')) {
        return 0;
    }
    let k = 1 + cl[1..].iter().take_while(|&&c| numeral(c)).count();
    if k > 1 && matches!(cl.get(k), Some('）' | ')')) {
        k + 1
    } else {
        0
    }
}

fn circled(c: char) -> bool {
    ('①'..='⑳').contains(&c)
}

/// Does clause `c` hold a month's or a quarter's end (`6月底前`: a dated step)? Not the year
/// (`今年再完成改厕800户，10月底前全部完成`: the count's year, its deadline the next clause's).
fn deadline_clause_in(c: &Clause, wins: &[Window]) -> bool {
    let i = wins.partition_point(|w| w.pos < c.start);
    wins.get(i)
        .is_some_and(|w| w.pos < c.end && matches!(w.kind, WinKind::Part(_)))
}

/// Is clause `c` only a deadline within the year and a verb of completion? The index of its
/// window in `wins`.
fn deadline_clause(n: &[char], c: &Clause, wins: &[Window]) -> Option<usize> {
    let i = wins.partition_point(|w| w.pos < c.start);
    let w = wins.get(i).filter(|w| w.pos < c.end)?;
    if !matches!(
        w.kind,
        WinKind::Part(_) | WinKind::ThisYear | WinKind::FirstHalf
    ) {
        return None;
    }
    let lead: String = n[c.start..w.pos].iter().collect();
    if !(lead.is_empty() || DEADLINE_LEADS.contains(&lead.as_str())) {
        return None;
    }
    let mut k = w.end;
    // (`9月底前` may be read up to 底 only.)
    if n.get(k) == Some(&'前') {
        k += 1;
    }
    while let Some(a) = DONE_ADVERBS.iter().find(|a| starts_with_at(n, k, a)) {
        k += a.chars().count();
    }
    let verb = DONE_WORDS
        .iter()
        .filter(|v| starts_with_at(n, k, v))
        .map(|v| v.chars().count())
        .max()?;
    // (Up to a note of units opening after it: `8月底前投入使用（牵头单位`.)
    let stop = (k + verb..c.end)
        .find(|&j| matches!(n[j], '（' | '('))
        .unwrap_or(c.end);
    let rest: String = n[k + verb..stop].iter().collect();
    matches!(
        rest.as_str(),
        // (`新建高标准农田2万亩，10月底前全部完成主体工程`: round 30 B, t120.)
        "" | "任务" | "目标任务" | "建设" | "建设任务" | "主体工程"
    )
    .then_some(i)
    .filter(|_| find(&n[c.start..c.end], "过半", 0).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overseeing_unit_follows_the_titled_ones() {
        assert_eq!(
            owner_note("…1500个。（责任单位：各区人民政府；市城市管理局负责指导督促）"),
            Some(vec!["各区人民政府".to_string(), "市城市管理局".to_string()])
        );
        // Not a unit's oversight after a titled part: passed over, the titled units stand
        // (review 27; before, no note); not after a titled part: no note, as before.
        assert_eq!(
            owner_note("…（责任单位：各区人民政府；市城市管理局负责全市宣传工作）"),
            Some(vec!["各区人民政府".to_string()])
        );
        assert_eq!(
            owner_note("…（责任单位：各区人民政府；市城市管理局负责指导督促全市公厕建设管理工作）"),
            Some(vec!["各区人民政府".to_string()])
        );
        assert_eq!(
            owner_note("…（市城市管理局负责指导督促；责任单位：各区人民政府）"),
            None
        );
    }

    #[test]
    fn a_note_of_units_lists_the_lead_unit_first() {
        assert_eq!(
            owner_note("…投入使用。（责任单位：县住建局、县财政局；牵头单位：县教育局）"),
            Some(vec![
                "县教育局".to_string(),
                "县住建局".to_string(),
                "县财政局".to_string()
            ])
        );
        assert_eq!(owner_note("（2026年）"), None);
        assert_eq!(
            owner_note("…5家。（配合：市商务局；牵头：产业发展科）"),
            Some(vec!["产业发展科".to_string(), "市商务局".to_string()])
        );
        assert_eq!(owner_note("（牵头：抓好落实）"), None);
        assert_eq!(owner_note("（牵头领导：张三）"), None);
        assert_eq!(
            owner_note("…投产达效。（市工业和信息化局牵头）"),
            Some(vec!["市工业和信息化局".to_string()])
        );
        assert_eq!(
            owner_note("…压减5%。（市财政局、市税务局按职责分工负责）"),
            Some(vec!["市财政局".to_string(), "市税务局".to_string()])
        );
        assert_eq!(
            owner_note("（市财政局配合，市住建局、市水务局等牵头）"),
            Some(vec![
                "市住建局".to_string(),
                "市水务局".to_string(),
                "市财政局".to_string()
            ])
        );
        assert_eq!(owner_note("改造管网（由企业负责）"), None);
        // (Nineteenth set, fixed after the run.)
        assert_eq!(
            owner_note("…不超过2次。（负责：SRE组、平台研发部）"),
            Some(vec!["SRE组".to_string(), "平台研发部".to_string()])
        );
        assert_eq!(owner_note("（负责：统筹协调）"), None);
        // (Round 29 C: an editor's mark after the note.)
        assert_eq!(
            owner_note("…15%左右。（负责：国际业务部）【修订：原为20%】"),
            Some(vec!["国际业务部".to_string()])
        );
        assert_eq!(owner_note("…15%左右。【修订：原为20%】"), None);
        assert_eq!(
            verb_units("县住房和城乡建设局牵头，县水利局和相关乡镇、县安委会各成员单位配合"),
            Some(
                [
                    "县住房和城乡建设局",
                    "县水利局",
                    "相关乡镇",
                    "县安委会各成员单位"
                ]
                .map(String::from)
                .to_vec()
            )
        );
        assert_eq!(
            verb_units("乙方县人力资源和社会保障局牵头，医务科配合"),
            Some(
                ["县人力资源和社会保障局", "医务科"]
                    .map(String::from)
                    .to_vec()
            )
        );
        assert_eq!(owner_note("（各地按职责分工负责）"), None);
        assert_eq!(owner_note("城镇新增就业6500人（含失业人员再就业）"), None);
    }
}
