//! Indicator cards (指标卡, 指标说明 appendices): one indicator per RECORD BLOCK of labelled
//! lines, `指标名称：森林覆盖率` / `单位：%` / `2025年基期值：41.6` / `2030年目标值：42.5` /
//! `属性：约束性` / `指标解释：…` / `牵头单位：市林业局`, or the same fields on one line split
//! by full-width spaces. A run of two records or more becomes a table: a header of the
//! fields' labels in the order first met, one tab-separated row per record (written on the
//! record's last line), every other line of the run blank, so the table reader reads it as a
//! table pasted with tabs. Text fields (指标解释, 计算方法, 数据来源, 备注) and partner units
//! (配合单位) are left out: their figures are definitions and past data, not goals.
//!
//! The header is written on the first record's first line when that record spans two lines
//! or more, else on the line before it when that line is blank or a short heading; else the
//! run is no table. Between two records at most `MAX_GAP` lines of other text (a heading
//! `二、…`, a running header, a blank line) may stand; they are blanked.

use super::pipe_wrap::Row;

/// Lines of other text allowed between two records.
const MAX_GAP: usize = 4;
/// Distinct labels a run's first two records may hold (its header's columns).
const MAX_LABELS: usize = 12;

#[derive(Clone, Copy, PartialEq)]
enum Field {
    Name,
    Kept,
    Dropped,
}

/// What a label names: the indicator's name, a kept column (unit, base, goal, attribute, lead
/// unit), a dropped text column, or `None` for no label of a card.
fn field(label: &str) -> Option<Field> {
    let l = label.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if matches!(l, "指标名称" | "指标") {
        return Some(Field::Name);
    }
    if matches!(
        l,
        "单位"
            | "计量单位"
            | "属性"
            | "指标属性"
            | "指标性质"
            | "牵头单位"
            | "责任单位"
            | "主责单位"
    ) {
        return Some(Field::Kept);
    }
    if matches!(
        l,
        "配合单位"
            | "协办单位"
            | "指标解释"
            | "指标说明"
            | "指标含义"
            | "计算方法"
            | "计算公式"
            | "数据来源"
            | "统计口径"
            | "备注"
            | "指标类型"
    ) {
        return Some(Field::Dropped);
    }
    let values = ["目标值", "基期值", "基准值", "现状值", "预期值"];
    let rest = l.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年');
    (values.contains(&rest) && l.chars().count() <= 10).then_some(Field::Kept)
}

/// The labelled fields of a line (`单位：%`, or several split by full-width spaces), or `None`
/// when the line is not made of card fields.
fn fields(line: &str) -> Option<Vec<(String, Field, String)>> {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if t.is_empty() || !t.contains('：') {
        return None;
    }
    let mut out: Vec<(String, Field, String)> = Vec::new();
    for piece in t.split(['\u{3000}', '\t']).filter(|p| !p.trim().is_empty()) {
        let labelled = piece
            .split_once('：')
            .and_then(|(l, v)| field(l).map(|f| (l.trim().to_string(), f, v.trim().to_string())));
        match (labelled, out.last_mut()) {
            (Some(f), _) => out.push(f),
            // A value holding a full-width space: the rest of the field before.
            (None, Some(last)) => {
                last.2.push('\u{3000}');
                last.2.push_str(piece);
            }
            (None, None) => return None,
        }
    }
    Some(out)
}

/// A record opening at `lines[at]` (a line whose first field is 指标名称): its kept fields and
/// the line after it.
fn record(lines: &[&str], at: usize) -> Option<(Vec<(String, String)>, usize)> {
    let first = fields(lines.get(at)?)?;
    if first.first()?.1 != Field::Name {
        return None;
    }
    let mut kept: Vec<(String, String)> = Vec::new();
    let mut j = at;
    let mut fs = first;
    loop {
        for (label, f, value) in fs {
            match f {
                Field::Name if j > at => return Some((kept, j)),
                Field::Name => kept.push(("指标名称".to_string(), value)),
                Field::Kept => kept.push((label, value)),
                Field::Dropped => {}
            }
        }
        j += 1;
        match lines.get(j).and_then(|l| fields(l)) {
            Some(next) if next.first().is_some_and(|f| f.1 != Field::Name) => fs = next,
            _ => return Some((kept, j)),
        }
    }
}

/// A short heading or blank line the header may be written on (`一、森林覆盖率`).
fn free_line(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    t.chars().count() <= 30 && !t.contains(['：', '，', '。'])
}

/// The rows of a run of indicator cards opening at `lines[at]` (see the module's doc), each
/// with the line it is written on, and the line after the run; on failure, the line before
/// which no run can open (so that no line is read again as a run's start or second record).
pub(super) fn rows(lines: &[&str], at: usize) -> Result<(Vec<Row>, usize), usize> {
    let (first, mut end) = record(lines, at).ok_or(at + 1)?;
    let mut records: Vec<(usize, Vec<(String, String)>)> = vec![(end - 1, first)];
    let header_at = if end - at >= 2 {
        at
    } else if at > 0 && free_line(lines[at - 1]) {
        at - 1
    } else {
        return Err(end);
    };
    let mut labels: Vec<String> = Vec::new();
    let mut j = end;
    while j < lines.len() && j <= end + MAX_GAP {
        if let Some((r, next)) = record(lines, j) {
            // A card gives a goal: the first two records hold a field besides their name,
            // decided as soon as the second is read (so that a run is never read in full to
            // be refused); a later record with none is left out. The header is the labels
            // of the first two records (at most `MAX_LABELS`); a later record bringing a new
            // one ends the run (another table of cards).
            if records.len() == 1 {
                if records[0].1.len() < 2 || r.len() < 2 {
                    return Err(j);
                }
                for (l, _) in records[0].1.iter().chain(&r) {
                    if !labels.contains(l) {
                        if labels.len() == MAX_LABELS {
                            return Err(j);
                        }
                        labels.push(l.clone());
                    }
                }
            } else if r.iter().any(|(l, _)| !labels.contains(l)) {
                break;
            }
            records.push((next - 1, r));
            end = next;
            j = next;
        } else {
            j += 1;
        }
    }
    if records.len() < 2 {
        return Err(j);
    }
    records.retain(|(_, r)| r.len() >= 2);
    let mut out: Vec<Row> = vec![(header_at, labels.clone())];
    for (line, r) in records {
        let cells = labels
            .iter()
            .map(|l| {
                r.iter()
                    .find(|(k, _)| k == l)
                    .map_or(String::new(), |(_, v)| v.clone())
            })
            .collect();
        out.push((line, cells));
    }
    Ok((out, end))
}
