//! A note under a table naming the mark its binding goals carry (`注：1.带“≥”“≤”的指标为约束性
//! 考核指标`, `带“*”的为约束性指标`, `标“★”的指标为约束性指标`): a table with no 属性 column
//! says a row's class by a mark on its cell or its name. Each goal of the table whose figure
//! is written right after such a mark (`≥75`, `≤0.8`), or whose name the mark touches
//! (`森林覆盖率*`), is binding; a bare figure (`1`) is not (nineteenth set's o2, round 29 A).

use super::fold;
use crate::extract::draft::Proposal;
use crate::extract::{Goal, fmt_num};

/// The most marks a note names (a longer quoted run is words, not marks).
const MAX_MARKS: usize = 4;

/// The most characters between the last mark's quote and 约束性 (`的指标为`, `的为`).
const MAX_SAID: usize = 8;

/// The marks the note lines `notes` name for binding goals: the characters quoted (“…”) in a
/// line saying they mark 约束性 (带 / 标 / 加 before the quote), none a letter, digit or
/// ideograph.
pub(super) fn marks(notes: &[&str]) -> Vec<char> {
    let mut out = Vec::new();
    for l in notes {
        // (Only a line that says so: cheap tests first.)
        if !l.contains("约束性") || !["带", "标", "加"].iter().any(|w| l.contains(w)) {
            continue;
        }
        let Some(end) = l.find("约束性") else {
            continue;
        };
        let mut rest = &l[..end];
        // (Review 24: the marks quoted right after 带 / 标 / 加, one after another
        // (`带“≥”“≤”的指标为约束性…`), and said of 约束性 in a few words with no other class
        // between: not `“≥”表示不低于`, nor `带“*”的为预期性指标，其余为约束性指标`.)
        let mut found = Vec::new();
        let mut chained = false;
        while let Some(open) = rest.find('“') {
            let before = rest[..open].chars().next_back();
            let led = before.is_some_and(|c| "带标加".contains(c))
                || (chained && rest[..open].chars().all(|c| "、和及".contains(c)));
            let after = &rest[open + '“'.len_utf8()..];
            let Some(close) = after.find('”') else {
                break;
            };
            let quoted: Vec<char> = after[..close].chars().collect();
            chained = led
                && (1..=2).contains(&quoted.len())
                && quoted
                    .iter()
                    .all(|c| !c.is_alphanumeric() && !c.is_whitespace());
            if chained {
                found.extend(quoted);
            }
            rest = &after[close + '”'.len_utf8()..];
        }
        let said_of_binding = rest.chars().count() <= MAX_SAID
            && !["预期性", "其余", "以外", "之外"]
                .iter()
                .any(|w| rest.contains(w));
        if chained && said_of_binding {
            out.extend(found);
        }
    }
    out.dedup();
    out.truncate(MAX_MARKS);
    out
}

/// Make binding each proposal of `props` (a table's rows) whose figure or name carries one
/// of `marks` in its row, unless a class is already set.
pub(super) fn apply(props: &mut [Proposal], marks: &[char]) {
    if marks.is_empty() {
        return;
    }
    for p in props.iter_mut().filter(|p| p.class.is_none()) {
        let row: String = p.quote.chars().map(fold).collect();
        let v = v_of(p.goal);
        let figure = v.map(fmt_num);
        let marked = marks.iter().any(|m| {
            figure.as_ref().is_some_and(|f| {
                row.match_indices(*m).any(|(i, _)| {
                    let after = row[i + m.len_utf8()..]
                        .trim_start()
                        .trim_start_matches(['-', '－']);
                    // (The whole figure, not its first digits: `≥10` marks no goal of `1`,
                    // review 24.)
                    after.strip_prefix(f.as_str()).is_some_and(|tail| {
                        let mut t = tail.chars();
                        match t.next() {
                            Some(c) if c.is_ascii_digit() => false,
                            Some('.') => !t.next().is_some_and(|d| d.is_ascii_digit()),
                            _ => true,
                        }
                    })
                        // (A figure in scientific notation, `≤1×10⁻⁶`: read as the cell reads
                        // it, round 29 A2.)
                        || (after.contains('×') && written_as(after, v))
                })
            }) || (!p.name_zh.is_empty()
                && (row.contains(&format!("{}{m}", p.name_zh))
                    || row.contains(&format!("{m}{}", p.name_zh))))
        });
        if marked {
            p.class = Some("binding");
        }
    }
}

/// The goal's value, when it is one figure.
fn v_of(goal: Option<Goal>) -> Option<f64> {
    match goal {
        Some(Goal::Value(v)) => Some(v.abs()),
        _ => None,
    }
}

/// The cell opening `after` (up to a space) reads as the figure `v`.
fn written_as(after: &str, v: Option<f64>) -> bool {
    let cell = after.split(char::is_whitespace).next().unwrap_or("");
    v.is_some_and(|v| super::figure(cell).is_some_and(|f| f.value == v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_names_the_marks_of_binding_goals() {
        assert_eq!(
            marks(&["注：1.带“≥”“≤”的指标为约束性考核指标，结题验收时须全部完成；"]),
            vec!['≥', '≤']
        );
        assert_eq!(marks(&["注：带“*”的为约束性指标。"]), vec!['*']);
        // (Quoted words, or a note on something else, name no mark.)
        assert!(marks(&["注：“—”表示该阶段不作考核要求。"]).is_empty());
        assert!(marks(&["注：带“十四五”的为约束性指标"]).is_empty());
    }
}
