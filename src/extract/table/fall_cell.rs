//! A goal cell that writes the fall itself (`较基准年下降30%`, `较2025年降低18%`, `下降15%`),
//! in a goal table whose indicator's name says no direction (`单位产品新鲜水耗  2030年
//! 较基准年下降15%`, an ESG report's goal table, round 26 D): the figure is a fall, read as
//! a name ending in 下降 is (`growth`, the figure negated, a cap). One year's change
//! (`较上年下降10%`) is left to the reader of worded goals.

use crate::extract::lexicon::is_digit;

/// Words of a fall opening the cell's figure.
const FALL: &[&str] = &["下降", "降低", "减少"];

/// Longest base named between 较 and the fall word (`较2025年`, `较基准年`, `较上年`).
const MAX_BASE: usize = 8;

/// The figure after the fall word (`30%` of `较基准年下降30%`), and whether the cell names
/// the base it falls from (`较…`: a change over the window, not one year's).
pub(super) fn rest(cell: &str) -> Option<(&str, bool)> {
    let c = cell.trim();
    let (c, based) = match c.strip_prefix('较') {
        Some(r) => {
            let (i, w) = FALL
                .iter()
                .filter_map(|w| r.find(w).map(|i| (i, w)))
                .min_by_key(|(i, _)| *i)?;
            // (The base a window starts from: 基准年 / 基期 / a year. `较上年下降10%` is one
            // year's change, read with the row's own unit elsewhere: t116.)
            let base = &r[..i];
            let year = base.chars().filter(|c| c.is_ascii_digit()).count() == 4;
            if base.chars().count() > MAX_BASE
                || !(year || base.contains("基准") || base.contains("基期"))
            {
                return None;
            }
            (&r[i + w.len()..], true)
        }
        None => (FALL.iter().find_map(|w| c.strip_prefix(w))?, false),
    };
    c.starts_with(is_digit).then_some((c, based))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fall_written_in_the_cell_gives_its_figure() {
        assert_eq!(rest("较基准年下降30%"), Some(("30%", true)));
        assert_eq!(rest("较2025年降低18%"), Some(("18%", true)));
        assert_eq!(rest("下降15%"), Some(("15%", false)));
        assert_eq!(rest("≥50%"), None);
        assert_eq!(rest("较上年有所下降"), None);
        assert_eq!(rest("较上年下降10%"), None);
        assert_eq!(rest("下降"), None);
    }
}
