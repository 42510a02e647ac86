//! Growth stated against another figure, in words (docs/extract.md, "Round 14: growth faster
//! than another figure"): `农村居民人均可支配收入增长快于城镇居民` names its own growth and the
//! other figure in one clause, with no number. Growth, more-than, `value = { of = … }` on a
//! series named after the other figure (城镇居民 + the rest of the name: 城镇居民人均可支配收入
//! 增长), as for `增长7%以上、增速继续高于城镇居民` (read after a figure by `relative_item`).

use super::lexicon::find;
use super::{Field, Measure, Proposal, Rule};

/// The words that state the growth above the other figure's.
const FASTER: &[&str] = &["快于", "高于"];

/// The series of the other figure: `other` (城镇居民) + the tail of `base` (the target's name
/// without 增长, 农村居民人均可支配收入) after the longest end of `other` found in it, + 增长.
pub(super) fn other_series(base: &str, other: &str) -> String {
    let oc: Vec<char> = other.chars().collect();
    let bc: Vec<char> = base.chars().collect();
    let tail: String = (1..=oc.len().min(bc.len()))
        .rev()
        .find_map(|l| {
            let end = &oc[oc.len() - l..];
            find(&bc, &end.iter().collect::<String>(), 0).map(|p| bc[p + l..].iter().collect())
        })
        .unwrap_or_default();
    format!("{other}{tail}增长")
}

/// `name` (the words before the goal) ends in 增长 after a named figure, `text` is 快于 / 高于
/// and another figure with no number (`快于城镇居民`): the goal, else `None`. (A figure
/// after it, `增速高于全省0.7个百分点`, is read by the figures; 高于全省平均 names no other
/// figure's series that shares the name's tail, and is left to `relative_item`.)
pub(super) fn faster_than(name: &str, text: &str, quote: String) -> Option<Proposal> {
    let base = name.strip_suffix("增长")?;
    if base.chars().count() < 4 {
        return None;
    }
    let word = FASTER.iter().find(|w| text.starts_with(*w))?;
    let other = text[word.len()..].trim();
    // A peer is named in a few characters (城镇居民, 全省平均): a longer rest is no peer's name,
    // and its search would grow with the square of the clause.
    if !(2..=12).contains(&other.chars().count())
        || other
            .chars()
            .any(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
        || other.contains("平均")
        || other.contains("全")
    {
        return None;
    }
    let of_name = other_series(base, other);
    // The other figure must share the name's tail (城镇居民 … 人均可支配收入): else it is no
    // peer of the same indicator.
    if of_name == format!("{other}增长") {
        return None;
    }
    Some(against(name, Rule::MoreThan, quote, of_name))
}

/// A growth goal of `name` stated against the rate named `of_name` (`value = { of = … }`), in
/// %, with the note that the draft adds a series for that rate's figures.
fn against(name: &str, rule: Rule, quote: String, of_name: String) -> Proposal {
    let mut p = Proposal::new(name.to_string(), Measure::Growth, rule, quote);
    p.unit = Some("%".into());
    p.review(
        Field::Goal,
        format!("the goal is {of_name}: the draft adds a series for its figures"),
    );
    p.of_name = Some(of_name);
    p
}

/// The words that state a growth rate's goal against another rate, and their rules.
const AGAINST: &[(&str, Rule)] = &[
    ("不低于", Rule::AtLeast),
    ("高于", Rule::MoreThan),
    ("快于", Rule::MoreThan),
];

/// `name` ends in 增速 / 增长 after a named figure, `text` is 不低于 / 高于 / 快于 and another
/// figure's rate with no number (`涉农贷款增速不低于各项贷款平均增速`, a bank's loans against
/// all loans): growth, `value = { of = … }` on a series named as written; else `None`.
/// (`快于城镇居民`, a peer named without its rate, is `faster_than`'s.)
pub(super) fn against_rate(name: &str, text: &str, quote: String) -> Option<Proposal> {
    let base = ["增速", "增长"].iter().find_map(|w| name.strip_suffix(w))?;
    if base.chars().count() < 2 {
        return None;
    }
    let (word, rule) = AGAINST.iter().find(|(w, _)| text.starts_with(*w))?;
    let other = text[word.len()..].trim();
    other_rate(other)?;
    Some(against(name, *rule, quote, other.to_string()))
}

/// Is `other` another figure's rate, named in a few words and ending in 增速 / 增长 with no
/// figure (各项贷款平均增速)? A longer text is no name, and its search would grow with the
/// clause.
pub(super) fn other_rate(other: &str) -> Option<()> {
    ((3..=16).contains(&other.chars().count())
        && (other.ends_with("增速") || other.ends_with("增长"))
        && !other
            .chars()
            .any(|c| c.is_ascii_digit() || c.is_ascii_punctuation()))
    .then_some(())
}
