//! How an OCR'd or PDF-copied table line splits into cells when its columns are not kept
//! apart by tabs or wide gaps, and which lines inside a table are page furniture.
//!
//! - **Single spaces** (`指标 2020年 2025年 属性`, `IPv6活跃用户数（亿户） 4.6 8 预期性`):
//!   after the split at tabs / runs of spaces, each cell is cut at single spaces into
//!   tokens. A figure (`7.8`, `＞6.5`, `〔13.5〕`, `6左右`), a no-figure mark (`—`, `-`, `/`),
//!   a year (`2025年`) and a 属性 word (约束性 / 预期性) each stand alone; runs of other words
//!   are one cell (an indicator name with a space in it). In a line with a year, header
//!   words (属性, 单位, 年均/累计, 基期, 目标 …) stand alone too. A qualifier (`左右`, `以上`,
//!   `%`) or `年` after a number joins it; a lone sign (`≥ 88`) joins the number after it.
//! - **Furniture**: a page number (`— 12 —`, `·5·`, `- 3 -`, `第5页`), a line repeated in the
//!   document with no punctuation (a running page header or title), and a continuation mark
//!   (`续表`, `表1（续）`, `专栏1（续表）`).

use super::super::lexicon::GOAL_CLASSES;
use super::{figure, year_cell};
use crate::extract::lexicon::is_digit;
use std::collections::HashMap;

/// Header words that name a column (in a line with a year).
pub const HEADER_WORDS: &[&str] = &[
    "指标",
    "指标名称",
    "属性",
    "指标属性",
    "指标性质",
    "单位",
    "计量单位",
    "类别",
    "序号",
    "年均",
    "累计",
    "年均/累计",
    "基期",
    "基期值",
    "基数",
    "基准值",
    "目标",
    "目标值",
    "现状",
    "现状值",
    "完成值",
    "备注",
    "领域",
    "项目",
    // (A performance-goal form's titles, `一级指标 二级指标 三级指标 指标值`: eighteenth set, B.)
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A figure, a year or a no-figure mark.
    Value,
    /// A word that stands alone (属性 word; a header word in a header line).
    Alone,
    /// Any other word: runs of them are one cell.
    Word,
}

/// A no-figure mark: `—`, `——`, `-`, `－`, `/`, `／`, `…`.
pub fn is_dash(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| "—―–-－/／…~～".contains(c))
}

/// A 属性 word: 约束性, 预期性, 指导性, 引导性 (also with 型 for 性; 约束 and 预期 also bare).
/// A bare 指导 / 引导 is a verb, a task's cell (`指导`, review 26), not a class.
pub fn is_class(t: &str) -> bool {
    let suffixed = t.strip_suffix('性').or_else(|| t.strip_suffix('型'));
    let stem = suffixed.unwrap_or(t);
    GOAL_CLASSES.iter().any(|(w, _)| {
        w.strip_suffix('性') == Some(stem)
            && (suffixed.is_some() || crate::extract::lexicon::BARE_CLASS_WORDS.contains(&stem))
    })
}

fn is_sign(t: &str) -> bool {
    matches!(
        t,
        "＜" | "＞" | "<" | ">" | "≥" | "≤" | ">=" | "<=" | "＞＝" | "＜＝"
    )
}

fn is_qualifier(t: &str) -> bool {
    matches!(
        t,
        "左右" | "以上" | "以内" | "以下" | "%" | "％" | "*" | "＊" | "‰"
    )
}

/// A cell that is a figure, a year or a no-figure mark.
pub fn is_value(t: &str) -> bool {
    figure(t).is_some() || year_cell(t).is_some() || is_dash(t) || is_cut_number(t)
}

/// A number cut after its dot by a line break or a space (`11.`, `４２．`): no figure ends
/// in a dot, so the rest follows.
pub fn is_cut_number(t: &str) -> bool {
    t.strip_suffix(['.', '．'])
        .map(|d| d.trim_start_matches(['〔', '[', '＞', '＜', '>', '<', '≥', '≤']))
        .is_some_and(|d| !d.is_empty() && d.chars().all(is_digit))
}

fn kind(t: &str, header_line: bool) -> Kind {
    if is_value(t) {
        Kind::Value
    } else if is_class(t) || (header_line && (HEADER_WORDS.contains(&t) || period_title(t))) {
        Kind::Alone
    } else {
        Kind::Word
    }
}

/// A column title of a year's goals and its progress in a header line (`全年目标`,
/// `1—6月完成`, `同比增长%`, `完成进度`): a column of its own, never glued to the title
/// before it as though the two were one name.
fn period_title(t: &str) -> bool {
    t.chars().count() <= 8
        && ["目标", "完成", "同比", "增长", "增速", "进度"]
            .iter()
            .any(|w| t.contains(w))
}

/// Cut the cells of a line (already split at tabs / runs of spaces) at single spaces.
/// Returns the cells and whether any cell was cut (the line is *loose*: its columns are
/// told apart by their contents, not by the gaps between them).
pub fn split_tokens(strict: Vec<String>) -> (Vec<String>, bool) {
    if !strict.iter().any(|c| c.contains([' ', '\u{3000}'])) {
        return (strict, false);
    }
    // A header line: one with a year, or with two column words (`指标名称 基期 目标 属性`).
    let toks = || strict.iter().flat_map(|c| c.split([' ', '\u{3000}']));
    let header_line = toks().any(|t| year_cell(t).is_some())
        || toks().filter(|t| HEADER_WORDS.contains(t)).count() >= 2;
    let mut out = Vec::with_capacity(strict.len() + 4);
    let mut loose = false;
    let wide = strict.len() >= 3;
    for cell in strict {
        // A number with a space between its thousands (`3 500`) in a line whose cells are
        // kept apart by wide gaps: one figure, not two cells.
        if wide && spaced_thousands(&cell) {
            out.push(cell.replace(' ', ""));
            continue;
        }
        let toks: Vec<&str> = cell
            .split([' ', '\u{3000}'])
            .filter(|t| !t.is_empty())
            .collect();
        if toks.len() < 2 {
            out.push(cell);
            continue;
        }
        let mut parts: Vec<(String, Kind)> = Vec::new();
        let mut sign = String::new();
        for t in toks {
            if is_sign(t) {
                sign.push_str(t);
                continue;
            }
            let t = format!("{}{}", std::mem::take(&mut sign), t);
            let k = kind(&t, header_line);
            // A count inside a name (`每千人口拥有 3 岁以下婴幼儿托位数`): a whole number
            // between two words, the second opening with its unit.
            let n = parts.len();
            if k == Kind::Word
                && t.starts_with(['岁', '个', '人', '家', '项', '类', '级', '星'])
                && n >= 2
                && parts[n - 2].1 == Kind::Word
                && parts[n - 1].1 == Kind::Value
                && parts[n - 1].0.chars().all(is_digit)
            {
                if let Some((count, _)) = parts.pop() {
                    parts[n - 2].0.push_str(&count);
                    parts[n - 2].0.push_str(&t);
                }
                continue;
            }
            match parts.last_mut() {
                // `6 左右`, `7.8 %`, `2020 年`; a number cut after its dot (`11. 76`: no
                // figure ends in a dot).
                Some((last, Kind::Value))
                    if is_qualifier(&t)
                        || (t == "年" && year_cell(&format!("{last}年")).is_some())
                        || (is_cut_number(last) && t.chars().all(is_digit)) =>
                {
                    last.push_str(&t);
                }
                // A name goes on (`单位 GDP 能耗`), unless the word opens a numbered row
                // (`经济发展 1．地区生产总值增长（%）`).
                Some((last, Kind::Word)) if k == Kind::Word && !numbered(&t) => {
                    last.push(' ');
                    last.push_str(&t);
                }
                _ => parts.push((t, k)),
            }
        }
        if !sign.is_empty() {
            parts.push((sign, Kind::Word));
        }
        loose |= parts.len() > 1;
        out.extend(parts.into_iter().map(|(s, _)| s));
    }
    (out, loose)
}

/// `3 500`, `12 000`, `1 250 000`: one to three digits, then groups of three after single
/// spaces.
fn spaced_thousands(cell: &str) -> bool {
    let groups: Vec<&str> = cell.split(' ').collect();
    // At most five groups (below a thousand billion): a longer run is no figure a table prints.
    (2..=5).contains(&groups.len())
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.chars().all(is_digit))
        && (1..=3).contains(&groups[0].chars().count())
        && groups[1..].iter().all(|g| g.chars().count() == 3)
}

/// A word opening a numbered row: `1．…`, `12.…`, `（3）…`.
fn numbered(t: &str) -> bool {
    let f: String = t.chars().map(super::super::clauses::fold).collect();
    let f = f.trim_start_matches(['（', '(']);
    let digits = f.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0
        && f[digits..].starts_with(['.', '、', '）', ')'])
        && f[digits..]
            .chars()
            .nth(1)
            .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// A page number line: `— 12 —`, `- 3 -`, `·5·`, `12`, `第5页`, `第 5 页 共 20 页`.
pub fn is_page_number(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // More than 16 characters: a 17th exists (a character is at most four bytes, so a
    // longer line has one for sure), without counting the whole of a long line.
    if t.is_empty() || t.len() > 64 || t.chars().nth(16).is_some() {
        return false;
    }
    // What is left past the spaces and the marks: one to four ASCII digits (counted in
    // place, no copy).
    let mut digits = 0;
    for c in t.chars().map(super::super::clauses::fold) {
        if c.is_whitespace()
            || matches!(
                c,
                '—' | '―'
                    | '–'
                    | '-'
                    | '·'
                    | '•'
                    | '・'
                    | '‧'
                    | '.'
                    | '。'
                    | '第'
                    | '页'
                    | '共'
                    | '/'
                    | '|'
                    | '('
                    | ')'
                    | '（'
                    | '）'
                    | '['
                    | ']'
                    | '【'
                    | '】'
            )
        {
            continue;
        }
        if !c.is_ascii_digit() || digits == 4 {
            return false;
        }
        digits += 1;
    }
    digits > 0
}

/// A news item's byline or credit line (`（记者　周雨桐　通讯员　李明）`, `责任编辑：王芳`,
/// `来源：县融媒体中心`), or a web page's footer (`主办单位：…　网站标识码：…　…ICP备…号`,
/// `版权所有`, `【关闭窗口】【打印本页】`): never a row, and it ends a table it follows.
pub fn is_byline(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let footer = [
        "ICP备",
        "网站标识码",
        "版权所有",
        "【关闭窗口】",
        "【打印本页】",
    ];
    if t.chars().count() <= 120
        && (t.starts_with("主办单位：") || footer.iter().any(|w| t.contains(w)))
    {
        return true;
    }
    if t.is_empty() || t.chars().count() > 40 {
        return false;
    }
    let credit = ["记者", "通讯员", "编辑", "供稿", "摄影", "校对", "审核"];
    let inner = t
        .strip_prefix(['（', '('])
        .and_then(|x| x.strip_suffix(['）', ')']));
    match inner {
        Some(x) => credit.iter().any(|w| x.contains(w)),
        None => ["责任编辑", "来源：", "来源:", "编辑：", "审核："]
            .iter()
            .any(|w| t.starts_with(w)),
    }
}

/// A continuation mark over the rest of a table after a page break: `续表`, `续表1`,
/// `续上表`, `表1（续）`, `专栏1（续表）`, `主要指标（续）`.
pub fn is_continued(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let n = t.chars().count();
    if n == 0 || n > 30 || t.contains(['，', '。', '；', '：']) {
        return false;
    }
    t.starts_with("续表")
        || t.starts_with("续上表")
        || t == "续"
        || ["（续）", "(续)", "（续表）", "(续表)", "续表"]
            .iter()
            .any(|e| t.ends_with(e))
}

/// Lines repeated in the text (trimmed), for running page headers.
pub struct Repeats<'a> {
    count: HashMap<&'a str, u32>,
}

/// Marks no running page header holds (`Repeats::is_running`).
const NOT_RUNNING: [char; 5] = ['，', '。', '；', '：', '\t'];

impl<'a> Repeats<'a> {
    pub fn new(lines: &[&'a str]) -> Repeats<'a> {
        let mut count = HashMap::new();
        for l in lines {
            let t = l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
            // (A line with one of `NOT_RUNNING` is never a running header, however often the
            // text has it: it is not counted, nor hashed; round 30 E.)
            if !t.contains(NOT_RUNNING) && t.chars().count() >= 4 {
                *count.entry(t).or_insert(0) += 1;
            }
        }
        Repeats { count }
    }

    /// A running page header or footer: an unpunctuated line of four or more characters,
    /// with no figure, that the text has more than once.
    pub fn is_running(&self, line: &str) -> bool {
        let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        self.count.get(t).is_some_and(|&n| n >= 2) && super::cells(t).len() == 1 && !is_value(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        split_tokens(vec![s.to_string()]).0
    }

    #[test]
    fn single_spaces_split_by_content() {
        assert_eq!(
            split("指标 2020年 2025年 属性"),
            ["指标", "2020年", "2025年", "属性"]
        );
        assert_eq!(
            split("数字经济核心产业增加值占GDP比重（%） 7.8 10 预期性"),
            [
                "数字经济核心产业增加值占GDP比重（%）",
                "7.8",
                "10",
                "预期性"
            ]
        );
        assert_eq!(
            split("单位 GDP 能耗降低（%） — 〔13.5〕 约束性"),
            ["单位 GDP 能耗降低（%）", "—", "〔13.5〕", "约束性"]
        );
        assert_eq!(
            split("地区生产总值增长 6 左右"),
            ["地区生产总值增长", "6左右"]
        );
        assert_eq!(split("优良天数比率 ≥ 88"), ["优良天数比率", "≥88"]);
        assert_eq!(
            split("指标 2020 年 2025 年 年均/累计 属性"),
            ["指标", "2020年", "2025年", "年均/累计", "属性"]
        );
        assert!(!split_tokens(vec!["没有空格的句子".into()]).1);
        assert_eq!(
            split("经济发展 1．地区生产总值增长（%） 2.3 — 6左右 预期性"),
            [
                "经济发展",
                "1．地区生产总值增长（%）",
                "2.3",
                "—",
                "6左右",
                "预期性"
            ]
        );
        assert_eq!(
            split("每千人口拥有 3 岁以下婴幼儿托位数（个） 1.8 4.5 预期性"),
            [
                "每千人口拥有3岁以下婴幼儿托位数（个）",
                "1.8",
                "4.5",
                "预期性"
            ]
        );
        assert_eq!(split("千人 4,560 ＞5，000"), ["千人", "4,560", "＞5，000"]);
        assert_eq!(
            split("网上零售额（万亿元） 11. 76 17"),
            ["网上零售额（万亿元）", "11.76", "17"]
        );
    }

    #[test]
    fn bylines() {
        assert!(is_byline("（记者　周雨桐　通讯员　李明）"));
        assert!(is_byline("责任编辑：王芳"));
        assert!(!is_byline("（单位：亿元）"));
        assert!(!is_byline("1\t新建5G基站\t300个\t县工信局"));
    }

    #[test]
    fn furniture() {
        for p in [
            "— 12 —",
            "·5·",
            "- 3 -",
            "第5页",
            "12",
            "第 5 页 共 20 页",
            "— 1 —",
        ] {
            assert!(is_page_number(p), "{p}");
        }
        for p in ["— 指标 —", "增长6.5%", "1. 2. 3. 4. 5."] {
            assert!(!is_page_number(p), "{p}");
        }
        assert!(
            is_continued("续表") && is_continued("表1（续）") && is_continued("主要指标（续）")
        );
        assert!(!is_continued("继续推进，持续改善。"));
        let lines = [
            "“十四五”数字经济发展规划",
            "指标 2020年",
            "“十四五”数字经济发展规划",
        ];
        let r = Repeats::new(&lines);
        assert!(r.is_running("“十四五”数字经济发展规划") && !r.is_running("指标 2020年"));
    }
}
