//! The proposal a reply letter answers (round 20 E: a bureau's 答复 to a deputy's 建议).
//!
//! A reply to a deputy's 建议 or a member's 提案 restates what the proposer asked for
//! (`您在建议中提出，…建议每年加装电梯不少于400部`, `对您提出的将补助标准提高到25万元的建议，
//! 我们将…统筹研究`): the figures of such a sentence are the proposer's wishes, not the
//! replying unit's goals. Only the sentence that cites the proposal: the bureau's own plans
//! follow in sentences of their own (`三、下一步工作打算`).

use crate::extract::clauses::Sentence;
use crate::extract::lexicon::{find, starts_with_at};

/// Words that, right after 您 (at most four characters on), cite the addressee's proposal:
/// `您提出`, `您在建议中提出`, `您建议`, `您所提`.
const CITING: &[&str] = &["提出", "建议", "所提", "提案"];

/// Where in `s` (folded text) the citation of a proposal it answers starts: 您 followed within
/// five characters by a word of proposing, or `建议中提出` / `提案中提出` (a deputy's proposal
/// named in the third person). A thanks (`感谢您提出的宝贵意见`) cites nothing. (The reader asks
/// `uncited_rest`.)
fn citation_at(s: &[char]) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = find(s, "您", from) {
        let thanks = k >= 2 && s[k - 2..k] == ['感', '谢'];
        if !thanks && (k + 1..=k + 5).any(|i| CITING.iter().any(|w| starts_with_at(s, i, w))) {
            return Some(k);
        }
        from = k + 1;
    }
    ["建议中提出", "提案中提出"]
        .iter()
        .filter_map(|w| find(s, w, 0))
        .min()
}

/// Does clause `c`, holding the citation at `at`, open with a preposition of answering
/// (`针对您在建议中提到的…问题，我局将…`, `关于您提出的…意见，`)? Then the clause is the frame of
/// the reply, closed at its end like one ending in 建议 (round 31 B).
fn answer_frame(n: &[char], c: &crate::extract::clauses::Clause, at: usize) -> bool {
    let mut k = c.start;
    while n.get(k).is_some_and(|ch| ch.is_whitespace()) {
        k += 1;
    }
    c.start <= at
        && ["针对", "关于", "对于"]
            .iter()
            .any(|w| starts_with_at(n, k, w))
}

/// The part of sentence `s` the proposer does not speak: `None` when `s` cites no proposal;
/// `Some(None)` when all of it is the proposer's; otherwise the clauses after the one that
/// closes the citation (ending in 建议 / 提案 / 收悉: `您提出的关于加快老旧小区加装电梯的建议
/// 收悉，我们高度重视，2027年全市计划加装电梯500部` keeps the bureau's 500部; round 21,
/// review 19 item 2), or the clause of a reply's frame (`answer_frame`) ending in 问题 / 意见 /
/// 诉求.
pub(super) fn uncited_rest(n: &[char], s: &Sentence) -> Option<Option<Sentence>> {
    let at = s.start + citation_at(n.get(s.start..s.end)?)?;
    let closes = |c: &&crate::extract::clauses::Clause| {
        let cl = n.get(c.start..c.end).unwrap_or(&[]);
        let end = cl
            .iter()
            .rposition(|c| !"，,；;：:。 \u{3000}".contains(*c))
            .map_or(0, |k| k + 1);
        let cl = &cl[..end];
        let ends = |ws: &[&str]| {
            ws.iter()
                .any(|w| cl.ends_with(&w.chars().collect::<Vec<_>>()))
        };
        c.end > at
            && (ends(&["建议", "提案", "收悉"])
                || answer_frame(n, c, at) && ends(&["问题", "意见", "诉求"]))
    };
    let Some(close) = s.clauses.iter().position(|c| closes(&c)) else {
        return Some(None);
    };
    let clauses = s.clauses[close + 1..].to_vec();
    Some(
        clauses
            .first()
            .map(|first| first.start)
            .map(|start| Sentence {
                start,
                end: s.end,
                clauses,
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn cites_proposal(s: &[char]) -> bool {
        citation_at(s).is_some()
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
        assert!(!cites_proposal(&chars("感谢您提出的宝贵意见。")));
        assert!(!cites_proposal(&chars(
            "建议2027年全市经济社会发展主要预期目标为：地区生产总值增长5%左右。"
        )));
    }

    #[test]
    fn a_replys_frame_clause_closes_the_citation() {
        // Some(start of the uncited rest) or None (all the proposer's / no citation).
        let read = |s: &str| {
            let t = crate::extract::clauses::prepare(s);
            let sents = crate::extract::clauses::sentences(&t);
            sents
                .first()
                .and_then(|f| uncited_rest(&t.norm, f))
                .flatten()
                .map(|r| r.start)
        };
        assert!(
            read("针对您在建议中提到的道路问题，我局将完成公路改造60公里，改造危桥8座。").is_some()
        );
        // (A clause ending in 问题 with no frame word keeps the citation open.)
        assert!(read("您在建议中提出，城郊存在覆盖不足问题，建议每年新开线路10条。").is_none());
    }
}
