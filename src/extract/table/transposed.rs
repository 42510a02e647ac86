//! Tables of units, one row per unit and one column per indicator, with each indicator's
//! unit in its header cell and the goal year in the title above (`表2　主要子公司2029年经营
//! 目标` / `子公司  营业收入（亿元）  利润总额（亿元）` / `沅江数政科技公司  38  2.9`): every
//! cell is one unit's goal for one indicator. Each is read as a row of an ordinary table
//! (`类别 指标 单位 2029年目标`, the unit's name as its 类别), so its clause quotes the unit
//! and the indicator, and its measure and deadline are decided as for any table row.
//!
//! - **The header**: a first cell of words (no figure, no unit), then at least two cells each
//!   an indicator's name with its unit in parentheses (`营业收入（亿元）`, no figure in the
//!   unit).
//! - **The title**: one of the two non-blank lines among the four above the header names a
//!   year (`2029年`) and 目标 after it; with none, no table is read here.
//!   (A title naming 分解, `2028年各县（市、区）重点工作量化指标分解表`, gives goals out as well.)
//! - **The rows**: at least two lines of exactly the header's number of cells, the first
//!   words, every other a figure or a dash (`—`: no goal), at least one a figure. The table
//!   ends at the first line that is not one.
//! - **Time columns** (round 30 D): a 开工时间 / 完工时间 column of months may stand among the
//!   indicators (`区  改造小区数（个）  户数（户）  开工时间  完工时间`); the 完工时间 month is the
//!   deadline of its row's figures, the 开工时间 month is read as a month and no more. A corner
//!   of one character naming the kind of unit (`区`, `县`) is a corner of words.
//! - **Owners and measures** (round 18 D): each cell's owner is its row's unit (`临川区`),
//!   but for a row naming the whole (全市, 合计 …); the table is one year's goals given out,
//!   so a count or an amount is that year's work (`annual::as_year_work`).

use super::columns::{char_spans, spans, under};
use super::space_wrap::Span;
use super::{cells, figure, name_and_unit, row_proposals};
use crate::extract::clauses::fold;
use crate::extract::draft::Proposal;
use crate::extract::lexicon::CEILING_TITLES;
use crate::extract::lexicon::is_digit;
use crate::extract::within;
use crate::extract::{Measure, Rule};
use std::ops::Range;

/// Rows looked for at most (a table of units is short; bounded scans).
const MAX_ROWS: usize = 200;

/// The proposals of a table of units whose header is line `i`, and the lines it covers
/// (header and rows).
pub(super) fn read(
    lines: &[&str],
    i: usize,
    plan: Option<(i32, i32)>,
) -> Option<(Vec<Proposal>, Range<usize>)> {
    // (Units on the line under the header, `地区  地区生产总值增长  一般公共预算收入` /
    // `（%）  （亿元）`: the two lines as one header.)
    let merged = units_below(lines, i).or_else(|| titles_below(lines, i));
    let line = merged.as_deref().unwrap_or(lines[i]);
    let first_row = i + 1 + usize::from(merged.is_some());
    // Cheap gates (this runs at every line): `units_below` returns at once unless the next
    // line opens with a bracket and this one has none; then two header cells with their
    // units in parentheses, no sentence punctuation, a title with a goal year above.
    if line.matches(['（', '(']).count() < 2 || line.contains(['，', '。', '；', '：']) {
        return None;
    }
    let year = title_year(lines, i)?;
    // (A header at single spaces is one cell to `cells`: its cells are then its words.)
    let mut head = cells(line);
    if head.len() < 3 {
        head = line.split_whitespace().map(String::from).collect();
    }
    if head.len() < 3 || head.iter().any(|c| c.is_empty()) {
        return None;
    }
    // (A 序号 column first, `序号  企业名称  利润总额（亿元）…`: its cells number the rows, the
    // unit's name is the cell after.)
    let serial = SERIAL_TITLES.contains(&head[0].trim());
    if serial {
        head.remove(0);
        if head.len() < 3 {
            return None;
        }
    }
    if !words(&corner(&head[0])) && !place_kind(&head[0]) {
        return None;
    }
    // (A `单位：人、人次` line above the header: its first unit is that of every title with
    // none; a title with no unit and no such line is a dimensionless one, `…利用系数`.)
    let sheet = sheet_units(lines, i);
    let unitless = |name: &str| {
        let name = name.trim();
        !name.contains(['（', '(', ')', '）'])
            && words(name)
            && (sheet.is_some() || dimensionless(name).is_some())
    };
    let columns: Vec<Column> = head[1..]
        .iter()
        .map(|c| {
            // (A bound's mark after the unit, `资产负债率（%）≤`: every cell of the column is
            // a ceiling, or with `≥` a floor.)
            let (c, mark) = match c.trim().strip_suffix(['≤', '≥']) {
                Some(t) => (t, c.trim().chars().last()),
                None => (c.as_str(), None),
            };
            match name_and_unit(c) {
                _ if START_TITLES.contains(&c.trim()) => Some(Column::Start),
                _ if END_TITLES.contains(&c.trim()) => Some(Column::End),
                (name, Some(unit))
                    if (words(&name) || named_figures(&name) || words(&without_years(&name)))
                        && !unit.chars().any(|c| c.is_ascii_digit()) =>
                {
                    // (A control number, `事故起数控制数（起）`, is a ceiling.)
                    let ceiling = CEILING_TITLES.iter().any(|w| name.ends_with(w));
                    Some(Column::Figure(name, unit, mark.or(ceiling.then_some('≤'))))
                }
                (name, None) if unitless(&name) => {
                    let ceiling = CEILING_TITLES.iter().any(|w| name.ends_with(w));
                    let unit = sheet.clone().unwrap_or_default();
                    Some(Column::Figure(name, unit, mark.or(ceiling.then_some('≤'))))
                }
                _ => None,
            }
        })
        .collect::<Option<_>>()?;
    let figures = columns
        .iter()
        .filter(|c| matches!(c, Column::Figure(..)))
        .count();
    if figures < 2 {
        return None;
    }
    let mut out = Vec::new();
    let mut fulls: Vec<String> = Vec::new();
    let mut j = first_row;
    while j < lines.len() && j <= i + MAX_ROWS {
        let mut cs = cells(lines[j]);
        if serial {
            if cs.len() == head.len() + 1 && is_serial(&cs[0]) {
                cs.remove(0);
            } else if !out.is_empty() && name_tail(lines[j], &cs) {
                // (A unit's name wrapped onto the line under its row, `集团有限公司`: the row
                // keeps the name as its first line prints it.)
                j += 1;
                continue;
            }
            // (A row with no number, `合计  109  48`, is read as it stands.)
        } else if !out.is_empty() && name_tail(lines[j], &cs) && short_tail(&cs[0]) {
            // (The same with no 序号 column, `县经济开发  120  30` / `区`; the unit owning the
            // row is then the whole name, `县经济开发区`.)
            if let Some(full) = fulls.last_mut() {
                full.push_str(cs[0].trim());
            }
            j += 1;
            continue;
        }
        // (A dash is a cell with no goal, `—`: 不单独下达; a row needs one figure. A time
        // column's cell is a month, `2030年10月`.)
        let fits = |(col, c): (&Column, &String)| match col {
            Column::Figure(..) => figure(c).is_some() || super::ocr::is_dash(c),
            // (A dash in a time column, `合计  35  5000  —  —`: a row with no deadline.)
            Column::Start | Column::End => within::due_cell(c).is_some() || super::ocr::is_dash(c),
        };
        if cs.len() != head.len()
            || !words(&cs[0])
            || !columns.iter().zip(&cs[1..]).all(fits)
            || columns
                .iter()
                .zip(&cs[1..])
                .all(|(col, c)| !matches!(col, Column::Figure(..)) || figure(c).is_none())
        {
            break;
        }
        fulls.push(cs[0].clone());
        out.push(cs);
        j += 1;
    }
    if out.len() < 2 {
        return None;
    }
    let header = format!("指标\t单位\t{year}年目标");
    let (mut h, _) = super::header_at(&[header.as_str()], 0)?;
    // The goals of one year given out to units: each count or amount is that year's work
    // (`annual::as_year_work`), as in a table's 年度目标 column.
    h.goal_annual = true;
    // (A 注 line under the rows giving the day the tasks are due, `须于12月20日前全部完成`:
    // the deadline of every cell. Round 31 F1.)
    let note = note_due(lines, j);
    // (Each title's traits read once, not per cell.)
    let traits: Vec<Option<TitleTraits>> = columns
        .iter()
        .map(|col| match col {
            Column::Figure(name, unit, _) => Some(TitleTraits::of(name, unit, year)),
            _ => None,
        })
        .collect();
    let mut proposals = Vec::new();
    for (cs, full) in out.iter().zip(&fulls) {
        // The row's unit owns its cells; a whole (全市, 合计) is no unit.
        let owners = if whole(&cs[0]) {
            Vec::new()
        } else {
            vec![full.clone()]
        };
        // (The row's 完工时间 cell, `2030年10月`: the deadline of its figures.)
        let end = columns
            .iter()
            .zip(&cs[1..])
            .find(|(col, _)| matches!(col, Column::End))
            .and_then(|(_, c)| within::due_cell(c));
        for ((col, title), value) in columns.iter().zip(&traits).zip(&cs[1..]) {
            let (Column::Figure(name, unit, mark), Some(title)) = (col, title) else {
                continue;
            };
            if figure(value).is_none() {
                continue;
            }
            // (A cell with its own bound, `≤34.20`, takes no second one from its title.)
            let marked = value.trim_start().starts_with(super::columns::BOUND_SIGNS);
            let mark = mark
                .filter(|_| !marked)
                .map(String::from)
                .unwrap_or_default();
            let row = format!("{}{name}\t{unit}\t{mark}{value}", cs[0]);
            let (rcs, _) = super::split(&row);
            let mut ps = row_proposals(&h, &rcs, &row, plan);
            ps.iter_mut().for_each(|p| p.owners = owners.clone());
            settle(&mut ps, title, value);
            if let Some(part) = end.or(note) {
                let due: Vec<_> = (0..ps.len()).map(|k| (k, part)).collect();
                super::due::apply(&mut ps, &due, Some(year));
            }
            proposals.extend(ps);
        }
    }
    Some((proposals, i..j))
}

/// The header at line `i` with the units of the line below put after its names, when that
/// line holds only units in parentheses, one per header cell after the first.
fn units_below(lines: &[&str], i: usize) -> Option<String> {
    let below = lines.get(i + 1)?.trim();
    if !below.starts_with(['（', '(']) || lines[i].contains(['（', '(']) {
        return None;
    }
    let pieces = |l: &str| -> Vec<String> { l.split_whitespace().map(String::from).collect() };
    let units = pieces(below);
    if !units
        .iter()
        .all(|u| u.starts_with(['（', '(']) && u.ends_with(['）', ')']))
    {
        return None;
    }
    let mut head = cells(lines[i]);
    if head.len() < 3 {
        head = pieces(lines[i]);
    }
    if head.len() != units.len() + 1 {
        return None;
    }
    let mut out = head[0].clone();
    for (name, unit) in head[1..].iter().zip(&units) {
        out.push('\t');
        out.push_str(name);
        out.push_str(unit);
    }
    Some(out)
}

/// The header at line `i` with the line below glued on, title by title, when that line holds
/// the titles' wrapped tails with their units (`净资产收益    资产负债率` over `率（%）
/// （%）≤`, a PDF copy): each piece under a distinct title after the first, no figure in
/// it, each holding a unit in parentheses.
fn titles_below(lines: &[&str], i: usize) -> Option<String> {
    let below = lines.get(i + 1)?;
    // (Or an indented line of title tails holding a unit, `就业新增    （人次）`: round 31
    // F1; a row's figures are no title's tail.)
    let opens = below.trim_start().starts_with(['（', '(']);
    let tails = below.starts_with([' ', '\u{3000}']) && below.contains(['（', '(']);
    if !(opens || tails) {
        return None;
    }
    [spans, char_spans]
        .iter()
        .find_map(|cut| glued_titles(lines[i], below, *cut))
}

/// `line`'s titles with the pieces of `below` glued on, cut into cells by `cut`.
fn glued_titles(line: &str, below: &str, cut: fn(&str) -> Vec<Span>) -> Option<String> {
    let mut titles = cut(line);
    let pieces = cut(below);
    if !(3..=MAX_TITLES).contains(&titles.len())
        || pieces.is_empty()
        || pieces.len() >= titles.len()
    {
        return None;
    }
    let mut placed: Vec<usize> = Vec::with_capacity(pieces.len());
    if !pieces.iter().any(|(_, _, p)| p.contains(['（', '('])) {
        return None;
    }
    for (a, b, piece) in &pieces {
        // (A piece holds a unit, `率（%）`, or is a title's words wrapped with no unit,
        // `利用系数`, `2025年下降（%）`: a year is no figure. Round 31 F1.)
        let bare = without_years(piece);
        let unit = piece.chars().count() <= 12
            && (piece.contains(['（', '(']) || words(&bare))
            && !piece.contains(['，', '。', '；', '：', '、'])
            && !bare.chars().any(|c| fold(c).is_ascii_digit());
        let k = under(&titles, *a, *b).filter(|&k| k >= 1 && unit && !placed.contains(&k))?;
        placed.push(k);
    }
    for (k, (_, _, piece)) in placed.into_iter().zip(pieces) {
        titles[k].2.push_str(&piece);
    }
    Some(
        titles
            .into_iter()
            .map(|(_, _, t)| t)
            .collect::<Vec<_>>()
            .join("\t"),
    )
}

/// What a column's title says of its cells ([`settle`]), read once per column.
struct TitleTraits {
    /// The title names a fall (`较2025年下降（%）`).
    fall: bool,
    /// Over the years since a base year before the last one (`较2025年…` in 2027).
    cumulative: bool,
    /// A 总量 given out as a control figure (`用水总量控制指标`).
    quota: bool,
    /// A dimensionless title printed with no unit (`…利用系数`): its label (倍, 点), as
    /// prose labels such a quantity (a spec's unit is never empty).
    dimensionless: Option<&'static str>,
}

impl TitleTraits {
    fn of(name: &str, unit: &str, year: i32) -> Self {
        let bare = without_years(name);
        TitleTraits {
            fall: ["下降", "降低"].iter().any(|w| bare.ends_with(w)),
            cumulative: base_year(name).is_some_and(|b| b < year - 1),
            quota: name.contains("总量") && CEILING_TITLES.iter().any(|w| name.ends_with(w)),
            dimensionless: dimensionless(name).filter(|_| unit.is_empty()),
        }
    }
}

/// A cell's draft settled by its column's title (round 31 F1): a fall's floor
/// (`较2025年下降（%）` / `≥9.0`) is a cap on the change (at most −9.0), over the years since
/// a base year before the last (cumulative over the window); a dimensionless title
/// (`…利用系数`, no unit) is a level labelled as prose labels it (倍).
fn settle(ps: &mut [Proposal], title: &TitleTraits, value: &str) {
    let floor = value.trim_start().starts_with('≥');
    let amount = |u: &str| {
        !(u.is_empty() || u == "%" || crate::extract::lexicon::rate_unit(u) || u.contains("百分点"))
    };
    for p in ps.iter_mut() {
        if title.fall && p.measure == Measure::Growth {
            if floor {
                p.rule = Rule::AtMost;
            }
            if title.cumulative {
                p.aggregate = Some("cumulative");
            }
        }
        // (A 总量 given out as a control figure, `用水总量控制指标（亿立方米）`: the amount the
        // year may use, its work, not a stock.)
        if title.quota && p.measure == Measure::Level && p.unit.as_deref().is_some_and(amount) {
            if let Some(end) = p.deadline {
                p.measure = Measure::Ytd;
                p.baseline = None;
                p.start = crate::extract::Date::new(end.year, 1, 1);
            }
        }
        if let Some(label) = title.dimensionless {
            p.unit = Some(label.to_string());
            p.measure = Measure::Level;
        }
    }
}

/// The base year a title names after 较 / 比 (`较2025年下降`).
fn base_year(name: &str) -> Option<i32> {
    let at = name.find("较").or_else(|| name.find("比"))?;
    let rest = &name[at..];
    let rest = rest.char_indices().nth(1).map(|(k, _)| &rest[k..])?;
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    (digits.len() == 4 && rest[digits.len()..].starts_with('年'))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The day a 注 line under a table's rows (the first non-blank line at or after `j`) says its
/// tasks are due: `…须于12月20日前全部完成`.
fn note_due(lines: &[&str], j: usize) -> Option<within::Part> {
    let line = lines[j.min(lines.len())..]
        .iter()
        .take(2)
        .find(|l| !l.trim().is_empty())?
        .trim();
    if !line.starts_with("注") {
        return None;
    }
    let t: Vec<char> = line.chars().take(400).collect();
    (0..t.len()).find_map(|k| {
        if t[k] != '月' || k == 0 {
            return None;
        }
        let from = (0..k)
            .rev()
            .take_while(|&m| fold(t[m]).is_ascii_digit())
            .last()?;
        let end = (k + 1..t.len()).find(|&m| !fold(t[m]).is_ascii_digit())?;
        if end == k + 1 || t.get(end) != Some(&'日') || t.get(end + 1) != Some(&'前') {
            return None;
        }
        let sentence: String = t[end..]
            .iter()
            .take_while(|c| !"。；".contains(**c))
            .collect();
        if !sentence.contains("完成") {
            return None;
        }
        let cell: String = t[from..end + 2].iter().collect();
        within::due_cell(&cell)
    })
}

/// Kinds of area a corner's brackets may name (`乡镇（园区）`).
const AREA_KINDS: &[&str] = &["园区", "街道", "社区", "开发区"];

/// Words of a title reporting results, not goals.
const RESULT_WORDS: &[&str] = &["完成", "情况", "执行", "实际", "实绩"];

/// The label of a dimensionless indicator's title printed with no unit
/// (`农田灌溉水有效利用系数`: 倍), the one prose gives it.
fn dimensionless(name: &str) -> Option<&'static str> {
    let name: Vec<char> = name.trim().chars().collect();
    crate::extract::dimensionless_label(&name)
}

/// `c` with its years taken out (`较2025年下降` -> `较下降`): a year is no figure.
fn without_years(c: &str) -> String {
    let t: Vec<char> = c.chars().collect();
    let mut out = String::new();
    let mut k = 0;
    while k < t.len() {
        let run = t[k..]
            .iter()
            .take_while(|c| fold(**c).is_ascii_digit())
            .count();
        if run == 4 && t.get(k + 4) == Some(&'年') {
            k += 5;
            continue;
        }
        if run == 0 {
            out.push(t[k]);
            k += 1;
        } else {
            out.extend(&t[k..k + run]);
            k += run;
        }
    }
    out
}

/// The units of a `单位：人、人次` line among the three above the header at `i`: the first
/// of them, the unit of a title printed with none (a title with its own unit keeps it).
fn sheet_units(lines: &[&str], i: usize) -> Option<String> {
    lines[i.saturating_sub(3)..i].iter().rev().find_map(|l| {
        let t = l.trim();
        let rest = t
            .strip_prefix("单位：")
            .or_else(|| t.strip_prefix("单位:"))?;
        let first = rest.split(['、', '，', ',', '/']).next()?.trim();
        (!first.is_empty()
            && first.chars().count() <= 4
            && !first
                .chars()
                .any(|c| fold(c).is_ascii_digit() || c.is_whitespace()))
        .then(|| first.to_string())
    })
}

/// A unit's name wrapped under its row with no 序号 column: a tail of at most 4 characters,
/// not a heading (`区`, `公司`).
fn short_tail(c: &str) -> bool {
    c.chars().count() <= 4 && !c.contains(['、', '．', '.'])
}

/// The most titles a header of units holds.
const MAX_TITLES: usize = 20;

/// Titles of a column numbering the rows.
const SERIAL_TITLES: &[&str] = &["序号", "编号"];

/// A cell numbering a row: digits only, ASCII or full-width.
fn is_serial(c: &str) -> bool {
    !c.is_empty() && c.chars().all(|c| fold(c).is_ascii_digit())
}

/// A line under a row holding only the rest of its unit's name (`集团有限公司`,
/// `公司（减亏）`): one short cell, indented, with no figure and no sentence punctuation.
fn name_tail(line: &str, cs: &[String]) -> bool {
    line.starts_with([' ', '\u{3000}'])
        && cs.len() == 1
        && cs[0].chars().count() <= 12
        && !cs[0].chars().any(|c| fold(c).is_ascii_digit())
        && !cs[0].contains(['，', '。', '；', '：', ':'])
}

/// A column of a table of units: an indicator with its unit, or the month its rows' work
/// starts or is done (`开工时间` / `完工时间  2030年10月`: round 30 D, t160).
enum Column {
    Figure(String, String, Option<char>),
    Start,
    End,
}

/// Titles of the month a row's work starts: read as a month, no goal.
const START_TITLES: &[&str] = &["开工时间", "开始时间", "启动时间"];

/// Titles of the month a row's work is done: its figures' deadline.
const END_TITLES: &[&str] = &["完工时间", "竣工时间", "完成时间"];

/// A corner cell of one character naming the kind of unit its rows are (`区`, `县`).
fn place_kind(c: &str) -> bool {
    ["区", "县", "市", "镇", "乡"].contains(&c.trim())
}

/// A row naming the whole the units make up (全市, 全县, 合计, 总计): its goals are no unit's.
fn whole(c: &str) -> bool {
    let c: String = c.chars().filter(|c| !c.is_whitespace()).collect();
    [
        "合计", "总计", "小计", "全市", "全县", "全区", "全省", "全州", "全旗", "全镇", "集团",
    ]
    .iter()
    .any(|w| c.starts_with(w))
}

/// A cell of words: not empty, at most 20 characters, no digit, no parenthesis.
fn words(c: &str) -> bool {
    let n = c.chars().count();
    (2..=20).contains(&n) && !c.chars().any(|c| is_digit(c) || "（()）%％".contains(c))
}

/// The header's first cell with a bracketed list of the kinds of unit its rows are taken out
/// (`县（市、区）`, round 29 D) read as its words: the list is no figure's unit, it holds a `、`.
fn corner(c: &str) -> String {
    let listed = c
        .find('（')
        .and_then(|open| c[open..].find('）').map(|len| &c[open..open + len]))
        .is_some_and(|inside| {
            // (Or one more kind of unit, `县（区）`: round 30 F1.)
            let inside = inside.trim_start_matches('（');
            // (Or a kind of area, `乡镇（园区）`: round 31 F1.)
            inside.contains('、') || place_kind(inside) || AREA_KINDS.contains(&inside)
        });
    if listed {
        c.chars().filter(|ch| !"（）、".contains(*ch)).collect()
    } else {
        c.to_string()
    }
}

/// An indicator's name whose only figures are part of it (`PM2.5浓度`, `5G基站数`: round 26
/// D) or pick out a class by a bound (`其中10亿元以上`, the projects of 10亿元 and more:
/// round 29 D), with no parenthesis left in it.
fn named_figures(c: &str) -> bool {
    let t: Vec<char> = c.chars().collect();
    (2..=20).contains(&t.len())
        && !c.contains(['（', '(', ')', '）', '%', '％'])
        && crate::extract::numbers::scan_mentions(&t, 0, t.len())
            .iter()
            .all(|m| m.embedded || m.qualifier.is_some() && m.end > m.unit_end)
}

/// The goal year of the title above line `i` (`…2029年经营目标`): one of the two non-blank
/// lines among the four before it, naming a year and 目标 after it.
fn title_year(lines: &[&str], i: usize) -> Option<i32> {
    lines[..i]
        .iter()
        .rev()
        .take(4)
        .filter(|l| !l.trim().is_empty())
        .take(2)
        .find_map(|l| {
            let at = l.find("年")?;
            let digits: String = l[..at].chars().rev().take(4).collect();
            let year: String = digits.chars().rev().collect();
            let y = year
                .parse::<i32>()
                .ok()
                .filter(|y| (2000..=2100).contains(y))?;
            // (A 分解表 gives out goals: `2028年各县（市、区）重点工作量化指标分解表`.)
            // (A 控制指标 / 控制数 table gives out ceilings: `2027年各县（区）生产安全事故控制指标`.)
            let after = &l[at..];
            // (A title of a year's 指标 given out to units, `2027年各设区市…双控指标`, round 31
            // F1, unless it reports results: 完成情况, 执行.)
            (after.contains("目标")
                || after.contains("分解")
                || CEILING_TITLES.iter().any(|w| after.contains(w))
                || after.ends_with("指标") && !RESULT_WORDS.iter().any(|w| after.contains(w)))
            .then_some(y)
        })
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::extract::Rule;

    #[test]
    fn a_numbered_table_with_wrapped_titles_is_read() {
        // (Round 30 F1: a 序号 column, titles wrapped with their units, `≤` after a unit, a
        // wrapped unit name, a dash.)
        let lines = [
            "2027年度主要考核指标目标值",
            "",
            "序号  企业名称          利润总额     净资产收益    资产负债率",
            "                        （亿元）     率（%）       （%）≤",
            "1     甲能源集团        52.0         6.8           65",
            "2     乙交通投资        38.5         —             68",
            "      集团有限公司",
            "3     丙建设集团        21.3         5.5           72",
        ];
        let (ps, r) = read(&lines, 2, None).expect("read");
        assert_eq!(r, 2..8);
        assert_eq!(ps.len(), 8);
        assert!(
            ps.iter()
                .any(|p| p.quote.starts_with("乙交通投资资产负债率") && p.rule == Rule::AtMost)
        );
    }

    #[test]
    fn control_numbers_are_ceilings() {
        let lines = [
            "2027年各县（区）生产安全事故控制指标",
            "",
            "序号    县（区）          事故起数控制数    死亡人数控制数",
            "                            （起）            （人）",
            "1       甲区                18                8",
            "2       乙县                １４              ６",
            "        合计                32                14",
        ];
        let (ps, _) = read(&lines, 2, None).expect("read");
        assert_eq!(ps.len(), 6);
        assert!(ps.iter().all(|p| p.rule == Rule::AtMost));
    }

    #[test]
    fn wrapped_titles_a_unit_line_and_a_notes_due_day_are_read() {
        // (Round 31 F1: titles wrapped with no unit, a `单位：人、人次` line, a corner naming
        // an area in brackets, a wrapped row name, a 注 line's due day.)
        let lines = [
            "    附件        甲县2027年就业工作目标任务分解表",
            "                                              单位：人、人次",
            "    乡镇（园区）    城镇新增就业    农村劳动力转移    职业技能培训",
            "                                    就业新增          （人次）",
            "    甲镇            1250            600               2600",
            "    乙县经济开发    120             —                 200",
            "    区",
            "    合计            1370            600               2800",
            "    注：1.各乡镇（园区）任务数为年度最低任务数，须于12月20日前全部完成。",
        ];
        let (ps, r) = read(&lines, 2, None).expect("read");
        assert_eq!(r, 2..8);
        assert_eq!(ps.len(), 8);
        assert!(
            ps.iter()
                .all(|p| p.deadline.is_some_and(|d| d.month == 12 && d.day == 20))
        );
        assert!(ps.iter().any(|p| p.unit.as_deref() == Some("人次")));
        assert!(ps.iter().any(|p| p.owners == ["乙县经济开发区"]));
    }

    #[test]
    fn a_falls_floor_is_a_cumulative_cap_and_a_coefficient_is_labelled_as_prose_labels_it() {
        let lines = [
            "2027年各设区市用水总量和强度双控指标",
            "",
            "  市          用水总量控制指标     万元GDP用水量较    农田灌溉水有效",
            "              （亿立方米）         2025年下降（%）     利用系数",
            "  甲市        ≤34.20               ≥9.0                ≥0.582",
            "  乙市        ≤31.85               ≥7.0                ≥0.566",
        ];
        let (ps, _) = read(&lines, 2, None).expect("read");
        assert_eq!(ps.len(), 6);
        assert!(
            ps.iter()
                .any(|p| p.measure == crate::extract::Measure::Ytd && p.rule == Rule::AtMost)
        );
        assert!(
            ps.iter()
                .any(|p| p.aggregate == Some("cumulative") && p.rule == Rule::AtMost)
        );
        assert!(ps.iter().any(
            |p| p.unit.as_deref() == Some("倍") && p.measure == crate::extract::Measure::Level
        ));
        // (A spec's unit is never empty: the draft must pass `validate`.)
        assert!(ps.iter().all(|p| p.unit.as_deref() != Some("")));
    }
}
