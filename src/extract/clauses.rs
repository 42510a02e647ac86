//! From OCR'd pages to sentences and clauses.
//!
//! OCR text breaks lines in mid-sentence and puts headlines and bylines where the page had
//! them. `prepare` joins the lines (line breaks removed, nothing else), cuts a sentence
//! boundary around lines that look like titles, and builds a normalised copy of the text of
//! the same length (full-width digits, letters and signs folded to ASCII) for scanning.
//! Quotes are taken from the original, so they are verbatim minus line breaks.

use crate::extract::lexicon::is_digit;

/// A sentence boundary inserted around title lines (never part of a quote).
pub const BOUNDARY: char = '\u{2029}';

/// The joined text: `orig` verbatim (minus line breaks), `norm` the same length, folded.
#[derive(Clone, Debug, Default)]
pub struct Text {
    pub orig: Vec<char>,
    pub norm: Vec<char>,
    /// Positions where a passage starts: an indented line after a sentence end, or a title.
    pub passages: Vec<usize>,
    /// Where a paragraph after a blank line starts (a PDF's paragraph break). Not a passage:
    /// a speech's results run on over such breaks; a deadline opening a paragraph does not
    /// (round 11).
    pub blank_breaks: Vec<usize>,
    /// Where each line of the input starts (after a title's boundary): a speaker's label
    /// opens a line of a web-copied transcript that has neither indents nor blank lines.
    pub line_starts: Vec<usize>,
    /// The text is a transcript: a line opens with a host's, a reporter's or a question's
    /// label (`主持人：`, `…记者：`, `问：`, `答：`, `发布人…：`). Only then does a short name
    /// opening a line (`韩立新：`) name a speaker; elsewhere it is a list's label (`金融：`).
    pub transcript: bool,
    /// Headings (title lines that open a section: 一、…, 第二章 …, 专栏 …), in order.
    pub headings: Vec<Heading>,
}

/// A section heading and what it says about the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heading {
    pub pos: usize,
    /// A results section (一、2022年工作回顾, “十三五”时期发展成就, 过去五年…): nothing in it is
    /// a promise.
    pub results: bool,
    /// The plan period it names (“十四五”时期主要目标 → 2021–2025).
    pub plan: Option<(i32, i32)>,
    /// Its depth: 1 for `一、` / `第X章` and unnumbered titles, 2 for `（一）` / `第X节`.
    pub level: u8,
    /// It names goals (目标, 今后, 今年, 明年, a plan period): it ends a results section
    /// whatever its depth.
    pub goals: bool,
}

/// Words in a heading that make its section a report of results.
const RESULTS_HEADING: &[&str] = &[
    "回顾",
    "成就",
    "过去",
    "十三五",
    "主要成绩",
    "工作总结",
    "执行情况",
    "完成情况",
    // A 督查通报 / 进展情况通报 reports where the year's goals stand (一、总体推进情况) and
    // what lags (二、存在的主要问题): figures to date, never goals.
    "推进情况",
    "进展情况",
    "总体情况",
    "基本情况",
    "工作进展",
    "主要进展",
    "运行情况",
    "落实情况",
    "存在的主要问题",
    "存在的问题",
    "存在问题",
    "困难和问题",
    "问题和不足",
    // A law-enforcement inspection report's findings (`一、法律法规实施的主要成效`): what
    // the law has achieved so far, figures to date (twentieth set, fixed after the run, A).
    // (`（一）主要成效` opening a sub-heading was already a baseline one: `BASE_HEADINGS`.)
    "主要成效",
    // A speech's look back (`一、充分肯定去年取得的成绩`, `一、正确看待成绩和困难，…`): over
    // every annotated set the six short lines naming 成绩 are all such headings.
    "成绩",
];

/// 成绩 wished for, not reported (`以优异成绩迎接…`, `创造新的更大成绩`): no results heading.
const FORWARD_RESULTS: &[&str] = &["新成绩", "新的成绩", "更大成绩", "更好成绩", "优异成绩"];

/// Does a heading's `line` name a report of results (`RESULTS_HEADING`)? Or a speech's look
/// back on last year with no goals beside it (`一、先回头看看，去年我们干得怎么样`, `一、先说说
/// 去年。`: round 24 A; every numbered heading naming 去年 in the annotated sets heads a review).
/// A line naming a draft beside the report (`关于某县2026年预算执行情况和2027年预算草案的报告`)
/// heads both, not results only (review 26).
fn names_results(line: &str) -> bool {
    (RESULTS_HEADING.iter().any(|w| line.contains(w)) || last_year_heading(line))
        && !FORWARD_RESULTS.iter().any(|w| line.contains(w))
        && !line.contains("草案")
}

/// A heading naming 去年 and nothing to come (今年, 明年, 目标, 任务, 打算).
fn last_year_heading(line: &str) -> bool {
    line.contains("去年")
        && !["今年", "明年", "目标", "任务", "打算", "比去年"]
            .iter()
            .any(|w| line.contains(w))
}

/// Headings of a plan's or an opinion's baseline section (`一、发展基础`, `（二）工作基础`,
/// `（一）发展现状`): its figures are where things stand, not goals. The word must open the
/// heading after its number: `（一）夯实发展基础` is a task.
/// So does a section of achievements (`（一）主要成效`).
const BASE_HEADINGS: &[&str] = &[
    "发展基础",
    "工作基础",
    "现实基础",
    "发展现状",
    "现状基础",
    "产业基础",
    "基础条件",
    "主要成效",
    "工作成效",
    "发展成效",
];

/// A plan's section on its environment (`第二节 面临形势`, `二、发展环境`): its figures
/// forecast the world around the plan (`预计到2030年将超过28%`, `到2030年周边都市圈常住人口
/// 将突破1500万人`), they are not the plan's goals, even under a deadline of their own.
const CONTEXT_HEADINGS: &[&str] = &[
    "面临形势",
    "面临的形势",
    "发展形势",
    "发展环境",
    "形势研判",
    "机遇和挑战",
    "机遇与挑战",
];

/// The words of `line` after its number (`一、`, `（二）`, `第一节`, `第一章`), if it has one.
pub(crate) fn after_number(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches(|c: char| {
        "一二三四五六七八九十（）()、．.0123456789０１２３４５６７８９第章节篇".contains(c)
            || c.is_whitespace()
    });
    let goals = ["目标", "任务", "思路"].iter().any(|w| rest.contains(w));
    (rest.len() < line.len() && !goals).then_some(rest)
}

/// Does `line` (a heading, or a sentence that is one: `（二）工作基础。`) open with a
/// number and then a baseline or an environment word? Not when it names goals too
/// (`二、面临形势和主要目标`).
pub fn base_heading(line: &str) -> bool {
    after_number(line).is_some_and(|rest| {
        BASE_HEADINGS
            .iter()
            .chain(CONTEXT_HEADINGS)
            .any(|w| rest.starts_with(w))
    })
}

/// Is `line` the heading of a plan's section on its environment (`第二节　面临形势`)? Its
/// section lasts to the next heading: a deadline in a sentence there is a forecast's.
pub fn context_heading(line: &str) -> bool {
    after_number(line).is_some_and(|rest| CONTEXT_HEADINGS.iter().any(|w| rest.starts_with(w)))
}

/// Words that make a heading ending in 情况 look forward (`二、下半年工作安排情况`): not a report.
const FORWARD_HEADING: &[&str] = &["安排", "打算", "思路", "展望", "下一步", "明年", "下半年"];

/// Does a numbered heading report how things stand (`一、上半年工作情况`, `二、“十四五”规划实施情况`,
/// `一、“十四五”规划主要目标完成情况`)? Its words end in 情况 and name nothing to come. A
/// heading about a state of things is a report of results, whatever plan or goals it names
/// (round 10: a mid-year report's and a plan review's sections).
pub fn state_heading(line: &str) -> bool {
    let words = line
        .trim_end_matches(|c: char| c.is_whitespace() || "。．.：:".contains(c) || c == '\u{3000}');
    // (Numbered: a document's title, `某市2026年上半年工作情况`, names the whole text, whose
    // goals for the rest of the year follow without a heading of their own.)
    let numbered = words
        .trim_start_matches(|c: char| {
            "一二三四五六七八九十（）()、．.0123456789第章节".contains(c) || c.is_whitespace()
        })
        .len()
        < words.len();
    numbered
        && (words.ends_with("情况") || progress_heading(words))
        && !FORWARD_HEADING.iter().any(|w| words.contains(w))
}

/// A heading whose subject is the progress made (`一、《纲要》实施总体进展`, `一、工作进展`):
/// its words end in 进展 and name no goals and no progress still to win (`（二）改革取得新
/// 进展`, `六、关键绩效目标及进展`). A plan's mid-term evaluation opens with such a section of
/// results (twenty-first set, fixed after the run, F3).
fn progress_heading(words: &str) -> bool {
    words.ends_with("进展")
        && ![
            "目标",
            "任务",
            "取得",
            "新进展",
            "性进展",
            "重大进展",
            "更大进展",
        ]
        .iter()
        .any(|w| words.contains(w))
}

fn heading(line: &str, pos: usize) -> Option<Heading> {
    let first = line.chars().next()?;
    let second = line.chars().nth(1);
    let numbered = ("一二三四五六七八九十".contains(first) && matches!(second, Some('、' | '是')))
        || line.starts_with('第')
        || line.starts_with("专栏")
        || bracketed_title(line)
        || [
            "回顾",
            "目标",
            "任务",
            "安排",
            "工作",
            "指标",
            "成就",
            "执行情况",
            "完成情况",
        ]
        .iter()
        .any(|w| line.contains(w));
    if !numbered {
        return None;
    }
    // A heading naming 十四五 is no results heading (a 十四五 plan's goals), except with a
    // results word other than a plan's name and no goals beside it: `第一节 “十四五”时期发展
    // 成就`, `一、“十四五”规划执行情况` in a 十五五 plan report what the last plan did.
    let past_plan = line.contains("十四五")
        && RESULTS_HEADING
            .iter()
            .any(|w| *w != "十三五" && line.contains(w))
        && !["目标", "任务", "展望", "十五五"]
            .iter()
            .any(|w| line.contains(w));
    let results = ((names_results(line) || base_heading(line)) && !line.contains("十四五"))
        || past_plan
        || state_heading(line);
    let plan = if line.contains("十四五") {
        Some((2021, 2025))
    } else if line.contains("十五五") {
        Some((2026, 2030))
    } else {
        None
    };
    // (An article, `第五条  主要问题`, sits inside its chapter, `第二章  现状基础与问题`, as a
    // 节 does: a chapter of results goes on over its articles. Twenty-third set, fixed after
    // the run.)
    let article = line
        .strip_prefix('第')
        .map(|r| r.trim_start_matches(|c: char| "一二三四五六七八九十百零〇".contains(c)))
        .is_some_and(|r| r.starts_with('条'));
    let level = if line.starts_with(['（', '('])
        || (line.starts_with('第') && line.contains('节'))
        || article
    {
        2
    } else {
        1
    };
    // A heading that reports its goals done (`（一）年度主要目标任务较好完成` inside
    // `一、2025年计划执行情况`) names no goals to come.
    let done = super::lexicon::goals_done(&line.chars().collect::<Vec<_>>())
        && !["确保", "力争", "努力", "争取"]
            .iter()
            .any(|w| line.contains(w));
    let goals = plan.is_some()
        || (["目标", "今后", "今年", "明年", "下一步"]
            .iter()
            .any(|w| line.contains(w))
            && !done);
    Some(Heading {
        pos,
        results,
        plan,
        level,
        goals,
    })
}

impl Text {
    /// Does a new passage start in `(a, b]`?
    pub fn passage_starts_in(&self, a: usize, b: usize) -> bool {
        let i = self.passages.partition_point(|&p| p <= a);
        self.passages.get(i).is_some_and(|&p| p <= b)
    }

    /// Does a line start at `k`, but for spaces and boundaries before it?
    pub fn line_starts_at(&self, k: usize) -> bool {
        let i = self.line_starts.partition_point(|&p| p <= k);
        i.checked_sub(1)
            .and_then(|i| self.line_starts.get(i))
            .is_some_and(|&p| {
                self.norm
                    .get(p..k)
                    .is_some_and(|gap| gap.iter().all(|c| c.is_whitespace() || *c == BOUNDARY))
            })
    }

    /// Does a paragraph after a blank line start in `(a, b]`?
    pub fn blank_break_in(&self, a: usize, b: usize) -> bool {
        let i = self.blank_breaks.partition_point(|&p| p <= a);
        self.blank_breaks.get(i).is_some_and(|&p| p <= b)
    }
}

impl Text {
    /// The original text of `[a, b)`, trimmed of spaces.
    pub fn quote(&self, a: usize, b: usize) -> String {
        let b = b.min(self.orig.len());
        let a = a.min(b);
        // (Trimmed first, then copied once into a buffer of its size.)
        let blank = |c: &char| *c == BOUNDARY || c.is_whitespace() || *c == '\u{3000}';
        let cs = &self.orig[a..b];
        let from = cs.iter().position(|c| !blank(c)).unwrap_or(cs.len());
        let to = cs.iter().rposition(|c| !blank(c)).map_or(from, |k| k + 1);
        let cs = unpaired_marks(&cs[from..to]);
        let mut s = String::with_capacity(cs.iter().map(|c| c.len_utf8()).sum());
        s.extend(cs.iter().filter(|&&c| c != BOUNDARY));
        s
    }
}

/// A quote without the quotation marks left at its ends by the cut (round 26 C): a
/// closing mark opening it (`”韦嘉禾说，今年…`), an opening mark with no closing one after it
/// (`“上半年重点项目开工率要达到70%`), a closing mark with no opening one before it
/// (`…达到75%以上”`). A pair inside the quote (`“一网通办”率`) stays whole.
fn unpaired_marks(mut cs: &[char]) -> &[char] {
    if let [first, rest @ ..] = cs {
        if matches!(first, '”' | '’') || (*first == '“' && !rest.contains(&'”')) {
            cs = rest;
        }
    }
    if let [rest @ .., last] = cs {
        if *last == '”' && !rest.contains(&'“') {
            cs = rest;
        }
    }
    let from = cs
        .iter()
        .position(|c| !(*c == BOUNDARY || c.is_whitespace() || *c == '\u{3000}'))
        .unwrap_or(cs.len());
    &cs[from..]
}

/// Fold one character for scanning: full-width digits, letters and signs to ASCII.
pub fn fold(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '％' => '%',
        '．' => '.',
        '－' | '−' => '-',
        '～' | '〜' => '~',
        '＋' => '+',
        '／' => '/',
        '，' | ',' => '，',
        _ => c,
    }
}

fn fold_text(orig: &[char]) -> Vec<char> {
    let mut norm: Vec<char> = orig.iter().map(|&c| fold(c)).collect();
    // ASCII commas inside numbers (1,812) are kept as ','; elsewhere they are clause breaks.
    for i in 0..norm.len() {
        if norm[i] == '，' && orig[i] == ',' {
            let digit_before = i > 0 && norm[i - 1].is_ascii_digit();
            let digit_after = norm.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if digit_before && digit_after {
                norm[i] = ',';
            }
        }
    }
    // A stray space inside 以上 / 以内 / 以下 (`以 上`): the scanning copy reads it closed up.
    for i in 0..norm.len() {
        if norm[i] == '以' {
            let mut j = i + 1;
            while j < norm.len() && (norm[j] == ' ' || norm[j] == '\u{3000}') {
                j += 1;
            }
            if j > i + 1 && j < norm.len() && matches!(norm[j], '上' | '内' | '下') {
                norm[i + 1] = norm[j];
                norm[j] = ' ';
            }
        }
    }
    // A change over the plan period written in brackets, `降低〔13.5〕%`: the scanning copy
    // reads `降低13.5%` (digits moved left over the bracket, the rest blanked: the length is kept).
    let mut i = 0;
    while i < norm.len() {
        if norm[i] == '〔' {
            let mut j = i + 1;
            while j < norm.len() && (norm[j].is_ascii_digit() || norm[j] == '.') {
                j += 1;
            }
            if j > i + 1 && norm.get(j) == Some(&'〕') {
                let pct = norm.get(j + 1) == Some(&'%');
                let digits: Vec<char> = norm[i + 1..j].to_vec();
                let mut k = i;
                for d in digits {
                    norm[k] = d;
                    k += 1;
                }
                if pct {
                    norm[k] = '%';
                    k += 1;
                }
                let end = if pct { j + 2 } else { j + 1 };
                for c in norm.iter_mut().take(end).skip(k) {
                    *c = ' ';
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
    norm
}

const TITLE_PUNCT: &[char] = &['，', '。', '；', '：', '！', '？', ',', ';', '!', '?'];
const SENTENCE_END: &[char] = &['。', '！', '？', '；', '：', '）', ')', '”', '!', '?'];

fn trim_line(l: &str) -> &str {
    l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

/// The words of a Markdown heading (`# 澜州市…纲要`, `## 一、发展基础`, as a web page's text
/// is copied with its marks): one to six `#` and a space before them.
fn markdown_heading(l: &str) -> Option<&str> {
    let rest = l.trim_start_matches('#');
    let marks = l.len() - rest.len();
    let words = trim_line(rest);
    ((1..=6).contains(&marks) && rest.starts_with([' ', '\u{3000}']) && !words.is_empty())
        .then_some(words)
}

/// A byline or title glued to the front of a line by a PDF copy (`2023年政府工作报告 本报记者
/// 张三 整理 过去一年，全区…`): the words before the last run of spaces ahead of the line's
/// first punctuation, when they hold no punctuation, are cut off as a title line, so that the
/// sentence after them opens where it really does. Spaces inside a figure (`增长 6.5%`,
/// `以 上`) and short heads (an OCR space after `全年`) are not a byline.
fn glued_byline(line: &str) -> Option<(&str, &str)> {
    let is_space = |c: char| c == ' ' || c == '\t' || c == '\u{3000}';
    let first_punct = line.find(|c: char| TITLE_PUNCT.contains(&c) || c == '。')?;
    let head_end = line[..first_punct].rfind(is_space)?;
    let head = line[..head_end].trim_end_matches(is_space);
    let rest = line[head_end..].trim_start_matches(is_space);
    let head_chars = head.chars().filter(|&c| !is_space(c)).count();
    let last = head.chars().last()?;
    let next = rest.chars().next()?;
    let figure_split = last.is_ascii_digit()
        || matches!(last, '.' | '．' | '增' | '长' | '到' | '达' | '以')
        || is_digit(next)
        || matches!(next, '%' | '％' | '以' | '.' | '．');
    let lead = rest
        .find(|c: char| TITLE_PUNCT.contains(&c) || c == '。')
        .map_or(0, |p| rest[..p].chars().count());
    if head_chars < 6 || figure_split || lead < 2 {
        return None;
    }
    Some((head, rest))
}

/// A numbered heading whose words hold a comma (`一、正确看待成绩和困难，进一步坚定信心`,
/// `（二）坚持创新驱动，新动能加快成长`): a speech's or a report's section heading, a title
/// line like an unpunctuated one. Only commas: a line with `。；：！？` (or ending in any
/// punctuation) is a sentence with its heading run in (`（一）…。深化…`).
fn numbered_heading(line: &str) -> bool {
    let mut cs = line.chars();
    let (Some(a), Some(b)) = (cs.next(), cs.next()) else {
        return false;
    };
    // (第一章 / 第二节 / 第三部分 too.)
    let chapter = a == '第' && {
        let rest = &line['第'.len_utf8()..];
        let numeral = rest
            .chars()
            .take_while(|c| "一二三四五六七八九十百0123456789".contains(*c))
            .map(char::len_utf8)
            .sum::<usize>();
        numeral > 0
            && ["章", "节", "篇", "部分"]
                .iter()
                .any(|w| rest[numeral..].starts_with(w))
    };
    let numbered = chapter
        || ("一二三四五六七八九十".contains(a) && b == '、')
        || (matches!(a, '（' | '(')
            && "一二三四五六七八九十".contains(b)
            && line.chars().take(5).any(|c| matches!(c, '）' | ')')));
    numbered
        && line.chars().count() <= 30
        && !line
            .chars()
            .any(|c| TITLE_PUNCT.contains(&c) && !matches!(c, '，' | ','))
        && !line
            .chars()
            .last()
            .is_some_and(|c| TITLE_PUNCT.contains(&c))
}

/// The date line under a report's title (`——2026年1月10日在某市第十七届人民代表大会第五次
/// 会议上`, `（2026年2月11日）`): a title line like a byline, whatever its length (a long
/// one ran into the heading after it, `…会议上一、2025年计划执行情况…`, and hid it). It opens
/// with a dash or a parenthesis, has a full date (年, 月, 日) in its first 16 characters
/// after that, and no sentence punctuation.
fn date_line(line: &str) -> bool {
    let rest = line.trim_start_matches(['—', '－', '-', '（', '(']);
    let head: String = rest.chars().take(16).collect();
    rest.len() < line.len()
        && line.chars().count() <= 80
        && rest.starts_with(|c: char| c.is_ascii_digit() || "二〇零一".contains(c))
        && ['年', '月', '日'].iter().all(|c| head.contains(*c))
        && !line.chars().any(|c| TITLE_PUNCT.contains(&c))
}

/// A signing date alone on its line (`2031年2月21日`, `二〇三一年二月二十一日`, also with
/// 印发 after it): the date under an issued document's signer, ending the covering notice.
/// A line of its own, like a title, so that the document after it (its title, then a
/// paragraph `2030年，全省…` reporting the year before) does not run into it: a sentence
/// opening with the date would not open with the year it reports (thirteenth set).
fn signing_date_line(line: &str) -> bool {
    let rest = line.strip_suffix("印发").unwrap_or(line);
    let Some((year, rest)) = rest.split_once('年') else {
        return false;
    };
    let Some((month, rest)) = rest.split_once('月') else {
        return false;
    };
    let Some(day) = rest.strip_suffix('日') else {
        return false;
    };
    let digits = |s: &str, lo: usize, hi: usize| {
        let k = s.chars().count();
        (lo..=hi).contains(&k)
            && (s.chars().all(|c| c.is_ascii_digit())
                || s.chars().all(|c| "〇零一二三四五六七八九十".contains(c)))
    };
    digits(year, 4, 4) && digits(month, 1, 2) && digits(day, 1, 3)
}

/// Does a new paragraph start after line `i` (a blank line, an indented line, or the end)?
/// A numbered line with a comma is a heading only then: in an OCR'd copy it may be the
/// first line of a wrapped numbered paragraph (`一、关于去年工作，全县上下⏎共同努力…`).
fn paragraph_after(lines: &[(&str, bool, bool)], i: usize) -> bool {
    lines
        .get(i + 1)
        .is_none_or(|&(l, indented, _)| l.is_empty() || indented)
}

/// A title opened by a bracketed label (`【相关链接】2028年…主要数据`, `【背景资料】…`): a
/// box the release appends, titled by the words after the label (round 26 C). A speaker's
/// label (`【发布人】…：`) has a colon and is no title; a label alone names nothing.
fn bracketed_title(line: &str) -> bool {
    line.starts_with('【')
        && line
            .split_once('】')
            .is_some_and(|(_, rest)| rest.chars().count() >= 4 && !rest.contains(TITLE_PUNCT))
}

/// A 专栏's title with a colon after its number (`专栏2：先进制造业重大工程`): a title all
/// the same, as `专栏2　先进制造业重大工程` is.
fn box_title(line: &str) -> bool {
    line.starts_with("专栏")
        && line.matches(['：', ':']).count() == 1
        && !line.contains(['，', '。', '；', '！', '？', ',', ';', '!', '?'])
}

/// Does a short line name a document (a running header: `青禾县2024年政府工作报告`,
/// `…发展规划纲要`, `…2024年工作要点`)?
fn names_document(line: &str) -> bool {
    line.chars().count() <= 40
        && [
            "报告", "规划", "纲要", "方案", "要点", "意见", "通知", "公报", "计划", "讲话",
        ]
        .iter()
        .any(|w| line.ends_with(w))
}

/// A page number printed in the margin (`— 12 —`, `- 3 -`, `第 5 页`, `·12·`): page
/// furniture a PDF copy leaves between two halves of a sentence, never content. A bare
/// number on its own line is not taken for one (it may be a figure cut off its sentence).
fn page_footer(line: &str) -> bool {
    super::table::ocr::is_page_number(line)
        && line.contains(['—', '―', '–', '-', '·', '•', '第', '页'])
}

/// The rest of a line that has a page number (`page_footer`) set apart from its words by a
/// run of two or more spaces at its end or start (`淮岭省…发展规划      · 6 ·`,
/// `— 7 —　　…工作报告`): a running header printed with the page's number.
fn margin_page_number(line: &str) -> Option<&str> {
    let gap = |c: char| c == ' ' || c == '\u{3000}';
    // The runs of two or more spaces (a full-width space counts two): byte ranges.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let (mut start, mut width) = (None, 0);
    for (i, c) in line.char_indices().chain([(line.len(), 'x')]) {
        if gap(c) {
            start.get_or_insert(i);
            width += if c == '\u{3000}' { 2 } else { 1 };
            continue;
        }
        if let Some(s) = start.take() {
            if width >= 2 {
                runs.push((s, i));
            }
        }
        width = 0;
    }
    if let Some(&(s, e)) = runs.last() {
        if s > 0 && page_footer(&line[e..]) {
            return Some(&line[..s]);
        }
    }
    let &(s, e) = runs.first()?;
    (e < line.len() && page_footer(&line[..s])).then(|| &line[e..])
}

/// A notice's addressee line (主送机关: `各乡镇人民政府，县政府各部门：`, `各乡（镇）人民政府，
/// 县政府各部门、各直属机构：`): a line of its own, like a title, so that the sentence after it
/// opens where it does (`2025年，…` then reports the past year). Not a salutation (`各位代表：`,
/// read in `analyse_sentence`).
fn addressee_line(line: &str) -> bool {
    line.starts_with('各')
        && line.ends_with(['：', ':'])
        && line.chars().count() <= 60
        && !line.chars().any(|c| c.is_ascii_digit())
        && ["政府", "部门", "单位", "机构", "管委会", "委员会"]
            .iter()
            .any(|w| line.contains(w))
}

/// Join OCR lines into one text, with `BOUNDARY` around title-like lines.
pub fn prepare(text: &str) -> Text {
    // (line, indented, a byline cut off the front of a line: always a title)
    let mut lines: Vec<(&str, bool, bool)> = Vec::new();
    for l in text.lines() {
        let indented = l.starts_with(|c: char| c.is_whitespace() || c == '\u{3000}');
        let l = trim_line(l);
        // A Markdown heading (`## 一、发展基础`): its words, a title whatever comes before.
        if let Some(h) = markdown_heading(l) {
            lines.push((h, false, true));
            continue;
        }
        match glued_byline(l) {
            Some((head, rest)) => {
                lines.push((head, false, true));
                lines.push((rest, true, false));
            }
            None => lines.push((l, indented, false)),
        }
    }
    let mut orig: Vec<char> = Vec::with_capacity(text.len());
    let mut prev_line: Option<&str> = None;
    let mut prev_title = false;
    // Whether every line so far is short, unindented, with no sentence end and no comma (a
    // web page's chrome above and below its title: `首页 > 政务公开`, `发布时间：…　来源：…`,
    // `【字体：大 中 小】`): the document's head, after which a heading stands as it would
    // right after its title.
    let mut head = true;
    // The last line was a labelled line of an item (`完成时限：…`): it ends its sentence.
    let mut prev_field = false;
    let mut passages = Vec::new();
    let mut headings = Vec::new();
    // Unpunctuated lines seen so far: one seen again is a running page header (the plan's
    // title at the top of every page), never content.
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    // A page number was just dropped: the next page's header may follow.
    let mut after_footer = false;
    // Paragraphs after a blank line (`blank_breaks`): a blank line was just passed.
    let mut blank_breaks = Vec::new();
    let mut line_starts = Vec::new();
    let mut after_blank = false;
    // Page furniture was just dropped: the blank lines around a page number or a running
    // header are the page's break, not a paragraph's.
    let mut page_break = false;
    for (li, &(line, indented, byline)) in lines.iter().enumerate() {
        if line.is_empty() {
            after_blank |= !page_break;
            continue;
        }
        if page_footer(line) {
            after_footer = true;
            (after_blank, page_break) = (false, true);
            continue;
        }
        // A page number printed on the running header's line (`…发展规划    · 6 ·`): the
        // number is dropped and the line read as the header alone (seen again, or after a
        // page number in the middle of a sentence, it is dropped too).
        let line = match margin_page_number(line) {
            Some(rest) => {
                after_footer = true;
                rest
            }
            None => line,
        };
        let unpunctuated = line.chars().count() >= 6
            && !line.chars().any(|c| TITLE_PUNCT.contains(&c) || c == '。');
        let footer_before = std::mem::take(&mut after_footer);
        // (A speaker's label in a transcript, `【发布人　周明远】`, comes back at each of
        // their turns: it is no page header.)
        if unpunctuated && !super::turns::bracketed_label(line) && !seen.insert(line) {
            (after_blank, page_break) = (false, true);
            continue;
        }
        // The first running header of a document whose title differs from it: a line right
        // after a page number, in the middle of a sentence (a heading cannot stand there),
        // unpunctuated and naming a document (…政府工作报告, …规划纲要), is the next page's
        // header.
        let mid_sentence = prev_line
            .and_then(|p| p.chars().last())
            .is_some_and(|c| !SENTENCE_END.contains(&c));
        if footer_before && unpunctuated && !indented && mid_sentence && names_document(line) {
            (after_blank, page_break) = (false, true);
            continue;
        }
        page_break = false;
        if std::mem::take(&mut after_blank) {
            blank_breaks.push(orig.len());
        }
        let chars = line.chars().count();
        let prev_ends = match prev_line {
            None => true,
            Some(p) => {
                head || p.chars().last().is_some_and(|c| SENTENCE_END.contains(&c)) || prev_field
            }
        };
        // The first line, unpunctuated, is the document's title whatever its length.
        let doc_title = prev_line.is_none() && unpunctuated && chars <= 80;
        let heading_like = date_line(line)
            || if indented {
                // An indented numbered heading with no punctuation at all (`    二、主要目标` in a
                // document whose every paragraph is indented), or with commas when a new
                // paragraph follows (`　　一、去年的成绩来之不易，大家干得很辛苦` in a speech).
                numbered_heading(line)
                    && (!line.contains(['，', ',']) || paragraph_after(&lines, li))
            } else {
                (chars <= 30
                    && (!line.chars().any(|c| TITLE_PUNCT.contains(&c)) || box_title(line)))
                    || (numbered_heading(line) && paragraph_after(&lines, li))
            };
        let title = doc_title
            || byline
            || heading_like && (prev_ends || prev_title)
            || addressee_line(line)
            || signing_date_line(line);
        if title || prev_title {
            orig.push(BOUNDARY);
        }
        if title || prev_title || (indented && prev_ends) {
            passages.push(orig.len());
        }
        if title {
            if let Some(h) = heading(line, orig.len()) {
                headings.push(h);
            }
        }
        // A note of units closing an item (`…。（牵头单位：县教育局）`, `…以内（牵头单位：…）`) is a
        // sentence of its own: the item's last clause does not run into it, and the next item,
        // on the next line, is a sentence of its own.
        let note = (!title)
            .then(|| super::items::owner_note_at(line))
            .flatten()
            .map(|(at, _)| at);
        // A labelled line of an item (`责任单位：…`, `完成时限：…`, `fields`) is a sentence of
        // its own: the lines around it do not run into it.
        let field = !title && note.is_none() && super::fields::field_line(line).is_some();
        // (A field followed on its line by a clause of the item, `完成时限：…月底前，其中…`: the
        // field is a sentence of its own, the clause another, closing the line.)
        let field_cut = (!title && note.is_none() && !field)
            .then(|| super::fields::field_prefix(line))
            .flatten();
        // A line opened by a bullet (`◆ 学前三年毛入园率：…`, `● …………`) is an entry of a list:
        // it starts a sentence, the unpunctuated entry before it does not run into it.
        if (field || field_cut.is_some() || bullet_line(line)) && !prev_title {
            orig.push(BOUNDARY);
        }
        line_starts.push(orig.len());
        match note.or(field_cut) {
            Some(at) if at > 0 => {
                orig.extend(line[..at].chars());
                orig.push(BOUNDARY);
                orig.extend(line[at..].chars());
            }
            _ => orig.extend(line.chars()),
        }
        if title || note.is_some() || field || field_cut.is_some() {
            orig.push(BOUNDARY);
        }
        prev_title = title;
        head = head
            && !indented
            && chars <= 80
            && !line.contains(['。', '！', '？', '；', '!', '?', '，', ',']);
        prev_field = field || field_cut.is_some();
        prev_line = Some(line);
    }
    let norm = fold_text(&orig);
    let transcript = line_starts.iter().any(|&k| opens_with_turn_label(&norm, k));
    Text {
        orig,
        norm,
        passages,
        blank_breaks,
        line_starts,
        transcript,
        headings,
    }
}

/// The text after the list number opening `s` (`16.`, `16．`, `16、`, `（16）`, `(3)`, full-width
/// digits too), or `None` when no list number opens it: no separator after the digits (`5所学校`,
/// `2030年达到5所`), or a figure after it (`5.5%左右` opens with a decimal). The one rule for
/// a list number: a restated goal's quote without it (`restated`), a box entry's project
/// (`box_steps`).
pub(crate) fn after_list_number(s: &str) -> Option<&str> {
    let body = s.trim_start_matches(['（', '(']);
    let rest = body.trim_start_matches(is_digit);
    if rest.len() == body.len() {
        return None;
    }
    let c = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '．' | '、' | '）' | ')'))?;
    let after = &rest[c.len_utf8()..];
    after
        .chars()
        .next()
        .is_some_and(|d| !is_digit(d))
        .then_some(after)
}

/// Does a (trimmed) line open with a list bullet (one of [`BULLETS`])?
pub(crate) fn bullet_line(line: &str) -> bool {
    line.starts_with(BULLETS)
}

/// The marks that open an entry of a bulleted list (`◆`, `●`, `■`, `▲`, `★`, `□`, `◇`, `○`,
/// `•`, `▪`): the one list of them.
pub(crate) const BULLETS: &[char] = &['◆', '●', '■', '▲', '★', '□', '◇', '○', '•', '▪'];

/// Does the line at `k` open with a host's, a reporter's or a question's label before a
/// colon, within 12 characters (`主持人：`, `澜州日报记者：`, `问：`, `答：`, `发布人　周明远：`)?
pub(crate) fn opens_with_turn_label(norm: &[char], k: usize) -> bool {
    let end = norm.len().min(k + 12);
    let Some(colon) = (k..end).find(|&j| matches!(norm[j], '：' | ':')) else {
        return false;
    };
    let label = &norm[k..colon];
    matches!(label, ['问'] | ['答'])
        || ["主持人", "记者", "发布人"]
            .iter()
            .any(|w| super::lexicon::find(label, w, 0).is_some())
}

/// A comma-separated clause: `[start, end)` in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
}

/// A sentence (up to 。！？ or a boundary) and its clauses (split at ，；：).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub clauses: Vec<Clause>,
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | BOUNDARY)
}

fn is_clause_end(c: char) -> bool {
    matches!(c, '，' | '；' | '：' | ';' | ':')
}

/// Split the text into sentences and clauses (empty ones dropped).
pub fn sentences(t: &Text) -> Vec<Sentence> {
    let n = t.norm.len();
    let mut out = Vec::new();
    let mut s = 0;
    while s < n {
        let mut e = s;
        while e < n && !is_sentence_end(t.norm[e]) {
            e += 1;
        }
        let mut clauses = Vec::new();
        let mut a = s;
        for k in s..=e {
            if k == e || is_clause_end(t.norm[k]) {
                if k > a {
                    clauses.push(Clause { start: a, end: k });
                }
                a = k + 1;
            }
        }
        if !clauses.is_empty() {
            out.push(Sentence {
                start: s,
                end: e,
                clauses,
            });
        }
        s = e + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Twentieth set, fixed after the run (A): an inspection report's findings heading.
    #[test]
    fn a_heading_of_progress_made_is_a_results_one() {
        assert!(state_heading("一、《纲要》实施总体进展"));
        assert!(state_heading("一、工作进展"));
        assert!(!state_heading("六、关键绩效目标及进展"));
        assert!(!state_heading("（二）重点领域改革取得新进展"));
    }

    #[test]
    fn a_main_achievements_heading_is_a_results_one() {
        assert!(names_results("一、法律法规实施的主要成效"));
        assert!(!names_results("三、意见和建议"));
    }

    #[test]
    fn joins_lines_and_folds() {
        let t = prepare("型升级步伐，确保技改投资增长１５％\n\n以上、全年");
        let s: String = t.orig.iter().collect();
        assert_eq!(s, "型升级步伐，确保技改投资增长１５％以上、全年");
        let n: String = t.norm.iter().collect();
        assert_eq!(n, "型升级步伐，确保技改投资增长15%以上、全年");
        assert_eq!(t.orig.len(), t.norm.len());
    }

    #[test]
    fn titles_are_cut_off() {
        let t = prepare(
            "发展。\n（本报记者 王雪 整理）\n\n区工信局局长 张某\n  工委会议是在新\n区召开的，很好。",
        );
        let ss = sentences(&t);
        let texts: Vec<String> = ss.iter().map(|s| t.quote(s.start, s.end)).collect();
        assert!(
            texts.contains(&"工委会议是在新区召开的，很好".to_string()),
            "{texts:?}"
        );
    }

    #[test]
    fn clauses_split() {
        let t = prepare("三年内，在全区打造5个智能工厂；好。");
        let ss = sentences(&t);
        assert_eq!(ss.len(), 1);
        assert_eq!(ss[0].clauses.len(), 3);
        assert_eq!(
            t.quote(ss[0].clauses[1].start, ss[0].clauses[1].end),
            "在全区打造5个智能工厂"
        );
    }

    #[test]
    fn passages_start_at_indented_lines_and_titles() {
        let t = prepare(
            "　　过去一年，增长3%。就业\n1206万人。\n　　今年增长5%。\n主要指标\n到2025年。",
        );
        let text: String = t.orig.iter().collect();
        let at = |w: &str| text[..text.find(w).unwrap_or(0)].chars().count();
        // The continuation line (就业⏎1206万人) is not a new passage; 今年 and the title are.
        assert!(!t.passage_starts_in(at("就业"), at("。今年")));
        assert!(t.passage_starts_in(at("。今年"), at("今年")));
        assert!(t.passage_starts_in(at("今年增长"), at("主要指标")));
    }
}
