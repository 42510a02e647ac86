//! A tab-separated row whose cells wrapped onto the next line in their own columns (a PDF
//! copy of a task-division table: each wrapped cell's tail printed under it, the line led by
//! the tabs of the empty 序号 and 任务 cells):
//!
//! ```text
//! 5<TAB>燃气管道更新<TAB>完成城镇燃气老化管道更新改造<TAB>区住建局<TAB>区应急管理局、<TAB>2028年6月底前
//! <TAB><TAB>86公里<TAB><TAB>区燃气公司
//! ```
//!
//! The line is a continuation, never a row of its own, when its 序号 and name cells are
//! empty, it has no more cells than the row, it leaves some cell after the name empty (a
//! line filling them all is a row under a merged 序号 and name, as is a line with a deadline of
//! its own under the row's deadline), and each piece it holds
//! lies under a cell of the row that is not empty. Each piece joins the cell above it: glued (`…更新改造86公里`),
//! or after `、` where an owners' column lists a further unit (`work_cell::owners_joint`).

use super::Header;
use super::work_cell::owners_joint;
use crate::extract::clauses::fold;
use crate::extract::within;

/// How a project's whole name ends (`智能制造项目`, `…改造工程`): a name so ended is not cut.
const WORKS_ENDS: &[&str] = &["项目", "工程"];

/// `row` with the pieces of `next` joined to the cells above them, when `next` continues
/// it (see the module's doc).
pub(super) fn continued(h: &Header, row: &str, next: &str) -> Option<String> {
    if !row.contains('\t') || !next.starts_with('\t') {
        return None;
    }
    let mut a: Vec<String> = row.trim_end().split('\t').map(String::from).collect();
    let b: Vec<&str> = next.trim_end().split('\t').collect();
    let name = h.name.unwrap_or(1).max(1);
    let blank = |k: usize| b.get(k).is_none_or(|c| c.trim().is_empty());
    // A row short of the header's cells, its last cell cut at the line's end (`5<TAB>低空应急
    // 救援<TAB>…缩短至12分钟以` then `<TAB><TAB>内<TAB>市应急管理局<TAB>…<TAB>2030年底`): the line
    // below holds that cell's tail under it and the row's remaining cells after it.
    let short = a.len() < h.cols;
    let room = if short { h.cols } else { a.len() };
    // (The name's own tail may stand in its cell, `<TAB>制造项目<TAB>…<TAB>息化厅`, beside a
    // later cell's tail, on a line with no figure under a row with every cell filled: words
    // going on under the row's cells; round 32 A. A line with a category cell before its
    // name, `<TAB>可持续影响指标<TAB>预算绩效管理制度`, is a row of its own. So is one under a
    // name that ends as a project's does, `智能制造项目` over `<TAB>设备更新项目<TAB>更新设备<TAB>
    // <TAB>市发改委`: a merged 序号's second project, not the name's tail; review 27.)
    let name_tail = !short
        && (0..name).all(blank)
        && !blank(name)
        && !a
            .get(name)
            .is_some_and(|c| WORKS_ENDS.iter().any(|e| c.trim_end().ends_with(e)))
        && (name + 1..b.len()).any(|k| !blank(k))
        && !b
            .iter()
            .any(|c| c.chars().any(|ch| fold(ch).is_ascii_digit()));
    if b.len() > room || a.len() > h.cols || !((0..=name).all(blank) || name_tail) {
        return None;
    }
    // Every cell after the name filled: a row of its own under a merged 序号 and name (a
    // project's second part, `<TAB><TAB>改造农村供水管网120公里<TAB>完成管网改造60公里<TAB>县水利局
    // <TAB>2026年11月`), not the tails of wrapped cells.
    if b.len() == a.len() && (name + 1..b.len()).all(|k| !blank(k)) {
        return None;
    }
    // A short row ending in a whole cell (`1<TAB>农村供水保障<TAB>改造…120公里<TAB>县水利局`, its
    // blank 完成时限 and 备注 trimmed): a line with pieces under its earlier cells as well
    // (`<TAB><TAB>新建农村水厂2座<TAB>县住建局<TAB>2026年10月`) is a row of its own under merged
    // cells; only the last cell of a row cut at the line's end goes on below.
    if short && (name + 1..a.len().saturating_sub(1)).any(|k| !blank(k)) {
        return None;
    }
    // A deadline of its own under the row's deadline: a second row under merged cells
    // (`<TAB><TAB>改造农村供水管网60公里<TAB><TAB>县自然资源局<TAB>2026年12月`), whose goal and
    // deadline would be glued to the row's.
    let own_due = |cell: Option<&str>| cell.is_some_and(|c| within::due_cell(c).is_some());
    if h.due
        .is_some_and(|d| own_due(a.get(d).map(String::as_str)) && own_due(b.get(d).copied()))
    {
        return None;
    }
    let mut any = false;
    for (k, piece) in b.iter().enumerate() {
        let piece = piece.trim();
        if k >= a.len() {
            a.push(piece.to_string());
            any |= !piece.is_empty();
            continue;
        }
        if piece.is_empty() {
            continue;
        }
        if a[k].trim().is_empty() {
            return None;
        }
        let joint = owners_joint(h, k, &a[k], piece);
        a[k] = format!("{}{joint}{piece}", a[k].trim_end());
        any = true;
    }
    any.then(|| a.join("\t"))
}
