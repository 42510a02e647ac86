//! A row of an OCR'd table continued on the next line piece by piece, each piece printed
//! under the cell it belongs to (the columns are told apart by runs of spaces, so each
//! piece's place on the line says which cell it ends):
//!
//! ```text
//! 生态    单位地区生产总值二氧化碳排放降低    —     〔１８〕    碳排放达峰后稳    约束性
//!         （％）                                                中有降
//! 空气质量优良天数比率（％）          ８６．５     ９２．          ９５        约束性
//!                                                  ５
//! ```
//!
//! A piece joins the cell it overlaps most on the screen (wide characters count two
//! columns), else the cell starting nearest to it (at most four columns away). It is
//! joined only where it can belong: the name, a short piece closing its unit (`（％）`)
//! when the name has no unit yet; a cell of words after the name (a goal in words, `中有降`); a number cut
//! after its dot (`９２．` + `５`); the name's rest with no parenthesis only beside a goal's
//! words going on (`排放降低` under the name, `达任务` under `完成市下`). A line with any other piece (a figure under a whole
//! figure, words under a figure or a 属性 word, a long piece: the next row's name) is not a
//! continuation, and nothing is joined.

use super::{is_name, ocr};
use crate::extract::lexicon::is_digit;
use unicode_width::UnicodeWidthChar;

/// The cells of a line split at runs of two or more spaces (a full-width space counts
/// two), each with its first and last screen column.
pub(super) fn spans(line: &str) -> Vec<(usize, usize, String)> {
    spans_at(line, |ch| ch.width().unwrap_or(0))
}

/// The cells of a line split at runs of two or more spaces, every character one column (as
/// a PDF copy pads).
pub(super) fn char_spans(line: &str) -> Vec<(usize, usize, String)> {
    spans_at(line, |_| 1)
}

/// The cells of a line split at runs of two or more space columns, each character `width`
/// columns wide, with each cell's first and last column.
fn spans_at(line: &str, width: fn(char) -> usize) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let (mut col, mut spaces) = (0usize, 0usize);
    for ch in line.chars() {
        let w = if ch == '\t' {
            // Tabs: not a layout this reads (a tab table keeps its cells apart).
            return Vec::new();
        } else {
            width(ch)
        };
        if ch == ' ' || ch == '\u{3000}' {
            spaces += w.max(1);
        } else {
            match out.last_mut() {
                Some(last) if spaces < 2 => {
                    last.2.extend(std::iter::repeat_n(' ', spaces));
                    last.2.push(ch);
                    last.1 = col + w;
                }
                _ => out.push((col, col + w, ch.to_string())),
            }
            spaces = 0;
        }
        col += w;
    }
    out
}

/// Signs opening a goal cell's figure (`≥395家`, `≤2个工作日`).
pub(super) const BOUND_SIGNS: [char; 6] = ['≥', '≤', '＞', '＜', '>', '<'];

/// The cell of `row` (spans) a piece at `a..b` belongs under.
pub(super) fn under(row: &[(usize, usize, String)], a: usize, b: usize) -> Option<usize> {
    let overlap = |k: usize| {
        let (s, e, _) = &row[k];
        b.min(*e).saturating_sub(a.max(*s))
    };
    let best = (0..row.len()).max_by_key(|&k| overlap(k))?;
    if overlap(best) > 0 {
        return Some(best);
    }
    (0..row.len())
        .filter(|&k| row[k].0.abs_diff(a) <= 4)
        .min_by_key(|&k| row[k].0.abs_diff(a))
}

/// `row` with the pieces of `next` joined to the cells above them, when `next` continues
/// it (see the module's doc); cells kept apart by the row's own gaps.
pub fn continued(row: &str, next: &str) -> Option<String> {
    let mut cells = spans(row);
    let pieces = spans(next);
    if pieces.is_empty() || cells.len() < 3 {
        return None;
    }
    let first = cells.iter().position(|c| is_name(&c.2))?;
    // A category column beside the 序号 (`数字产  7  数字经济核心产业增加值占地区 …`): the
    // category's words, printed a few characters per line, go on under it (`业化`).
    let category = category_before_serial(&cells, first);
    let name = if category.is_some() { first + 2 } else { first };
    let mut joins: Vec<(usize, String)> = Vec::with_capacity(pieces.len());
    // A name's rest closing no parenthesis (`排放降低`), joined only when a goal in words
    // goes on beside it on the same line (`达任务` under `完成市下`).
    let (mut bare_name, mut words_goal) = (false, false);
    for (a, b, piece) in &pieces {
        let k = under(&cells, *a, *b)?;
        let cell = &cells[k].2;
        let unit = piece.starts_with(['（', '(']) && piece.ends_with(['）', ')']);
        // (A piece opening with a bound sign, `≥20期` under `≥395家`, is a goal of its own,
        // the next row's: never a goal's words going on; round 31 A. A date's rest, `３１日前`
        // under `２０２７年３月`, still joins.)
        let figure_head = piece.starts_with(BOUND_SIGNS);
        let words = (is_name(piece) || unit)
            && !figure_head
            && piece.chars().count() <= 8
            && !piece.chars().any(|c| "，。；：！？".contains(c))
            && !ocr::is_value(piece);
        // The rest of a name with its unit (`生产总值比重（%）`), under a name with none.
        let name_tail = is_name(piece)
            && piece.chars().count() <= 12
            && piece.contains(['（', '('])
            && !piece.chars().any(|c| "，。；：！？".contains(c));
        let fits = if Some(k) == category {
            category_piece(piece)
        } else if k == name {
            // The name's unit (`（％）`, `方米）`), to a name that has none yet; a piece that
            // closes no parenthesis may be a category or the next row's name.
            let closes = piece.ends_with(['）', ')']) && !cell.ends_with(['）', ')']);
            let bare = words && is_name(piece) && !piece.contains(['（', '(', '）', ')']);
            bare_name |= bare && !closes;
            ((words || name_tail) && closes) || bare
        } else if k > name {
            // (Not under a goal opening with a bound sign, `≥３０万元`: a figure, whole; words
            // under it are the next row's, `明显提高`. Round 31 A.)
            let goal_words = words
                && is_name(cell)
                && !cell.starts_with(BOUND_SIGNS)
                && !ocr::is_class(cell)
                && !ocr::is_class(piece);
            words_goal |= goal_words;
            goal_words || (ocr::is_cut_number(cell) && piece.chars().all(is_digit))
        } else {
            false
        };
        if !fits {
            return None;
        }
        joins.push((k, piece.clone()));
    }
    if bare_name && !words_goal {
        return None;
    }
    for (k, piece) in joins {
        cells[k].2.push_str(&piece);
    }
    Some(
        cells
            .into_iter()
            .map(|c| c.2)
            .collect::<Vec<_>>()
            .join("  "),
    )
}

/// A category cell at `at` followed by a 序号 and the indicator's name: its index.
fn category_before_serial(cells: &[(usize, usize, String)], at: usize) -> Option<usize> {
    (category_piece(&cells[at].2)
        && cells.get(at + 1).is_some_and(|c| super::serial_cell(&c.2))
        && cells.get(at + 2).is_some_and(|c| is_name(&c.2)))
    .then_some(at)
}

/// A piece of a category's words: one to four Chinese characters, nothing else.
fn category_piece(piece: &str) -> bool {
    (1..=4).contains(&piece.chars().count())
        && piece
            .chars()
            .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !ocr::is_class(piece)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_join_the_cells_above_them() {
        let row = "生态    单位地区生产总值二氧化碳排放降低    —           〔１８〕        碳排放达峰后稳    约束性";
        let next = "        （％）                                                          中有降";
        assert_eq!(
            continued(row, next).as_deref(),
            Some(
                "生态  单位地区生产总值二氧化碳排放降低（％）  —  〔１８〕  碳排放达峰后稳中有降  约束性"
            )
        );
        let row = "        空气质量优良天数比率（％）          ８６．５     ９２．          ９５                 约束性";
        let next = "                                                        ５";
        assert_eq!(
            continued(row, next).as_deref(),
            Some("空气质量优良天数比率（％）  ８６．５  ９２．５  ９５  约束性")
        );
    }

    #[test]
    fn a_goal_of_its_own_under_a_goal_cell_is_the_next_row() {
        let row = "产出指标    数量指标      系统接入预算单位数量              ≥395家";
        let next = "                          操作培训期数                      ≥20期";
        assert_eq!(continued(row, next), None);
        let row = "效益指标    经济效益指标  节约纸质票据印制成本        ≥３０万元";
        let next = "            社会效益指标  群众缴费便利度              明显提高";
        assert_eq!(continued(row, next), None);
    }

    #[test]
    fn a_category_written_a_few_characters_per_line_goes_on_under_itself() {
        let row = " 数字产      7     数字经济核心产业增加值占地区                    6.8         １０          15         预期性";
        let next = " 业化              生产总值比重（%）";
        assert_eq!(
            continued(row, next).as_deref(),
            Some(
                "数字产业化  7  数字经济核心产业增加值占地区生产总值比重（%）  6.8  １０  15  预期性"
            )
        );
        let row = " 产业数      12    规模以上工业企业关键工序数控化率（%）            56.2        ６８．         80         预期性";
        let next =
            " 字化                                                                         ５";
        assert_eq!(
            continued(row, next).as_deref(),
            Some(
                "产业数字化  12  规模以上工业企业关键工序数控化率（%）  56.2  ６８．５  80  预期性"
            )
        );
        // The next row's category and name are no continuation.
        assert!(
            continued(
                row,
                " 数字化      16     政务服务事项“一网通办”率（%）   86＊   ≥98   —   预期性"
            )
            .is_none()
        );
    }

    #[test]
    fn the_next_row_or_a_piece_under_a_figure_is_no_continuation() {
        let row = "        森林覆盖率（％）                    ４２．１     ４３            ４５                 约束性";
        // The next row's name, wrapped (a long piece; and the name above has its unit).
        assert!(continued(row, "        每千人口拥有３岁以下婴幼儿托位数").is_none());
        // A figure under a whole figure.
        assert!(continued(row, "                                                  ７").is_none());
        // Words under a figure.
        assert!(
            continued(
                row,
                "                                                   左右"
            )
            .is_none()
        );
        assert!(continued(row, "                                        — ２３ —").is_none());
    }
}
