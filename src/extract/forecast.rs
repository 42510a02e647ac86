//! A forecast running over a sentence's clauses (round 22 C): `预计全年地区生产总值增长6.3%左右，
//! 规模以上工业增加值增长8%左右，固定资产投资增长9.5%左右` forecasts every figure of the list,
//! not only the one its 预计 stands before. Over every annotated set, 37 figures in clauses
//! after a 预计 clause of the same sentence are in `none` and one is a target (t106's budget
//! draft, `收入预计160.0亿元，下降4.9%`, itself drafted with a wrong rule before).

use super::lexicon::find;

/// Does the clause forecast (`预计`)? Its sentence's later clauses forecast too, until one
/// looks forward again (`要`, `确保`, a deadline ahead).
pub(crate) fn opens(cl: &[char]) -> bool {
    find(cl, "预计", 0).is_some() || estimates(cl)
}

/// Does the clause state an estimate's basis or result (`按营业收入增长7%…的口径进行测算`,
/// `从测算结果看`)? Its own figures are assumptions, and it opens a forecast as 预计 does
/// (round 28 C).
pub(crate) fn estimates(cl: &[char]) -> bool {
    find(cl, "测算", 0).is_some()
}

#[cfg(test)]
mod tests {
    use super::opens;

    #[test]
    fn a_clause_with_yuji_opens_a_forecast() {
        let c = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(opens(&c("预计全年地区生产总值增长6.3%左右")));
        assert!(!opens(&c("规模以上工业增加值增长8%左右")));
        assert!(opens(&c("从测算结果看")));
    }
}
