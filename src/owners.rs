//! Class and owner (docs/format.md, "Class and owner"): reading a target's `owner`,
//! keeping the targets some owners lead or share (`check --owner`), and breaking the
//! summary down by owner, group or class (`check --by`). Decided on the spec and the
//! report model; exporters only show the result.

use std::collections::BTreeMap;

use crate::report::{Breakdown, BreakdownBy, BreakdownRow, Report, Summary, TargetReport};
use crate::spec::Spec;

/// Every owner the spec names, in order of first appearance.
pub fn owners_of(spec: &Spec) -> Vec<&str> {
    let mut all: Vec<&str> = Vec::new();
    for t in spec.targets() {
        for o in &t.owners {
            if !all.contains(&o.as_str()) {
                all.push(o);
            }
        }
    }
    all
}

/// How many owners an unknown `--owner` lists (a spec may name thousands).
const MAX_LISTED: usize = 30;

/// An owner asked for (`check --owner`) that no target has.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownOwner {
    pub message: String,
    pub help: String,
}

/// The names asked for, trimmed, each one an owner of some target of `spec`; else why
/// not, with the owners there are and the nearest one.
pub fn check_owners(spec: &Spec, names: &[String]) -> Result<Vec<String>, UnknownOwner> {
    let known = owners_of(spec);
    let mut kept = Vec::new();
    for name in names {
        let name = name.trim();
        if !known.contains(&name) {
            let shown = crate::text::sanitize(name);
            let list = if known.is_empty() {
                "no target of the spec names an owner (`owner = \"…\"`)".to_string()
            } else {
                let mut listed: Vec<String> = known
                    .iter()
                    .take(MAX_LISTED)
                    .map(|o| format!("`{}`", crate::text::sanitize(o)))
                    .collect();
                if known.len() > MAX_LISTED {
                    listed.push(format!("and {} more", known.len() - MAX_LISTED));
                }
                format!("the owners are {}", listed.join(", "))
            };
            let help = match crate::suggest::did_you_mean(name, known.iter().copied(), false) {
                Some(mean) => format!("{mean}; {list}"),
                None => list,
            };
            return Err(UnknownOwner {
                message: format!("no target has the owner `{shown}`"),
                help,
            });
        }
        if !kept.iter().any(|k: &String| k == name) {
            kept.push(name.to_string());
        }
    }
    Ok(kept)
}

/// Keeps the targets that one of `owners` leads or shares; the summary (and so the exit
/// code) counts those only.
pub fn keep_owners(report: &mut Report, owners: &[String]) {
    report
        .targets
        .retain(|t| t.owners.iter().any(|o| owners.contains(o)));
    report.summary = Summary::from_targets(&report.targets);
}

/// The keys a target counts under: each owner, its group, its class; `[None]` without.
fn keys(t: &TargetReport, by: BreakdownBy) -> Vec<Option<String>> {
    match by {
        BreakdownBy::Owner if t.owners.is_empty() => vec![None],
        BreakdownBy::Owner => t.owners.iter().cloned().map(Some).collect(),
        BreakdownBy::Group => vec![t.group.clone()],
        BreakdownBy::Class => vec![t.class.map(|c| c.as_str().to_string())],
    }
}

/// Breaks the summary down `by` owner, group or class: one row per key in order of first
/// appearance (classes binding, then expected), the row without a key last.
pub fn break_down(report: &mut Report, by: BreakdownBy) {
    let mut order: Vec<Option<String>> = Vec::new();
    let mut summaries: BTreeMap<Option<String>, Summary> = BTreeMap::new();
    for t in &report.targets {
        for key in keys(t, by) {
            if !summaries.contains_key(&key) {
                order.push(key.clone());
            }
            summaries.entry(key).or_default().add(t);
        }
    }
    if by == BreakdownBy::Class {
        order.sort_by_key(|k| match k.as_deref() {
            Some("binding") => 0,
            Some(_) => 1,
            None => 2,
        });
    }
    order.sort_by_key(Option::is_none);
    let rows = order
        .into_iter()
        .map(|key| {
            let summary = summaries.remove(&key).unwrap_or_default();
            BreakdownRow { key, summary }
        })
        .collect();
    report.breakdown = Some(Breakdown { by, rows });
}
