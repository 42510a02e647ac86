//! An indicator drafted twice, from the prose and from a table (a plan's 主要目标 paragraph
//! and its 主要指标 专栏 often state the same goal): both proposals are kept, each with a
//! review note naming the other, so the reviewer keeps one.

use std::collections::HashMap;

use super::Field;
use super::draft::Proposal;

/// Adds a note to each prose proposal (`targets[..prose]`) and table proposal
/// (`targets[prose..]`) that share a name, a measure and a deadline, naming the first
/// proposal of the other kind with that key: one note each, so a document of thousands of
/// repeated rows stays linear. Ids must be given.
pub(super) fn note(targets: &mut [Proposal], prose: usize) {
    let key = |p: &Proposal| {
        (
            p.name_zh.clone(),
            p.measure.as_str(),
            p.deadline,
            p.assessed,
        )
    };
    let mut first_row: HashMap<_, usize> = HashMap::new();
    for (i, p) in targets.iter().enumerate().skip(prose) {
        first_row.entry(key(p)).or_insert(i);
    }
    if first_row.is_empty() {
        return;
    }
    let mut first_prose: HashMap<_, usize> = HashMap::new();
    let mut notes: Vec<(usize, String)> = Vec::new();
    for (i, p) in targets.iter().enumerate().take(prose) {
        let k = key(p);
        if let Some(&j) = first_row.get(&k) {
            let row = &targets[j].id;
            notes.push((
                i,
                format!("the same indicator is drafted from a table row as `{row}`: keep one"),
            ));
            first_prose.entry(k).or_insert(i);
        }
    }
    for (j, p) in targets.iter().enumerate().skip(prose) {
        if let Some(&i) = first_prose.get(&key(p)) {
            let id = &targets[i].id;
            notes.push((
                j,
                format!("the same indicator is drafted from the prose as `{id}`: keep one"),
            ));
        }
    }
    for (i, n) in notes {
        targets[i].review(Field::Target, n);
    }
}
