//! Numbers in Chinese policy text: Arabic (1812, 1.5, 1,000) and Chinese numerals
//! (一百二十三, 两万, 十五), 万 / 亿 / 万亿 multipliers, 百分之X, ranges (6-8个, 6至8个,
//! 十至十五家) and the unit that follows (个, 家, 万人, 亿元, %, 微克/立方米 …).
//!
//! All positions are indices into a normalised `char` slice (see `clauses::prepare`).

use super::{Rule, lexicon};
use crate::extract::lexicon::is_digit;

/// Largest magnitude accepted as a figure; beyond it a "number" is noise.
pub const MAX_VALUE: f64 = 1e15;

/// A parsed numeral, before units.
#[derive(Clone, Debug, PartialEq)]
pub struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// 万 / 亿 / 万亿 written as part of a Chinese numeral run ("两万"): factor and word.
    pub mult: Option<(f64, &'static str)>,
    /// Written in Chinese numerals.
    pub chinese: bool,
    /// Part of a name (5G, 8K, PM2.5, 1+N, 第一, 十四五): never a figure.
    pub embedded: bool,
    /// 百分之X: already a percentage.
    pub percent: bool,
}

/// A number with its unit, range and qualifier: a candidate figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    /// End of the number and unit.
    pub unit_end: usize,
    /// End including the qualifier (以上 …).
    pub end: usize,
    pub value: f64,
    /// Upper end of a range (6-8个).
    pub hi: Option<f64>,
    /// Unit as written, with a kept multiplier (万人, 亿元, %); None if none was found.
    pub unit: Option<String>,
    /// A multiplier with no unit after it (培育30亿、50亿…).
    pub bare_mult: bool,
    pub qualifier: Option<Rule>,
    pub chinese: bool,
    pub embedded: bool,
    /// A year used as a date or window (2020年, 3年内): not a figure.
    pub window: bool,
    /// A service time's bare 内 after its unit read as the at-most qualifier
    /// (`5个工作日内办结`, `duration::within_at`): it is the figure's rule word.
    pub within: bool,
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn cn_small(c: char) -> Option<u32> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || cn_small(c).is_some() || c == '万' || c == '亿'
}

/// Parse a run of Chinese numerals (一百二十三, 十五, 一万二千, 三千五). None when the run is
/// not one number (十四五, 一二三).
pub fn parse_chinese(s: &[char]) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let mut total = 0f64; // 亿 part
    let mut wan = 0f64; // 万 part
    let mut section = 0f64; // below 万
    let mut digit: Option<f64> = None;
    let mut last_unit = 0u32;
    let mut after_zero = false;
    let mut seen = false;
    for &c in s {
        if let Some(d) = cn_digit(c) {
            if let Some(p) = digit {
                if p != 0.0 && d != 0 {
                    return None;
                }
            }
            if d == 0 {
                after_zero = true;
            }
            digit = Some(d as f64);
            seen = true;
        } else if let Some(u) = cn_small(c) {
            let d = match digit {
                Some(d) => d,
                None if u == 10 => 1.0,
                None => return None,
            };
            if last_unit != 0 && u >= last_unit && section > 0.0 {
                return None;
            }
            section += d * u as f64;
            digit = None;
            last_unit = u;
            after_zero = false;
            seen = true;
        } else if c == '万' {
            let v = section + digit.unwrap_or(0.0);
            if v == 0.0 {
                return None;
            }
            wan += v * 1e4;
            section = 0.0;
            digit = None;
            last_unit = 10_000;
            after_zero = false;
        } else if c == '亿' {
            let v = wan + section + digit.unwrap_or(0.0);
            if v == 0.0 && total == 0.0 {
                return None;
            }
            total = (total + v) * 1e8;
            wan = 0.0;
            section = 0.0;
            digit = None;
            last_unit = 100_000_000;
            after_zero = false;
        } else {
            return None;
        }
    }
    if !seen {
        return None;
    }
    let mut tail = digit.unwrap_or(0.0);
    // 三千五 = 3500, 一万二 = 12000 (a digit right after a unit, no 零 between).
    if digit.is_some() && !after_zero && last_unit >= 100 {
        tail *= last_unit as f64 / 10.0;
    }
    let v = total + wan + section + tail;
    if v.is_finite() { Some(v) } else { None }
}

/// 万亿 / 亿 / 万 at `at`: factor, word and length.
pub fn multiplier_at(t: &[char], at: usize) -> Option<(f64, &'static str, usize)> {
    if lexicon::starts_with_at(t, at, "万亿") {
        Some((1e12, "万亿", 2))
    } else if lexicon::starts_with_at(t, at, "亿") {
        Some((1e8, "亿", 1))
    } else if lexicon::starts_with_at(t, at, "万") {
        Some((1e4, "万", 1))
    } else {
        None
    }
}

/// A unit's magnitude prefix and what it is a prefix of: `万个` → (4, "个"), `亿元` →
/// (8, "元"), `个` → (0, "个"). The same magnitudes the spec's units convert by (万X =
/// 10⁴ X, 亿X = 10⁸ X, 万亿X = 10¹² X).
pub fn unit_magnitude(unit: &str) -> (i32, &str) {
    for (w, e) in [("万亿", 12), ("亿", 8), ("万", 4)] {
        if let Some(rest) = unit.strip_prefix(w).filter(|r| !r.is_empty()) {
            return (e, rest);
        }
    }
    (0, unit)
}

/// How many ASCII digits run from `at` (0 past the end).
pub fn ascii_digits_at(t: &[char], at: usize) -> usize {
    t.get(at..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// Can a numeral start at `i`?
pub fn starts_numeral(t: &[char], i: usize) -> bool {
    match t.get(i) {
        Some(c) if c.is_ascii_digit() => true,
        Some(&c) if cn_digit(c).is_some() || c == '十' => true,
        Some('百') => lexicon::starts_with_at(t, i, "百分之"),
        _ => false,
    }
}

/// What follows a lone 零 in a word that is no figure: 零部件, 零配件, 零售, 零碳, 零星, 零散.
const ZERO_WORDS: &[&str] = &["部件", "配件", "售", "碳", "星", "散"];

/// Read one numeral starting at `i` (caller checks `starts_numeral`).
pub fn scan_numeral(t: &[char], i: usize) -> Option<Numeral> {
    let c = *t.get(i)?;
    if lexicon::starts_with_at(t, i, "百分之") {
        let mut inner = scan_numeral(t, i + 3)?;
        inner.start = i;
        inner.percent = true;
        if let Some((f, _)) = inner.mult.take() {
            inner.value *= f;
        }
        return Some(inner);
    }
    let prev = if i > 0 { Some(t[i - 1]) } else { None };
    if c.is_ascii_digit() {
        let mut j = i;
        let mut s = String::new();
        let mut dot = false;
        while j < t.len() {
            let d = t[j];
            if d.is_ascii_digit() {
                s.push(d);
                j += 1;
            } else if d == '.' && !dot && t.get(j + 1).is_some_and(|n| n.is_ascii_digit()) {
                dot = true;
                s.push('.');
                j += 1;
            } else if d == ','
                && !dot
                && (1..=3).all(|k| t.get(j + k).is_some_and(|n| n.is_ascii_digit()))
                && !t.get(j + 4).is_some_and(|n| n.is_ascii_digit())
            {
                j += 1; // thousands separator
            } else {
                break;
            }
        }
        let next = t.get(j).copied();
        let embedded = prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '+')
            // (Letters right after a figure are a name going on, `5G`, `2000TEU集装箱船`,
            // unless they are a unit ending the figure: `达到2GW，`, `60GWh。`, `200MW以上`.)
            || next.is_some_and(|n| (n.is_ascii_alphabetic() && latin_unit(t, j).is_none()) || n == '+')
            || prev == Some('第')
            || s.len() > 40;
        let value = s
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .unwrap_or(0.0);
        return Some(Numeral {
            start: i,
            end: j,
            value,
            mult: None,
            chinese: false,
            embedded: embedded || value.abs() > MAX_VALUE,
            percent: false,
        });
    }
    if cn_digit(c).is_none() && c != '十' {
        return None;
    }
    let mut j = i;
    while j < t.len() && is_cn_numeral(t[j]) {
        j += 1;
    }
    let run = &t[i..j];
    // A lone 零 opening a word (`汽车零部件产业园`, `零售额`, `零碳园区`): no figure (round 30 B:
    // `…零部件产业园一期年底前建成投产` read as `0部` kept the dated task from being one).
    if run == ['零'] && ZERO_WORDS.iter().any(|w| lexicon::starts_with_at(t, j, w)) {
        return None;
    }
    // 二〇三〇年: a year written digit by digit.
    if let Some(y) = digit_year(t, i, j) {
        return Some(Numeral {
            start: i,
            end: j,
            value: y,
            mult: None,
            chinese: true,
            embedded: false,
            percent: false,
        });
    }
    // 五点五, 零点二, 一点五万: decimals written with 点 (`chinese_decimal`).
    if let Some(n) = chinese_decimal(t, i, j) {
        return Some(n);
    }
    // Split off a trailing multiplier (一百二十万 → 一百二十 × 万).
    let (core, mult) = if run.ends_with(&['万', '亿']) {
        (&run[..run.len() - 2], Some((1e12, "万亿")))
    } else if run.ends_with(&['亿']) {
        (&run[..run.len() - 1], Some((1e8, "亿")))
    } else if run.ends_with(&['万']) {
        (&run[..run.len() - 1], Some((1e4, "万")))
    } else {
        (run, None)
    };
    let parsed = parse_chinese(core);
    let embedded = parsed.is_none() || prev == Some('第') || core.len() > 20;
    Some(Numeral {
        start: i,
        end: j,
        value: parsed.unwrap_or(0.0),
        mult: if core.is_empty() { None } else { mult },
        chinese: true,
        embedded: embedded || core.is_empty(),
        percent: false,
    })
}

/// A year written digit by digit in Chinese numerals (`二〇三〇年`, `二零二六年`): four
/// digits 〇 / 零 … 九 right before 年, 1900–2100. Read like `2030年` (a window or a date).
fn digit_year(t: &[char], i: usize, j: usize) -> Option<f64> {
    let run = &t[i..j];
    if run.len() != 4 || t.get(j) != Some(&'年') || run.contains(&'两') {
        return None;
    }
    let y = run
        .iter()
        .try_fold(0u32, |acc, &c| cn_digit(c).map(|d| acc * 10 + d))?;
    (1900..=2100).contains(&y).then_some(y as f64)
}

/// A Chinese numeral with decimals written with 点 (`百分之五点五`, `零点二个百分点`,
/// `一点五万人`, `一千二百点五亿元`): the whole part `t[i..j]` (no multiplier in it), 点, then
/// one to four digits 零…九 — never 十 / 百 / 千 after them (`两点三十分` is a time) — and
/// an optional 万 / 亿 / 万亿 that stays in the unit, as for `两万`.
fn chinese_decimal(t: &[char], i: usize, j: usize) -> Option<Numeral> {
    if t.get(j) != Some(&'点') || t[i..j].iter().any(|&c| c == '万' || c == '亿') {
        return None;
    }
    let whole = parse_chinese(&t[i..j])?;
    let digits: Vec<u32> = t[j + 1..]
        .iter()
        .take(5)
        .map_while(|&c| cn_digit(c).filter(|_| c != '两'))
        .collect();
    let k = j + 1 + digits.len();
    if digits.is_empty() || digits.len() > 4 || t.get(k).is_some_and(|&c| cn_small(c).is_some()) {
        return None;
    }
    let frac: String = digits.iter().map(|d| char::from(b'0' + *d as u8)).collect();
    let value = format!("{}.{frac}", whole as u64).parse::<f64>().ok()?;
    let (mult, end) = match multiplier_at(t, k) {
        Some((f, w, len)) => (Some((f, w)), k + len),
        None => (None, k),
    };
    Some(Numeral {
        start: i,
        end,
        value,
        mult,
        chinese: true,
        embedded: whole.fract() != 0.0 || whole > MAX_VALUE,
        percent: false,
    })
}

/// `六成`, `三成以上`, `3成`: tenths, written as a percentage (六成 = 60%). Only one to ten
/// tenths, right after the number (建成 / 完成 have no number before 成), and only where the
/// figure ends there: a bound word, 的, punctuation or the end follows (not `一成不变`).
fn tenths_at(t: &[char], at: usize, value: f64) -> bool {
    let ends = match t.get(at + 1) {
        None => true,
        Some(&c) if !is_cjk(c) => true,
        Some(_) => ["以上", "以下", "以内", "左右", "上下", "多", "的"]
            .iter()
            .any(|w| lexicon::starts_with_at(t, at + 1, w)),
    };
    t.get(at) == Some(&'成') && ends && value.fract() == 0.0 && (1.0..=10.0).contains(&value)
}

/// A CJK ideograph (not punctuation, which ends a figure).
pub fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

fn skip_spaces(t: &[char], mut i: usize) -> usize {
    while i < t.len() && (t[i] == ' ' || t[i] == '\u{3000}' || t[i] == '\t') {
        i += 1;
    }
    i
}

fn is_range_sep(c: char) -> bool {
    matches!(c, '-' | '~' | '至' | '到' | '—' | '–')
}

/// The unit at `at`: (unit text as it should be written, length, is_classifier).
pub(crate) fn unit_at(t: &[char], at: usize) -> Option<(String, usize, bool)> {
    if t.get(at) == Some(&'%') {
        return Some(("%".into(), 1, false));
    }
    if lexicon::starts_with_at(t, at, "个百分点") {
        return Some(("%".into(), 4, false));
    }
    if lexicon::starts_with_at(t, at, "百分点") {
        return Some(("%".into(), 3, false));
    }
    // 70个工作日: a span of time, not a count of 个.
    if lexicon::starts_with_at(t, at, "个工作日") {
        return Some(("个工作日".into(), 4, false));
    }
    // 45日以内: a span of days written 日 (`行政复议案件平均办理时间压缩至45日以内`, round 16 E),
    // only before 以内 / 之内 and not after a month (`3月15日以内` is a date).
    // So is a span cut to, or cut from, written bare (`简易注销公告期压缩至20日`, `由20日压缩至
    // 10日`: round 31 B, heldout18b l1 and heldout21a ae2, annotated level at-most 日 as the
    // same caps in 天 are).
    if t.get(at) == Some(&'日') {
        let digits = t[..at.min(t.len())]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit() || **c == '.')
            .count();
        let first = at.saturating_sub(digits);
        let within = lexicon::starts_with_at(t, at + 1, "以内")
            || lexicon::starts_with_at(t, at + 1, "之内");
        let cut = lexicon::SPAN_CUTS
            .iter()
            .any(|w| lexicon::ends_with_at(t, first, w))
            || (first > 0
                && t[first - 1] == '由'
                && lexicon::SPAN_CUTS
                    .iter()
                    .any(|w| lexicon::starts_with_at(t, at + 1, &w[..w.len() - 3]))
                // (The whole verb one of the change verbs, so `changed_from` drops the span
                // read here: `由20日压缩为10日` is no span, review 26.)
                && lexicon::CHANGE_VERBS
                    .iter()
                    .any(|w| lexicon::starts_with_at(t, at + 1, w)));
        if (within || cut) && at > digits && t.get(first - 1) != Some(&'月') {
            return Some(("日".into(), 1, false));
        }
    }
    // 三级以内: layers of management counted (`管理层级压减至三级以内`, round 20 D: 2 of 2
    // forward ones annotated, level at-most 3 级), only before 以内 / 之内: before other words
    // 级 is a grade in a name (`三级医院`, `二级以上公立医院`, `一级A标准`).
    if t.get(at) == Some(&'级')
        && (lexicon::starts_with_at(t, at + 1, "以内")
            || lexicon::starts_with_at(t, at + 1, "之内"))
    {
        return Some(("级".into(), 1, false));
    }
    // A satisfaction score set as a goal (`公众满意度达到85分以上`, `群众满意度不低于90分。`):
    // 分 after a 满意度 named just before the figure, closed by 以上 or by the clause's end
    // after 不低于 / 不少于. Elsewhere in prose 分 opens 分钟, 分类, 分别, and a score
    // stated (`满意度达到96.2分，较上年提高`) or a bar (`不低于90分的方可认定`) is no goal.
    if t.get(at) == Some(&'分') && satisfaction_goal(t, at) {
        return Some(("分".into(), 1, false));
    }
    // 41个小项 → 项
    if lexicon::starts_with_at(t, at, "个小项") || lexicon::starts_with_at(t, at, "个大项") {
        return Some(("项".into(), 3, true));
    }
    // 3000万台（套）: equipment counted in 台套, written with its second classifier in
    // parentheses: kept as written (the annotators of t64 and the eleventh set, 2 of 2).
    if lexicon::starts_with_at(t, at, "台（套）") || lexicon::starts_with_at(t, at, "台(套)")
    {
        return Some(("台（套）".into(), 4, true));
    }
    if let Some((w, n)) = lexicon::longest_at(t, at, lexicon::CLASSIFIERS) {
        // 次 / 轮 count times only at the end of the phrase (`专项行动4次`, `巡察3轮`, `不少于
        // 30次`): before a noun they order sessions (`十四届八次全会`, `3轮次`). A routine in
        // words (`轮训两次`) or a frequency per person and period (`各…书记每年外出招商不少于4次`)
        // is no count of the year's work.
        if matches!(w, "次" | "轮") && !times_counted(t, at, n) {
            return None;
        }
        if matches!(w, "期" | "节") && !sessions_counted(t, at, n) {
            return None;
        }
        // 款 counts products (`开发文创产品500款以上`, the one annotated case), never a legal
        // sub-clause (`第3款`) or money (`发放贷款5款`): only after a product's noun
        // (round 21, review 19 item 9).
        if w == "款"
            && !lexicon::contains_any(
                &t[at.saturating_sub(16)..at.min(t.len())],
                &[
                    "产品", "车型", "机型", "型号", "作品", "设计", "菜品", "软件", "游戏",
                ],
            )
        {
            return None;
        }
        // A count per a base written after a slash (`事故发生率控制在0.5次/百座·年以内`): the
        // unit as written, a rate, no count.
        if let Some(k) = per_base_at(t, at + n) {
            let base: String = t[at + n + 1..at + n + 1 + k].iter().collect();
            return Some((format!("{w}/{base}"), n + 1 + k, false));
        }
        return Some((w.to_string(), n, true));
    }
    // A concentration said aloud, 每 for the slash (`PM2.5浓度要控制在33微克每立方米以下`, a
    // speech of the seventeenth set): the unit as the tables write it.
    for (spoken, written) in [("微克每立方米", "微克/立方米"), ("毫克每升", "毫克/升")]
    {
        if lexicon::starts_with_at(t, at, spoken) {
            return Some((written.into(), spoken.chars().count(), false));
        }
    }
    // Person-years of work (`每万名劳动力中研发人员达到130人年`, twenty-third set, fixed after
    // the run): the unit as written, not 人 and a 年 left over; 人年均 is 人 and a yearly
    // average after it.
    if lexicon::starts_with_at(t, at, "人年")
        && !matches!(t.get(at + 2), Some('均' | '度' | '内' | '底' | '末' | '初'))
    {
        return Some(("人年".into(), 2, false));
    }
    if let Some((w, n)) = lexicon::longest_at(t, at, lexicon::UNITS) {
        // A unit per head, per household or per tonne (`24万元/人`, `0.45吨标准煤/万元`).
        if let Some((d, k)) = per_unit(t, at + n) {
            return Some((format!("{w}/{d}"), n + k, false));
        }
        return Some((w.to_string(), n, false));
    }
    latin_unit(t, at)
}

/// The `/X` after a unit (`万元/人`, `千瓦时/户`): a slash and a unit of what the figure is
/// counted per, then no other word going on. The denominator and the length read.
fn per_unit(t: &[char], at: usize) -> Option<(String, usize)> {
    const PER: &[&str] = &[
        "平方米",
        "万元",
        "人",
        "户",
        "吨",
        "亩",
        "辆",
        "床",
        "年",
        "元",
        // A capacity per day (`新增供水能力10万立方米/日`, `日处理能力500吨/天`), round 13.
        "日",
        "天",
        // Coal per kilowatt-hour supplied (`298克标准煤/千瓦时`), round 15.
        "千瓦时",
        // Samples per thousand residents (`抽检量不低于5.5批次/千人`) and visits per month
        // (`人均走访小微企业不少于10户/月`): annotated as written 3 of 3 (round 32 C).
        "千人",
        "月",
    ];
    if !matches!(t.get(at), Some('/' | '／')) {
        return None;
    }
    let (d, n) = lexicon::longest_at(t, at + 1, PER)?;
    // One more period after the base (`农村低保标准提高到750元/人/月`, `元/人/年`, as tables
    // write it): the unit keeps it, as `元/月` does (review 27).
    let end = at + 1 + n;
    if matches!(t.get(end), Some('/' | '／'))
        && let Some(p) = t.get(end + 1).filter(|c| matches!(c, '月' | '年' | '日'))
        && phrase_ends(t, end + 2)
    {
        return Some((format!("{d}/{p}"), 3 + n));
    }
    phrase_ends(t, end).then(|| (d.to_string(), 1 + n))
}

/// The base after a classifier's slash at `at` (`次/百座·年`, `个/平方公里`): one to six
/// ideographs, digits or `·`, up to a qualifier (以内, 以上 …) or the phrase's end; its length.
fn per_base_at(t: &[char], at: usize) -> Option<usize> {
    if !matches!(t.get(at), Some('/' | '／')) {
        return None;
    }
    let from = at + 1;
    let qualifier = |k: usize| {
        ["以上", "以下", "以内", "左右", "及以上"]
            .iter()
            .any(|w| lexicon::starts_with_at(t, k, w))
    };
    let len = t[from.min(t.len())..]
        .iter()
        .take(7)
        .enumerate()
        .take_while(|&(i, &c)| {
            (is_cjk(c) || c == '·' || c.is_ascii_digit()) && !qualifier(from + i)
        })
        .count();
    let starts_cjk = t.get(from).is_some_and(|&c| is_cjk(c));
    ((1..=6).contains(&len) && starts_cjk && phrase_ends(t, from + len)).then_some(len)
}

/// Is the 次 / 轮 at `at` (`n` long) a count of times done: ending its phrase, with no period
/// (`每月`, `每季度`: a routine's frequency) in the 16 characters of its clause before it, and
/// written in digits — or in words after a floor word (`全年开展联合执法检查不少于四次`, `每个
/// 班子成员至少要外出招商两次`, round 30 C: annotated 2 of 2; a routine in words with none,
/// `全年开展执法人员轮训两次`, is not). A year's frequency opening its clause (`每年至少召开2次`,
/// `每年开展环境执法专项行动不少于4次`) is the year's count of that work (annotated 4 of 4);
/// after the people who do it (`各乡镇党委书记每年外出招商不少于4次`) it is a duty per head.
fn times_counted(t: &[char], at: usize, n: usize) -> bool {
    // (A magnitude between, `调用量500万次以上`, `不停电作业2.5万次以上`: twenty-third set,
    // fixed after the run.)
    let magnitude = at
        .checked_sub(1)
        .and_then(|i| t.get(i))
        .is_some_and(|c| matches!(c, '万' | '亿'));
    let digit = at
        .checked_sub(1 + usize::from(magnitude))
        .and_then(|i| t.get(i))
        .is_some_and(|c| is_digit(*c));
    let per_period = per_period_before(t, at);
    let clause = &t[at - clause_open(t, at)..at];
    let floor = lexicon::COUNT_FLOORS
        .iter()
        .any(|w| lexicon::find(clause, w, 0).is_some());
    (digit || (floor && numeral_before(t, at).is_some())) && !per_period && phrase_ends(t, at + n)
}

/// Is there a 每 and a period (`每月`, `每周`, `每学期`) in the 16 characters of the clause
/// before `at`, not a 每年 opening the clause (`yearly_opening`)? A routine's frequency or a
/// standard per period, no year's count (`times_counted`, `sessions_counted`).
fn per_period_before(t: &[char], at: usize) -> bool {
    let open = clause_open(t, at);
    let clause = &t[at - open..at];
    clause.iter().enumerate().any(|(k, &c)| {
        c == '每' && period_after(clause, k + 1) && !yearly_opening(t, at - open + k)
    })
}

/// How many of the 16 characters before `at` are in its clause (back to `，。；：` or a
/// heading's or title's boundary).
fn clause_open(t: &[char], at: usize) -> usize {
    t[at.saturating_sub(16)..at]
        .iter()
        .rev()
        .take_while(|&&c| !"，,。；;：:".contains(c) && c != super::clauses::BOUNDARY)
        .count()
}

/// Does a period word (年, 月, 季度, 周, 学期 …) follow the 每 before `k` (`每月`, `每个月`),
/// not a thing or a person counted (`每个班子成员`)?
fn period_after(c: &[char], k: usize) -> bool {
    let k = if c.get(k) == Some(&'个') { k + 1 } else { k };
    c.get(k)
        .is_some_and(|&x| "年月季周旬天日期半学".contains(x))
}

/// Is the 每 at `k` a 每年 opening its clause (after an item number at most: `3.每年组织…`)?
/// (At most 8 characters of item number and spaces are passed over back to the boundary.)
fn yearly_opening(t: &[char], k: usize) -> bool {
    if t.get(k + 1) != Some(&'年') {
        return false;
    }
    let mut i = k;
    for _ in 0..8 {
        if i == 0 {
            return true;
        }
        let x = t[i - 1];
        if "，,。；;：:\n".contains(x) || x == super::clauses::BOUNDARY {
            return true;
        }
        if !(is_digit(x) || ".．、 　\t".contains(x)) {
            return false;
        }
        i -= 1;
    }
    false
}

/// Where the numeral ending right before `at` starts (digits, Chinese numerals, a decimal point).
fn numeral_before(t: &[char], at: usize) -> Option<usize> {
    let len = t[..at.min(t.len())]
        .iter()
        .rev()
        .take_while(|&&c| is_digit(c) || is_cn_numeral(c) || c == '.')
        .count();
    (len > 0).then(|| at - len)
}

/// Is the 期 / 节 at `at` (`n` long) a count of sessions given: ending its phrase, its numeral
/// right after a training word (轮训, 培训, 读书班) for 期 or a class (课) for 节, a floor word
/// (不少于, 至少) between them at most? Elsewhere 期 is a project's phase (`建成…二期`) and 节
/// a chapter (`第一节`).
fn sessions_counted(t: &[char], at: usize, n: usize) -> bool {
    let Some(mut i) = numeral_before(t, at) else {
        return false;
    };
    if !phrase_ends(t, at + n) || per_period_before(t, at) {
        return false;
    }
    for w in lexicon::COUNT_FLOORS {
        let k = w.chars().count();
        if i >= k && lexicon::starts_with_at(t, i - k, w) {
            i -= k;
            break;
        }
    }
    let cues: &[char] = if t[at] == '期' {
        &['训', '班']
    } else {
        &['课']
    };
    i > 0 && cues.contains(&t[i - 1])
}

/// Does the phrase end at `end`: the text's end, punctuation, or a qualifier (以上, 左右 …),
/// not a word going on?
fn phrase_ends(t: &[char], end: usize) -> bool {
    match t.get(end) {
        None => true,
        Some(&c) if is_cjk(c) => ["以上", "以下", "以内", "左右", "及以上"]
            .iter()
            .any(|w| lexicon::starts_with_at(t, end, w)),
        Some(c) => !c.is_ascii_alphanumeric(),
    }
}

/// A unit in Latin letters (`400 EFLOPS以上`, `100Mbps`, `10GW`): two to eight letters right
/// after the figure (one space allowed), then a qualifier, punctuation or the end — not a
/// name going on (`5G基站` has one letter, `2000TEU集装箱船` goes on into words).
fn latin_unit(t: &[char], at: usize) -> Option<(String, usize, bool)> {
    let from = if t.get(at) == Some(&' ') { at + 1 } else { at };
    // (Nine letters at the most are looked at: a run of a megabyte is no unit either.)
    let len = t[from.min(t.len())..]
        .iter()
        .take(9)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if !(2..=8).contains(&len) {
        return None;
    }
    let end = from + len;
    let ends = match t.get(end) {
        None => true,
        Some(c) if c.is_ascii_alphanumeric() => false,
        Some(&c) if ('\u{4e00}'..='\u{9fff}').contains(&c) => {
            ["以上", "以下", "以内", "左右", "及以上"]
                .iter()
                .any(|w| lexicon::starts_with_at(t, end, w))
        }
        Some(_) => true,
    };
    ends.then(|| (t[from..end].iter().collect(), end - at, false))
}

/// Is the 年 at `at` a window or date (年内, 2020年, 三年倍增) rather than a unit?
fn year_is_window(t: &[char], at: usize, value: f64, integer: bool) -> bool {
    let after = at + 1;
    let next_words = [
        "内",
        "以内",
        "时间",
        // `用三年左右时间`: a horizon of about three years, as `用三年时间` (round 30 B).
        "左右时间",
        "期间",
        "倍增",
        "翻番",
        "翻一番",
        "底",
        "末",
        "前",
    ];
    if next_words
        .iter()
        .any(|w| lexicon::starts_with_at(t, after, w))
    {
        return true;
    }
    integer && (1900.0..=2100.0).contains(&value)
}

/// Scan `t[from..to]` for numbers with their units, ranges and qualifiers.
pub fn scan_mentions(t: &[char], from: usize, to: usize) -> Vec<Mention> {
    let to = to.min(t.len());
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if !starts_numeral(t, i) {
            i += 1;
            continue;
        }
        // (The year after a list number's dot is no decimal's tail, `5.2028`.)
        let item_year = year_after_item_number(t, i, to);
        let Some(mut n) = scan_numeral(t, item_year.unwrap_or(i)) else {
            i += 1;
            continue;
        };
        if item_year.is_some() {
            n.embedded = false;
        }
        let mut m = mention_from(t, &n, to);
        if n.embedded {
            m.embedded = true;
        }
        i = m.end.max(n.end).max(i + 1);
        out.push(m);
    }
    out
}

/// A list item's number glued to a year (`4．2028年新发放…`, folded to `4.2028年`): the
/// position of the year, which is read on its own; not a number 4.2028.
fn year_after_item_number(t: &[char], i: usize, to: usize) -> Option<usize> {
    let digits = (i..to.min(i + 3))
        .take_while(|&k| t[k].is_ascii_digit())
        .count();
    let dot = i + digits;
    let year = dot + 1;
    // (No decimal of four places is a count of years: `4.2028年` is never a figure.)
    let lone = i == 0 || !(t[i - 1].is_ascii_digit() || t[i - 1] == '.');
    ((1..=2).contains(&digits)
        && lone
        && t.get(dot) == Some(&'.')
        && year + 5 <= to
        && t[year..year + 4].iter().all(|c| c.is_ascii_digit())
        && matches!(t[year..year + 2], ['1', '9'] | ['2', '0'])
        && t[year + 4] == '年')
        .then_some(year)
}

fn mention_from(t: &[char], n: &Numeral, to: usize) -> Mention {
    let mut m = Mention {
        start: n.start,
        unit_end: n.end,
        end: n.end,
        value: n.value,
        hi: None,
        unit: None,
        bare_mult: false,
        qualifier: None,
        chinese: n.chinese,
        embedded: n.embedded,
        window: false,
        within: false,
    };
    if n.embedded {
        return m;
    }
    let mut pos = skip_spaces(t, n.end);
    let mut mult = n.mult;
    // Range: 6-8个, 6至8个, 十至十五家, 5.5%-6%
    let mut pct_first = false;
    if n.percent || t.get(pos) == Some(&'%') {
        pct_first = true;
    }
    let sep_at = if t.get(pos) == Some(&'%') {
        pos + 1
    } else {
        pos
    };
    if sep_at < to && is_range_sep(t[sep_at]) {
        let k = skip_spaces(t, sep_at + 1);
        if k < to && starts_numeral(t, k) {
            if let Some(n2) = scan_numeral(t, k) {
                if !n2.embedded && n2.value > n.value && n2.end <= to {
                    m.hi = Some(n2.value);
                    pos = skip_spaces(t, n2.end);
                    if mult.is_none() {
                        mult = n2.mult;
                    }
                }
            }
        }
    }
    if mult.is_none() && !n.chinese {
        if let Some((f, w, len)) = multiplier_at(t, pos) {
            mult = Some((f, w));
            pos += len;
        }
    }
    // 200个亿: money counted in 亿 the spoken way (a speech's `完成投资200个亿以上`): 亿元.
    let spoken_yi = mult.is_none() && lexicon::starts_with_at(t, pos, "个亿");
    let integer = m.value.fract() == 0.0 && !n.percent;
    if !n.percent && mult.is_none() && m.hi.is_none() && tenths_at(t, pos, m.value) {
        m.value *= 10.0;
        m.unit = Some("%".into());
        pos += 1;
    } else if n.percent || pct_first && t.get(pos) != Some(&'%') {
        m.unit = Some("%".into());
        if t.get(pos) == Some(&'%') {
            pos += 1;
        }
    } else if spoken_yi {
        m.unit = Some("亿元".into());
        pos += if t.get(pos + 2) == Some(&'元') { 3 } else { 2 };
    } else if let Some((u, len, _)) = unit_at(t, pos) {
        if u == "年" && mult.is_none() && year_is_window(t, pos, m.value, integer) {
            m.window = true;
        }
        if u == "%" {
            m.unit = Some(u);
        } else if let Some((_, w)) = mult {
            // The unit as written, classifiers too: `3万个` is 3 万个, not 30000 个 (a spec
            // converts 万X ↔ X exactly; `status_in_magnitude` puts an increase and its baseline in one).
            m.unit = Some(format!("{w}{u}"));
        } else {
            m.unit = Some(u);
        }
        pos += len;
    } else if mult.is_some() {
        m.bare_mult = true;
    }
    // （间） after a unit: skip a short parenthesised alternative.
    if t.get(pos) == Some(&'（') || t.get(pos) == Some(&'(') {
        if let Some(close) = (pos + 1..(pos + 4).min(to)).find(|&k| t[k] == '）' || t[k] == ')') {
            pos = close + 1;
        }
    }
    m.unit_end = pos;
    if ranked_share(t, &m)
        || counts_a_list(t, &m, pos)
        || counts_the_texts_items(t, &m, pos)
        || a_total(t, &m, pos)
        || compared_with(t, &m, pos)
        || share_of_a_price(t, &m)
        || table_reference(t, &m)
        || after_production(t, &m)
        || bracketed_attribute(t, &m, pos)
        || super::duration::reported_within(t, m.unit.as_deref(), pos)
    {
        m.embedded = true;
        return m;
    }
    if n.chinese && (per_base(t, &m, pos, to) || spirit_name(t, pos, to)) {
        m.embedded = true;
        return m;
    }
    if let Some((r, len)) = lexicon::qualifier_at(t, pos) {
        m.qualifier = Some(r);
        pos += len;
    } else if super::duration::within_at(t, m.start, m.unit.as_deref(), pos) {
        m.qualifier = Some(Rule::AtMost);
        m.within = true;
        pos += 1;
    }
    m.end = pos;
    if !m.value.is_finite() || m.value.abs() > MAX_VALUE {
        m.embedded = true;
        m.value = 0.0;
    }
    m
}

/// Characters ending the phrase a figure's list or head is looked for in (`counts_a_list`,
/// `places_of_works`): punctuation, quotes and brackets. (Sets of characters as slices, not
/// strings: `str::contains` of a CJK character runs a substring search, asked at each
/// character before every figure; round 32 E.)
const LIST_STOPS: &[char] = &[
    '，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?', '“', '”', '"', '（', '）', '(',
    ')', '《', '》', '\n',
];

/// Characters joining the items of a list (`counts_a_list`, `places_of_works`).
const LIST_JOINS: &[char] = &['、', '和', '及', '与'];

/// Characters ending the phrase a total, a comparison or a forecast is read in (`a_total`,
/// `compared_with`, `after_production`).
const PHRASE_STOPS: &[char] = &[
    '，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?', '\n',
];

/// The top share of a ranking (`进入ESI全球前1%`, `力争新增1个前1‰学科`, `位次居前30%`): a
/// share after the 前 of a rank names the class of the things counted, never a goal of its
/// own (round 31 C: annotated so in t126 and heldout18a i2, the count being the goal). The 前
/// follows a ranking's scope or verb (全球, 全国, 进入, 居, a count's 个, an index's letter),
/// never a date (`9月底前100%实现就业`).
fn ranked_share(t: &[char], m: &Mention) -> bool {
    matches!(m.unit.as_deref(), Some("%" | "‰"))
        && m.start >= 2
        && t[m.start - 1] == '前'
        && (t[m.start - 2].is_ascii_alphabetic()
            || "球国省市界内业入居个列身位类".contains(t[m.start - 2]))
}

/// A count in Chinese numerals right after a list of named things, before the noun it counts
/// (`打造新能源装备、生物医药、新材料三个千亿级产业集群`, `用好内推和校园招聘两个渠道`,
/// `城关镇和临江镇这两个大镇`): it counts the items just named, never a goal of its own (round 31
/// C: over every annotated set such a count was never a target's figure, 0 of 78). The list is
/// joined by 、 / 和 / 及 / 与 within the phrase; its last item is not a verb alone (`新建、改扩建
/// 五所学校` counts works to do); a noun follows the classifier (`…改扩建学校五所。` is a count).
fn counts_a_list(t: &[char], m: &Mention, unit_end: usize) -> bool {
    let classifier = matches!(
        m.unit.as_deref(),
        Some("个" | "项" | "条" | "家" | "所" | "座" | "类" | "种" | "批" | "处")
    );
    if !(m.chinese && m.hi.is_none() && classifier && (2.0..=10.0).contains(&m.value)) {
        return false;
    }
    // A noun after the classifier, not a qualifier (`五所以上`).
    if !t
        .get(unit_end)
        .is_some_and(|&c| is_cjk(c) && !"以左上下内余多".contains(c))
    {
        return false;
    }
    // The list's last item ends right before the numeral (or before 这).
    let mut end = m.start;
    if end > 0 && t[end - 1] == '这' {
        end -= 1;
    }
    if end == 0 || !is_cjk(t[end - 1]) {
        return false;
    }
    let from = end.saturating_sub(24);
    let Some(join) = (from..end)
        .rev()
        .take_while(|&k| !LIST_STOPS.contains(&t[k]))
        .find(|&k| LIST_JOINS.contains(&t[k]))
    else {
        return false;
    };
    let last = &t[join + 1..end];
    let verb = |w: &&str| last.len() == w.chars().count() && lexicon::starts_with_at(last, 0, w);
    last.len() >= 2
        && !lexicon::CUE_VERBS.iter().any(verb)
        && !lexicon::WORKS_VERBS.iter().any(verb)
        && !lexicon::ADDITION_VERBS.iter().any(verb)
        && !places_of_works(t, from, join, last, unit_end)
}

/// A works or addition verb before the list's first item, and a noun after the classifier
/// that is not the items' head (`新建城东和城西片区两个污水处理厂`: the list says where the plants
/// go, the two plants are the goal; review 26). The head is the last item's last character,
/// looked for in the eight characters after the classifier (`新建城关镇和临江镇两个大镇`
/// counts the towns named).
fn places_of_works(t: &[char], from: usize, join: usize, last: &[char], unit_end: usize) -> bool {
    let start = (from..join)
        .rev()
        .find(|&k| LIST_STOPS.contains(&t[k]))
        .map_or(from, |k| k + 1);
    // The phrase before the list's first join: a verb, then the first item.
    let first_join = (start..join)
        .find(|&k| LIST_JOINS.contains(&t[k]))
        .unwrap_or(join);
    let lead = &t[start..first_join];
    let verb = lexicon::WORKS_VERBS
        .iter()
        .chain(lexicon::ADDITION_VERBS)
        .any(|w| lexicon::find(lead, w, 0).is_some_and(|p| p + w.chars().count() < lead.len()));
    let head = last.last();
    verb && !t[unit_end..t.len().min(unit_end + 8)]
        .iter()
        .take_while(|c| !LIST_STOPS.contains(*c))
        .any(|c| Some(c) == head)
}

/// A count of a text's own items (`实施7项重点任务、17项具体举措`, `对尚未完成的7个具体问题和
/// 24条整改措施`, `提出18条具体举措`): how a plan or a report is laid out, never a goal (round 31 C:
/// over every annotated set such counts were never a target, 0 of 20; `完成剩余8个问题项目的整改`
/// counts projects and stays a figure).
fn counts_the_texts_items(t: &[char], m: &Mention, unit_end: usize) -> bool {
    const ITEMS: &[&str] = &[
        "重点任务",
        "主要任务",
        "具体任务",
        "任务",
        "具体举措",
        "重点举措",
        "举措",
        "整改措施",
        "具体措施",
        "措施",
        "具体问题",
        "重点问题",
    ];
    matches!(m.unit.as_deref(), Some("项" | "条" | "个" | "件"))
        && ITEMS
            .iter()
            .any(|w| lexicon::starts_with_at(t, unit_end, w))
}

/// A total stated with 共计 and no rule word (`激励对象共计173人`, `发放奖励资金共计3260万元`,
/// `床位共计300张`): the sum of what the text has listed or done, never a goal (round 31 C: over
/// every annotated set 5 of 5 such figures were put in `none`). `共计不少于…` keeps its figure,
/// and so does a goal's total (review 26: `今年新建农村公路共计120公里`, `新增学位共计3600个`):
/// its phrase (at most 24 characters back) holds a time of the year ahead (今年, 全年, 年内,
/// 明年) or an addition or works verb, and its sentence no 了 (`颁发了…，发放奖励资金共计…`).
fn a_total(t: &[char], m: &Mention, unit_end: usize) -> bool {
    if !(m.start >= 2
        && t[m.start - 2..m.start] == ['共', '计']
        && lexicon::qualifier_at(t, unit_end).is_none())
    {
        return false;
    }
    let head = m.start - 2;
    let from = (head.saturating_sub(24)..head)
        .rev()
        .find(|&k| PHRASE_STOPS.contains(&t[k]))
        .map_or(head.saturating_sub(24), |k| k + 1);
    let phrase = &t[from..head];
    let cue = ["今年", "全年", "年内", "明年"]
        .iter()
        .chain(lexicon::ADDITION_VERBS)
        .chain(lexicon::WORKS_VERBS)
        .any(|w| lexicon::find(phrase, w, 0).is_some());
    let past = (head.saturating_sub(60)..head)
        .rev()
        .take_while(|&k| !"。！？!?\n".contains(t[k]))
        .any(|k| t[k] == '了');
    !cue || past
}

/// A figure inside `与…相比` (`与去年同期签约的29个项目、316亿元相比，…分别增长24.1%和35.6%`,
/// `与“十四五”时期年均增长11.2%相比有所放缓`): the baseline a comparison is made against, never
/// a goal (round 31 C: 3 of 3 such figures over every annotated set in `none`). Both words
/// within the phrase: 与 at most 30 characters before the figure, 相比 at most 16 after it.
fn compared_with(t: &[char], m: &Mention, unit_end: usize) -> bool {
    let after = (unit_end..t.len().min(unit_end + 16))
        .take_while(|&k| !PHRASE_STOPS.contains(&t[k]))
        .any(|k| t[k] == '相' && t.get(k + 1) == Some(&'比'));
    after
        && (m.start.saturating_sub(30)..m.start)
            .rev()
            .take_while(|&k| !PHRASE_STOPS.contains(&t[k]))
            .any(|k| t[k] == '与')
}

/// A share of a price or a rate (`授予价格…不低于…公司股票交易均价的50%`, `贴息不低于同期贷款市场
/// 报价利率的50%`): a term of the price or the subsidy, never a share to reach (round 31 C:
/// heldout20b ad1 in `none`; shares of a quantity, `不低于营业收入的1.5%`, `完成全年投放计划的60%`,
/// stay figures).
fn share_of_a_price(t: &[char], m: &Mention) -> bool {
    matches!(m.unit.as_deref(), Some("%"))
        && ["价的", "价格的", "利率的"]
            .iter()
            .any(|w| lexicon::ends_with_at(t, m.start, w))
}

/// A table's or a figure's number before 所列 / 所示 (`实现表1所列指标按月自动生成`, `附件2所示`):
/// a reference, never a count of 所 (round 31 C, heldout19b ab2).
fn table_reference(t: &[char], m: &Mention) -> bool {
    m.unit.as_deref() == Some("所")
        && m.start > 0
        && matches!(t[m.start - 1], '表' | '图' | '件')
        && t.get(m.unit_end)
            .is_some_and(|&c| c == '示' || c == '述' || c == '列')
        && t.get(m.unit_end + 1) != Some(&'入')
}

/// A figure after 投产后 / 达产后 in its phrase (`投产后年产能将提升至40GWh`, `达产后预计年产值120亿元`):
/// what a project is forecast to yield once running, never a goal of the text (round 31 C: t84
/// and t130, in `none` both; `项目建成后，…亩均粮食产能提高100斤以上` is a goal and stays).
fn after_production(t: &[char], m: &Mention) -> bool {
    let from = m.start.saturating_sub(24);
    (from..m.start)
        .rev()
        .take_while(|&k| !PHRASE_STOPS.contains(&t[k]))
        .any(|k| t[k] == '后' && k >= 2 && t[k - 1] == '产' && matches!(t[k - 2], '投' | '达'))
}

/// A figure in a short bracket that qualifies the noun after it (`对接近控制指标（达到90%）的地区`,
/// `（超过80%）的企业`): the bracket, closed right after the figure and followed by 的, defines
/// the class of things a measure applies to (a threshold that triggers a warning), never a goal
/// (twenty-second set, F3). Only a bare figure or one after a comparison word (达到, 超过, 低于,
/// 高于, 不足, 不低于, 不高于) is read so; a year (a plan's `（2026—2028年）的通知`) is left
/// to the window reader.
fn bracketed_attribute(t: &[char], m: &Mention, unit_end: usize) -> bool {
    const WORDS: &[&str] = &[
        "",
        "达到",
        "超过",
        "低于",
        "高于",
        "不足",
        "不低于",
        "不高于",
    ];
    if m.unit.as_deref().is_some_and(|u| u.contains('年')) {
        return false;
    }
    let closed = matches!(t.get(unit_end), Some('）' | ')')) && t.get(unit_end + 1) == Some(&'的');
    closed
        && WORDS.iter().any(|w| {
            let n = w.chars().count();
            m.start > n
                && matches!(t[m.start - n - 1], '（' | '(')
                && t[m.start - n..m.start].iter().copied().eq(w.chars())
        })
}

/// A base of a rate spelled in numerals inside the rate's name (`工矿商贸就业人员十万人生产安全
/// 事故死亡率控制在1.1以内`, `十万人口…发病率`): a round count of people (十万人, 万人) run into
/// a noun whose name ends in 率 within twelve characters, with no punctuation between. Part of
/// the name, never a figure (round 18 A).
fn per_base(t: &[char], m: &Mention, unit_end: usize, to: usize) -> bool {
    let round = [1.0, 10.0, 100.0, 1000.0].contains(&m.value);
    let people = m.unit.as_deref().is_some_and(|u| u.ends_with('人'));
    let noun_follows = t
        .get(unit_end)
        .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(c) && !"以左上下内".contains(*c));
    // (The unit may be read past the scan window, so `unit_end` can pass `to`: then there is
    // nothing of the window left to look at; review 18.)
    round
        && people
        && noun_follows
        && t.get(unit_end..to.min(unit_end + 12).max(unit_end))
            .unwrap_or(&[])
            .iter()
            .take_while(|c| !"，,。；;、：:".contains(**c))
            .any(|&c| c == '率')
}

/// A count in words inside the name of a document whose spirit is carried out (`落实中央八项规定
/// 精神`): the unit, two to six characters of name, then 精神 with no punctuation between. Part
/// of a name, never a figure (round 28 C). (Not `三家精神病医院`: 精神 right after the unit.)
fn spirit_name(t: &[char], unit_end: usize, to: usize) -> bool {
    let end = to.min(t.len()).min(unit_end + 8);
    (unit_end + 2..end.saturating_sub(1)).any(|k| {
        t[k] == '精'
            && t[k + 1] == '神'
            && k - unit_end <= 6
            && t[unit_end..k].iter().all(|&c| is_cjk(c))
    })
}

/// Is the 分 at `at` a satisfaction score's goal: 满意度 within the 12 characters before
/// it, and 以上 after it (not 以上的 / 以上为), or 不低于 / 不少于 before the figure and the
/// clause ending right after 分.
fn satisfaction_goal(t: &[char], at: usize) -> bool {
    let from = at.saturating_sub(12);
    let before: String = t[from..at].iter().collect();
    if !before.contains("满意度") {
        return false;
    }
    let next = t.get(at + 1).copied();
    let closed = |c: Option<char>| c.is_none_or(|c| "。，；、）)".contains(c));
    if lexicon::starts_with_at(t, at + 1, "以上") {
        return closed(t.get(at + 3).copied());
    }
    let digits = t[..at]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || **c == '.')
        .count();
    let floor: String = t[at.saturating_sub(digits + 3)..at - digits]
        .iter()
        .collect();
    closed(next) && (floor == "不低于" || floor == "不少于")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `落实中央八项规定精神`: the 八项 is part of a name; `建成三家精神病医院` keeps its count.
    #[test]
    fn a_count_in_a_spirit_name_is_embedded() {
        let t = cs("锲而不舍落实中央八项规定精神，持续纠治“四风”。");
        let eight = t.iter().position(|&c| c == '八').unwrap();
        assert!(
            scan_mentions(&t, 0, t.len())
                .iter()
                .any(|m| m.start == eight && m.embedded)
        );
        let t = cs("建成三家精神病医院。");
        assert!(scan_mentions(&t, 0, t.len()).iter().any(|m| !m.embedded));
    }

    use crate::extract::test_chars as cs;

    /// A figure in a bracket closed before 的 (`接近控制指标（达到90%）的地区`) defines a class,
    /// and a reporting duty's time limit (`2小时内向市局报告`) is a procedure: both embedded; a
    /// service time (`30分钟内到达现场`) and a bracket not before 的 keep their figures.
    #[test]
    fn a_bracketed_threshold_and_a_reporting_time_are_embedded() {
        let embedded = |s: &str| {
            let t = cs(s);
            scan_mentions(&t, 0, t.len()).iter().all(|m| m.embedded)
        };
        assert!(embedded("对接近控制指标（达到90%）的地区，实行预警。"));
        assert!(embedded("要按规定在2小时内向市局报告。"));
        assert!(embedded("事件发生后24小时内上报。"));
        assert!(!embedded("承办单位须在30分钟内到达现场。"));
        assert!(!embedded("一般问题3个工作日内回复。"));
        assert!(!embedded("用水总量（不含生态补水）控制在191亿立方米以内。"));
        assert!(!embedded("新建基站（达到90个）。"));
    }

    /// 分 is a unit after a 满意度 goal closed by 以上 or set by 不低于 (round 28 D), not a
    /// score stated or a bar (`…的方可认定`), and not without 满意度.
    #[test]
    fn a_satisfaction_goal_scores_in_fen() {
        let at = |s: &str| {
            let t = cs(s);
            let i = t.iter().position(|&c| c == '分').unwrap_or(0);
            unit_at(&t, i).map(|u| u.0)
        };
        assert_eq!(at("公众满意度达到85分以上").as_deref(), Some("分"));
        assert_eq!(at("群众满意度不低于90分。").as_deref(), Some("分"));
        assert_eq!(at("群众满意度测评不低于90分的方可认定"), None);
        assert_eq!(at("群众满意度达到96.2分，较上年提高"), None);
        assert_eq!(at("综合得分在900分以上"), None);
    }

    /// A round count of people cut from its 人 by the window's end (`…社区十|人口床位配置率`,
    /// the window ending between 十 and 人): no panic (review 18, item 1).
    #[test]
    fn per_base_past_the_window_does_not_panic() {
        let t = cs("建成城区养老服务中心和社区十人口床位配置率示范点。");
        let ten = t.iter().position(|&c| c == '十').unwrap();
        let _ = scan_mentions(&t, 0, ten + 1);
        let _ = scan_mentions(&t, 2, ten + 1);
    }

    /// The figures of `s` that stay figures (not embedded, not a window): value and unit.
    fn kept(s: &str) -> Vec<(f64, String)> {
        let t = cs(s);
        scan_mentions(&t, 0, t.len())
            .into_iter()
            .filter(|m| !m.embedded && !m.window)
            .map(|m| (m.value, m.unit.unwrap_or_default()))
            .collect()
    }

    /// Round 31 C: figures that count, compare or price something else are no figures; the
    /// wordings beside them that are goals keep theirs.
    #[test]
    fn figures_that_count_compare_or_price_something_else_are_none() {
        let none = [
            // The top share of a ranking names a class.
            "位次居前30%的",
            // A count in Chinese numerals of the things just listed.
            "打造新能源装备、生物医药、新材料三个千亿级产业集群",
            "人力资源部要用好内推和校园招聘两个渠道",
            "城关镇和临江镇这两个大镇",
            "培育电子信息、生物医药等五个新兴产业",
            // A count of the text's own items.
            "实施7项重点任务、17项具体举措",
            "对尚未完成的7个具体问题和24条整改措施",
            // A total; a baseline compared against; a share of a price.
            "首次授予的激励对象共计173人",
            "还为企业颁发了奖牌，发放奖励资金共计3260万元",
            "床位共计300张",
            "新建城关镇和临江镇两个大镇",
            "与去年同期签约的29个项目、316亿元相比",
            "且不低于公告前公司股票交易均价的50%",
            "按不低于同期贷款市场报价利率的50%给予贴息",
            // A table's number; a forecast once running.
            "实现表一所列指标按月自动生成",
            "投产后年产能将提升至40GWh",
            "达产后预计年产值120亿元",
        ];
        for s in none {
            assert!(kept(s).is_empty(), "{s}: {:?}", kept(s));
        }
        assert_eq!(kept("力争新增1个前1‰学科"), vec![(1.0, "个".to_string())]);
        assert!(
            kept("力争1个学科进入ESI全球前1%")
                .iter()
                .all(|(_, u)| u != "%")
        );
        assert!(
            kept("实现表1所列指标按月自动生成")
                .iter()
                .all(|(_, u)| u != "所")
        );
        let one = [
            "确保毕业生100%实现就业",
            "新建、改扩建五所学校",
            "新建、改扩建学校五所。",
            "建成A、B两个以上",
            "完成剩余8个问题项目的整改",
            "全年新增床位共计300张以上",
            // Review 26: a goal's total, and a count of works after a list of places.
            "今年新建农村公路共计120公里",
            "新增学位共计3600个",
            "新建城东和城西片区两个污水处理厂",
            "与上年相比增长5%",
            "全年安全生产投入不低于营业收入的1.5%",
            "新增学校3所列入省级示范",
            "项目建成后，项目区亩均粮食产能提高100斤以上",
        ];
        for s in one {
            assert_eq!(kept(s).len(), 1, "{s}: {:?}", kept(s));
        }
        assert_eq!(
            kept("确保毕业生9月底前100%实现就业").last().map(|f| f.0),
            Some(100.0)
        );
        assert_eq!(
            kept("在沅东、南垣两个新能源基地各建成1座储能电站"),
            vec![(1.0, "座".to_string())]
        );
    }

    fn one(s: &str) -> Mention {
        let t = cs(s);
        scan_mentions(&t, 0, t.len())
            .into_iter()
            .find(|m| !m.embedded)
            .expect("a mention")
    }

    /// Round 30 C: sessions after a training word or a class, times in words after a floor
    /// word, a yearly frequency opening its clause; a phase, a chapter, a routine are no counts.
    #[test]
    fn sessions_and_times_counted() {
        let unit = |s: &str| {
            let t = cs(s);
            scan_mentions(&t, 0, t.len())
                .into_iter()
                .rfind(|m| !m.embedded && !m.window)
                .and_then(|m| m.unit)
        };
        assert_eq!(unit("对全区中小学校长轮训两期。").as_deref(), Some("期"));
        assert_eq!(
            unit("全年组织系统操作培训不少于20期。").as_deref(),
            Some("期")
        );
        assert_eq!(
            unit("年内评选区级优质课不少于一百节。").as_deref(),
            Some("节")
        );
        assert_eq!(unit("年底前建成澄屿高新区二期。"), None);
        assert_eq!(
            unit("全年开展联合执法检查不少于四次。").as_deref(),
            Some("次")
        );
        assert_eq!(unit("全年开展执法人员轮训两次。"), None);
        assert_eq!(
            unit("3.每年组织网络安全攻防演练不少于2次。").as_deref(),
            Some("次")
        );
        assert_eq!(unit("各乡镇党委书记每年外出招商不少于4次。"), None);
        assert_eq!(unit("渡口渡船安全检查每月不少于1次。"), None);
        // Nothing before the figure: no panic, no count.
        assert_eq!(unit("两期"), None);
        // Review 25: 节 per week or per term is a standard, no count; 每年 after a heading's
        // boundary opens its clause.
        assert_eq!(unit("学生每周体育课不少于3节。"), None);
        assert_eq!(unit("每所学校每学期开设心理健康课不少于4节。"), None);
        assert_eq!(
            unit("应急演练\u{2029}1．每年组织网络安全攻防演练不少于2次。").as_deref(),
            Some("次")
        );
    }

    #[test]
    fn an_item_number_glued_to_a_year() {
        let m = one("5.2028年创业担保贷款发放额达到25亿元");
        assert_eq!((m.value, m.unit.as_deref()), (2028.0, Some("年")));
        let m = one("增长4.5%");
        assert_eq!(m.value, 4.5);
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_chinese(&cs("一百二十三")), Some(123.0));
        assert_eq!(parse_chinese(&cs("十五")), Some(15.0));
        assert_eq!(parse_chinese(&cs("十")), Some(10.0));
        assert_eq!(parse_chinese(&cs("二百")), Some(200.0));
        assert_eq!(parse_chinese(&cs("三千")), Some(3000.0));
        assert_eq!(parse_chinese(&cs("一百零五")), Some(105.0));
        assert_eq!(parse_chinese(&cs("三千五")), Some(3500.0));
        assert_eq!(parse_chinese(&cs("一万二千")), Some(12000.0));
        assert_eq!(parse_chinese(&cs("两")), Some(2.0));
        assert_eq!(parse_chinese(&cs("十四五")), None);
        assert_eq!(parse_chinese(&cs("一二")), None);
        assert_eq!(parse_chinese(&cs("")), None);
    }

    #[test]
    fn arabic_and_multipliers() {
        let m = one("1.5万人");
        assert_eq!((m.value, m.unit.as_deref()), (1.5, Some("万人")));
        let m = one("3000亿元");
        assert_eq!((m.value, m.unit.as_deref()), (3000.0, Some("亿元")));
        // Counts keep their prefix as written (they were multiplied out before: 10000 个).
        let m = one("1万个");
        assert_eq!((m.value, m.unit.as_deref()), (1.0, Some("万个")));
        let m = one("两万个");
        assert_eq!((m.value, m.unit.as_deref()), (2.0, Some("万个")));
        let m = one("十五万套（间），");
        assert_eq!((m.value, m.unit.as_deref()), (15.0, Some("万套")));
        let m = one("1-2万家");
        assert_eq!(
            (m.value, m.hi, m.unit.as_deref()),
            (1.0, Some(2.0), Some("万家"))
        );
        let m = one("一百二十万亩以上");
        assert_eq!((m.value, m.unit.as_deref()), (120.0, Some("万亩")));
        assert_eq!(m.qualifier, Some(Rule::AtLeast));
        let m = one("1.3万亿斤以上");
        assert_eq!((m.value, m.unit.as_deref()), (1.3, Some("万亿斤")));
        let m = one("2万亿元");
        assert_eq!((m.value, m.unit.as_deref()), (2.0, Some("万亿元")));
        let m = one("1,812个");
        assert_eq!(m.value, 1812.0);
        let m = one("180亿美元");
        assert_eq!(m.unit.as_deref(), Some("亿美元"));
    }

    #[test]
    fn percentages() {
        let m = one("百分之十");
        assert_eq!((m.value, m.unit.as_deref()), (10.0, Some("%")));
        let m = one("6%左右");
        assert_eq!((m.value, m.unit.as_deref()), (6.0, Some("%")));
        assert_eq!(m.qualifier, Some(Rule::About));
        let m = one("2个百分点");
        assert_eq!((m.value, m.unit.as_deref()), (2.0, Some("%")));
    }

    #[test]
    fn chinese_decimals_and_tenths() {
        let m = one("增长百分之五点五左右");
        assert_eq!((m.value, m.unit.as_deref()), (5.5, Some("%")));
        assert_eq!(m.qualifier, Some(Rule::About));
        let m = one("提高零点二个百分点");
        assert_eq!((m.value, m.unit.as_deref()), (0.2, Some("%")));
        let m = one("一点五万人");
        assert_eq!((m.value, m.unit.as_deref()), (1.5, Some("万人")));
        let m = one("一千二百点五亿元");
        assert_eq!((m.value, m.unit.as_deref()), (1200.5, Some("亿元")));
        let m = one("六成以上");
        assert_eq!((m.value, m.unit.as_deref()), (60.0, Some("%")));
        assert_eq!(m.qualifier, Some(Rule::AtLeast));
        let m = one("3成");
        assert_eq!((m.value, m.unit.as_deref()), (30.0, Some("%")));
        // A time (两点三十分) and 一点 with no digit after it are no decimals.
        let t = cs("下午两点三十分");
        assert!(scan_mentions(&t, 0, t.len()).iter().all(|m| m.value != 2.3));
        let t = cs("好一点儿");
        assert!(
            scan_mentions(&t, 0, t.len())
                .iter()
                .all(|m| m.unit.is_none())
        );
        // Years written digit by digit are windows, like 2030年.
        let t = cs("到二〇三〇年，");
        let m = &scan_mentions(&t, 0, t.len())[0];
        assert!(m.window && m.value == 2030.0, "{m:?}");
        let t = cs("二〇二六年一月");
        assert!(scan_mentions(&t, 0, t.len())[0].window);
        // 十成 / 二十成 are no tenths beyond ten; 建成 has no number.
        let t = cs("二十成");
        assert!(
            scan_mentions(&t, 0, t.len())
                .iter()
                .all(|m| m.unit.is_none())
        );
    }

    #[test]
    fn ranges() {
        let m = one("6-8个科技创新中心");
        assert_eq!(
            (m.value, m.hi, m.unit.as_deref()),
            (6.0, Some(8.0), Some("个"))
        );
        let m = one("6至8个");
        assert_eq!((m.value, m.hi), (6.0, Some(8.0)));
        let m = one("十至十五家");
        assert_eq!(
            (m.value, m.hi, m.unit.as_deref()),
            (10.0, Some(15.0), Some("家"))
        );
        let m = one("5.5%-6%");
        assert_eq!(
            (m.value, m.hi, m.unit.as_deref()),
            (5.5, Some(6.0), Some("%"))
        );
    }

    #[test]
    fn names_are_not_figures() {
        for s in ["5G基站", "8K视频", "PM2.5", "1+N", "第一次", "十四五"] {
            let t = cs(s);
            let ms = scan_mentions(&t, 0, t.len());
            assert!(
                ms.iter().all(|m| m.embedded || m.unit.is_none()),
                "{s}: {ms:?}"
            );
        }
        let t = cs("2020年，");
        assert!(scan_mentions(&t, 0, t.len())[0].window);
        for s in ["汽车零部件产业园", "社会消费品零售总额", "零碳园区"] {
            let t = cs(s);
            assert!(scan_mentions(&t, 0, t.len()).is_empty(), "{s}");
        }
        let t = cs("3年内");
        assert!(scan_mentions(&t, 0, t.len())[0].window);
        for s in ["力争用两年时间实现", "用三年左右时间基本完成"] {
            let t = cs(s);
            assert!(scan_mentions(&t, 0, t.len())[0].window, "{s}");
        }
        let t = cs("提高到11.5年");
        let m = &scan_mentions(&t, 0, t.len())[0];
        assert!(!m.window && m.unit.as_deref() == Some("年"));
    }

    #[test]
    fn huge_and_odd_numbers() {
        let big = "9".repeat(400) + "个";
        let t = cs(&big);
        assert!(scan_mentions(&t, 0, t.len()).iter().all(|m| m.embedded));
        let t = cs("九千九百九十九亿九千九百九十九万亿亿亿个");
        let _ = scan_mentions(&t, 0, t.len());
        let t = cs("1");
        assert_eq!(scan_mentions(&t, 0, t.len()).len(), 1);
    }
}
