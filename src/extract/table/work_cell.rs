//! A work list's 年度目标 cell written as a sentence (`完成路基工程10公里，年度完成投资2.3亿元`,
//! `新增养老床位不少于240张`), as 重点项目 and 民生实事 tables have beside a 建设内容及规模
//! column: the cell is read as prose, each figure in it a target of its own (its words
//! decide the rule: 不少于, 以上, 达到 …), due by the row's 完成时限. The other cells — the
//! project's whole scope (总投资, 总建筑面积, a 2025—2027 programme) — are never read, and
//! the quote is the row from the goal cell on, so that it holds no scope figure.

use super::super::Field;
use super::{Header, cell_at};
use crate::extract::WHOLE_CLAUSE_NAME;
use crate::extract::draft::Proposal;
use crate::extract::lexicon::{self, is_digit};

/// The longest goal cell read as prose, in characters (a cell is a sentence or two).
const MAX_CELL: usize = 200;

/// The status word of a running total built (`lexicon::CLAUSE_STATUS`).
const RUNNING_BUILT: &str = "累计建成";

/// The targets of a row whose goal cell is words with figures in them, owned by `owners`;
/// none when the cell is a bare figure (read as a table cell) or holds no figure a prose
/// reading proposes.
pub(super) fn proposals(h: &Header, cs: &[String], row: &str, owners: &[String]) -> Vec<Proposal> {
    let Some(cell) = h.goal.and_then(|(c, _)| cell_at(h, cs, c)) else {
        return Vec::new();
    };
    let cell = cell.trim();
    let digits = cell.chars().any(is_digit);
    let words = cell
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    let name = h
        .name
        .and_then(|c| cell_at(h, cs, c))
        .map(|c| c.trim().to_string())
        .filter(|c| c.chars().count() >= 2);
    // A goal cell that opens with its figure and carries its unit (`8个以上`, `2.5万亩`,
    // `≤32微克/立方米`) in a table with no unit column: the row's task names it, so the two
    // are read together as one clause (`城关镇招引亿元以上项目8个以上`).
    // (Not after a task ending in a digit or letter, `建设道路5`: glued, the two figures
    // would read as one.)
    let named_figure = h.unit.is_none()
        && name
            .as_deref()
            .and_then(|t| t.chars().last())
            .is_some_and(|c| !c.is_ascii_alphanumeric() && !('０'..='９').contains(&c))
        && cell
            .chars()
            .next()
            .is_some_and(|c| is_digit(c) || super::columns::BOUND_SIGNS.contains(&c))
        && cell
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || "%％/".contains(c));
    if !digits
        || (!named_figure && (words < 2 || super::figure(cell).is_some()))
        || cell.chars().count() > MAX_CELL
    {
        return Vec::new();
    }
    // (A cell whose figure stood apart at single spaces, `新建 20 个`, was joined when the row
    // was cut into cells: found in the row by its words before the figure, after the name.
    // Twenty-third set, fixed after the run.)
    let Some(at) = row.find(cell).or_else(|| {
        let head: String = cell
            .chars()
            .take_while(|&c| !c.is_whitespace() && !is_digit(c))
            .collect();
        let from = name
            .as_deref()
            .and_then(|n| row.find(n).map(|k| k + n.len()))
            .unwrap_or(0);
        (head.chars().count() >= 2)
            .then(|| row.get(from..)?.find(&head).map(|k| k + from))
            .flatten()
    }) else {
        return Vec::new();
    };
    let opts = crate::extract::ExtractOptions { year: None };
    if named_figure {
        let task = name.unwrap_or_default();
        let text = format!("{task}{cell}");
        let mut out = crate::extract::extract(&text, &opts).targets;
        if out.is_empty() && !cell.starts_with(['≥', '≤', '＞', '＜', '>', '<']) {
            // A bare figure with its unit in the goal column (`一般公共预算收入  156亿元` in a
            // mid-year report's 全年目标 column): the goal, a floor, as a bare figure in a
            // goal column is.
            out = crate::extract::extract(&format!("{task}达到{cell}"), &opts).targets;
            for p in &mut out {
                p.review(
                    Field::Rule,
                    "no rule word in the goal cell; read as at-least".into(),
                );
            }
        }
        for p in &mut out {
            p.quote = row.trim().to_string();
            p.owners = owners.to_vec();
        }
        return out;
    }
    // (The whole row where no column holds a project's scope: the row's name is quoted.
    // Where one does, the quote starts at the goal cell, the project's name before it, so
    // that the quote still says whose goal it is: round 30 A.)
    let quote = if h.scope.is_some() {
        named_quote(name.as_deref(), row, at)
    } else {
        row.trim().to_string()
    };
    let mut out = crate::extract::extract(cell, &opts).targets;
    if out.is_empty() && cell.contains(RUNNING_BUILT) {
        // A goal cell states a goal: `累计建成数字化车间200个` under 目标 is the total the row
        // must reach by its 完成时限, not the status report prose takes 累计建成 for
        // (`lexicon::CLAUSE_STATUS`). Read without the status word.
        out = crate::extract::extract(&cell.replacen(RUNNING_BUILT, "建成", 1), &opts).targets;
    }
    if out.is_empty() {
        // A cell that is a name and its figure alone (`通达率100%`): the level the row must
        // reach, a floor, as a bare figure in a goal column is (annotated so 2 of 2 in task
        // tables' goal cells: t109, heldout15b x1).
        if let Some(text) = named_bare_figure(cell) {
            out = crate::extract::extract(&text, &opts).targets;
            for p in &mut out {
                p.review(
                    Field::Rule,
                    "no rule word in the goal cell; read as at-least".into(),
                );
            }
        }
    }
    // (A task cell that is itself the goal column, `新组建紧密型教育集团4个` under 工作任务 in a
    // table with no goal column: no project name before the figure's own; round 30 A.)
    let project = name.filter(|_| h.goal.map(|(g, _)| g) != h.name);
    for p in &mut out {
        // The project's name before the figure's own (`二级公路改建工程：路基工程`); a cell
        // with no name of its own (`突破1200亿元`, `完成28个`: the prose reading fell back to
        // the whole clause) is named by the row's task alone.
        if let Some(project) = &project {
            // (A name that is the verb alone, `建成` of `累计建成1000个以上`, is none.)
            if p.reviews.iter().any(|r| *r.note == *WHOLE_CLAUSE_NAME) || p.name_zh == "建成" {
                p.name_zh = project.clone();
                p.reviews.retain(|r| *r.note != *WHOLE_CLAUSE_NAME);
            } else if !p.name_zh.contains(project.as_str()) {
                p.name_zh = format!("{project}：{}", p.name_zh);
            }
        }
        p.quote = quote.clone();
        p.owners = owners.to_vec();
    }
    out
}

/// `通达率100%` as `通达率达到100%`: a goal cell that is a name in words (no figure, no
/// verb or rule word) and a percentage, nothing else.
fn named_bare_figure(cell: &str) -> Option<String> {
    let at = cell.find(is_digit)?;
    let (name, figure) = cell.split_at(at);
    let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let unit = figure.trim_start_matches(|c: char| is_digit(c) || ".．".contains(c));
    let plain_name = name.chars().count() >= 2
        && name.chars().all(|c| cjk(c) || "（）()".contains(c))
        && ![
            "达到",
            "提高",
            "降低",
            "下降",
            "控制",
            "保持",
            "不低于",
            "不少于",
            "完成",
            "增长",
        ]
        .iter()
        .any(|w| name.contains(w));
    // (A rate only: `三年累计安排6亿元` is a sum with its verb, not a name and its level.)
    let plain_unit = matches!(unit, "%" | "％");
    (plain_name && plain_unit).then(|| format!("{name}达到{figure}"))
}

/// A row whose cell was broken over two lines when the table was copied out of Word (a
/// merged or wrapped cell: `2\t青禾至北山` then `二级公路改建工程\t改建…\t…`, or the
/// 责任单位 `县发改局` then `国网某供电公司\t2026年11月`): tab-separated, the row opening
/// with its 序号 and short of the header's cells, the next line no more than the rest, its
/// first cell words (no serial number, no figure). The two pieces of the cell are joined: with `、` in an owners'
/// column (two units), else glued (a name cut in two).
pub(super) fn merged(h: &Header, row: &str, next: &str) -> Option<String> {
    // (A line led by blank cells, `<TAB><TAB>新建农村水厂2座<TAB>县住建局<TAB>2026年10月`, holds
    // its pieces in their columns: a row under merged cells or wrapped tails, `tab_wrap`.)
    if !row.contains('\t') || !next.contains('\t') || next.starts_with('\t') {
        return None;
    }
    let a: Vec<&str> = row.trim_end().split('\t').collect();
    let b: Vec<&str> = next.trim().split('\t').collect();
    let head = b.first()?.trim();
    let words = head
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    // The row opens with its 序号 (or the blank of a merged one), so a line opening with
    // words is no row of its own; two breaks in one row (`城区公共⏎停车设施  …  区城管局⏎
    // 区交通局  2027年9月`) are joined one after the other.
    let serial = a.first().is_some_and(|c| is_serial_cell(c));
    // A figure cut at the line's end (`7\t新改建农村公路\t12` then `0公里\t县交通运输局\t…`):
    // the row ends with a digit and the next line opens with one, and the two make the row
    // whole exactly. The pieces are glued (`120公里`).
    let cut_figure = a.last().is_some_and(|c| c.trim_end().ends_with(is_digit))
        && head.starts_with(is_digit)
        && a.len() + b.len() - 1 == h.cols;
    // A cell's figure wrapped whole onto the next line (`…惠及居民` then `5200户以上\t区住建局
    // \t…`): the line opens with a figure and its unit, no bare 序号, and the two lines make
    // the row whole exactly.
    let figure_head = head.starts_with(is_digit)
        && !head.chars().all(|c| is_digit(c) || ".．、".contains(c))
        && a.len() + b.len() - 1 == h.cols;
    if a.len() >= h.cols
        || !serial
        || a.len() + b.len() - 1 > h.cols
        || (!cut_figure && !figure_head && (words < 2 || head.starts_with(is_digit)))
        || a.last().is_none_or(|c| c.trim().is_empty())
    {
        return None;
    }
    if cut_figure {
        return Some(format!("{}{}", row.trim_end(), next.trim()));
    }
    let col = a.len() - 1;
    let joint = owners_joint(h, col, a[col], head);
    Some(format!("{}{}{}", row.trim_end(), joint, next.trim()))
}

/// A row's 序号 cell: blank (a merged one), a number (`12`), or a sub-row's number
/// (`1.1`, `2.13`, `3-2`: digits joined by one `.` or `-`).
fn is_serial_cell(c: &str) -> bool {
    let c = c.trim();
    let mut parts = c.split(['.', '．', '-']);
    let short = |p: &str| (1..=3).contains(&p.len()) && p.chars().all(|ch| ch.is_ascii_digit());
    c.is_empty()
        || (parts.next().is_some_and(short)
            && parts.next().is_none_or(short)
            && parts.next().is_none())
}

/// A row's cell wrapped over three lines by a Word copy: the row (`2.2\t高新技术企业\t总数
/// 达到95家，`), a middle line holding only the cell's middle (no tab:
/// `高新技术产业增加值占规上工业增加值`), then its end and the row's remaining cells (`比重
/// 达到48%\t县科技局\t…`). The middle is glued to the row when the last line then joins it
/// as [`merged`] reads it; a middle that reads as a line of its own (a heading `二、…`, a
/// sentence ending in `。`, a 注, a long line of prose) is not a cell's middle.
pub(super) fn merged_across(h: &Header, row: &str, mid: &str, next: &str) -> Option<String> {
    let m = mid.trim();
    let heading = m
        .chars()
        .nth(1)
        .is_some_and(|c| c == '、' || c == '．' || c == '.');
    if m.is_empty()
        || mid.contains('\t')
        || m.chars().count() > 30
        || heading
        || m.starts_with('注')
        || m.ends_with(['。', '：', ':'])
    {
        return None;
    }
    merged(h, &format!("{}{m}", row.trim_end()), next)
}

/// What joins two pieces of a cell broken over two lines: `、` between two units of an
/// owners' column (`县发改局` then `国网某供电公司`: the second opens as a unit's name does),
/// nothing where the first piece already ends its unit with `、` or a unit's name was cut in
/// two (`各街道办` then `事处`, `区` then `城管局`), nor in any other column.
pub(super) fn owners_joint(h: &Header, col: usize, first: &str, second: &str) -> &'static str {
    let owners = [h.owner, h.partners].contains(&Some(col));
    let first = first.trim_end();
    let opens_unit = [
        "区", "县", "市", "省", "各", "国", "中国", "乡", "镇", "街道", "团",
    ]
    .iter()
    .any(|p| second.trim_start().starts_with(p));
    // (A place's name cut before its level, `省能源局、岚西` over `市政府`: one unit,
    // 岚西市政府, glued; round 32 A.)
    let last = first
        .rsplit(['、', '，', ',', '；'])
        .next()
        .unwrap_or(first);
    let cut_place = last.chars().count() == 2
        && last.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !lexicon::UNIT_NAME_ENDS.iter().any(|e| last.ends_with(e))
        && ["市", "县", "区"]
            .iter()
            .any(|p| second.trim_start().starts_with(p))
        && first.contains(['、', '，', ',', '；']);
    if owners && !first.ends_with(['、', '，', ',', '；']) && opens_unit && !cut_place {
        "、"
    } else {
        ""
    }
}

/// Does a column title name a project's scope (建设内容及规模, 建设内容, 建设规模, 主要建设内容)?
pub(super) fn is_scope_title(c: &str) -> bool {
    c.contains("建设内容") || c.contains("建设规模") || c == "规模"
}

/// A row of a table with a scope column whose goal is in words (`建成通水`): its quote starts
/// at the goal cell, so that no scope figure is quoted as though it were the goal. A goal
/// cell that is a bare figure under a 单位 column (`公办幼儿园建设  新建、改扩建公办幼儿园  6
/// 所`) is no such words: the scope cell names what the figure counts, and the row is quoted
/// whole, its project's name with it (the figure alone may also stand in the 序号 cell).
pub(super) fn quote_from_goal(h: &Header, cs: &[String], row: &str, p: &mut Proposal) {
    let Some(cell) = h.goal.and_then(|(c, _)| cell_at(h, cs, c)) else {
        return;
    };
    let cell = cell.trim();
    if h.unit.is_some() && super::figure(cell).is_some() {
        return;
    }
    if let (false, Some(at)) = (cell.is_empty(), row.find(cell)) {
        // The project's name opens the quote: a bare figure (`8.0` under 2028年计划投资) says
        // nothing alone (round 25 B), nor does a goal in words (`完成码头主体结构`) say whose
        // it is (round 30 A).
        let name = h.name.and_then(|c| cell_at(h, cs, c)).map(|c| c.trim());
        p.quote = named_quote(name, row, at);
    }
}

/// The row from the goal cell at byte `at` on, trimmed, after the project's name (the row's
/// name cell) and a tab when the name stands before the cell; the trimmed row alone else.
fn named_quote(name: Option<&str>, row: &str, at: usize) -> String {
    let rest = row[at..].trim();
    match name.filter(|n| !n.is_empty() && row[..at].contains(n)) {
        Some(name) => format!("{name}\t{rest}"),
        None => rest.to_string(),
    }
}

/// The deadline a goal cell opens with, in a table with no 完成时限 column (`9月底前建成投运`,
/// `年底前主体结构封顶`, `6月底前完成…`): the cell's lead up to 前, read as a 完成时限 cell
/// is; none when the cell does not open with a date (`完成改造管网120公里`) or is the date
/// alone.
pub(super) fn lead_due(cell: &str) -> Option<super::super::within::Part> {
    let c: Vec<char> = cell.trim().chars().collect();
    let k = c.iter().take(10).position(|&ch| ch == '前')?;
    if c.len() <= k + 2 {
        return None;
    }
    let lead: String = c[..=k].iter().collect();
    super::super::within::due_cell(&lead)
}

/// A goal cell that is a deadline alone (`2027年6月30日前`, `２０２７年３月３１日前`, a
/// performance-goal form's …完成时间 row): the row's work is done by that date, a milestone
/// (eighteenth set, B).
pub(super) fn date_goal(cell: &str) -> Option<super::super::within::Part> {
    let c = cell.trim();
    if !c.ends_with('前') || !c.chars().any(is_digit) {
        return None;
    }
    super::super::within::due_cell(c)
}
