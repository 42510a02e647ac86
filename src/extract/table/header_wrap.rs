//! A header whose titles wrap onto a second line at runs of spaces (a PDF copy of a project
//! investment plan, round 25 B):
//!
//! ```text
//! 序号   项目名称   建设内容及规模   总投资   累计完成投资       2028年     建设起止   责任单位
//!                                            （截至2027年底）   计划投资   年限
//! ```
//!
//! The second line holds words only (a year in brackets at most), a few short pieces, each
//! under a title of the first line and none under its first two (a row always fills its
//! 序号 / name): each piece is glued to the title above it, and the header is read from the
//! titles so made. Columns are counted in characters (a PDF copy pads so) or, failing that,
//! at screen width (a terminal copy).

use super::columns::{char_spans, spans, under};
use super::{figure, year_cell};

/// The longest piece of a title's second line, in characters.
const MAX_PIECE: usize = 10;

/// The most titles a header line holds (no annotated header has more than about 15): a
/// longer line is no header, and is not matched piece by piece (review 22, finding 1: each
/// piece asks every title, so a line of thousands of cells cost their square).
const MAX_TITLES: usize = 40;

/// The two lines' titles as one line, tab-separated, when `next` is the rest of `line`'s.
pub(super) fn merged(line: &str, next: &str) -> Option<String> {
    if line.contains('\t') || next.contains('\t') {
        return None;
    }
    // (Both ways of counting columns may place every piece under some title: the one that
    // puts the pieces more squarely under their titles wins, a PDF copy's characters first
    // on a tie. `（2028年6月）` typed under `中期指标` at screen width would otherwise go
    // under the next title when counted in characters: round 29 A.)
    match (by(line, next, char_spans), by(line, next, spans)) {
        (Some((c, fc)), Some((s, fs))) => Some(if fs > fc { s } else { c }),
        (c, s) => c.or(s).map(|(t, _)| t),
    }
}

type Spans = Vec<(usize, usize, String)>;

/// The merged titles and how squarely the pieces sit under them (the sum over pieces of
/// the share of each piece's width under its title, in thousandths).
fn by(line: &str, next: &str, cut: fn(&str) -> Spans) -> Option<(String, usize)> {
    let mut titles = cut(line);
    let pieces = cut(next);
    // At most half the titles have a piece under them.
    if !(4..=MAX_TITLES).contains(&titles.len())
        || pieces.is_empty()
        || pieces.len() * 2 > titles.len()
    {
        return None;
    }
    let mut to = Vec::with_capacity(pieces.len());
    let mut fit = 0;
    for (a, b, t) in &pieces {
        let words = t.chars().count() <= MAX_PIECE
            && (figure(t).is_none() || bracketed_year(t))
            && t.chars().any(char::is_alphabetic);
        let k = under(&titles, *a, *b).filter(|&k| k >= 2 && words)?;
        let (s, e, _) = &titles[k];
        fit += (*b).min(*e).saturating_sub((*a).max(*s)) * 1000 / b.saturating_sub(*a).max(1);
        to.push((k, t.clone()));
    }
    for (k, t) in to {
        titles[k].2.push_str(&t);
    }
    Some((
        titles
            .into_iter()
            .map(|(_, _, t)| t)
            .collect::<Vec<_>>()
            .join("\t"),
        fit,
    ))
}

/// A date in brackets under a title (`（截至2027年底）`): words, not a row's figure.
fn bracketed_year(t: &str) -> bool {
    (t.starts_with('（') || t.starts_with('(')) && year_cell(t).is_none() && t.contains('年')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_typed_at_screen_width_go_under_their_own_titles() {
        // (Counted in characters, `（2028年6月）` would sit under 结题指标: round 29 A.)
        let line = "序号  指标名称                     单位          中期指标          结题指标          考核方式";
        let next = format!("{}（2028年6月）     （2029年12月）", " ".repeat(49));
        let m = merged(line, &next).unwrap();
        assert!(
            m.contains("中期指标（2028年6月）\t结题指标（2029年12月）"),
            "{m}"
        );
    }

    #[test]
    fn a_title_line_wrapped_under_its_titles_is_joined() {
        let line =
            "序号  项目名称    建设内容    总投资  累计完成投资    2028年    建设起止  责任单位";
        let next = format!("{}（截至2027年底）  计划投资   年限", " ".repeat(25));
        let next = next.as_str();
        let m = merged(line, next).unwrap();
        assert!(m.contains("2028年计划投资"), "{m}");
        assert!(m.contains("建设起止年限"), "{m}");
        // A row filling its name is no title's rest.
        let row = "        一期工程    配套管网";
        assert_eq!(merged(line, row), None);
    }

    #[test]
    fn a_line_of_more_titles_than_a_header_holds_is_not_matched() {
        let titles = |n: usize| vec!["名称"; n].join("  ");
        let pieces = |n: usize| format!("{}{}", " ".repeat(8), vec!["名称"; n].join("      "));
        assert!(merged(&titles(40), &pieces(18)).is_some());
        assert_eq!(merged(&titles(41), &pieces(18)), None);
    }
}
