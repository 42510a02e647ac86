//! A slogan in quotes reached as a whole (`“市市通高铁、县县通高速”全面实现`): a milestone,
//! named by the slogan. The quotes hide its words from the other readers (a number or a
//! milestone word inside quotes is part of a name), so it is read here.

use super::clauses::Clause;
use super::draft::Proposal;
use super::lexicon::{find, starts_with_at};
use super::{Ctx, Measure, Rule, resolve_window, window_for};

/// Verbs that say a slogan is reached, right after its closing quote.
const REACHED: &[&str] = &["全面实现", "基本实现", "如期实现", "全部实现", "实现"];

/// Words that may close the clause after the verb.
const TAILS: &[&str] = &["", "目标"];

/// The milestone of a clause that is a quoted slogan and its verb of reaching, nothing else
/// after it (`“县县通高速”全面实现`); not after 已 (reached already). (Results sections never
/// reach here.)
pub(super) fn slogan_milestone(cx: &Ctx, c: &Clause, props: &mut Vec<Proposal>) {
    let n = &cx.t.norm;
    let cl = &n[c.start..c.end];
    let Some(close) = (0..cl.len()).rev().find(|&k| cl[k] == '”') else {
        return;
    };
    let Some(open) = (0..close).rev().find(|&k| cl[k] == '“') else {
        return;
    };
    let at = c.start + close + 1;
    let Some(verb) = REACHED.iter().find(|v| starts_with_at(n, at, v)) else {
        return;
    };
    let rest: String = n[at + verb.chars().count()..c.end].iter().collect();
    if !TAILS.contains(&rest.as_str()) || find(&cl[..open], "已", 0).is_some() {
        return;
    }
    let slogan: String = cx.t.orig[c.start + open + 1..c.start + close]
        .iter()
        .collect();
    if slogan.chars().count() < 3 {
        return;
    }
    let win = window_for(cx, c, c.start + open);
    let mut notes = Vec::new();
    let window = resolve_window(win, cx.doc, &mut notes);
    let mut prop = Proposal::new(
        format!("“{slogan}”{verb}"),
        Measure::Milestone,
        Rule::Done,
        cx.t.quote(c.start, c.end),
    );
    prop.place(window, notes);
    props.push(prop);
}
