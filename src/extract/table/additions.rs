//! A count of additions (新增上云企业, 新建…) in a goal column whose window spans several
//! years (`2024年基数  2025年目标  2027年目标`, or a plan's one goal column): what the years
//! add, summed over the window — `ytd` over it — not the level of a stock. Annotators
//! read such a row so whether or not the figure is bracketed (`〔〕`) and whether or not a
//! note says the column holds a total (`第7项2027年目标为2025—2027年累计数`); a column of one
//! year (an annual plan, the first column after the base year) is that year's additions,
//! as before. A share (%) or a rate is not a count and keeps its reading.

use super::super::{Field, Measure};
use super::added as opens_with_addition;
use super::years::plain_level;
use super::{Header, fold};
use crate::extract::draft::Proposal;

/// A plain level goal of a 新增… count made the sum over its window.
pub(super) fn as_window_sum(p: &mut Proposal) {
    let counted = super::years::counted(p.unit.as_deref());
    if !plain_level(p) || !counted || !opens_with_addition(&p.name_zh) {
        return;
    }
    let (Some(start), Some(end)) = (p.start, p.deadline) else {
        return;
    };
    p.measure = Measure::Ytd;
    p.baseline = None;
    p.review(
        Field::Measure,
        format!(
            "新增… over {}–{}: what those years add, summed (ytd over the window); if the column is the last year's additions only, start it on {}-01-01",
            start.year, end.year, end.year
        ),
    );
}

/// The end year of a column titled with a span of years (`2025—2027年累计`, `2025-2027年
/// 合计`, `2025～2027年`).
pub(super) fn span_end(title: &str) -> Option<i32> {
    let f: Vec<char> = title.chars().map(fold).collect();
    let year_at = |k: usize| -> Option<i32> {
        let digits = f.get(k..k + 4)?;
        if !digits.iter().all(|c| c.is_ascii_digit()) {
            return None;
        }
        digits.iter().collect::<String>().parse().ok()
    };
    let start = year_at(0)?;
    let k = 4 + usize::from(f.get(4) == Some(&'年'));
    if !f.get(k).is_some_and(|c| "—–-－~～至".contains(*c)) {
        return None;
    }
    let k = k + 1 + usize::from(f.get(k + 1) == Some(&'—'));
    let end = year_at(k)?;
    (end > start && end - start <= 10 && f.get(k + 4) == Some(&'年')).then_some(end)
}

/// A row's goal in a 累计 column spanning years past the goal year (`新增上云企业  0.9  1.2  4`
/// under `2024年  2025年目标  2025—2027年累计`): a target of its own, due at the span's end,
/// the column read as a goal column (a 新增 count: the span's sum).
pub(super) fn span_goal(
    h: &Header,
    cs: &[String],
    row: &str,
    plan: Option<(i32, i32)>,
) -> Option<Proposal> {
    let (end, w) = (h.window_end?, h.window?);
    let mut one = h.clone();
    one.goal = Some((w, Some(end)));
    one.window = None;
    one.window_end = None;
    let mut p = super::row_proposal(&one, cs, row, plan)?;
    as_window_sum(&mut p);
    p.id_year = Some(end);
    Some(p)
}

/// The header for a row's own goal-year column when a span column is read on its own
/// ([`span_goal`]): without it, so an empty goal cell does not fall back to the span's figure.
pub(super) fn without_span(h: &Header) -> Option<Header> {
    h.window_end?;
    let mut one = h.clone();
    one.window = None;
    one.window_end = None;
    Some(one)
}

#[cfg(test)]
mod tests {
    use super::span_end;

    #[test]
    fn a_span_of_years_in_a_column_title_ends_at_its_last_year() {
        assert_eq!(span_end("2025—2027年累计"), Some(2027));
        assert_eq!(span_end("2025-2027年合计"), Some(2027));
        assert_eq!(span_end("２０２５年～２０２７年累计"), Some(2027));
        assert_eq!(span_end("年均增长〔累计〕"), None);
        assert_eq!(span_end("2025年累计"), None);
    }
}
