//! The proposal a reply letter answers (round 20 E: a bureau's 答复 to a deputy's 建议).
//!
//! A reply to a deputy's 建议 or a member's 提案 restates what the proposer asked for
//! (`您在建议中提出，…建议每年加装电梯不少于400部`, `对您提出的将补助标准提高到25万元的建议，
//! 我们将…统筹研究`): the figures of such a sentence are the proposer's wishes, not the
//! replying unit's goals. Only the sentence that cites the proposal: the bureau's own plans
//! follow in sentences of their own (`三、下一步工作打算`).

use crate::extract::lexicon::{find, starts_with_at};

/// Words that, right after 您 (at most four characters on), cite the addressee's proposal:
/// `您提出`, `您在建议中提出`, `您建议`, `您所提`.
const CITING: &[&str] = &["提出", "建议", "所提", "提案"];

/// Does the sentence `s` (folded text) cite a proposal it answers: 您 followed within five
/// characters by a word of proposing, or `建议中提出` / `提案中提出` (a deputy's proposal named
/// in the third person)?
pub(super) fn cites_proposal(s: &[char]) -> bool {
    let mut from = 0;
    while let Some(k) = find(s, "您", from) {
        if (k + 1..=k + 5).any(|i| CITING.iter().any(|w| starts_with_at(s, i, w))) {
            return true;
        }
        from = k + 1;
    }
    ["建议中提出", "提案中提出"]
        .iter()
        .any(|w| find(s, w, 0).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_sentence_citing_the_addressees_proposal_is_the_proposers() {
        assert!(cites_proposal(&chars(
            "您在建议中提出，建议每年加装电梯不少于400部。"
        )));
        assert!(cites_proposal(&chars(
            "对您提出的将补助标准提高到25万元的建议，我们将统筹研究。"
        )));
        assert!(!cites_proposal(&chars(
            "感谢您对住房和城乡建设工作的关心和支持。"
        )));
        assert!(!cites_proposal(&chars(
            "建议2027年全市经济社会发展主要预期目标为：地区生产总值增长5%左右。"
        )));
    }
}
