//! Tables copied out of a PDF with every cell on its own line: the header is a run of
//! one-cell lines (`类别`, `序号`, `指标`, `单位`, `2025年`, `2030年`, `年均增长`, `〔累计〕`,
//! `属性`), and each row is a run of lines (`1`, `地区生产总值增长`, `%`, `6.0`, `—`,
//! `5.5左右`, `预期性`). Such a table is made plain, as [`super::borders`] does for bordered
//! ones: the header and each row become their cells joined by tabs, written on their first
//! line, and the other lines they covered become blank, so the table reader reads it as a
//! table pasted with tabs.
//!
//! - **The header**: at least four one-cell lines in a row, each a column word (指标, 单位,
//!   属性 …, `ocr::HEADER_WORDS` and a few more, with an optional `（…）` after it) or a year
//!   (`2025年`, `2025年目标`); a line that is only a parenthesis (`〔累计〕`, `（基期值）`)
//!   finishes the cell above (a header cell wrapped onto two lines). It names the indicator
//!   (指标 / 名称) and has a year; its rows must be told apart, so it ends with a 属性 column
//!   (a row ends at its 属性 word) or has a 序号 column and no column before it (a row ends
//!   before the next number). Or it is a task list's (`序号  重点工作  2028年目标任务  完成时限
//!   责任处室`): a task word, a goal column and a deadline column; its goal cells may be
//!   sentences (round 27 C).
//! - **A row**: a 类别 cell (a group's name, printed once above the group's first row: a
//!   short line of words right before the 序号), the 序号, then its lines
//!   up to its 属性 word (or the next 序号). The last lines are the cells after the name, as
//!   many as the header has; the lines before them are the name, wrapped (joined).
//! - **Page furniture** between or inside rows (blank lines, page numbers, the running page
//!   header, 续表, the header again after a page break) is skipped and blanked.
//! - The table ends at the first run of lines that is not a row (a note, prose).
//!
//! Linear: each line is looked at a bounded number of times (a row covers at most
//! [`MAX_ROW`] lines).

use super::{annual, due, figure, ocr, running_title, year_cell};
use crate::extract::lexicon::is_digit;
use std::borrow::Cow;
use std::ops::Range;

/// The text's lines with cell-per-line tables made tab-separated, and the range of lines
/// each such table covers (marked as table lines when it is read as one).
pub struct Unstacked<'a> {
    pub lines: Vec<Cow<'a, str>>,
    pub blocks: Vec<Range<usize>>,
}

/// At most this many lines in one row (a wrapped name, its cells, page furniture).
const MAX_ROW: usize = 16;

/// Column words a header cell may be, besides `ocr::HEADER_WORDS` and years.
const MORE_WORDS: &[&str] = &[
    "名称",
    "类型",
    "年均增长",
    "年均增速",
    "年均增长/累计",
    "性质",
    "责任单位",
    "牵头单位",
    "配合单位",
    "责任部门",
    "牵头部门",
    "责任处室",
    "责任科室",
];

fn trim(l: &str) -> &str {
    l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

/// A line that is one cell: no tab, no run of two spaces, at most 20 characters.
fn one_cell(t: &str) -> bool {
    !t.is_empty() && !t.contains(['\t', '\u{3000}']) && !t.contains("  ") && t.chars().count() <= 20
}

/// A cell of a task list's row: a goal written as a sentence's clauses (`完成120家涉VOCs企业
/// 深度治理，建成4个集中喷涂中心`), at most 80 characters, no full stop, no note.
fn task_cell(t: &str) -> bool {
    !t.is_empty()
        && !t.contains(['\t', '。', '：', ':'])
        && t.chars().count() <= 80
        && !super::starts_note_loosely(t)
}

/// A line that is only a parenthesis (`〔累计〕`, `（基期值）`, `（%）`).
fn paren(t: &str) -> bool {
    let n = t.chars().count();
    (2..=8).contains(&n)
        && t.starts_with(['（', '(', '〔', '['])
        && t.ends_with(['）', ')', '〕', ']'])
}

/// A header cell: a column word (with an optional parenthesis after it), a year, or a
/// progress report's column title (`全年目标`, `1-9月完成`, `完成进度`, at most 10 characters).
fn column_word(t: &str) -> bool {
    if year_cell(t).is_some() || year_goal_or_progress(t) {
        return true;
    }
    let head = match t.find(['（', '(', '〔']) {
        Some(p) if p > 0 && t.ends_with(['）', ')', '〕']) => &t[..p],
        _ => t,
    };
    ocr::HEADER_WORDS.contains(&head)
        || MORE_WORDS.contains(&head)
        || super::TASK_TITLES.contains(&head)
        || due::is_due_title(head)
        || task_goal_title(head)
}

/// A task list's goal column: `目标任务`, `工作目标`, with the year before it or not
/// (`2028年目标任务`).
fn task_goal_title(t: &str) -> bool {
    let rest = match t.char_indices().nth(4) {
        Some((at, '年')) if t[..at].chars().all(|c| c.is_ascii_digit()) => &t[at + 3..],
        _ => t,
    };
    ["目标任务", "工作目标", "任务目标", "年度目标"].contains(&rest)
}

/// A progress report's column title: the year's goal with no year (`全年目标`, `年度目标`) or how
/// far the year has got (`1-9月完成`, `完成进度`, `完成率`), a short line.
fn year_goal_or_progress(t: &str) -> bool {
    t.chars().count() <= 10 && (annual::is_annual_title(t) || annual::is_progress_title(t))
}

/// A 序号: one to three digits (ASCII or full-width; the tables' one test, `serial_cell`),
/// and its number.
fn serial(t: &str) -> Option<u32> {
    super::serial_cell(t)
        .then(|| {
            t.chars()
                .filter_map(|c| super::super::clauses::fold(c).to_digit(10))
                .try_fold(0u32, |n, d| n.checked_mul(10)?.checked_add(d))
        })
        .flatten()
}

struct Head {
    cells: Vec<String>,
    /// Lines covered.
    range: Range<usize>,
    category: Option<usize>,
    serial: Option<usize>,
    name: usize,
    /// The last column is 属性.
    class_last: bool,
    /// Neither a last 属性 column nor a lone 序号 column tells the rows apart: a row ends
    /// once it has its cells after its name ([`counted_body`]).
    by_count: bool,
    /// A column of responsible units (责任单位, 牵头单位, 责任处室 …): a unit's name in it
    /// repeats from row to row and is a cell, never a running page header.
    owners: bool,
    /// A task list: its goal cells are sentences ([`task_cell`]).
    task: bool,
}

/// A merged header flattened in HTML order: the first header row's cells with a goal title
/// spanning the years (`目标值`), then the second row's years (`序号 指标 单位 2025年 目标值
/// 属性 2027年 2030年`). The trailing years (two or more) take the goal title's place, one
/// column a year (`2027年目标值  2030年目标值`), so the header ends with its 属性 again.
fn spread_group(cells: &mut Vec<String>) {
    let years = cells
        .iter()
        .rev()
        .take_while(|c| year_cell(c).is_some())
        .count();
    if years < 2 || years >= cells.len() {
        return;
    }
    let head = cells.len() - years;
    let Some(goal) = cells[..head]
        .iter()
        .position(|c| c.contains("目标") && !c.contains("指标") && year_cell(c).is_none())
    else {
        return;
    };
    let tail = cells.split_off(head);
    let title = cells[goal].clone();
    let spread: Vec<String> = tail.iter().map(|y| format!("{y}{title}")).collect();
    cells.splice(goal..=goal, spread);
}

/// The header run starting at line `i`, if there is one; else where the run of header-like
/// lines ended (to go on scanning after it).
fn head_at(lines: &[&str], i: usize) -> Result<Head, usize> {
    let mut cells: Vec<String> = Vec::new();
    let mut j = i;
    while j < lines.len() {
        let t = trim(lines[j]);
        if !one_cell(t) {
            break;
        }
        if paren(t) && !cells.is_empty() && year_cell(t).is_none() {
            if let Some(last) = cells.last_mut() {
                last.push_str(t);
            }
        } else if column_word(t) {
            cells.push(t.to_string());
        } else {
            break;
        }
        j += 1;
    }
    let end = j.max(i + 1);
    spread_group(&mut cells);
    let pos = |f: &dyn Fn(&str) -> bool| cells.iter().position(|c| f(c));
    let name = pos(&|c| {
        (c.contains("指标") && !c.contains("属性") && !c.contains("性质")) || c.contains("名称")
    });
    // A task list (`序号  重点工作  2028年目标任务  完成时限  责任处室`): its tasks named in
    // words, its goal a sentence, its deadline a column of its own.
    let task = name.is_none()
        && cells.iter().any(|c| due::is_due_title(c))
        && cells.iter().any(|c| task_goal_title(c));
    let name = name.or_else(|| pos(&|c| super::TASK_TITLES.contains(&c)).filter(|_| task));
    // A year, or the year's goal with no year in its title (a progress report's table).
    let year = cells
        .iter()
        .any(|c| year_cell(c).is_some() || annual::is_annual_title(c))
        || task;
    let category = pos(&|c| c == "类别" || c == "领域" || c == "类型");
    let serial = pos(&|c| c == "序号");
    let class_last = cells
        .last()
        .is_some_and(|c| c.contains("属性") || c.ends_with("性质"));
    let (Some(name), true, true) = (name, year, cells.len() >= 4) else {
        return Err(end);
    };
    // Rows must be told apart: at their 属性 word, or at their numbers with nothing before.
    let by_number = serial.is_some() && category.is_none();
    // Else by their cells' count: a 类别 column needs a 序号 to tell its lines apart.
    let by_count = !(class_last || by_number);
    if by_count && category.is_some() && serial.is_none() {
        return Err(end);
    }
    if category.is_some_and(|c| c > name) || serial.is_some_and(|s| s > name) {
        return Err(end);
    }
    let owners = cells
        .iter()
        .any(|c| ["责任", "牵头", "配合"].iter().any(|w| c.starts_with(w)));
    Ok(Head {
        task,
        owners,
        cells,
        range: i..end,
        category,
        serial,
        name,
        class_last,
        by_count,
    })
}

/// Page furniture inside a table: a blank line, a decorated page number (`— 9 —`, `·5·`,
/// `第5页`: a bare number, `6.0` or a range `13—15` is a cell here), a running page header,
/// 续表.
fn furniture(l: &str, repeats: &ocr::Repeats) -> bool {
    trim(l).is_empty()
        || super::page_mark(l)
        || ocr::is_continued(l)
        || repeats.is_running(l)
        || running_title(l)
}

/// Furniture inside the rows under `h`: as [`furniture`], except that a unit's name under a
/// header with an owner column is that column's cell (`大气环境处` on every third row is
/// no running page header), and so is a task list's dated cell.
fn skipped(l: &str, repeats: &ocr::Repeats, h: &Head) -> bool {
    let t = trim(l);
    furniture(l, repeats)
        && !(h.owners && unit_name(t))
        // (Nor is a task list's deadline, `2028年12月底` on many rows.)
        && !(h.task && !super::page_mark(l) && t.chars().any(|c| c.is_ascii_digit()))
}

/// Does `t` end as a unit's name does (`水环境处`, `杭州市生态环境局`)?
fn unit_name(t: &str) -> bool {
    super::super::lexicon::UNIT_NAME_ENDS
        .iter()
        .any(|e| t.ends_with(e))
}

/// Furniture before a row: a row opens with its number, category or name, never its owner
/// cell, so a repeated unit's name there is the issuing office's running page header
/// (`杭州市生态环境局` at each page break; review 23).
fn skipped_at_row_start(l: &str, repeats: &ocr::Repeats, h: &Head) -> bool {
    skipped(l, repeats, h) || (h.owners && furniture(l, repeats) && unit_name(trim(l)))
}

/// A repeated unit's name after a whole row whose owner cell came already, right before the
/// next row's number (or the table's end): a running page header at a page break, not a
/// cell (review 23).
fn page_header_after_row(
    lines: &[&str],
    at: usize,
    h: &Head,
    body: &[&str],
    after: usize,
    number: u32,
    repeats: &ocr::Repeats,
) -> bool {
    if !h.owners || body.len() <= after || !body.last().is_some_and(|c| unit_name(c)) {
        return false;
    }
    let l = lines[at];
    if !(furniture(l, repeats) && unit_name(trim(l))) {
        return false;
    }
    let mut k = at + 1;
    while k < lines.len() && skipped_at_row_start(lines[k], repeats, h) {
        k += 1;
    }
    // (After the last row: the text's end, or a note after the table.)
    lines.get(k).is_none_or(|n| {
        let t = trim(n);
        serial(t) == Some(number + 1)
            || t.contains(['，', '。', '；', '：', ':'])
            || super::starts_note_loosely(t)
    })
}

/// A category cell: a short run of words, no figure, no punctuation, not a 属性 word.
fn category_cell(t: &str) -> bool {
    let n = t.chars().count();
    one_cell(t)
        && (2..=8).contains(&n)
        && !t.contains(' ')
        && t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !t.chars().any(is_digit)
        && !t.contains(['，', '。', '；', '：', '（', '('])
        && !ocr::is_class(t)
        && !column_word(t)
}

/// The indicator after a sub-row's 其中： (`其中：每千人口公立医院床位数`), when there is one.
fn sub_row_name(t: &str) -> Option<&str> {
    ["其中：", "其中:"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .filter(|r| r.chars().count() >= 2)
}

/// A value cell (a figure, a no-figure mark) or a 属性 word.
fn value_or_class(t: &str) -> bool {
    ocr::is_value(t) || ocr::is_class(t) || figure(t).is_some()
}

/// The row starting at line `j` (after furniture): its cells in the header's order and the
/// line after it; `None` when the lines there are not a row.
fn row_at(
    lines: &[&str],
    mut j: usize,
    h: &Head,
    want_serial: Option<u32>,
    repeats: &ocr::Repeats,
) -> Option<(Vec<String>, usize, u32)> {
    let skip = |mut j: usize| {
        while j < lines.len() && skipped_at_row_start(lines[j], repeats, h) {
            j += 1;
        }
        j
    };
    j = skip(j);
    let mut category = String::new();
    let mut number = 0;
    let mut number_text = String::new();
    if h.serial.is_some() {
        let t = trim(lines.get(j)?);
        if h.category.is_some() && category_cell(t) {
            let k = skip(j + 1);
            if lines.get(k).and_then(|l| serial(trim(l))).is_some() {
                category = t.to_string();
                j = k;
            }
        }
        number_text = trim(lines.get(j)?).to_string();
        number = serial(&number_text)?;
        // Rows told apart by their numbers only: the numbers must follow on.
        if !h.class_last && want_serial.is_some_and(|w| w != number) {
            return None;
        }
        j += 1;
    } else if h.category.is_some() {
        // No 序号 column: a category line is told apart only by what follows; not read.
        return None;
    }
    // The row's lines: up to its 属性 word, or up to the next number. The cells after the
    // name: as many as the header has.
    let after = h.cells.len() - h.name - 1;
    if h.by_count {
        let (name, rest, end) = counted_body(lines, j, h, after, repeats)?;
        let mut cells: Vec<String> = vec![String::new(); h.name];
        if let Some(c) = h.category {
            cells[c] = category;
        }
        if let Some(s) = h.serial {
            cells[s] = number_text;
        }
        cells.push(name);
        cells.extend(rest);
        return Some((cells, end, number));
    }
    let mut body: Vec<&str> = Vec::new();
    let mut end = j;
    let mut closed = false;
    while end < lines.len() && end - j < MAX_ROW {
        let l = lines[end];
        if skipped(l, repeats, h)
            || (!h.class_last
                && page_header_after_row(lines, end, h, &body, after, number, repeats))
        {
            end += 1;
            continue;
        }
        let t = trim(l);
        // A note or a sentence after the table is no cell. A sub-row's name opens with
        // 其中： (`其中：每千人口公立医院床位数`): a cell, its colon no note's.
        let words = sub_row_name(t).unwrap_or(t);
        let note = words.contains(['，', '。', '；', '：', ':']) || super::starts_note_loosely(t);
        if !((one_cell(t) && !note) || (h.task && task_cell(t))) {
            break;
        }
        // The next row's number, once the row has its cells (a figure equal to it may come
        // before: `新增智能工厂  个  —  2` then `2`).
        if !h.class_last && serial(t) == Some(number + 1) && body.len() > after {
            closed = true;
            break;
        }
        body.push(t);
        end += 1;
        if h.class_last && ocr::is_class(t) {
            closed = true;
            break;
        }
    }
    if !closed && h.class_last {
        return None;
    }
    if body.len() < after + 1 {
        return None;
    }
    let (name, rest) = body.split_at(body.len() - after);
    // The name is words; what follows holds a figure or a no-figure mark.
    // (A task list's row holds sentences, a date and units: its figures are in its words.)
    let values = rest.iter().any(|c| ocr::is_value(c))
        || (h.task && rest.iter().any(|c| c.chars().any(|d| d.is_ascii_digit())));
    if name.iter().any(|c| value_or_class(c)) || !values {
        return None;
    }
    let mut cells: Vec<String> = vec![String::new(); h.name];
    if let Some(c) = h.category {
        cells[c] = category;
    }
    if let Some(s) = h.serial {
        cells[s] = number_text;
    }
    cells.push(name.concat());
    cells.extend(rest.iter().map(|c| c.to_string()));
    Some((cells, end, number))
}

/// A unit cell under a 单位 column (`%`, `万人`, `亿元`, `微克/立方米`, `个`): short, no
/// figure, a known unit after its magnitude (万, 亿), or a ratio of units.
pub(super) fn unit_cell(t: &str) -> bool {
    use super::super::lexicon::{CLASSIFIERS, UNITS};
    let n = t.chars().count();
    if !(1..=8).contains(&n) || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let (_, u) = super::super::numbers::unit_magnitude(t);
    matches!(u, "%" | "％" | "‰")
        || UNITS.contains(&u)
        || CLASSIFIERS.contains(&u)
        || (t.contains('/') && n >= 3)
}

/// A row whose end only its cells' count tells (a header with neither a last 属性 column
/// nor a lone 序号 column: `指标  单位  2025年  2030年`): the name is the run of word lines
/// before the first cell (a figure, a no-figure mark, a 属性 word, or a unit under a 单位
/// column right after the name), and the row ends once it has as many cells as the header
/// has after its name. Returns the name, the cells and the line after the row.
fn counted_body(
    lines: &[&str],
    mut end: usize,
    h: &Head,
    after: usize,
    repeats: &ocr::Repeats,
) -> Option<(String, Vec<String>, usize)> {
    let unit_next = h
        .cells
        .get(h.name + 1)
        .is_some_and(|c| c == "单位" || c == "计量单位");
    let start = end;
    let mut name = String::new();
    let mut rest: Vec<String> = Vec::new();
    while end < lines.len() && end - start < MAX_ROW && rest.len() < after {
        let l = lines[end];
        if skipped(l, repeats, h) {
            end += 1;
            continue;
        }
        let t = trim(l);
        let note = t.contains(['，', '。', '；', '：', ':']) || super::starts_note_loosely(t);
        if !one_cell(t) || note {
            return None;
        }
        let cell = value_or_class(t) || (unit_next && unit_cell(t));
        if rest.is_empty() && !cell {
            name.push_str(t);
        } else {
            rest.push(t.to_string());
        }
        end += 1;
    }
    // A whole row: a name in words, all its cells, one of them a figure or a no-figure mark.
    let whole = rest.len() == after
        && !name.is_empty()
        && rest.iter().any(|c| ocr::is_value(c))
        && (!unit_next
            || rest
                .first()
                .is_some_and(|u| unit_cell(u) || ocr::is_dash(u)));
    whole.then_some((name, rest, end))
}

/// Make every cell-per-line table of `lines` tab-separated (see the module's doc).
pub fn unstack<'a>(lines: &[&'a str]) -> Unstacked<'a> {
    let mut out: Vec<Cow<'a, str>> = lines.iter().map(|l| Cow::Borrowed(*l)).collect();
    let mut blocks = Vec::new();
    // Most texts have no such table: repeated lines are counted only once a header is found.
    let mut counted: Option<ocr::Repeats> = None;
    let mut i = 0;
    while i < lines.len() {
        let h = match head_at(lines, i) {
            Ok(h) => h,
            Err(next) => {
                i = next;
                continue;
            }
        };
        let repeats = &*counted.get_or_insert_with(|| ocr::Repeats::new(lines));
        let mut j = h.range.end;
        let mut rows: Vec<(usize, Vec<String>, usize)> = Vec::new();
        let mut want = None;
        loop {
            // The header again after a page break: skipped.
            let k = {
                let mut k = j;
                while k < lines.len() && skipped_at_row_start(lines[k], repeats, &h) {
                    k += 1;
                }
                k
            };
            if let Some(again) = head_at(lines, k).ok().filter(|a| a.cells == h.cells) {
                j = again.range.end;
                continue;
            }
            let Some((cells, end, number)) = row_at(lines, j, &h, want, repeats) else {
                break;
            };
            rows.push((k, cells, end));
            want = h.serial.map(|_| number + 1);
            j = end;
        }
        if rows.is_empty() {
            i = h.range.end;
            continue;
        }
        let end = rows.last().map_or(h.range.end, |r| r.2);
        for l in &mut out[h.range.start..end] {
            *l = Cow::Borrowed("");
        }
        out[h.range.start] = Cow::Owned(h.cells.join("\t"));
        // Page furniture inside the table is blanked with the rest: it is no content.
        for (at, cells, _) in rows {
            out[at] = Cow::Owned(cells.join("\t"));
        }
        blocks.push(h.range.start..end);
        i = end;
    }
    Unstacked { lines: out, blocks }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text's lines after `unstack`, blank ones left out, and what `unstack` found.
    fn rebuilt(text: &str) -> (Vec<String>, Unstacked<'_>) {
        let lines: Vec<&str> = text.lines().collect();
        let u = unstack(&lines);
        let got = u
            .lines
            .iter()
            .filter(|l| !l.is_empty())
            .map(|l| l.to_string())
            .collect();
        (got, u)
    }

    #[test]
    fn a_merged_header_flattened_in_html_order_spreads_its_years_under_the_goal_title() {
        let mut cs: Vec<String> = [
            "序号",
            "指标",
            "单位",
            "2025年",
            "目标值",
            "指标属性",
            "2027年",
            "2030年",
        ]
        .map(String::from)
        .to_vec();
        spread_group(&mut cs);
        assert_eq!(
            cs,
            [
                "序号",
                "指标",
                "单位",
                "2025年",
                "2027年目标值",
                "2030年目标值",
                "指标属性"
            ]
        );
    }

    #[test]
    fn a_table_with_every_cell_on_its_own_line_is_made_tab_separated() {
        let text = "表1\n类别\n序号\n指标\n单位\n2025年\n2030年\n年均增长\n〔累计〕\n属性\n经济发展\n1\n地区生产总值增长\n%\n6.0\n—\n5.5左右\n预期性\n2\n数字经济核心产业增加值占地区\n生产总值比重\n%\n9.5\n13\n—\n预期性\n— 9 —\n绿色生态\n3\n森林覆盖率\n%\n42.36\n43\n—\n约束性\n\n注：〔〕内为五年累计数。";
        let (got, u) = rebuilt(text);
        assert_eq!(
            got,
            [
                "表1",
                "类别\t序号\t指标\t单位\t2025年\t2030年\t年均增长〔累计〕\t属性",
                "经济发展\t1\t地区生产总值增长\t%\t6.0\t—\t5.5左右\t预期性",
                "\t2\t数字经济核心产业增加值占地区生产总值比重\t%\t9.5\t13\t—\t预期性",
                "绿色生态\t3\t森林覆盖率\t%\t42.36\t43\t—\t约束性",
                "注：〔〕内为五年累计数。",
            ]
        );
        assert_eq!(u.blocks.len(), 1);
        assert_eq!(u.blocks[0], 1..35);
    }

    #[test]
    fn a_progress_table_copied_one_cell_per_line_is_read() {
        // No year in the header: the year's goal (全年目标) and its progress columns.
        let text = "指标名称\n单位\n全年目标\n1-9月完成\n完成进度\n东湖区社会消费品零售总额\n亿元\n286\n214.3\n74.9%\n南溪县新增限额以上商贸企业\n家\n40\n26\n65.0%\n\n二、存在的问题";
        let (got, _) = rebuilt(text);
        assert_eq!(
            got,
            [
                "指标名称\t单位\t全年目标\t1-9月完成\t完成进度",
                "东湖区社会消费品零售总额\t亿元\t286\t214.3\t74.9%",
                "南溪县新增限额以上商贸企业\t家\t40\t26\t65.0%",
                "二、存在的问题",
            ]
        );
    }

    #[test]
    fn a_unit_named_on_several_rows_of_an_owner_column_is_a_cell() {
        // `水环境处` on two rows would read as a running page header (a line the text has
        // twice): under a 责任处室 column it is each row's owner (round 27 C).
        let text = "序号\n指标\n单位\n2027年完成\n2028年目标\n指标属性\n责任处室\n1\n断面水质优良比例\n%\n88.2\n90\n约束性\n水环境处\n2\n化学需氧量排放总量减少\n吨\n2160\n1850\n约束性\n水环境处\n注：无";
        let (got, _) = rebuilt(text);
        assert_eq!(
            got,
            [
                "序号\t指标\t单位\t2027年完成\t2028年目标\t指标属性\t责任处室",
                "1\t断面水质优良比例\t%\t88.2\t90\t约束性\t水环境处",
                "2\t化学需氧量排放总量减少\t吨\t2160\t1850\t约束性\t水环境处",
                "注：无",
            ]
        );
    }

    #[test]
    fn a_task_list_copied_one_cell_per_line_is_read() {
        // No indicator column and no year column: a task list's 重点工作, its goal sentence
        // (with a comma), its deadline (the same on two rows) and its owner (round 27 C).
        let text = "序号\n重点工作\n2028年目标任务\n完成时限\n责任处室\n1\n挥发性有机物治理\n完成120家企业深度治理，建成4个喷涂中心\n2028年9月底\n大气处\n2\n黑臭水体治理\n新增完成农村黑臭水体治理36条\n2028年9月底\n水环境处\n注：无";
        let (got, _) = rebuilt(text);
        assert_eq!(
            got,
            [
                "序号\t重点工作\t2028年目标任务\t完成时限\t责任处室",
                "1\t挥发性有机物治理\t完成120家企业深度治理，建成4个喷涂中心\t2028年9月底\t大气处",
                "2\t黑臭水体治理\t新增完成农村黑臭水体治理36条\t2028年9月底\t水环境处",
                "注：无",
            ]
        );
        // A header of task words with no goal or deadline column is no table.
        assert!(head_at(&["序号", "重点工作", "责任处室", "配合单位"], 0).is_err());
    }

    #[test]
    fn rows_with_no_class_column_end_at_the_next_number() {
        // A figure equal to the next number (`2`) ends no row before it has its cells; a
        // note after the last row is not one of its cells.
        let text = "序号\n指标\n单位\n2025年\n2027年\n1\n新增智能工厂\n个\n—\n2\n2\n5G基站数\n万个\n1.86\n2.5\n注：无\n";
        let (got, _) = rebuilt(text);
        assert_eq!(
            got,
            [
                "序号\t指标\t单位\t2025年\t2027年",
                "1\t新增智能工厂\t个\t—\t2",
                "2\t5G基站数\t万个\t1.86\t2.5",
                "注：无",
            ]
        );
    }

    #[test]
    fn rows_with_neither_a_class_nor_a_serial_end_once_they_have_their_cells() {
        // A name wrapped over two lines, a unit under 单位, a goal in words; the note ends it.
        let text = "表1 主要指标\n指标\n单位\n2025年\n2030年\n数字经济核心产业增加值占地区\n生产总值比重\n%\n9.5\n13—15\n单位地区生产总值能源消耗降低\n%\n—\n完成省下达任务\n5G基站数\n万个\n1.86\n3\n注：2025年为预计数。\n";
        let (got, _) = rebuilt(text);
        assert_eq!(
            got,
            [
                "表1 主要指标",
                "指标\t单位\t2025年\t2030年",
                "数字经济核心产业增加值占地区生产总值比重\t%\t9.5\t13—15",
                "单位地区生产总值能源消耗降低\t%\t—\t完成省下达任务",
                "5G基站数\t万个\t1.86\t3",
                "注：2025年为预计数。",
            ]
        );
    }

    #[test]
    fn a_list_of_words_or_a_header_with_no_rows_is_left_as_it_is() {
        for text in [
            "指标\n单位\n2025年\n属性\n注：无。",
            "类别\n序号\n指标\n2025年\n属性\n一、总体要求\n坚持稳中求进。",
        ] {
            let lines: Vec<&str> = text.lines().collect();
            let u = unstack(&lines);
            assert!(u.blocks.is_empty());
            assert_eq!(
                u.lines.iter().map(|l| l.as_ref()).collect::<Vec<_>>(),
                lines
            );
        }
    }
}
