//! A news report's reported speech: a short lead naming who said it (`市工业和信息化局负责人在
//! 会上表示，`, `市发展改革委相关负责人介绍，`, `记者从市商务局获悉，`) before what was said. What
//! was said opens at the next clause: a past marker there (`去年全市共引进…`) reports results,
//! a future one (`今年将推动…`, `今年全市将安排…`) turns a report to goals, as the same words
//! opening the sentence would (round 15).

use super::clauses::Sentence;
use super::lexicon;

/// Verbs ending a lead that reports speech or news.
// (据悉 and 会议通报 (`会议通报，一季度…`): the news told and a meeting's report of results; round 16.)
const SAID: &[&str] = &["表示", "介绍", "透露", "获悉", "了解到", "据悉", "会议通报"];

/// The longest such lead, in characters: a speaker's title and place (`市工业和信息化局负责人在
/// 会上表示`: 16), not a clause of content.
const MAX_LEAD: usize = 20;

/// Where what the sentence reports begins, if its lead clause names who said it.
/// A topic clause before the lead (`在人才支撑方面，市人社局表示，去年…`) is passed over.
pub fn said_at(n: &[char], s: &Sentence) -> Option<usize> {
    // A speaker's turn label before the lead (`答：省工业和信息化厅副厅长…介绍，去年…`, a
    // press conference's answer) is passed over too (round 18, heldout14a u2).
    let label = usize::from(s.clauses.first().is_some_and(|c| {
        n.get(c.end).is_some_and(|e| matches!(e, '：' | ':'))
            && super::clauses::opens_with_turn_label(n, c.start)
    }));
    let topic = s.clauses.get(label).is_some_and(|c| {
        lexicon::starts_with_at(n, c.start, "在")
            && lexicon::ends_with_at(n, c.end, "方面")
            && c.end - c.start <= MAX_LEAD
    });
    let skip = label + usize::from(topic);
    let (first, second) = (s.clauses.get(skip)?, s.clauses.get(skip + 1)?);
    let len = first.end.checked_sub(first.start)?;
    (len <= MAX_LEAD && SAID.iter().any(|w| lexicon::ends_with_at(n, first.end, w)))
        .then_some(second.start)
}
