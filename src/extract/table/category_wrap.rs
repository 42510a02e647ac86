//! An indicator name wrapped over two lines beside a 类别 column printed a few characters a
//! line (an OCR'd table):
//!
//! ```text
//! 绿色      单位农林牧渔业增加值二氧化
//! 发展      碳排放降低                %     —     〔１２．
//! ```
//!
//! The first line holds only the category and the head of the name, no figure; the next
//! holds the category's rest (if any), the name's tail and the row's cells. They are one
//! row: the category's two pieces one cell, the name's two pieces one name
//! (`单位农林牧渔业增加值二氧化碳排放降低`). Before, the first line was read as a row of its
//! own (a false assessed target named by its category) and the second as a row named by the
//! name's tail.

use super::columns::{spans, under};
use super::{has_punct, is_name, ocr, serial_cell};

/// A piece of a category's words: one to four Chinese characters.
fn category_piece(t: &str) -> bool {
    (1..=4).contains(&t.chars().count())
        && t.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !ocr::is_class(t)
}

fn unit_like(t: &str) -> bool {
    matches!(t, "%" | "％" | "‰") || super::stacked::unit_cell(t)
}

/// A line that opens a row by itself: its 序号 (after a category's words, if any), a name,
/// then a figure (`民生  8  居民人均可支配收入增长  %  6.1`).
pub(super) fn opens_row(line: &str) -> bool {
    let cs: Vec<String> = super::cells(line)
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    let at = usize::from(cs.first().is_some_and(|c| category_piece(c)));
    cs.get(at).is_some_and(|c| serial_cell(c))
        && cs
            .get(at + 1)
            .is_some_and(|c| is_name(c) && !ocr::is_value(c))
        && cs[at + 2..].iter().any(|c| ocr::is_value(c))
}

/// `row` (a category and a name's head, nothing else) and `next` (the category's rest, the
/// name's tail, the row's cells) as one row, or `None` when `next` does not continue it.
/// `unit_col`: the header has a 单位 column (the cell after the name's tail is its unit).
pub(super) fn joined(row: &str, next: &str, unit_col: bool) -> Option<String> {
    let tab = row.contains('\t') || next.contains('\t');
    let top: Vec<String> = super::cells(row)
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    // The category, a 序号, or both, before the name's head.
    let (cat, serial, head) = match top.as_slice() {
        [a, h] if category_piece(a) => (Some(a), None, h),
        [n, h] if serial_cell(n) => (None, Some(n), h),
        [a, n, h] if category_piece(a) && serial_cell(n) => (Some(a), Some(n), h),
        _ => return None,
    };
    if !is_name(head) || has_punct(head) || head.chars().count() > 30 || ocr::is_value(head) {
        return None;
    }
    let low = super::cells(next);
    let first = low
        .iter()
        .position(|c| ocr::is_value(c) || ocr::is_class(c))?;
    let mut words: Vec<&String> = low[..first].iter().filter(|c| !c.is_empty()).collect();
    let unit = match words.last() {
        Some(u) if unit_col && unit_like(u) => words.pop(),
        _ => None,
    };
    // Which word sits under the category and which under the name: by place on the screen
    // (space-separated), by cell (tab-separated).
    let (cat_tail, name_tail) = match words.as_slice() {
        [] => (None, None),
        [a, b] if cat.is_some() && category_piece(a) => (Some(*a), Some(*b)),
        [w] if cat.is_none() => (None, Some(*w)),
        [w] => {
            let under_cat = if tab {
                low.first().is_some_and(|c| c == *w)
            } else {
                let top_spans = spans(row);
                let piece = spans(next).into_iter().find(|s| &s.2 == *w)?;
                under(&top_spans, piece.0, piece.1) == Some(0)
            };
            if under_cat {
                (Some(*w), None)
            } else {
                (None, Some(*w))
            }
        }
        _ => return None,
    };
    // A line of figures alone finishes a whole name; a line with words after its figures
    // (`6  森林覆盖率  %  41`: the next row, its 序号 first) does not.
    if words.is_empty()
        && !low[first..]
            .iter()
            .all(|c| c.is_empty() || ocr::is_value(c) || ocr::is_class(c))
    {
        return None;
    }
    // (A tail closing the unit's parenthesis after a 序号 alone: `name_continues` reads it.)
    if cat.is_none() && name_tail.is_some_and(|t| t.ends_with(['）', ')'])) {
        return None;
    }
    // A head is a line's worth of the name, as long as its tail at least (`生活  比例` over
    // the next row's name is the last row's tail, not a head).
    let len = |t: &str| t.chars().count();
    if len(head) < 6 || name_tail.is_some_and(|t| len(t) > len(head)) {
        return None;
    }
    if cat_tail.is_some_and(|c| !category_piece(c))
        || name_tail.is_some_and(|t| !is_name(t) || has_punct(t) || t.chars().count() > 16)
    {
        return None;
    }
    let gap = if tab { "\t" } else { "  " };
    let mut out: Vec<String> = Vec::with_capacity(low.len() + 3);
    out.extend(cat.map(|c| format!("{c}{}", cat_tail.map_or("", |s| s.as_str()))));
    out.extend(serial.cloned());
    out.push(format!("{head}{}", name_tail.map_or("", |s| s.as_str())));
    out.extend(unit.cloned());
    out.extend(low[first..].iter().cloned());
    Some(out.join(gap))
}

/// The line after a row that opens with its category (`农民  农村规模化供水工程覆盖农村人口
/// %  ６２  ８５`), holding only the category's rest and the name's last characters
/// (`生活  比例`): the row with both joined (before, the line was a false assessed row).
pub(super) fn tail_below(row: &str, next: &str) -> Option<String> {
    if row.contains('\t') || next.contains('\t') {
        return None;
    }
    let low: Vec<String> = super::cells(next)
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    let [cat_tail, tail] = low.as_slice() else {
        return None;
    };
    if !category_piece(cat_tail)
        || !is_name(tail)
        || has_punct(tail)
        || ocr::is_class(tail)
        || tail.chars().count() > 6
    {
        return None;
    }
    let mut top: Vec<String> = super::cells(row)
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    let name = if top.get(1).is_some_and(|c| serial_cell(c)) {
        2
    } else {
        1
    };
    if top.len() < name + 2
        || !category_piece(&top[0])
        || !is_name(&top[name])
        || top[name].ends_with(['）', ')'])
        || !top[name + 1..].iter().any(|c| ocr::is_value(c))
    {
        return None;
    }
    top[0].push_str(cat_tail);
    top[name].push_str(tail);
    Some(top.join("  "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_categorys_rest_and_a_names_tail_below_a_row_finish_it() {
        assert_eq!(
            tail_below(
                "农民      农村规模化供水工程覆盖农村人口     %      ６２      ８５      预期性",
                "生活      比例"
            )
            .as_deref(),
            Some("农民生活  农村规模化供水工程覆盖农村人口比例  %  ６２  ８５  预期性")
        );
        // A row that does not open with its category, or a line with figures: not a tail.
        assert!(tail_below("森林覆盖率  %  41  43", "生活  比例").is_none());
        assert!(tail_below("农民  供水覆盖率  %  62  85", "生活  比例  %  3").is_none());
    }

    use super::{joined, tail_below};

    #[test]
    fn a_name_wrapped_beside_its_category_is_one_row() {
        assert_eq!(
            joined(
                "绿色      单位农林牧渔业增加值二氧化",
                "发展      碳排放降低                               %          —              〔１２．",
                true
            )
            .as_deref(),
            Some("绿色发展  单位农林牧渔业增加值二氧化碳排放降低  %  —  〔１２．")
        );
        assert_eq!(
            joined(
                "绿色   营运车辆单位运输周转量二氧",
                "安全   化碳排放降低                    ％        〔８．２〕      〔１０〕        约束性",
                true
            )
            .as_deref(),
            Some("绿色安全  营运车辆单位运输周转量二氧化碳排放降低  ％  〔８．２〕  〔１０〕  约束性")
        );
        // The category's rest alone under it: the name was whole.
        assert_eq!(
            joined(
                "生态      森林覆盖率（%）",
                "环境            41       43     约束性",
                false
            )
            .as_deref(),
            Some("生态环境  森林覆盖率（%）  41  43  约束性")
        );
    }

    #[test]
    fn a_name_wrapped_after_its_serial_is_one_row() {
        assert_eq!(
            joined(
                "5   县域农产品冷链物流",
                "    覆盖率                 %      ６５      ≥８５     预期性",
                true
            )
            .as_deref(),
            Some("5  县域农产品冷链物流覆盖率  %  ６５  ≥８５  预期性")
        );
        assert_eq!(
            joined(
                "绿色  13  单位地区生产总值二氧化",
                "低碳      碳排放降低       %     —     〔１７〕   约束性",
                true
            )
            .as_deref(),
            Some("绿色低碳  13  单位地区生产总值二氧化碳排放降低  %  —  〔１７〕  约束性")
        );
        // The next row, with its own 序号 and name: not a continuation.
        assert!(joined("5  生态环境质量", "6  森林覆盖率  %  41  43", true).is_none());
    }

    #[test]
    fn a_row_of_its_own_or_prose_is_not_joined() {
        // The first line has a figure: a row.
        assert!(joined("绿色  森林覆盖率  41", "发展  碳排放  %  —  〔１２〕", true).is_none());
        // Three words before the figures: not a category, a name's tail and a unit.
        assert!(
            joined(
                "绿色  单位GDP能耗",
                "发展  降低  比重  %  —  〔１２〕",
                true
            )
            .is_none()
        );
        // A short piece over a longer name: the last row's tail, not this row's head.
        assert!(
            joined(
                "生活      比例",
                "          农产品加工转化率   %   ７０   ７５   预期性",
                true
            )
            .is_none()
        );
        // A long first cell is no category.
        assert!(joined("生态环境质量  稳定", "森林覆盖率  %  41  43", true).is_none());
    }
}
