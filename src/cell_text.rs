//! What a figure cell's text means, for CSV and workbook cells alike: the marks statistics
//! offices print where there is no figure, and numbers written with thousands separators.
//! One rule for every table a figure is read from (CSV and `.xlsx` actuals, long-layout
//! rows, entity tables), so a CSV file and the workbook it was exported from read the same.
//!
//! - **No figure**: a cell holding only one of [`MISSING_MARKS`] (`..`, `…`, `-`, `—`,
//!   `x`, `n.a.` …) is read as an empty cell: the row gives no figure (the target is
//!   `no-data` unless another row gives one) — neither an error nor a zero.
//! - **Thousands separators**: a number whose integer part is grouped in threes by commas
//!   is taken when it cannot be read another way: `1,234.5` (a decimal point after the
//!   groups) and `1,234,567` (two or more groups) are 1234.5 and 1234567. `1,234` alone
//!   could be 1.234 written with a decimal comma and stays an error, and so do `12,5`, a
//!   space or a point as the separator (`1 234,5`, `1.234.567`): say the number plainly.

use std::borrow::Cow;

/// The cells that say "no figure here" (compared ignoring case and surrounding spaces).
pub const MISSING_MARKS: [&str; 13] = [
    "..",
    "...",
    "…",
    "-",
    "--",
    "—",
    "–",
    "x",
    "n.a.",
    "n/a",
    "na",
    "nil",
    "无数据",
];

/// Whether a cell's text is a mark for "no figure" (see [`MISSING_MARKS`]).
pub fn is_missing_mark(text: &str) -> bool {
    let t = text.trim();
    MISSING_MARKS.iter().any(|m| m.eq_ignore_ascii_case(t))
}

/// A figure's text with unambiguous thousands separators removed (`1,234.5` → `1234.5`);
/// any other text as it is, for the number parser to take or refuse.
pub fn plain_number(text: &str) -> Cow<'_, str> {
    if !text.contains(',') || !grouped_unambiguously(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace(',', ""))
}

/// `[+-]d{1,3}(,ddd)+(.d+)?` with either a decimal part or at least two groups.
fn grouped_unambiguously(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    let mut groups = int.split(',');
    let lead = groups.next().unwrap_or_default();
    if lead.is_empty() || lead.len() > 3 || !lead.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut count = 0;
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        count += 1;
    }
    count >= 1 && (frac.is_some() || count >= 2)
}

/// The figure a user wrote with a unit sign or thousands separators (`3.2%` → `3.2`,
/// `1,800` → `1800`), for a hint that quotes their own number back; `None` when what is
/// left is not a plain number.
pub fn bare_figure(text: &str) -> Option<String> {
    let t = text.trim();
    let t = t
        .strip_suffix('%')
        .or_else(|| t.strip_suffix('％'))
        .unwrap_or(t)
        .trim();
    // Only commas that group thousands: `12,5` may be a decimal comma, not 125, and a comma
    // after the point (`1.234,56`, the European way) is no grouping either.
    let mut parts = t.split('.');
    let int = parts.next().unwrap_or_default();
    if int.split(',').skip(1).any(|g| g.len() != 3) || parts.any(|f| f.contains(',')) {
        return None;
    }
    let t = t.replace(',', "");
    crate::decimal::parse(&t).ok().map(|_| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_after_the_point_is_no_thousands_group() {
        assert_eq!(bare_figure("1,846").as_deref(), Some("1846"));
        assert_eq!(bare_figure("1,846.5").as_deref(), Some("1846.5"));
        assert_eq!(bare_figure("1.234,56"), None);
        assert_eq!(bare_figure("12,5"), None);
    }

    #[test]
    fn marks_are_no_figure() {
        for m in ["..", "…", " - ", "—", "X", "N.A.", "n/a", "..."] {
            assert!(is_missing_mark(m), "{m}");
        }
        for m in ["", "0", "-1", ".", "xx", "none"] {
            assert!(!is_missing_mark(m), "{m}");
        }
    }

    #[test]
    fn only_unambiguous_groups_are_taken() {
        assert_eq!(plain_number("1,234.5"), "1234.5");
        assert_eq!(plain_number("-1,234,567"), "-1234567");
        assert_eq!(plain_number("12,345,678.25"), "12345678.25");
        for kept in [
            "1,234",
            "12,5",
            "1,23.5",
            "1,2345.6",
            ",123.5",
            "1 234,5",
            "1.234.567",
            "1,234.",
            "1234.5",
            "1,234.5e3",
        ] {
            assert_eq!(plain_number(kept), kept);
        }
    }
}
