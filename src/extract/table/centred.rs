//! Cells wrapped over lines in a table copied from a PDF, where a row's one-line cells are
//! printed on its middle line and a wrapped cell's lines stand above and below it:
//!
//! ```text
//! 软件和信息技术服务业营业
//! 6 亿元 260 300 345 400 市科技局
//! 收入
//! 12 工业产品质量抽检合格率 % 97.6 ≥98 ≥98 ≥98 市市场监管
//! 局
//! ```
//!
//! The head of a name stands above a line that opens with the row's 序号 and has no name
//! of its own (a unit or a figure follows the number); the name's tail, a few characters,
//! stands below it when the next line is not a row needing a name of its own. A 牵头单位
//! cut at the end of the last column leaves its last characters (`局`, `委`, `中心`) on a
//! line of their own.

use super::{is_name, ocr};
use crate::extract::lexicon::is_digit;

/// A row number (1–3 digits, ASCII or full-width) opening a line, and the rest of the line
/// after the space that follows it.
fn serial(line: &str) -> Option<(&str, &str, &str)> {
    let t = line.trim_start();
    let end = t
        .char_indices()
        .find(|&(_, c)| !is_digit(c))
        .map(|(k, _)| k)?;
    if end == 0 || t[..end].chars().count() > 3 {
        return None;
    }
    let rest = &t[end..];
    let gap_end = rest
        .char_indices()
        .find(|&(_, c)| !(c == ' ' || c == '\u{3000}'))
        .map(|(k, _)| k)?;
    (gap_end > 0).then(|| (&t[..end], &rest[..gap_end], &rest[gap_end..]))
}

/// A line opening with its 序号 and with no name after it (`6 亿元 260 300 …`): the row of a
/// name printed above and below it.
fn nameless_row(line: &str) -> Option<(&str, &str, &str)> {
    let (n, gap, rest) = serial(line)?;
    let first = rest.split([' ', '\u{3000}']).next().unwrap_or("");
    let unit = super::stacked::unit_cell(first) || matches!(first, "%" | "％" | "‰");
    (unit || ocr::is_value(first)).then_some((n, gap, rest))
}

/// A short piece of words alone on a line (`收入`): up to six Chinese characters.
fn short_words(line: &str) -> Option<&str> {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let n = t.chars().count();
    ((1..=6).contains(&n)
        && t.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !ocr::is_class(t))
    .then_some(t)
}

/// The row of a name whose head stands on `head`'s line, above `next` (its 序号 and its
/// other cells), with the name's tail below on `below` when it is one: the row as one line
/// and the number of lines it covers after `head`'s (1 or 2).
pub(super) fn row(
    head: &str,
    next: &str,
    below: Option<&str>,
    after: Option<&str>,
) -> Option<(String, usize)> {
    if head.contains('\t') || next.contains('\t') {
        return None;
    }
    let (n, gap, rest) = nameless_row(next)?;
    let head = head.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // The tail below, unless the line after it is a row wanting a name (then the piece is
    // that row's head).
    let tail = below
        .and_then(short_words)
        .filter(|_| after.is_none_or(|a| nameless_row(a).is_none()));
    let name = format!("{head}{}", tail.unwrap_or(""));
    Some((
        format!("{n}{gap}{name}{gap}{rest}"),
        1 + usize::from(tail.is_some()),
    ))
}

/// The last characters of a 牵头单位 cut at the end of the row's last cell (`局` under
/// `… 市市场监管`): a line of one to four Chinese characters ending as a unit's name ends.
pub(super) fn owner_tail<'a>(row: &str, next: &'a str) -> Option<&'a str> {
    if row.contains('\t') {
        return None;
    }
    let t = short_words(next)?;
    let last = row.split([' ', '\u{3000}']).rfind(|c| !c.is_empty())?;
    const ENDS: &[char] = &[
        '局', '委', '办', '厅', '院', '会', '部', '处', '心', '站', '所', '司',
    ];
    (t.chars().count() <= 4
        && t.ends_with(ENDS)
        && is_name(last)
        && !last.ends_with(ENDS)
        && !ocr::is_class(last))
    .then_some(t)
}

#[cfg(test)]
mod tests {
    use super::{owner_tail, row};

    #[test]
    fn a_name_above_and_below_its_serial_line_is_one_name() {
        let r = row(
            "软件和信息技术服务业营业",
            "6 亿元 260 300 345 400 市科技局",
            Some("收入"),
            Some("7 规上工业企业关键工序数控化率 % 60.5 63 66 ≥68 市经信局"),
        );
        assert_eq!(
            r,
            Some((
                "6 软件和信息技术服务业营业收入 亿元 260 300 345 400 市科技局".to_string(),
                2
            ))
        );
        // The piece below is the next row's head when that row has no name of its own.
        let r = row(
            "软件和信息技术服务业营业收入",
            "6 亿元 260 300 345 400 市科技局",
            Some("数据要素"),
            Some("7 亿元 5 10 20 市数据局"),
        );
        assert_eq!(r.map(|r| r.1), Some(1));
        // A serial line with a name of its own: the line above is not its head.
        assert!(row("经济发展", "1 地区生产总值 亿元 812 900", None, None).is_none());
    }

    #[test]
    fn an_owner_cut_at_the_end_of_the_row_gets_its_last_characters() {
        let row_text = "12 工业产品质量抽检合格率 % 97.6 ≥98 ≥98 ≥98 市市场监管";
        assert_eq!(owner_tail(row_text, "局"), Some("局"));
        assert_eq!(owner_tail(row_text, "创新驱动"), None);
        assert_eq!(owner_tail("12 合格率 % 97.6 ≥98 市经信局", "局"), None);
    }
}
