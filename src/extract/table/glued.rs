//! An indicator's unit parenthesis glued to the base-year figure after it, the run of spaces
//! between the two cells lost in an OCR'd copy (`非化石能源占能源消费总量比重（%）１６．５  ２２`):
//! the cell is cut after the parenthesis, so the name keeps its unit and the figures keep
//! their columns (the base stays a base, the goal a goal).

use super::{figure, is_name, ocr};

/// The cells of a row with every name glued to a figure cut in two.
pub(super) fn unglued(cs: Vec<String>) -> Vec<String> {
    if !cs.iter().any(|c| glued_at(c).is_some()) {
        return cs;
    }
    let mut out = Vec::with_capacity(cs.len() + 1);
    for c in cs {
        match glued_at(&c) {
            Some(at) => {
                out.push(c[..at].to_string());
                out.push(c[at..].to_string());
            }
            None => out.push(c),
        }
    }
    out
}

/// Where a cell `名称（单位）１６．５` is to be cut: after its last closing parenthesis, when
/// a name with Chinese text comes before a short parenthesis (a unit: at most 8 characters)
/// and what follows it is one figure or a no-figure mark.
fn glued_at(c: &str) -> Option<usize> {
    let close = c.rfind(['）', ')'])?;
    let end = close + c[close..].chars().next()?.len_utf8();
    let (head, rest) = c.split_at(end);
    if rest.is_empty() || rest.starts_with([' ', '\u{3000}']) {
        return None;
    }
    let open = head.rfind(['（', '('])?;
    let inside = head[open..close].chars().count().saturating_sub(1);
    let figure_only = figure(rest).is_some() || ocr::is_dash(rest) || ocr::is_cut_number(rest);
    ((1..=8).contains(&inside) && is_name(&head[..open]) && figure_only).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn a_unit_glued_to_the_base_figure_is_cut_off() {
        assert_eq!(
            unglued(v(&[
                "１１",
                "非化石能源占能源消费总量比重（%）１６．５",
                "２２"
            ])),
            v(&[
                "１１",
                "非化石能源占能源消费总量比重（%）",
                "１６．５",
                "２２"
            ])
        );
        assert_eq!(
            unglued(v(&["城镇调查失业率（%）＜５．５", "预期性"])),
            v(&["城镇调查失业率（%）", "＜５．５", "预期性"])
        );
        assert_eq!(
            unglued(v(&["化学需氧量减排量（万吨）〔１．６８〕"])),
            v(&["化学需氧量减排量（万吨）", "〔１．６８〕"])
        );
    }

    #[test]
    fn names_with_a_parenthesis_inside_or_words_after_it_stay_whole() {
        for c in [
            "细颗粒物（PM2.5）平均浓度（微克/立方米）",
            "细颗粒物（PM2.5）浓度",
            "每千人口拥有3岁以下婴幼儿托位数（个）",
            "现状值（2020年）",
            "（%）１６．５",
            "比重（说明见注释并以统计公报为准）１６．５",
        ] {
            assert_eq!(unglued(v(&[c])), v(&[c]), "{c}");
        }
    }
}

/// The unit of a share or a rate whose row gives none (`…比重`, `…覆盖率`): `%`. A rate
/// counted per thousand or per 100,000 (死亡率, 发生率, 发病率) is not guessed.
pub(super) fn share_unit(name: &str) -> Option<&'static str> {
    let share = ["比重", "比例", "占比"].iter().any(|w| name.ends_with(w));
    let rate = name.ends_with('率')
        && !["死亡", "发生", "发病", "事故"]
            .iter()
            .any(|w| name.contains(w));
    (share || rate).then_some("%")
}

#[cfg(test)]
mod share_tests {
    use super::share_unit;

    #[test]
    fn a_share_or_a_rate_with_no_unit_is_in_percent() {
        assert_eq!(share_unit("非化石能源占能源消费总量比重"), Some("%"));
        assert_eq!(share_unit("城市生活污水集中收集率"), Some("%"));
        assert_eq!(share_unit("孕产妇死亡率"), None);
        assert_eq!(share_unit("生态质量指数"), None);
    }
}
