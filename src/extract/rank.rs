//! Rank goals: `推动地区生产总值总量进入全省前三位`, `港口货物吞吐量…，保持全省第一`,
//! `力争进入前三位`. A rank is a place in a ranking, a positive number where smaller is
//! better: a `level` target, `at-most` the rank, in the unit 位 (a label unit). Only after a
//! verb that aims at the place (进入, 保持, 稳居 …) in a clause that is not a report (the
//! caller reads ranks only outside status reports), and never a tier (第一方阵, 第一梯队).

use super::clauses::Clause;
use super::lexicon::{find, starts_with_at};
use super::{Ctx, Field, Goal, Measure, Proposal, Rule, clean_name, resolve_window, window_for};

/// Verbs that aim at a place in a ranking.
const RANK_VERBS: &[&str] = &[
    "进入",
    "跻身",
    "保持",
    "稳居",
    "位居",
    "稳定在",
    "挺进",
    "迈入",
    "争创",
    "争先进位到",
];

/// What follows `第一` when it names a tier or an order, not a place (第一方阵, 第一批).
const NOT_A_PLACE: &[&str] = &[
    "方阵",
    "梯队",
    "阵营",
    "批",
    "次",
    "届",
    "个",
    "年",
    "章",
    "节",
    "条",
    "步",
    "时间",
    "责任",
    "要务",
    "动力",
    "资源",
    "生产力",
];

/// A rank numeral (一 … 十, or 1–2 digits) at `at`: (rank, length).
fn rank_numeral(n: &[char], at: usize) -> Option<(u32, usize)> {
    let digits = n[at.min(n.len())..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if (1..=2).contains(&digits) {
        let v: u32 = n[at..at + digits].iter().collect::<String>().parse().ok()?;
        return (v > 0).then_some((v, digits));
    }
    let d = |c: char| "一二三四五六七八九".find(c).map(|i| i as u32 / 3 + 1);
    match n.get(at).copied() {
        Some('十') => Some((10, 1)),
        Some('两') => Some((2, 1)),
        Some(c) => d(c).map(|v| (v, 1)),
        None => None,
    }
}

/// Rank goals in one clause (outside a status report).
pub(super) fn ranks(cx: &Ctx, c: &Clause, props: &mut Vec<Proposal>) {
    let n = &cx.t.norm;
    let mut k = c.start;
    // Where the words of the next rank begin: the clause's start, then the end of the rank
    // before (several ranks in one clause each name and quote their own words).
    let mut from_prev = c.start;
    while k + 1 < c.end {
        let ch = n[k];
        if ch != '前' && ch != '第' {
            k += 1;
            continue;
        }
        let Some((rank, len)) = rank_numeral(n, k + 1) else {
            k += 1;
            continue;
        };
        let after = k + 1 + len;
        let place_word = ["位", "名", "强"]
            .iter()
            .find(|w| starts_with_at(n, after, w));
        let ends_clause = after >= c.end;
        let is_place = match ch {
            '前' => place_word.is_some() || ends_clause,
            _ => {
                (place_word.is_some() && !starts_with_at(n, after, "强"))
                    || (ends_clause && !NOT_A_PLACE.iter().any(|w| starts_with_at(n, after, w)))
            }
        };
        // The verb aiming at the place, at most eight characters before it (进入全省前三位).
        let from = k.saturating_sub(8).max(c.start);
        let verb = RANK_VERBS
            .iter()
            .filter_map(|w| find(&n[from..k], w, 0).map(|p| from + p))
            .min();
        let (true, Some(vp)) = (is_place, verb) else {
            k += 1;
            continue;
        };
        let end = after + place_word.map_or(0, |w| w.chars().count());
        // `考核进入全国前30位的达到3家`: the rank picks out the things counted, the count is
        // the goal (read as a figure); no rank of its own.
        if counted_after(n, end, c.end) {
            k = end.max(k + 1);
            continue;
        }
        // The subject: the words before the verb, else the target just drafted in the
        // sentence (港口货物吞吐量突破4亿吨，保持全省第一).
        let own = clean_name(cx, from_prev, vp);
        let subject = if own.chars().count() >= 2 {
            Some(own)
        } else {
            props
                .get(cx.first_prop..)
                .and_then(|p| p.last())
                .map(|p| p.name_zh.clone())
        };
        let name = match subject {
            // After a rank (`保持第一，进入前三位`): the same subject's ranking, named once.
            Some(s) if s.ends_with("排名") => s,
            Some(s) => format!("{s}排名"),
            None => "排名".to_string(),
        };
        // The quote: the clause, or, with more ranks in it, this rank's words up to the next
        // one (bounded: a clause of ranks with no punctuation is quoted once in all).
        let next = (end..c.end)
            .find(|&x| matches!(n[x], '前' | '第') && rank_numeral(n, x + 1).is_some())
            .unwrap_or(c.end);
        let quote_end = if next < c.end { end } else { c.end.max(end) };
        let mut p = Proposal::new(
            name,
            Measure::Level,
            Rule::AtMost,
            cx.t.quote(from_prev, quote_end),
        );
        p.unit = Some("位".into());
        p.goal = Some(Goal::Value(rank as f64));
        let mut notes = vec![(
            Field::Goal,
            format!(
                "a rank goal ({}): the place in the ranking, 1 = first; at-most {rank}",
                cx.t.quote(k, end)
            ),
        )];
        let win = window_for(cx, c, k);
        let window = resolve_window(win, cx.doc, &mut notes);
        p.place(window, notes);
        props.push(p);
        from_prev = end;
        k = end.max(k + 1);
    }
}

/// Does `的` and a count follow a rank (`前30位的达到3家`, `前十强的有5个`)? Then the rank
/// names which things are counted.
fn counted_after(n: &[char], end: usize, clause_end: usize) -> bool {
    if n.get(end) != Some(&'的') {
        return false;
    }
    let mut at = end + 1;
    for w in ["达到", "达", "有", "超过", "突破", "不少于"] {
        if starts_with_at(n, at, w) {
            at += w.chars().count();
            break;
        }
    }
    at < clause_end
        && n.get(at)
            .is_some_and(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rank_that_picks_out_what_is_counted() {
        let n: Vec<char> = "进入全国前30位的达到3家".chars().collect();
        assert!(counted_after(&n, 8, n.len()));
        let n: Vec<char> = "进入全国前30位，达到3家".chars().collect();
        assert!(!counted_after(&n, 8, n.len()));
    }
}
