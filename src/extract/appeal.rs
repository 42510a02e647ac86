//! A report's appeal to the level above (sixteenth set, fixed after the run: a development zone's work report, `五、需要
//! 市级层面协调解决的事项`): `经开区2027年拟实施的新建产业项目用地需求约3200亩，现有指标缺口
//! 较大，恳请市政府…给予倾斜支持` states what the writer asks for, not a goal it sets itself;
//! so is `…重大项目投产后新增能耗较多，恳请市里统筹调剂能耗指标`. Over every annotated set
//! (tuning t1–t126, heldout2–16) the sentences holding 恳请 are these two, both in `none` or
//! left out: no target.

use super::lexicon::contains_any;

/// Words of an appeal to a higher authority.
const APPEALS: &[&str] = &["恳请"];

/// Does the sentence `s` appeal to the level above? Then none of its figures is a goal.
pub(super) fn appeals(s: &[char]) -> bool {
    contains_any(s, APPEALS)
}

#[cfg(test)]
mod tests {
    use super::appeals;

    #[test]
    fn an_appeal_holds_no_goal() {
        let c = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(appeals(&c("用地需求约3200亩，恳请市政府给予倾斜支持")));
        assert!(!appeals(&c("新增建设用地3200亩")));
    }
}
