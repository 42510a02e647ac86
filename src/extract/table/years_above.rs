//! A header whose years stand on a line of their own above its column words, each year
//! over the column it dates (a PDF copy of a plan-report appendix):
//!
//! ```text
//!                                   2026年       2026年       2027年
//!  序号    指  标          单位        计划         预计完成      计划        属性
//! ```
//!
//! The words line alone names no goal (`计划` is no `目标`) and the years line alone names no
//! column, so neither reads as a header. Read together, each year is put before the word it
//! stands over (`2026年计划  2026年预计完成  2027年计划`), and the merged line is a header of
//! year columns like any other: the last year's column is the goal; a 预计完成 (expected
//! result) column is no year column and no goal.

use super::columns::{spans, under};
use super::{has_digits, year_cell};

/// The most year cells a years line holds (a plan's table has a handful).
const MAX_YEARS: usize = 24;

/// The words line `line` with the years of `above` put before the cells under them, when
/// `above` holds nothing but two year cells or more (`2026年`, no other word) and each
/// stands over its own cell of `line`, a cell of words with no year of its own.
pub(super) fn merged(above: &str, line: &str) -> Option<String> {
    let years = spans(above);
    // (A header has a few year columns: each year is placed by a scan of the words line's
    // cells, so a line of thousands of years is no header, never a quadratic read.)
    if years.len() > MAX_YEARS {
        return None;
    }
    if years.len() < 2
        || !years.iter().all(|(_, _, c)| {
            year_cell(c).is_some() && c.trim_end_matches('年').chars().count() == 4
        })
    {
        return None;
    }
    let cells = spans(line);
    if cells.len() < 3 {
        return None;
    }
    let mut at: Vec<usize> = Vec::with_capacity(years.len());
    for (a, b, _) in &years {
        let k = under(&cells, *a, *b)?;
        let c = &cells[k].2;
        if at.contains(&k) || year_cell(c).is_some() || has_digits(c, 1) {
            return None;
        }
        at.push(k);
    }
    // The line rebuilt cell by cell with its own gaps (its letter-spaced titles, `指  标`,
    // are glued back by the reader afterwards as they would be on the line alone).
    let mut out = String::new();
    for (k, (s, _, c)) in cells.iter().enumerate() {
        let gap = k.checked_sub(1).map_or(1, |p| s.saturating_sub(cells[p].1));
        out.extend(std::iter::repeat_n(' ', gap.max(2)));
        if let Some(y) = at.iter().position(|&j| j == k) {
            out.push_str(&years[y].2);
        }
        out.push_str(c);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_over_column_words_are_joined_to_them() {
        let above = "                2026年      2027年";
        let line = "指标      单位  计划        计划        属性";
        let out = merged(above, line).unwrap();
        assert!(
            out.contains("2026年计划") && out.contains("2027年计划"),
            "{out}"
        );
    }

    #[test]
    fn a_line_of_more_years_than_a_header_holds_is_no_years_line() {
        let above = vec!["2026年"; MAX_YEARS + 1].join("  ");
        let line = vec!["计划"; MAX_YEARS + 1].join("    ");
        assert_eq!(merged(&above, &line), None);
    }
}
