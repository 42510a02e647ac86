//! Tables turned on their side: one row per year, one column per indicator (`年份  地区生产
//! 总值（亿元）  常住人口城镇化率（%）` / `2025年（基期）  263  58.4` / `2030年  360  63.5`).
//! Each is turned back into the ordinary table it stands for (`指标  单位  2025年（基期）
//! 2030年  属性`, one row per indicator) and read as one, so the base year, the goal years,
//! the measures and the deadlines are decided as for any table.
//!
//! - **The header**: a first cell 年份 / 年度 (spaces inside it allowed; or a split corner
//!   cell, `指标/年份`), then at least two
//!   cells of an indicator's name, each with its unit in parentheses, or the units on the
//!   line below (`（亿元）  （%）`, as many as the names).
//! - **The rows**: at least two lines of exactly the header's number of cells, the first a
//!   year (`2027年`, `2025年（基期）`, `2030年目标`), every other a figure or a no-figure mark
//!   (—); a 属性 row (`属性  预期性  约束性`) after them gives each column's class.
//! - **The quote** of each target: the year's row title, the column's header and the cell
//!   (`2030年<TAB>森林覆盖率（%）<TAB>≥62`), not the base year's figure.
//! - **Flows**: each year row's figure of a flow (`城镇新增就业`, `新建改建农村公路`) is that
//!   year's (ytd), as in a table with a column for each year (`years::as_year_flow`).
//! - **The base**: the first year row is the base (a past figure) when its title says so or
//!   it is before the plan's first year; every later year row is then a goal of its own
//!   (a table by year), unless its title names a result (实际, 完成, 预计).

use super::{cells, figure, name_and_unit, ocr, year_cell};
use crate::extract::draft::Proposal;
use crate::extract::lexicon::is_digit;
use crate::extract::{Date, Measure};
use std::ops::Range;

/// Year rows looked for at most (bounded scans).
const MAX_ROWS: usize = 60;

/// The proposals of a table by year whose header is line `i`, and the lines it covers.
pub(super) fn read(
    lines: &[&str],
    i: usize,
    plan: Option<(i32, i32)>,
) -> Option<(Vec<Proposal>, Range<usize>)> {
    let line = lines[i];
    // Cheap gate first (this runs at every line): the line opens with 年份 / 年度, or with
    // a split corner cell (`指标/年份`, `年份＼指标`).
    let first: String = line
        .trim_start()
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(2)
        .collect();
    if !["年份", "年度", "指标", "项目"].contains(&first.as_str()) {
        return None;
    }
    let head = cells(line);
    if !head.first().is_some_and(|c| corner(c)) || head.len() < 3 {
        return None;
    }
    let mut columns: Vec<(String, Option<String>)> =
        head[1..].iter().map(|c| name_and_unit(c)).collect();
    if columns.iter().any(|(n, _)| !words(n)) {
        return None;
    }
    let mut j = i + 1;
    // The units on their own line below the names.
    if let Some(units) = lines.get(j).and_then(|l| unit_line(l, columns.len())) {
        for ((_, u), unit) in columns.iter_mut().zip(units) {
            if u.is_none() {
                *u = Some(unit);
            }
        }
        j += 1;
    }
    let mut rows: Vec<(String, i32, Vec<String>)> = Vec::new();
    let mut class: Option<Vec<String>> = None;
    while j < lines.len() && rows.len() < MAX_ROWS {
        let cs = cells(lines[j]);
        if cs.len() != head.len() {
            break;
        }
        if let Some(y) = year_cell(&cs[0]) {
            if !cs[1..]
                .iter()
                .all(|c| figure(c).is_some() || ocr::is_dash(c))
            {
                break;
            }
            rows.push((cs[0].clone(), y, cs[1..].to_vec()));
        } else if cs[0].contains("属性") && cs[1..].iter().all(|c| ocr::is_class(c)) {
            class = Some(cs[1..].to_vec());
            j += 1;
            break;
        } else {
            break;
        }
        j += 1;
    }
    if rows.len() < 2 || rows.windows(2).any(|w| w[1].1 <= w[0].1) {
        return None;
    }
    // The ordinary table it stands for: a header with one column per year, one row per
    // indicator.
    let base_titled = super::base_word(&rows[0].0);
    let before_plan = plan.is_some_and(|(start, _)| rows[0].1 < start);
    let first_is_base = base_titled || before_plan;
    let mut header = vec!["指标".to_string(), "单位".to_string()];
    for (k, (title, year, _)) in rows.iter().enumerate() {
        header.push(if k == 0 && !base_titled && before_plan {
            format!("{year}年基期")
        } else {
            title.clone()
        });
    }
    if class.is_some() {
        header.push("属性".to_string());
    }
    let mut table = vec![header.join("\t")];
    for (c, (name, unit)) in columns.iter().enumerate() {
        let mut row = vec![name.clone(), unit.clone().unwrap_or_default()];
        // (A yearly flow's base-year figure sets no direction for a later year's: `新建农村
        // 公路  212` then `80`, `90` is no fall. It is left out.)
        let flow = super::years::yearly(name, unit.as_deref());
        row.extend(rows.iter().enumerate().map(|(k, (_, _, vs))| {
            if k == 0 && flow && first_is_base {
                "—".to_string()
            } else {
                vs[c].clone()
            }
        }));
        if let Some(cl) = &class {
            row.push(cl[c].clone());
        }
        table.push(row.join("\t"));
    }
    let read = super::read(&table.join("\n"), plan);
    let mut proposals = read.proposals;
    for (p, line) in proposals.iter_mut().zip(read.rows) {
        let Some(year) = p.deadline.map(|d| d.year) else {
            continue;
        };
        // A row per year: each figure of a flow is that year's (`years::as_year_flow`).
        super::years::as_year_flow(p, year);
        // (A count of additions read as such by its name, `新建改建农村公路`: that year's too.)
        if p.measure == Measure::Ytd && p.aggregate.is_none() {
            p.start = Date::new(year, 1, 1);
        }
        // The quote: the year's row title, the column's header and the cell, as printed.
        // (The table written above has the header on its first line, then one row per
        // column, in order.)
        let col = line
            .checked_sub(1)
            .filter(|&c| columns.get(c).is_some_and(|(n, _)| *n == p.name_zh));
        let row = rows.iter().position(|(_, y, _)| *y == year);
        if let (Some(c), Some(r)) = (col, row) {
            p.quote = format!("{}\t{}\t{}", rows[r].0, head[c + 1], rows[r].2[c]);
        }
    }
    Some((proposals, i..j))
}

/// The header's first cell of a table by years: 年份 / 年度 (spaces inside allowed), or a
/// corner split between the rows' and the columns' titles (`指标/年份`, `年份＼项目`).
fn corner(c: &str) -> bool {
    let c: String = c.chars().filter(|c| !c.is_whitespace()).collect();
    let year = |t: &str| t == "年份" || t == "年度";
    if year(&c) {
        return true;
    }
    let parts: Vec<&str> = c.split(['/', '／', '\\', '＼']).collect();
    parts.len() == 2
        && parts.iter().any(|t| year(t))
        && parts
            .iter()
            .all(|t| year(t) || *t == "指标" || *t == "项目")
}

/// A line of units under the header's names (`（亿元）  （%）`): `n` cells, each a short
/// parenthesis with no figure in it.
fn unit_line(line: &str, n: usize) -> Option<Vec<String>> {
    let cs = cells(line);
    (cs.len() == n).then_some(())?;
    cs.iter()
        .map(|c| {
            let inner = c
                .strip_prefix(['（', '('])?
                .strip_suffix(['）', ')'])?
                .trim();
            (!inner.is_empty()
                && inner.chars().count() <= 8
                && !inner.chars().any(|c| c.is_ascii_digit()))
            .then(|| inner.to_string())
        })
        .collect()
}

/// An indicator's name: 2 to 30 characters, Chinese in it, no digit.
fn words(c: &str) -> bool {
    let n = c.chars().count();
    (2..=30).contains(&n)
        && c.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
        && !c.chars().any(is_digit)
}
