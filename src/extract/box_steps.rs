//! A 专栏 entry's project steps (round 23 A): after the entry names its project, a clause
//! of its own deadline and a verb that finishes works, with no figure (`市疾病预防控制中心迁建
//! 项目，2027年开工，2029年建成`, `市中医院康复楼，2027年6月底前主体完工`, `力争2029年开工建设
//! 县域通用机场`), is a milestone dated by that deadline. A box of projects reads only works
//! counts and the clauses from an entry's first deadline (`box_goal`); a later dated step, or
//! a step naming nothing of its own (`主体`: fewer than three characters, `dated::predicate`
//! asks for them), was never proposed. Over every annotated set, the box clauses opening on a
//! year or a year's end (确保 / 力争 before it) with a finishing verb and no figure were
//! annotated milestones 13 of 13 (docs/extract.md, "Round 23 A").

use super::clauses::{Sentence, Text};
use super::{
    DocInfo, Measure, Proposal, Rule, WinKind, Window, bare_task_lead, dated, resolve_window,
    unspaced,
};

/// The longest step read after its deadline (`主体完工`, `开工建设县域通用机场`): a longer
/// clause is a task of its own, read by the sentence's analysis.
const STEP_LEN: usize = 16;

/// The most clauses of an entry read for steps: an entry names a handful of steps, and a
/// sentence of thousands of clauses is not an entry (review 21, finding 1).
const ENTRY_CLAUSES: usize = 64;

/// Propose the steps of the box entry `s` not already quoted by `props[from..]`.
pub(super) fn propose(
    t: &Text,
    s: &Sentence,
    wins: &[Window],
    doc: &DocInfo,
    props: &mut Vec<Proposal>,
    from: usize,
) {
    let n = &t.norm;
    let Some(first) = s.clauses.first() else {
        return;
    };
    // The unspaced quotes of `props[from..]`, built once (and the steps pushed added).
    let mut quoted: Option<Vec<String>> = None;
    for c in s.clauses.iter().skip(1).take(ENTRY_CLAUSES) {
        let i = wins.partition_point(|w| w.pos < c.start);
        let Some(w) = wins.get(i).filter(|w| w.pos < c.end && w.end <= c.end) else {
            continue;
        };
        let dated_by = match w.kind {
            WinKind::By(y) | WinKind::Year(y) => doc.year.is_none_or(|d| y >= d),
            WinKind::Part(_) => true,
            _ => false,
        };
        let rest = unspaced(&n[w.end..c.end]);
        let len = rest.chars().count();
        if !dated_by
            || !bare_task_lead(&n[c.start..w.pos])
            || len == 0
            || len > STEP_LEN
            || rest.chars().any(|ch| ch.is_ascii_digit())
            || !dated::finishes(&rest)
        {
            continue;
        }
        let quote = t.quote(c.start, c.end);
        let clause = unspaced(&n[c.start..c.end]);
        let quoted = quoted.get_or_insert_with(|| {
            props[from.min(props.len())..]
                .iter()
                .map(|p| unspaced_str(&p.quote))
                .collect()
        });
        if quoted.iter().any(|q| q.contains(&clause)) {
            continue;
        }
        let project = unmarked(&unspaced(&n[first.start..first.end]));
        let name = if project.chars().any(|ch| ch.is_ascii_digit()) || project.chars().count() > 30
        {
            rest
        } else {
            format!("{project}{rest}")
        };
        let mut notes = Vec::new();
        let window = resolve_window(Some(w), doc, &mut notes);
        let mut prop = Proposal::new(name, Measure::Milestone, Rule::Done, quote);
        prop.place(window, notes);
        quoted.push(unspaced_str(&prop.quote));
        props.push(prop);
    }
}

/// The entry's first clause without the marker `box_entry` opens it with (`01`, `（3）`,
/// `●`, `·`, `—`) and the separator after a serial (`、`, `.`, `．`): the project's name
/// (review 21, finding 4: the serial's digits dropped every numbered entry's project). A list
/// number is read by the one rule (`clauses::after_list_number`); a box's serial may also
/// stand bare (`01`), but not a year or a figure opening the clause (`2027年…` keeps its
/// digits).
fn unmarked(project: &str) -> String {
    let t = project.trim_start_matches(|c: char| {
        super::clauses::BULLETS.contains(&c) || matches!(c, '·' | '—')
    });
    let t = super::clauses::after_list_number(t).unwrap_or_else(|| {
        Some(t.trim_start_matches(|c: char| c.is_ascii_digit()))
            .filter(|r| !r.starts_with(['年', '月', '日', '%', '.']) || r.len() == t.len())
            .unwrap_or(t)
    });
    t.trim_start_matches(['、', '.', '．']).to_string()
}

fn unspaced_str(s: &str) -> String {
    s.chars().filter(|ch| !ch.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::unmarked;

    #[test]
    fn a_serial_is_no_part_of_the_project() {
        assert_eq!(unmarked("3.沙河钠离子电池中试线"), "沙河钠离子电池中试线");
        assert_eq!(unmarked("（3）市中医院康复楼"), "市中医院康复楼");
        assert_eq!(
            unmarked("01市疾病预防控制中心迁建项目"),
            "市疾病预防控制中心迁建项目"
        );
        assert_eq!(unmarked("●县域通用机场"), "县域通用机场");
        assert_eq!(unmarked("2027年开工"), "2027年开工");
        assert_eq!(unmarked("1.5万亩高标准农田"), "1.5万亩高标准农田");
    }
}
