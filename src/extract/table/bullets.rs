//! A plan's indicators written as a bulleted list instead of a table (round 18 B):
//!
//! ```text
//! ■ 学前教育
//! 　◆ 学前三年毛入园率：2027年达到93.5%，2030年达到95%以上
//! 　● 高等教育毛入学率（%）………………… 2027年 62 ／ 2030年 65
//! 　● 中小学专任教师中研究生学历教师比例（%）…… ≥15
//! ```
//!
//! Each entry is a row: the name before its `：` or its leader dots (with its unit in
//! brackets), one figure per stage year (`2027年…`, `2030年…`; a figure with no year goes to
//! the later of the list's last stage and the plan's end). A run of at least three such entries, group
//! headings (`■ 学前教育`) and entries with no figure (`…：稳步提高`) between them, is read as a
//! table with one goal column per stage year; every entry is quoted by its own line, blanks
//! dropped (a line of a list, not the cells of a table's row).
//! Entries that are sentences (`◆ 学位扩容工程：新建…400所，其中2027年底前完成180所。`) are
//! no rows: they end the list.

use super::figure;
use crate::extract::clauses::BULLETS;
use crate::extract::draft::Proposal;
use std::ops::Range;

/// At most this many lines in one list (a bound on the look-ahead).
const MAX_LINES: usize = 80;

/// One entry: its line, name, unit, and (stage year or none, goal cell) pairs.
struct Entry {
    line: usize,
    name: String,
    unit: Option<String>,
    stages: Vec<(Option<i32>, String)>,
    /// A figure the list cannot read (`力争每年降低0.5个百分点以上`): the line stays prose.
    loose: bool,
}

/// What each line is to a bulleted list, decided once per line: `table::read` asks for a
/// list at every line, and the look-ahead from each start reads up to `MAX_LINES` lines.
pub(super) struct Lines {
    kinds: Vec<Option<Kind>>,
}

/// A line of a bulleted list: an entry, a group heading, a blank, or anything else (which
/// ends the list).
enum Kind {
    Entry(Entry),
    Heading,
    Blank,
    Other,
}

impl Lines {
    pub(super) fn new(n: usize) -> Lines {
        Lines {
            kinds: std::iter::repeat_with(|| None).take(n).collect(),
        }
    }

    /// The kind of line `k`, read the first time it is asked for.
    fn kind(&mut self, lines: &[&str], k: usize) -> &Kind {
        self.kinds[k].get_or_insert_with(|| {
            let t = trimmed(lines[k]);
            if t.is_empty() {
                Kind::Blank
            } else if let Some(e) = entry(lines[k], k) {
                Kind::Entry(e)
            } else if group_heading(t) {
                Kind::Heading
            } else {
                Kind::Other
            }
        })
    }

    /// The entry at line `k`, once its kind is read.
    fn entry(&self, k: usize) -> Option<&Entry> {
        match &self.kinds[k] {
            Some(Kind::Entry(e)) => Some(e),
            _ => None,
        }
    }
}

/// The list starting at line `i`: its proposals, the lines it spans and those of them left
/// to the prose (entries whose figure it cannot read).
pub(super) fn read(
    seen: &mut Lines,
    lines: &[&str],
    i: usize,
    plan: Option<(i32, i32)>,
) -> Option<(Vec<Proposal>, Range<usize>, Vec<usize>)> {
    // (Cheap test first: the list must open with a bulleted entry with a figure.)
    match seen.kind(lines, i) {
        Kind::Entry(e) if !e.stages.is_empty() => {}
        _ => return None,
    }
    let mut j = i + 1;
    while j < lines.len() && j < i + MAX_LINES {
        match seen.kind(lines, j) {
            Kind::Entry(_) => {}
            // A group heading: a bullet and a few words, no punctuation.
            Kind::Heading => {}
            Kind::Blank | Kind::Other => break,
        }
        j += 1;
    }
    // (A group heading right before the list's end belongs to what follows.)
    while j > i + 1 && seen.entry(j - 1).is_none() {
        j -= 1;
    }
    let entries: Vec<&Entry> = (i..j).filter_map(|k| seen.entry(k)).collect();
    let rows: Vec<&Entry> = entries
        .iter()
        .copied()
        .filter(|e| !e.stages.is_empty())
        .collect();
    let dated = rows
        .iter()
        .filter(|e| e.stages.iter().any(|(y, _)| y.is_some()))
        .count();
    if rows.len() < 3 || dated < 2 {
        return None;
    }
    let mut years: Vec<i32> = rows
        .iter()
        .flat_map(|e| e.stages.iter().filter_map(|(y, _)| *y))
        .collect();
    years.sort_unstable();
    years.dedup();
    let last = *years.last()?;
    let undated_year = plan.map_or(last, |(_, end)| end.max(last));
    if !years.contains(&undated_year) {
        years.push(undated_year);
    }
    years.sort_unstable();
    // (A base column, empty, makes every stage year a goal column of the table reader.)
    let base = plan.map_or(years[0], |(start, _)| start.min(years[0])) - 1;
    let mut table = vec![format!(
        "指标\t单位\t{base}年基期\t{}",
        years
            .iter()
            .map(|y| format!("{y}年"))
            .collect::<Vec<_>>()
            .join("\t")
    )];
    for e in &rows {
        let mut row = vec![
            e.name.clone(),
            e.unit.clone().unwrap_or_default(),
            "—".to_string(),
        ];
        for y in &years {
            let cell = e
                .stages
                .iter()
                .find(|(sy, _)| sy.unwrap_or(undated_year) == *y)
                .map_or("—".to_string(), |(_, c)| c.clone());
            row.push(cell);
        }
        table.push(row.join("\t"));
    }
    let read = super::read(&table.join("\n"), plan);
    let mut proposals = read.proposals;
    for (p, line) in proposals.iter_mut().zip(read.rows) {
        // (The table written above has the header on its first line, then one row per
        // entry, in order.)
        let row = line.checked_sub(1).and_then(|r| rows.get(r));
        if let Some(e) = row.filter(|e| e.name == p.name_zh) {
            // (The entry's words without blanks: a line of a list, not cells of a row.)
            p.quote = trimmed(lines[e.line])
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
        }
    }
    let loose = entries.iter().filter(|e| e.loose).map(|e| e.line).collect();
    Some((proposals, i..j, loose))
}

/// The line without its indent and trailing blanks.
fn trimmed(line: &str) -> &str {
    line.trim()
}

/// `■ 学前教育`: a bullet and at most 16 characters of words, no figure, no punctuation.
fn group_heading(t: &str) -> bool {
    let Some(rest) = t.strip_prefix(BULLETS) else {
        return false;
    };
    let n = rest.trim().chars().count();
    (1..=16).contains(&n)
        && !rest
            .chars()
            .any(|c| c.is_ascii_digit() || "：:，,。；;…".contains(c))
}

/// A bulleted entry `◆ 名称：值` or `● 名称（单位）……值`: `None` when the line is none
/// (no bullet, a sentence, a name too long); an entry with no stage when its value has no
/// figure (`稳步提高`).
fn entry(line: &str, at: usize) -> Option<Entry> {
    let t = trimmed(line).strip_prefix(BULLETS)?.trim_start();
    if t.ends_with(['。', '；', ';']) {
        return None;
    }
    let (name, value) = match leader_dots(t) {
        Some((a, b)) => (&t[..a], &t[b..]),
        None => {
            let c = t.find(['：', ':'])?;
            (&t[..c], &t[c + t[c..].chars().next()?.len_utf8()..])
        }
    };
    let name = name.trim();
    let n = name.chars().count();
    if !(2..=40).contains(&n)
        || name.contains(['，', ',', '。', '；'])
        || name.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let (name, mut unit) = name_unit(name);
    let value: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let mut stages = Vec::new();
    let mut loose = false;
    if value.chars().any(|c| c.is_ascii_digit()) {
        for seg in value.split(['，', ',', '；', ';', '／', '/']) {
            let read = stage(seg).and_then(|(ys, cell)| {
                let (cell, u) = cell_unit(&cell)?;
                figure(&cell)?;
                Some((ys, cell, u))
            });
            let Some((ys, cell, u)) = read else {
                loose = true;
                break;
            };
            if unit.is_none() {
                unit = u;
            }
            if ys.is_empty() {
                stages.push((None, cell));
            } else {
                stages.extend(ys.into_iter().map(|y| (Some(y), cell.clone())));
            }
        }
        if loose {
            stages.clear();
        }
    } else if value.chars().count() > 12 {
        return None;
    }
    Some(Entry {
        line: at,
        name,
        unit,
        stages,
        loose,
    })
}

/// The byte range of a run of leader dots (`……`, `……`, `....`, `···`) in `t`.
fn leader_dots(t: &str) -> Option<(usize, usize)> {
    let is_dot = |c: char| matches!(c, '…' | '·' | '.' | '．');
    let mut start = None;
    let mut count = 0;
    for (k, c) in t.char_indices() {
        if is_dot(c) {
            if start.is_none() {
                start = Some(k);
            }
            count += 1;
        } else if let Some(s) = start {
            // (Two dots or more, even right before a figure, `乙率……15`: a decimal point
            // is one.)
            if count >= 2 {
                return Some((s, k));
            }
            start = None;
            count = 0;
        }
    }
    None
}

/// A name's trailing unit in brackets (`高等教育毛入学率（%）` → (…, %)); a bracket that is
/// part of the name (`县（市、区）占比`) stays.
fn name_unit(name: &str) -> (String, Option<String>) {
    if let Some(open) = name.rfind(['（', '(']) {
        let inner = &name[open..];
        let inner = inner
            .trim_start_matches(['（', '('])
            .trim_end_matches(['）', ')']);
        if name.ends_with(['）', ')'])
            && !inner.is_empty()
            && inner.chars().count() <= 8
            && !inner.contains(['、', '，'])
            && !inner.chars().any(|c| c.is_ascii_digit())
        {
            return (name[..open].trim().to_string(), Some(inner.to_string()));
        }
    }
    (name.to_string(), None)
}

/// A stage: its years (`2027年`, `2027年、2030年均`, none) and its goal cell, the words of
/// holding or raising to before it dropped (`保持100%` → `100%`, `提高到95%` → `95%`); a
/// verb of reaching stays in the cell (`达到95%以上`), which `figure` reads, and so does
/// `稳定在`, whose cell `figure` cannot read (the entry is then left to the prose).
fn stage(seg: &str) -> Option<(Vec<i32>, String)> {
    let mut rest = seg;
    let mut years = Vec::new();
    loop {
        let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits != 4 || !rest[4..].starts_with('年') {
            break;
        }
        years.push(rest[..4].parse().ok()?);
        rest = &rest[4 + '年'.len_utf8()..];
        rest = rest.trim_start_matches(['、', '和']);
    }
    for w in ["均保持在", "均保持", "均为", "均达到", "均"] {
        if let Some(r) = rest.strip_prefix(w) {
            rest = r;
            break;
        }
    }
    for w in ["保持在", "保持", "提高到", "提升到", "为"] {
        if let Some(r) = rest.strip_prefix(w) {
            rest = r;
            break;
        }
    }
    (!rest.is_empty()).then(|| (years, rest.to_string()))
}

/// A goal cell's unit written after its figure (`3600人以上` → `3600以上`, 人; `95%以上` keeps
/// its `%`, which `figure` reads): `None` when words other than a unit follow the figure.
fn cell_unit(cell: &str) -> Option<(String, Option<String>)> {
    let start = cell.find(|c: char| c.is_ascii_digit())?;
    let after = cell[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(cell.len(), |k| start + k);
    let tail = &cell[after..];
    let suffix = ["以上", "左右", "以下", "以内"]
        .iter()
        .find(|s| tail.ends_with(*s))
        .map_or("", |s| s);
    let unit = &tail[..tail.len() - suffix.len()];
    if unit == "%" || unit == "％" {
        return Some((cell.to_string(), Some("%".to_string())));
    }
    if unit.is_empty() {
        return Some((cell.to_string(), None));
    }
    if unit.chars().count() > 4 || !unit.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        return None;
    }
    Some((
        format!("{}{}", &cell[..after], suffix),
        Some(unit.to_string()),
    ))
}
