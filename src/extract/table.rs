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

use super::clauses::fold;
use super::draft::Proposal;
use super::{Date, Field, Goal, Measure, Rule, fmt_num};

/// A table found in the text: the lines it covers (so the prose reader skips them) and
/// its proposals.
pub struct Tables {
    /// For each line of the text: is it part of a table (header or row)?
    pub table_line: Vec<bool>,
    pub proposals: Vec<Proposal>,
}

/// Cells of a line: split at tabs (empty cells kept, so columns stay aligned) or, with no
/// tab, at runs of two or more spaces (ASCII or full-width).
fn cells(line: &str) -> Vec<String> {
    let line = line.trim_end();
    if line.contains('\t') {
        return line.split('\t').map(|c| c.trim().to_string()).collect();
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut spaces = 0;
    for ch in line.trim_start().chars() {
        if ch == ' ' || ch == '\u{3000}' {
            spaces += if ch == '\u{3000}' { 2 } else { 1 };
            continue;
        }
        if spaces >= 2 && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        } else if spaces > 0 && !cur.is_empty() {
            cur.push(' ');
        }
        spaces = 0;
        cur.push(ch);
    }
    if !cur.is_empty() {
        out.push(cur);
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

/// A year header cell (`2025年`, `２０２５年`, `2025`): the year.
fn year_cell(c: &str) -> Option<i32> {
    let f = folded(c);
    let d = f.strip_suffix('年').unwrap_or(&f).trim();
    (d.len() == 4 && d.chars().all(|c| c.is_ascii_digit()))
        .then(|| d.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

struct Header {
    cols: usize,
    name: Option<usize>,
    base: Option<(usize, i32)>,
    goal: Option<(usize, i32)>,
    window: Option<usize>,
    class: Option<usize>,
}

fn header(cs: &[String]) -> Option<Header> {
    if cs.iter().filter(|c| !c.is_empty()).count() < 3 {
        return None;
    }
    let years: Vec<(usize, i32)> = cs
        .iter()
        .enumerate()
        .filter_map(|(i, c)| year_cell(c).map(|y| (i, y)))
        .collect();
    let window = cs
        .iter()
        .position(|c| c.contains("年均") || c.contains("累计"));
    if years.is_empty() && window.is_none() {
        return None;
    }
    Some(Header {
        cols: cs.len(),
        name: cs.iter().position(|c| c.contains("指标")),
        base: (years.len() >= 2).then(|| years[0]),
        goal: years.last().copied(),
        window,
        class: cs.iter().position(|c| c.contains("属性")),
    })
}

/// A figure in a goal cell.
struct Figure {
    rule: Option<Rule>,
    value: f64,
    cumulative: bool,
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

fn figure(cell: &str) -> Option<Figure> {
    let f: String = folded(cell)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let f = f.trim_end_matches('*').trim_end_matches('%');
    let (f, cumulative) = match f.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
        Some(x) => (x, true),
        None => (f, false),
    };
    let mut rule = None;
    let mut rest = f;
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
    let tail = rest[len..].trim_start_matches('%').trim_start_matches('*');
    // A remark after the figure (`>7、力争投入强度高于…`) does not change it.
    let tail = match tail.find(['、', ',', ';', '；']) {
        Some(p) => &tail[..p],
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
        rule,
        value,
        cumulative,
    })
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
    if lead > 0 && f[..lead].chars().any(|c| c.is_ascii_digit()) {
        // `f` folds one char to one char, so char counts line up.
        let n = f[..lead].chars().count();
        s = &s[s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)..];
    }
    let s = s.trim_end_matches(['*', '＊']);
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
    (s.to_string(), None)
}

const FALL: &[&str] = &["降低", "下降", "减少"];

/// Read the tables of `text` (the raw text, lines as given). `plan` is the plan period the
/// text names, for tables whose header gives no goal year.
pub fn read(text: &str, plan: Option<(i32, i32)>) -> Tables {
    let lines: Vec<&str> = text.lines().collect();
    let mut table_line = vec![false; lines.len()];
    let mut proposals = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(h) = header(&cells(lines[i])) else {
            i += 1;
            continue;
        };
        table_line[i] = true;
        let mut j = i + 1;
        while j < lines.len() {
            let mut row = lines[j].to_string();
            let mut used = 1;
            let filled = |l: &str| cells(l).iter().filter(|c| !c.is_empty()).count();
            if filled(&row) < 2 {
                // A lone cell inside a table: a category (经济发展) standing on its own line,
                // or the head of an indicator name wrapped over two lines (`数字经济核心产业
                // 增加值占GDP比⏎重（%）  7.8  10`). Anything else (注：…, prose) ends the table.
                let next = lines.get(j + 1).filter(|l| filled(l) >= 2);
                match (lone_cell(&row), next) {
                    (Some(LoneCell::Category), Some(_)) => {
                        table_line[j] = true;
                        j += 1;
                        continue;
                    }
                    (Some(LoneCell::NameHead), Some(next)) => {
                        row = format!("{}{}", row.trim(), next.trim_start());
                        used = 2;
                    }
                    _ => break,
                }
            }
            // A number broken over two lines: inside 〔…〕, or a row cut short after a digit
            // (`11.⏎76  预期性`): join the next line.
            while j + used < lines.len() {
                let next = lines[j + used].trim_start();
                let open_bracket = row.matches('〔').count() > row.matches('〕').count();
                let cut_number = cells(&row).len() < h.cols
                    && row.trim_end().ends_with(|c: char| is_digitish(c))
                    && row.ends_with(|c: char| !c.is_whitespace())
                    && cells(next)
                        .first()
                        .is_some_and(|c| !c.is_empty() && c.chars().all(is_digitish));
                if !(open_bracket || cut_number) {
                    break;
                }
                row.push_str(next);
                used += 1;
            }
            // The tail of a wrapped name on the line after the row (`…占GDP  7.8  10⏎比重（%）`).
            if let Some(tail) = lines.get(j + used).and_then(|l| name_tail(&row, l)) {
                row = insert_after_name(&row, tail);
                used += 1;
            }
            let cs = cells(&row);
            if cs.iter().filter(|c| !c.is_empty()).count() < 2 {
                break;
            }
            for t in &mut table_line[j..j + used] {
                *t = true;
            }
            if let Some(p) = row_proposal(&h, &cs, &row, plan) {
                proposals.push(p);
            }
            j += used;
        }
        i = j;
    }
    Tables {
        table_line,
        proposals,
    }
}

/// The window of a table's rows: the year after the base year to the end of the goal year,
/// else the plan period.
fn table_window(h: &Header, plan: Option<(i32, i32)>) -> (Option<Date>, Option<Date>) {
    match (h.goal, h.base, plan) {
        (Some((_, g)), Some((_, b)), _) if b < g => (Date::new(b + 1, 1, 1), Date::new(g, 12, 31)),
        (Some((_, g)), _, Some((a, e))) if (a..=e).contains(&g) => {
            (Date::new(a, 1, 1), Date::new(g, 12, 31))
        }
        (_, _, Some((a, e))) => (Date::new(a, 1, 1), Date::new(e, 12, 31)),
        (Some((_, g)), _, None) => (None, Date::new(g, 12, 31)),
        _ => (None, None),
    }
}

fn is_digitish(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '.' | '．')
}

enum LoneCell {
    Category,
    NameHead,
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
    let note = ["注", "说明", "资料来源", "数据来源"]
        .iter()
        .any(|w| t.starts_with(w));
    let cjk = t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if n < 2 || prose || note || !cjk || t.starts_with(|c: char| is_digitish(c)) {
        return None;
    }
    let has_unit = t.contains('（') || t.contains('(');
    if n <= 6 && !has_unit {
        Some(LoneCell::Category)
    } else if !t.ends_with('）') && !t.ends_with(')') {
        Some(LoneCell::NameHead)
    } else {
        None
    }
}

/// The tail of an indicator name wrapped onto the next line (`比重（%）`): one short cell that
/// closes a unit parenthesis, after a row whose name has none.
fn name_tail<'a>(row: &str, next: &'a str) -> Option<&'a str> {
    let t = next.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let cs = cells(t);
    let n = t.chars().count();
    let closes = (t.ends_with('）') && t.contains('（')) || (t.ends_with(')') && t.contains('('));
    let row_name = cells(row)
        .into_iter()
        .find(|c| c.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)))?;
    let row_has_unit = row_name.contains('（') || row_name.contains('(');
    (cs.len() == 1
        && n <= 20
        && closes
        && !row_has_unit
        && !t.chars().any(|c| "，。；：".contains(c)))
    .then_some(t)
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

fn row_proposal(
    h: &Header,
    cs: &[String],
    row: &str,
    plan: Option<(i32, i32)>,
) -> Option<Proposal> {
    // Align the row to the header: same count → by position; else from the right (a row
    // without its category cell).
    let at = |col: usize| -> Option<&String> {
        if cs.len() == h.cols {
            cs.get(col)
        } else {
            let off = h.cols.checked_sub(col)?;
            cs.len().checked_sub(off).and_then(|k| cs.get(k))
        }
    };
    let name_cell = match h.name {
        Some(c) => at(c)?.clone(),
        None => cs
            .iter()
            .find(|c| c.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)))?
            .clone(),
    };
    let (name, unit) = name_and_unit(&name_cell);
    if name.chars().count() < 2 {
        return None;
    }
    let goal_cell = h
        .goal
        .and_then(|(c, _)| at(c))
        .filter(|c| figure(c).is_some());
    let window_cell = h.window.and_then(at).filter(|c| figure(c).is_some());
    let class = h.class.and_then(at).cloned().unwrap_or_default();
    let class_key = if class.contains("约束") {
        Some("binding")
    } else if class.contains("预期") {
        Some("expected")
    } else {
        None
    };
    let window_of = |plan: Option<(i32, i32)>| table_window(h, plan);
    let (cell, in_window_col) = match (goal_cell, window_cell) {
        (Some(c), _) => (c, false),
        (None, Some(c)) => (c, true),
        _ => {
            // No figure: a goal in words (保持在合理区间, 高于GDP增长) in the goal or 年均/累计 cell.
            let words: Vec<&String> = [h.goal.map(|(c, _)| c), h.window]
                .into_iter()
                .flatten()
                .filter_map(at)
                .collect();
            let text = words
                .iter()
                .map(|w| w.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let mut p = super::worded_goal(&name, &text, row.trim().to_string())?;
            p.class = class_key;
            if p.of.is_some() {
                p.unit = unit.or(Some("%".into()));
                p.aggregate = Some("average");
            }
            let mut notes = Vec::new();
            let window = window_of(plan);
            if window.0.is_none() {
                notes.push((
                    Field::Start,
                    "missing start: the table gives only the goal year".into(),
                ));
            }
            p.place(window, notes);
            return Some(p);
        }
    };
    let fig = figure(cell)?;
    let base = h.base.and_then(|(c, _)| at(c)).and_then(|c| figure(c));
    let fall = FALL.iter().any(|w| name.ends_with(w));
    let growth = name.contains("增长") || name.contains("增速");
    let pct = unit.as_deref() == Some("%");
    let mut notes: Vec<(Field, String)> = Vec::new();
    // 〔X〕 on a rate: a cumulative change over the window; a bare figure in the 年均/累计
    // column of a rate: the average annual rate.
    let aggregate = if (fall || growth) && pct {
        if fig.cumulative {
            Some("cumulative")
        } else if in_window_col {
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
        (
            Measure::Growth,
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
        if fig.rule.is_none() {
            notes.push((Field::Rule, "no sign in the table; read as at-least".into()));
        }
        (
            Measure::Level,
            fig.rule.unwrap_or(Rule::AtLeast),
            Goal::Value(fig.value),
            None,
        )
    };
    let (start, deadline) = window_of(plan);
    if start.is_none() && deadline.is_some() {
        notes.push((
            Field::Start,
            "missing start: the table gives only the goal year".into(),
        ));
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
    if let (Some(b), false) = (&base, fig.cumulative) {
        what.push(format!("base-year figure {}", fmt_num(b.value)));
    }
    let mut p = Proposal::new(name, measure, rule, row.trim().to_string());
    if !what.is_empty() {
        p.review(Field::Target, what.join("; "));
    }
    match unit {
        Some(u) => p.unit = Some(u),
        None => p.review(Field::Unit, "missing unit: the row gives none".into()),
    }
    p.goal = Some(goal);
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
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
