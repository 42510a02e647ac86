//! A note under a table saying which rows hold a year-end total (`注：…2.A级旅游景区为年末累计
//! 总数`, `普及率、数控化率…为当年末累计水平值`): those rows are levels held at the deadline,
//! not the year's additions, whatever the goal column's reading gave them (a count under an
//! annual goal column reads as the year's work, ytd). Each name the note lists (split at `、`)
//! that a table row's name ends with makes that row a level (round 32 A, heldout22a ag1),
//! unless the name adds to it (`新增A级旅游景区`: review 27).

use crate::extract::draft::Proposal;
use crate::extract::lexicon;
use crate::extract::{Field, Measure};

/// The words saying a row is a year-end total.
const SAID: [&str; 3] = ["为年末累计", "为当年末累计", "为年末数"];

/// The most names a note lists before its 为年末累计.
const MAX_NAMES: usize = 12;

/// The names the note lines `notes` say hold a year-end total.
pub(super) fn names(notes: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for l in notes {
        // (Only a line that says so: a cheap test first.)
        if !l.contains("年末") {
            continue;
        }
        let Some(end) = SAID.iter().filter_map(|w| l.find(w)).min() else {
            continue;
        };
        // The run of names back to the note's number or mark (`2.`, `；`, `注：`).
        let head = &l[..end];
        let from = head
            .char_indices()
            .filter(|(_, c)| matches!(c, '.' | '．' | '：' | ':' | '；' | ';' | '。' | '，'))
            .map(|(i, c)| i + c.len_utf8())
            .next_back()
            .unwrap_or(0);
        let run = head[from..].trim();
        let listed: Vec<&str> = run.split('、').map(str::trim).collect();
        if listed.len() > MAX_NAMES
            || listed.iter().any(|n| {
                n.chars().count() < 2 || ["其余", "其他", "以外"].iter().any(|w| n.contains(w))
            })
        {
            continue;
        }
        out.extend(listed.into_iter().map(String::from));
    }
    out
}

/// Make each ytd proposal of `ps` whose name ends with one of `names` a level. Not one whose
/// name adds to it (`新增A级旅游景区` under a note naming `A级旅游景区`): the year's additions
/// to a total are no year-end total (review 27).
pub(super) fn apply(ps: &mut [Proposal], names: &[String]) {
    if names.is_empty() {
        return;
    }
    let listed = |name: &str, n: &str| {
        name.strip_suffix(n)
            .is_some_and(|lead| !lexicon::ADDITION_VERBS.iter().any(|w| lead.contains(w)))
    };
    for p in ps.iter_mut().filter(|p| p.measure == Measure::Ytd) {
        if names.iter().any(|n| listed(&p.name_zh, n)) {
            p.measure = Measure::Level;
            // (The goal column's reading, the year's work, is replaced: its note goes.)
            p.reviews.retain(|r| r.field != Field::Measure);
            p.review(
                Field::Measure,
                "the note under the table says this row is a year-end total: a level".into(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_names_the_rows_of_year_end_totals() {
        assert_eq!(
            names(&["    注：1.〔 〕内为年度新增数。2.A级旅游景区为年末累计总数。"]),
            vec!["A级旅游景区".to_string()]
        );
        assert_eq!(
            names(&["注：1.普及率、数控化率为当年末累计水平值；2.新增类指标为当年数"]),
            vec!["普及率".to_string(), "数控化率".to_string()]
        );
        assert!(names(&["注：第3、7项为当年新增数，其余为年末累计数"]).is_empty());
    }
}
