//! A band written after a figure with ± (`纤维体积含量稳定在60%±2%`, `海外收入占比达到15%左右
//! （±2个百分点）`): the text gives the goal as about the figure, with the band as its
//! tolerance (round 29 C).

use super::Field;
use super::draft::Proposal;
use super::lexicon::starts_with_at;
use super::numbers::scan_numeral;

/// The band right after a figure ending at `at` whose unit is `unit`: `±N` written in the
/// figure's unit (or with no unit), or, on a percentage, in `%` or 百分点; bare or in
/// parentheses. Its size and the position after it. A `±N%` on a figure in another unit
/// (a relative band) is not read: its size in the figure's unit is a guess.
pub fn band_at(n: &[char], at: usize, unit: &str) -> Option<(f64, usize)> {
    // (The cheap test first: almost no figure has a ± or a parenthesis after it.)
    let open = matches!(n.get(at), Some('（' | '('));
    let sign = at + usize::from(open);
    if n.get(sign) != Some(&'±') {
        return None;
    }
    let num = scan_numeral(n, sign + 1).filter(|x| !x.embedded && x.mult.is_none())?;
    let mut end = num.end;
    let pct = num.percent || n.get(end) == Some(&'%');
    if n.get(end) == Some(&'%') {
        end += 1;
    }
    if pct {
        if unit != "%" {
            return None;
        }
    } else if let Some(w) = ["个百分点", "百分点"]
        .into_iter()
        .find(|w| starts_with_at(n, end, w))
    {
        if unit != "%" {
            return None;
        }
        end += w.chars().count();
    } else if !unit.is_empty() && starts_with_at(n, end, unit) {
        end += unit.chars().count();
    } else if n
        .get(end)
        .is_some_and(|c| c.is_alphanumeric() || "‰‱℃°".contains(*c))
    {
        // Another unit (a letter, or a symbol one, `±0.5‰`: review 24): not this figure's band.
        return None;
    }
    if open {
        if !matches!(n.get(end), Some('）' | ')')) {
            return None;
        }
        end += 1;
    }
    (num.value.is_finite() && num.value > 0.0).then_some((num.value, end))
}

/// The band `t` as the tolerance of an `about` goal: the text gives it, nothing to guess.
pub fn set_tolerance(p: &mut Proposal, t: f64) {
    p.tolerance = Some(t);
    // (The band decides the rule too: a review that no rule word was found goes with it,
    // review 24.)
    p.reviews.retain(|r| {
        let settled = match r.field {
            Field::Tolerance => r.note.starts_with("missing tolerance"),
            Field::Rule => r.note.starts_with("no rule word"),
            _ => false,
        };
        !settled
    });
}

#[cfg(test)]
mod tests {
    use super::band_at;

    fn band(s: &str, at: usize, unit: &str) -> Option<(f64, usize)> {
        let t: Vec<char> = s.chars().collect();
        band_at(&t, at, unit)
    }

    #[test]
    fn a_band_in_points_or_percent_after_a_percentage() {
        assert_eq!(band("60%±2%。", 3, "%"), Some((2.0, 6)));
        assert_eq!(band("15%左右（±2个百分点）。", 5, "%"), Some((2.0, 13)));
        assert_eq!(band("5.5%±0.5个百分点", 4, "%"), Some((0.5, 12)));
    }

    #[test]
    fn a_band_in_the_figures_unit_or_bare() {
        assert_eq!(band("120分钟±10分钟，", 5, "分钟"), Some((10.0, 10)));
        assert_eq!(band("3.2±0.1，", 3, ""), Some((0.1, 7)));
    }

    #[test]
    fn no_band_in_another_unit_or_unclosed() {
        assert_eq!(band("100万元±5%", 5, "万元"), None);
        assert_eq!(band("60%（±2%", 3, "%"), None);
        assert_eq!(band("60%（约2%）", 3, "%"), None);
        assert_eq!(band("60%", 3, "%"), None);
        assert_eq!(band("60%±", 3, "%"), None);
    }
}
