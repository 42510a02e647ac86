//! Indicator tables in plain text (主要指标表, 专栏 主要指标), as a PDF or an OCR'd page
//! pastes them: one row per line, columns separated by tabs or by runs of two or more
//! spaces, full-width digits and signs.
//!
//! A table starts at a header row: at least three cells, one of them a year (`2025年`).
//! The base-year column is the first year, the goal-year column the last; `年均/累计` and
//! `属性` columns are found by name. Each following row with at least two cells is read
//! until a line that is not a row (`注：…`). A row is a proposal when its goal cell holds a
//! figure: `65`, `＞6.5`, `<5.5`, `≥88`, `≤…`, `6左右`, `〔13.5〕` (a change over the plan
//! period); `—` and words (保持在合理区间, 高于GDP增长) are no figure. The unit comes from the
//! indicator's parenthesis (`千兆宽带用户数（万户）`), `＊` footnote marks are dropped, and
//! a number broken over two lines inside `〔…〕` is joined. The quote is the row's text.
//!
//! OCR'd and PDF-copied tables ([`ocr`]): cells told apart at single spaces by content,
//! page furniture (page numbers, running headers, 续表, the header again) skipped inside a
//! table, headers over two lines, a separate 单位 column, rows and numbers cut over two
//! lines joined when the header's column count makes the join unambiguous, goals in words
//! read as assessed. The rules are listed in docs/extract.md ("OCR'd and PDF-copied tables").

mod additions;
mod annual;
mod borders;
mod bullets;
mod category_wrap;
mod cell_unit;
mod centred;
mod columns;
mod csv;
mod cut;
mod direction;
pub(crate) mod due;
mod fall_cell;
mod glued;
mod group;
mod header_wrap;
mod letter_spaced;
mod levels;
mod marked_class;
mod note_level;
pub(crate) mod ocr;
mod periods;
mod pipe_wrap;
mod quoted;
mod ragged;
mod rate;
mod records;
mod remark;
mod scope_block;
mod sheet_unit;
mod space_wrap;
mod split_block;
mod spread;
mod stacked;
mod subtotal;
mod tab_wrap;
mod transposed;
mod tsv_quoted;
mod under;
mod vertical;
mod web_cell;
mod window_rate;
mod work_cell;
mod year_rows;
mod years;
mod years_above;

use super::clauses::fold;
use super::deadline_flow;
use super::draft::Proposal;
use super::{Date, Field, Goal, Measure, Rule, fmt_num, lexicon};
use crate::extract::lexicon::is_digit;

/// A table found in the text: the lines it covers (so the prose reader skips them) and
/// its proposals.
pub struct Tables {
    /// For each line of the text: is it part of a table (header or row)?
    pub table_line: Vec<bool>,
    pub proposals: Vec<Proposal>,
    /// Rows timed by a 完成时限 column: the proposal's index and the part of the year its
    /// cell names (`due::apply` gives them their deadlines once the text's year is known).
    pub(crate) due: Vec<(usize, super::within::Part)>,
    /// For each proposal, the line its row starts at (the first line of a table read by
    /// another reader): how a reader that writes a table of its own (`year_rows`,
    /// `bullets`) finds the row each proposal came from.
    pub(crate) rows: Vec<usize>,
    /// The proposals read from a period column beside the goal column (`一季度`, `上半年`):
    /// results, not goals, once the text's date is past the period's end (`past_periods`).
    /// In increasing order (pushed as the proposals are).
    pub(crate) period_rows: Vec<usize>,
}

impl Tables {
    /// Drop the rows of a period column (`上半年` beside `全年计划`) due before the month of
    /// the text's date line `dated`: in a report of July the half-year column is what was
    /// done, as a quarter already over is in prose (`within`). Run after `due::apply`.
    pub(crate) fn past_periods(&mut self, dated: Option<(i32, u32)>) {
        let Some(month) = dated.and_then(|(y, m)| super::Date::new(y, m, 1)) else {
            return;
        };
        if self.period_rows.is_empty() {
            return;
        }
        let periods = &self.period_rows;
        let keep: Vec<bool> = (self.proposals.iter().enumerate())
            .map(|(k, p)| {
                periods.binary_search(&k).is_err() || p.deadline.is_none_or(|d| d >= month)
            })
            .collect();
        // (The proposals and the rows they came from dropped together, kept in step.)
        let mut kept = keep.iter();
        self.proposals.retain(|_| *kept.next().unwrap_or(&true));
        if self.rows.len() == keep.len() {
            let mut kept = keep.iter();
            self.rows.retain(|_| *kept.next().unwrap_or(&true));
        }
        self.period_rows.clear();
    }
}

/// How many tab-separated cells a line holds, blank ones at its end included.
fn tab_cells(line: &str) -> usize {
    let line = line.trim_end_matches(|c: char| c != '\t' && c.is_whitespace());
    if line.contains('\t') {
        line.split('\t').count()
    } else {
        0
    }
}

/// Cells of a line: split at tabs / runs of spaces ([`strict_cells`]), then at single
/// spaces by content ([`ocr::split_tokens`]).
fn cells(line: &str) -> Vec<String> {
    split(line).0
}

/// Cells of a line, and whether single spaces had to be used to tell them apart.
fn split(line: &str) -> (Vec<String>, bool) {
    let (cs, loose) = ocr::split_tokens(strict_cells(line));
    (glued::unglued(cs), loose)
}

/// Cells of a line: split at tabs (empty cells kept, so columns stay aligned) or, with no
/// tab, at runs of two or more spaces (ASCII or full-width).
fn strict_cells(line: &str) -> Vec<String> {
    let line = line.trim_end();
    if line.contains('\t') {
        return line.split('\t').map(|c| c.trim().to_string()).collect();
    }
    // A cell is a piece of the line as it stands (a single space inside it is a single
    // ASCII space), so it is copied out whole once its end is known.
    let line = line.trim_start();
    let mut out = Vec::new();
    // The current cell's first byte, and the end of its last character that is no space.
    let (mut start, mut end) = (0, 0);
    let mut spaces = 0;
    for (i, ch) in line.char_indices() {
        if ch == ' ' || ch == '\u{3000}' {
            spaces += if ch == '\u{3000}' { 2 } else { 1 };
            continue;
        }
        if spaces >= 2 && end > start {
            out.push(line[start..end].to_string());
            start = i;
        }
        spaces = 0;
        end = i + ch.len_utf8();
    }
    if end > start {
        out.push(line[start..end].to_string());
    }
    out
}

fn folded(s: &str) -> String {
    s.chars()
        .map(fold)
        .map(|c| match c {
            '＜' => '<',
            '＞' => '>',
            '［' | '〔' => '[',
            '］' | '〕' => ']',
            '＊' => '*',
            '，' => ',',
            c => c,
        })
        .collect()
}

/// A year header cell (`2025年`, `２０２５年`, `2025`, `2025年目标`, `（2020年）`,
/// `现状值（2020年）`): the year. Besides the year, the cell may hold only a column word.
fn year_cell(c: &str) -> Option<i32> {
    // Most cells hold no four digits in a row: they are answered without building anything.
    if !has_digits(c, 4) {
        return None;
    }
    // A year's column with its unit (`2027年计划投资（亿元）`): the year's, the unit read apart
    // (`sheet_unit::of_title`; round 32 A).
    if c.ends_with(['）', ')']) {
        if let Some((bare, _)) = sheet_unit::split_title(c).filter(|(b, _)| !b.is_empty()) {
            return year_cell(bare);
        }
    }
    let f = folded(c);
    let ch: Vec<char> = f.chars().collect();
    // The first four digits standing alone (not part of a longer number).
    let at = (0..ch.len().saturating_sub(3)).find(|&i| {
        ch[i..i + 4].iter().all(|c| c.is_ascii_digit())
            && (i == 0 || !ch[i - 1].is_ascii_digit())
            && ch.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })?;
    let year: i32 = ch[at..at + 4].iter().collect::<String>().parse().ok()?;
    let after: String = ch[at + 4..].iter().collect();
    let nian = after.starts_with('年');
    let rest: String = ch[..at]
        .iter()
        .chain(
            after
                .strip_prefix('年')
                .unwrap_or(&after)
                .chars()
                .collect::<Vec<_>>()
                .iter(),
        )
        .filter(|c| !"（）()[] ".contains(**c))
        .collect();
    const SUFFIX: &[&str] = &[
        "",
        "目标",
        "目标值",
        "基期",
        "基期值",
        "基数",
        "现状",
        "现状值",
        "预期",
        "预期值",
        "预期目标",
        "规划",
        "规划值",
        "规划目标",
        "末",
        "底",
        "实际",
        "实际值",
        "基准",
        "基准值",
        "计划",
        "预计",
        "预计值",
        "远景",
        "远景目标",
        "展望",
        // `2027年（累计）` in a table of one column a year: that year's goal, a running total.
        "累计",
        "累计目标",
        // `2028年计划投资`, `2027年度计划投资` in a key-projects investment plan: the year's
        // planned investment, that year's goal (round 25 B).
        "计划投资",
        "度计划投资",
        // `项目  2026年执行数  2027年预算数  增长%` in a budget report's table: the past
        // year's outturn (a result, the base) and the budget year's figures (its goals).
        // Twenty-first set, fixed after the run.
        "执行",
        "执行数",
        "预算",
        "预算数",
    ];
    (SUFFIX.contains(&rest.as_str()) && (rest.is_empty() || nian))
        .then_some(year)
        .filter(|y| (1900..=2100).contains(y))
}

/// A goal cell whose figure is marked an average (`年均5.5左右`, a plan's growth row in a
/// table with no 年均 column): a rate over the window, as a name with 年均 is.
fn mean_cell(c: &str) -> bool {
    c.trim_start().starts_with("年均")
}

/// Does `c` hold `n` digits in a row once folded (ASCII or full-width)? No allocation:
/// [`year_cell`] and [`figure`] ask it first, and most cells they are given are words.
fn has_digits(c: &str, n: usize) -> bool {
    let mut run = 0;
    for ch in c.chars() {
        if fold(ch).is_ascii_digit() {
            run += 1;
            if run >= n {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

#[derive(Clone)]
struct Header {
    cols: usize,
    /// The 年均/累计 column titled a total of the years (`三年累计`, `合计`), not a rate.
    window_total: bool,
    /// A remarks column (备注, 说明): left out of a row's quote when printed last.
    remark: Option<usize>,
    name: Option<usize>,
    /// A separate 单位 column.
    unit: Option<usize>,
    base: Option<(usize, Option<i32>)>,
    goal: Option<(usize, Option<i32>)>,
    window: Option<usize>,
    class: Option<usize>,
    /// A table of results (`指标  2022年完成  2023年实际`): its rows are no promises.
    results: bool,
    /// Goal-year columns before the last one (`2020年  2025年  2035年`: 2025), each a goal
    /// of its own ([`goal_columns`]).
    more_goals: Vec<(usize, i32)>,
    /// A 责任单位 / 牵头单位 column: the target's owners.
    owner: Option<usize>,
    /// A 配合单位 column: the owners after the lead.
    partners: Option<usize>,
    /// The base column's title names it (基期, 现状, 2023年基数 …).
    base_named: bool,
    /// The goal column's title names a long-range goal (`2035年远景目标`, 展望).
    goal_titled_vision: bool,
    /// The 累计 column's title is a span of years ending after the goal year (`2025年目标  
    /// 2025—2027年累计`): that span's end, a goal of its own ([`additions::span_end`]).
    window_end: Option<i32>,
    /// A 完成时限 column: each row's own deadline (`due`).
    due: Option<usize>,
    /// That column is a 考核年度 one: its year cell spans the rows below it (a merged cell),
    /// so a row with no year there keeps the one above (`due::spans_rows`).
    due_spans: bool,
    /// The goal column is the year's goal, no year in its title (年度目标, 全年目标):
    /// a table of one year ([`annual`]).
    goal_annual: bool,
    /// Columns naming parts of one year (`全年目标  一季度  二季度  三季度`): each a target
    /// due at its part's end ([`periods`]).
    periods: Vec<(usize, super::within::Part)>,
    /// A 建设内容及规模 column: the project's whole scope, never a goal (`work_cell`).
    scope: Option<usize>,
    /// The goal column is a year's planned investment (`2027年度计划投资`): each row the
    /// money the year spends, ytd over it (round 25 B).
    goal_year_plan: bool,
    /// The goal column is a budget year's figures (`2027年预算数` beside `2026年执行数`): each
    /// row the money the year collects or spends, ytd over it; a spending row (…支出) is an
    /// appropriation the year may not exceed (twenty-first set, fixed after the run).
    goal_budget: bool,
    /// That budget table's growth column right after the 预算数 one (`增长%`): each row's
    /// rate, a second target beside its amount ([`rate::budget_column`]; round 31 A).
    budget_rate: Option<usize>,
    /// The goal column is a year's works progress (`2030年形象进度目标`): a cell that finishes
    /// something (`完成码头主体结构`, `全面完工`) is done by that year's end, as a task
    /// table's by its 完成时限 (round 31 A).
    goal_works: bool,
    /// Beside such a works-progress goal, a year's planned-investment column (`2030年计划投资`):
    /// each project's money for the year, a second target of its row (round 31 A).
    works_invest: Option<usize>,
    /// The title of the column a year's total is read from (`2027年计划投资` of
    /// `2027年计划投资（亿元）`, the goal column of a planned-investment table or the one beside
    /// a works-progress goal), its unit left out: the total's name (`subtotal::year_total`).
    total_title: Option<String>,
    /// The unit a `单位：亿元` line above the header gives every figure of the table
    /// (`sheet_unit`): a row's last resort.
    sheet_unit: Option<String>,
    /// A growth column right after the goal column (`2027年目标  增长（%）`): a quantity's
    /// target is its rate there ([`rate`]).
    rate: Option<usize>,
    /// The 年均 / 累计 column's title names an average annual rate (`年均增长（%）`): a
    /// quantity's figure there is a second target of its row ([`window_rate`]).
    window_mean: bool,
    /// The goal column's title names a growth (`全年计划（增长）`): its % figures are rates
    /// ([`rate::goal_titled_growth`]).
    goal_growth: bool,
}

impl Header {
    /// Is the goal column a column of words, the name's or the scope's (a task or a project's
    /// scope read as the goal)?
    fn goal_is_words(&self) -> bool {
        let g = self.goal.map(|(g, _)| g);
        g == self.name || (self.scope.is_some() && g == self.scope)
    }
}

fn has_punct(c: &str) -> bool {
    c.contains(['，', '。', '；', '：', '！', '？'])
}

/// A header row: at least three cells with a year (`类别 指标 2020年 2025年 年均/累计 属性`),
/// or naming the indicator and its goal column (`指标 基期 目标 属性`). A *loose* line (cells
/// told apart at single spaces) must also be all short cells with a column word.
fn header(cs: &[String], loose: bool) -> Option<Header> {
    if cs.iter().filter(|c| !c.is_empty()).count() < 3 || serial_row(cs) {
        return None;
    }
    // A line with two figures or more is a row, whatever words it has (`累计下降  %  〔3〕
    // 〔6.5〕  〔10〕`, the rest of a name wrapped above it: 累计 is no 年均/累计 column).
    if cs
        .iter()
        .filter(|c| year_cell(c).is_none() && figure(c).is_some())
        .count()
        >= 2
    {
        return None;
    }
    let years: Vec<(usize, i32)> = cs
        .iter()
        .enumerate()
        .filter_map(|(i, c)| year_cell(c).map(|y| (i, y)))
        .collect();
    let pos = |f: &dyn Fn(&str) -> bool| cs.iter().position(|c| f(c));
    // (`累计完成投资`, `累计完成`: the work done to date, a result, no window's total.)
    let window = pos(&|c| c.contains("年均") || (c.contains("累计") && !c.contains("累计完成")));
    // 属性, 指标属性, 性质, 指标性质: 约束性 / 预期性.
    let class = pos(&|c| c.contains("属性") || c.ends_with("性质"));
    // (An indicator system's levels, `一级指标  二级指标  三级指标`: the finest is the name.)
    // (`项目名称  主要指标  目标值`: the project names a group of rows, the indicator after it,
    // with its unit, is the row's name.)
    let indicator = || {
        let project = pos(&|c| (c.contains("名称") && !c.contains("指标")) || c == "项目")?;
        let i = pos(&|c| c.ends_with("指标") && !c.contains("属性"))?;
        (i > project).then_some(i)
    };
    let name = levels::finest(cs).or_else(indicator).or_else(|| {
        pos(&|c| {
            (c.contains("指标") && !c.contains("属性") && !c.ends_with("性质"))
            || c.contains("名称")
            || c == "项目"
            || c == "内容"
            // A task list's 任务 column (`序号  任务  目标  责任单位  完成时限`).
            || TASK_TITLES.contains(&c)
            // A check plan's item column (`抽查事项`, `检查事项`: round 29 A2).
            || (c.ends_with("事项") && c.chars().count() <= 4)
            // An OKR sheet's key-result column (`O  KR  关键结果  负责团队  Q2目标`).
            || c == "关键结果"
        })
    });
    let unit = pos(&|c| c == "单位" || c == "计量单位" || c == "（单位）");
    let owner = pos(&|c| OWNER_WORDS.iter().any(|w| c.contains(w)));
    // (A 责任单位 column after a 牵头单位 one names the units working with the lead:
    // `牵头单位  责任单位`, a task-division table's pair.)
    // (So does a second 责任单位 column of a two-sided table, one per side of a cooperation,
    // `海汀区责任单位  黎川县责任单位`: each row has two owners, one from each side: nineteenth
    // set, fixed after the run.)
    let partners =
        pos(&|c| ["配合单位", "协同单位", "参与单位", "配合部门", "配合科室"].contains(&c))
            .or_else(|| {
                let o = owner.filter(|&o| cs[o].contains("牵头") || sided_owner(&cs[o]))?;
                (o + 1..cs.len()).find(|&k| OWNER_WORDS.iter().any(|w| cs[k].contains(w)))
            });
    // (A 基准年 column holds each row's base year, `2025年`, not its base figure.)
    let base_word = pos(&|c| {
        year_cell(c).is_none()
            && !due::names_year(c)
            && ["基期", "现状", "基数", "基准"]
                .iter()
                .any(|w| c.contains(w))
    });
    // (A 基期年 column before two year columns or more, `基期年  2025年  2035年`, holds the
    // base figures, not each row's year: twenty-third set, fixed after the run.)
    let base_word = base_word.or_else(|| {
        pos(&|c| due::names_year(c) && !due::is_due_title(c))
            .filter(|&b| base_before_years(cs, &years, Some(b)))
    });
    // (A 目标年 column is the row's deadline, `due`: the goal is the 目标值 beside it.)
    // (A performance-goal form's `指标值` column, `一级指标  二级指标  三级指标  指标值`,
    // holds each indicator's goal for the year: eighteenth set, B.)
    let due = pos(&|c| due::is_due_title(c));
    let goal_word = pos(&|c| {
        year_cell(c).is_none() && c.contains("目标") && !c.contains("指标") && !due::is_due_title(c)
    })
    .or_else(|| pos(&|c| c == "指标值" || c == "年度指标值"))
    // (A check plan's share of the units checked, `抽查比例`, in a table of named items
    // with a due column: each row's ratio to reach, round 29 A2.)
    .or_else(|| {
        pos(&|c| c.ends_with("比例") && c.chars().count() <= 4)
            .filter(|_| name.is_some() && due.is_some())
    })
    // (A year's plan column with no 目标 in its title, `全年计划  上半年完成  完成全年计划(%)`,
    // `年度计划`: the year's goal, as 全年目标 is; the 完成…计划 share beside it is a result.
    // Nineteenth set, fixed after the run.)
    .or_else(|| {
        pos(&|c| {
            year_cell(c).is_none()
                && annual::is_annual_title(c)
                && !annual::is_progress_title(c)
                && !due::is_due_title(c)
        })
    });
    let periods = periods::columns(cs, due);
    let scope = pos(&|c| work_cell::is_scope_title(c));
    // (`指标  单位  一季度  上半年  前三季度  全年`: the latest period is the year's goal.)
    let goal_word = goal_word.or_else(|| name.and(periods::latest(&periods)));
    // (A task-division table with no goal column, `序号  工作任务  牵头科室  配合科室
    // 完成时限`: the goal is written in the task cell, `新组建紧密型教育集团4个`: round 30 A.)
    let goal_word = goal_word.or_else(|| {
        name.filter(|&n| TASK_TITLES.contains(&cs[n].as_str()) && due.is_some() && owner.is_some())
    });
    // (A project table with no goal column, `项目名称  建设内容及规模  责任单位  完成时限`: each
    // project's scope is what the plan commits to build by its date, read as the goal cell.
    // Twenty-third set, fixed after the run.)
    let goal_word =
        goal_word.or_else(|| scope.filter(|_| name.is_some() && due.is_some() && owner.is_some()));
    if years.is_empty()
        && window.is_none()
        && !((name.is_some() || due.is_some()) && goal_word.is_some())
    {
        return None;
    }
    if loose {
        let words = [name, class, unit, window, base_word, goal_word]
            .iter()
            .any(|x| x.is_some());
        if !words || cs.iter().any(|c| c.chars().count() > 12 || has_punct(c)) {
            return None;
        }
    }
    let (base, goal) = if years.is_empty() {
        (base_word.map(|c| (c, None)), goal_word.map(|c| (c, None)))
    } else if years.len() == 1
        && goal_word.is_some_and(|g| g > years[0].0)
        && !cs[years[0].0].contains("目标")
    {
        // `指标  2024年  目标值  属性`: the year is the base; the goal's year is in the table's
        // title (`到2027年…主要指标`) or the plan's period.
        (
            Some((years[0].0, Some(years[0].1))),
            goal_word.map(|c| (c, None)),
        )
    } else if years.len() == 1 && base_word.is_some_and(|b| b != years[0].0) {
        // `指标  现状值  2025年  属性`
        (
            base_word.map(|c| (c, None)),
            Some((years[0].0, Some(years[0].1))),
        )
    } else if base_before_years(cs, &years, base_word) {
        // `指标  单位  基期年  2025年  2035年  属性`: the base is the column titled so
        // (its year wrapped under it, `（2020年）`, or not given); every year after it is a
        // goal, not the first a base. Twenty-third set, fixed after the run.
        (
            base_word.map(|c| (c, None)),
            years.last().map(|&(c, y)| (c, Some(y))),
        )
    } else {
        (
            (years.len() >= 2).then(|| (years[0].0, Some(years[0].1))),
            years.last().map(|&(c, y)| (c, Some(y))),
        )
    };
    // (A year's 计划投资 column beside `累计完成投资` is the plan's goal: no table of results.)
    let results = cs.iter().any(|c| c.contains("完成") || c.contains("实际"))
        && !cs.iter().any(|c| {
            ["目标", "规划", "预期", "预计"]
                .iter()
                .any(|w| c.contains(w))
                || (c.contains("计划投资") && year_cell(c).is_some())
                // (`2027年实际  2028年计划`, `2026年执行数  2027年预算数`: the later year's
                // plan or budget is the goal column. Twenty-first set, fixed after the run.)
                || ((c.contains("计划") || c.contains("预算")) && year_cell(c).is_some())
                // (`全年计划  上半年完成`: the year's plan is the goal column.)
                || (annual::is_annual_title(c) && !annual::is_progress_title(c))
        });
    // (The 完成 of a 完成时限 column is no result when the task cell holds the goal.)
    // (Nor when the scope cell does, in a project table with no goal column.)
    let results = results && goal.is_none_or(|(g, _)| Some(g) != name && Some(g) != scope);
    let more_goals = if base_before_years(cs, &years, base_word) {
        years[..years.len() - 1].to_vec()
    } else {
        goal_columns(cs, &years, base, goal)
    };
    let base_named = base.is_some_and(|(b, _)| self::base_word(&cs[b]));
    let goal_titled_vision =
        goal.is_some_and(|(g, _)| cs[g].contains("远景") || cs[g].contains("展望"));
    let window_end = window
        .and_then(|w| additions::span_end(&cs[w]))
        .filter(|&e| goal.and_then(|g| g.1).is_some_and(|gy| e > gy));
    let goal_annual = goal.is_some_and(|(g, y)| y.is_none() && annual::is_annual_title(&cs[g]))
        || annual::dated_year_goal(cs, base, goal, !more_goals.is_empty());
    let rate = rate::column(cs, goal);
    let goal_growth = rate::goal_titled_growth(cs, goal);
    let window_mean = window.is_some_and(|w| window_rate::is_mean_title(&cs[w]));
    let remark = pos(&|c| remark::is_title(c));
    let window_total = window.is_some_and(|w| years::total_title(&cs[w]));
    let goal_year_plan = goal.is_some_and(|(g, _)| cs[g].contains("计划投资"));
    let goal_budget = goal.is_some_and(|(g, y)| y.is_some() && cs[g].contains("预算"));
    let budget_rate = rate::budget_column(cs, goal).filter(|_| goal_budget);
    let goal_works = goal.is_some_and(|(g, _)| cs[g].contains("形象进度"));
    let works_invest = pos(&|c| c.contains("计划投资") && year_cell(c).is_some())
        .filter(|&c| goal_works && goal.is_some_and(|(g, _)| g != c));
    let due_spans = due.is_some_and(|d| due::spans_rows(&cs[d]));
    Some(Header {
        due_spans,
        goal_growth,
        goal_year_plan,
        goal_budget,
        budget_rate,
        goal_works,
        works_invest,
        total_title: works_invest
            .or(goal.filter(|_| goal_year_plan).map(|(g, _)| g))
            .map(|c| name_and_unit(&cs[c]).0),
        sheet_unit: goal.and_then(|(g, _)| sheet_unit::of_title(&cs[g])),
        window_total,
        remark,
        window_mean,
        rate,
        goal_annual,
        scope,
        periods,
        window_end,
        due,
        base_named,
        goal_titled_vision,
        results,
        more_goals,
        owner,
        partners,
        cols: cs.len(),
        name,
        unit,
        base,
        goal,
        window,
        class,
    })
}

/// An owner column titled with the side it stands for before the owner word
/// (`海汀区责任单位`, `甲方责任部门`): one of a two-sided table's owner columns.
fn sided_owner(c: &str) -> bool {
    OWNER_WORDS.iter().any(|w| {
        c.strip_suffix(w)
            .is_some_and(|side| side.chars().count() >= 2)
    })
}

/// Column titles naming the units responsible for a target (责任单位, 牵头单位 …).
const OWNER_WORDS: &[&str] = &[
    "责任单位",
    "牵头单位",
    "责任部门",
    "牵头部门",
    "责任主体",
    "实施主体",
    "责任处室",
    "责任科室",
    // An education bureau's task-division table (`牵头科室  配合科室`: round 30 A).
    "牵头科室",
    // An OKR sheet's team (`负责团队`, `负责部门`: nineteenth set).
    "负责团队",
    "负责部门",
    // A check plan's body carrying each row out (`实施机构`: round 29 A2).
    "实施机构",
];

/// Goal-year columns besides the last (`2020年  2025年  2035年`, `2023年基数  2025年目标
/// 2027年目标`): each later year column is a goal of its own when its year is at least two
/// after the base year (a `2019年  2020年  2025年` header has two base-year columns, not two
/// goals) and its title names no base or result (基期, 现状, 预计, 完成, 实际 …).
fn goal_columns(
    cs: &[String],
    years: &[(usize, i32)],
    base: Option<(usize, Option<i32>)>,
    goal: Option<(usize, Option<i32>)>,
) -> Vec<(usize, i32)> {
    let (Some((b, Some(by))), Some((g, Some(gy)))) = (base, goal) else {
        return Vec::new();
    };
    // A base column titled as such (`2023年基数`): every later year is a goal. So is every
    // later year when a column stands for each year from the base to the goal year
    // (`2026年  2027年  2028年  2029年`, round 11): a breakdown by year, not two bases.
    let each_year = gy >= by + 2 && (by + 1..gy).all(|y| years.iter().any(|&(_, x)| x == y));
    let named = base_word(&cs[b]) || each_year;
    years
        .iter()
        .filter(|&&(c, y)| {
            c != b && c != g && y >= by + if named { 1 } else { 2 } && !base_word(&cs[c])
        })
        .copied()
        .collect()
}

/// A base column titled by its word alone (`基期年`, `现状值`) before two year columns or
/// more, none of them titled as a base or result (`基期年  2025年  2035年`): each year is a
/// goal.
fn base_before_years(cs: &[String], years: &[(usize, i32)], base_col: Option<usize>) -> bool {
    years.len() >= 2
        && base_col.is_some_and(|b| b < years[0].0)
        && years.iter().all(|&(c, _)| !base_word(&cs[c]))
}

/// A column title naming a base or a result, not a goal (基期, 现状, 预计, 完成 …).
fn base_word(c: &str) -> bool {
    [
        "基期", "基数", "现状", "基准", "预计", "完成", "实际", "执行",
    ]
    .iter()
    .any(|w| c.contains(w))
}

/// A plan's end year as the first of two goal-year columns (`2025年  2035年` in a 十四五
/// plan with its 2035 vision, 远景目标), not a base year: the first year column, untitled,
/// is the end year of the plan the text names, the text sets long-range goals (`vision`:
/// it names 远景), and the later goal year is a long-range one: titled so (`2035年远景目标`,
/// 展望) or ten years or more after the plan's end. A plan named only in passing (a
/// `2020年  2025年` table whose remark cites 十三五) leaves the base year as it is.
fn plan_end_is_a_goal(h: &mut Header, plan: Option<(i32, i32)>, vision: bool) {
    if let (Some((b, Some(by))), Some((_, Some(gy))), Some((_, end))) = (h.base, h.goal, plan) {
        let far = gy >= end + 10 || h.goal_titled_vision;
        if vision && far && by == end && gy > by && !h.base_named {
            h.more_goals.insert(0, (b, by));
            h.base = None;
        }
    }
}

/// A plan's own years as its columns (`2028年  2029年  2030年` in a 三年行动计划（2028—2030年）):
/// the first year column is the plan's first year, a goal of its own, not a base year (a
/// base is the year before a plan starts). Only when the columns run year by year, at least
/// three, from the plan's first year to its last, and no column is titled a base (基数, 现状…).
fn plan_start_is_a_goal(h: &mut Header, plan: Option<(i32, i32)>) {
    if let (Some((b, Some(by))), Some((_, Some(gy))), Some((start, end))) = (h.base, h.goal, plan) {
        let each = h.more_goals.len() + 2 == usize::try_from(gy - by + 1).unwrap_or(0);
        if by == start && gy == end && gy >= by + 2 && each && !h.base_named {
            h.more_goals.insert(0, (b, by));
            h.base = None;
        }
    }
}

/// The second line of a header split over two (`2020年  2025年` over `基期  目标`, or
/// `（单位）` under `指标名称`): every cell a year, a column word or a short parenthesis.
fn header_part(line: &str) -> Option<Vec<i32>> {
    // Words at single spaces are pieces of their own here (`（基期） 〔累计〕`).
    let cs: Vec<String> = cells(line)
        .iter()
        .flat_map(|c| c.split([' ', '\u{3000}']))
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect();
    let ok = !cs.is_empty()
        && cs.iter().all(|c| {
            year_cell(c).is_some()
                || ocr::HEADER_WORDS.contains(&c.as_str())
                || title_rest(c)
                || under::spaced_piece(c)
                || ((c.starts_with(['（', '(', '〔', '[']))
                    && (c.ends_with(['）', ')', '〕', ']']))
                    && c.chars().count() <= 8)
        });
    ok.then(|| cs.iter().filter_map(|c| year_cell(c)).collect())
}

/// The rest of a column title wrapped onto a header's second line after an 或 / 及 / a
/// slash (`年均增长` over `或累计`, `年均/累计` split at its slash): a header word follows it.
fn title_rest(c: &str) -> bool {
    c.strip_prefix(['或', '及', '/', '／'])
        .is_some_and(|r| ocr::HEADER_WORDS.contains(&r))
}

/// The header starting at line `i` (with a second header line after it, or a line of years
/// before it): the header and the lines it covers.
fn header_at(lines: &[&str], i: usize) -> Option<(Header, std::ops::Range<usize>)> {
    header_read(lines, i).map(|(h, r, _)| (h, r))
}

/// [`header_at`], and whether its titles were set as vertical text (`vertical::merged`),
/// so the header met again inside a table is not merged a second time to ask.
fn header_read(lines: &[&str], i: usize) -> Option<(Header, std::ops::Range<usize>, bool)> {
    // A line with no tab or space in it is one cell at most, and a header has three: most
    // lines of prose are answered here, without splitting them into cells.
    if !lines[i].trim().contains(['\t', ' ', '\u{3000}']) {
        return None;
    }
    // Titles set as vertical text, one character a line (`vertical`): one header.
    if let Some((line, n)) = vertical::merged(lines, i) {
        let (h, _) = header_at(&[line.as_str()], 0)?;
        return Some((h, i..i + n, true));
    }
    // A group name over the year columns on the line below (`目标值` over `2026年  2027年`).
    if let Some(h) = lines
        .get(i + 1)
        .and_then(|l| group::merged(lines[i], l))
        .and_then(|cs| header(&cs, false))
        .filter(|h| !h.more_goals.is_empty())
    {
        return Some((h, i..i + 2, false));
    }
    // A goal title over the years on the line below, at single spaces (a PDF copy).
    if let Some(h) = lines
        .get(i + 1)
        .and_then(|l| spread::merged(lines[i], l))
        .and_then(|cs| header(&cs, false))
        .filter(|h| !h.more_goals.is_empty())
    {
        return Some((h, i..i + 2, false));
    }
    // (Titles spaced out letter by letter, wider gaps between them: glued apart first.)
    let read = |line: &str| {
        let glued = letter_spaced::glued(line);
        let (cs, loose) = split(glued.as_deref().unwrap_or(line));
        header(&join_spaced_title(cs), loose)
    };
    let mut range = i..i + 1;
    // (Titles wrapped onto a second line under them, when the first line alone reads as no
    // header or as one of results (`累计完成投资  2028年`, its goal's 计划投资 below):
    // `header_wrap`. Other second lines, `[累计]`, `现状值  目标值`, are read below.)
    let first = read(lines[i]);
    // (A second line of growth words only, `（增长）` under each rate column of a header read
    // alone (`全年计划  上半年  全省`): the goal column is a growth, as if titled so
    // (`rate::goal_titled_growth`; round 29 A) — when a piece sits under the goal column
    // itself (`growth_under_goal`; review 24: `（增长）` under a results column only is not).)
    let growth_line = || {
        lines.get(i + 1).is_some_and(|l| {
            let mut pieces = l.split_whitespace().peekable();
            pieces.peek().is_some()
                && pieces.all(|p| {
                    let w = p.trim_matches(['（', '）', '(', ')']);
                    w.chars().count() + 2 == p.chars().count() && ["增长", "增速"].contains(&w)
                })
        })
    };
    if first.as_ref().is_none_or(|h| h.results) {
        if let Some(h) = lines
            .get(i + 1)
            .and_then(|l| header_wrap::merged(lines[i], l))
            .and_then(|l| read(&l))
            .filter(|h| !h.results)
        {
            return Some((h, i..i + 2, false));
        }
    }
    // (Years on a line of their own above the column words: `years_above`.)
    let mut h = match first {
        Some(h) => h,
        None => {
            let line = years_above::merged(lines.get(i.checked_sub(1)?)?, lines[i])?;
            range.start -= 1;
            read(&line)?
        }
    };
    let fill = |h: &mut Header, years: &[i32]| {
        if let (Some(lo), Some(hi)) = (years.iter().min(), years.iter().max()) {
            if let Some((_, y @ None)) = &mut h.goal {
                *y = Some(*hi);
            }
            if let Some((_, y @ None)) = &mut h.base {
                *y = (lo < hi).then_some(*lo);
            }
        }
    };
    if growth_line() && growth_under_goal(lines[i], lines[i + 1], &h) {
        h.goal_growth = true;
        range.end += 1;
    } else if let Some(years) = lines.get(i + 1).and_then(|l| header_part(l)) {
        under::adopt(&mut h, lines[i], lines[i + 1]);
        fill(&mut h, &years);
        range.end += 1;
    } else if let Some(merged) = lines
        .get(i + 1)
        .and_then(|l| header_wrap::merged(lines[i], l))
    {
        // (The rest of the titles wrapped onto a second line of words under them, `2027年末
        // 2028年末` over `余额  计划`, the header read whole from its first line: the second
        // line is part of the header, no row; round 30 F1.)
        // (Role words under the years, `2025年  2030年  2027年` over `基数  目标  完成`: the
        // column titled 目标 is the goal, the last year's 完成 a result, never a goal.)
        // (Both lines are read as cells; the goal's year found so is the first line's
        // column of that year, and the result column beside it is no goal.)
        let role_year = |l: &str| {
            let (_, Some(gy)) = read(l)?.goal? else {
                return None;
            };
            let (_, Some(old)) = h.goal? else {
                return None;
            };
            // (The first line's goal year is titled a result on the merged line.)
            let result = join_spaced_title(split(l).0).iter().any(|c| {
                c.strip_prefix(&format!("{old}年")).is_some_and(|r| {
                    (r.contains("完成") || r.contains("实际")) && !r.contains("目标")
                })
            });
            result.then_some(gy)
        };
        if let Some(gy) = role_year(&merged) {
            let cols: Vec<usize> = join_spaced_title(split(lines[i]).0)
                .iter()
                .enumerate()
                .filter(|(_, c)| year_cell(c) == Some(gy))
                .map(|(k, _)| k)
                .collect();
            if let ([c], Some((g, Some(y)))) = (cols.as_slice(), h.goal) {
                if *c != g && y != gy && h.more_goals.iter().any(|&(k, _)| k == *c) {
                    h.goal = Some((*c, Some(gy)));
                    h.more_goals.retain(|&(k, _)| k != *c);
                }
            }
        }
        range.end += 1;
    }
    if h.goal.is_some_and(|(_, y)| y.is_none()) && i > 0 {
        if let Some(years) = header_part(lines[i - 1]).filter(|y| !y.is_empty()) {
            fill(&mut h, &years);
            range.start -= 1;
        }
    }
    // A goal column with no year (`2024年  目标值`, `基期值  目标值`): the year the table's
    // title names (`专栏1  到2027年…主要指标`), when it is later than the base year.
    let base_year = h.base.and_then(|b| b.1);
    if let Some((_, y @ None)) = &mut h.goal {
        *y = title_above(lines, i)
            .and_then(title_year)
            .filter(|&t| base_year.is_none_or(|by| t > by));
    }
    Some((h, range, false))
}

/// The line above a header at `i` that may be the table's title: the one right above it,
/// or the nearest one above a blank line or two (`附表1⏎⏎2027年…主要经济指标目标⏎⏎序号  …`).
fn title_above<'a>(lines: &[&'a str], i: usize) -> Option<&'a str> {
    let blank = |l: &str| l.trim_matches(|c: char| c.is_whitespace()).is_empty();
    (i.saturating_sub(3)..i)
        .rev()
        .map(|k| lines[k])
        .find(|l| !blank(l))
}

/// A 序号 cell: one to three digits, ASCII or full-width (`3`, `12`, `３`). One test for
/// `row_proposal`, `columns` and `category_wrap` (round 32 E: each wrote it out).
fn serial_cell(t: &str) -> bool {
    (1..=3).contains(&t.chars().count()) && t.chars().all(is_digit)
}

/// A row opened by its 序号 (`1900  新建充电桩…  个  2000  市发改委`): a bare number and then
/// a cell of words. Never a header, whatever years its cells seem to hold (a table's row 1900
/// to 2100 was read as a header of year columns, and the rows after it under it). A header
/// of bare years (`2021  2022  2023`) opens with a year, not a word, after its first cell.
fn serial_row(cs: &[String]) -> bool {
    let bare = |c: &str| !c.is_empty() && c.chars().all(is_digit);
    let words = |c: &str| c.chars().any(char::is_alphabetic) && year_cell(c).is_none();
    cs.first().is_some_and(|c| bare(c)) && cs.get(1).is_some_and(|c| words(c))
}

/// The latest year a table's title names (`专栏1 到2027年先进制造业集群培育主要指标`,
/// `表2  2025年主要预期目标`): a short line naming a table (表, 专栏, 指标, 目标) and a
/// `YYYY年`.
fn title_year(line: &str) -> Option<i32> {
    let t = line.trim();
    if t.chars().count() > 40 || !["表", "专栏", "指标", "目标"].iter().any(|w| t.contains(w))
    {
        return None;
    }
    let f: Vec<char> = t.chars().map(fold).collect();
    (0..f.len().saturating_sub(4))
        .filter(|&k| {
            f[k..k + 4].iter().all(|c| c.is_ascii_digit())
                && f[k + 4] == '年'
                && (k == 0 || !f[k - 1].is_ascii_digit())
        })
        .filter_map(|k| f[k..k + 4].iter().collect::<String>().parse().ok())
        .filter(|y| (1900..=2100).contains(y))
        .max()
}

/// A column title spaced out character by character (`指  标`, `属  性`, as typeset and
/// OCR'd): adjacent one-character Chinese cells are one cell, so the header has the
/// columns its rows have; so is one cell spaced out inside (a tab-separated `指    标`).
fn join_spaced_title(cs: Vec<String>) -> Vec<String> {
    let single = |c: &str| {
        let mut it = c.chars();
        matches!((it.next(), it.next()), (Some(ch), None) if ('\u{4e00}'..='\u{9fff}').contains(&ch))
    };
    let mut out: Vec<String> = Vec::with_capacity(cs.len());
    // Is the last cell of `out` made of one-character cells only?
    let mut last_spaced = false;
    for c in cs {
        // (One tab-separated cell spaced out inside, `指    标`: its characters joined.)
        let pieces: Vec<&str> = c
            .split([' ', '\u{3000}'])
            .filter(|p| !p.is_empty())
            .collect();
        let c = if pieces.len() >= 2 && pieces.iter().all(|p| single(p)) {
            pieces.concat()
        } else {
            c
        };
        let one = single(&c);
        match out.last_mut() {
            Some(last) if one && last_spaced => last.push_str(&c),
            _ => out.push(c),
        }
        last_spaced = one;
    }
    out
}

/// The rest of a name cut at the end of a row with no figures (`4  数字经济核心产业增加值占
/// 地区生产总值⏎比重（%）  9.6  13  —  预期性`, `16  细颗粒物（PM2.5）平均浓度（微克/立⏎方米）
/// 29  ≤25`): the next line opens with a short piece closing a unit parenthesis, and the
/// rest of it is figures.
fn name_continues(row_after_name: usize, row: &str, next: &str) -> bool {
    if row_after_name > 0 {
        return false;
    }
    let t = next.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let cs = cells(t);
    let Some(first) = cs.first() else {
        return false;
    };
    let closes = first.ends_with('）') || first.ends_with(')');
    let row_name = cells(row).into_iter().rev().find(|c| is_name(c));
    let row_open = row_name.as_ref().is_some_and(|n| {
        n.matches(['（', '(']).count() > n.matches(['）', ')']).count()
            || !(n.ends_with('）') || n.ends_with(')'))
    });
    let rest: Vec<&String> = cs[1..].iter().filter(|c| !c.is_empty()).collect();
    // (A name wrapped inside its bracket, `9  发表学术论文（SCI/EI收⏎录）  篇  ≥3  ≥8  检索证明`:
    // the closing line also holds the row's unit before the figures and a word cell after
    // them, a 考核方式 or remark. Only for a name whose bracket is still open: round 29 A2.)
    let unclosed = row_name
        .as_ref()
        .is_some_and(|n| n.matches(['（', '(']).count() > n.matches(['）', ')']).count());
    closes
        && row_open
        && first.chars().count() <= 20
        && is_name(first)
        && !rest.is_empty()
        && (rest.iter().all(|c| ocr::is_value(c) || ocr::is_class(c))
            || (unclosed && framed_figures(&rest)))
}

/// Cells after a wrapped name's closing piece that are the rest of its row: at most one short
/// unit before the figures, the figures side by side, at most one short word cell after them
/// (`篇  ≥3  ≥8  检索证明`).
fn framed_figures(rest: &[&String]) -> bool {
    let value = |c: &&String| ocr::is_value(c);
    let (Some(a), Some(b)) = (rest.iter().position(value), rest.iter().rposition(value)) else {
        return false;
    };
    let short_word = |c: &str, n: usize| {
        c.chars().count() <= n && !has_digits(c, 1) && !has_punct(c) && !c.contains(['，', '。'])
    };
    a <= 1
        && rest.len() - b <= 2
        && rest[..a].iter().all(|c| short_word(c, 6))
        && rest[a..=b].iter().all(value)
        && rest[b + 1..]
            .iter()
            .all(|c| ocr::is_class(c) || short_word(c, 8))
}

/// A count of events held in a table of one year or of no year (`操作培训期数  ≥20期`, a cell
/// unit of `counts::event_unit`: sessions, rounds, times), not a rate or an average: the
/// year's flow, as prose reads such a count (round 31 A). Not a zero (`较大及以上生产安全事故
/// 起  0`): a cap of none at all, read as before (at most 0).
fn events_of_a_year(
    h: &Header,
    plan: Option<(i32, i32)>,
    name: &str,
    unit: Option<&str>,
    value: f64,
) -> bool {
    unit.is_some_and(super::counts::event_unit)
        && value != 0.0
        && !annual::not_a_count(name, &[])
        && {
            let (a, b) = table_window(h, plan);
            a.zip(b).is_none_or(|(a, b)| a.year == b.year)
        }
}

/// A table whose window is one year (an annual plan's `2024年预计  2025年目标`).
fn one_year(h: &Header, plan: Option<(i32, i32)>) -> bool {
    let (a, b) = table_window(h, plan);
    matches!((a, b), (Some(a), Some(b)) if a.year == b.year)
}

/// A unit cell without the parentheses wrapping it whole (`（万吨）` → 万吨; `万台（套）`
/// stays as it is).
fn unwrapped(u: &str) -> &str {
    let u = u.trim();
    [('（', '）'), ('(', ')')]
        .iter()
        .find_map(|&(a, b)| u.strip_prefix(a).and_then(|x| x.strip_suffix(b)))
        .unwrap_or(u)
}

/// A name that opens with an addition (新增, 新建 …).
fn added(name: &str) -> bool {
    ["新增", "新建", "新开工", "新培育", "新引进"]
        .iter()
        .any(|w| name.starts_with(w))
}

/// A name whose 〔X〕 is a flow summed over the window: an addition (新增…: 城镇新增就业,
/// 新增上云企业数, …新建数 — what the years add, summed), works done (完成营造林面积), or such a
/// flow as the name's head noun (`交通运输固定资产投资 亿元 〔8000〕`: the years' investment
/// added up; a stock cannot be invested twice).
fn summed_flow(name: &str) -> bool {
    name.contains("新增")
        // (A count of what is built, `城市书房（文化驿站）新建数  〔20〕`: additions summed;
        // round 32 A.)
        || name.ends_with("新建数")
        || name.starts_with("完成")
        || lexicon::FLOW_STOCKLESS.iter().any(|w| name.ends_with(w))
}

/// A lone short piece of words on the line after a row, indented past the row's name,
/// continuing the cell of words printed above it (a goal in words: `＞地区生产` + `总值增长`;
/// a task table's `…惠及居民` + `5200户以上`), else the row's last cell of words after its
/// name. Returns that cell and the piece.
fn words_cell_tail(row: &str, next: &str) -> Option<(String, String)> {
    let indent = next
        .chars()
        .take_while(|c| c.is_whitespace() || *c == '\u{3000}')
        .map(|c| if c == '\u{3000}' { 2 } else { 1 })
        .sum::<usize>();
    let t = next.trim();
    let cs = cells(row);
    let name_at = cs.iter().position(|c| is_name(c))?;
    let name_end = row.find(cs[name_at].as_str())? + cs[name_at].len();
    let name_col = row[..name_end].chars().count();
    let last_words = cs[name_at + 1..]
        .iter()
        .rev()
        .find(|c| is_name(c) && !ocr::is_class(c))?;
    // The cell printed above the piece, when the row's cells are spaced out (a task table's
    // `完成…改造35个，惠及居民` over `5200户以上`, `区市场监管局、各街` over `道办事处`): that
    // cell, not the last one of words (the row's 完成时限).
    let spans = columns::spans(row);
    let width: usize = t
        .chars()
        .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
        .sum();
    let above = columns::under(&spans, indent, indent + width)
        .map(|k| &spans[k].2)
        .filter(|c| is_name(c) && !ocr::is_class(c))
        .filter(|c| row.rfind(c.as_str()).is_some_and(|p| p >= name_end));
    let cell = above.unwrap_or(last_words);
    (cells(t).len() == 1
        && indent > name_col
        && t.chars().count() <= 8
        && is_name(t)
        && figure(t).is_none()
        && !t.chars().any(|c| "，。；：（）()".contains(c)))
    .then(|| (cell.clone(), t.to_string()))
}

/// Is `tail`, wrapped under `cell` in a table with an owners' column, a unit of its own
/// (`普惠金融部` over `乡村振兴部`): both end as a unit's name ends and the piece is no bare
/// end cut off (`局`)?
fn second_unit(h: &Header, cell: &str, tail: &str) -> bool {
    let unit = |c: &str| lexicon::UNIT_NAME_ENDS.iter().any(|e| c.ends_with(e));
    h.owner.is_some() && tail.chars().count() >= 3 && unit(cell) && unit(tail)
}

/// A figure in a goal cell.
struct Figure {
    /// A fall written before the figure (`下降15%`: `Some(false)`; `较基准年下降30%`, from a
    /// named base: `Some(true)`), `fall_cell`.
    fall: Option<bool>,
    rule: Option<Rule>,
    value: f64,
    cumulative: bool,
    /// A higher figure striven for (`≥6000，力争7000`).
    stretch: Option<f64>,
    /// The top of a range (`6-6.5`, `６．８—７．２`): the goal is the band between the two.
    high: Option<f64>,
    /// The cell's own unit (`2100亿元`, `6%左右`), for a row whose table gives none
    /// (`cell_unit`).
    unit: Option<String>,
}

fn parse_number(s: &str) -> Option<(f64, usize)> {
    let mut end = 0;
    let mut dot = false;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() || (c == '.' && !dot && i > 0) || (c == '-' && i == 0) {
            dot |= c == '.';
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    let t = s[..end].trim_end_matches('.');
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| (v, t.len()))
}

/// `×10⁻⁶`, `×10⁶`, `×10^-6` after a figure's digits: the exponent of ten and the bytes it
/// takes (round 29 A2).
fn power_of_ten(t: &str) -> Option<(i32, usize)> {
    let r = t.strip_prefix('×')?.strip_prefix("10")?;
    let (r, caret) = match r.strip_prefix('^') {
        Some(x) => (x, true),
        None => (r, false),
    };
    let (r, minus) = match r.strip_prefix(if caret { "-" } else { "⁻" }) {
        Some(x) => (x, true),
        None => (r, false),
    };
    const SUPER: &str = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    let mut e: i32 = 0;
    let mut used = 0;
    for c in r.chars().take(3) {
        let d = if caret {
            c.to_digit(10)
        } else {
            SUPER
                .chars()
                .position(|s| s == c)
                .and_then(|d| u32::try_from(d).ok())
        };
        let Some(d) = d else { break };
        e = e * 10 + i32::try_from(d).ok()?;
        used += c.len_utf8();
    }
    // (An exponent past 30 is no measured figure: `1×10^999` would read as infinity or 0;
    // the cell is left unread, review 24.)
    if used == 0 || e > 30 {
        return None;
    }
    let e = if minus { -e } else { e };
    Some((e, t.len() - r.len() + used))
}

fn figure(cell: &str) -> Option<Figure> {
    // A figure is read by `parse_number`, which needs a digit.
    if !has_digits(cell, 1) {
        return None;
    }
    let f: String = folded(cell)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    // Thousands separators (`4,560`, `1，812`): a comma between a digit and three more.
    let ch: Vec<char> = f.chars().collect();
    let f: String = ch
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            let digit = |k: usize| ch.get(k).is_some_and(|c| c.is_ascii_digit());
            !(c == ','
                && i > 0
                && digit(i - 1)
                && digit(i + 1)
                && digit(i + 2)
                && digit(i + 3)
                && !digit(i + 4))
        })
        .map(|(_, c)| *c)
        .collect();
    let f = f.trim_start_matches('*').trim_end_matches('*');
    // A rate marked an average in its cell (`年均5.5左右` under `2030年目标`): the figure; the
    // row reads it as the average over the window ([`mean_cell`]; round 31 A).
    let f = f.strip_prefix("年均").unwrap_or(f);
    // A fall written before the figure (`较基准年下降30%`): the figure, the fall kept.
    let (f, fall) = match fall_cell::rest(f) {
        Some((r, based)) => (r, Some(based)),
        None => (f, None),
    };
    let mut pct = f.ends_with('%');
    let f = f.trim_end_matches('%');
    let (f, cumulative) = match f.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
        Some(x) => (x, true),
        None => (f, false),
    };
    let mut rule = None;
    let mut rest = f;
    // A rule word before the figure (`力争7000`, `不低于85`, `控制在5.5以内`).
    if let Some((w, r)) = cell_rule_word(rest) {
        rule = Some(r);
        rest = &rest[w.len()..];
    }
    for (p, r) in [
        (">=", Rule::AtLeast),
        ("<=", Rule::AtMost),
        ("≥", Rule::AtLeast),
        ("≤", Rule::AtMost),
        (">", Rule::MoreThan),
        ("<", Rule::LessThan),
    ] {
        if let Some(x) = rest.strip_prefix(p) {
            rule = Some(r);
            rest = x;
            break;
        }
    }
    let (value, len) = parse_number(rest)?;
    // A figure in scientific notation (`≤1×10⁻⁶`, a leak rate): the power of ten applied.
    let (value, len) = match power_of_ten(&rest[len..]) {
        Some((e, n)) if e < 0 => (value / 10f64.powi(-e), len + n),
        Some((e, n)) => (value * 10f64.powi(e), len + n),
        None => (value, len),
    };
    pct |= rest[len..].starts_with('%');
    let mut tail = rest[len..].trim_start_matches('%').trim_start_matches('*');
    // A range (`6-6.5`, `6～7`, `6至7`, `６．８—７．２` with a long dash): a band, the goal
    // `between` its two ends.
    let mut stretch = None;
    let mut high = None;
    if let Some(r) = tail.strip_prefix(['-', '~', '至', '—', '–', '―']) {
        let (hi, n) = parse_number(r)?;
        if hi <= value {
            return None;
        }
        high = Some(hi);
        rule = rule.or(Some(Rule::Between));
        tail = r[n..].trim_start_matches('%').trim_start_matches('*');
    }
    // A remark after the figure (`>7、力争投入强度高于…`) does not change it, but a higher
    // figure striven for (`≥6000，力争7000`) is its stretch.
    // A higher figure striven for in brackets after the figure (`4（力争5）`, `4(力争5)`): its
    // stretch, as after a comma (twentieth set, fixed after the run).
    let tail = match tail
        .strip_prefix(['(', '（'])
        .and_then(|r| r.strip_suffix([')', '）']))
        .and_then(|r| striven(r).filter(|&v| v > value).map(|v| (r, v)))
    {
        Some((r, v)) if r.starts_with("力争") || r.starts_with("争取") => {
            stretch = Some(v);
            ""
        }
        _ => tail,
    };
    let tail = match tail.find(['、', ',', ';', '；']) {
        Some(p) => {
            stretch = stretch.or_else(|| striven(&tail[p..]).filter(|&v| v > value));
            &tail[p..p]
        }
        None => tail,
    };
    // A unit written in the cell (`2100亿元`, `83分以上`): the cell's own (`cell_unit`).
    let mut unit = pct.then(|| "%".to_string());
    let bound = |t: &str| matches!(t, "" | "左右" | "以上" | "以内" | "以下");
    let tail = match (!pct && !bound(tail))
        .then(|| cell_unit::own(tail))
        .flatten()
    {
        Some((u, rest)) => {
            unit = Some(u);
            rest
        }
        None => tail,
    };
    match tail {
        "" => {}
        "左右" => rule = Some(Rule::About),
        "以上" => rule = Some(Rule::AtLeast),
        "以内" | "以下" => rule = Some(Rule::AtMost),
        _ => return None,
    }
    Some(Figure {
        fall,
        rule,
        value,
        cumulative,
        stretch,
        high,
        unit,
    })
}

/// A rule word opening a goal cell (`力争7000`, `达到95`, `不低于85`, `突破200`,
/// `控制在5.5以内`, `低于1.5`): the word and its rule (a striven-for figure is a floor).
fn cell_rule_word(f: &str) -> Option<(&'static str, Rule)> {
    const WORDS: &[(&str, Rule)] = &[
        ("力争达到", Rule::AtLeast),
        ("力争突破", Rule::MoreThan),
        ("力争", Rule::AtLeast),
        ("争取", Rule::AtLeast),
        ("达到", Rule::AtLeast),
        ("不低于", Rule::AtLeast),
        ("不少于", Rule::AtLeast),
        ("超过", Rule::MoreThan),
        ("突破", Rule::MoreThan),
        ("高于", Rule::MoreThan),
        ("不超过", Rule::AtMost),
        ("不高于", Rule::AtMost),
        ("控制在", Rule::AtMost),
        ("低于", Rule::LessThan),
    ];
    WORDS
        .iter()
        .find(|(w, _)| {
            f.strip_prefix(w)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
        .copied()
}

/// The figure of a remark striving for more (`，力争7000`, `、争取达到7000`).
fn striven(remark: &str) -> Option<f64> {
    let r = remark.trim_start_matches(['、', ',', ';', '；', '，']);
    let r = r.strip_prefix("力争").or_else(|| r.strip_prefix("争取"))?;
    let r = ["达到", "突破", "超过"]
        .iter()
        .find_map(|w| r.strip_prefix(w))
        .unwrap_or(r);
    parse_number(r).map(|(v, _)| v)
}

/// The indicator's name and unit: `千兆宽带用户数（万户）` → (千兆宽带用户数, 万户); a leading
/// `1.` / `１．` / `（1）` is dropped.
fn name_and_unit(cell: &str) -> (String, Option<String>) {
    let mut s: &str = cell.trim();
    let f = folded(s);
    let lead = f
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || ".、)(（）".contains(*c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    // A list number ends with its mark (`1．`, `（2）`, `3、`): `5G基站数` and
    // `5岁以下儿童死亡率` keep their figure.
    if lead > 0
        && f[..lead].chars().any(|c| c.is_ascii_digit())
        && !f[..lead].ends_with(|c: char| c.is_ascii_digit())
    {
        // `f` folds one char to one char, so char counts line up.
        let n = f[..lead].chars().count();
        s = &s[s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)..];
    }
    let s = s.trim_matches(['*', '＊']);
    // A sub-row's name (`其中：农村网络零售额`): the indicator after the 其中.
    let s = ["其中：", "其中:"]
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(s);
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(body) = s.strip_suffix(close) {
            if let Some(i) = body.rfind(open) {
                let unit = folded(&body[i + open.len_utf8()..]);
                let name = body[..i].trim().to_string();
                if !unit.is_empty() && unit.chars().count() <= 8 {
                    return (name, Some(unit));
                }
            }
        }
    }
    // A unit after a slash, as journals and statistical publications write it (`人均GDP/万元`,
    // `森林覆盖率/%`, `年接待游客量/人次`): round 24 B.
    if let Some(u) = slash_unit(s) {
        return u;
    }
    // A unit glued to a Latin abbreviation ending the name, no parenthesis (`人均GDP万元`, an
    // OCR'd or typed table): cut off (round 22 B).
    if let Some(u) = GLUED_UNITS.iter().find(|u| {
        s.strip_suffix(**u).is_some_and(|n| {
            n.ends_with(|c: char| c.is_ascii_uppercase()) && n.chars().count() >= 3
        })
    }) {
        return (s[..s.len() - u.len()].to_string(), Some((*u).to_string()));
    }
    (s.to_string(), None)
}

/// `人均GDP/万元` → (人均GDP, 万元): the tail after the first slash is a unit when it is short
/// (at most 6 characters), holds no figure and has a unit's character (the list `closing_unit`
/// reads, or a multiplier 万 / 亿 / 千), every character of it unit material (that list, or a
/// character of a known unit), and the name before it has at least two characters. A slash
/// between words (`城镇/农村居民人均收入`, `男/女`, `学生/教师人数`) names no unit.
fn slash_unit(s: &str) -> Option<(String, Option<String>)> {
    let i = s.find(['/', '／'])?;
    let (name, rest) = (s[..i].trim(), &s[i..]);
    let unit = folded(rest.trim_start_matches(['/', '／']).trim());
    let n = unit.chars().count();
    let unit_char = |c: char| {
        matches!(c, '%' | '‰' | '万' | '亿' | '千')
            || "元吨人个件家亩里米岁年户所次天台辆张床册座项艘瓦度分点克升方时株只头套间栋"
                .contains(c)
    };
    // Every character unit material (review 21, finding 5): `学生/教师人数`, `城镇/农村人口`
    // hold words, not a unit.
    let material = |c: char| {
        unit_char(c)
            || matches!(c, '/' | '／')
            || c.is_ascii_alphabetic()
            || lexicon::UNITS
                .iter()
                .chain(lexicon::CURRENCY)
                .any(|u| u.contains(c))
    };
    (name.chars().count() >= 2
        && (1..=6).contains(&n)
        && !unit.chars().any(|c| c.is_ascii_digit())
        && unit.chars().any(unit_char)
        && unit.chars().all(material))
    .then(|| (name.to_string(), Some(unit)))
}

/// Units an OCR'd or typed name may carry glued after a Latin abbreviation (`人均GDP万元`).
const GLUED_UNITS: &[&str] = &["万元", "亿元", "元", "美元", "万美元", "亿美元"];

const FALL: &[&str] = &["降低", "下降", "减少"];

/// A task list's name column (`序号  任务  目标  责任单位  完成时限`).
const TASK_TITLES: &[&str] = &[
    "任务",
    "重点任务",
    "工作任务",
    "主要任务",
    "重点工作",
    "事项",
    "重点事项",
];

/// Read the tables of `text` (the raw text, lines as given). `plan` is the plan period the
/// text names, for tables whose header gives no goal year.
pub fn read(text: &str, plan: Option<(i32, i32)>) -> Tables {
    let raw: Vec<&str> = text.lines().collect();
    // Bordered tables (box-drawing or ASCII pipes) made plain tab-separated rows.
    let unboxed = borders::unbox(&raw);
    let lines: Vec<&str> = unboxed.lines.iter().map(|l| l.as_ref()).collect();
    // Tables with every cell on its own line (a PDF copy) made tab-separated rows.
    let unstacked = stacked::unstack(&lines);
    let lines: Vec<&str> = unstacked.lines.iter().map(|l| l.as_ref()).collect();
    let repeats = ocr::Repeats::new(&lines);
    let mut table_line = vec![false; lines.len()];
    // Long-range goals (二〇三五年远景目标): a plan's end year may head a goal column.
    let vision = text.contains("远景");
    // The span a title names (`…三年行动方案（2025—2027年）`), for a table with no base year
    // whose goal year ends it, in a text that names no five-year plan.
    let span = if plan.is_none() {
        let head: Vec<char> = text.chars().take(300).map(fold).collect();
        super::title_period(&head)
    } else {
        None
    };
    let mut proposals = Vec::new();
    let mut rows_of = Vec::new();
    let mut due = Vec::new();
    let mut period_rows = Vec::new();
    let filled = |l: &str| cells(l).iter().filter(|c| !c.is_empty()).count();
    let mut bullet_lines = bullets::Lines::new(lines.len());
    let mut i = 0;
    while i < lines.len() {
        // A table of units, one column per indicator (`transposed`), or of years, one row
        // per year (`year_rows`).
        if let Some((ps, r)) =
            transposed::read(&lines, i, plan).or_else(|| year_rows::read(&lines, i, plan))
        {
            table_line[r.clone()].iter_mut().for_each(|t| *t = true);
            proposals.extend(ps);
            rows_of.resize(proposals.len(), r.start);
            let end = notes_end(&lines, r.end);
            table_line[r.end..end].iter_mut().for_each(|t| *t = true);
            i = end;
            continue;
        }
        // Indicators written as a bulleted list (`◆ 名称：2027年…，2030年…`): one row each.
        if let Some((ps, r, loose)) = bullets::read(&mut bullet_lines, &lines, i, plan) {
            table_line[r.clone()].iter_mut().for_each(|t| *t = true);
            loose.into_iter().for_each(|k| table_line[k] = false);
            proposals.extend(ps);
            rows_of.resize(proposals.len(), r.start);
            i = r.end;
            continue;
        }
        let Some((mut h, head)) = header_at(&lines, i) else {
            i += 1;
            continue;
        };
        plan_end_is_a_goal(&mut h, plan, vision);
        plan_start_is_a_goal(&mut h, plan.or(span));
        // (The goal column's own unit, `2027年计划投资（亿元）`, first: `sheet_unit::of_title`.)
        h.sheet_unit = h
            .sheet_unit
            .take()
            .or_else(|| sheet_unit::above(&lines, head.start));
        // A table titled a report of results (`表1  …“十四五”时期主要指标完成情况`): its rows
        // are read as a table's (no prose reads them) but none is a goal (round 24 B).
        // (A progress table so titled keeps its goal column, `全年目标  1—9月完成`: read.)
        let results = title_above(&lines, head.start).is_some_and(results_title)
            && !lines[head.clone()].iter().any(|l| {
                ["目标", "计划", "预期", "任务"]
                    .iter()
                    .any(|w| l.contains(w))
            });
        let first_of_table = proposals.len();
        // The header's cells at their screen columns, for rows laid out with spaces.
        let mut grid = space_wrap::grid(&h, &lines, head.clone());
        // (The same for a row that leaves blank cells out, `ragged`.)
        let mut ragged_grid = ragged::grid(&h, &lines, head.clone());
        // Lines read as part of the table but not rows (headers, page furniture, blank
        // lines, categories): marked once a row follows them.
        let mut pending: Vec<usize> = head.clone().collect();
        let mut blocks = split_block::Blocks::default();
        let mut rows = 0;
        // (A sum row met above in this table: a 合计 under it is one more sum, `subtotal`.)
        let mut sums_above = false;
        // (The sum of the project rows' figures in the year-total column, and their count.)
        let mut year_sum = (0.0, 0);
        // The year of the last row with one under a 考核年度 column (`due_spans`).
        let mut held_due = None;
        // The last header met again (its first line): where a table that read no row is
        // tried next, not the line after this one's header (a run of headers and no row,
        // `指标  单位  2030年目标` over and over, was read again from each of its lines:
        // quadratic; review of rounds 21–22).
        let mut last_again = i + 1;
        // The line after the header met again after a page break: a lone piece there is
        // the rest of the last row's name, wrapped across the break.
        let mut again_end = usize::MAX;
        let mut j = head.end;
        while j < lines.len() {
            let line = lines[j];
            // A news item's byline after its table ends it.
            if ocr::is_byline(line) {
                break;
            }
            // Page furniture inside a table: blank lines, page numbers, running page
            // headers, 续表: skipped; the table goes on after them.
            if line
                .trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
                .is_empty()
                || (ocr::is_page_number(line) && vertical::merged(&lines, j).is_none())
                || ocr::is_continued(line)
                || (repeats.is_running(line) && !name_head_between_rows(&lines, j, filled))
                || running_title(line)
            {
                pending.push(j);
                j += 1;
                if pending.len() > 12 {
                    break;
                }
                continue;
            }
            // A section heading (`第二节　做强先进制造业集群`, `专栏5-2　…重大工程`) ends the
            // table, though a full-width space splits it into two cells.
            if section_heading(line) || closing_label(line) {
                break;
            }
            // The header again after a page break (or the next table's).
            let only_words = |l: &str| {
                cells(l)
                    .iter()
                    .all(|c| year_cell(c).is_some() || (figure(c).is_none() && !ocr::is_dash(c)))
            };
            if let Some((mut h2, r, _)) =
                header_read(&lines, j).filter(|(_, _, vertical)| only_words(line) || *vertical)
            {
                last_again = r.start.max(i + 1);
                // (A later block of a wide table split in two: `split_block`.)
                blocks.header_again(&h, &mut h2);
                h2.sheet_unit = h.sheet_unit.take();
                h = h2;
                plan_end_is_a_goal(&mut h, plan, vision);
                plan_start_is_a_goal(&mut h, plan.or(span));
                grid = space_wrap::grid(&h, &lines, r.clone());
                ragged_grid = ragged::grid(&h, &lines, r.clone());
                pending.extend(r.clone());
                j = r.end;
                again_end = r.end;
                continue;
            }
            let mut row = line.to_string();
            let mut used = 1;
            // A decorated page number (`— 5 —`) after a row is the page's foot, never a piece
            // of the row: the lines the row may take in stop before it (`page_mark`).
            let near = &lines[..page_stop(&lines, j)];
            // A project's row centred on its wrapped name: the name's head on the line above
            // its 序号 (`space_wrap::headed_row`).
            if let Some((r, n)) = space_wrap::headed_row(&h, grid.as_deref(), near, j) {
                row = r;
                used = n;
            }
            if used == 1 && filled(&row) < 2 {
                // A lone cell inside a table: a category (经济发展) standing on its own line,
                // the head of an indicator name wrapped over two lines (`数字经济核心产业
                // 增加值占GDP比⏎重（%）  7.8  10`), or a whole name whose figures are on the
                // next line. Anything else (注：…, a heading, prose) ends the table.
                let next = near.get(j + 1).copied().unwrap_or("");
                match lone_cell(&row) {
                    Some(LoneCell::Category) if filled(next) >= 2 => {
                        pending.push(j);
                        j += 1;
                        continue;
                    }
                    // (The next line is a header only if it holds words alone, as a header
                    // met again is: `累计下降  %  〔3〕  〔6.5〕` is the name's tail and figures.)
                    Some(LoneCell::NameHead)
                        if filled(next) >= 2
                            && (header_at(near, j + 1).is_none() || !only_words(next)) =>
                    {
                        // (A PDF copy's head above the line with the row's 序号, its tail
                        // below: `centred`.)
                        let below = |k: usize| near.get(j + k).copied();
                        if let Some((r, n)) = centred::row(&row, next, below(2), below(3)) {
                            row = r;
                            used = 1 + n;
                        } else if rows > 0
                            && row.starts_with([' ', '\u{3000}'])
                            && category_wrap::opens_row(next)
                        {
                            // An indented piece over a row that opens with its own 序号
                            // (`民生  8  居民…`): the last row's name's rest, no head of the
                            // next one (glued, it made that row's quote open with it).
                            pending.push(j);
                            j += 1;
                            continue;
                        } else {
                            row = format!("{}{}", row.trim(), next.trim_start());
                            used = 2;
                        }
                    }
                    Some(LoneCell::Name) if values_only(next) => {
                        row = format!("{}{}{}", row.trim(), sep(next), next.trim_start());
                        used = 2;
                    }
                    // (The rest of the last row's name, wrapped across the page break onto
                    // the line under the header repeated: `收集率`; round 23 B.)
                    Some(_) if j == again_end && rows > 0 && filled(next) < 2 => {
                        pending.push(j);
                        j += 1;
                        continue;
                    }
                    // (One character of a merged 类别 cell set as vertical text, on a line of
                    // its own between rows: `绿` over `色  7  单位…`; round 23 B.)
                    None if rows > 0 && filled(next) >= 2 && vertical::category_char(&row) => {
                        pending.push(j);
                        j += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            // A task table's row whose cells wrap under their columns (a PDF copy at runs of
            // spaces, `space_wrap`): the row's lines made one row.
            if used == 1 {
                if let Some((r, n)) = space_wrap::row(&h, grid.as_deref(), near, j) {
                    row = r;
                    used = n;
                }
            }
            // A name wrapped beside its 类别 cell (`绿色  …二氧化⏎发展  碳排放降低  %  …`):
            // the two lines one row (`category_wrap`).
            if used == 1 {
                if let Some(r) = near
                    .get(j + 1)
                    .and_then(|l| category_wrap::joined(&row, l, h.unit.is_some()))
                {
                    row = r;
                    used = 2;
                }
            }
            // A row cut short: a number broken over two lines (inside 〔…〕, `11.⏎76`,
            // `60⏎00`), or the row's last cells on the next line.
            while let Some(next) = near.get(j + used) {
                let next = next.trim_start();
                if used < 3 && row.matches('〔').count() > row.matches('〕').count() {
                    row.push_str(next);
                    used += 1;
                    continue;
                }
                // Cells after the name, in the row and in the header (a row may lack the
                // header's 类别 / 序号 cells before its name).
                let row_cells = cells(&row);
                // (A unit cell standing apart under a 单位 column is one of them: `cut`.)
                let have = after_name(&row_cells, h.unit.is_some())
                    + usize::from(h.unit.is_some() && cut::separate_unit(&row_cells));
                let want = h.cols.saturating_sub(h.name.unwrap_or(0) + 1);
                if have >= want || !values_only(next) {
                    break;
                }
                let more = filled(next);
                // A number cut in two: the row ends in a dot (`11.`), or joining the two
                // halves as one number is what gives the row exactly its columns (`60⏎00`)
                // and lies nearer the row's base figure than the first half (`≤2⏎6` by 29).
                let cut = row.ends_with(is_digitish)
                    && next.starts_with(is_digitish)
                    && (row.ends_with(['.', '．'])
                        || (have + more == want + 1 && cut::plausible(&row, next)));
                if cut {
                    row.push_str(next);
                } else if have + more <= want {
                    row.push_str(sep(&row));
                    row.push_str(next);
                } else {
                    break;
                }
                used += 1;
            }
            // The rest of a name cut at the end of a row with no figures: glued to it.
            if used == 1
                && near.get(j + 1).is_some_and(|next| {
                    name_continues(after_name(&cells(&row), h.unit.is_some()), &row, next)
                })
            {
                row = format!("{}{}", row.trim_end(), near[j + 1].trim_start());
                used += 1;
            }
            // The rest of a goal in words wrapped under its column (`＞地区生产⏎总值增长`, the
            // line indented past the row's name): joined to that cell.
            if let Some((cell, tail)) = near.get(j + used).and_then(|l| words_cell_tail(&row, l)) {
                if let Some(at) = row.rfind(cell.as_str()) {
                    // (A second unit wrapped under the first in an owners' cell, `普惠金融部⏎
                    // 乡村振兴部`: two owners, not one name; round 30 F1.)
                    let tail = if second_unit(&h, &cell, &tail) {
                        format!("、{tail}")
                    } else {
                        tail
                    };
                    row.insert_str(at + cell.len(), &tail);
                    used += 1;
                }
            }
            // The tail of a wrapped name on the line after the row (`…占GDP  7.8  10⏎比重（%）`).
            if let Some(tail) = near
                .get(j + used)
                .and_then(|l| name_tail(&row, l, h.unit.is_some()))
            {
                row = insert_after_name(&row, tail);
                used += 1;
            }
            // Pieces of the row on the next line, each under its cell (`（％）  …  中有降`,
            // `９２．⏎５`).
            if used == 1 {
                if let Some(r) = near.get(j + 1).and_then(|l| columns::continued(&row, l)) {
                    row = r;
                    used = 2;
                }
            }
            // Cells wrapped onto the next line in their columns (a PDF copy, `tab_wrap`).
            wrapped_lines(near, j, &mut row, &mut used, |row, l| {
                tab_wrap::continued(&h, row, l)
            });
            // A cell broken over two lines by a Word copy (a merged cell): joined.
            if used == 1 {
                while used <= MAX_WRAPPED_LINES {
                    let before = used;
                    wrapped_lines(near, j, &mut row, &mut used, |row, l| {
                        work_cell::merged(&h, row, l)
                    });
                    // A cell wrapped over three lines: its middle line, with no tab, between.
                    if let Some(r) = near
                        .get(j + used)
                        .zip(near.get(j + used + 1))
                        .and_then(|(m, n)| work_cell::merged_across(&h, &row, m, n))
                    {
                        row = r;
                        used += 2;
                    }
                    if used == before {
                        break;
                    }
                }
            }
            // The category's rest and the name's tail on the line below (`生活  比例`).
            if let Some(r) = near
                .get(j + used)
                .and_then(|l| category_wrap::tail_below(&row, l))
            {
                row = r;
                used += 1;
            }
            // A 牵头单位 in the last column cut at the row's end (`市市场监管⏎局`).
            if h.owner.is_some_and(|o| o + 1 == h.cols) {
                if let Some(t) = near
                    .get(j + used)
                    .and_then(|l| centred::owner_tail(&row, l))
                {
                    row.push_str(t);
                    used += 1;
                }
            }
            let (mut cs, mut loose) = split(&row);
            // (A scope cell read as the goal, its figure apart at single spaces, `新建健身步道 35
            // 公里`: one cell, when cutting at runs of spaces alone gives the header's columns.
            // Twenty-third set, fixed after the run.)
            // (So is a task cell read as the goal, `全市新增自助终端 150 台`.)
            let goal_col = h.goal.map(|(g, _)| g);
            let words_goal = h.goal_is_words();
            if words_goal && goal_col.is_some() && cs.len() > h.cols {
                let strict = strict_cells(&row);
                if strict.len() == h.cols {
                    cs = strict;
                    loose = false;
                }
            }
            if cs.iter().filter(|c| !c.is_empty()).count() < 2 {
                break;
            }
            // A row laid out with spaces that leaves blank cells out: its figures under the
            // header's columns they stand under (`ragged`).
            // (Its figures' line: the last of its lines with a figure, not a name's tail
            // wrapped under it, `一审判决案件改判发回重审率  1.62  控制在1.5以内⏎（%）`, in a
            // table whose 备注 the row leaves blank: twenty-third set, fixed after the run.)
            let figures_line = near[j..j + used]
                .iter()
                .rev()
                .find(|l| l.chars().any(is_digit))
                .unwrap_or(&near[j + used - 1]);
            if let Some(placed) = ragged_grid
                .as_deref()
                .filter(|_| !loose)
                .and_then(|g| ragged::placed(&h, g, figures_line, &cs))
            {
                cs = placed;
            }
            // Blank cells at a tab row's end (`…<TAB>2026年10月<TAB>` under a 备注 column):
            // kept, so that the row's cells stay under their columns, not read from the right.
            // So are those a task-division row leaves off (`1<TAB>农村供水保障<TAB>改造…120公里
            // <TAB>县水利局`, its 完成时限 and 备注 blank): with its 序号 and its name next to
            // it, no cell is missing before the name.
            let serial = |c: &str| {
                !c.is_empty() && c.chars().count() <= 3 && c.chars().all(|d| d.is_ascii_digit())
            };
            let from_left = tab_cells(&row) == h.cols
                || (h.due.is_some() && h.name == Some(1) && cs.first().is_some_and(|c| serial(c)));
            if !loose && cs.len() < h.cols && row.contains('\t') && from_left {
                cs.resize(h.cols, String::new());
            }
            // A row told apart at single spaces is a row only if its name reads as one (no
            // sentence punctuation) and it holds a figure or a no-figure mark.
            if loose
                && (cs.iter().any(|c| has_punct(c) && !ocr::is_value(c))
                    || !cs.iter().skip(1).any(|c| ocr::is_value(c)))
            {
                break;
            }
            // A row with no 属性 word where the header ends with 属性: its figures stay in
            // their columns (the row is aligned from the right).
            if h.class == Some(h.cols - 1)
                && cs.len() < h.cols
                && !cs.last().is_some_and(|c| ocr::is_class(c))
            {
                cs.push(String::new());
            }
            // A separate 单位 column next to a name that took it in (`地区生产总值 亿元 …`):
            // the row is one cell short after its name.
            let want = h.cols.saturating_sub(h.name.unwrap_or(0) + 1);
            // (Counted from that name, not from a 类别 cell before it: `民生  4  …年限 年  10.2`.)
            let spaced = cs.iter().position(|c| is_name(c) && c.contains(' '));
            let short_after =
                |k: usize| cs.len() - k == want && cs.get(k + 1).is_some_and(|c| ocr::is_value(c));
            if h.unit.is_some()
                && (after_name(&cs, false) + 1 == want || spaced.is_some_and(short_after))
            {
                if let Some(k) = spaced {
                    let c = cs[k].clone();
                    let at = c.rfind(' ').unwrap_or(0);
                    cs[k] = c[..at].to_string();
                    cs.insert(k + 1, c[at + 1..].to_string());
                }
            }
            // A 牵头单位 cell parted from the 责任单位 one after it by a single space
            // (`县茶产业发展中心 各相关乡镇`): the row is one cell short, the lead's cell
            // (counted from the left) holds a unit's name, a space, and the next cell.
            if let (Some(o), Some(p), false) = (h.owner, h.partners, loose) {
                lead_parted(&mut cs, o, p, h.cols);
            }
            blocks.row(&h, &mut cs);
            table_line[j..j + used].iter_mut().for_each(|t| *t = true);
            for k in pending.drain(..) {
                table_line[k] = true;
            }
            rows += 1;
            let sum = subtotal::sum_row(&h, &cs);
            let year_total = subtotal::year_total(&h, sum, sums_above);
            sums_above |= sum.is_some();
            // The total of a year's planned investment (`合计` under `2027年计划投资`), with
            // or without a scope column; short of the header's cells (`合计  18  5  5.5` under
            // six titles) it is read by the sum of the rows above, not from the right, else
            // not at all (review 27).
            let total = subtotal::year_column_total(&h, &cs);
            let mut unplaced = false;
            if total && cs.len() != h.cols {
                match subtotal::placed_total(&h, &cs, year_sum) {
                    Some(placed) => cs = placed,
                    None => unplaced = true,
                }
            }
            if sum.is_none() && !total {
                subtotal::add_row(&h, &cs, &mut year_sum);
            }
            if !h.results && !unplaced && (sum.is_none() || year_total) {
                let period = match (h.base.and_then(|b| b.1), h.goal.and_then(|g| g.1)) {
                    (None, Some(g)) => plan.or(span.filter(|&(_, end)| end == g)),
                    _ => plan,
                };
                let first = proposals.len();
                let mut ps = row_proposals(&h, &cs, &row, period);
                // A 年度目标 cell in words with figures: each figure read as prose.
                if let [p] = ps.as_mut_slice() {
                    let read = work_cell::proposals(&h, &cs, &row, &p.owners);
                    if !read.is_empty() {
                        ps = read;
                    } else if h.scope.is_some() {
                        work_cell::quote_from_goal(&h, &cs, &row, p);
                    }
                } else if ps.is_empty() {
                    // A goal cell the table reading cannot take (`5个`, `12家` with no unit
                    // column): read with its row's task as prose, if it has a figure.
                    ps = work_cell::proposals(&h, &cs, &row, &row_owners(&h, &cs));
                }
                ps.iter_mut().for_each(|p| remark::trim_quote(&h, &cs, p));
                if total {
                    ps.iter_mut()
                        .for_each(|p| subtotal::name_total(&h, &cs, &row, p));
                }
                let done_row =
                    due::is_done(h.due.and_then(|c| cell_at(&h, &cs, c))) || due::is_done_row(&cs);
                if done_row {
                    ps.clear();
                }
                proposals.extend(ps);
                let own = due::row_due(&h, h.due.and_then(|c| cell_at(&h, &cs, c)));
                if h.due_spans && own.is_some() {
                    held_due = own;
                }
                if let Some(p) = own.or(held_due.filter(|_| h.due_spans)) {
                    due.extend((first..proposals.len()).map(|k| (k, p)));
                } else if h.due.is_some() {
                    due.extend((first..proposals.len()).map(|k| (k, due::UNDATED)));
                } else if let Some(p) = h
                    .goal
                    .and_then(|(g, _)| cell_at(&h, &cs, g))
                    .and_then(|c| work_cell::lead_due(c).or_else(|| work_cell::date_goal(c)))
                {
                    // (A goal cell opening with its own deadline, `9月底前建成投运`: that
                    // deadline, in the text's year, round 19; an annual column's rows start
                    // in that year too, not in the window it was read in.)
                    for (k, q) in proposals.iter_mut().enumerate().skip(first) {
                        if h.goal_annual {
                            q.start = None;
                        }
                        due.push((k, p));
                    }
                } else if let Some(p) = remark::due(&h, &cs) {
                    // (A remarks column dating the rows of a table with no 完成时限 column.)
                    due.extend((first..proposals.len()).map(|k| (k, p)));
                } else if let Some(p) = periods::goal_part(&h) {
                    due.extend((first..proposals.len()).map(|k| (k, p)));
                } else if h.goal_annual {
                    // (An annual goal column with no year anywhere: the text's year, for
                    // the rows that have no deadline yet: `due::apply` decides. Rows given
                    // the plan period's end year move to the text's year, round 19.)
                    let part = if h.goal.and_then(|g| g.1).is_none() && period.is_some() {
                        due::ANNUAL_PLAN
                    } else {
                        due::ANNUAL
                    };
                    due.extend((first..proposals.len()).map(|k| (k, part)));
                }
                // A project's 计划投资 cell beside its works-progress goal: the year's
                // investment, due at the year's end whatever the goal cell's own date.
                if let Some(mut p) =
                    year_investment(&h, &cs, &row, period, year_total).filter(|_| !done_row)
                {
                    p.owners = row_owners(&h, &cs);
                    if total {
                        subtotal::name_total(&h, &cs, &row, &mut p);
                    }
                    proposals.push(p);
                }
                for (p, part) in periods::row(&h, &cs, &row, period) {
                    due.push((proposals.len(), part));
                    period_rows.push(proposals.len());
                    proposals.push(p);
                }
                rows_of.resize(proposals.len(), j);
            }
            j += used;
        }
        // The notes under the table: its sources and past figures, never goals.
        if rows > 0 {
            let end = notes_end(&lines, j);
            // (A note naming the mark of its binding goals, `带“≥”“≤”的指标为约束性`.)
            let marks = marked_class::marks(&lines[j..end]);
            // (A note naming the rows that hold a year-end total, `A级旅游景区为年末累计总数`.)
            let levels = note_level::names(&lines[j..end]);
            if let Some(ps) = proposals.get_mut(first_of_table..) {
                marked_class::apply(ps, &marks);
                note_level::apply(ps, &levels);
            }
            table_line[j..end].iter_mut().for_each(|t| *t = true);
            j = end;
        }
        if results {
            proposals.truncate(first_of_table);
            rows_of.truncate(first_of_table);
            due.retain(|&(k, _)| k < first_of_table);
            period_rows.retain(|&k| k < first_of_table);
        }
        i = if rows > 0 { j.max(i + 1) } else { last_again };
    }
    // A project table with a scope column that no reader could read: its lines are still
    // a table's, never prose (`scope_block`).
    scope_block::mark(&lines, &mut table_line);
    // A bordered table's rules are table lines too, when the block was read as a table
    // (and so are the blanked lines of a cell-per-line table).
    for b in unboxed.blocks.into_iter().chain(unstacked.blocks) {
        if table_line[b.clone()].contains(&true) {
            table_line[b].iter_mut().for_each(|t| *t = true);
        }
    }
    Tables {
        table_line,
        proposals,
        due,
        rows: rows_of,
        period_rows,
    }
}

/// Is `line` the title of a table of results (`表1　青川市“十四五”时期主要指标完成情况`,
/// `附表  2026年主要指标执行情况`): a short line naming a table (表) and ending with 完成情况 /
/// 执行情况 / 实施情况, as a report's results heading does (`clauses::state_heading`)? Its
/// rows are dropped only when its header names no goal column (目标, 计划, 预期, 任务): a
/// progress table (`全年目标  1—9月完成`, t36, t68, heldout11b, heldout12b) keeps its goals.
fn results_title(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || "。：:".contains(c));
    t.chars().count() <= 40
        && table_label(t)
        && ["完成情况", "执行情况", "实施情况"]
            .iter()
            .any(|w| t.ends_with(w))
}

/// Does a title carry a table's label: opening with 表 / 附表 / 续表, or holding 表 and its
/// number (`表1`, `表一`)? 代表, 发表, 表彰 name no table (review 21, finding 7).
fn table_label(t: &str) -> bool {
    ["表", "附表", "续表"].iter().any(|w| t.starts_with(w))
        || t.match_indices('表').any(|(i, _)| {
            t[i + '表'.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        })
}

/// Does a line open a minutes' or a document's closing lines (`出席：杜文斌  程立华 …`,
/// `列席：县政府办公室  县发展改革局 …`, `抄送：…`)? Its names stand apart like cells, but the
/// table above is over: never a row (round 31 C, heldout19a o3: two rows drafted from them).
/// The colon full-width or ASCII (`出席: …`), the label's two characters spread by spaces as
/// official documents set them (`抄  送：`, review 26).
fn closing_label(line: &str) -> bool {
    const LABELS: &[[char; 2]] = &[
        ['出', '席'],
        ['列', '席'],
        ['请', '假'],
        ['缺', '席'],
        ['记', '录'],
        ['主', '持'],
        ['抄', '送'],
        ['主', '送'],
        ['印', '发'],
    ];
    let space = |c: &char| c.is_whitespace() || *c == '\u{3000}';
    // The label's characters and its colon, spaces dropped, from at most eight characters.
    let mut head = line.trim_start().chars().take(8).filter(|c| !space(c));
    let label = [head.next(), head.next()];
    let colon = head.next().is_some_and(|c| c == '：' || c == ':');
    colon && LABELS.iter().any(|w| label == [Some(w[0]), Some(w[1])])
}

/// Does a line start like a note under a table (`注：…`, `注1`, but also `说明`, `资料来源`,
/// `数据来源` with anything after them)? The loose test: used where a line is being weighed as
/// a table's row or the tail of a row's name (a stacked column, a scope block, a unit-less row),
/// where a short note with no colon must not be taken as a cell; not 备注, which is a column
/// title there ([`note_line`] is the strict test).
fn starts_note_loosely(t: &str) -> bool {
    ["注", "说明", "资料来源", "数据来源"]
        .iter()
        .any(|w| t.starts_with(w))
}

/// Is a line a table's note line (`注：…`, `说明：`, `备注：`, `资料来源：`), its word followed by a
/// colon, a bracket, a number? The strict test, for a line that ends what stands above it:
/// the notes after a table ([`notes_end`]) and a note line under a wrapped task row, no tail of
/// its cells (`space_wrap`; round 31 A). There a word alone (`说明`, `注重…`) may open a
/// row's wrapped text, so the word must be marked as a note's ([`starts_note_loosely`] is
/// the loose test).
pub(super) fn note_line(l: &str) -> bool {
    let t = l.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    ["说明", "备注", "资料来源", "数据来源", "注"]
        .iter()
        .any(|w| {
            t.strip_prefix(w).is_some_and(|r| {
                r.starts_with(|c: char| "：:（(①②③④⑤⑥⑦⑧⑨ ".contains(c) || fold(c).is_ascii_digit())
            })
        })
}

/// The end of the notes under a table starting at line `j` (`注：1. 2025年数据为预计数。…
/// 4. “十四五”时期，…年均增长6.4%`, `说明：…`, `资料来源：…`): the note's line and the
/// numbered lines after it (`2.…`, `②…`), at most eight. They say where the figures come
/// from and what they were: no goal is stated there.
fn notes_end(lines: &[&str], j: usize) -> usize {
    let numbered = |l: &str| {
        let t: Vec<char> = l.trim_start().chars().take(3).map(fold).collect();
        t.first().is_some_and(|c| "①②③④⑤⑥⑦⑧⑨".contains(*c))
            || (t.first().is_some_and(|c| c.is_ascii_digit())
                && t.get(1).is_some_and(|c| ".、".contains(*c)))
    };
    if !lines.get(j).is_some_and(|l| note_line(l)) {
        return j;
    }
    let mut end = j + 1;
    while end < lines.len() && end <= j + 8 && numbered(lines[end]) {
        end += 1;
    }
    end
}

/// A page's running header printed once inside a table (`青川县“十四五”规划纲要` at the top
/// of the page after a page break, not the same words as the title; `某省人民政府公报
/// 2021年第17期` with its issue): a first cell of at least six characters, no sentence
/// punctuation and no figure, ending with the name of a kind of document (纲要, 规划, 公报 …),
/// and at most two more cells, each an issue or page mark. Skipped like the page number
/// before it.
fn running_title(line: &str) -> bool {
    // (A page number printed after it at a run of spaces, `…发展规划        — 9 —`: dropped
    // first, its dashes and digits would read as cells of their own.)
    let t = line.trim_end();
    let line = match t.rfind("  ") {
        Some(at) if page_mark(&t[at..]) => &t[..at],
        _ => line,
    };
    let cs = cells(line);
    let Some((t, marks)) = cs.split_first() else {
        return false;
    };
    let n = t.chars().count();
    (6..=40).contains(&n)
        && !t.contains([' ', '\u{3000}', '\t'])
        && !has_punct(t)
        && !t.contains(['、', '（', '('])
        && !t.chars().any(is_digit)
        && DOCUMENT_KINDS.iter().any(|w| t.ends_with(w))
        && marks.len() <= 2
        && marks
            .iter()
            .all(|c| c.ends_with('期') || c.ends_with('页') || ocr::is_page_number(c))
}

/// Names of kinds of document a running header ends with.
const DOCUMENT_KINDS: &[&str] = &[
    "纲要", "规划", "方案", "计划", "意见", "要点", "公报", "报告", "通知", "文件",
];

/// A heading of the text around a table: `第X章` / `第X节` / `第X部分`, `专栏…`, or the
/// next table's title (`表2  民生福祉主要指标`, `附表3 …`: two tables one after the other,
/// as `side_by_side` writes a PDF's pair; the title was read as a row with a goal in words).
fn section_heading(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let head: String = t.chars().take(8).collect();
    let numbered = |r: &str| {
        r.chars()
            .next()
            .is_some_and(|c| is_digit(c) || "一二三四五六七八九十".contains(c))
    };
    t.starts_with("专栏")
        || t.strip_prefix('附')
            .unwrap_or(t)
            .strip_prefix('表')
            .is_some_and(numbered)
        || (t.starts_with('第')
            && ["章", "节", "篇", "部分"].iter().any(|w| head.contains(w))
            && head
                .chars()
                .nth(1)
                .is_some_and(|c| "一二三四五六七八九十百0123456789".contains(c)))
}

/// The separator to join the next piece of a row with: its own kind of gap.
fn sep(row: &str) -> &'static str {
    if row.contains('\t') {
        "\t"
    } else if row.contains("  ") || row.contains('\u{3000}') {
        "  "
    } else {
        " "
    }
}

/// How many cells follow the name in a row's cells (the name: the last cell before the
/// first figure); `unit_col`: a 单位 column the name may have taken in (`里程 公里`).
fn after_name(cs: &[String], unit_col: bool) -> usize {
    let name = cs.iter().position(|c| is_name(c)).unwrap_or(0);
    let first = cs
        .iter()
        .skip(name)
        .position(|c| ocr::is_value(c) || ocr::is_class(c))
        .map_or(cs.len(), |k| k + name);
    let merged_unit = unit_col && first > 0 && cs[first - 1].contains(' ');
    cs.len() - first + usize::from(merged_unit)
}

/// A line that holds only figures, no-figure marks and 属性 words: the rest of a row.
fn values_only(line: &str) -> bool {
    let cs: Vec<String> = cells(line).into_iter().filter(|c| !c.is_empty()).collect();
    !cs.is_empty()
        && cs.iter().all(|c| {
            (ocr::is_value(c) && !(year_cell(c).is_some() && c.contains('年'))) || ocr::is_class(c)
        })
}

/// A cell with Chinese text that is not a 属性 word: an indicator's name.
fn is_name(c: &str) -> bool {
    c.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)) && !ocr::is_class(c)
}

/// The window of a table's rows: the year after the base year to the end of the goal year,
/// else the plan period.
fn table_window(h: &Header, plan: Option<(i32, i32)>) -> (Option<Date>, Option<Date>) {
    if let Some(w) = h
        .goal_annual
        .then(|| annual::window(h.goal.and_then(|g| g.1), plan))
        .flatten()
    {
        return w;
    }
    match (h.goal.and_then(|g| g.1), h.base.and_then(|b| b.1), plan) {
        (Some(g), Some(b), _) if b < g => (Date::new(b + 1, 1, 1), Date::new(g, 12, 31)),
        (Some(g), _, Some((a, e))) if (a..=e).contains(&g) => {
            (Date::new(a, 1, 1), Date::new(g, 12, 31))
        }
        (_, _, Some((a, e))) => (Date::new(a, 1, 1), Date::new(e, 12, 31)),
        // Only the goal year: the five-year period it ends (2025 → 2021–2025), else that
        // year alone; a review note says so (`only_goal_year`).
        (Some(g), _, None) => (Date::new(assumed_start(g), 1, 1), Date::new(g, 12, 31)),
        _ => (None, None),
    }
}

/// The start assumed for a window of which only the end year is known: the first year of
/// the five-year plan period that year ends (plans run 2021–2025, 2026–2030 …), else the
/// year itself.
pub(crate) fn assumed_start(end: i32) -> i32 {
    if end.rem_euclid(5) == 0 { end - 4 } else { end }
}

fn only_goal_year(h: &Header, plan: Option<(i32, i32)>) -> Option<String> {
    // An annual goal column's window is its one year: nothing assumed.
    if h.goal_annual {
        return None;
    }
    match (h.goal.and_then(|g| g.1), h.base.and_then(|b| b.1), plan) {
        (Some(g), Some(b), _) if b < g => None,
        (_, _, Some(_)) => None,
        (Some(g), _, None) => Some(format!(
            "start assumed: {}-01-01 (the table gives only the goal year {g}); check",
            assumed_start(g)
        )),
        _ => None,
    }
}

fn is_digitish(c: char) -> bool {
    is_digit(c) || matches!(c, '.' | '．')
}

/// Line `j` is the head of an indicator name wrapped over two lines between two rows of a
/// table (`营运车辆单位运输周转量二氧化碳` between `新能源公交车占比  %  86  90` and
/// `排放较2025年下降  %  —  2  4`): no running page header, though a wide table split into two
/// blocks prints it twice. The line before is a row, the line after holds cells opening with
/// words (the name's tail), and the line itself reads as a name's head (`lone_cell`).
fn name_head_between_rows(lines: &[&str], j: usize, filled: impl Fn(&str) -> usize) -> bool {
    let (Some(prev), Some(next)) = (j.checked_sub(1).map(|k| lines[k]), lines.get(j + 1)) else {
        return false;
    };
    let opens_words = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    matches!(lone_cell(lines[j]), Some(LoneCell::NameHead))
        && filled(prev) >= 2
        && filled(next) >= 2
        && opens_words
}

enum LoneCell {
    Category,
    NameHead,
    /// A whole name with its unit (`研发经费投入强度（%）`): its figures may be on the next line.
    Name,
}

/// What a line with one cell is inside a table: a category of rows (short, no unit) or the
/// head of a wrapped indicator name (no closing unit yet). A note (注：…), a sentence or a
/// figure is neither.
fn lone_cell(line: &str) -> Option<LoneCell> {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // A row number (`6．`) before a wrapped name.
    let t = match t.find(['．', '.', '、']) {
        Some(p) if p > 0 && t[..p].chars().all(is_digitish) => {
            t[p..].trim_start_matches(['．', '.', '、'])
        }
        _ => t,
    };
    let n = t.chars().count();
    let prose = t.chars().any(|c| "，。；：,;:".contains(c));
    let note = starts_note_loosely(t);
    let cjk = t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // A heading (三、…, （一）…, 第二章 …) ends a table.
    let numeral = |s: &str| !s.is_empty() && s.chars().all(|c| "一二三四五六七八九十".contains(c));
    let heading = t.split_once('、').is_some_and(|(a, _)| numeral(a))
        || t.strip_prefix(['（', '('])
            .and_then(|r| r.split_once(['）', ')']))
            .is_some_and(|(a, _)| numeral(a))
        || t.strip_prefix('第').is_some_and(|r| {
            let k: String = r
                .chars()
                .skip_while(|c| "一二三四五六七八九十".contains(*c))
                .collect();
            k.len() < r.len() && ["章", "节", "篇", "部分"].iter().any(|w| k.starts_with(w))
        });
    if n < 2 || prose || note || !cjk || t.starts_with(|c: char| is_digitish(c)) {
        return None;
    }
    // A numbered heading inside a table is a category (`二、创新驱动`) when rows follow;
    // it is never part of a name.
    if heading {
        return (n <= 16).then_some(LoneCell::Category);
    }
    let has_unit = t.contains('（') || t.contains('(');
    if n <= 6 && !has_unit {
        Some(LoneCell::Category)
    } else if (!t.ends_with('）') && !t.ends_with(')')) || !closing_unit(t) {
        // (A parenthesis naming no unit, `每千人口拥有执业（助理）`, closes no name: its
        // head, the rest with the unit and figures on the next line; round 22 B.)
        Some(LoneCell::NameHead)
    } else {
        Some(LoneCell::Name)
    }
}

/// Does the parenthesis ending `t` read as a unit (`（%）`, `（万人次）`, `（微克/立方米）`,
/// `（PUE）`): a unit's character, a Latin letter or a figure in it? `（助理）`, `（含返乡创业）`
/// name no unit. (Broader than its name, review 20 finding 8: a single character of the list,
/// any ASCII letter or digit makes a unit, so `（试点）`, `（重点）`, `（年度）`, `（2025年）` read as
/// units too; left as it is, measured in round 23 only for speed.)
fn closing_unit(t: &str) -> bool {
    let Some(open) = t.rfind(['（', '(']) else {
        return true;
    };
    t[open..].chars().any(|c| {
        c.is_ascii_alphanumeric()
            || "%％‰元吨人个件家亩里米岁年户所次天台辆张床册座项艘瓦度分点克升方时株只头套间栋"
                .contains(c)
    })
}

/// The tail of an indicator name wrapped onto the next line (`比重（%）`): one short cell that
/// closes a unit parenthesis, after a row whose name has none; or, in a table with a 单位
/// column (the names carry no unit), one short cell with Chinese text standing alone at the
/// very column the row's name starts at (a PDF copy at runs of spaces: `2     数字经济核心产业
/// 增加值    %  …⏎      占地区生产总值比重`). A category or heading line starts left of it; a
/// piece opening with a figure (`9.中心城区…`) is the next row's head.
fn name_tail<'a>(row: &str, next: &'a str, unit_col: bool) -> Option<&'a str> {
    let t = next.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let cs = cells(t);
    let n = t.chars().count();
    let closes = (t.ends_with('）') && t.contains('（')) || (t.ends_with(')') && t.contains('('));
    let row_name = cells(row)
        .into_iter()
        .find(|c| c.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)))?;
    let row_has_unit = row_name.contains('（') || row_name.contains('(');
    let plain = |t: &str| !t.chars().any(|c| "，。；：,;:".contains(c));
    if unit_col && cs.len() == 1 && !row_has_unit && n <= 16 && plain(t) && !starts_note_loosely(t)
    {
        let indent = next
            .chars()
            .take_while(|c| c.is_whitespace() || *c == '\u{3000}')
            .count();
        let name_col = row
            .find(row_name.as_str())
            .map(|at| row[..at].chars().count());
        // (The same column on screen, a full-width 序号 `６` two columns wide: round 22 A.)
        let name_width = row
            .find(row_name.as_str())
            .map(|at| row[..at].chars().map(screen_width).sum::<usize>());
        let cjk = t.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch));
        // (A piece opening with a figure is the next row's, its 序号 glued to its name.)
        if indent > 0
            && (name_col == Some(indent) || name_width == Some(indent))
            && cjk
            && !t.starts_with(is_digitish)
            && figure(t).is_none()
        {
            return Some(t);
        }
    }
    // (The next category's heading, `二、产业转型升级（节选）`, closes a parenthesis too: no
    // tail; round 32 A.)
    (cs.len() == 1
        && n <= 20
        && closes
        && !row_has_unit
        && !t.chars().any(|c| "，。；：".contains(c))
        && !subtotal::category_opening(t))
    .then_some(t)
}

/// How many screen columns a character before a row's name takes: a full-width one (`６`,
/// `　`, a Chinese character) two, any other one.
fn screen_width(c: char) -> usize {
    if ('\u{ff01}'..='\u{ff60}').contains(&c)
        || c == '\u{3000}'
        || ('\u{4e00}'..='\u{9fff}').contains(&c)
    {
        2
    } else {
        1
    }
}

/// `row` with `tail` joined to the end of its name cell (the first cell with Chinese text).
fn insert_after_name(row: &str, tail: &str) -> String {
    let Some(name) = cells(row)
        .into_iter()
        .find(|c| c.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)))
    else {
        return row.to_string();
    };
    match row.find(name.as_str()) {
        Some(at) => {
            let end = at + name.len();
            format!("{}{}{}", &row[..end], tail, &row[end..])
        }
        None => row.to_string(),
    }
}

/// The cell of a row under the header's column `col`. Same count → by position; else from
/// the right (a row without its category cell).
fn cell_at<'a>(h: &Header, cs: &'a [String], col: usize) -> Option<&'a String> {
    if cs.len() == h.cols {
        cs.get(col)
    } else {
        let off = h.cols.checked_sub(col)?;
        cs.len().checked_sub(off).and_then(|k| cs.get(k))
    }
}

/// The most lines one row may take with its wrapped cells: no printed cell wraps more, and
/// the cap keeps a header of a thousand cells from making each continuation re-split a row
/// grown without end (quadratic time).
const MAX_WRAPPED_LINES: usize = 8;

/// The end of the lines a row starting at line `j` may take in: the first decorated page
/// number (`page_mark`) within the lines a row can wrap over, or the text's end.
fn page_stop(lines: &[&str], j: usize) -> usize {
    let far = lines.len().min(j + MAX_WRAPPED_LINES + 4);
    (j + 1..far)
        .find(|&k| page_mark(lines[k]))
        .unwrap_or(lines.len())
}

/// Can a cell be a 单位 column's unit (`家`, `亿元`): short, no value, no dash?
pub(super) fn unit_cell_text(u: &str) -> bool {
    !u.is_empty() && u.chars().count() <= 8 && !ocr::is_value(u) && !ocr::is_dash(u)
}

/// A decorated page number (`— 9 —`, `·5·`, `第5页`): a bare number, `6.0` or a range
/// `13—15` may be a cell, this never is.
pub(super) fn page_mark(l: &str) -> bool {
    let t = l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // (Only a short-circuit: `ocr::is_page_number` already says no past 16 characters.)
    if t.chars().nth(16).is_some() {
        return false;
    }
    ocr::is_page_number(l)
        && t.chars().any(|c| !is_digit(c) && !matches!(c, '.' | '．'))
        && figure(t).is_none()
}

/// The lines after a row's first `used` that `join` takes into it (`row` grown and `used`
/// counted), at most [`MAX_WRAPPED_LINES`] in all.
fn wrapped_lines(
    lines: &[&str],
    j: usize,
    row: &mut String,
    used: &mut usize,
    join: impl Fn(&str, &str) -> Option<String>,
) {
    while *used <= MAX_WRAPPED_LINES {
        let Some(r) = lines.get(j + *used).and_then(|l| join(row, l)) else {
            break;
        };
        *row = r;
        *used += 1;
    }
}

/// The units an owners' cell lists, split at 、 ， ； / outside brackets (`各县（市、区）政府`
/// is one unit).
fn owner_units(cell: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    for (at, c) in cell.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            '、' | '，' | ',' | '；' | ';' | '/' | '／' if depth == 0 => {
                out.push(&cell[from..at]);
                from = at + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&cell[from..]);
    out
}

/// Split a lead unit's cell that runs into its partners' cell with one space between them
/// (`县茶产业发展中心 各相关乡镇` under `牵头单位  责任单位`), when the row is one cell short
/// and the cell's first part ends as a unit's name does (`…中心`, `…局`).
fn lead_parted(cs: &mut Vec<String>, owner: usize, partners: usize, cols: usize) {
    if partners != owner + 1 || cs.len() + 1 != cols {
        return;
    }
    let Some(c) = cs.get(owner) else { return };
    let parts: Vec<&str> = c.split(' ').collect();
    let [lead, rest] = parts[..] else { return };
    if lead.chars().count() < 2
        || rest.chars().count() < 2
        || has_punct(c)
        || !lexicon::UNIT_NAME_ENDS.iter().any(|e| lead.ends_with(e))
    {
        return;
    }
    let (lead, rest) = (lead.to_string(), rest.to_string());
    cs[owner] = lead;
    cs.insert(owner + 1, rest);
}

/// A budget row of spending (`教育支出`, `支出合计`, a name a PDF wrapped after its 支,
/// `社会保障和就业支` / `出`), not revenue nor a balance (收支).
fn spending(name: &str) -> bool {
    name.contains("支出") || (name.ends_with('支') && !name.ends_with("收支"))
}

/// The units a row names as responsible: the lead unit first (牵头单位 / 责任单位), then the
/// 配合单位; a `（牵头）` mark dropped.
fn row_owners(h: &Header, cs: &[String]) -> Vec<String> {
    [h.owner, h.partners.filter(|&p| Some(p) != h.owner)]
        .into_iter()
        .flatten()
        .filter_map(|c| cell_at(h, cs, c))
        .flat_map(|c| owner_units(c))
        .map(|x| {
            let x = x.trim();
            ["（牵头）", "(牵头)", "（配合）", "(配合)"]
                .iter()
                .find_map(|m| x.strip_suffix(m))
                .unwrap_or(x)
                .trim()
                .to_string()
        })
        .filter(|x| x.chars().count() >= 2 && !ocr::is_dash(x))
        .fold(Vec::new(), |mut seen: Vec<String>, x| {
            // A unit named in both columns (`区城管局 | 区城管局、…`) is one owner: a spec
            // naming an owner twice does not validate.
            if !seen.contains(&x) {
                seen.push(x);
            }
            seen
        })
}

/// A project row's planned investment for the year (`2030年计划投资  30.0` beside a
/// `2030年形象进度目标` cell): the money the year is to put in, ytd at-least in the table's
/// unit (`单位：亿元`), named by the project and due at the table's year end.
fn year_investment(
    h: &Header,
    cs: &[String],
    row: &str,
    plan: Option<(i32, i32)>,
    year_total: bool,
) -> Option<Proposal> {
    let fig = figure(cell_at(h, cs, h.works_invest?)?)?;
    let name = h.name.and_then(|n| cell_at(h, cs, n))?.trim().to_string();
    let unit = fig.unit.clone().or_else(|| h.sheet_unit.clone())?;
    // (A total's row is read only as the year's total, `subtotal::year_total`.)
    if name.chars().count() < 2 || (total_cell(&name) && !year_total) || fig.value <= 0.0 {
        return None;
    }
    let mut p = Proposal::new(
        name,
        Measure::Ytd,
        fig.rule.unwrap_or(Rule::AtLeast),
        row.trim().to_string(),
    );
    p.unit = Some(unit);
    p.goal = Some(Goal::Value(fig.value));
    p.place(
        table_window(h, plan),
        vec![(
            Field::Target,
            "the year's planned investment beside the works-progress goal: a second target of the row".into(),
        )],
    );
    Some(p)
}

/// The proposals of a row: one per goal-year column that holds a goal (a table with 2025
/// and 2035 columns gives two targets of one indicator, each with its own deadline and an
/// id with its year), with the row's owners (责任单位). The 年均/累计 column belongs to the
/// first goal year (the plan's own period); a later goal year reads its own cell only.
fn row_proposals(h: &Header, cs: &[String], row: &str, plan: Option<(i32, i32)>) -> Vec<Proposal> {
    let owners = row_owners(h, cs);
    let mut out = Vec::new();
    let (Some((last, Some(last_year))), false) = (h.goal, h.more_goals.is_empty()) else {
        let own = additions::without_span(h);
        out.extend(row_proposal(own.as_ref().unwrap_or(h), cs, row, plan));
        out.extend(additions::span_goal(h, cs, row, plan));
        out.iter_mut().for_each(|p| p.owners = owners.clone());
        // An annual plan's one goal year right after its base year: that year's figure.
        if let (true, Some((_, Some(year)))) = (years::by_year(h), h.goal) {
            out.iter_mut().for_each(|p| years::as_year_flow(p, year));
        } else if h.goal_annual || h.goal_year_plan {
            out.iter_mut().for_each(annual::as_year_work);
        } else {
            out.iter_mut().for_each(additions::as_window_sum);
        }
        if h.goal_budget {
            out.iter_mut().for_each(annual::as_year_work);
            // A budget's spending row with no mark of its own (`≥`): a ceiling.
            let marked = h
                .goal
                .and_then(|(g, _)| cell_at(h, cs, g))
                .and_then(|c| figure(c))
                .is_some_and(|f| f.rule.is_some());
            if !marked {
                out.iter_mut()
                    .filter(|p| p.measure == Measure::Ytd && spending(&p.name_zh))
                    .for_each(|p| p.rule = Rule::AtMost);
            }
            // Its growth cell (`增长%  6.0`): a second target, bounded as the amount is.
            let rate = h
                .budget_rate
                .and_then(|r| cell_at(h, cs, r))
                .and_then(|c| figure(c));
            if let Some(fig) = rate.filter(|f| !f.cumulative) {
                let rates: Vec<Proposal> = out
                    .iter()
                    .filter(|p| p.measure == Measure::Ytd)
                    .map(|p| rate::budget_growth(p, &fig))
                    .collect();
                out.extend(rates);
            }
        }
        // A quantity's 年均增长 cell beside its goal-year level: a second target.
        let rates: Vec<Proposal> = out
            .iter()
            .filter_map(|p| window_rate::also(h, cs, p))
            .collect();
        out.extend(rates);
        // A flow's goal years away: the goal year's flow (`deadline_flow`).
        for p in out.iter_mut() {
            let name = p.name_zh.clone();
            deadline_flow::as_deadline_year_flow(p, &name, false);
        }
        return out;
    };
    // One column per year (`2025年基数  2026年  2027年  2028年`): each is that year's figure.
    let by_year = years::by_year(h);
    let goals = h.more_goals.iter().copied().chain([(last, last_year)]);
    // A bare 0 in an earlier year's column of a row rising to a later goal (`抽水蓄能装机容量
    // 万kW  0  0  120`): nothing built by then, no goal of that year.
    let last_fig = cell_at(h, cs, last).and_then(|c| figure(c));
    let not_yet = |col: usize| {
        col != last
            && last_fig.as_ref().is_some_and(|l| l.value > 0.0)
            && cell_at(h, cs, col)
                .and_then(|c| figure(c))
                .is_some_and(|f| f.value == 0.0 && f.rule.is_none() && !f.cumulative)
    };
    for (k, (col, year)) in goals.enumerate() {
        if not_yet(col) {
            continue;
        }
        let mut one = h.clone();
        one.goal = Some((col, Some(year)));
        one.more_goals.clear();
        if k > 0 {
            one.window = None;
        }
        if let Some(mut p) = row_proposal(&one, cs, row, plan) {
            // Each goal is due at the end of its own year (a window that took the plan
            // period, in a table with no base year, ends there).
            if p.deadline.is_some_and(|d| d.year != year) {
                p.deadline = Date::new(year, 12, 31);
            }
            p.id_year = Some(year);
            p.owners = owners.clone();
            if by_year {
                years::as_year_flow(&mut p, year);
                let running = years::running_name(h.name.and_then(|c| cell_at(h, cs, c)));
                if let Some((b, Some(by))) = h.base {
                    let base = cell_at(h, cs, b).and_then(|c| figure(c));
                    years::as_running_total(&mut p, base.as_ref(), by + 1, year, running);
                } else if let Some(&(_, first)) = h.more_goals.first() {
                    // (The plan's first year a goal column: counted from its 1 January.)
                    years::as_running_total(&mut p, None, first, year, running);
                }
            } else {
                additions::as_window_sum(&mut p);
            }
            let name = p.name_zh.clone();
            deadline_flow::as_deadline_year_flow(&mut p, &name, false);
            out.push(p);
        }
    }
    // The 三年累计 cell of a row of yearly flows: their sum, a target of its own.
    if by_year {
        out.extend(years::total(h, cs, row, plan, &out));
    }
    out
}

/// The longest cell read as an indicator's name, in bytes (200 Chinese characters).
const MAX_NAME_BYTES: usize = 600;

fn row_proposal(
    h: &Header,
    cs: &[String],
    row: &str,
    plan: Option<(i32, i32)>,
) -> Option<Proposal> {
    let at = |col: usize| cell_at(h, cs, col);
    // The name: in the header's name column, else the first cell with a name in it (a row
    // short of some cells, told apart at single spaces).
    let name_cell = match h.name.and_then(at).filter(|c| is_name(c)) {
        Some(c) => c,
        None => cs.iter().find(|c| is_name(c))?,
    };
    // An indicator's name is a phrase: a cell of more than 200 Chinese characters is text,
    // not a row (a megabyte cell made a draft line `validate` refuses).
    if name_cell.len() > MAX_NAME_BYTES {
        return None;
    }
    let name_cell = name_cell.clone();
    // A category cell, then a 序号, then the indicator (`健康  1  人均预期寿命（岁）` under a
    // header with no 序号 column): the name is the cell after the number.
    let name_cell = match cs.iter().position(|c| *c == name_cell) {
        Some(i)
            if !name_cell.contains(['（', '('])
                && cs.get(i + 1).is_some_and(|c| serial_cell(c))
                && cs
                    .get(i + 2)
                    .is_some_and(|c| is_name(c) && figure(c).is_none()) =>
        {
            cs[i + 2].clone()
        }
        _ => name_cell,
    };
    let (name, unit) = name_and_unit(&name_cell);
    if name.chars().count() < 2 {
        return None;
    }
    // A separate 单位 column, which wins over a parenthesis in the name
    // (`新增省级以上智能工厂（数字化车间）  家`: the parenthesis says what counts, 家 is the unit).
    let unit_cell = |u: &&String| unit_cell_text(u) && *u != &name_cell;
    // A row short of cells (a cell spanning the year columns, `〔２５以上〕`) is read from the
    // right, but its 单位 cell stands where it does after the name: read it from the left.
    let short_row_unit = || {
        let gap = h.unit?.checked_sub(h.name?).filter(|&d| d > 0)?;
        let i = cs.iter().position(|c| *c == name_cell)?;
        cs.get(i + gap).filter(unit_cell)
    };
    let column_unit = (cs.len() != h.cols)
        .then(short_row_unit)
        .flatten()
        .or_else(|| h.unit.and_then(at).filter(unit_cell))
        .map(|u| folded(unwrapped(u)));
    // No unit in a 单位 column: the one each figure carries in its cell (`社会消费品零售总额
    // 1860亿元  2100亿元`, the goal cell's first), which wins over a parenthesis in the name
    // (`省级以上商业步行街（街区）  4条  6条`: the parenthesis says what counts); `cell_unit`.
    let cell_own = || {
        let goal = h.goal.and_then(|(c, _)| at(c));
        let base = h.base.and_then(|(c, _)| at(c));
        // (A 年均增长 cell's unit is its rate's, `6.5%左右`, never the level's: round 22 B.)
        [goal, h.window.filter(|_| !h.window_mean).and_then(at), base]
            .into_iter()
            .flatten()
            .find_map(|c| figure(c).and_then(|f| f.unit))
    };
    let own = column_unit.is_none().then(cell_own).flatten();
    // (The name keeps the parenthesis its cell's unit overrules.)
    let name = match (&own, &unit) {
        (Some(o), Some(u)) if o != u => format!("{name}（{u}）"),
        _ => name,
    };
    let unit = column_unit
        .or(own)
        .or(unit)
        .or_else(|| {
            h.unit
                .and_then(at)
                .filter(|u| {
                    !u.is_empty() && u.chars().count() <= 8 && !ocr::is_value(u) && *u != &name_cell
                })
                .map(|u| folded(unwrapped(u)))
        })
        .or_else(|| h.sheet_unit.clone());
    // A ratio with no unit (its 单位 cell `—` or blank): labelled as prose labels it, and a
    // level whatever verb opens its name (`新建大型数据中心PUE`). A `—` in the 单位 column
    // wins over the name's parenthesis (`平均电能利用效率（PUE）  —`: PUE is the ratio's
    // abbreviation, not a unit a sum of additions could be counted in).
    let name_chars: Vec<char> = name.chars().collect();
    let dash_unit = h.unit.and_then(at).is_some_and(|u| ocr::is_dash(u));
    let ratio = super::dimensionless_label(&name_chars).filter(|_| {
        dash_unit
            || unit
                .as_deref()
                .is_none_or(|u| u.is_empty() || ocr::is_dash(u))
    });
    let unit = ratio.map(String::from).or(unit);
    // A goal cell carrying the row's Latin unit (`10GW` under a `GW` 单位 cell): its figure.
    let unit_dropped = |c: &String| -> String {
        match unit.as_deref() {
            Some(u) if u.is_ascii() && c.len() > u.len() && c.ends_with(u) => {
                c[..c.len() - u.len()].to_string()
            }
            _ => c.clone(),
        }
    };
    let goal_cell = h
        .goal
        .and_then(|(c, _)| at(c))
        .map(unit_dropped)
        .filter(|c| figure(c).is_some());
    let goal_cell = goal_cell.as_ref();
    let window_cell = h.window.and_then(at).filter(|c| figure(c).is_some());
    // (No 属性 column: a 备注 cell opening with 约束性 / 预期性 says the class, `remark`.)
    let class = h
        .class
        .and_then(at)
        .or_else(|| {
            h.remark
                .and_then(at)
                .filter(|c| remark::opens_with_class(c))
        })
        .cloned()
        .unwrap_or_default();
    let class_key = lexicon::class_of_cell(&class);
    let window_of = |plan: Option<(i32, i32)>| table_window(h, plan);
    // A quantity's rate in the growth column after the goal column is its target.
    if let Some(mut p) = h
        .rate
        .and_then(at)
        .and_then(|c| figure(c))
        .and_then(|f| rate::growth_goal(&name, unit.as_deref(), &f, row, goal_cell.is_none()))
    {
        p.class = class_key;
        let mut notes = Vec::new();
        if p.rule == Rule::About {
            notes.push((
                Field::Tolerance,
                "missing tolerance: required with about".into(),
            ));
        }
        p.place(window_of(plan), notes);
        return Some(p);
    }
    if goal_cell.is_none() {
        if let Some(mut p) =
            window_rate::only(h, cs, &name, unit.as_deref(), row.trim(), window_of(plan))
        {
            p.class = class_key;
            return Some(p);
        }
    }
    let (cell, in_window_col) = match (goal_cell, window_cell) {
        (Some(c), _) => (c, false),
        (None, Some(c)) => (c, true),
        _ => {
            // No figure: a goal in words (保持在合理区间, 高于GDP增长) in the goal or 年均/累计 cell,
            // or in the growth column after the goal (`增长（%）  与经济增长同步`: `rate`).
            let rate_words = h
                .rate
                .and_then(at)
                .filter(|c| figure(c).is_none() && !ocr::is_dash(c) && !c.trim().is_empty());
            let words: Vec<&String> = [h.goal.map(|(c, _)| c), h.window]
                .into_iter()
                .flatten()
                .filter_map(at)
                .chain(rate_words)
                .collect();
            let text = words
                .iter()
                .map(|w| w.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let direction = direction::goal(&name, &text, unit.as_deref(), row);
            let mut p = match direction
                .or_else(|| super::worded_goal(&name, &text, row.trim().to_string()))
            {
                Some(p) => p,
                None => {
                    let ongoing = h
                        .due
                        .and_then(|d| cell_at(h, cs, d))
                        .is_some_and(|c| ongoing_due(c));
                    // (Or a project's scope read as the goal, `占地约45亩`: the project built
                    // by its date. Twenty-third set, fixed after the run.)
                    let task = h.goal_is_words();
                    let due = h.due.is_some() || h.goal_works;
                    words_goal(&name, &words, row, due, ongoing, task)?
                }
            };
            p.class = class_key;
            if p.of.is_some() {
                // (Said in the growth column, the goal is the quantity's growth: in %.)
                p.unit = match rate_words {
                    Some(_) => Some("%".into()),
                    None => unit.or(Some("%".into())),
                };
                p.aggregate = Some("average");
            }
            let mut notes = Vec::new();
            let window = window_of(plan);
            if let Some(note) = only_goal_year(h, plan) {
                notes.push((Field::Start, note));
            }
            p.place(window, notes);
            return Some(p);
        }
    };
    let fig = figure(cell)?;
    let base_cell = h.base.and_then(|(c, _)| at(c));
    let base = base_cell.and_then(|c| figure(c));
    let fall = FALL.iter().any(|w| name.ends_with(w)) || (fig.fall.is_some() && !in_window_col);
    // (涨幅, 增幅, 增长率: a rate too — 居民消费价格涨幅  %  2左右.)
    // (A name ending in 年均, its 增长 wrapped onto the next line: `新能源汽车出口额年均⏎增长`.)
    let growth = name.contains("增长")
        || (h.goal_growth && !in_window_col)
        || name.ends_with("年均")
        || lexicon::GROWTH_NAMES.iter().any(|w| name.contains(w));
    let pct = unit.as_deref() == Some("%");
    let mut notes: Vec<(Field, String)> = Vec::new();
    // 〔X〕 on a rate: a cumulative change over the window, unless the name says 年均 (every
    // table row named …年均增长 is annotated an average, 10 of 10, one of them in 〔〕); a
    // bare figure in the 年均/累计 column of a rate: the average annual rate.
    // (In a growth goal column of one year, `全年计划（增长）  〔-3〕` with `〔 〕内为比上年下降幅度`,
    // the brackets mark the year's fall, no total over years: round 29 A.)
    let year_rate = h.goal_growth && !in_window_col && (h.goal_annual || one_year(h, plan));
    let aggregate = if (fall || growth) && pct {
        if fig.cumulative && !name.contains("年均") && !year_rate {
            Some("cumulative")
        } else if fig.fall == Some(true) && !in_window_col {
            // `较基准年下降30%`: the change from the base year to the goal year.
            Some("cumulative")
        } else if in_window_col {
            Some("average")
        } else if (name.contains("年均") || mean_cell(cell))
            && matches!(table_window(h, plan), (Some(a), Some(d)) if a.year < d.year)
        {
            // `…年均增长（%）` with its goal in the goal-year column: a rate over several years.
            Some("average")
        } else {
            None
        }
    } else {
        None
    };
    let (measure, rule, goal, baseline) = if fall && pct {
        if aggregate.is_none() {
            notes.push((
                Field::Goal,
                format!(
                    "a fall of {}% read as a growth rate of -{}% (check the base period)",
                    fmt_num(fig.value),
                    fmt_num(fig.value)
                ),
            ));
        }
        (
            Measure::Growth,
            fig.rule.unwrap_or(Rule::AtMost),
            Goal::Value(-fig.value),
            None,
        )
    } else if growth && pct {
        // (A fall written as a negative rate in a growth goal column, `〔-3〕`: at most.)
        let falls = year_rate && fig.value < 0.0;
        (
            Measure::Growth,
            fig.rule
                .unwrap_or(if falls { Rule::AtMost } else { Rule::AtLeast }),
            Goal::Value(fig.value),
            None,
        )
    } else if !pct
        && !fig.cumulative
        && ((one_year(h, plan)
            && (added(&name) || (fall && unit.as_deref().is_some_and(|u| !u.contains('/')))))
            || events_of_a_year(h, plan, &name, unit.as_deref(), fig.value))
    {
        // 新增养老机构床位 2500 in a one-year (annual plan) table: what the year adds.
        // (So is an amount cut in a unit of its own, `化学需氧量排放总量减少  吨  2160  1850`:
        // the tonnes the year removes, as 减排量 is; a ratio unit, 吨/万元, is a level.)
        (
            Measure::Ytd,
            fig.rule.unwrap_or(Rule::AtLeast),
            Goal::Value(fig.value),
            None,
        )
    } else if fig.cumulative
        && (summed_flow(&name)
            || unit.as_deref().is_some_and(|u| u.ends_with("人次"))
            || (!pct && (added(&name) || base_cell.is_some_and(|c| ocr::is_dash(c))))
            // The base column bracketed too (`〔１．６８〕  〔１．５〕`): the previous plan's
            // total, so the goal is this window's total, not a level raised from it.
            // (Not a change in percentage points: that raises a level.)
            || (!pct
                && base.as_ref().is_some_and(|b| b.cumulative)
                && !unit.as_deref().is_some_and(|u| u.contains("百分点"))))
    {
        // (A count with no base figure, `—  〔300〕`, or of works done, 新建…, is no level
        // raised by 300 — there is no level to raise — but the window's works added up.)
        // (People-times, 人次, are always a flow: there is no stock of them.)
        // 〔X〕 of a flow added up over the window (城镇新增就业〔40〕, 完成营造林面积〔18〕):
        // the sum of the years' flows, as in prose (五年累计新增城镇就业60万人).
        (
            Measure::Ytd,
            fig.rule.unwrap_or(Rule::AtLeast),
            Goal::Value(fig.value),
            None,
        )
    } else if fig.cumulative {
        (
            Measure::Level,
            fig.rule.unwrap_or(Rule::AtLeast),
            Goal::Increase(fig.value),
            base.as_ref().map(|b| b.value),
        )
    } else {
        // The base-year column's figure is the level at the window's start: the baseline.
        let baseline = years::baseline(
            base.as_ref(),
            base_cell.map(String::as_str),
            unit.as_deref(),
        );
        if let Some((_, Some(note))) = &baseline {
            notes.push((Field::Baseline, note.clone()));
        }
        // A year's flow (`城镇新增就业  68.2  65`, `粮食产量  562.4  560` in an annual plan's
        // table) is a floor whatever last year gave; only what is better lower falls to a cap.
        let flow = years::year_flow_name(&name, unit.as_deref())
            && !lexicon::LOWER_IS_BETTER.iter().any(|w| name.contains(w));
        let falls = falls_from_base(baseline.as_ref().map(|b| b.0), fig.value).filter(|_| !flow);
        if fig.rule.is_none() {
            notes.push((Field::Rule, unsigned_note(falls)));
        }
        let rule = match fig.rule {
            None if falls.is_some() => Rule::AtMost,
            // A bare 0 (`劣Ⅴ类水体比例  ０  ０`) is a cap: nothing is below 0, so "at least 0"
            // would say nothing.
            None if fig.value == 0.0 => Rule::AtMost,
            // A pollutant's concentration with no sign (`PM2.5浓度（微克/立方米）  29.5`): a
            // ceiling (table rows naming 浓度 annotated at-most or less-than 32 of 33, the
            // other an influent's 进水…浓度 to raise; round 26 D).
            None if lower_concentration(&name) => Rule::AtMost,
            r => r.unwrap_or(Rule::AtLeast),
        };
        (
            Measure::Level,
            rule,
            Goal::Value(fig.value),
            baseline.map(|b| b.0),
        )
    };
    let (rule, goal) = band(&fig, rule, goal, fall && pct);
    let measure = if ratio.is_some() {
        Measure::Level
    } else {
        measure
    };
    let (start, deadline) = window_of(plan);
    if let Some(note) = only_goal_year(h, plan) {
        notes.push((Field::Start, note));
    }
    let mut what = Vec::new();
    match aggregate {
        Some("cumulative") => what.push(format!(
            "〔{}〕: a cumulative change over the window, chained from the annual rates the communiqués publish",
            fmt_num(fig.value)
        )),
        Some(_) => what.push(
            "the figure is in the 年均/累计 column: read as the average annual rate over the window".into(),
        ),
        None if in_window_col => what.push(
            "the figure is in the 年均/累计 column: an average or a total over the window".into(),
        ),
        None => {}
    }
    if let (Some(b), false, None) = (&base, fig.cumulative, baseline) {
        what.push(format!("base-year figure {}", fmt_num(b.value)));
    }
    let mut p = Proposal::new(name, measure, rule, row.trim().to_string());
    if !what.is_empty() {
        p.review(Field::Target, what.join("; "));
    }
    match unit {
        Some(u) => p.unit = Some(u),
        None => match glued::share_unit(&p.name_zh) {
            // A share or a rate with its unit lost (an OCR'd parenthesis, a blank 单位 cell):
            // %, flagged, so the draft still validates.
            Some(u) => {
                p.unit = Some(u.into());
                p.review(
                    Field::Unit,
                    format!("unit not in the row; guessed {u} from the name"),
                );
            }
            None => p.review(Field::Unit, "missing unit: the row gives none".into()),
        },
    }
    p.goal = Some(goal);
    if !fall && matches!(rule, Rule::AtLeast | Rule::MoreThan) {
        // (Or a higher figure striven for in the 备注 cell, `4.5  …  力争5`: round 29 A.)
        p.stretch = fig.stretch.or(fig.high).or_else(|| {
            h.remark
                .and_then(at)
                .and_then(|c| striven(c))
                .filter(|&v| v > fig.value)
        });
    }
    p.baseline = baseline;
    p.class = class_key;
    p.aggregate = aggregate;
    if rule == Rule::About {
        notes.push((
            Field::Tolerance,
            "missing tolerance: required with about".into(),
        ));
    }
    p.place((start, deadline), notes);
    // `27左右` from a base of 27.1: a level to bring down, a cap with some slack.
    if let (Rule::About, Measure::Level, Goal::Value(v)) = (rule, measure, goal) {
        if falls_from_base(baseline, v).is_some() {
            super::draft::one_sided(&mut p, Rule::AtMost, v, "a level to bring down");
        }
    }
    Some(p)
}

/// A concentration to bring down (`细颗粒物（PM2.5）浓度`), not an influent's (`进水生化需氧量
/// 浓度`, a treatment plant's intake, raised).
fn lower_concentration(name: &str) -> bool {
    name.contains("浓度") && !name.contains("进水")
}

/// The base-year figure of a level whose goal lies below it (`细颗粒物…浓度  34  28`,
/// `…比重  54.3  45左右`): the indicator is to fall, so its goal is a cap.
fn falls_from_base(baseline: Option<f64>, goal: f64) -> Option<f64> {
    baseline.filter(|&b| goal < b)
}

/// The review note of a goal cell with no sign: read as a floor, or as a cap when the goal
/// lies below the base-year figure.
fn unsigned_note(falls: Option<f64>) -> String {
    match falls {
        Some(b) => format!(
            "no sign in the table; the goal lies below the base-year figure {}: read as at-most",
            fmt_num(b)
        ),
        None => "no sign in the table; read as at-least".into(),
    }
}

/// A range in a goal cell (`13—15`, `6-6.5`, `5～6`): the band between its two ends (a
/// fall's ends negated: `降低 3-4` is between -4 and -3). A level's `〔〕` increase, which a
/// band cannot state, stays a floor with the range's top as its stretch.
fn band(fig: &Figure, rule: Rule, goal: Goal, fall: bool) -> (Rule, Goal) {
    match (fig.high, goal) {
        (Some(hi), Goal::Value(_)) if rule == Rule::Between => (
            rule,
            if fall {
                Goal::Between(-hi, -fig.value)
            } else {
                Goal::Between(fig.value, hi)
            },
        ),
        (Some(_), g) if rule == Rule::Between => (Rule::AtLeast, g),
        (_, g) => (rule, g),
    }
}

/// A goal cell in words that no figure decides (完成国家下达任务, 稳定, 持续改善, 逐步提高):
/// a target a person assesses, `measure = "assessed"`. A note (注, 见…) or a no-figure mark is
/// not a goal.
/// In a task table (a 完成时限 column, `due`), a cell that finishes something (`建成并上线运行`,
/// `全部完成`: `dated::done_cell`) is a milestone due by the row's deadline instead.
///
/// A total's cell (`合计`, `总计`, `小计`, `总合计`): the sums' row under a list, never a goal
/// nor the tail of a row above it (also `subtotal`'s sum row: one list).
fn total_cell(t: &str) -> bool {
    matches!(t, "合计" | "总计" | "小计" | "总合计")
}

/// A row due `长期坚持` / `持续推进` (`ongoing`) whose cell names no state reached
/// (`建立…制度，持续提升…能力`, `定期发布…指数`, `组织开展…活动`) is no target: work that never
/// ends has nothing to check. (Annotated so in t56, t62, t67 and heldout12b: 6 of 6; such rows
/// with 不发生 / 零增长 were annotated assessed, 2 of 2.)
fn words_goal(
    name: &str,
    words: &[&String],
    row: &str,
    due: bool,
    ongoing: bool,
    task: bool,
) -> Option<Proposal> {
    let w = words.iter().find(|w| {
        let t = w.trim();
        t.chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count()
            >= 2
            && !ocr::is_class(t)
            // (A total's row, `合计  100` under 权重, names no goal.)
            && !total_cell(t)
            && !["注", "见", "详见", "待定", "另行"]
                .iter()
                .any(|x| t.starts_with(x))
    })?;
    // (A check passed, `等保三级测评  通过`: done by the year's end: eighteenth set, B.)
    if matches!(w.trim(), "通过" | "通过验收") {
        return Some(Proposal::new(
            name.trim().to_string(),
            Measure::Milestone,
            Rule::Done,
            row.trim().to_string(),
        ));
    }
    if process_only(w.trim()) || unquantified_batch(w.trim()) {
        return None;
    }
    // (A course of work alone, `持续推进` by `长期坚持`, in a task table: no target.)
    if due
        && PROCESS_VERBS.iter().any(|v| w.trim().starts_with(v))
        && !END_STATE_WORDS.iter().any(|x| w.contains(x))
    {
        return None;
    }
    // (A standing duty in a task table, `做好防汛抗旱工作  …  2027年12月`: no event done by
    // then, and none a person assesses; review 25.)
    if due && task && duty_cell(w) {
        return None;
    }
    if ongoing && !END_STATE_WORDS.iter().any(|x| w.contains(x)) && !w.contains("零增长") {
        return None;
    }
    // (A cell opening with its own deadline, `年底前主体结构封顶`, is dated as a 完成时限 is.)
    // (A task with no figure in a table with no goal column, its 完成时限 beside it,
    // `中小学生视力筛查和建档  …  2027年3月`: the task done by then; round 30 A.)
    if (due && (task || issued_one(w)))
        || ((due || work_cell::lead_due(w).is_some()) && super::dated::done_cell(w))
        || (due && super::dated::all_counted_done(w))
        || work_cell::date_goal(w).is_some()
    {
        return Some(Proposal::new(
            name.trim().to_string(),
            Measure::Milestone,
            Rule::Done,
            row.trim().to_string(),
        ));
    }
    let mut p = Proposal::new(
        name.trim().to_string(),
        Measure::Level,
        Rule::AtLeast,
        row.trim().to_string(),
    );
    p.assessed = true;
    p.review(
        Field::Measure,
        format!(
            "the goal is in words ({}): no number decides it, a person assesses it",
            w.trim()
        ),
    );
    Some(p)
}

/// A task table's goal cell issuing one document (`出台办法1项`, `印发实施方案1个`): the
/// document out by the row's 完成时限, a milestone, not a count to reach (round 30 A).
fn issued_one(cell: &str) -> bool {
    let c = cell.trim();
    let Some(rest) = ["出台", "印发", "制定出台"]
        .iter()
        .find_map(|v| c.strip_prefix(v))
    else {
        return false;
    };
    ["1项", "1个", "1份", "1部", "1套"]
        .iter()
        .find_map(|u| rest.strip_suffix(u))
        .is_some_and(|doc| {
            (1..=8).contains(&doc.chars().count()) && doc.chars().all(super::numbers::is_cjk)
        })
}

/// A 完成时限 cell naming no date but work that goes on (`长期坚持`, `持续推进`, `常态化推进`).
fn ongoing_due(cell: &str) -> bool {
    let c = cell.trim();
    ["长期坚持", "持续推进", "常态化", "长期", "持续开展"]
        .iter()
        .any(|w| c.starts_with(w))
        && !c.chars().any(is_digit)
}

/// A standing duty, not an event done by a date (`做好防汛抗旱工作`, `积极争取上级资金`,
/// `确保粮食安全`, review 25): a cell opening with a word of duty, past an adverb, with no word
/// of completion (`完成`, `建成`).
fn duty_cell(c: &str) -> bool {
    let c = c.trim();
    let c = DUTY_ADVERBS
        .iter()
        .find_map(|a| c.strip_prefix(a))
        .unwrap_or(c);
    DUTY_LEADS.iter().any(|w| c.starts_with(w))
        && ![
            "完成", "建成", "出台", "印发", "召开", "举办", "编制", "挂牌",
        ]
        .iter()
        .any(|x| c.contains(x))
}

/// Adverbs before a duty's verb (`积极争取`, `认真做好`, `全力保障`).
const DUTY_ADVERBS: &[&str] = &["积极", "认真", "全力", "切实", "严格", "扎实"];

/// Verbs of a standing duty (`做好`, `抓好`, `落实`, `保障`, `确保`, `执行`, `配合`, `争取`).
const DUTY_LEADS: &[&str] = &[
    "做好", "抓好", "落实", "保障", "确保", "执行", "配合", "争取", "维护", "加大",
];

/// Verbs of a course of work (`推进“互联网+明厨亮灶”，提升监管效能`): a cell that opens with
/// one names what is done, not a state anyone can check.
const PROCESS_VERBS: &[&str] = &[
    "推进", "推动", "提升", "加强", "深化", "完善", "健全", "优化", "强化", "加快", "持续", "开展",
    "促进", "提高",
    // (`巩固拓展脱贫攻坚成果，深入推进…，壮大村级集体经济，打造宜居宜业和美乡村`, heldout11a p3,
    // not annotated; no cell of any set opening so was.)
    "巩固", "深入", "壮大", "打造",
];

/// Words that make a cell a state a person can check (`建成通水`, `确保不发生`, `完成省下达
/// 任务`, `保持稳定`).
const END_STATE_WORDS: &[&str] = &[
    "完成",
    "确保",
    "实现",
    "建成",
    "达到",
    "不发生",
    "下达",
    "稳定",
    "改善",
    "全覆盖",
    "通车",
    "投用",
    "投产",
];

/// Is a goal cell in words only a course of work (every piece opens with a verb of work, one
/// with its object, and no word names a state reached)? Such a cell is no target.
fn process_only(cell: &str) -> bool {
    let pieces: Vec<&str> = cell
        .split(['，', '、', '；', ',', ';'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect();
    // (`持续加强` alone is an indicator's direction, assessed; a verb with its object,
    // `提升监管效能`, is a task.)
    let object = |x: &str, v: &str| x.chars().count() >= v.chars().count() + 3;
    // (A cell with a figure in it is read as prose by `work_cell`, after this.)
    let digits = cell.chars().any(is_digit);
    !digits
        && !pieces.is_empty()
        && pieces
            .iter()
            .all(|x| PROCESS_VERBS.iter().any(|v| x.starts_with(v)))
        && pieces.iter().any(|x| {
            PROCESS_VERBS
                .iter()
                .any(|v| x.starts_with(v) && object(x, v))
        })
        && !END_STATE_WORDS.iter().any(|w| cell.contains(w))
}

/// Is a goal cell in words a batch with no number (`形成一批高质量调研成果`, `推出若干示范案例`)
/// and no word of a state reached? No one can check how many make 一批: no target.
fn unquantified_batch(cell: &str) -> bool {
    ["一批", "一系列", "若干"].iter().any(|w| cell.contains(w))
        && !cell.chars().any(is_digit)
        && !END_STATE_WORDS.iter().any(|w| cell.contains(w))
}

/// Whether a piece of the header's second line `next` sits under the goal column of `h`
/// read from `line` (titles placed by characters or at screen width, as `header_wrap`).
fn growth_under_goal(line: &str, next: &str, h: &Header) -> bool {
    let Some((goal, _)) = h.goal else {
        return false;
    };
    [
        (columns::spans(line), columns::spans(next)),
        (columns::char_spans(line), columns::char_spans(next)),
    ]
    .iter()
    .any(|(titles, pieces)| {
        pieces
            .iter()
            .any(|(a, b, _)| columns::under(titles, *a, *b) == Some(goal))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 序号 is one to three digits, ASCII or full-width (`３`, `１２`): the tables' one test.
    #[test]
    fn full_width_serials_count() {
        assert!(serial_cell("３"));
        assert!(serial_cell("１２"));
        assert!(serial_cell("12"));
        assert!(!serial_cell("（一）"));
        assert!(!serial_cell("制度改革"));
    }

    /// Twentieth set, fixed after the run (A): a row closed by a status cell saying it is
    /// done is a result; one still under way is not.
    #[test]
    fn a_row_whose_status_says_done_is_a_result() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert!(due::is_done_row(&row(&[
            "5",
            "违规吃喝问题",
            "查处问题21起",
            "已完成"
        ])));
        assert!(!due::is_done_row(&row(&[
            "6",
            "村级集体经济薄弱",
            "占比≥80%",
            "推进中"
        ])));
        assert!(!due::is_done_row(&row(&["已完成"])));
    }

    /// Round 30 A: a task-division table with no goal column (`序号  工作任务  牵头科室
    /// 配合科室  完成时限`): the task cell is the goal, its figure read as prose, a task with
    /// no figure a milestone, each due by its 完成时限 and owned by its two units.
    #[test]
    fn a_task_table_with_no_goal_column_reads_the_task_as_its_goal() {
        let text = "临湖区教育局2027年重点任务分工表\n序号\t工作任务\t牵头科室\t配合科室\t完成时限\n\
                    1\t新组建紧密型教育集团4个\t基础教育科\t教研室\t2027年9月\n\
                    2\t第三高级中学主体结构封顶\t基建财务科\t规划发展科\t2027年12月\n";
        let opts = crate::extract::ExtractOptions { year: Some(2027) };
        let ps = crate::extract::extract(text, &opts).targets;
        assert_eq!(ps.len(), 2, "{ps:?}");
        assert_eq!(ps[0].name_zh, "新组建紧密型教育集团");
        assert!(matches!(ps[0].goal, Some(Goal::Value(v)) if v == 4.0));
        assert_eq!(ps[0].deadline, Date::new(2027, 9, 30));
        assert_eq!(ps[0].owners, ["基础教育科", "教研室"]);
        assert!(matches!(
            (&ps[1].measure, &ps[1].rule),
            (Measure::Milestone, Rule::Done)
        ));
        assert_eq!(ps[1].deadline, Date::new(2027, 12, 31));
    }

    /// The targets of a two-row task table followed by a blank line and `closing` (a minutes'
    /// closing lines): only the two rows' own, none quoting `words`.
    fn closed_by(closing: &str, words: [&str; 2]) {
        let text = format!(
            "序号   工作任务                目标要求                        牵头单位         完成时限
                    1      公共停车泊位            新建1500个                      县城市管理局     2027年11月
                    2      扑火队伍轮训            参训率100%                      县应急管理局     2027年5月10日
                    
{closing}"
        );
        let opts = crate::extract::ExtractOptions { year: Some(2027) };
        let ps = crate::extract::extract(&text, &opts).targets;
        assert_eq!(ps.len(), 2, "{ps:?}");
        assert!(
            ps.iter()
                .all(|p| words.iter().all(|w| !p.quote.contains(w)))
        );
    }

    /// Round 31 C: the attendance lines of a meeting's minutes after its task table end the
    /// table; their names are no row.
    #[test]
    fn a_minutes_attendance_line_ends_the_table() {
        closed_by(
            "                    出席：杜文斌  程立华  马晓川  郑雪莹
                    列席：县政府办公室  县发展改革局  县财政局  县统计局
",
            ["出席", "列席"],
        );
    }

    /// Review 26: an attendance or closing label with an ASCII colon or spread by spaces
    /// (`出席: …`, `抄  送：…`) ends a table too; a row that merely opens with the word does not.
    #[test]
    fn a_closing_label_may_take_an_ascii_colon_or_spaces() {
        assert!(closing_label("出席: 杜文斌  程立华  马晓川  郑雪莹"));
        assert!(closing_label("  抄  送：县委办公室  县人大常委会办公室"));
        assert!(closing_label("列 席 ：县政府办公室"));
        assert!(!closing_label("出席会议人员培训  ≥20期  县委组织部"));
        assert!(!closing_label("主送单位  3"));
        closed_by(
            "                    出席: 杜文斌  程立华  马晓川  郑雪莹
                    抄  送：县委办公室  县人大常委会办公室  县政协办公室
",
            ["出席", "送"],
        );
    }

    /// Twenty-first set, fixed after the run: a budget table's 预算数 column holds the goals,
    /// its spending rows ceilings.
    #[test]
    fn a_budget_table_reads_the_budget_column_spending_as_a_ceiling() {
        let text = "                                  单位：万元\n\
                    项目                2026年执行数      2027年预算数      增长%\n\
                    一、税收收入        134100            142200            6.0\n\
                    二、教育支出        86540             90300             4.3\n\
                    支出合计            413700            430600            4.1\n";
        let opts = crate::extract::ExtractOptions { year: Some(2027) };
        let ps = crate::extract::extract(text, &opts).targets;
        let amounts: Vec<_> = ps.iter().filter(|p| p.measure == Measure::Ytd).collect();
        assert_eq!(amounts.len(), 3, "{ps:?}");
        assert_eq!(amounts[0].rule, Rule::AtLeast);
        assert!(matches!(amounts[0].goal, Some(Goal::Value(v)) if v == 142200.0));
        assert_eq!(amounts[1].rule, Rule::AtMost);
        assert_eq!(amounts[2].rule, Rule::AtMost);
        // Round 31 A: the 增长% cell is a second target, bounded as the amount is.
        let rates: Vec<_> = ps.iter().filter(|p| p.measure == Measure::Growth).collect();
        assert_eq!(rates.len(), 3, "{ps:?}");
        assert_eq!(rates[0].rule, Rule::AtLeast);
        assert!(matches!(rates[0].goal, Some(Goal::Value(v)) if v == 6.0));
        assert_eq!(rates[1].rule, Rule::AtMost);
        assert_eq!(rates[2].rule, Rule::AtMost);
        assert!(rates.iter().all(|p| p.unit.as_deref() == Some("%")));
    }

    /// Round 31 A: a budget row's growth cell with a full-width minus (`－2.5`) is a fall the
    /// spending line may not exceed.
    #[test]
    fn a_budget_tables_negative_growth_is_a_ceiling() {
        let text = "                                  单位：万元\n\
                    项目                    2026年执行数      2027年预算数      增长%\n\
                    一、一般公共服务支出    36820             35900             －2.5\n\
                    二、城乡社区支出        41030             37700             －8.1\n";
        let opts = crate::extract::ExtractOptions { year: Some(2027) };
        let ps = crate::extract::extract(text, &opts).targets;
        let rates: Vec<_> = ps.iter().filter(|p| p.measure == Measure::Growth).collect();
        assert_eq!(rates.len(), 2, "{ps:?}");
        assert!(rates.iter().all(|p| p.rule == Rule::AtMost), "{rates:?}");
        assert!(matches!(rates[0].goal, Some(Goal::Value(v)) if v == -2.5));
    }

    /// Round 30 A: a project table with a scope column quotes a row from its goal cell on
    /// (no scope figure, no 总投资), the project's name first, as a bare figure's row was.
    #[test]
    fn a_goal_in_words_is_quoted_with_its_project_name() {
        let text = "序号\t项目名称\t建设内容及规模\t总投资\t2030年形象进度目标\t责任单位\n\
                    1\t白沙码头工程\t泊位4个\t16.8\t完成码头主体结构的60%\t市港航中心\n\
                    2\t东环路改建工程\t一级公路18公里\t24.5\t9月底前主体完工\t市公路中心\n";
        let opts = crate::extract::ExtractOptions { year: Some(2030) };
        let ps = crate::extract::extract(text, &opts).targets;
        assert!(!ps.is_empty(), "{ps:?}");
        for p in &ps {
            assert!(
                p.quote.contains("白沙码头工程") || p.quote.contains("东环路改建工程"),
                "{}",
                p.quote
            );
        }
        let share = ps.iter().find(|p| p.unit.as_deref() == Some("%"));
        let share = share.expect("the share of the works done");
        assert_eq!(
            share.quote,
            "白沙码头工程\t完成码头主体结构的60%\t市港航中心"
        );
    }

    #[test]
    fn a_figure_in_scientific_notation_is_read_with_its_power_of_ten() {
        let f = figure("≤1×10⁻⁶").expect("a figure");
        assert_eq!(f.value, 1e-6);
        assert!(matches!(f.rule, Some(Rule::AtMost)));
        assert_eq!(figure("2.5×10^-3").map(|f| f.value), Some(0.0025));
        assert_eq!(figure("3×10⁶").map(|f| f.value), Some(3e6));
        assert!(figure("3×10").is_none());
    }

    #[test]
    fn a_stretch_striven_for_in_brackets_after_the_figure() {
        for c in ["4（力争5）", "4(力争5)", "4（争取达到5）"] {
            let f = figure(c).expect("a figure");
            assert_eq!((f.value, f.stretch), (4.0, Some(5.0)), "{c}");
        }
        // (A lower figure, or a bracket of anything else, is no stretch.)
        assert!(figure("4（力争3）").is_none());
        assert!(figure("4（预计）").is_none());
    }

    #[test]
    fn a_name_wrapped_inside_its_bracket_takes_the_line_with_its_figures() {
        let row = "9     发表学术论文（SCI/EI收";
        let next = "      录）                          篇            ≥3                ≥8                检索证明";
        assert!(name_continues(0, row, next));
        // (A name with its bracket closed does not take a line holding a unit and words.)
        assert!(!name_continues(
            0,
            "9     发表学术论文",
            "      专利（件）    篇    ≥3    ≥8    检索证明"
        ));
        // (Nor a line with a long remark after the figures.)
        assert!(!name_continues(
            0,
            row,
            "      录）    篇    ≥3    ≥8    以检索机构出具的证明为准"
        ));
    }

    #[test]
    fn one_document_issued_is_a_milestone() {
        assert!(issued_one("出台办法1项"));
        assert!(issued_one("印发实施方案1个"));
        assert!(!issued_one("出台办法2项"));
        assert!(!issued_one("制度修订2项"));
        assert!(!issued_one("出台政策措施11项"));
    }

    #[test]
    fn a_batch_with_no_number_is_no_goal() {
        assert!(unquantified_batch("形成一批高质量调研成果"));
        assert!(!unquantified_batch("建成一批示范项目"));
        assert!(!unquantified_batch("培育一批企业50家"));
    }

    #[test]
    fn cells_split_at_tabs_and_space_runs() {
        assert_eq!(
            cells("\t3.城镇化率（%）\t60.6*\t65"),
            ["", "3.城镇化率（%）", "60.6*", "65"]
        );
        assert_eq!(
            cells("城镇调查失业率（％）   ５．０    ＜５．５"),
            ["城镇调查失业率（％）", "５．０", "＜５．５"]
        );
    }

    #[test]
    fn figures_and_units() {
        let f = figure("〔１３．５〕").unwrap();
        assert!(f.cumulative && f.value == 13.5);
        assert_eq!(figure("＞6.5").unwrap().rule, Some(Rule::MoreThan));
        assert_eq!(figure("≥８８").unwrap().rule, Some(Rule::AtLeast));
        assert_eq!(figure("６左右").unwrap().rule, Some(Rule::About));
        assert!(figure("—").is_none() && figure("高于GDP增长").is_none());
        assert_eq!(figure("60.6*").unwrap().value, 60.6);
        assert_eq!(
            name_and_unit("１．千兆宽带用户数（万户）"),
            ("千兆宽带用户数".to_string(), Some("万户".to_string()))
        );
    }

    #[test]
    fn a_plan_table_by_business_line_is_read() {
        // (Round 30 F1: a second header line of words, two units wrapped in an owners' cell.)
        let text = "表1  规模类指标计划                单位：亿元\n\
                    业务条线    计划指标          2027年末    2028年末    牵头部门\n\
                    \x20                             余额        计划\n\
                    公司金融    对公存款          612.8       670         公司金融部\n\
                    \x20           涉农贷款          138.9       152         普惠金融部\n\
                    \x20                                                   乡村振兴部\n\
                    金融市场    同业及投资类资产  186.3       ≤200        金融市场部\n";
        let opts = crate::extract::ExtractOptions { year: Some(2028) };
        let ps = crate::extract::extract(text, &opts).targets;
        let names: Vec<&str> = ps.iter().map(|p| p.name_zh.as_str()).collect();
        assert!(names.contains(&"对公存款"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("余额")), "{names:?}");
        let farm = ps
            .iter()
            .find(|p| p.name_zh == "涉农贷款")
            .expect("涉农贷款");
        assert_eq!(farm.owners, ["普惠金融部", "乡村振兴部"]);
        let assets = ps
            .iter()
            .find(|p| p.name_zh == "同业及投资类资产")
            .expect("assets");
        assert_eq!(assets.measure, Measure::Level);
    }
}
