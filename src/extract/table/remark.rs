//! A table's remarks column (`备注`, `说明`, or a scoring column, `评分标准`): what it says is about the row (纳入民生实事, a
//! past figure such as `2026年新增3200个`), not its goal. The row is read as before, but a
//! remark printed last is left out of the row's quote, so that a past figure there is not
//! quoted as part of the goal.

use super::super::within::Part;
use super::{Header, cell_at};
use crate::extract::draft::Proposal;
use crate::extract::lexicon::GOAL_CLASSES;

/// A header cell naming the remarks column.
pub(super) fn is_title(c: &str) -> bool {
    matches!(c, "备注" | "说明" | "备注说明" | "备 注") || scoring_title(c)
}

/// A header cell naming an assessment table's scoring column (`评分标准`: points off per
/// shortfall, bonuses, caps): about the row, never its goal; left out of the quote as a
/// remark is.
fn scoring_title(c: &str) -> bool {
    matches!(
        c,
        "评分标准" | "评分办法" | "评分细则" | "计分办法" | "计分标准" | "计分方法"
    )
}

/// A remark cell opening with a class word (`预期性`, `约束性，见注3`, `约束性指标`): a table
/// with no 属性 column writes the class there. The word stands alone, or before punctuation, a
/// space or 指标: a remark in prose (`指导性意见另行印发`) names no class (review 26).
pub(super) fn opens_with_class(c: &str) -> bool {
    let c = c.trim_start();
    GOAL_CLASSES.iter().any(|(w, _)| {
        c.strip_prefix(w).is_some_and(|r| {
            r.starts_with("指标")
                || r.chars()
                    .next()
                    .is_none_or(|c| c.is_whitespace() || !crate::extract::numbers::is_cjk(c))
        })
    })
}

/// `p`'s quote without the row's remark when the quote ends with it.
pub(super) fn trim_quote(h: &Header, cs: &[String], p: &mut Proposal) {
    let Some(cell) = h.remark.and_then(|k| cell_at(h, cs, k)) else {
        return;
    };
    let cell = cell.trim();
    if cell.is_empty() || cell == "—" {
        return;
    }
    if let Some(rest) = p.quote.trim_end().strip_suffix(cell) {
        let rest = rest.trim_end();
        if !rest.is_empty() {
            p.quote = rest.to_string();
        }
    }
}

/// The deadline a remarks cell gives in a table with no 完成时限 column (`2027年8月底前投用`,
/// `2027年底前完成`, `6月底前完成主体工程`, `全年`): a 民生实事 or project list writes each
/// row's date there. The cell is read as a 完成时限 cell is (`due::row_due`), or by the date
/// it opens with (`work_cell::lead_due`); a remark naming no date (`含跨区项目`, `暑期完成`,
/// `预期性`) gives none.
pub(super) fn due(h: &Header, cs: &[String]) -> Option<Part> {
    if h.due.is_some() {
        return None;
    }
    let cell = h.remark.and_then(|k| cell_at(h, cs, k))?;
    super::due::row_due(h, Some(cell)).or_else(|| super::work_cell::lead_due(cell))
}
