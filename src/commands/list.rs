//! `progress list`: the spec's targets, grouped, one line each with rule, goal, unit,
//! deadline and severity.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use crate::cli::ListArgs;
use crate::commands;
use crate::error::{Error, Outcome};
use crate::output;
use crate::spec::{Lang, Spec, Target};
use crate::text::sanitize;
use crate::wording::goal_text;

/// Names longer than this (in terminal columns) are cut with `…`; `explain` shows them whole.
const NAME_WIDTH: usize = 44;

const HEADER: [&str; 7] = ["ID", "NAME", "RULE", "GOAL", "UNIT", "DEADLINE", "SEVERITY"];

pub fn run(args: &ListArgs) -> Result<Outcome, Error> {
    let spec = commands::load_spec(&args.spec)?;
    output::write_stdout(&render(&spec, args.display.lang))?;
    Ok(Outcome::Ok)
}

/// The listing as text: a title line, then each group's targets in spec order under the
/// group's name, `── name ──` (groups in order of first appearance; targets without one
/// last, under `── (no group) ──`).
pub fn render(spec: &Spec, lang: Lang) -> String {
    let groups = spec.grouped();

    let cells: Vec<[String; 7]> = spec
        .targets()
        .iter()
        .map(|t| row_in(spec, t, lang))
        .chain(spec.series().iter().map(|t| row(t, lang)))
        .collect();
    let mut widths = HEADER.map(UnicodeWidthStr::width);
    for r in &cells {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }

    let mut out = String::new();
    let n = spec.targets().len();
    let title = spec.title().map(sanitize).unwrap_or_default();
    let _ = writeln!(
        out,
        "{}{n} target{} in {}",
        if title.is_empty() {
            String::new()
        } else {
            // Quoted, and group names below between rules: no line starts with text
            // from the input (`crate::text`).
            format!("“{title}” — ")
        },
        if n == 1 { "" } else { "s" },
        sanitize(spec.file_name())
    );
    out.push('\n');
    line(&mut out, &HEADER.map(String::from), &widths);
    for (group, targets) in &groups {
        out.push('\n');
        let heading = group.map_or_else(|| "(no group)".into(), |g| sanitize(g).into_owned());
        let _ = writeln!(out, "── {heading} ──");
        for t in targets {
            line(&mut out, &row_in(spec, t, lang), &widths);
        }
    }
    if !spec.series().is_empty() {
        out.push_str("\n── series (no goal) ──\n");
        for s in spec.series() {
            line(&mut out, &row(s, lang), &widths);
        }
    }
    out
}

fn line(out: &mut String, cells: &[String; 7], widths: &[usize; 7]) {
    let mut s = String::from("  ");
    for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
        s.push_str(c);
        if i + 1 < cells.len() {
            s.push_str(&" ".repeat(w - c.width() + 2));
        }
    }
    let _ = writeln!(out, "{}", s.trim_end());
}

/// A target's row; a panel target's name says its dimension: `Clinics [per district]`.
fn row_in(spec: &Spec, t: &Target, lang: Lang) -> [String; 7] {
    let mut cells = row(t, lang);
    if let Some(p) = spec.position(&t.id).and_then(|i| spec.panel(i)) {
        cells[1] = format!("{} [per {}]", cells[1], sanitize(&p.decl.per));
    }
    cells
}

fn row(t: &Target, lang: Lang) -> [String; 7] {
    // A window's goal says how its rates are chained: "≤ -13.5 (cumulative 2021–2025)".
    let mut goal = goal_text(t);
    if let Some(aggregate) = t.window {
        let (first, last) = crate::rates::window_years(t.start, t.deadline);
        goal = format!("{goal} ({} {first}–{last})", aggregate.as_str());
        if t.series {
            goal = format!("{} {first}–{last}", aggregate.as_str());
        }
    }
    if t.series {
        return [
            t.id.clone(),
            truncate(&sanitize(t.name.get(lang)), NAME_WIDTH),
            "series".into(),
            if t.window.is_some() {
                goal
            } else {
                String::new()
            },
            t.unit
                .as_ref()
                .map_or_else(String::new, |u| sanitize(&u.to_string()).into_owned()),
            if t.deadline == chrono::NaiveDate::MAX {
                String::new()
            } else {
                t.deadline.to_string()
            },
            String::new(),
        ];
    }
    [
        t.id.clone(),
        truncate(&sanitize(t.name.get(lang)), NAME_WIDTH),
        // `hold` when the spec sets it (its default is the measure's: `explain` says it); a
        // seasonal flow is paced by its profile (docs/status-model.md).
        match (t.hold, &t.profile) {
            (Some(h), _) => format!("{} (hold {})", t.rule.as_str(), h.as_str()),
            (None, Some(_)) => format!("{} (profile)", t.rule.as_str()),
            (None, None) => t.rule.as_str().to_string(),
        },
        goal,
        t.unit
            .as_ref()
            .map_or_else(String::new, |u| sanitize(&u.to_string()).into_owned()),
        t.deadline.to_string(),
        severity_cell(t),
    ]
}

/// "error", or with the class and owners the spec gives: "error (binding; 国家发展改革委,
/// 国家统计局)".
fn severity_cell(t: &Target) -> String {
    let mut about: Vec<String> = t.class.iter().map(|c| c.as_str().to_string()).collect();
    if !t.owners.is_empty() {
        let owners: Vec<String> = t.owners.iter().map(|o| sanitize(o).into_owned()).collect();
        about.push(owners.join(", "));
    }
    if about.is_empty() {
        t.severity.as_str().to_string()
    } else {
        format!("{} ({})", t.severity.as_str(), about.join("; "))
    }
}

fn truncate(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.to_string().width() > width - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
