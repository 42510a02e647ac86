//! Speakers' turns in a transcript (新闻发布会实录, 访谈): `【主持人　宋佳】`, `【岭东日报记者】`,
//! `【发布人　周明远】` on lines of their own, or `记者：…？` / `问：` / `答：` opening a
//! paragraph. A reporter asks and a host introduces: what they say is a question or a
//! summary (past results quoted, goals restated), never a promise. Only the speakers who
//! answer (发布人, officials) state goals. A turn lasts to the next speaker's label.

use super::clauses::{BOUNDARY, Sentence, Text};
use super::lexicon::find;

/// What a speaker's label opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Turn {
    /// A reporter's question or the host's words: nothing in it is proposed.
    Asks,
    /// Another speaker (发布人, an official, 答): read as usual.
    Answers,
}

/// The longest label read (`【省工业和信息化厅党组书记、厅长　周明远】` is about 20).
const LABEL_MAX: usize = 24;

/// How far a paragraph opened by an inline label (`记者：…`) is searched for its `？`.
const QUESTION_SPAN: usize = 400;

/// A line that is a speaker's label and nothing else (`【发布人　周明远】`): it comes back at
/// each of the speaker's turns, so it is never taken for a running page header.
pub(crate) fn bracketed_label(line: &str) -> bool {
    let inner = line
        .strip_prefix('【')
        .and_then(|l| l.strip_suffix('】'))
        .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')));
    inner.is_some_and(|l| l.chars().count() <= LABEL_MAX && !l.contains(['【', '】', '[', ']']))
}

/// Does sentence `s` open with a speaker's label? `【…】` / `[…]` at its start (a line of its
/// own, or run into its words), or a short label before `：` (`记者：`, `问：`, `主持人：`,
/// `答：`; a name, `周明远：`, only at a paragraph's start). An inline label counts as a reporter's
/// only when the paragraph asks something (a `？` in it): `记者：张三` in a byline is no
/// question. A label naming how a reporter learnt something (`记者从…获悉：`) is no label.
pub(crate) fn turn_label(t: &Text, s: &Sentence) -> Option<Turn> {
    let n = &t.norm;
    let mut k = s.start;
    while k < s.end && (n[k].is_whitespace() || n[k] == '\u{3000}' || n[k] == BOUNDARY) {
        k += 1;
    }
    let open = *n.get(k)?;
    let (label, inline) = if matches!(open, '【' | '[') {
        let close = (k + 1..s.end.min(k + 1 + LABEL_MAX)).find(|&j| matches!(n[j], '】' | ']'))?;
        (&n[k + 1..close], false)
    } else {
        // An inline label opens a sentence and ends at its first `：`.
        let colon = (k..s.end.min(k + LABEL_MAX)).find(|&j| matches!(n[j], '：' | ':'))?;
        let label = &n[k..colon];
        if label.is_empty()
            || label
                .iter()
                .any(|c| c.is_ascii_digit() || "，,。；;、".contains(*c))
        {
            return None;
        }
        (label, true)
    };
    if ["获悉", "了解到", "采访", "报道", "从"]
        .iter()
        .any(|w| find(label, w, 0).is_some())
    {
        return None;
    }
    let host = find(label, "主持人", 0).is_some() || matches!(label, ['问'] | ['提', '问']);
    let reporter = find(label, "记者", 0).is_some();
    let asks = host
        || (reporter
            && (!inline || {
                let end = s.end.max(k + QUESTION_SPAN).min(n.len());
                let stop = t.passages.partition_point(|&p| p <= k);
                let end = t.passages.get(stop).map_or(end, |&p| end.min(p));
                n[k..end].iter().any(|c| matches!(c, '？' | '?'))
            }));
    if asks {
        Some(Turn::Asks)
    } else if !inline
        || is_speaker(
            label,
            k == 0 || t.passage_starts_in(k - 1, k) || (t.transcript && t.line_starts_at(k)),
        )
    {
        Some(Turn::Answers)
    } else {
        None
    }
}

/// Does a sentence of the host close the conference (`今天的发布会到此结束，谢谢大家！`,
/// `…现在结束`)? What follows in a news site's print is the reporter's own text (round 14:
/// t75's `据介绍…` / `记者获悉…` paragraph, whose dated plan and 2029 goal were annotated).
pub(crate) fn closes_the_meeting(sentence: &[char]) -> bool {
    ["到此结束", "现在结束", "发布会结束"]
        .iter()
        .any(|w| find(sentence, w, 0).is_some())
}

/// An inline label that names a speaker who answers: `答`, a role (发布人, 厅长, 局长 …) or,
/// opening a paragraph (`para`), a short name (two to four characters, `周明远`). Words
/// before a colon in prose (`主要目标`, `具体来说`) are not: they are at most headers of a list.
fn is_speaker(label: &[char], para: bool) -> bool {
    matches!(label, ['答'])
        || [
            "发布人",
            "厅长",
            "局长",
            "主任",
            "市长",
            "县长",
            "省长",
            "书记",
            "负责人",
            "嘉宾",
        ]
        .iter()
        .any(|w| find(label, w, 0).is_some())
        || (para
            && (2..=4).contains(&label.len())
            && SURNAMES.contains(label[0])
            && ![
                "目标", "任务", "指标", "重点", "要求", "措施", "来说", "来看",
            ]
            .iter()
            .any(|w| find(label, w, 0).is_some()))
}

/// The common surnames a speaker's name opens with (compound ones by their first character),
/// less those that mostly open words a list header starts with (来源, 项目, 全年, 时间 …):
/// `来源：`, `同志们：`, `其中：`, `各位代表：` opening a line are no speakers.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于\
蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾\
毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳\
甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆\
卓古吉缪娄窦戚岑景宫卜冷晏柏桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝封匡鞠\
荆冀郁胥班栗燕楚鄢谌奚皮粟冼蔺闻厉伊仝郜阚帅屠豆朴盖练廉禹井祖漆巴卿狄索晋敬扈晁芮阙浦戈伏鹿薄\
邸雍辜羊乌裘亓邰赫杭况宿鲜逯隆茹诸战慕危亢嵇哈湛宾戎勾茅於揭尉冶斯束檀衣昝幸奉衡尧";

/// Is the sentence a question holding a figure (`有的同志问，6%左右是不是保守了？`, `今年能不能
/// 降到30微克/立方米以下？`)? It asks about a goal, it sets none: over every annotated set the
/// two such sentences hold no target (fifteenth set, fixed after the run).
pub fn asks_about_a_figure(n: &[char], s: &Sentence) -> bool {
    matches!(n.get(s.end), Some('？' | '?'))
        && n.get(s.start..s.end)
            .is_some_and(|w| w.iter().any(char::is_ascii_digit))
}
