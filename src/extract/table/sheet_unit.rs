//! The unit a table's figures share, printed on a line of its own above the header (a
//! key-projects investment plan copied from a PDF, round 25 B):
//!
//! ```text
//!                                                  单位：亿元
//! 序号   项目名称   建设内容及规模   总投资   2028年计划投资   建设起止年限   责任单位
//! ```
//!
//! A row whose goal cell is a bare figure, with no 单位 column and no unit in its name,
//! takes it ([`super::row_proposal`]'s last resort). One unit only: a line listing several
//! (`单位：亿元、%`) says which columns hold which no more than the rows' own units do.

use super::{figure, unit_cell_text};

/// How far above the header the unit line may stand (a title or a blank line between).
const LINES_ABOVE: usize = 3;

/// The unit of a `单位：亿元` / `金额单位：万元` / `（单位：万元）` line among the few above
/// the header at `head`.
pub(super) fn above(lines: &[&str], head: usize) -> Option<String> {
    (head.saturating_sub(LINES_ABOVE)..head)
        .rev()
        .find_map(|k| of_line(lines[k]))
}

/// The unit a line ends with after `单位：` (the line's last words: a title may stand before
/// it on the same line).
fn of_line(line: &str) -> Option<String> {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let t = t.trim_end_matches(['）', ')']);
    let at = t
        .rfind("单位：")
        .map(|a| a + "单位：".len())
        .or_else(|| t.rfind("单位:").map(|a| a + "单位:".len()))?;
    let unit = t[at..].trim();
    (unit_cell_text(unit)
        && unit.chars().count() <= 4
        && !unit.contains(['、', '，', ',', '/', '；', ' ']))
    .then(|| unit.to_string())
}

/// The unit the goal column's title gives in brackets at its end (`2027年计划投资（亿元）`, its
/// `（亿元）` sometimes wrapped onto the header's second line): every figure of the column is
/// in it, as if a `单位：亿元` line stood above the table (round 32 A). Only a unit a figure
/// may carry (`1亿元` reads so), never a word in brackets (`目标值（预期）`).
pub(super) fn of_title(title: &str) -> Option<String> {
    split_title(title).map(|(_, u)| u)
}

/// A title with a unit in brackets at its end, cut there: the words before the bracket
/// (`2027年计划投资`, read as a year's column as if written bare) and the unit.
pub(super) fn split_title(title: &str) -> Option<(&str, String)> {
    let body = title.trim().strip_suffix(['）', ')'])?;
    let at = body.rfind(['（', '('])?;
    let unit = body[at..].trim_start_matches(['（', '(']).trim();
    (unit_cell_text(unit) && unit.chars().count() <= 4)
        .then(|| figure(&format!("1{unit}")))
        .flatten()
        .and_then(|f| f.unit)
        .filter(|u| u == unit)
        .map(|u| (body[..at].trim_end(), u))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_unit_on_a_line_above_the_header_is_read() {
        let lines = [
            "  2028年投资计划表",
            "                 单位：亿元",
            "序号  项目名称",
        ];
        assert_eq!(above(&lines, 2).as_deref(), Some("亿元"));
        assert_eq!(of_line("（金额单位：万元）").as_deref(), Some("万元"));
        assert_eq!(of_line("单位：亿元、%"), None);
        assert_eq!(of_line("各有关单位：现将计划印发给你们"), None);
        assert_eq!(of_title("2027年计划投资（亿元）").as_deref(), Some("亿元"));
        assert_eq!(of_title("目标值（预期）"), None);
        assert_eq!(of_title("2027年目标"), None);
    }
}
