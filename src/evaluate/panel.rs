//! Panel targets evaluated (docs/status-model.md, "Panels"): each entity exactly as a
//! target (the same `evaluate_target`, with the entity's own goal and baseline), then the
//! indicator: `sum` evaluates the sum of the entities' figures as a target of its own,
//! `all` is met when every entity is.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Settings, evaluate_target};
use crate::actuals::{Actual, Actuals, Observed};
use crate::decimal::{Decimal, to_f64};
use crate::diagnostic::SourceFile;
use crate::panel::{EntityTable, PanelDecl, Rollup};
use crate::report::panel::{EntityReport, Focus, PaceCounts, PanelReport, WORST};
use crate::report::{Status, Summary, TargetReport};
use crate::snapshots::Entry;
use crate::spec::{Goal, Name, Rule, Severity, Spec, Target};
use crate::stale;

/// Every entity figure of every file, by target: (entity, entry), in the order the
/// evaluation reads them (entity, then date, then file name, as `snapshots::by_target`
/// orders a target's values). Values dated after `as_of` are left out.
pub fn entries(files: &[Actuals], as_of: Option<NaiveDate>) -> HashMap<u32, Vec<(u32, Entry<'_>)>> {
    let mut out: HashMap<u32, Vec<(u32, Entry<'_>)>> = HashMap::new();
    for file in files {
        for e in &file.entities {
            if as_of.is_some_and(|d| e.actual.as_of > d) {
                continue;
            }
            out.entry(e.target).or_default().push((
                e.entity,
                Entry {
                    file,
                    actual: &e.actual,
                },
            ));
        }
    }
    if files.iter().filter(|f| !f.entities.is_empty()).count() > 1 {
        for rows in out.values_mut() {
            rows.sort_by(|(ea, a), (eb, b)| {
                (
                    ea,
                    a.actual.as_of,
                    a.file.file_name.as_str(),
                    a.actual.span.start,
                )
                    .cmp(&(
                        eb,
                        b.actual.as_of,
                        b.file.file_name.as_str(),
                        b.actual.span.start,
                    ))
            });
        }
    }
    // One file: its rows were sorted by (target, entity, date, place) when it was read.
    out
}

/// Every panel target of `spec` evaluated, by position: on as many threads as the
/// machine has cores (at most one a panel), since panels are independent and a
/// million entities are most of a check's work. The result does not depend on the
/// threads: each panel is evaluated whole by one of them.
pub fn evaluate_all(
    spec: &Spec,
    mut rows: HashMap<u32, Vec<(u32, Entry<'_>)>>,
    settings: &Settings,
    focus: &Focus,
) -> HashMap<usize, TargetReport> {
    let jobs: Vec<_> = spec
        .panels()
        .filter_map(|(i, p)| {
            let table = p.table.as_ref()?;
            let r = rows.remove(&(i as u32)).unwrap_or_default();
            Some((i, &spec.targets()[i], &p.decl, table, r))
        })
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs.len().max(1));
    let mut lanes: Vec<Vec<_>> = (0..threads).map(|_| Vec::new()).collect();
    for (k, job) in jobs.into_iter().enumerate() {
        lanes[k % threads].push(job);
    }
    let run = |lane: Vec<_>| -> Vec<(usize, TargetReport)> {
        lane.into_iter()
            .map(|(i, t, decl, table, r)| {
                (i, evaluate_panel(spec, t, decl, table, r, settings, focus))
            })
            .collect()
    };
    if threads <= 1 {
        return lanes.into_iter().flat_map(run).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = lanes
            .into_iter()
            .map(|lane| scope.spawn(move || run(lane)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("evaluation does not panic"))
            .collect()
    })
}

/// The indicator's report, with its entities' in `panel`.
pub fn evaluate_panel(
    spec: &Spec,
    target: &Target,
    decl: &PanelDecl,
    table: &Arc<EntityTable>,
    rows: Vec<(u32, Entry<'_>)>,
    settings: &Settings,
    focus: &Focus,
) -> TargetReport {
    let (keys, entries): (Vec<u32>, Vec<Entry<'_>>) = rows.into_iter().unzip();
    // A panel's entities are judged against their own goals: no goal stated against
    // another figure (`of`) reaches into a panel.
    let no_targets = std::collections::BTreeMap::new();
    let refs = crate::figures::Refs {
        spec,
        by_target: &no_targets,
        targets: &[],
        series: &[],
    };
    let mut scratch = target.clone();
    let mut entities = Vec::with_capacity(table.len());
    let mut detail = Vec::new();
    let mut cursor = 0;
    for e in 0..table.len() {
        let start = cursor;
        while cursor < keys.len() && keys[cursor] as usize == e {
            cursor += 1;
        }
        // The entity's own goal and baseline, else the target's: the one difference
        // between an entity and the target it shares.
        scratch.goal = table.values[e].map_or(target.goal, Goal::Value);
        scratch.baseline = table.baselines[e].or(target.baseline);
        let report = evaluate_target(&scratch, &entries[start..cursor], settings, &refs);
        entities.push(compact(e as u32, &report, target.rule));
        if focus.selects(&decl.per, &table.ids[e]) {
            detail.push(as_target(report, target, table, e));
        }
    }

    let mut indicator = match decl.rollup {
        Rollup::Sum => {
            let (file, sums) = sum_history(&keys, &entries);
            let sum_entries: Vec<Entry<'_>> = sums
                .iter()
                .map(|actual| Entry {
                    file: &file,
                    actual,
                })
                .collect();
            let mut r = evaluate_target(target, &sum_entries, settings, &refs);
            if r.actual.is_some() {
                r.reason = format!("{} (the sum of its entities' figures)", r.reason);
            }
            r
        }
        Rollup::All => {
            let mut r = evaluate_target(target, &[], settings, &refs);
            let (status, reason) = all_of(&entities, &decl.per);
            r.status = status;
            r.reason = reason;
            let fails = settings.fail_on.fails(status, false);
            r.failing = fails && target.severity == Severity::Error;
            r.warning = fails && target.severity == Severity::Warn;
            r
        }
    };
    indicator.failing |= entities.iter().any(|e| e.failing);
    indicator.warning |= !indicator.failing && entities.iter().any(|e| e.warning);

    let counts = Summary::from_statuses(entities.iter().map(|e| (e.status, e.failing, e.warning)));
    let mut paces = PaceCounts::default();
    for e in &entities {
        match e.pace {
            Some(p) if p >= 1.0 => paces.ahead += 1,
            Some(p) if p >= settings.on_track_threshold => paces.near += 1,
            Some(_) => paces.slow += 1,
            None => paces.none += 1,
        }
    }
    let on_track_share = (!entities.is_empty())
        .then(|| (counts.met + counts.on_track) as f64 / entities.len() as f64);
    let mut worst: Vec<u32> = (0..entities.len() as u32)
        .filter(|&i| {
            let e = &entities[i as usize];
            !matches!(e.status, Status::Met | Status::OnTrack)
                && e.shortfall.is_some_and(|s| s > 0.0)
        })
        .collect();
    let key = |i: &u32| entities[*i as usize].shortfall.unwrap_or(0.0);
    if worst.len() > WORST {
        worst.select_nth_unstable_by(WORST, |a, b| key(b).total_cmp(&key(a)));
        worst.truncate(WORST);
    }
    worst.sort_by(|a, b| key(b).total_cmp(&key(a)).then(a.cmp(b)));

    indicator.panel = Some(Box::new(PanelReport {
        per: decl.per.clone(),
        rollup: decl.rollup,
        table: Arc::clone(table),
        counts,
        paces,
        on_track_share,
        entities,
        worst,
        detail,
    }));
    indicator
}

/// Marks the stale figures of a panel's entities (and of the entities detailed one by one)
/// as a target's are: by `crate::stale`, against the report's date and the indicator's
/// deadline, which its entities share.
pub(super) fn mark_stale(indicator: &mut TargetReport, report_as_of: Option<NaiveDate>) {
    let window = indicator.aggregate.is_some();
    let deadline = indicator.deadline;
    let Some(p) = indicator.panel.as_deref_mut() else {
        return;
    };
    let stale = |as_of| stale::is_stale(stale::Figure::of(as_of, window), report_as_of, deadline);
    for e in &mut p.entities {
        e.stale = stale(e.as_of);
    }
    for d in &mut p.detail {
        d.stale = stale(d.as_of);
    }
}

/// What an entity's report keeps.
fn compact(entity: u32, r: &TargetReport, rule: Rule) -> EntityReport {
    let gap = r.gap.map(to_f64);
    EntityReport {
        entity,
        status: r.status,
        failing: r.failing,
        warning: r.warning,
        at_risk: r.at_risk,
        regressed: r.regressed(),
        trend: r.trend,
        actual: r.actual,
        goal: r.goal,
        baseline: r.baseline,
        gap: r.gap,
        progress: r.progress,
        pace: r.pace,
        expected: r.expected,
        as_of: r.as_of,
        is_final: r.is_final,
        stale: false, // decided once the report's date is known: `mark_stale`
        shortfall: match rule {
            Rule::AtLeast | Rule::MoreThan => gap.map(|g| -g),
            Rule::AtMost | Rule::LessThan => gap,
            Rule::Between | Rule::About => gap.map(f64::abs),
            Rule::Done | Rule::Assessed | Rule::Falls | Rule::Rises => None,
        },
    }
}

/// An entity's whole report as a target of its own: `indicator/entity`, named
/// "indicator · entity", in the indicator's group.
fn as_target(mut r: TargetReport, target: &Target, table: &EntityTable, e: usize) -> TargetReport {
    let entity_name = &table.names[e];
    r.id = format!("{}/{}", target.id, table.ids[e]);
    r.name = Name {
        zh: target
            .name
            .zh
            .as_ref()
            .map(|n| format!("{n} · {entity_name}")),
        en: target
            .name
            .en
            .as_ref()
            .map(|n| format!("{n} · {entity_name}")),
    };
    r
}

/// `all`: met when every entity is; else the worst status among them (missed, behind,
/// no data, pending, on track, in that order).
fn all_of(entities: &[EntityReport], per: &str) -> (Status, String) {
    let n = entities.len();
    let count = |s: Status| entities.iter().filter(|e| e.status == s).count();
    if n == 0 {
        return (Status::NoData, "the panel lists no entities".into());
    }
    for status in [
        Status::Missed,
        Status::Behind,
        Status::NoData,
        Status::Pending,
        Status::OnTrack,
    ] {
        let k = count(status);
        if k > 0 {
            return (
                status,
                format!(
                    "{k} of {n} {} {} (met when every {per} is met)",
                    if n == 1 {
                        per.to_string()
                    } else {
                        crate::wording::plural_of(per)
                    },
                    status.as_str()
                ),
            );
        }
    }
    (
        Status::Met,
        format!("every {per} has met its goal ({n} of {n})"),
    )
}

/// `sum`: the whole's history, one point at each date an entity reports: the sum of each
/// entity's latest figure by then (an entity not yet reporting adds nothing). A sum beyond
/// the decimal range ends the history there.
fn sum_history(keys: &[u32], entries: &[Entry<'_>]) -> (Actuals, Vec<Actual>) {
    let mut by_date: BTreeMap<NaiveDate, Vec<(u32, Decimal)>> = BTreeMap::new();
    for (k, e) in keys.iter().zip(entries) {
        if let Some(v) = e.actual.observed.number() {
            by_date.entry(e.actual.as_of).or_default().push((*k, v));
        }
    }
    let mut latest: HashMap<u32, Decimal> = HashMap::new();
    let mut total = Some(Decimal::ZERO);
    let mut sums = Vec::new();
    for (date, figures) in by_date {
        for (k, v) in figures {
            let before = latest.insert(k, v).unwrap_or(Decimal::ZERO);
            total = total
                .and_then(|t| t.checked_sub(before))
                .and_then(|t| t.checked_add(v));
        }
        let Some(sum) = total else { break };
        sums.push(Actual {
            observed: Observed::Number(sum),
            as_of: date,
            source: None,
            baseline: None,
            note: None,
            by: None,
            entered: None,
            span: 0..0,
        });
    }
    let file = Actuals {
        file_name: "Σ entities".into(),
        file: SourceFile::new("Σ entities", ""),
        as_of: sums.last().map_or(NaiveDate::MIN, |a| a.as_of),
        source: None,
        values: BTreeMap::new(),
        entities: Vec::new(),
    };
    (file, sums)
}
