//! A figure cut at the end of its line, its last digits at the start of the next
//! (`肉蛋奶总产量  万吨  １０２５  ≥１０⏎８０  预期性`, `≤2⏎6`, `１６⏎００`): how many cells the
//! row holds once its unit cell is counted, and whether the joined figure is the likelier
//! reading beside the row's other figures.

use super::{figure, is_name, ocr};

/// The unit cell of a row under a 单位 column (`万吨`, `%`, `微克/立方米`), standing apart
/// between the name and the first figure: one of the cells after the name, which
/// `after_name` counts from the first figure on.
pub(super) fn separate_unit(cs: &[String]) -> bool {
    let Some(name) = cs.iter().position(|c| is_name(c)) else {
        return false;
    };
    let Some(first) = cs
        .iter()
        .skip(name)
        .position(|c| ocr::is_value(c) || ocr::is_class(c))
        .map(|k| k + name)
    else {
        return false;
    };
    first >= name + 2 && {
        let u = cs[first - 1].as_str();
        matches!(u, "%" | "％" | "‰") || super::stacked::unit_cell(u)
    }
}

/// Is joining the row's last piece (`≥１０`) and the next line's first (`８０`) into one
/// figure the likelier reading? It is unless the row has a figure before the piece (the
/// base year's) and the joined figure lies further from it than the piece alone (ratios
/// compared: `１０２５` beside `１０` or `１０８０` → 1080; `29` beside `2` or `26` → 26).
pub(super) fn plausible(row: &str, next: &str) -> bool {
    let cs = super::cells(row);
    let Some((last, before)) = cs.split_last() else {
        return true;
    };
    let head: String = next
        .trim_start()
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect();
    let (Some(piece), Some(joined)) = (figure(last), figure(&format!("{last}{head}"))) else {
        return true;
    };
    let Some(base) = before.iter().rev().find_map(|c| figure(c)) else {
        return true;
    };
    let (p, j, b) = (piece.value.abs(), joined.value.abs(), base.value.abs());
    if p <= 0.0 || j <= 0.0 || b <= 0.0 {
        return true;
    }
    (j / b).ln().abs() <= (p / b).ln().abs()
}

#[cfg(test)]
mod tests {
    use super::{plausible, separate_unit};

    fn cs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_unit_cell_between_the_name_and_the_figures_is_counted() {
        assert!(separate_unit(&cs(&[
            "肉蛋奶总产量",
            "万吨",
            "１０２５",
            "≥１０"
        ])));
        assert!(separate_unit(&cs(&[
            "15",
            "细颗粒物（PM2.5）平均浓度",
            "微克/立方米",
            "29"
        ])));
        assert!(separate_unit(&cs(&[
            "畜禽粪污综合利用率",
            "%",
            "８０",
            "≥8"
        ])));
        assert!(!separate_unit(&cs(&["森林覆盖率（%）", "41", "43"])));
        assert!(!separate_unit(&cs(&["绿色", "森林覆盖率", "41", "43"])));
    }

    #[test]
    fn the_joined_figure_must_lie_nearer_the_base() {
        assert!(plausible(
            "肉蛋奶总产量  万吨  １０２５  ≥１０",
            "８０  预期性"
        ));
        assert!(plausible("细颗粒物  微克/立方米  29  ≤2", "6  —  约束性"));
        assert!(plausible("里程  公里  640  60", "00  预期性"));
        assert!(!plausible("增速  %  6.5  7", "12  预期性"));
        assert!(plausible("新指标  万吨  —  ≥１０", "８０  预期性"));
    }
}
